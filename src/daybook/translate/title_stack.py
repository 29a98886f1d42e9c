"""The premodifier stack of a title's English noun phrase, read word by word (split from
``title_np.py``, which handles what comes after the head and calls ``stack``).

"international investor community representatives": adjectives, modifier nouns, names and
places before a head noun. ``stack`` reads them with the lexicon of ``data/title_np.json``
(nouns, compounds, adjectives), the place and institution tables and the phrases of the
title grammar, and returns the head ``Item`` with its French modifiers nearest first
("les représentants de la communauté des investisseurs internationaux"); a word no table
knows, or a capitalised name of common words before its lower-case kind (named.py's),
makes it None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from daybook.translate.french import contract, with_article
from daybook.translate.title_general import common_adjective, common_noun
from daybook.translate.title_lexicon import (
    Noun,
    agree,
    lexicon,
    name_fr,
    phrases,
    thing_heads,
)
from daybook.translate.title_vocab import READING, headline_case, sense, vocabulary
from daybook.translate.wordnet import english, proper_only

Resolve = Callable[[str], "str | None"]

def article_of(gn: str) -> str:
    return "les" if gn.endswith("p") else ("la" if gn.startswith("f") else "le")


def before_noun(adj: str, gn: str, head: str) -> str:
    """An agreed adjective right before ``head``: the masculine French writes before a
    vowel ("nouvel accord", "vieil homme")."""
    if gn == "m" and re.match(r"[aeiouéèh]", head):
        return {"nouveau": "nouvel", "vieux": "vieil", "beau": "bel"}.get(adj, adj)
    return adj


@dataclass(slots=True)
class Item:
    """One noun of the stack with what goes with it in French."""

    noun: Noun
    plural: bool
    pre: list[str] = field(default_factory=list)  # adjectives French puts before it
    post: list[str] = field(default_factory=list)  # adjectives after it, English order
    comps: list[str] = field(default_factory=list)  # its modifier nouns, nearest first
    names: list[str] = field(default_factory=list)  # proper names, places ("de X")
    late: list[str] = field(default_factory=list)  # adjectives before its own name, after it

    @property
    def gn(self) -> str:
        g = self.noun.gender
        if g.endswith("p"):
            return g
        return g + "p" if self.plural else g

    def text(self) -> str:
        gn = self.gn
        head = self.noun.pl if self.plural and not self.noun.gender.endswith("p") \
            else self.noun.sg
        pre = [agree(a, gn) for a in self.pre]
        if pre:
            pre[-1] = before_noun(pre[-1], gn, head)
        # French puts the adjectives after the noun in the reverse order of English's.
        post = [agree(a, gn) for a in reversed(self.post)]
        # "communauté des investisseurs" + "international": after the compound's noun.
        # ("milieux d’affaires", "usine de traitement": a bare "de" makes one word of it.)
        split = re.split(r"( (?:des|du|de la|de l’) ?)", head, maxsplit=1)
        core, sep, rest = split if len(split) == 3 else (head, "", "")
        # "restored Saur-Mogila memorial complex": the adjective before the thing's own
        # name qualifies the named thing, after its name ("complexe commémoratif
        # Saur-Mogila restauré"), as after a place ("Leningrad assiégé").
        late = [agree(a, gn) for a in reversed(self.late)]
        return " ".join([*pre, core, *post]) + sep + rest + "".join(
            " " + c for c in [*self.comps, *self.names, *late])


def _singular(word: str) -> list[str]:
    low = word.lower()
    out = []
    if low.endswith("ies"):
        out.append(low[:-3] + "y")
    if low.endswith(("ches", "shes", "sses", "xes")):
        out.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss"):
        out.append(low[:-1])
    return out


_HEAD_PRE = frozenset({"nouveau", "ancien", "premier", "dernier", "second", "défunt"})
ORD = re.compile(r"^(\d+)(st|nd|rd|th)$")


def noun_at(words: list[str], i: int) -> tuple[int, Noun, bool] | None:
    """The longest noun (or compound) starting at ``i``: (length, noun, plural)."""
    lex = lexicon()
    for n in range(min(lex.longest, len(words) - i), 0, -1):
        chunk = " ".join(words[i:i + n]).lower()
        if chunk in lex.nouns:
            plural = chunk.endswith("s") and not chunk.endswith("ss") and any(
                s in lex.nouns for s in _singular(chunk)) and chunk not in (
                "news", "series", "congress", "campus", "bus", "gas", "works")
            # English plurals in -men and "children" ("the women", "servicemen").
            head, _, rest = chunk.partition(" of ")
            plural = plural or (rest != "" and any(f"{s} of {rest}" in lex.nouns
                                                   for s in _singular(head))) \
                or (chunk.endswith("men") and chunk[:-3] + "man" in lex.nouns) \
                or (chunk.endswith("children") and chunk[:-3] in lex.nouns)
            if (chosen := sense(chunk)) is not None:  # "(fair) competition": concurrence
                return n, Noun(chosen[0], chosen[1], chosen[1] if chosen[0].endswith("p")
                              else chosen[1] + "s", "def"), plural
            return n, lex.nouns[chunk], plural
        last = chunk.rsplit(" ", 1)
        for sing in _singular(last[-1]):
            key = " ".join([*last[:-1], sing]) if len(last) > 1 else sing
            if key in lex.nouns:
                return n, lex.nouns[key], True
        first = chunk.split(" ", 1)
        if len(first) > 1 and first[1].startswith("of "):
            # "heads of state": a compound "N of M" takes the plural on its head.
            for sing in _singular(first[0]):
                if f"{sing} {first[1]}" in lex.nouns:
                    return n, lex.nouns[f"{sing} {first[1]}"], True
    # A lower-case common word the lexicon lacks: the engine's own dictionaries' noun.
    general = common_noun(words[i]) if _written_lower(words, i) else None
    return (1, general[0], general[1]) if general is not None else None


def _adjective_at(words: list[str], i: int) -> tuple[int, str, bool] | None:
    lex = lexicon()
    for n in range(min(lex.longest, len(words) - i), 0, -1):
        chunk = " ".join(words[i:i + n])
        low = chunk.lower()
        if low in lex.adjectives:
            fr, pre = lex.adjectives[low]
            return n, fr, pre
        if n == 1 and chunk in vocabulary().demonyms:
            return 1, vocabulary().demonyms[chunk], False
    general = common_adjective(words[i]) if _written_lower(words, i) else None
    return (1, general, False) if general is not None else None


def _written_lower(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is in lower case in the title as written (not lowered
    from a headline or a name's capitals): only such a word is read from the engine's
    dictionaries (``title_general``); "Ice Cube" stays a name."""
    if i >= len(words) or not words[i].islower():
        return False
    title = READING.get()
    if re.search(rf"(?<![\w’'-]){re.escape(words[i])}(?![\w’'-])", title) is not None:
        return True
    return headline_case(title) and _alone(title.split(), words[i])


