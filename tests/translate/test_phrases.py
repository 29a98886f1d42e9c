"""The site's recurring phrases in their established French (``phrases.py``).

Sentences from en.kremlin.ru pages with even ids (the tuning half; CC BY 4.0), the French
written by hand for each mechanism: the article the engine writes before the placeholder,
the article French needs where English has none, agreement, a caption's capital."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.phrases import NBSP, mark, pairs, table, text_forms
from daybook.translate.protect import glossary, translate_texts


def test_table_says_its_source_and_has_articles() -> None:
    import json
    from importlib import resources

    raw = json.loads(resources.files("daybook.data").joinpath("phrases_fr.json")
                     .read_text("utf-8"))
    assert "general French press and diplomatic usage" in raw["_about"]
    assert all(art in ("", "le", "la", "les") for art, _ in table().values())
    assert table()["news conference"] == ("la", "conférence de presse")


def test_pairs_of_countries_agree_with_their_head() -> None:
    assert pairs()["Russian-Chinese talks"] == ("les", "pourparlers russo-chinois")
    assert pairs()["Russian-Turkish cooperation"] == ("la", "coopération russo-turque")
    assert pairs()["Chinese-Russian relations"] == ("les", "relations sino-russes")
    assert pairs()["following Russian-Austrian talks"] == (
        "", "à l’issue des pourparlers russo-autrichiens")


def test_glossary_keys_only_match_marked_text() -> None:
    pattern, forms = glossary()
    assert pattern is not None
    # Plain English (another engine's text) never matches a phrase's key.
    assert not pattern.search("They gave a joint news conference.")
    assert forms[f"the joint{NBSP}news{NBSP}conference"] == "la conférence de presse conjointe"
    assert text_forms()[f"this{NBSP}joint{NBSP}venture"] == ("", "cette coentreprise")
    assert text_forms()[f"some{NBSP}joint{NBSP}projects"] == ("", "des projets communs")


@pytest.mark.parametrize(("source", "marked"), [
    # an article French writes where English has none: after a preposition, a verb
    ("the strengthening of international law", f"the strengthening of the international{NBSP}"
     "law"),
    ("and implement joint projects in healthcare", f"and implement some{NBSP}joint{NBSP}"
     "projects in healthcare"),
    ("Climate change also means an increase.", f"The climate{NBSP}change also means an "
     "increase."),
    # a caption without a verb keeps none; an en dash reads as a hyphen
    ("Press statements following Russian–Chinese talks.",
     f"press{NBSP}statements following{NBSP}Russian-Chinese{NBSP}talks."),
    # a determiner the key takes in
    ("I think that this joint venture will pay off.",
     f"I think that this{NBSP}joint{NBSP}venture will pay off."),
    ("Our top priority is clear.", f"our{NBSP}top{NBSP}priority is clear."),
    # left to the engine: a modifier of a noun, a plural subject, a plural after an
    # adjective (the engine agrees it)
    ("the degradation of the arms control system", "the degradation of the arms control "
     "system"),
    ("Our business circles are very interested in working together.", "Our business circles "
     "are very interested in working together."),
    ("A number of current issues on the agenda were discussed.", "A number of current "
     "issues on the agenda were discussed."),
    ("Meeting with Russian business leaders.", "Meeting with Russian business leaders."),
    # "such" before a name reads "tel"; after "discuss" the engine's "parler de" turns
    # into "parler sur" before a name
    ("It is in such large families that children learn.", "It is in such large families "
     "that children learn."),
    ("The leaders discussed the Syrian settlement.", "The leaders discussed the Syrian "
     "settlement."),
    # page 59888: a noun before it makes a compound
    ("Therefore, the production growth rate was 14 percent.", "Therefore, the production "
     "growth rate was 14 percent."),
    # page 62078: no article inserted after "in terms of" (the engine lost its idiom)
    ("ranked among the first 40 Russian regions in terms of growth rates", "ranked among the "
     f"first 40 Russian regions in terms of growth{NBSP}rates"),
    # page 62366: a plural subject after "so that", its verb past a parenthesis
    ("or we can sign it and send it to Washington so that their senior officials, including "
     "the President, sign it, if they are ready to do so.", "or we can sign it and send it to "
     "Washington so that their senior officials, including the President, sign it, if they "
     "are ready to do so."),
])
def test_mark(source: str, marked: str) -> None:
    assert mark(source) == marked


@pytest.mark.parametrize(("source", "names", "expected"), [
    # page 59830: the engine's "une" before a feminine placeholder
    ("Following the trilateral meeting, Vladimir Putin, Hassan Rouhani and Recep Tayyip "
     "Erdogan gave a joint news conference.",
     ["Vladimir Putin", "Hassan Rouhani", "Recep Tayyip Erdogan"],
     "une conférence de presse conjointe."),
    # page 59830: "the" contracted, "following the meeting" as a unit
    ("Before the news conference following the meeting between the presidents of Russia, "
     "Iran and Turkey.", [], "Avant la conférence de presse à l’issue de la rencontre"),
    # page 59830: "During" before the placeholder (the pivot's gerund "En durant")
    ("During the news conference following the meeting between the presidents of Russia, "
     "Iran and Turkey.", [], "Pendant la conférence de presse à l’issue de la rencontre"),
    # page 59830: "of the Astana process" contracted ("du")
    ("They are guarantors of the Astana process for facilitating the Syrian peace "
     "settlement.", [], "garants du processus d’Astana"),
    # page 60672: a caption, capitalised, no article
    ("Press statements following Russian-Chinese talks.", [],
     "Déclarations à la presse à l’issue des pourparlers russo-chinois."),
    # page 60886: the participle agrees with the feminine placeholder
    ("Letter of credence was presented to the President of Russia by Chandapiwa Nteta "
     "(Republic of Botswana).", ["Chandapiwa Nteta"],
     "La lettre de créance a été présentée"),
    # page 60886: the daily caption of credentials, a plural subject with its verb as one
    ("Letters of credence were presented to the President of Russia by: Denis Kalume Numbi "
     "(Democratic Republic of the Congo).", ["Denis Kalume Numbi"],
     "Les lettres de créance ont été présentées au Président"),
    # page 60886: a bare plural after a verb is "des"
    ("Our countries share strong bonds of friendship and implement joint projects in "
     "healthcare, personnel training and disaster relief.", [], "des projets communs en"),
    # page 62060: "this" before the placeholder is the demonstrative, in the feminine
    ("Therefore, I think that this joint venture involving Norilsk Nickel will be "
     "marketable.", [], "je pense que cette coentreprise"),
    # page 60754: a possessive before a plural taken into the key ("leur" was singular)
    ("The relations between Russia and Iran are multifaceted and multilateral, embracing "
     "economic ties, regional stability issues, and our joint efforts to combat terrorism, "
     "including in Syria.", [], "et nos efforts conjoints pour"),
    # page 59900: a caption, the article French writes after "with"
    ("Meeting with Government members.", [], "avec les membres du gouvernement."),
    # page 62092 and 62140: a caption and running text
    ("Ceremony for presenting state decorations.", [],
     "Cérémonie de remise de décorations d’État."),
    ("During a visit to the Turbostroitel Club, Vladimir Putin presented state awards to "
     "club athletes and former members.", ["Vladimir Putin"],
     "a présenté des décorations d’État aux"),
    # page 62366: the article French writes before a bare noun after a preposition
    ("Russian-Chinese cooperation is a major factor of international stability, including "
     "the strengthening of international law.", [], "du droit international"),
    ("Russian-Chinese cooperation is undoubtedly a major factor of international "
     "stability.", [], "La coopération russo-chinoise est"),
    # fixed expressions of general usage (sentences of our own)
    ("Sooner or later we will find a solution.", [], "Tôt ou tard nous trouverons"),
    ("Good neighbourliness is important for us.", [], "Le bon voisinage est important"),
    ("She spoke about figure skating with our figure skaters.", [],
     "parlé du patinage artistique avec nos patineurs artistiques"),
    ("You can send questions to the head of state.", [], "au chef de l’État"),
    ("They put up the New Year tree.", [], "sapin du Nouvel An"),
    ("Schools are closed during the New Year holidays.", [], "fêtes du Nouvel An"),
    ("We discussed the supply of raw materials to the plant.", [], "des matières premières"),
    ("The network of filling stations is growing.", [], "stations-service"),
    ("The Warsaw Pact was dissolved in 1991.", [], "Le pacte de Varsovie"),
    ("There is no Warsaw Pact any longer.", [], "pacte de Varsovie"),
    # rulers with an epithet (general history)
    ("The city got its plan under Catherine the Great.", [], "Catherine la Grande"),
    ("It dates back to a decree of Peter the Great.", [], "de Pierre le Grand"),
])
def test_translated_through_apertium(engine: ApertiumEngine, source: str,
                                     names: list[str], expected: str) -> None:
    [out] = translate_texts([source], engine, "en", "fr", [names])
    assert expected in out.text, out.text
    assert NBSP not in out.text and " some " not in out.text
