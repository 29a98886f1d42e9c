"""*regarding*, *concerning* read as verbs given their preposition reading before the
transfer (ing_prepositions.py, run by retag.retags)."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.ing_prepositions import candidates, prepositions
from daybook.translate.protect import translate_texts
from daybook.translate.retag import Tok, retagged

_READINGS = {"regarding": ("regarding<pr>", "regard<vblex><pprs>", "regard<vblex><ger>"),
             "concerning": ("concerning<pr>", "concern<vblex><pprs>")}


def _toks(*units: tuple[str, str]) -> list[Tok]:
    return [Tok(s, a, tuple(a.replace(">", "").split("<")[1:])) for s, a in units]


def test_after_a_noun_the_word_is_the_preposition() -> None:
    toks = _toks(("comments", "comment<n><pl>"), ("regarding", "regard<vblex><pprs>"),
                 ("the", "the<det><def><sp>"), ("results", "result<n><pl>"), (".", ".<sent>"))
    assert candidates(toks) == [1]
    assert prepositions(toks, _READINGS) == {1: "regarding<pr>"}


def test_the_verb_and_the_adjective_stay() -> None:
    # *regard X as Y*; *is concerning*; *they are regarding*
    regard = _toks(("countries", "country<n><pl>"), ("regarding", "regard<vblex><pprs>"),
                   ("Russia", "Russia<np><top><sg>"), ("as a", "as a<pr>"),
                   ("partner", "partner<n><sg>"), (".", ".<sent>"))
    assert candidates(regard) == []
    be = _toks(("It", "prpers<prn><subj><p3><nt><sg>"), ("is", "be<vbser><pres><p3><sg>"),
               ("concerning", "concern<vblex><pprs>"), (".", ".<sent>"))
    assert candidates(be) == []
    # read as the preposition already: nothing to do
    assert candidates(_toks(("issues", "issue<n><pl>"), ("concerning", "concerning<pr>"),
                            ("trade", "trade<n><sg>"))) == []


def test_the_stream_reaches_the_transfer_with_the_preposition() -> None:
    stream = ("^comments/comment<n><pl>$ ^regarding/regard<vblex><pprs>$ "
              "^the/the<det><def><sp>$ ^results/result<n><pl>$^./.<sent>$")
    got = retagged(stream, lambda words: {w: _READINGS.get(w, ()) for w in words})
    assert "^regarding<pr>$" in got and "regard<vblex>" not in got


def test_the_french_says_the_preposition(engine: ApertiumEngine) -> None:
    # en.kremlin.ru (CC BY 4.0), tuning pages: "vos commentaires qui considèrent les
    # résultats"
    out = [t.text for t in translate_texts([
        "It is important to hear your comments regarding the results of our joint work.",
        "There was unanimity regarding the lack of alternatives to the agreements.",
        "They are regarding us as partners."], engine, "en", "fr")]
    # the pivot's "quant à" after a noun, said "concernant" (``stock_phrases``)
    assert "vos commentaires concernant les résultats" in out[0]
    assert "concernant le manque" in out[1]
    assert "considèrent comme" in out[2]