def _alone(title: list[str], word: str) -> bool:
    """In a headline-case title, whether ``word`` stands between words the lexicon knows
    (or small ones): two capitalised words it lacks side by side are a name ("Ice Cube",
    "Petroleum Robert"), each one alone a common word ("Celebration Evening")."""
    lex = lexicon()
    at = [k for k, w in enumerate(title) if w.lower() == word]
    if len(at) != 1:
        return False

    def unknown(k: int) -> bool:
        w = title[k].strip(",.:;’'") if 0 <= k < len(title) else ""
        return w[:1].isupper() and w.lower() not in lex.nouns and w.lower() not in \
            lex.adjectives and not any(s in lex.nouns for s in _singular(w))

    end = at[0]
    while end + 1 < len(title) and (title[end + 1][:1].isupper() or title[end + 1] in (
            "of", "in", "and", "for")):
        end += 1
    if title[end].lower().strip(",.:;") in _BODIES:
        return False  # an organisation's own name: "Small Businesses in Science ... Foundation"
    return not unknown(at[0] - 1) and not unknown(at[0] + 1)


# Heads of organisations' names, whose words are the name's, not common ones of the title.
_BODIES = frozenset({"foundation", "fund", "society", "association", "union", "institute",
                     "council", "committee", "company", "corporation", "organisation",
                     "organization", "agency", "academy", "university", "league",
                     "federation", "club", "party", "movement", "group"})


def _phrase_at(words: list[str], i: int) -> tuple[int, str] | None:
    """A capitalised phrase of the title grammar (two words or more) starting at ``i``,
    with its article: "Russia Day" -> "la Journée de la Russie"."""
    if not words[i][:1].isupper():
        return None
    for n in range(min(6, len(words) - i), 1, -1):
        found = phrases().get(" ".join(words[i:i + n]).lower())
        if found is not None:
            return n, with_article(*found)
    return None


