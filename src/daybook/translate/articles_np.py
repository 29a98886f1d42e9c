"""The determiner of the second of two nouns joined by "et", which French says again.

English says "the development and production of arms", "their rich history and traditions",
"supplies of gas and oil" with one determiner or preposition for both nouns; Catalan and
Apertium's French keep that ("le développement et production", "son histoire riche et
traditions magnifiques", "l'approvisionnement de gaz et pétrole"), where French repeats it
before each noun: "le développement et la production", "son histoire riche et ses
traditions", "de gaz et de pétrole". After a determiner (le, la, l', les, a possessive, a
demonstrative, du, au, aux: of the second noun's gender and number, "de"/"à" again after
"de la", "à la") or "de", "d'" (where the English has *of* before the pair), "en" before
the first noun, up to two adjectives after it, the second noun gets its own when Apertium's
French analyser reads it as a noun only, and the first as a noun. Not after "des" (an
indefinite article or "de" + "les": the analyser cannot tell), nor before a word with another
reading (an adjective: "le développement économique et social"; a verb), nor after a
capitalised word (a name's: "le Conseil de la Fédération et").

A list with commas before "et" ("les traditions, culture et croyances", "sa culture,
littérature, humanités et sciences") takes the first noun's determiner before each noun
("les traditions, la culture et les croyances"), where the English has a comma and each
item is a noun only for the analyser (with up to two adjectives after it): a verb or a
clause in it leaves the list as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import (
    Reading,
    clause_tokens,
    determiner,
    readings,
    tokens_and_readings,
)

_WORD = r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*"
_ET = re.compile(rf"(?<= )et (?P<noun>{_WORD})(?![\w’'-])")
# A capitalised word stops the search: a name's ("Conseil de la Fédération et ...").
_TOKEN = re.compile(rf"(?:[A-Za-zÀ-ÿ]+['’]|{_WORD})$")
# Determiners said again, as ``gender.determiner`` makes them for another noun.
_DETERMINERS = frozenset((
    "le", "la", "les", "l'", "l’", "du", "au", "aux", "son", "sa", "ses", "leur", "leurs",
    "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce", "cet", "cette", "ces",
))
_BARE = frozenset(("de", "d'", "d’", "en"))
Reads = dict[str, tuple[Reading, ...]]
_CLAUSE = clause_tokens()
# "de" said again only where English has "of" before the pair ("protection of mothers and
# children"); "de" of an English compound heads no pair ("Red Army soldiers and officers").
_OF_AND = re.compile(r"\bof (?:the )?(?!(?:this|that|these|those|our|their|its|his|her|my|your)\b)"
                     r"(?:[\w’'-]+ )?[a-z]+ and [a-z]")


def _words_before(text: str, end: int, count: int) -> list[tuple[int, str]]:
    """Up to ``count`` words before ``end`` (nearest first), with where they start; an
    elided word ("l'") ends at its apostrophe."""
    out: list[tuple[int, str]] = []
    k = end
    while len(out) < count and k > 0:
        k = k - 1 if text[k - 1:k] == " " else k
        m = _TOKEN.search(text, 0, k)
        if m is None or m.end() != k or text[m.start() - 1:m.start()].isalpha():
            break  # no word, or a piece of a capitalised one
        out.append((m.start(), m.group(0)))
        k = m.start()
    return out


def _number(word: str, reads: list[str]) -> str:
    if len(set(reads)) == 1 and reads[0] != "sp":
        return reads[0]
    return "pl" if word.endswith(("s", "x")) else "sg"


def articles(source: str, french: str) -> str:
    """ "le développement et production de série" -> "le développement et la production de
    série", "d'équipement et armes" -> "d'équipement et d'armes", "du pétrole et gaz" -> "du
    pétrole et du gaz"; where the English joins two nouns with "and"."""
    if " and " not in source or " et " not in french:
        return french
    found = list(_ET.finditer(french))
    if not found:
        return french
    plans: list[tuple[re.Match[str], str, list[tuple[int, str]], Chain]] = []
    words: set[str] = set()
    listed = ", " in source
    for m in found:
        before = _words_before(french, m.start() - 1, 5)
        chain = _chain(french, m.start() - 1) if listed else []
        plans.append((m, m.group("noun"), before, chain))
        words.update(w.lower() for seg in (before, *chain) for _, w in seg)
        words.add(m.group("noun"))
    reads = readings(sorted(words))
    for m, noun, before, chain in reversed(plans):
        got = reads.get(noun, ())
        if not got or any(r.pos != "n" for r in got):
            continue  # not a noun only: an adjective, a verb, an unknown word
        said = _first(before, reads)
        items: list[tuple[int, str]] = []
        if said is None and len(chain) > 1:  # "les traditions, culture et croyances"
            said = _first(chain[-1], reads)
            items = _items(chain[:-1], reads) if said not in (None, *_BARE) else []
            if not items:
                continue
        if said is None:
            continue
        genders = {r.gender for r in got}
        gender = genders.pop() if len(genders) == 1 else "mf"
        number = _number(noun, [r.number for r in got])
        if said in ("de", "d'", "d’") and not _OF_AND.search(source):
            continue  # "outils de machine et ordinateurs": *machine tools and computers*
        if said in _BARE:
            word = "d'" if said != "en" and re.match(r"[aeiouyàâéèêîôûh]", noun) else (
                "de " if said != "en" else "en ")
        else:
            if gender == "mf" and number == "sg":
                continue  # "le" or "la": the analyser cannot tell
            made = determiner(said, gender, number, noun)
            if made is None:
                continue
            word = made if made.endswith(("'", "’")) else made + " "
        said_items = [(at, _said(said, item, reads)) for at, item in items]
        if any(w is None for _, w in said_items):
            continue  # an item's gender the analyser cannot tell: the list as it was
        for at, w in [(m.start("noun"), word), *said_items]:  # the last first
            french = f"{french[:at]}{w}{french[at:]}"
    return french


