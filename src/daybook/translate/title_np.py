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
the grammar (None), so the engine never gets half a phrase from here. The stack of
modifiers before the head is read by ``title_stack.py``.
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate.french import ARTICLE, contract, contract_all, with_article
from daybook.translate.title_lexicon import (
    Noun,
    agree,
    and_at,
    and_in_compound,
    lexicon,
    name_fr,
    named_head,
    named_objects,
    phrases,
)
from daybook.translate.title_stack import (
    ORD,
    Resolve,
    article_of,
    before_noun,
    joins_adjectives,
    stack,
)
from daybook.translate.title_stems import act_head

PREPS = {"of": "de", "on": "sur", "for": "pour", "at": "à", "with": "avec", "to": "à",
          "from": "de", "between": "entre", "under": "sous", "against": "contre",
          "after": "après", "during": "pendant", "by": "par", "about": "sur",
          "among": "parmi", "in": "en", "into": "dans", "across": "à travers",
          "near": "près de", "since": "depuis", "along": "le long de",
          # What an event comes after, the site's "statement following talks": "à l’issue
          # de" (the French press's usage, as the frames' "Press statements following").
          "following": "à l’issue de"}


def _object(text: str, prep: str, resolve: Resolve, *, indef: bool = False) -> str | None:
    """A preposition's object with its article, through the title grammar first; with
    ``indef`` a bare plural takes "des" ("nommés à des postes supérieurs")."""
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return text  # a year, bare: "le budget fédéral pour 2024", "en 2024"
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


# Whom a thing is made for, said bare in French after "pour" (Petit Robert: "livres pour
# enfants", "vêtements pour adultes"): a kind of thing, not given to these people.
_AUDIENCES = {"children": "enfants", "kids": "enfants", "young people": "jeunes",
              "teenagers": "adolescents", "adolescents": "adolescents", "adults": "adultes",
              "youth": "jeunes"}


def audience_fr(words: list[str]) -> str | None:
    """The French of an English bare audience or list of them after "for" ("children and
    young people" -> "enfants et jeunes"); None for anything else ("the children")."""
    items = " ".join(words).lower().split(" and ")
    found = [_AUDIENCES.get(item) for item in items]
    return " et ".join(f for f in found if f) if words and all(found) else None


# Nouns of taking part, whose "in" French says "à" ("participation au sommet").
_TAKE_PART = frozenset({"participation", "participant", "participants", "involvement"})


def with_prep(prep_en: str, obj: str) -> str:
    """An English preposition's French before its object, contracted ("of" + "le port" ->
    "du port", "in" + "les régions" -> "dans les régions", "from" + "la Syrie" -> "de
    Syrie")."""
    prep = PREPS[prep_en]
    origin = re.fullmatch(r"(?:la |l’)([A-ZÉ][\w-]*e)", obj) if prep_en == "from" else None
    if origin is not None:
        # Where one comes from: a feminine country or region without article after "de"
        # (Grevisse: "revenir de Syrie, d’Italie"; "du Japon" keeps its article).
        return ("d’" if obj.startswith("l’") else "de ") + origin[1]
    if prep_en in ("in", "at") and re.match(r"(?:la )?[Bb]ataille ", obj):
        return "lors " + contract("de", with_article("la", ARTICLE.sub("", obj)))  # a battle
    if prep in ("de", "à", "en"):
        if prep == "en" and not re.match(r"^(?:la|le|les|l’)\s?", obj):
            return contract("en", obj)
        if prep == "en":  # "in the regions": "dans les régions"; a place: "en Russie"
            head = ARTICLE.sub("", obj).split(" ", 1)[0]
            return contract("en", obj) if head[:1].isupper() or head in (
                "région", "kraï", "république", "district", "territoire") else "dans " + obj
        # Each item of a list takes the preposition: "aux habitants et aux défenseurs".
        return contract_all(prep, obj)
    if prep.endswith(" de"):  # "près du port", "le long du quai"
        return prep[:-3] + " " + contract("de", obj)
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
    numbered = re.fullmatch(r"(?P<what>[^’']+?)\s+No\.?\s*(?P<n>\d+)", x)
    if numbered is not None and not re.search(r" (?:of|for|to|at|in|on|with) ", x):
        # "School No. 5", "Symphony No. 7": the number after the noun, French "nº"; a noun
        # the lexicon knows, though capitalised, is no Russian place's name.
        what_en = numbered["what"]
        if what_en.lower() in lexicon().nouns:
            what_en = what_en.lower()
        what = noun_phrase(what_en, resolve, article=article)
        return None if what is None else f"{what} nº\u00a0{numbered['n']}"
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
    placed = _qualified_place(x, resolve)
    if placed is not None:
        return placed
    qualified = _qualified_phrase(x)
    if qualified is not None:
        return qualified if article == "def" else ARTICLE.sub("", qualified, count=1)
    words = x.split()
    for_list = re.search(r" for (.+ and .+)$", x)  # "books for children and young people"
    if " and " in x and "," not in x and not re.search(r"(?:’s|'s|’|')\s", x) \
            and not _places_pair(x) and and_at(x) >= 0 and not joins_adjectives(x, and_at(x)) \
            and not (for_list and audience_fr(for_list[1].split())) \
            and not _in_participle_complement(x, and_at(x)) \
            and not and_in_compound(x, and_at(x)):
        # "Hero of Labour Medals and Russian Federation National Awards": two phrases; a
        # capitalised one only when the grammar knows it (not "7th International Aviation"
        # and "Space Salon": one name).
        cut = and_at(x)
        first, second = x[:cut], x[cut + 5:]
        parts = [resolve(p) or (None if p[:1].isupper() else
                                noun_phrase(p, resolve, article=article))
                 for p in (first, second)]
        if parts[0] and parts[1] and parts[0] != first and parts[1] != second:
            if named_objects([first, second]):  # "of the M12 motorway and the Ring Road"
                return f"{parts[0]} et {contract('de', parts[1])}"
            return f"{parts[0]} et {parts[1]}"
    done = _postmodified(words, resolve, article)
    if done is not None:
        return done
    acted = act_head(words, lambda t: noun_phrase(t, resolve))
    if acted is not None:
        return _determined(*acted, article)
    owned = _possessive(x, resolve, article) or _audience_owned(x, resolve, article)
    if owned is not None:
        return owned
    return _render(words, resolve, article)


