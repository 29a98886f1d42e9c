"""*all* with a personal pronoun (``allof.py``): "nous tous", "vous tous", the pronoun before
the verb and "tous" after it, where the English has *us all*, *you all*, *all of us/you*; and
Catalan's weak pronoun joined to its infinitive before the pivot's second stage. The English
sentences are made up for these tests; the French is what the engine writes for such
sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.allof import all_of, catalan_clitics


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads verbs with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I am glad to see you all.", "Je suis heureux de voir tous vous.",
     "Je suis heureux de vous voir tous."),
    ("My best wishes to all of you.", "Mes meilleurs vœux à tout de vous.",
     "Mes meilleurs vœux à vous tous."),
    ("I thank all of you for your help.", "Je remercie tout de vous pour votre aide.",
     "Je vous remercie tous pour votre aide."),
    ("All of you know this town.", "Tous d’entre vous connaissent cette ville.",
     "Vous tous connaissez cette ville."),
    ("We want to thank you all again.", "Nous voulons vous remercier tout à nouveau.",
     "Nous voulons vous remercier tous à nouveau."),
    ("As you all understand, it is hard.", "Comme tous vous comprenez, c'est dur.",
     "Comme vous comprenez tous, c'est dur."),
    ("Thank you all for coming.", "Merci tout pour venir.", "Merci à tous pour venir."),
    ("It is a great day for all of us.", "C'est un grand jour par nous tous.",
     "C'est un grand jour pour nous tous."),
    ("This will unite us all.", "Cela nous unira tout.", "Cela nous unira tous."),
    ("Many of us, indeed all of us, are proud.", "Beaucoup, en effet nous tous sont fiers.",
     "Beaucoup, en effet nous tous sommes fiers."),
])
def test_all_with_a_pronoun(source: str, french: str, want: str) -> None:
    assert all_of(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *all* of "the best", not of *you*
    ("I wish you all the best.", "Je souhaite tous vous le meilleur."),
    # "tout" of its own after the verb
    ("We all did everything we could.", "Nous avons fait tout ce que nous pouvions."),
    ("Thank you all, that is quite right.", "Je vous remercie tout à fait."),
    # a pronominal verb: "vous" after "tous" is its own pronoun, not a verb
    ("As you all remember, it was cold.", "Comme tous vous vous rappelez, il faisait froid."),
    # no *all* with a pronoun in the English
    ("We saw it all.", "Nous l'avons vu tout."),
    ("All of them came.", "Tous d’entre vous sont venus."),
])
def test_guards(source: str, french: str) -> None:
    assert all_of(source, french) == french


@pytest.mark.parametrize(("catalan", "want"), [
    ("Vull felicitar ens tot.", "Vull felicitar-nos tot."),
    ("Volem ajudar us tots.", "Volem ajudar-vos tots."),
    ("Vol veure ens tot aquí.", "Vol veure'ns tot aquí."),
    ("Cal convidar els tots.", "Cal convidar-los tots."),
    # "ens" a noun (a body) after an infinitive, "ens" before its verb: kept
    ("Cal crear ens públics.", "Cal crear ens públics."),
    ("Ens ajudarà tot.", "Ens ajudarà tot."),
])
def test_catalan_clitics(catalan: str, want: str) -> None:
    assert catalan_clitics(catalan) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I want to welcome you all to the city.", "Je veux donner la bienvenue tous vous à la "
     "ville.", "Je veux vous souhaiter à tous la bienvenue à la ville."),
    ("We welcome all of you here.", "Nous donnons la bienvenue vous tous ici.",
     "Nous vous souhaitons à tous la bienvenue ici."),
    # *welcome* without *you all*: left
    ("They welcomed the guests.", "Ils ont donné la bienvenue tous les invités.",
     "Ils ont donné la bienvenue tous les invités."),
])
def test_welcome_you_all(source: str, french: str, want: str) -> None:
    assert all_of(source, french) == want
