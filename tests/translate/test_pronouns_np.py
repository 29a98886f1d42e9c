"""*They* for feminine plural things is "elles" (``pronouns_np.py``). The English and
French sentences are made up for these tests (the French as the pivot writes it: "ils"
whatever *they* stands for); the last test goes through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.pronouns_np import they_across, they_gender
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads nouns' genders with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I will not answer all your questions now, because they are complex.",
     "Je ne répondrai pas à toutes vos questions maintenant, parce qu'ils sont complexes.",
     "Je ne répondrai pas à toutes vos questions maintenant, parce qu'elles sont complexes."),
    ("The measures were taken and they work.",
     "Les mesures ont été prises et ils fonctionnent.",
     "Les mesures ont été prises et elles fonctionnent."),
])
def test_they_for_feminine_nouns(source: str, french: str, want: str) -> None:
    assert they_gender([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a masculine noun among the candidates: no telling
    ("The measures and the projects are ready and they work.",
     "Les mesures et les projets sont prêts et ils fonctionnent."),
    # a masculine antecedent
    ("The soldiers came and they fought.", "Les soldats sont venus et ils ont lutté."),
    # an earlier "ils" kept: a later one may stand for the same
    ("They showed their best qualities and they defended the country.",
     "Ils ont montré leurs meilleures qualités et ils ont défendu le pays."),
    # generic *as they say*
    ("Things are moving, as they say.", "Les choses sont en marche, comme ils disent."),
    # no *they* in the English: "ils" is some other rule's
    ("The measures were taken and people work.",
     "Les mesures ont été prises et ils fonctionnent."),
    # a name among the candidates
    ("The sanctions of the United States, they say.",
     "Les sanctions des États-Unis, ils disent."),
])
def test_they_left(source: str, french: str) -> None:
    assert they_gender([source], [french]) == [french]


def test_they_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["I will not answer all your questions now, because they can be "
                           "quite complex."], engine, "en", "fr")[0].text
    assert "qu'elles peuvent" in out, out


@pytest.mark.parametrize(("before", "french", "want"), [
    # the sentence before opens with a feminine plural subject, or has one after "que"
    ("Ces compétitions traditionnelles sont célèbres.", "Ils unissent les skieurs.",
     "Elles unissent les skieurs."),
    ("Je note que ces installations respectent les normes.", "Ils sont ouvert à tous.",
     "Elles sont ouvertes à tous."),
    ("Heureusement, les relations sont très bonnes.", "Ils avancent.", "Elles avancent."),
    # a noun's complement ("des" after a noun) stands for no *they*
    ("Je note que les organisations contribuent à l'unité des peuples russes.",
     "Ils s'opposent à l'extrémisme.", "Elles s'opposent à l'extrémisme."),
])
def test_they_across_sentences(before: str, french: str, want: str) -> None:
    assert they_across(["They work."], [french], [before]) == [want]


@pytest.mark.parametrize("before", [
    "Le programme comprend des festivals et des expositions.",  # objects, not a subject
    "Les filles et les garçons sont venus.",  # a masculine among them
    "Les deux présidents ont noté le rôle des interruptions.",  # a figure before the noun
    "",  # the paragraph's first sentence
])
def test_they_across_left(before: str) -> None:
    assert they_across(["They work."], ["Ils travaillent."], [before]) == ["Ils travaillent."]


def test_they_across_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["These traditional competitions are famous. They unite ski fans "
                           "across the country."], engine, "en", "fr")[0].text
    assert "Elles unissent" in out, out
