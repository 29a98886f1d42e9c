"""Negative questions, a request's *please*, a question after a statement in its sentence.

English asks a negative question with the contracted auxiliary first (*Don't you think it
hinders ...?*, *Aren't you concerned ...?*, *Won't you come?*); Apertium reads "Don't"
alone as an imperative ("Et ne pas penser qu'il entrave", "Ne pas venir au forum"), and
the question rules (``speech_questions``) read only an auxiliary and its subject. The
uncontracted form, *do you not think*, *are you not concerned*, *will you not come*, is the
same question (general English grammar), which ``speech_questions`` says in the declarative
order ("we do not think it hinders") and ``speech_asked`` asks back in French with the
negation around the inverted verb (Grevisse § 1022: "Ne pensez-vous pas qu'il entrave … ?",
"Cela ne vous dérange-t-il pas … ?" is "Ne vous dérange-t-il pas … ?").

A leaf module: ``speech_questions`` imports it.
"""

from __future__ import annotations

import re

__all__ = ["CLAUSE_LEAD", "clause_lead", "uncontracted"]

# The auxiliary's full form before *not* (general English grammar: *won't* is *will not*,
# *can't* is *cannot*, *shan't* *shall not*).
_FULL = {"wo": "will", "ca": "can", "sha": "shall"}
# The contracted auxiliary and a subject pronoun, in a question: not a tag (*, isn't it?*),
# which ``speech_asked.tag_question`` asks as "n'est-ce pas ?".
_CONTRACTED = re.compile(
    r"(?<![\w’'-])((?:[Dd]o|[Dd]oes|[Dd]id|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]ave|[Hh]as|[Hh]ad|"
    r"[Ww]ould|[Cc]ould|[Ss]hould|[Ww]o|[Cc]a|[Ss]ha|[Mm]ust))n['’]t "
    r"(you|we|they|I|he|she|it|this|that|there)(?=\s+(?!\?)\S)")


# *please* inside a request (*could you please tell us*): the engine reads it as the verb
# "complaire" after a lead ("ma question est, pourrait complaire nous dire"); the request is
# as polite without it ("pourriez-vous nous dire", Grevisse § 865: the conditional of
# politeness).
_PLEASE = re.compile(r"(?<![\w’'-])((?:[Cc]ould|[Ww]ould|[Cc]an|[Ww]ill) you),? please,? "
                     r"(?=[a-z])")


def uncontracted(line: str) -> str:
    """ "And don’t you think it hinders?" -> "And do you not think it hinders?", "Aren't you
    concerned?" -> "Are you not concerned?", "could you please tell us" -> "could you tell
    us"; a line that is no question, or a tag (*..., isn't it?*), unchanged."""
    if not line.rstrip().endswith("?"):
        return line
    line = _PLEASE.sub(r"\1 ", line)

    def full(m: re.Match[str]) -> str:
        aux = m.group(1)
        said = _FULL.get(aux.lower(), aux.lower())
        if aux[:1].isupper():
            said = said[:1].upper() + said[1:]
        return f"{said} {m.group(2)} not"

    return _CONTRACTED.sub(full, line)


# A question after a statement in the same sentence: after its semicolon, or its comma and
# *but* or *so* ("this is a special figure in Russian history; aren't you concerned", "It would be
# wonderful if ..., but will you give"): ``speech_questions`` reads the question past it.
CLAUSE_LEAD = r"[^?;]{1,300}; |[^?;:]{1,300}?, (?:but|so) "
_JOINED = {", but ": ", mais ", ", so ": ", donc "}


def clause_lead(lead: str, text: str) -> tuple[str, str] | None:
    """The French of such a statement (up to its ";", its ", mais ", ", donc") and the question
    after it; None for another lead, or French that does not cut in the same place."""
    if lead.endswith("; ") and lead.count(";") == 1:
        head, sep, rest = text.partition(";")
        if sep and ";" not in rest and "?" not in head:
            spaces = len(rest) - len(rest.lstrip())
            return head + sep + rest[:spaces], rest[spaces:]
        return None
    for en, fr in _JOINED.items():
        if lead.endswith(en) and lead.count(en) == 1 and text.count(fr) == 1:
            head, _, rest = text.partition(fr)
            return (head + fr, rest) if "?" not in head else None
    return None
