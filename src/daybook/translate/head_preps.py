"""The preposition French chooses by its head where the pivot said the English one.

English *in* and *on* are said by what they stand for; French chooses by the word they
complete (Grevisse, *Le Bon Usage*, on the complement of the relative superlative and of the
noun; Robert & Collins, *on*, *agenda*):

- the complement of a superlative after *the* or an owner's *'s*, the place or the group it
  ranks in, takes "de" (a second place joined by "et" too): *the largest bridge in Russia*
  "le plus grand pont en Russie" -> "de Russie", *the longest bridge in Russia and Europe*
  "de Russie et d'Europe", *the most widespread campaign in human history* "en histoire
  humaine" -> "de l'histoire humaine", *the oldest theatre in the republic* "dans la
  république" -> "de la république"; never before a year or a time ("la plus forte hausse
  en 2018"), nor in a locution of its own ("en termes de", "en particulier"), nor after a
  possessive (*they showed their best qualities in Syria*: where they showed them);
- *on the agenda* is "à l'ordre du jour" (the pivot's "sur", "dans"): *current issues on
  the regional agenda* "les questions actuelles à l'ordre du jour régional", *items on our
  agendas* "aux ordres du jour"; only after a noun of what is discussed (*issues*, *items*,
  *matters*...) or a verb of being or placing, as *talks on the agenda* are about it;
- a noun of what is said, written or done about a subject takes its subject with "sur"
  ("un livre sur", "un rapport sur"), where the pivot read *on* as Catalan "en" and wrote
  "dans": *a section on the defence of rights* "une section dans la défense" -> "sur la
  défense", *active work on the World Cup legacy* "le travail actif dans l'héritage" -> "sur
  l'héritage", *exchange of opinions on the status* "de vues dans le statut" -> "sur le
  statut", *a roadmap on its implementation* "sur sa mise en œuvre"; each noun only as often
  as the English has it before *on*, never before "le cadre" (*within the framework*), a
  date or *behalf*;
- any other *on* + a noun phrase the pivot wrote "dans", in a sentence whose English has no
  word French says "dans" (*in*, *into*, *within*, *during*, *across*, *part of*, *as a
  whole*, *at the same time*, *enter*, *invest*, *involve*...), so that each "dans" can only
  be an *on*: "sur" ("sur la table", "sur la côte"): *are on the table* "sont dans la table"
  -> "sur la table", *ends on the Crimean coast* "se termine sur la côte de Crimée",
  *coincide on most issues* "coïncider sur la plupart des questions", *principles on the
  joint struggle* "des principes sur la lutte commune"; only where the French has as many
  "dans" as the English *on*, each of them such an *on*: never after a verb that governs
  another preposition or has its own rule (*congratulate on*, *depend on*, *agree on*, *rely
  on*...), nor before a day, a holiday, an occasion, *the eve*, *behalf*, a team or a board
  (*on the team* "dans l'équipe"), the agenda or the calendar ("à l'ordre du jour", "au
  calendrier") or borders ("aux frontières");
- a noun French places things "sur" (Robert & Collins, *market* "sur le marché", *platform*
  "sur une plateforme", *territory* "sur le territoire de"), which the pivot says "à", "au",
  "dans" after English *to*, *at*, *in*, *on*: "distribuer le GNL au marché intérieur" -> "sur
  le marché intérieur", "à des plateformes internationales" -> "sur des plateformes"; not
  after *access*, *entry*, *exports* ("l'accès au marché"); and *under these circumstances /
  conditions* "dans ces conditions" (was "sous").

Each fires only where the English has the construction, and no more often than it has it.
"""

from __future__ import annotations

import re

from daybook.translate.french import VOWEL_START, contract
from daybook.translate.gender import readings

__all__ = ["agenda", "and_on", "head_preps", "on_sur", "superlative_in", "sur_heads",
           "topic_on"]

# English words in -est that are no superlatives.
_NOT_SUPERLATIVE = ("interest|request|west|forest|guest|honest|modest|harvest|protest|contest|"
                    "test|rest|quest|suggest|manifest|invest|chest|nest|arrest|priest|digest|"
                    "conquest|behest|southwest|northwest|midwest|inquest|unrest|earnest")
