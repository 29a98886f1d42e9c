"""Adjectives of noun phrases that Apertium's pivot leaves where Catalan puts them.

- Adjectives French writes before the noun (grand, haut, nouveau, vieux, jeune, petit, bon,
  mauvais, beau, long, vrai, plein, faux, large: French grammars' short, common adjectives
  of size, age, worth and truth) came out after it, past its other adjectives too: "son
  prestige international haut" -> "son haut prestige international", "des festivals
  théâtraux grands" -> "de grands festivals théâtraux", "de talent grand" -> "de grand
  talent", "l'éducation large" -> "la large éducation", "mon ami vieux" -> "mon vieil ami"
  (``before_noun``). ``frames`` moves the adjective right after a determiner's noun; this
  takes the rest: up to two adjectives between, after "de", a preposition, a comma, "et".
- *further* before a noun came out "le plus lointain" (*farthest*): "le développement
  ultérieur", "des mesures supplémentaires" (``further``).
- *joint* before a noun came out "en commun" after it or as the verb *joindre* ("la
  déclaration en commun", "joindre des efforts"): the adjective agreed with its noun, "la
  déclaration commune", "des efforts conjoints" (``joint``).

Each fires where the English has the adjective, and reads the French with Apertium's
French analyser (``gender.readings``): the noun a noun, the adjectives between adjectives,
all agreeing.
"""

from __future__ import annotations

import re

from daybook.translate.agreement import form_in
from daybook.translate.french import (
    BEFORE_VOWEL,
    LOWER,
    LOWER_WORD,
    VOWEL_START,
    WORD_END,
    WORD_START,
    cased_like,
)
from daybook.translate.gender import Reading, agrees, determiner, readings

# French lemma -> the English adjectives it translates before a noun (general usage).
_ENGLISH = {
    "grand": "great|large|big|major|grand|larger|bigger|greater",
    "haut": "high|higher",
    "nouveau": "new|newer",
    "vieux": "old|older",
    "jeune": "young|younger",
    "petit": "small|little|smaller",
    "bon": "good",
    "mauvais": "bad",
    "beau": "beautiful",
    "long": "long|longer",
    "vrai": "true|real|genuine",
    "plein": "full",
    "faux": "false|fake",
    "large": "broad|wide|broader|wider",
    "nombreux": "numerous",
    # Before a plural noun these say *various* ("dans différents pays", "divers projets").
    "différent": "different|various",
    "divers": "various|diverse",
    # *the only* X: "la seule base possible" (after the noun, "unique" is *unique*).
    "unique": "(?:the|its|our|his|her|my|their|your|an) only",
    # Before a plural, *the last, past* ones ("les dernières années"); after a singular it
    # is *previous* ("l'année dernière", *last year*), which stays.
    "dernier": "last|past|latest|recent",
}
_PLURAL_ONLY = frozenset(("différent", "divers", "nombreux", "dernier"))
# Before "de": "beaucoup de choses différentes" stays (*many different things*).
_QUANTITY = frozenset(("beaucoup", "peu", "plus", "moins", "tant", "autant", "trop", "assez"))
# Forms the analyser reads; the form before a masculine noun with a vowel.
_FORMS = re.compile(
    r"grande?s?|haute?s?|nouvelles?|nouveaux?|vieux|vieilles?|jeunes?|petite?s?|bonn?e?s?|"
    r"mauvaise?s?|belles?|beaux?|longu?e?s?|vraie?s?|pleine?s?|faux|fausses?|larges?|"
    r"nombreux|nombreuses?|différente?s|divers|diverses|uniques?|derniers|dernières")
_TOKEN = re.compile(rf"(?<![\w-])(?:[a-zA-ZÀ-ÿœŒ]+['’]|{LOWER_WORD}(?:-{LOWER_WORD})*|"
                    r"[A-ZÀ-Ý][a-zà-ÿœ]+(?:-[A-Za-zà-ÿœ]+)*)|[,;:.!?()«»“”–]")
