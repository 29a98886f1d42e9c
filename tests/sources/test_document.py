from __future__ import annotations

import pytest

from daybook.errors import BinaryInputError, EmptyInputError
from daybook.sources.document import decode


def test_utf8_with_and_without_bom() -> None:
    assert decode("Poutine à Moscou".encode()) == ("Poutine à Moscou", "utf-8")
    assert decode(b"\xef\xbb\xbfPoutine")[0] == "Poutine"


def test_utf8_page_with_a_few_stray_bytes_stays_utf8() -> None:
    data = ("Путин — Москва. " * 50).encode() + b"\xff" + b" end"
    text, encoding = decode(data)
    assert "Путин" in text and encoding.startswith("utf-8")


@pytest.mark.parametrize(
    ("text", "codec"),
    [("Réunion à Moscou, élargie.", "cp1252"), ("Встреча с Лавровым в Москве.", "cp1251")],
)
def test_single_byte_pages_are_read_whole(text: str, codec: str) -> None:
    data = ("<html><body><p>" + text + "</p></body></html>").encode(codec)
    assert decode(data) == ("<html><body><p>" + text + "</p></body></html>", codec)


def test_declared_charset_wins() -> None:
    data = '<meta charset="iso-8859-1"><p>café</p>'.encode("latin-1")
    assert decode(data) == ('<meta charset="iso-8859-1"><p>café</p>', "iso-8859-1")


def test_empty_and_binary_are_refused() -> None:
    with pytest.raises(EmptyInputError):
        decode(b"  \n ")
    with pytest.raises(BinaryInputError):
        decode(bytes(range(256)))
