"""A person's role before their name, protected with the name and written in French.

Captions and texts name people by role first: "With President of Kyrgyzstan Sooronbay
Jeenbekov", "Defence Minister Sergei Shoigu before the meeting". Apertium drops the article
and scrambles the role ("Avec Président des états unis Donald Trump", "Moscou Mayor"); the
role vocabulary of the titles already writes them ("le président des États-Unis", "le maire de
Moscou"). The role and the name become one protected span whose French is the role with its
article and the name: "Avec le président du Kirghizistan Sooronbay Jeenbekov".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, MutableSequence

from daybook.translate.french import with_article

# (English role, whether a woman holds it) -> the role in French, or None.
RoleOf = Callable[[str, bool], "str | None"]

MAX_ROLE_WORDS = 10
# Words that open a sentence or a caption before a role, never the role's first word ("With
# President X": the role is "President").
_NOT_FIRST = frozenset({
    "with", "at", "before", "after", "during", "and", "from", "to", "in", "on", "for", "by",
    "of", "the", "a", "an", "photo", "also", "both", "today", "then", "meanwhile", "later",
    "earlier", "among", "including", "between", "under", "over", "about", "as", "while", "when",
    "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "we",
    "i", "he", "she", "they", "it", "mr", "ms", "mrs", "dear", "together", "left", "right",
    "center", "centre", "accompanied",
    # Conjunctions and sentence adverbs open a clause, never a role ("If President Trump").
    "if", "but", "so", "or", "nor", "yet", "although", "though", "because", "since", "unless",
    "whether", "once", "until", "where", "why", "how", "what", "which", "who", "now", "thus",
    "therefore", "however", "indeed", "only", "even", "just", "yes", "no", "unlike", "like",
    "against", "than", "thanks", "thank", "let",
})
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "–", "-", "in", "to"})
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Z][\w’'.&-]*|[–-]")


def _longest_role(run: list[re.Match[str]], end: int, out: str, base: int, role_of: RoleOf,
                  female: bool) -> tuple[int, str, str] | None:
    """(index in ``run``, English, French) of the longest role of ``run`` that ends at
    ``end``: at most ``MAX_ROLE_WORDS`` words, no spaced dash inside (two roles)."""
    for i, t in enumerate(run):  # the longest role first
        first = t.group(0)
        if (not first[:1].isupper() or first.lower() in _NOT_FIRST
                or len(run) - i > MAX_ROLE_WORDS or any(r.group(0) == "–" for r in run[i:])):
            continue
        role = out[base + t.start():end].strip()
        if role.split()[-1] in _CONNECTORS:
            return None
        fr = role_of(role, female)
        if fr is not None:
            return i, role, fr
    return None


def with_roles(out: str, spans: MutableSequence[str], names: Collection[int],
               role_of: RoleOf, female: Collection[str] = ()) -> tuple[str, dict[str, str]]:
    """``out`` with each role written right before a name placeholder (``Zq<n>x``, ``n`` in
    ``names``) taken into that placeholder: ``spans[n]`` becomes "role name", and the French
    of each such span is returned ("the President of Russia Vladimir Putin" -> "le président
    de la Russie Vladimir Putin"; the name's French form is the names' pass's). Two roles
    joined by a spaced dash are one person's ("First Deputy Prime Minister – Finance Minister
    Anton Siluanov": "le premier vice-Premier ministre – ministre des Finances"; the engine
    said the first "d'abord premier ministre de député")."""
    forms: dict[str, str] = {}
    for m in reversed(list(re.finditer(r"Zq(\d+)x", out))):
        n = int(m.group(1))
        if n not in names or n >= len(spans):
            continue
        base = max(0, m.start() - 400)
        tokens = list(_TOKEN.finditer(out[base:m.start()]))[-(2 * MAX_ROLE_WORDS + 1):]
        # The run of role-like words right before the name (capitalised words, connectors).
        run: list[re.Match[str]] = []
        for t in reversed(tokens):
            word = t.group(0)
            if (_WORD.fullmatch(word) or word in _CONNECTORS) and "Zq" not in word:
                run.insert(0, t)
            else:
                break
        woman = spans[n] in female
        found = _longest_role(run, m.start(), out, base, role_of, woman)
        if found is None:
            continue
        i, role, fr = found
        if i >= 2 and run[i - 1].group(0) == "–":  # "X – Y Name": both roles the person's
            before = _longest_role(run[:i - 1], base + run[i - 2].end(), out, base, role_of,
                                   woman)
            if before is not None:
                i, role, fr = before[0], f"{before[1]} – {role}", f"{before[2]} – {fr}"
        start = base + run[i].start()
        lead = ""
        if i > 0 and run[i - 1].group(0).lower() == "the":
            lead = run[i - 1].group(0) + " "
            start = base + run[i - 1].start()
        name = spans[n]
        span = f"{lead}{role} {name}"
        forms[span] = with_article("la" if woman else "le", fr) + " " + name
        spans[n] = span
        out = out[:start] + m.group(0) + out[m.end():]
    return out, forms
