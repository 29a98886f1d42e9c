"""Markdown rendering: structure of the sample day, escaping of untrusted text."""

from __future__ import annotations

from dataclasses import replace

from daybook.model import Block, Day, Photo, Source
from daybook.publish.markdown import escape, link, render_markdown
from tests.golden import GOLDEN, assert_golden

PAYLOAD = "<script>alert(1)</script>"


def test_structure(day: Day) -> None:
    md = render_markdown(day)
    assert md.startswith("# 5724 – Russie… La journée du 8 Novembre de V.Poutine …\n")
    assert md.count("\n## ") == 6  # contents + five events
    assert "## 3. Visite du centre médical pour enfants Dima Rogachev" in md
    assert "**Question 1.** *Depuis plus de 30 ans" in md
    assert "**Vladimir Poutine** (Président de la Russie)\u00a0: Chers collègues," in md
    assert "- **Anton Siluanov**, ministre des Finances" in md
    assert "2\\. Zhang Youxia, vice-président" in md
    assert "*Photo\u00a0: Sergueï Bobylev, TASS*" in md
    assert "> **Ajout éditorial** — *hors compte rendu officiel*" in md
    url = "http://en.kremlin.ru/events/president/news/72682"
    assert f"Source\u00a0: <{url}> (en.kremlin.ru, CC BY 4.0)" in md
    assert "1. l’approfondissement de la coopération économique," in md
    assert "*À suivre.*" in md and "&lt;…&gt;" in md


def test_editorial_is_quoted_apart(day: Day) -> None:
    md = render_markdown(day)
    kazinform = next(line for line in md.splitlines() if "Kazinform" in line)
    assert kazinform.startswith("> ")
    assert "> - Turkménistan (membre à part entière" in md


def test_escaping(day: Day) -> None:
    ev = day.events[0]
    evil = replace(
        ev,
        title=f"Titre {PAYLOAD}",
        blocks=(Block("paragraph", f"*gras* {PAYLOAD} [lien](javascript:x)"),),
        photos=(Photo(1, PAYLOAD, PAYLOAD),),
        sources=(Source("javascript:alert(1)"),),
    )
    md = render_markdown(replace(day, events=(evil,)))
    assert "<script>" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "\\*gras\\*" in md and "\\[lien\\]" in md
    assert "<javascript:" not in md


def test_link_only_http() -> None:
    assert link("https://example.org/a b") == "<https://example.org/a%20b>"
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert escape("# titre") == "\\# titre" and escape("1. un") == "1\\. un"


def test_golden_markdown(day: Day) -> None:
    assert_golden(render_markdown(day), GOLDEN / "digest-fr" / "2023-11-08.md")
