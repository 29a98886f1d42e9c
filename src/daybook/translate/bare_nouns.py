"""A common noun the pivot left bare after a preposition given its article (run with
``sourced.source_rules``).

English takes a mass noun or a class with no determiner after a preposition ("based on
friendship", "the fight against corruption", "in cooperation with students", "interaction
between traditions"); the pivot keeps the bare noun, which French writes only in set
phrases ("avec succès", "par exemple", "sur place"): "basés sur amitié", "la lutte contre
corruption", "avec étudiants", "entre traditions". French gives the noun its determiner
(Grevisse § 587-588): the definite article for a mass or a notion taken as a whole ("sur
l'amitié", "contre la corruption", "pour le service militaire"), "des" for an indefinite
plural after *avec*, *entre*, *sur*, *dans* ("avec des étudiants", "entre des traditions",
"sur des concepts"), "les" for a class after *pour*, *contre*, *envers*, *parmi* ("pour les
enfants"). Only a word the analyser reads as a noun and nothing else, in lower case; not
after *avec* in the singular (manner: "avec succès", "avec confiance"), nor *par*, *en*,
*de*, *sans*; not in the set phrases below; not a month or a day ("prévu pour janvier"); not
in a name ("la Bibliothèque d'État russe pour enfants"). *including* ("y compris") is one
of these prepositions; *to* ("à", contracted "au", "aux") another, after a verb, a
participle or an adjective (``bare_after_a``). *and other* + a noun is "et d'autres"
(``and_others``).
"""

from __future__ import annotations

import re

from daybook.translate.articles_np import articles
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import DETERMINERS, Reading, determiner, readings
from daybook.translate.processes import remembered_readings

__all__ = ["and_others", "bare_after_a", "bare_after_comme", "bare_after_par",
           "bare_after_preposition", "in_domains", "noun_only"]

_PREPOSITION = re.compile(_B + r"(sur|contre|dans|pour|entre|envers|parmi|avec|y compris) ("
                          + _W + r")" + _E)
# The plural's determiner by preposition: an indefinite "des", or the class "les".
_PLURAL = {"sur": "des", "dans": "des", "entre": "des", "avec": "des", "pour": "les",
           "contre": "les", "envers": "les", "parmi": "les", "y compris": "des"}
# Set phrases with a bare noun after the preposition (Robert, Larousse): "sur place",
# "sur proposition de", "avoir pour objectif", "pour cent", "dans l'ensemble" has its own.
_SET = frozenset((
    "place", "mesure", "demande", "proposition", "invitation", "ordre", "ordres", "décision",
    "recommandation", "initiative", "commande", "rendez-vous", "requête", "instruction",
    "instructions", "réservation", "présentation", "terre", "mer", "scène", "site", "papier",
    "écran", "exemple", "rapport", "cent", "intérim", "mémoire", "cause", "raison", "principe",
    "objectif", "objectifs", "but", "buts", "tâche", "tâches", "thème", "mission", "vocation",
    "résultat", "conséquence", "effet", "slogan", "devise", "nom", "titre", "président",
    "preuve", "moitié", "partie", "information", "considération", "compte", "parenthèses",
    "guillemets", "personne", "quoi", "fin", "priorité", "mandat", "tradition", "coutume",
    "habitude", "origine", "base", "contrat", "fond", "temps", "part", "avance"))
_CALENDAR = frozenset((
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "aujourd'hui", "demain", "hier"))


# A capitalised word, not opening the sentence, then up to two words before the
# preposition: a name's when those are adjectives or its "de"/"d'" ("la Bibliothèque d'État
# russe pour enfants" is the library's name).
_NAMED = re.compile(r"(?<![.!?:«] )(?<!^)\b[A-ZÀ-Ý][\w’'-]*((?: [\w’'-]+){0,2}) $")


# Finite verb forms, which cannot follow a preposition: a word that is a noun or one of
# these is the noun ("sur recherche minutieuse", "y compris finance": not *rechercher*).
_FINITE = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis", "imp"))


