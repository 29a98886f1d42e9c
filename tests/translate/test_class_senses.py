"""Senses chosen by the class of the words around them (``class_senses.py``): *various*
"divers", *train* + a person "former", *meaning* "sens", *energetic* "énergique", *dedicated*
people "dévoués", *consistently* "constamment", *concrete* "concret". The French is what the
engine writes for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.class_senses import (
    class_senses,
    concrete,
    consistently,
    higher_education,
    meaning,
    one_people,
    person_qualities,
    support,
    train,
    various,
)


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The meeting participants touched upon various international matters.",
     "Les participants à la rencontre ont abordé plusieurs questions internationales.",
     "Les participants à la rencontre ont abordé diverses questions internationales."),
    ("Russian-Japanese cooperation in various fields fits with the interests of our peoples.",
     "La coopération russo-japonaise dans plusieurs domaines rentre avec les intérêts",
     "La coopération russo-japonaise dans divers domaines rentre avec les intérêts"),
    ("classes in military disciplines and various other subjects",
     "des classes dans des disciplines militaires et plusieurs autres sujets",
     "des classes dans des disciplines militaires et divers autres sujets"),
    ("Various countries took part.", "Plusieurs pays ont participé.",
     "Divers pays ont participé."),
    ("the various regions of our country", "les plusieurs régions de notre pays",
     "les différentes régions de notre pays"),
])
def test_various_is_divers(source: str, french: str, want: str) -> None:
    assert various(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *several* is "plusieurs".
    ("The President will have several bilateral meetings.",
     "Le Président aura plusieurs rencontres bilatérales."),
    # A "plusieurs" the English does not show (*on many occasions*): no pairing.
    ("We have discussed various matters on many occasions.",
     "Nous avons discuté plusieurs questions à plusieurs moments."),
])
def test_several_stays(source: str, french: str) -> None:
    assert various(source, french) == french


def test_various_pairs_in_order() -> None:
    assert various("in various fields and in several countries",
                   "dans plusieurs domaines et dans plusieurs pays") == (
        "dans divers domaines et dans plusieurs pays")
    # "à plusieurs reprises" is *on several occasions*, never *various*.
    assert various("in various fields, as we said on several occasions",
                   "dans plusieurs domaines, comme nous l'avons dit à plusieurs reprises") == (
        "dans divers domaines, comme nous l'avons dit à plusieurs reprises")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Otherwise it will be very difficult to train good professionals here.",
     "Autrement il le sera très difficile d’entraîner de bons professionnels ici.",
     "Autrement il le sera très difficile de former de bons professionnels ici."),
    ("students from the academies that train personnel for the Ministry of the Interior",
     "des étudiants des académies qui entraînent personnel pour le ministère de l’Intérieur",
     "des étudiants des académies qui forment personnel pour le ministère de l’Intérieur"),
    ("and focuses on training highly qualified sports managers",
     "et met l’accent à entraîner des gérants sportifs hautement qualifiés",
     "et met l’accent à former des gérants sportifs hautement qualifiés"),
    ("as well as training a reliable personnel reserve",
     "ainsi qu’en entraînant une réserve de personnel fiable",
     "ainsi qu’en formant une réserve de personnel fiable"),
    ("The university has trained thousands of engineers.",
     "L'université a entraîné des ingénieurs.",
     "L'université a formé des ingénieurs."),
])
def test_train_a_person_is_former(source: str, french: str, want: str) -> None:
    assert train(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # A coach trains athletes: "entraîner" is right.
    ("He trained athletes for the Olympic team.", "Il a entraîné des athlètes pour l'équipe."),
    # *drag into*: not *train*.
    ("He tried to draw Hungary into the division of Ukraine.",
     "il a essayé d’entraîner la Hongrie dans la division de l’Ukraine"),
])
def test_other_entrainer_stays(source: str, french: str) -> None:
    assert train(source, french) == french


def test_meaning_is_sens() -> None:
    assert meaning("It carries a lot of meaning for us",
                   "Il porte beaucoup d’acception pour nous") == (
        "Il porte beaucoup de sens pour nous")
    assert meaning("They know the meaning of duty.", "Ils savent l’acception de devoir.") == (
        "Ils savent le sens du devoir.")
    # No *meaning* in the English: the word is the dictionary's.
    assert meaning("in every acceptation of the word", "dans chaque acception du mot") == (
        "dans chaque acception du mot")


def test_class_senses_runs_every_rule() -> None:
    assert class_senses("train young people in various fields",
                        "entraîner des jeunes dans plusieurs domaines") == (
        "former des jeunes dans divers domaines")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Being a top level professional, an energetic, dedicated person, you have made",
     "En étant un professionnel de niveau supérieur, une personne énergétique, consacrée, "
     "vous avez fait",
     "En étant un professionnel de niveau supérieur, une personne énergique, dévouée, "
     "vous avez fait"),
    ("brought together tens of thousands of energetic and dedicated people",
     "ont réuni des dizaines de milliers de personnes consacrées et énergétiques",
     "ont réuni des dizaines de milliers de personnes dévouées et énergiques"),
    ("We have a good mix here – very energetic and forward-thinking.",
     "Nous avons un bon mélange ici – très énergétique.",
     "Nous avons un bon mélange ici – très énergique."),
])
def test_qualities_of_a_person(source: str, french: str, want: str) -> None:
    assert person_qualities(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *dedicated to* is "consacré à".
    ("The exhibition, dedicated to the anniversary, opened.",
     "L'exposition, consacrée à l'anniversaire, a ouvert."),
    # *energy* in the sentence: "énergétique" may be its own.
    ("energetic efforts to ensure energy security",
     "des efforts énergétiques pour assurer la sécurité énergétique"),
])
def test_other_qualities_stay(source: str, french: str) -> None:
    assert person_qualities(source, french) == french


def test_consistently_is_constamment() -> None:
    assert consistently(
        "The demand for Russian coal and electricity is consistently high in China.",
        "La demande d’électricité et de charbon russe est de façon cohérente haute en Chine.",
    ) == "La demande d’électricité et de charbon russe est constamment haute en Chine."
    # A plan carried out consistently stays "de façon cohérente".
    french = "la Stratégie jusqu'à 2025 de façon cohérente et comme prévu"
    assert consistently("the Strategy to 2025 consistently and as planned", french) == french


def test_concrete_is_concret() -> None:
    assert concrete("will produce concrete proposals and new approaches",
                    "produiront les propositions particulières et les nouvelles approches") == (
        "produiront les propositions concrètes et les nouvelles approches")
    # *particular* in the sentence: which "particulier" is whose is not known.
    french = "en particulier, les propositions particulières"
    assert concrete("in particular, concrete proposals", french) == french


def test_one_people_is_un_seul_peuple() -> None:
    assert one_people("I think this is actually one people with its specific features",
                      "je pense que c’est en fait des personnes avec ses caractéristiques") == (
        "je pense que c’est en fait un seul peuple avec ses caractéristiques")
    assert one_people("but in essence it is a single people.",
                      "mais en essence est des personnes uniques.") == (
        "mais en essence est un seul peuple.")
    # One person among the people: not a nation.
    french = "c'est des personnes qui travaillent"
    assert one_people("these are people who work with one people's deputy", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Higher education institutions play a tremendous role",
     "Les institutions d’éducation plus hautes jouent un rôle énorme",
     "Les institutions d'enseignement supérieur jouent un rôle énorme"),
    ("several Islamic institutions of higher learning that have received accreditation",
     "plusieurs institutions islamiques de savoir plus haut qui ont reçu",
     "plusieurs institutions islamiques d'enseignement supérieur qui ont reçu"),
    ("graduates of higher military education institutions",
     "des diplômés d’institutions d’éducation d’armée plus hautes",
     "des diplômés d’institutions d'enseignement supérieur militaire"),
    ("access to quality higher education", "l'accès à l'éducation plus haute",
     "l'accès à l'enseignement supérieur"),
])
def test_higher_education(source: str, french: str, want: str) -> None:
    assert higher_education(source, french) == want


def test_higher_of_a_level_stays() -> None:
    french = "un niveau plus haut d'éducation"
    assert higher_education("a higher level of education", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will support and help you.", "Nous appuierons et vous aiderons.",
     "Nous soutiendrons et vous aiderons."),
    ("to develop the social sphere, to support families with children",
     "pour développer la sphère sociale, pour appuyer les familles avec des enfants",
     "pour développer la sphère sociale, pour soutenir les familles avec des enfants"),
    ("the priority of the project is to support Russian industry",
     "la priorité du projet est d’appuyer l’industrie russe",
     "la priorité du projet est de soutenir l’industrie russe"),
    ("when the Soviet Union supported us very actively",
     "quand l’union soviétique nous a appuyé très activement",
     "quand l’union soviétique nous a soutenu très activement"),
])
def test_support_a_person_is_soutenir(source: str, french: str, want: str) -> None:
    assert support(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # A position, an initiative, efforts: "appuyer".
    ("We have always supported the position that", "Nous avons appuyé toujours la position"),
    ("we immediately supported the initiative of the President",
     "nous avons immédiatement appuyé l’initiative du Président"),
    ("You continue to support the various efforts", "Vous continuez à appuyer les divers efforts"),
    # "l'appuie": which gender the pronoun has is not known here.
    ("He supports it.", "Il l'appuie."),
])
def test_support_an_idea_stays(source: str, french: str) -> None:
    assert support(source, french) == french
