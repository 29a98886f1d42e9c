"""Titles through a translation memory of the site's formulaic titles, kept as data.

``data/title_patterns.json`` holds frames ("Meeting with {x}" -> "Rencontre {avec:x}"), whole
titles, noun phrases, and a small role/country vocabulary. The slot ``{x}`` is resolved from
the data when it is a known phrase, a role with its country and a person's name, or a name
alone (names are kept as written); otherwise the slot, or the whole title when no frame
fits, goes to the machine-translation engine. ``plan_title`` says which, so coverage can be
measured without an engine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from daybook.translate import named
from daybook.translate.cache import TranslationCache
from daybook.translate.engines import Engine
from daybook.translate.french import ARTICLE, contract, with_article
from daybook.translate.named import CLOSE as CLOSE_MARK
from daybook.translate.named import OPEN as OPEN_MARK
from daybook.translate.named import SLOGAN, cut_inside, named_open, split_open
from daybook.translate.names import french_name
from daybook.translate.title_case import engine_first, english_run, kept_capitals, sentence_case
from daybook.translate.title_counts import counted_phrase
from daybook.translate.title_events import counted_event, presenting, prize_ceremony
from daybook.translate.title_kinds import event_of
from daybook.translate.title_lexicon import (
    and_split,
    designation_fr,
    lexicon,
    named_objects,
    romanised,
)
from daybook.translate.title_np import cuts_phrase, noun_phrase, splits_compound
from daybook.translate.title_open import open_phrase
from daybook.translate.title_pairs import adjective_pair, joined_dashes
from daybook.translate.title_people import (
    adjective_first,
    interviewing,
    media_phrase,
    people_phrase,
    possessive,
    pronoun_owned,
)
from daybook.translate.title_places import demonym_pair, is_place, of_fr, owned_by
from daybook.translate.title_roles import (
    english_word,
    fill,
    is_bare_name,
    name_comma_role,
    new_in_role,
    people_ok,
    person,
    place_words,
    role_fr,
)
from daybook.translate.title_saints import dedication, saint
from daybook.translate.title_slogans import engine_piece, slogan_for_engine, slogan_from_engine
from daybook.translate.title_stack import site_de
from daybook.translate.title_stems import company_name
from daybook.translate.title_topics import (
    SLOT_SMALL,
    contract_slot,
    leading_clause,
    ordinal_phrase,
    relative_phrase,
    topic_phrase,
    where_phrase,
)
from daybook.translate.title_towns import russian_town
from daybook.translate.title_verbs import news_sentence
from daybook.translate.title_vessels import vessel_phrase
from daybook.translate.title_vocab import READING, government_capital, unquote, vocabulary

# role_fr is read here by the digest and the labels, with the rest of the title grammar.
__all__ = ["TitlePlan", "plan_title", "resolve", "role_fr", "topic_fr", "translate_titles"]

Method = Literal["memory", "memory+mt", "mt", "source"]


def topic_fr(topic: str) -> str | None:
    """A topic tag in French from the topics table, else the institution glossary
    ("Foreign policy" -> "Politique étrangère", "SCO" -> "OCS"), or None."""
    v = vocabulary()
    key = " ".join(topic.split())
    found = v.topics.get(key.lower()) or v.of_places.get(key)
    return _capital(found[1]) if found else None


# "the [year] President's Prize/Award/Grant ...": the Presidential prize, one named thing
# (the possessive path would put "du Président" after its complement).
_PRESIDENTS_PRIZE = re.compile(r"^((?:the\s+)?(?:(?:19|20)\d\d\s+)?)President[’']s\s+"
                               r"((?:Prize|Award|Grant)s?\b.*)$")


def resolve(x: str, *, open_ok: bool = False) -> str | None:
    """A slot in French with its article ("le président du Kirghizstan X"), or None; with
    ``open_ok`` a named thing may hold one piece for the engine (``named.split_open``)."""
    v = vocabulary()
    x = " ".join(x.split())
    bare = re.sub(r"^(?:the|a|an)\s+", "", x)
    for key in (x, bare, re.sub(r"^The\s+", "", x)):  # a title opening "The Main ..."
        if key in v.phrases:
            return with_article(*v.phrases[key])
    if bare.lower() in v.topics:
        return with_article(*v.topics[bare.lower()])
    if (outlet := media_phrase(x, known_only=True)) is not None:  # "newspaper People’s Daily"
        return outlet
    prize = _PRESIDENTS_PRIZE.match(x)
    if prize is not None:  # "the 2012 President's Prize": the "Presidential Prize" it names
        return resolve(f"{prize[1]}Presidential {prize[2]}", open_ok=open_ok)
    if (church := dedication(x)) is not None:  # "St Isaac's Cathedral", before of_fr's "St"
        return church
    found = of_fr(x)
    if found is not None:
        return with_article(found[0], found[1])
    if (ship := vessel_phrase(x, resolve)) is not None:  # "icebreaker Ural": « Oural »
        return ship
    if (company := company_name(bare)) is not None:  # "Sakhalin Energy", as written
        return company
    if (holy := saint(x)) is not None:  # "St. Vladimir": "saint Vladimir"
        return holy
    who = person(x) or name_comma_role(x) or new_in_role(x) or ordinal_phrase(x, resolve) \
        or people_phrase(x) \
        or prize_ceremony(x, resolve) or counted_phrase(x, resolve) or adjective_first(x, resolve)
    if who:
        return who
    owned = possessive(x, resolve, person, is_name=is_bare_name, open_ok=open_ok) \
        or pronoun_owned(x, resolve)  # "their letters of credence": "leurs lettres"
    if owned is not None:
        return owned
    rel = relative_phrase(x, resolve) if open_ok else None
    if rel is not None:
        return rel
    topic = topic_phrase(x, resolve, open_ok=open_ok)  # "on improving X", "measures to Y"
    if topic is not None:
        return topic
    pair = demonym_pair(x, resolve) or adjective_pair(x, resolve)  # "Russian and Belarusian"
    if pair is not None:
        return pair
    for regex, fr in v.slot_frames:
        m = regex.match(bare)
        if m is None or not people_ok(m):
            continue
        if m.groupdict().get("x") and m.start("x") == 0 and (re.match(
                r"^(?:the |a |an )?[a-z]\w* (?:of|in|at|for) ", m["x"]) or event_of(m["x"])):
            # "participants of X" is a phrase of its own, no modifier of "{x} international
            # forum" ("participants of the Russian Energy Week international forum"), nor an
            # event with its "of" (title_kinds: "the plenary session of the X Forum").
            continue
        if m.groupdict().get("x") and m.start("x") == 0 and re.search(
                r" (?:at|with|on|to) ", m["x"]):
            # A leading slot is a name's modifier, no phrase with its own complement:
            # "{x} Council of Heads of State" in "meeting at the summit of the SCO Council".
            continue
        if m.groupdict().get("x") and m.start("x") == 0 and designation_fr(m["x"]):
            # A designation is the thing's name, quoted after it by named.py ("ARMY-2031
            # International Forum": « Armée-2031 »), no complement "d’ARMY-2031".
            continue
        if m.groupdict().get("x") and m.start("x") == 0 and " and " in m["x"]:
            # A leading slot does not take a list: "{x} heads" in "Defence Ministry
            # leadership and defence industry heads" (a trailing one may: "presidents of
            # Russia, Iran and Turkey").
            continue
        if m.groupdict().get("x") and bare[:m.start("x")].endswith(" of ") and splits_compound(
                bare.split(" "), len(bare[:m.start("x")].split())):
            continue  # "quality of {x}" does not cut the noun "quality of life"
        filled, left = _fill_slots(fill(fr, m), m, open_ok=open_ok, nested=True)
        if m.groupdict().get("x") and m.start("x") == 0 and OPEN_MARK in filled and any(
                w[:1].islower() and w not in SLOT_SMALL for w in m["x"].split()):
            # A leading slot left to the engine is a name's modifier, not a clause: "{x}
            # summit" in "Japan to attend the G20 summit" is no summit of "Japan to attend".
            continue
        if not left and filled.count(OPEN_MARK) <= 1:
            return counted_event(x, filled)  # "a rally marking X": "un rassemblement"
    # A named thing the tables write whole, else the noun-phrase grammar (title_np.py),
    # else a named thing holding the engine's piece.
    thing = named_open(x, open_ok=False)
    if thing is not None and not english_run(thing):
        return site_de(romanised(thing, x))  # "la centrale nucléaire de Rostov"
    # An outlet before its kind is its name ("Russia Today TV channel"), no noun phrase.
    phrase = media_phrase(x) or noun_phrase(x, resolve) or owned_by(x, resolve)
    if phrase is not None:
        return phrase
    thing = named_open(x, open_ok=open_ok)
    if thing is not None:
        return thing
    # Last, "X in Y" of two phrases the grammar knows ("... situation in the regions").
    where = where_phrase(x, resolve, open_ok=open_ok)
    if where is not None:
        return where
    if " and " in x:
        # "the President, the staff, and of their family members": the list's own "of".
        items = [re.sub(r"^of\s+", "", p.strip(" ,")) for chunk in and_split(x)
                 for p in chunk.split(", ") if p.strip(" ,")]
        parts = [resolve(p) for p in items]
        if all(parts):
            done = [p for p in parts if p]
            if named_objects(items):  # "of the M12 motorway and [of] the Ring Road"
                done = [done[0], *(contract("de", p) for p in done[1:])]
            return ", ".join(done[:-1]) + " et " + done[-1]
    if is_bare_name(bare):
        return french_name(bare)
    media = media_phrase(x)
    if media is not None:
        return media
    # A named thing in headline case inside a title ("and the Yekaterinburg Ring Road"):
    # its kind's words read as common ones, the place keeping its capital; a short one with
    # no "and" ("the 7th International Aviation and Space Salon" is one name, no list).
    lowered = sentence_case(x) if " and " not in x and len(x.split()) <= 5 else None
    low_fr = resolve(lowered, open_ok=open_ok) if lowered is not None else None
    # Last, with the engine's help: one noun phrase of it to the engine (title_open.py).
    return low_fr if low_fr is not None or not open_ok else open_phrase(x, resolve)


@dataclass(frozen=True, slots=True)
class TitlePlan:
    """A title's translation, or the frame and the piece left for the engine."""

    title: str
    text: str | None  # done from memory
    template: str | None = None  # French with {mt} where the engine's piece goes
    prep: str | None = None
    piece: str | None = None  # English text for the engine

    @property
    def method(self) -> Method:
        if self.text is not None:
            return "memory"
        return "memory+mt" if self.template is not None else "mt"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_SLOTS = {name: re.compile(r"\{(?:(?P<prep>[^:{}]+):)?" + name + r"\}") for name in ("x", "y")}


