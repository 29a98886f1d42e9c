"""*especially* in French (``especially.py``): "particulièrement" before an adjective (and
before the adjective "être" takes), "tout particulièrement" after a verb, "surtout" before
what it singles out; through ``sourced.source_rules`` too."""

from __future__ import annotations

import pytest

from daybook.translate.especially import especially
from daybook.translate.sourced import source_rules


@pytest.mark.usefixtures("apertium_ok")
def test_especially_by_what_it_grades() -> None:
    assert especially("I am especially satisfied that our contacts have increased.",
                      "Je suis satisfait spécialement que nos contacts ont augmenté.") == (
        "Je suis particulièrement satisfait que nos contacts ont augmenté.")
    assert especially("This gap is especially obvious against this background.",
                      "Ce vide est spécialement évident contre ce fond.") == (
        "Ce vide est particulièrement évident contre ce fond.")
    assert especially("and I especially congratulate those who work",
                      "et je félicite spécialement ceux qui travaillent") == (
        "et je félicite tout particulièrement ceux qui travaillent")
    assert especially("culture, especially among young people",
                      "culture, spécialement parmi des jeunes") == (
        "culture, surtout parmi des jeunes")
    assert especially("Especially because it is so.", "Spécialement parce que c’est ainsi.") == (
        "Surtout parce que c’est ainsi.")
    assert especially("but especially the envoy", "mais spécialement l’envoyé") == (
        "mais surtout l’envoyé")


@pytest.mark.usefixtures("apertium_ok")
def test_left_as_it_is() -> None:
    # *specially* is "spécialement"; counts that differ pair nothing.
    for en, fr in (("It was specially designed, especially for you.",
                    "Il a été spécialement conçu, spécialement pour vous."),
                   ("It was designed, especially for you.",
                    "Il a été spécialement conçu, spécialement pour vous."),
                   ("It was specially designed.", "Il a été spécialement conçu.")):
        assert especially(en, fr) == fr


@pytest.mark.usefixtures("apertium_ok")
def test_through_the_source_rules() -> None:
    assert "particulièrement satisfait que" in source_rules(
        "I am especially satisfied that you came.", "Je suis satisfait spécialement que vous "
        "êtes venu.")
