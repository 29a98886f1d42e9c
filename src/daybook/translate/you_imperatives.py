"""A speaker's imperative to his listeners: *Take our ministries*, *Tell me*, *Give us*.

The Catalan pivot reads a verb opening a sentence as a third person present or an imperative
in "tu" ("Il porte nos ministères", "Arête aux chiffres", "Donne-nous une réponse") or
leaves it in English ("Tell me"). Before the engine ``english`` says such a verb "You take"
(the engine: "Vous prenez", "Vous nous donnez"); after it ``french`` makes the "vous"
imperative of formal speech (Grevisse § 400ff): the subject dropped, an object pronoun
after the verb ("Donnez-nous une réponse", "Dites-moi", "Souvenez-vous que"), the four
verbs whose imperative differs from the present ("soyez", "ayez", "sachez", "veuillez").
*Let us*, *Let me* and *Please* + a verb have their own rules (``speech_en``,
``speech_spoken``). A leaf module: ``speech_en`` imports ``english``.
"""

from __future__ import annotations

import re

__all__ = ["english", "french", "imperatives"]

# Verbs a speaker says to his listeners, each only before what opens its object or
# complement (a determiner, a pronoun, a preposition, a clause), so that a noun opening a
# sentence ("Help is needed", "Note: ...", "Pay rises") is not read as one.
# (Not *remember*, *pay*: the pivot garbles their "vous" form, "Vous souvenez", "Vous prête".)
_VERB = (r"Take|Look|Tell|Give|Imagine|Note|Consider|Think|Ask|Compare|Believe|Keep|Send|"
         r"Show|Recall|Listen|Wait")
_FOLLOWS = (r"(?:the|a|an|our|your|my|his|her|their|its|this|that|these|those|me|us|him|"
            r"them|it|at|about|what|how|why|who|where|whether|when|attention|into|in|"
            r"for|some|any|all|every|each|one|another)\b|[A-Z][a-z]+,")
