"""English hyphenated compounds whose French is a fixed locution, where the pivot writes
their two words one by one.

A compound before a noun comes out of the pivot after it, each word in its first sense
(said again with the hyphen apart, ``rereads.respaced``, or as eng-cat moves it): *long-range*
"des missiles de long champ" (also "de champ long"), *short-range* "de champ bas" (Catalan
"baix"), *long-time* "des partenaires de long temps". French has a locution for each
(Petit Robert, Robert & Collins): *long-range*, *short-range*, *medium-range* (*mid-range*)
"à longue/courte/moyenne portée"; *long-time*, *longtime*, *long-standing* "de longue
date"; *far-reaching* "de grande portée". Each is put only where the English has the
compound: "de long temps" alone is French enough elsewhere.

Compounds the pivot glues or loses ("long-standing relations" "avons relations",
"medium-range missiles" "milieu-missiles de champ", "far-reaching plans" "loin-atteignant
des plans") are sent as a compound it writes word by word after its noun (``english``):
*long-time* ("des relations de long temps"), *middle-range* ("de champ moyen"),
*wide-range* ("de large champ"); ``compounds`` then puts each in French by the English.
*counter-terrorism* before a noun ("counter-terrorism cooperation" "comptoir-coopération de
terrorisme") is sent as *antiterrorist*, which the engine writes "antiterroriste" after its
noun, agreed ("la coopération antiterroriste", "des opérations antiterroristes").

*multi-* compounds the engine reads as "multi" ("une amende", a fine) and a base (Robert,
Larousse): *multi-faceted* "multiforme" (sent as *multiform*, which the engine writes
"polymorphique", agreed); *multi-level* "à plusieurs niveaux", *multi-million* "de plusieurs
millions", *multi-billion* "de plusieurs milliards", *multi-stage* "à plusieurs étapes",
*multi-tier* "à plusieurs niveaux", sent after their noun phrase (up to three words the
English analyser reads as nouns: "cooperation mechanisms at several levels") as the English
phrase the engine writes so; *multipolar*, left in English before a noun of two words ("un
multipolar ordre mondial"), "multipolaire" after it. *medium-term* "à moyen terme" the same
way ("plans for the medium term"); *long-awaited* "tant attendu"; two compounds sharing their
second half ("short- and medium-term plans" -> "à court et moyen terme", ``unhang``); the
verb *counter* after "and", read as the noun "comptoir" -> "contrer". *anti-* + a noun of a
short table ("la législation antimonopole"), *new-generation* ("de nouvelle génération") and
*non-* + a noun of action ("non-ingérence", "le régime de non-prolifération") the same way
(see their tables); a prefix before a country is ``hyphens``'.
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import cased_like
from daybook.translate.hyphens import english as country_hyphens
from daybook.translate.hyphens import glue
from daybook.translate.indefinite_en import before as indefinite_before
from daybook.translate.processes import word_readings

_RANGE_EN = re.compile(r"\b(?:long|short|medium|mid)[\s-]range\b", re.IGNORECASE)
# after a noun ("des missiles de long champ"), in the pivot's order or the turned one
_RANGE_FR = re.compile(r"(?<=[\w’']) de (?:(long|bas|court|moyen|milieu) champ|"
                       r"champ (long|bas|court|moyen|de milieu))" + _E)
_PORTEE = {"long": "longue", "bas": "courte", "court": "courte", "moyen": "moyenne",
           "milieu": "moyenne", "de milieu": "moyenne"}
_MEDIUM_TERM = re.compile(r"\b(?:medium|mid)-term\b", re.IGNORECASE)
_TIME_EN = re.compile(r"\blong-?time\b|\blong-standing\b", re.IGNORECASE)
_TIME_FR = re.compile(r"(?<=[\w’']) de (?:long temps|temps long)" + _E)
_REACHING_EN = re.compile(r"\bfar[\s-]reaching\b", re.IGNORECASE)
_REACHING_FR = re.compile(r"(?<=[\w’']) de (?:large champ|champ large)" + _E)
# English compound -> the compound of the same sense the pivot writes word by word
_CARRIERS = {"long-standing": "long-time", "longstanding": "long-time",
             "longtime": "long-time", "medium-range": "middle-range",
             "mid-range": "middle-range", "far-reaching": "wide-range",
             # before a noun French says "antiterroriste" (Robert: "la lutte antiterroriste"),
             # which the engine writes for the word in one; "comptoir-terrorisme" else
             "counter-terrorism": "antiterrorist", "counterterrorism": "antiterrorist",
             "counter-terrorist": "antiterrorist", "counterterrorist": "antiterrorist",
             "anti-terrorism": "antiterrorist", "antiterrorism": "antiterrorist",
             # Robert & Collins: *nation-wide* "national" ("nation-la tâche" else), *much-needed*
             # "nécessaire", *centuries-long* "séculaire" (the engine's for *centuries-old*),
             # *people-to-people* "humain" ("les contacts humains"), *region-to-region*
             # "interrégional", *peace-loving* "pacifique", *top-level* "de haut niveau",
             # *self-proclaimed* "autoproclamé" (sent as *proclaimed*, ``_PROCLAIMED_FR``)
             "nation-wide": "national", "much-needed": "necessary",
             "centuries-long": "centuries-old", "people-to-people": "human",
             "region-to-region": "interregional", "peace-loving": "peaceful",
             "top-level": "high-level", "self-proclaimed": "proclaimed",
             # Robert & Collins: *tight-knit*, *close-knit* "soudé" (sent as *cohesive*, which
             # the engine writes "cohésif" after its noun, agreed: ``_KNIT_FR``; "bureau de
             # tabac-tisse équipe" else; *united* it reads as a verb after "and");
             # *decision-making* before a noun "de décision" ("le processus de décision", was
             # "le processus" or "une décision-en faisant le système")
             "tight-knit": "cohesive", "close-knit": "cohesive", "closely-knit": "cohesive",
             "decision-making": "decision"}
_CARRIED = re.compile(r"(?<![\w#@*-])(" + "|".join(_CARRIERS) + r")(?![\w-])"
                      # before no conjunction, verb or preposition ("counter-terrorism is")
                      r"(?= (?!(?:and|or|is|are|was|were|has|have|had|will|would|must|can|"
                      r"should|remains|in|of|on|at|to|for|with|by|from|as|that|which) )[A-Za-z])",
                      re.IGNORECASE)


_FACETED = re.compile(r"(?<![\w-])([Mm]ulti-?faceted)(?![\w-])")
_STOP = (r"of|in|at|on|for|with|between|among|and|or|to|is|are|was|were|will|would|has|"
         r"have|had|that|which|from|by|as|the|an?|this|these|those|its|their|our|his|her|"
         r"when|where|while|if|because|but|than|since|after|before|until|into|through|"
         r"during|without|within|across|against|about|under|over|via|per")
_STOPS = frozenset(_STOP.split("|"))
# *multi-X* before its noun phrase: "X at several levels"; with a currency "X of several
# million dollars". The phrase (up to three words) ends at punctuation or a function word.
_MULTI = re.compile(r"(?<![\w-])([Mm])ulti-?(level|tier|stage|million|billion)"
                    r"(?:[- ](dollar|rouble|euro))? ")
_PHRASE_END = re.compile(r"[,.;:!?)]|$| (?:" + _STOP + r")\b")
# a sentence's start and a determiner: what follows is the subject
_SUBJECT_START = re.compile(r"(?:^|[.!?]\s+)(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]his|[Tt]hese|[Ii]ts|"
                            r"[Tt]heir|[Ee]ach|[Ee]very|[Ss]uch) )?$")
_PHRASE_WORD = re.compile(r"[a-z]{3,}(?![\w’'-])")
_SEVERAL = {"level": "at several levels", "tier": "at several levels",  # tier: niveau (Robert)
            "stage": "at several stages"}  # "à plusieurs étapes"


def _nouns(words: list[str], said: dict[str, tuple[str, ...]]) -> bool:
    """``words`` make a noun phrase: no function word among them; a single word always (as
    before), more only when the English analyser reads the last as a noun and each before it
    as a noun or an adjective ("cooperation mechanisms", "financial instruments"; not
    "system ensures")."""
    if any(w in _STOPS for w in words):  # "in the mid-term and": no phrase
        return False
    # adjectives before the last noun too ("high-capacity financial instruments")
    return len(words) == 1 or (all(any("<n>" in r or "<adj>" in r for r in said.get(w, ()))
                                   for w in words[:-1])
                               and any("<n>" in r for r in said.get(words[-1], ())))


def _shared_by_none(line: str, end: int, words: list[str],
                    said: dict[str, tuple[str, ...]]) -> bool:
    """A compound said after its phrase (``_PHRASED``): the phrase ends on a noun, not on a
    plural noun's verb, and no other member follows it ("high-quality sports resources and
    infrastructure": the compound is both's; "high-capacity financial, personnel ...
    resources": an adjective)."""
    if len(words) == 1:
        said = said or word_readings(words)
        if not any("<n>" in r for r in said.get(words[0], ())):
            return False
    elif any("<vblex><pres>" in r for r in said.get(words[-1], ())) and \
            any("<n><pl>" in r for r in said.get(words[-2], ())):
        return False  # "Russian-made rockets fly": a plural noun and its verb
    return not re.match(r" and\b| or\b", line[end:])


