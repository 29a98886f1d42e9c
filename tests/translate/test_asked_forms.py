"""Direct questions whose French form the engine's words miss (``asked_forms.py``): "De
quel ... avez-vous besoin", "Où sont", "Quelle question est-ce", "Pourquoi cela"."""

from __future__ import annotations

import pytest

from daybook.translate.asked_forms import asked_forms


@pytest.mark.parametrize(("source", "french", "want"), [
    ("What kind of assistance do you need from federal agencies?",
     "Quel type d'assistance avez-vous besoin des agences fédérales ?",
     "De quel type d'assistance avez-vous besoin des agences fédérales ?"),
    ("And what do you need for this?", "Et qu'avez-vous besoin pour cela ?",
     "Et de quoi avez-vous besoin pour cela ?"),
    ("What resources will they need?", "Quelles ressources auront-ils besoin ?",
     "De quelles ressources auront-ils besoin ?"),
    ("Where are the self-proclaimed presidents and opposition leaders?",
     "Où est les présidents autoproclamés et les dirigeants d'opposition ?",
     "Où sont les présidents autoproclamés et les dirigeants d'opposition ?"),
    ("Where are they now?", "Où est ils maintenant ?", "Où sont-ils maintenant ?"),
    ("What issue is that?", "Quelle question est cela ?", "Quelle question est-ce ?"),
    ("Why is that?", "Pourquoi est cela ?", "Pourquoi cela ?"),
    ("But why is that?", "Mais pourquoi est cela ?", "Mais pourquoi cela ?"),
])
def test_question_forms(source: str, french: str, want: str) -> None:
    assert asked_forms(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *need* not in the question's clause of *what*: the French is left
    ("What is it that we need?", "Qu'est-ce que c'est que nous avons besoin ?"),
    # *Where is*: a singular subject
    ("Where is the money?", "Où est l'argent ?"),
    # *Where are you?*: "vous" is not the engine's singular
    ("Where are you?", "Où êtes-vous ?"),
    # not a question
    ("Why is that important.", "Pourquoi est cela important."),
    # the English has no *is that*
    ("Why is the bridge late?", "Pourquoi est cela ?"),
])
def test_other_questions_left(source: str, french: str) -> None:
    assert asked_forms(source, french) == french
