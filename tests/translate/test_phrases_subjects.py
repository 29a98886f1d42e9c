"""Set phrases as a clause's plural subject and after a quantifier (``phrases.py``), and the
senses of *mean* and *demonstrate* said again in English (``data/preedit_en.json``).

Constructed sentences; the French of the phrases from general press usage ("passage à
niveau", "petites et moyennes entreprises"), "beaucoup de"/"peu de" before a noun (Grevisse
§ 626), *I mean it* "je le pense", *demonstrate* a thing "présenter" (Robert & Collins)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.phrases import NBSP, mark
from daybook.translate.protect import translate_texts


def french(engine: ApertiumEngine, line: str) -> str:
    [out] = translate_texts([line], engine, "en", "fr")
    return out.text


@pytest.mark.parametrize(("source", "marked"), [
    # a plural phrase opening its clause, a verb after it (not a noun): "the" + the key
    ("Motor sport fans came to the track.", f"The motor{NBSP}sport{NBSP}fans came to the "
     "track."),
    ("Small and medium-sized businesses need support.",
     f"The small{NBSP}and{NBSP}medium-sized{NBSP}businesses need support."),
    ("As we know, motor sport fans around the world followed it.",
     f"As we know, the motor{NBSP}sport{NBSP}fans around the world followed it."),
    # after a quantifier the key takes it in
    ("There are many level crossings here.", f"There are many{NBSP}level{NBSP}crossings here."),
    ("We built a few level crossings.", f"We built a{NBSP}few{NBSP}level{NBSP}crossings."),
    # guards: a noun after the phrase (an -s form is a noun's plural), a passive's
    # participle the engine agrees itself, a determiner before the subject
    ("Arms control talks began.", "Arms control talks began."),
    ("Joint press statements were made.", "Joint press statements were made."),
    ("Our business circles are very interested.", "Our business circles are very "
     "interested."),
    # an adverbial phrase between an auxiliary and its verb: the engine keeps the tense
    ("They will sooner or later acquire it.", "They will sooner or later acquire it."),
])
def test_mark(source: str, marked: str) -> None:
    assert mark(source) == marked


@pytest.mark.parametrize(("source", "expected"), [
    ("Motor sport fans came to the track.", "Les passionnés du sport automobile sont venus"),
    ("Level crossings are one of the main problems.", "Les passages à niveau sont l’un des"),
    ("There are many level crossings in the region.", "beaucoup de passages à niveau"),
    ("Few level crossings remain.", "passages à niveau"),
    # *mean* with a person subject: "vouloir dire", "le penser"; a thing's: "signifier"
    ("I primarily mean the digital economy.", "Je veux dire principalement"),
    ("I do not speak to be nice, but I really mean it.", "je le pense réellement"),
    ("I mean it.", "Je le pense."),
    ("We share common approaches, and this means that our cooperation is good.",
     "cela signifie que"),
    # *demonstrate* a thing: "présenter"; a quality, a claim: "démontrer"
    ("One of the cadets demonstrated a collection of chess pieces.",
     "a présenté une collection"),
    ("The company demonstrated the new equipment to the President.",
     "a présenté le nouvel équipement"),
    ("This demonstrates our commitment.", "Cela démontre notre engagement."),
    ("They demonstrated the effectiveness of our weapons.", "ont démontré"),
    # *undisputed*: "incontesté"
    ("You are the undisputed leaders.", "leaders incontestés"),
    # *un-* + a participle the pivot said "ne" + the participle: "non"
    ("They use unmanned aerial vehicles.", "véhicules aériens non pilotés"),
])
def test_french(engine: ApertiumEngine, source: str, expected: str) -> None:
    out = french(engine, source)
    assert expected in out, out
    assert NBSP not in out


def test_un_participles_guard() -> None:
    from daybook.translate.unparticiples import un_participles

    assert un_participles("unresolved issues", "des questions ne résolues") == \
        "des questions non résolues"
    # a negated verb, and no *un-* word in the English: left
    assert un_participles("unmanned vehicles", "il ne paie pas") == "il ne paie pas"
    assert un_participles("manned vehicles", "véhicules ne pilotés") == "véhicules ne pilotés"