def _verb_after(noun: str, word: str, said: dict[str, tuple[str, ...]]) -> bool:
    """``word`` is the verb of the phrase ending with ``noun``: read only as a verb ("the
    multi-level system ensures", "helped"), or a singular noun's third person ("system
    works")."""
    readings = said.get(word, ())
    if readings and all("<vb" in r for r in readings):
        return True
    return any("<p3><sg>" in r for r in readings) and \
        any("<n><sg>" in r for r in said.get(noun, ()))


_A_AWAITED = re.compile(r"(?<![\w-])([Aa])(?= awaited\b)")


# *anti-* + a noun before its noun phrase, which French writes as one invariable adjective
# after it (Petit Robert, Larousse: "la législation antimonopole", "des mesures anticrise"):
# sent as "X against N", whose French "contre N" (the engine's words, no article) is put as
# the compound (``_ANTI_FR``); the engine read "anti" as a word ("anti-législation de
# monopole"). English noun -> (the engine's French of "against N", the compound).
_ANTI = {"monopoly": ("monopole", "antimonopole"), "corruption": ("corruption", "anticorruption"),
         "crisis": ("crise", "anticrise"), "missile": ("missile", "antimissile"),
         "drug": ("drogue", "antidrogue"), "pollution": ("pollution", "antipollution"),
         "inflation": ("inflation", "anti-inflation"), "tank": ("tank", "antichar"),
         "doping": ("en dopant|doper|dopant", "antidopage"),
         "dumping": ("en versant|dumping", "antidumping")}
