"""A second noun joined by "et" with the determiner it needs (``conjuncts_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.conjuncts_np import conjuncts, listed


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_the_determiner_is_repeated_where_the_second_noun_needs_another() -> None:
    assert conjuncts("un dialogue constructif et coopération") == (
        "un dialogue constructif et une coopération")
    assert conjuncts("avec des poings et violence physique") == (
        "avec des poings et de la violence physique")
    assert conjuncts("une prévention et diagnostics") == "une prévention et des diagnostics"
    assert conjuncts("les piétons et trafic") == "les piétons et le trafic"


def test_left_alone() -> None:
    # Two plurals, a determiner that fits both, a pronoun before a verb, after "de".
    for french in ("des plans et initiatives", "un maître talentueux et mentor",
                   "je le fais et travail", "la création de la coopération et dialogue",
                   "des enfants et familles", "des classes et u pour"):
        assert conjuncts(french) == french



@pytest.mark.parametrize(("source", "french", "want"), [
    # "de" said again with the determiner the second noun needs (made up; the French
    # modelled on the engine's)
    ("We discussed its current status and prospects.",
     "Nous avons parlé de son statut actuel et perspectives.",
     "Nous avons parlé de son statut actuel et de ses perspectives."),
    ("We care for the family and relatives.", "Nous prenons soin de la famille et proches.",
     "Nous prenons soin de la famille et des proches."),
    # the engine gave the second noun its own determiner, the English shares the first:
    # "de"/"à" said again
    ("We have discussed its establishment and subsequent growth.",
     "Nous avons parlé de son établissement et sa croissance subséquente.",
     "Nous avons parlé de son établissement et de sa croissance subséquente."),
    # *of X and Y* shares *of* though another *and* of the sentence has its own *the*
    ("We focus on the strengthening of the family and family values, and the culture.",
     "Nous nous concentrons sur le renforcement de la famille et les valeurs familiales, et "
     "la culture.",
     "Nous nous concentrons sur le renforcement de la famille et des valeurs familiales, et "
     "la culture."),
    ("Thank you for your contribution to strengthening friendship and mutual understanding.",
     "Merci pour votre contribution au renforcement de l’amitié et la compréhension mutuelle.",
     "Merci pour votre contribution au renforcement de l’amitié et de la compréhension "
     "mutuelle."),
])
def test_prepositions(source: str, french: str, want: str) -> None:
    assert conjuncts(french, source) == want


@pytest.mark.parametrize(("source", "french"), [
    # an adjective that agrees with the first noun
    ("We discussed the current and future plan.", "Nous avons parlé du plan actuel et futur."),
    # the English gives the second noun its own determiner
    ("The head of the city and the region signed it.",
     "Le chef de la ville et la région a signé."),
    # a verb after the second noun: a subject of its own
    ("The head of the city and region have signed it.",
     "Le chef de la ville et la région ont signé."),
])
def test_prepositions_left_alone(source: str, french: str) -> None:
    assert conjuncts(french, source) == french


def test_listed_after_bare_objects() -> None:
    # the first noun's article came after the source rules: the list takes its own
    assert listed(["Such conflicts feed terrorism, extremism and crime."],
                  ["Tels conflits alimentent le terrorisme, extrémisme et crime."]) == [
        "Tels conflits alimentent le terrorisme, l'extrémisme et le crime."]


def test_pairs_of_heads_left_alone() -> None:
    # the second noun has its own complement, as the noun before "de" has: they are the
    # pair; an adjective coordinated with the first's (the engine's order)
    assert conjuncts("la modernisation de la production et l'amélioration de la qualité",
                     "modernising production and improving quality") == (
        "la modernisation de la production et l'amélioration de la qualité")
    assert conjuncts("aux valeurs spirituelles et morale hauts d'Islam",
                     "to the high spiritual and moral values of Islam") == (
        "aux valeurs spirituelles et morale hauts d'Islam")


def test_complement_of_both() -> None:
    # a complement after the second noun that both share (not two nouns of action)
    assert conjuncts("le soutien aux amis et les familles des victimes",
                     "support to the friends and families of the victims") == (
        "le soutien aux amis et aux familles des victimes")


def test_listed_after_the_clause_rules() -> None:
    # a noun phrase the clause rules made of the engine's gerund: "de" said again
    assert listed(["The union helps protecting their rights and lawful interests."],
                  ["L'union aide à la protection de leurs droits et leurs intérêts licites."]) == [
        "L'union aide à la protection de leurs droits et de leurs intérêts licites."]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *of X and the Y*, *Y* closed by punctuation: "de" said again before *Y*'s own
    # determiner (made up; the French modelled on the engine's)
    ("Their achievements are the pride of Russia and the Russian people.",
     "Leurs réalisations sont l’orgueil de la Russie et le peuple russe.",
     "Leurs réalisations sont l’orgueil de la Russie et du peuple russe."),
    ("We look at the centres of the capital and the entire country.",
     "Nous regardons les centres de la capitale et le pays entier.",
     "Nous regardons les centres de la capitale et du pays entier."),
    # two places the English shares *of* for, the second one a name
    ("Ferries sail between the ports of the Caucasus and Crimea.",
     "Des ferries naviguent entre les ports du Caucase et la Crimée.",
     "Des ferries naviguent entre les ports du Caucase et de la Crimée."),
    # the second noun's adjective in the noun's gender (the pivot's Catalan one)
    ("We discussed the development of the industry and its individual areas.",
     "Nous avons parlé du développement de l'industrie et ses domaines individuelles.",
     "Nous avons parlé du développement de l'industrie et de ses domaines individuels."),
])
def test_preposition_before_a_determiner_of_its_own(source: str, french: str, want: str
                                                    ) -> None:
    assert conjuncts(french, source) == want


@pytest.mark.parametrize(("source", "french"), [
    # the second noun has its own complement: a conjunct of the noun before "de"
    ("He noted the importance of dialogue and the need to resume talks.",
     "Il a noté l’importance du dialogue et le besoin de reprendre les pourparlers."),
    # a person beside a person, an action beside the first noun
    ("I met the head of the region and the mayor.",
     "J'ai rencontré le chef de la région et le maire."),
    ("With the lineup of the participants and the impeccable organisation, it is a feast.",
     "Avec la composition des participants et l’organisation parfaite, c'est une fête."),
    # the first conjunct an owner's *'s*: "de la Russie" is the owner, not *of*'s noun
    ("It is the foundation of Russia’s development and our treasure.",
     "C'est le fondement du développement de la Russie et notre trésor."),
    # *both X and Y*: speech_pairs gives each member its preposition
    ("It is home to both Russia and Japan.", "C'est maison tant à la Russie et le Japon."),
])
def test_preposition_left_to_the_first_noun(source: str, french: str) -> None:
    assert conjuncts(french, source) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    # *in X and (the) Y*: "en", "au", "aux" again before the second place, by its article
    ("It is the longest bridge in Russia and Europe.",
     "C’est le pont le plus long en Russie et l’Europe.",
     "C’est le pont le plus long en Russie et en Europe."),
    ("Gas is supplied to China and the US; to all points.",
     "Le gaz est distribué en Chine et les USA ; à tous les points.",
     "Le gaz est distribué en Chine et aux USA ; à tous les points."),
    ("We work in Japan and China.", "Nous travaillons au Japon et la Chine.",
     "Nous travaillons au Japon et en Chine."),
])
def test_places_take_their_preposition_again(source: str, french: str, want: str) -> None:
    assert conjuncts(french, source) == want


def test_a_place_before_its_own_verb_left_alone() -> None:
    french = "La Russie est en Europe et la Turquie est en Asie."
    assert conjuncts(french, "Russia is in Europe and Turkey is in Asia.") == french
