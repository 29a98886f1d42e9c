"""A bare common noun after a preposition given its article (bare_nouns.py)."""

from __future__ import annotations

import pytest

from daybook.translate.bare_nouns import (
    and_others,
    bare_after_a,
    bare_after_comme,
    bare_after_par,
    bare_after_preposition,
    in_domains,
)


@pytest.mark.parametrize(("en", "fr", "want"), [
    # a notion taken as a whole: the definite article, elided before a vowel
    ("relations are based on friendship", "les relations sont basées sur amitié",
     "les relations sont basées sur l’amitié"),
    ("the fight against corruption", "la lutte contre corruption",
     "la lutte contre la corruption"),
    ("the company for military service", "la société pour service militaire",
     "la société pour le service militaire"),
    ("the political situation in the area of responsibility",
     "la situation politique dans zone de responsabilité",
     "la situation politique dans la zone de responsabilité"),
    # an indefinite plural after *avec*, *entre*, *sur*
    ("together with students of the academies", "conjointement avec étudiants des académies",
     "conjointement avec des étudiants des académies"),
    ("interaction between widely different traditions",
     "interaction entre traditions amplement différentes",
     "interaction entre des traditions amplement différentes"),
    ("an order based on multipolar concepts", "un ordre basé sur concepts multipolaires",
     "un ordre basé sur des concepts multipolaires"),
    # a class after *pour*; a capitalised subject is no name before the preposition
    ("a programme for children", "un programme pour enfants", "un programme pour les enfants"),
    ("The President spoke about tourism", "Le Président a parlé sur tourisme",
     "Le Président a parlé sur le tourisme"),
])
def test_the_noun_gets_its_article(en: str, fr: str, want: str) -> None:
    assert bare_after_preposition(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    ("they worked successfully", "ils ont travaillé avec succès"),  # manner, invariable
    ("we note with satisfaction", "nous notons avec satisfaction"),  # *avec* + singular
    ("the visit planned for January 2020", "la visite prévue pour janvier 2020"),  # a month
    ("on the proposal of the Government", "sur proposition du gouvernement"),  # set phrase
    ("on the spot", "sur place"),
    ("its goal is to develop", "elle a pour objectif de développer"),
    ("for example", "par exemple"),  # *par* is left
    ("we are here to talk", "nous sommes ici pour parler"),  # an infinitive, no noun
    ("thank you in advance", "je vous remercie pour avance"),  # set phrase
    ("on the development of the region", "sur le développement de la région"),  # has one
    ("in Moscow", "dans Moscou"),  # a name
    # an institution's name: its words up to the preposition adjectives or "d'État"
    ("the Russian State Children's Library", "la Bibliothèque d’État russe pour enfants"),
    ("the Russian Children's Foundation", "la Fondation russe pour enfants, Moscou"),
])
def test_set_phrases_and_determined_nouns_are_left(en: str, fr: str) -> None:
    assert bare_after_preposition(en, fr) == fr


@pytest.mark.parametrize(("en", "fr", "want"), [
    # *including* + a bare noun: the definite article, "des" for a plural
    ("all spheres, including culture", "toutes les sphères, y compris culture",
     "toutes les sphères, y compris la culture"),
    ("including preparation for classes", "y compris préparation pour des classes",
     "y compris la préparation pour des classes"),
    # a noun that is a finite verb too ("recherche", "finance"): no verb after a preposition
    ("based on careful research", "basées sur recherche minutieuse",
     "basées sur la recherche minutieuse"),
    ("including finance", "des sujets, y compris finance", "des sujets, y compris la finance"),
])
def test_including_gives_the_noun_its_article(en: str, fr: str, want: str) -> None:
    assert bare_after_preposition(en, fr) == want


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("everyone here has contributed to strengthening our country",
     "tout le monde ici a contribué à renforcement",
     "tout le monde ici a contribué au renforcement"),
    ("he converted to Orthodoxy in 1994", "il a converti à orthodoxie en 1994",
     "il a converti à l’orthodoxie en 1994"),
    # the noun joined by "et" takes its own, "à" said again
    ("we are committed to solidarity and cooperation",
     "nous sommes attachés à solidarité et coopération.",
     "nous sommes attachés à la solidarité et à la coopération."),
])
def test_to_gives_the_noun_its_article(en: str, fr: str, want: str) -> None:
    assert bare_after_a(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # each English has *to* + a bare word: the French decides
    ("films that proved to audiences very successful", "des films très à succès"),  # set phrase
    ("a medium-range missile system to counter threats",
     "un système de missile à portée moyenne pour contrer"),  # a noun's compound
    ("plans to expand in the medium term", "des plans à moyen terme"),
    ("to the people", "il a parlé à la population"),  # has one
    ("he has contributed greatly", "il a contribué à renforcement"),  # no *to* + bare word
    # a finite verb too: the pivot's *to* + infinitive ("sauvegarde", *to safeguard*)
    ("it is our duty to safeguard the truth", "c'est notre devoir à sauvegarde la vérité"),
])
def test_a_before_set_phrases_compounds_and_determined_nouns_is_left(en: str, fr: str) -> None:
    assert bare_after_a(en, fr) == fr


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("companies located in Russia, the CIS and other foreign countries",
     "des entreprises en Russie, la CEI et autres pays étrangers",
     "des entreprises en Russie, la CEI et d’autres pays étrangers"),
    ("the Defence Ministry and other departments",
     "le ministère de la Défense et autres départements",
     "le ministère de la Défense et d’autres départements"),
])
def test_and_other_after_a_noun_is_d_autres(en: str, fr: str, want: str) -> None:
    assert and_others(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # *other* one of the adjectives: the list is of adjectives
    ("economic, cultural and other ties", "liens économique, culturel et autres liens"),
    ("the Jewish and other nations", "le juif et autres nations"),
    ("the CIS and others.", "la CEI et autres."),  # a pronoun, no noun after it
])
def test_and_other_after_an_adjective_is_left(en: str, fr: str) -> None:
    assert and_others(en, fr) == fr


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("the central role of the UN in international affairs.",
     "le rôle central de l’ONU dans des affaires internationales.",
     "le rôle central de l’ONU dans les affaires internationales."),
    ("people with low incomes live in rural areas",
     "les personnes avec des revenus bas vivent dans des zones rurales",
     "les personnes avec des revenus bas vivent dans les zones rurales"),
    ("a chance to turn the page in European relations",
     "tourner la page dans des relations européennes",
     "tourner la page dans les relations européennes"),
])
def test_in_a_domain_is_definite(en: str, fr: str, want: str) -> None:
    assert in_domains(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # an adjective of quality, no domain; a relative clause after the noun
    ("road accidents in specific areas", "accidents dans des domaines particuliers"),
    ("investment in areas that are important",
     "investissement dans des domaines qui sont importants"),
    # the English has its determiner: the indefinite is the English's
    ("they took part in some international competitions",
     "ils ont participé dans des compétitions internationales"),
])
def test_in_other_plurals_is_left(en: str, fr: str) -> None:
    assert in_domains(en, fr) == fr


