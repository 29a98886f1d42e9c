"""Constructed headline-style titles (round 16b), not taken from any sample: a participle
headline ("NP presented in the Kremlin"), a past-tense headline of countries ("Russia and
China signed X"), an interview to an outlet whose name opens with "The", an international
airport. Expectations written by hand from general French usage, with guards."""

from __future__ import annotations

import pytest

from daybook.translate.title_case import english_run
from daybook.translate.titles import plan_title, resolve


def _fr(title: str) -> str | None:
    return plan_title(title).text


@pytest.mark.parametrize(("en", "fr"), [
    # A participle headline: the noun phrase without its article, the participle agreed
    # with its head (an award presented is "remis"), then the place or complement.
    ("State awards presented in the Kremlin", "Prix d’État remis au Kremlin"),
    ("State decorations presented in the Kremlin", "Décorations d’État remises au Kremlin"),
    ("State decorations presented at the Kremlin", "Décorations d’État remises au Kremlin"),
    ("Letters of credence presented in the Kremlin", "Lettres de créance remises au Kremlin"),
    ("Prizes presented to young scientists", "Prix remis aux jeunes scientifiques"),
])
def test_participle_headline(en: str, fr: str) -> None:
    assert _fr(en) == fr


@pytest.mark.parametrize(("en", "fr"), [
    # A past-tense headline of countries: passé composé, plural with two or more.
    ("Russia and China signed a joint statement",
     "La Russie et la Chine ont signé une déclaration conjointe"),
    ("Russia and India signed an agreement", "La Russie et l’Inde ont signé un accord"),
    ("Russia, Belarus and Kazakhstan signed a treaty",
     "La Russie, la Biélorussie et le Kazakhstan ont signé un traité"),
    ("Russia and Belarus adopted a joint statement",
     "La Russie et la Biélorussie ont adopté une déclaration conjointe"),
    ("Russia and Turkey signed a memorandum",
     "La Russie et la Turquie ont signé un mémorandum"),
    ("Russia signed the protocol", "La Russie a signé le protocole"),
])
def test_countries_past_headline(en: str, fr: str) -> None:
    assert _fr(en) == fr


@pytest.mark.parametrize(("en", "fr"), [
    # An outlet with its nationality and kind: its own name keeps its "The".
    ("Interview to the Indian newspaper The Hindu",
     "Entretien accordé au journal indien The Hindu"),
    ("Interview to the British newspaper The Times",
     "Entretien accordé au journal britannique The Times"),
    ("Interview with the British newspaper The Guardian",
     "Entretien accordé au journal britannique The Guardian"),
    ("Interview to the German magazine Der Spiegel",
     "Entretien accordé au magazine allemand Der Spiegel"),
    ("Interview to the Austrian television channel ORF",
     "Entretien accordé à la chaîne de télévision autrichienne ORF"),
    ("Interview to the Chinese news agency Xinhua",
     "Entretien accordé à l’agence de presse chinoise Xinhua"),
])
def test_interview_to_an_outlet(en: str, fr: str) -> None:
    assert _fr(en) == fr


@pytest.mark.parametrize(("en", "fr"), [
    # "International" is the airport's kind (the gazetteer's kinds, places_fr.json).
    ("Putin visited Vnukovo International Airport",
     "Poutine a visité l’aéroport international de Vnoukovo"),
    ("Visit to Pulkovo International Airport",
     "Visite de l’aéroport international de Poulkovo"),
    ("Visit to Domodedovo International Airport",
     "Visite de l’aéroport international de Domodedovo"),
    ("Visit to Sheremetyevo Airport", "Visite de l’aéroport de Cheremetievo"),
])
def test_international_airport(en: str, fr: str) -> None:
    assert _fr(en) == fr


def test_guards() -> None:
    # A person before the verb is a sentence, not a participle headline.
    assert _fr("Vladimir Putin arrived in Kazan") == "Vladimir Poutine est arrivé à Kazan"
    assert _fr("Vladimir Putin presented state awards in the Kremlin") == \
        "Vladimir Poutine a remis les prix d’État au Kremlin"
    # A town is no country: "Sochi hosted X" is not read as a sentence of states.
    assert plan_title("Sochi hosted the Olympic Games").method == "mt"
    # An English run is still one outside an outlet's name.
    assert english_run("Discours to Mark the Day")
    assert not english_run("le journal indien The Hindu")
    assert english_run("le journal de The Hindu")
    assert resolve("Indian newspaper The Hindu") == "le journal indien The Hindu"
