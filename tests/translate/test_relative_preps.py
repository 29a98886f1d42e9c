"""A governed verb's relative: "à laquelle", "auquel", "dont" (``relative_preps.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.relative_preps import prepositional


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The meeting that Mr Dodon attended last year was useful.",
     "La rencontre que M. Dodon a assisté à l'année dernière était utile.",
     "La rencontre à laquelle M. Dodon a assisté l'année dernière était utile."),
    ("The ceremony that the ministers attended was solemn.",
     "La cérémonie que les ministres ont assistée était solennelle.",
     "La cérémonie à laquelle les ministres ont assisté était solennelle."),
    ("The forums we participated in were useful.",
     "Les forums que nous avons participé dedans étaient utiles.",
     "Les forums auxquels nous avons participé étaient utiles."),
    ("The programme that these companies benefited from has worked.",
     "Le programme que ces entreprises ont bénéficié depuis a marché.",
     "Le programme dont ces entreprises ont bénéficié a marché."),
    # The antecedent past a name's complement ("la rencontre du Conseil ... que": the
    # meeting is attended); *attended as* "assisté comme" (no object of its own).
    ("It took place after the meeting of the Supreme Eurasian Economic Council that Mr Dodon"
     " attended as the president of an observer state.",
     "Elle a eu lieu après la rencontre du Conseil économique eurasiatique suprême que M. "
     "Dodon a assisté comme le président d'un état observateur.",
     "Elle a eu lieu après la rencontre du Conseil économique eurasiatique suprême à laquelle"
     " M. Dodon a assisté comme le président d'un état observateur."),
    ("This is the session of the State Duma that the minister attended.",
     "C'est la séance de la Douma d'État que le ministre a assisté.",
     "C'est la séance de la Douma d'État à laquelle le ministre a assisté."),
    # Guards: the verb has an object of its own in French; a subject relative; no such
    # verb without its object in the English; a participle with no auxiliary.
    ("The year that we attended, the forum was held.",
     "L'année que nous avons assisté au forum a eu lieu.",
     "L'année que nous avons assisté au forum a eu lieu."),
    ("The man that attended the forum spoke.", "L'homme qui a assisté au forum a parlé.",
     "L'homme qui a assisté au forum a parlé."),
    ("The forum of Russia that he attended as a guest was useful.",
     "Le forum de la Russie qu'il a assisté à comme hôte était utile.",
     "Le forum de la Russie qu'il a assisté à comme hôte était utile."),
    ("The meeting that he organised was useful.",
     "La rencontre qu'il a assisté était utile.", "La rencontre qu'il a assisté était utile."),
    ("The summit which Russia participated in was useful.",
     "Le sommet que la Russie participée dedans était utile.",
     "Le sommet que la Russie participée dedans était utile."),
    # *in/by/with which*: "lequel" agreed with the noun before the preposition
    ("This is the city in which I was born.", "C'est la ville dans lequel je suis né.",
     "C'est la ville dans laquelle je suis né."),
    ("They are the tools with which we work.", "Ce sont les outils avec lequel nous "
     "travaillons.", "Ce sont les outils avec lesquels nous travaillons."),
    ("This is the process by which he is chosen.", "C'est le processus par lequel il est "
     "choisi.", "C'est le processus par lequel il est choisi."),
    # Guard: a "lequel" the English has no *which* after a preposition for
    ("Which of the cities do you prefer, and in it?", "La ville dans lequel vous préférez.",
     "La ville dans lequel vous préférez."),
])
def test_prepositional(source: str, french: str, want: str) -> None:
    assert prepositional([source], [french]) == [want]


def test_prepositional_through_the_engine() -> None:
    out = translate_texts(["The meeting that Mr Dodon attended last year was useful.",
                           "The conference that we participated in was useful."],
                          ApertiumEngine(), "en", "fr")
    assert "à laquelle M. Dodon a assisté l'année dernière" in out[0].text
    assert "à laquelle nous avons participé était" in out[1].text
