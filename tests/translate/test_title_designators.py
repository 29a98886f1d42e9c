"""Names of events before the kind they name, and the titles' other named constructions
(title_np._name_before_kind, named.slogan_piece, the named-thing table's World Expos)."""

from __future__ import annotations

import pytest

from daybook.translate.titles import plan_title


@pytest.mark.parametrize(("en", "fr"), [
    # A capitalised name of common words before a lower-case kind: the kind first, the
    # name in quotation marks said as a unit by the grammar.
    ("Address to participants of Young Leaders online forum",
     "Allocution aux participants du Forum en ligne « Jeunes dirigeants »"),
    ("Greetings to participants of Great Victory national commemorative event",
     "Message de salutations aux participants de la manifestation commémorative nationale "
     "« Grande victoire »"),
])
def test_name_before_its_kind(en: str, fr: str) -> None:
    assert plan_title(en).text == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def test_name_before_its_kind_left_to_the_engine_as_one_piece() -> None:
    # A name the grammar cannot say goes to the engine whole, inside the quotation marks.
    p = plan_title("Greetings to participants of New Generation online marathon")
    assert p.template == "Message de salutations aux participants du Marathon en ligne " \
        "«\u00a0{mt}\u00a0»"
    assert p.piece == "New generation"


@pytest.mark.parametrize(("en", "fr"), [
    # Guards: a demonym and an established name are no quoted name; an adverbs' slogan
    # keeps its word-for-word reading.
    ("Greetings to participants of Russian Energy Week international forum",
     "Message de salutations aux participants du forum international de la Semaine russe "
     "de l’énergie"),
    ("Greetings to participants of Forward Together national forum",
     "Message de salutations aux participants du forum national « En avant ensemble »"),
])
def test_name_before_its_kind_guards(en: str, fr: str) -> None:
    assert plan_title(en).text == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def test_world_expo() -> None:
    # "Expo 2020" is the World Expo of that year; a year with none stays a trade show.
    assert plan_title("Opening of Russia Day at Expo 2020").text == \
        "Ouverture du Jour de la Russie à l’Exposition universelle de 2020"
    assert plan_title("Opening of Russia Day at Expo 2017").text == \
        "Ouverture du Jour de la Russie au Salon 2017"
