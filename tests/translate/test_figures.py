"""Figures in running text: English said as the engine reads it, French counts put right
(figures.py)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.figures import english, french
from daybook.translate.protect import translate_texts


def test_a_percentage_goes_after_its_noun() -> None:
    assert english("The harvest showed a 9 percent growth.") == \
        "The harvest showed a growth of 9 percent."
    assert english("the 16 percent trade growth in 2018") == \
        "the trade growth of 16 percent in 2018"
    assert english("a 10% VAT on fruit") == "a VAT of 10% on fruit"
    # hyphened, which the pivot glues ("augmentde20 #per cent"); the article of the noun
    assert english("There was a 20-percent increase in trade.") == \
        "There was an increase of 20 percent in trade."
    assert english("We hold a 47-per-cent stake in it.") == \
        "We hold a stake of 47 percent in it."
    # guards: a comparative, a preposition, a participle, a name after the figure
    for kept in ("20 percent more expensive", "23 percent higher than in 2017",
                 "48 percent of the votes", "17 percent annually", "25 percent Gazprom."):
        assert english(kept) == kept


def test_the_result_of_a_change_and_totals() -> None:
    assert english("it increased 17 percent reaching almost $2 billion") == \
        "it increased 17 percent to reach almost $2 billion"
    assert english("Investment totals $2.7 billion and exports totalled almost 26 billion") \
        == "Investment reaches $2.7 billion and exports amounted to almost 26 billion"
    assert english("every 33 hours, which amounts to 70,000 tonnes") == \
        "every 33 hours, which represents 70,000 tonnes"
    assert english("Revenues will total 318 billion rubles.") == \
        "Revenues will reach 318 billion rubles."
    # guard: the noun *total*, *amount*
    assert english("The total amount of investment is large.") == \
        "The total amount of investment is large."


def test_a_verb_of_rising_before_its_amount_is_grow() -> None:
    assert english("Revenues soared by 45 percent, prices rose 7.5%.") == \
        "Revenues grew by 45 percent, prices grew 7.5%."
    assert english("Traffic has soared by 40–70 percent.") == "Traffic has grown by 40–70 percent."
    # guards: the noun, no amount after the verb
    assert english("a rise of 5 percent; the jump by 5 percent") == \
        "a rise of 5 percent; the jump by 5 percent"
    assert english("Prices rose sharply.") == "Prices rose sharply."
    assert french("Revenues soared by 45 percent.", "Les revenus ont grandi de 45 %.") == \
        "Les revenus ont augmenté de 45 %."
    assert french("Children grow by the day.", "Les enfants grandissent de jour en jour.") == \
        "Les enfants grandissent de jour en jour."


def test_a_share_is_represented() -> None:
    assert english("Russia accounts for a quarter of its trade; they amount to 40 percent") \
        == "Russia represents a quarter of its trade; they represent 40 percent"
    # guard: *account for* something else, *amount to* after a noun (``_TOTAL``'s)
    assert english("We must account for the risks.") == "We must account for the risks."
    assert french("They account for over one-third of exports.",
                  "Ils représentent par-dessus un tiers des exportations.") == \
        "Ils représentent plus d'un tiers des exportations."
    assert french("It is about one-third of it.", "C'est sur un tiers de lui.") == \
        "C'est environ un tiers de lui."
    assert french("about one third, over a half", "sur un tiers, sur la moitié") == \
        "sur un tiers, sur la moitié"


def test_thousands_of() -> None:
    assert french("Tens of thousands of people came.",
                  "Les dizaines des milliers de personnes sont venues.") == \
        "Des dizaines de milliers de personnes sont venues."
    assert french("Billions of rubles.", "Des milliards des roubles.") == \
        "Des milliards de roubles."
    # guard: *of the*, a determined group
    assert french("Thousands of the people came.", "Les milliers des personnes sont venus.") == \
        "Les milliers des personnes sont venus."


def test_up_on_and_all_time() -> None:
    assert english("318 billion rubles, 20 percent up on last year") == \
        "318 billion rubles, 20 percent more than last year"
    assert english("5% down from 2018; an all-time high, all-time lows, its all-time record") \
        == "5% less than 2018; an historic maximum, historic minimums, its absolute record"
    assert english("hitting an all-time high") == "reaching an historic maximum"
    # guards: *up* not after a percentage, *all-time high* before a noun
    assert english("We set up on Monday.") == "We set up on Monday."
    assert english("the all-time high statistics of 2012") == \
        "the all-time high statistics of 2012"


def test_the_nth_time() -> None:
    assert french("It takes place for the 17th time.", "Il a lieu par le 17e temps.") == \
        "Il a lieu pour la 17e fois."
    assert french("It was the fifth time that we met.", "C'était le cinquième temps que") == \
        "C'était la cinquième fois que"
    # guard: *time* as duration
    assert french("It is the first step in time.", "C'est le premier pas à temps.") == \
        "C'est le premier pas à temps."


def test_years_old_and_by_percent() -> None:
    assert english("about a 96-year-old veteran and a 1,000-year-old state") == \
        "about a veteran of 96 years and a state of 1,000 years"
    assert english("an 80-year-old man") == "a man of 80 years"
    assert french("last year by 29 percent and this year by another 39 percent",
                  "l'année dernière par 29 % et cette année par un autre 39 %") == \
        "l'année dernière de 29 % et cette année d'encore 39 %"
    # guard: "multiplié par"
    assert french("multiplied by 2 percent", "multiplié par 2 %") == "multiplié par 2 %"


def test_folds_halves_and_thirds() -> None:
    assert english("They grew 2.6-fold, five- or six-fold, threefold.") == \
        "They grew 2.6 times, five or six times, three times."
    assert english("one and a half million people, two and a half times") == \
        "1.5 million people, 2.5 times"
    assert english("about one-third of it") == "about one third of it"
    assert english("A third of the firms, half of our budget, more than half of them") == \
        "One third of the firms, the half of our budget, more than the half of them"
    # guards: an ordinal, *the half of*, *a half*
    assert english("a third term, the half of it, one and a half years") == \
        "a third term, the half of it, one and a half years"
    assert english("the unfolding crisis, one and a half years") == \
        "the unfolding crisis, one and a half years"


def test_french_counts_and_ordinals() -> None:
    assert french("Fourth.", "Quart.") == "Quatrièmement."
    assert french("Second.", "Seconde.") == "Deuxièmement."
    assert french("It is three times lower.", "C'est trois temps plus bas.") == \
        "C'est trois fois plus bas."
    assert french("One hundred and fifty companies", "Cent et cinquante entreprises") == \
        "Cent cinquante entreprises"
    assert french("Trade increased by over 40 percent.",
                  "Le commerce a augmenté par-dessus 40 %.") == \
        "Le commerce a augmenté de plus de 40 %."
    assert french("Prices rose by 7.5 percent.", "Les prix sont montés par 7,5 %.") == \
        "Les prix sont montés de 7,5 %."
    assert french("It reached almost $6 billion.", "Il a atteint presque 6 milliards.") == \
        "Il a atteint près de 6 milliards."
    assert french("48 percent more than before", "48 % plus que dans le passé") == \
        "48 % de plus que dans le passé"
    assert french("It is 5 percent less.", "C'est 5 % moins.") == "C'est 5 % de moins."
    assert french("5 percent more roads", "5 % plus de routes") == "5 % plus de routes"
    assert french("It costs about $2 billion.", "Il coûte sur 2 milliards.") == \
        "Il coûte environ 2 milliards."
    assert french("Some $20 billion.", "Quelques 20 milliards.") == "Quelque 20 milliards."
    assert french("They account for about 187,000.", "Ils représentent sur 187 000.") == \
        "Ils représentent environ 187 000."
    assert french("less than 5 percent", "moins que 5 %") == "moins de 5 %"
    assert french("Some 1,500 firms.", "Quelques 1 500 entreprises.") == \
        "Quelque 1 500 entreprises."
    assert french("The sum amounted to $5 billion.", "La somme a équivalu à 5 milliards.") == \
        "La somme a atteint 5 milliards."
    # guards: no *times* in the English, a second sentence, *and* between figures not
    # after *hundred*, a change already with "de"
    assert french("At that time.", "À ce temps.") == "À ce temps."
    assert french("Second, we agreed.", "Deuxièmement, nous avons convenu.") == \
        "Deuxièmement, nous avons convenu."
    assert french("five and six", "cinq et six") == "cinq et six"
    assert french("He spoke about 5 issues.", "Il a parlé sur 5 questions.") == \
        "Il a parlé sur 5 questions."
    assert french("It grew by 5 percent.", "Il a augmenté de 5 %.") == "Il a augmenté de 5 %."


def test_figures_in_french() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    [out] = translate_texts(["Last year, bilateral trade increased by over 40 percent "
                             "reaching almost $6 billion."], ApertiumEngine(), "en", "fr")
    assert "a augmenté de plus de 40\u202f% pour atteindre près de 6 milliards de dollars" in \
        out.text, out.text


def test_comparisons_with_figures() -> None:
    # *N percent more/fewer* + a plural noun: the noun after *of*, *more* after it
    assert english("We will repair 20 percent more regional roads.") == \
        "We will repair 20 percent of regional roads more."
    assert english("We will build 15 percent fewer houses in the region.") == \
        "We will build 15 percent of houses less in the region."
    # guards: an adjective, *more than*, a bare *more*
    assert english("Cars became 20 percent more expensive.") == \
        "Cars became 20 percent more expensive."
    assert english("It is 6 percent more than last year.") == "It is 6 percent more than last year."
    assert english("If we have 7 percent more, we can spend it.") == \
        "If we have 7 percent more, we can spend it."
    assert french("We will repair 20 percent more regional roads.",
                  "Nous réparerons 20 pour cent de routes régionales plus.") == \
        "Nous réparerons 20 pour cent de routes régionales en plus."
    assert french("There were 5 percent more tourists than before.",
                  "Il y avait 5 % plus de touristes qu'avant.") == \
        "Il y avait 5 % plus de touristes qu'avant."
    # *which is N percent higher than*: an amount compared, "soit N % de plus que"
    assert english("It got 21 trillion rubles, which is 23 percent higher than in 2017.") == \
        "It got 21 trillion rubles, which is 23 percent more than in 2017."
    assert english("Prices are 10 percent lower than last year.") == \
        "Prices are 10 percent lower than last year."
    assert french("It got 21 trillion, which is 23 percent more than in 2017.",
                  "Il a reçu 21 billions, ce qui est 23 % de plus qu'en 2017.") == \
        "Il a reçu 21 billions, soit 23 % de plus qu'en 2017."
    assert french("The man who is 10 percent of the staff left.",
                  "L'homme qui est 10 % du personnel a laissé.") == \
        "L'homme qui est 10 % du personnel a laissé."
    assert french("Prices are 10 percent higher than last year.",
                  "Les prix sont 10 % plus hauts que l'année dernière.") == \
        "Les prix sont 10 % plus élevés que l'année dernière."
    # *N percent of* a bare plural takes the article; guard: *of the*, a singular
    assert french("Some 40 percent of respondents support it.",
                  "Quelque 40 % d'enquêtés l'appuient.") == "Quelque 40 % des enquêtés l'appuient."
    assert french("It is 10 percent of the budget.", "C'est 10 % du budget.") == \
        "C'est 10 % du budget."
    assert french("10 percent of gas is sold.", "10 % de gaz est vendu.") == \
        "10 % de gaz est vendu."
