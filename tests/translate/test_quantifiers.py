"""*All* opening a clause before a bare plural: "all the" before Apertium (quantifiers.py),
and "tout les" agreed after it (frames)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.frames import frames
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


@pytest.mark.parametrize(("line", "new"), [
    # the tagger read *attempts*, *plans* as verbs after *all* read as a pronoun
    ("All attempts to isolate Russia have failed.",
     "All the attempts to isolate Russia have failed."),
    ("All plans to build it failed.", "All the plans to build it failed."),
    # a plural noun read as one, adjectives before it, after a comma or a conjunction
    ("All Russian regions will take part.", "All the Russian regions will take part."),
    ("First, all participants agreed.", "First, all the participants agreed."),
])
def test_all_before_a_bare_plural_gets_the(apertium_ok: bool, line: str, new: str) -> None:
    assert may_change(line)
    assert edited(line) == new


@pytest.mark.parametrize("line", [
    "Cooperation is developing at all levels.",  # after a preposition: "à tous les niveaux"
    "We support all efforts to resolve it.",  # after a verb the engine writes "les"
    "It all depends on us.",  # *all* after its pronoun; *depends* no noun
    "All looks good.",  # a verb before an adjective
    "All kinds of problems arose.",  # "toutes sortes de"
    "All the countries agree.",  # an article already
    "All is well.",
])
def test_all_left_alone(apertium_ok: bool, line: str) -> None:
    # (other rules may change the line: "The cooperation is developing")
    assert edited(line).lower().count("all the") == line.lower().count("all the")


def test_all_in_french(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["All attempts to isolate Russia have failed.", "All countries agree.",
         "All Russian regions will take part.", "All other countries agree."],
        engine, "en", "fr")]
    assert out[0].startswith("Toutes les tentatives ")  # was "Tous essaient"
    assert out[1] == "Tous les pays conviennent."
    assert out[2].startswith("Toutes les régions russes")
    assert out[3].startswith("Tous les autres pays")


@pytest.mark.parametrize(("before", "after"), [
    ("Tout les autres pays conviennent.", "Tous les autres pays conviennent."),
    ("tout les régions russes", "toutes les régions russes"),
    ("Toute les menaces qui", "Toutes les menaces qui"),
])
def test_tout_les_agrees(before: str, after: str) -> None:
    assert frames([before]) == [after]


def test_du_tout_left_alone() -> None:
    line = "Il ne comprend pas du tout les règles."
    assert frames([line]) == [line]
