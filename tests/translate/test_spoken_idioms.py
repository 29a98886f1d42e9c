"""Fixed expressions of spoken English (``spoken_idioms.py``): the pivot's French of
sentences of the tuning pages and constructed ones, each rewritten only where the English
has the expression."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.spoken_idioms import spoken_idioms


@pytest.mark.parametrize(("source", "french", "want"), [
    # *That is why*
    ("That is why we must act.", "C'est à cause de cela que nous devons agir.",
     "C'est pourquoi nous devons agir."),
    ("That is why it is so encouraging to see it.",
     "C'est à cause de cela qui est aussi encourageant de le voir.",
     "C'est pourquoi il est aussi encourageant de le voir."),
    # *the case*
    ("It has always been the case.", "Il a été toujours le cas.",
     "Cela a toujours été le cas."),
    ("The quality is high, as has always been the case at your enterprise.",
     "La qualité est haute, tandis que a toujours été le cas à votre entreprise.",
     "La qualité est haute, comme cela a toujours été le cas à votre entreprise."),
    ("If that is the case, we will act.", "Si que c'est le cas, nous agirons.",
     "Si c'est le cas, nous agirons."),
    # *indeed* inside a clause; *and indeed,*
    ("Unfortunately, we indeed have lost time.",
     "Malheureusement, en fait nous avons perdu du temps.",
     "Malheureusement, effectivement nous avons perdu du temps."),
    ("The beginning was indeed laid by Archpriest Avvakum.",
     "Le principe était en fait posé par l'archiprêtre Avvakum.",
     "Le principe était effectivement posé par l'archiprêtre Avvakum."),
    ("in BRICS and indeed, in a number of other fora",
     "aux BRICS et en fait, dans un certain nombre d'autres forums",
     "aux BRICS et même, dans un certain nombre d'autres forums"),
    # *all too well*; *no coincidence*
    ("We know this all too well.", "Nous savons ça tout aussi bien.",
     "Nous savons ça trop bien."),
    ("It is no coincidence that the forum is held in Sochi.",
     "Ce n'est pas une coïncidence que le forum a lieu à Sotchi.",
     "Ce n'est pas un hasard si le forum a lieu à Sotchi."),
    # *a lot*, *much*: "beaucoup", not "très"; "beaucoup de" with no noun
    ("The club has accomplished a lot in its 50 years of existence.",
     "Le club a accompli très dans ses 50 ans d'existence.",
     "Le club a accompli beaucoup dans ses 50 ans d'existence."),
    ("We have much in common.", "Nous avons très en commun.",
     "Nous avons beaucoup en commun."),
    ("The Astana troika is doing a lot in this regard.",
     "La troïka d'Astana fait beaucoup de à cet égard.",
     "La troïka d'Astana fait beaucoup à cet égard."),
    ("We have achieved a lot and have many more fans.",
     "Nous avons obtenu beaucoup d'et il a plus de passionnés.",
     "Nous avons obtenu beaucoup et il a plus de passionnés."),
    ("This makes it possible to save a lot of fuel.",
     "Cela permet de sauver très combustible.",
     "Cela permet de sauver beaucoup de combustible."),
    ("We discussed a lot today.", "Nous avons parlé très aujourd'hui.",
     "Nous avons parlé beaucoup aujourd'hui."),
    ("A great deal has been done.", "Un grand marché a été fait.", "Beaucoup a été fait."),
    # *work* of a thing
    ("This approach does not work.", "Cette approche ne travaille pas.",
     "Cette approche ne fonctionne pas."),
    ("The system works well.", "Le système travaille bien.", "Le système fonctionne bien."),
])
def test_spoken_idioms(source: str, french: str, want: str) -> None:
    assert spoken_idioms([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the English has no such expression, or another reading of it
    ("This is why we must act.", "C'est à cause de cela que nous devons agir."),
    ("Indeed, it is in fact true.", "En effet, c'est en fait vrai."),
    ("In fact, we have lost time.", "En fait, nous avons perdu du temps."),
    ("It was very much in demand.", "C'était très en demande."),
    ("We are very proud of this.", "Nous sommes très fiers de cela."),
    ("He has much more experience.", "Il a très plus d'expérience."),
    ("He takes his job very seriously and spends a lot of time on it.",
     "Il prend son travail très au sérieux et passe beaucoup de temps dessus."),
    # a person works; a thing works *on* something
    ("Our people work well.", "Nos gens travaillent bien."),
    ("The system is working on it, and our workers work too.",
     "Le système travaille dessus, et nos ouvriers travaillent aussi."),
    ("It works with our partners.", "Il travaille avec nos partenaires."),
])
def test_guard(source: str, french: str) -> None:
    assert spoken_idioms([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    got = [t.text for t in translate_texts(
        ["That is why we must act.", "We have much in common.", "I did my best."],
        engine, "en", "fr")]
    assert got == ["C'est pourquoi nous devons agir.", "Nous avons beaucoup en commun.",
                   "J'ai fait de mon mieux."]
