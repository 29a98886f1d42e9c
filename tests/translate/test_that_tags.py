"""*that*'s class from spaCy's tagger where eng-cat's picked another (that_tags.py)."""

from __future__ import annotations

import pytest

from daybook.translate.english_tags import Opinion
from daybook.translate.retag import Tok, _tok, retagged
from daybook.translate.that_tags import READINGS, readings

_CNJ, _DET, _DEM, _REL = (READINGS[k] for k in ("cnjsub", "det", "dem", "rel"))


def _units(*units: tuple[str, str]) -> list[Tok]:
    return [_tok(s, a) for s, a in units]


def _says(tag: str, margin: float = 6.0) -> Opinion:
    """spaCy's ``tag`` for *that*, ahead of its other two classes by ``margin``."""
    top = {"IN": "cnjsub", "WDT": "rel", "DT": "dem"}[tag]
    return Opinion(tag, {k: 0.0 if k == top else margin for k in ("cnjsub", "rel", "dem")})


def test_a_demonstrative_spacy_reads_as_the_conjunction() -> None:
    # *Monitoring shows that 99 percent*: "montre cela 99 %" -> "montre que"
    units = _units(("shows", "show<vblex><pres><p3><sg>"), ("that", _DEM),
                   ("99", "99<num>"), ("percent", "percent<n><sg>"))
    assert readings(units, {1: _says("IN")}) == {1: _CNJ}
    # *ensure that trade ... do not*: "assurer ce commerce" -> "assurer que"
    units = _units(("ensure", "ensure<vblex><inf>"), ("that", _DET), ("trade", "trade<n><sg>"))
    assert readings(units, {1: _says("IN")}) == {1: _CNJ}
    # a hesitating tagger is not followed
    assert readings(units, {1: _says("IN", margin=1.0)}) == {}
    # *of that*: a preposition takes no conjunction, whatever the tagger says
    units = _units(("of", "of<pr>"), ("that", _DET), ("meeting", "meeting<n><sg>"))
    assert readings(units, {1: _says("IN")}) == {}


def test_a_demonstrative_spacy_reads_as_a_relative_after_its_antecedent() -> None:
    # *hundreds of classes that offer education*: "classes cette éducation d'offre"
    units = _units(("classes", "class<vblex><pres><p3><sg>"), ("that", _DET),
                   ("offer", "offer<n><sg>"), ("education", "education<n><sg>"))
    assert readings(units, {0: Opinion("NNS", {}), 1: _says("WDT")}) == {1: _REL}
    # the engine's noun is an antecedent too, without spaCy's word on it
    units = _units(("source", "source<n><sg>"), ("that", _DET), ("leads", "lead<n><pl>"))
    assert readings(units, {1: _says("WDT")}) == {1: _REL}
    # the demonstrative pronoun read is left to the relatives ("qui" agreeing with its noun)
    units = _units(("values", "value<n><pl>"), ("that", _DEM), ("unite", "unite<vblex><pres>"))
    assert readings(units, {1: _says("WDT")}) == {}
    # no antecedent before it (*We know that China*): no relative
    units = _units(("know", "know<vblex><pres>"), ("that", _DET), ("China", "China<np><top>"))
    assert readings(units, {1: _says("WDT")}) == {}


def test_the_conjunction_spacy_reads_as_a_demonstrative() -> None:
    # *impressions of that meeting*: after a preposition, before a noun: the determiner
    units = _units(("of", "of<pr>"), ("that", _CNJ), ("meeting", "meet<vblex><subs>"))
    ops = {1: _says("DT", margin=1.5), 2: Opinion("NN", {})}
    assert readings(units, ops) == {1: _DET}
    # *report about that as well*: the pronoun
    units = _units(("about", "about<pr>"), ("that", _CNJ), ("as well", "as well<adv>"))
    assert readings(units, {1: _says("DT", margin=1.5)}) == {1: _DEM}
    # *Anyway, that is what forums are for*: a subject opening its clause
    units = _units(("Anyway", "anyway<adv>"), (",", ",<cm>"), ("that", _CNJ),
                   ("is", "be<vbser><pres><p3><sg>"))
    assert readings(units, {2: _says("DT")}) == {2: _DEM}
    # *That is exactly what*: its capital kept
    units = _units(("That", "That<cnjsub>"), ("is", "be<vbser><pres><p3><sg>"))
    assert readings(units, {0: _says("DT")}) == {0: "That<prn><dem><mf><sg>"}
    # *recall that today we re-opened*: after a verb of saying the conjunction stays, even
    # when spaCy leans to the demonstrative; *in that*, *so that*: conjunctions
    units = _units(("recall", "recall<vblex><inf>"), ("that", _CNJ), ("today", "today<adv>"))
    assert readings(units, {1: _says("DT")}) == {}
    units = _units(("in", "in<pr>"), ("that", _CNJ), ("it", "prpers<prn><subj><p3><nt><sg>"))
    assert readings(units, {1: _says("DT")}) == {}
    # *although that is*: after a subordinating conjunction the engine's "c'est" stands
    units = _units(("although", "although<cnjsub>"), ("that", _CNJ),
                   ("is", "be<vbser><pres><p3><sg>"))
    assert readings(units, {1: _says("DT")}) == {}


def test_pairs_left_to_the_relatives() -> None:
    # the relative read as the conjunction and back: "que" / "qui" is the post-edit's choice
    units = _units(("holiday", "holiday<n><sg>"), ("that", _CNJ), ("has", "have<vbhaver><pres>"))
    assert readings(units, {1: _says("WDT")}) == {}
    units = _units(("shows", "show<vblex><pres><p3><sg>"), ("that", _REL),
                   ("we", "prpers<prn><subj><p1><mf><pl>"))
    assert readings(units, {1: _says("IN")}) == {}


def _no_readings(words: object) -> dict[str, tuple[str, ...]]:
    return {}


@pytest.mark.usefixtures("english_model")
def test_the_stream_retagged() -> None:
    stream = ("[][\n\n]^Monitoring/Monitoring<n><sg>$ ^shows/show<vblex><pres><p3><sg>$ "
              "^that/that<prn><dem><mf><sg>$ ^99/99<num>$ ^percent/percent<n><sg>$ "
              "^of/of<pr>$ ^the/the<det><def><sp>$ ^funds/fund<n><pl>$ "
              "^will/will<vaux><inf>$ ^reach/reach<vblex><inf>$ ^farmers/farmer<n><pl>$^./.<sent>$")
    got = retagged(stream, _no_readings)
    assert "^that<cnjsub>$ ^99<num>$" in got
