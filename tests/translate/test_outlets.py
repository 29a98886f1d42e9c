"""Visits, news outlets' names and near-future phrases in running text (body, not titles)."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.outlets import OUTLET, name_after_kind
from daybook.translate.protect import translate_texts

NAMES = ["Vladimir Putin"]


def french(engine: ApertiumEngine, *texts: str) -> list[str]:
    out = translate_texts(list(texts), engine, "en", "fr", [NAMES] * len(texts))
    return [t.text for t in out]


def names(text: str) -> list[str]:
    return [m.group("name") for m in OUTLET.finditer(name_after_kind(text))]


def test_an_outlet_name_next_to_its_kind_is_kept() -> None:
    assert names("an interview to the Chinese newspaper People’s Daily (Renmin Ribao).") == [
        "People’s Daily (Renmin Ribao)"]
    assert names("with the Xinhua news agency and the Russia Today TV channel.") == [
        "Xinhua", "Russia Today"]
    assert name_after_kind("The Xinhua news agency said") == "The news agency Xinhua said"


def test_no_outlet_name_without_one() -> None:
    assert names("The newspaper said so. A newspaper In brief") == []
    # A nationality before the kind is no name.
    assert name_after_kind("the Chinese newspaper wrote") == "the Chinese newspaper wrote"
    assert names("the newspaper reported that President Putin") == []


def test_outlets_in_french(engine: ApertiumEngine) -> None:
    lead, agency = french(
        engine,
        "Ahead of his working visit to China, Vladimir Putin gave an interview to the Chinese "
        "newspaper People’s Daily (Renmin Ribao).",
        "He gave an interview to the Xinhua news agency.")
    assert "visite de travail" in lead
    assert "au journal chinois People’s Daily (Renmin Ribao)" in lead
    assert "l'agence de presse Xinhua" in agency.replace("’", "'")


def test_visits_and_near_future_in_french(engine: ApertiumEngine) -> None:
    official, state, months, expect, other = french(
        engine, "He paid an official visit to France.", "The state visit ended.",
        "We will do it in the next few months.",
        "We expect this document to enter into force soon.",
        "We expect growth.")
    assert "visite officielle" in official
    assert "visite d'État" in state.replace("’", "'")
    assert "dans les prochains mois" in months
    assert "espérons que ce document entrera" in expect
    assert "espérons" not in other  # no "to do" after the object: the rule does not fire
