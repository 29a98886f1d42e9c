"""The grammar of named things (translate/named.py): head, ordinal, modifiers, name part."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.named import NBSP, named_fr, named_open, split_open
from daybook.translate.titles import plan_title, translate_titles


@pytest.mark.parametrize(("en", "fr"), [
    ("the 11th International Forum ATOMEXPO 2019", "le 11e Forum international ATOMEXPO 2019"),
    ("the 14th Chekhov International Theatre Festival",
     "le 14e Festival international de théâtre Tchekhov"),
    ("1st Moscow Academic Economic Forum", "le 1er Forum économique académique de Moscou"),
    ("18th Junior Delphic Games", "les 18es Jeux delphiques de la jeunesse"),
    ("Eighth Russia-Kyrgyzstan Interregional Conference",
     "la 8e Conférence interrégionale Russie–Kirghizistan"),
    ("the 17th Yury Ozerov International Military Film Festival",
     "le 17e Festival international du film militaire Iouri Ozerov"),
    ("the 3rd International Exhibition", "la 3e Exposition internationale"),
    ("the First International Games", "les 1ers Jeux internationaux"),
    ("Russian Energy Week", "la Semaine russe de l’énergie"),
    ("the St Petersburg International Economic Forum 2019",
     "le Forum économique international de Saint-Pétersbourg 2019"),
    ("Belt and Road Forum for International Cooperation",
     "le Forum des Nouvelles routes de la soie pour la coopération internationale"),
    ("the Valdai Discussion Club", "le club de discussion Valdaï"),
    ("the League of Arab States' Summit", "le Sommet de la Ligue des États arabes"),
    ("the 8th Moscow Conference on International Security",
     "la 8e Conférence de Moscou sur la sécurité internationale"),
])
def test_named_things_without_engine(en: str, fr: str) -> None:
    assert named_fr(en) == fr


@pytest.mark.parametrize("en", [
    "Forum",  # a head alone
    "the meeting of the Security Council",  # no head of a named thing
    "the 9th international forum Victory Forged by Unity",  # a slogan needs the engine
    "HeliRussia 2019 International Armoured Vehicle Exhibition",  # words no table knows
])
def test_not_named_without_engine(en: str) -> None:
    assert named_fr(en) is None


def test_a_slogan_is_one_piece_for_the_engine_in_quotation_marks() -> None:
    found = named_open("the 9th international forum Victory Forged by Unity")
    assert found is not None
    template, prep, piece = split_open(found) or ("", "", "")
    # the English kind in lower case is a common noun: "forum", not the name's "Forum"
    assert template == f"le 9e forum international «{NBSP}{{mt}}{NBSP}»"
    assert prep == "«"
    assert piece == "Victory forged by unity"  # English words lowered: no proper nouns


def test_a_leading_slogan_and_a_second_piece() -> None:
    found = named_open("The Right Makes Might Regional and Local Media Forum")
    assert found is not None and "{mt}" in (split_open(found) or ("",))[0]
    # A slogan of nouns the grammar reads with the engine's dictionaries needs no piece.
    assert named_open("The Truth and Justice Regional and Local Media Forum") == \
        f"le Forum régional et local des médias «{NBSP}Vérité et justice{NBSP}»"
    # Two pieces for the engine are refused: the whole goes to the engine instead.
    assert named_open("Healthy Life Forum of Creative Intellectuals of Stuff") is None


def test_a_cut_frame_does_not_split_a_named_thing() -> None:
    """ "Greetings to {x} on {y}" is not read inside "Conference on International Security"."""
    plan = plan_title("Greetings to 8th Moscow Conference on International Security")
    assert plan.text == ("Message de salutations à la 8e Conférence de Moscou sur la sécurité"
                         " internationale")
    holiday = plan_title("Greetings to the 5th Youth Forum on Victory Day")
    assert holiday.text is not None and "à l’occasion du Jour de la Victoire" in holiday.text


def test_the_2019_04_25_title_with_apertium() -> None:
    title = "Greetings on the opening of the 9th international forum Victory Forged by Unity"
    [(fr, method)] = translate_titles([title], ApertiumEngine(), "en", "fr")
    assert method == "memory+mt"
    assert fr.startswith("Salutations à l’occasion de l’ouverture du 9e forum international «")
    quoted = fr.split("«")[1].split("»")[0].strip()
    assert quoted[:1].isupper() and not quoted.startswith(("La ", "Le "))
    assert "Victoire" in quoted and "forg" in quoted
    [(whole, _)] = translate_titles(["Belt and Road Forum for International Cooperation"],
                                    ApertiumEngine(), "en", "fr")
    assert whole == "Forum des Nouvelles routes de la soie pour la coopération internationale"


@pytest.mark.parametrize(("en", "fr"), [
    ("Tsinghua University", "l’université Tsinghua"),  # a word no dictionary knows: a name
    ("Gorbunov Kazan Aviation Plant", "l’usine aéronautique de Kazan Gorbounov"),
    ("Chkalov State Flight Test Centre", "le centre d’essais en vol d’État Tchkalov"),
    ("the Russian-Chinese Energy Forum", "le Forum russo-chinois de l’énergie"),
    ("the Second Chinese-Russian Energy Business Forum",
     "le 2e Forum sino-russe d’affaires de l’énergie"),
    ("the FIDE World Cup 2019", "la Coupe du monde FIDE 2019"),
    # A side of a pair the gazetteer lacks but the glossary names: a continent, a bloc.
    ("the third Russia–Africa Summit", "le 3e Sommet Russie–Afrique"),
    ("Russia-ASEAN Business Forum", "le Forum d’affaires Russie–ASEAN"),
    ("the Russia-EU Humanitarian Forum", "le Forum humanitaire Russie–UE"),
    ("the Russia–Turkey–Iran summit", "le sommet Russie–Turquie–Iran"),  # three sides
    ("the 12th HeliRussia 2019 International Helicopter Industry Exhibition",
     "la 12e Exposition internationale de l’industrie des hélicoptères HeliRussia 2019"),
])
def test_places_people_and_pairs_in_named_things(en: str, fr: str) -> None:
    assert named_fr(en) == fr


def test_dedicated_to_agrees_with_the_head() -> None:
    plan = plan_title("Greetings to participants of international conference dedicated "
                      "to 75th anniversary of liberation of Crimea and Sevastopol from Nazi "
                      "occupation")
    assert plan.text == ("Message de salutations aux participants de la conférence "
                         "internationale consacrée au 75e anniversaire de la libération de la "
                         "Crimée et de Sébastopol de l’occupation nazie")
    plan = plan_title("Greetings to participants of international conference dedicated "
                      "to 60th anniversary of the first manned space flight")
    assert plan.template == ("Message de salutations aux participants de la conférence "
                             "internationale consacrée au 60e anniversaire {mt}")


def test_established_names_in_text_with_apertium() -> None:
    from daybook.translate.protect import translate_texts

    outs = translate_texts(["China is promoting the Belt and Road initiative.",
                            "We met at the St Petersburg International Economic Forum.",
                            "She won the Leaders of Russia contest."],
                           ApertiumEngine(), "en", "fr")
    texts = [o.text for o in outs]
    assert "l’initiative des Nouvelles routes de la soie" in texts[0]
    assert "Forum économique international de Saint-Pétersbourg" in texts[1]
    assert "« Leaders de la Russie »" in texts[2] and "concours" in texts[2]


def test_russian_media_in_text_with_apertium() -> None:
    """Russia's best-known media under their French press names (Apertium: "canaliser un"
    for Channel One)."""
    from daybook.translate.protect import translate_texts

    outs = translate_texts(["He gave an interview to Channel One and the Associated Press.",
                            "Radio, television and the Komsomolskaya Pravda newspaper."],
                           ApertiumEngine(), "en", "fr")
    assert "à Pervy Kanal" in outs[0].text and "canal" not in outs[0].text
    assert "journal Komsomolskaïa Pravda" in outs[1].text


@pytest.mark.parametrize(("en", "fr"), [
    # A venue's own name in words no dictionary knows is kept as written.
    ("Visit to the Yug-Sport Training Centre", "Visite du centre d’entraînement Yug-Sport"),
    ("Vladimir Putin received honorary doctorate at Tsinghua University",
     "Vladimir Poutine a reçu un doctorat honoris causa de l’université Tsinghua"),
    # A preposition doubled by a typo on the site.
    ("Meeting with of Defence Ministry leadership and defence industry heads",
     "Rencontre avec la direction du ministère de la Défense et les dirigeants de l’industrie"
     " de défense"),
    ("Night Hockey League gala match", "Match de gala de la Ligue de hockey de nuit"),
    ("Vladimir Putin and Alexander Lukashenko took part in an ice hockey game",
     "Vladimir Poutine et Alexandre Loukachenko ont participé à un match de hockey sur glace"),
])
def test_titles_a_publisher_would_have_fixed(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_a_council_of_two_countries() -> None:
    plan = plan_title("Message of greetings to participants at the Russian-Japanese Council "
                      "of Governors")
    # "of Governors": a group of people the grammar writes ("des gouverneurs").
    assert plan.text == "Message de salutations aux participants au Conseil russo-japonais " \
        "des gouverneurs"


def test_talks_between_two_countries_are_no_list() -> None:
    assert plan_title("Press statements following Russia–Kyrgyzstan talks").text == (
        "Déclarations à la presse à l’issue des pourparlers entre la Russie et le Kirghizistan")


def test_a_common_noun_name_after_a_preposition_takes_its_article() -> None:
    [(fr, _)] = translate_titles(["Laying wreaths at the Eternal Flame on Victory Square in "
                                  "Bishkek"], ApertiumEngine(), "en", "fr")
    assert "sur la place de la Victoire" in fr


def test_a_name_kept_as_written_stands_after_its_kind() -> None:
    from daybook.translate.named import text_forms
    from daybook.translate.titles import resolve

    assert resolve("the South Stream gas pipeline") == "le gazoduc South Stream"
    assert named_fr("the South Stream Forum") == "le Forum South Stream"
    assert text_forms()["Nord Stream 2 project"] == ("", "le projet Nord Stream 2")
    assert text_forms()["South Stream pipeline"] == ("", "le gazoduc South Stream")


def test_a_race_keeps_its_international_name() -> None:
    # A race's English name is kept as written after the kind (named.KEPT_KINDS).
    assert named_open("the Silk Way Rally") == "le rallye Silk Way"
    # Guard: a forum's or an online marathon's name is a slogan, said in French « ».
    assert "«" in (named_open("New Knowledge online marathon") or "")
