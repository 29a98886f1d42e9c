"""A subject relative the pivot wrote "que" (``subject_que.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.subject_que import subject_que


@pytest.mark.parametrize(("source", "french", "want"), [
    # After "ceux": "qui", the verb in the plural.
    ("We could discuss these issues and certainly those that are of mutual interest.",
     "Nous pourrions parler de ces questions et certainement de ceux qu'est d'intérêt mutuel.",
     "Nous pourrions parler de ces questions et certainement de ceux qui sont d'intérêt "
     "mutuel."),
    # After a plural noun.
    ("The company will build two new plants that can produce 24 million tonnes.",
     "L'entreprise bâtira deux nouvelles usines que peut produire 24 millions de tonnes.",
     "L'entreprise bâtira deux nouvelles usines qui peuvent produire 24 millions de tonnes."),
])
def test_subject_relative(source: str, french: str, want: str) -> None:
    assert subject_que(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # The verb's subject after it (an object relative, inverted).
    ("These are the measures that the government takes.",
     "Ce sont les mesures que prend le gouvernement."),
    # A completive whose subject the pivot dropped, after a verb or a conjunction.
    ("He said that it is important.", "Il a dit que est important."),
    ("This is because they must confirm it.", "C'est parce que doivent le confirmer."),
    # *it is (also) clear that*: an adjective, the attribute of "être", is no antecedent;
    # "cela" (also *celer*'s past) is the completive's subject, no verb
    ("It is clear that this will take years.", "Il est clair que cela portera des années."),
    ("It is also clear that this works.", "Il est aussi clair que cela fonctionne."),
    # No *that/which/who* + a verb in the English.
    ("These are the plants.", "Ce sont les usines que peut produire."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert subject_que(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Mr President, we could discuss both these issues and certainly "
                           "those that are of mutual interest."], engine, "en", "fr")[0].text
    # "celles": *those* stands for "ces questions" (``those_of``)
    assert "celles qui sont d'intérêt mutuel" in out.replace("’", "'")