# Words after *in* that open a time or a locution, not the superlative's range.
_NOT_RANGE_EN = (r"\d|terms\b|order\b|particular\b|general\b|fact\b|part\b|recent\b|years?\b|"
                 r"months?\b|decades?\b|time\b|which\b|that\b|this\s+(?:regard|respect|way)\b|"
                 r"the\s+(?:last|past|next|coming|first|world)\b|its\s+history\b|"
                 r"(?:[\w-]+\s+){0,2}(?:years?|months?|decades?|days?|weeks?)\b")
# Words that close the superlative's noun phrase before *in* (a verb, a clause, another
# complement): *the best way to invest in* is no superlative's range.
_STOPS_EN = (r"in|of|is|are|was|were|be|been|to|that|which|who|and|or|for|on|at|by|with|as|"
             r"than|ever|yet|has|have|had|will|would|can|could|from|it|we|they|this")
_SUPERLATIVE_EN = re.compile(
    r"\b(?:the|[\w-]+['’]s)\s+"
    rf"(?:(?:most|least)\s+[a-z-]+|best|worst|(?!(?:{_NOT_SUPERLATIVE})\b)[a-z]{{2,}}est)\b"
    rf"(?:\s+(?!(?:{_STOPS_EN})\b)[\w-]+){{0,3}}?\s+in\s+(?!{_NOT_RANGE_EN})",
    re.IGNORECASE)
# French words that end the superlative's phrase before the preposition (a verb, a
# clause, a comparison).
_STOPS_FR = frozenset(("que", "qu", "qui", "est", "sont", "a", "ont", "était", "étaient", "et",
                       "ou", "pour", "par", "avec", "sur", "dans", "en", "à", "au", "aux",
                       "entre", "parmi", "depuis", "pendant", "comme", "mais", "ce", "il",
                       "elle", "ils", "elles", "nous", "vous", "devient", "reste"))
_WORD = r"[\w’'-]+"
_SUPERLATIVE_FR = re.compile(
    r"(?<![\w’'-])(?:(?:plus|moins) (?!(?:de|d|que|qu|en|à|tard|tôt|loin)\b)[\w-]+|"
    r"meilleure?s?|pires?)(?P<gap>(?: " + _WORD + r"){0,4}?) "
    r"(?P<prep>dans|en|à|au|aux) (?P<rest>(?P<det>le |la |les |l['’]|des |un |une |notre |nos |"
    r"votre |vos |leur |leurs |son |sa |ses |ce |cet |cette |ces )?(?P<noun>[\w-]+))"
    # a second place joined by "et" ("en Russie et l'Europe"): "de" said again
    r"(?P<and> et (?P<det2>en |le |la |les |l['’])?(?P<place>[A-ZÀ-Ý][\w-]+))?")
# "en", "à" + a word that makes a locution or a time, which stays.
_FR_LOCUTIONS = frozenset(("particulier", "général", "fait", "termes", "tant", "outre",
                           "effet", "même", "cours", "matière", "comparaison", "moyenne",
                           "ce", "cela", "cet", "plus", "raison", "vue", "lien", "fonction"))
# "dans" + the definite article, "de" + it.
_OF_ARTICLE = {"le ": "du ", "les ": "des ", "des ": "des ", "la ": "de la ", "l'": "de l'",
               "l’": "de l’"}


def _of(word: str) -> str:
    """ "de " or "d'" before ``word``."""
    return "d'" if VOWEL_START.match(word) else "de "


def _of_bare(noun: str, rest: str) -> str | None:
    """ "de" + the definite article the analyser's reading of the bare common ``noun``
    takes ("de l'histoire humaine"); None where it reads no noun."""
    for r in readings([noun.lower()]).get(noun.lower(), ()):
        if r.pos != "n":
            continue
        if r.number == "pl":
            return "des " + rest
        if VOWEL_START.match(noun):
            return "de l'" + rest
        return ("de la " if r.gender == "f" else "du ") + rest
    return None