def _institution_at(words: list[str], i: int) -> tuple[int, str] | None:
    """A capitalised institution or place of two words or more starting at ``i`` ("State
    Council" -> "du Conseil d’État"), the longest one the tables know."""
    from daybook.translate.title_places import of_fr

    run = 0
    while i + run < len(words) and words[i + run][:1].isupper():
        run += 1
    for n in range(run, 1, -1):
        found = of_fr(" ".join(words[i:i + n]))
        if found is not None:
            return n, contract("de", with_article(found[0], found[1]))
    return None


def _name_at(words: list[str], i: int, resolve: Resolve) -> tuple[int, str, bool] | None:
    """A place ("de la Crimée", True) or a proper name kept or romanised ("Loujniki",
    False) starting at ``i``: capitalised words no lexicon knows."""
    from daybook.translate.title_places import of_fr
    from daybook.translate.title_stems import region_stem_fr

    run = 0
    while i + run < len(words) and (
            (re.match(r"^[A-Z][\w’'.-]*$|^[A-Z]+-\d+$", words[i + run])
            and noun_at(words, i + run) is None and _adjective_at(words, i + run) is None)
            or (run and words[i + run] in ("de", "van", "von", "der", "da", "del", "la")
            and i + run + 1 < len(words) and words[i + run + 1][:1].isupper())):
        run += 1
    for n in range(run, 0, -1):
        chunk = " ".join(words[i:i + n])
        found = of_fr(chunk)
        if found is not None:
            return n, contract("de", with_article(found[0], found[1])), True
    if run == 0:
        return None
    chunk = " ".join(words[i:i + run])
    if re.search(r"(?:’s|'s|’|')$", chunk) or any(re.search(r"’s$|'s$", w) for w in
                                                  words[i:i + run]):
        return None  # "Federation President’s Sambo Cup": a possessive, no name
    if run == 1 and (stem := region_stem_fr(chunk)) is not None:
        return 1, stem, True  # "Amur": a region's own name, though WordNet knows it
    if run == 1 and english(chunk) and not proper_only(chunk):
        # One English word is no name ("Olympians"); two may be ("Vitus Bering"), and so
        # may one WordNet knows only as a name ("Rostov Nuclear Power Plant").
        return None
    return run, name_fr(chunk, venue=words[-1].lower() in VENUES), False


# Kinds of places whose own name the French press keeps as written, even of common words
# ("le centre de curling Ice Cube"), where an event's or a campaign's is said in French.
VENUES = frozenset({"centre", "center", "stadium", "arena", "palace", "hall", "park",
                    "museum", "theatre", "plant", "factory", "shipyard", "resort", "camp",
                    "cathedral", "church", "monastery", "hotel", "airport", "port"})


_PLANT_SITE = re.compile(r"\b(centrales?(?: (?:nucléaire|hydroélectrique|thermique)s?)?|"
                         r"aéroports?(?: internationa(?:l|ux))?)"
                         r" (?![dl]’|d[eu] |des |la |le )([A-ZÉÈ]\S*)")


def site_de(fr: str) -> str:
    """A power plant or an airport is named after its site, after "de" (general French
    usage: "la centrale nucléaire de Rostov", "l’aéroport de Cheremetievo")."""
    return _PLANT_SITE.sub(lambda m: f"{m[1]} {contract('de', m[2])}", fr)


