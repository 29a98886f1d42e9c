"""A relative clause's verb in its English number (``relatives.py``). The English sentences
are from en.kremlin.ru (CC BY 4.0), tuning pages (even ids); the French is the engine's
output and the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.relatives import (
    contact_pronouns,
    contact_relatives,
    english_contact_subjects,
    english_numbers,
    relatives,
    verb_has_object,
)


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We used our own funds and a loan from VEB, which is an Olympic investor, to build the "
     "stadium.",
     "Nous avons utilisé notre fonds propre et un emprunt de VEB, qui sont un investisseur "
     "olympique, pour bâtir le stade.",
     "Nous avons utilisé notre fonds propre et un emprunt de VEB, qui est un investisseur "
     "olympique, pour bâtir le stade."),
    ("It is time to update the programme of cooperation between the European Union and "
     "Russia, which is funded by both sides.",
     "Il est temps de mettre à jour le programme de coopération entre l’Union européenne et "
     "la Russie, qui sont financés par les deux parties.",
     "Il est temps de mettre à jour le programme de coopération entre l’Union européenne et "
     "la Russie, qui est financé par les deux parties."),
    ("The bank, which has been efficient in investment and lending, has become a key "
     "international financial institution.",
     "La banque, qui ont été efficaces en investissement et prêt, est devenue une institution "
     "financière internationale clé.",
     "La banque, qui a été efficace en investissement et prêt, est devenue une institution "
     "financière internationale clé."),
    ("We honour all those who defended the freedom and independence of our country.",
     "Nous honorons tous ceux qui a défendu la liberté et l'indépendance de notre pays.",
     "Nous honorons tous ceux qui ont défendu la liberté et l'indépendance de notre pays."),
    ("We now have several Islamic institutions of higher learning that have received state "
     "accreditation.",
     "Nous avons maintenant plusieurs institutions islamiques qui a reçu l'accréditation de "
     "l'État.",
     "Nous avons maintenant plusieurs institutions islamiques qui ont reçu l'accréditation de "
     "l'État."),
    # *that* written as the demonstrative "cela".
    ("There are only five countries in the world that have the major elements of a digital "
     "ecosystem.",
     "Il y a seulement cinq pays dans le monde cela a les éléments importants d'un "
     "écosystème numérique.",
     "Il y a seulement cinq pays dans le monde qui ont les éléments importants d'un "
     "écosystème numérique."),
    ("But there are also issues that require our special focus.",
     "Mais il y a aussi des sujets cela requiert notre attention spéciale.",
     "Mais il y a aussi des sujets qui requièrent notre attention spéciale."),
    ("so as to balance conditions with Russian companies that offered the same services.",
     "afin d'équilibrer les conditions avec des entreprises russes cela a offert les mêmes "
     "services.",
     "afin d'équilibrer les conditions avec des entreprises russes qui ont offert les mêmes "
     "services."),
    # The present, not the past simple ("unit" is both).
    ("The position of respected public organisations, which uphold the values that unite us, "
     "is also very important.",
     "La position d'organisations publiques respectables, qui défendent les valeurs cela nous "
     "unit, est aussi très importante.",
     "La position d'organisations publiques respectables, qui défendent les valeurs qui nous "
     "unissent, est aussi très importante."),
    # *those who* said without its pronoun, and "tout ceux".
    ("But first, I must say that thanks to your efforts, to those who work in the rural "
     "regions, the industry is developing at a very good pace.",
     "Mais d'abord, je dois dire que grâce à vos efforts, aux qui travaille dans les régions "
     "rurales, l'industrie se développe à un très bon rythme.",
     "Mais d'abord, je dois dire que grâce à vos efforts, à ceux qui travaillent dans les "
     "régions rurales, l'industrie se développe à un très bon rythme."),
    ("Of course, I am grateful to all those who took part in this project.",
     "Naturellement, je suis reconnaissant à tout ceux qui a participé à ce projet.",
     "Naturellement, je suis reconnaissant à tous ceux qui ont participé à ce projet."),
    ("Of course, it was mentioned, but we bow to those who laid the foundation for this "
     "company.",
     "Naturellement, c'était mentionné, mais nous nous inclinons aux qui est-ce qui a mis le "
     "fondement de cette entreprise.",
     "Naturellement, c'était mentionné, mais nous nous inclinons à ceux qui ont mis le "
     "fondement de cette entreprise."),
    # *which* of a whole clause: "ce qui".
    ("You also support our veterans, which is very important, especially ahead of the 75th "
     "anniversary of Victory.",
     "Vous soutenez aussi nos vétérans, qui sont très importants, spécialement avant le 75e "
     "anniversaire de la Victoire.",
     "Vous soutenez aussi nos vétérans, ce qui est très important, spécialement avant le 75e "
     "anniversaire de la Victoire."),
    ("Last year it grew significantly, by around 20 percent, I believe, which is an excellent "
     "outcome.",
     "L'année dernière il a grandi significativement, d'environ 20 %, je crois, qui sont un "
     "résultat excellent.",
     "L'année dernière il a grandi significativement, d'environ 20 %, je crois, ce qui est un "
     "résultat excellent."),
    # the verb in its number already: the participle after "être" (past an adverb in
    # -ment) takes it
    ("Several experts who were directly involved in the work are here.",
     "Plusieurs experts qui étaient directement impliqué dans le travail sont ici.",
     "Plusieurs experts qui étaient directement impliqués dans le travail sont ici."),
    # a second relative coordinated with the first: its "cela" after "et" is "qui"
    ("We visited a country that is beautiful and that hosted the games.",
     "Nous avons visité un pays cela est beau et cela a accueilli les jeux.",
     "Nous avons visité un pays qui est beau et qui a accueilli les jeux."),
    # after a name or a capitalised noun inside the sentence (the analyser knows no name)
    ("Tver is the second city after St Petersburg that received a general plan.",
     "Tver est la deuxième ville après Saint-Pétersbourg cela a reçu un plan général.",
     "Tver est la deuxième ville après Saint-Pétersbourg qui a reçu un plan général."),
    ("because the President that is still in office said it",
     "parce que le Président cela est encore au poste l'a dit",
     "parce que le Président qui est encore au poste l'a dit"),
    # another "qui" the engine made (*making* "qui apporte"): the "cela" paired with the
    # English *that* alone, its verb in the English number
    ("They conduct creative events that are aimed at reading, at the same time making a "
     "contribution.",
     "Ils mènent des événements créatifs cela vise à lire, dans le même temps qui apporte "
     "une contribution.",
     "Ils mènent des événements créatifs qui visent à lire, dans le même temps qui apporte "
     "une contribution."),
    # *that they* read as a subject relative: "qu'ils", paired in order with the others
    ("I want to remind the governors that they are responsible.",
     "Je veux rappeler les gouverneurs qui sont responsables.",
     "Je veux rappeler les gouverneurs qu'ils sont responsables."),
    ("The firms that have grown told us that they were ready.",
     "Les entreprises qui ont grandi nous ont dit qui étaient prêtes.",
     "Les entreprises qui ont grandi nous ont dit qu'ils étaient prêtes."),
    # *that they are* the pivot said "que ce sont"
    ("The companies say that they are ready.", "Les entreprises disent que ce sont prêtes.",
     "Les entreprises disent qu'ils sont prêtes."),
    # a modal gives no number: a plural antecedent, English and French, does
    ("We await the upcoming European Games, which will take place in Minsk.",
     "Nous attendons les Jeux européens à venir, qui aura lieu à Minsk.",
     "Nous attendons les Jeux européens à venir, qui auront lieu à Minsk."),
])
def test_relative_number(source: str, french: str, want: str) -> None:
    assert relatives([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # A noun after an article is no verb ("président" is "ils président" too).
    ("These meetings are a good tradition, which the President has just done.",
     "Ces rencontres sont une bonne tradition, qui le Président a juste fait."),
    # Two relatives in English, one in French: no safe pairing.
    ("The company, which is large and which has grown, works.",
     "L'entreprise, qui sont grande et a grandi, travaille."),
    # *that* of a clause of saying, and "cela" after a verb.
    ("I think that is right.", "Je pense que cela sont justes."),
    # "et cela" with no coordinated relative in English: the demonstrative
    ("We have a plan that works, and that is why we act.",
     "Nous avons un plan qui marche, et cela a permis d'agir."),
    ("In order to resolve that, we act.", "Pour résoudre cela sont nous agissons."),
    # two "cela" for one English *that* (and a count that differs): no pairing
    ("We support events that help and projects, at the same time making it.",
     "Nous appuyons des événements cela aide et des projets cela marche, qui apporte."),
    # *that they* paired with a "qui" whose verb is singular (another clause's): left
    ("Not that they are outstanding, just the level that working conditions allow.",
     "Ne que ce sont exceptionnels, le niveau juste qui travaille conditions."),
    ("I told them that they are, just the level that working conditions allow.",
     "Je leur ai dit qu'ils sont, le niveau juste qui travaille conditions."),
    # *Not that they are*; "que ce sont" with no *that they are* in the English
    ("Not that they are outstanding.", "Ne que ce sont exceptionnels."),
    ("I think that these are facts.", "Je pense que ce sont des faits."),
    # *that they* the engine said with its pronoun: nothing to do
    ("I told the governors that they are responsible.",
     "J'ai dit aux gouverneurs qu'ils sont responsables."),
    # a capitalised word opening the sentence, and a name with no relative in English
    ("In Russia, this is normal.", "En Russie cela est normal."),
    ("Russia. That is normal.", "Russie. Cela est normal."),
    # *which* before its own subject: an object relative.
    ("the project which we discussed", "le projet qui sont discuté"),
    # the verb agrees and so does its predicate: nothing to do; a word that is a noun too
    # ("important": "l'important") is left
    ("The experts, who were involved, are here.",
     "Les experts, qui étaient impliqués, sont ici."),
    ("The rules, which are very important, apply.",
     "Les règles, qui sont très important, s'appliquent."),
    # a modal after an English plural whose French is singular (*Brussels* "Bruxelles")
    ("We visited Brussels, which will host the summit.",
     "Nous avons visité Bruxelles, qui accueillera le sommet."),
])
def test_relative_left_alone(source: str, french: str) -> None:
    assert relatives([source], [french]) == [french]


def test_contact_pronouns_time_adverbials() -> None:
    # a counted time phrase or one a preposition opens is an adverbial, no relative's head
    assert contact_pronouns("In 12 years you have built a school.") == []
    assert contact_pronouns("For three years we have worked together.") == []
    assert contact_pronouns("It was the first time we met.") == ["we"]


def test_english_numbers() -> None:
    assert english_numbers("a company, which is a collector, and banks that have grown, "
                           "which became key") == ["sg", "pl", None]
    assert english_numbers("I believe that is why, in which we live, that we know") == []
    # a sentence's opening *Who* asks: no relative; a relative's *do* counts
    assert english_numbers("Who do you think will win? Who is there?") == []
    assert english_numbers("the people who do the work, the ones who did it") == ["pl", "pl"]
    # a bare present after a plural noun is plural; a past or a singular head says
    # nothing; a modal after a plural noun leaves it to the French noun ("pl?")
    assert english_numbers("the companies that work here, the people who live there") == [
        "pl", "pl"]
    assert english_numbers("the companies that will join, the company that work, the head "
                           "of the firms who will speak") == ["pl?", None, None]
    # a past after a plural noun is plural too; not after "of" (which noun is the
    # relative's?), nor a form that is a present too ("put")
    assert english_numbers("the countries which signed it, the people who came") == [
        "pl", "pl"]
    assert english_numbers("the head of the companies who signed it, the firms that put "
                           "money") == [None, None]


@pytest.mark.parametrize(("source", "french", "want"), [
    # a relative without *that*: the engine dropped the subject, or kept it without "que"
    ("These are the issues we must address.", "Ce sont les questions devons traiter.",
     "Ce sont les questions que nous devons traiter."),
    ("We discussed the results we hope to achieve.",
     "Nous avons parlé des résultats nous espérons obtenir.",
     "Nous avons parlé des résultats que nous espérons obtenir."),
    ("This is the plan they will implement.", "C'est le plan mettront en œuvre.",
     "C'est le plan qu'ils mettront en œuvre."),
    # *that* + a subject pronoun written "cela", the pronoun dropped or kept
    ("These are the projects that we have launched.", "Ce sont les projets cela avons lancé.",
     "Ce sont les projets que nous avons lancé."),
    ("They choose the careers that they like.", "Ils choisissent les carrières cela ils aiment.",
     "Ils choisissent les carrières qu'ils aiment."),
    ("I know that you are right.", "Je sais cela vous avez raison.",
     "Je sais que vous avez raison."),
    # an adjective after the head, a head that is also a participle after its article
    ("We will implement the national projects I have talked about.",
     "Nous mettrons en œuvre les projets nationaux ai parlé.",
     "Nous mettrons en œuvre les projets nationaux que j'ai parlé."),
    ("We must act before the armies I have mentioned do.",
     "Nous devons agir avant que les armées ai mentionné le fassent.",
     "Nous devons agir avant que les armées que j'ai mentionné le fassent."),
])
def test_contact_relative(source: str, french: str, want: str) -> None:
    assert contact_relatives([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # "nous" an object pronoun: the verb after it is no first person
    ("The President told us we must act.", "Le Président nous a dit devons agir."),
    # an adverbial phrase before the subject, no noun a clause qualifies
    ("This year we celebrate the centenary.", "Cette année nous célébrons le centenaire."),
    ("In conclusion I would like to thank you.", "En conclusion je voudrais vous remercier."),
    # "que" there already; no contact clause in English
    ("These are the issues that we must address.",
     "Ce sont les questions que nous devons traiter."),
    ("We must address the issues.", "Nous devons traiter les questions."),
    # "cela" the subject, "nous" its object: *that we* elsewhere in the sentence
    ("I hope that we will agree; this allows us to work.",
     "J'espère que nous serons d'accord ; cela nous permet de travailler."),
    # a preposition read as a verb too ("je contre")
    ("the means of protection I mentioned", "les moyens de protection contre ces armes"),
    # a verb before the pronoun's verb: no noun phrase ends there
    ("What I have said is true.", "Ce qu'ai dit est vrai."),
    # a noun phrase with its adjectives, the third person verb's own subject
    ("All former regional governors continue using the experience they gained.",
     "Tous les gouverneurs régionaux antérieurs continuent à utiliser l'expérience qu'ils ont "
     "obtenue."),
    # the pronoun's verb has its own object: a main clause after an opening phrase
    ("It existed because instead of all the bad predictions we experienced a wonderful "
     "event.", "Il a existé parce qu'au lieu de toutes les mauvaises prédictions nous avons "
     "éprouvé un événement merveilleux."),
])
def test_contact_relative_left_alone(source: str, french: str) -> None:
    assert contact_relatives([source], [french]) == [french]


def test_english_contact_subjects() -> None:
    assert english_contact_subjects("the issues we must address and the plan they made") \
        == {"we", "they"}
    assert english_contact_subjects("However, we must. If we act, and we win, this year we") \
        == set()
    # a verb with its object is no contact relative's; a time phrase, a second object or
    # an object's infinitive leave the gap open
    assert contact_pronouns("instead of the bad predictions we experienced a wonderful "
                            "event") == []
    assert contact_pronouns("because of the problems we have faced the whole year") == ["we"]
    assert contact_pronouns("the support we gave the regions, the results we expect the "
                            "reform to bring, the road we built this year") == [
        "we", "we", "we"]
    assert verb_has_object("experienced a wonderful event")
    assert not verb_has_object("have taken are important")


def test_contact_relative_in_french(engine: ApertiumEngine) -> None:
    out = translate_texts(["It existed because instead of all the bad predictions we "
                           "experienced a wonderful event.",
                           "The measures the Government has taken are important.",
                           "These are the issues we must address."], engine, "en", "fr")
    assert "prédictions nous avons éprouvé" in out[0].text
    assert "que le gouvernement a prises" in out[1].text
    assert "les questions que nous devons traiter" in out[2].text
