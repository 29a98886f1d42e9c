"""Title grammar cases of other years: frames, given names that are also roles, and the
Government's capital."""

from __future__ import annotations

import pytest

from daybook.translate.title_vocab import government_capital, unquote
from daybook.translate.titles import plan_title, translate_titles


@pytest.mark.parametrize(("en", "fr"), [
    # A given name is not the title: "Emir Kusturica" is a film director.
    ("Meeting with Emir Kusturica", "Rencontre avec Emir Kusturica"),
    ("Meeting with Emir of Qatar Tamim bin Hamad Al Thani",
     "Rencontre avec l’émir du Qatar Tamim ben Hamad Al Thani"),
    # A title that is a known noun phrase, not a name to romanise.
    ("Main Naval Parade", "Grand défilé naval"),
    ("Funeral ceremony for Yevgeny Primakov", "Obsèques d’Evgueni Primakov"),
    ("United Russia party congress", "Congrès du parti Russie unie"),
    ("Meeting with the Prime Minister and deputy prime ministers",
     "Rencontre avec le Premier ministre et les vice-Premiers ministres"),
    ("Meeting with residents of Kemerovo", "Rencontre avec les habitants de Kemerovo"),
    # A name in English quotation marks is read as the site mostly writes it, unquoted.
    ("Meeting with “Leaders of Russia” contest winners",
     "Rencontre avec les lauréats du concours « Leaders de la Russie »"),
    ("Meeting with Leaders of Russia contest winners",
     "Rencontre avec les lauréats du concours « Leaders de la Russie »"),
    # Professional days and holidays that come back every year.
    ("Greetings on Prosecutor’s Office Workers Day",
     "Salutations à l’occasion de la Journée des employés du parquet"),
    ("Greetings on Miners’ Day", "Salutations à l’occasion de la Journée des mineurs"),
    ("Greetings on Eid al-Adha", "Salutations à l’occasion de l’Aïd al-Adha"),
    ("Meeting with participants in the special military operation",
     "Rencontre avec les participants à l’opération militaire spéciale"),
    ("Meeting with special military operation veterans",
     "Rencontre avec les vétérans de l’opération militaire spéciale"),
    ("Meeting with young cultural professionals",
     "Rencontre avec les jeunes professionnels de la culture"),
    ("Address to the Federal Assembly", "Message à l’Assemblée fédérale"),
    ("Inauguration ceremony", "Cérémonie d’investiture"),
    # A venue's or a company's kind in French, its name kept or romanised.
    ("Visit to Kazan Arena", "Visite du stade de Kazan"),
    ("Visiting the Kalashnikov Concern", "Visite du groupe Kalachnikov"),
    ("Gala reception marking Victory Day",
     "Réception solennelle à l’occasion du Jour de la Victoire"),
    # The noun-phrase grammar (title_np.py) where the engine had a piece.
    ("Speech at Russia Day reception",
     "Discours à la réception à l’occasion du Jour de la Russie"),
    ("Concert celebrating Crimea’s reunification with Russia",
     "Concert à l’occasion de la réunification de la Crimée avec la Russie"),
    ("Naming ceremony for Christophe de Margerie tanker",
     "Cérémonie de baptême du pétrolier Christophe de Margerie"),
])
def test_whole_titles(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "template"), [
    # An organisation's name of English words no table knows is the engine's.
    ("Greetings on 25th anniversary of Small Businesses in Science and Engineering Foundation",
     "Salutations à l’occasion du 25e anniversaire {mt}"),
])
def test_frames_with_a_piece(en: str, template: str) -> None:
    assert plan_title(en).template == template


@pytest.mark.parametrize(("text", "want"), [
    ("Rencontre avec les membres du gouvernement", "Rencontre avec les membres du Gouvernement"),
    ("le gouvernement russe", "le Gouvernement russe"),
    ("président du gouvernement", "président du Gouvernement"),
    ("le gouvernement de la Fédération de Russie", "le Gouvernement de la Fédération de Russie"),
    # Another country's, a city's or a region's government, and the plural, stay lower case.
    ("le gouvernement du Kazakhstan", "le gouvernement du Kazakhstan"),
    ("le gouvernement kazakh", "le gouvernement kazakh"),
    ("le gouvernement de Moscou", "le gouvernement de Moscou"),
    ("le gouvernement régional", "le gouvernement régional"),
    ("les gouvernements", "les gouvernements"),
])
def test_government_capital(text: str, want: str) -> None:
    assert government_capital(text) == want


def test_titles_write_the_government_with_its_capital() -> None:
    (fr, how), = translate_titles(["Meeting with Government members"], None, "en", "fr")
    assert (fr, how) == ("Rencontre avec les membres du Gouvernement", "memory")


def test_unquote_keeps_other_quotation_marks() -> None:
    assert unquote("Forum “Strong Ideas for New Times”") == "Forum Strong Ideas for New Times"
    assert unquote("a “quote” in lower case") == "a “quote” in lower case"


@pytest.mark.parametrize(("en", "fr"), [
    # A professional holiday under any of the site's spellings of its people's possessive.
    ("Address on Railway Worker’s Day",
     "Allocution à l’occasion de la Journée des cheminots"),
    ("Greetings on Builder’s Day", "Salutations à l’occasion de la Journée des bâtisseurs"),
    ("Greetings on Miners Day", "Salutations à l’occasion de la Journée des mineurs"),
    # "X, winner of Y": the apposition after its noun.
    ("Congratulations to the Russian national hockey team, winner of the World Championship",
     "Félicitations à l’équipe de Russie de hockey, vainqueur du Championnat du monde"),
])
def test_holiday_spellings_and_winners(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_day_variants() -> None:
    from daybook.translate.title_vocab import day_variants

    assert "Builder’s Day" in day_variants("Builders’ Day")
    assert day_variants("Police Day") == []  # no people's possessive
    assert day_variants("Press Day") == []  # "Pres’s Day" is no spelling of it
