"""The noun-phrase grammar of titles (title_np.py): English noun stacks, participles and
possessives in French word order. Expectations written by hand from general French usage."""

from __future__ import annotations

import pytest

from daybook.translate.title_lexicon import agree, romanised
from daybook.translate.title_np import noun_phrase
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("en", "fr"), [
    # Premodifier nouns go after the head, nearest first, with the article each takes.
    ("gas pipeline construction", "la construction du gazoduc"),
    ("Ukhta-Torzhok gas pipeline construction", "la construction du gazoduc Oukhta-Torjok"),
    ("investor community representatives",
     "les représentants de la communauté des investisseurs"),
    # An adjective goes with the noun after it, agreed.
    ("expanded meeting", "la réunion élargie"),
    ("expanded-format meeting", "la réunion en format élargi"),
    ("new power units", "les nouvelles tranches"),
    # A participle agrees with its head and takes "des" before a bare plural.
    ("officers appointed to senior posts", "les officiers nommés à des postes supérieurs"),
    ("officers and prosecutors appointed to higher positions",
     "les officiers et les procureurs nommés à des postes supérieurs"),
    ("compatriots living abroad", "les compatriotes vivant à l’étranger"),
    # A place's possessive: the thing, then "de" and each owner.
    ("Crimea and Sevastopol’s reunification with Russia",
     "la réunification de la Crimée et de Sébastopol avec la Russie"),
    # A proper name after the thing it names, romanised when Russian.
    ("Luzhniki Stadium", "le stade Loujniki"),
    ("Vitus Bering icebreaker", "le brise-glace Vitus Bering"),
    ("delegation heads from invited states", "les chefs de délégation des États invités"),
    # A named thing in Title Case: its adjectives are the head's, its head keeps a capital.
    ("World Olympians Forum", "le Forum mondial des olympiens"),
    ("the first half of the 20th century", "la première moitié du 20e siècle"),
])
def test_noun_phrases(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


@pytest.mark.parametrize("en", [
    "Sakhalin Energy",  # a company's name: no named thing's head
    "Memory Watch national commemorative event",  # "Watch": an English word, no name
    "the Russian Federation President’s Sambo Cup tournament",  # a possessive in a name
    "zorbing facilities",  # a word the lexicon does not know
])
def test_what_the_lexicon_cannot_read_is_left(en: str) -> None:
    assert noun_phrase(en, resolve) is None


@pytest.mark.parametrize(("title", "fr"), [
    ("Launch of Ukhta-Torzhok gas pipeline construction",
     "Lancement de la construction du gazoduc Oukhta-Torjok"),
    ("Meeting with international investor community representatives",
     "Rencontre avec les représentants de la communauté internationale des investisseurs"),
    ("Meeting with officers and prosecutors appointed to higher positions",
     "Rencontre avec les officiers et les procureurs nommés à des postes supérieurs"),
    ("Concert celebrating Crimea and Sevastopol’s reunification with Russia",
     "Concert à l’occasion de la réunification de la Crimée et de Sébastopol avec la Russie"),
    ("World Olympians Forum", "Forum mondial des olympiens"),
    ("Visit to Luzhniki Stadium", "Visite du stade Loujniki"),
    ("Vostok-2018 military manoeuvres", "Manœuvres militaires Vostok-2018"),
    # "on" an anniversary or a day: what the event is held for.
    ("Gala evening on the 300th anniversary of the Russian Academy of Sciences",
     "Soirée de gala à l’occasion du 300e anniversaire de l’Académie des sciences de Russie"),
    # A phrase the grammar knows is not cut by a longer frame ("families with children").
    ("Meeting on supporting families with children",
     "Réunion sur le soutien aux familles avec enfants"),
])
def test_titles_by_the_noun_phrase_grammar(title: str, fr: str) -> None:
    plan = plan_title(title)
    assert (plan.method, plan.text) == ("memory", fr)


def test_a_quoted_slogan_of_english_words_is_kept_as_written() -> None:
    # A name made of English words with a verb ("Makes") is a title kept as written, not
    # word salad from the engine ("les marques droites pourraient").
    fr = noun_phrase("National School History Forum Right Makes Might", resolve) or ""
    assert fr.endswith("«\u00a0Right Makes Might\u00a0»")
    assert "marques" not in fr


def test_agreement_and_romanisation() -> None:
    assert [agree("international", g) for g in ("m", "f", "mp", "fp")] == [
        "international", "internationale", "internationaux", "internationales"]
    assert agree("nouveau", "f") == "nouvelle"
    assert agree("en format élargi", "fp") == "en format élargi"  # a complement stays
    assert romanised("le stade Luzhniki", "Luzhniki Stadium") == "le stade Loujniki"
    # an English part keeps the word as written ("Yug-Sport")
    assert romanised("le centre Yug-Sport", "Yug-Sport Centre") == "le centre Yug-Sport"


@pytest.mark.parametrize(("title", "fr"), [
    # The headline case of early years is read in lower case; names keep their capitals.
    ("Speech at the Opening of the 7th International Aviation and Space Salon (MAKS-2005)",
     "Discours à l’ouverture du 7e Salon aéronautique et spatial international (MAKS-2005)"),
    ("Opening Address at the Ceremony for Presenting State Awards",
     "Allocution d’ouverture à la cérémonie de remise des prix d’État"),
    # "a"/"an" keep an indefinite article, "in support of" is "de soutien à".
    ("Visit to an exhibition on Russia’s history in the first half of the 20th century",
     "Visite d’une exposition sur l’histoire de la Russie dans la première moitié du 20e "
     "siècle"),
    ("Speech at a rally in support of presidential candidate Vladimir Putin",
     "Discours à un rassemblement de soutien au candidat à l’élection présidentielle "
     "Vladimir Poutine"),
    # An ordinal before an institution goes after the article, as French writes it.
    ("Meeting with deputies of the seventh State Duma",
     "Rencontre avec les députés de la septième Douma d’État"),
    # A Russian town no table knows is romanised, even when WordNet lists it.
    ("Trip to Cherepovets", "Déplacement à Tcherepovets"),
])
def test_more_titles_by_the_noun_phrase_grammar(title: str, fr: str) -> None:
    plan = plan_title(title)
    assert (plan.method, plan.text) == ("memory", fr)


def test_headline_case_detection() -> None:
    from daybook.translate.title_case import sentence_case

    assert sentence_case("Opening Address at the Ceremony for Presenting State Awards") == \
        "Opening address at the ceremony for presenting State Awards"
    assert sentence_case("Greetings on 25th anniversary of Sakhalin Energy") is None


@pytest.mark.parametrize(("en", "fr"), [
    # A military review, and units named after a town: the name after the unit's noun.
    ("Presidential Regiment review", "Revue du régiment présidentiel"),
    ("Ceremonial review of the Guards Airborne Regiment of the Tver Air Assault Division",
     "Revue solennelle du régiment aéroporté de la Garde de la division d’assaut aérien "
     "de Tver"),
])
def test_military_units(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # Two places before the nouns they modify: one stack, not two phrases.
    ("Tver and Pskov reunification rally",
     "le rassemblement de la réunification de Tver et de Pskov"),
    ("Moscow and St Petersburg residents", "les habitants de Moscou et de Saint-Pétersbourg"),
    ("Kursk and Belgorod regions", "les régions de Koursk et de Belgorod"),
])
def test_two_places_before_a_noun(en: str, fr: str) -> None:
    assert resolve(en) == fr


