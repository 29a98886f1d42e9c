"""The pieces a text goes to the engine in (``sentences.py``)."""

from __future__ import annotations

from daybook.translate.limits import MAX_TEXT_CHARS
from daybook.translate.sentences import chunks, quoted_sentences, split_text


def test_split_text_covers_the_text() -> None:
    text = "First one. Second one? Yes!\nA new line.  Another."
    assert "".join(s + sep for s, sep in split_text(text)) == text


def test_no_sentence_ends_at_an_abbreviation() -> None:
    """ "Mr.", "Dr.", "St.", "No." before a figure end no sentence: the tagger read each half
    alone ("as No." / "11 against the ... team", the noun read as a verb); "No." as an answer
    does, and the pieces still make the text."""
    text = "He played as No. 11 against them. Mr. Xi and Dr. Smith visited St. Petersburg."
    assert [s for s, _ in split_text(text)] == [
        "He played as No. 11 against them.", "Mr. Xi and Dr. Smith visited St. Petersburg."]
    text = "The answer was No. We left.\nMr. Li came."
    assert [s for s, _ in split_text(text)] == ["The answer was No.", "We left.", "Mr. Li came."]
    assert "".join(s + sep for s, sep in split_text(text)) == text


def test_a_quoted_sentence_is_a_piece_of_its_own() -> None:
    # Short and capitalised, it was held as a title and stayed English.
    text = 'He said: "Farmers would like to speak." Then he left.'
    pieces = quoted_sentences(text, "\n")
    assert [p for p, _ in pieces] == ["He said:", "Farmers would like to speak.",
                                      "Then he left."]
    assert "".join(p + s for p, s in pieces) == text + "\n"


def test_a_quoted_title_or_phrase_stays_in_its_sentence() -> None:
    for text in ('It is called "Road to Space".', '"We agree," he said.',
                 "He called it “a mistake.”"):
        assert quoted_sentences(text) == [(text, "")]




def test_a_long_sentence_is_cut_at_spaces() -> None:
    short = "A list without stops"
    assert chunks(short) == [short]
    long = " ".join(f"word{i}" for i in range(2000))
    pieces = chunks(long)
    assert len(pieces) > 1 and " ".join(pieces) == long
    assert all(0 < len(p) <= MAX_TEXT_CHARS // 2 for p in pieces)


def test_a_stage_direction_ends_a_sentence() -> None:
    pieces = [s for s, _ in split_text("(Applause.) Yes, we did it. (Laughter) So it is.")]
    assert pieces == ["(Applause.)", "Yes, we did it.", "(Laughter)", "So it is."]
    # a parenthesis inside a sentence, or before a lower-case word, stays in it
    assert len(split_text("The FSB (Federal Security Service) works.")) == 1
    assert len(split_text("It grew (see above.) and fell.")) == 1