_ANTI_EN = re.compile(r"(?<![\w-])([Aa])nti-(" + "|".join(_ANTI) + r")() (?=[a-z])")
_ANTI_FR = {base: re.compile(rf"(?<![\w’'-])contre (?:(?:le|la|les|l['’]) ?)?(?:{said})"
                             rf"(?![\w’'-])") for base, (said, _) in _ANTI.items()}
# *new-generation*, *next-generation* + a noun phrase: "N of new generation" ("des armes de
# nouvelle génération", Robert); "le noix-la génération" else
_GENERATION = re.compile(r"(?<![\w-])([Nn])e(?:w|xt)-(generation)() (?=[a-z])")
_GENERATION_FR = re.compile(r"(?<![\w’'-])de la nouvelle génération(?![\w’'-])")


# *non-* + a noun of action (*non-interference*, *non-proliferation*): the engine reads
# "non" as the negation "ne" ("ne-ingérence", "le régime de ne-la prolifération"); French
# writes the noun "non-ingérence", "non-prolifération" (Petit Robert). Before a head noun
# the compound is sent after it ("regime of non-proliferation": "régime de
# non-prolifération"); ``_non_fr`` writes "non-" where no *non-N* modifies a noun left in
# the English (*non-tax revenue* "ne-revenus d'impôt" would be "non-revenus").
_ACTION = r"[a-z]{3,}(?:tion|sion|ence|ance|ment)"
_NON_BEFORE = re.compile(rf"(?<![\w-])([Nn])on-({_ACTION}) ([a-z]{{3,}})(?=[,.;:!?)]|$| (?:"
                         + _STOP + r")\b)")
# a *non-* noun (no adjective by its ending) that is no noun of action or that comes before
# a noun ("non-oil and gas", "non-tax revenue"): the "ne-" there is left
_NON_NOUN = re.compile(r"(?<![\w-])[Nn]on-([a-z]+)(?<!al)(?<!ic)(?<!ive)(?<!ous)(?<!ent)"
                       r"(?<!ant)(?<!ary)(?<!ory)(?<!ble)(?<!ed)(?<!ing)(?![\w-])( \w+)?")
_NE_FR = re.compile(r"(?<![\w’'-])([Nn])e-(?:(?:la|le|les) |l['’])?(?=\w)")


def _non_after(m: re.Match[str]) -> str:
    head = m.group(3)
    if head in _STOPS:
        return m.group(0)
    return f"{cased_like(head, m.group(1))} of non-{m.group(2)}"


