"""Nouns the pivot takes from a Catalan look-alike (``lookalikes.py``): *pensioners*
"retraités", *devotion* "dévouement", *transfer* "transfert", *providing* "la fourniture",
*significance* "importance", *disabilities* "handicapées", *accommodate* "accueillir". The
French is what the engine writes for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.lookalikes import (
    accommodate,
    devotion,
    executive,
    followers,
    lookalikes,
    pensioners,
    same_gender,
    transfer,
)


def test_pensioners_are_retraites() -> None:
    assert pensioners("this does not meet the needs of the pensioners",
                      "ça ne répond pas aux besoins des pensionnaires") == (
        "ça ne répond pas aux besoins des retraités")
    # A boarder is a "pensionnaire".
    french = "les pensionnaires de l'internat"
    assert pensioners("the boarders of the school", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("in St George Hall, where the spirit of devotion to the Fatherland reigns",
     "dans St George Hall, où l’esprit de la dévotion à la patrie règne",
     "dans St George Hall, où l’esprit du dévouement à la patrie règne"),
    ("traditions of selfless devotion and service",
     "traditions de service et de dévotion désintéressée",
     "traditions de service et de dévouement désintéressé"),
    ("serve Russia with the same sense of duty and devotion.",
     "servent la Russie avec le même sens de devoir et de dévotion.",
     "servent la Russie avec le même sens de devoir et de dévouement."),
])
def test_devotion_is_devouement(source: str, french: str, want: str) -> None:
    assert devotion(source, french) == want


def test_devotion_of_faith_stays() -> None:
    french = "la dévotion des pèlerins et leurs prières"
    assert devotion("the devotion of pilgrims and their prayers", french) == french


def test_transfer_and_removing() -> None:
    assert transfer("to make sure that the transfer of contracts does not create",
                    "d’assurer que le déménagement des contrats ne crée") == (
        "d’assurer que le transfert des contrats ne crée")
    assert transfer("and for removing barriers to trade",
                    "et pour le déménagement des barrières pour") == (
        "et pour la suppression des barrières pour")
    # Moving house is a "déménagement".
    french = "le déménagement des familles"
    assert transfer("families moving and the transfer of funds", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Much attention was paid to providing humanitarian aid to the Syrian people",
     "Beaucoup d’attention a été accordée à la provision du secours humanitaire",
     "Beaucoup d’attention a été accordée à la fourniture du secours humanitaire"),
    ("subjects that are of crucial significance for the well-being",
     "des sujets qui sont de signification cruciale pour le bien-être",
     "des sujets qui sont d'importance cruciale pour le bien-être"),
    ("The meeting focused on social support for people with disabilities.",
     "La rencontre a porté sur le soutien social pour des personnes avec des incapacités.",
     "La rencontre a porté sur le soutien social pour des personnes handicapées."),
])
def test_same_gender_nouns(source: str, french: str, want: str) -> None:
    assert same_gender(source, french) == want


def test_provisions_of_a_law_stay() -> None:
    french = "la provision des lois qui ont été fournies"
    assert same_gender("the provisions of the laws provided", french) == french


def test_accommodate_is_accueillir() -> None:
    assert accommodate("Syria can now accommodate up to 1.5 million refugees",
                       "la Syrie peut maintenant accommoder jusqu’à 1,5 million") == (
        "la Syrie peut maintenant accueillir jusqu’à 1,5 million")


def test_lookalikes_runs_every_rule() -> None:
    assert lookalikes("the pensioners' devotion", "la dévotion des pensionnaires") == (
        "le dévouement des retraités")


def test_followers_of_a_faith_are_adeptes() -> None:
    assert followers("where followers of various faiths have lived for centuries",
                     "où les supporters de diverses confessions ont vécu") == (
        "où les adeptes de diverses confessions ont vécu")
    # Fans of a club are its "supporters".
    french = "les supporters du club"
    assert followers("the followers of the club", french) == french


@pytest.mark.parametrize(("en", "fr", "want"), [
    # *executive* is "exécutif", of the noun's gender; "exécutoire" is *enforceable*
    ("assessments of the executive authorities' work",
     "leurs appréciations du travail des autorités exécutoires.",
     "leurs appréciations du travail des autorités exécutives."),
    ("representatives of federal and regional executive bodies",
     "représentants de fédéral et organe exécutoire régional",
     "représentants de fédéral et organe exécutif régional"),
    ("The executive director presented the report.",
     "Le directeur exécutoire a présenté le rapport.",
     "Le directeur exécutif a présenté le rapport."),
    # English that says *enforceable* keeps the legal sense
    ("The executive body made the decision enforceable.",
     "L'organe exécutif a rendu la décision exécutoire.",
     "L'organe exécutif a rendu la décision exécutoire."),
])
def test_executive(en: str, fr: str, want: str) -> None:
    assert executive(en, fr) == want
