"""Kinds of events in titles of any year, read by their shape (general French usage).

An event's noun with its own "of" is the head of a slot, never the modifier of a kind the
slot ends with: "the plenary session of the St Petersburg International Economic Forum" is
the session of that forum ("la séance plénière du Forum économique international de
Saint-Pétersbourg"), not a forum "of the plenary session of St Petersburg"; "the Meeting of
the State Council Presidium" is a meeting, not a presidium.
"""

from __future__ import annotations

import re

from daybook.translate.title_sentences import PRESS

# Nouns of an event or an act a title names with its "of" (English and French usage alike).
EVENT_NOUNS = frozenset({
    "meeting", "meetings", "session", "sessions", "sitting", "opening", "closing",
    "ceremony", "presentation", "launch", "start", "beginning", "end", "anniversary",
    "celebration", "celebrations", "concert", "reception", "conference", "debate",
    "discussion", "parade", "final", "finals", "round", "stage", "day", "days", "part"})

# What may stand before such a noun: its kind ("plenary", "expanded") or its rank.
_BEFORE = frozenset({
    "plenary", "expanded", "enlarged", "extended", "final", "joint", "extraordinary",
    "ceremonial", "official", "informal", "annual", "regular", "gala", "solemn", "first",
    "second", "third", "last", "general", "working", "special", "festive", "commemorative",
    "opening", "closing", "operational", "constituent", "concluding", "inaugural", "grand"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_OPENING = re.compile(r"^(?:the |a |an )?((?:[A-Za-z0-9-]+ ){0,2}?)([A-Za-z]+) (?:of|[Mm]arking"
                      r"|[Cc]elebrating|[Hh]onouring|to [Mm]ark|to [Cc]elebrate|in [Hh]onour of) ")


def event_of(x: str) -> bool:
    """``x`` opens with an event's noun and its "of" or its occasion ("the plenary session
    of", "an Expanded Meeting of", "the 62nd Session of", "a Reception Marking"): a phrase
    with its own head, no modifier of the slot frame's kind ("{x} Day")."""
    m = _OPENING.match(x)
    if m is None or m[2].lower() not in EVENT_NOUNS:
        return False
    return all(w.lower() in _BEFORE or _ORDINAL.match(w) for w in m[1].split())


# Answers to the press, by whom asked (French usage: "Réponses aux questions des
# journalistes", "des médias russes"); "{adj}" is a demonym in the masculine plural.
_ASKERS: dict[str, str] = {
    "journalists’ questions": "questions des journalistes",
    "Russian journalists’ questions": "questions des journalistes russes",
    "foreign journalists’ questions": "questions des journalistes étrangers",
    "Russian and foreign journalists’ questions":
        "questions des journalistes russes et étrangers",
    "{adj} journalists’ questions": "questions des journalistes {adj}",
    "media questions": "questions des médias",
    "Russian media questions": "questions des médias russes",
    "foreign media questions": "questions des médias étrangers",
    "{adj} media questions": "questions des médias {adj}",
    "press questions": "questions de la presse",
    "questions from journalists": "questions des journalistes",
    "questions from Russian journalists": "questions des journalistes russes",
    "questions from foreign journalists": "questions des journalistes étrangers",
    "questions from the press": "questions de la presse",
    "questions from the media": "questions des médias",
    "questions from {x}": "questions {de:x}",
    "questions": "questions",
}
_ANSWERS: dict[str, str] = {"Answers to": "Réponses aux", "Responses to": "Réponses aux",
                            "Replies to": "Réponses aux"}
# A statement to the press before the answers: "Press statement and answers to ...", the
# speech heads' statements (title_sentences.PRESS) and the early years' wordings.
_STATEMENTS: dict[str, str] = {
    **{en: fr for en, fr in PRESS.items() if "tatement" in en},
    "Statement to the press": "Déclaration à la presse",
    "Statement for the press": "Déclaration à la presse",
    "Statements to the press": "Déclarations à la presse",
    "Media statement": "Déclaration à la presse",
}
# After what: "following the talks", "after the summit" (the slot is {y} when {x} asked).
_AFTER: dict[str, str] = {"": "", " following {y}": " à l’issue {de:y}",
                          " after {y}": " à l’issue {de:y}", " at {y}": " {à:y}"}


def question_frames() -> tuple[tuple[str, str], ...]:
    """ "Answers to Russian journalists’ questions following {y}" -> "Réponses aux
    questions des journalistes russes à l’issue {de:y}", "Press statement and answers to
    questions following {y}", "{who} answered media questions"; every asker crossed with
    every head and every "after what", so that a pair no title showed yet reads the same."""
    out: list[tuple[str, str]] = []
    for asked, fr_asked in _ASKERS.items():
        for after, fr_after in _AFTER.items():
            for en, fr in _ANSWERS.items():
                out.append((f"{en} {asked}{after}", f"{fr} {fr_asked}{fr_after}"))
            for en, fr in _STATEMENTS.items():
                out.append((f"{en} and answers to {asked}{after}",
                            f"{fr} et réponses aux {fr_asked}{fr_after}"))
        for subject in ("{who}", "The President"):
            said = subject if subject == "{who}" else "Le Président"
            out.append((f"{subject} answered {asked}", f"{said} a répondu aux {fr_asked}"))
            out.append((f"{subject} answers {asked}", f"{said} répond aux {fr_asked}"))
    for en, fr in _STATEMENTS.items():  # "Statement for the press following X"
        for link in ("following", "after"):
            out.append((f"{en} {link} {{y}}", f"{fr} à l’issue {{de:y}}"))
    return tuple(out)


# Messages: a head (greetings, congratulations, condolences) and to whom and on what, every
# head crossed with every tail of its kind ("Message of greetings to X and all Russians
# celebrating Y" read as "Greetings to X and ..."). French: "Message de salutations",
# "Vœux de Noël", "Message de condoléances ... à la suite de" (general usage).
_GREETINGS: dict[str, str] = {
    "Greetings": "Message de salutations",
    "Message of greetings": "Message de salutations",
    "Greetings message": "Message de salutations",
    "Greeting message": "Message de salutations",
    "Congratulations": "Félicitations",
    "Message of congratulations": "Message de félicitations",
    "Congratulatory message": "Message de félicitations",
    "Christmas greetings": "Vœux de Noël",
    "Easter greetings": "Vœux de Pâques",
    "New Year greetings": "Vœux de Nouvel An",
    "New Year’s greetings": "Vœux de Nouvel An",
    "Birthday greetings": "Vœux d’anniversaire",
}
_CELEBRATING = ("and all Russians celebrating", "and all who celebrate",
                "and everyone celebrating", "and all those celebrating")
_GREETING_TAILS: dict[str, str] = {
    " to {x}": " {à:x}",
    " to {x} on {y}": " {à:x} à l’occasion {de:y}",
    " on {x}": " à l’occasion {de:x}",
    " on the occasion of {x}": " à l’occasion {de:x}",
    **{f" to {{x}} {c} {{y}}": (" {à:x} et à tous les Russes qui célèbrent {y}"
                                if "Russians" in c else " {à:x} et à tous ceux qui célèbrent {y}")
       for c in _CELEBRATING},
}
_CONDOLENCES: dict[str, str] = {
    "Condolences": "Condoléances",
    "Message of condolences": "Message de condoléances",
    "Condolence message": "Message de condoléances",
    "Message of condolence": "Message de condoléances",
    "Condolences message": "Message de condoléances",
}
_DEATH = ("the death of", "the passing of", "passing of", "death of")
_CONDOLENCE_TAILS: dict[str, str] = {
    " to {x}": " {à:x}",
    **{f" {p} {d} {{x}}": " suite au décès {de:x}" for p in ("on", "over") for d in _DEATH},
    **{f" {p} {{x}}": " à la suite {de:x}" for p in ("over", "on", "following",
                                                      "in connection with")},
    **{f" to {{x}} {p} {{y}}": " {à:x} à la suite {de:y}"
       for p in ("over", "on", "following", "in connection with")},
}
# A news sentence of the same messages: "{who} sent a message of condolences to X".
_SENT: dict[str, str] = {
    "sent a message of greetings": "a adressé un message de salutations",
    "sent a message of congratulations": "a adressé un message de félicitations",
    "sent a congratulatory message": "a adressé un message de félicitations",
    "sent a message of condolences": "a adressé un message de condoléances",
    "sent a condolence message": "a adressé un message de condoléances",
    "sent greetings": "a adressé ses salutations",
    "sent congratulations": "a adressé ses félicitations",
    "sent condolences": "a adressé ses condoléances",
    "sent his condolences": "a adressé ses condoléances",
    "sent her condolences": "a adressé ses condoléances",
    "expressed condolences": "a présenté ses condoléances",
    "expressed his condolences": "a présenté ses condoléances",
    "expressed her condolences": "a présenté ses condoléances",
    "offered condolences": "a présenté ses condoléances",
    "offered his condolences": "a présenté ses condoléances",
    "extended condolences": "a présenté ses condoléances",
    "sent a telegram of condolences": "a adressé un télégramme de condoléances",
    "sent a condolence telegram": "a adressé un télégramme de condoléances",
    "sent a telegram of congratulations": "a adressé un télégramme de félicitations",
    "sent a congratulatory telegram": "a adressé un télégramme de félicitations",
}
_SENT_TAILS: dict[str, str] = {
    " to {x}": " {à:x}",
    " to {x} over {y}": " {à:x} à la suite {de:y}",
    " to {x} on {y}": " {à:x} à l’occasion {de:y}",
    **{f" {p} {d} {{x}}": " suite au décès {de:x}" for p in ("on", "over") for d in _DEATH},
    **{f" {p} {{x}}": " à la suite {de:x}" for p in ("over", "following",
                                                      "in connection with")},
}


def message_frames() -> tuple[tuple[str, str], ...]:
    """Greetings, congratulations and condolences by shape: every head with every tail
    ("Message of congratulations to {x}" -> "Message de félicitations {à:x}"), and the news
    sentences that report them ("{who} expressed his condolences over {x}")."""
    out: list[tuple[str, str]] = []
    for heads, tails in ((_GREETINGS, _GREETING_TAILS), (_CONDOLENCES, _CONDOLENCE_TAILS)):
        for en, fr in heads.items():
            out += [(en + tail, fr + fr_tail) for tail, fr_tail in tails.items()]
    for en, fr in _SENT.items():
        condolences = "condolence" in en
        for tail, fr_tail in _SENT_TAILS.items():
            if not condolences and ("décès" in fr_tail or "suite" in fr_tail):
                continue  # greetings are sent on an occasion, condolences after an event
            if condolences and "occasion" in fr_tail:
                fr_tail = " {à:x} à la suite {de:y}"
            for subject, said in (("{who}", "{who}"), ("The President", "Le Président")):
                out.append((f"{subject} {en}{tail}", f"{said} {fr}{fr_tail}"))
    return tuple(out)
