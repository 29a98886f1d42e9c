"""*You* the pivot dropped (``dropped_you.py``). The English sentences are made up for these
tests; the French is the engine's output for them (``apertium eng-cat | apertium cat-fra``)
unless marked, and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.dropped_you import dropped_you
from daybook.translate.subjects import you_subjects


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads words with Apertium's French analyser (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("And next year, we will launch a new programme, you probably know about this.",
     "Et l'année prochaine, nous lancerons un programme nouveau, probablement sais sur cela.",
     "Et l'année prochaine, nous lancerons un programme nouveau, vous savez probablement "
     "sur cela."),
    # the pipeline's French of a tuning paragraph's sentence
    ("After all, what you do is defend your Motherland.",
     "Après tout, ce que fais est défendre votre patrie.",
     "Après tout, ce que vous faites est défendre votre patrie."),
    # the pipeline's French of another year's sentence: an adverbial locution
    ("We are fortunate, as you have rightly pointed out, thanks to the programme.",
     "Nous sommes fortunés, comme à juste titre as souligné, grâce au programme.",
     "Nous sommes fortunés, comme vous avez à juste titre souligné, grâce au programme."),
    # a tuning paragraph's sentence, shortened: "de façon" + an adjective, an adverb
    ("You must resolutely cut short all attempts to infiltrate our territory.",
     "De façon décidée dois couper toutes les tentatives d'infiltrer notre territoire.",
     "De façon décidée vous devez couper toutes les tentatives d'infiltrer notre territoire."),
    # made by hand: the elided "qu'" before the verb, a clitic between
    ("I am glad that you have succeeded.", "Je suis heureux qu'as réussi.",
     "Je suis heureux que vous avez réussi."),
    ("We know that you will not give up.", "Nous savons que ne renonceras pas.",
     "Nous savons que vous ne renoncerez pas."),
    # another year's sentence: *you* after a dash
    ("Stable stagnation – you know, that is always a dramatic juxtaposition.",
     "Stagnation stable – sais, qui est toujours une juxtaposition dramatique.",
     "Stagnation stable – vous savez, qui est toujours une juxtaposition dramatique."),
])
def test_dropped_you_given_back(source: str, french: str, want: str) -> None:
    assert dropped_you([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a subject there: "tu" is speech_vous's
    ("As you know, the plant was built in 1970.",
     "Comme tu sais, la plante a été bâtie dans 1970."),
    # "sais" is also *I know*, and the English has *I*
    ("I know, and you know it too.", "Sais, et le sais aussi."),
    # no *you* opening a clause in the English
    ("He asked about the plant.", "Probablement sais sur la plante."),
    # words quoted keep their "tu"
    ("“If you want, come,” she told her son.", "« Si veux, viens », elle a dit à son fils."),
    # more such verbs than *you*: which one is not known
    ("If you want, we can meet.", "Si veux, peux connaître."),
])
def test_dropped_you_left(source: str, french: str) -> None:
    assert dropped_you([source], [french]) == [french]


def test_you_subjects_gives_back_the_dropped_you_first() -> None:
    assert you_subjects(["As you probably know, the plant is ready."],
                        ["Comme probablement sais, la plante est prête."]) == [
        "Comme vous savez probablement, la plante est prête."]
