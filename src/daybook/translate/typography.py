"""French typography of French text, as the Imprimerie nationale's *Lexique des règles
typographiques* sets it: the translated day (``day.py``'s last step) and the site's pages
(``web.typography``'s template filter) both go through ``french``.

- a no-break space (U+00A0) before ":" and inside « »; a narrow one (U+202F) before ";",
  "?", "!" and "%";
- English double quotes (“ ” and ") as « », a quotation inside one as “ ”; a comma the
  English puts before its closing quote goes after it ("people,” he said" -> "des
  personnes », a-t-il dit"), and a period too when the quotation is a fragment of the
  sentence (it opens in lower case);
- no space before a comma or a period; the typographic apostrophe inside a word;
- the engine's artifacts: ", ." and ",," as one mark, an English plural possessive's
  apostrophe after a word in -s ("plusieurs états' en") dropped.

Only spaces, quote marks and the place of a comma or period change: never a word, a web or
e-mail address, a time (16:20), a score (3:1) or "[…]". Applying it twice changes nothing.
Figures are ``numbers_fr``'s, on the engine's output only ("0,125" reads both ways).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.french import LOWER

NBSP = "\u00a0"  # no-break space: before ":" and inside « »
NNBSP = "\u202f"  # narrow no-break space: before ";", "?", "!" and "%"

# What typography never touches: web and e-mail addresses, an ellipsis in brackets.
_VERBATIM = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\[(?:…|\.\.\.)\]",
                       re.IGNORECASE)
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_SPACE = "[ \t\u00a0\u202f]"
# ; ? ! after a word or a closing mark, with or without a space (a run such as ?! once).
_HIGH = re.compile(rf"(?<=[\w\]\)»\"”’.…]){_SPACE}?([;?!]+)(?=\s|$|[»\"”)\]])")
# A colon that ends a phrase (followed by a space, the end or a closing mark, as ``_HIGH``:
# the colon must read the same once a closing » has its space), never 16:20 or 3:1.
_COLON = re.compile(rf"(?<=[\w\]\)»\"”’.…]){_SPACE}?:(?=\s|$|[»\"”)\]])")
_OPEN = re.compile(rf"«{_SPACE}*")
_CLOSE = re.compile(rf"{_SPACE}*»")
_PERCENT = re.compile(rf"(?<=\d){_SPACE}?%")
# The engine's space before a comma or a period ("des audiences ."); not "…" nor ".NET".
_LOOSE_STOP = re.compile(r"(?<=[\w)\]»”])[ \t]+(?=[,.](?![\w.,]))")
# A comma before a closing quote goes after it: "personnes, »" -> "personnes »,".
_COMMA_IN = re.compile(rf"((?:{_SPACE}*,)+)((?:{_SPACE}*»)+)")
# The engine's ", ." and ",," (a word it dropped between them): one mark; not "…" nor ".NET".
_COMMA_STOP = re.compile(r",[ \t]*(?=\.(?![\w.]))")
_COMMAS = re.compile(r",(?:[ \t]*,)+")
# An English plural possessive's apostrophe left after the French plural ("plusieurs
# états' en", "des touristes chinois' destinations"): French has no apostrophe there.
_S_APOSTROPHE = re.compile(r"(?<=[^\W\d_]s)['’](?=[ \t\u00a0\u202f,.;:])")
# A single quote opening a quotation: then "s'" may close it and stays.
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s“\"«(]))['‘](?=\w)")
_QUOTE = re.compile(r"[“”\"«»]")
# ‘…’ after a space or a mark, closed by ’ or ' after its last word (an apostrophe inside a
# word is no closing one: "‘l’accord’").
_SINGLE = re.compile(r"(?:^|(?<=[\s“\"«(]))‘(\w[^‘’\n]*?(?:’\w[^‘’\n]*?)*[\w.,!?…])['’](?!\w)")
_MARKS = frozenset("“”\"«»")
_SPACES = frozenset(" \t\n\r\u00a0\u202f")
_OPENERS = frozenset("([{–—-/'‘")
_CLOSERS = frozenset(".,;:!?)]}…'’")


def apostrophes(text: str) -> str:
    """French's typographic apostrophe ("l'accord" -> "l’accord"), as the names and titles
    already write it; web and e-mail addresses are left as written."""
    return _outside_verbatim(text, lambda part: _APOSTROPHE.sub("’", part))


def _outside_verbatim(text: str, fix: Callable[[str], str]) -> str:
    out: list[str] = []
    last = 0
    for m in _VERBATIM.finditer(text):
        out += [fix(text[last:m.start()]), m.group()]
        last = m.end()
    out.append(fix(text[last:]))
    return "".join(out)


def _opens(text: str, i: int, stack: list[str]) -> bool:
    """Whether the double quote at ``i`` opens a quotation: by the spaces around it (past
    other quote marks: "«”" reads as "«"), else by its shape (a straight one closes what is
    open)."""
    b, a = i - 1, i + 1
    while b >= 0 and text[b] in _MARKS:
        b -= 1
    while a < len(text) and text[a] in _MARKS:
        a += 1
    space_before = b < 0 or text[b] in _SPACES or text[b] in _OPENERS
    space_after = a >= len(text) or text[a] in _SPACES or text[a] in _CLOSERS
    if space_before != space_after:
        return space_before
    if text[i] == '"':
        return not stack
    return text[i] == "“"


def _quotes(text: str) -> str:
    """English double quotes as French's: « » outside, “ ” inside them; English single
    quotes (a quotation inside a quotation) are double ones first."""
    text = _SINGLE.sub(r"“\1”", text)
    if not _QUOTE.search(text):
        return text
    # Read without the spaces inside « » (the pass puts them back): a mark beside one reads
    # the same on a second pass.
    text = _CLOSE.sub("»", _OPEN.sub("«", text))
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # ("«" or "“", where its text starts in ``out``)
    last = 0
    for m in _QUOTE.finditer(text):
        out.append(text[last:m.start()])
        last = m.end()
        mark = m.group()
        if mark == "«" or (mark != "»" and _opens(text, m.start(), [s for s, _ in stack])):
            shape = "«" if mark == "«" or not stack else "“"
            out.append(shape)
            stack.append((shape, len(out)))
            continue
        if not stack:
            out.append("»")
            continue
        shape, start = stack.pop()
        if shape == "“" and mark != "»":
            out.append("”")
            continue
        inner = "".join(out[start:])
        first = inner.lstrip(" \t\u00a0\u202f")[:1]
        # A fragment's period goes after the closing mark; a whole sentence keeps it.
        stop = re.search(r"(?<![.…])[ \t\u00a0\u202f]*\.[ \t\u00a0\u202f]*$", inner)
        if stop is not None and first.islower():
            del out[start:]
            out += [inner[:stop.start()], "»."]
        else:
            out.append("»")
    out.append(text[last:])
    return "".join(out)


def _french(part: str) -> str:
    # Once more until nothing moves: a mark's reading may depend on the spaces the pass
    # set beside another (stray marks, "1 ”\"“"); text as the engines write it settles at once.
    for _ in range(4):
        again = _french_once(part)
        if again == part:
            break
        part = again
    return part


def _french_once(part: str) -> str:
    part = _APOSTROPHE.sub("’", part)
    part = _LOOSE_STOP.sub("", part)
    part = _COMMAS.sub(",", _COMMA_STOP.sub("", part))
    if not _SINGLE_OPENS.search(part):
        part = _S_APOSTROPHE.sub("", part)
    part = _quotes(part)
    part = _COMMA_IN.sub(lambda m: m.group(2) + "," * m.group(1).count(","), part)
    part = _HIGH.sub(lambda m: NNBSP + m.group(1), part)
    part = _COLON.sub(NBSP + ":", part)
    part = _PERCENT.sub(NNBSP + "%", part)
    part = _OPEN.sub("«" + NBSP, part)
    return _CLOSE.sub(NBSP + "»", part)


def french(text: str) -> str:
    """``text`` set in French typography; addresses inside it kept as written."""
    return _outside_verbatim(text, _french)


# A quotation that opens a text or a sentence, or that a colon introduces, in lower case: the
# engine lowercases the word after an opening quote ("“The service" -> "“le service").
_QUOTED_START = re.compile(
    r"(?:^|(?<=[.!?…:]\s))([“”\"«‘][ \t\u00a0\u202f]*)(" + LOWER + r")")


def quoted_capitals(text: str) -> str:
    """A quotation opening a text or a sentence, or after a colon, starts with a capital
    (the Imprimerie nationale's rule for a quotation a colon introduces)."""
    return _QUOTED_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def typeset(text: str) -> str:
    """The last step on French the engines wrote: capitals of quotations, then ``french``,
    until neither changes: ``french`` can move a stop out of a quotation ('."' -> '».') and so
    open a sentence before the next one. Capitals only rise, so this ends."""
    done = french(quoted_capitals(text))
    for _ in range(8):
        again = french(quoted_capitals(done))
        if again == done:
            break
        done = again
    return done
