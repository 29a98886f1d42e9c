"""French articles, contractions and feminines for the digest's titles and roles: "de" + "le
président" -> "du président", "en" + "la Turquie" -> "en Turquie", "dans la région de Tver",
"chinois" -> "chinoises"; a woman's name (as Russian names show it)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A word starts / ends here in French text (apostrophes and hyphens join words).
WORD_START = r"(?<![\w’'-])"
WORD_END = r"(?![\w’'-])"
# A French letter, a French word, in lower case.
LOWER = "[a-zàâçéèêëîïôûùüÿœ]"
LOWER_WORD = LOWER + "+"

# Words in h French does not elide before (h aspiré), by how they start: general French
# usage (the dictionaries' asterisked entries), names of places included ("de Hongrie").
H_ASPIRATE = ("hach", "hai", "haïr", "hall", "halte", "hamac", "hamas", "hambourg",
              "hameau", "hanche", "handicap", "hangar", "hano", "hant", "harass", "harcel",
              "hardi", "hareng", "haricot", "harnais", "harpe", "hasard", "hâte", "hauss",
              "haut", "havane", "havre", "hennir", "hériss", "hernie", "héron", "héros", "hêtre",
              "heurt", "hibou", "hiérarch", "hiss", "hocher", "hockey", "hollan", "homard",
              "hondur", "hongr", "honte", "hoquet", "hors", "houle", "housse", "hué", "huer",
              "huit", "hurl", "hutte",
              "hobb", "hold",  # "le hobby", "le holding", "le hold-up" (Larousse: h aspiré)
              "hub(?!ert|ris)")  # "le hub", "hublot"; not "l'hubris", "d'Hubert"
# Romanised Russian names opening in a yod (Я ia, Е ie, Ю iou) do not elide, as "le Yémen":
# "la Iakoutie", "de Iaroslavl", "de Iouri" (the usage of French reference works).
YOD = ("ia", "ie", "iou")
# A vowel or a mute h: "l’homme", "d’Arménie", "l’œuvre"; not the aspirated h of "le héros",
# "de Hongrie", nor a yod.
VOWEL_START = re.compile(r"^(?!(?i:" + "|".join(H_ASPIRATE + YOD) + r"))[aeiouhàâéèêëîïôöûüœæ]",
                         re.IGNORECASE)


# Masculine adjectives with a form of their own before a vowel ("un nouvel accord").
BEFORE_VOWEL = {"nouveau": "nouvel", "beau": "bel", "vieux": "vieil"}


def elides(word: str) -> bool:
    """Whether an article or "de" before ``word`` elides ("l’homme", not "le héros")."""
    return VOWEL_START.match(word) is not None


# Elision (Grevisse, l'élision): "de", "que" and its compounds, the articles "le", "la" and
# the clitics "je", "me", "te", "se", "ne" lose their vowel before a vowel or a mute h
# ("d'un", "qu'il", "l'un", "jusqu'à"); "ce" only before "être" ("c'est"), "si" only
# before "il(s)" ("s'il"). The next word is read, not taken (``(?=...)``): "que je ai".
_ELIDABLE = re.compile(WORD_START + r"(?P<w>[Jj]usque|[Ll]orsque|[Pp]uisque|[Qq]uoique|"
                       r"[Qq]ue|[DdLlJjMmTtSsNn]e|[Ll]a|[Cc]e|[Ss]i) "
                       r"(?=(?P<next>[^\W\d_][\w’'-]*))")
# Words the elidable ones stay whole before: prepositions and conjunctions ("de à", "le ou
# la"), "onze" and "oui" (no elision before them: "le onze", "le oui").
_NO_ELISION = frozenset({"à", "au", "aux", "ou", "où", "et", "onze", "onzième", "oui",
                         "ouistiti"})
_ETRE_E = frozenset({"est", "était", "étaient", "eût"})  # "c'est", "c'était"
_SENTENCE_END = re.compile(r"(?:^|[.!?…:]\s+|[«“\"(]\s*)$")


def _elided(m: re.Match[str]) -> str:
    w, nxt = m.group("w"), m.group("next")
    low, before = w.lower(), m.string[:m.start()]
    whole = nxt.lower() in _NO_ELISION and not (
        low.endswith("que") and nxt.lower() in ("à", "au", "aux"))  # "qu'à", "jusqu'au"
    if whole or not elides(nxt) or (low in ("le", "la") and nxt == "en"):
        return m.group(0)
    if (low == "ce" and nxt.lower() not in _ETRE_E) or (low == "si" and nxt not in ("il", "ils")):
        return m.group(0)
    # A capital mid-sentence is a name's particle ("Le Pen", "De Gaulle"), as is "de"
    # between two capitalised words ("Manoel de Oliveira"); a name in h goes either way
    # ("de Harvard", "d'Helsinki"): all kept.
    if w[:1].isupper() and not _SENTENCE_END.search(before):
        return m.group(0)
    if nxt[:1].isupper():
        # the word before, without an elided word ("d'", "qu'", "jusqu'"): "qu'Ukraine de
        # Ukraine" reads the same on a second pass
        last = re.sub(r"^\w+[’']", "", before.rsplit(None, 1)[-1]) if before.strip() else ""
        if nxt[:1] == "H" or last[:1].isupper():
            return m.group(0)
    return w[:-1] + "'"


def elide(text: str) -> str:
    """French elision where the engine or a rule left the word whole: "parlé de un" ->
    "parlé d'un", "que il est" -> "qu'il est", "le un des" -> "l'un des", "je ai" -> "j'ai";
    never before an aspirated h ("le hobby", "de Hongrie") nor "à", "ou", "et"."""
    return _ELIDABLE.sub(_elided, text)


def elide_before(text: str, names: Iterable[str]) -> str:
    """ "de", "que" elided before ``names`` put in after the engine whose French form starts
    with a vowel where the English did not ("de Yevgeny" -> "de Evgueni" -> "d'Evgueni",
    "que Yuri" -> "qu'Iouri"); a capitalised "De" is a name's particle and kept."""
    some = sorted((n for n in names if elides(n) and n[:1] not in "Hh"), key=len, reverse=True)
    if not some:
        return text
    pattern = re.compile(WORD_START + r"(de|que|Que) (?=(?:" + "|".join(map(re.escape, some))
                         + r")" + WORD_END + ")")
    return pattern.sub(lambda m: m.group(1)[:-1] + "'", text)


