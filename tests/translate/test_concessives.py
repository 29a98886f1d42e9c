"""*no matter what* + a clause: "quoi que" + the subjunctive (``concessives.py``)."""

from __future__ import annotations

import shutil

import pytest

from daybook.translate.concessives import concessives


@pytest.mark.skipif(shutil.which("lt-proc") is None, reason="Apertium is not installed")
@pytest.mark.parametrize(("source", "text", "want"), [
    ("No matter what anyone might say, 40 states want to join us.",
     "Aucun sujet ce que n’importe qui pourrait dire, 40 états veulent nous rejoindre.",
     "Quoi qu'on puisse dire, 40 états veulent nous rejoindre."),
    ("No matter what they say, we will continue our work.",
     "Aucun sujet ce qu’ils disent, nous continuerons notre travail.",
     "Quoi qu'ils disent, nous continuerons notre travail."),
    ("We should keep our work fail-proof no matter what.",
     "Nous devrions maintenir notre travail sûr aucun sujet ce que.",
     "Nous devrions maintenir notre travail sûr quoi qu'il arrive."),
    ("No matter what happens, we will support you.",
     "Aucun sujet ce qui se passe, nous vous appuierons.",
     "Quoi qu'il arrive, nous vous appuierons."),
    ("We will help you no matter what the cost is.",
     "Nous ne vous aiderons aucun sujet ce que le coût est.",
     "Nous vous aiderons quel que soit le coût."),
    ("We cannot stop no matter what.", "Nous ne pouvons pas arrêter aucun sujet ce que.",
     "Nous ne pouvons pas arrêter quoi qu'il arrive."),
    # Guards: no *no matter what* in the English; more French than English ones.
    ("There is no subject that we avoid.", "Aucun sujet ce que nous évitons.",
     "Aucun sujet ce que nous évitons."),
    ("No matter what they say, and no matter how hard it is.",
     "Aucun sujet ce qu’ils disent, aucun sujet ce que nous faisons, aucun sujet ce que.",
     "Aucun sujet ce qu’ils disent, aucun sujet ce que nous faisons, aucun sujet ce que."),
])
def test_concessives(source: str, text: str, want: str) -> None:
    assert concessives([source], [text]) == [want]
