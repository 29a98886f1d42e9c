"""The definite article of a notion after a noun of action or domain (notion_articles.py)."""

from __future__ import annotations

import pytest

from daybook.translate.notion_articles import notion_articles


@pytest.mark.parametrize(("en", "fr", "want"), [
    # an action noun's object, a mass noun or a notion: the definite article, "de" contracted
    ("and promotes the consolidation of international stability and security",
     "et promeut la consolidation de sécurité et de stabilité internationale",
     "et promeut la consolidation de la sécurité et de la stabilité internationale"),
    ("The Governor spoke about the further development of agriculture",
     "Le gouverneur a parlé du développement ultérieur d’agriculture",
     "Le gouverneur a parlé du développement ultérieur de l’agriculture"),
    ("We are committed to the further development of political dialogue",
     "Nous sommes commis au développement le plus lointain de dialogue politique",
     "Nous sommes commis au développement le plus lointain du dialogue politique"),
    # a domain: each member joined by ", de" / "et de" takes its own
    ("figures from the world of culture, art and sport",
     "personnalités du monde de culture, d’art et de sport",
     "personnalités du monde de la culture, de l’art et du sport"),
    ("in the interests of stability", "dans les intérêts de stabilité",
     "dans les intérêts de la stabilité"),
    ("the protection of motherhood and childhood", "la protection de maternité et d’enfance",
     "la protection de la maternité et de l’enfance"),
    # a plural object: "des"
    ("a new programme for the development of rural areas",
     "un nouveau programme pour le développement de zones rurales",
     "un nouveau programme pour le développement des zones rurales"),
    # the English apostrophe kept where the text has the straight one
    ("the history of world and national cinema", "l'histoire de monde et de cinéma national",
     "l'histoire du monde et du cinéma national"),
])
def test_the_notion_gets_its_article(en: str, fr: str, want: str) -> None:
    assert notion_articles(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # a head that characterises: not in the table
    ("the principles of equality", "les principes d’égalité"),
    ("the spirit of cooperation", "l’esprit de coopération"),
    ("the quality of life", "la qualité de vie"),
    # a domain's set compound
    ("their sphere of influence", "leur sphère d’influence"),
    ("the field of activity", "le domaine d’activité"),
    # the English head has no determiner: a kind (*areas of cooperation*)
    ("new areas of cooperation", "des domaines de coopération nouveaux"),
    # the English has a determiner after *of*: the French is another construction
    ("the development of our cooperation", "le développement de coopération"),
    # a comparative after *of*: "une meilleure stabilité", not the notion as a whole
    ("in the interests of better stability and security",
     "dans l’intérêt de sécurité et de stabilité meilleure"),
    # a name, a figure, an infinitive after "de"
    ("the history of Russia", "l’histoire de Russie"),
    ("the importance of working together", "l’importance de travailler ensemble"),
    # no English *<head> of* at all
    ("the world from fascism", "le monde de fascisme"),
])
def test_other_complements_are_left(en: str, fr: str) -> None:
    assert notion_articles(en, fr) == fr