ARTICLE = re.compile(r"^(?:(les|le|la)\s+|(l’|l'))", re.IGNORECASE)


def with_article(article: str, text: str) -> str:
    if not article:
        return text
    if article in ("le", "la") and VOWEL_START.match(text):
        return "l’" + text
    return text if article.endswith("’") and text.startswith(article) else (
        article + text if article.endswith("’") else f"{article} {text}")


def contract_all(prep: str, text: str) -> str:
    """``contract`` on each conjunct: "à" + "la famille et les proches" -> "à la famille et
    aux proches"."""
    if prep not in ("de", "à"):
        return contract(prep, text)
    parts = re.split(r"(, | et )", text)
    # Only a list of noun phrases ("la famille et les proches", "les employés du ministère
    # et les vétérans"); inside a name ("le Conseil pour la société civile et les droits de
    # l’homme": a capital, then a complement) the "et" is not a list's.
    if any(re.search(r"\s(?:pour|de|du|des|d’)\s", p) and re.match(r"^(?:\w+\s|l’)[A-ZÉ]", p)
           for p in parts[:-1:2]):
        return contract(prep, text)
    return "".join(contract(prep, p) if k % 2 == 0 and (k == 0 or ARTICLE.match(p)) else p
                   for k, p in enumerate(parts))


SUBDIVISION_HEADS = frozenset({"région", "kraï", "république", "district", "territoire"})


def contract(prep: str, text: str) -> str:
    """ "de" + "le président" -> "du président"; "en" + "la Turquie" -> "en Turquie"."""
    m = ARTICLE.match(text)
    art = (m.group(1) or m.group(2)).casefold().replace("'", "’") if m else ""
    rest = text[m.end():] if m else text
    if prep == "de":
        if art == "le":
            return "du " + rest
        if art == "les":
            return "des " + rest
        if not art:
            return ("d’" if VOWEL_START.match(rest) else "de ") + rest
        return f"de {text}"
    if prep == "à":
        if art == "le":
            return "au " + rest
        if art == "les":
            return "aux " + rest
        return f"à {text}"
    if prep == "nu":  # no article: "Sommet Russie–{nu:x}" -> "Sommet Russie–Afrique"
        return rest
    if prep == "en":
        if rest.split(" ", 1)[0] in SUBDIVISION_HEADS:
            return f"dans {text}"  # "dans la région de Tver", "dans le kraï de Krasnodar"
        if art in ("la", "l’"):
            return "en " + rest
        if art == "le":
            return "au " + rest
        if art == "les":
            return "aux " + rest
        return f"à {text}"
    return f"{prep} {text}"


