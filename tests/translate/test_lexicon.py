"""Words Apertium chooses wrong for the site's English, from the source (``lexicon.py``),
and the agreement ``sourced.from_source`` then runs on them."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.lexicon import area, board, capital, nation, senses, since, students
from daybook.translate.postedit import french
from daybook.translate.protect import translate_texts
from daybook.translate.sourced import from_source


def test_area() -> None:
    assert area("in many areas", "dans plusieurs aires") == "dans plusieurs domaines"
    assert area("rural areas", "des aires rurales") == "des zones rurales"
    assert area("the area of trade", "l'aire de commerce") == "le domaine de commerce"
    assert area("all areas", "Toutes aires") == "Tous les domaines"
    assert area("no such word", "une aire") == "une aire"  # the source must say it
    assert area("areas", "les Affaires") == "les Affaires"  # a word, not a suffix


def test_students() -> None:
    assert students("The students asked.", "L'effectif scolaire a demandé.") == (
        "Les étudiants a demandé.")
    assert students("school students", "d'effectif scolaire scolaire") == "d'élèves"
    assert students("the staff", "l'effectif scolaire") == "l'effectif scolaire"


def test_nation() -> None:
    assert nation("Our people are proud.", "Nos personnes sont fières.") == (
        "Notre peuple sont fières.")
    # The adjective after it agreed with "peuple".
    assert nation("the Russian people", "toutes les personnes russes") == (
        "tout le peuple russe")
    assert nation("humanitarian aid to the Syrian people", "du secours humanitaire aux "
                  "personnes syriennes") == "du secours humanitaire au peuple syrien"
    # People as persons stay persons.
    assert nation("Many people came.", "Beaucoup de personnes sont venues.") == (
        "Beaucoup de personnes sont venues.")
    assert nation("the Russian people who live there", "les personnes russes qui") == (
        "les personnes russes qui")


def test_since() -> None:
    assert since("This matters, since we are neighbours.", "C'est important, depuis sommes "
                 "voisins.") == "C'est important, puisque nous sommes voisins."
    assert since("Since it is late, we stop.", "Depuis il est tard, arrêtons.") == (
        "Puisqu'il est tard, arrêtons.")
    # a clause with a verb not in a table; a subject that is a noun phrase
    assert since("This is important for us since we service this system online.",
                 "C'est important pour nous depuis nous maintenons ce système en ligne.") == (
        "C'est important pour nous puisque nous maintenons ce système en ligne.")
    assert since("They will receive the awards, since high praise from colleagues is the "
                 "best evidence.", "Ils recevront les prix, depuis le haut éloge depuis des "
                 "collègues est la meilleure preuve.") == (
        "Ils recevront les prix, puisque le haut éloge depuis des collègues est la meilleure "
        "preuve.")  # the second "depuis" is *from*'s
    # paired in order: one of time, one of cause
    assert since("since 2005 and since we are here", "depuis 2005 et depuis sommes ici") == (
        "depuis 2005 et puisque nous sommes ici")
    for source, text in (("We have known each other since 2005.", "depuis 2005"),
                         ("Since we met, much has changed.", "Depuis avons rencontré"),
                         ("Cars have used the bridge since it was opened.",
                          "ont utilisé le pont depuis qu'il a été ouvert"),
                         ("It is two years since we met.", "deux ans depuis nous"),
                         ("We started working online since October 1, 2018.",
                          "commencé à travailler depuis le 1er octobre"),
                         ("Switzerland owes a great deal to Russia, since the very Congress "
                          "of Vienna in 1815 when Switzerland remained independent.",
                          "doit beaucoup, depuis le congrès de Vienne"),
                         # the French has a "depuis" the English does not account for
                         ("He is here since we are here.", "depuis 2005 depuis nous")):
        assert since(source, text) == text, source


def test_board_and_capital() -> None:
    assert board("the academic board", "la grosse planche académique") == (
        "la conseil académique")  # the article is agreed afterwards
    assert board("a plank", "la grosse planche") == "la grosse planche"
    assert board("interactive whiteboards", "des grosses planches interactives") == (
        "des tableaux interactives")
    assert capital("in our capital", "dans notre capital") == "dans notre capitale"
    assert capital("to the Russian capital", "au capital russe") == "au capitale russe"
    for source, text in (("Chinese capital is invested here.", "Le capital chinois"),
                         ("the company's capital", "le capital"),
                         ("capital investment", "l'investissement de capital")):
        assert capital(source, text) == text, source


def test_senses() -> None:
    assert senses("the integration process", "le procès d'intégration") == (
        "le processus d'intégration")
    assert senses("in the field of trade", "dans le champ du commerce") == (
        "dans le domaine du commerce")
    assert senses("football fields", "des champs de foot") == "des champs de foot"
    assert senses("the plant will open", "La plante ouvrira") == "L'usine ouvrira"
    assert senses("plant breeding", "la sélection de plante") == "la sélection de plante"
    assert senses("the development fund", "le fond de développement") == (
        "le fonds de développement")
    assert senses("issues related to trade", "les sujets narrés au commerce") == (
        "les questions liées au commerce")
    # en.kremlin.ru (CC BY 4.0), a tuning page: *issue* "question", not "au sujet de".
    assert senses("We meet regularly and resolve critical issues of cooperation.",
                  "Nous résolvons des sujets critiques de coopération au sujet de la paix.") == (
        "Nous résolvons des questions critiques de coopération au sujet de la paix.")
    assert senses("the issues related to the situation in the region",
                  "les sujets liés à la situation, n'importe quel sujet") == (
        "les questions liées à la situation, n'importe quelle question")
    assert senses("On this issue, we agree.", "À ce sujet, nous convenons.") == (
        "À ce sujet, nous convenons.")
    assert senses("This topic is an issue.", "Ce sujet est un sujet.") == (
        "Ce sujet est un sujet.")
    assert senses("a trial process", "le procès") == "le procès"
    assert senses("finance and management", "finance et gérance") == "finance et gestion"
    assert senses("property management", "la gérance immobilière") \
        == "la gérance immobilière"  # the French sense
    # *medium-sized* is no medium (a carrier): *support* is still "soutien"
    assert senses("loan support for small and medium-sized companies",
                  "notre support d'emprunt pour petites et moyennes entreprises") == (
        "notre soutien d'emprunt pour petites et moyennes entreprises")
    assert senses("support in the media", "le support dans les médias") == (
        "le support dans les médias")
    assert senses("a medium of support", "un support") == "un support"


def test_in_order_to() -> None:
    assert french("approuvé en ordre de préserver la paix. En ordre d'aider,") == (
        "approuvé afin de préserver la paix. Afin d'aider,")
    assert french("mettre en ordre") == "mettre en ordre"


@pytest.mark.usefixtures("apertium_ok")
def test_agreed_after_the_word() -> None:
    assert from_source("Welcome to the Russian capital!", "Bienvenue au capital russe!") == (
        "Bienvenue à la capitale russe!")
    assert from_source("the academic board", "la grosse planche académique") == (
        "le conseil académique")
    assert from_source("a peaceful settlement", "une liquidation pacifique") == (
        "un règlement pacifique")
    assert from_source("The bank has grown.", "Le banc a grandi.") == "La banque a grandi."
    assert from_source("This is an important area.", "C'est une aire importante.") == (
        "C'est un domaine important.")
    assert from_source("The Syrian people are brave.",
                       "Les personnes syriennes sont braves.") == "Le peuple syrien sont braves."


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We cooperate in many areas.", "Thousands of school students came.",
                           "This is important, since we are neighbours."], engine, "en", "fr")
    assert "dans beaucoup de domaines" in out[0].text
    assert "élèves" in out[1].text
    assert "puisque nous sommes voisins" in out[2].text
