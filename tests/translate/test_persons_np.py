"""A person's noun the pivot made feminine after a feminine noun goes back to the
masculine (``persons_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.persons_np import common_gender
from daybook.translate.protect import translate_texts

pytestmark = pytest.mark.usefixtures("apertium_ok")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The presidents’ conversation took place.", "La conversation des présidentes a eu lieu.",
     "La conversation des présidents a eu lieu."),
    ("The role of the president is important.", "Le rôle de la présidente est important.",
     "Le rôle du président est important."),
    ("The opinion of the experts matters.", "L’opinion des expertes compte.",
     "L’opinion des experts compte."),
    ("representatives of companies", "des représentantes d’entreprises",
     "des représentants d’entreprises"),
])
def test_a_person_noun_after_de_goes_back_to_the_masculine(
        source: str, french: str, want: str) -> None:
    assert common_gender(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The actress’s role", "Le rôle de l’actrice"),  # a woman's noun
    ("Her role as president is important.", "Le rôle de la présidente est important."),  # her
    ("The role of the Speaker is important.",  # a name after the role: a woman's
     "Le rôle de la présidente du Conseil de la Fédération Valentina Matviyenko."),
    ("The line of the borders", "la ligne des frontières"),  # a feminine lemma
    ("They met the presidents.", "Ils ont rencontré les présidentes."),  # no "de" before
])
def test_a_feminine_the_text_may_mean_is_left_alone(source: str, french: str) -> None:
    assert common_gender(source, french) == french


def test_through_the_engine(engine: object) -> None:
    (out,) = translate_texts(["The position of the participants is clear."], engine, "en", "fr")
    assert "des participants" in out.text, out.text