def _fill_slots(fr: str, m: re.Match[str], *, open_ok: bool = False, nested: bool = False
                ) -> tuple[str, list[tuple[str, str | None]]]:
    """``fr`` with its {x}/{y} slots resolved, and the slots left (name, preposition); a
    slot left is written bare ("{x}") for the caller to fill, or, ``nested`` in a slot
    that may hold the engine's piece (``open_ok``), marked as that piece."""
    left: list[tuple[str, str | None]] = []
    fr = presenting(fr, m.groupdict().get("x"))  # "a remis" an award, "a présenté" a report
    fr = interviewing(fr, m.groupdict().get("x"))  # "Entretien accordé au Financial Times"
    for name, pattern in _SLOTS.items():
        text = m.groupdict().get(name)
        slot = pattern.search(fr)
        if text is None or slot is None:
            continue
        prep = slot["prep"]
        if prep == "de" and fr[:slot.start()].endswith("l’occasion "):
            # "on the occasion of X" read by a frame's "on {x}": one "à l’occasion de".
            text = re.sub(r"^(?:the\s+)?occasion\s+of\s+", "", text)
        inner = resolve(text, open_ok=open_ok)
        if prep in ("en", "en/de") and (town := russian_town(text)) is not None:
            inner, prep = town, "en"  # "Trip to Murom": "Déplacement à Mourom"
        if prep == "à/pour":  # "prizes for young scientists and for works for children"
            inner, prep = _recipients(text), None
        if prep == "en/de":  # "Visite en Crimée", "au Kazakhstan"; "Visite du centre X"
            prep = "en" if inner is not None and is_place(text, inner) else "de"
        if inner is None and open_ok and nested:
            # No "the" before a capital: Apertium writes "le Ingouchie" for "the Ingushetia".
            article = "" if re.match(r"(?i)(the|a|an|his|her|its|their)\s|[a-z]+ing\s",
                                     text) or \
                prep not in ("de", "à", "sur") or text[:1].isupper() else "the "
            fr = fr[: slot.start()] + f"{OPEN_MARK}{prep or ''}|{article}{text}{CLOSE_MARK}" \
                + fr[slot.end():]
        elif inner is None:
            left.append((name, prep))
            fr = fr[: slot.start()] + "{" + name + "}" + fr[slot.end():]
        else:
            if prep and inner.startswith(OPEN_MARK + "|"):
                # The engine's piece opens the slot: the preposition goes with it, to be
                # contracted with the article the engine writes ("des partisans de X").
                piece = OPEN_MARK + prep + inner[1:]
            else:
                piece = contract_slot(prep, inner) if prep else inner
            fr = fr[: slot.start()] + piece + fr[slot.end():]
    return fr, left


