"""Verbs whose complement the pivot loses or governs wrongly (``verb_objects.py``): *wanted
to* + verb, *answer* + object, *it seems to me*; constructed examples and guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.verb_objects import answer_to, present_want, seems_to_me, wanted_past


@pytest.mark.parametrize(("line", "want"), [
    ("We wanted to listen to them.", "We want to listen to them."),
    ("Wanted to say it.", "Want to say it."),
    ("We had wanted to go.", "We had wanted to go."),  # a compound tense is read whole
    ("They were wanted to testify.", "They were wanted to testify."),  # the passive
])
def test_present_want(line: str, want: str) -> None:
    assert present_want(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We wanted to listen to them.", "Nous voulons les écouter.",
     "Nous voulions les écouter."),
    ("This is what I wanted to say first.", "C'est ce que je veux dire d'abord.",
     "C'est ce que je voulais dire d'abord."),
    ("Those who wanted to come came.", "Ceux qui veulent venir sont venus.",
     "Ceux qui voulaient venir sont venus."),
    ("Although I wanted to be released, I stayed.", "Bien que je veux être relâché, je suis "
     "resté.", "Bien que j'aie voulu être relâché, je suis resté."),
])
def test_wanted_past(source: str, french: str, want: str) -> None:
    assert wanted_past([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("We want to listen to them.", "Nous voulons les écouter."),
    # a present *want* in the sentence too: which is which is not known
    ("He wanted to go and he wants to stay.", "Il veut aller et il veut rester."),
])
def test_wanted_past_left(source: str, french: str) -> None:
    assert wanted_past([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I will answer all your questions.", "Je répondrai toutes vos questions.",
     "Je répondrai à toutes vos questions."),
    ("He answered the questions.", "Il a répondu les questions.",
     "Il a répondu aux questions."),
    ("He will answer questions.", "Il répondra des questions.",
     "Il répondra à des questions."),
    ("We must answer this challenge.", "Nous devons répondre ce défi.",
     "Nous devons répondre à ce défi."),
])
def test_answer_to(source: str, french: str, want: str) -> None:
    assert answer_to([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("I will answer as fast as I can.", "Je répondrai le plus vite possible."),
    ("We will all answer.", "Nous répondrons tous."),
    ("He replied the same.", "Il a répondu les mêmes."),  # no *answer* in the English
    ("I answered that it was late.", "J'ai répondu que c'était tard."),
])
def test_answer_to_left(source: str, french: str) -> None:
    assert answer_to([source], [french]) == [french]


def test_seems_to_me() -> None:
    assert seems_to_me(["It seems to me that we did it.", "It seemed to us so."],
                       ["Il semble à moi que nous l'avons fait.", "Il semblait à nous ainsi."]) \
        == ["Il me semble que nous l'avons fait.", "Il nous semblait ainsi."]
    kept = "Il pense à moi et semble à l'aise."
    assert seems_to_me(["x"], [kept]) == [kept]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We wanted to listen to them.", "This is what I wanted to say.",
                           "I will answer all your questions.",
                           "It seems to me that this is important."], engine, "en", "fr")
    texts = [t.text.replace("’", "'") for t in out]
    assert texts[0] == "Nous voulions les écouter."
    assert "je voulais dire" in texts[1]
    assert "répondrai à toutes vos questions" in texts[2]
    assert texts[3].startswith("Il me semble que")
