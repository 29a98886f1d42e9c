"""English verbs used without an object said as French pronominal verbs (``pronominal.py``).
The English sentences are made up for these tests; the French is what the engine writes for
such sentences, the expected French written by hand; the last test goes through the real
engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.processes import tagged_units
from daybook.translate.pronominal import english_verbs, pronominal
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the English with Apertium's tagger and the French with its
    dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a compound tense: "être", the participle agreed with a feminine plural subject
    ("Our trade relations have expanded considerably.",
     "Nos relations commerciales ont étendu considérablement.",
     "Nos relations commerciales se sont étendues considérablement."),
    # negation: "n'a" -> "ne s'est"
    ("The weather has not improved.", "Le temps n'a pas amélioré.",
     "Le temps ne s'est pas amélioré."),
    # a simple tense and an infinitive
    ("The economy is stabilising and will continue to develop.",
     "L'économie stabilise et continuera à développer.",
     "L'économie se stabilise et continuera à se développer."),
    # another French verb: *end* "se terminer", *increase* "augmenter" (no pronoun)
    ("The holiday ends on Monday.", "Le congé finit lundi.", "Le congé se termine lundi."),
    ("Sales increased by 12 percent.", "Les ventes ont accru par 12 %.",
     "Les ventes ont augmenté de 12 %."),
    # *focus on*, *register for*
    ("The talk focused on schools.", "La conversation a focalisé dans des écoles.",
     "La conversation s'est concentrée sur des écoles."),
    ("Ten thousand volunteers registered for the race.",
     "Dix mille volontaires ont enregistré pour la course.",
     "Dix mille volontaires se sont inscrits à la course."),
    # a subject relative the pivot wrote "qu'il"
    ("We value the friendship that has developed between our towns.",
     "Nous apprécions l'amitié qu'il a développé entre nos villes.",
     "Nous apprécions l'amitié qui s'est développée entre nos villes."),
    # the first person: "je me", "nous nous"
    ("I remember the old house.", "Je souviens la vieille maison.",
     "Je me souviens de la vieille maison."),
    ("We are preparing for the winter.", "Nous préparons pour l'hiver.",
     "Nous nous préparons pour l'hiver."),
    # *address* an audience: "s'adresser à"
    ("When I addressed the students, I spoke about science.",
     "Quand j'ai adressé les étudiants, j'ai parlé de science.",
     "Quand je me suis adressé aux étudiants, j'ai parlé de science."),
    # subjects joined by "et": feminine when each is, proper nouns by their article
    ("Russia and China have developed.", "La Russie et la Chine ont développé.",
     "La Russie et la Chine se sont développées."),
    ("Russia and Brazil have developed.", "La Russie et le Brésil ont développé.",
     "La Russie et le Brésil se sont développés."),
    ("Cooperation and friendship have strengthened.",
     "La coopération et l'amitié ont renforcé.",
     "La coopération et l'amitié se sont renforcées."),
    ("Russia and India have developed.", "La Russie et l'Inde ont développé.",
     "La Russie et l'Inde se sont développées."),
    # a noun phrase before "et" that is the object of another verb is no subject
    ("We signed the treaty and cooperation has developed.",
     "Nous avons signé le traité et la coopération a développé.",
     "Nous avons signé le traité et la coopération s'est développée."),
    # *meet* with no object is reciprocal
    ("The delegations met in Moscow.", "Les délégations ont rencontré à Moscou.",
     "Les délégations se sont rencontrées à Moscou."),
    ("They met in Moscow.", "Ils ont rencontré à Moscou.", "Ils se sont rencontrés à Moscou."),
    # *have been developing*: the engine's "ont été en train de" as a compound tense
    ("Our relations have been developing steadily.",
     "Nos relations ont été en train de développer régulièrement.",
     "Nos relations se sont développées régulièrement."),
    ("Cooperation has always been developing.",
     "La coopération a toujours été en train de développer.",
     "La coopération s'est toujours développée."),
    # *at all levels*, which the tagger reads as the adverb *at all* and a noun
    ("Cooperation is developing at all levels.",
     "La coopération développe à tous les niveaux.",
     "La coopération se développe à tous les niveaux."),
    # a time before the subject is no relative's head ("the plan the firm developed"),
    # and the participle agrees with the subject, not with the time
    ("Over the past years our ties have strengthened.",
     "Sur les dernières années nos liens ont renforcé.",
     "Sur les dernières années nos liens se sont renforcés."),
])
def test_pronominal(source: str, french: str, want: str) -> None:
    assert pronominal([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # an object after the verb
    ("We will develop new engines.", "Nous développerons de nouveaux moteurs."),
    # a passive
    ("The plan was improved last year.", "Le plan a été amélioré l'année dernière."),
    # the object is the relative before the verb
    ("This is the method we developed.", "C'est la méthode nous avons développé."),
    ("The plan the firm developed is good.", "Le plan l'entreprise a développé est bien."),
    # two verbs sharing one object
    ("We develop and improve our schools.", "Nous développons et améliorons nos écoles."),
    # *address* an issue is lightverbs' ("traiter")
    ("We addressed the problem.", "Nous avons adressé le problème."),
    # *met with*, *met* + object: "rencontrer" someone; a participle the engine read
    # as a past historic ("connus") is no verb to make pronominal
    ("The President met with the Governor.", "Le Président a rencontré le gouverneur."),
    ("The two leaders met in Moscow.", "Les deux chefs connus à Moscou."),
    ("Federal roads meet preset standards.",
     "Les routes fédérales connaissent des normes prédéfinies."),
    # an infinitive with its pronoun already
    ("We are glad to have this opportunity to meet.",
     "Nous sommes heureux d'avoir cette occasion de nous rencontrer."),
    # the French counts its verbs differently: left alone
    ("The city has developed, and it keeps developing.", "La ville a développé."),
])
def test_left_alone(source: str, french: str) -> None:
    assert pronominal([source], [french]) == [french]


def test_english_verbs() -> None:
    got = tagged_units(["Ties have strengthened and we will strengthen them further."])
    assert got is not None
    assert english_verbs(got[0]) == [("strengthen", True), ("strengthen", False)]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Our cooperation has improved considerably.",
                           "The company has improved its engines."], engine, "en", "fr")
    assert "s'est améliorée" in out[0].text, out[0].text
    assert "a amélioré ses moteurs" in out[1].text, out[1].text
