"""English words the pivot takes in another sense (``word_choices.py``). The English sentences
are made up for these tests or of the site's kind; the French is what the engine writes for
such sentences, the expected French written by hand; the last test goes through the real
engine."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.word_choices import (
    ahead,
    assist,
    concern,
    decoration,
    domestic,
    nouns,
    provision,
    review,
    set_goal,
    submit,
)

Rule = Callable[[str, str], str]


@pytest.mark.parametrize(("rule", "source", "french", "want"), [
    (submit, "Reports were submitted by the Minister.",
     "Les rapports ont été livrés par le ministre.",
     "Les rapports ont été présentés par le ministre."),
    (submit, "All materials have been submitted to the FSB.",
     "Tous les matériaux ont été livrés au FSB.", "Tous les matériaux ont été soumis au FSB."),
    (submit, "He spoke about the draft law, submitted to the State Duma last year.",
     "Il a parlé du projet de loi, a livré à la Douma d'État l'année dernière.",
     "Il a parlé du projet de loi, soumis à la Douma d'État l'année dernière."),
    (concern, "Another example concerns exports to neighbouring countries.",
     "Un autre exemple préoccupe des exportations à des pays voisins.",
     "Un autre exemple concerne des exportations à des pays voisins."),
    (concern, "Other documents concern the pensions of workers.",
     "Autres documents préoccupent les pensions d'ouvriers.",
     "Autres documents concernent les pensions d'ouvriers."),
    (concern, "This concerns both the new areas and the traditional sectors.",
     "Ces préoccupations à la fois les nouveaux domaines et les secteurs traditionnels.",
     "Cela concerne à la fois les nouveaux domaines et les secteurs traditionnels."),
    (concern, "The presidents expressed concern over the armed clashes.",
     "Les présidents ont exprimé préoccuper sur les affrontements armés.",
     "Les présidents ont exprimé leur préoccupation au sujet des affrontements armés."),
    (concern, "We must care about the veterans.", "Nous devons se préoccuper sur les vétérans.",
     "Nous devons se soucier des vétérans."),
    (assist, "We continue to assist in establishing a peaceful Afghan state.",
     "Nous continuons à assister dans l'établissement d'un état afghan pacifique.",
     "Nous continuons à contribuer à l'établissement d'un état afghan pacifique."),
    (assist, "You effectively assist those in need of care.",
     "Vous assistez efficacement ceux qui ont besoin de soin.",
     "Vous aidez efficacement ceux qui ont besoin de soin."),
    (ahead, "Some of the equipment is years ahead of its foreign analogues.",
     "L'équipement est des années en tête de ses équivalents étrangers.",
     "L'équipement est des années en avance sur ses équivalents étrangers."),
    (ahead, "The project is even ahead of schedule.", "Le projet est même en tête de programme.",
     "Le projet est même en avance sur le calendrier."),
    (ahead, "This initiative has a bright future ahead of it.",
     "Cette initiative a un futur brillant en tête de lui.",
     "Cette initiative a un futur brillant devant lui."),
    (decoration, "He was honoured with a high decoration.", "Il a été honoré avec un haut décor.",
     "Il a été honoré avec une haute décoration."),
    (decoration, "I know that you have a busy and eventful schedule.",
     "Je sais que vous avez un programme occupé et conséquent.",
     "Je sais que vous avez un programme chargé et riche."),
    (provision, "Attention was given to the provision of humanitarian relief.",
     "L'attention a été donnée à la provision du secours humanitaire.",
     "L'attention a été donnée à la fourniture du secours humanitaire."),
    (provision, "They may be prosecuted under the current legislative provisions.",
     "Ils peuvent être poursuivis sous les provisions législatives courantes.",
     "Ils peuvent être poursuivis sous les dispositions législatives courantes."),
    (domestic, "The company plans to supply LNG to the domestic market.",
     "L'entreprise prévoit de distribuer LNG au marché domestique.",
     "L'entreprise prévoit de distribuer LNG au marché intérieur."),
    (domestic, "They must stop interfering in the domestic affairs of Venezuela.",
     "Ils doivent cesser d'interférer dans les affaires domestiques du Venezuela.",
     "Ils doivent cesser d'interférer dans les affaires intérieures du Venezuela."),
    (domestic, "Our domestic producers export pork.", "Nos producteurs domestiques exportent.",
     "Nos producteurs nationaux exportent."),
    (set_goal, "We must achieve the goals we have set.",
     "Nous devons obtenir les buts que nous avons posés.",
     "Nous devons obtenir les buts que nous avons fixés."),
    (set_goal, "His work sets a worthy example for young people.",
     "Son travail pose un exemple digne pour des jeunes.",
     "Son travail donne un exemple digne pour des jeunes."),
    (set_goal, "We will continue to develop and upgrade the Navy.",
     "Nous continuerons à développer et mettre à jour la Marine.",
     "Nous continuerons à développer et moderniser la Marine."),
    (set_goal, "It involves placing contracts with Russian companies.",
     "Il implique caser des contrats avec des entreprises russes.",
     "Il implique placer des contrats avec des entreprises russes."),
    (nouns, "Meat and dairy output has grown.", "La viande et la sortie laitière ont augmenté.",
     "La viande et la production laitière ont augmenté."),
    (nouns, "The republic received a grant.", "La république a reçu une bourse.",
     "La république a reçu une subvention."),
    (nouns, "It is these situations that reveal true mastery.",
     "Ces situations révèlent la vraie domination.", "Ces situations révèlent la vraie maîtrise."),
    (nouns, "One of the leaders was taken out of the race.",
     "Un des chefs a été pris en dehors de la race.",
     "Un des chefs a été pris en dehors de la course."),
    (nouns, "They may continue working in a new capacity.",
     "Ils peuvent continuer à travailler dans une nouvelle capacité.",
     "Ils peuvent continuer à travailler dans de nouvelles fonctions."),
    (nouns, "We will put our relations on a sustainable track.",
     "Nous poserons nos relations dans une piste durable.",
     "Nous poserons nos relations sur une voie durable."),
    (nouns, "They will keep an eye on issues related to the policy.",
     "Ils garderont un œil sur émet lié à la politique.",
     "Ils garderont un œil sur les questions liées à la politique."),
    (review, "They reviewed the work of the Commission.",
     "Ils ont révisé le travail de la Commission.", "Ils ont examiné le travail de la Commission."),
    (review, "All these issues will be reviewed at the State Council.",
     "Toutes ces questions seront révisées au Conseil d'État.",
     "Toutes ces questions seront examinées au Conseil d'État."),
    (review, "We will fall behind the United States and China.",
     "Nous tomberons derrière les États-Unis et la Chine.",
     "Nous prendrons du retard sur les États-Unis et la Chine."),
    (review, "Our rural areas are still lagging behind in terms of development.",
     "Nos zones rurales sont encore tombées postérieur derrière en termes de développement.",
     "Nos zones rurales sont encore en retard en termes de développement."),
    (review, "We will achieve our goal.", "Nous obtiendrons notre but.",
     "Nous atteindrons notre but."),
])
def test_rules(rule: Rule, source: str, french: str, want: str) -> None:
    assert rule(source, french) == want


@pytest.mark.parametrize(("rule", "source", "french"), [
    # *deliver*: "livrer" is its French
    (submit, "We will deliver and submit the equipment.", "Nous livrerons l'équipement."),
    # the worry sense, after an object pronoun
    (concern, "Point out the issues that concern you.",
     "Soulignez les questions qui vous préoccupent."),
    # *concerned* as an adjective: worried
    (concern, "We are concerned by the situation.", "Nous sommes préoccupés par la situation."),
    # *attend*: "assister à" is its French
    (assist, "He attended the meeting and assisted the minister.",
     "Il a assisté à la rencontre et a assisté le ministre."),
    # *at the head of*: "en tête de" is right
    (ahead, "He is at the head of the list, ahead of others.", "Il est en tête de la liste."),
    # a stage set, no *decoration* in the English
    (decoration, "The set was beautiful.", "Le décor était beau."),
    # *consequently*: "par conséquent"
    (decoration, "The eventful year ended; consequently, we rested.",
     "L'année s'est terminée ; par conséquent, nous nous sommes reposés."),
    # food supplies
    (provision, "They brought provisions of food and water.",
     "Ils ont apporté des provisions de nourriture et d'eau."),
    # household senses of *domestic*
    (domestic, "They fight domestic violence.", "Ils luttent contre la violence domestique."),
    # *set up* an office: "établir", and "poser" of a question stays
    (set_goal, "They set up a centre and posed a question.",
     "Ils ont établi un centre et ont posé une question."),
    # *update*: "mettre à jour" is its French
    (set_goal, "We will update and upgrade the programme.",
     "Nous mettrons à jour le programme."),
    # a scholarship: "bourse"
    (nouns, "Many grant recipients and students became stars.",
     "Beaucoup de titulaires de bourse et d'élèves sont devenus des étoiles."),
    # race as people: "race"
    (nouns, "Regardless of race, all are equal.", "Quelle que soit la race, tous sont égaux."),
    # *revise*, *overhaul*: "réviser" is their French
    (review, "We will review and overhaul the networks.", "Nous réviserons les réseaux."),
    # *behind* a process, not *fall behind*: "derrière" stays
    (review, "Those who are behind these processes fell silent.",
     "Ceux qui sont derrière ces processus sont tombés silencieux."),
    # *achieve* results: "obtenir des résultats" is French
    (review, "We achieved good results.", "Nous avons obtenu de bons résultats."),
])
def test_guards(rule: Rule, source: str, french: str) -> None:
    assert rule(source, french) == french


def test_engine() -> None:
    texts = ["The laws concern the pensions of workers.",
             "They urged them to stop interfering in the domestic affairs of Venezuela."]
    out = [t.text for t in translate_texts(texts, ApertiumEngine(), "en", "fr")]
    assert "concern" in out[0] and "préoccup" not in out[0]
    assert "affaires intérieures" in out[1]