def _non_fr(source: str, french: str) -> str:
    """ "ne-ingérence" -> "non-ingérence", "de ne-la prolifération" -> "de non-prolifération"
    where the English has *non-* and no *non-N* before a noun of its own."""
    for m in _NON_NOUN.finditer(_NON_BEFORE.sub(_non_after, source)):
        after = (m.group(2) or " .").strip()
        if not re.fullmatch(_ACTION, m.group(1)) or (after.isalpha() and after.islower() and
                                                     after not in _STOPS | {"the", "a", "an"}):
            return french
    return _NE_FR.sub(lambda m: m.group(1) + "on-", french)


# Compound adjectives French says as a complement after the noun phrase (Robert & Collins):
# *high-quality* "de haute qualité", *high-capacity* "de grande capacité", *man-made* "d'origine
# humaine", *record-breaking* "record" (invariable: "une récolte record"), *partner-like*
# "de partenariat", *dual-purpose* "à double usage", *cutting-edge* "de pointe", *X-made* (a
# country's adjective) "de fabrication X"; sent after the phrase as the English the engine
# writes so ("de capacité haute", "de record", "d'emploi dual", "de point": ``_PHRASED_FR``
# puts the French words), where it read "hauts-la qualité", "homme-les défis faits",
# "collègue-comme coopération", "bouture-bord". Keyed by the compound, lower case.
_PHRASED = {"high-quality": "of high quality", "high-capacity": "of high capacity",
            "man-made": "of human origin", "record-breaking": "of record",
            "partner-like": "of partnership", "dual-purpose": "of dual use",
            "cutting-edge": "of point",
            # Robert & Collins: *world-famous*, *world-renowned* "de renommée mondiale",
            # *world-class* "de classe mondiale", *like-minded* "aux vues similaires"
            "world-famous": "of world fame", "world-renowned": "of world fame",
            "world-class": "of world class", "like-minded": "of similar views"}
_PHRASED_EN = re.compile(r"(?<![\w-])([A-Za-z])(igh-quality|igh-capacity|an-made|ecord-breaking|"
                         r"artner-like|ual-purpose|utting-edge|orld-famous|orld-renowned|orld-class|"
                         r"ike-minded|[a-z]{3,}(?:an|ese|ish)-made)()"
                         r" (?=[a-z])")
_PHRASED_FR = ((re.compile(r"(?<![\w’'-])de (?:haute? capacité|capacité haute?)(?![\w’'-])"),
                "de grande capacité", "high-capacity"),
               (re.compile(r"(?<=\w) de record(?![\w’'-])"), " record", "record-breaking"),
               (re.compile(r"(?<![\w’'-])d['’]emploi dual(?![\w’'-])"), "à double usage",
                "dual-purpose"),
               (re.compile(r"(?<![\w’'-])de point(?![\w’'-])"), "de pointe", "cutting-edge"),
               (re.compile(r"(?<![\w’'-])de vues similaires(?![\w’'-])"), "aux vues similaires",
                "like-minded"),
               # *partnership* the engine's "société" (a company)
               (re.compile(r"(?<![\w’'-])de (?:la )?société(?![\w’'-])"), "de partenariat",
                "partner-like"))


def _phrased(m: re.Match[str]) -> str | None:
    """What the ``_PHRASED_EN`` compound at ``m`` is said as after its phrase, or None."""
    key = (m.group(1) + m.group(2)).lower()
    if key.endswith("-made") and key != "man-made":
        demonym = m.group(1) + m.group(2)[:-len("-made")]
        return f"of {demonym} manufacture" if m.group(1).isupper() else None
    return _PHRASED.get(key)


_PROCLAIMED = re.compile(r"(?<![\w-])[Ss]elf-proclaimed(?![\w-])")
_PROCLAIMED_FR = re.compile(r"(?<![\w’'-])(?<!auto)proclamé(?=(?:e|s|es)?(?![\w’'-]))")
# *cross years*, years two countries hold each other's culture or science: "les années
# croisées" (the French usage of such years: "Années croisées France-Russie")
_CROSS = re.compile(r"(?<![\w-])([Cc]ross)-(years?)(?![\w-])")
# not after a country's adjective: "the Russian-Chinese cross-year" comes out garbled either way
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])(?!(?:The|A|An|This|That|Our|Its|Their|Each)\b)"
                             r"[A-Z][\w-]* $")