def test_competition_on_a_market_is_concurrence() -> None:
    # A neighbour word of the title (antimonopoly, developing, fair) chooses the sense.
    from daybook.translate.titles import plan_title

    assert plan_title("Meeting on developing competition").text == \
        "Réunion sur le développement de la concurrence"
    assert plan_title("Meeting on unfair competition").text == \
        "Réunion sur la concurrence déloyale"
    assert "concurrence" in (plan_title(
        "Federal Anti-Monopoly Service Competition Week in Russia forum").text or "")
    # Guard: a contest with winners stays « concours ».
    assert plan_title("Meeting with winners of the competition").text == \
        "Rencontre avec les lauréats du concours"


def test_whom_a_thing_is_for_is_bare_after_pour() -> None:
    # "books for children": a kind of book, "pour enfants" (a list of audiences too).
    assert plan_title("Exhibition of books for children and young people").text == \
        "Exposition des livres pour enfants et jeunes"
    # Guard: determined people keep their article.
    assert plan_title("Meeting on measures for the children").text == \
        "Réunion sur les mesures pour les enfants"


def test_a_brand_joined_to_a_place_keeps_its_spelling() -> None:
    from daybook.translate.title_lexicon import name_fr

    # "Cryogas" is no Russian word: only the place is romanised.
    assert name_fr("Cryogas-Vysotsk") == "Cryogas-Vyssotsk"
    # Guard: two Russian parts are both romanised.
    assert name_fr("Ukhta-Torzhok") == "Oukhta-Torjok"


def test_a_quality_before_an_origin_qualifies_the_compounds_head(apertium_ok: bool) -> None:
    # English orders quality, origin, noun: "reliable" is the supplies', "Russian" the gas'.
    assert plan_title("Meeting on reliable Russian gas supplies").text == (
        "Réunion sur les approvisionnements fiables en gaz russe")
    # Guards: an adjective after the origin, or with no origin, stays the modifier noun's.
    assert plan_title("Meeting on Russian natural gas supplies").text == (
        "Réunion sur les approvisionnements en gaz naturel russe")
    assert plan_title("Meeting on natural gas supplies").text == (
        "Réunion sur les approvisionnements en gaz naturel")


def test_a_quality_of_a_flow_qualifies_the_head_before_any_substance(apertium_ok: bool) -> None:
    # "reliable" says how a supply runs, never what a gas is: it is the head's, agreed
    # with it, before an adjective + noun compound ("natural gas") or a mass noun.
    assert plan_title("Meeting on reliable natural gas supplies").text == (
        "Réunion sur les approvisionnements fiables en gaz naturel")
    assert plan_title("Meeting on ensuring reliable electricity supplies").text == (
        "Réunion sur la garantie des approvisionnements fiables en électricité")
    # Guard: an adjective of the substance stays the substance's.
    assert plan_title("Meeting on liquefied natural gas supplies").text == (
        "Réunion sur les approvisionnements en gaz naturel liquéfié")


def test_an_and_inside_a_compound_is_no_list() -> None:
    from daybook.translate.title_lexicon import and_in_compound

    # "small and medium-sized business" is one noun of the lexicon: its "and" is no list's.
    assert and_in_compound("support for small and medium-sized business", 17)
    # Guard: an "and" between two phrases is one.
    assert not and_in_compound("Russian and Chinese media", 7)
