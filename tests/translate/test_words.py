"""English words the engine does not know, codes, quoted words and names mentioned in text."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.leftovers import french_words
from daybook.translate.names import french_name, mentioned_names
from daybook.translate.protect import protect, translate_texts
from daybook.translate.wordnet import alternatives, analyses, inflect, wordnet_dir


@pytest.fixture(scope="module")
def wordnet() -> None:
    if wordnet_dir() is None:
        pytest.fail("install wordnet-base (Debian) for the synonyms of unknown words")


def test_wordnet_reads_inflections_and_synonyms(wordnet: None) -> None:
    assert ("verb", "strive", "ed") in analyses("strove")  # an irregular past
    assert ("noun", "prerequisite", "s") in analyses("prerequisites")
    assert "endeavored" in alternatives("strove")
    # *strive to*: "seek" first (WordNet's "endeavour" is read as the noun)
    assert alternatives("strive")[0] == "seek" and alternatives("striving")[0] == "seeking"
    assert "emphasized" in alternatives("underscored")
    assert "priceless" in alternatives("invaluable")
    assert "requirements" in alternatives("prerequisites")
    assert alternatives("zyzzyvaqq") == [] and alternatives("G20") == []


def test_words_wordnet_lacks_have_a_dictionary_equivalent(wordnet: None) -> None:
    # WordNet lists no prepositions or conjunctions; Apertium's English lacks these.
    assert alternatives("toward")[0] == "towards"
    assert alternatives("whereby")[0] == "by which"
    assert alternatives("strove")[0] != "towards"  # the table only speaks for its words


def test_inflect() -> None:
    assert inflect("try", "verb", "ed") == "tried"
    assert inflect("take care", "verb", "ing") == "taking care"
    assert inflect("box", "noun", "s") == "boxes"
    assert inflect("policy", "noun", "s") == "policies"
    assert inflect("stress", "verb", "") == "stress"


def test_unknown_english_words_are_said_with_known_synonyms(wordnet: None) -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    engine = ApertiumEngine()
    out = engine.translate(["We strive to preserve this invaluable heritage.",
                            "The minister underscored that the work is underway."], "en", "fr")
    words = " ".join(out).casefold().split()
    for english in ("strive", "invaluable", "underscored"):
        assert english not in words, out
    assert engine.rephrased >= 2


def test_codes_are_protected_and_common_quoted_words_translated() -> None:
    p = protect("CO2 emissions of COVID-19 and S-400 systems in the 3rd year")
    assert p.spans == ("CO2", "COVID-19", "S-400")
    assert protect("What does this “later” mean?").spans == ()
    assert protect("the “Road to Space” project").spans == ("“Road to Space”",)


def test_a_sentence_with_a_code_keeps_its_translation() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    out = translate_texts(["CO2 emissions were reduced in 2019."], ApertiumEngine(), "en", "fr")
    assert out[0].kept == 0 and "CO2" in out[0].text and "2019" in out[0].text


def test_mentioned_names(wordnet: None) -> None:
    text = ("Governor Roman Starovoit met Chinghiz Aitmatov’s readers and Alexander "
            "Lukashenko in the Kazan Kremlin; Lukashenko spoke. Nizhny Novgorod, Tver Region.")
    found = mentioned_names([text])
    for name in ("Roman Starovoit", "Chinghiz Aitmatov", "Alexander Lukashenko", "Lukashenko"):
        assert name in found
    for wrong in ("Kazan Kremlin", "Governor Roman", "Nizhny Novgorod", "Tver Region"):
        assert wrong not in found
    assert mentioned_names(["President Alexander Van der Bellen spoke."]) == []
    assert french_name("Alexander Van der Bellen") == "Alexander Van der Bellen"


def test_mentioned_names_of_other_years(wordnet: None) -> None:
    """Russian given names beyond the first list, and a family name after "Mr"/"Ms"."""
    found = mentioned_names(["With us are Yekaterina Ushakova and Darya Moroz. Mr Kleymenov, "
                             "go ahead. Ms Shchugoreva asked. Mr President, Mr Brown, "
                             "Mr Rostov-on-Don."])
    assert found == ["Yekaterina Ushakova", "Darya Moroz", "Kleymenov", "Shchugoreva"]
    assert [french_name(n) for n in found] == [
        "Ekaterina Ouchakova", "Daria Moroz", "Kleïmenov", "Chtchougoreva"]
    # A family name curated as a full name is put in its press form.
    assert french_name("Sargsyan") == "Sarkissian"


def test_billions_in_french() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    [out] = translate_texts(["A total of 31.6 billion rubles and 1.5 billion; 3.5 trillion "
                             "rubles."], ApertiumEngine(), "en", "fr")
    assert "31,6 milliards de" in out.text and "1,5 milliard" in out.text, out.text
    assert "3,5 billions de" in out.text and "billion " not in out.text.replace("billions", "")
    # Only French gets the French scale: another target keeps the span as written.
    assert protect("31.6 billion rubles").spans == ("31.6",)


def test_billions_in_words() -> None:
    p = protect("over six billion rubles and a billion people", dst="fr")
    assert dict(p.forms) == {"six billion": "six milliards", "a billion": "un milliard"}


def test_english_spellings_of_the_last_stage_are_caught() -> None:
    if not available("cat") or not french_words():
        pytest.fail("install apertium-eng-cat apertium-fra-cat wfrench")
    # cat-fra writes "comfortable" for "còmode"; the other pivot gives the French word.
    [out] = ApertiumEngine().translate(["We need comfortable living conditions and "
                                        "hypersonic weapons."], "en", "fr")
    assert "comfortable" not in out and "confortable" in out, out
    assert "hypersoniques" in out  # French the word list lacks is kept


def test_brands_with_a_small_letter_between_capitals_are_protected() -> None:
    # the pivot read "MiG" as the Catalan "mig" (half) or left it out
    assert protect("The MiG aircraft and KamAZ trucks").spans == ("MiG", "KamAZ")
    # a capitalised word, an acronym of capitals only: translated as before
    assert protect("Moscow and the CEO of Gazprom").spans == ()