# What may stand before the noun: determiners, "de", prepositions, a comma, "et".
_DETERMINERS = frozenset((
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux", "ce", "cet",
    "cette", "ces", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
    "votre", "vos", "quelques", "plusieurs", "chaque", "d'autres", "autres", "tel", "telle",
    "tels", "telles"))
_OF = frozenset(("de", "d'", "d’", "du", "des"))
_OPEN = frozenset(("à", "dans", "pour", "avec", "sur", "par", "entre", "sans", "en", "sous",
                   "vers", "contre", "comme", "et", "ou", ","))
# After the adjective: a comparison ("plus grand que"), the adverb of degree before it;
# after a noun "que" opens a clause ("dans de telles familles grandes que les enfants").
_STOP_AFTER = frozenset(("que", "qu'", "qu’"))
_DEGREE = frozenset(("plus", "moins", "aussi", "si", "autant", "tellement", "assez", "trop"))


def _english(lemma: str, source: str, of: bool) -> bool:
    """Whether the source has the adjective (after *of* or hyphened to its noun where the
    French noun follows another noun's "de": "people of great talent", "large-scale")."""
    words = _ENGLISH[lemma]
    if not of:
        return re.search(rf"\b(?:{words})\b", source, re.IGNORECASE) is not None
    return re.search(rf"\bof (?:the |a |an |their |its |our |his |her )?(?:{words})\b|"
                     rf"\b(?:{words})-[a-z]", source, re.IGNORECASE) is not None


def _of(reads: tuple[Reading, ...], pos: str) -> list[Reading]:
    return [r for r in reads if r.pos == pos]


def before_noun(source: str, french: str) -> str:
    """ "son prestige international haut" -> "son haut prestige international", "des
    festivals théâtraux grands" -> "de grands festivals théâtraux", "de talent grand" ->
    "de grand talent", where the English has the adjective (*high*, *large*, *great*)."""
    if not re.search(rf"{WORD_START}(?:{_FORMS.pattern}){WORD_END}", french):
        return french
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(french)]
    words = sorted({w.lower() for _, _, w in toks if w[:1].isalpha()})
    reads = readings(words)
    if not reads:
        return french
    edits: list[tuple[int, int, str]] = []
    for i, (_, _, word) in enumerate(toks):
        if not _FORMS.fullmatch(word) or i < 2:
            continue
        # The engine's adjective may not agree ("des projets en commun nouvelle"): then
        # the noun it follows, and the adjective made in its gender and number.
        found = _place(source, toks, reads, i) or _place(source, toks, reads, i, True)
        if found is not None and (not edits or found[0] >= edits[-1][1]):
            edits.append(found)
    for start, end, new in reversed(edits):
        french = french[:start] + new + french[end:]
    return french


