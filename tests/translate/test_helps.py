"""*help* (someone) (to) do: "aider (qqn) à faire" (``helps.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.helps import help_to
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The English is read by Apertium's tagger."""


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


@pytest.mark.parametrize(("line", "want"), [
    ("It will help strengthen energy security.", "It will help to strengthen energy security."),
    ("It helps the young people believe in themselves.",
     "It helps the young people to believe in themselves."),
    ("These efforts have helped build a community.",
     "These efforts have helped to build a community."),
])
def test_bare_infinitive_gets_to(line: str, want: str) -> None:
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "The loan will help us.",  # no verb after the object
    "It helps them to choose.",  # *to* already there
    "With your help we build a community.",  # the noun
])
def test_bare_infinitive_left(line: str) -> None:
    assert edited(line) == line


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We help our companies to enter markets.", "Nous aidons nos entreprises pour entrer.",
     "Nous aidons nos entreprises à entrer."),
    ("Experts are helping Qatar to prepare.", "Les experts sont en train d'aider le Qatar "
     "pour se préparer.", "Les experts sont en train d'aider le Qatar à se préparer."),
])
def test_help_to(source: str, french: str, want: str) -> None:
    assert help_to([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the noun *help*
    ("With the help of experts to solve it.", "Avec l'aide d'experts pour le résoudre."),
    # "pour" of a purpose after a complement in "à"
    ("We help them prepare documents to sign it.",
     "Nous les aidons à préparer les documents pour le signer."),
    ("We discussed it to solve it.", "Nous aidons nos entreprises pour entrer."),
    # a prepositional phrase between: the *to* of a purpose
    ("It will help you with activities to promote values.",
     "Il vous aidera avec des activités pour promouvoir les valeurs."),
])
def test_help_to_left(source: str, french: str) -> None:
    assert help_to([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["It helps the young people believe in themselves.",
                           "We help our companies to enter foreign markets."],
                          engine, "en", "fr")
    assert "aide les jeunes à croire" in out[0].text
    assert "entreprises à entrer" in out[1].text
