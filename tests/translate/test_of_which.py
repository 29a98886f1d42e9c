"""*of which*, *of whom* said with "dont" (``of_which.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.agreement import agree
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.of_which import of_which
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    # A quantity of the antecedent: "dont" before it, the verb in its number.
    ("The lines have 57 stations, 19 of which are connected to metro lines.",
     "Les lignes ont 57 gares, 19 desquels sont reliés à des lignes de métro.",
     "Les lignes ont 57 gares, dont 19 sont reliés à des lignes de métro."),
    ("There are many volunteers, many of whom are students.",
     "Il y a beaucoup de volontaires, beaucoup de qui est-ce qui est étudiants.",
     "Il y a beaucoup de volontaires, dont beaucoup sont étudiants."),
    ("The company has three plants, two of which were built last year.",
     "L'entreprise a trois usines, deux duquel a été bâti l'année dernière.",
     "L'entreprise a trois usines, dont deux ont été bâti l'année dernière."),
    ("We have 20 regional centres, most of which are in Siberia.",
     "Nous avons 20 centres régionaux, la plupart des quels sont en Sibérie.",
     "Nous avons 20 centres régionaux, dont la plupart sont en Sibérie."),
    ("I met your colleagues (some of whom managed to get here).",
     "J'ai rencontré vos collègues (quelques-uns de qui est-ce qui ont pu venir ici).",
     "J'ai rencontré vos collègues (dont certains ont pu venir ici)."),
    ("The ministers, each of whom spoke, agreed.",
     "Les ministres, chacun de qui est-ce qui a parlé, ont convenu.",
     "Les ministres, dont chacun a parlé, ont convenu."),
    # *of which* + a figure.
    ("It amounted to 284 billion rubles, of which 60 billion went to new construction.",
     "Il a atteint 284 milliards de roubles, duquel 60 milliards sont allés à la construction.",
     "Il a atteint 284 milliards de roubles, dont 60 milliards sont allés à la construction."),
    # *the N of which*: "dont" before the noun phrase, the verb in the English verb's number
    # or, with none (*will be*), the determiner's.
    ("We held talks, the results of which have been published.",
     "Nous avons eu des discussions, les résultats duquel a été publié.",
     "Nous avons eu des discussions, dont les résultats ont été publié."),
    ("We held talks, the results of which will be published.",
     "Nous avons eu des discussions, les résultats duquel sera publié.",
     "Nous avons eu des discussions, dont les résultats seront publié."),
    ("It is a mission, the importance of which for this country is enormous.",
     "C'est une mission, l'importance duquel pour ce pays est énorme.",
     "C'est une mission, dont l'importance pour ce pays est énorme."),
])
def test_of_which_is_dont(source: str, french: str, want: str) -> None:
    assert of_which(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # The engine's own "dont" and a relative after another preposition are left.
    ("The forum, the main theme of which is technology, opens.",
     "Le forum, dont le thème principal est la technologie, ouvre."),
    ("The road, in which we invested, is ready.",
     "La route, dans laquelle nous avons investi, est prête."),
    # No *of which* in the English: "duquel" is the English's own (*from which*).
    ("The hill from which we watched was high.",
     "La colline duquel nous regardions était haute."),
    # Two relatives in the French for one *of which*: no safe pairing.
    ("Ten of which are new, they say.",
     "Dix desquels sont nouveaux, de qui disent-ils."),
    # *the N of which* + *be*: ``stranded``'s ("dont le but est de").
    ("Projects the aim of which is to strengthen the fleet were implemented.",
     "Les projets le but desquels doivent renforcer la flotte ont été mis en œuvre."),
    # A quantity the French does not show before the relative.
    ("We have several projects, none of which is finished.",
     "Nous avons plusieurs projets, aucun desquels n'est fini."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert of_which(source, french) == french


def test_the_noun_phrase_after_dont_agrees() -> None:
    # "dont" opens the clause of the subject after it: its predicate agrees.
    assert agree("Nous avons eu des discussions, dont les résultats seront publié.") == \
        "Nous avons eu des discussions, dont les résultats seront publiés."


def test_of_which_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["The new lines have 57 stations, 19 of which are connected to metro lines.",
         "We allocated 100 billion rubles, of which 40 billion will go to schools.",
         "There are many volunteers, many of whom are students."], engine, "en", "fr")]
    assert "gares, dont 19 sont" in out[0]
    assert "roubles, dont 40 milliards" in out[1]
    assert "volontaires, dont beaucoup sont" in out[2]
