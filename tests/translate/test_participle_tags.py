"""A verb's past participle against its past tense from spaCy's tagger, where the grammar
confirms it (participle_tags.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from daybook.translate.english_tags import Opinion
from daybook.translate.participle_tags import candidates, readings
from daybook.translate.retag import Tok, _tok, retagged

# The analyser's readings (as eng-cat's gives them).
_READINGS = {
    "continued": ("continue<vblex><past>", "continue<vblex><pp>"),
    "put": ("put<vblex><inf>", "put<vblex><pres>", "put<vblex><past>", "put<vblex><pp>"),
    "set": ("set<n><sg>", "set<vblex><inf>", "set<vblex><past>", "set<vblex><pp>"),
    "adopted": ("adopt<vblex><past>", "adopt<vblex><pp>"),
    "suffered": ("suffer<vblex><past>", "suffer<vblex><pp>"),
    "stationed": ("station<vblex><past>", "station<vblex><pp>"),
    "detained": ("detain<vblex><past>", "detain<vblex><pp>"),
    "designed": ("design<vblex><past>", "design<vblex><pp>"),
    "noted": ("note<vblex><past>", "note<vblex><pp>"),
    "reached": ("reach<vblex><past>", "reach<vblex><pp>"),
    "congratulated": ("congratulate<vblex><past>", "congratulate<vblex><pp>"),
    "invested": ("invest<vblex><past>", "invest<vblex><pp>"),
    "held": ("hold<vblex><past>", "hold<vblex><pp>"),
    "devised": ("devise<vblex><past>", "devise<vblex><pp>"),
    "thought": ("think<vblex><past>", "think<vblex><pp>"),
}
_PAST = {w: next(r for r in rs if "<past>" in r) for w, rs in _READINGS.items()}
_PP = {w: next(r for r in rs if "<pp>" in r) for w, rs in _READINGS.items()}


def _units(*units: tuple[str, str]) -> list[Tok]:
    return [_tok(s, a) for s, a in units]


def _says(tag: str, margin: float = 6.0) -> Opinion:
    """spaCy's VBN or VBD, ahead of the other by ``margin``."""
    return Opinion(tag, {"past": 0.0 if tag == "VBD" else margin,
                         "pp": 0.0 if tag == "VBN" else margin, "vblex": 0.0})


def _lookup(words: Sequence[str]) -> Mapping[str, Sequence[str]]:
    return {w: _READINGS.get(w, ()) for w in words}


def test_the_participle_after_be_or_have() -> None:
    # *have worthily continued the work*: "a a continué" -> "a continué"
    units = _units(("have", "have<vbhaver><pres>"), ("worthily", "*worthily"),
                   ("continued", _PAST["continued"]), ("the", "the<det><def><sp>"))
    assert readings(units, {2: _says("VBN")}, _READINGS) == {2: _PP["continued"]}
    # *have already been put into operation*: "ont déjà été a mis" -> "été mises"
    units = _units(("been", "be<vbser><pp>"), ("put", _PAST["put"]), ("into", "into<pr>"))
    assert readings(units, {1: _says("VBN")}, _READINGS) == {1: _PP["put"]}
    # a hesitating tagger is not followed, nor one that reads a past tense
    assert readings(units, {1: _says("VBN", margin=1.0)}, _READINGS) == {}
    assert readings(units, {1: _says("VBD")}, _READINGS) == {}


