"""The second verb of *you*, *we* or *I* after *and*, in the person of its subject.

English says a subject once for two verbs: *we keep on improving the framework ... and
use modern instruments*, *you will continue working with due diligence and will
successfully solve the set tasks*. The Catalan pivot writes the verb after "i" with no
subject and, as often as not, in the third person singular, which ``cat-fra`` keeps:
"nous continuons à améliorer le cadre ... et utilise des instruments", "vous continuerez
à travailler avec diligence et avec succès résoudra". A verb
after "et" (adverbs and object pronouns may stand between) read as a finite verb in the
third person singular, whose clause's nearest finite verb before "et" has the subject
"vous", "nous" or "je" (``second_verbs.pronoun_subject``) and the English that pronoun,
takes that subject's person and number (Grevisse, *Le Bon Usage*: verbs sharing a
subject agree with it): "et utilisons", "et résoudrez", "et considérerez". The verb keeps
its tense, but a present after a future whose English verb after *and* is a bare form
(*you will discuss ... and consider*, one *will* for both) takes the future.

``second_verbs`` mends an auxiliary before a participle ("et a parlé"); here only simple
tenses. Guards: as many times as the English has *and* before a word not in -s (*and
exports*, *and strength*: a noun, or a third person's verb); not an auxiliary, nor a word
that is also a noun or an adjective ("et force dans", *and strength*), nor one with a
capital, nor a participle after a compound tense ("vous avez lu et fait"); not where a
relative, a conjunction, a quotation mark or another finite verb stands between the
subject's verb and "et".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import avoir, etre
from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, put_forms, tokens_and_readings
from daybook.translate.second_verbs import pronoun_subject, second_verbs

_TOKEN = clause_tokens("‘")
_AND_EN = re.compile(r"\band\s+(?:(?:also|then|always|still|often|never|now|thus|\w+ly)\s+)*"
                     r"([a-z]+)\b", re.IGNORECASE)
_PRONOUN_EN = re.compile(r"\b(?:you|we|I)\b", re.IGNORECASE)
_PERSONS = {"vous": ("p2", "pl"), "nous": ("p1", "pl"), "je": ("p1", "sg"),
            "j'": ("p1", "sg")}
_TENSES = ("pri", "pii", "fti", "cni")
_VERBS = ("vblex", "vbser", "vbhaver", "vbmod")
# Between "et" and its verb: adverbs (``_adverb``) and object pronouns.
_OBJECTS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "nous", "vous", "me",
                      "m'", "ne", "n'"))
_ADVERBS = frozenset(("aussi", "également", "ensuite", "puis", "déjà", "encore", "toujours",
                      "bien", "enfin", "même", "avec", "succès", "plus", "pas"))
# What ends the search for the subject's verb before "et".
_STOPS = frozenset((".", "!", "?", ";", ":", "«", "»", "“", "”", "‘", '"', "(", ")", "–", "—",
                    "qui", "que", "qu'", "dont", "où", "mais", "car", "si", "quand",
                    "lorsque", "parce", "puisque", "comme", "tandis"))
# Of the persons with a subject pronoun of their own ("vous avez lu", not "as": a noun too).
_PRONOUNED = ("1sg", "1pl", "2pl")
_AUXILIARIES = avoir("present", "imperfect", persons=_PRONOUNED) | etre(
    "present", "imperfect", persons=_PRONOUNED)
# What opens a noun phrase after *and* ("and your executive orders").
_NOUN_PHRASE = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their",
                          "our", "his", "her", "my", "your", "other", "all", "many", "some",
                          "each", "every", "new", "more"))
# English forms after *and* that are no bare verb (pasts, -s, -ing forms aside).
_NOT_BARE = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their",
                       "our", "his", "her", "my", "your", "we", "i", "you", "they", "he",
                       "she", "it", "there", "will", "would", "was", "were", "had", "did",
                       "made", "took", "said", "met", "gave", "found", "told", "saw"))


def _adverb(word: str) -> bool:
    w = folded(word)
    return w in _ADVERBS or w in _OBJECTS or (w.endswith("ment") and len(w) > 6)


def _third(reads: Sequence[Reading]) -> Reading | None:
    """The reading in the third person singular of a simple tense of a word read as a
    finite verb (or a participle, a noun, an adjective too: "fait")."""
    return next((r for r in reads if r.tags[:1] and r.tags[0] in _VERBS and len(r.tags) > 3
                 and r.tags[1] in _TENSES and r.tags[2:4] == ("p3", "sg")), None)


def _subject_verb(ts: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                  et: int) -> tuple[str, int] | None:
    """The subject pronoun of the clause's nearest finite verb before ``et`` and that verb's
    index, or None (a stop, or a verb with no pronoun subject)."""
    for k in range(et - 1, -1, -1):
        w = folded(ts[k][2])
        if w in _STOPS or (w[-1:] in "'’" and k + 1 < len(ts) and ts[k + 1][0] > ts[k][1]):
            return None  # a closing quotation mark ("le slogan ‘nous souvenons' et sert")
        got = reads.get(ts[k][2].lower(), ())
        finite = [r for r in got if r.tags[:1] and r.tags[0] in _VERBS and len(r.tags) > 3
                  and r.tags[1] in (*_TENSES, "ifi")]
        if not finite:
            continue
        if (subject := pronoun_subject(ts, reads, k)) is not None:
            return subject, k
        if not any(r.pos in ("n", "adj", "det", "pr", "adv") for r in got):
            return None  # a verb of another subject
    return None


def person_verbs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "nous continuons à améliorer le cadre et utilise des instruments" -> "et utilisons
    des instruments" where the English says *we keep on improving the framework and use
    instruments* (see the module's doc)."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if " et " in t and _AND_EN.search(s) and _PRONOUN_EN.search(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    wanted: dict[int, dict[int, str]] = {}
    for k in todo:
        # an English word in -s after *and* is a noun or a third person's verb, not *you*,
        # *we* or *I*'s ("and exports"); a determiner opens a noun phrase
        ts, ands = toks[k], [a for m in _AND_EN.finditer(sources[k])
                             if (a := m.group(1).lower()) not in _NOUN_PHRASE
                             and (not a.endswith("s") or a.endswith("ss"))]
        for i, (_, _, w) in enumerate(ts):
            if w != "et" or len(wanted.get(k, {})) >= len(ands):
                continue
            j = i + 1
            while j < len(ts) - 1 and _adverb(ts[j][2]):
                j += 1
            if j >= len(ts) or ts[j][2][:1].isupper():
                continue
            got = reads.get(ts[j][2].lower(), ())
            verb = _third(got)
            if verb is None or verb.tags[0] in ("vbhaver", "vbser") or any(
                    r.pos in ("n", "adj") for r in got) or (
                    found := _subject_verb(ts, reads, i)) is None:
                continue  # an auxiliary (``second_verbs``'), a noun ("et force dans")
            subject, v = found
            person = _PERSONS[subject]
            english = {"vous": "you", "nous": "we"}.get(subject, "i")
            if not re.search(rf"\b{english}\b", sources[k], re.IGNORECASE) or any(
                    r.tags[2:4] == person for r in got if len(r.tags) > 3):
                continue  # no such subject in the English, or in its person already
            if any(r.pos == "pp" for r in got) and folded(ts[v][2]) in _AUXILIARIES:
                continue  # "vous avez lu et fait": the participle of the same auxiliary
            tense = verb.tags[1]
            first = [r for r in reads.get(ts[v][2].lower(), ()) if len(r.tags) > 3
                     and r.tags[2:4] == person]
            if tense == "pri" and first and first[0].tags[1] == "fti" and any(
                    a not in _NOT_BARE and not a.endswith(("s", "ed", "ing")) for a in ands):
                tense = "fti"  # *you will discuss ... and consider*: one *will* for both
            wanted.setdefault(k, {})[j] = f"^{verb.lemma}<{verb.tags[0]}><{tense}>" \
                f"<{person[0]}><{person[1]}>$"
    return put_forms(texts, wanted,
                     {k: [(start, end) for start, end, _ in toks[k]] for k in wanted})


def shared_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """A verb after "et" in its subject's person and number: a compound tense's auxiliary
    (``second_verbs``), then a simple tense (``person_verbs``)."""
    return person_verbs(sources, second_verbs(sources, texts))
