"""The FTS5 MATCH expression of a query tree (``blocks_fts``, see ``sqlite_search``).

A word matches its exact form in ``text`` or any of its stems in ``stem``; a phrase the
same, word by word. A disjunction keeps only the alternatives that can match a row no
other alternative matches (see ``_needed``).
"""

from __future__ import annotations

from daybook.errors import QueryError
from daybook.query import And, Node, Not, Or, Phrase, Term
from daybook.stemming import fold, query_stems, words


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


# One alternative of a disjunction: (column, folded tokens, prefix?, MATCH text).
_Alt = tuple[str, tuple[str, ...], bool, str]


def _alternatives(node: Node, languages: tuple[str, ...]) -> list[_Alt] | None:
    """The column:phrase alternatives a word, a phrase or a disjunction of them matches
    (None for anything else)."""
    if isinstance(node, Term):
        if node.prefix:
            return [("text", _tokens(node.text), True, f"text : {_quote(node.text)} *")]
        alts = [("text", _tokens(node.text), False, f"text : {_quote(node.text)}")]
        return alts + [("stem", _tokens(s), False, f"stem : {_quote(s)}")
                       for s in query_stems(node.text, languages)]
    if isinstance(node, Phrase):
        text = " ".join(node.words)
        alts = [("text", _tokens(text), False, f"text : {_quote(text)}")]
        per_lang = {" ".join(query_stems(w, (lang,))[0] for w in node.words)
                    for lang in languages}
        return alts + [("stem", _tokens(p), False, f"stem : {_quote(p)}")
                       for p in sorted(per_lang)]
    if isinstance(node, Or):
        out: list[_Alt] = []
        for item in node.items:
            more = _alternatives(item, languages)
            if more is None:
                return None
            out += more
        return out
    return None


def _tokens(text: str) -> tuple[str, ...]:
    # As FTS5's unicode61 tokenizer with remove_diacritics 2 reads the string.
    return tuple(fold(w) for w in words(text))


def _needed(alts: list[_Alt]) -> list[_Alt]:
    """The alternatives without repeats and without a phrase that contains another
    alternative of its column ("the Syrian Arab Republic" beside "Syrian Arab Republic"):
    the same rows match, and FTS5 does not walk those doclists once more, for the match
    and again for bm25's statistics (a phrase holding "the" walks the doclist of "the")."""
    plain = [(col, toks) for col, toks, prefix, _ in alts if not prefix and toks]
    kept: list[_Alt] = []
    done: set[str] = set()
    for col, toks, prefix, expr in alts:
        if expr in done:
            continue
        done.add(expr)
        if not prefix and any(c == col and len(t) < len(toks) and _within(t, toks)
                              for c, t in plain):
            continue
        kept.append((col, toks, prefix, expr))
    return kept


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def compile_match(node: Node, languages: tuple[str, ...]) -> str:
    """The FTS5 MATCH expression of a tree; every string is quoted, so no FTS syntax leaks."""
    alts = _alternatives(node, languages)
    if alts is not None:
        return "(" + " OR ".join(expr for *_, expr in _needed(alts)) + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(compile_match(i, languages) for i in node.items) + ")"
    if isinstance(node, And):
        pos = [compile_match(i, languages) for i in node.items if not isinstance(i, Not)]
        neg = [compile_match(i.item, languages) for i in node.items if isinstance(i, Not)]
        expr = "(" + " AND ".join(pos) + ")"
        return expr + (" NOT (" + " OR ".join(neg) + ")" if neg else "")
    raise QueryError("a query cannot only exclude words", remedy="add a word: a -b")
