"""French negation with its "ne" (``negation.py``). The English sentences are made up for
these tests; the French is modelled on what the engine writes for such sentences (no "ne"
beside "rien", "jamais", "personne", "aucun"), the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.negation import allowed, negations


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads verbs with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a negative subject at a clause's start, the verb's pronoun kept after "ne"
    ("No one stops us from working.", "Personne nous empêche de travailler.",
     "Personne ne nous empêche de travailler."),
    ("These are questions that nobody will answer.",
     "Ce sont des questions que personne répondra.",
     "Ce sont des questions que personne ne répondra."),
    ("No country can do it alone.", "Aucun pays peut le faire seul.",
     "Aucun pays ne peut le faire seul."),
    ("Nothing has changed.", "Rien a changé.", "Rien n’a changé."),
    # a negative word after the verb; an elided subject written whole
    ("There is nothing new in it.", "Il y a rien de nouveau.", "Il n’y a rien de nouveau."),
    ("We will never forget them.", "Nous les oublierons jamais.",
     "Nous ne les oublierons jamais."),
    ("We will never meet again.", "Nous nous reverrons jamais.",
     "Nous ne nous reverrons jamais."),
    ("It is nothing.", "C’est rien.", "Ce n’est rien."),
    ("He has never lied.", "Il a jamais menti.", "Il n’a jamais menti."),
    ("He has never done it.", "Il a jamais fait ça.", "Il n’a jamais fait ça."),
    ("There has been no delay.", "Il y a eu aucun retard.", "Il n’y a eu aucun retard."),
    # "pas" before the verb goes after it; "pas" beside "aucun" dropped, the impersonal "il"
    ("They did not even try to help.", "Ils sont venus et même pas ont essayé d’aider.",
     "Ils sont venus et n’ont même pas essayé d’aider."),
    ("The plan must work, there should be no delays.",
     "Le plan doit marcher, n’y devrait pas avoir aucun retard.",
     "Le plan doit marcher, il ne devrait y avoir aucun retard."),
    # *not all*: "pas" after the clause's verb; an infinitive before "aucun"
    ("Not all the problems have been solved.", "Pas tous les problèmes ont été résolus.",
     "Tous les problèmes n’ont pas été résolus."),
    ("It is their readiness to spare no effort.", "C’est leur disposition à épargner aucun effort.",
     "C’est leur disposition à n’épargner aucun effort."),
    ("We decided to give them no money.", "Nous avons décidé de leur donner aucun argent.",
     "Nous avons décidé de ne leur donner aucun argent."),
    # *not only* without a negated verb: "non seulement"
    ("NATO not only exists but grows.", "L’OTAN pas seulement existe mais grandit.",
     "L’OTAN non seulement existe mais grandit."),
    ("Not only those who lead.", "Pas seulement ceux qui dirigent.",
     "Non seulement ceux qui dirigent."),
    # *never* before its verb
    ("We know that China almost never does this.",
     "Nous savons que la Chine presque jamais fait ça.",
     "Nous savons que la Chine ne fait presque jamais ça."),
])
def test_negations(source: str, french: str, want: str) -> None:
    assert negations([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a negation already whole; "sans aucun" (*without*); "personne" a noun
    ("We do not know.", "Nous ne savons pas."),
    ("He told us nothing.", "Il ne nous a rien dit."),
    ("Without any doubt, Egypt is a partner.", "Sans aucun doute, l’Égypte est un partenaire."),
    ("She is a creative person and nobody doubts it.", "Elle est une personne créative."),
    # *ever* is no negation: "jamais" stays without "ne"
    ("It is the best result we have ever had.",
     "C’est le meilleur résultat que nous ayons jamais eu."),
    # a name read as a verb ("Chine", *chiner*) is no verb
    # *not only* in a negated clause, or after "et" (*and not only*)
    ("It does not only concern us.", "Cela ne nous concerne pas seulement."),
    ("Between them, and not only between them.", "Entre eux, et pas seulement entre eux."),
    # an infinitive after "sans" (*without*)
    ("We did it without giving any money.", "Nous l’avons fait sans donner aucun argent."),
    ("We know that China almost never does it.",
     "Nous savons que la Chine presque jamais le fait."),  # a pronoun between: left
    # *ever*: no "ne"
    ("The best ever made.", "Le meilleur jamais fait."),
])
def test_left_alone(source: str, french: str) -> None:
    assert negations([source], [french]) == [french]


def test_allowed() -> None:
    assert allowed("We will never forget.") == {"jamais"}
    assert allowed("It is the best we have ever had.") == frozenset()
    assert "personne" in allowed("No one knows.")
