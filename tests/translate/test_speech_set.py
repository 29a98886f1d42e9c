"""Set phrases of speech and a question's aside (``speech_set.py``): real English and the
engine's French, constructed sentences."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.speech_set import aside_first, english, french


@pytest.mark.parametrize(("line", "want"), [
    ("Thank you so much.", "Thank you very much."),
    ("Thanks so much for coming.", "Thanks very much for coming."),
    ("Let's hear from Magadan.", "Let's give the floor to Magadan."),
    ("Now let us hear from the governor.", "Now let us give the floor to the governor."),
    ("Let’s hear now from Magadan.", "Let’s give the floor to Magadan."),
    ("How do you, as a governor, assess the situation?",
     "As a governor, how do you assess the situation?"),
    ("Thank you. What do you, in your capacity as minister, think of it?",
     "Thank you. In your capacity as minister, what do you think of it?"),
    # *be afraid* said *fear*, in its tense and person, *not* kept
    ("No, they are afraid to tell me.", "No, they fear to tell me."),
    ("So you are not afraid of this?", "So you do not fear this?"),
    ("Nobody is afraid of them.", "Nobody fears them."),
    ("We aren’t afraid of them.", "We do not fear them."),
    ("They’re afraid of nothing.", "They fear nothing."),
    ("Investors were afraid of sanctions.", "Investors feared sanctions."),
    ("We are not afraid.", "We do not fear."),
    ("We should not be afraid of change.", "We should not fear change."),
])
def test_english(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize("line", [
    "We like it so much.",  # no thanks
    "I would like to hear from you what steps will be taken.",  # no chair's *let us*
    "Let's hear from you.",  # "Donnons-vous la parole": left
    "How do you assess, in general, the situation?",  # the aside after the verb
    "How do you, as a governor, assess the situation.",  # no question
    "I’m afraid I cannot agree.",  # *I'm afraid* of politeness
    "People were afraid of losing their jobs.",  # an -ing verb after *of*
    "Do not be afraid.",  # the imperative: "N'ayez pas peur" after the engine
    "Why be afraid if it is inevitable?",  # "Pourquoi avoir peur" after the engine
])
def test_english_left(line: str) -> None:
    assert english(line) == line


def test_aside_first_statement() -> None:
    assert aside_first("We, as a country, assess it?") == "We, as a country, assess it?"


@pytest.mark.parametrize(("source", "text", "want"), [
    ("Do not worry.", "Ne préoccupez pas.", "Ne vous inquiétez pas."),
    ("Please don't worry, we will solve it.",
     "S'il vous plaît ne préoccupez pas, nous le résoudrons.",
     "S'il vous plaît ne vous inquiétez pas, nous le résoudrons."),
    ("Do not be afraid.", "Ne faites pas de peur.", "N'ayez pas peur."),
    ("If you will allow me, I will correct you.", "Si vous me permettrez, je vous corrigerai.",
     "Si vous me permettez, je vous corrigerai."),
    ("And one more thing, if you'll allow me.", "Et une chose de plus, si vous me permettrez.",
     "Et une chose de plus, si vous me permettez."),
    ("It is vitally important that everyone has access.",
     "C'est de façon vitale en important que tout le monde a de l'accès.",
     "C'est vital que tout le monde a de l'accès."),
    ("This is a vitally important task.", "C'est une tâche de façon vitale importante.",
     "C'est une tâche vitale."),
    ("That was a special party for us.", "Cela était un parti spécial pour nous.",
     "C'était un parti spécial pour nous."),
    ("Let's hear from Magadan.", "Donnons le fond à Magadan.", "Donnons la parole à Magadan."),
    ("Why be afraid if it’s inevitable?", "Pourquoi fasse peur si c’est inévitable ?",
     "Pourquoi avoir peur si c’est inévitable ?"),
    ("In general I’m used to this.", "En général je suis a eu l’habitude de ça.",
     "En général j'ai l’habitude de ça."),
    ("We are used to working hard.", "Nous sommes eus l'habitude de travailler dur.",
     "Nous avons l'habitude de travailler dur."),
    ("They were used to it.", "Ils ont été eus l'habitude d'il.",
     "Ils avaient l'habitude de cela."),
])
def test_french(engine: ApertiumEngine, source: str, text: str, want: str) -> None:
    assert french([source], [text]) == [want]


@pytest.mark.parametrize(("source", "text"), [
    # *worry about*: ``pronominal`` gives the verb its "vous"
    ("Don't worry about it.", "Vous ne préoccupez pas sur lui."),
    # a "si" of the English *whether*, or *if* with no *will*: its future stays
    ("I do not know if he will allow it.", "Je ne sais pas si vous me permettrez."),
    ("That was a mistake, I think.", "Il pense cela était une erreur."),
    ("I was afraid.", "Ne faites pas de peur."),
    # *used to* of the past habit: no "habitude" to mend
    ("We used to meet often.", "Nous sommes eus l'habitude de nous réunir souvent."),
])
def test_french_left(engine: ApertiumEngine, source: str, text: str) -> None:
    assert french([source], [text]) == [text]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Let's hear from Magadan.", "Thank you so much.",
                           "How do you, as a governor, assess the situation in the region?",
                           "Do not worry.", "If you will allow me, I will correct you.",
                           "They are afraid to tell me."],
                          engine, "en", "fr")
    assert [t.text for t in out] == [
        "Donnons la parole à Magadan.", "Merci beaucoup.",
        "Comme gouverneur, comment appréciez-vous la situation dans la région?",
        "Ne vous inquiétez pas.", "Si vous me permettez, je vous corrigerai.",
        "Ils craignent de me dire."]


@pytest.mark.parametrize(("source", "text", "want"), [
    # *I know* + a clause with no *that*: "que", "qu'il y a"
    ("I know this is a very busy week for you.",
     "Je sais c'est une semaine très chargée pour vous.",
     "Je sais que c'est une semaine très chargée pour vous."),
    ("We know there are many problems.", "Nous savons y a beaucoup de problèmes.",
     "Nous savons qu'il y a beaucoup de problèmes."),
    ("I know he will come.", "Je sais il viendra.", "Je sais qu'il viendra."),
])
def test_know_that(engine: ApertiumEngine, source: str, text: str, want: str) -> None:
    assert french([source], [text]) == [want]


@pytest.mark.parametrize(("source", "text"), [
    ("I know this man.", "Je sais cet homme."),  # an object, no clause
    ("I know that you are tired.", "Je sais que vous êtes fatigué."),  # "que" there
    ("I do not know it is true.", "Je ne sais pas c'est vrai."),  # no *I know* before it
])
def test_know_left(engine: ApertiumEngine, source: str, text: str) -> None:
    assert french([source], [text]) == [text]
