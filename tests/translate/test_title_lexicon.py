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


def test_a_slogan_of_adverbs_is_said_and_another_kept() -> None:
    assert name_fr("Together Forward") == "«\u00a0Ensemble en avant\u00a0»"
    assert name_fr("Strength Makes Right") == "«\u00a0Strength Makes Right\u00a0»"


def test_a_designation_of_an_english_noun_and_a_year() -> None:
    from daybook.translate.title_lexicon import designation_fr

    assert designation_fr("ARMY-2031") == "«\u00a0Armée-2031\u00a0»"
    assert designation_fr("VOSTOK-2031") is None  # no word of the lexicon
    assert resolve("the ARMY-2031 International Military-Technical Forum") == \
        "le Forum militaro-technique international «\u00a0Armée-2031\u00a0»"