def _recipients(text: str) -> str | None:
    """What a prize is "for", each item with its own "for": "à" people (its winners: "aux
    jeunes scientifiques"), "pour" a thing it rewards ("pour les œuvres pour enfants")."""
    out = []
    for item in and_split(text):
        item = re.sub(r"^for\s+", "", item.strip(" ,"))
        inner = resolve(item)
        if inner is None:
            return None
        out.append(contract_slot("à" if people_phrase(item) else "pour", inner))
    return " et ".join(out)


# How a meeting was held, after the title: "(via videoconference)" -> "(par vidéoconférence)".
_MANNER = re.compile(r"\s+(?P<open>\()?(?:via|by|in) (?:a )?(?:videoconference|video link)"
                     r"(?: format)?\)?$")


# A Roman ordinal before a capitalised name, opening the title or after a small word: "V
# Forum of ..." is the 5th ("Alexander III Prize" is not: a capitalised word before it).
_ROMAN = re.compile(r"(^|\b(?:the|of|to|at|in|for|on|and|with) )"
                    r"(?=[IVX]{1,6} [A-Z][a-z])(X{0,3})(IX|IV|V?I{0,3})(?= )")


def _roman(m: re.Match[str]) -> str:
    n = 10 * len(m[2]) + {"IX": 9, "IV": 4}.get(m[3], ("V" in m[3]) * 5 + m[3].count("I"))
    if n < 2:  # "I" is the pronoun
        return m[0]
    suffix = "th" if 10 <= n % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{m[1]}{n}{suffix}"


