"""Negative questions, a request's *please*, a question after a statement in its sentence
(``asked_not.py``, read by ``speech_questions`` and ``speech_asked``); constructed examples
and the real Apertium end to end."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.asked_not import clause_lead, uncontracted
from daybook.translate.protect import translate_texts
from daybook.translate.speech_questions import english


@pytest.mark.parametrize(("line", "want"), [
    ("And don’t you think it hinders Russia’s development?",
     "And do you not think it hinders Russia’s development?"),
    ("Aren't you concerned?", "Are you not concerned?"),
    ("Won’t you come?", "Will you not come?"),
    ("Can't we do more?", "Can we not do more?"),
    ("So my question is, could you please tell us more?",
     "So my question is, could you tell us more?"),
    # a tag, a statement, no subject after the auxiliary: left
    ("This is important, isn't it?", "This is important, isn't it?"),
    ("We don't think so.", "We don't think so."),
    ("Don't forget to vote?", "Don't forget to vote?"),
])
def test_uncontracted(line: str, want: str) -> None:
    assert uncontracted(line) == want


@pytest.mark.parametrize(("source", "said"), [
    # a negative question with *do*: the declarative keeps *do not*
    ("Does it not bother you that the children become a tool?",
     "it does not bother you that the children become a tool?"),
    ("And don’t you think it hinders Russia’s development?",
     "And we do not think it hinders Russia’s development?"),
    # after a statement and its semicolon, or its comma and *but*
    ("This is a special figure in our history; aren't you concerned that it could stop?",
     "This is a special figure in our history; you are not concerned that it could stop?"),
    ("We have done a lot, but can we do more?", "We have done a lot, but we can do more?"),
    ("I would like to ask, so could we change the format?",
     "I would like to ask, so we could change the format?"),
    # a request after a lead (at the start the engine asks it: "Pourriez-vous")
    ("Mr President, could you please comment on this?",
     "Mr President, you could comment on this?"),
])
def test_said_in_the_declarative_order(source: str, said: str) -> None:
    assert english(source).lower() == said.lower()


def test_wh_and_a_negative_do_keep_their_order() -> None:
    """*Why don't you run?* is a suggestion the engine says "Pourquoi ne pas"."""
    assert english("Why don’t you run for office?") == "Why don’t you run for office?"


def test_clause_lead() -> None:
    assert clause_lead("It is our history; ", "C'est notre histoire; vous êtes ?") == (
        "C'est notre histoire; ", "vous êtes ?")
    assert clause_lead("We did a lot, but ", "Nous avons fait beaucoup, mais pouvons ?") == (
        "Nous avons fait beaucoup, mais ", "pouvons ?")
    assert clause_lead("I would like to ask, so ", "Je voudrais demander, donc nous ?") == (
        "Je voudrais demander, donc ", "nous ?")
    # French that does not cut in the same place
    assert clause_lead("It is ours; ", "C'est à nous; vous; êtes ?") is None
    assert clause_lead("We did, but ", "Nous avons fait, cependant nous ?") is None


@pytest.mark.parametrize(("source", "want"), [
    ("And don’t you think it hinders Russia’s development?",
     "Et ne pensez-vous pas qu'il entrave le développement de la Russie"),
    ("Does it not bother you that the children become a tool?", "Ne vous dérange-t-il pas que"),
    ("Can't we do more?", "Ne pouvons-nous pas faire plus"),
    ("Haven't you seen the figures?", "N'avez-vous pas vu les chiffres"),
    ("Isn't that enough?", "N'est-ce pas assez"),
    ("We have done a lot, but can we do more?",
     "Nous avons fait beaucoup, mais pouvons-nous faire plus"),
    ("So my question is, could you please tell us where that information is coming from?",
     "pourriez-vous nous dire où"),
])
def test_end_to_end(engine: ApertiumEngine, source: str, want: str) -> None:
    assert want in translate_texts([source], engine, "en", "fr")[0].text
