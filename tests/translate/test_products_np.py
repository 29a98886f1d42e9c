"""Plural nouns of goods the analyser does not know (``products_np.goods_plural``), read with
the real English tagger: sentences made up for the test."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_an_unknown_plural_of_a_goods_adjective_is_said_products(apertium_ok: bool) -> None:
    assert edited("Chemicals and pharmaceuticals show stable growth.") == \
        "Chemicals and pharmaceutical products show stable growth."
    assert edited("Textiles are exported.") == "Textile products are exported."
    # Guards: a plural the analyser knows ("chemicals"), an -ical word naming no goods
    # ("periodicals"), a stem it does not know as an adjective ("agrochemicals"), and a
    # capitalised word inside a name stay.
    assert edited("He subscribes to periodicals and chemicals.") == \
        "He subscribes to periodicals and chemicals."
    assert "agrochemicals" in edited("We export agrochemicals.")
    assert "Pharmaceuticals Company" in edited("The Pharmaceuticals Company opened.")


def test_goods_plural_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Chemicals and pharmaceuticals show stable growth."],
                          engine, "en", "fr")[0].text
    # the verb is read as a verb once its subject's second noun is known
    assert "produits pharmaceutiques montrent" in out and "spectacle" not in out
