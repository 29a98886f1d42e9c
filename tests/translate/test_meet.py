"""*meet* in compound tenses and the passive (``meet.py``). The English sentences are made
up for these tests; the French is what the engine writes for such sentences, the expected
French written by hand; the last test goes through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.meet import meet, occasions
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We have not met since the spring.", "Nous n'avons pas connu depuis le printemps.",
     "Nous ne nous sommes pas rencontrés depuis le printemps."),
    ("They had met in Kazan before.", "Ils avaient rencontré à Kazan avant.",
     "Ils s'étaient rencontrés à Kazan avant."),
    ("We have often met.", "Nous avons souvent rencontré.",
     "Nous nous sommes souvent rencontrés."),
    ("I met with the mayor of the town.", "Je me suis trouvé avec le maire de la ville.",
     "J'ai rencontré le maire de la ville."),
    ("We have met with the farmers.", "Nous avons connu avec les fermiers.",
     "Nous avons rencontré les fermiers."),
    ("All the demands of the workers will be met.",
     "Toutes les demandes des ouvriers seront connues.",
     "Toutes les demandes des ouvriers seront satisfaites."),
    ("The export targets were met.", "Les buts d'exportation ont été rencontrés.",
     "Les buts d'exportation ont été atteints."),
])
def test_meet(source: str, french: str, want: str) -> None:
    assert meet(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # an object after *met*: no reciprocal
    ("We have met the new challenge.", "Nous avons rencontré le nouveau défi."),
    # no *met* in the English
    ("We have known this family for years.", "Nous avons connu cette famille des années."),
    # *met* of a person, not of a demand
    ("The guests were met at the airport.", "Les invités ont été rencontrés à l'aéroport."),
])
def test_left_alone(source: str, french: str) -> None:
    assert meet(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["They had met in Moscow before the summit.",
                           "The needs of the region will be met."], engine, "en", "fr")
    assert "Ils s'étaient rencontrés" in out[0].text, out[0].text
    assert "satisfait" in out[1].text, out[1].text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I often meet with farmers there.", "Souvent me trouve avec des fermiers là.",
     "Souvent je rencontre des fermiers là."),
    ("I came here to meet with you.", "Je suis venu ici pour se trouver avec vous.",
     "Je suis venu ici pour vous rencontrer."),
    ("They will meet with the mayor.", "Ils se trouveront avec le maire.",
     "Ils rencontreront le maire."),
    # the infinitive whose "se" the engine dropped
    ("We tried to meet with you in Singapore.",
     "Nous avons essayé de trouver avec vous à Singapour.",
     "Nous avons essayé de vous rencontrer à Singapour."),
    ("We hope to meet with the mayor.", "Nous espérons pour trouver avec le maire.",
     "Nous espérons pour rencontrer le maire."),
])
def test_meet_with_in_other_tenses(source: str, french: str, want: str) -> None:
    assert meet(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("By tradition, we get together before the New Year.",
     "Par tradition, nous recevons ensemble avant la nouvelle année.",
     "Par tradition, nous nous réunissons avant la nouvelle année."),
    ("This time we are meeting in such a beautiful setting.",
     "À cette heure sommes en train de connaître dans un paramètre aussi beau.",
     "Cette fois nous nous réunissons dans un cadre aussi beau."),
    ("Next time, we will discuss it in Minsk.", "Temps proche, nous en parlerons à Minsk.",
     "La prochaine fois, nous en parlerons à Minsk."),
    ("Each time we meet, we discuss trade.", "Chaque temps que nous nous rencontrons, nous",
     "Chaque fois que nous nous rencontrons, nous"),
])
def test_occasions(source: str, french: str, want: str) -> None:
    assert occasions(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *at this time*: the clock's hour
    ("At this time we are usually at work.", "À cette heure nous sommes d'habitude au travail."),
    # *settings* of a device, and *setting up*: no place
    ("We are setting up new settings.", "Nous établissons de nouveaux paramètres."),
    ("Setting the parameter is easy.", "Régler le paramètre est facile."),
    # *get* without *together*
    ("We get many letters together with parcels.",
     "Nous recevons beaucoup de lettres avec des colis."),
])
def test_occasions_guard(source: str, french: str) -> None:
    assert occasions(source, french) == french
