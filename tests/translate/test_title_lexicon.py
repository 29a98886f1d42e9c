from __future__ import annotations

from daybook.translate.title_lexicon import name_fr
from daybook.translate.titles import resolve


def test_english_words_of_a_russian_name_stay_as_written() -> None:
    # Only the Russian words are romanised: no "Ressort" for Resort.
    assert name_fr("Krasnaya Polyana Ski Resort") == "Krasnaïa Poliana Ski Resort"
    assert name_fr("Krasnaya Polyana") == "Krasnaïa Poliana"


def test_a_venue_of_a_known_kind_goes_after_it() -> None:
    assert resolve("the Rosa Khutor ski resort") == "la station de ski Rosa Khoutor"


def test_general_words_of_the_lexicon() -> None:
    assert resolve("Cossack military societies") == "les sociétés militaires cosaques"
    assert resolve("higher military schools") == "les écoles militaires supérieures"
    assert resolve("Russian illegal intelligence") == "le renseignement illégal russe"


def test_a_complement_adjective_stays_as_it_is() -> None:
    assert resolve("nuclear-powered icebreakers") == "les brise-glaces à propulsion nucléaire"
