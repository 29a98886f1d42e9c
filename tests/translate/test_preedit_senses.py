"""Word senses and fixed phrases said again in English the engine reads well
(``data/preedit_en.json``'s expressions), and glossary phrases (``data/phrases_fr.json``):
the English edit, the French that comes out, and the guard each must leave."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts
from daybook.translate.wordsenses import opportunities


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def french(engine: ApertiumEngine, *lines: str) -> list[str]:
    return [t.text for t in translate_texts(list(lines), engine, "en", "fr")]


@pytest.mark.parametrize(("line", "said"), [
    # *underway* after *be* is "en cours"; *get underway*, "commencer"
    ("The investigation is now underway.", "The investigation is now in course."),
    ("The talks are already under way.", "The talks are already in course."),
    ("The project has got underway.", "The project has begun."),
    ("The talks got underway yesterday.", "The talks began yesterday."),
    # the adjective *very good* before *result*, which the tagger read as a verb
    ("This is a very good result.", "This is a really good result."),
    # *as concerns* X: a sentence's opener, then anywhere else; not the noun *concerns*
    ("As concerns our relations, we agree.", "As for our relations, we agree."),
    ("It is slow, mainly as concerns roads.", "It is slow, mainly concerning roads."),
    ("As concerns about prices grow, we act.", "As concerns about prices grow, we act."),
    # *bid (a final) farewell*: "dire (un dernier) adieu"
    ("Today we bid a final farewell to our friend.",
     "Today we say a last farewell to our friend."),
    ("They bade farewell to him.", "They said farewell to him."),
    # *plenty of*: "many" before a plural noun, "a lot of" else, "much" after *still*
    ("There are plenty of camps.", "There are many camps."),
    # a word between, which may be read as a verb after *many*: "a lot of"
    ("There are plenty of experienced athletes.", "There are a lot of experienced athletes."),
    ("We have plenty of business.", "We have a lot of business."),
    ("There is still plenty of work.", "There is still much work."),
    ("We have plenty of time.", "We have a lot of time."),
    # the adverb *daily* at a clause's end; the adjective before a noun stays
    ("Our love for the country is growing daily.",
     "Our love for the country is growing every day."),
    ("We do this work on a daily basis.", "We do this work every day."),
    ("We read daily reports.", "We read daily reports."),
    # *annual*: the tagger read it after an adjective as the noun "annuaire"
    ("This is a highly important annual event.", "This is a highly important yearly event."),
    ("The Annual Address", "The Annual Address"),
    # *mass-produced* after its noun: "produit en série"; before a noun it stays
    ("The bus is already mass-produced.", "The bus is already produced in series."),
    ("They sell mass-produced goods.", "They sell mass-produced goods."),
    # *live on* with no object: "continuer à vivre"; *live on* a place stays
    ("These traditions live on, and we keep them.",
     "These traditions continue to live, and we keep them."),
    ("His legacy lives on in our hearts.", "His legacy continues to live in our hearts."),
    ("They live on the island.", "They live on the island."),
])
def test_senses_said_again(apertium_ok: bool, line: str, said: str) -> None:
    assert edited(line) == said


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    out = french(engine, "The investigation is underway.", "This is a very good result.",
                 "Love for our country is growing daily.",
                 "This is a highly important annual event.",
                 "Today we bid a final farewell to our friend.",
                 "There is still plenty of work.", "There are plenty of summer camps.")
    assert out[0] == "La recherche est en cours."
    assert "un très bon résultat" in out[1]
    assert out[2].endswith("grandit chaque jour.")
    assert "un événement annuel très important" in out[3]
    assert "un dernier adieu à notre ami" in out[4]
    assert "encore beaucoup de travail" in out[5]
    assert "beaucoup de campements" in out[6]


def test_glossary_phrases(engine: ApertiumEngine) -> None:
    out = french(engine, "We support public-private partnership in the regions.",
                 "They fight the spread of weapons of mass destruction.")
    assert "le partenariat public-privé" in out[0]
    assert "des armes de destruction massive" in out[1]


def test_possibilities_after_an_elided_de() -> None:
    source = "There are many opportunities."
    assert opportunities(source, "Il y a beaucoup d'opportunités.") == (
        "Il y a beaucoup de possibilités.")
    assert opportunities(source, "Il y a beaucoup d’opportunités.") == (
        "Il y a beaucoup de possibilités.")
    # singular: "occasion" keeps the elision
    assert opportunities("a good opportunity", "plus d’opportunité") == "plus d’occasion"
    assert opportunities("the opportunities", "les opportunités") == "les possibilités"
