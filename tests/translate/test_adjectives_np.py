"""Adjectives French writes before the noun, and *joint* (``adjectives_np.py``): on
Apertium's French analyser, and through the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.adjectives_np import before_noun, further, good, joint
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts


@pytest.mark.usefixtures("apertium_ok")
def test_an_adjective_french_puts_first_goes_before_its_noun() -> None:
    # Past the noun's other adjectives; "des" as an article becomes "de".
    assert before_noun("its high cultural standing", "son rang culturel haut, et") == (
        "son haut rang culturel, et")
    assert before_noun("at large musical contests", "à des concours musicaux grands pour") == (
        "à de grands concours musicaux pour")
    assert before_noun("new municipal rules were passed", "les règles municipales nouvelles"
                       ) == "les nouvelles règles municipales"
    # After "de" that follows a noun, only where English says "of" + the adjective.
    assert before_noun("a woman of great courage", "une femme de courage grand.") == (
        "une femme de grand courage.")
    # The elided article and the form before a vowel; "très" goes with the adjective.
    assert before_noun("with our old ally", "avec notre allié vieux.") == (
        "avec notre vieil allié.")
    assert before_noun("a broad education", "pour l'éducation large.") == (
        "pour la large éducation.")
    assert before_noun("a very big concert", "un concert très grand ici") == (
        "un très grand concert ici")
    assert before_noun("new members, young leaders", "nouveaux membres, dirigeants jeunes."
                       ) == "nouveaux membres, jeunes dirigeants."


@pytest.mark.usefixtures("apertium_ok")
def test_numerous_various_and_the_only() -> None:
    assert before_noun("with numerous guests", "avec des invités nombreux.") == (
        "avec de nombreux invités.")
    # *various*, *different* before a plural noun: "différents", "divers", no article.
    assert before_noun("in different cities", "dans des villes différentes.") == (
        "dans différentes villes.")
    assert before_noun("Various films were shown", "Des films divers ont été montrés") == (
        "Divers films ont été montrés")
    # *the only* X: "seul" before the noun; "unique" of *unique* stays after it.
    assert before_noun("It was their only chance.", "C'était leur chance unique.") == (
        "C'était leur seule chance.")
    assert before_noun("a unique museum", "un musée unique.") == "un musée unique."
    # A singular ("une approche différente": *distinct*); after "beaucoup de".
    assert before_noun("a different approach", "une approche différente.") == (
        "une approche différente.")
    assert before_noun("many different things", "beaucoup de choses différentes.") == (
        "beaucoup de choses différentes.")


@pytest.mark.usefixtures("apertium_ok")
def test_left_as_it_is() -> None:
    # No such adjective in the English ("tall"); a compound the adjective heads in English
    # ("high state prize": no "of high"); two adjectives joined by "et"; a comparison.
    assert before_noun("a tall building", "un bâtiment grand.") == "un bâtiment grand."
    assert before_noun("this high state prize", "ce prix de gouvernement haut a") == (
        "ce prix de gouvernement haut a")
    assert before_noun("a full and varied programme", "un programme plein et varié") == (
        "un programme plein et varié")
    assert before_noun("a city bigger than Paris", "une ville plus grande que Paris") == (
        "une ville plus grande que Paris")
    assert before_noun("large numbers", "le nombre est grand") == "le nombre est grand"
    assert before_noun("a city so large that", "une ville si grande que") == (
        "une ville si grande que")


@pytest.mark.usefixtures("apertium_ok")
def test_before_a_clause_of_que() -> None:
    # "que" after the adjective opens a clause when no adverb of degree is before it: the
    # pivot's order after a *that*-clause's conjunction (Grevisse § 331)
    assert before_noun("it is of great importance that young people should",
                       "il est d’importance grande que les jeunes devraient") == (
        "il est de grande importance que les jeunes devraient")
    assert before_noun("It is in such large families that children learn",
                       "C’est dans de telles familles grandes que les enfants apprennent") == (
        "C’est dans de telles grandes familles que les enfants apprennent")


@pytest.mark.usefixtures("apertium_ok")
def test_joint_agrees_with_its_noun() -> None:
    assert joint("They adopted a joint declaration.", "Ils ont adopté une déclaration en commun."
                 ) == "Ils ont adopté une déclaration commune."
    assert joint("two joint programmes", "deux programmes en commun") == (
        "deux programmes communs")
    assert joint("to step up joint efforts", "pour intensifier joindre des efforts") == (
        "pour intensifier des efforts conjoints")
    # No *joint* before a noun: "en commun" of *in common* stays.
    assert joint("We have a lot in common.", "Nous avons beaucoup en commun.") == (
        "Nous avons beaucoup en commun.")


@pytest.mark.usefixtures("apertium_ok")
def test_further_before_a_noun() -> None:
    assert further("the further growth of trade", "la croissance la plus lointaine du commerce"
                   ) == "la croissance ultérieure du commerce"
    assert further("further steps", "des pas plus lointains") == "des pas supplémentaires"
    # the noun after an elided article
    assert further("preventing further escalation", "de l’escalade la plus lointaine et") == (
        "de l’escalade ultérieure et")
    # No *further* before a noun in the English ("a more distant future"); once only.
    assert further("a more distant future", "un avenir plus lointain") == (
        "un avenir plus lointain")
    assert further("it would help further expand", "aideraient plus lointaines étend") == (
        "aideraient plus lointaines étend")  # after a verb: no noun's
    assert further("further talks on a distant town", "des discussions plus lointaines sur "
                   "une ville plus lointaine") == (
        "des discussions supplémentaires sur une ville plus lointaine")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The ministers signed a joint declaration on trade."],
                          engine, "en", "fr")[0].text
    assert "déclaration commune" in out
    out = translate_texts(["The country has a high international prestige."],
                          engine, "en", "fr")[0].text
    assert "haut prestige international" in out


@pytest.mark.usefixtures("apertium_ok")
def test_the_last_ones_and_an_adjective_the_engine_did_not_agree() -> None:
    # *the past years*: "dernier" before a plural; *last year* keeps it after (guard).
    assert before_noun("Over the past years, it grew.", "Sur les années dernières, il a grandi."
                       ) == "Sur les dernières années, il a grandi."
    assert before_noun("Last year it grew.", "L'année dernière il a grandi.") == (
        "L'année dernière il a grandi.")
    # The engine's "nouvelle" after a masculine plural: moved and made "nouveaux".
    assert before_noun("They will launch new joint projects.",
                       "Ils lanceront des projets communs nouvelle.") == (
        "Ils lanceront de nouveaux projets communs.")
    # Not where the English has no *new* (guard).
    assert before_noun("They will launch joint projects.",
                       "Ils lanceront des projets communs nouvelle.") == (
        "Ils lanceront des projets communs nouvelle.")


@pytest.mark.usefixtures("apertium_ok")
def test_good_before_a_noun_is_bon() -> None:
    assert good("a good economic base", "sur un bien base économique.") == (
        "sur une bonne base économique.")
    assert good("after a very good season", "après une très bien saison.") == (
        "après une très bonne saison.")
    assert good("very good results", "avec très bien résultats.") == (
        "avec très bons résultats.")
    # Guards: "bien" before a determiner, an adjective, a participle; no *good* in English.
    assert good("a good many people", "bien des gens") == "bien des gens"
    assert good("a good idea", "il est bien sûr") == "il est bien sûr"
    assert good("a good idea", "il a bien fait") == "il a bien fait"
    assert good("well done", "un bien base") == "un bien base"
    # A bare plural after a preposition takes "de" (*in very good conditions*); guards: a
    # singular, "en", no preposition before *good* in the English.
    assert good("in very good conditions", "dans très bien conditions.") == (
        "dans de très bonnes conditions.")
    assert good("with good results", "avec bien résultats") == "avec de bons résultats"
    assert good("in good condition", "dans bien condition") == "dans bonne condition"
    assert good("in good conditions", "en bien conditions") == "en bonnes conditions"


@pytest.mark.usefixtures("apertium_ok")
def test_after_such_and_in_a_bare_plural_object() -> None:
    assert before_noun("in such large cities", "dans de telles villes grandes.") == (
        "dans de telles grandes villes.")
    # A bare plural object after its verb: "de" before the adjective.
    assert before_noun("we open new regional markets", "nous ouvrons marchés régionaux "
                       "nouveaux.") == "nous ouvrons de nouveaux marchés régionaux."
    # Guards: a singular (the article is not known), a predicate after "être".
    assert before_noun("we open a new market", "nous ouvrons marché nouveau.") == (
        "nous ouvrons marché nouveau.")
    assert before_noun("the numbers are big", "les chiffres sont grands.") == (
        "les chiffres sont grands.")