def test_a_reduced_relative() -> None:
    # *You know the decisions adopted on demographic development*
    units = _units(("know", "know<vblex><pres>"), ("the", "the<det><def><sp>"),
                   ("decisions", "decision<n><pl>"), ("adopted", _PAST["adopted"]),
                   ("on", "on<pr>"), ("the", "the<det><def><sp>"))
    assert readings(units, {3: _says("VBN")}, _READINGS) == {3: _PP["adopted"]}
    # *to achieve the targets set for us by 2024*
    units = _units(("achieve", "achieve<vblex><inf>"), ("the", "the<det><def><sp>"),
                   ("targets", "target<n><pl>"), ("set", _PAST["set"]), ("for", "for<pr>"),
                   ("us", "prpers<prn><obj><p1><mf><pl>"))
    assert readings(units, {3: _says("VBN")}, _READINGS) == {3: _PP["set"]}
    # *a special initiative devised specifically for Russia*: an adverb before the preposition
    units = _units(("is", "be<vbser><pres><p3><sg>"), ("an", "a<det><ind><sg>"),
                   ("initiative", "initiative<n><sg>"), ("devised", _PAST["devised"]),
                   ("specifically", "specifically<adv>"), ("for", "for<pr>"))
    assert readings(units, {3: _says("VBN")}, _READINGS) == {3: _PP["devised"]}
    # *fulfil a promise to the workers, made during the visit*: after a comma
    units = _units(("fulfil", "fulfil<vblex><inf>"), ("a", "a<det><ind><sg>"),
                   ("promise", "promise<n><sg>"), (",", ",<cm>"), ("made", "make<vblex><past>"),
                   ("during", "during<pr>"))
    assert readings(units, {4: _says("VBN")}, {"made": ("make<vblex><past>",
                                                        "make<vblex><pp>")}) == {
        4: "make<vblex><pp>"}
    # an adverb that is no manner's before an object: no reduced relative
    units = _units(("is", "be<vbser><pres><p3><sg>"), ("an", "a<det><ind><sg>"),
                   ("initiative", "initiative<n><sg>"), ("devised", _PAST["devised"]),
                   ("specifically", "specifically<adv>"), ("plans", "plan<n><pl>"))
    assert readings(units, {3: _says("VBN")}, _READINGS) == {}


def test_no_reduced_relative_where_the_noun_is_the_subject() -> None:
    # *As you all know, 17 localities in 13 districts suffered from wildfires last week*:
    # the noun phrase opens its clause, and *last* (the engine's verb) is no verb to spaCy
    units = _units((",", ",<cm>"), ("17", "17<num>"), ("localities", "locality<n><pl>"),
                   ("in", "in<pr>"), ("13", "13<num>"), ("districts", "district<n><pl>"),
                   ("suffered", _PAST["suffered"]), ("from", "from<pr>"),
                   ("wildfires", "wildfire<n><pl>"), ("last", "last<vblex><pres>"),
                   ("week", "week<n><sg>"), (".", ".<sent>"))
    ops = {6: _says("VBN"), 9: Opinion("JJ", {})}
    assert readings(units, ops, _READINGS) == {}
    # with a finite verb of its own after it, the clause's noun has a reduced relative:
    # *The laws adopted in May concerned*
    units = _units(("The", "the<det><def><sp>"), ("laws", "law<n><pl>"),
                   ("adopted", _PAST["adopted"]), ("in", "in<pr>"), ("May", "May<np>"),
                   ("concerned", "concern<vblex><past>"), ("taxes", "tax<n><pl>"))
    assert readings(units, {2: _says("VBN"), 5: Opinion("VBD", {})}, _READINGS) == {
        2: _PP["adopted"]}
    # *as the state invested in infrastructure*: the clause's only verb
    units = _units(("as", "as<cnjadv>"), ("the", "the<det><def><sp>"), ("state", "state<n><sg>"),
                   ("invested", _PAST["invested"]), ("in", "in<pr>"),
                   ("infrastructure", "infrastructure<n><sg>"), (".", ".<sent>"))
    assert readings(units, {3: _says("VBN")}, _READINGS) == {}


def test_purpose_infinitives_are_left_to_reduced() -> None:
    # *samples designed to enable*: ``reduced`` agrees "conçus" with the English noun
    units = _units(("samples", "sample<n><pl>"), ("designed", _PAST["designed"]),
                   ("to", "to<pr>"), ("enable", "enable<vblex><inf>"))
    assert readings(units, {1: _says("VBN")}, _READINGS) == {}


def test_coordinated_participles() -> None:
    # *will be towed by sea and stationed at the field*: "et a casé" -> "et casé"
    units = _units(("towed", "tow<vblex><pp>"), ("by sea", "by sea<adv>"),
                   ("and", "and<cnjcoo>"), ("stationed", _PAST["stationed"]),
                   ("at", "at<pr>"))
    assert readings(units, {3: _says("VBN")}, _READINGS) == {3: _PP["stationed"]}
    # *was seized, detained, put behind bars*: each after the one before it changed
    units = _units(("was", "be<vbser><past>"), ("seized", "seize<vblex><pp>"), (",", ",<cm>"),
                   ("detained", _PAST["detained"]), (",", ",<cm>"), ("put", _PAST["put"]),
                   ("behind", "behind<pr>"))
    assert readings(units, {3: _says("VBN"), 5: _says("VBN")}, _READINGS) == {
        3: _PP["detained"], 5: _PP["put"]}