def noun_only(reads: tuple[Reading, ...], finite: bool = True) -> Reading | None:
    """The noun reading of a word read as a noun only, or else as a finite verb
    (``finite``), of one gender and number."""
    nouns = [r for r in reads if r.pos == "n"]
    if not nouns or any(r.pos != "n" and not (finite and
            r.pos.startswith("vb") and len(r.tags) > 1 and r.tags[1] in _FINITE)
            for r in reads):
        return None
    if len({(r.gender, r.number) for r in nouns}) != 1:
        return None
    return nouns[0]


def bare_after_preposition(source: str, french: str) -> str:
    """ "basés sur amitié" -> "basés sur l'amitié", "la lutte contre corruption" -> "contre
    la corruption", "conjointement avec étudiants" -> "avec des étudiants"."""
    found = [m for m in _PREPOSITION.finditer(french)
             if m.group(2).islower() and m.group(2) not in _SET
             and m.group(2) not in _CALENDAR]
    if not found:
        return french
    names = {m.start(): n for m in found if (n := _NAMED.search(french[:m.start()]))}
    middle = {w.lower() for n in names.values() for w in n.group(1).split()}
    reads = readings(sorted({m.group(2) for m in found} | middle))
    found = [m for m in found if m.start() not in names or not all(
        w in ("de", "du", "des") or w.startswith(("d'", "d’")) or any(
            r.pos == "adj" for r in reads.get(w.lower(), ()))
        for w in names[m.start()].group(1).split())]
    out, last = [], 0
    for m in found:
        prep, word = m.group(1), m.group(2)
        r = noun_only(reads.get(word, ()))
        if r is None or r.number not in ("sg", "pl") or (r.number == "sg" and prep == "avec"):
            continue  # an invariable noun ("succès", "accès") tells no number
        article = _PLURAL[prep] if r.number == "pl" else determiner("le", r.gender, "sg", word)
        if article is None or (r.number == "sg" and r.gender not in ("m", "f")):
            continue
        glue = "" if article.endswith(("'", "’")) else " "
        out.append(french[last:m.start(2)] + article.replace("'", "’") + glue)
        last = m.start(2)
    return articles(source, "".join(out) + french[last:]) if out else french


# *to* + a bare noun after a verb, a participle or an adjective ("contributed to progress",
# "devoted to art", "committed to solidarity and cooperation"): the pivot writes "à" + the
# bare noun, French "au progrès", "à l'art", "à la solidarité" (Grevisse § 587). Set phrases
# with a bare noun after "à" (Robert, Larousse) are left: "à succès", "à travers", "à vie".
_A = re.compile(r"(" + _W + r") (à) (" + _W + r")" + _E)
_SET_A = frozenset((
    "succès", "travers", "propos", "moitié", "terme", "jour", "bord", "pied", "cheval",
    "temps", "part", "peine", "nouveau", "côté", "cause", "condition", "titre", "partir",
    "fond", "vie", "raison", "tort", "savoir", "distance", "domicile", "table", "main",
    "usage", "base", "destination", "caractère", "vocation", "hauteur", "charge",
    "disposition", "égalité", "proximité", "portée", "volonté", "crédit", "vue", "mort",
    "risque", "prix", "mesure", "tour", "défaut", "gauche", "droite", "opération", "lieu",
    "plein", "fin", "but", "effet", "mi-chemin", "court", "long", "midi",
    "minuit", "merci", "huis", "l'heure", "heure", "tête", "bras", "genoux", "contrecœur",
    "jamais", "perte", "outrance", "rebours", "bon", "vapeur", "moyen"))
# The word before "à": "à" after a noun makes a compound ("missile à portée", "bateau à
# vapeur"); after these verbs the noun is no dative ("a commencé à", "jusqu'à").
_NOT_BEFORE_A = frozenset(("jusqu", "grâce", "quant", "face", "fait", "prêt", "prêts"))


