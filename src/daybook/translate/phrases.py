"""The site's recurring multiword expressions in their established French.

Apertium translates "gave a joint news conference" word by word ("ont donné une assise de
nouvelle de la junte"), "the Astana process" as "le Astana processus", "letters of credence"
as "lettres d'acceptation". ``data/phrases_fr.json`` holds such expressions with the French
of general press and diplomatic usage (English -> article and French, as the institution
glossary has them). They go through ``protect.py``'s glossary, the path of institutions and
named things: one placeholder the engine reads as a proper noun of the phrase's gender (its
"un"/"une" before it and a participle after it agree: "une conférence de presse conjointe",
"La déclaration commune a été adoptée"), put back in French with the article contracted.

The glossary's keys for these phrases join their words with a no-break space, which English
text never has: ``mark`` joins them, for the engine that reads placeholders as words only
(``protect`` calls it then), where a phrase stands as a noun phrase of its own:
- not before another noun ("the arms control system", "career guidance forum": a modifier);
- not a plural subject ("Joint press statements were made"): the placeholder is one proper
  noun, and its verb would come out singular; the engine keeps those, except one opening
  its clause with a verb but no passive after it ("Motor sport fans came", "Small and
  medium-sized businesses need"; WordNet tells the verb from a noun after the phrase),
  marked with "the", whose verb ``plural_names`` makes plural;
- after a quantifier, which the key takes in with its French "de" ("many level
  crossings" -> "beaucoup de passages à niveau");
- with the article French writes where English has none: "of climate change" -> "of the
  climate change" ("du changement climatique"), after a verb "discussed current issues"
  ("des questions d'actualité": the key "some" + phrase, "des"), at the start of a sentence
  with a verb ("Climate change also means" -> "Le changement climatique"), never in a
  caption without one ("Press statements following..." -> "Déclarations à la presse...") or
  after a determiner, a possessive or an adjective ("our joint efforts", "German business
  leaders").

Pairs of countries before *talks*, *relations*, *cooperation* come from the titles' demonyms
and named things' combining forms: "Russian-Chinese talks" -> "les pourparlers
russo-chinois", "Chinese–Russian relations" -> "les relations sino-russes", "following
Russian-Turkish talks" -> "à l’issue des pourparlers russo-turcs".
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from daybook.translate.french import VOWEL_START, elides, feminine, feminine_plural
from daybook.translate.named import table as named_table
from daybook.translate.title_vocab import vocabulary
from daybook.translate.wordnet import analyses

NBSP = "\u00a0"
SOME = "some"  # before a plural phrase: French "des" (the glossary's key "some" + phrase)

# Heads after a pair of countries: (article, French noun, gender and number of the adjective).
_PAIR_HEADS = {
    "talks": ("les", "pourparlers", "mp"),
    "relations": ("les", "relations", "fp"),
    "cooperation": ("la", "coopération", "fs"),
}

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words after which English leaves out an article French writes: prepositions, conjunctions
# and transitive verbs the site's sentences put before these phrases (general English).
_PREPOSITIONS = _words(
    "of on in for with about between among into from by at through over regarding "
    "concerning including against towards toward under within without via like to and or "
    "as")
_VERBS = _words(
    "implement implemented implements present presented "
    "presents make made makes hold held holds sign signed signs adopt adopted adopts need "
    "needs needed support supported supports promote promoted promotes develop developed "
    "develops expand expanded expands strengthen strengthened strengthens launch launched "
    "launches create created creates address addressed affect affects affected include "
    "includes included review reviewed improve improved increase increased reduce reduced "
    "ensure ensured boost boosted combat fight contain maintain maintained raise raised "
    "stimulate stimulated achieve achieved encourage encouraged neglect considered consider "
    "welcome welcomed establish established solve pay paid see saw seen have has had "
    "receive receives received")
# After the phrase: the words that show it ends a noun phrase (else a noun follows and the
# phrase modifies it).
_FUNCTION = _PREPOSITIONS | _words(
    "the a an that which who whom whose this these those we they it he she i you is are was "
    "were be been being has have had will would shall should can could may might must do "
    "does did also now today only still already again too here there instead so but nor "
    "not if when where while because than then yet remains remained means meant varies "
    "reflects makes took take takes continue continues continued play plays played show "
    "shows showed help helps helped become became becomes grew grow grows")
# A plural subject's verb: the phrase is kept for the engine (the placeholder is singular).
_FINITE = _words(
    "is are was were has have had will would shall should can could may might must do does "
    "did took take remain remained continue continued play played show showed help helped "
    "become became grew grow make made also")
_DETERMINERS = _words(
    "the these those our their its his her your my all both such many several some other "
    "any no two three four five a an each every another one "
    "this that")
# Possessives a feminine phrase's French is given with: "our top priority" -> "notre priorité".
_A = ("a", "an")  # the indefinite article a one-word phrase's key takes in
_POSSESSIVES = {"our": ("notre", "nos"), "your": ("votre", "vos"), "their": ("leur", "leurs")}
# Nouns that make a compound with the phrase after them ("the production growth rate",
# "the market growth rate"), which the engine cannot read with a name in it; adjectives
# before it are read ("a new joint project": "un projet commun nouveau").
_MODIFIERS = _words(
    "production market wage wages salary price prices export exports import imports "
    "investment credit loan population employment output income revenue budget tax trade "
    "industry industrial currency")
_NEXT_CLAUSE = re.compile(r"[,;:–]|\b(?:we|they|I|you|he|she|it|which|that|who)\b")
_PLURAL_VERB = re.compile(r"\b(?:were|are|have|do)\b")
# Words that open a clause, whose subject may follow.
_OPENERS = _words("that so which who when if because while as and but where since although "
                  "though whether")
_WORD = re.compile(r"[\w’']+")
_TOKEN = re.compile(r"[\w’'][\w’'–-]*")


@cache
def table() -> dict[str, tuple[str, str]]:
    """The curated expressions: English (as the site writes it in running text) ->
    (article, French)."""
    raw = json.loads(resources.files("daybook.data").joinpath("phrases_fr.json")
                     .read_text("utf-8"))["phrases"]
    return {en: (art, fr) for en, (art, fr) in raw.items()}


def _inflect(adj: str, gn: str) -> str:
    if gn == "fs":
        return feminine(adj)
    if gn == "fp":
        return feminine_plural(adj)
    return adj if adj.endswith(("s", "x")) else adj + "s"


@cache
def pairs() -> dict[str, tuple[str, str]]:
    """ "Russian-Chinese talks" -> ("les", "pourparlers russo-chinois"), "Chinese–Russian
    relations" -> ("les", "relations sino-russes") (an en dash is read as a hyphen), for every
    demonym of the titles' vocabulary; "following Russian-Chinese talks" -> ("", "à l’issue
    des pourparlers russo-chinois")."""
    combining = named_table().combining
    found = [(f"Russian{{}}{en}", combining["Russian"], adj)
             for en, adj in vocabulary().demonyms.items()
             if en != "Russian" and " " not in en and "-" not in adj]
    found += [(f"{en}{{}}Russian", first, "russe") for en, first in combining.items()
              if en != "Russian"]
    out: dict[str, tuple[str, str]] = {}
    for pair, first, adj in found:
        for head, (article, noun, gn) in _PAIR_HEADS.items():
            fr = f"{noun} {first}-{_inflect(adj, gn)}"
            out[f"{pair.format('-')} {head}"] = (article, fr)
            if head == "talks":
                for lead in ("following", "following the"):
                    out[f"{lead} {pair.format('-')} talks"] = ("", f"à l’issue des {fr}")
    return out


