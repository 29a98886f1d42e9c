"""An adjective before two coordinated plural nouns, said after both
(``shared_adjectives.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.shared_adjectives import shared_adjectives


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("actively participating in implementing social projects and programmes, and is taking",
     "activement participer à la mise en œuvre des projets sociaux et des programmes, et prend",
     "activement participer à la mise en œuvre des projets et des programmes sociaux, et "
     "prend"),
    # nouns with an adjective's reading too; a participle's
    ("We produce advanced engines and materials.",
     "Nous produisons les moteurs avancés et les matériaux.",
     "Nous produisons les moteurs et les matériaux avancés."),
    # the second noun with no determiner; feminine nouns both: the feminine
    ("We met Russian ministers and governors.",
     "Nous avons rencontré des ministres russes et gouverneurs.",
     "Nous avons rencontré des ministres et gouverneurs russes."),
    ("It settles existing crises and conflicts, and more.",
     "Il règle des crises existantes et des luttes, et plus.",
     "Il règle des crises et des luttes existantes, et plus."),
    # two singulars, each with its own determiner: the adjective in the plural after both
    ("to strengthen international stability and security.",
     "renforcer de la stabilité internationale et de la sécurité.",
     "renforcer de la stabilité et de la sécurité internationales."),
    ("the development of strategic partnership and alliance between them",
     "le développement du partenariat stratégique et de l’alliance entre eux",
     "le développement du partenariat et de l’alliance stratégiques entre eux"),
    # a noun of either number ("paix")
    ("civil peace and harmony.", "de la paix civile et de l’harmonie.",
     "de la paix et de l’harmonie civiles."),
])
def test_the_adjective_goes_after_both(source: str, french: str, want: str) -> None:
    assert shared_adjectives([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # each noun its own adjective
    ("We met talented performers and creative groups.",
     "Nous avons rencontré des interprètes talentueux et des groupes créatifs."),
    # adjectives joined, one noun
    ("We discussed regional and global problems.",
     "Nous avons parlé des problèmes régionaux et mondiaux."),
    # a determiner before the first noun in English: *the* is no adjective
    ("We met the ministers and governors.",
     "Nous avons rencontré des ministres russes et gouverneurs."),
    # two singulars with no "de" before the second
    ("to support Russian industry and science.", "appuyer l’industrie russe et la science."),
    # a singular in English, a plural in French
    ("their economic growth and development.",
     "la croissance économique et les développements."),
    # an adjective French puts before the nouns
    ("actively spreading the best experiences and practices, including",
     "la diffusion active des expériences meilleures et des pratiques, y compris"),
    # the second noun goes on with an adjective of its own
    ("We have new projects and initiatives.",
     "Nous avons des projets nouveaux et des initiatives importantes."),
])
def test_left_as_they_are(source: str, french: str) -> None:
    assert shared_adjectives([source], [french]) == [french]