def _said(m: re.Match[str], words: list[str]) -> str:
    base, money, noun = m.group(2), m.group(3), " ".join(words)
    key = (m.group(1) + m.group(2)).lower()  # "Russian-made": a capital of its own
    demonym = m.re is _PHRASED_EN and key.endswith("-made") and key != "man-made"
    if m.group(1)[:1].isupper() and not demonym:  # "Multi-level talks"
        noun = noun[:1].upper() + noun[1:]
    if m.re is _PHRASED_EN and (phrase := _phrased(m)) is not None:
        return f"{noun} {phrase}"
    if base in _ANTI:
        return f"{noun} against {base}"
    if base == "generation":
        return f"{noun} of new generation"
    if base in _SEVERAL:
        return f"{noun} {_SEVERAL[base]}"
    if base == "term":
        return f"{noun} for the medium term"
    return f"{noun} of several {base}" + (f" {money}s" if money else "s" * (base == "million"))


def _multi_phrases(line: str, pattern: re.Pattern[str] = _MULTI) -> str:
    """Each *multi-X* (or *medium-term*: ``_MEDIUM``) said after the longest noun phrase
    that follows it ("multi-level cooperation mechanisms in" -> "cooperation mechanisms at
    several levels in", "medium-term plans." -> "plans for the medium term.")."""
    out, last = [], 0
    for m in pattern.finditer(line):
        words: list[str] = []
        ends: list[int] = []  # where the phrase of 1, 2, ... words ends
        pos = m.end()
        while len(words) < 4 and (w := _PHRASE_WORD.match(line, pos)):
            words.append(w.group(0))
            ends.append(w.end())
            if not line.startswith(" ", w.end()):
                break
            pos = w.end() + 1
        said = word_readings(words) if len(words) > 1 else {}
        subject = _SUBJECT_START.search(line, 0, m.start()) is not None
        for k in range(min(3, len(words)), 0, -1):
            end = _PHRASE_END.match(line, ends[k - 1])
            closed = end is not None or (
                k < len(words) and _verb_after(words[k - 1], words[k], said))
            # "A multi-level mechanism works." (a subject) ends on its verb; "talks were",
            # "We held multi-level security talks." on a plural noun
            verb_last = k > 1 and subject and end is not None and \
                not end.group(0).startswith(" ") and \
                _verb_after(words[k - 2], words[k - 1], said)
            if closed and not verb_last and _nouns(words[:k], said) and (
                    pattern is not _PHRASED_EN or (_phrased(m) is not None and _shared_by_none(
                        line, ends[k - 1], words[:k], said))):
                # the article before now stands before ``words[0]``: a/an by its sound
                out += [indefinite_before(line[last:m.start()], words[0]), _said(m, words[:k])]
                last = ends[k - 1]
                break
    return "".join(out) + line[last:]


# Two compounds sharing their second half, the first left hanging (*short- and medium-term
# plans*, *small- and medium-sized*): the engine drops the first ("longs- et missiles à
# moyenne portée"). With *range* or *term* and a single noun, each compound is said with
# the noun ("long-range missiles and medium-range missiles"), which ``compounds`` joins back
# in French ("des missiles à longue et moyenne portée", "à court et moyen terme"); else the
# hyphen goes ("small and medium-sized businesses": "petites et moyennes entreprises").
# (a word, not a prefix: "pre- and post-war" keeps its hyphens)
_HANGING = re.compile(r"(?<![\w-])(?!(?i:pre|post|pro|anti|non|inter|intra|sub|co|bi|tri|multi|"
                      r"semi|self|ex|re)-)([A-Za-z]{3,})- (and|or) ([A-Za-z]+)-([a-z]+)(?![\w-])"
                      r"(?:( [a-z]{3,})(?=[,.;:!?)]|$| (?:" + _STOP + r")\b))?")
# the noun said twice, an adjective after the first ("des plans communs à court terme et
# plans à moyen terme"): once, the two halves joined
def _pair_fr(sizes: str, head: str) -> re.Pattern[str]:
    """ "X à court terme et X à moyen terme": groups noun, adjective, first size, "et"/"ou",
    second size."""
    return re.compile(rf"(?<![\w’'-])(\w+)((?: \w+)?) à ({sizes}) {head} (et|ou) "
                      rf"(?:des |les |de |d['’])?\1 à ({sizes}) {head}(?![\w’'-])")


