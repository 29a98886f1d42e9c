"""The definite article of a domain after a noun of action or field (``domains_np.py``):
"le développement de l'agriculture", "le secteur du pétrole et du gaz"; classifying
compounds, names, other nouns and quoted titles stay bare."""

from __future__ import annotations

import pytest

from daybook.translate.domains_np import domain_articles


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will implement the programme for the development of agriculture.",
     "Nous mettrons en œuvre le programme pour le développement d'agriculture.",
     "Nous mettrons en œuvre le programme pour le développement de l'agriculture."),
    ("I would like to note the growth of trade by 16 percent in 2018.",
     "Je voudrais noter la croissance de commerce de 16 % en 2018.",
     "Je voudrais noter la croissance du commerce de 16 % en 2018."),
    ("the future of the oil and gas sector",
     "L’avenir du secteur de pétrole et de gaz, sa compétitivité",
     "L’avenir du secteur du pétrole et du gaz, sa compétitivité"),
    ("to facilitate the strengthening of stability and security in Eurasia",
     "faciliter le renforcement de stabilité et de sécurité en Eurasie",
     "faciliter le renforcement de la stabilité et de la sécurité en Eurasie"),
    ("to facilitate the development of relations between your states and Russia",
     "pour faciliter le développement de relations entre vos états et la Russie",
     "pour faciliter le développement des relations entre vos états et la Russie"),
    ("a contribution to the development of Russian culture",
     "une contribution au développement de culture russe",
     "une contribution au développement de la culture russe"),
    ("the protection of the environment", "la protection d’environnement",
     "la protection de l'environnement"),
    ("Development of international cooperation", "Développement de coopération internationale",
     "Développement de la coopération internationale"),
    ("work in all sectors of agriculture", "dans tous les secteurs d'agriculture",
     "dans tous les secteurs de l'agriculture"),
    ("the tourism sector", "pour le secteur de tourisme, et",
     "pour le secteur du tourisme, et"),
])
def test_domain_takes_its_article(source: str, french: str, want: str) -> None:
    assert domain_articles(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # a classifying compound: the head is no action on the domain
    ("the cooperation programme", "le programme de coopération"),
    ("security issues", "les questions de sécurité"),
    ("the level of security", "le niveau de sécurité"),
    ("the quality of life", "la qualité de vie"),
    # a determiner already there, or a word of no domain
    ("the development of our cooperation", "le développement de notre coopération"),
    ("the development of the economy", "le développement de l'économie"),
    ("the development of new projects", "le développement de nouveaux projets"),
    ("the development of medical centres", "le développement de centres médicaux"),
    ("the development of a plan", "le développement d'un plan"),
    # a capitalised word is a name; a title in quotation marks is kept as written
    ("the Development of Culture Foundation", "la fondation Développement de Culture"),
    ("the “Development of Culture” programme", "le programme « Développement de culture »"),
    # a domain word inside a longer word
    ("the development of cultures", "le développement de cultures"),
])
def test_left_bare(source: str, french: str) -> None:
    assert domain_articles(source, french) == french
