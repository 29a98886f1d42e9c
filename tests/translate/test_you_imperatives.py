"""A speaker's imperative (``you_imperatives.py``). The English sentences are made up for
these tests; the French is what the engine writes for the English said "You take" (after
``speech_vous``), the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.speech_vous import vous_texts
from daybook.translate.you_imperatives import english, french, imperatives


@pytest.mark.parametrize(("source", "want"), [
    ("Take our ministries, for example.", "You take our ministries, for example."),
    ("Take Syria, for example.", "You take Syria, for example."),
    ("Look at the figures: they speak for themselves.",
     "You look at the figures: they speak for themselves."),
    ("Good. Tell me, please, what you think.", "Good. You tell me, please, what you think."),
    ("Colleagues: give us an answer.", "Colleagues: give us an answer."),
    ("Listen, this is serious.", "You listen, this is serious."),
])
def test_english_says_you(source: str, want: str) -> None:
    assert english(source) == want


@pytest.mark.parametrize("source", [
    "Help is needed.",  # a noun opening the sentence
    "Note: the figures are preliminary.",
    "Wait times are long.",
    "Take-off was delayed.",
    "Please take our ministries.",  # *please* + a verb: ``speech_spoken``
    "You know this. Take our ministries.",  # a "You" of its own: "Vous" is ambiguous
    "He said: “Give us an answer.”",  # a quotation keeps the engine's "tu"
    "We take our ministries seriously.",
])
def test_english_leaves(source: str) -> None:
    assert english(source) == source
    assert not imperatives(source)


@pytest.mark.parametrize(("source", "text", "want"), [
    ("Take our ministries – they often meet.", "Vous portez nos ministères – souvent se",
     "Prenez nos ministères – souvent se"),
    ("Give us an answer.", "Vous nous donnez une réponse.", "Donnez-nous une réponse."),
    ("Tell me, please, what you think.", "Vous me dites, s’il vous plaît, ce que vous pensez.",
     "Dites-moi, s’il vous plaît, ce que vous pensez."),
    ("Look at the figures: they speak.", "Vous regardez aux chiffres : ils parlent.",
     "Regardez les chiffres : ils parlent."),
    ("Good. Send them our regards.", "Bien. Vous leur envoyez nos considérations.",
     "Bien. Envoyez-leur nos considérations."),
    ("Keep in mind that it matters.", "Vous gardez à l’esprit que c’est important.",
     "Gardez à l’esprit que c’est important."),
])
def test_french_imperative(source: str, text: str, want: str) -> None:
    assert french(source, text) == want


def test_french_needs_the_english_imperative() -> None:
    # "You give us" in the English: the speaker states, he does not bid
    assert french("You give us an answer.", "Vous nous donnez une réponse.") == \
        "Vous nous donnez une réponse."


def test_vous_texts_makes_the_imperative(apertium_ok: bool) -> None:
    """The pivot's "tu" (no *you* in the English) is said "vous", then the imperative."""
    if not apertium_ok:
        pytest.skip("Apertium's French dictionaries are needed")
    assert vous_texts(["Give us an answer."], ["Tu nous donnes une réponse."]) == \
        ["Donnez-nous une réponse."]


@pytest.mark.parametrize(("source", "text", "want"), [
    ("Please, do not speak, simply ask your question.",
     "S’il vous plaît, vous ne parlez pas, simplement posez votre question.",
     "S’il vous plaît, ne parlez pas, simplement posez votre question."),
    ("Do not forget this.", "Vous n’oubliez pas ça.", "N’oubliez pas ça."),
    ("Don’t worry about it.", "Vous ne vous inquiétez pas.", "Ne vous inquiétez pas."),
    # the clause's own *you do not* after "que" is no clause start: it stays
    ("Do not think that you do not matter.", "Vous ne pensez pas que vous ne comptez pas.",
     "Ne pensez pas que vous ne comptez pas."),
    ("We do not know.", "Nous ne savons pas.", "Nous ne savons pas."),
    # *you might not* gave no "vous ne" of its own: the bid's is the imperative
    ("Please, don’t laugh, you might not like it.",
     "S’il vous plaît, vous ne riez pas, il ne vous pourrait pas plaire.",
     "S’il vous plaît, ne riez pas, il ne vous pourrait pas plaire."),
    # two "vous ne" opening clauses for one bid: which one is the bid's is not known
    ("Do not worry, you do not need it.", "Vous ne vous inquiétez pas, vous n’en avez pas.",
     "Vous ne vous inquiétez pas, vous n’en avez pas."),
])
def test_french_negative_imperative(source: str, text: str, want: str) -> None:
    assert french(source, text) == want


@pytest.mark.parametrize(("source", "said", "text", "want"), [
    ("Colleagues, take your seats.", "Colleagues, you take your seats.",
     "Chers collègues, vous portez vos sièges.", "Chers collègues, prenez vos sièges."),
    ("Friends, look at these figures.", "Friends, you look at these figures.",
     "Chers amis, vous regardez à ces chiffres.", "Chers amis, regardez ces chiffres."),
    ("Mr Ivanov, tell us about the plant.", "Mr Ivanov, you tell us about the plant.",
     "Monsieur Ivanov, vous nous dites sur l’usine.",
     "Monsieur Ivanov, dites-nous sur l’usine."),
])
def test_an_imperative_after_a_vocative(source: str, said: str, text: str, want: str) -> None:
    assert english(source) == said
    assert french(source, text) == want


@pytest.mark.parametrize("source", [
    "Colleagues, you take your seats.",  # a statement to them
    "Colleagues, Take Part.",  # a title's capitals
    "The colleagues, take note.",  # no vocative opening the sentence
])
def test_a_vocative_without_an_imperative_is_left(source: str) -> None:
    assert english(source) == source
    assert imperatives(source) == []
