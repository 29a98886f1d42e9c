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
    ("Over the years, the association has brought together many people.",
     "Sur les années, l'association a réuni beaucoup de personnes.",
     "Au fil des années, l'association a réuni beaucoup de personnes."),
    ("Over the past years, the forum has strengthened its reputation.",
     "Sur les dernières années, le forum a renforcé sa réputation.",
     "Au cours des dernières années, le forum a renforcé sa réputation."),
    # the pivot's "années dernières", before ``adjectives_np`` puts the adjective first
    ("Over the past years, Avtodor has made a contribution.", "Sur les années dernières, "
     "Avtodor a apporté une contribution.", "Au cours des dernières années, Avtodor a apporté "
     "une contribution."),
    ("Over these years, the legislation was amended.", "Sur ces années, la législation a été "
     "amendée.", "Au cours de ces années, la législation a été amendée."),
    ("exports have grown over the last decade", "les exportations ont augmenté sur la dernière "
     "décennie", "les exportations ont augmenté au cours de la dernière décennie"),
    ("Over the recent years, people have dedicated themselves to their work.",
     "Sur les années récentes, les gens se sont consacrés à leur travail.",
     "Au cours des dernières années, les gens se sont consacrés à leur travail."),
    ("Over the years of cooperation we did much.", "Sur les années de coopération nous avons "
     "fait beaucoup.", "Au cours des années de coopération nous avons fait beaucoup."),
    ("Over the years since its establishment, your party has covered a long road.",
     "Sur les années depuis son établissement, votre parti a couvert une longue route.",
     "Depuis sa création, votre parti a couvert une longue route."),
    ("Russia has been a UEFA member since its founding in 1954.", "La Russie a été membre "
     "d'UEFA depuis son fonder en 1954.", "La Russie a été membre d'UEFA depuis sa fondation "
     "en 1954."),
    ("The conservatory from the outset became one of the best.", "Le conservatoire du début "
     "est devenu un des meilleurs.", "Le conservatoire dès le début est devenu un des "
     "meilleurs."),
    ("From the very beginning, we supported this project.", "De bon principe, nous avons "
     "appuyé ce projet.", "Dès le début, nous avons appuyé ce projet."),
    ("I have said on many occasions that we are fraternal peoples.", "J'ai dit dans beaucoup "
     "d'occasions que nous sommes des peuples fraternels.", "J'ai dit à de nombreuses reprises "
     "que nous sommes des peuples fraternels."),
    ("I have said on several occasions that it is important.", "J'ai dit dans plusieurs "
     "occasions que c'est important.", "J'ai dit à plusieurs reprises que c'est important."),
    ("On this occasion, I want to thank you.", "Dans cette occasion, je veux vous remercier.",
     "À cette occasion, je veux vous remercier."),
    ("Today, in the age of tremendous progress, we must act.", "Aujourd'hui, dans l'âge de "
     "progrès énorme, nous devons agir.", "Aujourd'hui, à l'ère de progrès énorme, nous devons "
     "agir."),
    ("They fought side by side against a cruel enemy.", "Ils ont lutté de côté contre un "
     "ennemi cruel.", "Ils ont lutté côte à côte contre un ennemi cruel."),
    ("Overall passenger volume is up 10 percent.", "Le volume global est en haut de 10 %.",
     "Le volume global est en hausse de 10 %."),
    ("Investment is up by 12 percent.", "L'investissement est dessus de 12 %.",
     "L'investissement est en hausse de 12 %."),
    ("Exports are down 5 percent.", "Les exportations sont basses 5 %.",
     "Les exportations sont en baisse de 5 %."),
    ("Given the stable situation in Russia, the ruble can serve.", "Donné la situation stable "
     "en Russie, le rouble peut servir.", "Compte tenu de la situation stable en Russie, le "
     "rouble peut servir."),
    ("Given this, we must act.", "Donné ça, nous devons agir.",
     "Compte tenu de cela, nous devons agir."),
    ("Given the circumstances, we act.", "Donné les circonstances, nous agissons.",
     "Compte tenu des circonstances, nous agissons."),
    ("As a first step, we should ensure free trade.", "Comme premier pas, nous devrions "
     "assurer le commerce libre.", "Dans un premier temps, nous devrions assurer le commerce "
     "libre."),
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
    # *over the past five years*: the engine's "pendant" is French
    ("Over the past five years, their number doubled.", "Pendant les cinq dernières années, "
     "leur nombre a doublé."),
    ("the truth about the war years", "la vérité sur les années de guerre"),  # no *over*
    ("From the beginning of the year, exports grew.", "Du début de l'année, les exportations "
     "ont augmenté."),  # *from the beginning of*: a span, not *at once*
    ("It should be given the welcome.", "Il doit être donné la bienvenue."),  # a passive
    ("Given that we have more, it works.", "Étant donné que nous avons plus, ça marche."),
    ("Prices went up 5 percent.", "Les prix sont montés 5 %."),  # a verb, not *is up*
    ("in the age group of 18 to 25", "dans l'âge groupe de 18 à 25"),
    # "le prochain cinq ans" is ``prochain``'s to reorder first
    ("over the next five years", "sur le prochain cinq ans"),
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


def test_time_and_occasion_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["Over the past years, the forum has strengthened its reputation.",
                           "They fought side by side against a cruel enemy.",
                           "We will have saved 96 billion rubles over the next five years."],
                          engine, "en", "fr")
    assert out[0].text.startswith("Au cours des dernières années, le forum")
    assert "ont lutté côte à côte contre" in out[1].text  # no article before "côte"
    assert "sur les cinq prochaines années" in out[2].text
