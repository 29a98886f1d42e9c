"""Names of events before the kind they name, and the titles' other named constructions
(title_np._name_before_kind, named.slogan_piece, the named-thing table's World Expos)."""

from __future__ import annotations

import pytest

from daybook.translate.titles import plan_title


@pytest.mark.parametrize(("en", "fr"), [
    # A capitalised name of common words before a lower-case kind: the kind first, the
    # name in quotation marks said as a unit by the grammar.
    ("Address to participants of Young Leaders online forum",
     "Allocution aux participants du forum en ligne « Jeunes dirigeants »"),
    ("Greetings to participants of Great Victory national commemorative event",
     "Message de salutations aux participants de la manifestation commémorative nationale "
     "« Grande victoire »"),
])
def test_name_before_its_kind(en: str, fr: str) -> None:
    assert plan_title(en).text == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def test_name_before_its_kind_left_to_the_engine_as_one_piece() -> None:
    # A name the grammar cannot say goes to the engine whole, inside the quotation marks.
    p = plan_title("Greetings to participants of New Generation online marathon")
    assert p.template == "Message de salutations aux participants du marathon en ligne " \
        "«\u00a0{mt}\u00a0»"
    assert p.piece == "New generation"


@pytest.mark.parametrize(("en", "fr"), [
    # The kind put first is a common noun inside the sentence: only the title's first
    # word takes a capital, on every path (quoted name, a venue's own name, a title alone).
    ("Greetings to participants of New Knowledge online marathon",
     "Message de salutations aux participants du marathon en ligne « Nouveau savoir »"),
    ("Video address to participants of Bolshaya Peremena festival",
     "Discours vidéo aux participants du festival Bolchaïa Peremena"),
    ("New Knowledge online marathon", "Marathon en ligne « Nouveau savoir »"),
    # Guard: a kind that opens the name keeps its capital ("l'Année de ...").
    ("Ceremony Opening the Year of Azerbaijan in Russia",
     "Cérémonie d’ouverture de l’Année de l’Azerbaïdjan en Russie"),
])
def test_kind_first_in_lower_case(en: str, fr: str) -> None:
    assert plan_title(en).text == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


@pytest.mark.parametrize(("en", "fr"), [
    # Guards: a demonym and an established name are no quoted name; an adverbs' slogan
    # keeps its word-for-word reading.
    ("Greetings to participants of Russian Energy Week international forum",
     "Message de salutations aux participants du forum international de la Semaine russe "
     "de l’énergie"),
    ("Greetings to participants of Forward Together national forum",
     "Message de salutations aux participants du forum national « En avant ensemble »"),
])
def test_name_before_its_kind_guards(en: str, fr: str) -> None:
    assert plan_title(en).text == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def test_world_expo() -> None:
    # "Expo 2020" is the World Expo of that year; a year with none stays a trade show.
    assert plan_title("Opening of Russia Day at Expo 2020").text == \
        "Ouverture du Jour de la Russie à l’Exposition universelle de 2020"
    assert plan_title("Opening of Russia Day at Expo 2017").text == \
        "Ouverture du Jour de la Russie au Salon 2017"