def _place(source: str, toks: list[tuple[int, int, str]],
           reads: dict[str, tuple[Reading, ...]], i: int,
           loose: bool = False) -> tuple[int, int, str] | None:
    word = toks[i][2]
    adjs = [r for r in _of(reads.get(word, ()), "adj") if r.lemma in _ENGLISH
            and (r.lemma not in _PLURAL_ONLY or word.endswith(("s", "x")))]
    if not adjs:
        return None
    after = toks[i + 1][2].lower() if i + 1 < len(toks) else "."
    after2 = toks[i + 2][2].lower() if i + 2 < len(toks) else "."
    comparison = after in _STOP_AFTER and toks[i - 1][2].lower() in _DEGREE
    if comparison or (after in ("et", "ou") and after2 not in _DETERMINERS and any(
            r.pos == "adj" for r in reads.get(after2, ()))) or (
            after in ("de", "d'", "d’") and adjs[0].lemma == "plein"):
        return None  # "plus grand que", "plein et divers", "plein de"
    very = toks[i - 1][2] == "très"
    last = i - 1 - very  # the last word before the adjective (and "très")
    for mods in range(3):
        noun_at, ctx_at = last - mods, last - mods - 1
        if ctx_at < 0:
            return None
        noun, ctx = toks[noun_at][2], toks[ctx_at][2].lower()
        if noun[:1].isupper() and ctx_at > 0:
            return None  # a name's word
        nouns = _of(reads.get(noun.lower(), ()), "n")
        fit = [(a, n) for a in adjs for n in nouns if agrees(a, n)]
        if loose and not fit:
            fit = [(Reading(adjs[0].lemma, ("adj", n.gender, n.number)), n) for n in nouns
                   if n.gender != "mf" and n.number != "sp"][:1]
        mid = [toks[k][2] for k in range(noun_at + 1, last + 1)]
        if fit and fit[0][0].lemma in _PLURAL_ONLY and (fit[0][1].number == "sg" or (
                ctx in _OF and ctx_at > 0 and toks[ctx_at - 1][2].lower() in _QUANTITY)):
            return None  # "le hobby nombreux": a singular; "beaucoup de choses différentes"
        if not fit or any(not w.islower() or not any(
                agrees(r, fit[0][1]) for r in _of(reads.get(w, ()), "adj")) for w in mid):
            continue
        of_noun = ctx in _OF and ctx_at > 0 and bool(
            _of(reads.get(toks[ctx_at - 1][2].lower(), ()), "n"))
        if ctx not in _DETERMINERS and ctx not in _OF and ctx not in _OPEN:
            verb = reads.get(ctx, ())
            if fit[0][1].number == "pl" and any(r.pos == "vblex" for r in verb) and all(
                    r.pos == "vblex" or (r.pos == "adj" and not agrees(r, fit[0][1]))
                    for r in verb) and _english(fit[0][0].lemma, source, False):
                # A bare plural object: "causant de vieux conflits régionaux" (``bare_objects``
                # gives "des" only to a noun right after its verb)
                return _edit(toks, fit[0], noun_at, ctx_at, i, very, False, loose, bare=True)
            got = reads.get(noun.lower(), ())
            if all(r.pos in ("n", "adj") for r in got) and any(
                    agrees(r, fit[0][1]) for r in _of(got, "adj")):
                continue  # "projets communs nouveaux": "communs" the noun's adjective (not
                # "est", a verb too: "le nombre est grand")
            return None
        if not _english(fit[0][0].lemma, source, of_noun):
            return None
        return _edit(toks, fit[0], noun_at, ctx_at, i, very, of_noun, loose)
    return None


def _edit(toks: list[tuple[int, int, str]], fit: tuple[Reading, Reading], noun_at: int,
          ctx_at: int, i: int, very: bool, of_noun: bool,
          made: bool = False, bare: bool = False) -> tuple[int, int, str] | None:
    adj, noun_read = fit
    noun, word = toks[noun_at][2], toks[i][2]
    if made:  # the adjective in the noun's gender and number ("vieux" is filed under "sp")
        form = form_in(adj, adj.gender, adj.number)
        if form is None:
            return None
        word = form
    if adj.lemma in BEFORE_VOWEL and adj.gender != "f" and adj.number != "pl" and \
            noun_read.number != "pl" and VOWEL_START.match(noun):
        word = BEFORE_VOWEL[adj.lemma]
    if adj.lemma == "unique":  # *the only*: "seul" before the noun
        word = "seul" + ("e" if noun_read.gender == "f" else "") + (
            "s" if noun_read.number == "pl" or word.endswith("s") else "")
    if very:
        word = "très " + word
    between = [toks[k][2] for k in range(noun_at + 1, i - very)]
    ctx = toks[ctx_at][2]
    start = toks[noun_at][0]
    low = ctx.lower()
    if low in ("l'", "l’", "d'", "d’", "cet", "des"):
        start = toks[ctx_at][0]
        if low in ("l'", "l’"):
            art = "la" if adj.gender == "f" or noun_read.gender == "f" else "le"
        elif low in ("d'", "d’"):
            art = "de"
        elif low == "cet":
            art = "cette" if noun_read.gender == "f" else "ce"
        else:  # "des" as an article before an adjective is "de" ("de grands festivals")
            art = "des" if of_noun else "de"
            if not of_noun and adj.lemma in ("différent", "divers"):
                art = ""  # "dans différentes régions", "divers projets": no article
        word = cased_like(f"{art} {word}" if art else word, ctx)
    elif noun[:1].isupper() and ctx_at == 0:
        word, noun = word[:1].upper() + word[1:], noun[:1].lower() + noun[1:]
    if bare:  # "des" before an adjective is "de"
        word = ("d'" + word) if VOWEL_START.match(word) else "de " + word
    phrase = " ".join([word, noun, *between])
    return start, toks[i][1], phrase