# Things made for children, which French names "pour enfants" (Petit Robert: "hôpital pour
# enfants", "livres pour enfants"); anything else of theirs is "des enfants".
_FOR_THEM = frozenset({"hospital", "hospitals", "camp", "camps", "home", "homes", "centre",
                       "center", "library", "theatre", "book", "books", "literature", "clinic",
                       "polyclinic", "sanatorium", "playground", "park", "school", "festival"})


def _audience_owned(x: str, resolve: Resolve, article: str) -> str | None:
    """ "a children’s hospital" -> "un hôpital pour enfants"; "children’s health" -> "la
    santé des enfants" (an audience's possessive: ``_AUDIENCES``)."""
    m = re.match(r"^(?P<who>[A-Za-z]+(?: people)?)(?:’s|'s|’|')\s+(?P<thing>\S.*)$", x)
    who = _AUDIENCES.get(m["who"].lower()) if m is not None else None
    if m is None or who is None:
        return None
    thing = noun_phrase(m["thing"], resolve, article=article)
    if thing is None:
        return None
    if m["thing"].split()[-1].lower() in _FOR_THEM:
        return f"{thing} pour {who}"
    return f"{thing} {contract('de', 'les ' + who)}"


def _in_participle_complement(x: str, cut: int) -> bool:
    """Whether the "and" at ``cut`` joins two nouns inside a participle's complement: a
    participle before it and a bare noun after it, which shares the first one's determiner
    ("a memorial dedicated to the residents and defenders of X"). A determined phrase after
    it ("... and the museum") may be a second phrase of its own: left to the split."""
    before = x[:cut].lower().split()
    after = x[cut + 5:]
    if re.match(r"(?i)(?:the|a|an|his|her|its|their)\s", after) or not after[:1].islower():
        return False
    parts = lexicon().participles
    return any(w in parts or " ".join(before[k:k + 2]) in parts
               for k, w in enumerate(before[1:], 1))


def _qualified_place(x: str, resolve: Resolve) -> str | None:
    """A lower-case adjective before a place goes after it, agreed: "besieged Leningrad" ->
    "Leningrad assiégé" (a city without article is masculine, Grevisse), "liberated
    Crimea" -> "la Crimée libérée". Not one French puts before ("new"), nor a name of
    several words or an unknown one."""
    from daybook.translate.title_places import of_fr

    first, _, rest = x.partition(" ")
    adj = lexicon().adjectives.get(first) if first.islower() else None
    if adj is None or adj[1] or not re.fullmatch(r"[A-Z][\w-]+", rest):
        return None
    found = of_fr(rest)
    if found is None:
        kept = resolve(rest)
        if kept is None or " " in kept or not kept[:1].isupper():
            return None
        found = ("", kept, False)
    art, fr = found[0].rstrip("’ "), found[1]
    if art not in ("", "le", "la"):
        return None  # "l’": the gender is lost; "les": a plural region
    text = f"{fr} {agree(adj[0], 'f' if art == 'la' else 'm')}"
    return with_article(art, text) if art else text