def _ranged(m: re.Match[str]) -> str | None:
    """The superlative's range with "de" for the pivot's preposition; None to leave it."""
    gap, prep, rest = m.group("gap"), m.group("prep"), m.group("rest")
    det, noun = m.group("det"), m.group("noun")
    if any(w.lower().rstrip("’'") in _STOPS_FR for w in gap.split()) or noun[:1].isdigit() \
            or noun.lower() in _FR_LOCUTIONS:
        return None
    if prep == "au":
        return "du " + rest
    if prep == "aux":
        return "des " + rest
    if det:
        low = det.lower()
        if low in _OF_ARTICLE:
            return _OF_ARTICLE[low] + rest[len(det):]
        return _of(rest) + rest  # "de notre pays", "d'une région"
    if noun[:1].isupper():
        return _of(noun) + rest  # "de Russie", "d'Europe", "de Moscou"
    return _of_bare(noun, rest) if prep == "en" else None


def superlative_in(source: str, french: str) -> str:
    """ "le plus grand pont en Russie" -> "de Russie", "la campagne la plus répandue en
    histoire humaine" -> "de l'histoire humaine", where the English ranks with *in*."""
    if not any(w in french for w in ("plus ", "moins ", "meilleur", "pire")):
        return french
    count = len(_SUPERLATIVE_EN.findall(source))
    if not count:
        return french
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        new = _ranged(m) if done < count else None
        if new is None:
            return m.group(0)
        done += 1
        head = m.group(0)[:m.start("prep") - m.start()]
        if not m.group("and"):
            return head + new
        place, det2 = m.group("place"), (m.group("det2") or "en ").lower()
        # a country or a continent after "de" as after "en": "d'Europe", "de Turquie", but
        # "du Japon", "des États-Unis"
        second = _of(place) + place if det2 in ("en ", "la ", "l'", "l’") else (
            _OF_ARTICLE[det2] + place)
        return f"{head}{new} et {second}"

    return _SUPERLATIVE_FR.sub(fix, french)


# *issues on the agenda*, *is on the agenda*: the agenda as the list things are on.
_AGENDA_EN = re.compile(
    r"\b(?:issues?|items?|matters?|questions?|problems?|points?|topics?|subjects?|"
    r"priorit(?:y|ies)|features?|featured|featuring|is|are|was|"
    r"were|be|been|being|remains?|remained|stays?|high|top|put|placed|also|still)\s+"
    r"(?:[\w-]+\s+)?on\s+(?:the|our|its|their|this|your|his|her|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,4}?agendas?\b", re.IGNORECASE)
_AGENDA_FR = re.compile(r"(?<![\w’'-])(?:sur|dans|en) (?P<det>l['’]|les |le |nos |notre |leurs? |"
                        r"son |ses |votre |vos )?(?=ordres? du jour)")
_AT_AGENDA = {"l'": "à l'", "l’": "à l’", "les ": "aux ", "le ": "à l'", None: "à l'"}


def agenda(source: str, french: str) -> str:
    """ "les questions actuelles sur l'ordre du jour régional" -> "à l'ordre du jour
    régional", "sur nos ordres du jour" -> "à nos ordres du jour"."""
    if "ordre" not in french:
        return french
    count = len(_AGENDA_EN.findall(source))
    if not count:
        return french

    def fix(m: re.Match[str]) -> str:
        det = m.group("det")
        return _AT_AGENDA.get(det.lower() if det else None, "à " + (det or ""))

    return _AGENDA_FR.sub(fix, french, count=count)


# A noun of a subject (English, French forms): what is said, written or done about it.
_TOPIC_NOUNS: tuple[tuple[str, str], ...] = (
    ("proposals?", "propositions?"), ("sections?", "sections?"), ("work", "travail|travaux"),
    ("roadmaps?", "feuilles? de route"), ("views|opinions", "vues|opinions|avis"),
    ("contacts", "contacts"), ("reports?", "rapports?"), ("statements?", "déclarations?"),
    ("laws?", "lois?"), ("agreements?", "accords?"), ("decisions?", "décisions?"),
    ("consultations", "consultations"), ("information|data", "informations?|données"),
    ("books?|articles?|films?", "livres?|articles?|films?"),
    ("lectures?|seminars?|conferences?", "conférences?|séminaires?"),
    ("debates?|discussions?", "débats?|discussions?"), ("comments?", "commentaires?"),
    ("talks|negotiations", "entretiens|négociations|pourparlers"),
)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
# What *on* opens that is no subject: a date, a day, *behalf*, *the sidelines*...
_NOT_TOPIC = (r"behalf\b|(?:the\s+)?(?:sidelines|eve|occasion|part|basis|ground|spot|way|"
              r"side|one\s+hand|other\s+hand)\b|a\s+[\w-]+\s+basis\b|\w+day\b|\d|"
              rf"(?:{_MONTHS})\b|(?:the\s+)?(?:territory|site|island|border)\b")
