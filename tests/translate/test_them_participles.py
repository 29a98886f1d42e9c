"""*them* before a compound tense (``them_participles.py``): the participle after "les" +
"avoir" agreed with it; an infinitive after it, or no *them* in the English, left."""

from __future__ import annotations

import pytest

from daybook.translate.them_participles import them_participles


@pytest.mark.usefixtures("apertium_ok")
def test_agreed_with_les() -> None:
    # no plural noun before "les": the masculine plural (people)
    assert them_participles("It was not Russia that isolated them, but the Kiev authorities.",
                            "Il n'a pas été la Russie qui les a isolé, mais les autorités.") == (
        "Il n'a pas été la Russie qui les a isolés, mais les autorités.")
    # every plural noun before is feminine: the feminine plural
    assert them_participles("We have received the proposals and have studied them carefully.",
                            "Nous avons reçu les propositions et les avons étudié "
                            "soigneusement.") == (
        "Nous avons reçu les propositions et les avons étudiées soigneusement.")
    assert them_participles("The results are good: we have achieved them together.",
                            "Les résultats sont bons : nous les avons atteint ensemble.") == (
        "Les résultats sont bons : nous les avons atteints ensemble.")


@pytest.mark.usefixtures("apertium_ok")
def test_left() -> None:
    for en, fr in (("He made them come.", "Il les a fait venir."),
                   ("We have seen them leave.", "Nous les avons vu partir."),
                   # "les" the article: the English has no *them*
                   ("We have taken all the decisions.", "Nous avons pris toutes les décisions."),
                   ("They have been able to do it.", "Ils les ont pu faire.")):
        assert them_participles(en, fr) == fr
