"""*They* for feminine things is "elles": the pivot writes "ils" whatever it stands for.

Catalan drops the subject pronoun ("perquè poden ser bastant complexes"), and ``cat-fra``
gives the verb back a masculine "ils": *I will not answer all your questions now, because
they can be quite complex* came out "toutes vos questions maintenant, parce qu'ils peuvent
être assez complexe". A subject "ils" (at a clause's start: the text's start, punctuation,
a conjunction) where the English says *they* takes the gender of its antecedent when the
sentence before it names plural nouns of one gender only, all feminine (a plural
determiner, maybe adjectives, then a noun read as feminine plural only): "parce qu'elles
peuvent". A masculine noun, a noun of either gender, a name or an "ils" left as it was
among them leaves "ils" (no telling which the pronoun stands for), and so does the
generic "comme ils disent" (*as they say*). ``agreement.predicates`` then agrees an
adjective after "être" with "elles". Readings from Apertium's French analyser
(``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import clause_tokens, tokens_and_readings

_TOKEN = clause_tokens()
_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
# Plural determiners before a candidate antecedent ("vos questions", "les mesures").
_PLURAL_DET = frozenset(("les", "des", "ces", "ses", "leurs", "nos", "vos", "mes", "aux",
                         "plusieurs", "certaines", "toutes", "autres", "quelques",
                         "nombreuses"))
# What may stand before a subject "ils": punctuation, a conjunction.
_OPENS = frozenset((",", ";", ":", "(", "«", "“", "\"", "–", "—", "qu'", "qu’", "que", "et",
                    "mais", "car", "donc", "si", "quand", "lorsqu'", "lorsqu’", "lorsque",
                    "puisqu'", "puisqu’", "puisque", "où", "comme", "ou", "alors"))


def they_gender(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "toutes vos questions, parce qu'ils peuvent" -> "parce qu'elles peuvent" where the
    English has *they* and every plural noun before it is feminine."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _THEY.search(s) and re.search(r"(?<![\w-])[Ii]ls(?![\w’'-])", t)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        words = toks[k]
        genders: set[str] = set()
        edits: list[tuple[int, int, str]] = []
        for i, (start, end, word) in enumerate(words):
            low = word.lower()
            if low in _PLURAL_DET:
                j = i + 1
                while j < len(words) and j < i + 3:
                    found = reads.get(words[j][2].lower(), ())
                    nouns = [r for r in found if r.pos == "n"]
                    if words[j][2][:1].isupper():
                        genders.add("?")  # a name ("les États-Unis"): no telling
                        break
                    if nouns:
                        genders |= {r.gender if r.number == "pl" else "?" for r in nouns}
                        break
                    if not any(r.pos in ("adj", "pp") for r in found):
                        break  # no noun phrase: "des" as a preposition's article aside
                    j += 1
            elif low == "ils":
                if genders == {"f"} and (i == 0 or words[i - 1][2].lower() in _OPENS) \
                        and not (words[i - 1][2].lower() == "comme"
                                 and words[i + 1:i + 2] and words[i + 1][2] == "disent"):
                    edits.append((start, end, "Elles" if word[0] == "I" else "elles"))
                else:
                    genders.add("?")  # a later "ils" may stand for what this one does
        text = texts[k]
        for start, end, new in reversed(edits):
            text = text[:start] + new + text[end:]
        out[k] = text
    return out
