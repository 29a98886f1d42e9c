"""Single words' senses (``wordsenses.py``): *highly* "très" before an ordinary adjective,
"hautement" kept in technical collocations; *opportunity to* + verb "l'occasion de"."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.wordsenses import (
    design,
    hard,
    hear,
    highly,
    majuscule,
    more_senses,
    opportunities,
    opportunity,
    pivot_senses,
    possessive,
    rightly,
    successful,
    take_into,
    term,
    top,
    twice,
    way,
)


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read French words with Apertium's French analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The show was highly popular.", "Le spectacle était hautement populaire.",
     "Le spectacle était très populaire."),
    ("It is a highly complicated task.", "C'est une tâche hautement compliquée.",
     "C'est une tâche très compliquée."),
    # technical collocations keep "hautement"
    ("We train highly qualified engineers.", "Nous formons des ingénieurs hautement qualifiés.",
     "Nous formons des ingénieurs hautement qualifiés."),
    ("These are highly toxic gases.", "Ce sont des gaz hautement toxiques.",
     "Ce sont des gaz hautement toxiques."),
    # a noun after it: the engine moved the adjective, left alone
    ("They hire highly skilled managers.", "Ils embauchent hautement gérants habiles.",
     "Ils embauchent hautement gérants habiles."),
    # a verb after "avoir": *highly praised*, not graded by "très"
    ("He highly praised the team.", "Il a hautement loué l'équipe.",
     "Il a hautement loué l'équipe."),
    # no *highly* in the English
    ("The tower is very high.", "La tour est hautement belle.", "La tour est hautement belle."),
])
def test_highly(source: str, french: str, want: str) -> None:
    assert highly(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("This gives us an opportunity to talk.", "Ceci nous donne une opportunité à parler.",
     "Ceci nous donne une occasion de parler."),
    ("Thank you for the opportunity to speak openly.",
     "Merci pour l'opportunité à ouvertement parler.",
     "Merci pour l'occasion d'ouvertement parler."),
    ("Farmers have a good opportunity to export grain.",
     "Les fermiers ont une bonne opportunité pour exporter du grain.",
     "Les fermiers ont une bonne occasion d'exporter du grain."),
    ("Young people will have more opportunities to study.",
     "Les jeunes auront plus d'opportunités pour étudier.",
     "Les jeunes auront plus de possibilités d'étudier."),
    # a noun after the preposition: not the infinitive construction
    ("There are opportunities to the east for growth.",
     "Il y a des opportunités pour la croissance.",
     "Il y a des opportunités pour la croissance."),
])
def test_opportunity(source: str, french: str, want: str) -> None:
    assert opportunity(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The reform opens new opportunities for farmers.",
     "La réforme ouvre de nouvelles opportunités pour les fermiers.",
     "La réforme ouvre de nouvelles possibilités pour les fermiers."),
    ("We must not miss this opportunity.", "Nous ne devons pas manquer cette opportunité.",
     "Nous ne devons pas manquer cette occasion."),
    ("Opportunities abound.", "Opportunités abondent.", "Possibilités abondent."),
    # no *opportunity* in the English: "opportunité" is the engine's for *timeliness*
    ("We doubt the timeliness of the step.", "Nous doutons de l'opportunité de l'étape.",
     "Nous doutons de l'opportunité de l'étape."),
])
def test_opportunities(source: str, french: str, want: str) -> None:
    assert opportunities(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They acted in a brave way.", "Ils ont agi dans un chemin courageux.",
     "Ils ont agi de façon courageuse."),
    ("We work in an open manner.", "Nous travaillons dans une manière ouverte.",
     "Nous travaillons de façon ouverte."),
    ("They answered honestly.", "Ils ont répondu dans un chemin honnête.",
     "Ils ont répondu de façon honnête."),
])
def test_way(source: str, french: str, want: str) -> None:
    assert way(source, french) == want


def test_way_of_a_path_kept() -> None:
    assert way("We walked along a narrow path in a slow way.",
               "Nous avons marché dans un chemin étroit.") \
        == "Nous avons marché dans un chemin étroit."


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He is rightly proud of it.", "Il est correctement fier de cela.",
     "Il est à juste titre fier de cela."),
    ("He wrote it correctly.", "Il l'a écrit correctement.", "Il l'a écrit correctement."),
    ("The fair was successful.", "La foire était à succès.", "La foire était un succès."),
    ("a successful reform", "une réforme à succès", "une réforme réussi"),  # agreed later
    ("the most successful novels", "les romans les plus à succès",
     "les romans les plus à succès"),  # a hit
    ("a successful film", "un film à succès", "un film à succès"),
    ("the successful experience", "l'expérience à succès", "l'expérience réussi"),
])
def test_rightly_successful(source: str, french: str, want: str) -> None:
    assert successful(source, rightly(source, french)) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The city is in the top five cities.", "La ville est au supérieur cinq villes.",
     "La ville est aux cinq premières villes."),
    ("among the top 10 firms", "parmi le supérieur 10 entreprises",
     "parmi les 10 premières entreprises"),
    ("a superior force of three units", "le supérieur trois unités",
     "le supérieur trois unités"),  # no *top*
])
def test_top(source: str, french: str, want: str) -> None:
    assert top(source, french) == want


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The new park is highly popular with families.",
                           "The forum gives companies an opportunity to present new products."],
                          engine, "en", "fr")
    assert "très populaire" in out[0].text and "hautement" not in out[0].text
    assert "occasion de présenter" in out[1].text or "occasion d'" in out[1].text
    out = translate_texts(["The summit will be successful.",
                           "Our soldiers act in a courageous way."], engine, "en", "fr")
    assert "sera un succès" in out[0].text
    assert "de façon courageuse" in out[1].text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("offer everyone a chance to try test their skills", "de goûter goûter leurs savoir-faire",
     "de goûter leurs savoir-faire"),
    ("people came from all over the Soviet Union", "de partout partout l’union",
     "de partout l’union"),
    ("It is very, very important.", "C’est très très important.",
     "C’est très très important."),  # the English says it twice
    ("We meet often.", "Nous nous rencontrons souvent.",
     "Nous nous rencontrons souvent."),  # a subject and its reflexive pronoun
])
def test_twice(source: str, french: str, want: str) -> None:
    assert twice(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The theatre marks its 100th anniversary.", "Le théâtre marque le sien 100e anniversaire.",
     "Le théâtre marque son 100e anniversaire."),
    ("They improve their living standards.", "Ils améliorent le sien niveau de vie.",
     "Ils améliorent leur niveau de vie."),
    ("The union defends its initiatives.", "L'union défend le sien initiatives.",
     "L'union défend ses initiatives."),
    ("It sent its delegation.", "Il a envoyé le sien délégation.",
     "Il a envoyé sa délégation."),
    ("It shared its experience.", "Il a partagé le sien expérience.",
     "Il a partagé son expérience."),  # "son" before a vowel
    ("Each has its own.", "Chacun a le sien.", "Chacun a le sien."),  # the pronoun
    ("Its own is ready.", "Le sien est prêt.", "Le sien est prêt."),  # a verb after it
    ("his and their plans", "le sien plans", "le sien plans"),  # which owner: unknown
])
def test_possessive(source: str, french: str, want: str) -> None:
    assert possessive(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("promising long-term projects", "des projets de long terme", "des projets à long terme"),
    ("a short-term loan", "un prêt de court terme", "un prêt à court terme"),
    ("long-term projects", "des projets de terme long", "des projets à long terme"),
    ("in the long term", "sur le long terme", "sur le long terme"),  # the noun
    ("a long and difficult term", "un mandat de long terme", "un mandat de long terme"),
])
def test_term(source: str, french: str, want: str) -> None:
    assert term(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("During the conference you will discuss it.", "Pendant l’assise vous en parlerez.",
     "Pendant la conférence vous en parlerez."),
    ("The conference opened.", "L’assise a ouvert.", "La conférence a ouvert."),
    ("the season’s most important events", "les événements de la gare",
     "les événements de la saison"),
    ("to start a new research station", "commencer une gare de recherche",
     "commencer une station de recherche"),
    ("The President has planned meetings.", "Le Président a plané des rencontres.",
     "Le Président a prévu des rencontres."),
    # the sense French shares, or no such English word: as it was
    ("the seat of the conference", "l’assise de la conférence",
     "l’assise de la conférence"),
    ("from the railway station to the research station", "de la gare à la gare de recherche",
     "de la gare à la gare de recherche"),
    ("The station is new.", "La gare est nouvelle.", "La gare est nouvelle."),
    ("The glider planed over the field.", "Le planeur a plané.", "Le planeur a plané."),
])
def test_pivot_senses(source: str, french: str, want: str) -> None:
    assert pivot_senses(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Please pass on my words of sympathy.", "Veuillez passer dans mes mots de sympathie.",
     "Veuillez transmettre mes mots de sympathie."),
    ("the amendment passed by the State Duma", "l’amendement passé par la Douma",
     "l’amendement adopté par la Douma"),
    ("Those who have passed this law say", "Ceux qui ont passé cette loi disent",
     "Ceux qui ont adopté cette loi disent"),
    ("Several framework laws have been passed.", "Quelques lois de cadre ont été passées.",
     "Quelques lois de cadre ont été adoptées."),
    ("the work of the party faction in parliament", "le travail de la fête en parlement",
     "le travail du parti en parlement"),
    ("and, sorry, unacceptable", "et, triste, inacceptable", "et, pardon, inacceptable"),
    ("I am sorry.", "Je suis triste.", "Je suis désolé."),
    ("The moderators in this studio are here.", "Les modérateurs dans cette étude sont là.",
     "Les modérateurs dans ce studio sont là."),
    # the senses French shares, or no such English word: as it was
    ("The years passed and the law stayed.", "Les années sont passées et la loi est restée.",
     "Les années sont passées et la loi est restée."),
    ("We held a party for her birthday after the election.", "Nous avons tenu une fête.",
     "Nous avons tenu une fête."),
    ("a study made in the studio", "une étude faite dans le studio",
     "une étude faite dans le studio"),
    ("We are sad and sorry for them.", "Nous sommes tristes pour eux.",
     "Nous sommes tristes pour eux."),  # *sad*: "triste" in a sentence
])
def test_more_senses(source: str, french: str, want: str) -> None:
    assert more_senses(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is important to hear your comments.", "Il est important de sentir vos commentaires.",
     "Il est important d'entendre vos commentaires."),
    ("I heard that you visited Moscow.", "J'ai senti que vous avez visité Moscou.",
     "J'ai entendu que vous avez visité Moscou."),
    ("We will hear the reports.", "Nous sentirons les rapports.", "Nous entendrons les rapports."),
    # guards: *feel* in the English; no *hear*; the noun "sens"
    ("We feel the support and hear them.", "Nous sentons le soutien et les sentons.",
     "Nous sentons le soutien et les sentons."),
    ("We feel the support.", "Nous sentons le soutien.", "Nous sentons le soutien."),
    ("I heard it in this sense.", "Je l'ai senti dans ce sens.", "Je l'ai senti dans ce sens."),
    ("We heard the meaning.", "Nous avons senti le sens.", "Nous avons entendu le sens."),
])
def test_hear(source: str, french: str, want: str) -> None:
    assert hear(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is hard to overestimate your contribution.",
     "C'est porter de surévaluer votre contribution.",
     "Il est difficile de surestimer votre contribution."),
    ("It was very hard to believe.", "C'était très porter de croire.",
     "Il était très difficile de croire."),
    ("It would be hard to imagine.", "Ce serait porter d'imaginer.",
     "Il serait difficile d'imaginer."),
    ("It is hard to say.", "C'est dur de dire.", "Il est difficile de dire."),
    # guards: *hard* of a thing; "porter" with no *hard to*; a price overvalued
    ("It was a hard decision.", "C'était une décision dure.", "C'était une décision dure."),
    ("We must carry it.", "C'est porter de la valeur.", "C'est porter de la valeur."),
    ("The rouble is overvalued.", "Le rouble est surévalué.", "Le rouble est surévalué."),
])
def test_hard(source: str, french: str, want: str) -> None:
    assert hard(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is necessary to take into consideration the changes.",
     "Il est nécessaire de porter à considération les changements.",
     "Il est nécessaire de prendre en considération les changements."),
    ("The government will take all this into consideration.",
     "Le gouvernement portera tout ça à considération.",
     "Le gouvernement prendra tout ça en considération."),
    ("We will take this into account.", "Nous porterons ça à relation.",
     "Nous prendrons ça en compte."),
    # guard: *carry*, no *into consideration*
    ("We will carry this to the end.", "Nous porterons ça à la fin.",
     "Nous porterons ça à la fin."),
])
def test_take_into(source: str, french: str, want: str) -> None:
    assert take_into(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the development of the capital city of Russia", "le développement de la ville majuscule "
     "de la Russie", "le développement de la capitale de la Russie"),
    ("Capital investment grew.", "L'investissement majuscule a augmenté.",
     "L'investissement en capital a augmenté."),
    # guard: capital letters are "majuscules"
    ("Write it in capital letters.", "Écris-le dans des majuscules.",
     "Écris-le dans des majuscules."),
])
def test_majuscule(source: str, french: str, want: str) -> None:
    assert majuscule(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("our research centres, design bureaus and enterprises",
     "nos centres de recherche, dessiner des agences et entreprises",
     "nos centres de recherche, des bureaux d'études et entreprises"),
    ("The design bureau works well.", "L'agence de design travaille bien.",
     "Le bureau d'études travaille bien."),
    ("a concept to design industrial solutions", "un concept pour dessiner des solutions",
     "un concept pour concevoir des solutions"),
    ("We will design a new aircraft.", "Nous dessinerons un nouvel aéronef.",
     "Nous concevrons un nouvel aéronef."),
    # guards: the English draws; the noun *design*
    ("He tried to draw Hungary into the division.", "Il a essayé de dessiner la Hongrie.",
     "Il a essayé de dessiner la Hongrie."),
    ("The design of the bridge is unique.", "Le design du pont est unique.",
     "Le design du pont est unique."),
])
def test_design(source: str, french: str, want: str) -> None:
    assert design(source, french) == want
