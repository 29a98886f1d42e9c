"""The digest source: what it claims, and reading a file end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from daybook.errors import MalformedInputError
from daybook.sources import digest
from daybook.sources.document import document_from_text, read_document
from tests.golden import FIXTURES

SAMPLE = FIXTURES / "digest-fr" / "2023-11-08.txt"


def test_detects_the_sample() -> None:
    assert digest.detect(read_document(SAMPLE))


def test_never_claims_html_or_plain_text() -> None:
    heading = "1°/Rencontre avec X – 8 novembre 2023 à 14h25 à Moscou"
    page = f"<!DOCTYPE html><html><body><p>{heading}</p></body></html>"
    assert not digest.detect(document_from_text(page))
    assert not digest.detect(document_from_text("Un texte.\n1°/Sans date\n"))
    assert digest.detect(document_from_text(f"Titre\n\n{heading}\n"))
    assert digest.detect(document_from_text("T\n\n1°/Meeting – 8 November 2023\n"))


def test_read_uses_the_path_as_origin(tmp_path: Path) -> None:
    path = tmp_path / "day.txt"
    path.write_bytes(SAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    parsed = digest.read(read_document(path))
    assert len(parsed.days[0].events) == 5
    assert all(d.where and d.where.startswith(str(path)) for d in parsed.diagnostics)


def test_cp1252_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1252"))
    doc = read_document(path)
    assert doc.encoding == "cp1252" and digest.detect(doc)
    assert digest.read(doc).days[0].events[2].place == "Moscou"


def test_recognised_but_unreadable_raises(tmp_path: Path) -> None:
    doc = document_from_text("Titre\n\n1°/Rencontre – 8 novembre 2023\n", path="empty.txt")
    assert digest.detect(doc)
    parsed = digest.read(doc)  # a TOC entry without section still makes an event
    assert [d.code for d in parsed.diagnostics] == []
    bad = document_from_text("Titre\n\n1°/Rencontre – 31 février 2023\n", path="bad.txt")
    assert digest.detect(bad)
    with pytest.raises(MalformedInputError, match=r"bad\.txt"):
        digest.read(bad)


def test_registry_picks_the_digest_reader() -> None:
    from daybook.sources.registry import read_parsed

    name, parsed = read_parsed(read_document(SAMPLE))
    assert name == "digest" and parsed.summary() == "1 day(s), 5 event(s)"
