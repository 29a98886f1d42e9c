"""English noun phrases of titles in French, by their grammar rather than by the engine.

An English title stacks modifiers before its head noun ("Amur Gas Processing Plant
construction site", "international investor community representatives"); French puts the
head first and each modifier after it, nearest first: "le chantier de construction de
l’usine de traitement de gaz Amour", "les représentants de la communauté des investisseurs
internationaux". ``noun_phrase`` reads such a phrase word by word with the lexicon of
``data/title_np.json`` (nouns, compounds, adjectives; general French usage): an adjective
goes with the noun after it, agreed; a noun modifier becomes "de" + the noun, with its
article or without as the noun reads in French ("du gazoduc", "de gaz", "des
investisseurs"); a proper name goes after the noun it names ("le stade Loujniki", romanised
when it is Russian); a place after its noun with "de". After the head: a participle with
its complement ("officers appointed to senior posts" -> "les officiers nommés à des postes
supérieurs"), a preposition and a phrase ("at the summit of X"), "marking" / "celebrating"
X ("à l’occasion de X"), "in honour of X"; a possessive before it ("Crimea and
Sevastopol’s reunification with Russia" -> "la réunification de la Crimée et de Sébastopol
avec la Russie"). A word the lexicon does not know leaves the whole phrase to the rest of
the grammar (None), so the engine never gets half a phrase from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from daybook.translate.french import ARTICLE, contract, with_article
from daybook.translate.title_lexicon import (
    Noun,
    agree,
    and_at,
    english,
    lexicon,
    name_fr,
    named_head,
    phrases,
    thing_heads,
)
from daybook.translate.title_stems import act_head
from daybook.translate.title_vocab import sense, vocabulary

Resolve = Callable[[str], "str | None"]


def _article(gn: str) -> str:
    return "les" if gn.endswith("p") else ("la" if gn.startswith("f") else "le")


@dataclass(slots=True)
class _Item:
    """One noun of the stack with what goes with it in French."""

    noun: Noun
    plural: bool
    pre: list[str] = field(default_factory=list)  # adjectives French puts before it
    post: list[str] = field(default_factory=list)  # adjectives after it, English order
    comps: list[str] = field(default_factory=list)  # its modifier nouns, nearest first
    names: list[str] = field(default_factory=list)  # proper names, places ("de X")

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
        if pre and gn == "m" and re.match(r"[aeiouéèh]", head):  # "nouvel accord"
            pre[-1] = {"nouveau": "nouvel", "vieux": "vieil", "beau": "bel"}.get(pre[-1],
                                                                              pre[-1])
        # French puts the adjectives after the noun in the reverse order of English's.
        post = [agree(a, gn) for a in reversed(self.post)]
        # "communauté des investisseurs" + "international": after the compound's noun.
        # ("milieux d’affaires", "usine de traitement": a bare "de" makes one word of it.)
        split = re.split(r"( (?:des|du|de la|de l’) ?)", head, maxsplit=1)
        core, sep, rest = split if len(split) == 3 else (head, "", "")
        return " ".join([*pre, core, *post]) + sep + rest + "".join(
            " " + c for c in [*self.comps, *self.names])


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
_NUMBER = re.compile(r"^(?:\d+(?:st|nd|rd|th)?|(?:19|20)\d\d)$")
_ORD = re.compile(r"^(\d+)(st|nd|rd|th)$")


def noun_at(words: list[str], i: int) -> tuple[int, Noun, bool] | None:
    """The longest noun (or compound) starting at ``i``: (length, noun, plural)."""
    lex = lexicon()
    for n in range(min(lex.longest, len(words) - i), 0, -1):
        chunk = " ".join(words[i:i + n]).lower()
        if chunk in lex.nouns:
            plural = chunk.endswith("s") and not chunk.endswith("ss") and any(
                s in lex.nouns for s in _singular(chunk)) and chunk not in (
                "news", "series", "congress", "campus", "bus", "gas", "works")
            if (chosen := sense(chunk)) is not None:  # "(fair) competition": concurrence
                return n, Noun(chosen[0], chosen[1], chosen[1] if chosen[0].endswith("p")
                              else chosen[1] + "s", "def"), plural
            return n, lex.nouns[chunk], plural
        last = chunk.rsplit(" ", 1)
        for sing in _singular(last[-1]):
            key = " ".join([*last[:-1], sing]) if len(last) > 1 else sing
            if key in lex.nouns:
                return n, lex.nouns[key], True
    return None


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
    return None


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
    if run == 1 and english(chunk):
        return None  # one English word is no name ("Olympians"); two may be ("Vitus Bering")
    return run, name_fr(chunk), False


def _stack(words: list[str], resolve: Resolve) -> tuple[_Item, str | None, str] | None:
    """The premodifier stack with its head (the last noun), an ordinal, the head's English."""
    items: list[_Item] = []
    pre: list[str] = []
    post: list[str] = []
    names: list[str] = []
    ordinal: str | None = None
    trailing = 0  # words of a name after the last noun ("... Forum Right Makes Might")
    i = 0
    if words and (m := _ORD.match(words[0])):
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
            items.append(_Item(found, plural, pre, post, names=[] if keep else names))
            pre, post, names, trailing = [], [], keep, 0
            i += n
            continue
        if adj is not None:
            n, fr, before = adj
            (pre if before else post).append(fr)
            i += n
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
        names.append(name[1])
        i += name[0]
        trailing = name[0] if not pre and not post else 0
    if names and items and not (pre or post):
        items[-1].names.extend(names)  # "agribusiness enterprise Dmitrova Gora"
        names = []
    if not items or pre or post or names:
        return None  # the stack ends with a modifier, not a noun
    head = items[-1]
    if _name_before_kind(words, head):
        return None
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
        for item in items[:-1]:
            head.post[:0], head.pre[:0] = item.post, item.pre
            item.post, item.pre = [], []
    for item in items[:-1]:  # "new Navy warships": "new" is the warships'
        head.pre.extend(a for a in item.pre if a in _HEAD_PRE)
        item.pre = [a for a in item.pre if a not in _HEAD_PRE]
    head.comps = [_complement(item) for item in reversed(items[:-1])]
    return head, ordinal, words[len(words) - trailing - 1]


