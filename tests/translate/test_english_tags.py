"""spaCy's English tagger as a second opinion on eng-cat's homographs (english_tags.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from daybook.translate import english_tags
from daybook.translate.english_tags import Opinion, second_opinion, tags
from daybook.translate.retag import Tok, _tok, retagged

# The analyser's readings of the words the tests use (as eng-cat's analyser gives them).
_READINGS = {
    "inspiring": ("inspiring<adj>", "inspire<vblex><pprs>", "inspire<vblex><subs>",
                  "inspire<vblex><ger>"),
    "respected": ("respected<adj>", "respect<vblex><past>", "respect<vblex><pp>"),
    "armoured": ("armoured<adj>", "armour<vblex><past>", "armour<vblex><pp>"),
    "trust": ("trust<n><sg>", "trust<vblex><inf>", "trust<vblex><pres>"),
    "order": ("order<n><sg>", "order<vblex><inf>", "order<vblex><pres>"),
    "concern": ("concern<n><sg>", "concern<vblex><inf>", "concern<vblex><pres>"),
    "welcome": ("welcome<n><sg>", "welcome<adj>", "welcome<vblex><inf>"),
    "study": ("study<n><sg>", "study<vblex><inf>", "study<vblex><pres>"),
}


def _lookup(words: Sequence[str]) -> Mapping[str, Sequence[str]]:
    return {w: _READINGS.get(w, ()) for w in words}


def _units(*units: tuple[str, str]) -> list[Tok]:
    return [_tok(s, a) for s, a in units]


def _sure(tag: str, margin: float = 6.0) -> Opinion:
    return Opinion(tag, {"n": margin, "vblex": margin, "adj": margin, "adv": margin})


def test_the_class_spacy_reads() -> None:
    # *the armoured vehicle*: the engine's participle, spaCy's adjective
    units = _units(("the", "the<det><def><sp>"), ("armoured", "armour<vblex><pp>"),
                   ("vehicle", "vehicle<n><sg>"), ("was", "be<vbser><past>"))
    assert second_opinion(units, {1: _sure("JJ")}, _lookup(["armoured"])) == {
        1: "armoured<adj>"}
    # *We need to reassert trust and establish standards*: a noun, the object
    units = _units(("We", "Prpers<prn><subj><p1><mf><pl>"), ("reassert", "reassert<vblex><inf>"),
                   ("trust", "trust<vblex><inf>"), ("and", "and<cnjcoo>"),
                   ("establish", "establish<vblex><inf>"))
    assert second_opinion(units, {2: _sure("NN")}, _lookup(["trust"])) == {2: "trust<n><sg>"}
    # *who want to live, study and work*: the infinitive, not the noun
    units = _units(("to", "to<pr>"), ("live", "live<vblex><inf>"), (",", ",<cm>"),
                   ("study", "study<n><sg>"), ("and", "and<cnjcoo>"), ("work", "work<n><sg>"))
    assert second_opinion(units, {3: _sure("VB")}, _lookup(["study"])) == {
        3: "study<vblex><inf>"}


def test_where_spacy_is_not_taken() -> None:
    units = _units(("the", "the<det><def><sp>"), ("armoured", "armour<vblex><pp>"),
                   ("vehicle", "vehicle<n><sg>"), ("was", "be<vbser><past>"))
    # a hesitant opinion (its tag barely ahead of the engine's class)
    assert not second_opinion(units, {1: _sure("JJ", 1.0)}, _lookup(["armoured"]))
    # a class the analyser does not give the word
    assert not second_opinion(units, {1: _sure("NN")}, _lookup(["armoured"]))
    # *in order to*: the transfer's own locution
    units = _units(("in", "in<pr>"), ("order", "order<vblex><inf>"), ("to", "to<pr>"),
                   ("help", "help<vblex><inf>"))
    assert not second_opinion(units, {1: _sure("NN")}, _lookup(["order"]))
    # *issues that do concern you*: after *do*, a verb
    units = _units(("that", "that<prn><rel><an><mf><sp>"), ("do", "do<vbdo><pres>"),
                   ("concern", "concern<vblex><inf>"), ("you", "prpers<prn><obj><p2><mf><sp>"))
    assert not second_opinion(units, {2: _sure("NN")}, _lookup(["concern"]))
    # *pleased to see you, welcome.*: an interjection
    units = _units(("see", "see<vblex><inf>"), ("you", "prpers<prn><obj><p2><mf><sp>"),
                   (",", ",<cm>"), ("welcome", "welcome<n><sg>"), (".", ".<sent>"))
    assert not second_opinion(units, {3: _sure("JJ")}, _lookup(["welcome"]))
    # a word of a word list (one a sentence): no context to read
    units = _units((".", ".<sent>"), ("trust", "trust<vblex><inf>"), (".", ".<sent>"))
    assert not second_opinion(units, {1: _sure("NN")}, _lookup(["trust"]))


@pytest.mark.usefixtures("english_model")
def test_tags_by_place() -> None:
    units = _units(("projects", "project<n><pl>"), ("that", "that<prn><rel><an><mf><sp>"),
                   ("are", "be<vbser><pres>"), ("interesting", "interesting<adj>"),
                   ("and", "and<cnjcoo>"), ("inspiring", "inspire<vblex><ger>"),
                   (".", ".<sent>"), ("in order to", "in order to<pr>"))
    pieces: list[str | Tok] = ["[][\n\n]"]
    for u in units:
        pieces += [u, " "]
    got = tags(pieces)
    assert (got[0].tag, got[3].tag, got[5].tag) == ("NNS", "JJ", "JJ")
    assert got[5].margin("vblex") > 0 and got[5].margin("adj") == 0
    assert 7 not in got  # three words for spaCy, one unit for the engine


@pytest.mark.usefixtures("english_model")
def test_the_stream_retagged() -> None:
    stream = ("[][\n\n]^The/The<det><def><sp>$ ^armoured/armour<vblex><pp>$ "
              "^vehicle/vehicle<n><sg>$ ^was/be<vbser><past>$ ^shown/show<vblex><pp>$ "
              "^at/at<pr>$ ^the/the<det><def><sp>$ ^parade/parade<n><sg>$^./.<sent>$")
    got = retagged(stream, _lookup)
    assert got == ("[][\n\n]^The<det><def><sp>$ ^armoured<adj>$ ^vehicle<n><sg>$ "
                   "^be<vbser><past>$ ^show<vblex><pp>$ ^at<pr>$ ^the<det><def><sp>$ "
                   "^parade<n><sg>$^.<sent>$")


def test_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(english_tags, "_nlp", lambda: None)
    stream = "^the/the<det><def><sp>$ ^armoured/armour<vblex><pp>$ ^vehicle/vehicle<n><sg>$"
    assert tags([_tok("the", "the<det><def><sp>")]) == {}
    assert retagged(stream, _lookup) == ("^the<det><def><sp>$ ^armour<vblex><pp>$ "
                                         "^vehicle<n><sg>$")



def _line(text: str) -> list[str | Tok]:
    pieces: list[str | Tok] = ["[][\n\n]"]
    for word in text.split():
        pieces += [_tok(word, f"{word}<n><sg>"), " "]
    return pieces


@pytest.mark.usefixtures("english_model")
def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts tagged before are kept up to a number of tokens, the oldest forgotten first."""
    from cachetools import LRUCache

    memo: LRUCache[str, list[object]] = LRUCache(maxsize=40, getsizeof=lambda t: max(1, len(t)))
    monkeypatch.setattr(english_tags, "_seen", lambda: memo)
    for n in range(6):
        got = tags(_line(f"The {n} new projects are interesting and inspiring ."))
        assert got[5].tag == "JJ" and memo.currsize <= 40
    kept = [k.split()[1] for k in memo]
    assert "5" in kept and "0" not in kept and len(kept) < 6
    assert tags(_line("The 5 new projects are interesting and inspiring ."))[5].tag == "JJ"