def _canonical(words: str) -> str:
    """The table's spelling of a phrase as a text writes it: lower case first unless the
    table has it capitalised ("Executive Order"), a hyphen for an en dash."""
    words = words.replace("–", "-")
    return words if words in _entries() else words[:1].lower() + words[1:]


@cache
def _entries() -> dict[str, tuple[str, str]]:
    return {**table(), **pairs()}


@cache
def _longest() -> int:
    return max(len(k.split()) for k in _entries())


def _joined(en: str) -> str:
    return en.replace(" ", NBSP)


# Quantifiers before a plural phrase, with the French that takes "de" (Grevisse § 626:
# "beaucoup de", "peu de"...; "a few": "quelques"); the glossary's keys take them in (the
# engine wrote "beaucoup" before a placeholder without its "de").
_QUANTIFIERS = {"many": "beaucoup de", "few": "peu de", "more": "plus de", "fewer": "moins de",
                "so many": "tant de", "too many": "trop de", "a few": "quelques",
                "how many": "combien de"}


def _quantified(quantifier: str, fr: str) -> str:
    said = _QUANTIFIERS[quantifier]
    return f"{said[:-1]}’{fr}" if said.endswith(" de") and elides(fr) else f"{said} {fr}"


def _taken_in(article: str, pair: bool = False) -> tuple[str, ...]:
    """The determiners a phrase's key takes in: "this"/"these", and a possessive before a
    feminine or a plural one (the engine wrote "our" before a woman's name as "la nôtre",
    "their" before a plural as "leur")."""
    if article == "les":
        return ("these",) if pair else ("these", *_POSSESSIVES)
    return ("this", *_POSSESSIVES) if article == "la" else ("this",)