def _name_before_kind(words: list[str], head: _Item) -> bool:
    """A capitalised name of common words before the lower-case kind it names ("New
    Knowledge online marathon", "Memory Watch national commemorative event"): the name is
    one unit, quoted by named.py, not an adjective and a noun of the stack ("nouveau
    marathon du savoir"). Two capitalised words at least, none a demonym, a place, an
    institution or a phrase of the grammar ("Russian Energy Week forum" is read here),
    each a noun or an adjective of the lexicon (an adverbs' slogan is name_fr's)."""
    from daybook.translate.named import table
    from daybook.translate.title_places import of_fr

    start = 1 if words and _ORD.match(words[0]) else 0
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


def _complement(item: _Item) -> str:
    """A modifier noun as French writes it after its head: "de gaz", "du gazoduc X",
    "des investisseurs internationaux"."""
    mod = item.noun.mod
    if mod == "pl" and not item.noun.gender.endswith("p"):
        item.plural = True
    text = item.text()
    if mod == "bare" and not item.names:
        return contract("de", text)
    return contract("de", with_article(_article(item.gn), text))


_PREPS = {"of": "de", "on": "sur", "for": "pour", "at": "à", "with": "avec", "to": "à",
          "from": "de", "between": "entre", "under": "sous", "against": "contre",
          "after": "après", "during": "pendant", "by": "par", "about": "sur",
          "among": "parmi", "in": "en", "into": "dans", "across": "à travers",
          "near": "près de", "since": "depuis"}


def _object(text: str, prep: str, resolve: Resolve, *, indef: bool = False) -> str | None:
    """A preposition's object with its article, through the title grammar first; with
    ``indef`` a bare plural takes "des" ("nommés à des postes supérieurs")."""
    if indef and not re.match(r"(?i)(?:the|a|an)\s", text):
        own = noun_phrase(text, resolve, article="indef")
        if own is not None:
            return own
    found = resolve(text)
    if found is not None and found != text:
        return found
    if re.match(r"(?i)(?:the)\s", text):
        return noun_phrase(text, resolve)
    bare = re.sub(r"^(?:a|an)\s+", "", text)
    if prep in ("avec", "sans") and bare == text:
        return noun_phrase(bare, resolve, article="none")  # "familles avec enfants"
    return noun_phrase(bare, resolve, article="indef" if indef or bare != text else "def")


