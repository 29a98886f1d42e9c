"""Prepositions and articles contracted at the end of the body (``contractions.py``), and
what is kept: a pronoun before an infinitive, a name, a title in « »."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.contractions import contract
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The infinitive test reads words with Apertium's French analyser."""


@pytest.mark.parametrize(("french", "want"), [
    ("Nous avons parlé de des programmes sociaux.", "Nous avons parlé des programmes sociaux."),
    ("le rôle de les régions", "le rôle des régions"),
    ("grâce à les deux parties", "grâce aux deux parties"),
    ("le budget de le secteur", "le budget du secteur"),
    ("un accès à le marché", "un accès au marché"),
    # a capital: not contracted ("du" before a name's "Le"), only elided
    ("la part de le État est", "la part de l'État est"),
    ("le statut de le organisme", "le statut de l'organisme"),
    ("De les villes ont répondu.", "Des villes ont répondu."),
    ("beaucoup de des entreprises petites", "beaucoup d'entreprises petites"),
    ("assez de du temps", "assez de temps"),
    # guard: a noun that starts like an article ("destinataires", "durée") stays whole
    ("beaucoup de destinataires", "beaucoup de destinataires"),
    ("peu de durée", "peu de durée"),
    ("dans de de nombreuses villes", "dans de nombreuses villes"),
    ("l'avis de d'autres pays", "l'avis d'autres pays"),
    ("de de la part de", "de la part de"),
    # An article or "de" elided before an aspirated h, written whole (then contracted).
    ("L’hub du réseau est à Moscou.", "Le hub du réseau est à Moscou."),
    ("le développement de l’hub", "le développement du hub"),
    ("la politique d’hub régional", "la politique de hub régional"),
    ("l’honte de la défaite", "la honte de la défaite"),
])
def test_contracted(french: str, want: str) -> None:
    assert contract(french) == want


@pytest.mark.parametrize("french", [
    "Nous avons décidé de le faire.",
    "Ils sont prêts à les aider.",
    "Il faut de les en informer.",
    "la politique de de Gaulle",
    "le film « Le goût de les autres »",
    "l'aéroport de Le Bourget",
    "l’homme de l’histoire d’hier",  # a mute h elides
    "il l’harcèle",  # a verb: the pronoun's gender unknown
    "le moyen de devenir plus fort, de demander, de dehors",  # words in de-: no preposition
])
def test_kept(french: str) -> None:
    assert contract(french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    # the engine writes *both* "les deux" after its own "à", "de": "à les deux villes"
    out = translate_texts(["We gave money to both cities.",
                           "We spoke about the programmes of both sides."], engine, "en", "fr")
    assert "aux deux villes" in out[0].text
    assert "programmes des deux parties" in out[1].text


@pytest.mark.parametrize(("french", "want"), [
    # "parler sur" -> "parler de" (postedit) before "un"; "c'est nécessaire" -> "il est"
    # after "que"; "le un des" from *one of*: elided as French always writes them.
    ("Le forum parlera de un large éventail de questions.",
     "Le forum parlera d'un large éventail de questions."),
    ("Le problème est que il est nécessaire de relier", "Le problème est qu'il est nécessaire"
     " de relier"),
    ("C'est le un des projets", "C'est l'un des projets"),
    ("Que il soit clair", "Qu'il soit clair"),
    ("la promesse de une aide", "la promesse d'une aide"),
    ("jusque à la fin", "jusqu'à la fin"),
    ("si il faut", "s'il faut"),
    ("pour que je ai le temps", "pour que j'ai le temps"),
    ("les efforts de AKKOR", "les efforts d'AKKOR"),
])
def test_elided(french: str, want: str) -> None:
    assert contract(french) == want


@pytest.mark.parametrize("french", [
    "le hobby de la famille", "le holding public",  # aspirated h (Larousse)
    "le ou la responsable", "beaucoup de à faire", "le onze de départ",  # à, ou, onze
    "Charles de Gaulle", "Manoel de Oliveira", "Marine Le Pen a dit",  # names' particles
    "la visite de Helsinki", "si elle vient", "ce accord", "presque une année",
    "le titre « de un à dix »",  # a title in « » is kept as written
])
def test_not_elided(french: str) -> None:
    assert contract(french) == french
