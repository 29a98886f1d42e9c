"""The counting of eval/translate/other_years_body.py on a tiny hand-made excerpt."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from daybook.model import Block, Event

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "eval" / "translate"))
    try:
        import other_years_body
    finally:
        sys.path.pop(0)
    return other_years_body


def _event(blocks: list[Block]) -> Event:
    return Event(id="x", title="Meeting", kind="meeting", date=dt.date(2020, 1, 1),
                 language="en", blocks=tuple(blocks))


def test_counts_words_names_and_labels() -> None:
    m = _script()
    source = _event([
        Block("turn", "Good afternoon, Mr Kotyukov. The programme host is here.",
              speaker="Vladimir Putin", role="President of Russia"),
        Block("turn", "Thank you, Mr President.", speaker="Mikhail Kotyukov",
              role="Direct Line programme host"),
        Block("turn", "Putin said so.", speaker="Mikhail Kotyukov",
              role="Direct Line programme host"),
    ])
    french = _event([
        Block("turn", "Bonjour, M. Kotyukov. Le présentateur est with nous.",
              speaker="Vladimir Poutine"),
        Block("turn", "Merci, monsieur le Président.", speaker="Mikhaïl Kotioukov",
              role="Ligne directe programme host"),
        Block("turn", "Putin l'a dit.", speaker="Mikhail Kotyukov",
              role="Animateur de Ligne directe"),
    ])
    t = m.score(source, french, ["Vladimir Putin", "Mikhail Kotyukov"], m.Leftovers())
    # 7 + 4 + 2 words of two letters or more ("M", "l", "a" are not); "with" is English.
    assert (t.words, t.english, t.pivot) == (13, 1, 0)
    # Text: Kotyukov (left), Putin (left); the given name Mikhail is not in the text.
    assert (t.names_text, t.names_text_left) == (2, 2)
    # Three labels: Poutine's; Kotioukov's with "host" left; Kotyukov's in English form.
    # Names: Putin in the first, Mikhail and Kotyukov in the others; the third keeps both.
    assert t.labels == 3
    assert t.labels_not_french == 2
    assert (t.names_label, t.names_label_left) == (5, 2)


def test_halves_alternate_sorted_names() -> None:
    m = _script()
    tune, report = m.halves([Path(f"{c}.txt") for c in "dcbae"])
    assert [p.stem for p in tune] == ["a", "c", "e"]
    assert [p.stem for p in report] == ["b", "d"]