def plan_title(title: str) -> TitlePlan:
    token = READING.set(title)  # a noun's sense chosen by a neighbour word (title_vocab)
    try:
        return _plan_read(title)
    finally:
        READING.reset(token)


def _plan_read(title: str) -> TitlePlan:
    t = _ROMAN.sub(_roman, unquote(" ".join(title.split())))
    # "Russia – Africa Summit": a spaced dash between two names is the pair's dash.
    t = joined_dashes(t)
    m = _MANNER.search(t)
    if m is None or m.start() == 0:
        return _plan(title, t)
    plan = _plan(title, t[:m.start()])
    manner = " (par vidéoconférence)" if m["open"] else " par vidéoconférence"
    if plan.text is not None:
        return replace(plan, text=plan.text + manner)
    if plan.template is not None:
        return replace(plan, template=plan.template + manner)
    return TitlePlan(title, None, piece=t)


def _plan(title: str, t: str) -> TitlePlan:
    plan = _plan_cased(title, t)
    pair = _pair(title, t)
    if pair is not None and (plan.method != "memory" or pair.method == "memory"):
        # Two events read whole beat one whose slot took the second event as a list's item
        # ("launching X and [the] flag-raising ceremony on Y": no "et de la cérémonie").
        plan = pair
    if plan.text is not None and english_run(plan.text):
        plan = TitlePlan(title, None, piece=t)  # a phrase of the title kept as a name
    lowered = sentence_case(t)
    # A headline-case title read whole is kept unless its French holds a common word of the
    # title as a name ("de Fishing Industry"); then the lower-case readings go first.
    named_common = plan.text is not None and lowered is not None and kept_capitals(
        t, lowered, plan.text)
    if lowered is None or (plan.text is not None and not named_common):
        return plan
    # The headline case of early years, read in lower case: the lexicon's words, else any
    # word WordNet knows, so that the engine does not pass a capitalised common word as a
    # name ("the Cornerstone"); the plan the grammar does most of.
    plans = [p for p in [_plan_cased(title, lowered)] if not english_run(p.text or "")]
    if not (plans and plans[0].text) and (common := sentence_case(t, wordnet=True)) not in (
            None, lowered):
        plans.append(_plan_cased(title, common))
    plans = [p for p in plans if not english_run(p.text or "")]
    # A named thing holding the piece is no reading of a lowered title ("a new Hospital").
    rank = {"memory": 0, "memory+mt": 1, "mt": 2}
    good = [p for p in reversed(plans) if "«" not in (p.template or "")]
    if named_common:  # the engine's piece beats a common word kept in English
        good = [p for p in good if p.method != "mt"
                and not kept_capitals(t, lowered, p.text or p.template or "")]
        return min(good, key=lambda p: rank[p.method], default=plan)
    # Of two plans with a piece, the one leaving the engine less (a slot, not the title).
    return min([*good, plan], key=lambda p: (rank[p.method], p.method == "memory+mt"
                                             and len(p.piece or "") > len(plan.piece or "")))


