"""Titles by shape, second set: a speech's kind and occasion, a transcript of an event, and
sentence titles (a person or two, a verb in the past, present or future, its object).

The site heads a speech with its kind ("Speech", "Opening address", "Concluding remarks")
and where or why it was given ("at X", "to X", "on X"), and the early years' pages with
"Transcript of X" or "Excerpts from the transcript of X"; its news titles are sentences
("Vladimir Putin visited X", "X and Y took part in Z", "X will visit Y", "X visits Y").
The frames of ``data/title_patterns.json`` held some pairs one by one; here every kind is
crossed with every link, and every verb with every subject and tense, so that a pair no
title showed yet is read the same way. French from general usage: "Allocution
d’ouverture", "Allocution de clôture", "Extraits de la transcription de", the passé composé
of news titles, the present and the future.
"""

from __future__ import annotations

from functools import cache

# A speech's kind (as a title opens it) -> French.
KINDS: dict[str, str] = {
    "Speech": "Discours",
    "Address": "Allocution",
    "Remarks": "Allocution",
    "Opening address": "Allocution d’ouverture",
    "Opening remarks": "Allocution d’ouverture",
    "Opening speech": "Discours d’ouverture",
    "Introductory remarks": "Allocution d’ouverture",
    "Introductory speech": "Discours d’ouverture",
    "Concluding remarks": "Allocution de clôture",
    "Closing remarks": "Allocution de clôture",
    "Closing address": "Allocution de clôture",
    "Concluding speech": "Discours de clôture",
    "Closing speech": "Discours de clôture",
    "Statement": "Déclaration",
    "Video address": "Discours vidéo",
    "Television address": "Allocution télévisée",
    "Televised address": "Allocution télévisée",
    "Joint statement": "Déclaration conjointe",
    "Joint declaration": "Déclaration conjointe",
}
# Where or why: "at X", "to X"; "on X" is the occasion ("on the 80th anniversary of X");
# "by X" its speaker, a noun's agent: "de" (Grevisse: "la déclaration du Président").
_LINKS: dict[str, str] = {"at": "{à:x}", "to": "{à:x}", "on": "à l’occasion {de:x}",
                          "by": "{de:x}"}
# What the page holds of an event: "Transcript of the meeting with X".
_RECORDS: dict[str, str] = {
    "Transcript of": "Transcription",
    "Excerpts from transcript of": "Extraits de la transcription",
    "Excerpts from the transcript of": "Extraits de la transcription",
    "Excerpts from the Transcript of": "Extraits de la transcription",
    "Excerpts from Transcript of": "Extraits de la transcription",
    "Beginning of the transcript of": "Début de la transcription",
}

# What the press was given, and after what or by whom: "Media statements by X and Y".
PRESS: dict[str, str] = {
    "Media statements": "Déclarations à la presse",
    "Press statements": "Déclarations à la presse",
    "Statements for the press": "Déclarations à la presse",
    "Joint press statements": "Déclarations conjointes à la presse",
    "Joint media statements": "Déclarations conjointes à la presse",
    "Press statement": "Déclaration à la presse",
    "News conference": "Conférence de presse",
    "Joint news conference": "Conférence de presse conjointe",
    "Press conference": "Conférence de presse",
}
_PRESS_LINKS: dict[str, str] = {"following": "à l’issue {de:x}", "after": "à l’issue {de:x}",
                                "by": "{de:x}", "with": "{avec:x}"}