def bare_after_a(source: str, french: str) -> str:
    """ "a contribué à progrès" -> "a contribué au progrès", "attachés à solidarité" ->
    "attachés à la solidarité", "consacré votre talent à art" -> "à l'art": a noun only
    (of one gender and number), in lower case, after a verb, a participle or an adjective,
    where the English says *to* before a word with no determiner."""
    if " à " not in french or not _TO_BARE_EN.search(source):
        return french
    found = [m for m in _A.finditer(french) if m.group(3) not in _SET_A
             and m.group(3) not in _CALENDAR and m.group(1).lower() not in _NOT_BEFORE_A]
    if not found:
        return french
    reads = readings(sorted({m.group(3) for m in found} | {m.group(1).lower() for m in found}))
    out, last = [], 0
    for m in found:
        before = reads.get(m.group(1).lower(), ())
        if not before or any(r.pos in ("np", "det", "pr", "prn", "num") for r in before) or \
                all(r.pos == "n" for r in before):
            continue  # a noun's compound ("missile à portée"), or a word not known
        # a noun only: *to safeguard* is "à sauvegarde" before ``infinitives`` reads it
        r = noun_only(reads.get(m.group(3), ()), finite=False)
        if r is None or r.number not in ("sg", "pl") or (
                r.number == "sg" and r.gender not in ("m", "f")):
            continue
        article = determiner("le", r.gender, r.number, m.group(3))
        if article is None:
            continue
        said = {"le": "au ", "les": "aux "}.get(article, "à " + article.replace("'", "’")
                                                   + ("" if article.endswith("'") else " "))
        out.append(french[last:m.start(2)] + said)
        last = m.start(3)
    # the noun joined to it by "et" takes its own ("à la solidarité et à la coopération")
    return articles(source, "".join(out) + french[last:]) if out else french


_TO_BARE_EN = re.compile(r"\bto (?!(?:the|a|an|this|that|these|those|its|their|our|his|her|"
                         r"my|your|be|have|do|make|some|any|all|each|every|it|them|us|me|"
                         r"him|you)\b)[a-z]", re.IGNORECASE)
# *and other* + a noun after a noun ("Russia, the CIS and other foreign countries"): the
# pivot's "et autres pays" is "et d'autres pays" (Grevisse § 587: "des" becomes "de"
# before an adjective, and "autres" is one). Not after an adjective (*economic, cultural
# and other ties*: "autres" there is one of the adjectives).
_AND_OTHER_EN = re.compile(r"([\w’'-]+),? and other (?=[a-z])", re.IGNORECASE)
_ET_AUTRES = re.compile(_B + r"et (autres) (?=" + _W + _E + r")")


def and_others(source: str, french: str) -> str:
    """ "la CEI et autres pays étrangers" -> "la CEI et d'autres pays étrangers" where the
    English has *the CIS and other foreign countries*, paired in order."""
    if "et autres " not in french:
        return french
    english = _AND_OTHER_EN.findall(source)
    found = list(_ET_AUTRES.finditer(french))
    if not found or len(found) != len(english):
        return french
    got = remembered_readings(sorted(set(english)))
    for m, word in zip(reversed(found), reversed(english), strict=True):
        said = got.get(word, ())
        if (said or word.islower()) and not any(
                r.split("<", 2)[1].startswith(("n>", "np>")) for r in said):
            continue  # an adjective (*Jewish*) or an unknown lower-case word
        french = f"{french[:m.start(1)]}d’{french[m.start(1):]}"
    return french


# *in* + a bare plural with a relational adjective (*in international affairs*, *in bilateral
# relations*, *in rural areas*, *in oriental studies*) names a domain or a class as a whole;
# the pivot writes the indefinite "dans des affaires internationales", French the definite,
# "dans les affaires internationales", "dans les zones rurales" (Grevisse § 587). Relational
# adjectives by their suffix (Grevisse § 169: -al, -aire, -ique, -ien, -éen, -ain, -el, -ais,
# -ois), agreeing with the noun; as often as the English says *in* + a bare adjective and a
# plural noun.
_IN_DES = re.compile(_B + r"dans (des) (" + _W + r") (" + _W + r")" + _E)
_RELATIONAL = re.compile(r"(?:aux|ales|aires|iques|iens|iennes|éens|éennes|ains|aines|els|"
                         r"elles|ais|aises|ois|oises)$")
