"""The body of a kremlin.ru event page → blocks: prose, speaker turns, questions and answers.

A transcript paragraph opens with a bold label: ``<p><b>Vladimir Putin:</b> text``. The colon
may sit inside the bold, after it, in a separate ``<b>:</b>``, or after an italic note
("<i>(retranslated)</i>:"); the name may be a person link with a tooltip inside. Bare
paragraphs after a turn continue it. Generic labels ("Question", "Remark") are never
speakers; in an interview or a news conference they become numbered questions and the
principal's reply the matching answer.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import lxml.html

from daybook.errors import Diagnostic
from daybook.model import Block, BlockType
from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.kremlin_qa import Draft, number_questions
from daybook.parsers.label_sides import full_name_of_given, is_notice_label, is_outlet_label
from daybook.parsers.speakers import (
    canonical_name,
    clean_label,
    is_role_word,
    looks_like_name,
    split_label,
)

# How deep container divs are followed before their text is taken whole.
MAX_DEPTH = 12
# A label is a name and a role, not a sentence.
MAX_LABEL_WORDS = 24
MAX_LABEL_CHARS = 160

_NOTE_RUN = re.compile(r"\s*(?:\([^():]{0,60}\)?|[^():]{0,60}\))?\s*")
_ELISION = re.compile(r"<\s*(?:…|\.\.\.?)\s*>")
_INITIAL_GAP = re.compile(r"(?<=\b\w)\.\s+")
_UNIT_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "hr", "table", "pre", "dl"}
)
_CONTAINERS = frozenset({"div", "section", "article", "blockquote", "center", "font", "main",
                         "span", "header", "footer", "aside"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def norm(text: str | None) -> str:
    """Collapse whitespace (line wraps, no-break spaces) to single spaces."""
    if not text:
        return ""
    # str.split() splits on the same Unicode whitespace as \s (no-break space included),
    # several times faster than a regex on the ~100 strings of every page.
    return " ".join(text.replace("\u200b", "").split())


def is_furniture(el: Any) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag in sel.FURNITURE_TAGS:
        return True
    cls = el.get("class")
    return bool(cls) and not sel.FURNITURE_CLASSES.isdisjoint(cls.split())


def drop_furniture(el: Any) -> None:
    """Remove tooltips, hidden copies and media inside an element, keeping their tails."""
    doomed = [d for d in el.iter() if d is not el and is_furniture(d)]
    for d in doomed:
        if d.getparent() is not None:
            d.drop_tree()


@dataclass(slots=True)
class _Unit:
    el: Any | None
    path: str
    text: str | None = None  # loose text between elements


def iter_units(body: Any, prefix: str = "", depth: int = 0) -> Iterator[_Unit]:
    """Paragraph-level elements of the body in order, with their element paths.

    Furniture subtrees are skipped whole; container divs are entered (bounded depth);
    text lying loose between elements (older pages) comes as text units.
    """
    counts: Counter[str] = Counter()
    if norm(body.text):
        yield _Unit(None, f"{prefix}text()" if prefix else "text()", body.text)
    for child in body:
        tag = child.tag
        if isinstance(tag, str):
            counts[tag] += 1
            path = f"{prefix}{tag}[{counts[tag]}]"
            if not is_furniture(child):
                if tag in _CONTAINERS and depth < MAX_DEPTH and _has_units(child):
                    yield from iter_units(child, path + "/", depth + 1)
                elif tag in _UNIT_TAGS or tag in _CONTAINERS or norm(child.text_content()):
                    yield _Unit(child, path)
        if norm(child.tail):
            yield _Unit(None, f"{prefix}text()", child.tail)


def _has_units(el: Any) -> bool:
    return any(isinstance(c.tag, str) and (c.tag in _UNIT_TAGS or c.tag in _CONTAINERS) for c in el)


# --- Labels ---------------------------------------------------------------------------


def _is_person_link(el: Any) -> bool:
    return el.tag == "a" and "person_tag" in (el.get("class") or "").split()


def _pieces(
    el: Any, bold: bool = False, italic: bool = False, depth: int = 0, linked: bool = False
) -> Iterator[tuple[str, bool, bool, bool]]:
    """Text pieces of an element in order, each with whether it is bold, italic, and inside
    a person link (``a.person_tag``: the site's own naming of a speaker)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    b = bold or tag in ("b", "strong")
    i = italic or tag in ("i", "em")
    k = linked or (bool(tag) and _is_person_link(el))
    if tag == "br":
        yield ("\n", b, i, k)
    if depth > MAX_DEPTH:
        yield (el.text_content(), b, i, k)
        return
    if el.text and tag:
        yield (el.text, b, i, k)
    for child in el:
        if isinstance(child.tag, str):
            yield from _pieces(child, b, i, depth + 1, k)
        if child.tail:
            yield (child.tail, b, i, linked)


@dataclass(frozen=True, slots=True)
class Split:
    """A paragraph split into its speaker label (None: no label) and its text."""

    label: str | None
    text: str
    bold_only: bool = False
    linked: str | None = None  # the person link's text inside the label, if one


def split_paragraph(el: Any, known_speakers: Iterable[str] = (), plain: bool = True) -> Split:
    """Find the bold label a paragraph opens with, if any.

    Only bold text, whitespace and bracketed italic notes may come before the colon.
    ``<b>Vladimir Putin.</b>`` (a full stop for the colon) counts when the name already
    spoke on the page. Without a bold label, a label of older transcripts printed plain
    counts when it cannot be prose (see ``plain_label``), on a page that prints no label in
    bold (``plain``): elsewhere "Question: where is the money?" is a speaker's own words.
    """
    got = _bold_split(el, known_speakers)
    if plain and got.label is None and not got.bold_only and not _opens_italic(el) and (
            found := plain_label(got.text, frozenset(known_speakers))):
        return Split(found[0], found[1])
    return got


def _opens_italic(el: Any) -> bool:
    """The paragraph opens with italics ("<i>Putin: 20 Years</i>", a title): no label."""
    first = next((p for p in _pieces(el) if p[0].strip()), None)
    return first is not None and first[2]


# A label printed without bold: "VLADIMIR PUTIN: ...", "QUESTION: ...", "V.Putin: ...",
# "Вопрос: ...". Words in capitals (two or more, or a generic label), initials and a
# surname, a generic label, or a name that spoke on the page (the principal's always);
# another name in ordinary casing could be prose ("Moscow: ...").
_PLAIN_LABEL = re.compile(r"(?P<label>[^:.!?;«»\"“”]{1,80}?"
                          r"|(?:\w{1,2}\.\s?){1,2}[^\W\d_][\w-]+(?:\s?\([^():]{1,60}\))?)"
                          r"\s?:\s+(?P<rest>\S.*)", re.S)
_CAPS_WORD = re.compile(r"[^\W\d_a-zа-яё]{1,}(?:[.'’-][^\W\d_a-zа-яё]+)*\.?|\([^()]*\)")
_INITIALS_NAME = re.compile(r"(?:(?:Дж|ДЖ|[A-ZА-ЯЁ])\.\s?){1,2}[A-ZА-ЯЁ](?:[a-zа-яё]+|[A-ZА-ЯЁ]+)"
                            r"(?:-[A-ZА-ЯЁ](?:[a-zа-яё]+|[A-ZА-ЯЁ]+))?")


def plain_label(text: str, known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(label, rest) of a paragraph opening with a label printed plain, else None; ``known``
    are the names that spoke on the page."""
    m = _PLAIN_LABEL.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    words = label.split()
    if not words or len(words) > 8:
        return None
    parts = split_label(label)
    caps = all(_CAPS_WORD.fullmatch(w) for w in words) and any(
        c.isalpha() for c in label)
    caps = caps and len(words) >= 2 and bool(parts.name) and looks_like_name(parts.name or "")
    if (parts.generic or caps or _INITIALS_NAME.fullmatch(parts.name or "")
            or (parts.name in known and len(words) >= 2)):
        return label, m.group("rest").strip()
    return None


def _bold_split(el: Any, known_speakers: Iterable[str] = ()) -> Split:
    if next(el.iter("b", "strong", "br"), None) is None:
        # No bold and no line break (most paragraphs): no label, and the pieces joined
        # are the element's text.
        return Split(None, norm(el.text_content()))
    pieces = list(_pieces(el))
    label: list[str] = []
    rest_from: int | None = None
    rest_head = ""
    idx = 0
    while idx < len(pieces):
        text, bold, _, _ = pieces[idx]
        if bold:
            if ":" in text:
                pos = text.index(":")
                label.append(text[:pos])
                rest_head, rest_from = text[pos + 1 :], idx + 1
                break
            label.append(text)
            idx += 1
            continue
        if not label:
            if text.strip():
                break
            idx += 1
            continue
        # Plain or italic text after the bold name: only a bracketed note ("(retranslated)",
        # written in any mix of italics and plain brackets) may stand before the colon.
        end = idx
        while end < len(pieces) and not pieces[end][1]:
            end += 1
        run = "".join(p[0] for p in pieces[idx:end])
        head, colon, tail = run.partition(":")
        if not _NOTE_RUN.fullmatch(head):
            break
        label.append(head)
        if colon:
            rest_head, rest_from = tail, end
            break
        idx = end
    full = norm("".join(p[0] for p in pieces))
    if rest_from is None:
        raw = norm("".join(label))
        bold_only = bool(raw) and raw == full
        if raw.endswith(".") and raw[:-1] in set(known_speakers) and not bold_only:
            return Split(raw[:-1], norm(full[len(raw) :]))
        return Split(None, full, bold_only=bold_only)
    raw = norm("".join(label))
    if not _plausible_label(raw):
        return Split(None, full)
    rest = norm(rest_head + "".join(p[0] for p in pieces[rest_from:]))
    return Split(raw, rest, linked=_label_link(pieces[:rest_from], raw))


def _label_link(pieces: list[tuple[str, bool, bool, bool]], raw: str) -> str | None:
    """The text of the one person link inside a label (the last piece holds the colon)."""
    runs: list[str] = []
    prev = False
    for n, (text, _, _, linked) in enumerate(pieces):
        if n == len(pieces) - 1:
            text = text.partition(":")[0]
        if linked and text.strip():
            if prev:
                runs[-1] += text
            else:
                runs.append(text)
        prev = linked and (prev or bool(text.strip()))
    if len(runs) != 1:
        return None
    name = norm(runs[0])
    return name if name and name in raw else None


def _plausible_label(raw: str) -> bool:
    if not raw or len(raw) > MAX_LABEL_CHARS or len(raw.split()) > MAX_LABEL_WORDS:
        return False
    first = raw.lstrip("«\"'(")[:1]
    return first.isalpha() and first.isupper() and not raw.endswith((".", ",", ";"))


# --- Blocks ---------------------------------------------------------------------------


@dataclass(slots=True)
class BodyResult:
    blocks: list[Block] = field(default_factory=list)
    elided: bool = False
    continued: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)


_CONTINUED = frozenset(m.strip(" .").casefold() for m in sel.CONTINUED_MARKERS)


def _is_continued(text: str) -> bool:
    return text.strip(" .…").casefold() in _CONTINUED


def parse_body(
    body: Any,
    *,
    known_names: Iterable[str] = (),
    kind: str = "other",
    source_url: str | None = None,
    max_blocks: int | None = None,
    title: str = "",
    lead: str | None = None,
) -> BodyResult:
    """Blocks of an event body (an lxml element; furniture inside paragraphs is removed).

    Two passes: the first finds paragraphs and raw labels; the second splits labels into
    name and role knowing every label of the page, so "Minister of Labour and Social
    Protection Maxim Topilin" is settled by a later bare "Maxim Topilin".
    """
    result = BodyResult()
    drafts: list[Draft] = []
    bare_names: set[str] = set(sel.PRINCIPAL_NAMES)
    current: int | None = None  # index of the turn bare paragraphs continue

    def add(btype: BlockType, text: str, path: str, turn: int | None = None) -> Draft:
        d = Draft(Block(type=btype, text=text, origin=path), turn=turn)
        drafts.append(d)
        return d

    plain = not _has_bold_labels(body)
    for unit in iter_units(body):
        if max_blocks is not None and len(drafts) >= max_blocks:
            # A transcript of hundreds of thousands of turns is not a page one can show.
            result.diagnostics.append(Diagnostic(
                "K106", f"the body has over {max_blocks} blocks; read the first {max_blocks} "
                "(raise the blocks-per-event limit to keep more)", unit.path, "error"))
            break
        el = unit.el
        if el is None:
            # Text loose between elements (older pages) is read as a paragraph: it may open
            # with a label printed plain ("Vladimir Putin: ...<br/>Question: ...").
            el = lxml.html.Element("p")
            el.text = unit.text
        drop_furniture(el)
        tag = el.tag
        if tag == "hr":
            add("separator", "", unit.path)
            current = None
            continue
        if tag in ("ul", "ol", "dl"):
            items = list(el.iter("li", "dt", "dd"))
            for n, li in enumerate(items or [el], 1):
                text = norm(li.text_content())
                if text:
                    _flag_text(text, result)
                    if tag == "ol":
                        # The page shows the ordinal; it is part of the text as read.
                        text = f"{n}. {text}"
                    # A list inside a turn is that speaker's.
                    add("list", text, f"{unit.path}/li[{n}]" if items else unit.path, current)
            continue
        if tag in _HEADINGS:
            text = norm(el.text_content())
            if text:
                add("heading", text, unit.path)
                current = None
            continue
        # Turns run together with line breaks ("...<br/><b>Question:</b> ...") are read
        # one paragraph each.
        for seg in _br_segments(el, plain):
            split = split_paragraph(seg, bare_names, plain)
            text = split.text
            label = split.label
            parts = split_label(label) if label is not None else None
            generic = parts is not None and parts.generic
            # The outlet that interviews ("Bild:") asks as "Question:" would.
            outlet = (kind == "interview" and label is not None and not generic
                      and not split.linked and is_outlet_label(label, title, lead, known_names))
            generic = generic or outlet
            if label is not None and parts is not None and not generic and not split.linked:
                name = parts.name
                words = clean_label(label).split()
                if (((not name or not _namey(name)) and not is_role_word(words[0]))
                        or is_notice_label(label)):
                    # A bold lead-in such as "Contact telephone numbers:" or "IMPORTANT
                    # NOTICE:", not a speaker.
                    label, text = None, norm(seg.text_content())
            if label is None:
                if not text:
                    continue
                if text in sel.SEPARATORS:
                    add("separator", text, unit.path)
                    current = None
                    continue
                if _ELISION.fullmatch(text) or text in sel.ELISIONS:
                    add("elision", text, unit.path)
                    result.elided = True
                    continue
                _flag_text(text, result)
                if split.bold_only and len(text) <= MAX_LABEL_CHARS and not _is_continued(text):
                    add("heading", text, unit.path)
                    current = None
                elif current is not None and not _is_continued(text):
                    add(drafts[current].block.type, text, unit.path, current)
                else:
                    add("paragraph", text, unit.path)
                continue
            _flag_text(text, result)
            d = add("question" if generic else "turn", text, unit.path)
            d.starts_turn, d.generic, d.label, d.asks = True, generic, label, outlet
            d.linked = None if generic else split.linked
            d.turn = current = len(drafts) - 1
            if not generic and looks_like_name(label):
                bare_names.add(clean_label(label))
    _drop_empty_openers(drafts)
    # Persons tags are "Surname Name"; a tag carrying a title ("Kirill Patriarch of ...")
    # would swallow the role, so only name-like tags help.
    persons = tuple(known_names)
    known = tuple(n for n in persons if _tag_is_name(n)) + tuple(sorted(bare_names))
    _assign_speakers(drafts, known, result, _title_guest(title))
    number_questions(drafts, kind, hosts=persons)
    result.blocks = [d.block for d in drafts]
    return result


def _has_bold_labels(body: Any) -> bool:
    """Some bold text ends with a colon or is followed by one: the page prints its labels in
    bold, so a plain "Question:" is someone's words."""
    for b in body.iter("b", "strong"):
        text = norm(b.text_content())
        if text.endswith(":") or (":" in text and _plausible_label(text.partition(":")[0])):
            return True
        if norm(b.tail).startswith(":"):
            return True
    return False


def _drop_empty_openers(drafts: list[Draft]) -> None:
    """A label alone in its paragraph ("<p><b>Vladimir Putin:</b></p><p>Hello.</p>"): the
    turn opens with the paragraph after it, not with an empty block."""
    dropped: dict[int, int] = {}  # empty opener -> the draft that opens its turn instead
    for i, d in enumerate(drafts[:-1]):
        nxt = drafts[i + 1]
        if d.starts_turn and not d.block.text and nxt.turn == i and not nxt.starts_turn:
            nxt.starts_turn, nxt.generic, nxt.label, nxt.linked, nxt.asks = (
                True, d.generic, d.label, d.linked, d.asks)
            dropped[i] = i + 1
    if not dropped:
        return
    keep = [i for i in range(len(drafts)) if i not in dropped]
    new_index = {old: new for new, old in enumerate(keep)}
    for i in keep:
        d = drafts[i]
        if d.turn is not None:
            d.turn = new_index[dropped.get(d.turn, d.turn)]
    drafts[:] = [drafts[i] for i in keep]


def _br_segments(el: Any, plain: bool) -> list[Any]:
    """The paragraph cut before each line break a label follows (bold, or plain as
    ``plain_label`` reads it); a paragraph without one, whole."""
    cuts = [c for c in el if c.tag == "br" and _label_after(c, plain)]
    if not cuts:
        return [el]
    segs: list[Any] = []
    cur = lxml.html.Element(el.tag)
    cur.text = el.text
    for child in el:
        if any(child is c for c in cuts):
            segs.append(cur)
            cur = lxml.html.Element(el.tag)
            cur.text = child.tail
            continue
        cur.append(copy.deepcopy(child))  # with its tail
    segs.append(cur)
    return segs


def _label_after(br: Any, plain: bool) -> bool:
    tail = norm(br.tail)
    if tail:
        return plain and plain_label(tail) is not None
    nxt = br.getnext()
    if nxt is None or nxt.tag not in ("b", "strong"):
        return False
    bold = norm(nxt.text_content())
    head, colon, _ = bold.partition(":")
    if not colon and not norm(nxt.tail).startswith(":"):
        return False
    return _plausible_label(norm(head))


def _tag_is_name(tag: str) -> bool:
    words = tag.split()
    return 1 <= len(words) <= 6 and not any(is_role_word(w) for w in words)


def _namey(name: str) -> bool:
    """A person's name as labels write it: "Abdel Fattah el-Sisi", "В.Путин", "Kirill",
    "Mohammed al-Tomaihi" (a particle joined to a capital counts as one)."""
    words = name.split()
    if not 1 <= len(words) <= 6 or is_role_word(words[0]) or not looks_like_name(words[0]):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w.partition("-")[2][:1].isupper())
    return caps * 2 > len(words)


def _title_guest(title: str) -> tuple[str, frozenset[str]] | None:
    """The person a title names ("Meeting with World Economic Forum Executive Chairman
    Klaus Martin Schwab") and the words of the role it gives him."""
    label = split_label(title) if title else None
    if label is None or not label.name or not label.role or not _namey(label.name):
        return None
    return label.name, _role_words(label.role)


def _role_words(role: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", role.casefold()) if len(w) > 3)


def _assign_speakers(drafts: list[Draft], known: tuple[str, ...], result: BodyResult,
                     guest: tuple[str, frozenset[str]] | None = None) -> None:
    """Split each turn's label into name and role and give them to the turn's blocks.

    A person link in the label is the authority for the name and the rest of the label is
    the role; other labels are split by words. A name printed in capitals or odd casing
    takes the page's own spelling (a linked name, an earlier label, a Persons tag). A label
    with a role and no name ("Executive Chairman of the World Economic Forum") is the
    person the title names with that role (``guest``: two words of the role in common).
    """
    linked = [d.linked for d in drafts if d.linked]
    spellings = (*linked, *(n for n in known if n not in linked))
    cache: dict[tuple[str, str | None], tuple[str | None, str | None]] = {}
    spelt: dict[str, str] = {}
    for d in drafts:
        if d.turn is None:
            continue
        opener = drafts[d.turn]
        if opener.generic:
            d.generic = True
            if d is opener and opener.label:
                d.block = replace(d.block, label=clean_label(opener.label))
            continue
        raw = opener.label or ""
        key = (raw, opener.linked)
        if key not in cache:
            cache[key] = _speaker(raw, opener.linked, known, spellings)
            name, role = cache[key]
            if name is None and role and guest and len(_role_words(role) & guest[1]) >= 2:
                cache[key] = guest[0], role
            name = cache[key][0]
            if name and (":" in name or len(name.split()) > 5):
                result.diagnostics.append(
                    Diagnostic("K201", f"odd speaker label {raw!r}", opener.block.origin)
                )
        name, role = cache[key]
        # "V. Putin" after "V.Putin": initials spaced or not, one speaker (the first spelling)
        name = spelt.setdefault(_INITIAL_GAP.sub(".", name).casefold(), name) if name else name
        d.block = replace(d.block, speaker=name, role=role)
        if d is opener:
            d.block = replace(d.block, label=clean_label(raw))


def _speaker(
    raw: str, linked: str | None, known: tuple[str, ...], spellings: tuple[str, ...]
) -> tuple[str | None, str | None]:
    """(name, role) of a label; ``linked`` is the text of its person link, if any."""
    if linked:
        label = split_label(raw)  # for the note: "(retranslated)" is neither name nor role
        rest = clean_label(raw).replace(linked, " ", 1)
        if label.note:
            rest = rest.replace(f"({label.note})", " ")
        role = norm(rest).strip(" ,–-") or None
        name = canonical_name(linked, spellings)
        return full_name_of_given(name, role, spellings) or name, role
    label = split_label(raw, known)
    if label.name and not _namey(label.name):
        # A label with a role and no name ("Executive Chairman of the Forum").
        return None, label.name if label.role is None else clean_label(raw)
    if not label.name:
        return None, label.role
    name = canonical_name(label.name, spellings)
    # "President of Russia Vladimir:" (a typo) is the page's Vladimir Putin
    return full_name_of_given(name, label.role, spellings) or name, label.role


def _flag_text(text: str, result: BodyResult) -> None:
    if "<" in text and _ELISION.search(text):
        result.elided = True
    if _is_continued(text):
        result.continued = True