# A news verb: English (base, 3rd person, past) and the complement's slot, then the French
# of one subject and of two: (passé composé, present, future) each. "{e}" agrees with a woman.
_Verb = tuple[tuple[str, str, str], str, tuple[str, str, str], tuple[str, str, str]]
VERBS: tuple[_Verb, ...] = (
    (("visit", "visits", "visited"), "{x}",
     ("a visité", "visite", "visitera"), ("ont visité", "visitent", "visiteront")),
    (("attend", "attends", "attended"), "{à:x}",
     ("a assisté", "assiste", "assistera"), ("ont assisté", "assistent", "assisteront")),
    (("take part in", "takes part in", "took part in"), "{à:x}",
     ("a participé", "participe", "participera"),
     ("ont participé", "participent", "participeront")),
    (("make a trip to", "makes a trip to", "made a trip to"), "{en:x}",
     ("s’est rendu{e}", "se rend", "se rendra"), ("se sont rendus", "se rendent", "se rendront")),
    (("make a working trip to", "makes a working trip to", "made a working trip to"), "{en:x}",
     ("a effectué un déplacement de travail", "effectue un déplacement de travail",
      "effectuera un déplacement de travail"),
     ("ont effectué un déplacement de travail", "effectuent un déplacement de travail",
      "effectueront un déplacement de travail")),
    (("meet with", "meets with", "met with"), "{x}",
     ("a rencontré", "rencontre", "rencontrera"),
     ("ont rencontré", "rencontrent", "rencontreront")),
    (("hold talks with", "holds talks with", "held talks with"), "{avec:x}",
     ("s’est entretenu{e}", "s’entretient", "s’entretiendra"),
     ("se sont entretenus", "s’entretiennent", "s’entretiendront")),
    (("chair", "chairs", "chaired"), "{x}",
     ("a présidé", "préside", "présidera"), ("ont présidé", "président", "présideront")),
    (("inspect", "inspects", "inspected"), "{x}",
     ("a inspecté", "inspecte", "inspectera"), ("ont inspecté", "inspectent", "inspecteront")),
    (("open", "opens", "opened"), "{x}",
     ("a inauguré", "inaugure", "inaugurera"), ("ont inauguré", "inaugurent", "inaugureront")),
    (("speak at", "speaks at", "spoke at"), "{à:x}",
     ("a pris la parole", "prend la parole", "prendra la parole"),
     ("ont pris la parole", "prennent la parole", "prendront la parole")),
    (("sign", "signs", "signed"), "{x}",
     ("a signé", "signe", "signera"), ("ont signé", "signent", "signeront")),
    (("receive", "receives", "received"), "{x}",
     ("a reçu", "reçoit", "recevra"), ("ont reçu", "reçoivent", "recevront")),
    # General news verbs (Robert & Collins's usual equivalents for what a leader does).
    (("observe", "observes", "observed"), "{x}",
     ("a observé", "observe", "observera"), ("ont observé", "observent", "observeront")),
    (("watch", "watches", "watched"), "{x}",
     ("a suivi", "suit", "suivra"), ("ont suivi", "suivent", "suivront")),
    (("approve", "approves", "approved"), "{x}",
     ("a approuvé", "approuve", "approuvera"), ("ont approuvé", "approuvent", "approuveront")),
    (("accept", "accepts", "accepted"), "{x}",
     ("a accepté", "accepte", "acceptera"), ("ont accepté", "acceptent", "accepteront")),
    (("thank", "thanks", "thanked"), "{x}",
     ("a remercié", "remercie", "remerciera"), ("ont remercié", "remercient", "remercieront")),
    (("discuss", "discusses", "discussed"), "{x}",
     ("a examiné", "examine", "examinera"), ("ont examiné", "examinent", "examineront")),
)
# A visit by its kind (general usage: "une visite d’État / officielle / de travail"), said
# in every tense the site writes: "{who} is on a working visit to X", "is visiting X".
_VISIT_KINDS: dict[str, str] = {"a state": "une visite d’État", "an official": "une visite "
                                "officielle", "a working": "une visite de travail",
                                "a friendly": "une visite d’amitié", "a short": "une brève visite"}
_VISIT_TENSES: tuple[tuple[str, str], ...] = (
    ("is on {kind} visit to", "effectue {fr}"), ("will pay {kind} visit to", "effectuera {fr}"),
    ("paid {kind} visit to", "a effectué {fr}"), ("to pay {kind} visit to", "effectuera {fr}"),
    ("pays {kind} visit to", "effectue {fr}"))
# A visit on a holiday ("on Navy Day"): "à l’occasion de la Journée de la marine".
_ON_A_DAY = frozenset({"visit", "make a trip to", "make a working trip to"})
# The same visit as a noun title ("Trip to X on Navy Day").
_TRIPS: dict[str, str] = {"Visit to": "Visite {en/de:x}", "Trip to": "Déplacement {en:x}",
                          "Working trip to": "Déplacement de travail {en:x}"}