def _pair(title: str, t: str) -> TitlePlan | None:
    """Two events in one title, the second in lower case ("Ceremony for launching X and
    flag-raising ceremony on Y", "Signing of X and media statements by Y"): each read as a
    title, joined by "et"; one of them may hold the engine's piece."""
    for m in re.finditer(r" and (?=[a-z])", t):
        first, second = t[:m.start()], t[m.end():]
        if not _common_start(second):  # before reading the halves: that is the cost
            continue
        one, two = _plan_cased(title, first), _plan_cased(title, second[:1].upper() + second[1:])
        if "mt" in (one.method, two.method) or (one.text is None and two.text is None):
            continue
        a = one.text if one.text is not None else one.template or ""
        b = two.text if two.text is not None else two.template or ""
        joined = f"{a} et {b[:1].lower()}{b[1:]}"
        if one.text is not None and two.text is not None:
            return TitlePlan(title, joined)
        held = one if one.text is None else two
        return TitlePlan(title, None, joined, held.prep, held.piece)
    return None


# Heads of the events a title pairs: "... and media statements", "and signing ceremony".
_EVENT_HEADS = frozenset({
    "ceremony", "ceremonies", "statements", "statement", "conference", "talks", "meeting",
    "concert", "reception", "visit", "tour", "presentation", "opening", "signing", "parade",
    "briefing", "session", "answers", "exhibition", "celebrations"})


def _common_start(text: str) -> bool:
    """The second event is one: an event's head within its first three words ("flag-raising
    ceremony on X"), not a noun of the first's list ("art for children")."""
    return any(w.split("-")[-1] in _EVENT_HEADS for w in text.split()[:3])


