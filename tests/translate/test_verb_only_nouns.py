"""Nouns eng-cat's analyser has only as verbs, said with a noun it has (preedit_en.json)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.protect import translate_texts


def _fr(*texts: str) -> list[str]:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    return [t.text for t in translate_texts(list(texts), ApertiumEngine(), "en", "fr")]


def test_upgrade_and_acclaim_nouns() -> None:
    got = _fr("They need a radical upgrade of the ferry service.",
              "The plant wins the acclaim of foreign partners.")
    assert "une modernisation radicale du service" in got[0]
    assert "la reconnaissance des partenaires étrangers" in got[1]


def test_verbs_kept() -> None:
    # the verb *upgrade* with its object, after *to* or *and*
    got = _fr("We will develop and upgrade the Navy.", "They plan to upgrade in 2020.")
    assert all("modernisation" not in t for t in got), got