def _qualified_phrase(x: str) -> str | None:
    """An adjective before a phrase of the title grammar, agreed beside the phrase's head
    noun: "honorary title of City of Military Glory" -> "le titre honorifique de « Ville
    de gloire militaire »", "new Hero of Labour medals" -> "les nouvelles médailles de
    Héros du Travail" (an adjective French puts before its noun)."""
    first, _, rest = x.partition(" ")
    adj = lexicon().adjectives.get(first.lower())
    known = phrases().get(rest.lower()) if rest else None
    if adj is None or known is None or " " not in known[1]:
        return None
    head, tail = known[1].split(" ", 1)
    if not head.isalpha() or not head.islower():
        return None  # a name or a quote first ("Coupe", "« Ville »"): no common noun
    if not re.match(r"(?:de|du|des|d’|à|au|aux|pour) ", tail):
        return None  # the head's own adjectives first ("écoles militaires supérieures")
    gn = _gn_of(with_article(known[0], known[1]))
    fr = agree(adj[0], gn)
    if not adj[1]:
        return with_article(known[0], f"{head} {fr} {tail}")
    return with_article(article_of(gn), f"{before_noun(fr, gn, head)} {head} {tail}")


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
    m = ORD.match(first)
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
        if splits_compound(words, k):
            continue  # "quality of life": one noun, not "the quality" of "the life"
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
        elif (honour := re.match(r"(?:in honou?r of|to honou?r) ", low)) is not None:
            # "a reception to honour the winners": what it is held for, as "in honour of".
            obj = _object(rest[honour.end():], "de", resolve)
            tail = None if obj is None else " en l’honneur " + contract("de", obj)
        elif low in lex.adverbs:
            tail = " " + lex.adverbs[low]
        else:
            part = next((p for p in sorted(lex.participles, key=len, reverse=True)
                         if low == p or low.startswith(p + " ")), None)
            if part is not None and k > 0:
                tail = _participle(words[:k], part, rest[len(part):].strip(), resolve)
                if tail is None or article == "def":
                    return tail
                # "a memorial dedicated to ...": the participle agreed with the head read
                # with its definite article, the head then written with the one asked for.
                head_def = noun_phrase(" ".join(words[:k]), resolve)
                head = noun_phrase(" ".join(words[:k]), resolve, article=article)
                if head_def is None or head is None or not tail.startswith(head_def):
                    return None
                return head + tail[len(head_def):]
            audience = audience_fr(words[k + 1:]) if words[k].lower() == "for" else None
            if audience is not None:
                tail = " pour " + audience  # "works for children": "œuvres pour enfants"
            elif words[k].lower() in PREPS and k + 1 < len(words):
                obj = _object(" ".join(words[k + 1:]), PREPS[words[k].lower()], resolve)
                if obj is not None and words[k].lower() == "on" and re.match(
                        r"^(?:l’|le |la |les )?(?:\d+e |1er )?(?:anniversaire|centenaire|"
                        r"jubilé|[Jj]ournée|[Jj]our|[Ff]ête)\b", obj):
                    tail = " à l’occasion " + contract("de", obj)  # "on the 300th anniversary"
                elif obj is not None and words[k].lower() == "in" and \
                        words[k - 1].lower() in _TAKE_PART:
                    tail = " " + contract_all("à", obj)  # "la participation au sommet"
                else:
                    tail = None if obj is None else " " + with_prep(words[k].lower(), obj)
            else:
                continue
        if tail is None:
            continue
        before = noun_phrase(" ".join(words[:k]), resolve, article=article)
        if before is not None:
            return before + tail
    return None


def splits_compound(words: list[str], k: int) -> bool:
    """Whether a compound of the lexicon runs across the cut before ``words[k]``."""
    nouns, longest = lexicon().nouns, lexicon().longest
    return any(" ".join(words[a:b]).lower() in nouns for a in range(max(0, k - longest + 1), k)
               for b in range(k + 1, min(len(words), a + longest) + 1))


