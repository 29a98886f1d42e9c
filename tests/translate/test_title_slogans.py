"""A slogan whose demonym the engine misreads: the demonym goes back after the noun."""

from __future__ import annotations

from daybook.translate.title_slogans import slogan_for_engine, slogan_from_engine
from daybook.translate.titles import plan_title


def test_the_demonym_is_taken_out_and_put_after_the_noun() -> None:
    assert slogan_for_engine("Great Russian word") == ("the Great word", "russe")
    assert slogan_from_engine("le grand mot", "russe") == "grand mot russe"


def test_only_when_the_adjective_ignores_gender_and_something_precedes() -> None:
    assert slogan_for_engine("Russian army") is None  # the engine writes "Armée russe"
    assert slogan_for_engine("Great Chinese wall") is None  # chinois / chinoise
    assert slogan_for_engine("Victory forged by unity") is None


def test_the_festival_name_is_said_by_the_grammar_or_the_helper_reads_it() -> None:
    # The grammar reads the name's words (named.common_name) as the helper would have it.
    plan = plan_title("Greetings to 7th Great Russian Word international festival")
    assert plan.text == ("Message de salutations au 7e festival international "
                         "«\u00a0Grand mot russe\u00a0»")
    assert slogan_for_engine("Great Russian word") == ("the Great word", "russe")