_TOPIC_EN = tuple(re.compile(rf"\b(?:{en})\s+on\s+(?!{_NOT_TOPIC})", re.IGNORECASE)
                  for en, _ in _TOPIC_NOUNS)
_TOPIC_FR = tuple(re.compile(r"(?<![\w’'-])(?P<head>" + fr + r")(?P<adj> [a-zàâçéèêëîïôûùüÿœ]+)? "
                             r"dans (?=(?:(?:le|la|les|son|sa|ses|leur|leurs|notre|nos|"
                             r"votre|vos|ce|cet|cette|ces) |l['’])(?!cadre\b))")
                  for _, fr in _TOPIC_NOUNS)
# Words that are no adjective between the noun and "dans" (a verb, a pronoun).
_NOT_ADJ = frozenset(("est", "sont", "a", "ont", "qui", "que", "et", "ou", "de", "du", "des",
                      "il", "elle", "ils", "nous", "vous", "se", "y", "en", "sera", "seront"))


def topic_on(source: str, french: str) -> str:
    """ "une section dans la défense des droits" -> "une section sur la défense des
    droits" where the English says *a section on*."""
    if " dans " not in french or " on " not in source:
        return french
    for en, fr in zip(_TOPIC_EN, _TOPIC_FR, strict=True):
        count = len(en.findall(source))
        if count:
            french = _topic_sub(fr, french, count)
    return french


def _topic_sub(pattern: re.Pattern[str], french: str, count: int) -> str:
    """ "dans" -> "sur" after the noun, at most ``count`` times."""
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        adj = m.group("adj") or ""
        if done >= count or adj.strip() in _NOT_ADJ:
            return m.group(0)
        done += 1
        return f"{m.group('head')}{adj} sur "

    return pattern.sub(fix, french)


# English a French "dans" may stand for besides *on*: a sentence with one of them is left.
_DANS_EN = re.compile(
    r"\b(?:in|into|inside|within|amid|amidst|among|amongst|during|throughout|across|around|"
    r"under|where|wherein|whereby|which|whose|part|whole|same\s+time|everywhere|meanwhile|"
    r"enter\w*|invest\w*|interfer\w*|immers\w*|involv\w*|integrat\w*|engag\w*|contain\w*|"
    r"inscribed|written)\b"
    # a verb that governs its own preposition after *on*, or makes a phrasal verb with it
    r"|\b(?:congratulat\w*|depend\w*|spen[dt]\w*|agree\w*|decid\w*|embark\w*|"
    r"carr(?:y|ies|ied)|go|goes|went|going|take[sn]?|took|turn\w*|hold\w*|held|comment\w*|"
    r"remark\w*|act|acts|acted|acting|call|calls|called|put|puts|placed?|places|keep|keeps|"
    r"kept|stay\w*|remain\w*|lives?|lived|living|rel(?:y|ies|ied|ying)|count\w*|work\w*|"
    r"focus\w*)\s+(?:[\w’'-]+\s+){0,3}?on\b",
    re.IGNORECASE)
# *on* + a noun phrase French says with another preposition: a date, a day, an occasion,
# *behalf*, a team or a board, the agenda, the calendar, borders, a street, a time.
_ON_EN = re.compile(
    r"\bon\s+(?!behalf\b|(?:[\w’'-]+\s+){0,3}?(?:eve|sidelines|occasions?|anniversary|"
    r"holidays?|festival|birthday|jubilee|celebrations?|day|days|teams?|boards?|committees?|"
    r"councils?|panels?|jury|lists?|staff|agenda|agendas|calendar|borders?|frontiers?|"
    r"streets?|avenue|prospekt|square|way|basis|part|whole|contrary|average|time|hand|"
    rf"air|television|TV|radio|\w+day)\b|\d|(?:{_MONTHS})\b)"
    r"(?:the|a|an|this|that|these|those|its|our|their|his|her|your|my|all|most|many|"
    r"several|such|every|each|both|some|[\w-]+['’]s)\b", re.IGNORECASE)
