"""A list whose first member has its determiner, the others said bare (list_articles.py)."""

from __future__ import annotations

import pytest

from daybook.translate.list_articles import list_articles


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # members the analyser reads as verbs too ("finances")
    ("projects in trade, investment, industry, finance, science and technology.",
     "des projets dans le commerce, investissement, industrie, finances, science et technologie.",
     "des projets dans le commerce, l’investissement, l’industrie, les finances, la science et "
     "la technologie."),
    ("relations based on friendship, cordial relations, mutual support and mutual respect.",
     "des relations basées sur l’amitié, relations cordiales, soutien mutuel et respect mutuel.",
     "des relations basées sur l’amitié, les relations cordiales, le soutien mutuel et le "
     "respect mutuel."),
    # "de" said again with each article; an adjective before the first noun
    ("the principles of good-neighbourliness, consideration and respect for interests.",
     "les principes du bon voisinage, considération et respect pour les intérêts.",
     "les principes du bon voisinage, de la considération et du respect pour les intérêts."),
    # "des": the plural members "des", the singular ones the partitive
    ("I am talking about essential goods, medicines and medical equipment.",
     "Je parle des marchandises essentielles, médicaments et équipement médical.",
     "Je parle des marchandises essentielles, des médicaments et de l’équipement médical."),
    # closed by "d'autres": the members before it take theirs
    ("in culture, education, science, sport, and other areas.",
     "dans la culture, éducation, science, sport et d’autres domaines.",
     "dans la culture, l’éducation, la science, le sport et d’autres domaines."),
])
def test_each_member_gets_its_determiner(source: str, french: str, want: str) -> None:
    assert list_articles([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a name's words ("the Ministry for Civil Defence, Emergencies and Disaster Relief")
    ("the Ministry for Civil Defence, Emergencies and Disaster Relief.",
     "le ministère de la Défense Civil, urgences et relief de désastre."),
    # a list of adjectives
    ("in the political, economic, humanitarian and other spheres.",
     "dans le politique, économique, humanitaire et autres sphères."),
    # a pair, no comma in the English: not this rule's
    ("cooperation in trade and investment", "la coopération dans le commerce, investissement et"
     " industrie"),
    # the English gives the second member its own determiner
    ("in trade, investment and the economy.", "dans le commerce, investissement et économie."),
    # a member that is a verb only
    ("trade, we invest and develop.", "le commerce, investissons et développons."),
])
def test_other_lists_are_left(source: str, french: str) -> None:
    assert list_articles([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # a pair whose first member is an English noun stack, a "de" complement in French: the
    # second noun takes its determiner, no longer read as the complement's
    ("channels for drug trafficking and illegal migration, and actively use",
     "des canaux pour le trafic de drogue et migration illégale, et activement utiliser",
     "des canaux pour le trafic de drogue et la migration illégale, et activement utiliser"),
    # "à" said again; a shared complement after the second noun
    ("a contribution to the country’s defence capability and national security.",
     "une contribution à la capacité de défense et sécurité nationale du pays.",
     "une contribution à la capacité de défense et à la sécurité nationale du pays."),
    # an adjective inside the complement
    ("It now boasts high-quality resources and sports infrastructure.",
     "Il présume la ressource de haute qualité et infrastructure sportive.",
     "Il présume la ressource de haute qualité et l’infrastructure sportive."),
])
def test_a_pair_after_a_stack(source: str, french: str, want: str) -> None:
    assert list_articles([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *of* in the English member: the second noun may be the complement's conjunct
    ("a celebration of the Day of Salvation and Liberation",
     "une célébration du jour de salut et libération"),
    # the English member one noun: *drug and arms trafficking*
    ("to stop drug and arms trafficking.", "arrêter le trafic de drogue et armes."),
    # a pair with no complement: ``conjuncts_np``'s
    ("the current status and prospects.", "le statut actuel et perspectives."),
])
def test_pairs_left(source: str, french: str) -> None:
    assert list_articles([source], [french]) == [french]