Chain = list[list[tuple[int, str]]]


def _chain(text: str, end: int) -> Chain:
    """The words before "et" in segments cut at commas (nearest first, each nearest word
    first): "les traditions, culture" -> [[culture], [traditions, les, ...]]."""
    chain: Chain = []
    k = end
    for _ in range(6):
        seg = _words_before(text, k, 5)
        if not seg:
            break
        chain.append(seg)
        start = seg[-1][0] if len(seg) < 5 else -1
        if start < 2 or text[start - 2:start] != ", ":
            break
        k = start - 2
    return chain


def _items(segments: Chain, reads: Reads) -> list[tuple[int, str]]:
    """(where it starts, the noun) of each bare noun of a list's middle, nearest first: each
    segment a noun only, with up to two adjectives after it; none when a segment is
    something else (a verb, a clause)."""
    out: list[tuple[int, str]] = []
    for seg in segments:
        adjectives = next((a for a in range(3) if a < len(seg) and all(
            _has(reads, w, "adj") for _, w in seg[:a]) and a == len(seg) - 1), None)
        if adjectives is None:
            return []
        at, noun = seg[adjectives]
        got = reads.get(noun.lower(), ())
        if not noun.islower() or not got or any(r.pos != "n" for r in got):
            return []
        out.append((at, noun))
    return out


def _said(said: str, noun: str, reads: Reads) -> str | None:
    """``said`` (a determiner) again before ``noun``, of its gender and number."""
    got = reads.get(noun.lower(), ())
    genders = {r.gender for r in got}
    gender = genders.pop() if len(genders) == 1 else "mf"
    number = _number(noun, [r.number for r in got])
    if gender == "mf" and number == "sg":
        return None
    made = determiner(said, gender, number, noun)
    if made is None:
        return None
    return made if made.endswith(("'", "’")) else made + " "


def _first(before: list[tuple[int, str]], reads: Reads) -> str | None:
    """What the first noun is said with: a determiner ("de"/"à" before "la", "l'", "les"
    folded into "du", "au", which ``gender.determiner`` makes again as "de la", "à la"), or
    "de", "d'", "en"; after up to two adjectives. None when the words before "et" are not
    that."""
    for adjectives in range(3):
        if adjectives + 1 >= len(before) or not all(
                _has(reads, w, "adj") for _, w in before[:adjectives]) or \
                not _has(reads, before[adjectives][1], "n"):
            continue
        det = before[adjectives + 1][1].lower()
        if det in _BARE:
            return det
        if det not in _DETERMINERS:
            continue
        prep = before[adjectives + 2][1].lower() if adjectives + 2 < len(before) else ""
        if det in ("la", "l'", "l’", "les") and prep in ("de", "à"):
            return "du" if prep == "de" else "au"
        return det
    return None


