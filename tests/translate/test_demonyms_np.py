"""Country adjectives in body text (``demonyms_np.py``): pairs in their French combining form
("russo-autrichien") and adjectives the engine does not know, through a stand-in the
pre-editing (``preedit_np.demonym``) writes and the post-editing (``postedit_np``) reads."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.demonyms_np import candidates, inflect, restore
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    assert may_change(line)
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_candidates_are_pairs_and_unknown_adjectives_before_a_word() -> None:
    text = "Russian-Austrian relations, the Tajik side, Polish-German ties"
    assert [fr for _, _, fr in candidates(text)] == [
        "russo-autrichien", "tadjik", "polono-allemand"]
    # "Swedish" has no combining form here but "Chinese" has: French's usual order.
    assert [fr for _, _, fr in candidates("Ghanaian-Chinese trade")] == ["sino-ghanéen"]
    # Names of their own, a pair no combining form joins, a known adjective alone.
    for text in ("the Kyrgyz Republic", "Saudi Arabia", "Ghanaian-Kenyan trade",
                 "Russian trade", "Russia-Belarus relations"):
        assert candidates(text) == [], text


def test_inflect_agrees_the_last_adjective() -> None:
    assert inflect("russo-autrichien", "fp") == "russo-autrichiennes"
    assert inflect("russo-kirghiz", "mp") == "russo-kirghiz"
    assert inflect("tadjiko-afghan", "fs") == "tadjiko-afghane"
    assert inflect("ouzbek", "fs") == "ouzbèke"
    assert inflect("sino-turc", "fp") == "sino-turques"


def test_restore_reads_the_stand_ins_gender_and_number() -> None:
    assert restore("Russian-Austrian relations are good.",
                   "Les relations uruguayennes sont bonnes.") == (
        "Les relations russo-autrichiennes sont bonnes.")
    assert restore("the Tajik side and Kyrgyz partners",
                   "le côté uruguayen et les partenaires uruguayens") == (
        "le côté tadjik et les partenaires kirghiz")
    # A noun keeps its capital; no candidate, nothing changes.
    assert restore("The Kyrgyz people", "Les Uruguayens") == "Les Kirghiz"
    assert restore("Russian-Chinese cultural cooperation programme", "le programme de "
                   "coopération culturelle Uruguayen") == (
        "le programme de coopération culturelle russo-chinois")
    assert restore("Uruguayan beef", "le bœuf uruguayen") == "le bœuf uruguayen"


@pytest.mark.usefixtures("apertium_ok")
def test_preedit_writes_the_stand_in() -> None:
    assert edited("Chinese-Japanese relations are improving.") == (
        "The Uruguayan relations are improving.")
    assert edited("We spoke about the Kazakh economy.") == (
        "We spoke about the Uruguayan economy.")
    assert edited("They met Uruguayan and Turkmen officials.") == (
        "They met Uruguayan and Bolivian officials.")
    assert edited("He flew over the Yug-Sport centre.") == "He flew over the Yug-Sport centre."


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "Japanese-Indian relations are progressing.",
        "They reviewed the Tajik-Afghan border.",
        "Our Turkmen partners spoke about the Uzbek economy.",
        "We support Iranian-Syrian cooperation in energy.",
    ], engine, "en", "fr")]
    assert out[0].startswith("Les relations nippo-indiennes"), out[0]
    assert "tadjiko-afghan" in out[1], out[1]
    assert "turkmènes" in out[2] and "l'économie ouzbèke" in out[2], out[2]
    assert "coopération irano-syrienne" in out[3], out[3]


def test_candidates_before_a_glossary_placeholder() -> None:
    # The pre-edit sees *strategic partnership* as a placeholder ("Conner"): the pair
    # before it is a candidate; a capitalised word that is no placeholder is a name's.
    assert [fr for _, _, fr in candidates("the Russian-Tajikistani Conner.")] == [
        "russo-tadjik"]
    assert [fr for _, _, fr in candidates("the Kyrgyz Gillian")] == ["kirghiz"]
    for text in ("the Kyrgyz Republic", "the Russian-Chinese Friendship Society",
                 "the Kyrgyz Connery"):
        assert candidates(text) == [], text


def test_a_pair_before_a_glossary_phrase_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["It is an aspect of the Russian-Tajikistani strategic partnership."],
                          engine, "en", "fr")[0].text
    assert "du partenariat stratégique russo-tadjik" in out


def test_half_a_country_is_one_adjective() -> None:
    # *South/North* + a demonym before a noun: one French adjective, its first half fixed.
    assert candidates("South Korean companies") == [(0, 12, "sud-coréen")]
    assert candidates("the North Korean side") == [(4, 16, "nord-coréen")]
    assert inflect("sud-coréen", "fp") == "sud-coréennes"
    # Guards: the country itself, or a name after it ("South Korean President Moon").
    assert candidates("He visited South Korea.") == []
    assert candidates("South Korean President Moon") == []


def test_half_a_country_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We know that many South Korean companies work in Russia."],
                          engine, "en", "fr")[0].text
    assert "entreprises sud-coréennes travaillent" in out
    out = translate_texts(["He visited South Korea last year."], engine, "en", "fr")[0].text
    assert "Corée du Sud" in out
