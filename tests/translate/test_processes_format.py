"""Apertium's text format made in the process (``processes.deformat``, ``reformat``) is
byte for byte what ``apertium-destxt`` and ``apertium-retxt`` make, and a text it is not
sure of goes to the programs. Texts made up for the test: every character class around
blanks, line breaks and sentence ends, and random texts of those pieces."""

from __future__ import annotations

import subprocess

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.translate.processes import deformat, reformat

# Letters, digits, Apertium's specials, marks, quotes, dashes, Cyrillic, spaces.
CHARS = ([chr(i) for i in range(32, 127) if chr(i) != "~"]
         + list("éÖàç’‘“”«»…–—·№€\u00a0\u2009\u200b") + list("АБВгдеЖЗ"))
PIECES = ["a", "Zq0x", ".", " ", "  ", "\n", "\n\n", "\n\n\n", "*", "#", "@", "\\", "[",
          "]", "^", "$", "{", "}", "/", "<", ">", "’", "…", "..", "é", "Ж", "-", "'"]


def program(name: str, data: bytes) -> bytes:
    return subprocess.run([name], input=data, capture_output=True, check=True).stdout


def same_as_programs(text: str) -> None:
    data = text.encode("utf-8")
    stream = program("apertium-destxt", data)
    assert deformat(data, 30, "cat") == stream
    assert reformat(stream, 30, "cat") == program("apertium-retxt", stream)


def test_every_character_next_to_blanks_and_ends(apertium_ok: bool) -> None:
    for c in CHARS:
        same_as_programs(f"a{c}b {c}\n\nx{c}  {c}{c}.\n\n{c}\n")


def test_the_engine_s_batches(apertium_ok: bool) -> None:
    same_as_programs("\n\n".join(["Zq0x.", "He met the President.", "", "Two  spaces",
                                  "Marks: *word, #lemma, @tag"]) + "\n")


def test_a_paragraph_ends_at_two_breaks_in_a_row(apertium_ok: bool) -> None:
    # "\n \n" is a blank to apertium-destxt, "\n\n" (spaces around or not) a paragraph end
    for text in ("\n \na\n", "a\n \nb\n", "a\n  \n \nb\n", "a \n\n b\n", "a\n \n\nb\n"):
        same_as_programs(text)


def test_what_it_is_not_sure_of_goes_to_the_programs(apertium_ok: bool) -> None:
    # "~" is a blank to apertium-destxt; a tab, a text without its last line break.
    for text in ("a~b\n", "a\tb\n", "no break at the end", "a\x01b\n"):
        same_as_programs(text)
    for stream in (b"x\\.[]y", b"a]b", b"a[b", b"a[<b>]c"):
        assert reformat(stream, 30, "cat") == program("apertium-retxt", stream)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_random_texts(apertium_ok: bool, pieces: list[str]) -> None:
    same_as_programs("".join(pieces) + "\n")