def _has(reads: Reads, word: str, pos: str) -> bool:
    return any(r.pos == pos for r in reads.get(word.lower(), ()))


# A bare noun object after a verb ("promouvront éducation environnementale", "pour fournir
# gaz à", "réduire activité de"): English says a mass noun or a plural without a
# determiner, French never (Grevisse, *Le Bon Usage*, the article of a generic or partitive
# object). A singular takes the definite article ("l'éducation environnementale"), or the
# partitive for a commodity after a verb of supplying or making it ("fournir du gaz"), a
# plural "des".
_PARTITIVE_VERBS = frozenset((
    "fournir", "livrer", "produire", "fabriquer", "distribuer", "consommer", "exporter",
    "importer", "acheter", "vendre", "transporter", "extraire", "générer", "recevoir",
    "obtenir",
))
# Commodities, the mass nouns such verbs supply (general usage); an abstract noun takes the
# definite article after them too ("livrer le soutien de l'État").
_MASS = frozenset((
    "gaz", "pétrole", "électricité", "énergie", "eau", "charbon", "carburant", "combustible",
    "blé", "grain", "céréale", "viande", "lait", "nourriture", "acier", "métal", "bois",
    "équipement", "matériel", "uranium", "aluminium", "cuivre", "or", "sucre", "coton",
    "engrais", "essence", "gazole", "vaccin", "médicament", "chaleur", "aide",
    "assistance",
))
# Verbs French joins to a bare noun (a copula's attribute "devenir président", a fixed phrase
# "avoir lieu", "rendre hommage", "faire face", "souhaiter bonne chance"), and verbs with no
# direct object, whose noun after is no object of theirs ("revenaient maison", "commence
# septembre", "bénéficier à").
_BARE_AFTER = frozenset((
    "être", "avoir", "faire", "prendre", "mettre", "rendre", "donner", "tenir", "perdre",
    "trouver", "porter", "demander", "prêter", "tirer", "courir", "chercher", "garder",
    "souhaiter", "devenir", "rester", "demeurer", "sembler", "paraître", "nommer", "élire",
    "appeler", "proclamer", "aller", "venir", "revenir", "arriver", "partir", "entrer",
    "rentrer", "retourner", "sortir", "passer", "tomber", "naître", "mourir", "vivre",
    "parler", "commencer", "finir", "terminer", "durer", "coûter", "peser", "mesurer",
    "valoir", "signifier", "vouloir", "pouvoir", "devoir", "savoir", "falloir", "payer",
    "plaire", "grandir", "travailler", "bénéficier", "participer", "contribuer", "assister",
    "répondre", "obéir", "nuire", "penser", "renoncer", "profiter", "dépendre", "disposer",
    "manquer", "rêver", "jouir", "croire",
))
# A pronominal verb takes its noun after a preposition ("s'opposer à l'extrémisme").
_REFLEXIVE = frozenset(("se", "s'", "s’"))
_FINITE = frozenset(("inf", "pri", "fti", "cni", "pii", "ifi", "prs"))
_FINITE_ONLY = (_FINITE - {"inf"}) | {"imp", "pis"}
# The forms whose bare object takes its article: finite ones, the infinitive, and the
# present participle of an English -ing clause ("en améliorant la santé", "créant des
# infrastructures").
_OBJECT_FORMS = _FINITE | {"ger"}
# After the noun: what ends a bare object (an adjective, a preposition, "et", punctuation,
# the "que" of a noun's clause: "exprimé l'espoir que", "quant à").
_AFTER_OBJECT = frozenset(("de", "d'", "d’", "du", "des", "à", "au", "aux", "en", "dans",
                           "pour", "avec", "sur", "entre", "par", "sans", "contre", "vers",
                           "sous", "parmi", "et", "ou", ",", ".", ";", ":", "!", "?", ")",
                           "que", "qu'", "qu’", "quant"))
