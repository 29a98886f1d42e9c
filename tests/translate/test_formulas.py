"""The site's daily formulas in the French a publisher writes, only where the source has them."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.formulas import site_formulas
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "engine_fr", "expected"), [
    ("The meeting was held on the sidelines of the BRICS summit.",
     "La rencontre a été célébré sur le par-des lignes du sommet des BRICS.",
     "La rencontre a été tenue en marge du sommet des BRICS."),
    ("On its sidelines, he met the governor.", "Sur le sien par-des lignes, il a connu le "
     "gouverneur.", "En marge, il a rencontré le gouverneur."),
    ("At the signing ceremony.", "À la cérémonie de fichage.", "À la cérémonie de signature."),
    ("Ready for signing.", "Prêts pour le fichage du traité.",
     "Prêts pour la signature du traité."),
    ("They attended the talks.", "Ils ont assisté les pourparlers.",
     "Ils ont assisté aux pourparlers."),
    ("Thank you for taking part in this work.", "Merci pour intervenir dans cette tâche.",
     "Merci pour participer à cette tâche."),
    ("Both sides confirmed it.", "Les deux angles l'ont confirmé.",
     "Les deux parties l'ont confirmé."),
    ("The G20 leaders shared views.", "Les patrons du G20 ont partagé.",
     "Les dirigeants du G20 ont partagé."),
    ("He attended the meeting.", "Il a assisté la rencontre.", "Il a assisté à la rencontre."),
    ("They attended the summit and the talks.", "Ils ont assisté le sommet et les discussions.",
     "Ils ont assisté au sommet et les discussions."),
    ("He will attend the Assembly.", "Il assistera l'Assemblée.", "Il assistera à l'Assemblée."),
    ("A short meeting with the President.", "Une basse se trouver avec le Président.",
     "Une brève rencontre avec le Président."),
    ("Vladimir Putin took part in a meeting.", "Vladimir Poutine a intervenu dans une "
     "rencontre.", "Vladimir Poutine a participé à une rencontre."),
    ("They will take part in the parade.", "Ils interviendront dans la parade.",
     "Ils participeront à la parade."),
    ("Teams came to take part in the playoff stage.", "Les équipes sont venues pour "
     "intervenir dans l'étape.", "Les équipes sont venues pour participer à l'étape."),
    ("Meeting with members of the Government.", "Se trouver avec des membres du "
     "gouvernement.", "Rencontre avec des membres du gouvernement."),
    ("Meeting of the State Council.", "Connaître du Conseil d’État.",
     "Rencontre du Conseil d’État."),
    ("Before the Security Council meeting.", "Devant la rencontre du Conseil de sécurité.",
     "Avant la rencontre du Conseil de sécurité."),
    ("The heads of state took part in a joint photo session.", "Les chefs d'état ont "
     "intervenu dans une séance de photo de la junte.", "Les chefs d'état ont participé à "
     "une séance photo."),
])
def test_a_formula_of_the_source_is_written_as_french_writes_it(
        source: str, engine_fr: str, expected: str) -> None:
    assert site_formulas(source, engine_fr) == expected


@pytest.mark.parametrize(("source", "engine_fr"), [
    ("The angles of the triangle are equal.", "Les angles du triangle sont égaux."),
    ("The employers' leaders and business bosses met.", "Les patrons des employeurs."),
    ("He knew the governor well.", "Il a connu le gouverneur bien."),
    ("They stood before the monument.", "Ils se sont tenus devant le monument."),
    ("The holiday, celebrated on May 9, was held in Moscow.", "La fête, célébrée le 9 mai."),
    ("He helped to assist the people.", "Il a aidé pour assister les personnes."),
])
def test_no_formula_no_change(source: str, engine_fr: str) -> None:
    assert site_formulas(source, engine_fr) == engine_fr



def test_apertium_output_gets_the_formulas(engine: ApertiumEngine) -> None:
    sidelines, attended, short = [t.text for t in translate_texts(
        ["The meeting was held on the sidelines of the BRICS summit in Brasilia.",
         "Vladimir Putin attended the meeting.",
         "A short meeting with President of Belarus Alexander Lukashenko."],
        engine, "en", "fr", [[], ["Vladimir Putin"], ["Alexander Lukashenko"]])]
    assert "en marge du sommet des BRICS" in sidelines and "célébr" not in sidelines
    assert "a assisté à la rencontre" in attended, attended
    assert short.startswith("Une brève rencontre avec"), short
