"""A participle after its noun (``reduced.py``). The English sentences are made up for these
tests; the French is what the engine writes for such sentences (a passé composé for the
participle, or a participle for a clause's only verb), the expected French written by
hand; the last test goes through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.processes import tagged_units
from daybook.translate.protect import translate_texts
from daybook.translate.reduced import english_sites, reduced_relatives


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the English with Apertium's tagger and the French with its
    dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # the noun is the object of the clause's verb
    ("They thanked the volunteers involved in the rescue.",
     "Ils ont remercié les volontaires ont impliqué dans le sauvetage.",
     "Ils ont remercié les volontaires impliqués dans le sauvetage."),
    # the clause's verb comes after the participle
    ("The ideas discussed there will shape our policy.",
     "Les idées ont parlé là formeront notre politique.",
     "Les idées parlées là formeront notre politique."),
    # the noun opening the clause is its verb's subject: that verb in the plural too
    ("The ideas discussed there will shape our policy.",
     "Les idées ont parlé là formera notre politique.",
     "Les idées parlées là formeront notre politique."),
    # a time phrase after the participle, a feminine noun
    ("He visited the plant built last year.",
     "Il a visité l'usine a bâti l'année dernière.",
     "Il a visité l'usine bâtie l'année dernière."),
    # the only verb of a clause its noun opens, written as a participle
    ("This year, the committee focused on water supply.",
     "Cette année, le comité focalisé sur l'approvisionnement d'eau.",
     "Cette année, le comité a focalisé sur l'approvisionnement d'eau."),
    # *to* + infinitive after the participle, the clause's *has* past a preposition
    ("The forum timed to coincide with the anniversary has a special place.",
     "Le forum a programmé pour coïncider avec l'anniversaire a une place spéciale.",
     "Le forum programmé pour coïncider avec l'anniversaire a une place spéciale."),
])
def test_reduced_relatives(source: str, french: str, want: str) -> None:
    assert reduced_relatives([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a verb with an object after it: a finite past
    ("The company built the bridge in May.", "L'entreprise a bâti le pont en mai."),
    # *know* takes a clause without *that*: "paid" is its verb
    ("We know the company paid for the work.",
     "Nous savons l'entreprise a payé pour le travail."),
    # "and" after a preposition: a clause of its own
    ("The talks started in Moscow and the leaders signed in Paris.",
     "Les discussions ont commencé à Moscou et les chefs ont signé à Paris."),
    # another verb after the participle: it is no clause's only verb
    ("The crew led by the captain won the race.",
     "L'équipage mené par le capitaine a gagné la course."),
])
def test_left_alone(source: str, french: str) -> None:
    assert reduced_relatives([source], [french]) == [french]


def test_english_sites() -> None:
    got = tagged_units(["The ideas discussed there will shape the plans the town adopted."])
    assert got is not None
    assert english_sites(got[0]) == [("subject", "pl"), ("other", "sg")]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["He visited the plant built last year.",
                           "The company paid for the work."], engine, "en", "fr")
    assert "l'usine construite l'année" in out[0].text, out[0].text  # *build*: verb_senses
    assert "L'entreprise a payé" in out[1].text, out[1].text