def test_the_past_tense_after_its_subject() -> None:
    # *The Minister of Transport noted, in turn, that*: "Le ministre noté" -> "a noté"
    units = _units((".", ".<sent>"), ("The", "the<det><def><sp>"), ("Minister", "minister<n><sg>"),
                   ("of", "of<pr>"), ("Transport", "transport<n><sg>"), ("noted", _PP["noted"]),
                   (",", ",<cm>"))
    assert readings(units, {5: _says("VBD")}, _READINGS) == {5: _PAST["noted"]}
    # *Zq0x warmly congratulated*: a name, an adverb between
    units = _units(("Zq0x", "Zq0x<np><ant>"), ("warmly", "warmly<adv>"),
                   ("congratulated", _PP["congratulated"]), ("the", "the<det><def><sp>"))
    assert readings(units, {2: _says("VBD")}, _READINGS) == {2: _PAST["congratulated"]}
    # *the overall portfolio of contracts reached almost 54 billion*
    units = _units(("while", "while<cnjsub>"), ("the", "the<det><def><sp>"),
                   ("portfolio", "portfolio<n><sg>"), ("of", "of<pr>"),
                   ("contracts", "contract<n><pl>"), ("reached", _PP["reached"]),
                   ("almost", "almost<adv>"))
    assert readings(units, {5: _says("VBD")}, _READINGS) == {5: _PAST["reached"]}
    # *That company then traded it*: *then* (the engine's conjunction) between
    units = _units(("That", "that<det><dem><sg>"), ("company", "company<n><sg>"),
                   ("then", "then<cnjadv>"), ("held", _PP["held"]), ("it", "it<prn><obj>"))
    assert readings(units, {3: _says("VBD")}, _READINGS) == {3: _PAST["held"]}
    # *That is exactly what the people thought*: a subject after *what*
    units = _units(("what", "what<prn><itg><mf><sp>"), ("the", "the<det><def><sp>"),
                   ("people", "people<n><pl>"), ("thought", _PP["thought"]), ("and", "and<cnjcoo>"))
    assert readings(units, {3: _says("VBD")}, _READINGS) == {3: _PAST["thought"]}
    # *they held*: a subject pronoun
    units = _units(("they", "prpers<prn><subj><p3><mf><pl>"), ("held", _PP["held"]))
    assert readings(units, {1: _says("VBD")}, _READINGS) == {1: _PAST["held"]}


def test_no_past_tense_without_a_subject() -> None:
    # *the talks held in Moscow*: an object noun phrase (after a verb), no subject
    units = _units(("welcomed", "welcome<vblex><past>"), ("the", "the<det><def><sp>"),
                   ("talks", "talk<n><pl>"), ("held", _PP["held"]), ("in", "in<pr>"))
    assert readings(units, {3: _says("VBD")}, _READINGS) == {}
    # an auxiliary before it: *has held*
    units = _units(("has", "have<vbhaver><pres><p3><sg>"), ("held", _PP["held"]))
    assert readings(units, {1: _says("VBD")}, _READINGS) == {}


def test_candidates_are_tense_disagreements_by_the_margin() -> None:
    units = _units(("been", "be<vbser><pp>"), ("put", _PAST["put"]), ("it", "it<prn>"),
                   ("adopted", _PP["adopted"]))
    assert candidates(units, {1: _says("VBN"), 3: _says("VBN")}) == [1]
    assert candidates(units, {1: _says("VBN", margin=2.0)}) == []


@pytest.mark.usefixtures("english_model")
def test_the_stream_retagged() -> None:
    stream = ("[][\n\n]^The/The<det><def><sp>$ ^stations/station<n><pl>$ "
              "^have/have<vbhaver><pres>$ ^already/already<adv>$ ^been/be<vbser><pp>$ "
              "^put/put<vblex><past>$ ^into/into<pr>$ ^operation/operation<n><sg>$ "
              "^in/in<pr>$ ^Kaliningrad/Kaliningrad<np><top>$^./.<sent>$")
    got = retagged(stream, _lookup)
    assert "^put<vblex><pp>$ ^into<pr>$" in got
