"""Verb and adjective senses put right by the English (``verbsenses.py``): each rule on a
constructed sentence, and a guard it must leave alone."""

from __future__ import annotations

import pytest

from daybook.translate.verbsenses import (
    address,
    deliver,
    entitled,
    focus,
    hold,
    interesting,
    interesting_en,
    involved,
    move,
    raise_,
    right_wrong,
    run,
    upcoming,
    warmly,
)


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("You are right, this is important.", "Vous êtes bien, c'est important.",
     "Vous avez raison, c'est important."),
    ("I think you are absolutely right.", "Je pense que vous êtes absolument droit.",
     "Je pense que vous avez absolument raison."),
    ("He was wrong to say that.", "C'était incorrect de dire cela.",
     "Il avait tort de dire cela."),
    ("We were right to insist.", "Nous étions droits d'insister.",
     "Nous avions raison d'insister."),
    ("I am wrong.", "Je suis incorrect.", "J'ai tort."),
    ("You are quite right.", "Vous êtes assez de droit.", "Vous avez tout à fait raison."),
    ("It would be right to ask them.", "Ce serait droit de leur demander.",
     "Ce serait juste de leur demander."),
    ("We know that they are right about this.", "Nous savons que ce sont bien sur cela.",
     "Nous savons qu'ils ont raison sur cela."),
])
def test_right_wrong(source: str, french: str, want: str) -> None:
    assert right_wrong(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("You are right here.", "Vous êtes juste ici."),  # a place, not a judgement
    ("We made the right decision.", "Nous avons pris la bonne décision."),
    ("You are well prepared, you are right.", "Vous êtes bien préparés, il est droit."),
    ("He is right.", "Vous êtes bien."),  # another person's verb: not this *right*
])
def test_right_wrong_guard(source: str, french: str) -> None:
    assert right_wrong(source, french) == french


def test_warmly() -> None:
    assert warmly("I warmly congratulate you.", "Je vous félicite aimablement.") == (
        "Je vous félicite chaleureusement.")
    assert warmly("He kindly agreed.", "Il a aimablement accepté.") == (
        "Il a aimablement accepté.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("on the upcoming holiday", "pour les fêtes proches", "pour les prochaines fêtes"),
    ("for the upcoming generation", "pour la génération proche",
     "pour la prochaine génération"),
    ("the forthcoming summit", "le sommet proche", "le prochain sommet"),
    ("on the upcoming election", "pour l'élection proche", "pour la prochaine élection"),
    ("the upcoming professional holiday", "les fêtes de professionnelle proches",
     "les fêtes de professionnelle à venir"),
])
def test_upcoming(source: str, french: str, want: str) -> None:
    assert upcoming(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("our close partners and the next meeting", "nos partenaires proches"),
    ("a town near the upcoming venue", "une ville proche du lieu"),
    ("the next Olympic Games", "les Jeux olympiques proches"),  # *next*: not this rule's
])
def test_upcoming_guard(source: str, french: str) -> None:
    assert upcoming(source, french) == french


def test_entitled() -> None:
    assert entitled("Journalists are entitled to attend.",
                    "Les journalistes sont intitulés pour assister.") == (
        "Les journalistes ont le droit d'assister.")
    assert entitled("Citizens are entitled to medical care.",
                    "Les citoyens sont intitulés à soin médical.") == (
        "Les citoyens ont droit à soin médical.")
    assert entitled("The book is entitled War and Peace.", "Le livre est intitulé Guerre.") == (
        "Le livre est intitulé Guerre.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Young people are getting involved in sports.", "Les jeunes reçoivent impliqués dans",
     "Les jeunes s'impliquent dans"),
    ("They got involved in the project.", "Ils ont reçu impliqués dans le projet.",
     "Ils se sont impliqués dans le projet."),
    ("to inspire people to get involved", "pour inspirer des gens pour recevoir impliqués",
     "pour inspirer des gens pour s'impliquer"),
    ("We are getting involved.", "Nous recevons impliqués.", "Nous nous impliquons."),
])
def test_involved(source: str, french: str, want: str) -> None:
    assert involved(source, french) == want
    assert involved("They are involved.", french) == french  # no *get*: the pivot's verb


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The industry is moving forward.", "L'industrie remue avant.", "L'industrie avance."),
    ("The union should move further towards integration.",
     "L'union devrait remuer plus loin vers l'intégration.",
     "L'union devrait avancer davantage vers l'intégration."),
    ("In order to move forward", "Afin de remuer renvoyer", "Afin d'avancer"),
    ("People can move freely between the countries.", "Les gens peuvent remuer entre",
     "Les gens peuvent se déplacer entre"),
    ("Families are ready to move to Russia.", "Les familles sont prêtes à remuer en Russie.",
     "Les familles sont prêtes à s'installer en Russie."),
    ("We will move on to the next item.", "Nous remuerons sur à l'article suivant.",
     "Nous passerons à l'article suivant."),
])
def test_move(source: str, french: str, want: str) -> None:
    assert move(source, french) == want


