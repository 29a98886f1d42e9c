import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.hyphens import demonym, english, glue
from daybook.translate.protect import translate_texts


def test_demonym_of_a_country_or_its_adjective() -> None:
    assert demonym("Belarus") == "Belarusian"
    assert demonym("Russia") == "Russian"
    assert demonym("US") == "American"
    assert demonym("Libyan") == "Libyan"
    assert demonym("Moscow") is None


@pytest.mark.parametrize(("line", "want"), [
    ("Russia-Belarus relations are developing.", "Russian-Belarusian relations are developing."),
    ("the Russia–China summit was held", "the summit between Russia and China was held"),
    ("the first Russia-Africa summit in October",
     "the first summit between Russia and Africa in October"),
    # an event's name: its noun lowered; not before another word of the name
    ("The Russia-Africa Summit will open today.",
     "The summit between Russia and Africa will open today."),
    ("the Russia-Africa Summit Organising Committee",
     "the Russia-Africa Summit Organising Committee"),
    ("He noted the anti-Russia campaign.", "He noted the Russian campaign."),
    ("We welcome inter-Libyan contacts.", "We welcome Libyan contacts."),
    ("The pro-Western forces lost.", "The Western forces lost."),
    # guards: no country ("Moscow-Kazan"), a name after the pair, a meeting with its own
    # complement, two adjectives of the country (the prefix could not be found again)
    ("the Moscow-Kazan motorway", "the Moscow-Kazan motorway"),
    ("the Russia-Belarus Union State", "the Russia-Belarus Union State"),
    ("The anti-Russian sanctions and the Russian response.",
     "The anti-Russian sanctions and the Russian response."),
    ("the Russian-Chinese talks", "the Russian-Chinese talks"),
])
def test_english(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the anti-Russia campaign", "la campagne russe", "la campagne antirusse"),
    ("inter-Libyan contacts", "des contacts libyens", "des contacts interlibyens"),
    ("pro-Western forces", "les forces occidentales", "les forces pro-occidentales"),
    ("pro-American parties", "les partis américains", "les partis pro-américains"),
    # guards: no prefix in the English; the engine read the adjective as a noun
    ("the Russian campaign", "la campagne russe", "la campagne russe"),
    ("inter-Libyan contacts", "les contacts des Libyens", "les contacts des Libyens"),
])
def test_glue(source: str, french: str, want: str) -> None:
    assert glue(source, french) == want


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "Russia-Belarus relations are developing.",
        "He drew attention to the anti-Russia campaign by the Kiev authorities.",
        "Russia is ready to assist in establishing inter-Libyan contacts.",
        "I hope the upcoming Russia-Africa summit will be successful.",
        "The first Russia-Africa Summit will be held in Sochi.",
    ], engine, "en", "fr")]
    assert out[0].startswith("Les relations russo-biélorusses"), out[0]
    assert "la campagne antirusse" in out[1], out[1]
    assert "contacts interlibyens" in out[2], out[2]
    assert "sommet entre la Russie et l'Afrique" in out[3], out[3]
    assert out[4].startswith("Le premier sommet entre la Russie et l'Afrique"), out[4]
