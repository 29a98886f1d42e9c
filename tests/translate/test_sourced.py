"""Post-edits that read the English source: "vous", "de" for *from*, "leur", "y compris"."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.sourced import (
    and_verb,
    formal_you,
    from_de,
    from_source,
    including,
    plural2,
    their,
)


def test_you_is_formal() -> None:
    src = "You are all united by your talent."
    assert formal_you(src, "Tu es tout uni par ton talent.") == \
        "Vous êtes tout uni par votre talent."
    assert formal_you("Many of you know it.", "Beaucoup de toi le savent.") == \
        "Beaucoup d'entre vous le savent."
    assert formal_you("I asked you to go.", "T'ai demandé pour aller.") == \
        "Je vous ai demandé pour aller."
    # the engine kept its "Je": no second one ("Je je vous ai dit")
    assert formal_you("I told you that we agreed.", "Je t'ai dit que nous avons convenu.") == \
        "Je vous ai dit que nous avons convenu."
    assert formal_you("As you may recall, it is so.", "Comme toi peut retirer, c'est ainsi.") \
        == "Comme vous pouvez retirer, c'est ainsi."
    assert formal_you("You will see it yourself.", "Tu le verras toi-même.") == \
        "Vous le verrez vous-même."
    assert formal_you("I would like to ask you to help.", "Je voudrais demander thé pour aider.") \
        == "Je voudrais vous demander pour aider."
    # No "you" in the source: a "tu" stays (a quotation of someone else's words).
    assert formal_you("He said it.", "Tu es là, a-t-il dit.") == "Tu es là, a-t-il dit."
    assert formal_you("You have tea.", "Tu as du thé.") == "Vous avez du thé."
    assert formal_you("Your tone was right.", "Le ton était juste.") == "Le ton était juste."


def test_second_person_plural() -> None:
    assert plural2("parles") == "parlez" and plural2("finis") == "finissez"
    assert plural2("parleras") == "parlerez" and plural2("parlais") == "parliez"
    assert plural2("peux") == "pouvez" and plural2("effort") is None


def test_from_is_de_unless_since() -> None:
    assert from_de("Exports from Russia to China.", "Exportations depuis la Russie en Chine.") \
        == "Exportations de la Russie en Chine."
    assert from_de("far from the target", "loin depuis le but") == "loin du but"
    assert from_de("from one venue to another", "depuis un local") == "d'un local"
    assert from_de("guests from abroad and from across the world",
                   "des invités depuis à l'étranger et depuis à travers le monde") == (
        "des invités de l'étranger et de partout dans le monde")
    assert from_de("since 1992, from Moscow", "depuis 1992, depuis Moscou") == \
        "depuis 1992, depuis Moscou"
    assert from_de("He has worked there for ten years, from 2009.", "depuis 2009") == \
        "depuis 2009"


def test_and_verb_drops_the_engines_pronoun() -> None:
    assert and_verb("He noted it and expressed confidence.", "Il l'a noté et il a exprimé.") == \
        "Il l'a noté et a exprimé."
    assert and_verb("They touched upon it and exchanged opinions.",
                    "Ils ont touché à cela et il a échangé des opinions.") == \
        "Ils ont touché à cela et ont échangé des opinions."
    assert and_verb("They have served and have remained faithful.",
                    "Ils ont servi et il est resté fidèles.") == \
        "Ils ont servi et sont restés fidèles."
    kept = "Ils ont parlé et il a dit oui."
    assert and_verb("They spoke and he said yes.", kept) == kept  # the source's own "he"
    assert and_verb("It grew and there is more.", "Il a crû et il y a plus.") == \
        "Il a crû et il y a plus."


def test_their_and_including() -> None:
    assert their("They expressed their concern.", "Ils ont exprimé sa préoccupation.") == \
        "Ils ont exprimé leur préoccupation."
    assert their("at the cost of their own lives", "au coût de ses vies") == \
        "au coût de leurs vies"
    mixed = "L'entreprise et ses collègues ont présenté ses plans."
    assert their("The company and its partners presented their plans.", mixed) == mixed
    assert including("including at the cost", "comprendre au coût") == "y compris au coût"
    # *including* + a preposition read as a relative; a real relative "qu'il comprend" + a
    # noun phrase, or no *including*, stays
    assert including("the threat including in the province", "la menace qu'il comprend dans "
                     "la province") == "la menace y compris dans la province"
    assert including("the plan he includes in the law", "le plan qu'il comprend dans la loi") \
        == "le plan qu'il comprend dans la loi"
    assert including("They understand it, including this.", "comprendre ça, comprenant") == \
        "comprendre ça, comprenant"
    assert from_source("I would like to ask you to accept it.",
                       "Je voudrais vous demander pour accepter.") == \
        "Je voudrais vous demander d'accepter."
    # a vocative between the verb and "pour"; "pour" before a noun stays
    assert from_source("We ask you, Mr President, to support us.",
                       "Nous vous demandons, Monsieur le Président, pour nous appuyer.") == \
        "Nous vous demandons, Monsieur le Président, de nous soutenir."
    # "pour" before a noun stays (the noun given its article by ``bare_nouns``)
    assert from_source("I asked him, as a friend, for help.",
                       "Je lui ai demandé, comme ami, pour aide.") == \
        "Je lui ai demandé, comme ami, pour l’aide."



def test_through_apertium(engine: ApertiumEngine) -> None:
    texts = ["You are all united by your talent. As you know, I asked you to accept it.",
             "The meeting participants touched upon various international matters and "
             "exchanged opinions on the situation in southeastern Ukraine.",
             "They expressed their grave concern about exports from Russia."]
    you, exchanged, concern = (t.text for t in translate_texts(texts, engine, "en", "fr"))
    assert you.startswith("Vous êtes") and "votre talent" in you, you
    assert "je vous ai demandé de l'accepter" in you, you  # was "t'ai demandé pour"
    # was "et il a échangé"; *exchanged opinions* is now an exchange of views (preedit)
    assert "et ont eu un échange de vues" in exchanged and " il " not in exchanged, exchanged
    assert "leur grave préoccupation" in concern and "de la Russie" in concern, concern
