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

from daybook.translate.agreement import agree_texts
from daybook.translate.gender import clause_tokens, tokens_and_readings
from daybook.translate.it_np import it_gender

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


# What opens a clause whose subject follows, in the sentence before.
_SUBJECT_OPENS = frozenset(("que", "qu'", "qu’", "«", "“", "\""))


def they_gender(sources: Sequence[str], texts: Sequence[str],
                before: Sequence[str] | None = None) -> list[str]:
    """ "toutes vos questions, parce qu'ils peuvent" -> "parce qu'elles peuvent" where the
    English has *they* and every plural noun before it is feminine; ``before[k]``, the
    French sentence before text k in its paragraph, names candidates too."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _THEY.search(s) and re.search(r"(?<![\w-])[Ii]ls(?![\w’'-])", t)]
    if not todo:
        return list(texts)
    lead = [f"{before[k]} " if before else "" for k in range(len(texts))]
    whole = [lead[k] + t for k, t in enumerate(texts)]
    toks, reads = tokens_and_readings(_TOKEN, whole, todo)
    out = list(texts)
    for k in todo:
        words = toks[k]
        genders: set[str] = set()
        # In the sentence before, only a clause's subject ("Ces installations sont ...",
        # "que les organisations apportent") stands for *They*, not an object.
        subject = not lead[k]
        edits: list[tuple[int, int, str]] = []
        for i, (start, end, word) in enumerate(words):
            low = word.lower()
            if low == "des" and i and words[i + 1:i + 2] and words[i + 1][2].islower() \
                    and any(r.pos == "n" for r in reads.get(words[i - 1][2].lower(), ())):
                continue  # "l'unité des peuples": a noun's complement stands for no *they*
            if low in _PLURAL_DET:
                subject = subject or start >= len(lead[k]) or i == 0 or \
                    words[i - 1][2].lower() in _SUBJECT_OPENS or (
                        i == 2 and words[1][2] == ",")  # "Heureusement, les relations"
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
                    if not any(r.pos in ("adj", "pp", "num") for r in found) and \
                            not words[j][2].isdigit():  # "les deux présidents"
                        break  # no noun phrase: "des" as a preposition's article aside
                    j += 1
            elif low == "ils":
                if genders == {"f"} and subject and start >= len(lead[k]) and (
                        i == 0 or words[i - 1][2].lower() in _OPENS
                        or start == len(lead[k])) \
                        and not (words[i - 1][2].lower() == "comme"
                                 and words[i + 1:i + 2] and words[i + 1][2] == "disent"):
                    edits.append((start - len(lead[k]), end - len(lead[k]),
                                  "Elles" if word[0] == "I" else "elles"))
                else:
                    genders.add("?")  # a later "ils" may stand for what this one does
        text = texts[k]
        for start, end, new in reversed(edits):
            text = text[:start] + new + text[end:]
        out[k] = text
    return out


def they_across(sources: Sequence[str], texts: Sequence[str], before: Sequence[str]
                ) -> list[str]:
    """``they_gender`` with the sentence before each text in its paragraph (``before``,
    "" for a paragraph's first): "Ces compétitions sont célèbres. Ils unissent" -> "Elles
    unissent", with the predicates after "être" agreed again ("Elles sont ouvertes"); and
    *it* likewise (``it_np.it_gender``: "Cette approche est cotée. Il unit" -> "Elle unit")."""
    out = it_gender(sources, they_gender(sources, texts, before), before)
    changed = [k for k, (a, b) in enumerate(zip(texts, out, strict=True)) if a != b]
    if changed:
        for k, text in zip(changed, agree_texts([out[k] for k in changed]), strict=True):
            out[k] = text
    return out