# Verbs of voicing one's own attitude: French says the subject's possessive before it
# ("exprimer sa gratitude", "manifester son intérêt": Grevisse, *Le Bon Usage*, the
# possessive of what belongs to the subject), where English has a bare noun (*expressed
# confidence*). After an infinitive with no finite verb before it, the definite article.
_OWN_VERBS = frozenset(("exprimer", "manifester"))
# The subject's person and number -> its possessive (as ``gender.determiner`` inflects it).
_OWNER_OF = {("p1", "sg"): "mon", ("p3", "sg"): "son", ("p1", "pl"): "notre",
             ("p2", "pl"): "votre", ("p3", "pl"): "leur"}
_SUBJECT_PRONOUNS = {"je": ("p1", "sg"), "j'": ("p1", "sg"), "j’": ("p1", "sg"),
                     "nous": ("p1", "pl"), "vous": ("p2", "pl"), "il": ("p3", "sg"),
                     "elle": ("p3", "sg"), "on": ("p3", "sg"), "ils": ("p3", "pl"),
                     "elles": ("p3", "pl")}
# *confidence that*: the certainty that something will be, "conviction" (Robert:
# "confiance" is trust in someone or something), "sa conviction que".
_CERTAINTY = {"confiance": "conviction"}
_MONTHS = frozenset(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre", "lundi", "mardi",
                     "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))


def bare_objects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "promouvront éducation environnementale" -> "promouvront l'éducation
    environnementale", "pour fournir gaz à" -> "pour fournir du gaz à", "traitent
    innovations" -> "traitent des innovations": a noun (for the analyser only a noun, of one
    gender) right after a verb's finite form or infinitive (only a verb), or its participle
    in a compound tense with "avoir" ("ont signé accords" -> "ont signé des accords"), which
    ``_BARE_AFTER`` does not name; one exchange with the analyser for all texts."""
    todo = [k for k, t in enumerate(texts) if " " in t]
    toks, reads = tokens_and_readings(_CLAUSE, texts, todo)
    out = list(texts)
    for k in todo:
        edits = [e for i in range(1, len(toks[k])) for e in _bare(toks[k], reads, i)]
        text = texts[k]
        for start, end, word in reversed(edits):
            text = f"{text[:start]}{word}{text[end:]}"
        out[k] = text
    return out


def _graded(toks: list[tuple[int, int, str]], reads: Reads, i: int) -> bool:
    """An adverb at ``i`` before an adjective ("tâches hautement ambitieuses")."""
    return i + 1 < len(toks) and _has(reads, toks[i][2].lower(), "adv") and _has(
        reads, toks[i + 1][2].lower(), "adj")


def _bare(toks: list[tuple[int, int, str]], reads: Reads,
          i: int) -> list[tuple[int, int, str]]:
    """(start, end, new) of the edits that give the bare object at ``i`` its article (a
    replacement where the noun itself changes; an insertion where start == end)."""
    noun, verb = toks[i][2], toks[i - 1][2].lower()
    after = toks[i + 1][2].lower() if i + 1 < len(toks) else "."
    if not noun.islower() or noun in _MONTHS or toks[i][0] != toks[i - 1][1] + 1 or (
            i > 1 and toks[i - 2][2].lower() in _REFLEXIVE) or (  # "grâce à", "côte à côte"
            noun in ("grâce", "côte") and after in ("à", "au", "aux")):
        return []
    said = reads.get(verb, ())
    # A participle that is a noun too ("reçu", "vaincu") is the participle after "avoir"
    # (``compound`` asks for it): "ont reçu de l'aide". Not one that is an adjective too:
    # an English attributive participle the engine took for a verb ("a detailed report",
    # "a détaillé rapport").
    participle = any(r.pos == "pp" for r in said)
    if not said or any(not r.tags[0].startswith("vb") and not (participle and r.pos == "n")
                       for r in said):
        return []
    graded = _graded(toks, reads, i + 1)
    verbs = (compound(toks, reads, i - 1) if participle else
             [r for r in said if len(r.tags) > 1 and r.tags[1] in _OBJECT_FORMS])
    if not verbs or any(r.lemma in _BARE_AFTER for r in verbs) or not (
            after in _AFTER_OBJECT or _has(reads, after, "adj") or graded) or (
            all(r.tags[1] == "ger" for r in verbs) and not _ing_clause(toks, reads, i - 1)):
        return []
    partitive = any(r.lemma in _PARTITIVE_VERBS for r in verbs)
    own = any(r.lemma in _OWN_VERBS for r in verbs)
    owner = subject_possessive(toks, reads, i - 1) if own else None
    # A noun before its graded adjective is no finite verb either ("tâches hautement
    # ambitieuses").
    first = object_article(noun, reads, partitive and noun in _MASS, owner, participle or graded)
    if first is None:
        return []
    edits = [(toks[i][0], toks[i][0], first)]
    if own and after in ("que", "qu'", "qu’") and noun in _CERTAINTY:
        edits = [(toks[i][0], toks[i][1], first + _CERTAINTY[noun])]
    # A pair's second noun takes its own ("maintenir la paix et la stabilité"), after up to
    # two adjectives of the first.
    k = next((k for k in range(i + 1, min(i + 4, len(toks)))
              if not _has(reads, toks[k][2], "adj")), len(toks))
    if k + 1 < len(toks) and toks[k][2] == "et" and toks[k + 1][2].islower():
        second = object_article(toks[k + 1][2], reads, partitive and toks[k + 1][2] in _MASS, owner)
        if second is not None:
            edits.append((toks[k + 1][0], toks[k + 1][0], second))
    return edits


# Before a present participle, what makes it an English attributive -ing adjective the
# engine took for a verb ("un animant suite", "d'utilisant technologie", "fournit
# obligeant évidence": *compelling evidence*), not the head of an -ing clause.
_BEFORE_ADJECTIVAL = frozenset(("un", "une", "le", "la", "les", "l'", "l’", "du", "des",
                                "de", "d'", "d’", "au", "aux", "ce", "cet", "cette", "ces"))


def _ing_clause(toks: list[tuple[int, int, str]], reads: Reads, j: int) -> bool:
    """Whether the present participle at ``j`` heads a clause ("et améliorant la santé",
    ", créant des"): not after a determiner or "de", a verb, or "et"/"ou" after an
    adjective ("exceptionnel et enthousiasmant projet")."""
    if j == 0:
        return True
    prev = toks[j - 1][2].lower()
    got = reads.get(prev, ())
    if prev in _BEFORE_ADJECTIVAL or any(r.pos.startswith("vb") for r in got):
        return False
    if prev in ("et", "ou") and j > 1:
        earlier = reads.get(toks[j - 2][2].lower(), ())
        return not (earlier and all(r.pos == "adj" for r in earlier))
    return True


def subject_possessive(toks: list[tuple[int, int, str]], reads: Reads, j: int) -> str | None:
    """The possessive of the subject of the verb at ``j`` ("son" for "a exprimé", "leur"
    for "ont exprimé", "mon" for "Je voudrais exprimer"), from the person of its finite
    form: the verb's own, its auxiliary's (one adverb between), or, for an infinitive, the
    finite verb right before it; a subject pronoun before that form settles a form of two
    persons ("exprime"). None where no finite form or person is found (the definite
    article then)."""
    word = toks[j][2].lower()
    said = reads.get(word, ())
    k = j
    if any(r.pos == "pp" for r in said):
        k = next((k for k in (j - 1, j - 2) if k >= 0 and any(
            r.pos == "vbhaver" for r in reads.get(toks[k][2].lower(), ()))), -1)
    elif any(len(r.tags) > 1 and r.tags[1] == "inf" for r in said):
        k = j - 1
    elif any(len(r.tags) > 1 and r.tags[1] == "ger" for r in said):
        # A participle's clause has its sentence's subject: the nearest word before it
        # that is only a finite verb ("a envoyé un message ..., exprimant sa sympathie";
        # "président" is "they preside" too).
        k = next((k for k in range(j - 1, max(j - _GER_REACH, -1), -1)
                  if toks[k][2] in (".", ";", "?", "!") or (_finite_person(
                      reads, toks[k][2]) and all(r.pos.startswith("vb") for r in reads.get(
                          toks[k][2].lower(), ())))),
                 -1)
        k = k if k >= 0 and toks[k][2] not in (".", ";", "?", "!") else -1
    if k < 0:
        return None
    persons = _finite_person(reads, toks[k][2])
    pronoun = _SUBJECT_PRONOUNS.get(toks[k - 1][2].lower()) if k else None
    if pronoun is not None:
        persons &= {pronoun}
    else:  # a noun's or a name's subject: the third person of a form of two persons
        persons = {p for p in persons if p[0] == "p3"} or persons
    return _OWNER_OF.get(persons.pop()) if len(persons) == 1 else None


# How far back a present participle's finite verb is looked for, in words.
_GER_REACH = 20


def _finite_person(reads: Reads, word: str) -> set[tuple[str, str]]:
    """The (person, number) pairs of ``word``'s finite readings."""
    return {(r.tags[2], r.tags[3]) for r in reads.get(word.lower(), ())
            if r.pos.startswith("vb") and len(r.tags) > 3 and r.tags[1] in _FINITE
            and r.tags[1] != "inf"}