_IN_BARE_EN = re.compile(r"\bin (?!(?:the|a|an|this|that|these|those|our|their|its|his|her|"
                         r"my|your|some|any|all|many|such|several|other|both|which|what)\b)"
                         r"[a-z-]+ [a-z-]+s\b", re.IGNORECASE)


def in_domains(source: str, french: str) -> str:
    """ "dans des affaires internationales" -> "dans les affaires internationales", "dans des
    zones rurales" -> "dans les zones rurales"; not before another adjective ("dans des
    domaines importants")."""
    if "dans des " not in french:
        return french
    found = [m for m in _IN_DES.finditer(french) if _RELATIONAL.search(m.group(3))]
    if not found or len(found) > len(_IN_BARE_EN.findall(source)):
        return french
    reads = readings(sorted({w for m in found for w in (m.group(2), m.group(3))}))
    for m in reversed(found):
        nouns = [r for r in reads.get(m.group(2), ()) if r.pos == "n" and r.number == "pl"]
        if nouns and any(r.pos == "adj" and r.number == "pl" and any(
                r.gender in (n.gender, "mf") or n.gender == "mf" for n in nouns)
                for r in reads.get(m.group(3), ())):
            french = f"{french[:m.start(1)]}les{french[m.end(1):]}"
    return french


# *by* + a bare noun after a participle, the agent of a passive (*damaged by fire*, *caused
# by artificial intelligence*, *scorched by war*, *united by strong relations*): the pivot
# writes "par" + the bare noun, French the definite article for a mass or a notion
# ("abîmés par le feu", "causée par l'intelligence artificielle", "brûlées par la guerre")
# and "des" for an indefinite plural ("unis par des relations fortes"; Grevisse § 587). Set
# phrases with a bare noun after "par" (Robert: means, manner, measure) are left: "remorqué
# par mer", "transporté par rail", "par exemple", "par an".
_PAR = re.compile(r"(" + _W + r") (par) (" + _W + r")" + _E)
_SET_PAR = frozenset((
    "mer", "rail", "route", "air", "avion", "train", "bateau", "voie", "téléphone", "courrier",
    "câble", "satellite", "radio", "internet", "écrit", "cœur", "hasard", "exemple", "erreur",
    "défaut", "principe", "nature", "définition", "tradition", "intérim", "an", "jour",
    "mois", "semaine", "habitant", "personne", "tête", "terre", "avance", "excellence",
    "ailleurs", "conséquent", "rapport", "ordre", "décret", "contre", "suite", "voie",
    "endroits", "moments", "fois", "étapes", "secteur", "région", "pays", "catégorie",
    "main", "force", "chance", "accident", "inadvertance", "mégarde", "téléconférence",
    "vidéoconférence", "visioconférence", "correspondance", "consensus", "acclamation",
    "procuration", "référendum", "vote", "étape"))
_BY_BARE_EN = re.compile(r"\b[a-z]+(?:ed|en|t) by (?!(?:the|a|an|this|that|these|those|its|"
                         r"their|our|his|her|my|your|all|both|some|any|each|every|one|it|"
                         r"them|us|me|him|you|far|means|way|land|sea|air|rail|road|phone|"
                         r"car|train|plane|ship|chance|mistake|hand|heart|name|nature|"
                         r"definition|default)\b)[a-z]", re.IGNORECASE)


