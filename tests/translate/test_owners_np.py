"""A country owning a noun takes its article after "de" (``owners_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.owners_np import country_owners, qualified, repeated

pytestmark = pytest.mark.usefixtures("apertium_ok")


def test_a_country_owner_takes_its_article() -> None:
    assert country_owners("Putin confirmed Russia's readiness.",
                          "Poutine a confirmé la disposition de Russie.") == (
        "Poutine a confirmé la disposition de la Russie.")
    assert country_owners("We discussed Iran's nuclear programme.",
                          "Nous avons parlé du programme nucléaire d'Iran.") == (
        "Nous avons parlé du programme nucléaire de l'Iran.")
    assert country_owners("India’s capabilities", "les capacités d’Inde") == (
        "les capacités de l’Inde")


def test_origin_set_names_and_other_sources_left_alone() -> None:
    for source, french in (
            # No possessive in the source: origin ("from Russia") keeps the bare name.
            ("Students from China study here.", "Des étudiants de Chine étudient ici."),
            # A set name's head, a name's word.
            ("Russia's Ambassador attended.", "L'ambassadeur de Russie a assisté."),
            ("Russia's Federation Council", "le Conseil de la Fédération de Russie"),
            ("China's leader", "le dirigeant de la République populaire de Chine"),
            # A country that is not feminine: "du" is postedit's; none without an article.
            ("Israel's position", "la position d'Israël")):
        assert country_owners(source, french) == french, french
    # Only as many as the source has possessives.
    assert country_owners("Russia's position and guests from Russia",
                          "la position de Russie et des invités de Russie") == (
        "la position de la Russie et des invités de Russie")


def test_de_said_again_before_each_country_of_a_list() -> None:
    assert repeated("le peuple de la Russie et la Géorgie qui") == (
        "le peuple de la Russie et de la Géorgie qui")
    assert repeated("l’engagement de la Russie, la France et l’Allemagne à") == (
        "l’engagement de la Russie, de la France et de l’Allemagne à")
    assert repeated("du Japon et la Chine") == "du Japon et de la Chine"
    assert repeated("de la Russie et le Kirghizistan") == "de la Russie et du Kirghizistan"
    assert repeated("à la Russie et la Chine") == "à la Russie et à la Chine"
    # One preposition for both ("entre", "avec"), or no country after "et": left.
    for kept in ("entre la Russie et la Chine", "avec la Russie et la Chine",
                 "le président de la Russie et la chancelière"):
        assert repeated(kept) == kept, kept
    # *both X and Y*: the pair is speech_pairs' ("tant X que Y").
    assert repeated("dans l'intérêt autant de la Russie et le Japon") == (
        "dans l'intérêt autant de la Russie et le Japon")


def test_a_country_with_its_own_adjective_takes_its_article() -> None:
    assert qualified("le prix de l’empire russe et de Russie moderne.") == (
        "le prix de l’empire russe et de la Russie moderne.")
    # A set name's head, a name's word, or no adjective after the country: left.
    for kept in ("l’équipe de France féminine", "la Fédération de Russie entière",
                 "venu de Russie hier"):
        assert qualified(kept) == kept, kept