def stack(words: list[str], resolve: Resolve) -> tuple[Item, str | None, str] | None:
    """The premodifier stack with its head (the last noun), an ordinal, the head's English."""
    items: list[Item] = []
    pre: list[str] = []
    post: list[str] = []
    names: list[str] = []
    late: list[str] = []  # adjectives English puts before a name ("restored Saur-Mogila")
    states: list[str] = []  # post adjectives that are participles ("restored"), not kinds
    personal: set[str] = set()  # adjectives from nouns of people ("Student Spring")
    origins: set[str] = set()  # demonyms read as adjectives ("Russian": "russe")
    ordinal: str | None = None
    trailing = 0  # words of a name after the last noun ("... Forum Right Makes Might")
    i = 0
    if words and (m := ORD.match(words[0])):
        ordinal, i = m.group(1), 1
    while i < len(words):
        w = words[i]
        place = _institution_at(words, i)
        if place is not None:  # "State Council working group": the Conseil d’État's
            names.append(place[1])
            i += place[0]
            continue
        phrase = _phrase_at(words, i)
        if phrase is not None and i + phrase[0] < len(words):
            # A phrase of the title grammar modifying a noun ("Russia Day reception"): a
            # holiday or an anniversary is what an event is held for, "à l’occasion de".
            n, fr = phrase
            occasion = re.match(r"(?:l’|le |la |les )?(?:[Jj]ournée|[Jj]our|[Ff]ête|"
                                r"anniversaire|centenaire)\b", fr)
            names.append(("à l’occasion " if occasion else "") + contract("de", fr))
            i += n
            continue
        noun = noun_at(words, i)
        adj = _adjective_at(words, i)
        if noun is not None and (adj is None or noun[0] > adj[0]
                                 or (noun[0] == adj[0] and i + noun[0] == len(words))):
            n, found, plural = noun
            last = i + n == len(words)
            # A name names the next noun that is a thing ("Amur Gas Processing Plant":
            # the plant), not a bare modifier ("gas").
            keep = names if found.mod == "bare" and not last else []
            items.append(Item(found, plural, pre, post, names=[] if keep else names,
                              late=[] if keep else late))
            # A copy: the item may hold the same (empty) list ("newspaper Kathimerini").
            pre, post, names, trailing, states = [], [], list(keep), 0, []
            late = late if keep else []
            i += n
            continue
        if adj is not None:
            n, fr, before = adj
            if n == 1 and w in vocabulary().demonyms:
                origins.add(fr)
            side = pre if before else post
            side.append(fr)
            if not before and n == 1 and re.fullmatch(r"[a-z]+ed", words[i]):
                states.append(fr)
            if n == 1 and (as_noun := lexicon().nouns.get(words[i].lower())) is not None \
                    and as_noun.mod == "pl":
                personal.add(fr)  # "Student": a noun of people as an adjective
            i += n
            other = _joined_adjective(words, i)
            if other is not None and other[2] == before:
                # "public and political figures": two adjectives joined by "and" are one
                # modifier, each agreed ("personnalités publiques et politiques").
                side[-1] = f"{fr} et {other[1]}"
                i += 1 + other[0]
            continue
        if w.lower() == "and" and names and i + 1 < len(words):
            names.append("et")
            i += 1
            continue
        if re.fullmatch(r"(?:19|20)\d\d", w):
            names.append(w)
            i += 1
            continue
        name = _name_at(words, i, resolve)
        if name is None:
            return None
        if states and not names and not name[2]:
            # A participle before a kept name is the named thing's state ("restored"),
            # not its kind ("international Tavrida festival": "festival international").
            late, post = states, [a for a in post if a not in states]
        names.append(name[1])
        i += name[0]
        trailing = name[0] if not pre and not post else 0
    if names and items and not (pre or post or late):
        items[-1].names.extend(names)  # "agribusiness enterprise Dmitrova Gora"
        names = []
    if not items or pre or post or names or late:
        return None  # the stack ends with a modifier, not a noun
    head = items[-1]
    if _name_before_kind(words, head):
        return None
    if head.noun.sg.startswith(("centrale", "aéroport")):  # "la centrale de Rostov"
        head.names = [site_de("centrale " + n)[9:] for n in head.names]
    title_case = all(not w[:1].islower() or w in ("and", "of") for w in words)
    named = any(item.names for item in items)
    thing = head.noun.sg.split(" ")[0] in thing_heads()
    if title_case and (len(words) - trailing > 5
                       or ((named or ordinal is not None) and not thing)):
        # A capitalised phrase is a name: read only a named thing's ("... Forum", "...
        # Plant"), not a company's ("Sakhalin Energy") nor a long one ("Night Hockey
        # League National Amateur Teams Hockey Festival").
        return None
    if title_case:
        # A named thing in Title Case: its adjectives are the head's ("World Olympians
        # Forum" -> "Forum mondial des olympiens"), as named.py reads them.
        # A noun of people used as an adjective stays with its own noun ("Russian Student
        # Spring Festival": "Festival russe du printemps étudiant", the students' spring).
        for item in items[:-1]:
            head.post[:0] = [a for a in item.post if a not in personal]
            head.pre[:0] = item.pre
            item.post, item.pre = [a for a in item.post if a in personal], []
    for item in items[:-1]:  # "new Navy warships": "new" is the warships'
        head.pre.extend(a for a in item.pre if a in _HEAD_PRE)
        item.pre = [a for a in item.pre if a not in _HEAD_PRE]
    for item in items[:-1]:
        head.post[:0] = quality_of_head(item, origins)
    head.comps = [_complement(item) for item in reversed(items[:-1])]
    if head.noun.sg in _EN_HEADS and len(items) == 2 and not items[0].names \
            and not items[0].plural:
        head.comps = ["en " + items[0].text()]
    return head, ordinal, words[len(words) - trailing - 1]