def _plan_cased(title: str, t: str) -> TitlePlan:
    v = vocabulary()
    # A preposition doubled by a typo on the site: "Meeting with of Defence Ministry...".
    t = re.sub(r"\b(with|to|for|on|at) of\b", r"\1", t)
    t = re.sub(r"^Congratulation to\b", "Congratulations to", t)  # the site's typo
    if t in v.titles:
        return TitlePlan(title, v.titles[t])
    if t in v.phrases:  # a title that is a known noun phrase: "Main Naval Parade"
        return TitlePlan(title, _capital(v.phrases[t][1]))
    matches = [(m, fr) for regex, fr in v.frames if (m := regex.match(t)) is not None
               and people_ok(m) and not cut_inside(t, m) and not cuts_phrase(t, m)
               and not _noun_with_complement(m)
               and ("{à/pour:" not in fr or not re.match(r"the\s|[A-Z]", m["x"]))]
    # (What prizes are "for" follows common prizes, not a named one: "the Prize for X".)
    # A frame the grammar fills whole wins over a longer one that needs the engine ("Meeting
    # on {x}" over "Meeting on {x} with {y}" for "on supporting families with children").
    for m, fr in matches:
        filled, left = _fill_slots(fill(fr, m), m)
        if not left and not leading_clause(m):
            return TitlePlan(title, _capital(filled))
    for m, fr in matches:
        if leading_clause(m):
            continue
        filled, left = _fill_slots(fill(fr, m), m)
        opened = _open_plan(title, *_fill_slots(fill(fr, m), m, open_ok=True))
        if opened is not None:
            return opened
        if len(left) > 1 or (m.groupdict().get("y") and left[0][0] == "x"):
            # Of two slots, only the second may go to the engine: an unresolved first
            # one may have been cut inside a name ("Conference on Russian-... Cooperation").
            continue
        (name, prep), = left
        x = m[name]
        template = filled.replace("{" + name + "}", "{mt}")
        needs_article = prep in ("de", "à", "sur") and not re.match(
            r"(?i)(the|a|an|his|her|its|their)\s|[a-z]+ing\s", x)
        return TitlePlan(title, None, template, prep, ("the " + x) if needs_article else x)
    where = where_phrase(re.sub(r"^The\s+", "", t), resolve)
    if where is not None and OPEN_MARK not in where:  # "The Main Naval Parade in X"
        return TitlePlan(title, _capital(ARTICLE.sub("", where)))
    whole = named_open(t, open_ok=False)
    if whole is not None and not english_run(whole):  # a named thing, without its article
        return TitlePlan(title, _capital(ARTICLE.sub("", romanised(whole, t))))
    phrase = noun_phrase(t, resolve)
    if phrase is not None:  # a title that is a noun phrase: "Vostok-2018 military manoeuvres"
        return TitlePlan(title, _capital(ARTICLE.sub("", phrase)))
    whole = named_open(t)
    if whole is not None:  # a named thing holding the engine's piece
        found = _open_plan(title, _capital(ARTICLE.sub("", whole)), [])
        if found is not None:
            return found
    said = news_sentence(t, resolve, person)  # a verb no frame lists ("X will ensure Y")
    if said is not None:
        return TitlePlan(title, _capital(said))
    # A noun phrase but for one phrase: "Anniversary of X".
    np_open = open_phrase(t, resolve, title=True)
    partly = None if np_open is None else _open_plan(
        title, _capital(ARTICLE.sub("", np_open, count=1)), [])
    if partly is not None and (partly.piece is None or (
            "," not in partly.piece and len(partly.piece.split()) <= 0.6 * len(t.split()))):
        return partly  # the grammar writes most of it, the engine one noun phrase, no clause
    return TitlePlan(title, None, piece=t)


