"""Prepositional locutions said word for word (``locutions.py``): "sur la scène
internationale", "en l'honneur de", "sous la forme de", "dans une large mesure", "plus de" +
a figure, "un certain nombre de", "en termes de", "en vertu de", "au prix de", each where the
English has the locution, and through the engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.locutions import locutions
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the support you have given us on the international arena.",
     "le soutien que vous nous avez donné dans le champ international.",
     "le soutien que vous nous avez donné sur la scène internationale."),
    ("strengthening its position on the international arena.",
     "en renforçant sa position sur le champ international.",
     "en renforçant sa position sur la scène internationale."),
    ("we cooperate closely on the international scene", "nous coopérons de près dans la scène "
     "internationale", "nous coopérons de près sur la scène internationale"),
    ("a reception in honour of graduates", "une réception en honneur des diplômés",
     "une réception en l'honneur des diplômés"),
    ("Today's reception in honour of the graduates", "La réception d'aujourd'hui dans "
     "l'honneur des diplômés", "La réception d'aujourd'hui en l'honneur des diplômés"),
    ("in the form of a consortium.", "dans la forme d'un consortium.",
     "sous la forme d'un consortium."),
    ("changes that will to a great extent affect the contents",
     "des changements à une grande portée affectent les contenus",
     "des changements dans une large mesure affectent les contenus"),
    ("I thank you in advance.", "Je vous remercie pour avance.", "Je vous remercie d'avance."),
    ("the surplus accounted for over six billion rubles.",
     "l'excédent a représenté par-dessus six milliards de roubles.",
     "l'excédent a représenté plus de six milliards de roubles."),
    ("exports have been growing for over three years in a row",
     "les exportations ont augmenté par-dessus trois ans de suite",
     "les exportations ont augmenté pendant plus de trois ans de suite"),
    ("which comprises over a thousand power stations", "qui comprend sur mille centrales",
     "qui comprend plus de mille centrales"),
    ("As of today, over one million messages were sent.", "À ce jour, sur un million de "
     "messages ont été envoyés.", "À ce jour, plus d'un million de messages ont été envoyés."),
    ("in a number of other countries", "dans beaucoup d'autres pays",
     "dans un certain nombre d'autres pays"),
    ("important in terms of developing solutions.", "important en termes du développement "
     "des solutions.", "important en termes de développement des solutions."),
    ("in terms of investment", "en termes des investissements", "en termes d'investissements"),
    ("The situation in terms of wildfires is hard.", "La situation dedans appelle des feux "
     "est difficile.", "La situation en termes de feux est difficile."),
    ("they must be utilised in full for the common benefit",
     "ils doivent être utilisés en plein pour le profit commun",
     "ils doivent être utilisés pleinement pour le profit commun"),
    ("the land was leased under the Olympic programme", "la terre a été louée sous le "
     "programme olympique", "la terre a été louée dans le cadre du programme olympique"),
    ("Under an agreement that was signed, the bank will help.",
     "Sous un accord qui a été signé, la banque aidera.",
     "En vertu d'un accord qui a été signé, la banque aidera."),
    ("exempt from tax under Article 217 of the Tax Code",
     "exempte d'impôt sous Article 217 du code",
     "exempte d'impôt en vertu de l'article 217 du code"),
    ("including at the cost of their own lives.", "y compris au coût de leurs propres vies.",
     "y compris au prix de leurs propres vies."),
    ("In advance of the working visit, the leaders spoke.",
     "Par avance de la visite de travail, les dirigeants ont parlé.",
     "Avant la visite de travail, les dirigeants ont parlé."),
    ("On this day we pay tribute to our compatriots", "En ce jour nous payons tribut à nos "
     "compatriotes", "En ce jour nous rendons hommage à nos compatriotes"),
    ("and pay tribute to people", "et paie du tribut à des personnes",
     "et rend hommage à des personnes"),
    ("They paid tribute to the heroes", "Ils ont payé tribut aux héros",
     "Ils ont rendu hommage aux héros"),
    ("Putin will pay a working visit to Japan.", "Poutine payera une visite de travail au Japon.",
     "Poutine effectuera une visite de travail au Japon."),
    ("The group consists of 109 companies", "Le groupe consiste de 109 entreprises",
     "Le groupe se compose de 109 entreprises"),
    ("We will rely on our partners.", "Nous confierons sur nos partenaires.",
     "Nous compterons sur nos partenaires."),
    # a bare *rely* with no subject: the infinitive
    ("to keep watch and rely on the public", "à garder un œil et confie sur le public",
     "à garder un œil et compter sur le public"),
    ("I rely on you.", "Je confie sur vous.", "Je compte sur vous."),
    ("They rarely met, if at all, last year.", "Ils rarement se sont rencontrés, si en absolu, "
     "l'année dernière.", "Ils rarement se sont rencontrés, voire pas du tout, l'année dernière."),
    ("As far as I am concerned, it is fine.", "Par rapport à moi, c'est bien.",
     "En ce qui me concerne, c'est bien."),
    ("prices rose in the run-up to the holidays", "les prix ont augmenté dans la course-jusqu'aux "
     "vacances", "les prix ont augmenté à l'approche des vacances"),
    ("The city is by right regarded as a capital.", "La ville est de droit regardée comme une "
     "capitale.", "La ville est à juste titre regardée comme une capitale."),
])
def test_locution(source: str, french: str, want: str) -> None:
    assert locutions(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("Many people came from many countries.", "Beaucoup de personnes de beaucoup de pays."),
    # *a number of* beside *many*: which "beaucoup" is which is not known
    ("Many people came from a number of countries.",
     "Beaucoup de personnes de beaucoup de pays."),
    ("The road is in full swing.", "La route est en plein essor."),  # French's own locution
    ("He jumped over the fence.", "Il a sauté par-dessus la barrière."),  # no figure
    ("They live under the bridge.", "Ils vivent sous le pont."),  # no agreement or programme
    ("under your leadership", "sous votre leadership"),
    ("He spoke on the international stage.", "Il a parlé dans le champ international."),
    ("We pay taxes to the state.", "Nous payons un tribut à l'État."),  # no *tribute*
    ("He consists of nothing.", "Il consiste à rien."),  # no "de" after the verb
    ("We entrust it to him.", "Nous le confions sur lui."),  # no *rely on*
    ("Is it possible at all, if at all?", "Est-ce possible, si en absolu ?"),  # no *barely*
    ("Compared to us, they are rich.", "Par rapport à nous, ils sont riches."),
    ("The mayor is by right a member.", "Le maire est de droit membre."),  # "de droit" holds
])
def test_left_alone(source: str, french: str) -> None:
    assert locutions(source, french) == french


def test_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["We strive to cooperate closely on the international scene.",
                           "Today’s reception in honour of the graduates is taking place in "
                           "the Kremlin."],
                          engine, "en", "fr")
    assert "sur la scène internationale" in out[0].text
    assert "en l'honneur des diplômés" in out[1].text
