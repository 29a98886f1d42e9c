"""*You* said "vous" (``speech_vous.py``). The English sentences are made up for these tests;
the French is modelled on what the engine writes for them (a familiar "tu"), the expected
French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.speech_vous import vous_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates verbs with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I congratulate your party and you personally.",
     "Je félicite votre parti et tu personnellement.",
     "Je félicite votre parti et vous personnellement."),
    ("You restore old churches.", "Tu restaures des vieilles églises.",
     "Vous restaurez des vieilles églises."),
    ("And you do not want it.", "Et tu ne le veux pas.", "Et vous ne le voulez pas."),
    ("You and I know this well.", "Tu et je savons ceci bien.",
     "Vous et moi savons ceci bien."),
    ("You and I are aware of this.", "Tu et j’êtes conscients de ceci.",
     "Vous et moi sommes conscients de ceci."),
    ("I think you and I will do nothing.", "Je pense que vous et je ne ferai rien.",
     "Je pense que vous et moi ne ferons rien."),
    ("Thanks to yourself and your team.", "Grâce à toi-même et ton équipe.",
     "Grâce à vous-même et votre équipe."),
    ("I thank you for your letters.", "Je te remercie pour tes lettres.",
     "Je vous remercie pour vos lettres."),
    ("I love you.", "Je t’aime.", "Je vous aime."),
    # the reflexive of the subject *you* (the pivot's third person "s'est")
    ("I know that you did not make a mistake.", "Je sais que te ne s'est pas trompé.",
     "Je sais que vous ne vous êtes pas trompé."),
    ("I am sure you made a mistake.", "Je suis sûr que vous s'est trompé.",
     "Je suis sûr que vous vous êtes trompé."),
])
def test_vous(source: str, french: str, want: str) -> None:
    assert vous_texts([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # quoted speech (to a child, a friend) keeps "tu"
    ("“You are my hope,” she told her son.", "« Tu es mon espoir », a-t-elle dit à son fils."),
    # a name "Tu-"; no *you* in the English; "ton" as a noun
    ("You saw the Tu-160.", "Vous avez vu le Tu-160."),
    ("He spoke in a calm tone.", "Il a parlé dans un ton calme."),
    ("Your speech had a warm tone.", "Votre discours avait un ton chaleureux."),
    # "vous" an object before a third person's reflexive verb: not "vous se" (never French)
    ("He told you that it improved.", "Il vous a dit qu'elle s'est améliorée."),
])
def test_left_alone(source: str, french: str) -> None:
    assert vous_texts([source], [french]) == [french]
