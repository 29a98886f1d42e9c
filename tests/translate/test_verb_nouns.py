"""Nouns the tagger reads as verbs after a preposition or an -ing verb (verb_nouns.py, run
by retag.retags)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.protect import translate_texts
from daybook.translate.retag import retagged

_READINGS = {
    "fire": ("fire<n><sg>", "fire<vblex><inf>", "fire<vblex><pres>", "fire<vblex><imp>"),
    "alert": ("alert<adj>", "alert<n><sg>", "alert<vblex><inf>", "alert<vblex><pres>"),
    "launch": ("launch<n><sg>", "launch<vblex><inf>", "launch<vblex><pres>"),
    "design": ("design<n><sg>", "design<vblex><inf>", "design<vblex><pres>"),
    "sanctions": ("sanction<n><pl>", "sanction<vblex><pres><p3><sg>"),
    "surprises": ("surprise<n><pl>", "surprise<vblex><pres><p3><sg>"),
    "gifts": ("gift<n><pl>", "gift<vblex><pres><p3><sg>"),
    "build": ("build<n><sg>", "build<vblex><inf>", "build<vblex><pres>"),
    "wait": ("wait<n><sg>", "wait<vblex><inf>", "wait<vblex><pres>"),
    "helps": ("help<n><pl>", "help<vblex><pres><p3><sg>"),
    "terms": ("term<n><pl>", "term<vblex><pres><p3><sg>"),
    "trade": ("trade<n><sg>", "trade<vblex><inf>", "trade<vblex><pres>"),
}


# the rules alone, without the trained tagger's second opinion (test_english_tags)
pytestmark = pytest.mark.usefixtures("rules_alone")


def _lookup(words: Sequence[str]) -> Mapping[str, Sequence[str]]:
    return {w: _READINGS.get(w, ()) for w in words}


def _stream(*units: tuple[str, str]) -> str:
    return " ".join(f"^{s}/{a}$" for s, a in units) + "^./.<sent>$"


def test_noun_after_a_preposition() -> None:
    # *awareness on fire safety*: *on* read as a particle after a noun
    got = retagged(_stream(("awareness", "awareness<n><sg>"), ("on", "on<adv>"),
                           ("fire", "fire<vblex><pres>"), ("safety", "safety<n><sg>")), _lookup)
    assert "^fire<n><sg>$ ^safety<n><sg>$" in got
    # *engines for launch vehicles*
    got = retagged(_stream(("engines", "engine<n><pl>"), ("for", "for<pr>"),
                           ("launch", "launch<vblex><inf>"), ("vehicles", "vehicle<n><pl>")),
                   _lookup)
    assert "^launch<n><sg>$" in got
    # *from product design to marketing*: a compound's second noun after a preposition
    got = retagged(_stream(("from", "from<pr>"), ("product", "product<n><sg>"),
                           ("design", "design<vblex><inf>"), ("to", "to<pr>"),
                           ("marketing", "marketing<n><sg>")), _lookup)
    assert "^design<n><sg>$" in got


def test_noun_after_an_ing() -> None:
    # *by imposing sanctions and*: the -ing's object, plural as the verb form is -s
    got = retagged(_stream(("by", "by<pr>"), ("imposing", "impose<vblex><ger>"),
                           ("sanctions", "sanction<vblex><pres><p3><sg>"),
                           ("and", "and<cnjcoo>"), ("starting", "start<vblex><ger>")), _lookup)
    assert "^sanction<n><pl>$" in got
    # *through imposing sanctions and*: an -ing read as a noun after a preposition
    got = retagged(_stream(("through", "through<pr>"), ("imposing", "impose<vblex><subs>"),
                           ("sanctions", "sanction<vblex><pres><p3><sg>"),
                           ("and", "and<cnjcoo>"), ("starting", "start<vblex><ger>")), _lookup)
    assert "^sanction<n><pl>$" in got
    # *exciting gifts and surprises*: the noun joined by *and* too
    got = retagged(_stream(("exciting", "excite<vblex><ger>"),
                           ("gifts", "gift<vblex><pres><p3><sg>"), ("and", "and<cnjcoo>"),
                           ("surprises", "surprise<vblex><pres><p3><sg>")), _lookup)
    assert "^gift<n><pl>$ ^and<cnjcoo>$ ^surprise<n><pl>$" in got


@pytest.mark.parametrize("units", [
    # *to* takes the bare verb: *ready to build*
    (("ready", "ready<adj>"), ("to", "to<pr>"), ("build", "build<vblex><inf>"),
     (",", ",<cm>")),
    # *helping build*: *help* takes a bare infinitive
    (("helping", "help<vblex><ger>"), ("build", "build<vblex><inf>"), (",", ",<cm>")),
    # *the training helps*: the -ing is a noun subject after its determiner
    (("the", "the<det><def><sp>"), ("training", "train<vblex><ger>"),
     ("helps", "help<vblex><pres><p3><sg>"), (",", ",<cm>")),
    # *carry on build*: *on* a particle after a verb, not a preposition
    (("carry", "carry<vblex><inf>"), ("on", "on<adv>"), ("build", "build<vblex><inf>"),
     (",", ",<cm>")),
    # a verb with its object after a preposition is not a bare noun: *than wait the*
    (("for", "for<pr>"), ("wait", "wait<vblex><inf>"), ("the", "the<det><def><sp>")),
    # after *in*: the engine says *in terms of* "en termes de" from the verb reading
    (("in", "in<pr>"), ("terms", "term<vblex><pres><p3><sg>"), ("of", "of<pr>")),
    # *in trade,*: ``rereads`` says it again with its article ("dans le commerce")
    (("projects", "project<n><pl>"), ("in", "in<pr>"), ("trade", "trade<vblex><inf>"),
     (",", ",<cm>")),
])
def test_guards(units: tuple[tuple[str, str], ...]) -> None:
    stream = _stream(*units)
    want = stream
    for surface, _ in (*units, (".", ".")):
        want = want.replace(f"^{surface}/", "^", 1)
    assert retagged(stream, _lookup) == want


def test_through_the_engine() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    out = [t.text for t in translate_texts([
        "We must do more to raise awareness on fire safety.",
        "It develops engines for launch vehicles of several classes.",
        "It covers the cycle from product design to marketing.",
        "It ensures strict control over prices of basic goods.",
        "We need alternatives, including by imposing sanctions and starting trade wars."],
        ApertiumEngine(), "en", "fr")]
    assert "licencie" not in out[0] and "sécurité" in out[0], out
    assert "véhicules de lancement" in out[1], out
    assert "design de produit" in out[2] and "dessine" not in out[2], out
    assert "sur des prix" in out[3] and "taxe" not in out[3], out
    assert "des sanctions" in out[4] and "sanctionne" not in out[4], out
