"""English subject relatives the tagger misreads (``relatives_en.py``): constructed
examples of the construction and of its guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


@pytest.mark.parametrize(("line", "want"), [
    ("The companies that work here are large.", "The companies that do work here are large."),
    ("We support the regions that need help.", "We support the regions that do need help."),
    ("These are the issues that concern us.", "These are the issues that do concern us."),
    # *which* after a plural noun and a comma, read as a determiner the same way
    ("The countries, which export oil to Europe, have agreed.",
     "The countries, which do export oil to Europe, have agreed."),
])
def test_that_and_a_verb_read_as_a_noun(apertium_ok: bool, line: str, want: str) -> None:
    assert may_change(line)
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "We offered the regions that support for two years.",  # two objects: a determiner
    "The companies that work.",  # nothing a verb governs after it
    "He says that work is important.",  # a clause, no relative
    "The company that works here is large.",  # the tagger reads it right
    "The regions that option suits are few.",  # "option" is no verb
    "The company, which export oil, works.",  # a singular head: no plural present
])
def test_that_left_alone(apertium_ok: bool, line: str) -> None:
    assert edited(line) == line


def test_the_relative_in_french(engine: ApertiumEngine) -> None:
    out = translate_texts(["The companies that work here are large.",
                           "The measures that help the economy were adopted."],
                          engine, "en", "fr")
    assert "Les entreprises qui travaillent ici" in out[0].text
    assert "Les mesures qui aident l'économie" in out[1].text.replace("’", "'")