def _render(words: list[str], resolve: Resolve, article: str) -> str | None:
    """A premodifier stack in French with its article (or None)."""
    read = stack(words, resolve)
    if read is None:
        return None
    head, ordinal, head_en = read
    institution = head.noun.sg in _INSTITUTIONS and all(
        w[:1].isupper() for w in words if w not in ("of", "for", "and", "on"))
    if head_en[:1].isupper() and (named_head(head_en) or institution
                                  or head_en in ("Day", "Week", "Year")):
        # A named thing's head keeps its capital: "le Forum mondial des olympiens".
        head.noun = Noun(head.noun.gender, head.noun.sg[:1].upper() + head.noun.sg[1:],
                         head.noun.pl[:1].upper() + head.noun.pl[1:], head.noun.mod)
    text = head.text()
    if ordinal is not None:
        n = int(ordinal)
        text = ("1re" if head.gn.startswith("f") else "1er") if n == 1 else f"{n}e"
        text += " " + head.text()
        return f"{article_of(head.gn)} {text}" if article == "def" else text
    return _determined(head.gn, text, article)


# Kinds of state bodies whose name, written in Title Case, French writes with a capital on
# the first noun (Lexique de l'Imprimerie nationale: "l'Inspection d'État", "le Service
# fédéral de sécurité", "le Conseil d'État").
_INSTITUTIONS = frozenset({"inspection", "service", "agence", "comité", "commission",
                           "conseil", "ministère", "fonds", "fondation", "académie",
                           "institut", "assemblée"})


def _determined(gn: str, text: str, article: str) -> str:
    """``text`` with the article of a noun of gender and number ``gn``."""
    if article == "def":
        return with_article(article_of(gn), text)
    if article == "indef":
        return ("des " if gn.endswith("p") else "une " if gn == "f" else "un ") + text
    return text


def _participle(head_words: list[str], part: str, rest: str, resolve: Resolve) -> str | None:
    """ "officers appointed to senior posts": the head, the participle agreed with it, its
    complement ("nommés à des postes supérieurs")."""
    head = noun_phrase(" ".join(head_words), resolve)
    if head is None:
        return None
    tail = _participial(part, rest, _gn_of(head), resolve)
    return None if tail is None else f"{head} {tail}"


def _participial(part: str, rest: str, gn: str, resolve: Resolve) -> str | None:
    """The participle ``part`` agreed with ``gn`` and its complement ``rest``; two joined by
    "and" each with its own ("appointed to command posts and promoted to senior ranks" ->
    "nommés à des postes de commandement et promus à des grades supérieurs")."""
    lex = lexicon()
    fr = lex.participles[part]
    participle = fr if " " in fr or fr.endswith("ant") else agree(fr, gn)  # "vivant"
    verb, _, noun = fr.partition(" ")
    if noun and verb.endswith("é") and " " not in noun:
        # A participle with its attribute noun ("tombé victime"): the participle agreed,
        # the noun in its number ("les civils tombés victimes").
        participle = f"{agree(verb, gn)} {noun}{'s' if gn.endswith('p') else ''}"
    if not rest:
        return participle
    for m in re.finditer(" and ", rest):
        after = rest[m.end():].lower()
        second = next((p for p in sorted(lex.participles, key=len, reverse=True)
                       if after == p or after.startswith(p + " ")), None)
        if second is not None:
            one = _participial(part, rest[:m.start()], gn, resolve)
            two = _participial(second, rest[m.end() + len(second):].strip(), gn, resolve)
            return None if one is None or two is None else f"{one} et {two}"
    prep, _, obj_text = rest.partition(" ")
    if rest.lower() in lex.adverbs:
        return f"{participle} {lex.adverbs[rest.lower()]}"
    if part in _LINKING and prep.lower() not in PREPS:
        return _linking(participle, rest, resolve)
    if prep.lower() not in PREPS or not obj_text:
        return None
    if part == "named after":
        obj = resolve(obj_text)
        return None if obj is None else f"qui porte le nom {contract('de', obj)}"
    obj = _object(obj_text, PREPS[prep.lower()], resolve, indef=True)
    if obj is None:
        return None
    return f"{participle} {with_prep(prep.lower(), obj)}"


# Present participles that take an object and what it is joined to: "relier X à Y".
_LINKING = frozenset({"connecting", "linking", "joining"})


def _linking(participle: str, rest: str, resolve: Resolve) -> str | None:
    """ "the railway connecting Yakutia with the main railways" -> "reliant la Iakoutie aux
    principaux chemins de fer": the object, then "à" what it is joined to ("with"/"to")."""
    m = re.match(r"(?P<obj>.+?) (?:with|to) (?P<other>.+)$", rest)
    if m is None:
        return None
    obj, other = _object(m["obj"], "", resolve), _object(m["other"], "à", resolve)
    if obj is None or other is None:
        return None
    return f"{participle} {obj} {contract('à', other)}"


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
    cut = next((k for k in range(1, len(words)) if words[k].lower() in PREPS
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
