"""A relative clause's verb in the number its English source gives it.

The English-Catalan stage reads *which* as plural whatever follows it ("which is" comes out
"els quals són", then "lesquels sont" and, after the post-edit, "qui sont"): "l'entreprise,
qui sont une sorte de collecteur", "notre bus électrique, qui sont massique-produit", and
*that* with a plural verb as singular ("des projets qui donne du travail"). English marks
the number on the verb (*which is*, *who has*, *that give*): the relatives of the English
sentence (*which*, *who*, *that* and a finite verb) are paired in order with the French
subject relatives ("qui", "lequel"... and a finite verb), only when both count the same, and
a French verb of the other number is regenerated in the English one, with an adjective or
participle after "être" ("qui sont appelés" -> "qui est appelé", "qui ont été efficaces" ->
"qui a été efficace"). The relative *that* the engine wrote as the demonstrative "cela"
after a noun is "qui" ("cinq pays cela a" -> "cinq pays qui ont"), its verb in the plural
after a plural noun when the English verb does not say (*that offered*). Forms from
Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate import time_relatives
from daybook.translate.french import LOWER, elides, folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings

_TOKEN = clause_tokens()
# English: a relative pronoun, adverbs, the next word (the verb when it is one).
_EN_REL = re.compile(r"\b(which|who|that)\s+((?:(?:also|now|still|already|currently|often|"
                     r"usually|always|never|really|actually|mostly|primarily|only|just|"
                     r"largely|certainly|clearly|truly|increasingly|indeed)\s+)*)"
                     r"([A-Za-z’']+)", re.IGNORECASE)
_SINGULAR = frozenset(("is", "was", "has", "does", "isn’t", "isn't", "wasn’t", "wasn't",
                       "hasn’t", "hasn't", "doesn’t", "doesn't"))
_PLURAL = frozenset(("are", "were", "have", "do", "aren’t", "aren't", "weren’t", "weren't",
                     "haven’t", "haven't", "don’t", "don't"))
# After these, *that* opens a clause of its own ("I think that is"), never a relative.
_NOT_REL_BEFORE = frozenset((
    "think", "thought", "believe", "believed", "say", "said", "says", "know", "knew", "known",
    "sure", "confident", "hope", "clear", "mean", "means", "meant", "note", "noted", "so",
    "now", "such", "fact", "is", "was", "are", "were", "that", "and", "but", "because",
    "given", "assume", "understand", "see", "saw", "agree", "agreed", "feel", "show",
    "shows", "showed", "convinced", "certain", "aware", "hear", "heard", "expect", "trust",
    "like", "than", "all", "in", "of", "for", "with", "on", "at", "by", "to", "from",
    "about", "like", "if", "when", "what", "how", "why", "where"))
# The word after the relative that makes it an object relative or no relative at all.
_NOT_VERB = frozenset((
    "i", "we", "you", "they", "he", "she", "it", "the", "a", "an", "this", "that", "these",
    "those", "our", "their", "his", "her", "its", "my", "your", "many", "some", "all",
    "one", "is,", "there", "to", "of", "in", "on", "for", "with", "as", "by", "at", "why",
    "way", "much", "kind", "time", "country", "countries", "people", "kind", "means",
    "no", "not", "each", "every", "other", "both", "most", "more"))
# Bare forms that are no plural present: modals, irregular pasts (general English grammar),
# forms that are both ("put", "read").
_MODALS = frozenset(("will", "would", "can", "could", "must", "should", "may", "might", "shall"))
_IRREGULAR_PAST = frozenset((
    "became",
    "led", "took", "made", "gave", "came", "went", "saw", "met", "began", "held", "left",
    "brought", "built", "found", "got", "grew", "kept", "knew", "lost", "paid", "put", "ran",
    "said", "sent", "set", "spent", "stood", "told", "thought", "understood", "won", "wrote",
    "fought", "fell", "felt", "drove", "chose", "broke", "bought", "caught", "cut", "hit",
    "let", "read", "spread", "hurt", "cost", "quit", "had", "did", "taught", "sought", "rose",
    "drew", "flew", "forgot", "heard", "laid", "lay", "lent", "meant", "overcame", "sold",
    "shot", "showed", "spoke", "struck", "swore", "threw", "underwent", "withdrew"))
_NOT_PRESENT = _MODALS | _IRREGULAR_PAST | frozenset((
    "not", "also", "now", "still", "then", "thus", "too", "only"))
# Forms of the list above that are the present too: no past here.
_BOTH = frozenset(("put", "set", "cut", "hit", "let", "read", "spread", "hurt", "cost", "quit"))
# English plural nouns without an -s.
_PLURAL_BARE = frozenset(("people", "children", "men", "women", "police", "youth"))


def _plural_head(word: str) -> bool:
    """Whether an English word before a relative looks like a plural noun ("companies")."""
    return word in _PLURAL_BARE or (len(word) > 3 and word.endswith("s") and not word.endswith(
        ("ss", "us", "is", "ous", "'s", "’s")) and word not in _NOT_REL_BEFORE)


_PREPOSITIONS = frozenset(("à", "de", "d'", "avec", "pour", "par", "sur", "dans", "en",
                           "vers", "chez", "contre", "sans", "sous", "entre", "parmi", "ce",
                           "c'", "selon", "auprès"))
# English: a second relative coordinated with the first ("that is beautiful and that
# hosted").
_AND_THAT = re.compile(r"\b(?:and|or|but) (?:that|which|who) [a-z]", re.IGNORECASE)
_RELATIVES = frozenset(("qui", "lequel", "laquelle", "lesquels", "lesquelles"))
# Between a subject relative and its verb.
_BETWEEN = frozenset(("ne", "n'", "y", "en", "se", "s'", "le", "la", "les", "l'", "lui",
                      "leur", "nous", "vous", "me", "m'", "te", "t'"))
_FINITE = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis"))
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")

Token = tuple[int, int, str]


def english_numbers(source: str) -> list[str | None]:
    """The number of each relative's verb in an English sentence, in order (``english_
    relatives``): "the company, which is" -> ["sg"]."""
    return [number for _, _, number in english_relatives(source)]


def english_relatives(source: str) -> list[tuple[int, str, str | None]]:
    """Each subject relative of the English sentence, in order: where it starts, its
    pronoun (lower case) and its verb's number ("sg", "pl", None when the verb does not
    say; "pl?" after a plural noun and before a modal, "the Games, which will": plural
    when the French noun is)."""
    out: list[tuple[int, str, str | None]] = []
    for m in _EN_REL.finditer(source):
        rel, verb, at = m.group(1).lower(), m.group(3).lower(), m.start()
        before = re.findall(r"[A-Za-z’']+", source[:m.start()])
        prev = before[-1].lower() if before else ""
        second = prev in ("and", "or", "but") and verb not in ("is", "was") and bool(
            _EN_REL.search(source[:m.start()]))  # "that is beautiful and that hosted"
        if rel == "that" and not second and (
                not before or prev in _NOT_REL_BEFORE
                or source[:m.start()].rstrip().endswith((",", ";", ":", "–"))):
            continue
        if prev in ("of", "in", "to", "with", "for", "by", "on", "at", "from", "through",
                    "under", "about", "among", "during", "whom"):
            continue  # "in which", "of whom": no subject relative
        if verb in _NOT_VERB or m.group(3)[:1].isupper():
            continue
        if m.group(1) == "Who" and not source[:m.start()].rstrip()[-1:].isalnum():
            continue  # a sentence's opening *Who* asks (*Who do you think will win?*)
        if verb in _SINGULAR:
            out.append((at, rel, "sg"))
        elif verb in _PLURAL:
            out.append((at, rel, "pl"))
        elif re.fullmatch(r"[a-z]+[^s]s", verb) and not verb.endswith(("ss", "us", "is")):
            out.append((at, rel, "sg"))  # "that promotes"; a plural noun here fails the count check
        elif _plural_head(prev) and re.fullmatch(r"[a-z]{3,}", verb) and not verb.endswith(
                ("ed", "ing", "s", "ly")) and verb not in _NOT_PRESENT:
            out.append((at, rel, "pl"))  # "the companies that work here": a bare present, plural
        elif _plural_head(prev) and (re.fullmatch(r"[a-z]{2,}ed", verb) or (
                verb in _IRREGULAR_PAST and verb not in _BOTH)) and "of" not in (
                w.lower() for w in before[-4:-1]):
            # "the countries that signed": a past after a plural noun, plural too; not
            # after "of" ("the head of the companies who signed": whose is the relative?)
            out.append((at, rel, "pl"))
        elif verb in _MODALS and _plural_head(prev.lower()) and "of" not in (
                w.lower() for w in before[-4:-1]):
            out.append((at, rel, "pl?"))  # "the Games, which will": plural if the French noun is
        else:
            out.append((at, rel, None))  # "which became", "who will": the verb does not say
    return out


def third_finite(reads: Sequence[Reading]) -> list[Reading]:
    """The finite third-person readings of a word (a relative's verb)."""
    return [r for r in reads if r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
            and r.tags[1] in _FINITE and r.tags[2] == "p3"]


def verb_after(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int
                ) -> int | None:
    """The finite third-person verb after the relative at ``i`` (past clitics), if any."""
    k = i + 1
    while k < len(toks) and folded(toks[k][2]) in _BETWEEN:
        k += 1
    reads_k = reads.get(toks[k][2].lower(), ()) if k < len(toks) else ()
    if third_finite(reads_k) and not toks[k][2][:1].isupper() and not (
            k > i + 1 and any(r.pos in ("n", "adj") for r in reads_k)):
        return k  # never "qui le Président" (a noun after an article)
    return None


def _french_relatives(toks: list[Token], reads: dict[str, tuple[Reading, ...]],
                      coordinated: bool = False) -> list[tuple[int, int | None]]:
    """Each subject relative of the French text, in order: its index and its verb's (None
    when no finite third-person verb follows it). "cela" after a noun and before a verb is
    one: the engine's demonstrative for the relative *that* ("des pays cela a"); so is
    "cela" after "et"/"ou"/"mais" following a relative "qui" when the English coordinates
    two relatives (``coordinated``: "un pays qui est beau et cela a accueilli", *and
    that hosted*)."""
    out: list[tuple[int, int | None]] = []
    for i, (_, _, word) in enumerate(toks):
        low = folded(word)
        if low == "cela":
            prev = reads.get(toks[i - 1][2].lower(), ()) if i else ()
            verb = verb_after(toks, reads, i)
            second = coordinated and i > 0 and folded(toks[i - 1][2]) in ("et", "ou", "mais") \
                and bool(out)  # a relative before it
            # a name or a capitalised noun inside the sentence ("Saint-Pétersbourg cela a
            # reçu", "le Président cela est"): the analyser knows no name, a noun is one
            named = i > 1 and toks[i - 1][2][:1].isupper() and (
                not prev or any(r.pos == "n" for r in prev))
            if verb is not None and (second or ((named or any(r.pos in ("n", "adj")
                                                              for r in prev)) and
                    not any(r.pos in ("pr", "cnjsub", "cnjcoo", "prn", "rel") for r in prev)
                    and folded(toks[i - 1][2]) not in _PREPOSITIONS and
                    (named or not toks[i - 1][2][:1].isupper()))):
                out.append((i, verb))
            continue
        if low not in _RELATIVES:
            continue
        if i and folded(toks[i - 1][2]) in _PREPOSITIONS:
            continue  # "à qui", "dans lequel", "ce qui" (*what*)
        out.append((i, verb_after(toks, reads, i)))
    return out


def _of_clause(toks: list[Token], reads: dict[str, tuple[Reading, ...]], rel: int) -> bool:
    """Whether ", qui" at ``rel`` (its English verb singular) stands for the whole clause
    before it: after a figure, a verb, an object pronoun or a plural noun ("20 %, qui est un
    excellent résultat", "vous soutenez nos vétérans, qui est très important")."""
    if rel < 2 or folded(toks[rel][2]) != "qui" or toks[rel - 1][2] != ",":
        return False
    word = toks[rel - 2][2]
    got = reads.get(word.lower(), ())
    return word.isdigit() or word == "%" or folded(word) in ("le", "la", "les", "lui", "cela",
                                                            "ça", "leur") or (
        bool(got) and all(r.pos.startswith("vb") and r.pos != "pp" for r in got)) or (
        _plural_noun(got) and word[:1].islower())


def _plural_before(toks: list[Token], reads: dict[str, tuple[Reading, ...]], rel: int) -> bool:
    """Whether the first noun or adjective before the relative at ``rel`` (within four
    words: "les Jeux européens à venir, qui") is plural: a modal (*which will*) gives the
    English verb no number, the antecedent does."""
    for i in range(rel - 1, max(rel - 6, -1), -1):
        got = reads.get(toks[i][2].lower(), ())
        if any(r.pos in ("n", "adj") for r in got):
            return _plural_noun(got)
    return False


def _plural_noun(reads: Sequence[Reading]) -> bool:
    return bool(reads) and all(r.pos in ("n", "adj") and r.number == "pl" for r in reads)


def agreed_forms(toks: list[Token], reads: dict[str, tuple[Reading, ...]], verb: int,
            number: str) -> dict[int, str]:
    """Generator inputs: the verb at ``verb`` in ``number``, and the adjective or participle
    after "être" ("sont appelés", "ont été efficaces"); a verb already in ``number`` gets
    none, its adjective or participle still does ("étaient directement impliqué" ->
    "impliqués")."""
    # "être" and "avoir" as auxiliaries, the present before the past ("unit": both).
    finite = sorted(third_finite(reads.get(toks[verb][2].lower(), ())),
                    key=lambda x: (x.tags[0] not in ("vbser", "vbhaver"), x.tags[1] != "pri"))
    if not finite:
        return {}
    agreed = [r for r in finite if r.number == number]
    r = (agreed or finite)[0]
    out = {} if agreed else {verb: f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><p3><{number}>$"}
    nxt = verb + 1
    lemma = r.lemma
    if lemma == "avoir" and nxt < len(toks) and folded(toks[nxt][2]) == "été":
        lemma, nxt = "être", nxt + 1
    if lemma == "être" and nxt < len(toks):
        if folded(toks[nxt][2]) in ("pas", "plus", "aussi", "déjà", "très", "encore", "toujours",
                                   "bien", "si", "assez", "tout", "vraiment") or (
                folded(toks[nxt][2]).endswith("ment") and any(
                    x.pos == "adv" for x in reads.get(toks[nxt][2].lower(), ()))):
            nxt += 1  # "qui sont très importants", "étaient directement impliqués"
        if nxt < len(toks):
            adj = reads.get(toks[nxt][2].lower(), ())
            if adj and all(x.pos in ("adj", "pp") for x in adj) and \
                    all(x.number not in (number, "sp") for x in adj):
                x = adj[0]
                head = f"{x.tags[0]}><pp" if x.pos == "pp" else "adj"
                out[nxt] = f"^{x.lemma}<{head}><{x.gender}><{number}>$"
    return out


_EN_THAT_THEY = re.compile(r"(?<![,;:–] )(?<!\bNot )\bthat they (?=[a-z]+\b)")
_THOSE_EN = re.compile(r"\b(?:those|all|everyone|everybody|anyone)\s+who\b", re.IGNORECASE)
# *those who* said without its pronoun ("aux qui travaille", "des qui élève") or "tout ceux".
_THOSE_FR = re.compile(r"(?<![\w’'-])(?:([Aa]ux|[Dd]es|[Ll]es|[Pp]ar les|[Pp]our les|[Ss]ur les)"
                       r"|([Tt]out|[Tt]ous) ceux|(?<=à )(tout)|(ceux)) qui (?:est-ce qui )?"
                       r"(?=" + LOWER + r")")
_THOSE = {"aux": "à ceux", "des": "de ceux", "les": "ceux", "par les": "par ceux",
          "pour les": "pour ceux", "sur les": "sur ceux"}


def _those(text: str) -> str:
    """ "aux qui travaille" -> "à ceux qui travaille" (the verb made plural after)."""

    def fix(m: re.Match[str]) -> str:
        if m.group(2) or m.group(3):  # "tout ceux qui", "à tout qui" (*to all who*)
            return ("T" if (m.group(2) or "t")[0] == "T" else "t") + "ous ceux qui "
        if m.group(4):
            return "ceux qui "  # "ceux qui est-ce qui" (Catalan "els qui")
        new = _THOSE[m.group(1).lower()]
        return (new[:1].upper() + new[1:] if m.group(1)[:1].isupper() else new) + " qui "

    return _THOSE_FR.sub(fix, text)


# *that they are/were*: the pivot's "que ce sont", "que c'étaient" (Catalan "que són", no
# subject) "qu'ils sont", "qu'ils étaient", as many as the English.
_EN_THEY_ARE = re.compile(r"(?<!\bNot )\bthat they (?:are|were)\b")
_FR_THEY_ARE = re.compile(r"(?<![\w’'-])que (?:ce (sont)|c['’](étaient))\b")


def _they_are(source: str, text: str) -> str:
    """ "Je pense que ce sont prêts" -> "Je pense qu'ils sont prêts" (*that they are*)."""
    if (many := len(_EN_THEY_ARE.findall(source))) != len(_FR_THEY_ARE.findall(text)) or not many:
        return text
    return _FR_THEY_ARE.sub(lambda m: "qu'ils " + (m.group(1) or m.group(2)), text)


def relatives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its relatives' verbs in the number of the English ones; one
    exchange with the analyser and one with the generator for all texts."""
    those = [bool(_THOSE_EN.search(s)) for s in sources]
    texts = [_those(t) if those[k] else t for k, t in enumerate(texts)]
    texts = [_they_are(s, t) for s, t in zip(sources, texts, strict=True)]
    english = [english_relatives(s) for s in sources]
    numbers = [[n for _, _, n in e] for e in english]
    # *that they* + a verb, which the pivot reads as a subject relative ("rappeler les
    # gouverneurs qui sont", *remind the governors that they are*): "qu'ils"
    they: list[list[tuple[int, str, str | None]]] = [
        [(m.start(), "they", "pl") for m in _EN_THAT_THEY.finditer(s)] for s in sources]
    todo = [k for k, n in enumerate(numbers) if any(n) or (n and "cela " in texts[k])
            or (those[k] and "eux qui" in texts[k]) or (they[k] and "qui " in texts[k])]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    wanted: dict[tuple[int, int], dict[int, str]] = {}  # (text, verb) -> token -> input
    cela: dict[int, list[int]] = {}  # text -> its "cela" read as "qui"
    whole: dict[int, list[int]] = {}  # text -> its "qui" of a whole clause, "ce qui"
    ils: dict[int, list[int]] = {}  # text -> its "qui" of *that they*, "qu'ils"
    for k in todo:
        french = _french_relatives(toks[k], reads, _AND_THAT.search(sources[k]) is not None)
        for rel, verb in french:  # "ceux qui" is plural whatever the English says
            if verb is not None and rel > 0 and folded(toks[k][rel - 1][2]) == "ceux" and \
                    folded(toks[k][rel][2]) == "qui" and (
                        got := agreed_forms(toks[k], reads, verb, "pl")):
                wanted[(k, verb)] = got
        merged = sorted(english[k] + they[k])
        if they[k] and len(french) == len(merged):
            for (rel, verb), (_, pronoun, _) in zip(french, merged, strict=True):
                if pronoun != "they" or folded(toks[k][rel][2]) != "qui" or verb is None \
                        or not any(r.number == "pl" for r in third_finite(
                            reads.get(toks[k][verb][2].lower(), ()))):
                    continue  # *they*'s verb is plural ("qui sont", "qui devraient")
                ils.setdefault(k, []).append(rel)
                if got := agreed_forms(toks[k], reads, verb, "pl"):
                    wanted[(k, verb)] = got
            french = [f for f, (_, pronoun, _) in zip(french, merged, strict=True)
                      if pronoun != "they"]
        if len(french) != len(numbers[k]):
            # no safe pairing of all; the "cela" alone with the English *that*, as many
            # ("des événements créatifs cela vise", another "qui" the engine made)
            celas = [(rel, verb) for rel, verb in french if folded(toks[k][rel][2]) == "cela"
                     and folded(toks[k][rel - 1][2]) not in ("et", "ou", "mais")]
            thats = [n for _, r, n in english[k] if r == "that"]
            if celas and len(celas) == len(thats):
                cela[k] = [rel for rel, _ in celas]
                for (_, verb), number in zip(celas, thats, strict=True):
                    if number in ("sg", "pl") and verb is not None and (
                            got := agreed_forms(toks[k], reads, verb, number)):
                        wanted[(k, verb)] = got
            continue
        for (rel, verb), number in zip(french, numbers[k], strict=True):
            if folded(toks[k][rel][2]) == "cela":
                cela.setdefault(k, []).append(rel)
                if number is None and verb is not None and _plural_noun(
                        reads.get(toks[k][rel - 1][2].lower(), ())):
                    number = "pl"  # "des entreprises cela a offert" (*that offered*)
            if number == "pl?":
                number = "pl" if _plural_before(toks[k], reads, rel) else None
            if number == "sg" and ", which" in sources[k] and _of_clause(toks[k], reads, rel):
                whole.setdefault(k, []).append(rel)
            if verb is not None and number is not None and (
                    got := agreed_forms(toks[k], reads, verb, number)):
                wanted[(k, verb)] = got
    forms = generate(sorted({g for group in wanted.values() for g in group.values()}))
    out = list(texts)
    for k in todo:
        text = texts[k]
        fixes = sorted(((toks[k][i][0], toks[k][i][1], forms[g])
                        for (kk, verb), group in wanted.items()
                        if kk == k and (verb not in group or group[verb] in forms)
                        for i, g in group.items() if g in forms), reverse=True)
        fixes += [(toks[k][i][0], toks[k][i][1], "qui") for i in cela.get(k, [])]
        fixes += [(toks[k][i][0], toks[k][i][1], "ce qui") for i in whole.get(k, [])]
        fixes += [(toks[k][i][0], toks[k][i][1], "qu'ils") for i in ils.get(k, [])]
        fixes.sort(reverse=True)
        for start, end, new in fixes:
            text = text[:start] + new + text[end:]
        out[k] = text
    return out


# English: a clause opened by a subject pronoun right after a word, not after a conjunction,
# a relative or a comma: the relative without *that* ("the issues we must address") or
# the object clause without it ("I think we must").
_EN_CONTACT = re.compile(r"(?<![,;:–] )(?<![,;:–])\b([a-z]+) (we|you|they|I) (?=[a-z])")
_NOT_BEFORE_SUBJECT = frozenset((
    "and", "but", "or", "nor", "if", "when", "as", "because", "so", "that", "which", "who",
    "whom", "what", "how", "why", "where", "while", "then", "now", "also", "than", "once",
    "since", "until", "unless", "whether", "before", "after", "today", "here", "there",
    "too", "both", "yes", "please", "thus", "therefore", "although", "though", "whatever",
    "whenever", "wherever", "lest", "whereas", "indeed", "perhaps", "maybe", "still", "yet",
    "do", "did", "does", "can", "could", "will", "would", "shall", "should", "may", "might",
    "must", "are", "were", "have", "had", "is", "was", "am"))
# An adverbial phrase before the subject, no noun a clause qualifies: "in conclusion I",
# "first of all I", "in the future we", "this year we" (but "every time we", "each year
# they" open a relative: "chaque fois que nous").
ADVERBIAL_HEADS = frozenset((
    "conclusion", "all", "addition", "particular", "general", "fact", "future", "past",
    "meantime", "meanwhile", "short", "words", "case", "turn", "result", "contrast",
    "sum", "summary", "principle", "practice", "return", "total", "end", "whole"))
TIME_HEADS = frozenset((
    "year", "years", "week", "weeks", "month", "months", "day", "days", "time", "times",
    "moment", "period", "stage", "century", "decade", "decades", "morning", "evening",
    "night", "spring", "summer", "autumn", "fall", "winter", "season", "point"))
_TIME_DETERMINERS = frozenset(("this", "that", "these", "those", "last", "next", "recent",
                               "coming", "past", "same", "the", "some", "many", "few",
                               "several", "previous", "current"))
# A finite verb's person and number -> the subject pronoun French needs, by the English one.
_SUBJECT_FR = {("p1", "pl"): ("nous", "we"), ("p2", "pl"): ("vous", "you"),
               ("p1", "sg"): ("je", "I"), ("p3", "pl"): ("ils", "they")}
_SUBJECT_PERSON = {"nous": ("p1", "pl"), "vous": ("p2", "pl"), "je": ("p1", "sg"),
                   "j'": ("p1", "sg"), "ils": ("p3", "pl"), "elles": ("p3", "pl")}


# A contact relative's verb lacks its object in English (*the measures we have taken*): a
# lexical verb with a determiner's noun phrase after it (*we experienced a wonderful event*)
# is a main clause's, the words before it an opening phrase (*instead of the predictions*).
_EN_AUXILIARIES = frozenset((
    "have", "has", "had", "will", "would", "can", "could", "must", "should", "may", "might",
    "shall", "do", "did", "does", "am", "are", "were", "was", "is", "be", "been", "being",
    "not", "all", "also", "now", "still", "already", "just", "really", "actually", "never",
    "always", "often", "only", "certainly", "clearly", "indeed", "then", "’ve", "'ve"))
_EN_OBJECT_DETERMINERS = frozenset((
    "the", "a", "an", "this", "these", "those", "our", "their", "his", "its", "my", "your",
    "some", "many", "several", "every", "each", "such", "no", "both", "any"))
# Verbs whose gap may be a second object or a complement's (*the help we gave the
# regions*, *the city we call the capital*, *the results we expect the reform to bring*):
# general English grammar (ditransitive, object-complement and object-control verbs).
_EN_TWO_OBJECTS = frozenset((
    "give", "gave", "given", "offer", "offered", "show", "showed", "shown", "tell", "told",
    "send", "sent", "bring", "brought", "pay", "paid", "grant", "granted", "owe", "owed",
    "teach", "taught", "promise", "promised", "lend", "lent", "hand", "handed", "ask",
    "asked", "cost", "wish", "allow", "allowed", "save", "saved", "call", "called",
    "consider", "considered", "name", "named", "make", "made", "find", "found", "keep",
    "kept", "leave", "left", "want", "wanted", "expect", "expected", "need", "needed",
    "help", "helped", "let", "get", "got", "see", "saw", "seen", "put", "set", "spend",
    "spent", "take", "took", "taken"))
# Heads of adverbial relatives (*the way we do things*, *the day we signed the treaty*).
_ADVERBIAL_RELATIVE_HEADS = frozenset(("way", "reason", "extent", "place", "degree"))


def verb_has_object(after: str) -> bool:
    """Whether the English words after a subject pronoun give its lexical verb a noun phrase
    object ("experienced a wonderful event"), which a contact relative's verb lacks; not a
    time phrase ("launched this year"), nor a verb that takes two objects or an object and
    its complement ("gave the regions", "expect the reform to bring")."""
    words = re.findall(r"[A-Za-z’']+|[^\sA-Za-z’']", after.lower())
    j = 0
    while j < len(words) and words[j] in _EN_AUXILIARIES:
        j += 1
    if j + 1 >= len(words) or not words[j].isalpha() or words[j] in _EN_TWO_OBJECTS \
            or words[j + 1] not in _EN_OBJECT_DETERMINERS:
        return False
    phrase = []
    for word in words[j + 2:j + 7]:
        if not word.isalpha():
            break
        phrase.append(word)
    return bool(phrase) and not any(w in TIME_HEADS or w == "to" or w.endswith("ing")
                                    for w in phrase)


def contact_pronouns(source: str) -> list[str]:
    """The subject pronouns of the English sentence that open a clause without *that*
    right after a word, in order, one for each ("the issues we must address" -> ["we"]);
    not a pronoun whose verb has its object ("instead of the predictions we experienced an
    event")."""
    out = []
    for m in _EN_CONTACT.finditer(source):
        word = m.group(1)
        before = re.findall(r"[A-Za-z]+", source[:m.start()])
        prev = before[-1].lower() if before else ""
        if word in _NOT_BEFORE_SUBJECT or word in ADVERBIAL_HEADS or (
                word in TIME_HEADS and (prev in _TIME_DETERMINERS or time_relatives.time_adverbial(
                    re.findall(r"[a-z0-9]+", source[:m.start()].lower())[-3:]))):
            continue
        if word not in TIME_HEADS and word not in _ADVERBIAL_RELATIVE_HEADS \
                and verb_has_object(source[m.end():]):
            continue
        out.append(m.group(2))
    return out


def english_contact_subjects(source: str) -> set[str]:
    """The subject pronouns of ``contact_pronouns``, as a set."""
    return set(contact_pronouns(source))


def _persons(reads: Sequence[Reading]) -> set[tuple[str, str]]:
    # A word read as a preposition or a determiner too ("contre": "je contre") is none.
    if any(r.pos in ("pr", "det", "adv", "cnjsub", "cnjcoo", "prn") for r in reads):
        return set()
    return {(r.tags[2], r.tags[3]) for r in reads if r.tags[:1] and r.tags[0] in _VERB
            and len(r.tags) > 3 and r.tags[1] in (*_FINITE, "imp")}


def _noun_only(reads: Sequence[Reading]) -> bool:
    return any(r.pos == "n" for r in reads) and not any(
        r.pos in ("pp", "det", "pr", "prn", "cnjsub", "cnjcoo", "rel") or r.pos.startswith("vb")
        for r in reads)


# French determiners (and "au", "aux"): a noun follows them.
DETERMINERS = frozenset(("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet",
                         "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa",
                         "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "au", "aux"))


def _head_before(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int) -> bool:
    """Whether the words before ``i`` end a noun phrase: a noun (and no verb), after it
    adjectives ("des projets nationaux"), or a noun that is also a participle right after
    its determiner ("les armées")."""
    j = i - 1
    while j > 1 and (got := reads.get(toks[j][2].lower(), ())) and all(
            r.pos == "adj" for r in got):
        j -= 1  # "nationaux"
    word = toks[j][2]
    if word[:1].isupper():
        return False
    got = reads.get(word.lower(), ())
    if _noun_only(got):
        return True
    return j > 0 and folded(toks[j - 1][2]) in DETERMINERS and any(
        r.pos == "n" for r in got) and not any(r.pos in ("pr", "det", "prn") or (
            r.tags[:1] and r.tags[0] in _VERB and r.pos != "pp") for r in got)


# English: *that* and a subject pronoun, a relative's or a clause's ("the developments that
# we have launched", "see that we have"): the pivot writes "cela" and drops the pronoun
# ("les développements cela avons lancé") or keeps it ("les carrières cela ils aiment").
_EN_THAT_SUBJECT = re.compile(r"\bthat (we|you|they|I) (?=[a-z])")


def contact_relatives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "les questions devons traiter" -> "les questions que nous devons traiter", "les
    résultats nous espérons" -> "les résultats que nous espérons": a noun followed by a
    finite verb with no subject of its own (or by a subject pronoun and its verb) where the
    English opens a clause without *that* with that pronoun (*we*, *you*, *I*, *they*);
    Catalan drops the pronoun and French has no relative without "que". *that* + a subject
    pronoun written "cela" before the verb is "que" with its pronoun ("les projets cela
    avons lancé" -> "que nous avons lancé", "cela ils aiment" -> "qu'ils aiment"): "cela"
    before a first-person verb or a subject pronoun is never the demonstrative."""
    wants = [english_contact_subjects(s) for s in sources]
    that = [set(_EN_THAT_SUBJECT.findall(s)) for s in sources]
    todo = [k for k, w in enumerate(wants) if w or (that[k] and "cela " in texts[k])]
    if not todo:
        return time_relatives.where(sources, texts)  # "le jour quand nous" -> "où nous"
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return time_relatives.where(sources, texts)
    out = list(texts)
    for k in todo:
        fixes: list[tuple[int, int, str]] = []  # (start, end, new text there)
        tk = toks[k]
        for i in range(1, len(tk)):
            word = tk[i][2]
            if word[:1].isupper():
                continue
            persons = _persons(reads.get(word.lower(), ()))
            prev = folded(tk[i - 1][2])
            if prev == "cela" and that[k]:
                # "cela avons lancé" -> "que nous avons lancé", "cela ils" -> "qu'ils"
                low = folded(word)
                dropped = [_SUBJECT_FR[p][0] for p in sorted(persons) if p in _SUBJECT_FR
                           and _SUBJECT_FR[p][1] in that[k]]
                if low in _SUBJECT_PERSON and _SUBJECT_FR.get(_SUBJECT_PERSON[low], ("", ""))[
                        1] in that[k] and i + 1 < len(tk) and (
                        low not in ("nous", "vous") or _SUBJECT_PERSON[low] in _persons(
                            reads.get(tk[i + 1][2].lower(), ()))):  # not "cela nous permet"
                    new = "qu'" if low.startswith(("i", "e")) else "que "
                    fixes.append((tk[i - 1][0], tk[i][0], new))
                elif len(dropped) == 1 and not _SUBJECT_PERSON.get(low):
                    new = ("qu'" if dropped[0] == "ils" else "que ") + dropped[0] + " "
                    fixes.append((tk[i - 1][0], tk[i][0], new))
                continue
            if prev in _SUBJECT_PERSON and i >= 2 and _SUBJECT_PERSON[prev] in persons \
                    and _SUBJECT_FR[_SUBJECT_PERSON[prev]][1] in wants[k] \
                    and _noun_only(reads.get(tk[i - 2][2].lower(), ())) \
                    and not tk[i - 2][2][:1].isupper():
                # "les résultats nous espérons": the subject is there, "que" is not
                at = tk[i - 1][0]
                fixes.append((at, at, "qu'" if prev.startswith(("i", "e")) else "que "))
                continue
            said = [_SUBJECT_FR[p] for p in sorted(persons) if p in _SUBJECT_FR
                    and _SUBJECT_FR[p][1] in wants[k]]
            if len(said) == 1 and (_head_before(tk, reads, i) if said[0][0] != "ils" else (
                    _noun_only(reads.get(tk[i - 1][2].lower(), ()))
                    and not tk[i - 1][2][:1].isupper())):
                # past adjectives only before a first or second person's verb: a noun
                # phrase may be a third person's subject ("les gouverneurs régionaux
                # continuent")
                pronoun = said[0][0]
                said_as = "j'" if pronoun == "je" and elides(word) else pronoun + " "
                fixes.append((tk[i][0], tk[i][0],
                              ("qu'" if pronoun == "ils" else "que ") + said_as))
        text = texts[k]
        for start, end, new in sorted(fixes, reverse=True):
            text = text[:start] + new + text[end:]
        out[k] = text
    return time_relatives.where(sources, out)
