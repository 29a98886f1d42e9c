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
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "–", "-", "in"})
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Z][\w’'.&-]*|[–-]")


def with_roles(out: str, spans: MutableSequence[str], names: Collection[int],
               role_of: RoleOf, female: Collection[str] = ()) -> tuple[str, dict[str, str]]:
    """``out`` with each role written right before a name placeholder (``Zq<n>x``, ``n`` in
    ``names``) taken into that placeholder: ``spans[n]`` becomes "role name", and the French
    of each such span is returned ("the President of Russia Vladimir Putin" -> "le président
    de la Russie Vladimir Putin"; the name's French form is the names' pass's)."""
    forms: dict[str, str] = {}
    for m in reversed(list(re.finditer(r"Zq(\d+)x", out))):
        n = int(m.group(1))
        if n not in names or n >= len(spans):
            continue
        tokens = list(_TOKEN.finditer(out[max(0, m.start() - 200):m.start()]))
        tokens = tokens[-MAX_ROLE_WORDS:]
        base = max(0, m.start() - 200)
        # The run of role-like words right before the name (capitalised words, connectors).
        run: list[re.Match[str]] = []
        for t in reversed(tokens):
            word = t.group(0)
            if (_WORD.fullmatch(word) or word in _CONNECTORS) and "Zq" not in word:
                run.insert(0, t)
            else:
                break
        for i, t in enumerate(run):  # the longest role first
            first = t.group(0)
            if not first[:1].isupper() or first.lower() in _NOT_FIRST:
                continue
            role = out[base + t.start():m.start()].strip()
            if role.split()[-1] in _CONNECTORS:
                break
            fr = role_of(role, spans[n] in female)
            if fr is None:
                continue
            start = base + t.start()
            lead = ""
            if i > 0 and run[i - 1].group(0).lower() == "the":
                lead = run[i - 1].group(0) + " "
                start = base + run[i - 1].start()
            name = spans[n]
            span = f"{lead}{role} {name}"
            forms[span] = with_article("la" if name in female else "le", fr) + " " + name
            spans[n] = span
            out = out[:start] + m.group(0) + out[m.end():]
            break
    return out, forms
