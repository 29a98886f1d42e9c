"""Word senses and clause words put right by the English source (``senses.py``): each rule
where the English calls for it, and not where it does not."""

from __future__ import annotations

import pytest

from daybook.translate.senses import senses


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We have invested considerable funds.", "Avons inversé des fonds.",
     "Nous avons investi des fonds."),
    ("Russian companies invest in the region.", "Les entreprises inversent dans la région.",
     "Les entreprises investissent dans la région."),
    ("He spends money but invests it well.", "Il dépense de l'argent mais il l'inverse bien.",
     "Il dépense de l'argent mais il l'investit bien."),
    ("They are keen on investing there.", "Ils tiennent d'inverser là.",
     "Ils tiennent d'investir là."),
    ("People in Russia want to live better.", "Les personnes en Russie veulent habiter plus bien.",
     "Les gens en Russie veulent vivre mieux."),
    ("Many people came.", "Beaucoup de personnes sont venues.", "Beaucoup de gens sont venus."),
    # An adjective of a noun after "de", or before its own noun, keeps its agreement.
    ("People of various ethnic origins live here.",
     "Les personnes de diverses origines ethniques vivent ici.",
     "Les gens de diverses origines ethniques vivent ici."),
    ("We are interested in expanding ties.", "Nous sommes passionnés dans en étendant les liens.",
     "Nous sommes intéressés à étendre les liens."),
    ("The number of tourists is growing.", "Le numéro de touristes grandit.",
     "Le nombre de touristes grandit."),
    ("The role of the state is important.", "La fonction de l'état est importante.",
     "Le rôle de l'état est importante."),
    ("There is an increasing demand.", "Il y a une accroissant demande.",
     "Il y a une demande croissante."),
    ("We need a way to resolve this.", "Nous avons besoin d'un chemin de résoudre cela.",
     "Nous avons besoin d'un moyen de résoudre cela."),
    ("The way we work has changed.", "Le chemin travaillons a changé.",
     "La façon dont nous travaillons a changé."),
    ("We did it in a substantive way.", "Nous l'avons fait dans un chemin substantif.",
     "Nous l'avons fait d'une façon substantive."),
    ("That is why we have been working on this.", "C'est pourquoi avons été en travaillant.",
     "C'est pourquoi nous avons travaillé."),
    ("This is the project which we discussed.", "C'est le projet quel avons discuté.",
     "C'est le projet que nous avons discuté."),
    ("The agreement which was signed is important.", "L'accord quel a été signé est important.",
     "L'accord qui a été signé est important."),
    ("We did not go, as it was raining.", "Nous ne sommes pas allés, tandis qu'il pleuvait.",
     "Nous ne sommes pas allés, puisqu'il pleuvait."),
    ("As prices grow, demand falls.", "Tandis que les prix grandissent, la demande baisse.",
     "À mesure que les prix grandissent, la demande baisse."),
    ("As it was late, we left.", "Tandis qu'il était tard, nous sommes partis.",
     "Comme il était tard, nous sommes partis."),
    ("This matters for ensuring peace.", "Cela compte pour en assurant la paix.",
     "Cela compte pour assurer la paix."),
])
def test_fires(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the other sense, said in English
    ("The trend was inverted.", "La tendance a été inversée."),
    ("They inhabit the island.", "Ils habitent l'île."),
    ("The road is long.", "Le chemin est long."),
    ("The way to the station is long.", "Le chemin de la gare est long."),
    ("The telephone number of the office.", "Le numéro de téléphone du bureau."),
    ("The function of the body is clear.", "La fonction de l'organe est claire."),
    # "personnes" before an adjective would leave it unagreed
    ("Elderly people need support.", "Les personnes âgées ont besoin de soutien."),
    # a subject already there, an imperative for "let us"
    ("We have decided.", "Nous avons décidé."),
    ("Let us work together.", "Travaillons ensemble."),
    # an interrogative "quel", a preposition before "lequel"
    ("Which country is it?", "Quel pays est-ce ?"),
    ("The house in which we live.", "La maison dans laquelle nous vivons."),
    # *while* is a contrast: "tandis que" is right
    ("We grow, while they fall.", "Nous grandissons, tandis qu'ils baissent."),
    ("As well as that, we met.", "Tandis que nous nous sommes rencontrés."),
    # "en" + participle as a gerund of manner stays
    ("We won by working hard.", "Nous avons gagné en travaillant dur."),
])
def test_does_not_fire(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Progress could pave the way to peace.", "Le progrès pourrait paver le chemin à la paix.",
     "Le progrès pourrait ouvrir la voie à la paix."),
    ("We discussed it in a very positive way.", "Nous en avons parlé dans un chemin très positif.",
     "Nous en avons parlé d'une façon très positive."),
    ("In this way we help.", "De ce chemin nous aidons.", "De cette façon nous aidons."),
    ("It plays a role in this.", "Il joue une fonction active dans cela.",
     "Il joue un rôle actif dans cela."),
    ("We discussed topical issues.", "Nous avons discuté des sujets topiques.",
     "Nous avons discuté des sujets d'actualité."),
    ("Life expectancy is growing.", "Attente de vie grandit.", "Espérance de vie grandit."),
    ("He was among the guests.", "Il était entre les hôtes.", "Il était parmi les hôtes."),
    ("While growth is slow, exports rise.", "Instant la croissance est lente, les exportations"
     " montent.", "Alors que la croissance est lente, les exportations montent."),
    ("It is a popular discussion platform.", "C'est un programme de discussion populaire.",
     "C'est une plateforme de discussion populaire."),
    ("This is a priority at all levels.", "C'est une priorité en absolu nivelle.",
     "C'est une priorité à tous les niveaux."),
])
def test_phrases_fire(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("We lost our way along the way.", "Nous avons causé ennui par le chemin."),
    ("Among other things, we met.", "Entre autres choses, nous nous sommes rencontrés."),
    ("Among us and between them.", "Entre nous et entre eux."),
    ("The platform of the programme.", "Le programme du programme."),
    ("While we were there.", "Pendant que nous étions là."),
])
def test_phrases_do_not_fire(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We have done a great deal in this area.", "Nous avons fait un grand marché ici.",
     "Nous avons fait beaucoup ici."),
    ("He passed away on Sunday.", "Il est passé dehors dimanche.", "Il est décédé dimanche."),
    ("I congratulate you on your victory.", "Te félicite dans votre victoire.",
     "Je vous félicite pour votre victoire."),
    ("Ahead of the summit, he had a call.", "Attendu le sommet, il a eu un appel.",
     "Avant le sommet, il a eu un appel."),
    ("Ahead of the match, he spoke.", "En tête du match, il a parlé.",
     "Avant le match, il a parlé."),
    ("This will be addressed as part of the project.", "Ce sera traité comme partie du projet.",
     "Ce sera traité dans le cadre du projet."),
    ("Millions receive a chance to attend.", "Les millions reçoivent un hasard d'assister.",
     "Les millions reçoivent une chance d'assister."),
    ("Funds were allocated for this purpose.", "Des fonds ont été destinés pour ce propos.",
     "Des fonds ont été destinés à cette fin."),
    ("It is important that young people are involved.",
     "Il est en important ces jeunes sont impliqués.",
     "Il est important que ces jeunes sont impliqués."),
    ("They are involved, as we can see from the programme.",
     "Ils sont impliqués tandis que nous pouvons voir du programme.",
     "Ils sont impliqués comme nous pouvons voir du programme."),
    ("Good luck and a better budget.", "Chance bonne et le budget sera plus bien.",
     "Bonne chance et le budget sera mieux."),
    ("on the eve of the holiday", "dans la veille des vacances", "à la veille des vacances"),
])
def test_turns_fire(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("The deal was great.", "Le marché était grand."),
    ("He passed the ball out.", "Il a passé dehors le ballon."),
    ("It has a bright future ahead of it.", "Il a un futur brillant en tête de lui."),
    ("Part of the funds went there.", "Une partie des fonds est allée là."),
    ("It happened by accident.", "C'est arrivé par hasard."),
    ("We work, while they can see it.", "Nous travaillons tandis que vous pouvez le voir."),
])
def test_turns_do_not_fire(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will send them the documents.", "Nous les enverrons les documents.",
     "Nous leur enverrons les documents."),
    ("We offered them our help.", "Nous les avons offert notre aide.",
     "Nous leur avons offert notre aide."),
    ("I wish you every success.", "Je vous souhaite chaque succès.",
     "Je vous souhaite plein succès."),
])
def test_objects_fire(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("We sent them to the archive.", "Nous les avons envoyés aux archives."),
    ("We will send them the documents.", "Nous enverrons les documents à tous les pays."),
    ("We gave them all.", "Nous les avons donnés tous."),
])
def test_objects_do_not_fire(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I mentioned today that Switzerland owes much.", "Ai mentionné aujourd'hui.",
     "J'ai mentionné aujourd'hui."),
    ("In view of the summit, he called.", "Attendu le sommet, il a appelé.",
     "En vue du sommet, il a appelé."),
    ("It is important that young Russians take part.", "C'est en important ces jeunes.",
     "C'est important que ces jeunes."),
])
def test_subjects_fire(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("Have you mentioned it, I wonder?", "Avez mentionné cela ?"),
    ("I think so. Think about it.", "Pense à cela."),  # imperative or third person too
    ("Given the summit, I called.", "Attendu le sommet, j'ai appelé."),
])
def test_subjects_do_not_fire(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It creates a space which promotes winter sports.",
     "Il crée un espace interactif quel promeuvent des sports.",
     "Il crée un espace interactif qui promeuvent des sports."),
    ("We build new exchanges which will help business.",
     "Nous bâtissons de nouveaux échanges quel aidera les affaires.",
     "Nous bâtissons de nouveaux échanges qui aidera les affaires."),
    ("It widens horizons while maintaining its traditions.",
     "Il étend des horizons tandis qu'en maintenant ses traditions.",
     "Il étend des horizons tout en maintenant ses traditions."),
    ("And this is as it should be.", "Et cela est tandis qu'il devrait être.",
     "Et cela est comme il se doit."),
    ("It was designed by way of creating a space.", "Il a été conçu par chemin de la création.",
     "Il a été conçu par le biais de la création."),
])
def test_relatives_fire(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("I know which one it is.", "Je sais quel un c'est."),
    ("We understand how the situation is.", "Nous comprenons très bien lequel la situation."),
])
def test_relatives_do_not_fire(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We have repeatedly talked about it.", "Il y a peu, à plusieurs reprises avons parlé.",
     "Il y a peu, à plusieurs reprises nous avons parlé."),
    ("If we fail, we will probably not be able to.",
     "Si échec, probablement ne serons pas capables.",
     "Si échec, probablement nous ne serons pas capables."),
])
def test_subject_after_phrase(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("We work hard and have results.", "Nous travaillons dur et avons des résultats."),
    ("We work hard, really hard, have results.", "Nous travaillons beaucoup, vraiment avons."),
    ("Our houses and nations.", "Nos maisons et nations."),
    # "doute" is a verb too
    ("We will doubtless not be able to.", "Sans doute ne serons pas capables."),
])
def test_subject_after_phrase_not(source: str, french: str) -> None:
    assert senses([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We continue to work on increasing exports.",
     "Nous continuons à travailler à la semelle des exportations.",
     "Nous continuons à travailler à l'augmentation des exportations."),
    ("The quantity is on the rise.", "La quantité est à la semelle.",
     "La quantité est en hausse."),
])
def test_rise_fires(source: str, french: str, want: str) -> None:
    assert senses([source], [french]) == [want]


def test_a_shoe_keeps_its_sole() -> None:
    french = "La semelle de la chaussure est en hausse."
    assert senses(["The sole of the shoe is rising."], [french]) == [french]