_TERM_FR = _pair_fr("court|moyen|long", "terme")
_RANGE_PAIR_FR = _pair_fr("longue|courte|moyenne", "portée")
# *medium-term* "à moyen terme" (Robert), sent after its noun phrase as "for the medium
# term", which the engine writes "pour le terme de milieu" ("milieu-plats de terme" else)
_MEDIUM = re.compile(r"(?<![\w-])([Mm])(?:edium|id)-(term)() (?=[a-z])")
_MEDIUM_FR = re.compile(r"(?<![\w’'-])pour le terme de milieu(?![\w’'-])")
# *in/over the medium term* as a noun: "dans le terme de milieu", "dans le mid-terme",
# "sur le milieu-terme" -> "à moyen terme" (Robert)
_IN_MEDIUM = re.compile(r"\b(?:in|over) the (?:medium|mid)[- ]term\b", re.IGNORECASE)
_IN_MEDIUM_FR = re.compile(r"(?<![\w’'-])([Dd]ans|[Ss]ur) le (?:terme de milieu|mid-terme|"
                           r"milieu-terme)(?![\w’'-])")


def unhang(line: str) -> str:
    """ "long- and medium-range missiles" -> "long-range missiles and medium-range
    missiles", "small- and medium-sized" -> "small and medium-sized": before the glossary
    (its phrases have the second form), then a medium-term compound's article for its
    carrier ("a intermediate-term plan" would be "un intermédiaire"). Also the hyphened
    countries (``hyphens.english``: "Russia-Belarus relations" -> "Russian-Belarusian
    relations"), before the places pass protects each country alone."""
    if "- and " in line or "- or " in line:
        line = _HANGING.sub(_unhung, line)
    return country_hyphens(line)


def _unhung(m: re.Match[str]) -> str:
    first, conj, second, half, noun = m.groups()
    if half in ("range", "term") and noun:
        return f"{first}-{half}{noun} {conj} {second}-{half}{noun}"
    return f"{first} {conj} {second}-{half}" + (noun or "")


# *long-awaited* "tant attendu" (Robert & Collins), sent as *awaited*, which the engine
# writes "attendu" after its noun, agreed ("une décision attendue"); "long-décision" else.
_AWAITED = re.compile(r"(?<![\w-])([Ll])ong-awaited(?![\w-])")
_AWAITED_FR = re.compile(r"(?<![\w’'-])(?<!tant )(attendu(?:e|s|es)?)(?![\w’'-])")


# *so-called* "ce qu'on appelle" before the noun phrase (Robert & Collins; "soi-disant" is
# for a claim one doubts): sent as "what is called the N", which the engine writes "ce qui
# est appelé la N" (``_SO_CALLED_FR``); "l'aussitôt que-route occidentale nommée" else
_KNIT = re.compile(r"(?<![\w-])(?:tight|close|closely)-knit(?= (?!and |or )[A-Za-z])",
                   re.IGNORECASE)
_KNIT_FR = re.compile(r"(?<![\w’'-])cohési(f|ve|fs|ves)(?![\w’'-])")
_SOUDE = {"f": "soudé", "ve": "soudée", "fs": "soudés", "ves": "soudées"}
_SO_CALLED = re.compile(r"(?<![\w-])(?:((?i:the|an?)) )?([Ss])o-called (?=\S)")
_SO_CALLED_FR = re.compile(r"(?<![\w’'-])([Cc])e qui (?:est|sont) (?:appel|nomm)é(?:e|s|es)?"
                           r"(?![\w’'-])")


def _so_called(m: re.Match[str]) -> str:
    det = m.group(1)
    return cased_like("what is called ", det or m.group(2)) + (det.lower() + " " if det else "")


def english(line: str) -> str:
    """ "long-standing relations" -> "long-time relations", "far-reaching plans" ->
    "wide-range plans": only before a word that is no conjunction (a compound after its
    noun, "the ties are long-standing", is no modifier the pivot moves; "long-standing and
    multi-dimensional relations" the pivot glues either way)."""
    if "ulti" in line:
        line = _multi_phrases(_FACETED.sub(lambda m: cased_like("multiform", m.group(1)), line))
    if "ong-awaited" in line:
        line = _AWAITED.sub(lambda m: cased_like("awaited", m.group(1)), line)
        line = _A_AWAITED.sub(r"\1n", line)
    line = _CARRIED.sub(lambda m: cased_like(_CARRIERS[m.group(1).lower()], m.group(1)), line)
    if "-term " in line:
        line = _multi_phrases(line, _MEDIUM)
    if "nti-" in line:
        line = _multi_phrases(line, _ANTI_EN)
    if "-generation " in line:
        line = _multi_phrases(line, _GENERATION)
    if "on-" in line:
        line = _NON_BEFORE.sub(_non_after, line)
    if "ross-year" in line:  # *cross years* "années croisées" ("croix-les années" else)
        line = _CROSS.sub(lambda m: m.group(0) if _CAPITAL_BEFORE.search(line, 0, m.start())
                          else cased_like("crossed", m.group(1)) + " " + m.group(2), line)
    if "-" in line:
        line = _multi_phrases(line, _PHRASED_EN)
    if "o-called" in line:
        line = _SO_CALLED.sub(_so_called, line)
    if "ounter" in line:
        line = _COUNTER_SANCTIONS.sub(
            lambda m: cased_like("retaliatory", m.group(1)) + " sanctions",
            _COUNTER_NOUN.sub(_fight, line))
        line = _INTELLIGENCE.sub(lambda m: cased_like("counterespionage", m.group(0)), line)
    return line