@pytest.mark.parametrize(("en", "fr"), [
    # Night Hockey League's festival: the league a complement, its modifiers agreed.
    ("Greetings to participants of the 9th Night Hockey League National Amateur Teams "
     "Hockey Festival",
     "Message de salutations aux participants du 9e Festival national de hockey des équipes "
     "amateurs de la Ligue de hockey de nuit"),
])
def test_amateur_teams_festival(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_year_before_a_named_thing() -> None:
    # A year the grammar does not read before the name goes after it; one it reads stays.
    from daybook.translate.named import named_fr, named_open

    assert named_open("the 2021 Silk Way Rally") == "le rallye Silk Way 2021"
    assert named_fr("the 2018 FIFA World Cup") == "la Coupe du monde de la FIFA 2018"


@pytest.mark.parametrize(("en", "fr"), [
    ("Reception to mark 1000 years since the death of St. Olga, Equal-to-the-Apostles",
     "Réception à l’occasion des 1000 ans de la mort de sainte Olga, égale aux apôtres"),
    ("Greetings on 700th anniversary of St Sergius of Radonezh",
     "Salutations à l’occasion du 700e anniversaire de saint Serge de Radonège"),
    ("Celebrations of Day of Saints Cyril and Methodius",
     "Célébrations de la Journée des saints Cyrille et Méthode"),
    # Guard: "St Petersburg" is a city.
    ("Visit to St Petersburg", "Visite à Saint-Pétersbourg"),
])
def test_saints(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # A church named after a saint: the dedication after the kind, one hyphenated name.
    ("Visit to the Church of St Nicholas", "Visite de l’église Saint-Nicolas"),
    ("Visit to the church of St. Nicholas the Wonderworker",
     "Visite de l’église Saint-Nicolas-le-Thaumaturge"),
    ("Visit to St Isaac's Cathedral", "Visite de la cathédrale Saint-Isaac"),
    ("Visit to the Cathedral of Saints Peter and Paul",
     "Visite de la cathédrale Saints-Pierre-et-Paul"),
    # Guards: a city is no saint; an epithet French does not hyphenate keeps "de saint".
    ("Visit to St Petersburg Cathedral", "Visite de la cathédrale de Saint-Pétersbourg"),
    ("Visit to the church of St. Vladimir, Equal-to-the-Apostles",
     "Visite de l’église de saint Vladimir, égal aux apôtres"),
])
def test_church_dedications(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_saints_unknown_left_alone() -> None:
    from daybook.translate.title_saints import saint

    assert saint("St Basil’s Cathedral") is None  # a possessive: the cathedral's name
    assert saint("St Expeditus") is None  # no French form in the table
    assert saint("St Andrew the First-Called") == "saint André le premier appelé"


@pytest.mark.parametrize(("en", "fr"), [
    # A designation before "International Forum" is its name, in French and quoted after it.
    ("Greetings to participants of ARMY-2031 International Forum",
     "Message de salutations aux participants du Forum international « Armée-2031 »"),
    ("Opening of Army-2022 International Military-Technical Forum",
     "Ouverture du Forum militaro-technique international « Armée-2022 »"),
    # Guard: a Russian word of a designation is no English noun; it stays a complement.
    ("Greetings to participants of Vostok-2022 International Forum",
     "Message de salutations aux participants du forum international de Vostok-2022"),
])
def test_designation_before_forum(en: str, fr: str) -> None:
    assert plan_title(en).text == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


@pytest.mark.parametrize(("en", "fr"), [
    # A possessive pronoun before a thing the grammar reads: the determiner for the article.
    ("their letters of credence", "leurs lettres de créance"),
    ("its 80th anniversary", "son 80e anniversaire"),
    ("his visit to China", "sa visite en Chine"),
    ("her professional holiday", "sa fête professionnelle"),
])
def test_pronoun_owner(en: str, fr: str) -> None:
    from daybook.translate.titles import resolve

    assert resolve(en) == fr


def test_pronoun_owner_guard() -> None:
    from daybook.translate.title_people import pronoun_owned
    from daybook.translate.titles import resolve

    assert pronoun_owned("the letters of credence", resolve) is None  # no pronoun
    assert pronoun_owned("their qwzx", resolve) is None  # a thing the grammar cannot read


@pytest.mark.parametrize(("en", "fr"), [
    # An act with its agent: the object first in French, the agent after "par"; the agent
    # is the shortest reading, the object keeping its own "of".
    ("Presentation by foreign ambassadors of their letters of credence",
     "Remise de leurs lettres de créance par les ambassadeurs étrangers"),
    # "{k} years since X" as a whole title.
    ("100 years since the birth of Alexander Solzhenitsyn",
     "100 ans de la naissance d’Alexandre Soljenitsyne"),
    ("10 years since the opening of the Crimean Bridge",
     "10 ans de l’ouverture du pont de Crimée"),
])
def test_agent_and_years_since(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_process_noun_after_a_phrase_with_of() -> None:
    # "the start of X construction" is the start of the construction, not the construction
    # of "the start of X"; a process noun after a plain stack is still read.
    from daybook.translate.title_topics import head_phrase
    from daybook.translate.titles import resolve

    assert head_phrase("the start of road network construction", resolve, open_ok=True) \
        is None
    assert head_phrase("the shipbuilding industry development", resolve, open_ok=True) == \
        "le développement de l’industrie de construction navale"


@pytest.mark.parametrize(("en", "fr"), [
    # A designation of letters and figures is a name after its noun, not an English word.
    ("Opening sections of the M11 motorway", "Ouverture des tronçons de l’autoroute M11"),
    ("Commissioning the new power unit", "Mise en service de la nouvelle tranche"),
])
def test_designations_and_commissioning(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_english_needs_a_word() -> None:
    from daybook.translate.wordnet import english

    assert not english("M12")  # no letters-only word: a designation
    assert english("Olympians")  # guard: an English word still is one


def test_lead_name_not_cut_after_a_small_word() -> None:
    # The name before a kind is not cut after "in": the place is the name's ("... Week in
    # Russia"), not the kind's ("Forum de la Russie").
    from daybook.translate.named import named_open

    assert named_open("the Open Doors Week in Russia forum") == \
        "le forum «\u00a0\ue000«|Open doors week in Russia\ue001\u00a0»"


def test_organisation_before_a_quoted_name() -> None:
    # An organisation of the glossary opening the name before its kind is the kind's
    # complement, the rest the quoted name ("Anti-Monopoly" as the glossary's
    # "Antimonopoly").
    p = plan_title("Federal Anti-Monopoly Service Open Markets Week forum")
    assert (p.text or p.template or "").startswith("Forum du Service fédéral antimonopole «")
    # Guard: an organisation alone before the kind stays its complement.
    assert plan_title("Federal Antimonopoly Service forum").text == \
        "Forum du Service fédéral antimonopole"


@pytest.mark.parametrize(("en", "fr"), [
    # "the President's Prize" is the Presidential prize: the same named thing, year after it.
    ("Ceremony presenting the 2012 President's Prize for young cultural professionals",
     "Cérémonie de remise du Prix présidentiel 2012 pour les jeunes professionnels de la "
     "culture"),
    ("Ceremony presenting the President's Prize for young cultural professionals",
     "Cérémonie de remise du Prix présidentiel pour les jeunes professionnels de la culture"),
])
def test_presidents_prize_is_the_presidential_prize(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_presidents_possessive_guard() -> None:
    # Only a prize, award or grant: "the President's aides" keeps the possessive reading.
    assert "présidentiel" not in (plan_title("Meeting with the President's aides").text or "")


def test_two_designations_joined_before_their_kind() -> None:
    # "the M12 and M5 motorways": one phrase, the kind plural, the designations after it.
    from daybook.translate.title_lexicon import and_split
    from daybook.translate.titles import plan_title, resolve

    assert resolve("sections of the M11 and M4 motorways") == \
        "les tronçons des autoroutes M11 et M4"
    assert plan_title("Opening sections of the M11 and M4 motorways").text == \
        "Ouverture des tronçons des autoroutes M11 et M4"
    assert and_split("the M11 and M4 motorways and the ring road") == \
        ["the M11 and M4 motorways", "the ring road"]
    # Guard: an "and" between two phrases still cuts them.
    assert and_split("Hero of Labour Medals and Russian Federation National Awards") == \
        ["Hero of Labour Medals", "Russian Federation National Awards"]
