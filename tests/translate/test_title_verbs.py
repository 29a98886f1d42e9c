"""News titles with a verb no frame lists (title_verbs), read with the engine's dictionaries."""

from __future__ import annotations

import pytest

from daybook.translate.title_verbs import french_form, french_verb
from daybook.translate.titles import plan_title


def test_a_verb_and_its_forms_from_the_engines_dictionaries(apertium_ok: bool) -> None:
    assert french_verb("ensure") == "assurer"
    assert french_form("assurer", "<fti><p3><sg>") == "assurera"
    assert french_form("approuver", "<pp><m><sg>") == "approuvé"


@pytest.mark.parametrize(("title", "fr"), [
    # A future with a direct object, the subject a name kept as written.
    ("South Stream will ensure reliable Russian gas supplies to main consumers in Europe",
     "South Stream assurera les approvisionnements fiables en gaz russe aux consommateurs "
     "principaux en Europe"),
    # A past with a direct object: the passé composé with "avoir".
    ("The President approved the list of instructions",
     "Le Président a approuvé la liste des instructions"),
    # A passive of things to come is the act's noun, as French news titles say it.
    ("New bridge to be built in Yakutia", "Construction du nouveau pont en Iakoutie"),
    ("Park zone to be created along Malaya Neva embankment in St Petersburg",
     "Création de la zone du parc le long du quai Malaïa Neva à Saint-Pétersbourg"),
])
def test_news_titles_with_a_general_verb(apertium_ok: bool, title: str, fr: str) -> None:
    assert plan_title(title).text == fr


def test_a_clause_or_an_indirect_object_is_left(apertium_ok: bool) -> None:
    # Guards: an infinitive clause after the object, a verb of motion (French "être").
    assert plan_title("Vladimir Putin instructed the Government to draft a plan").text is None
    arrived = plan_title("Vladimir Putin arrived in Beijing").text
    assert arrived != "Vladimir Poutine a arrivé à Pékin"