# *counter-terrorism* as a noun (not before one: ``_CARRIED`` took those) is "la lutte
# contre le terrorisme" (Robert), sent as "the fight against terrorism"; *counter-sanctions*
# "contre-sanctions" (Larousse), sent as "retaliatory sanctions" ("sanctions vindicatives").
# The engine read "counter" as the noun "comptoir".
_COUNTER_NOUN = re.compile(r"(?<![\w-])((?i:the) )?([Cc]ounter-?terrorism)(?![\w-])")
# *counter-intelligence* "contre-espionnage" (Robert & Collins), a word the engine knows as
# *counterespionage* ("comptoir-opérations d'intelligence" else)
_INTELLIGENCE = re.compile(r"(?<![\w-])[Cc]ounter-?intelligence(?![\w-])")
_COUNTER_SANCTIONS = re.compile(r"(?<![\w-])([Cc]ounter)-?sanctions(?![\w-])")


def _anti(source: str, french: str) -> str:
    """ "législation contre monopole" -> "législation antimonopole" where the English has
    *anti-monopoly*: the French "contre N" of the English's *anti-N* among its *against N*,
    in order, only when the French has as many as the English."""
    for base in {m.group(2) for m in _ANTI_EN.finditer(source)}:
        english = re.findall(rf"(?i)\b(anti-|against (?:the )?){base}", source)
        found = list(_ANTI_FR[base].finditer(french))
        if len(found) != len(english):
            continue
        for m, said in reversed(list(zip(found, english, strict=True))):
            if said.lower() == "anti-":
                french = french[:m.start()] + _ANTI[base][1] + french[m.end():]
    return french


def _fight(m: re.Match[str]) -> str:
    return cased_like("the", m.group(1) or m.group(2)) + " fight against terrorism"


def compounds(source: str, french: str) -> str:
    """ "des missiles de long champ" -> "des missiles à longue portée", "nos partenaires de
    long temps" -> "nos partenaires de longue date", where the English has the compound;
    a prefix given back to a country's adjective ("la campagne antirusse": ``hyphens``)."""
    french = glue(source, french)
    if "champ" in french and _RANGE_EN.search(source):
        french = _RANGE_FR.sub(
            lambda m: f" à {_PORTEE[m.group(1) or m.group(2)]} portée", french)
    if "temps" in french and _TIME_EN.search(source):
        french = _TIME_FR.sub(" de longue date", french)
    if "champ" in french and _REACHING_EN.search(source):
        french = _REACHING_FR.sub(" de grande portée", french)
    if "ulti" in source:
        french = _multi_fr(source, french)
    if "terme" in french and _IN_MEDIUM.search(source):
        french = _IN_MEDIUM_FR.sub(lambda m: cased_like("à moyen terme", m.group(1)), french)
    if "terme de milieu" in french and _MEDIUM_TERM.search(source):
        french = _MEDIUM_FR.sub("à moyen terme", french)
    if "- and " in source or "- or " in source:
        french = _TERM_FR.sub(r"\1\2 à \3 \4 \5 terme", french)
        french = _RANGE_PAIR_FR.sub(r"\1\2 à \3 \4 \5 portée", french)
    if "attendu" in french and "ong-awaited" in source:  # as many as the English has
        french = _AWAITED_FR.sub(r"tant \1", french, count=len(_AWAITED.findall(source)))
    if "nti-" in source and "contre" in french:
        french = _anti(source, french)
    if "de la nouvelle" in french and _GENERATION.search(source):
        french = _GENERATION_FR.sub("de nouvelle génération", french,
                                    count=len(_GENERATION.findall(source)))
    if "e-" in french and "on-" in source:
        french = _non_fr(source, french)
    if "-" in source and (said := [(m.group(1) + m.group(2)).lower()
                                   for m in _PHRASED_EN.finditer(source)]):
        for pattern, fr, key in _PHRASED_FR:  # as often as the English (count=0 is all)
            if key in said:
                french = pattern.sub(fr, french, count=said.count(key))
    if "knit" in source and (n := len(_KNIT.findall(source))):
        french = _KNIT_FR.sub(lambda m: _SOUDE[m.group(1)], french, count=n)
    if "o-called" in source and (n := len(_SO_CALLED.findall(source))):
        french = _SO_CALLED_FR.sub(lambda m: cased_like("ce qu'on appelle", m.group(1)), french,
                                   count=n)
    if "proclaimed" in source and (n := len(_PROCLAIMED.findall(source))):
        french = _PROCLAIMED_FR.sub("autoproclamé", french, count=n)
    if "ounter" in source:
        if _COUNTER_VERB.search(source):
            french = _COMPTOIR_FR.sub("contrer", french, count=len(_COUNTER_VERB.findall(source)))
        if _COUNTER_NOUN.search(source):
            french = _FIGHT_FR.sub(_lutte, french)
        if _COUNTER_SANCTIONS.search(source):
            french = _SANCTIONS_FR.sub("contre-sanctions",
                                       _BARE_SANCTIONS.sub("des contre-sanctions", french))
    return french


