"""The engine's subject pronoun after an apposition or a relative clause (``resumptive.py``):
taken out where the English goes on with the verb after the comma, kept elsewhere."""

from __future__ import annotations

import pytest

from daybook.translate.resumptive import resumptive


@pytest.mark.parametrize(("source", "french", "want"), [
    ("your party, one of the oldest political parties in Russia’s modern history, has "
     "covered a long and eventful path",
     "votre parti, un des partis politiques plus vieilles dans l’histoire moderne de la "
     "Russie, il a couvert un chemin long et riche",
     "votre parti, un des partis politiques plus vieilles dans l’histoire moderne de la "
     "Russie, a couvert un chemin long et riche"),
    ("“The museum, which first opened in 1919, is marking its anniversary.",
     "« Le musée, qui d’abord a ouvert en 1919, il marque son anniversaire.",
     "« Le musée, qui d’abord a ouvert en 1919, marque son anniversaire."),
    ("The Global Initiative, an international partnership of 88 nations, is carrying out "
     "multifaceted work", "L’initiative Globale, un partenariat international de 88 nations, "
     "il réalise le travail multiforme", "L’initiative Globale, un partenariat international "
     "de 88 nations, réalise le travail multiforme"),
    ("The industry confidently maintains high standards, is developing steadily",
     "L'industrie maintient des niveaux hauts, il se développe régulièrement",
     "L'industrie maintient des niveaux hauts, se développe régulièrement"),
    ("China, the world's largest economy, is planning to develop",
     "La Chine, la plus grande économie du monde, elle prévoit de développer",
     "La Chine, la plus grande économie du monde, prévoit de développer"),
])
def test_resumptive(source: str, french: str, want: str) -> None:
    assert resumptive(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # more pronouns after a comma than verbs after one in the English: which is which is
    # not known, all are kept
    ("The museum, which opened in 1919, is marking its anniversary, and the city, it "
     "seems, is proud.", "Le musée, qui a ouvert en 1919, il marque son anniversaire, et la "
     "ville, il semble, elle est fière."),
    # a subject in the first person before the apposition: the verb's person is in doubt
    ("We, Old-Believers, are preparing.", "Nous, vieux-croyants, ils sont en train de "
     "préparer."),
    # the engine's pronoun is singular, the English verb plural: left to
    # ``agree.appositions``, which gives the verb the English number
    ("Our colleagues, Tatyana Remezova and Natalya Yuryeva, are working with volunteers.",
     "Nos collègues, Tatiana Remezova et Natalia Iourieva, elle est en train de travailler "
     "avec des volontaires."),
    # impersonal "il": "il y a", "il est important de"
    ("In general, there is a need, is it not?", "En général, il y a un besoin, non ?"),
    ("Today, it is important to act, is it not?", "Aujourd'hui, il est important d'agir."),
    # no verb after a comma in the English
    ("In 2020, there will be a forum.", "En 2020, il y aura un forum."),
    ("As for Russia, it has covered a path.", "Quant à la Russie, elle a couvert un chemin."),
])
def test_kept(source: str, french: str) -> None:
    assert resumptive(source, french) == french