def quality_of_head(item: Item, origins: set[str]) -> list[str]:
    """Take from a bare modifier noun ("gas") the adjectives English puts before an origin
    adjective of it ("reliable Russian gas supplies"), and return them: English orders
    quality before origin before the noun, so a quality before the origin qualifies the
    whole compound, i.e. its head ("approvisionnements fiables de gaz russe"). An adjective
    after the origin ("Russian natural gas") stays the modifier's."""
    if item.names or item.plural:
        return []
    # A quality of a flow or a service, not of a substance, is the head's wherever it
    # stands: "reliable natural gas supplies" -> "approvisionnements fiables en gaz naturel".
    flow = [a for a in item.post if a in _FLOW_QUALITIES]
    item.post = [a for a in item.post if a not in _FLOW_QUALITIES]
    if item.noun.mod != "bare":
        return flow
    first = next((k for k, a in enumerate(item.post) if a in origins), -1)
    if first <= 0:
        return flow
    moved, item.post = item.post[:first], item.post[first:]
    return [*moved, *flow]


# Adjectives that qualify a supply, a service or a process and never a substance (Quirk et
# al., "reliable gas supplies": the evaluative adjective modifies the whole compound).
_FLOW_QUALITIES = frozenset({"fiable", "ininterrompu", "stable", "régulier", "durable",
                             "supplémentaire", "sûr", "efficace", "abordable"})
# Heads French joins to a bare substance with "en" (Le Robert: "approvisionnement en eau",
# "besoins en énergie"), not "de".
_EN_HEADS = frozenset({"approvisionnement", "besoin", "autosuffisance"})


def _joined_adjective(words: list[str], i: int) -> tuple[int, str, bool] | None:
    """The adjective after "and" at ``i`` when a noun still follows it ("and political
    figures"); not a noun the "and" joins ("and defence industry heads")."""
    if i + 2 >= len(words) or words[i].lower() != "and":
        return None
    adj = _adjective_at(words, i + 1)
    noun = noun_at(words, i + 1)
    if adj is None or (noun is not None and noun[0] >= adj[0]) or i + 1 + adj[0] >= len(words):
        return None
    return adj


def joins_adjectives(x: str, cut: int) -> bool:
    """Whether the "and" at character ``cut`` of ``x`` joins two adjectives before their
    noun ("Indian public and political figures"), not two phrases."""
    before = x[:cut].split()
    if not before or noun_at(before, len(before) - 1) is not None \
            or _adjective_at(before, len(before) - 1) is None:
        return False
    return _joined_adjective(x[cut + 1:].split(), 0) is not None


def _name_before_kind(words: list[str], head: Item) -> bool:
    """A capitalised name of common words before the lower-case kind it names ("New
    Knowledge online marathon", "Memory Watch national commemorative event"): the name is
    one unit, quoted by named.py, not an adjective and a noun of the stack ("nouveau
    marathon du savoir"). Two capitalised words at least, none a demonym, a place, an
    institution or a phrase of the grammar ("Russian Energy Week forum" is read here),
    each a noun or an adjective of the lexicon (an adverbs' slogan is name_fr's)."""
    from daybook.translate.named import table
    from daybook.translate.title_places import of_fr

    start = 1 if words and ORD.match(words[0]) else 0
    run = start
    while run < len(words) and re.fullmatch(r"[A-Z][a-z]+", words[run]) \
            and words[run] not in vocabulary().demonyms and of_fr(words[run]) is None \
            and _institution_at(words, run) is None and _phrase_at(words, run) is None \
            and (noun_at(words, run) or _adjective_at(words, run)):
        run += 1
    kind = words[-1].lower()
    return run - start >= 2 and run < len(words) and all(
        w[:1].islower() for w in words[run:]) and (
        kind in table().heads or kind.rstrip("s") in table().heads) and head.noun.sg != ""


def _complement(item: Item) -> str:
    """A modifier noun as French writes it after its head: "de gaz", "du gazoduc X",
    "des investisseurs internationaux"."""
    mod = item.noun.mod
    if mod == "pl" and not item.noun.gender.endswith("p"):
        item.plural = True
    text = item.text()
    if mod == "bare" and not item.names:
        return contract("de", text)
    return contract("de", with_article(article_of(item.gn), text))
