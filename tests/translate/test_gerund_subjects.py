"""A sentence's gerund subject said as an infinitive (``gerund_subjects.py``). The English
sentences are made up for these tests or modelled on the digest's; the French is modelled
on the engine's output for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.gerund_subjects import gerund_subjects


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # after a quotation mark; a relative's verb is no end of the subject's search
    ("“Holding such a meeting involving religious figures is a very important event.",
     "« En organisant une telle rencontre qui implique des personnalités religieuses est un "
     "événement très important.",
     "« Organiser une telle rencontre qui implique des personnalités religieuses est un "
     "événement très important."),
    # a list after commas; "peuple" (also a verb) is no verb of the sentence
    ("Promoting the health of our people, extending life expectancy, and improving the "
     "quality of life are important national goals.",
     "En promouvant la santé de notre peuple, en étendant l’espérance de vie, et en "
     "améliorant la qualité de la vie est des buts nationaux importants.",
     "Promouvoir la santé de notre peuple, étendre l’espérance de vie, et améliorer la "
     "qualité de la vie est des buts nationaux importants."),
    ("Knowing that the machine tools were made in Russia is particularly gratifying.",
     "En sachant que les outils ont été faits en Russie gratifie particulièrement.",
     "Savoir que les outils ont été faits en Russie gratifie particulièrement."),
])
def test_gerund_subjects(source: str, french: str, want: str) -> None:
    assert gerund_subjects([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a participle clause: a comma, then the subject
    ("Working in all sectors of agriculture, farmers preserve the best traditions.",
     "En travaillant dans tous les secteurs de l’agriculture, les paysans conservent les "
     "meilleures traditions."),
    # a phrase of circumstance
    ("Speaking at the meeting, the President said it.",
     "En parlant à la rencontre, le Président l’a dit."),
    # a pronoun subject before the verb: a participle clause with no comma
    ("Acting together we can achieve a lot.",
     "En agissant ensemble nous pouvons réaliser beaucoup."),
    # no verb after a subject in the English
    ("Developing trade with our partners, we will open new markets.",
     "En développant le commerce avec nos partenaires, nous ouvrirons de nouveaux marchés."),
])
def test_gerund_subjects_leaves(source: str, french: str) -> None:
    assert gerund_subjects([source], [french]) == [french]
