"""Verbs with their objects and prepositions (``collocations.py``): *take* "prendre",
*in the past N years*, *focus on*, *equipped with*, *account for*, *comply with*..., each
where the English has the construction and not elsewhere, and through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.collocations import collocations
from daybook.translate.protect import translate_texts
from daybook.translate.sourced import from_source


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate verb forms with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will take urgent measures.", "Nous porterons des mesures urgentes.",
     "Nous prendrons des mesures urgentes."),
    ("They took the decision.", "Ils ont porté la décision.", "Ils ont pris la décision."),
    ("The museum will take its place among the best.", "Le musée portera son endroit parmi",
     "Le musée prendra sa place parmi"),
    ("It will take the place of the old bridge.", "Il portera l'endroit du vieux pont.",
     "Il prendra la place du vieux pont."),
    ("Students are taking an active part in the festival.",
     "Les étudiants portent une partie active dans le festival.",
     "Les étudiants prennent une part active au festival."),
    ("We must take all the steps needed.", "Nous devons porter tous les pas nécessaires.",
     "Nous devons prendre toutes les mesures nécessaires."),
    # *all necessary steps* without *the*: "tous pas" -> "toutes les mesures"
    ("and to take all necessary steps to evacuate",
     "et pour porter tous pas nécessaires pour évacuer",
     "et pour prendre toutes les mesures nécessaires pour évacuer"),
    # *take (urgent) action*: "des mesures (pressantes)"
    ("They took action.", "Ils ont porté de l'action.", "Ils ont pris des mesures."),
    ("We must take urgent action.", "Nous devons porter de l'action pressante.",
     "Nous devons prendre des mesures pressantes."),
    ("We will take action against them.", "Nous porterons de l'action contre eux.",
     "Nous prendrons des mesures contre eux."),
    # guard: *action* not taken
    ("The film shows the action.", "Le film montre l'action.", "Le film montre l'action."),
    # guard: *steps* not taken ("all steps" of a stair) is left alone
    ("He climbed all the steps.", "Il a monté tous les pas.", "Il a monté tous les pas."),
    ("The mayor takes office on Monday.", "Le maire porte bureau lundi.",
     "Le maire prend ses fonctions lundi."),
    ("In the past five years, exports grew.", "Autrefois cinq ans, les exportations",
     "Au cours des cinq dernières années, les exportations"),
    ("over the past few months", "autrefois peu de mois", "au cours des derniers mois"),
    ("for our work in the past year", "pour notre travail autrefois année",
     "pour notre travail au cours de l'année écoulée"),
    ("The talks focused on trade.", "Les discussions ont focalisé dans le commerce.",
     "Les entretiens ont mis l'accent sur le commerce."),  # *talks*: nounsenses
    ("We will focus on schools.", "Nous focaliserons dans les écoles.",
     "Nous mettrons l'accent sur les écoles."),
    ("The plan is focused on youth.", "Le plan est focalisé sur la jeunesse.",
     "Le plan est axé sur la jeunesse."),
    ("We focus on it.", "Nous nous focalisons sur cela.", "Nous nous focalisons sur cela."),
    # "en" before "tel" (*such*) as before an article
    ("since it is focused on such vital issue", "puisqu'il est focalisé en tel sujet vital",
     "puisqu'il est axé sur une telle question vitale"),
    # a finite *focused* the engine wrote as a participle: left for the auxiliary's rule
    ("The agenda focused on jobs.", "L'ordre du jour focalisé sur les emplois.",
     "L'ordre du jour focalisé sur les emplois."),
    ("This needs our focus.", "Cela a besoin de notre foyer.",
     "Cela a besoin de notre attention."),
    ("The rooms are equipped with computers.", "Les salles sont équipées avec des ordinateurs.",
     "Les salles sont équipées d'ordinateurs."),
    ("Gas accounts for 30 percent of exports.", "Le gaz représente par 30 % d'exportations.",
     "Le gaz représente 30 % des exportations."),
    ("Teams compete for the cup.", "Les équipes concourent par la coupe.",
     "Les équipes concourent pour la coupe."),
    ("The plants comply with the rules.", "Les usines obéissent avec les règles.",
     "Les usines respectent les règles."),
    ("to meet the needs of families", "pour accomplir les besoins de familles",
     "pour répondre aux besoins des familles"),
    ("Sales have doubled.", "Les ventes ont plié.", "Les ventes ont doublé."),
    ("This does not meet the needs of pensioners.",
     "Ça ne connaît pas les besoins de pensionnaires.",
     "Ça ne répond pas aux besoins des retraités."),
    # an adverb after the verb, "toutes ces", realities; *meet challenges* "relever"
    ("The system fully meets all these requirements.",
     "Le système connaît complètement toutes ces conditions.",
     "Le système répond complètement à toutes ces conditions."),
    ("Proposals that will meet the realities of our time.",
     "Propositions qui connaîtront les réalités de notre temps.",
     "Propositions qui répondront aux réalités de notre temps."),
    ("It leads us to meet new challenges.", "Il nous porte pour connaître de nouveaux défis.",
     "Il nous porte pour relever de nouveaux défis."),
    ("We will work together.", "Nous travaillerons conjointement.",
     "Nous travaillerons ensemble."),
    ("I hope the holiday will run smoothly.", "J'espère que la fête courra doucement.",
     "J'espère que la fête se déroulera sans accroc."),
    ("The rent is too high.", "Le loyer est trop haut.", "Le loyer est trop élevé."),
    ("Rates stay at a high level.", "Les taux restent à un niveau haut.",
     "Les taux restent à un niveau élevé."),
    ("Higher costs hurt.", "Les coûts plus hauts font mal.", "Les coûts plus élevés font mal."),
    ("High-level talks began.", "Les pourparlers de niveau haut ont commencé.",
     "Les pourparlers de haut niveau ont commencé."),
    ("A high-speed railway opened.", "Un chemin de fer de vitesse haute a ouvert.",
     "Un chemin de fer à grande vitesse a ouvert."),
    ("We must think about the roads.", "Nous devons penser sur les routes.",
     "Nous devons réfléchir aux routes."),
    ("They thought about this plan.", "Ils ont pensé sur ce plan.",
     "Ils ont réfléchi à ce plan."),
    ("I came to listen to you.", "Je suis venu écouter à vous.", "Je suis venu vous écouter."),
    ("We listened to the choir.", "Nous avons écouté au chœur.", "Nous avons écouté le chœur."),
    ("The city has made good progress.", "La ville a fait du bon progrès.",
     "La ville a fait de bons progrès."),
    ("Farmers are making steady progress.", "Les fermiers font progrès ferme.",
     "Les fermiers font des progrès constants."),  # *steady*: misreadings
    ("Good progress must be made.", "On doit faire le progrès significatif.",
     "On doit faire des progrès significatifs."),
    ("The economy is making steady headway.", "L'économie fait le progrès ferme.",
     "L'économie fait des progrès constants."),
    ("Aid was provided to the town.", "L'aide a été proportionnée à la ville.",
     "L'aide a été fournie à la ville."),
])
def test_french_construction(source: str, french: str, want: str) -> None:
    assert from_source(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *know* the needs, *meet* a person: "connaître" is right
    ("We know the needs of the region.", "Nous connaissons les besoins de la région."),
    ("I will meet the governor and his challenges.", "Je connaîtrai le gouverneur."),
    ("They carry heavy loads.", "Ils portent des mesures"),  # no *take*
    ("In the past, we traded.", "Autrefois, nous avons commercé."),  # no span of time
    ("The family gathered at the hearth, our focus.", "au foyer"),
    ("He folded and doubled the sheet.", "Il a plié la feuille."),
    ("She spoke gently and smoothly.", "Elle a parlé doucement."),
    ("We focus on Crimea.", "Nous focalisons en Crimée."),  # no article to add: left
    ("We work together with them.", "Nous travaillons conjointement avec eux."),
    ("The tower is high.", "La tour est haute."),  # not an amount
    ("A high level of trust.", "Un haut niveau de confiance."),  # before the noun: kept
    ("The price was high in the mountains.", "Le haut prix."),
    ("I think about it, and talk on trade.", "Je pense que nous parlons sur le commerce."),
    ("What do you think about its status?", "Ce que pensez sur son statut?"),  # an opinion
    ("He listened to music, then spoke to us.", "Il a parlé à vous."),  # not after *écouter*
    ("The progress we made is real.", "Le progrès que nous avons fait est réel."),
    ("Costs are in proportion to the help provided.", "Les coûts sont proportionnés à l'aide"),
])
def test_left_alone(source: str, french: str) -> None:
    assert collocations(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The government will take additional measures.",
                           "In the past three years, the centre hosted many events.",
                           "Energy resources account for 75 percent of exports."],
                          engine, "en", "fr")
    assert "prendra des mesures" in out[0].text
    assert out[1].text.startswith("Au cours des trois dernières années")
    assert "représentent 75" in out[2].text and " par " not in out[2].text


@pytest.mark.parametrize(("source", "french", "want"), [
    # *taken* as a passive or after its noun: "pris", in the engine's agreement
    ("What steps will be taken to reach this goal?",
     "Quels pas seront portés pour obtenir ce but ?",
     "Quels pas seront pris pour obtenir ce but ?"),
    ("The measures taken by the government work.",
     "Les mesures portées par le gouvernement marchent.",
     "Les mesures prises par le gouvernement marchent."),
])
def test_taken_passive(source: str, french: str, want: str) -> None:
    assert collocations(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # active *have taken*: another verb in French, not "pris"
    ("We have taken the goods to the markets.", "Nous avons porté les biens aux marchés."),
    # a verb the pivot writes "porter" too
    ("The decision was taken and the cargo was carried to the port.",
     "La décision a été portée et la marchandise a été portée au port."),
    # more "porté" than passive *taken*: which one is not known
    ("The flag was taken and worn proudly.", "Le drapeau a été porté et porté fièrement."),
])
def test_taken_passive_left_alone(source: str, french: str) -> None:
    assert collocations(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    # active *have taken* in a relative whose antecedent French "takes": "pris"
    ("These are the decisions that the government has taken.",
     "Ceux-ci sont les décisions que le gouvernement a portées.",
     "Ceux-ci sont les décisions que le gouvernement a prises."),
    ("The decision we have taken is important.",
     "La décision que nous avons portée est importante.",
     "La décision que nous avons prise est importante."),
    ("I welcome the steps we have already taken.",
     "Je salue les pas que nous avons déjà portés.",
     "Je salue les mesures que nous avons déjà prises."),
])
def test_taken_in_a_relative(source: str, french: str, want: str) -> None:
    assert collocations(source, french) == want


def test_taken_in_a_relative_left_alone() -> None:
    # the antecedent of the second is no noun French "takes": only the first is "pris"
    assert collocations(
        "The measures that we have taken and the goods they have taken to market.",
        "Les mesures que nous avons portées et les biens qu'ils ont portés au marché.") == (
        "Les mesures que nous avons prises et les biens qu'ils ont portés au marché.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The reform led to a sharp rise in prices.", "La réforme a porté à une hausse forte des "
     "prix.", "La réforme a conduit à une hausse forte des prix."),
    ("These errors will inevitably lead to losses.", "Ces erreurs porteront inévitablement à "
     "des pertes.", "Ces erreurs conduiront inévitablement à des pertes."),
    ("Such steps lead to mistrust.", "De tels pas portent à la méfiance.",
     "De tels pas conduisent à la méfiance."),
    # *lead X to*: a guide, not a result
    ("She will lead the team to Paris.", "Elle portera l'équipe à Paris.",
     "Elle portera l'équipe à Paris."),
    # *bring to*, *take to* with it: "porter à" may be right
    ("This led to talks; we brought it to them.", "Cela a porté à des pourparlers.",
     "Cela a porté à des pourparlers."),
])
def test_lead_to_a_result(source: str, french: str, want: str) -> None:
    assert collocations(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The mayor asked the minister to visit the plant.", "Le maire a demandé le ministre pour "
     "visiter l'usine.", "Le maire a demandé au ministre de visiter l'usine."),
    ("I would ask our partners to support it.", "Je demanderais nos partenaires pour le "
     "soutenir.", "Je demanderais à nos partenaires de le soutenir."),
    ("We ask all the teams to apply.", "Nous demandons toutes les équipes pour appliquer.",
     "Nous demandons à toutes les équipes d'appliquer."),
    # *ask for* something, *ask* a question: left
    ("They asked for the funds to build it.", "Ils ont demandé les fonds pour le construire.",
     "Ils ont demandé les fonds pour le construire."),
    ("She asked the question to learn more.", "Elle a demandé la question pour apprendre.",
     "Elle a demandé la question pour apprendre."),
])
def test_ask_someone_to(source: str, french: str, want: str) -> None:
    assert collocations(source, french) == want
