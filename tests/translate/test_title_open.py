"""One noun phrase of a title to the engine, the rest by the grammar (title_open.py), on
titles constructed in the site's general shapes (Meeting/Talks/Telephone conversation/Visit/
Greetings + with/to/on + a phrase; a word no table knows inside one noun phrase), none taken
from the evaluation sets. Expectations written by hand from general French usage."""

from __future__ import annotations

import pytest

from daybook.translate.named import CLOSE, OPEN
from daybook.translate.title_open import open_phrase
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("en", "template", "prep", "piece"), [
    # The unknown noun phrase alone goes to the engine; the head and the place stay French.
    ("Meeting with builders of the biobank in Novosibirsk",
     "Rencontre avec les constructeurs {mt} à Novossibirsk", "de", "the biobank"),
    ("Visit to a biobank in Kazan", "Visite {mt} à Kazan", "de", "a biobank"),
    ("Opening of the agrotechnopark in Tambov Region",
     "Ouverture {mt} dans la région de Tambov", "de", "the agrotechnopark"),
    # A role with its country, then the topic: only the topic's phrase to the engine.
    ("Talks with President of Laos on the construction of a hydropower dam",
     "Pourparlers avec le président du Laos sur la construction {mt}", "de", "a hydropower dam"),
    ("Working meeting with Governor of Tambov Region on agroindustry",
     "Réunion de travail avec le gouverneur de la région de Tambov {mt}", "sur",
     "the agroindustry"),
    # A title no frame lists, a noun phrase but for one phrase ("engine only" before).
    ("Anniversary of the biobank", "Anniversaire {mt}", "de", "the biobank"),
    ("State Council Presidium meeting on agrotourism development",
     "Réunion du Présidium du Conseil d’État {mt}", "sur", "the agrotourism development"),
])
def test_one_noun_phrase_to_the_engine(en: str, template: str, prep: str, piece: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.template, plan.prep, plan.piece) == (
        "memory+mt", template, prep, piece)


@pytest.mark.parametrize(("en", "fr"), [
    # Both parts read, a head the noun-phrase grammar does not extend (a role): joined.
    ("Working meeting with Head of Rosrybolovstvo",
     "Réunion de travail avec le chef de Rosrybolovstvo"),
    ("Meeting with Director of Rosatom on nuclear cooperation",
     "Rencontre avec le directeur de Rosatom sur la coopération nucléaire"),
])
def test_a_role_and_its_complement_are_read_whole(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_no_cut_inside_a_name_nor_a_clause_to_the_engine() -> None:
    # Guards: "Institute of Cell Biophysics" is a name, not "X de Y"; a sentence
    # with a comma stays whole with the engine; a slot the grammar reads is left alone.
    plan = plan_title("Visit to the cryobank of the Institute of Cell Biophysics")
    assert (plan.template, plan.piece) == (
        "Visite {mt}", "the cryobank of the institute of cell biophysics")
    plan = plan_title("On March 3, Kremlin facade lighting will be turned off for Earth Hour")
    assert plan.method == "mt"
    plan = plan_title("Congratulations to the winners of the robotics championship in Kazan")
    assert (plan.method, plan.text) == ("memory", "Félicitations aux lauréats du championnat "
                                        "de robotique à Kazan")


def test_a_head_the_engine_takes_before_a_whole_phrase_only() -> None:
    # The head goes to the engine before a determined or named phrase...
    assert open_phrase("the biobank in Novosibirsk", resolve) == (
        f"{OPEN}|the biobank{CLOSE} à Novossibirsk")
    # ...not before a bare stack, which may go on past the cut ("65th Anniversary of
    # Victory Jubilee Medals": the medals' own modifier).
    assert open_phrase("the biobank of victory jubilee medals", resolve) is None
    assert open_phrase("the biobank of the jubilee medals", resolve) == (
        f"{OPEN}|the biobank{CLOSE} des médailles commémoratives")


def test_the_engines_sentence_capital_is_lowered_inside_a_title() -> None:
    from daybook.translate.title_slogans import engine_piece

    # The engine put a common noun first and capitalised it: lower case inside the title.
    assert engine_piece("Usine de précurseur du PAN", "de", "PAN precursor plant") == (
        "d’usine de précurseur du PAN")
    # Guards: a name kept as written, the French of a capitalised English word, a name
    # alone keep their capital.
    assert engine_piece("BAM construction", "de", "BAM construction") == "de BAM construction"
    assert engine_piece("Fédération de Russie médailles", "de",
                        "Russian Federation jubilee medals") == (
        "de Fédération de Russie médailles")
    assert engine_piece("Crimée", "", "Crimea") == "Crimée"


@pytest.mark.parametrize(("en", "fr"), [
    # "following" after a noun is what the event comes after: "à l’issue de".
    ("Signing of documents following Russian-Turkish talks",
     "Signature des documents à l’issue des pourparlers russo-turcs"),
    ("Statement following the meeting of the Supreme State Council",
     "Déclaration à l’issue de la réunion du Conseil d’État suprême"),
    ("Meeting with journalists following the summit",
     "Rencontre avec les journalistes à l’issue du sommet"),
])
def test_an_event_following_another(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_following_as_a_determiner_is_no_preposition() -> None:
    # Guard: "the following documents" opens the phrase; no "à l’issue" there.
    plan = plan_title("The following documents were signed")
    assert "issue" not in (plan.text or plan.template or "")
