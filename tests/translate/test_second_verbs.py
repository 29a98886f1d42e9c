"""The second verb of a plural subject after *and* (``second_verbs.py``): constructed
examples, the French as the engine writes such sentences, and guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.second_verbs import have_after_relative, second_verbs


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the French with Apertium's French dictionary (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The leaders reaffirmed their intention and also discussed trade.",
     "Les dirigeants ont réaffirmé leur intention et a aussi parlé du commerce.",
     "Les dirigeants ont réaffirmé leur intention et ont aussi parlé du commerce."),
    # a relative opening the clause is the subject
    ("Those who defeated Nazism and won the war are heroes.",
     "Ceux qui ont battu le nazisme et a gagné la guerre sont des héros.",
     "Ceux qui ont battu le nazisme et ont gagné la guerre sont des héros."),
    # a list of verbs: each item
    ("Many of you have worked in Russia, located your plants here, and taken goods abroad.",
     "Beaucoup d'entre vous ont travaillé en Russie, a localisé vos usines ici, et a porté "
     "des biens à l'étranger.",
     "Beaucoup d'entre vous ont travaillé en Russie, ont localisé vos usines ici, et ont "
     "porté des biens à l'étranger."),
])
def test_plural(source: str, french: str, want: str) -> None:
    assert second_verbs([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a relative's verb after the clause's own verb: the minister's second verb
    ("The minister thanked those who took part and stressed the point.",
     "Le ministre a remercié ceux qui ont participé et a souligné le point."),
    # a subject of its own after *and*
    ("The leaders met and the minister also spoke.",
     "Les dirigeants ont rencontré et le ministre a aussi parlé."),
    ("The leaders met and he also spoke.", "Les dirigeants ont parlé et a aussi parlé."),
    # the nearest verb is singular
    ("They said the country won and also grew.",
     "Ils ont dit que le pays a gagné et a aussi grandi."),
    # a passive: its participle would have to agree too
    ("The laws were adopted, and they have been submitted.",
     "Les lois ont été adoptées et a été livré."),
    # no participle after "a"
    ("The ministers spoke and there is a plan.", "Les ministres ont parlé et a un plan."),
])
def test_left_alone(source: str, french: str) -> None:
    assert second_verbs([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The leaders reaffirmed their intention to strengthen ties and "
                           "also discussed the situation in Syria."], engine, "en", "fr")
    assert "et ont aussi parlé" in out[0].text


def test_have_after_a_relative() -> None:
    assert have_after_relative("The countries, which export oil, have signed it.",
                               "Les pays, qui exportent du pétrole, aies signé.") == \
        "Les pays, qui exportent du pétrole, ont signé."
    # no relative between commas before *have*: left alone
    assert have_after_relative("If you have signed it, good.", "Si tu aies signé, bien.") == \
        "Si tu aies signé, bien."
