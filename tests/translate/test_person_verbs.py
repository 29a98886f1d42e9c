"""The second verb of *you*, *we* or *I* after *and* (``person_verbs.py``). The English
sentences are tuning sentences, shortened, or made up for these tests; the French is the
pipeline's for them unless marked, and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.person_verbs import person_verbs, shared_subjects


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads words with Apertium's French analyser and generator (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We keep on improving the legal framework, offer incentives, and use modern tools.",
     "Nous continuons à améliorer le cadre juridique, offrir des stimulants, et utilise des "
     "outils modernes.",
     "Nous continuons à améliorer le cadre juridique, offrir des stimulants, et utilisons des "
     "outils modernes."),
    # a future, an adverbial locution between
    ("You will continue working with due diligence and will successfully solve the tasks.",
     "Vous continuerez à travailler avec diligence et avec succès résoudra les tâches.",
     "Vous continuerez à travailler avec diligence et avec succès résoudrez les tâches."),
    # a present after a future with one *will* for both: the future
    ("I hope that you will discuss ways and consider the possibilities.",
     "J'espère que vous parlerez des chemins et considère les possibilités.",
     "J'espère que vous parlerez des chemins et considèrerez les possibilités."),
    # made by hand: *we*
    ("We know these problems and always solve them.",
     "Nous savons ces problèmes et toujours les résout.",
     "Nous savons ces problèmes et toujours les résolvons."),
])
def test_person_verbs(source: str, french: str, want: str) -> None:
    assert person_verbs([source], [french]) == [want]
    assert shared_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the verb after "et" has a subject of its own
    ("You know it and the minister says so.", "Vous le savez et le ministre dit ça."),
    # a relative between: its verb's subject is not "vous"
    ("You met those who work and live there.",
     "Vous avez rencontré ceux qui travaillent et vit là."),
    # a participle of the same auxiliary (the pivot's "il" aside)
    ("You have read it and made notes.", "Vous avez lu et fait des notes."),
    # a noun too ("force", *strength*; "fait"); a word in -s after *and* (a noun)
    ("We take pride and strength in this.", "Nous portons de l'orgueil et force dans ça."),
    ("You understand us and are making plans.", "Vous nous comprenez et fait plans."),
    ("We work for cooperation and exports.", "Nous travaillons pour la coopération et exporte."),
    # an auxiliary: ``second_verbs``' (here a passive's participle after "être")
    ("We need it to be developed and supported.", "Nous avons besoin d'être développé et a "
     "appuyé."),
    # *and* before a determiner and before a noun in -s
    ("We act on your instructions and your orders for cooperation and exports.",
     "Nous agissons dans vos instructions et vos décrets pour la coopération et exporte."),
    ("The lofty and important mission, held under the motto ‘We Remember’ and serves the cause.",
     "La mission noble et importante, qui a lieu sous le slogan ‘nous souvenons' et sert la "
     "cause."),
    # the subject inside a quotation
    ("It is held under the motto 'We Remember' and serves the cause.",
     "Il a lieu sous le slogan “nous nous souvenons” et sert la cause."),
    # no *you* in the English: the pivot's "vous" is an object
    ("He thanked you and left.", "Il vous remercie et part."),
])
def test_person_verbs_left(source: str, french: str) -> None:
    assert person_verbs([source], [french]) == [french]