def _with_prep(prep_en: str, obj: str) -> str:
    prep = _PREPS[prep_en]
    if prep_en in ("in", "at") and re.match(r"(?:la )?[Bb]ataille ", obj):
        return "lors " + contract("de", with_article("la", ARTICLE.sub("", obj)))  # a battle
    if prep in ("de", "à", "en"):
        if prep == "en" and not re.match(r"^(?:la|le|les|l’)\s?", obj):
            return contract("en", obj)
        if prep == "en":  # "in the regions": "dans les régions"; a place: "en Russie"
            head = ARTICLE.sub("", obj).split(" ", 1)[0]
            return contract("en", obj) if head[:1].isupper() or head in (
                "région", "kraï", "république", "district", "territoire") else "dans " + obj
        return contract(prep, obj)
    return f"{prep} {obj}"


def noun_phrase(x: str, resolve: Resolve, *, article: str = "def") -> str | None:
    """``x`` in French with its article ("def": le/la/les; "indef": un/une/des; "none"),
    or None when a word of it is not in the lexicon."""
    x = " ".join(x.split()).strip(" ,")
    if not x or len(x) > 200:
        return None
    m = re.match(r"^(?:the|The)\s+(.+)$", x)
    if m:
        x, article = m.group(1), ("def" if article != "none" else "none")
    m = re.match(r"^(?:a|an|An|A)\s+(.+)$", x)
    if m and article == "def":  # "an exhibition on X": "une exposition sur X"
        x, article = m.group(1), "indef"
    if re.fullmatch(r"[A-Z][a-z]{4,}(?:-[A-Z][a-z]+)?", x):
        from daybook.translate.places import looks_russian_place

        # A Russian place no table knows, romanised ("Cherepovets" -> "Tcherepovets"; WordNet
        # lists some such towns, so its knowing the word does not make it English).
        if looks_russian_place(x):
            return name_fr(x)
    ranked = _ranked_institution(x)
    if ranked is not None:  # "the seventh State Duma": "la septième Douma d’État"
        return ranked if article == "def" else ARTICLE.sub("", ranked)
    whole = lexicon().nouns.get(x.lower())
    if whole is not None and " " in x and re.search(r" (?:of|to|for|on) ", x):
        # A compound with its own preposition: "Address to the Federal Assembly".
        return _render(x.split(), resolve, article)
    known = phrases().get(x.lower())
    if known is not None:  # "Hero of Labour Medals": a phrase of the title grammar
        return with_article(*known) if article == "def" else known[1]
    words = x.split()
    if " and " in x and "," not in x and not re.search(r"(?:’s|'s|’|')\s", x) \
            and not _places_pair(x) and and_at(x) >= 0:
        # "Hero of Labour Medals and Russian Federation National Awards": two phrases; a
        # capitalised one only when the grammar knows it (not "7th International Aviation"
        # and "Space Salon": one name).
        cut = and_at(x)
        first, second = x[:cut], x[cut + 5:]
        parts = [resolve(p) or (None if p[:1].isupper() else
                                noun_phrase(p, resolve, article=article))
                 for p in (first, second)]
        if parts[0] and parts[1] and parts[0] != first and parts[1] != second:
            return f"{parts[0]} et {parts[1]}"
    done = _postmodified(words, resolve, article)
    if done is not None:
        return done
    acted = act_head(words, lambda t: noun_phrase(t, resolve))
    if acted is not None:
        return _determined(*acted, article)
    owned = _possessive(x, resolve, article)
    if owned is not None:
        return owned
    return _render(words, resolve, article)


def _places_pair(x: str) -> bool:
    """Two places before the nouns they modify ("Crimea and Sevastopol reunification"): one
    stack, not two phrases ("la Crimée et le rassemblement de ..."). Not countries: the
    stack reads a country before a noun as its adjective ("Belarus leaders")."""
    from daybook.translate.places import country_fr
    from daybook.translate.title_places import of_fr

    first, _, second = x.partition(" and ")
    if of_fr(first) is None or country_fr(first) is not None:
        return False
    words = second.split()
    return any(" ".join(words[n:])[:1].islower() and of_fr(" ".join(words[:n]))
               and country_fr(" ".join(words[:n])) is None for n in (1, 2, 3))


