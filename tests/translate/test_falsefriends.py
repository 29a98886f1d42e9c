"""English look-alikes (``falsefriends.py``): *implement* "mettre en œuvre", *future*
"l'avenir", *exhibition* "exposition", where the English has the word in that sense, and
through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.falsefriends import false_friends
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule regenerates the verb with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will implement the reform.", "Nous implémenterons la réforme.",
     "Nous mettrons en œuvre la réforme."),
    ("The plans were implemented.", "Les plans ont été implémentés.",
     "Les plans ont été mis en œuvre."),
    ("We are implementing the plan.", "Nous sommes en train d'implémenter le plan.",
     "Nous sommes en train de mettre en œuvre le plan."),
    ("by implementing the plan", "en implémentant le plan", "en mettant en œuvre le plan"),
    # the engine's infinitive after *be* (a passive): the participle
    ("projects that are implemented", "les projets qui sont implémenter",
     "les projets qui sont mis en œuvre"),
    # an infinitive after "pour" stays one
    ("to implement the plan", "pour implémenter le plan", "pour mettre en œuvre le plan"),
    ("The implementation of the plan is slow.", "L'implémentation du plan est lente.",
     "La mise en œuvre du plan est lente."),
    ("a lack of implementation", "un manque d'implémentation", "un manque de mise en œuvre"),
    ("The future of the city is bright.", "Le futur de la ville est brillant.",
     "L'avenir de la ville est brillant."),
    ("We will do it in the future.", "Nous le ferons dans le futur.",
     "Nous le ferons à l'avenir."),
    ("We think about the future.", "Nous pensons au futur.", "Nous pensons à l'avenir."),
    ("The exhibition opens today.", "L'exhibition ouvre aujourd'hui.",
     "L'exposition ouvre aujourd'hui."),
    ("In the future we will build more.", "Dans le futur nous bâtirons plus.",
     "À l'avenir nous bâtirons plus."),
    ("She made a significant contribution.", "Elle a apporté une contribution significative.",
     "Elle a apporté une contribution importante."),
    ("Prices rose significantly.", "Les prix ont monté significativement.",
     "Les prix ont monté considérablement."),
    ("Significant sums were spent.", "Significatives sommes ont été dépensées.",
     "Importantes sommes ont été dépensées."),
])
def test_false_friend(source: str, french: str, want: str) -> None:
    assert false_friends(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The software implements the protocol.", "Le logiciel implémente le protocole."),
    ("The future president spoke.", "Le futur président a parlé."),
    ("They played an exhibition match.", "Ils ont joué un match d'exhibition."),
    ("We apply the plan.", "Nous implémentons le plan."),
    ("We must implement it.", "Nous devons l'implémenter."),  # "le" or "la": left
    ("The result is statistically significant.", "Le résultat est statistiquement significatif."),
    ("a telling detail", "un détail significatif"),  # no *significant*
])
def test_not_in_the_shared_sense(source: str, french: str) -> None:
    assert false_friends(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We are implementing the state programme.",
                           "The future of the industry depends on it."], engine, "en", "fr")
    assert "mettons en œuvre le programme" in out[0].text
    assert out[1].text.startswith("L'avenir de l'industrie")
