"""A singular subject after *and* whose verb the pivot put in the plural (and_subjects.py)."""

from __future__ import annotations

import pytest

from daybook.translate.and_subjects import english_and_singulars, singular_verbs
from daybook.translate.apertium import available


def test_english_counts() -> None:
    assert english_and_singulars("It covers the region and the project aims to help.") == 1
    assert english_and_singulars("the new plant and its main shop is ready") == 1
    # a compound subject's plural verb, a plural noun, a verb in -ss
    assert english_and_singulars("Russia and the EU aim to help.") == 0
    assert english_and_singulars("the region and the projects aim") == 0
    assert english_and_singulars("the region and the leaders discuss it") == 0


def test_singular_verb_after_and() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    got = singular_verbs(["It covers the region and the project aims to help people.",
                          "It covers the region and the new plant is large."],
                         ["Il couvre la région et le projet visent à aider les personnes.",
                          "Il couvre la région et la nouvelle usine sont grandes."])
    assert got == ["Il couvre la région et le projet vise à aider les personnes.",
                   "Il couvre la région et la nouvelle usine est grande."]


def test_guards() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    texts = ["La Russie et l'UE visent à aider.",  # a compound subject in the English too
             "Il couvre la région et les projets visent à aider."]  # a plural subject
    assert singular_verbs(["Russia and the EU aim to help.",
                           "It covers the region and the project aims to help."],
                          texts) == texts


def test_compound_subject_kept() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    # no finite verb before "et": the two nouns are one subject
    texts = ["Le Président et le chancelier ont aussi couvert la coopération."]
    assert singular_verbs(["The President and the Chancellor also covers gas."], texts) == texts
