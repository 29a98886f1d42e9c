"""One English spaCy pipeline per process, shared by the entities and the translation's
tagger (english_model.py)."""

from __future__ import annotations

import pytest

from daybook.enrich import english_model
from daybook.enrich.entities import model_mentions, spacy_pipeline
from daybook.translate import english_tags

pytestmark = pytest.mark.skipif(not english_model.available(),
                                reason="English spaCy model not installed")

TEXT = ("Vladimir Putin met Oleg Kozhemyako in Vladivostok. The measures taken last year "
        "helped the projects that are interesting and inspiring.")


def test_one_load_for_both_sides() -> None:
    nlp = english_model.pipeline()
    assert nlp.pipe_names == ["tok2vec", "tagger", "ner"]
    assert spacy_pipeline("en") is nlp and english_tags._nlp() is nlp


def test_each_side_gives_what_its_own_load_gave() -> None:
    """The entities' run without the tagger finds what a NER-only load finds; the tags are
    those of a tagger-only load (the NER after the tagger changes nothing they read)."""
    import spacy

    from daybook.enrich.model_check import verify_model

    path = verify_model(english_model.EN_MODEL)
    ner_only = spacy.load(path, exclude=["tok2vec", "tagger", "parser", "senter",
                                         "attribute_ruler", "lemmatizer"])
    alone = {(e.start_char, e.end_char, e.label_) for e in ner_only(TEXT).ents}
    shared = {(m.start, m.end) for m in model_mentions([(0, TEXT)], "en")}
    assert shared == {(a, b) for a, b, label in alone if label in ("PERSON", "GPE", "ORG",
                                                                   "LOC", "FAC")}
    assert (0, 14) in shared  # Vladimir Putin

    tagger_only = spacy.load(path, exclude=["parser", "senter", "attribute_ruler",
                                            "lemmatizer", "ner"])
    want = [t.tag_ for t in tagger_only(TEXT)]
    got = english_tags._tagged(english_model.pipeline(), [TEXT])[0]
    assert [op.tag for _s, _e, op in got] == want
    assert "VBN" in want  # *taken*: the tagger ran, not just the tokenizer


def test_the_entities_run_leaves_the_pipeline_whole() -> None:
    model_mentions([(0, TEXT)], "en")
    assert english_model.pipeline().pipe_names == ["tok2vec", "tagger", "ner"]
    assert not english_model.pipeline().disabled
