"""The stemmed copy the index stores: the fast paths give exactly the plain definition."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from daybook.stemming import LEMMATISED, _stemmer, fold, ru_lemma, stem_text, words


def reference(text: str, lang: str) -> str:
    """The definition: word tokens (NFC, no underscore), lower-cased, one stem each; in
    Russian one lemma each (pymorphy3, the word as written: its capital matters)."""
    if lang in LEMMATISED:
        return " ".join(ru_lemma(w) for w in words(text))
    low = [w.lower() for w in words(text)]
    stemmer = _stemmer(lang)
    return " ".join(stemmer.stemWords(low) if stemmer is not None else low)


def test_examples_in_each_language() -> None:
    text = "Negotiations were held_today, 2019."
    assert stem_text(text, "en") == "negoti were held today 2019"
    assert stem_text("Les négociations", "fr") == "le négoci"
    assert stem_text("Путина и Лаврова", "ru") == "путин и лавров"
    # A language without a stemmer keeps the lower-cased words.
    assert stem_text("Xi Jinping", "zh") == "xi jinping"
    # A combining accent is composed first, so it does not split the word.
    assert stem_text("cafe\u0301s", "fr") == stem_text("cafés", "fr")


@given(st.text(alphabet=st.characters(max_codepoint=127)), st.sampled_from(["en", "fr", "xx"]))
def test_ascii_path_matches_the_definition(text: str, lang: str) -> None:
    assert stem_text(text, lang) == reference(text, lang)


@given(st.text(), st.sampled_from(["en", "fr", "ru", "xx"]))
@example("000У", "ru")
@example("Путина и Лаврова", "ru")
@example("\U00017000", "ru")  # a character without a Unicode name: pymorphy3 raised
def test_any_text_matches_the_definition(text: str, lang: str) -> None:
    assert stem_text(text, lang) == reference(text, lang)


def test_repeated_words_use_the_same_stem() -> None:
    text = " ".join(["meetings"] * 50)
    assert stem_text(text, "en") == " ".join(["meet"] * 50)
    assert fold("Choïgu") == "choigu"


def test_a_character_without_a_name_is_its_own_lemma() -> None:
    # pymorphy3 looks up unicodedata.name(), which has none for U+17000 (Tangut).
    assert stem_text("Путин \U00017000", "ru") == "путин \U00017000"