def bare_after_par(source: str, french: str) -> str:
    """ "ont été abîmés par feu" -> "par le feu", "causée par intelligence artificielle" ->
    "par l'intelligence artificielle", "unis par relations fortes" -> "par des relations
    fortes": a noun only (of one gender and number), in lower case, after a participle and
    "par", as often as the English has a participle, *by* and a word with no determiner."""
    if " par " not in french:
        return french
    allowed = len(_BY_BARE_EN.findall(source))
    if not allowed:
        return french
    found = [m for m in _PAR.finditer(french) if m.group(3) not in _SET_PAR
             and m.group(3) not in _CALENDAR]
    if not found:
        return french
    reads = readings(sorted({m.group(3) for m in found} | {m.group(1).lower() for m in found}))
    out, last, used = [], 0, 0
    for m in found:
        if not any(r.pos == "pp" for r in reads.get(m.group(1).lower(), ())):
            continue  # "par" after a verb or a noun: a means or a measure ("gagné par an")
        r = noun_only(reads.get(m.group(3), ()))
        if r is None or r.number not in ("sg", "pl") or (
                r.number == "sg" and r.gender not in ("m", "f")) or used == allowed:
            continue
        article = "des" if r.number == "pl" else determiner("le", r.gender, "sg", m.group(3))
        if article is None:
            continue
        glue = "" if article.endswith(("'", "’")) else " "
        out.append(french[last:m.start(3)] + article.replace("'", "’") + glue)
        last = m.start(3)
        used += 1
    return articles(source, "".join(out) + french[last:]) if out else french


# *such as* / *like* + a bare noun, examples of a class (*values such as mutual trust*, *in
# areas like construction*): the pivot writes "comme" + the bare noun, French the definite
# article ("comme la confiance mutuelle", "dans des domaines comme la construction"; Grevisse
# § 587), "les" for a plural. Not *as* + a noun, a role ("comme entraîneur", "servir comme
# hôte"), which French says bare: only as often as the English has *such as* or *like* + a
# word with no determiner, and no more "comme" + a bare noun than that.
_COMME = re.compile(_B + r"(comme) (" + _W + r")" + _E)
_SUCH_AS_EN = re.compile(r"\b(?:such as|like) (?!(?:the|a|an|this|that|these|those|its|their|"
                         r"our|his|her|my|your|all|both|some|any|each|every|one|it|them|us|"
                         r"me|him|you|to|we|they|he|she|i|in|on|at|for|with|by|from|other|"
                         r"many|most|new|never|before|always|ever)\b)[a-z]", re.IGNORECASE)


def bare_after_comme(source: str, french: str) -> str:
    """ "des domaines comme construction" -> "comme la construction", "comme confiance
    mutuelle" -> "comme la confiance mutuelle", where the English says *such as* or *like*
    + a bare noun as many times. A list after "comme" takes the article on every member or
    on none (``_comme_list``): "comme énergie nucléaire, exploration spatiale et haute
    technologie" -> "comme l'énergie nucléaire, l'exploration spatiale et la haute
    technologie", never "comme l'énergie nucléaire, exploration spatiale et ...". """
    if "comme " not in french:
        return french
    allowed = len(_SUCH_AS_EN.findall(source))
    if not allowed:
        return french
    found = list(_COMME.finditer(french))
    counts = set(_english_lists(source))
    reads = readings(sorted({m.group(2) for m in found}))
    nouns = [(m, r) for m in found if (r := noun_only(reads.get(m.group(2), ()))) is not None
             and r.number in ("sg", "pl") and m.group(2) not in _SET_A]
    if not nouns or len(nouns) > allowed:
        return _listed(french, found, counts)
    french = _listed(french, found, counts)
    for m, r in reversed(nouns):
        if r.number == "sg" and r.gender not in ("m", "f"):
            continue
        article = determiner("le", r.gender, r.number, m.group(2))
        if article is None:
            continue
        members = _members(french, m.end())
        if members > 1:
            starts = _comme_list(french, m.end(), members) if members in counts else None
            if starts is None:
                continue  # a list whose members cannot all take theirs: none takes one
            for at, said in reversed(starts):
                french = french[:at] + said + french[at:]
        glue = "" if article.endswith(("'", "’")) else " "
        french = french[:m.start(2)] + article.replace("'", "’") + glue + french[m.start(2):]
    return articles(source, french)


def _listed(french: str, found: list[re.Match[str]], counts: set[int]) -> str:
    """The later members of a list after "comme" + a definite article ("comme le changement
    climatique, terrorisme et le trafic de drogue" -> "le terrorisme"), all or none."""
    for m in reversed(found):
        if m.group(2) in ("le", "la", "les") and (n := _members(french, m.end())) in counts \
                and n > 1 and (starts := _comme_list(french, m.end(), n)):
            for at, said in reversed(starts):
                french = french[:at] + said + french[at:]
    return french


