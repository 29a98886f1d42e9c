"""A subject relative the pivot wrote "que": "qui", its verb in its antecedent's number.

Catalan says the subject and the object relative alike, "que"; the pivot sometimes keeps
"que" where French needs the subject relative "qui" (Grevisse § 711): *those that are of
mutual interest* "ceux qu'est d'intérêt mutuel", *two more plants that can produce* "deux
plus d'usines que peut produire". French "que" + a finite verb with no subject between is
an object relative with its subject after the verb ("les mesures que prend le
gouvernement") or a completive whose subject the pivot dropped ("parce que doivent"); here
"que" is read as the subject relative only right after a noun the analyser reads (no verb
reading: "il a dit que est" is a completive) or "ceux", "celles", "celui", "celle", before
a third-person verb with no noun phrase after it that could be its subject (a determiner
or a capital ends the test: "que prend le gouvernement" is left), and where the English
has at least as many *that*/*which*/*who* + a verb. The verb takes the antecedent's number
("ceux qui sont", "des usines qui peuvent produire"), its adjective or participle after
"être" with it (``relatives.agreed_forms``).
"""

from __future__ import annotations

import re

from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.relatives import agreed_forms, third_finite

__all__ = ["subject_que"]

_TOKEN = clause_tokens()
# English *that/which/who* + a verb (not *that* opening a sentence or after a verb of
# saying: those are counted too, which only loosens the guard).
_EN = re.compile(r"(?<!\bof )(?<!\bin )(?<!\bon )(?<!\bto )(?<!\bby )(?<!\bat )(?<!\bfor )"
                 r"\b(?:that|which|who) (?:\w+ly )?(?:will|would|can|could|must|should|may|"
                 r"might|is|are|was|were|has|have|had|[a-z]+(?:s|ed))\b")
_FR = re.compile(r"(?<=[a-zàâçéèêëîïôûùüÿœ] )(?:que |qu['’])(?=[a-zàâçéèêëîïôûùüÿœ])")
_PRONOUNS = {"ceux": "pl", "celles": "pl", "celui": "sg", "celle": "sg"}
# Words after the verb that open a noun phrase: it may be the verb's subject, inverted.
_SUBJECT_START = frozenset(("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "ces",
                            "cet", "cette", "son", "sa", "ses", "leur", "leurs", "notre",
                            "nos", "votre", "vos", "mon", "ma", "mes", "chaque", "tout",
                            "tous", "toute", "toutes", "plusieurs", "certains", "on", "il",
                            "elle", "ils", "elles", "nous", "vous", "je", "j'"))


def _number(word: str, reads: dict[str, tuple[Reading, ...]]) -> str | None:
    """The antecedent's number: a noun with no verb reading, or a demonstrative pronoun."""
    low = folded(word)
    if low in _PRONOUNS:
        return _PRONOUNS[low]
    got = reads.get(word.lower(), ())
    nouns = [r for r in got if r.pos == "n"]
    if not nouns or word[:1].isupper() or any(
            (r.tags[:1] and r.tags[0].startswith("vb")) or r.pos in ("pr", "adv", "cnjsub",
                                                                  "cnjcoo", "prn", "det")
            for r in got):
        return None
    return nouns[0].number if nouns[0].number in ("sg", "pl") else None


def _pronoun(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """A word read as a pronoun too ("cela", also *celer*'s past): the completive's subject
    ("il est clair que cela portera"), not a verb after a relative."""
    return any(r.pos in ("prn", "det") for r in reads.get(word.lower(), ()))


def _attribute(words: list[tuple[int, int, str]], k: int,
               reads: dict[str, tuple[Reading, ...]]) -> bool:
    """The word at ``k`` an adjective, the attribute of "être" or a verb of state before
    it, an adverb between (*it is (also) clear that*: "il est aussi clair que"): its "que"
    opens a completive, there is no antecedent (Grevisse § 1123)."""
    if not any(r.pos == "adj" for r in reads.get(words[k][2].lower(), ())):
        return False
    j = k - 1
    while j > 0 and all(r.pos == "adv" for r in reads.get(words[j][2].lower(), ())) and \
            reads.get(words[j][2].lower()):
        j -= 1
    return j >= 0 and any(r.lemma in _STATE for r in reads.get(words[j][2].lower(), ())
                          if r.tags[:1] and r.tags[0].startswith("vb"))


# Verbs whose attribute an adjective is (Grevisse § 242).
_STATE = frozenset(("être", "sembler", "paraître", "devenir", "rester", "demeurer"))


def subject_que(source: str, french: str) -> str:
    """ "ceux qu'est d'intérêt mutuel" -> "ceux qui sont d'intérêt mutuel" (see above)."""
    if not (have := len(_EN.findall(source))) or not _FR.search(french):
        return french
    toks, reads = tokens_and_readings(_TOKEN, [french], [0])
    words = toks[0]
    fixes: list[tuple[int, int, str]] = []  # (start, end, "qui ")
    wanted: dict[int, str] = {}
    for i in range(1, len(words) - 2):
        if folded(words[i][2]) not in ("que", "qu'"):
            continue
        number = _number(words[i - 1][2], reads)
        verb = words[i + 1][2]
        if number is None or verb[:1].isupper() or not third_finite(
                reads.get(verb.lower(), ())) or folded(words[i + 2][2]) in _SUBJECT_START \
                or words[i + 2][2][:1].isupper() or _pronoun(verb, reads) or \
                _attribute(words, i - 1, reads):
            continue
        end = words[i][1] + (1 if french[words[i][1]:words[i][1] + 1] == " " else 0)
        fixes.append((words[i][0], end, "qui "))
        wanted.update(agreed_forms(words, reads, i + 1, number))
    if not fixes or len(fixes) > have:
        return french
    forms = generate(sorted(set(wanted.values())))
    edits = fixes + [(words[k][0], words[k][1], forms[g]) for k, g in wanted.items()
                     if g in forms]
    for start, end, new in sorted(edits, reverse=True):
        french = french[:start] + new + french[end:]
    return french