# Between "avoir" and its participle, one adverb at most ("ont déjà signé").
_AUX_GAP = 1


def compound(toks: list[tuple[int, int, str]], reads: Reads, j: int) -> list[Reading]:
    """The participle's readings at ``j`` where it is a compound tense's with "avoir" ("ont
    signé accord", "a déjà promu"): its invariable form (masculine singular, which a
    participle with its object after keeps), "avoir" before it, at most one adverb between.
    Not after "être" ("a été signé", "sont venus": a passive or a verb of motion, no
    object), nor a participle standing as an adjective (no "avoir" before it)."""
    said = [r for r in reads.get(toks[j][2].lower(), ())
            if len(r.tags) > 3 and r.tags[1] == "pp" and r.tags[2] == "m" and r.tags[3] == "sg"]
    k = j - 1
    while said and k >= 0 and k >= j - 1 - _AUX_GAP and toks[k + 1][0] == toks[k][1] + 1:
        aux = reads.get(toks[k][2].lower(), ())
        if any(r.lemma == "avoir" and r.pos == "vbhaver" for r in aux):
            # Not after a preposition: an English "a" the engine left ("basée sur a
            # universellement accepté principes"), no auxiliary.
            prev = reads.get(toks[k - 1][2].lower(), ()) if k else ()
            return [] if prev and all(r.pos == "pr" for r in prev) else said
        if not aux or any(r.pos != "adv" for r in aux):
            return []
        k -= 1
    return []


