"""Verbs whose complement the pivot loses or governs wrongly (``verb_objects.py``): *wanted
to* + verb, *answer* + object, *it seems to me*; constructed examples and guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.verb_objects import (
    answer_to,
    present_want,
    seems_to_me,
    told,
    wanted_past,
)


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


@pytest.mark.parametrize(("source", "french", "want"), [
    ("where he was told about the history", "où il a été dit sur l'histoire",
     "où on lui a parlé de l'histoire"),
    ("We were told about the plans.", "Nous avons été dits sur les plans.",
     "On nous a parlé des plans."),
    ("She was asked to head it.", "Elle a été demandée de le diriger.",
     "On lui a demandé de le diriger."),
    ("They were shown the plant.", "Ils ont été montrés la centrale.",
     "On leur a montré la centrale."),
    ("I was given a chance.", "J'ai été donné une chance.", "On m'a donné une chance."),
])
def test_told(source: str, french: str, want: str) -> None:
    assert told([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *it*: no person
    ("It was shown on television.", "Il a été montré à la télévision."),
    # an agent: a passive French has too
    ("He was given it by the President.", "Il a été donné par le Président."),
    # a noun subject
    ("The President was told about it.", "Le Président a été dit sur lui."),
])
def test_told_left(source: str, french: str) -> None:
    assert told([source], [french]) == [french]


@pytest.mark.parametrize(("source", "want"), [
    ("As you may know, the project is underway.", "Comme vous le savez peut-être, le"),
    ("As you may recall, we allocated funds.", "Comme vous vous le rappelez peut-être, nous"),
    ("As you all know, we allocated funds.", "Comme vous le savez tous, nous"),
    ("Vladimir Putin visited the museum, where he was told about its history.",
     "où on lui a parlé de son histoire"),
])
def test_comment_clauses_and_told_through_the_engine(engine: ApertiumEngine, source: str,
                                                     want: str) -> None:
    text = translate_texts([source], engine, "en", "fr")[0].text.replace("’", "'")
    assert want in text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He toured it and was briefed about its work.", "Il l'a visité et a été rapporté sur son "
     "travail.", "Il l'a visité et a été informé de son travail."),
    ("He was briefed on the progress.", "Il a été rapporté dans le progrès.",
     "Il a été informé du progrès."),
    ("The President was shown a simulator.", "Le Président a été montré un simulateur.",
     "On a montré au Président un simulateur."),
    ("Then the delegation was given the documents.", "Puis, la délégation a été donnée les "
     "documents.", "Puis, on a donné à la délégation les documents."),
])
def test_briefed_and_noun_subjects(source: str, french: str, want: str) -> None:
    assert told([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("The film was shown on TV.", "Le film a été montré à la télévision."),  # no object
    ("He reported on the progress.", "Il a rapporté sur le progrès."),  # no *briefed*
])
def test_briefed_left(source: str, french: str) -> None:
    assert told([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("As you may know, the project is underway.", "Comme vous il peut savoir, le projet.",
     "Comme vous le savez peut-être, le projet."),
    ("As you may recall, we did it.", "Comme vous pouvez rappeler, nous l'avons fait.",
     "Comme vous vous le rappelez peut-être, nous l'avons fait."),
])
def test_as_you_may_know(source: str, french: str, want: str) -> None:
    assert told([source], [french]) == [want]
