"""Round 15's word senses and fixed phrases: English said again the way the engine reads it
(``data/preedit_en.json``'s expressions) and glossary phrases (``data/phrases_fr.json``),
each with a guard it must leave. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from tests.translate.test_preedit_senses import edited, french


@pytest.mark.parametrize(("line", "said"), [
    # *but* between two clauses with no comma: a conjunction, given its comma
    ("We study this but we need more data.", "We study this, but we need more data."),
    ("Nothing but they can help.", "Nothing but they can help."),
    ("They came, but we left.", "They came, but we left."),
    # fixed phrases
    ("During this time we built schools.", "During this period we built schools."),
    ("It is the real state of affairs.", "It is the real situation."),
    ("We will stay in touch.", "We will remain in contact."),
    ("They stayed in touch with us.", "They remained in contact with us."),
    ("We will keep in touch.", "We will keep in touch."),
    ("We are in touch with them.", "We are in contact with them."),
    ("It has a touch screen.", "It has a touch screen."),
    # *this* + a month: "en novembre"; not before a day's figure
    ("This November, we meet.", "In November, we meet."),
    ("We meet this May.", "We meet in May."),
    ("This November 4 is a holiday.", "This November 4 is a holiday."),
    ("This may become the basis.", "This may become the basis."),
    ("It ends this December series of talks.", "It ends this December series of talks."),
    # the noun *win* after a determiner; the verb kept
    ("It was a big win for us.", "It was a big victory for us."),
    ("It was their 16th win in a row.", "It was their 16th victory in a row."),
    ("We want our team to win the cup.", "We want our team to win the cup."),
    # *look into*, the verb *outline*; the noun *outline* kept
    ("We will look into this issue.", "We will examine this issue."),
    ("We need to outline a plan.", "We need to define a plan."),
    ("He outlined the tasks.", "He defined the tasks."),
    ("This is the general outline.", "This is the general outline."),
    # *accomplishments*, *landmarks*, *high-profile*
    ("We honour their accomplishments.", "We honour their achievements."),
    ("We saw historical landmarks.", "We saw historical monuments."),
    ("It was a landmark event.", "It was a historic event."),
    ("It is a high-profile case.", "It is a prominent case."),
    # a plural possessive before *meeting*, which the tagger read as a verb
    ("The five countries' meeting starts.", "The meeting of the five countries starts."),
    # *all levels*, read as a verb after *all*
    ("The budgets of all levels grew.", "The budgets of all the levels grew."),
    ("We work at all levels.", "We work at all levels."),
    # a comparison closing a clause: *, as is trade.*; not *as is the case*, an adjective
    ("Our ties grow, as is trade.", "Our ties grow, like the trade."),
    ("Our ties are good, as are our contacts.", "Our ties are good, like our contacts."),
    ("It works, as is the case with trade.", "It works, as is the case with trade."),
    ("We meet, as is customary.", "We meet, as is customary."),
    ("We act, as is required.", "We act, as is required."),
    # *ahead of* an event: "à la veille de"; not *ahead of schedule*, of competitors
    ("We meet ahead of Victory Day.", "We meet on the eve of Victory Day."),
    ("It matters ahead of the 75th anniversary.", "It matters on the eve of the 75th anniversary."),
    ("It was done ahead of schedule.", "It was done ahead of schedule."),
    ("We are ahead of other powers.", "We are ahead of other powers."),
    # *mid-term*, *mid-2019*
    ("We act in the mid-term.", "We act in the medium term."),
    ("We launch it in mid-2019.", "We launch it in the middle of 2019."),
    # *early spring*: eng-cat's "molla primerenca"
    ("It was hard since early spring.", "It was hard since the beginning of spring."),
])
def test_said_again(apertium_ok: bool, line: str, said: str) -> None:
    assert edited(line) == said


def test_the_french_that_comes_out(engine: ApertiumEngine) -> None:
    out = french(engine, "We look into this but we would like more time.",
                 "During this time, we have built many schools.",
                 "We will stay in touch.", "This November, we will hold a forum.",
                 "This is a big win for our team.", "We need to outline a plan of actions.",
                 "The budgets of all levels grew.",
                 "Next year, the five countries' meeting will take place in Russia.")
    assert ", mais nous" in out[0] and "sauf" not in out[0]
    assert out[1].startswith("Pendant cette période,")
    assert "rester en contact" in out[2] or "resterons en contact" in out[2]
    assert out[3].startswith("En novembre,")
    assert "une grande victoire" in out[4]
    assert "définir un plan" in out[5]
    assert "tous les niveaux" in out[6]
    assert "la rencontre des cinq pays" in out[7]


def test_glossary_phrases(engine: ApertiumEngine) -> None:
    out = french(engine, "The villages will receive drinking water.",
                 "Not so long ago, we discussed this issue.",
                 "I congratulate you with all my heart.",
                 "We had in-depth discussions on many issues.",
                 "The school received sheet music and instruments.",
                 "The commissioning of the plant is planned for 2020.")
    assert "eau potable" in out[0]
    assert out[1].startswith("Il n’y a pas si longtemps,")
    assert "de tout cœur" in out[2]
    assert "des discussions approfondies" in out[3]
    assert "des partitions" in out[4]
    assert out[5].startswith("La mise en service de l")


def test_one_word_phrases(engine: ApertiumEngine) -> None:
    out = french(engine, "They were fighting for their Motherland.",
                 "Many generations have served the Fatherland with honour.",
                 "I congratulate our comrades-in-arms.",
                 "We are set to certify a trolleybus in 2020.",
                 "Support for entrepreneurship is a priority.")
    assert "pour leur patrie" in out[0]
    assert "servi la patrie" in out[1]
    assert "nos compagnons d’armes" in out[2]
    assert "un trolleybus" in out[3]  # the one-word key takes its "a" in
    assert "l’entrepreneuriat" in out[4]