def object_article(noun: str, reads: Reads, partitive: bool, owner: str | None = None,
            participle: bool = False) -> str | None:
    """The determiner of a bare object: "des" before a plural (only plural for the
    analyser: "succès", "paix" are both), "le"/"la"/"l'" or "du"/"de la"/"de l'" before a
    singular of one gender ("gaz": one or several, but no plural's -s); ``owner``'s
    possessive ("son" -> "sa", "ses") instead where given; None for another word or one
    the analyser cannot tell. After a ``participle`` of a compound tense, a noun that is
    a finite verb's form too ("aide", "appui": no finite verb follows a participle)."""
    got = reads.get(noun, ())
    if participle and any(r.pos == "n" for r in got) and all(
            r.pos == "n" or (r.pos.startswith("vb") and len(r.tags) > 1
                             and r.tags[1] in _FINITE_ONLY) for r in got):
        got = tuple(r for r in got if r.pos == "n")
    if not got or any(r.pos != "n" for r in got):
        return None
    if all(r.number == "pl" for r in got):
        own = determiner(owner, "mf", "pl", noun) if owner else None
        return f"{own} " if own else "des "
    genders = {r.gender for r in got}
    if any(r.number == "pl" or (r.number == "sp" and noun.endswith(("s", "x")))
           for r in got) or len(genders) != 1 or "mf" in genders:
        return None  # "le" or "la", one or several: the analyser cannot tell
    made = determiner(owner or ("du" if partitive else "le"), genders.pop(), "sg", noun)
    if made is None:
        return None
    return made if made.endswith(("'", "’")) else made + " "


# A bare subject opening a sentence ("High-quality products are exported", "Long-term loans
# are available"): English says a plural or a mass noun without a determiner; the engine
# gives "Produits de haute qualité sont exportés", where French says the article of a
# generic subject (Grevisse, *Le Bon Usage*: the definite article of the generic noun):
# "Les produits de haute qualité sont exportés". Between the noun and its verb: adjectives,
# nouns and the small words of a complement ("de", "à", "en", "du", "des", "et").
_SUBJECT_LINKS = frozenset(("de", "d'", "d’", "à", "en", "du", "des", "et"))
_SUBJECT_SPAN = 8  # words between the noun and its verb, at most
# The definite article of a complement's noun, after "de" or "à" ("de la conférence").
_COMPLEMENT_ARTICLES = frozenset(("le", "la", "les", "l'", "l’"))
_NEGATION = frozenset(("ne", "n'", "n’"))


