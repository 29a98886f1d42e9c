"""*anyone* after a negation and *no longer*, *not ... any longer* (``negative_senses.py``).
The English sentences are made up for these tests; the French is what the engine writes for
such sentences, the expected French written by hand; the last test goes through the real
engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.negative_senses import anyone, no_longer, there_no
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We act without forcing anyone.", "Nous agissons sans obliger quelconque.",
     "Nous agissons sans obliger personne."),
    ("He is not imposing his opinion on anyone.",
     "Il n'impose pas son opinion en quelconque.",
     "Il n'impose pas son opinion à qui que ce soit."),
    ("This is not directed against anyone.", "Ce n'est pas adressé contre n'importe qui.",
     "Ce n'est pas adressé contre qui que ce soit."),
    ("We do not threaten anyone.", "Nous ne guettons pas quelconque.",
     "Nous ne guettons pas qui que ce soit."),
])
def test_anyone(source: str, french: str, want: str) -> None:
    assert anyone(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no negation: *anyone can* is "n'importe qui"
    ("Anyone can come.", "N'importe qui peut venir."),
    # *not just anyone*: "pas n'importe qui" is the French for it
    ("We will not hire just anyone.", "Nous n'embaucherons pas n'importe qui."),
    # *any* + a noun: ``particles``'
    ("We have not received any answer.", "Nous n'avons pas reçu n'importe quelle réponse."),
])
def test_anyone_guard(source: str, french: str) -> None:
    assert anyone(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The Soviet Union does not exist any longer.",
     "L'union soviétique n'existe pas n'importe quelle plus long.",
     "L'union soviétique n'existe plus."),
    ("We will not tolerate this any longer.", "Nous ne tolèrerons pas ça n'importe quel plus long.",
     "Nous ne tolèrerons plus ça."),
    ("We do not have this problem any more.", "Nous n'avons pas ce problème plus.",
     "Nous n'avons plus ce problème."),
    ("These plants are no longer working.", "Ces usines déjà ne travaillent pas.",
     "Ces usines ne travaillent plus."),
    ("The country can no longer rely on oil.", "Le pays déjà ne peut pas compter sur le pétrole.",
     "Le pays ne peut plus compter sur le pétrole."),
    ("This is no longer a problem.", "C'est déjà n'un problème.", "Ce n'est plus un problème."),
])
def test_no_longer(source: str, french: str, want: str) -> None:
    assert no_longer(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *no* and *longer* apart: a longer road, not a negation of continuation
    ("There is no road longer than this one.", "Il n'y a déjà pas de route plus longue."),
    # *already* in the English: "déjà ... pas" is its own
    ("It does not work any more than it did.", "Ça ne marche pas plus qu'avant."),
])
def test_no_longer_guard(source: str, french: str) -> None:
    assert no_longer(source, french) == french


def test_there_no() -> None:
    assert there_no("There is no Warsaw Pact, either.", "Il y a ne pacte de Varsovie, non plus."
                    ) == "Il n'y a pas de pacte de Varsovie, non plus."
    assert there_no("There was no agency then.", "Il y avait ne agence alors."
                    ) == "Il n'y avait pas d'agence alors."
    # no *there is no* in the English: left
    assert there_no("There is a pact.", "Il y a ne pacte.") == "Il y a ne pacte."
    # a verb the engine negated after "ne" (*Pact* read as a verb): left
    assert there_no("There is no Warsaw Pact.", "Il y a ne conviens pas de Varsovie."
                    ) == "Il y a ne conviens pas de Varsovie."


def test_engine() -> None:
    texts = ["The old system does not exist any longer.",
             "We are acting without forcing anyone."]
    out = [t.text for t in translate_texts(texts, ApertiumEngine(), "en", "fr")]
    assert "n'existe plus" in out[0].replace("’", "'")
    assert "sans obliger personne" in out[1]
