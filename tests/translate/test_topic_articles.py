"""The definite article of a bare noun after a topic locution (``topic_articles.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.topic_articles import topic_articles


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the noun's gender and number with Apertium's French analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("As for bilateral relations, I would like to say",
     "Au sujet de relations bilatérales, je voudrais dire",
     "Au sujet des relations bilatérales, je voudrais dire"),
    ("especially when it comes to oncology because",
     "concrètement en ce qui concerne oncologie parce que",
     "concrètement en ce qui concerne l'oncologie parce que"),
    ("As for nuclear energy, we", "Quant à énergie nucléaire, nous",
     "Quant à l'énergie nucléaire, nous"),
    ("as for transport, the", "quant à transport, le", "quant au transport, le"),
    ("about freedom and so on", "Au sujet de liberté etc", "Au sujet de la liberté etc"),
    ("As to business, they", "quant à des affaires, ils", "quant aux affaires, ils"),
    ("regarding your instructions, concerning schools",
     "en ce qui concerne des écoles", "en ce qui concerne les écoles"),
])
def test_bare_topic_takes_the_article(source: str, french: str, want: str) -> None:
    assert topic_articles(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("As to whether they will come", "Quant à savoir s'ils viendront"),  # an infinitive
    ("As for Putin", "quant à Poutine"),  # a name
    ("As for me", "quant à moi"),  # a pronoun
    ("As for our relations", "Au sujet de nos relations"),  # a determiner already
    ("As for March", "quant à mars"),  # a month
    ("when it comes to memory", "en ce qui concerne mémoire"),  # "mémoire" m. and f.
    ("We spoke of relations", "Nous avons parlé au sujet de relations"),  # no topic in English
])
def test_kept(source: str, french: str) -> None:
    assert topic_articles(source, french) == french