def bare_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Produits de haute qualité sont exportés" -> "Les produits de haute qualité sont
    exportés", "Production de pleine échelle a commencé" -> "La production de pleine
    échelle a commencé": a sentence's first word, capitalised only there and for the
    analyser only a noun (or a past participle; of one gender if singular), followed
    (through adjectives, nouns and the links ``_SUBJECT_LINKS``, all in small letters) by a
    finite verb, takes the definite article; one exchange with the analyser for all texts."""
    heads = [t[:160] for t in texts]
    todo = [k for k, t in enumerate(heads) if re.match(r"[A-ZÀ-Ý][a-zà-ÿœæ-]+,? [a-zà-ÿ]", t)]
    toks, reads = tokens_and_readings(_CLAUSE, heads, todo)
    out = list(texts)
    for k in todo:
        said = _subject(toks[k], reads)
        text = texts[k]
        for start, det in said[:0:-1]:  # the list's bare members, from the last
            text = text[:start] + det + text[start:]
        if said:
            out[k] = said[0][1] + text[:1].lower() + text[1:]
    return out


def _article(noun: str, reads: Reads) -> str | None:
    """A bare subject's definite article: "les" where ``object_article`` says "des"."""
    # A past participle's reading too ("Produits", "Élus"): before a finite verb it is the
    # noun; its number and gender are the noun's.
    made = object_article(noun, {noun: tuple(r for r in reads.get(noun, ()) if r.pos != "pp")},
                          False)
    return ("les " if made == "des " else made) or None


def _subject(toks: list[tuple[int, int, str]], reads: Reads) -> list[tuple[int, str]]:
    """The articles (offset, article) of a bare subject (first) and of its list's bare
    members after "et" or a comma ("Culture, éducation et science sont"); [] for none."""
    noun = toks[0][2].lower()
    if noun in _MONTHS:
        return []
    prev, listed, seen, i, members = noun, False, 0, 1, []
    while i < len(toks) and seen <= _SUBJECT_SPAN:
        word, seen, i = toks[i][2], seen + 1, i + 1
        said, prev, before = reads.get(word, ()), word, prev
        later = [t[2] for t in toks[i:i + _SUBJECT_SPAN]]
        if word == "," and later[:1] == ["comme"] and "," in later:
            i += later.index(",") + 1  # an aside ("Islam et christianisme, comme ..., sont")
            continue
        if word == "," and later[:1] != ["et"] and "et" in later:
            listed = True  # a list's comma ("Culture, éducation et science sont")
        listed = listed and word != "et"
        if word in _COMPLEMENT_ARTICLES and before in ("de", "à", ","):
            continue  # a complement's or a listed article ("Efforts des pays de la conférence")
        if word in (",", "et") and i < len(toks) and toks[i][2].islower() and all(
                r.pos == "n" for r in reads.get(toks[i][2], ())):
            members.append((toks[i][0], toks[i][2]))  # a bare noun after it: a member
        if word == "," and listed:
            continue
        if not word.islower():
            return []  # a name ("Président Poutine a dit"), punctuation, a figure
        if word in _NEGATION or word == "est" or (
                any(r.pos.startswith("vb") and len(r.tags) > 1 and r.tags[1] in _FINITE - {"inf"}
                    for r in said) and not any(r.pos in ("n", "adj") for r in said)):
            if listed:
                return []  # a comma with no "et" after it: no list
            break  # a verb only ("presse", "monnaie" are nouns too: no clue), or "est"
        if word not in _SUBJECT_LINKS and (not any(r.pos in ("n", "adj") for r in said) or
                                           any(r.pos in ("det", "prn") for r in said)):
            return []
    else:
        return []
    made = _article(noun, reads)
    if made is None:
        return []
    dets = [(start, _article(member, reads)) for start, member in members]
    return [(0, made[0].upper() + made[1:])] + [(s, d) for s, d in dets if d]