_ON_ANY = re.compile(r"\bon\b", re.IGNORECASE)
# The pivot's "dans" + a determiner, and the "dans" of French's own locutions.
_DANS_FR = re.compile(r"(?<![\w’'-])dans (?=(?:(?:le|la|les|ce|cet|cette|ces|son|sa|ses|leur|"
                      r"leurs|notre|nos|votre|vos|des|un|une|toutes|tous|toute|tout) |l['’]))")
_DANS_ANY = re.compile(r"(?<![\w’'-])[Dd]ans(?![\w’'-])")
_DANS_OWN = re.compile(r"(?<![\w’'-])(?:partout )?[Dd]ans (?:le cadre|son ensemble|leur ensemble|"
                       r"le même temps|la mesure|le but|le monde)\b")
_NOT_SUR = re.compile(r"(?:le |la |les |l['’]|\w+ )(?:\w+ )?(?:calendriers?|frontières?|équipes?|"
                      r"conseils?|comités?|listes?|ordres? du jour)\b")


def on_sur(source: str, french: str) -> str:
    """ "sont dans la table" -> "sont sur la table" where the English says *on the table*
    and nothing else of the sentence is said "dans" (see the module's doc)."""
    if " on " not in source or "dans " not in french or _DANS_EN.search(source):
        return french
    count = len(_ON_EN.findall(source))
    if count != len(_ON_ANY.findall(source)):
        return french  # another *on* ("on the eve"), whose "dans" a later rule says
    own = len(_DANS_OWN.findall(french))
    found = [m for m in _DANS_FR.finditer(french) if not _DANS_OWN.match(french, m.start())
             and not french[:m.start()].endswith("partout ")]
    if not count or not found or len(_DANS_ANY.findall(french)) - own != count or \
            len(found) != count:
        return french
    if any(_NOT_SUR.match(french, m.end()) for m in found):
        return french
    for m in reversed(found):
        french = french[:m.start()] + "sur " + french[m.end():]
    return french


# *on X and on Y*: the second *on*, which the pivot read as Catalan "en" ("sur le sommet ...
# et dans des rencontres"), said as the first (Grevisse § 1043: a preposition said again
# before each member keeps its form); *depend on* "de".
_AND_ON_EN = re.compile(r"\b(?P<verb>[\w-]+)\s+on\b[^.;:!?]*?(?:,\s+and|\band|,)\s+on\s+"
                        r"(?!(?:the\s+)?(?:other|one)\s+hand\b|behalf\b|\w+day\b|\d)",
                        re.IGNORECASE)
# *and in* (the second "dans" may be its), *on the one hand ... on the other*
_AND_IN_EN = re.compile(r"(?:\band|,)\s+(?:in|into|within|during)\b|\bon\s+the\s+(?:one|other)\b",
                        re.IGNORECASE)
_ET_DANS = re.compile(r"(?<=[\w’'»),]) (?P<and>et|,) dans (?=(?:(?:le|la|les|des|son|sa|ses|leur|"
                      r"leurs|notre|nos|votre|vos|ce|cet|cette|ces) |l['’]))")
_ET_DANS_ANY = re.compile(r"(?:\bet|,) dans\b")


def and_on(source: str, french: str) -> str:
    """ "sur le sommet à Paris et dans des rencontres" -> "et sur des rencontres", "dépend
    de vous et dans votre disposition" -> "et de votre disposition", where the English
    says *on X and on Y* and no *and in*."""
    if " on " not in source or "dans " not in french:
        return french
    found = list(_AND_ON_EN.finditer(source))
    if not found or _AND_IN_EN.search(source):
        return french
    dans = list(_ET_DANS.finditer(french))
    if len(dans) != len(found) or len(_ET_DANS_ANY.findall(french)) != len(found):
        return french
    for m, en in zip(reversed(dans), reversed(found), strict=True):
        prep = "de" if en.group("verb").lower().startswith("depend") else "sur"
        tail = french[m.end():]
        said = f" {m.group('and')} " if m.group("and") == "et" else ", "
        if prep == "de":
            french = french[:m.start()] + said + contract("de", tail)
        else:
            french = french[:m.start()] + said + "sur " + tail
    return french


