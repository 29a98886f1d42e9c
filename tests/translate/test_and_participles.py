"""A participle used as an adjective after *and* before its noun (``and_participles``),
read with the real English tagger: sentences made up for the test; the last test goes
through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


@pytest.mark.parametrize(("line", "want"), [
    # an adjective and a participle read as a past: they change places
    ("They brought together thousands of energetic and dedicated people.",
     "of dedicated and energetic people"),
    ("The sector must attract young and qualified personnel.",
     "attract qualified and young personnel"),
    # after a preposition but *of*: "the" too
    ("It is a platform for direct and interested dialogue on these matters.",
     "for the interested and direct dialogue"),
    # a conjunct built like the first, after *of* or a comma, before punctuation
    ("He spoke about the increase of real wages and fixed investment, and other things.",
     "of real wages and the fixed investment,"),
    ("They thanked design bureaus, industrial companies and specialised businesses, and "
     "others.", "industrial companies and the specialised businesses,"),
    # a participle the dictionary has as an adjective too: after any preposition, at the end
    ("We discussed the growth of investment in fixed assets and fixed investment.",
     "in fixed assets and the fixed investment."),
])
def test_participles_as_adjectives(apertium_ok: bool, line: str, want: str) -> None:
    assert want in edited(line)


@pytest.mark.parametrize(("line", "kept"), [
    # a second verb: its object ends the sentence or has a complement of its own
    ("Sixteen companies have won tenders and signed contracts for this programme.",
     "tenders and signed contracts"),
    ("He spoke with local farmers and visited farms, then left.",
     "farmers and visited farms"),
    ("He discussed the development of local farms and visited schools.",
     "farms and visited schools"),
    # a predicate after *be*
    ("They are young and qualified workers.", "young and qualified workers"),
])
def test_verbs_left(apertium_ok: bool, line: str, kept: str) -> None:
    assert kept in edited(line)


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["They brought together thousands of energetic and dedicated people.",
                           "He spoke about the increase of real wages and fixed investment, "
                           "and other things."], engine, "en", "fr")
    # ``class_senses`` then says a person's qualities: "dévouées", "énergiques".
    assert "personnes dévouées et énergiques" in out[0].text, out[0].text
    assert "l'investissement fixe" in out[1].text.replace("’", "'"), out[1].text
