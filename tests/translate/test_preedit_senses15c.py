"""Round 15c's senses with a fixed preposition (``data/preedit_en.json``'s expressions) and
a glossary phrase (``data/phrases_fr.json``), each with a guard it must leave. The
sentences are made up for these tests."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from tests.translate.test_preedit_senses import edited, french


@pytest.mark.parametrize(("line", "said"), [
    # *free of/from* "sans"; not *free of charge*
    ("A zone free of nuclear weapons.", "A zone without nuclear weapons."),
    ("Free from fear, we act.", "Without fear, we act."),
    ("The tickets are free of charge.", "The tickets are free of charge."),
    # *X-related* + a plural noun: "liés à"; not before another noun, not after a name
    ("We studied oil-related issues.", "We studied issues related to the oil."),
    ("Health-related costs and taxes grew.", "The costs related to the health and taxes grew."),
    ("We studied energy-related cooperation projects.",
     "We studied energy-related cooperation projects."),
    ("We studied Russia-related issues.", "We studied Russia-related issues."),
    # *inform X about* "informer X de"; not *information about*
    ("He informed the President about the talks.", "He informed the President of the talks."),
    ("We will inform our partners about it.", "We will inform our partners of it."),
    ("We shared information about the talks.", "We shared information about the talks."),
    ("We inform the public about what we do.", "We inform the public about what we do."),
])
def test_said_again(apertium_ok: bool, line: str, said: str) -> None:
    assert edited(line) == said


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    out = french(engine, "We want a region free of terrorism.",
                 "We did not mention oil-related issues.",
                 "The minister informed the President about the results.",
                 "At this very moment, our soldiers are working.",
                 "The service is free of charge.")
    assert "sans terrorisme" in out[0]
    assert "les questions liées au pétrole" in out[1]
    assert "informé le Président des résultats" in out[2]
    assert out[3].startswith("En ce moment même,")
    assert "sans" not in out[4]
