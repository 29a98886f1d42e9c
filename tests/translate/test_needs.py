"""*need to* + verb said with "devoir" (``needs.py``): constructed examples, the French as
the engine writes them, and guards (negation, the past, a contact relative, the noun)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.needs import need_to
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The English is read by Apertium's tagger."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We need to choose the cities.", "Nous avons besoin de choisir les villes.",
     "Nous devons choisir les villes."),
    ("We will need to process the archives.", "Nous aurons besoin d'accuser les archives.",
     "Nous devrons accuser les archives."),
    ("We also need to act.", "Nous avons besoin aussi pour agir.", "Nous devons aussi agir."),
    ("We need to comprehensively analyse the results.",
     "Nous avons besoin à exhaustivement analyser les résultats.",
     "Nous devons analyser exhaustivement les résultats."),
    ("I need to say that.", "J'ai besoin de dire cela.", "Je dois dire cela."),
    ("Russia needs to develop it.", "La Russie a besoin de le développer.",
     "La Russie doit le développer."),
    ("Do we need to act now?", "Avons-nous besoin d'agir maintenant ?",
     "Devons-nous agir maintenant ?"),
    ("This is what we need to do.", "C'est ce que nous avons besoin de faire.",
     "C'est ce que nous devons faire."),
    # the pivot's negative order, made French; no obligation said
    ("We do not need to rush.", "Nous n'avons besoin pas pour nous presser.",
     "Nous n'avons pas besoin de nous presser."),
    # the pivot dropped "besoin": "avoir" + an infinitive
    ("We need to take measures.", "Nous avons prendre des mesures.",
     "Nous devons prendre des mesures."),
    ("when they need to apply for pensions", "quand ils ont solliciter des pensions",
     "quand ils doivent solliciter des pensions"),
])
def test_need_to(source: str, french: str, want: str) -> None:
    assert need_to([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("We do not need to rush.", "Nous n'avons pas besoin de nous presser."),
    ("We needed to act quickly.", "Nous avons eu besoin d'agir vite."),
    # a contact relative: *need* has its object before it, *to go* is a purpose
    ("They have everything the cadets need to go about their day.",
     "Ils ont tout ce que les cadets ont besoin pour aller."),
    ("They offer services they need to deal with a problem.",
     "Ils offrent des services qu'ils ont besoin de traiter un problème."),
    ("They noted the need to resume a dialogue.", "Ils ont noté le besoin de reprendre."),
    # a noun need in English, "avoir besoin" in French: the counts differ, nothing changes
    ("People in need of help have to ask.", "Les gens qui ont besoin d'aider doivent."),
    # "avoir" + a noun in -ir, not an infinitive; no *need to* in the English
    ("We need to act with pleasure.", "Nous avons plaisir à agir."),
    ("They had to leave.", "Ils ont partir."),
])
def test_left_alone(source: str, french: str) -> None:
    assert need_to([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We need to choose the cities that will hold the championship.",
                           "We do not need to rush in this respect."], engine, "en", "fr")
    assert out[0].text.startswith("Nous devons choisir les villes")
    assert "n'avons pas besoin de" in out[1].text.replace("’", "'")
