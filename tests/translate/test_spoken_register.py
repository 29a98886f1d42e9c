"""The written register (``spoken_register.py``): the engine's familiar "ça" said "cela";
French the pivot wrote for sentences of the tuning pages."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.spoken_register import written


@pytest.mark.parametrize(("french", "want"), [
    ("Nous avons parlé de ça à maintes reprises.", "Nous avons parlé de cela à maintes reprises."),
    ("Mais ça ne signifie pas que nous ne devrions pas réfléchir.",
     "Mais cela ne signifie pas que nous ne devrions pas réfléchir."),
    ("Ça ne se passera pas sans vous.", "Cela ne se passera pas sans vous."),
    ("Le gouvernement devra travailler sur tout ça.",
     "Le gouvernement devra travailler sur tout cela."),
    # not "çà" (here), nor a word that holds the letters
    ("Il y en a çà et là.", "Il y en a çà et là."),
    ("Le projet avança vite.", "Le projet avança vite."),
    ("Un texte sans pronom.", "Un texte sans pronom."),
])
def test_written(french: str, want: str) -> None:
    assert written([french]) == [want]


def test_after_every_rule(engine: ApertiumEngine) -> None:
    """``protect`` says "cela" after the rules: they read "cela" as a verb ("celer") too,
    and "Nous faisons ça non seulement" stays, with "cela"."""
    got = [t.text for t in translate_texts(
        ["We are doing this not only in Russia.", "But this does not mean that we should stop."],
        engine, "en", "fr")]
    assert got == ["Nous faisons cela non seulement en Russie.",
                   "Mais cela ne signifie pas que nous devrions arrêter."]
