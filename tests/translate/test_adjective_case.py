"""An adjective after its noun in lower case where the engine kept the English name's
capital (``adjective_case.py``); a place's name and a proper noun keep theirs."""

from __future__ import annotations

import pytest

from daybook.translate.adjective_case import adjective_case


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the words' classes with Apertium's French analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the International Convention for the Suppression of Acts of Nuclear Terrorism",
     "la convention internationale pour la suppression d'actes de terrorisme Nucléaire",
     "la convention internationale pour la suppression d'actes de terrorisme nucléaire"),
    ("the Federal Guard Service, the Ministry for Civil Defence",
     "le service de garde Fédéral, le ministère pour défense Civile",
     "le service de garde fédéral, le ministère pour défense civile"),
    ("talks with the German Federal Chancellor", "des pourparlers avec le chancelier Fédéral",
     "des pourparlers avec le chancelier fédéral"),
])
def test_lower_case(source: str, french: str, want: str) -> None:
    assert adjective_case(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # the specific element of a place's name keeps its capital
    ("ships in the Persian Gulf and the Black Sea", "des navires dans le golfe Persique et la "
     "mer Noire"),
    # after an article (which the analyser also reads as a noun: the note "la"), a name's
    # adjective before its noun; a word of a name of several words
    ("in the Great Patriotic War and the First World War, Catherine the Great",
     "dans la Grande Guerre patriotique et la Première Guerre mondiale, Catherine la Grande"),
    ("the Nord Stream 2 project and Switzerland", "le projet Nord Stream 2 et la Suisse"),
    # no name in capitals in the English: left as the engine wrote it
    ("a nuclear test", "un essai Nucléaire"),
    # a word that is also a noun or a name ("Orient") is not an adjective only
    ("the Russian Far East Development Ministry", "le ministère du développement Orient"),
])
def test_kept(source: str, french: str) -> None:
    assert adjective_case(source, french) == french
