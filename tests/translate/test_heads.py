"""Noun compounds with a protected name before their head: "the SCO summit" goes head first."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.heads import head_first
from daybook.translate.protect import translate_texts


def test_a_name_before_its_head_goes_after_it() -> None:
    spans = ["the SCO", "Security Council", "Putin", "G20"]
    text, turned = head_first("At Zq0x summit, before a Zq1x meeting.", spans, {0, 1, 3})
    assert text == "At the summit of Zq0x, before a meeting of Zq1x."
    assert turned == {0, 1}
    text, _ = head_first("The Zq3x member states met.", spans, {0, 3})
    assert text == "The member states of Zq3x met."


def test_what_stays_as_written() -> None:
    spans = ["Russia", "Africa", "Putin", "May 30", "the SCO"]
    eligible = {0, 1, 4}
    for text in ("The Zq0x–Zq1x summit opened.",     # two names joined: "Russia–Africa"
                 "Zq2x meeting with Zq0x.",           # a person: the caption's subject
                 "at the Zq3x meeting",               # a date
                 "in Zq4x meeting room",              # the head goes on as a compound
                 "at Zq4x meeting of experts",        # the head has its own complement
                 "no placeholder meeting here"):
        assert head_first(text, spans, eligible) == (text, set())


def test_the_abbreviation_in_brackets_follows_the_name() -> None:
    text, turned = head_first("attended Zq0x (SCO) summit", ["the Shanghai Cooperation "
                                                               "Organisation"], {0})
    assert text == "attended the summit of Zq0x (SCO)" and turned == {0}



def test_apertium_writes_the_head_first(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["Director Alexander Bortnikov before a Security Council meeting.",
         "He took part in the meeting of the BRICS leaders.",
         "The two leaders spoke after the Shanghai Cooperation Organisation summit.",
         "They discussed the ties of the SCO member states."],
        engine, "en", "fr", [[], [], [], []])]
    council, brics, sco, members = out
    # Before: "avant qu'un Conseil de sécurité connaître", "de patrons des BRICS",
    # "après l’Organisation de coopération de Shanghai sommet", "d'états de membre de l’OCS".
    assert "une rencontre du Conseil de sécurité" in council, council
    assert "des dirigeants des BRICS" in brics, brics
    assert "le sommet de l’Organisation de coopération de Shanghai" in sco, sco
    assert "des États membres de l’OCS" in members, members  # lexicon.members


def test_an_acronym_alone_is_protected_and_turned(engine: ApertiumEngine) -> None:
    (cis,) = [t.text for t in translate_texts(
        ["President of Turkmenistan at the informal CIS summit."], engine, "en", "fr", [[]])]
    assert "au sommet informel de la CEI" in cis, cis  # was "à l'informel CIS sommet"
