"""Constructions of the title grammar (title_stack.py, title_np.py, title_places.py), each
on constructed examples with a guard it must leave alone. Expectations written by hand from
general French usage."""

from __future__ import annotations

import pytest

from daybook.translate.title_lexicon import agree
from daybook.translate.title_np import noun_phrase
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("en", "fr"), [
    # Two adjectives joined by "and" before their noun are one modifier, each agreed.
    ("Indian public and political figures",
     "les personnalités publiques et politiques indiennes"),
    ("Russian and foreign investors", "les investisseurs russes et étrangers"),
    ("regional and local media", "les médias régionaux et locaux"),
])
def test_two_adjectives_joined_by_and(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_and_between_two_phrases_still_cuts() -> None:
    # Guard: an "and" before a noun joins two phrases, not two adjectives.
    assert noun_phrase("the residents and defenders of the city", resolve) == \
        "les habitants et les défenseurs de la ville"
    assert agree("public et politique", "fp") == "publiques et politiques"


@pytest.mark.parametrize(("en", "fr"), [
    # Two participles joined by "and", each agreed with the head and with its complement.
    ("officers appointed to command positions and promoted to senior ranks",
     "les officiers nommés à des postes de commandement et promus à des grades supérieurs"),
    ("officers appointed to senior posts", "les officiers nommés à des postes supérieurs"),
])
def test_two_participles_joined_by_and(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


@pytest.mark.parametrize(("en", "fr"), [
    # "to honour X" says what an event is held for, as "in honour of X".
    ("the reception to honour the winners of the competition",
     "la réception en l’honneur des lauréats du concours"),
    ("a concert in honour of veterans", "un concert en l’honneur des vétérans"),
])
def test_to_honour(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_an_adjective_before_a_phrase_of_the_grammar() -> None:
    # The adjective goes after the phrase's head noun, agreed with it.
    assert resolve("the honorary title of City of Labour Valour") == \
        "le titre honorifique de « Ville de la vaillance au travail »"
    assert resolve("the national Hero of Labour medals") == \
        "les médailles nationales de Héros du Travail"
    # One French puts before its noun goes before the head ("nouvel" before a vowel).
    assert resolve("the new Hero of Labour medals") == \
        "les nouvelles médailles de Héros du Travail"
    # Guard: the phrase alone unchanged; a phrase headed by a name takes no adjective.
    assert resolve("the title of City of Military Glory") == \
        "le titre de « Ville de gloire militaire »"
    assert resolve("the international Confederations Cup") is None
    # Guard: a phrase whose head has its own adjectives is the stack's ("russes" last).
    assert resolve("Russian higher military schools") == \
        "les écoles militaires supérieures russes"


@pytest.mark.parametrize(("en", "fr"), [
    # A number after "No." follows the noun as French "nº".
    ("Hospital No. 1", "l’hôpital nº\u00a01"),
    ("the School No. 12", "l’école nº\u00a012"),
])
def test_numbered_noun(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_numbered_noun_guard() -> None:
    # Guard: a number inside a phrase with its own preposition is not cut off.
    assert noun_phrase("the support of School No. 5", resolve) != "le soutien de l’école nº 5"


def test_possessive_of_a_kind_with_its_name() -> None:
    # "the X Academy’s awards": the owner is a kind with its own name, after the thing.
    assert resolve("the Laureus Academy's sports awards") == \
        "les prix sportifs de l’académie Laureus"
    # Guards: a longer owner of common words read word by word is no owner, nor one whose
    # name is an English word the reading would keep ("Phoenix").
    assert resolve("the Missile Regiment's deployment ceremony") is None
    assert resolve("the Phoenix Academy's sports awards") is None


def test_a_theatre_s_stage_is_its_scene() -> None:
    assert plan_title("Opening of the Bolshoi Theatre’s new stage").text == \
        "Ouverture de la nouvelle scène du théâtre Bolchoï"
    # Guard: a stage of a process stays « étape ».
    assert plan_title("The first stage of the project").text == "Première étape du projet"


def test_a_participle_joining_its_object_to_another() -> None:
    # "connecting X with Y": "reliant X à Y", both read by the grammar.
    assert noun_phrase("the bridge linking the island to the mainland",
                       resolve) is None  # "mainland" is no word of the lexicon
    assert noun_phrase("the railway connecting Yakutia with the main railways", resolve) \
        == "le chemin de fer reliant la Iakoutie aux chemins de fer principaux"
    # Guard: without what it is joined to, no reading; other participles unchanged.
    assert noun_phrase("the railway connecting Yakutia", resolve) is None
    assert noun_phrase("compatriots living abroad", resolve) == \
        "les compatriotes vivant à l’étranger"


def test_a_numbered_unit_as_a_possessive_s_owner() -> None:
    # "the Nth X's Y": the thing, then "de" and the numbered unit, which keeps its rank.
    assert resolve("the 2nd Regiment's banner") == "le drapeau du 2e régiment"
    assert resolve("the 41st Missile Regiment's new banner") == \
        "le nouveau drapeau du 41e régiment de missiles"
    # Guards: a rank without a possessive is the phrase's; "missile" alone is the noun.
    assert resolve("the 10th Eastern Economic Forum") == "le 10e Forum économique oriental"
    assert resolve("the missile") == "le missile"
    assert resolve("new missile systems") == "les nouveaux systèmes de missiles"


@pytest.mark.parametrize(("en", "fr"), [
    # An adjective before a place goes after it, agreed (a city without article masculine).
    ("besieged Leningrad", "Leningrad assiégé"),
    ("liberated Crimea", "la Crimée libérée"),
    ("modern Russia", "la Russie moderne"),
])
def test_an_adjective_before_a_place(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_an_adjective_before_a_place_guard() -> None:
    # Guard: one French puts before its noun, and a name of several words, are not read so.
    assert noun_phrase("new Russia", resolve) is None
    assert noun_phrase("liberated South Ossetia Republic", resolve) != \
        "la république d’Ossétie du Sud libérée"


def test_a_list_after_a_named_thing_s_dedicated_to() -> None:
    # Each item of the list takes "à" after "consacré" (named.py).
    plan = plan_title("Unveiling the Eternal Flame monument dedicated to the residents and "
                      "defenders of the city")
    assert "consacré aux habitants et aux défenseurs de la ville" in (
        plan.text or plan.template or "")


@pytest.mark.parametrize(("en", "fr"), [
    # An "and" after a participle joins a bare noun to its complement: each item takes "à".
    ("a memorial dedicated to the residents and defenders of the city",
     "un mémorial consacré aux habitants et aux défenseurs de la ville"),
    ("the monument dedicated to the residents and defenders of the city",
     "le monument consacré aux habitants et aux défenseurs de la ville"),
    # An indefinite head keeps its article before its participle.
    ("a memorial dedicated to the history of the city",
     "un mémorial consacré à l’histoire de la ville"),
])
def test_and_inside_a_participle_s_complement(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_and_inside_a_participle_s_complement_guard() -> None:
    # Guard: a determined phrase after the "and" is still a second phrase of its own.
    assert noun_phrase("the monument dedicated to the residents and the museum of the city",
                       resolve) == "le monument consacré aux habitants et le musée de la ville"


@pytest.mark.parametrize(("en", "fr"), [
    # A participle before a thing's own name qualifies the named thing, after its name.
    ("the restored Saur-Mogila memorial complex",
     "le complexe commémoratif Saur-Mogila restauré"),
    ("the restored international Tavrida festival",
     "le festival international Tavrida restauré"),
])
def test_a_participle_before_a_kept_name(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_a_participle_before_a_kept_name_guard() -> None:
    # Guard: a kind adjective stays by its noun; one French puts before stays before.
    assert noun_phrase("the international Tavrida festival", resolve) == \
        "le festival international Tavrida"
    assert noun_phrase("the new Zvezda shipyard", resolve) == "le nouveau chantier naval Zvezda"


def test_a_title_case_institution_read_as_common_words() -> None:
    # A state body named in Title Case: its common words read by the grammar, a capital on
    # its first noun only; lexicon words inspection, spring.
    assert noun_phrase("the State Inspection for Road Traffic Safety", resolve) == \
        "l’Inspection d’État pour la sécurité routière"
    # Guard: the same words in lower case are a common noun phrase, no capital.
    assert noun_phrase("the state inspection", resolve) == "l’inspection d’État"


def test_a_noun_of_people_as_adjective_stays_with_its_noun() -> None:
    # In a Title Case named thing, "Student" is the spring's (the students' spring).
    assert noun_phrase("the 30th Russian Student Spring Festival", resolve) == \
        "le 30e Festival russe du printemps étudiant"
    # Guard: other adjectives are the named head's ("Forum mondial").
    assert noun_phrase("World Olympians Forum", resolve) == "le Forum mondial des olympiens"


@pytest.mark.parametrize(("en", "fr"), [
    # A participle with its attribute noun agrees, the noun takes its number.
    ("the civilians who fell victim of the genocide", "les civils tombés victimes du génocide"),
    # English plurals in -men are plurals ("the women", "the servicemen").
    ("the women who fell victim of the genocide", "les femmes tombées victimes du génocide"),
    ("the servicemen returning from Syria", "les militaires de retour de Syrie"),
])
def test_participle_with_attribute_and_plurals_in_men(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_participle_with_attribute_guard() -> None:
    # Guard: a singular head keeps both singular; "the man" stays singular.
    assert noun_phrase("the soldier who fell victim of the war", resolve) == \
        "le soldat tombé victime de la guerre"
    assert noun_phrase("the man", resolve) == "l’homme"


def test_from_a_feminine_country_without_article() -> None:
    # Where one comes from: "de Syrie", "d’Italie" (Grevisse); guard: "du Japon", a common
    # noun ("de la région") and a masculine region ("de l’Oural") keep their article.
    assert noun_phrase("the servicemen returning from Italy", resolve) == \
        "les militaires de retour d’Italie"
    assert noun_phrase("the servicemen returning from Japan", resolve) == \
        "les militaires de retour du Japon"
    assert noun_phrase("delegates from the region", resolve) == "les délégués de la région"
    assert noun_phrase("the servicemen returning from the Urals", resolve) == \
        "les militaires de retour de l’Oural"
