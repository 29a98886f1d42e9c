"""Senses chosen by the field of the words around them (``field_senses.py``): *assistance*
"aide", *customs* of a people "coutumes", *performances* "représentations" or
"performances", *one* for a noun, *fine* of a person "excellent", *master* a subject
"maîtriser". The French is what the engine writes for such sentences (at the stage the rules
see it), the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.field_senses import (
    acts,
    assistance,
    authoritative,
    buildings,
    customs,
    field_senses,
    fine,
    management,
    master,
    oil_trade,
    one_pronoun,
    performances,
)


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will provide all the necessary assistance to the families.",
     "Nous fournirons toute l'assistance nécessaire aux familles.",
     "Nous fournirons toute l'aide nécessaire aux familles."),
    ("What kind of assistance do you need from federal agencies?",
     "De quel type d'assistance avez-vous besoin ?", "De quel type d'aide avez-vous besoin ?"),
    ("This was the result of the great assistance provided by the authorities.",
     "C'était le résultat de la grande assistance fournie par les autorités.",
     "C'était le résultat de la grande aide fournie par les autorités."),
    # Legal aid: "aide juridique" (Robert & Collins).
    ("people received legal assistance", "les gens ont reçu de l'assistance juridique",
     "les gens ont reçu de l'aide juridique"),
    ("the traditions of friendship and mutual assistance",
     "les traditions de l'amitié et l'assistance mutuelle",
     "les traditions de l'amitié et l'entraide"),
])
def test_assistance_is_aide(source: str, french: str, want: str) -> None:
    assert assistance(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # Technical assistance keeps its set term.
    ("We will provide technical assistance.", "Nous fournirons une assistance technique."),
    # Bare after a verb: the article comes later, and "aide" (a verb's form too) would not
    # get it.
    ("receiving financial assistance", "recevoir assistance financière"),
    # The English has no *assistance*: the French word came from elsewhere.
    ("The audience applauded.", "L'assistance a applaudi."),
])
def test_assistance_stays(source: str, french: str) -> None:
    assert assistance(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("to the moral values of Islam, to their ancestors’ traditions and customs.",
     "aux valeurs morales d'Islam, aux traditions et à la douane de leurs ancêtres.",
     "aux valeurs morales d'Islam, aux traditions et aux coutumes de leurs ancêtres."),
    ("interaction between widely different traditions, languages and customs.",
     "interaction entre des traditions très différentes, langues et douane.",
     "interaction entre des traditions très différentes, langues et coutumes."),
    ("They respect the customs of their ancestors.",
     "Ils respectent les douanes de leurs ancêtres.",
     "Ils respectent les coutumes de leurs ancêtres."),
])
def test_customs_of_a_people(source: str, french: str, want: str) -> None:
    assert customs(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The customs service has seized the goods.", "Le service de douane a pris les biens."),
    # The border service beside a people's traditions: still "douane".
    ("We discussed customs duties and our traditions of trade.",
     "Nous avons parlé des devoirs de douane et nos traditions de commerce."),
    ("Customs officers checked the cargo.", "Les officiers de douane ont vérifié la cargaison."),
])
def test_border_customs_stays(source: str, french: str) -> None:
    assert customs(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("an exhibition of paintings and performances by the Mariinsky ballet.",
     "une exposition de peintures et actions par le ballet de Mariinsky.",
     "une exposition de peintures et représentations par le ballet de Mariinsky."),
    ("Today, we are witnessing performances given by young soloists.",
     "Aujourd'hui, nous assistons aux actions données par de jeunes solistes.",
     "Aujourd'hui, nous assistons aux représentations données par de jeunes solistes."),
    ("the outstanding performances by our national team will be remembered",
     "les actions exceptionnelles par notre équipe nationale seront souvenues",
     "les performances exceptionnelles par notre équipe nationale seront souvenues"),
])
def test_performances_by_field(source: str, french: str, want: str) -> None:
    assert performances(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # No field: a ministry's *performance* is left to the reader.
    ("the effective performance of the Ministry of Agriculture",
     "l'action efficace du ministère de l'Agriculture"),
    # The English has *action* too: the French "actions" may be it.
    ("The team's performance and its actions on the field",
     "La action de l'équipe et ses actions sur le terrain"),
])
def test_performance_stays(source: str, french: str) -> None:
    assert performances(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the new budget will be better than the previous one.",
     "le nouveau budget sera mieux que l'antérieur un.",
     "le nouveau budget sera mieux que le précédent."),
    ("This is a good plan, but we need a new one.",
     "C'est un bon plan, mais nous avons besoin d'un nouvel un.",
     "C'est un bon plan, mais nous avons besoin d'un nouveau."),
    ("The last one was held in Moscow.", "Le dernier un a eu lieu à Moscou.",
     "Le dernier a eu lieu à Moscou."),
])
def test_one_for_a_noun(source: str, french: str, want: str) -> None:
    assert one_pronoun(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *one* a number before another number word, *the first one of* its kind: left.
    ("The first one hundred participants came.", "Les premiers un cent participants."),
    ("It was the first one of its kind.", "C'était le premier un de son genre."),
    # No *ADJ one* in the English: the article of the next noun stays.
    ("He signed the first agreement.", "Il a signé le premier un accord."),
])
def test_one_stays(source: str, french: str) -> None:
    assert one_pronoun(source, french) == french


def test_fine_of_a_person_is_excellent() -> None:
    assert fine("A fine actress, you are renowned for your theatre roles.",
                "Une actrice fine, vous êtes célèbre pour vos rôles.") == (
        "Une excellente actrice, vous êtes célèbre pour vos rôles.")
    assert fine("She is a fine actress and a fine musician.",
                "C'est une actrice fine et un musicien fin.") == (
        "C'est une excellente actrice et un excellent musicien.")
    assert fine("They did a fine job.", "Ils ont fait le travail fin.") == (
        "Ils ont fait l'excellent travail.")
    # Fine particles, a fine line: not a person or a work.
    assert fine("fine particles of dust", "des particules fines de poussière") == (
        "des particules fines de poussière")


def test_master_a_subject() -> None:
    assert master("They are mastering a wide variety of subjects.",
                  "Ils sont en train de dominer une variété large de sujets.") == (
        "Ils sont en train de maîtriser une grande variété de sujets.")
    assert master("self-education, mastering new competences",
                  "self-éducation, dominant de nouvelles compétences") == (
        "self-éducation, maîtrisant de nouvelles compétences")
    # *master* of a place, a game: "dominer" stays.
    assert master("The team mastered the game.", "L'équipe a dominé le jeu.") == (
        "L'équipe a dominé le jeu.")


def test_field_senses_runs_every_rule() -> None:
    assert field_senses("the previous one and the necessary assistance",
                        "l'antérieur un et l'assistance nécessaire") == (
        "le précédent et l'aide nécessaire")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("There are people who commit such acts, I understand.",
     "Il y a des personnes qui commettent tels comptes-rendus, je comprends.",
     "Il y a des personnes qui commettent tels actes, je comprends."),
    ("the International Convention for the Suppression of Acts of Nuclear Terrorism",
     "la convention internationale pour la suppression de comptes-rendus de terrorisme",
     "la convention internationale pour la suppression d'actes de terrorisme"),
    ("We condemn terrorist acts.", "Nous condamnons des comptes-rendus terroristes.",
     "Nous condamnons des actes terroristes."),
])
def test_acts_are_actes(source: str, french: str, want: str) -> None:
    assert acts(source, french) == want


def test_reports_stay_comptes_rendus() -> None:
    # The English has reports: "comptes-rendus" may be theirs.
    assert acts("The reports on these acts were published.",
                "Les comptes-rendus sur ces actes ont été publiés.") == (
        "Les comptes-rendus sur ces actes ont été publiés.")


def test_authoritative_is_faisant_autorite() -> None:
    assert authoritative("authoritative international festivals and competitions",
                         "festivals internationaux autoritaires et compétitions") == (
        "festivals internationaux faisant autorité et compétitions")
    # *authoritarian* in the sentence: "autoritaire" may be it.
    assert authoritative("an authoritarian regime and an authoritative source",
                         "un régime autoritaire et une source autoritaire") == (
        "un régime autoritaire et une source autoritaire")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("despite the decreasing oil prices", "malgré les prix pétrolifères en baisse",
     "malgré les prix pétroliers en baisse"),
    ("together with the Energy Ministry and oil companies",
     "avec le ministère de l'Énergie et entreprises pétrolifères",
     "avec le ministère de l'Énergie et entreprises pétrolières"),
    # An oil field holds oil: "pétrolifère" is right.
    ("new oil fields in the Arctic and their oil prices",
     "de nouveaux gisements pétrolifères dans l'Arctique",
     "de nouveaux gisements pétrolifères dans l'Arctique"),
])
def test_oil_trade_is_petrolier(source: str, french: str, want: str) -> None:
    assert oil_trade(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Management told me that their output accounts for 54 percent of our market.",
     "La gestion m'a dit que leur production représente 54 % de notre marché.",
     "La direction m'a dit que leur production représente 54 % de notre marché."),
    ("I am referring to the company’s management, engineers, workers and designers",
     "je parle de la gestion de l'entreprise, ingénieurs, ouvriers et dessinateurs",
     "je parle de la direction de l'entreprise, ingénieurs, ouvriers et dessinateurs"),
    ("We met with the management of the enterprise.",
     "Nous avons rencontré la gestion de l'entreprise.",
     "Nous avons rencontré la direction de l'entreprise."),
])
def test_management_as_people(source: str, french: str, want: str) -> None:
    assert management(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("We need to change the management system.", "Nous devons changer le système de gestion."),
    ("They study finance and management.", "Ils étudient la finance et la gestion."),
    # One *management* of each: no telling which "gestion" is the people.
    ("Management told me that the management system works.",
     "La gestion m'a dit que le système de gestion fonctionne."),
])
def test_management_as_managing_stays(source: str, french: str) -> None:
    assert management(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("to relocate people from dilapidated and unsafe housing",
     "reloger des personnes de logement ruineux et peu sûr",
     "reloger des personnes de logement délabré et peu sûr"),
    ("The dilapidated buildings will be demolished.",
     "Les bâtiments ruinés seront démolis.", "Les bâtiments délabrés seront démolis."),
    ("resettling residents from dilapidated houses",
     "reloger des habitants de maisons ruineuses", "reloger des habitants de maisons délabrées"),
    ("a march by Moscow garrison troops", "une marche par des troupes de garniture de Moscou",
     "une marche par des troupes de garnison de Moscou"),
])
def test_buildings_and_troops(source: str, french: str, want: str) -> None:
    assert buildings(source, french) == want


def test_ruined_stays_without_dilapidated() -> None:
    # *ruined* is "ruiné"; trimming without a *garrison* is "garniture".
    assert buildings("The war ruined the city and its trimmings.",
                     "La guerre a ruiné la ville et sa garniture.") == (
        "La guerre a ruiné la ville et sa garniture.")
