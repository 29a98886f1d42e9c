"""A text's French does not hang on its place in an Apertium batch (apertium._run_lines):
the first transfer stage (t1x) reads a call's first sentence from its start state, every
later one after a sentence. Inputs made up for the test; a sentence whose first words the
engine reads one way or the other by its place."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine


def test_first_text_of_a_batch_as_any_other(engine: ApertiumEngine) -> None:
    text = "les reformes grans i modernització de Rússia"
    alone = engine.translate([text], "ca", "fr")[0]
    assert engine.translate(["el mot gran", text], "ca", "fr")[1] == alone
    assert engine.translate(["Hola.", text, "la casa"], "ca", "fr")[1] == alone


def test_english_title_alone_or_in_a_batch(engine: ApertiumEngine) -> None:
    text = "The great reforms and modernisation of Russia"
    alone = engine.translate([text], "en", "fr")[0]
    assert engine.translate(["the great word", text], "en", "fr")[1] == alone


def test_english_tagger_reads_a_line_alone_as_in_a_batch(apertium_ok: bool) -> None:
    """The pre-edits' tagger (``processes.tagged_units``: analyser, constraint grammar and
    tagger only) reads a line the same first in a fresh process, first in a call and after
    other lines: the place effect of ``_run_lines`` comes from ``cat-fra``'s structural
    transfer, which the tagger does not run. Openers the tagger could read two ways."""
    from daybook.translate.processes import close_pipelines, tagged_units

    lines = ["Talks continue in Geneva", "Plans change quickly.", "Record numbers attended.",
             "Support measures were adopted", "Building bridges matters."]

    def read(batch: list[str]) -> list[list[tuple[str, str, tuple[str, ...]]]]:
        got = tagged_units(batch)
        assert got is not None
        return [[(u.surface, u.lemma, u.tags) for u in units] for units in got]

    alone = []
    for line in lines:
        close_pipelines()
        alone.append(read([line])[0])
    for lead in (".", "the great word", "We discussed the"):
        assert read([x for line in lines for x in (lead, line)])[1::2] == alone