_OPENS = r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=[“\"«]))"
# A vocative before the imperative ("Colleagues, take your seats", "Friends, look at"): the
# speaker's address to the hall, its comma kept.
_VOCATIVE = (r"(?:(?:Dear |My )?(?:[Cc]olleagues|[Ff]riends|[Cc]omrades)|"
             r"Ladies and gentlemen|(?:Mr|Ms|Mrs) [A-Z][\w’'-]+), ")
_ENGLISH = re.compile(rf"{_OPENS}(?:(?P<voc>{_VOCATIVE})(?P<low>{_VERB.lower()})|"
                      rf"(?P<verb>{_VERB}))(?=\s+(?:{_FOLLOWS})|,\s)")
# A sentence of the English that opens with "You" itself (its "Vous" is no imperative), or
# after a vocative; or a quotation (``speech_vous`` keeps its "tu": the engine's own
# "Donne-nous" stays).
_YOU = re.compile(rf"{_OPENS}(?:{_VOCATIVE})?(?i:you)\b|[“”\"«»]")

_LOWER = "a-zàâçéèêëîïôûùüÿœ"
# "Vous nous donnez", "Vous vous souvenez", "Vous m'excusez" opening a sentence.
# The French vocative ("Chers collègues, ", "Monsieur Ivanov, ") keeps its comma, "vous" after it.
_FRENCH = re.compile(rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=[“\"«]\s)|(?<=[“\"«]))"
                     rf"(?:(?P<voc>[A-Z][\w’' -]{{2,40}}, )vous |Vous )"
                     rf"((?:me |m['’]|nous |vous |le |la |l['’]|les |lui |leur |y |en )?)"
                     rf"([{_LOWER}]+ez|dites|faites)(?![\w’'-])")
# The imperative where it is not the present's form; "m'" after the verb is "moi".
_IRREGULAR = {"êtes": "soyez", "avez": "ayez", "savez": "sachez", "voulez": "veuillez"}
_AFTER = {"me": "moi", "m'": "moi", "l'": "le"}
# *take* + an example or a case is "prendre" (the engine's "porter": carry).
_SENSE = {("take", "portez"): "prenez"}
# *look at* X: "regarder X" ("Regardez les chiffres", not "Regardez aux chiffres").
_AT = [(re.compile(r"^[Rr]egardez (?:à |a )?aux\b"), "Regardez les"),
       (re.compile(r"^[Rr]egardez au\b"), "Regardez le"),
       (re.compile(r"^[Rr]egardez à (?=la\b|l['’]|ce\b|cette\b|ces\b|ceux\b|celle)"), "Regardez ")]


# *Don't* / *Do not* + a verb opening a clause: the engine writes "Vous ne riez pas" (*Please,
# don't laugh*), the negative imperative is "Ne riez pas" (the pronouns stay before it).
_NOT_EN = re.compile(r"(?:(?<=^)|(?<=[.!?:,]\s))(?:[Dd]on['’]t|[Dd]o not) (?=[a-z])")
# *you* with a negation of its own: its "vous ne" is a statement.
_YOU_NOT = re.compile(r"\b[Yy]ou (?:\w+ )?(?:not|never)\b|\b[Yy]ou \w+n['’]t\b")
_NOT_FR = re.compile(r"(?:(?<=^)|(?<=[.!?:,]\s))([Vv])ous (ne |n['’])")


def english(line: str) -> str:
    """ "Take our ministries" -> "You take our ministries", "Tell me" -> "You tell me"
    (the engine's "Vous prenez", "Vous me dites"); unchanged where a sentence of ``line``
    opens with "You" itself (``french`` could not tell the two apart)."""
    if _YOU.search(line):
        return line
    return _ENGLISH.sub(lambda m: f"{m.group('voc')}you {m.group('low')}" if m.group("voc")
                        else "You " + m.group("verb").lower(), line)


def imperatives(source: str) -> list[str]:
    """The verbs ``english`` said after "You" in ``source``, in their order."""
    if _YOU.search(source):
        return []
    return [(m.group("low") or m.group("verb")).lower() for m in _ENGLISH.finditer(source)]


def french(source: str, text: str) -> str:
    """ "Vous nous donnez une réponse" -> "Donnez-nous une réponse", "Vous vous souvenez
    que" -> "Souvenez-vous que", "Vous portez la Syrie" -> "Prenez la Syrie" where the
    English ``source`` opens a sentence with such an imperative (one per imperative);
    "Vous ne riez pas" -> "Ne riez pas" where it says *Don't laugh* (see ``_NOT_FR``)."""
    bids = len(_NOT_EN.findall(source))
    # A *you ... not* of the English may give a "vous ne" of its own: then only as many
    # "vous ne" as bids ("you might not like" is "il ne vous pourrait pas plaire").
    if bids and (not _YOU_NOT.search(source) or len(_NOT_FR.findall(text)) == bids):
        text = _NOT_FR.sub(lambda m: m.group(2).capitalize() if m.group(1) == "V"
                           else m.group(2), text, count=bids)
    verbs = imperatives(source)
    if not verbs:
        return text
    out: list[str] = []
    last = 0
    for m, en in zip(_FRENCH.finditer(text), verbs, strict=False):
        verb = _IRREGULAR.get(m.group(3), _SENSE.get((en, m.group(3)), m.group(3)))
        clitic = m.group(2).strip().replace("’", "'")
        if clitic:
            verb = f"{verb}-{_AFTER.get(clitic, clitic)}"
        voc = m.group("voc") or ""
        head = voc + verb if voc else verb[:1].upper() + verb[1:]
        sentence = head + text[m.end():_sentence_end(text, m.end())]
        for pattern, new in _AT if en == "look" else ():
            body = sentence[len(voc):]  # "regardez" after a vocative keeps its case
            sentence = voc + pattern.sub(body[:1] + new[1:], body, count=1)
        out.append(text[last:m.start()] + sentence)
        last = _sentence_end(text, m.end())
    return "".join(out) + text[last:]


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at ``start`` ends (its last mark included)."""
    m = re.compile(r"[.!?](?=\s|$)").search(text, start)
    return m.end() if m else len(text)
