"""*which* taking up a whole clause said "what" before the engine ("ce qui")
(``clause_which.py``): sentences of the tuning paragraphs and constructed ones."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.clause_which import english
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("line", "want"), [
    # a plural noun, a singular verb: the clause is the antecedent
    ("They noted the nature of talks on these matters, which creates a good backdrop.",
     "They noted the nature of talks on these matters, what creates a good backdrop."),
    ("We implement the Minsk agreements, which is the only possible basis.",
     "We implement the Minsk agreements, what is the only possible basis."),
    ("A tanker is loaded every 33 hours, which amounts to 70,000 tonnes.",
     "A tanker is loaded every 33 hours, what amounts to 70,000 tonnes."),
    # *which is* + a judgement
    ("It has become a nationwide phenomenon, which is very good.",
     "It has become a nationwide phenomenon, what is very good."),
    ("You support our veterans, which is also important, especially now.",
     "You support our veterans, what is also important, especially now."),
])
def test_english(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize("line", [
    "You have seen our electric bus, which is already mass-produced.",  # *bus* singular
    "We have built new schools, which are already open.",  # the verb agrees with the noun
    "He spoke of the campaign by the Kiev authorities, which has intensified.",  # agent *by*
    "These are the leading powers, which is why it was signed.",  # the engine's "c'est pourquoi"
    "The forum, which will end tomorrow, is useful.",  # a singular noun
    "The bridge, which is important for the region, is open.",  # no judgement ending it
])
def test_english_left(line: str) -> None:
    assert english(line) == line


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["You also support our veterans, which is very important.",
                           "They noted the constructive nature of talks on these matters, "
                           "which creates a favourable backdrop."], engine, "en", "fr")
    assert out[0].text == "Vous soutenez aussi nos vétérans, ce qui est très important."
    assert "ces questions, ce qui crée un fond favorable" in out[1].text