def _determiner(det: str, article: str, fr: str) -> str:
    if det in _POSSESSIVES:
        return _POSSESSIVES[det][article == "les"]
    if article == "les":
        return "ces"
    return "cette" if article == "la" else "cet" if VOWEL_START.match(fr) else "ce"


@cache
def text_forms() -> dict[str, tuple[str, str]]:
    """The glossary's entries (``protect._institutions``): each phrase with its words
    joined by no-break spaces (``mark`` writes them so; the glossary adds "the"/"The"); after
    "this" or "these" with the French demonstrative ("cette coentreprise": the engine read
    "this" before a proper noun as a pronoun, "ça"); a plural one after "some" with French
    "des"."""
    out: dict[str, tuple[str, str]] = {}
    for en, (article, fr) in _entries().items():
        out[_joined(en)] = (article, fr)
        if not article:
            continue
        for det in _taken_in(article, en not in table()):
            out[_joined(f"{det} {en}")] = ("", f"{_determiner(det, article, fr)} {fr}")
        if " " not in en and article != "les":
            for det in _A:
                out[_joined(f"{det} {en}")] = ("", ("une " if article == "la" else "un ") + fr)
        plural = article == "les"
        if plural:
            out[_joined(f"{SOME} {en}")] = ("", f"des {fr}")
            for quantifier in _QUANTIFIERS:
                out[_joined(f"{quantifier} {en}")] = ("", _quantified(quantifier, fr))
    return out


def _found(text: str) -> list[tuple[int, int, str]]:
    """(start, end, table key) of each phrase of the table in ``text``, longest first, the
    words of a phrase separated by one space."""
    entries = _entries()
    words = list(_TOKEN.finditer(text))
    # spaced[i]: how many words from the i-th on are separated by one space each (the
    # longest run a phrase starting there can take).
    spaced = [1] * len(words)
    for k in range(len(words) - 2, -1, -1):
        if text[words[k].end():words[k + 1].start()] == " ":
            spaced[k] = spaced[k + 1] + 1
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n in range(min(_longest(), spaced[i]), 0, -1):  # one word: "Motherland"
            run = words[i:i + n]
            key = _canonical(text[run[0].start():run[-1].end()])
            if key in entries:
                out.append((run[0].start(), run[-1].end(), key))
                i += n
                break
        else:
            i += 1
    return out


def _clause_start(before: str) -> bool:
    """Nothing but determiners between the phrase and the start of its clause (a sentence,
    a comma, "that", "so", "when"...): "so that their senior officials ... sign it"."""
    words = _WORD.findall(before)
    while words and words[-1].lower() in _DETERMINERS:
        words.pop()
    after = before[before.rfind(words[-1]) + len(words[-1]):] if words else ""
    return not words or words[-1].lower() in _OPENERS or any(c in after for c in ",;")


def _verb_after(word: str, plural: bool) -> bool:
    """``word`` may be the finite verb of a subject of that number (WordNet): a past, or a
    plural's base form ("businesses need"); not an -s form ("arms control talks")."""
    return any(pos == "verb" and (infl == "ed" or (plural and not infl))
               for pos, _, infl in analyses(word))


def _noun_after(word: str, plural: bool, opens: bool) -> bool:
    """``word`` after a phrase makes it a modifier: a noun (or a word WordNet does not know),
    unless the phrase opens its clause and the word may be its verb ("Small and
    medium-sized businesses need support"; "motor sport fans around": an adverb)."""
    found = analyses(word)
    if found and not any(pos == "noun" for pos, _, _ in found):
        return False
    return not (opens and _verb_after(word, plural))


def _participle_after(clause: str) -> bool:
    """A plural auxiliary in ``clause`` with a participle after it (adverbs in -ly aside):
    "statements were made", whose participle ``plural_names`` would leave singular."""
    m = _PLURAL_VERB.search(clause)
    if m is None:
        return False
    words = [w for w in _WORD.findall(clause[m.end():]) if not w.endswith("ly")]
    return bool(words) and (words[0].endswith("ed") or any(
        pos == "verb" and infl == "ed" for pos, _, infl in analyses(words[0])))