def _clause(french: str, end: int) -> str:
    """The text from ``end`` to the clause's end (a stop, a bracket, quotes)."""
    stop = _STOP.search(french, end)
    return french[end:stop.start()] if stop else french[end:]


def _members(french: str, end: int) -> int:
    """The members of a list after "comme" (``end``: after its first word), by its commas
    before its "et" or "ou": 1 with neither in the clause."""
    rest = _clause(french, end)
    head, sep, _ = rest.partition(" et ") if " et " in rest else rest.partition(" ou ")
    return head.count(", ") + 2 if sep else 1


# The English list after *such as* / *like*: its members up to the clause's end, the last
# after *and* / *or* (*such as construction, production and agriculture*: 3).
_LIST_EN = re.compile(r"\b(?:such as|(?<!would )(?<!’d )(?<!'d )like(?! to\b)) ([^.;:!?()]*)",
                      re.IGNORECASE)
_AND_OR_EN = re.compile(r",? \b(?:and|or)\b ")


def _english_lists(source: str) -> list[int]:
    """Each *such as* / *like*'s count of listed members: 1 for a single noun, 0 where the
    list cannot be read (a member of more than four words is a clause, not a noun)."""
    out = []
    for m in _LIST_EN.finditer(source):
        head = _AND_OR_EN.split(m.group(1), maxsplit=1)
        if len(head) == 1:
            out.append(1)
            continue
        parts = [p.strip() for p in head[0].split(",")]
        out.append(len(parts) + 1 if all(0 < len(p.split()) <= 4 for p in parts) else 0)
    return out


_STOP = re.compile(r"[.;:!?()«»]")
_MEMBER = re.compile(r"(" + _W + r"(?:-" + _W + r")*)(?: (" + _W + r"))?" + _E)
_HAS_DET = ("d'", "d’", "l'", "l’")
_NOT_BARE = frozenset(("de", "à", "autres"))


def _comme_list(french: str, end: int, members: int) -> list[tuple[int, str]] | None:
    """Where to put the article of each later member of the list after "comme" (``end``:
    after its first noun) and which: ", exploration spatiale et haute technologie" ->
    [(at "exploration", "l’"), (at "haute", "la ")]; a member with its determiner takes
    none. None where the list has not ``members`` members, by its commas and its one
    "et"/"ou", or a bare member's noun (the first word, or the second after an adjective)
    has no one gender and number."""
    rest = _clause(french, end)
    head, sep, tail = rest.partition(" et ") if " et " in rest else rest.partition(" ou ")
    if not sep or members < 2:
        return None
    parts = head.split(", ")
    if len(parts) != members - 1 or "" in parts[1:] or not tail:
        return None
    starts = []
    at = end + len(parts[0]) + 2
    for n, part in enumerate([*parts[1:], tail], start=2):
        m = _MEMBER.match(part)
        first = part.split(" ", 1)[0].lower()
        if first in DETERMINERS or first.startswith(_HAS_DET) or first in _NOT_BARE:
            at += len(part) + 2
            continue
        if m is None:
            return None
        # "non-ingérence" is read as "ingérence", whose gender and number it has
        word = m.group(1).removeprefix("non-")
        reads = readings([w for w in (word, m.group(2)) if w])
        r = noun_only(reads.get(word, ()))
        if r is None and m.group(2) and all(
                x.pos == "adj" for x in reads.get(word, ())) and reads.get(word):
            r = noun_only(reads.get(m.group(2), ()))
        if r is None or r.number not in ("sg", "pl") or (
                r.number == "sg" and r.gender not in ("m", "f")):
            return None
        article = determiner("le", r.gender, r.number, m.group(1))
        if article is None:
            return None
        article = article.replace("'", "’")
        starts.append((at if n < members else end + len(head) + len(sep),
                       article + ("" if article.endswith("’") else " ")))
        at += len(part) + 2
    return starts
