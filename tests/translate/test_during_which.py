"""*during which* agreed with its event (``during_which.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.during_which import during_which
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    # The event past its complements and a name.
    ("Putin held a working meeting with Igor Babushkin, during which he announced it.",
     "Poutine a eu une réunion de travail avec Igor Babouchkine, pendant lequel il l'a annoncé.",
     "Poutine a eu une réunion de travail avec Igor Babouchkine, pendant laquelle il l'a "
     "annoncé."),
    # *which* read as a determiner: "au cours de" + the agreed relative.
    ("It was the recent meeting of the Council for Strategic Development, during which"
     " special attention was paid to the regions.",
     "C'était la réunion récente du Conseil du développement stratégique, en durant quelle "
     "attention spéciale a été accordée aux régions.",
     "C'était la réunion récente du Conseil du développement stratégique, au cours de "
     "laquelle attention spéciale a été accordée aux régions."),
    ("We held two rounds of talks, during which we discussed trade.",
     "Nous avons eu deux rondes de discussions, pendant lequel nous avons parlé du commerce.",
     "Nous avons eu deux rondes de discussions, pendant lesquelles nous avons parlé du "
     "commerce."),
])
def test_during_which_agrees(source: str, french: str, want: str) -> None:
    assert during_which(source, french) == want


def test_the_dropped_subject_is_given_back() -> None:
    assert during_which(
        "Putin held a meeting with Igor Babushkin, during which he announced his decision.",
        "Poutine a eu une réunion avec Igor Babouchkine, pendant lequel a annoncé sa décision.") \
        == "Poutine a eu une réunion avec Igor Babouchkine, pendant laquelle il a annoncé sa " \
        "décision."
    # *she*; a subject the French has stays as it is
    assert during_which("They held a meeting, during which she spoke.",
                        "Ils ont eu une réunion, pendant lequel a parlé.") == \
        "Ils ont eu une réunion, pendant laquelle elle a parlé."
    assert during_which("They held a meeting, during which he spoke.",
                        "Ils ont eu une réunion, pendant lequel il a parlé.") == \
        "Ils ont eu une réunion, pendant laquelle il a parlé."


@pytest.mark.parametrize(("source", "french"), [
    # Already agreed with the summit, past the date and the place.
    ("The summit that took place in Paris on December 9, during which they agreed.",
     "Le sommet qui a eu lieu à Paris le 9 décembre, pendant lequel ils ont convenu."),
    # No event noun before it: left.
    ("We have the plan, during which we work.", "Nous avons le plan, pendant lequel nous "
     "travaillons."),
    # No *during which* in the English ("pendant lequel" is the English's *for which*).
    ("The period for which we plan is long.",
     "La période pendant lequel nous planifions est longue."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert during_which(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Vladimir Putin held a working meeting with Igor Babushkin, during"
                           " which he announced his decision."], engine, "en", "fr")[0].text
    assert "une réunion de travail avec" in out and ", pendant laquelle il a annoncé" in out