def test_move_guard() -> None:
    # *move the table*: a thing moved, not a way to go.
    assert move("They move the table.", "Ils remuent la table.") == "Ils remuent la table."
    # *between* elsewhere in the sentence is not where the moving goes.
    assert move("We will be moving towards it, not just between us.",
                "Nous remuerons vers cela") == "Nous avancerons vers cela"


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He focuses his efforts on the programmes.", "Il focalise ses efforts dans les programmes.",
     "Il concentre ses efforts sur les programmes."),
    ("Putin and Merkel focused in particular on Libya.",
     "Poutine et Merkel ont focalisé en particulier dans la Libye.",
     "Poutine et Merkel se sont concentrés en particulier sur la Libye."),
    ("The forum mainly focused on trade.", "Le forum principalement focalisé sur le commerce.",
     "Le forum a porté principalement sur le commerce."),
    ("We focused our efforts on education.", "Nous avons focalisé nos efforts en éducation.",
     "Nous avons concentré nos efforts sur l'éducation."),
])
def test_focus(source: str, french: str, want: str) -> None:
    assert focus(source, french) == want


def test_focus_infinitive_keeps_its_verb() -> None:
    # The infinitive's reflexive pronoun is its modal's subject's (``pronominal`` writes it).
    assert focus("You should focus on the CIS.", "Vous devriez focaliser dans la CEI.") == (
        "Vous devriez focaliser sur la CEI.")


def test_focus_guard() -> None:
    # *focused on* after "is": an adjective ("axé sur"), left to the pivot.
    assert focus("The company is focused on exports.", "L'entreprise est focalisée sur") == (
        "L'entreprise est focalisée sur")


def test_interesting_said_attractive() -> None:
    assert interesting_en("Interesting plans, an interesting part.") == (
        "Attractive plans, an attractive part.")
    # A verb with its object, and a line with attraction of its own: left as written.
    assert interesting_en("He is interesting them in it.") == "He is interesting them in it."
    assert interesting_en("attractive and interesting") == "attractive and interesting"
    assert interesting("interesting discussions", "des discussions attirantes") == (
        "des discussions intéressantes")
    assert interesting("attractive discussions", "des discussions attirantes") == (
        "des discussions attirantes")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We need to raise incomes.", "Nous devons élever les revenus.",
     "Nous devons augmenter les revenus."),
    ("The question was raised.", "La question a été élevée.", "La question a été soulevée."),
    # The issue with its complement, and *being raised*.
    ("The question of new sanctions against firms was raised.",
     "La question des nouvelles sanctions contre des entreprises a été élevée.",
     "La question des nouvelles sanctions contre des entreprises a été soulevée."),
    ("The issue of climate is being raised.", "La question de climat est en train d'être élevé.",
     "La question de climat est en train d'être soulevé."),
    ("to raise awareness of safety", "pour élever la sensibilisation sur la sécurité",
     "pour sensibiliser à la sécurité"),
    # the engine's "de la" or no article before the noun; "des" is no "de" + article
    ("to raise awareness on fire safety", "pour élever sensibilisation sur la sécurité",
     "pour sensibiliser à la sécurité"),
    ("to raise awareness", "pour élever de la sensibilisation", "pour sensibiliser"),
    ("to raise awareness of the risks", "pour élever la sensibilisation des risques",
     "pour sensibiliser des risques"),
])
def test_raise(source: str, french: str, want: str) -> None:
    assert raise_(source, french) == want


def test_raise_guard() -> None:
    # Children and athletes are raised ("élever"); both senses in one sentence: left alone.
    assert raise_("She raised three children.", "Elle a élevé trois enfants.") == (
        "Elle a élevé trois enfants.")
    # *raised* of children after *the problem is that*: no issue is raised.
    assert raise_("The problem is that children are raised alone.",
                  "Le problème est que les enfants sont élevés seuls.") == (
        "Le problème est que les enfants sont élevés seuls.")
    assert raise_("We raised this issue and raised taxes.", "Nous avons élevé et élevé") == (
        "Nous avons élevé et élevé")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("in order to address these issues", "afin d'adresser ces questions",
     "afin de traiter ces questions"),
    ("addressing a range of tasks", "en adressant un éventail de tâches",
     "en traitant un éventail de tâches"),
    ("an opportunity to address the audience", "une occasion pour adresser l'audience",
     "une occasion pour s'adresser à l'audience"),
])
def test_address(source: str, french: str, want: str) -> None:
    assert address(source, french) == want


def test_address_guard() -> None:
    assert address("I can address them to my colleagues.", "Je peux les adresser à mes") == (
        "Je peux les adresser à mes")
    assert address("the e-mail address", "l'adresse de courrier") == "l'adresse de courrier"


def test_interesting_after_and() -> None:
    # *useful and interesting*: the engine reads *attractive* there as its noun.
    assert interesting("useful and interesting", "utile et attrait") == "utile et intéressant"
    assert interesting("both interesting and useful", "tellement d'attrait et utile") == (
        "tellement intéressant et utile")
    assert interesting("interesting", "son attrait") == "son attrait"


def test_run_deliver_hold() -> None:
    assert run("those who run the club", "ceux qui courent le club") == (
        "ceux qui dirigent le club")
    assert run("his intention to run in the elections", "son intention de courir dans") == (
        "son intention de se présenter dans")
    assert run("New roads run through Moscow.", "Les routes courent à travers Moscou.") == (
        "Les routes courent à travers Moscou.")
    assert deliver("delivering state support", "de livrer le soutien") == (
        "d'apporter le soutien")
    assert deliver("We deliver gas.", "Nous livrons du gaz.") == "Nous livrons du gaz."
    assert hold("We held a competition.", "Nous avons eu une compétition.") == (
        "Nous avons organisé une compétition.")
    assert hold("They held talks.", "Ils ont eu des discussions.") == (
        "Ils ont eu des discussions.")