# The verb *counter* after "and" following a modal's verb ("we must safeguard the truth and
# counter all attempts"), before its object's determiner: the tagger, lost after "and",
# reads the noun ("le comptoir tous"); French says "contrer" (Robert), the infinitive the
# modal governs. *counter* after *to* or a modal the engine already writes "contrer".
_COUNTER_VERB = re.compile(r"\b(?:must|should|can|could|will|would|need to|have to|has to|"
                           r"to)\b[^.;:!?]*? (?:and|or) counter (?=(?:all|the|these|this|"
                           r"those|such|any|every|our|their|its|his|her|a|an|new)\b)")
# the noun "(le) comptoir", or the preposition "contre" right after "et"/"ou"
_COMPTOIR_FR = re.compile(r"(?:(?<![\w’'-])(?:le |un )?comptoir|(?<=(?<![\w’'-])et )contre|"
                          r"(?<=(?<![\w’'-])ou )contre)(?= (?:tou|le|la|les|ce|cet|cette|"
                          r"ces|de|des|du|un|une|notre|nos|leur|leurs|son|sa|ses|tel|nouv))")


_FIGHT_FR = re.compile(r"\b([Ll]e|[Dd]u|[Aa]u) combat contre (?:le )?terrorisme\b")
# a bare object after a participle takes "des" ("a imposé des contre-sanctions")
_SANCTIONS_FR = re.compile(r"\bsanctions vindicatives\b")
_BARE_SANCTIONS = re.compile(r"(?:(?<=\w[éi] )|(?<=it ))sanctions vindicatives\b")
_LA = {"le": "la", "du": "de la", "au": "à la"}


def _lutte(m: re.Match[str]) -> str:
    return cased_like(_LA[m.group(1).lower()], m.group(1)) + " lutte contre le terrorisme"


_POLY = re.compile(r"\b([Pp])olymorphiques?\b")
_PLURAL_MILLION = re.compile(r"\bplusieurs million(?= )")
# "of several billion" the engine leaves waiting for its complement: "milliards de dans"
_BILLION_DE = re.compile(r"\b(plusieurs milliards) de(?= (?:dans|en|à|au|aux|pour|avec|entre|"
                         r"et|ou|sur|par|est|sont)\b|[,.;:!?])")
_MULTIPOLAR = re.compile(r"\bmultipolar (\w+)((?: mondia(?:l|le|ux|les))?)(?![\w-])")


def _multi_fr(source: str, french: str) -> str:
    """ "des relations polymorphiques" -> "des relations multiformes" (*multi-faceted*),
    "plusieurs million de dollars" -> "plusieurs millions", "un multipolar ordre mondial"
    -> "un ordre mondial multipolaire"."""
    if _FACETED.search(source):
        french = _POLY.sub(lambda m: ("M" if m.group(1) == "P" else "m") + "ultiforme"
                           + "s" * m.group(0).endswith("s"), french)
    if _MULTI.search(source):
        french = _BILLION_DE.sub(r"\1", _PLURAL_MILLION.sub("plusieurs millions", french))
    if "multipolar" in french:
        french = _MULTIPOLAR.sub(lambda m: f"{m.group(1)}{m.group(2)} multipolaire"
                                 + "s" * m.group(1).endswith(("s", "x")), french)
    return french
