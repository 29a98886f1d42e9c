"""The subjunctive of a whole clause after a trigger (``moods.py``): a long subject, a
second verb after "et", a clause joined by "et que". The French inputs are the engine's own
output on sentences of the tuning pages' kind (even page ids)."""

from __future__ import annotations

import pytest

from daybook.translate.moods import clauses, subjunctive


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a subject with commas inside (a list, complements)
    ("It is important that Russia’s, India’s and China’s positions are close.",
     "Il est important que les positions de la Russie, de l’Inde et de la Chine sont proches.",
     "Il est important que les positions de la Russie, de l’Inde et de la Chine soient "
     "proches."),
    ("It is more important that your hard work, talent, perseverance and determination have "
     "proven that Russia is capable.",
     "Il est plus important que votre travail dur, talent, la persévérance et la détermination "
     "ont prouvé que la Russie est capable.",
     "Il est plus important que votre travail dur, talent, la persévérance et la détermination "
     "aient prouvé que la Russie est capable."),
    # a long subject; a modal
    ("It is gratifying that the collection’s most outstanding masterpieces can be viewed.",
     "Il est gratifiant que les chefs-d’œuvre les plus exceptionnels et impressionnants de la "
     "collection peuvent être vus.",
     "Il est gratifiant que les chefs-d’œuvre les plus exceptionnels et impressionnants de la "
     "collection puissent être vus."),
    # the second verb after "et", in the first one's number
    ("It is important that the traditions are being preserved and are serving the state.",
     "Il est important que les traditions séculaires d’amitié, relations cordiales et le "
     "travail commun constructif sont préservées et sert au bénéfice de l’État.",
     "Il est important que les traditions séculaires d’amitié, relations cordiales et le "
     "travail commun constructif soient préservées et servent au bénéfice de l’État."),
    # "et que" repeats the mood (Grevisse § 1125)
    ("It is important that these traditions live on, and that nowadays these young people "
     "have new horizons.",
     "Il est important que ces traditions continuent à vivre, et qu’aujourd’hui ces jeunes "
     "passionnés ont de nouveaux horizons.",
     "Il est important que ces traditions continuent à vivre, et qu’aujourd’hui ces jeunes "
     "passionnés aient de nouveaux horizons."),
    ("It is important that Russia is strong and that we have allies.",
     "Il est important que la Russie est forte et que nous avons des alliés.",
     "Il est important que la Russie soit forte et que nous ayons des alliés."),
    # the subject pronoun after an inserted phrase and its comma
    ("It is important that, today, we have allies.",
     "Il est important qu'aujourd'hui, nous avons des alliés.",
     "Il est important qu'aujourd'hui, nous ayons des alliés."),
    # a pronoun subject after a conjunction of purpose
    ("Point out those issues so that I can address them to my colleagues.",
     "Soulignez ces questions de telle sorte que je peux les adresser à mes collègues.",
     "Soulignez ces questions de telle sorte que je puisse les adresser à mes collègues."),
])
def test_clauses(source: str, french: str, want: str) -> None:
    assert clauses([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a comparison: *than*
    ("It is more important than ever that we are united.",
     "Il est plus important que jamais nous sommes unis."),
    # no trigger: a verb of knowing takes the indicative
    ("I know that this is hard and that we have allies.",
     "Je sais que c'est difficile et que nous avons des alliés."),
    # a relative clause inside the subject: its verb is not the clause's
    ("It is important that the people who work there are paid.",
     "Il est important que les gens qui travaillent là sont payés."),
    # no *that* in the English: "pour que" is the engine's
    ("We work for those results.", "Nous travaillons pour que les résultats sont là."),
    # a comma before a clause of its own, not a list
    ("It is important that, when we meet, we talk.",
     "Il est important que, quand nous nous rencontrons, nous parlons."),
])
def test_left_alone(source: str, french: str) -> None:
    assert clauses([source], [french]) == [french]


def test_judgement_first() -> None:
    """The trigger the pivot garbled is made French first, then its clause."""
    assert subjunctive(["It is certainly gratifying that you have deep respect for masters."],
                       ["Il gratifie certainement que vous avez du respect profond."]) == [
        "Il est certainement gratifiant que vous ayez du respect profond."]


def test_impersonal_il_once_more() -> None:
    """ "C'est ADJ que" the rules before left (the engine's gerund "en important" was made an
    adjective after ``verbals`` ran): "Il est", then the clause's subjunctive."""
    assert subjunctive(["It is extremely important that the industry is strong."],
                       ["C'est extrêmement important que l'industrie est forte."]) == [
        "Il est extrêmement important que l'industrie soit forte."]
