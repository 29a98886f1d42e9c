"""Agreement of "X and I": Apertium wrote "Président Xi Jinping et j'ont convenu"."""

from __future__ import annotations

import pytest

from daybook.translate.agree import first_plural, with_me
from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.protect import translate_texts

NAMES = ["Xi Jinping", "Alexander Lukashenko", "Shinzo Abe"]


@pytest.fixture(scope="module")
def engine(apertium_ok: bool) -> ApertiumEngine:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    return ApertiumEngine()


@pytest.mark.parametrize(("source", "want"), [
    ("President Xi Jinping and I have agreed to continue.", "et moi avons convenu"),
    ("Mr Lukashenko and I discussed the budget.", "et moi avons"),
    ("Mr Abe and I are friends.", "et moi sommes"),
    ("Mr Abe and I were in Osaka.", "et moi étions"),
    ("Prime Minister Abe and I also discussed trade.", "et moi avons aussi"),
    ("My colleagues and I have decided to go.", "et moi avons décidé"),
])
def test_and_i_is_first_person_plural(engine: ApertiumEngine, source: str, want: str) -> None:
    out = translate_texts([source], engine, "en", "fr", [NAMES])[0].text
    assert want in out, out
    assert "et j'" not in out and "et je " not in out


def test_only_when_the_source_says_and_i() -> None:
    # "et j'ont" with no "and I" in the source is left to the engine's reading.
    assert with_me("He said they have agreed.", "Il et j'ont convenu") == "Il et j'ont convenu"
    assert with_me("between you and I.", "entre vous et je.") == "entre vous et je."


def test_adverbs_and_singulars_are_no_plural() -> None:
    assert first_plural("également") is None
    assert first_plural("récemment") is None
    assert first_plural("a") is None
    assert first_plural("discutaient") == "discutions"
    assert first_plural("parleront") == "parlerons"
    assert first_plural("partagent") == "partageons"
    assert first_plural("peuvent") == "pouvons"