def test_the_agent_after_par_takes_its_article(apertium_ok: bool) -> None:
    assert bare_after_par("130 buildings have been damaged by fire.",
                          "130 bâtiments ont été abîmés par feu.") == \
        "130 bâtiments ont été abîmés par le feu."
    assert bare_after_par("It was caused by artificial intelligence.",
                          "Elle a été causée par intelligence artificielle.") == \
        "Elle a été causée par l’intelligence artificielle."
    assert bare_after_par("Our countries are united by strong relations.",
                          "Nos pays sont unis par relations fortes.") == \
        "Nos pays sont unis par des relations fortes."


def test_par_of_means_or_with_a_determiner_is_left(apertium_ok: bool) -> None:
    for english, french in (
            # means in both languages; a determiner in the English; no participle before
            ("The train will be towed by sea.", "Le train sera remorqué par mer."),
            ("It was damaged by the fire.", "Il a été abîmé par feu."),
            ("He earns more by year.", "Il gagne plus par an.")):
        assert bare_after_par(english, french) == french


@pytest.mark.parametrize(("en", "fr", "want"), [
    # one bare noun: its article
    ("values such as mutual trust", "des valeurs comme confiance mutuelle",
     "des valeurs comme la confiance mutuelle"),
    # a list: every member takes its article, not the first alone (an adjective before the
    # noun, a hyphenated "non-" noun, a noun with its complement)
    ("sectors like shipbuilding, aircraft manufacturing and agriculture.",
     "les secteurs comme construction navale, fabrication d'aéronefs et agriculture.",
     "les secteurs comme la construction navale, la fabrication d'aéronefs et "
     "l’agriculture."),
    ("areas such as nuclear energy, space exploration and high technology.",
     "des domaines comme énergie nucléaire, exploration spatiale et haute technologie.",
     "des domaines comme l’énergie nucléaire, l’exploration spatiale et la haute "
     "technologie."),
    ("principles such as mutual trust, respect for sovereignty and non-interference.",
     "des principes comme confiance mutuelle, respect de la souveraineté et non-ingérence.",
     "des principes comme la confiance mutuelle, le respect de la souveraineté et la "
     "non-ingérence."),
    # a list whose first member the pivot gave its article
    ("issues such as climate change, terrorism and drug trafficking.",
     "des questions comme le changement climatique, terrorisme et le trafic de drogue.",
     "des questions comme le changement climatique, le terrorisme et le trafic de drogue."),
    # a member that is no noun: none takes one, the list stays as the pivot wrote it
    ("industries such as mining, finance and tourism.",
     "des industries comme mine, en exploitant et tourisme.",
     "des industries comme mine, en exploitant et tourisme."),
    # *like* as a verb is no list ("I would like to"): the list after *such as* is read
    ("I would like to stress principles such as trust, respect and dialogue.",
     "je voudrais souligner des principes comme confiance, respect et dialogue.",
     "je voudrais souligner des principes comme la confiance, le respect et le dialogue."),
])
def test_bare_after_comme(en: str, fr: str, want: str) -> None:
    assert bare_after_comme(en, fr) == want