def _has_verb(text: str) -> bool:
    return any(w.lower() in _FINITE or (len(w) > 4 and w.endswith("ed"))
               for w in _WORD.findall(text))


def mark(text: str) -> str:
    """``text`` with each phrase of the table that stands as a noun phrase of its own
    written as the glossary's key (words joined by no-break spaces), with "the" or "some"
    before it where French writes an article English leaves out, and a "this"/"these"
    before it taken in."""
    entries = _entries()
    pieces: list[str] = []
    last = 0
    for start, end, key in _found(text):
        if start < last:
            continue
        begin, piece = _marked(text, start, end, key, entries[key][0])
        pieces.append(text[last:begin])
        pieces.append(piece)
        last = end
    return "".join(pieces) + text[last:]


def _marked(text: str, start: int, end: int, key: str, article: str) -> tuple[int, str]:
    """Where the phrase's replacement begins (before a "this" it takes in) and what it is."""
    phrase = text[start:end]
    before = _WORD.findall(text[:start])
    prev = before[-1].lower() if before else ""
    lead = text[:start].strip(" “\"(«").lower()
    nxt = re.match(r"\s*([\w’']+)", text[end:])
    nxt_word = nxt.group(1) if nxt else ""
    plural = article == "les"
    opens = _clause_start(text[:start])
    if nxt_word and nxt_word[:1].islower() and nxt_word.lower() not in _FUNCTION \
            and not nxt_word.endswith(("ed", "ing")) \
            and (not article or _noun_after(nxt_word, plural, opens)):
        # a noun follows: "the arms control system"; an adverbial phrase before a verb
        # ("will sooner or later acquire") is left to the engine, which keeps the tense
        return start, phrase
    # up to the next clause: punctuation, a subject pronoun or a relative
    clause = _NEXT_CLAUSE.split(text[end:], maxsplit=1)[0]
    if plural and (nxt_word.endswith("ed") or _PLURAL_VERB.search(clause)
                   or (opens and (_has_verb(text[end:]) or _verb_after(nxt_word, plural)))):
        if opens and prev not in _DETERMINERS and key in table() \
                and not _participle_after(clause):
            # a plural subject opening its clause: "les" + the phrase, whose verb
            # ``plural_names`` makes plural ("Les passionnés du sport automobile sont venus")
            return start, ("The " if not lead else "the ") + _joined(key)
        return start, phrase  # (in) a plural subject: its verb would be singular
    joined = _joined(key)
    if prev == "such":
        return start, phrase  # "such Gillian": "tel", not "telles"
    if not article or prev == "that":  # "that" may be a conjunction: no determiner taken
        return start, joined
    if (prev in _taken_in(article, key not in table()) or (
            prev in _A and " " not in key and not plural)) and \
            text[:start].endswith(before[-1] + " "):
        # "this joint venture": "cette coentreprise" (the glossary's key takes "this" in);
        # a one-word phrase its "a" ("a trolleybus": "un trolleybus"), as the glossary has
        # no bare form of one word
        return start - len(before[-1]) - 1, _joined(f"{prev} {key}")
    if plural:
        for n in (2, 1):
            quantifier = " ".join(w.lower() for w in before[-n:])
            if len(before) >= n and quantifier in _QUANTIFIERS and text[:start].endswith(
                    " ".join(before[-n:]) + " "):
                # "many level crossings": "beaucoup de passages à niveau"
                return start - len(quantifier) - 1, _joined(f"{quantifier} {key}")
    if any(w.lower().startswith("discuss") for w in before[-2:]):
        return start, phrase  # the engine's "parler de" became "parler sur" before a name
    if prev in _PREPOSITIONS:
        # "in terms of the X" lost the engine's "en termes de" ("dedans appelle")
        return start, joined if [w.lower() for w in before[-2:]] == ["terms", "of"] \
            else "the " + joined
    if prev in _VERBS:
        return start, _joined(f"{SOME} {key}") if plural else "the " + joined
    if plural and prev and prev not in _DETERMINERS:
        return start, phrase  # an adjective before it ("Russian business leaders"): agreed
    if prev in _MODIFIERS:
        return start, phrase  # a noun before it ("the production growth rate"): a compound
    if not lead and _has_verb(text[end:]):
        return start, "The " + joined  # "Climate change also means": "Le changement climatique"
    return start, joined
