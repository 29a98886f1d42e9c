"""A determiner + an -ing word + a noun as a French noun phrase (``participles_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.participles_np import infinitive_modifiers, participles
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_a_gerund_with_its_object_is_a_noun_and_its_adjective() -> None:
    assert participles("Their growing economy lasted.",
                       "Le sien en grandissant l'économie a duré.") == (
        "Leur économie croissante a duré.")
    assert participles("The rising tension worries us.",
                       "L'en montant la tension nous préoccupe.") == (
        "La tension montante nous préoccupe.")
    assert participles("Their remaining forces left.",
                       "Le sien en restant les forces sont parties.") == (
        "Leurs forces restantes sont parties.")
    # *its* is "son"/"sa"/"ses", *our* "notre"/"nos".
    assert participles("Its remaining forces left.",
                       "Le sien en restant les forces sont parties.") == (
        "Ses forces restantes sont parties.")


def test_a_participle_that_is_no_adjective_says_what_french_says() -> None:
    assert participles("Their working meeting lasted.",
                       "Le sien en travaillant la rencontre a duré.") == (
        "Leur réunion de travail a duré.")
    assert participles("to improve their living standards",
                       "améliorer le sien vivant des niveaux") == (
        "améliorer leurs niveaux de vie")
    assert participles("Their living standards rose.",
                       "Le sien en vivant les niveaux ont monté.") == (
        "Leurs niveaux de vie ont monté.")
    assert participles("They awarded the winning team.",
                       "Ils ont récompensé le vainquant équipe.") == (
        "Ils ont récompensé l'équipe gagnante.")
    assert participles("Our working group met.", "Le nôtre le groupe de travail s'est réuni.") \
        == "Notre groupe de travail s'est réuni."


def test_the_nouns_own_adjectives_stay_next_to_it() -> None:
    assert participles("despite the decreasing oil prices",
                       "malgré le réduisant des prix pétroliers") == (
        "malgré les prix pétroliers en baisse")
    assert participles("applying the existing legislative provisions",
                       "en appliquant les courantes provisions législatives") == (
        "en appliquant les provisions législatives courantes")
    # "le montant tension": a noun in -ant right before a noun is the participle too.
    assert participles("concern over the rising tension",
                       "préoccupation sur le montant tension") == (
        "préoccupation sur la tension montante")


def test_a_possessive_pronoun_before_its_noun_is_its_determiner() -> None:
    assert participles("your Republic of Tatarstan", "la vôtre la république du Tatarstan") \
        == "votre république du Tatarstan"
    assert participles("Its first phase was completed.",
                       "La sienne première phase a été réalisée.") == (
        "Sa première phase a été réalisée.")
    # A pronoun before a verb ("Ours will continue"), or with no possessive in the source.
    assert participles("Our country will continue.", "Le nôtre va continuer.") == (
        "Le nôtre va continuer.")
    assert participles("The republic", "la vôtre la république") == "la vôtre la république"


def test_left_alone() -> None:
    # No -ing word after a determiner in the source.
    assert participles("They rose.", "L'en montant la tension.") == "L'en montant la tension."
    # A noun in -ant ("amount", "representative"), a gerund after "en" with its pronoun,
    # a gerund whose participle is no adjective.
    for french in ("Le montant des investissements a augmenté.", "le montant total",
                   "Le représentant de la Russie est venu.",
                   "En le suivant la semaine, nous avons vu.",
                   "Le sien en souhaitant le succès."):
        assert participles("The growing economy, the following week.", french) == french


def test_through_the_engine(engine: object) -> None:
    from daybook.translate.apertium import ApertiumEngine

    assert isinstance(engine, ApertiumEngine)
    out = translate_texts(["Their working meeting lasted two hours.",
                           "The ruling party won the election.",
                           "Their increasing trade is important."], engine, "en", "fr")
    assert out[0].text.startswith("Leur réunion de travail a duré")
    assert out[1].text.startswith("Le parti au pouvoir")
    # ``senses`` leaves "croissant" after its noun ("est" is a noun too: the east).
    assert out[2].text == "Leur commerce croissant est important."


def test_a_settled_compound_has_its_own_noun() -> None:
    # *working meeting* is a "réunion de travail" (the engine's *meeting* is "rencontre"),
    # agreed in number; a gerund before its noun ("un en travaillant déjeuner") too.
    assert participles("Their working meetings lasted.",
                       "Le sien en travaillant les rencontres ont duré.") == (
        "Leurs réunions de travail ont duré.")
    assert participles("It was a working trip.", "C'était un en travaillant voyage.") == (
        "C'était un déplacement de travail.")
    assert participles("They had a working lunch.", "Ils ont eu un en travaillant déjeuner.") \
        == "Ils ont eu un déjeuner de travail."
    # Guard: another -ing word before *meeting* keeps the engine's noun.
    assert "réunion" not in participles("The closing meeting began.",
                                        "La en fermant la rencontre a commencé.")


def test_a_past_participle_before_its_noun_is_no_infinitive_after_it() -> None:
    assert infinitive_modifiers("our allied relations", "nos relations allier dans") == (
        "nos relations alliées dans")
    assert infinitive_modifiers("the allied powers", "Les pouvoirs allier ont") == (
        "Les pouvoirs alliés ont")
    # Guards: no determiner + -ed word + word in the English; a verb before the infinitive.
    assert infinitive_modifiers("our relations ally", "nos relations allier dans") == (
        "nos relations allier dans")
    assert infinitive_modifiers("the allied powers", "nous voulons allier") == (
        "nous voulons allier")
    # An -ed word elsewhere and a verb of the English's own (*music teach*).
    assert infinitive_modifiers("the allied powers; music teach here",
                                "la musique enseigner ici") == "la musique enseigner ici"


def test_a_past_participle_through_the_engine(engine: object) -> None:
    from daybook.translate.apertium import ApertiumEngine

    assert isinstance(engine, ApertiumEngine)
    out = translate_texts(["We need to assess our allied relations."], engine, "en", "fr")
    assert "nos relations alliées" in out[0].text
