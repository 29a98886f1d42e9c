"""The translation memory learns titles, leads and photo captions from an edited digest, end
to end on real pages of two days: the English pages of 18 and 19 June 2019 are ingested,
the 18th is translated with Apertium, a publisher edits that digest (title, lead, captions,
text) and it is ingested back; the 19th (the same meeting's next day) then takes its title,
captions and sentences from the memory, says so, and sends the engine only the rest."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from daybook.ingest import ingest_paths
from daybook.publish.formats import render_day
from daybook.store import Store
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache
from daybook.translate.day import day_in_language
from daybook.translate.memory import TranslationMemory
from daybook.translate.memory_report import day_report
from tests.conftest import FIXTURES
from tests.translate.test_memory import Recording

NEWS = FIXTURES / "memory" / "news"
DAY1, DAY2 = dt.date(2019, 6, 18), dt.date(2019, 6, 19)
TITLE_EN = "Meeting on preparations for Direct Line with Vladimir Putin"
TITLE = "Réunion consacrée à la préparation de la Ligne directe avec Vladimir Poutine"
LEAD = ("Vladimir Poutine a tenu une réunion consacrée à la préparation de la Ligne directe "
        "avec Vladimir Poutine, qui sera diffusée le 20 juin à midi, heure de Moscou.")
AT = "avant la réunion consacrée à la préparation de la Ligne directe avec Vladimir Poutine."
# The publisher's captions of the 18th, by number, and its four paragraphs.
CAPTIONS = {
    1: "Le chef de l’administration présidentielle Anton Vaïno (à droite) et son premier "
       f"adjoint Sergueï Kirienko {AT}",
    2: "Le chef adjoint de l’administration présidentielle, secrétaire de presse du Président "
       f"Dmitri Peskov, {AT}",
    3: f"Le secrétaire de presse adjoint du Président Iouri Sviridov {AT}",
    4: f"Le conseiller du Président Andreï Belooussov {AT}",
    5: "Le conseiller du Président, chef du service des discours présidentiels Dmitri "
       f"Kalimouline, {AT}",
    6: "Le directeur général de Pervy Kanal Konstantin Ernst (à gauche) et le directeur "
       "général de la Compagnie nationale de télévision et de radio (VGTRK) Oleg Dobrodeïev "
       f"{AT}",
    7: f"{TITLE}.",
    8: f"{TITLE}.",
}
PARAGRAPHS = [
    "L’émission sera retransmise en direct par Pervy Kanal, Rossiya 1, Rossiya 24, NTV, la "
    "Télévision publique de Russie (OTR) et Mir TV, ainsi que par les stations de radio "
    "Mayak, Vesti FM et Radio Rossii.",
    "Pendant l’émission, le chef de l’État répondra aux questions des citoyens sur la vie "
    "publique, politique et socio-économique du pays et sur les affaires internationales.",
    "Vous pouvez poser vos questions au chef de l’État par téléphone, par SMS ou MMS, ainsi "
    "que sur le site de l’émission ou dans une application mobile dédiée.",
    "Pour plus de détails, consultez le site de l’émission.",
]


def edit_as_a_publisher(digest: str) -> str:
    """The machine's digest of the 18th with event 2 retranslated by hand: its heading (in
    the table of contents and the section), its lead, its captions and its paragraphs."""
    lines = digest.split("\n")
    heading = re.compile(r"^2°/.+?( – 18 juin 2019.*)$")
    starts = [i for i, ln in enumerate(lines) if heading.match(ln)]
    assert len(starts) == 2  # the table of contents and the section
    for i in starts:
        lines[i] = heading.sub(lambda m: f"2°/{TITLE}{m.group(1)}", lines[i])
    section = starts[1]
    lines[section + 1] = LEAD
    caption = re.compile(r"^(\d) ")
    numbered = [i for i in range(section, len(lines)) if caption.match(lines[i])]
    assert [int(lines[i][0]) for i in numbered] == list(CAPTIONS)
    for i in numbered:
        lines[i] = f"{lines[i][0]} {CAPTIONS[int(lines[i][0])]}"
    at = numbered[-1] + 1
    while not lines[at].strip():
        at += 1
    for k, text in enumerate(PARAGRAPHS):
        assert lines[at + k].strip()
        lines[at + k] = text
    assert not lines[at + len(PARAGRAPHS)].strip()
    return "\n".join(lines)


def test_titles_captions_and_sentences_of_an_edited_digest_come_back_the_next_day(
        store: Store, tmp_path: Path, apertium_ok: bool) -> None:
    pages = [NEWS / f"{i}.html" for i in (60787, 60789, 60790)]
    assert not ingest_paths(store, pages).failed
    cache = TranslationCache()
    machine = render_day(day_in_language(store, DAY1, "fr", ApertiumEngine(), cache), "text")
    digest = tmp_path / "2019-06-18.txt"
    digest.write_text(edit_as_a_publisher(machine), "utf-8")
    report = ingest_paths(store, [digest])
    assert not report.failed and report.files[0].outcomes["tm_segments"] > 0

    learned = {(s.field, s.source): s.target for s in store.memory.all()
               if s.event_id == "kremlin:60789"}
    assert learned[("title", TITLE_EN)] == TITLE
    assert learned[("lead", next(s for f, s in learned if f == "lead"))] == LEAD
    assert learned[("caption", "Meeting on preparations for Direct Line with Vladimir Putin.")
                   ] == f"{TITLE}."
    assert learned[("body", "For more details, see the programme’s website.")] == PARAGRAPHS[3]
    assert sum(1 for f, _ in learned if f == "caption") >= 6
    by_field = dict(store.memory.size().by_field)
    assert by_field["title"] >= 1 and by_field["caption"] >= 6 and by_field["lead"] >= 1

    engine = Recording()
    tm = TranslationMemory(store.memory)
    (event,) = day_in_language(store, DAY2, "fr", engine, cache, memory=tm).events
    source = store.get_event("kremlin:60790", "en")
    assert source is not None and source.title == TITLE_EN
    assert event.title == TITLE
    notes = {(r.field, r.number): r.note for r in tm.recalled if r.event_id == event.id}
    assert notes[("title", None)] == "from translation memory (human, 2019-06-18, exact)"
    captions = {p.number: p.caption for p in event.photos}
    assert captions[3] == CAPTIONS[2] and captions[4] == CAPTIONS[1]
    assert captions[7] == captions[9] == f"{TITLE}."
    assert ("caption", 7) in notes and "exact" in notes[("caption", 7)]
    recalled = [b for b in event.blocks if "translation memory" in (b.origin or "")]
    assert [b.text for b in recalled][-4:] == PARAGRAPHS
    assert all(b.provenance == "translation" for b in recalled)
    # The engine saw what is new on the 19th, never what the publisher translated.
    assert any("over one million messages" in t for t in engine.seen)
    assert not any(TITLE_EN in t and "before" not in t for t in engine.seen)
    assert not any("programme’s website" in t for t in engine.seen)
    assert tm.counts["title.segments_exact"] == 1
    # Distinct captions: 3 and 4 (the 18th's 2 and 1), 7 (9, 10, 11 alike) exactly; 5
    # (8 alike), "At a meeting on ...", by a near match; 1, 2 and 6 by the engine.
    assert tm.counts["caption.segments_exact"] == 3
    assert tm.counts["caption.segments_fuzzy"] == 1
    assert tm.counts["body.segments_exact"] >= 4

    # `daybook tm stats` counts the same per field, without translating.
    report = day_report(store, DAY2, "fr")
    assert report.counts["title.segments_exact"] == 1
    assert report.part("caption") == {k: tm.counts[f"caption.{k}"] for k in report.part("caption")}
    assert [(r.field, r.number) for r in report.recalled] == [
        (r.field, r.number) for r in tm.recalled]