# *on/in/to the market*, *at/on platforms*, *on/in the territory of*: nouns French places
# things "sur" (Robert & Collins, *market* "sur le marché", *platform*, *territory* "sur le
# territoire de"), which the pivot says "à", "au", "dans" after the English preposition.
_SUR_EN = re.compile(
    r"\b(?<![Aa]ccess\s)(?<!entry\s)(?<!admission\s)(?<!return\s)(?<!exports\s)(?<!export\s)"
    r"(?:[Tt]o|[Aa]t|[Ii]n|[Oo]n|into|onto)\s+(?:(?:the|a|an|our|their|its|this|these|those|your|"
    r"various|different|several|many|[\w-]+['’]s)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:[Mm]arkets?|[Pp]latforms?|territor(?:y|ies)\s+of)\b")
_SUR_FR = re.compile(
    r"(?<![\w’'-])(?P<prep>à|au|aux|dans) (?P<det>(?:le|la|les|des|notre|nos|votre|vos|leur|leurs|"
    r"son|sa|ses|ce|cet|cette|ces|un|une|différents|différentes|plusieurs|divers|diverses) |"
    r"l['’])?(?P<adj>(?:nouveaux?|nouvelles?|grands?|grandes?|principaux|principales?|"
    r"seuls?|mêmes?) )?(?=(?:marchés?|plateformes?|territoires? d)(?![\w’'-]))")
# what the English says before *to*, *at* that keeps the pivot's "à" ("l'accès au marché")
_KEEP_A = re.compile(r"(?:accès|entrée|adaptation|retour|exportations?|sortie|arrivée|"
                     r"admission|livraisons?|ventes?|chemin|route|voie|porte)(?: \w+)? $")
_SUR_DET = {"au": "sur le ", "aux": "sur les "}


def sur_heads(source: str, french: str) -> str:
    """ "distribuer le GNL au marché intérieur" -> "sur le marché intérieur", "à des
    plateformes internationales" -> "sur des plateformes", "au territoire du forum" -> "sur le
    territoire", where the English places them *on*, *at*, *in* or *to*; and *under these
    circumstances/conditions* "dans ces conditions" (was "sous")."""
    french = _under(source, french)
    if not any(w in french for w in ("marché", "plateforme", "territoire")):
        return french
    count = len(_SUR_EN.findall(source))
    if not count:
        return french
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        prep, det, adj = m.group("prep"), m.group("det"), m.group("adj") or ""
        if done >= count or (prep == "à" and not det) or (
                prep != "dans" and _KEEP_A.search(m.string[max(0, m.start() - 30):m.start()])):
            return m.group(0)
        done += 1
        if prep in _SUR_DET:
            return _SUR_DET[prep] + adj
        if det and det.lower() == "des" and prep == "à":
            return "sur des " + adj
        return "sur " + (det or "") + adj

    return _SUR_FR.sub(fix, french)


_UNDER_EN = re.compile(r"\bunder\s+(?:[\w-]+\s+){0,2}(?:circumstances|conditions)\b",
                       re.IGNORECASE)
_UNDER_FR = re.compile(r"(?<![\w’'-])sous (?=(?:les|ces|(?:de )?telles|des|leurs|nos|ses|de "
                       r"nouvelles|certaines|toutes les) (?:[\w-]+ )?(?:circonstances|"
                       r"conditions)(?![\w’'-]))")


def _under(source: str, french: str) -> str:
    """ "sous de telles circonstances" -> "dans de telles circonstances" (Robert & Collins,
    *under the circumstances* "dans ces circonstances")."""
    if "sous " not in french:
        return french
    count = len(_UNDER_EN.findall(source))
    return _UNDER_FR.sub("dans ", french, count=count) if count else french


def head_preps(source: str, french: str) -> str:
    """The rules above."""
    return sur_heads(source, and_on(source, on_sur(source, topic_on(source, agenda(
        source, superlative_in(source, french))))))
