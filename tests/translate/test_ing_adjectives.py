"""-ing adjectives before a noun that the tagger reads as verbs: the English adjective put in
their place, and the French that comes out."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.ing_adjectives import adjective, before_noun
from daybook.translate.preedit import preedit
from daybook.translate.processes import tagged_units
from daybook.translate.protect import translate_texts
from daybook.translate.units import Unit

_TABLE = {"challenging": "difficult", "growing": "increasing"}


def _unit(start: int, surface: str, pos: str, *tags: str) -> Unit:
    return Unit(start, start + len(surface), surface, surface, (pos, *tags))


def _french(engine: ApertiumEngine, *lines: str) -> list[str]:
    return [t.text for t in translate_texts(list(lines), engine, "en", "fr")]


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_an_ing_word_read_as_a_verb_between_a_determiner_and_a_noun_is_replaced() -> None:
    units = [_unit(0, "a", "det"), _unit(2, "challenging", "vblex", "ger"),
             _unit(14, "task", "n", "sg")]
    assert adjective(units, 1, _TABLE) == (2, 13, "difficult")


def test_after_a_noun_or_a_verb_to_be_it_stays_a_verb() -> None:
    farmers = [_unit(0, "farmers", "n", "pl"), _unit(8, "growing", "vblex", "ger"),
               _unit(16, "wheat", "n", "sg")]
    assert adjective(farmers, 1, _TABLE) is None
    they = [_unit(0, "are", "vbser"), _unit(4, "growing", "vblex", "ger"),
            _unit(12, "wheat", "n", "sg")]
    assert adjective(they, 1, _TABLE) is None


def test_before_and_and_an_adjective_it_is_before_a_noun() -> None:
    units = [_unit(0, "loving", "vblex", "subs"), _unit(7, "and", "cnjcoo"),
             _unit(11, "spiritually", "adv"), _unit(23, "generous", "adj"),
             _unit(32, "parents", "n", "pl")]
    assert before_noun(units, 0)
    assert not before_noun([_unit(0, "growing", "vblex"), _unit(8, "fast", "adv")], 0)


def test_the_preedit_gives_the_adjective_the_engine_translates(apertium_ok: bool) -> None:
    assert edited("In today's challenging circumstances, you face important tasks.") == (
        "In the difficult circumstances of today, you face important tasks.")
    assert edited("It will contribute to solving pressing issues.") == (
        "It will contribute to solving urgent issues.")
    assert edited("the sophisticated and challenging nature of this work") == (
        "the sophisticated and difficult nature of this work")
    assert edited("under the wing of loving and spiritually generous parents") == (
        "under the wing of affectionate and spiritually generous parents")
    for line in ("Our trade is growing fast.", "He is pressing charges.",
                 "Farmers growing wheat need support."):
        assert edited(line) == line


def test_the_french_says_the_adjective_after_its_noun(engine: ApertiumEngine) -> None:
    # en.kremlin.ru (CC BY 4.0), tuning pages: "Dans défiant des circonstances",
    # "résoudre presser des questions", "les personnes bien-en étant".
    out = _french(engine, "We face very challenging tasks.",
                  "It will contribute to solving pressing issues.",
                  "It is fully meeting the growing demands of the national economy.",
                  "These prices seriously affect the people's well-being.",
                  "I wish you health and wellbeing.")
    assert "des tâches très difficiles" in out[0]
    assert "des questions pressantes" in out[1]
    assert "les demandes croissantes" in out[2]
    assert "le bien-être des personnes" in out[3]
    assert "bien-être" in out[4] and "étant" not in out[4]


def test_after_and_only_a_word_the_engine_loses_is_replaced() -> None:
    units = [_unit(0, "fierce", "adj"), _unit(7, "and", "cnjcoo"),
             _unit(11, "growing", "vblex", "ger"), _unit(19, "competition", "n", "sg")]
    assert adjective(units, 2, _TABLE) is None
    units[2] = _unit(11, "challenging", "vblex", "ger")
    assert adjective(units, 2, _TABLE) == (11, 22, "difficult")


def test_more_ing_adjectives_of_the_table(engine: ApertiumEngine) -> None:
    # en.kremlin.ru (CC BY 4.0), tuning pages: "en présumant énorme surgissant des marchés",
    # "au remportant équipe", "le processus de négocier", "un du définissant des qualités",
    # "à l'intensifier la confrontation".
    out = _french(engine, "They are countries boasting huge emerging markets.",
                  "The President presented the prize to the winning team.",
                  "He noted its role in the negotiating process.",
                  "Love for our native land is one of the defining qualities of our people.",
                  "We need viable alternatives to the intensifying confrontation.",
                  "Our team is winning and the crisis is emerging.")
    assert "des marchés émergents" in out[0]
    assert "l’équipe victorieuse" in out[1] or "l'équipe victorieuse" in out[1]
    assert "le processus de négociation" in out[2]
    assert "des qualités décisives" in out[3]
    assert "la confrontation croissante" in out[4]
    # a verb after *be* stays a verb
    assert "victorieu" not in out[5] and "émergent" not in out[5]


_NOUNS = {"flooding": "floods", "founding": "establishment"}


def test_a_gerund_after_a_determiner_gets_its_noun() -> None:
    units = [_unit(0, "the", "det", "def"), _unit(4, "massive", "adj"),
             _unit(12, "flooding", "vblex", "subs"), _unit(21, "in", "pr")]
    assert adjective(units, 2, _TABLE, _NOUNS) == (12, 20, "floods")
    its = [_unit(0, "its", "det", "pos"), _unit(4, "founding", "vblex", "subs"),
           _unit(13, "in", "pr")]
    assert adjective(its, 1, _TABLE, _NOUNS) == (4, 12, "establishment")


def test_a_gerund_with_its_object_or_before_a_noun_stays() -> None:
    verb = [_unit(0, "by", "pr"), _unit(3, "flooding", "vblex", "ger"),
            _unit(12, "the", "det", "def"), _unit(16, "fields", "n", "pl")]
    assert adjective(verb, 1, _TABLE, _NOUNS) is None
    modifier = [_unit(0, "the", "det", "def"), _unit(4, "founding", "vblex", "pprs"),
                _unit(13, "member", "n", "sg")]
    assert adjective(modifier, 1, _TABLE, _NOUNS) is None


def test_gerund_nouns_in_french(engine: ApertiumEngine) -> None:
    # en.kremlin.ru (CC BY 4.0), tuning pages: "causé par l'inonder", "depuis son fonder en
    # 1954", "l'oser et talent de nos commandants".
    out = _french(engine, "The situation in the region was caused by the flooding.",
                  "Russia has been a UEFA member since its founding in 1954.",
                  "We admire the daring and talent of our commanders.")
    assert "par les inondations" in out[0]
    assert "depuis sa création en 1954" in out[1]
    assert "l’audace et le talent" in out[2] or "l'audace et le talent" in out[2]