# *joint* before a noun: "joint statement", "joint efforts" (not "joint venture").
_JOINT = re.compile(r"\bjoint (?!ventures?\b)[a-z]", re.IGNORECASE)
_EN_COMMUN = re.compile(rf"{WORD_START}(?P<noun>{LOWER_WORD}) en commun{WORD_END}")
_JOINDRE = re.compile(rf"{WORD_START}joindre (?P<det>les|des|le|la|l['’]|nos|leurs|notre|"
                      rf"leur|ses|son|sa) ?(?P<noun>{LOWER_WORD}){WORD_END}")
# French says "efforts conjoints"; "commun" elsewhere ("déclaration commune", "projets
# communs", "travail commun").
_CONJOINT = frozenset(("effort", "action"))


def _agreed(noun: Reading) -> str:
    base = "conjoint" if noun.lemma in _CONJOINT else "commun"
    return base + ("e" if noun.gender == "f" else "") + ("s" if noun.number == "pl" else "")


def joint(source: str, french: str) -> str:
    """ "la déclaration en commun" -> "la déclaration commune", "projets en commun" ->
    "projets communs", "joindre des efforts" -> "des efforts conjoints", where the English
    says *joint* before a noun. The noun a noun for the analyser, of one gender."""
    if not _JOINT.search(source) or ("en commun" not in french and "joindre" not in french):
        return french
    found = [m.group("noun") for m in (*_EN_COMMUN.finditer(french),
                                       *_JOINDRE.finditer(french))]
    reads = readings(found)

    def noun_of(word: str) -> Reading | None:
        nouns = _of(reads.get(word, ()), "n")
        if not nouns or len({(n.gender, n.number) for n in nouns}) != 1 or \
                nouns[0].gender == "mf":
            return None
        return nouns[0]

    def en_commun(m: re.Match[str]) -> str:
        noun = noun_of(m.group("noun"))
        return m.group(0) if noun is None else f"{m.group('noun')} {_agreed(noun)}"

    def joindre(m: re.Match[str]) -> str:
        noun = noun_of(m.group("noun"))
        if noun is None:
            return m.group(0)
        det = m.group("det")
        sep = "" if det.endswith(("'", "’")) else " "
        return f"{det}{sep}{m.group('noun')} {_agreed(noun)}"

    return _JOINDRE.sub(joindre, _EN_COMMUN.sub(en_commun, french))


# *further* before a noun: the engine's "le plus lointain" (*farthest*) after it.
_FURTHER = re.compile(r"\bfurther (?!to\b|than\b)[a-z]", re.IGNORECASE)
_LOINTAIN = re.compile(r"(?<=" + LOWER + r") "
                       rf"(?:(?:le|la|les) )?plus (lointaine?s?){WORD_END}")
_ULTERIOR = {"lointain": "ultérieur", "lointaine": "ultérieure",
             "lointains": "supplémentaires", "lointaines": "supplémentaires"}


