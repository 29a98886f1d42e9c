"""The second -ing form of *V-ing ... and V-ing* said as French said the first
(``ing_conjuncts.py``). The English sentences are made up for these tests or modelled on
the digest's; the French is modelled on the engine's output for such sentences, the
expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.coordination import coordinate
from daybook.translate.ing_conjuncts import (
    infinitives_alike,
    ing_conjuncts,
    progressives_alike,
)


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a preposition before the first: its "à" said again
    ("Thank you for your help in preparing and holding the World Cup.",
     "Merci pour votre aide à préparer et en organisant la Coupe du monde.",
     "Merci pour votre aide à préparer et à organiser la Coupe du monde."),
    # an aspect verb before the first, an adverb between, a bare gerund after "et"
    ("I hope you will continue working just as actively and producing results.",
     "J’espère que vous continuerez à travailler tout aussi activement et produisant des "
     "résultats.",
     "J’espère que vous continuerez à travailler tout aussi activement et à produire des "
     "résultats."),
    # a list after commas ("maintenant" also an adverb, read as a gerund after "en")
    ("We discussed progress as concerns building, modernising, repairing and servicing "
     "the ships.",
     "Nous avons parlé du progrès par rapport à construire, en modernisant, en réparant et "
     "en maintenant les navires.",
     "Nous avons parlé du progrès par rapport à construire, à moderniser, à réparer et à "
     "maintenir les navires."),
    # "de" elided before a vowel; no preposition to repeat after "pour"
    ("It is the experience of preparing for and holding the main event.",
     "C’est l’expérience de préparer le congrès et en organisant l’événement principal.",
     "C’est l’expérience de préparer le congrès et d'organiser l’événement principal."),
    ("They need help with drafting business plans and receiving assistance.",
     "Ils ont besoin d’aide pour rédiger des plans d’affaires et recevant de l’assistance.",
     "Ils ont besoin d’aide pour rédiger des plans d’affaires et recevoir de l’assistance."),
])
def test_infinitives_alike(source: str, french: str, want: str) -> None:
    assert infinitives_alike([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the first -ing form a participle clause after a comma (*helping to ensure*): the
    # gerund after "et" goes with "aidant", not with the infinitive "assurer"
    ("The party has proceeded from patriotism, helping to ensure Russia’s interests and "
     "strengthening its ties.",
     "Le parti a procédé du patriotisme, aidant à assurer les intérêts de la Russie et en "
     "renforçant ses liens."),
    # no -ing form after a preposition in the English
    ("We want to develop trade, strengthening our ties and opening markets.",
     "Nous voulons développer le commerce, en renforçant nos liens et en ouvrant des "
     "marchés."),
    # a relative between the infinitive and "et"
    ("We spoke about helping those who are working and studying.",
     "Nous avons parlé d’aider ceux qui travaillent et en étudiant."),
    # "pendant" is a preposition here, not a gerund
    ("We remember the experience of using the systems in exercises and during combat.",
     "Nous gardons l’expérience d’utiliser les systèmes dans les exercices et pendant le "
     "combat."),
    # a participle between: "avoir organisé et préparé" is a pair of its own
    ("I thank India for organising and preparing this event.",
     "Je remercie l’Inde d’avoir organisé et préparant cet événement."),
    # the engine's progressive "en train de" before the infinitive, a comma between
    ("The sector has been playing a role in enhancing the potential, improving the quality "
     "of life and driving development.",
     "Le secteur a été en train de jouer un rôle dans le renforcement du potentiel, "
     "l’amélioration de la qualité de vie et en conduisant le développement."),
    ("The sector has been playing a role in enhancing the potential and driving "
     "development.",
     "Le secteur a été en train de jouer un rôle dans le potentiel et en conduisant le "
     "développement."),
])
def test_infinitives_alike_leaves(source: str, french: str) -> None:
    assert infinitives_alike([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Our economic ties are also developing dynamically and becoming more diverse.",
     "Nos liens économiques se développent aussi dynamiquement et en devenant plus divers.",
     "Nos liens économiques se développent aussi dynamiquement et deviennent plus divers."),
    # the first verb after a comma of a list of predicates; a gerund also a noun
    ("The industry maintains high standards, is developing steadily and offering new goods.",
     "L’industrie maintient des niveaux hauts, se développe régulièrement et offrant des "
     "biens nouveaux.",
     "L’industrie maintient des niveaux hauts, se développe régulièrement et offre des biens "
     "nouveaux."),
    # a past progressive: the imperfect
    ("The workers were building the bridge and repairing the road.",
     "Les ouvriers construisaient le pont et en réparant la route.",
     "Les ouvriers construisaient le pont et réparaient la route."),
])
def test_progressives_alike(source: str, french: str, want: str) -> None:
    assert progressives_alike([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *are interesting and inspiring*: "sont" before an adjective, no verb to follow
    ("You have projects that are interesting and inspiring.",
     "Vous avez des projets qui sont intéressants et en inspirant."),
    # an infinitive after a finite verb: ``coordination``'s, not this rule's
    ("The industry is developing steadily and offering new goods.",
     "L’industrie se développe régulièrement et offrir des biens."),
    # no *be* before the first -ing form
    ("The government prioritises supporting families and improving the situation.",
     "Le gouvernement donne la priorité aux familles et en améliorant la situation."),
])
def test_progressives_alike_leaves(source: str, french: str) -> None:
    assert progressives_alike([source], [french]) == [french]


def test_both_and_coordinate() -> None:
    sources = ["Our ties are developing and becoming diverse.",
               "Thank you for your help in preparing and holding the Cup."]
    french = ["Nos liens se développent et en devenant divers.",
              "Merci pour votre aide à préparer et en organisant la Coupe."]
    want = ["Nos liens se développent et deviennent divers.",
            "Merci pour votre aide à préparer et à organiser la Coupe."]
    assert ing_conjuncts(sources, french) == want
    assert coordinate(sources, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    # the engine's progressive, said in the simple tense later: the gerund takes the
    # tense of "sont" ("se développent ... et deviennent" once ``simple_tense`` ran)
    ("Our economic ties are also developing dynamically and becoming more diverse.",
     "Nos liens économiques sont aussi en train de se développer dynamiquement et en "
     "devenant plus divers.",
     "Nos liens économiques sont aussi en train de se développer dynamiquement et deviennent "
     "plus divers."),
    ("The industry is developing steadily and offering new goods.",
     "L’industrie est en train de se développer régulièrement et offrant des biens.",
     "L’industrie est en train de se développer régulièrement et offre des biens."),
    # the engine's infinitive after "et" takes that tense too (*is making ... and helping*)
    ("It is making a contribution to bilateral relations and helping to strengthen them.",
     "Il est en train d’apporter une contribution aux relations bilatérales et aider à les "
     "renforcer.",
     "Il est en train d’apporter une contribution aux relations bilatérales et aide à les "
     "renforcer."),
])
def test_progressives_after_en_train_de(source: str, french: str, want: str) -> None:
    assert progressives_alike([source], [french]) == [want]
    # and never the infinitive: "en train de" is no preposition of the English
    assert infinitives_alike([source], [french]) == [french]
