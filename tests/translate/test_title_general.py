"""Common words the title lexicon lacks, read from Apertium's dictionaries (title_general)."""

from __future__ import annotations

import pytest

from daybook.translate.title_general import common_adjective, common_noun, common_word
from daybook.translate.titles import plan_title


def test_a_noun_and_an_adjective_from_the_engines_dictionaries(apertium_ok: bool) -> None:
    zone = common_noun("zones")
    assert zone is not None and zone[0].gender == "f" and zone[0].sg == "zone" and zone[1]
    assert common_adjective("reliable") == "fiable"
    # Guards: a preposition, a participle, a word of two classes, a word no dictionary has.
    assert common_word("along") is None
    assert common_word("appointed") is None
    assert common_word("zorbing") is None
    # An equivalent no French word list has is the English word again: "rally" -> "rally".
    assert common_word("rally") is None


def test_a_sense_news_titles_mean_over_the_dictionaries_first(apertium_ok: bool) -> None:
    # The engine's first equivalents: "rates" 'rythmes', "main" 'majeur', "watch" 'montre'.
    assert common_word("rates") == ("n", "m", "taux", True)
    assert common_word("main") == ("adj", "", "principal", False)
    assert common_word("watch") == ("n", "f", "veille", False)
    assert plan_title("Meeting on mortgage rates").text == "Réunion sur les taux d’hypothèque"
    # Guard: a word the table has not keeps the dictionaries' first equivalent.
    assert common_word("growth") == ("n", "f", "croissance", False)


@pytest.mark.parametrize(("title", "fr"), [
    # An unknown modifier noun reads bare after "de", as French compounds do.
    ("Conversation with honey producers", "Conversation avec les producteurs de miel"),
    ("Meeting on facade lighting in Moscow", "Réunion sur l’éclairage de façade à Moscou"),
])
def test_a_title_with_a_word_the_lexicon_lacks(apertium_ok: bool, title: str, fr: str) -> None:
    assert plan_title(title).text == fr


def test_a_capitalised_word_stays_a_name(apertium_ok: bool) -> None:
    # "Cube" is a common English noun, but written with a capital it is part of a name; a
    # venue's name the French press keeps as written (title_stack.VENUES).
    assert plan_title("Visit to the Ice Cube Curling Centre").text == (
        "Visite du centre de curling «\u00a0Ice Cube\u00a0»")


@pytest.mark.parametrize(("title", "fr"), [
    # A name of common English words before its kind is said in French, each word read from
    # the lexicon or the engine's dictionaries (named.common_name), not kept in English.
    ("Meeting with participants in the Snow Leopard expedition",
     "Rencontre avec les participants à l’expédition «\u00a0Léopard de neige\u00a0»"),
    ("Video address to participants of 2nd International Tiger Conservation Forum",
     "Discours vidéo aux participants du 2e Forum international «\u00a0Conservation de "
     "tigre\u00a0»"),
    # Guard: a name with a verb the grammar cannot say stays quoted as written.
    ("Greetings to First National School History Forum Right Makes Might",
     "Message de salutations au premier Forum national de l’histoire de l’école "
     "«\u00a0Right Makes Might\u00a0»"),
])
def test_a_name_of_common_words_is_said_in_french(apertium_ok: bool, title: str,
                                                  fr: str) -> None:
    assert plan_title(title).text == fr


def test_a_headline_case_title_reads_a_lone_common_word(apertium_ok: bool) -> None:
    # Every word capitalised (the early years): a word the lexicon lacks between words it
    # knows is a common word ("Celebration" -> the head "Evening" reads "soirée de gala").
    plan = plan_title("Speech at Celebration Evening to Mark the 225th Anniversary of the "
                      "Founding of the Mariinsky Theatre")
    assert (plan.text or "").startswith("Discours à la soirée de gala à l’occasion du 225e")
    # Guard: two such words side by side are a name, kept ("Petroleum Robert").
    plan = plan_title("Meeting with Head of British Petroleum Robert Dudley")
    assert plan.text == "Rencontre avec le chef de British Petroleum Robert Dudley"


def test_a_quoted_name_is_read_from_the_dictionaries_before_the_engine(apertium_ok: bool) -> None:
    from daybook.translate.named import common_name, slogan_piece

    # "Memory Watch": both words read (watch: veille, title_general.SENSES), no engine piece.
    assert slogan_piece("Memory Watch") == "«\u00a0Veille de la mémoire\u00a0»"
    # A name's nouns go bare after "et" too.
    assert common_name("Truth and Justice") == "«\u00a0Vérité et justice\u00a0»"
    # Guard: a slogan with a verb has no such reading ("Right Makes Might").
    assert common_name("Right Makes Might") is None
    assert common_name("Time to Act") is None  # a phrase with a verb's small word
