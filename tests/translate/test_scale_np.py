"""*large-scale* before a noun (``scale_np.py``): "à grande échelle" after the noun, through
the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.scale_np import at_scale


def test_at_scale_only_where_the_source_says_large_scale() -> None:
    assert at_scale("large-scale drills", "des manœuvres étendues ici") == (
        "des manœuvres à grande échelle ici")
    # A participle after its auxiliary is *extend*, and the source saying so leaves it.
    assert at_scale("a large-scale plan", "ils ont étendu un plan étendu") == (
        "ils ont étendu un plan à grande échelle")
    assert at_scale("extensive and large-scale talks", "des pourparlers étendus") == (
        "des pourparlers étendus")
    assert at_scale("wide talks", "des pourparlers étendus") == "des pourparlers étendus"
    # At most as often as the source says it.
    assert at_scale("a large-scale fair and a vast hall", "une foire étendue, un hall étendu"
                    ) == "une foire à grande échelle, un hall étendu"


@pytest.mark.usefixtures("apertium_ok")
def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The regions will host large-scale sports festivals.",
                           "We organised a large-scale rescue operation.",
                           "The navy held large-scale naval manoeuvres."],
                          engine, "en", "fr")
    assert "festivals sportifs à grande échelle" in out[0].text
    assert "opération de rachat à grande échelle" in out[1].text  # *rescue*: a sense left
    assert "à grande échelle" in out[2].text
    assert "escalade" not in " ".join(t.text for t in out)
