"""A subject's verb in its number (``plural_subjects.py``). The English sentences are
made up for these tests; the French is what the engine writes for such sentences (a verb in
the singular after a plural subject whose head is not the noun before it), and the expected
French written by hand; the last test goes through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.plural_subjects import (
    english_plurals,
    english_singular_relatives,
    plural_verbs,
)
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("About 300 pupils from the northern villages are now learning music.",
     "Environ 300 élèves des villages du nord apprend maintenant la musique.",
     "Environ 300 élèves des villages du nord apprennent maintenant la musique."),
    ("Wheat and barley, like other crops, are grown in the south.",
     "Le blé et l'orge, comme d'autres cultures, est cultivé dans le sud.",
     "Le blé et l'orge, comme d'autres cultures, sont cultivés dans le sud."),
    ("The best engineers of the plant have always worked here.",
     "Les meilleurs ingénieurs de l'usine a toujours travaillé ici.",
     "Les meilleurs ingénieurs de l'usine ont toujours travaillé ici."),
    ("Therefore, the new rules for small firms seem fair.",
     "C'est pourquoi les nouvelles règles pour les petites entreprises semble justes.",
     "C'est pourquoi les nouvelles règles pour les petites entreprises semblent justes."),
    # an adverb between "que" and the subject
    ("I hope that nowadays these young people have new chances.",
     "J'espère qu'aujourd'hui ces jeunes a de nouvelles chances.",
     "J'espère qu'aujourd'hui ces jeunes ont de nouvelles chances."),
    # a modal, which shows no number, after a plural noun and its complement
    ("For instance, my friends from the old school will come tomorrow.",
     "Par exemple, mes amis de la vieille école viendra demain.",
     "Par exemple, mes amis de la vieille école viendront demain."),
    # an adverb and a verb without -s after the complement
    ("These fairs in the north also attract many buyers.",
     "Ces foires dans le nord attire aussi beaucoup d'acheteurs.",
     "Ces foires dans le nord attirent aussi beaucoup d'acheteurs."),
    ("I think that the prices of bread were too high.",
     "Je pense que les prix du pain était trop hauts.",
     "Je pense que les prix du pain étaient trop hauts."),
    # a subject relative between the plural head and its verb: the verb after the
    # relative's is the subject's (the relative's own is left as it is)
    ("The workers who built the bridge are tired.",
     "Les ouvriers qui ont bâti le pont est fatigué.",
     "Les ouvriers qui ont bâti le pont sont fatigués."),
    ("The people who adopted this law said it was wrong.",
     "Les gens qui ont adopté cette loi a dit que c'était incorrect.",
     "Les gens qui ont adopté cette loi ont dit que c'était incorrect."),
    # a singular head and a relative with a plural object: eng-cat agrees the verb after
    # the relative with that object; it is the head's
    ("The man who met the ministers said that the talks were useful.",
     "L'homme qui a rencontré les ministres ont dit que les discussions étaient utiles.",
     "L'homme qui a rencontré les ministres a dit que les discussions étaient utiles."),
    ("The committee that visited the plants was satisfied.",
     "Le comité qui a visité les usines étaient satisfaits.",
     "Le comité qui a visité les usines était satisfait."),
    # *one of* + a plural noun + a relative: the relative is the noun's, the verb *one*'s
    ("One of the companies that produce engines has opened a plant.",
     "Une des entreprises qui produisent les moteurs ont ouvert une usine.",
     "Une des entreprises qui produisent les moteurs a ouvert une usine."),
    ("One of the men who built the bridge said that it was hard.",
     "Un des hommes qui ont bâti le pont a dit que c'était dur.",
     "Un des hommes qui ont bâti le pont a dit que c'était dur."),
    ("One of the men who met them said so.",
     "Un des hommes qui les ont rencontrés ont dit ainsi.",
     "Un des hommes qui les ont rencontrés a dit ainsi."),
    # a singular head, a complement with a plural noun, a singular English verb: eng-cat
    # agrees the verb with the complement's noun
    ("A factory with a capacity of 156,000 tonnes is now operating.",
     "Une usine avec une capacité de 156,000 tonnes sont maintenant en train d'opérer.",
     "Une usine avec une capacité de 156,000 tonnes est maintenant en train d'opérer."),
    # a verb of saying before "que", after a relative: no participle ("dit" is one too)
    ("The men who built the bridge say that it is strong.",
     "Les hommes qui ont bâti le pont dit que c'est fort.",
     "Les hommes qui ont bâti le pont disent que c'est fort."),
    # a quantified plural subject, a complement, a verb in the past (no number in English)
    ("Many people in Russia and abroad followed the race.",
     "Beaucoup de gens en Russie et à l'étranger a suivi la course.",
     "Beaucoup de gens en Russie et à l'étranger ont suivi la course."),
    # a singular head, a complement with a list of nouns: its verb stays singular
    ("The respect for the customs, culture and faith of peoples has always been strong.",
     "Le respect pour les coutumes, la culture et les croyances des peuples ont toujours "
     "été fort.",
     "Le respect pour les coutumes, la culture et les croyances des peuples a toujours "
     "été fort."),
    # two subjects joined by "and", a verb in the past that shows no number in English
    ("The official start and finish of the rally took place in Lima.",
     "Le début officiel et la touche finale du rallye a eu lieu à Lima.",
     "Le début officiel et la touche finale du rallye ont eu lieu à Lima."),
    # infinitives joined by "et" inside the subject's complement
    ("Efforts to develop and issue new passports are among our projects.",
     "Les efforts pour développer et émettre de nouveaux passeports est parmi nos projets.",
     "Les efforts pour développer et émettre de nouveaux passeports sont parmi nos projets."),
    # two persons named by their titles, each with its complement: French capitalises the
    # title, a common noun, not a name
    ("After the talks, the President of Chile and the Prime Minister of Peru visited a plant.",
     "Après les discussions, le Président du Chili et le Premier ministre du Pérou a visité "
     "une usine.",
     "Après les discussions, le Président du Chili et le Premier ministre du Pérou ont "
     "visité une usine."),
    # past an object relative and its own verb, a pronoun its subject; the adjective after
    # "être" in the head's gender (the pivot's "correct" was masculine)
    ("The decisions we made last year were correct.",
     "Les décisions que nous avons fait l'année dernière était correct.",
     "Les décisions que nous avons fait l'année dernière étaient correctes."),
    # a modal after the relative: the English shows no number, the relative's plural noun
    # does
    ("The agreements that we have reached will be implemented.",
     "Les accords que nous avons atteints sera mis en œuvre.",
     "Les accords que nous avons atteints seront mis en œuvre."),
    # an object relative with a noun subject is not read past: only its own verb, a
    # subject after "que", takes the plural
    ("The facts the courts established are clear.",
     "Les faits que les tribunaux a établis est clair.",
     "Les faits que les tribunaux ont établis est clair."),
    # an adverbial aside between commas after the subject (*for example*, *of course*)
    ("I think our countries, for example, could jointly advocate reform.",
     "Je pense que nos pays, par exemple, pourrait conjointement défendre la réforme.",
     "Je pense que nos pays, par exemple, pourraient conjointement défendre la réforme."),
    ("These measures, of course, are important.", "Ces mesures, bien sûr, est importante.",
     "Ces mesures, bien sûr, sont importantes."),
])
def test_plural_verbs(source: str, french: str, want: str) -> None:
    assert plural_verbs([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the head is singular: "le nombre", whatever noun follows it
    ("The number of pupils has grown.", "Le nombre des élèves a grandi."),
    # a list, then a verb after "et" whose subject is said before
    ("You are devoted to science, arts and crafts and have helped many.",
     "Vous êtes dévoué à la science, arts et métiers et a aidé beaucoup."),
    # a comma that opens no aside: a list, the verb is not the subject's
    ("Our countries, regions and cities, in turn, develop.",
     "Nos pays, régions et villes, à son tour, développe."),
    # a relative clause after a singular head: the verbs keep its number
    ("The worker who built the bridges is proud.",
     "L'ouvrier qui a bâti les ponts est fier."),
    # a relative with its own verb and no verb after it: the relative is ``relatives``'
    ("We met the workers who built the bridge.",
     "Nous avons rencontré les ouvriers qui a bâti le pont."),
    # a relative whose verb the analyser does not find: nothing after it is read
    ("The workers who in the end said nothing are proud.",
     "Les ouvriers qui à la fin rien dit est fier."),
    # a singular head before a plural complement and a modal
    ("The head of the departments will speak.", "Le chef des départements parlera."),
    # no plural subject in the English
    ("The engineer of the plants works here.", "L'ingénieur des usines travaille ici."),
    # a figure and its unit are no plural subject
    ("Here are the sizes: a tower 300 m long, 70 m high will look like this.",
     "Ici sont les tailles : une tour de 300 m long, 70 m haut regardera comme ça."),
    # "entre" is a preposition here, never the verb "entrer"
    ("Contacts between our cities grow.", "Les contacts entre nos villes grandissent."),
    # a singular head with no relative: a plural verb is not read as its (a list, or a
    # subject the engine lost)
    ("The man and his sons said so.", "L'homme et ses fils ont dit ainsi."),
    # a singular head and a complement, but a plural English verb (*half of*): French may
    # say either
    ("Half of the countries are ready.", "La moitié des pays sont prêts."),
    # a quantity agrees with its complement; a second subject after "et"
    ("The use of aircraft is impeded by the fact that most bodies of water are covered.",
     "L'utilisation d'aéronefs est gênée par le fait que la plupart d'entités d'eau sont "
     "couvertes."),
    ("The economy of the country is growing and companies can carry out projects.",
     "L'économie du pays grandit et les entreprises peuvent réaliser des projets."),
    # a singular head across a relative: its verb of saying stays singular
    ("The man who met the ministers says that it works.",
     "L'homme qui a rencontré les ministres dit qu'il fonctionne."),
    # "et" + a determiner in a complement with no list may open a clause of its own
    ("The launch is proof that the economy of the country is growing and that companies "
     "can carry out projects.",
     "Le lancement est la preuve que l'économie du pays à faire des progrès et ces "
     "entreprises peuvent réaliser des projets."),
    # a title and a complement joined to a place by "et": one person
    ("The President of Chile and Peru visited a plant.",
     "Le Président du Chili et du Pérou a visité une usine."),
    # a title's complement joined to a thing, not to a second person
    ("The President of the board and the company visited a plant.",
     "Le Président du conseil et la société a visité une usine."),
    # a plural head and a relative: its verb is already plural
    ("The men who met them said so.", "Les hommes qui les ont rencontrés ont dit ainsi."),
])
def test_left_alone(source: str, french: str) -> None:
    assert plural_verbs([source], [french]) == [french]


def test_english_plurals() -> None:
    assert english_plurals("Exports to China are growing.") == 1
    assert english_plurals("Resources account for most exports.") == 1
    assert english_plurals("We are ready and they have agreed.") == 0
    assert english_plurals("This has been done.") == 0
    assert english_plurals("Our partners from Asia will come.") == 1
    assert english_plurals("Exhibitions in the city also show paintings.") == 1
    assert english_plurals("I will come and you can stay.") == 0
    assert english_plurals("The people who adopted this law said so.") == 1
    assert english_plurals("The man who met them said so.") == 0
    # two noun phrases joined by "and" before a verb in the past
    assert english_plurals("The official start and finish of the rally took place.") == 1
    assert english_plurals("The President and the Prime Minister discussed it.") == 1
    assert english_plurals("The talks focused on trade and investment.") == 0
    assert english_plurals("He said that the minister was right and left.") == 0


def test_english_singular_relatives() -> None:
    assert english_singular_relatives("The man who met them said so.") == 1
    assert english_singular_relatives("He said that the plan which we adopted works.") == 1
    assert english_singular_relatives("The people who met them said so.") == 0
    assert english_singular_relatives("The workers who built it are tired.") == 0
    assert english_singular_relatives("We met the man who built it.") == 0


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Almost 500 students from the new university of the city are "
                           "currently studying languages."], engine, "en", "fr")
    assert " étudient " in out[0].text, out[0].text


def test_cannot_counts_as_a_plural_subjects_modal() -> None:
    assert english_plurals("The stereotypes of the past cannot be a good instrument.") == 1
    assert english_plurals("These companies can’t wait.") == 1
    assert plural_verbs(["The stereotypes of the past cannot be a good instrument."],
                        ["Les stéréotypes du passé ne peut pas être un bon instrument."]) == [
        "Les stéréotypes du passé ne peuvent pas être un bon instrument."]


def test_demonstrative_determiner_inside_the_complement() -> None:
    assert plural_verbs(["All of our proposals to renew this treaty are on the table."],
                        ["Toutes nos propositions de renouveler ce traité est sur la table."]) \
        == ["Toutes nos propositions de renouveler ce traité sont sur la table."]


def test_aside_in_brackets_and_an_opening_adverb() -> None:
    assert plural_verbs(
        ["At present 50 families (they visited Russia last year) are ready to move."],
        ["Actuellement 50 familles (ils ont visité la Russie l’année dernière) est prêt à "
         "s’installer."]) == [
        "Actuellement 50 familles (ils ont visité la Russie l’année dernière) sont prêt à "
        "s’installer."]


def test_counted_subject_after_et() -> None:
    source = "15 new families came and 30 children were born."
    assert plural_verbs([source], ["15 nouvelles familles sont venues et 30 enfants est né."]) \
        == ["15 nouvelles familles sont venues et 30 enfants sont nés."]
    french = "Il a visité la ville et les enfants est venu."
    assert plural_verbs(["He visited the city and the children came."], [french]) == [french]