def feminine(adj: str) -> str:
    """ "chinois" -> "chinoise", "autrichien" -> "autrichienne", "grec" -> "grecque",
    "turc" -> "turque", "financier" -> "financière", "sportif" -> "sportive", "religieux"
    -> "religieuse", "nouveau" -> "nouvelle", "supérieur" -> "supérieure"; "russe" stays.
    The regular endings of French grammar; irregular ones ("blanc", "complet", "doux", the
    -eur nouns in -euse or -rice) are their callers' exceptions."""
    if adj.endswith("e"):
        return adj
    if adj.endswith("ec"):
        return adj + "que"
    if adj.endswith("c"):
        return adj[:-1] + "que"
    if adj.endswith("er"):  # "premier" -> "première", "étranger" -> "étrangère"
        return adj[:-2] + "ère"
    if adj.endswith("eux"):
        return adj[:-1] + "se"
    if adj.endswith("if"):
        return adj[:-1] + "ve"
    if adj.endswith("eau"):  # "nouveau" -> "nouvelle"
        return adj[:-2] + "lle"
    if adj.endswith(("en", "on", "el", "eil")):
        return adj + adj[-1] + "e"
    return adj + "e"


# Adjectives in -al whose masculine plural is -als (Grevisse § 546); the others make -aux.
_AL_PLURAL_S = frozenset(("banal", "bancal", "fatal", "final", "natal", "naval", "causal",
                          "tonal"))


def masculine_plural(adj: str) -> str:
    """ "médical" -> "médicaux", "nouveau" -> "nouveaux", "naval" -> "navals", "russe" ->
    "russes"; "chinois", "heureux" stay."""
    if adj.endswith(("s", "x", "z")):
        return adj
    if adj.endswith("eau"):
        return adj + "x"
    if adj.endswith("al") and adj not in _AL_PLURAL_S:
        return adj[:-2] + "aux"
    return adj + "s"


def feminine_plural(adj: str) -> str:
    """ "chinois" -> "chinoises", "italiens" -> "italiennes", "turcs" -> "turques",
    "biélorusses" stays (after "consultations")."""
    if adj.endswith("es"):
        return adj
    base = adj[:-1] if adj.endswith("s") and not adj.endswith(("ais", "ois")) else adj
    return feminine(base) + "s"


# Men's given names in -a (Russian, and common ones of other languages the site names).
MALE_IN_A = frozenset({"Nikita", "Ilya", "Foma", "Kuzma", "Savva", "Luka", "Danila",
                        "Mustafa", "Musa", "Isa", "Yahya", "Hamza", "Taha", "Reza", "Mirza",
                        "Luca", "Andrea", "Nikola", "Attila", "Joshua", "Maithripala"})
FEMININE_HEADS = {"président": "présidente", "vice-président": "vice-présidente",
                   "directeur": "directrice", "ambassadeur": "ambassadrice",
                   "premier": "première", "gouverneur": "gouverneure",
                   "procureur": "procureure", "commissaire": "commissaire",
                   "chancelier": "chancelière", "fédéral": "fédérale",
                   "conseiller": "conseillère", "haut": "haute", "général": "générale",
                   "animateur": "animatrice", "présentateur": "présentatrice",
                   "modérateur": "modératrice", "correspondant": "correspondante",
                   "coanimateur": "coanimatrice", "commentateur": "commentatrice",
                   "chroniqueur": "chroniqueuse", "expert": "experte",
                   "blogueur": "blogueuse", "enseignant": "enseignante",
                   "étudiant": "étudiante", "agriculteur": "agricultrice",
                   "entrepreneur": "entrepreneuse"}


def female(name: str) -> bool:
    """A woman's name as Russian names show it: a given name in -a ("Olga", "Valentina";
    not Nikita) or a family name in -ova/-eva/-ina/-aya ("Matviyenko" says nothing)."""
    words = name.split()
    if len(words) < 2:
        return False
    given = words[0].endswith("a") and words[0] not in MALE_IN_A
    return given or words[-1].endswith(("ova", "eva", "ina", "aya", "skaya"))


def lower_article(text: str) -> str:
    m = ARTICLE.match(text)
    return text[: m.end()].lower() + text[m.end():] if m else text


def folded(word: str) -> str:
    """A word as the rules compare it: lower case, the typographic apostrophe straight."""
    return word.lower().replace("’", "'")


def cased_like(text: str, like: str) -> str:
    """``text`` with a capital first letter when ``like`` has one (a rule's French in place
    of the engine's, at a sentence's start or not)."""
    return text[:1].upper() + text[1:] if like[:1].isupper() else text