def further(source: str, french: str) -> str:
    """ "le développement le plus lointain" -> "le développement ultérieur", "la mise en
    œuvre la plus lointaine" -> "la mise en œuvre ultérieure", "des conditions plus
    lointaines" -> "des conditions supplémentaires": *further* before a noun (the next
    stage of a process; more of a plural thing), at most as often as the English says it."""
    count = len(_FURTHER.findall(source))
    if not count or "lointain" not in french:
        return french
    found = [m for m in _LOINTAIN.finditer(french)][:count]
    # the noun without an elided article ("l’augmentation la plus lointaine")
    before = {m: re.sub(r"^\w['’]", "", french[:m.start()].rsplit(" ", 1)[-1].lower())
              for m in found}
    reads = readings(sorted(set(before.values())))
    for m in reversed(found):  # after a noun ("aideraient plus lointaines": no noun)
        if any(r.pos == "n" for r in reads.get(before[m], ())):
            french = f"{french[:m.start()]} {_ULTERIOR[m.group(1)]}{french[m.end():]}"
    return french


# *good* before a noun came out the adverb "bien" ("un bien base", "très bien conditions"):
# the adjective "bon" agreed with the noun, and the determiner before it.
_GOOD = re.compile(r"\bgood [a-z]", re.IGNORECASE)
_BIEN = re.compile(r"(?<![\w-])(?:(?P<det>[Uu]ne?|[Cc]e|[Cc]ette|[Ll]e|[Ll]a) )?"
                   rf"(?P<very>très )?bien (?P<noun>{LOWER_WORD}){WORD_END}")
# A preposition that takes "de" before an adjective and a plural noun ("dans de bonnes
# conditions", "avec de bons amis"); "en" and "sans" take none.
_PREP_BEFORE = re.compile(r"(?<![\w’'-])(?i:dans|avec|pour|par|sur|sous|entre) $")
_GOOD_BARE = re.compile(r"\b(?:in|with|for|by|on|under|between) (?:very |really )?good "
                        r"[a-z]+s\b", re.IGNORECASE)
_BON = {("m", "sg"): "bon", ("f", "sg"): "bonne", ("m", "pl"): "bons", ("f", "pl"): "bonnes"}


def good(source: str, french: str) -> str:
    """ "un bien base" -> "une bonne base", "dans très bien conditions" -> "dans de très
    bonnes conditions" (*in very good conditions*),
    at most as often as the English says *good* before a word, where the
    analyser reads the word after "bien" only as a noun of one gender."""
    count = len(_GOOD.findall(source))
    if not count or "bien " not in french:
        return french
    found = list(_BIEN.finditer(french))[:count]
    reads = readings(sorted({m.group("noun") for m in found}))
    for m in reversed(found):
        got = reads.get(m.group("noun"), ())
        # After a determiner the word is its noun, a verb's form too ("un bien base").
        nouns = [r for r in got if r.pos == "n" or (m.group("det") and r.pos == "vblex")]
        if len(nouns) != len(got) or len({r.gender for r in got if r.pos == "n"}) != 1:
            continue  # "bien des gens", "bien sûr", "bien que", "bien voulu"
        noun = next(r for r in got if r.pos == "n")
        if noun.gender == "mf" or noun.number == "sp":
            continue
        new = f"{m.group('very') or ''}{_BON[noun.gender, noun.number]} {m.group('noun')}"
        if not m.group("det") and noun.number == "pl" and _PREP_BEFORE.search(
                french, 0, m.start()) and _GOOD_BARE.search(source):
            new = f"de {new}"  # a bare plural after a preposition: "dans de bonnes conditions"
        if m.group("det"):
            det = determiner(m.group("det"), noun.gender, noun.number, new)
            if det is None:
                continue
            new = f"{det} {new}"
        french = french[:m.start()] + new + french[m.end():]
    return french


def adjectives(source: str, french: str) -> str:
    """The rules above."""
    return before_noun(source, good(source, further(source, joint(source, french))))
