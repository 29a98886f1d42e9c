"""One row of a kremlin.ru CSV export → one Russian ``Event``.

The exports (``kremlin_articles_ru*.csv``) hold per row: title, date (ISO), raw_date
("7 мая 2025 года"), place, summary (the lead), url, and in the wider variants the
flattened page text in ``article_full_text_1..10`` and participants in ``Name_1..64``
("ЛАВРОВ Сергей Викторович – Министр иностранных дел Российской Федерации"). Columns a
variant lacks are simply absent. Pure: a mapping in, a ``Parsed`` out; a row that cannot
make an event yields a diagnostic instead.

Participants keep the name as the list writes it, word order included (surname first),
with the capitals of the surname set to natural case: "Лавров Сергей Викторович". The order
is not turned around because foreign names in these lists have no fixed shape ("Клодиа
ЛЭМБУМБА САССУ-НГЕССО"); the people registry matches names in any order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from daybook.enrich.zones import zoneinfo
from daybook.errors import Diagnostic
from daybook.model import Event, Participant, Source, Status, Tags
from daybook.parsers import Parsed
from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.kinds import event_kind
from daybook.parsers.kremlin import parse_clock, parse_date_text, place_clock
from daybook.parsers.kremlin_text import norm, parse_flat_text, persons_tags

TEXT_COLUMNS: tuple[str, ...] = tuple(f"article_full_text_{i}" for i in range(1, 11))
NAME_COLUMN = re.compile(r"^Name_(\d{1,3})$")
PUBLISHER = "kremlin.ru"
# The event number in a kremlin.ru url: .../events/president/news/76867 (the English page
# of the same event has the same number, so both languages share the id).
_ID_IN_URL = re.compile(r"/(?:news|transcripts|trips|letters|copy)/(\d+)(?:[/?#.]|$)|/(\d{3,})/?$")
# "ЛАВРОВ Сергей Викторович – Министр ...": the role follows the first spaced dash.
_ROLE_DASH = re.compile(r"\s+[–—-]\s+")
_UPPER_WORD = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Z-]+$")


def event_number(url: str) -> str | None:
    m = _ID_IN_URL.search(url.strip())
    if not m:
        return None
    return m.group(1) or m.group(2)


def natural_case(name: str) -> str:
    """Capitals-only words to natural case: "САССУ-НГЕССО" → "Сассу-Нгессо"."""
    words = []
    for w in name.split():
        if _UPPER_WORD.match(w):
            w = "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        words.append(w)
    return " ".join(words)


def participant_from_entry(entry: str) -> Participant | None:
    """ "ЛАВРОВ Сергей Викторович – Министр ..." → Participant("Лавров Сергей Викторович", ...)."""
    text = norm(entry)
    if not text:
        return None
    parts = _ROLE_DASH.split(text, maxsplit=1)
    name = natural_case(parts[0].strip(" ,;:"))
    role = parts[1].strip(" ,;") if len(parts) > 1 else None
    if not name:
        return None
    return Participant(name=name, role=role or None)


def participants_from_row(row: Mapping[str, str | None]) -> tuple[Participant, ...]:
    """Participants from ``Name_N`` columns in N order (the header lists them as text sorts)."""
    numbered: list[tuple[int, str]] = []
    for key, value in row.items():
        m = NAME_COLUMN.match(key or "")
        if m and value and value.strip():
            numbered.append((int(m.group(1)), value))
    out: list[Participant] = []
    seen: set[str] = set()
    cells = [split_entries(value) for _, value in sorted(numbered)]
    # A run-together cell repeats the single ones and drags page text after its last entry:
    # use it only when the row has nothing cleaner.
    single = [c for c in cells if len(c) == 1]
    for entries in single or cells:
        for entry in entries:
            p = participant_from_entry(entry)
            if p is not None and p.name not in seen:
                seen.add(p.name)
                out.append(p)
    return tuple(out)


# An entry starts with a surname in capitals and a given name: "ГРЕФ Герман Оскарович –".
_ENTRY_START = re.compile(
    r"(?<=\S)\s+(?=[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?\s+[А-ЯЁ][а-яё]+[^–—]{0,60}\s[–—]\s)"
)


def split_entries(cell: str) -> list[str]:
    """One cell may hold every entry run together (an export artifact): split them."""
    return [e for e in _ENTRY_START.split(cell) if e.strip()]


def row_text(row: Mapping[str, str | None]) -> str:
    """The flattened page text: the chunks joined as they were cut (mid-word, no separator)."""
    return "".join(row.get(c) or "" for c in TEXT_COLUMNS)


# What the shorter exports write in an empty cell: not a place, not a date.
_PLACEHOLDERS = frozenset({"no location", "no date"})


def _cell(row: Mapping[str, str | None], key: str) -> str:
    value = norm(row.get(key) or "")
    return "" if value.casefold() in _PLACEHOLDERS else value


def _moscow(date: dt.date, clock: dt.time | None) -> dt.datetime:
    return dt.datetime.combine(date, clock or dt.time(0, 0), tzinfo=zoneinfo(sel.SITE_ZONE))


def parse_row(row: Mapping[str, str | None], *, number: int, origin: str = "<csv>") -> Parsed:
    """The event of CSV data row ``number`` (1 = the first row after the header)."""
    where = f"row {number}"
    diags: list[Diagnostic] = []

    def fail(code: str, message: str) -> Parsed:
        return Parsed(diagnostics=(Diagnostic(code, message, f"{origin}: {where}", "error"),))

    title = _cell(row, "title")
    url = _cell(row, "url")
    if not title:
        return fail("K402", "no title")
    ident = event_number(url) if url else None
    if ident is None:
        return fail("K403", f"no kremlin.ru event number in url {url!r}")
    place = _cell(row, "place") or None
    lead = _cell(row, "summary") or None
    text = row_text(row)
    participants = participants_from_row(row)
    flat = (
        parse_flat_text(
            text,
            title=title,
            lead=lead,
            place=place,
            known_names=[p.name for p in participants],
            where=where,
        )
        if text.strip()
        else None
    )
    frame = flat.frame if flat else None
    sections = frame.sections if frame else ()
    published_text = frame.published_text if frame else None
    published_date = parse_date_text(published_text) if published_text else None
    published = None
    if published_text and published_date:
        published = _moscow(published_date, parse_clock(published_text.split(",")[-1]))
    announced = parse_date_text(frame.announced_text) if frame and frame.announced_text else None
    date = None
    for candidate in (_cell(row, "date"), _cell(row, "raw_date"), frame and frame.date_text):
        if candidate:
            date = parse_date_text(candidate)
            if date:
                break
    if announced is not None:
        # As the HTML reader does: an announcement belongs to the day it was published.
        date = published_date or date or announced
    if date is None:
        return fail("K404", "no date in the date, raw_date or page text")
    clock = frame.clock if frame and announced is None else None
    if clock is None and announced is None:
        clock = parse_clock(_cell(row, "raw_date")) if ":" in _cell(row, "raw_date") else None
    zone, start = place_clock(place, date, clock, where, diags)
    # The text reader took the kind from the title and the page's sections, as the HTML
    # reader does; a row without text has only its title.
    kind = flat.kind if flat else event_kind(title)
    if flat is not None:
        diags.extend(flat.diagnostics)
    event = Event(
        id=f"kremlin:{ident}",
        title=title,
        kind=kind,
        date=date,
        language="ru",
        start=start,
        timezone=zone,
        time_basis="published" if start else None,
        place=place,
        lead=lead,
        sources=(Source(url, PUBLISHER, sel.LICENSE),),
        participants=participants,
        blocks=tuple(flat.blocks) if flat else (),
        # Only the Persons box can be cut into tags in flattened text (after each
        # patronymic); places and topics of several words run together there.
        tags=Tags(persons=persons_tags(flat.frame)) if flat else Tags(),
        status=Status(continued=flat.continued, elided=flat.elided) if flat else Status(),
        published=published,
        announced_date=announced,
        sections=sections,
    )
    return Parsed(events=(event,), diagnostics=tuple(diags))