def _ranked_institution(x: str) -> str | None:
    """An ordinal before an institution the tables know, in French order with its article:
    "seventh State Duma" -> "la septième Douma d’État", "7th State Duma" -> "la 7e ..."."""
    from daybook.translate.title_places import of_fr

    first, _, rest = x.partition(" ")
    m = _ORD.match(first)
    found = of_fr(rest) if rest[:1].isupper() else None
    if found is None or not found[0] or (m is None and first.lower() not in _ORDINALS):
        return None
    art = found[0].rstrip("’ ")
    rank = f"{m.group(1)}e" if m else _ORDINALS[first.lower()]
    if rank in ("1e", "premier"):
        rank = ("1re" if art == "la" else "1er") if m else ("première" if art == "la"
                                                          else "premier")
    return f"{'les' if art == 'les' else 'la' if art == 'la' else 'le'} {rank} {found[1]}"


_ORDINALS = {"first": "premier", "second": "deuxième", "third": "troisième",
             "fourth": "quatrième", "fifth": "cinquième", "sixth": "sixième",
             "seventh": "septième", "eighth": "huitième", "ninth": "neuvième",
             "tenth": "dixième"}


def _postmodified(words: list[str], resolve: Resolve, article: str) -> str | None:
    """The phrase cut at its first postmodifier: a participle, a preposition, "marking",
    "in honour of", an adverb ("abroad"); the head read again before it."""
    lex = lexicon()
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        low = rest.lower()
        tail: str | None = None
        marker = next((mk for mk in lex.marking if low.startswith(mk + " ")), None)
        if marker is not None:
            obj = _object(rest[len(marker) + 1:], "de", resolve)
            tail = None if obj is None else " à l’occasion " + contract("de", obj)
        elif low.startswith("in support of "):
            obj = _object(rest[len("in support of "):], "à", resolve)
            tail = None if obj is None else " de soutien " + contract("à", obj)
        elif low.startswith("in honour of ") or low.startswith("in honor of "):
            obj = _object(rest[len("in honour of "):], "de", resolve)
            tail = None if obj is None else " en l’honneur " + contract("de", obj)
        elif low in lex.adverbs:
            tail = " " + lex.adverbs[low]
        else:
            part = next((p for p in sorted(lex.participles, key=len, reverse=True)
                         if low == p or low.startswith(p + " ")), None)
            if part is not None and k > 0:
                tail = _participle(words[:k], part, rest[len(part):].strip(), resolve)
                if tail is not None:
                    return tail if article == "def" else None
                continue
            if words[k].lower() in _PREPS and k + 1 < len(words):
                obj = _object(" ".join(words[k + 1:]), _PREPS[words[k].lower()], resolve)
                if obj is not None and words[k].lower() == "on" and re.match(
                        r"^(?:l’|le |la |les )?(?:\d+e |1er )?(?:anniversaire|centenaire|"
                        r"jubilé|[Jj]ournée|[Jj]our|[Ff]ête)\b", obj):
                    tail = " à l’occasion " + contract("de", obj)  # "on the 300th anniversary"
                else:
                    tail = None if obj is None else " " + _with_prep(words[k].lower(), obj)
            else:
                continue
        if tail is None:
            continue
        before = noun_phrase(" ".join(words[:k]), resolve, article=article)
        if before is not None:
            return before + tail
    return None


def _render(words: list[str], resolve: Resolve, article: str) -> str | None:
    """A premodifier stack in French with its article (or None)."""
    stack = _stack(words, resolve)
    if stack is None:
        return None
    head, ordinal, head_en = stack
    if head_en[:1].isupper() and (named_head(head_en) or head_en in ("Day", "Week", "Year")):
        # A named thing's head keeps its capital: "le Forum mondial des olympiens".
        head.noun = Noun(head.noun.gender, head.noun.sg[:1].upper() + head.noun.sg[1:],
                         head.noun.pl[:1].upper() + head.noun.pl[1:], head.noun.mod)
    text = head.text()
    if ordinal is not None:
        n = int(ordinal)
        text = ("1re" if head.gn.startswith("f") else "1er") if n == 1 else f"{n}e"
        text += " " + head.text()
        return f"{_article(head.gn)} {text}" if article == "def" else text
    return _determined(head.gn, text, article)


