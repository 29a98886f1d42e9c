"""Participle clauses joined by *and* said as gerunds alike (``gerund_pairs.py``). The
English sentences are made up for these tests; the French is modelled on the engine's
output for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.coordination import coordinate
from daybook.translate.gerund_pairs import comma_participles, gerunds_alike


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # the second member an infinitive: a gerund with the first one's "en"
    ("The economy is making headway, maintaining the pace and building up trade.",
     "L’économie fait des progrès, en maintenant le pas et renforcer le commerce.",
     "L’économie fait des progrès, en maintenant le pas et en renforçant le commerce."),
    # a gerund without its "en", and a clitic before the first one
    ("He greeted them, wishing them success and expressing hope for more contacts.",
     "Il les a salués, en les souhaitant du succès et exprimant l’espoir.",
     "Il les a salués, en les souhaitant du succès et en exprimant l’espoir."),
    # members after commas take "en" too ("dirigeant" is also a noun)
    ("You keep moving, improving the library, introducing new technology, conducting "
     "research and carrying out projects.",
     "Vous continuez à avancer, en améliorant la bibliothèque, introduisant la technologie, "
     "dirigeant recherche et réalisant des projets.",
     "Vous continuez à avancer, en améliorant la bibliothèque, en introduisant la "
     "technologie, en dirigeant recherche et en réalisant des projets."),
    # the first member written as an infinitive after a comma, the second as a gerund
    ("Analyse the proposals, paying attention to their value and applying new methods.",
     "Analysez les propositions, prêter attention à leur valeur et appliquant des méthodes.",
     "Analysez les propositions, en prêtant attention à leur valeur et en appliquant des "
     "méthodes."),
    # bare present participles stay bare
    ("They work hard, solving problems and achieving success.",
     "Ils travaillent dur, résolvant des problèmes et obtenir du succès.",
     "Ils travaillent dur, résolvant des problèmes et obtenant du succès."),
])
def test_gerunds_alike(source: str, french: str, want: str) -> None:
    assert gerunds_alike([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # no -ing after *and* in the English
    ("The economy is growing, maintaining the pace and we build up trade.",
     "L’économie grandit, en maintenant le pas et renforcer le commerce."),
    # a relative's verb between the gerund and "et": another clause
    ("including assisting the elderly and helping children who need support and working "
     "in hospices.",
     "y compris en assistant l’ancien et en aidant les enfants qui ont besoin de soutien et "
     "travailler dans des hospices."),
    # a compound tense after "et"
    ("We saw it, reading the reports and having studied the figures.",
     "Nous l'avons vu, en lisant les rapports et a étudié les chiffres."),
])
def test_left_alone(source: str, french: str) -> None:
    assert gerunds_alike([source], [french]) == [french]


def test_coordinate_runs_it() -> None:
    source = "The economy is making headway, maintaining the pace and building up trade."
    assert coordinate([source], ["L’économie fait des progrès, en maintenant le pas et "
                                 "renforcer le commerce."]) == [
        "L’économie fait des progrès, en maintenant le pas et en renforçant le commerce."]


@pytest.mark.parametrize(("source", "french", "want"), [
    # a participle clause after a comma the engine wrote as a bare infinitive
    ("Over five years their number has almost doubled, increasing by 93 percent.",
     "En cinq ans leur nombre a presque doublé, augmenter de 93 %.",
     "En cinq ans leur nombre a presque doublé, augmentant de 93 %."),
    ("Moscow and Tokyo maintain a constructive dialogue, cooperating in solving problems.",
     "Moscou et Tokyo maintiennent un dialogue constructif, coopérer dans la solution des "
     "problèmes.",
     "Moscou et Tokyo maintiennent un dialogue constructif, coopérant dans la solution des "
     "problèmes."),
    # "est" (also a noun) is the clause's verb
    ("Energy is an important resource, helping to satisfy demand.",
     "L’énergie est une ressource importante, aider à satisfaire la demande.",
     "L’énergie est une ressource importante, aidant à satisfaire la demande."),
])
def test_comma_participles(source: str, french: str, want: str) -> None:
    assert comma_participles([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a list of infinitives: the member after the comma stays one
    ("We want to practise art, improve skills, gaining experience.",
     "Nous voulons pratiquer l’art, améliorer les savoir-faire, acquérir l’expérience."),
    # no participle after a comma in the English (*including* is a preposition)
    ("He came, including to see and to help.",
     "Il est venu, aider et voir."),
])
def test_comma_participles_left_alone(source: str, french: str) -> None:
    assert comma_participles([source], [french]) == [french]


def test_comma_member_before_a_relative_takes_en() -> None:
    # the member after the comma takes "en"; the verb after the relative's "et" stays
    source = ("including assisting the elderly, helping children who need support and "
              "working in hospices.")
    french = ("y compris en assistant l’ancien, aidant les enfants qui ont besoin de soutien "
              "et travailler dans des hospices.")
    assert gerunds_alike([source], [french]) == [french.replace(", aidant", ", en aidant")]


def test_comma_members_after_a_gerund_take_en() -> None:
    # no "et" after the list: its members after commas take the first one's "en"
    source = ("You keep moving, improving the library, introducing new technology, "
              "conducting research, giving tours.")
    french = ("Vous continuez à avancer, en améliorant la bibliothèque, introduisant la "
              "technologie, dirigeant recherche, donneuse que vous tournez.")
    assert gerunds_alike([source], [french]) == [
        "Vous continuez à avancer, en améliorant la bibliothèque, en introduisant la "
        "technologie, en dirigeant recherche, donneuse que vous tournez."]


def test_comma_member_of_another_clause_left_alone() -> None:
    # an adverb that is also a gerund ("maintenant", *now*) is no member
    french = "Il a suivi les Jeux, en tenant la route, maintenant présume la ressource."
    assert gerunds_alike(["It followed the Games, keeping the road, now presuming."],
                         [french]) == [french]
    # a finite verb between: the participle after it belongs to another clause
    french = ("Nous y sommes allés, en voyant la ville, et nous avons rencontré, rencontrant "
              "le maire.")
    assert gerunds_alike(["We went there, seeing the city, and we met them, meeting the mayor."],
                         [french]) == [french]