# Subjects: English, French, plural.
_SUBJECTS: tuple[tuple[str, str, bool], ...] = (
    ("{who}", "{who}", False),
    ("{who} and {who2}", "{who} et {who2}", True),
    ("The President", "Le Président", False),
)


@cache
def speech_frames() -> tuple[tuple[str, str], ...]:
    """ "Concluding remarks at {x}" -> "Allocution de clôture {à:x}", "Address on {x}" ->
    "Allocution à l’occasion {de:x}", "Transcript of {x}" -> "Transcription {de:x}";
    both "Opening address" and the early years' "Opening Address"."""
    out: list[tuple[str, str]] = []
    for en, fr in KINDS.items():
        # To whom and on what anniversary: "Address to people of Austria on 75th anniversary
        # of X" (only an anniversary: "Conference on International Security" is a name).
        pairs = [*_LINKS.items(), *((f"to {{x}} on {the}{{n}} anniversary of",
                                     "{à:x} à l’occasion du {n} anniversaire {de:y}")
                                    for the in ("", "the "))]
        for link, slot in pairs:
            end = " {y}" if ":y}" in slot else " {x}"
            out.append((f"{en} {link}{end}", f"{fr} {slot}"))
            if " " in en:
                out.append((f"{en.title()} {link}{end}", f"{fr} {slot}"))
    for en, fr in _RECORDS.items():
        out.append((f"{en} {{x}}", f"{fr} {{de:x}}"))
    for en, fr in PRESS.items():
        for link, slot in _PRESS_LINKS.items():
            out.append((f"{en} {link} {{x}}", f"{fr} {slot}"))
            if " " in en:  # the early years' headline case: "Press Statement following X"
                out.append((f"{en.title()} {link} {{x}}", f"{fr} {slot}"))
    return tuple(out)


@cache
def sentence_frames() -> tuple[tuple[str, str], ...]:
    """ "{who} and {who2} made a trip to {x}" -> "{who} et {who2} se sont rendus {en:x}",
    "{who} will chair {x}" -> "{who} présidera {x}", "{who} to visit {x}" (the site's
    future), "The President inspects {x}"."""
    out: list[tuple[str, str]] = []
    for (base, third, past), slot, one, two in VERBS:
        for en_subject, fr_subject, plural in _SUBJECTS:
            done, now, then = two if plural else one
            present = base if plural else third
            for en_verb, fr_verb in ((past, done), (present, now), (f"will {base}", then),
                                     (f"to {base}", then)):
                fr = f"{fr_subject} {fr_verb} {slot}"
                if not en_subject.startswith("{"):  # "Le Président s’est rendu"
                    fr = fr.replace("{e}", "")
                out.append((f"{en_subject} {en_verb} {{x}}", fr))
                if base in _ON_A_DAY:  # "visited X on Navy Day", "on the Day of X"
                    out.append((f"{en_subject} {en_verb} {{x}} on {{y}} Day",
                                f"{fr} à l’occasion de la Journée {{de:y}}"))
                    out.append((f"{en_subject} {en_verb} {{x}} on the {{day}}",
                                f"{fr} à l’occasion {{de:y}}"))
    for kind, kind_fr in _VISIT_KINDS.items():
        for en, fr in _VISIT_TENSES:
            out.append((f"{{who}} {en.format(kind=kind)} {{x}}",
                        f"{{who}} {fr.format(fr=kind_fr)} {{en:x}}"))
    out.append(("{who} is visiting {x}", "{who} est en visite {en:x}"))
    out.append(("{who} and {who2} met in {x}", "{who} et {who2} se sont rencontrés {en:x}"))
    for pronoun in ("his", "her"):
        out.append((f"{{who}} relieved {{x}} of {pronoun} duties",
                    "{who} a relevé {x} de ses fonctions"))
    for en, fr in _TRIPS.items():  # "Visit to X on the Day of Y"
        out.append((f"{en} {{x}} on {{y}} Day", f"{fr} à l’occasion de la Journée {{de:y}}"))
        out.append((f"{en} {{x}} on the {{day}}", f"{fr} à l’occasion {{de:y}}"))
    return tuple(out)