def _determined(gn: str, text: str, article: str) -> str:
    """``text`` with the article of a noun of gender and number ``gn``."""
    if article == "def":
        return with_article(_article(gn), text)
    if article == "indef":
        return ("des " if gn.endswith("p") else "une " if gn == "f" else "un ") + text
    return text


def _participle(head_words: list[str], part: str, rest: str, resolve: Resolve) -> str | None:
    """ "officers appointed to senior posts": the head, the participle agreed with it, its
    complement ("nommés à des postes supérieurs")."""
    lex = lexicon()
    head = noun_phrase(" ".join(head_words), resolve)
    if head is None:
        return None
    gn = _gn_of(head)
    fr = lex.participles[part]
    participle = fr if " " in fr or fr.endswith("ant") else agree(fr, gn)  # "vivant"
    if not rest:
        return f"{head} {participle}"
    prep, _, obj_text = rest.partition(" ")
    if rest.lower() in lex.adverbs:
        return f"{head} {participle} {lex.adverbs[rest.lower()]}"
    if prep.lower() not in _PREPS or not obj_text:
        return None
    if part == "named after":
        obj = resolve(obj_text)
        return None if obj is None else f"{head} qui porte le nom {contract('de', obj)}"
    obj = _object(obj_text, _PREPS[prep.lower()], resolve, indef=True)
    if obj is None:
        return None
    return f"{head} {participle} {_with_prep(prep.lower(), obj)}"


def _gn_of(phrase: str) -> str:
    """Gender and number of a French phrase by its article and head (le/la/les)."""
    m = ARTICLE.match(phrase)
    art = (m.group(1) or m.group(2) or "").lower() if m else ""
    rest = phrase[m.end():] if m else phrase
    head = rest.split(" ", 1)[0]
    fem = any(n.sg.split(" ")[0] == head or n.pl.split(" ")[0] == head
              for n in lexicon().nouns.values() if n.gender.startswith("f"))
    if art == "les":
        return "fp" if fem else "mp"
    if art == "la":
        return "f"
    return "f" if art.startswith("l") and fem else "m"


def _possessive(x: str, resolve: Resolve, article: str) -> str | None:
    """ "Crimea and Sevastopol’s reunification with Russia" -> "la réunification de la
    Crimée et de Sébastopol avec la Russie"; the owners must be places or institutions
    the grammar knows (a person's possessive is ``title_people.possessive``'s)."""
    m = re.match(r"^(?P<own>[A-Z][^’']*?)(?:’s|'s|’|')\s+(?P<thing>\S.*)$", x)
    if m is None:
        return None
    from daybook.translate.title_places import of_fr

    owners = []
    for own in re.split(r"\s+and\s+|,\s+", m["own"]):
        found = of_fr(own)
        if found is None:
            return None
        owners.append(contract("de", with_article(found[0], found[1])))
    thing = noun_phrase(m["thing"], resolve, article=article)
    if thing is None:
        return None
    # The owner goes right after the thing's noun phrase, before its postmodifier.
    words = m["thing"].split()
    cut = next((k for k in range(1, len(words)) if words[k].lower() in _PREPS
                or words[k].lower() in lexicon().participles), len(words))
    head = noun_phrase(" ".join(words[:cut]), resolve, article=article)
    if head is None or not thing.startswith(head):
        return None
    return head + " " + " et ".join(owners) + thing[len(head):]


def cuts_phrase(t: str, m: re.Match[str]) -> bool:
    """Whether a frame cuts a phrase the grammar knows: "Meeting on {x} with {y}" in
    "Meeting on supporting families with children" ("families with children")."""
    bounds = {b for g in m.groupdict() if m[g] for b in (m.start(g), m.end(g))} - {0, len(t)}
    low = t.lower()
    for key in _long_phrases():
        at = low.find(key)
        while at >= 0:
            if any(at < b < at + len(key) for b in bounds):
                return True
            at = low.find(key, at + 1)
    return False


@cache
def _long_phrases() -> tuple[str, ...]:
    return tuple(k for k in phrases() if " with " in k or " and " in k)
