"""Noun compounds after a preposition (``preedit_np.noun_compound``), read with the real
English tagger: sentences made up for the test."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_a_bare_verb_after_a_preposition_is_a_compound_s_noun(apertium_ok: bool) -> None:
    # "trade" read as a verb after "at": the plural head goes first with "of".
    assert "at figures of trade turnover for" in edited(
        "We looked at trade turnover figures for last year.")
    # A head that is no plural noun, or a bare verb with no noun reading, is left.
    assert "for trade turnover growth" in edited("They hope for trade turnover growth.")
    assert "to trade goods," in edited("They want to trade goods, not money.")


def test_a_bare_verb_compound_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We looked at trade turnover figures for last year."],
                          engine, "en", "fr")[0].text
    assert "commercer" not in out and "de facturation de commerce" in out


def test_a_subject_verb_read_as_a_plural_noun(apertium_ok: bool) -> None:
    # A clause's subject (determiner, -ing word, singular noun) + a verb in -s the tagger
    # read as a plural noun, before its object: "does" + the verb.
    assert "economy does need investment" in edited("Our growing economy needs investment.")
    assert "economy does need investment" in edited("Our economy needs investment.")
    # Guard: a compound noun with its own verb later in the clause stays.
    assert "energy needs assessment was" in edited("The energy needs assessment was done.")
    # ... nor a heading with no verb and no full stop.
    assert edited("the largest car parts factory") == "the largest car parts factory"


def test_a_subject_verb_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Our growing economy needs investment."], engine, "en", "fr")[0].text
    assert out == "Notre économie croissante a besoin d'investissement."
