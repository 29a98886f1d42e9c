"""Write a ``Day`` as a daily digest, the text format ``parsers.digest`` reads.

The writer mirrors the reader's state (who is speaking, whether a question is open) so that
``parse_digest(render_digest(day))`` gives the day back: a speaker's label is written only
where the reader would not carry the speaker over, inline editorial inserts are set apart by
blank lines, and the trailing editorial blocks go after an "Ajouté par ..." marker with
their URL. See docs/digest-format.md for what cannot round-trip.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from daybook.model import Block, Day, Event, Participant, Photo, split_ordinal
from daybook.parsers import digest_vocab as V
from daybook.parsers.digest_people import plural_role, read_turn
from daybook.publish import locale as L

_VOWELS = tuple("aeiouyhàâéèêëîïôöûüAEIOUYHÀÂÉÈÊËÎÏÔÖÛÜ")


def render_digest(day: Day, lang: str | None = None) -> str:
    """The day as digest text: title, table of contents, one section per event."""
    lang = L.day_language(day, lang)
    out: list[str] = [_title(day, lang), *_notice(day, lang), "", ""]
    out += [L.heading_line(e, lang) for e in day.events]
    for event in day.events:
        out += ["", ""]
        out += list(_section(event, lang))
    return "\n".join(out).rstrip("\n") + "\n"


def _title(day: Day, lang: str) -> str:
    if day.title:
        return day.title
    who = day.principal.name if day.principal else V.site_principal(day.date, lang)
    return f"{L.format_date(day.date, lang)} – {who}"


def _notice(day: Day, lang: str) -> list[str]:
    """The machine-translation notice, once, under the title (when anything is translated)."""
    notice = L.translation_notice(day, lang)
    return ["", notice] if notice else []


def _questions(event: Event) -> int | None:
    n = sum(1 for b in event.blocks if b.type == "question")
    return n if event.kind == "interview" and n else None


def _section(event: Event, lang: str) -> Iterator[str]:
    yield L.heading_line(event, lang, questions=_questions(event))
    if event.lead:
        yield event.lead
    yield L.event_date_line(event, lang)
    yield from (_photo(p, lang) for p in event.photos)
    yield ""
    if event.participants:
        yield from _participants(event.participants, lang)
    body, trailing = _split_trailing(event.blocks)
    yield from _body(body, lang)
    if event.status.continued:
        yield V.CONTINUED_TEXT[lang]
    yield ""
    names = V.TAG_LABEL_TEXT[lang]
    for key, values in (("geography", event.tags.geography), ("topics", event.tags.topics),
                        ("persons", event.tags.persons)):
        if values:
            yield f"{names[key]}{V.LABEL_SEPARATOR[lang]}{', '.join(values)}"
    for source in event.sources:
        yield ""
        yield source.url
    yield from _trailing(trailing, lang)


def _photo(photo: Photo, lang: str) -> str:
    line = f"{photo.number} {photo.caption}"
    if photo.credit:
        line += " " + V.PHOTO_CREDIT_TEXT[lang].format(credit=photo.credit)
    return line


def _article(role: str | None, name: str, group: bool) -> str:
    """French article before a list item: "du", "de la", "de l’", "des", "de"."""
    head = role or name
    if group:
        return "des "
    if head.startswith(_VOWELS):
        return "de l’" if role else "d’"
    if role is None:
        return "de "
    return "de la " if head.split()[0].casefold() in V.FEMININE_ROLE_HEADS else "du "


def _join_names(names: Sequence[str], lang: str) -> str:
    if len(names) == 1:
        return names[0]
    conj = {"fr": "et", "en": "and", "ru": "и"}[lang]
    return f"{', '.join(names[:-1])} {conj} {names[-1]}"


def _participants(participants: Sequence[Participant], lang: str) -> Iterator[str]:
    groups: list[tuple[str | None, list[str]]] = []
    for p in participants:
        if groups and p.role is not None and groups[-1][0] == p.role:
            groups[-1][1].append(p.name)
        else:
            groups.append((p.role, [p.name]))
    yield V.PARTICIPANT_OPENER_TEXT[lang]
    for k, (role, names) in enumerate(groups):
        end = "." if k == len(groups) - 1 else ","
        who = _join_names(names, lang)
        # Each person's role is singular; the group's is written in the plural.
        written = plural_role(role, lang) if role and len(names) > 1 else role
        item = f"{written} {who}" if written else who
        if lang == "fr":
            item = _article(role, names[0], len(names) > 1) + item
        yield item + end


def _label(block: Block, lang: str) -> str:
    """The label the reader splits back into this block's speaker and role."""
    sep = V.LABEL_SEPARATOR[lang]
    if block.speaker is None:
        return f"{block.role}{sep}" if block.role else ""
    if block.role is None:
        return f"{block.speaker}{sep}"
    for candidate in (f"{block.role} {block.speaker}", f"{block.speaker}, {block.role}"):
        turn = read_turn(f"{candidate}{sep}x")
        if turn and turn.label.name == block.speaker and turn.label.role == block.role:
            return f"{candidate}{sep}"
    return f"{block.speaker}, {block.role}{sep}"


def _body(blocks: Sequence[Block], lang: str) -> Iterator[str]:
    context: tuple[str, str | None, str | None] | None = None
    for block in blocks:
        if block.provenance == "editorial":
            yield from ("", block.text, "")
            continue
        if block.type == "separator":
            context = None
            yield V.SEPARATOR_TEXT
        elif block.type == "elision":
            yield V.ELISION_TEXT
        elif block.type == "question":
            yield ""
            if block.number is not None:
                yield str(block.number)
            yield f"{V.QUESTION_LABEL_TEXT[lang]}{V.LABEL_SEPARATOR[lang]}{block.text}"
            context = ("question", None, None)
        elif block.type in ("turn", "answer"):
            current = (block.type, block.speaker, block.role)
            carried = context == current or (
                block.type == "answer" and context == ("question", None, None)
                and block.speaker is None and block.role is None
            )
            yield block.text if carried else _label(block, lang) + block.text
            context = current
        elif block.type == "list":
            yield list_line(block)
        else:
            yield block.text


def list_line(block: Block) -> str:
    """An ordered item keeps its written ordinal; any other item gets a bullet."""
    if split_ordinal(block.text)[0] is not None:
        return "  " + block.text
    return V.BULLET_TEXT + block.text


def _split_trailing(blocks: Sequence[Block]) -> tuple[Sequence[Block], Sequence[Block]]:
    """The blocks before the trailing editorial insert, and the insert."""
    k = len(blocks)
    while k and blocks[k - 1].provenance == "editorial":
        k -= 1
    return blocks[:k], blocks[k:]


def _trailing(blocks: Sequence[Block], lang: str) -> Iterator[str]:
    runs: list[list[Block]] = []
    for block in blocks:
        if runs and runs[-1][0].source_url == block.source_url:
            runs[-1].append(block)
        else:
            runs.append([block])
    for run in runs:
        yield from ("", V.EDITORIAL_MARKER_TEXT[lang], "")
        for block in run:
            if block.type == "list":
                yield list_line(block)
            else:
                yield block.text
            yield ""
        if run[0].source_url:
            yield run[0].source_url
