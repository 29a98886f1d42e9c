"""The verb *keep* by what is kept (``keep.py``): where the English says *keep*, not where
it says *follow*, and through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.keep import keep
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule regenerates the verb with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We must keep the budget balanced.", "Nous devons suivre le budget équilibré.",
     "Nous devons maintenir le budget équilibré."),
    ("They kept the peace.", "Ils ont suivi la paix.", "Ils ont maintenu la paix."),
    ("We keep in touch with them.", "Nous suivons en tact avec eux.",
     "Nous gardons le contact avec eux."),
    ("She will keep an eye on it.", "Elle suivra un œil sur cela.",
     "Elle gardera un œil sur cela."),
    ("We kept our promise.", "Nous avons suivi notre promesse.",
     "Nous avons tenu notre promesse."),
    ("He keeps his word.", "Il suit son mot.", "Il tient sa parole."),
    ("We keep pace with the market.", "Nous suivons pas avec le marché.",
     "Nous suivons le rythme du marché."),
    ("Schools must keep up with new technology.",
     "Les écoles doivent maintenir avec la nouvelle technologie.",
     "Les écoles doivent suivre le rythme de la nouvelle technologie."),
    ("The firm kept up with its rivals.", "L'entreprise a maintenu avec ses rivaux.",
     "L'entreprise a suivi le rythme de ses rivaux."),
    ("We are keeping up with the pace of progress.",
     "Nous maintenons avec le pas de progrès.", "Nous suivons le rythme de progrès."),
    ("Laws keep up with innovation.", "Les lois maintiennent avec innovation.",
     "Les lois suivent le rythme d'innovation."),
])
def test_keep(source: str, french: str, want: str) -> None:
    assert keep(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("We follow the news and keep calm.", "Nous suivons les nouvelles."),
    ("We monitor the prices.", "Nous suivons les prix."),
    ("The following steps were kept.", "Les mesures suivantes ont été gardées."),
    ("We keep in contact with them.", "Nous maintenons avec eux le contact."),  # no *up*
    ("Keep up with us now.", "Maintenant avec le groupe."),  # "maintenant", *now*
    ("They keep up with us.", "Ils maintiennent avec nous."),  # a pronoun: left
])
def test_not_where_french_follows(source: str, french: str) -> None:
    assert keep(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We must keep inflation low.", "We will keep in touch."],
                          engine, "en", "fr")
    assert "maintenir l'inflation" in out[0].text
    assert "garderons le contact" in out[1].text


def test_keep_up_with_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Our farms must keep up with the market."], engine, "en", "fr")
    assert "suivre le rythme du marché" in out[0].text and "avec" not in out[0].text, out