def _noun_with_complement(m: re.Match[str]) -> bool:
    """A frame's slot cut wrong: a leading {x} that is a common noun with its own complement
    is the title's head, no modifier of the frame's kind ("Participation in the G20 summit"
    is no summit "of the participation in the G20"); see also the name slot below."""
    x, y = m.groupdict().get("x"), m.groupdict().get("y")
    if x and y and m.start("y") > m.end("x") and x.split()[-1].lower() in lexicon().participles:
        return True  # "{x} to {y}" cut after a participle: "officers appointed" | "to posts"
    if x and m.end("x") < len(m.string) and m.string[m.end("x") + 1:][:1].isupper() and \
            re.search(r"\b(?!(?:the|and|of)\b)[a-z]+\b", x):
        # A slot before a capitalised kind is that kind's name ("Visit to {x} Region"), no
        # phrase of common words: "a dairy farm in Voronezh" is no region's name.
        return True
    kind = m.string[m.end("x"):] if x else ""
    if not x or m.start("x") != 0 or y or not kind or re.search(
            r"\b(?:in|at|to|on|with|of|for)\b", kind):
        return False  # only a slot before the frame's kind alone ("{x} summit")
    first = re.match(r"([A-Za-z][a-z]+) (?:in|at|to|with) ", x)
    return first is not None and first[1].lower() in lexicon().nouns


def _open_plan(title: str, filled: str, left: list[tuple[str, str | None]]
               ) -> TitlePlan | None:
    """A title whose named thing holds the engine's one piece (a slogan, a complement)."""
    if left:
        return None
    opened = split_open(filled)
    if opened is None:
        return TitlePlan(title, _capital(filled)) if OPEN_MARK not in filled else None
    template, prep, piece = opened
    return TitlePlan(title, None, _capital(template), prep, piece)


# Named things read their slots, places and words with this grammar.
named.use_grammar(named.Grammar(
    resolve, of_fr, english_word, place_words, lambda: vocabulary().demonyms,
    lambda: vocabulary().of_places, lambda: vocabulary().phrases, designation_fr))


def translate_titles(titles: Sequence[str], engine: Engine | None, src: str, dst: str,
                     names: Sequence[Sequence[str]] | None = None,
                     cache: TranslationCache | None = None) -> list[tuple[str, Method]]:
    """Each title in French and how it was made; with no engine, unresolved titles stay.

    The pieces sent to the engine go through ``cache`` like blocks do.
    """
    from daybook.translate.protect import translate_texts

    plans = [plan_title(t) for t in titles]
    todo = [i for i, p in enumerate(plans) if p.text is None and p.piece]
    # A slogan with a demonym the engine would misread goes without it (title_slogans.py).
    helped = {i: h for i in todo if plans[i].prep == SLOGAN
              and (h := slogan_for_engine(plans[i].piece or "")) is not None}
    mt: dict[int, str] = {}
    if todo and engine is not None and engine.supports(src, dst):
        # A title sent whole opens with its first word as the engine reads it (title_case).
        pieces = [helped[i][0] if i in helped else plans[i].piece or "" if plans[i].template
                  else engine_first(plans[i].piece or "") for i in todo]
        hits = cache.get_many(engine.name, src, dst, pieces) if cache is not None else {}
        miss = [k for k, piece in enumerate(pieces) if piece not in hits]
        if miss:
            outs = translate_texts([pieces[k] for k in miss], engine, src, dst,
                                   [names[todo[k]] for k in miss] if names else None)
            fresh = {pieces[k]: o.text.strip() for k, o in zip(miss, outs, strict=True)}
            if cache is not None:
                cache.put_many(engine.name, src, dst, fresh)
            hits.update(fresh)
        mt = {i: slogan_from_engine(hits[piece], helped[i][1]) if i in helped else hits[piece]
              for i, piece in zip(todo, pieces, strict=True)}
    result: list[tuple[str, Method]] = []
    for i, p in enumerate(plans):
        result.append(_title_result(p, mt.get(i)))
    # The Government of Russia with its capital, another's without (title_vocab.py).
    return [(government_capital(text), how) for text, how in result]


def _title_result(p: TitlePlan, mt: str | None) -> tuple[str, Method]:
    """One title's French from its plan and the engine's piece (None if none)."""
    if p.text is not None:
        return p.text, "memory"
    if mt is not None and p.template is not None:
        piece = engine_piece(mt, p.prep, p.piece or "")
        return _capital(p.template.replace("{mt}", piece)), "memory+mt"
    if mt is not None:
        return _capital(mt), "mt"
    return p.title, "source"
