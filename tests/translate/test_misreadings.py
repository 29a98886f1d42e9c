"""Nouns and adjectives the pivot reads in another sense, put back by the English
(``misreadings.py``): each where the English has the word in the site's sense, not where it
has the other sense, then agreed and through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.misreadings import misread
from daybook.translate.protect import translate_texts
from daybook.translate.sourced import from_source


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read nouns with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("She is a talented singer.", "Elle est une chanteuse prodigieuse.",
     "Elle est une chanteuse talentueuse."),
    ("Soldiers and officers marched.", "Les soldats et les officiels ont défilé.",
     "Les soldats et les officiers ont défilé."),
    ("Oil prices fell.", "Les prix de l'huile ont baissé.", "Les prix du pétrole ont baissé."),
    ("The emergency services came.", "Les services d'émergence sont venus.",
     "Les services d'urgence sont venus."),
    ("a temporary camp", "un camp temporel", "un camp temporaire"),
    ("He asked for an early resignation.", "Il a demandé une résignation printanière.",
     "Il a demandé une démission anticipée."),
    ("the latest models", "les modèles les plus tardifs", "les modèles les plus récents"),
    ("Thank you for the warm welcome and warm words.",
     "Merci pour l'accueil tiède et les paroles tièdes.",
     "Merci pour l'accueil chaleureux et les paroles chaleureuses."),
    ("This is the real situation.", "C'est la situation royale.", "C'est la situation réelle."),
    ("vegetable growers", "les cultivateurs de végétal", "les cultivateurs de légumes"),
    ("We met the stakeholders.", "Nous avons rencontré les titulaires de pari.",
     "Nous avons rencontré les parties prenantes."),
    ("We pray to God.", "Nous prions au dieu.", "Nous prions à Dieu."),
    ("by early October", "jusqu'en octobre printanier", "jusqu'en début octobre"),
    ("in their early years", "dans leurs années printanières", "dans leurs premières années"),
    ("in hot spots", "dans des taches chaudes", "dans des points chauds"),
    ("our trade partners", "nos collègues commerciaux", "nos partenaires commerciaux"),
    ("Egypt is a reliable partner.", "L'Égypte est la collègue fiable.",
     "L'Égypte est le partenaire fiable."),
    ("the upbringing of children", "l'élevage d'enfants", "l'éducation d'enfants"),
    ("The number of visitors grew.", "Le numéro de visiteurs a grandi.",
     "Le nombre de visiteurs a augmenté."),
    ("the ports of the Far East", "les ports de l'est lointain",
     "les ports de l'Extrême-Orient"),
    ("They live in the Far East.", "Ils vivent dans l'est lointain.",
     "Ils vivent en Extrême-Orient."),
    ("The Foundation helps children.", "Le fondement aide des enfants.",
     "La fondation aide les enfants."),  # the kind helped: generic_np
    ("friendship between the peoples of Europe", "l'amitié entre les villages d'Europe",
     "l'amitié entre les peuples d'Europe"),
    ("We honour the memory of the victims.", "Nous honorons le souvenir immortel des victimes.",
     "Nous honorons la mémoire immortelle des victimes."),
    ("the Army and Navy", "l'armée et armée", "l'armée et la Marine"),
    ("ships of the Navy", "les bateaux de l'armée", "les bateaux de la Marine"),
    # Each "armée" paired in order with the English's *Army* and *Navy*.
    ("weapons in the Army and the Navy’s equipment",
     "des armes dans l'armée et l'équipement de l'armée",
     "des armes dans l'armée et l'équipement de la Marine"),
    ("the Army, the Aerospace Forces and the Navy.",
     "l'armée, les Forces aérospatiales et l'armée.",
     "l'armée, les Forces aérospatiales et la Marine."),
    ("I mean the new law.", "Je mesquin la nouvelle loi.", "Je veux dire la nouvelle loi."),
    ("We discussed a wide range of issues.", "Nous avons parlé d'un champ large de questions.",
     "Nous avons parlé d'un large éventail de questions."),
    ("a list of subjects to discuss", "une liste d'affaires à discuter",
     "une liste de sujets à discuter"),
    ("new materials", "des matériels nouveaux", "de nouveaux matériaux"),
    ("affordable housing", "la carcasse abordable", "le logement abordable"),
    ("These figures are encouraging.", "Ces figures sont encourageantes.",
     "Ces chiffres sont encourageants."),
    ("The figure rose to 7 percent.", "La figure a monté à 7 %.", "Le chiffre a monté à 7 %."),
    ("She is a figure skater.", "Elle est une patineuse de figure.",
     "Elle est une patineuse artistique."),
    ("We see steady growth.", "Nous voyons une croissance ferme.",
     "Nous voyons une croissance constante."),
    ("Exports grew steadily.", "Les exportations ont crû fermement.",
     "Les exportations ont crû régulièrement."),
    ("a single currency for the union", "une monnaie seule pour l'union",
     "une monnaie unique pour l'union"),
    ("He is the team's coach.", "Il est l'autocar de l'équipe.",
     "Il est l'entraîneur de l'équipe."),
    # *elected* before a noun: the participle after it, agreed
    ("until an elected governor takes office", "jusqu'à un gouverneur d'élu prend",
     "jusqu'à un gouverneur élu prend"),
    ("We need an elected assembly.", "Nous avons besoin d'une assemblée d'élu.",
     "Nous avons besoin d'une assemblée élue."),
])
def test_site_sense(source: str, french: str, want: str) -> None:
    assert from_source(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("a prodigious talented child", "un enfant prodigieux"),  # the other sense is there
    ("The officials and officers met.", "Les officiels et les officiers"),
    ("olive oil", "l'huile d'olive"),
    ("The emergence of new markets is an emergency.", "L'émergence"),
    ("the royal family and the real story", "la famille royale"),
    ("The water is warm.", "L'eau est tiède."),
    ("the Gods of Olympus", "les dieux"),
    ("Call the number 112.", "Appelez le numéro 112."),
    ("the foundation of our friendship", "le fondement de notre amitié"),
    ("My colleagues and partners", "Mes collègues et collègues"),
    ("He has fond memories of his memory of the war.", "le souvenir de la guerre"),
    ("the village and its peoples", "les villages"),
    # Three "armée" for an *Army* and a *Navy* (one is *military*): no pairing.
    ("the military re-equipment of the Army and the Navy’s ships",
     "le rééquipement de l'armée de l'armée et les bateaux de l'armée"),
    ("the Army", "l'armée"),  # no *Navy*
    ("What a petty and mean man, I mean it.", "un homme mesquin"),  # the adjective
    ("foreign affairs and other subjects", "les affaires étrangères"),
    ("leading political figures", "des figures politiques importantes"),
    ("Public figures and the figures of the budget", "des figures publiques"),
    ("a figure of speech", "une figure de discours"),
    ("firm guarantees of steady growth", "des garanties fermes"),  # *firm* is there
    ("This year alone, a single plan", "Cette année seule"),  # *alone*
    ("the only single thing", "la chose seule"),
    ("We took a coach to the city.", "Nous avons pris un autocar à la ville."),
    ("the votes of elected deputies", "les votes d'élus"),  # *of elected*: a noun
    ("The actors were talented.", "les comédiens prodigieux"),  # the source lacks no word...
])
def test_other_sense_kept(source: str, french: str) -> None:
    if "talented" in source and "prodigious" not in source:
        assert misread(source, french) != french  # ...this one does fire
        return
    assert misread(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The classrooms are equipped with the latest devices.",
                           "The actual state of affairs is different.",
                           "With God's help, we will overcome this.",
                           "These figures show steady growth."], engine, "en", "fr")
    assert "les plus récents" in out[0].text
    assert "réel" in out[1].text
    assert "l'aide de Dieu" in out[2].text
    assert out[3].text.startswith("Ces chiffres montrent")
