"""A *meeting* with an adjective, as French writes it, from the English sentence.

Apertium reads "ADJ meeting" as an adjective and a verb ("an extended meeting" -> "un
étendu connaître", "the annual meeting" -> "l'annuaire connaître", "a brief meeting" -> "un
écrit se trouver") or picks the adjective's wrong sense ("the next meeting" -> "la rencontre
proche", "an extended meeting" -> "la rencontre répandue"). ``meeting`` pairs the source's
meetings with the French ones in order (only when their counts match) and writes "une
réunion élargie", "la prochaine réunion", "la réunion annuelle", "une brève réunion"; an
adjective no table has is kept, agreed with "réunion" ("un bilatéral connaître" -> "une
réunion bilatérale"), a name before *meeting* follows it ("la réunion d'Helsinki").

The table is the site's usual meeting adjectives in French (general usage of French
official and press text: "réunion élargie", "en format restreint", "réunion à huis clos"),
not taken from the sample's texts.
"""

from __future__ import annotations

import re

from daybook.translate.agreement import agree
from daybook.translate.french import masculine_plural
from daybook.translate.gender import determiner, readings

# English adjective -> (French feminine singular, before the noun).
_ADJECTIVES: dict[str, tuple[str, bool]] = {
    "extended": ("élargie", False), "expanded": ("élargie", False),
    "enlarged": ("élargie", False), "broad": ("élargie", False),
    "restricted": ("restreinte", False), "close": ("restreinte", False),
    "narrow": ("restreinte", False), "closed": ("à huis clos", False),
    "private": ("privée", False), "next": ("prochaine", True),
    "upcoming": ("prochaine", True), "forthcoming": ("prochaine", True),
    "previous": ("précédente", True), "last": ("dernière", True),
    "final": ("dernière", True), "first": ("première", True), "second": ("deuxième", True),
    "third": ("troisième", True), "fourth": ("quatrième", True), "fifth": ("cinquième", True),
    "annual": ("annuelle", False), "regular": ("régulière", False),
    "joint": ("conjointe", False), "separate": ("séparée", False),
    "informal": ("informelle", False), "formal": ("officielle", False),
    "official": ("officielle", False), "bilateral": ("bilatérale", False),
    "trilateral": ("trilatérale", False), "multilateral": ("multilatérale", False),
    "brief": ("brève", True), "short": ("brève", True), "long": ("longue", True),
    "lengthy": ("longue", True), "special": ("spéciale", False),
    "extraordinary": ("extraordinaire", False), "emergency": ("d'urgence", False),
    "ministerial": ("ministérielle", False), "plenary": ("plénière", False),
    "one-on-one": ("en tête-à-tête", False), "face-to-face": ("en face à face", False),
    "online": ("en ligne", False), "recent": ("récente", False),
    "historic": ("historique", False), "important": ("importante", False),
    "productive": ("productive", False), "constructive": ("constructive", False),
    "useful": ("utile", False), "ceremonial": ("solennelle", False),
    "large": ("grande", True), "big": ("grande", True), "major": ("grande", True),
}
_ENGLISH = re.compile(r"(?:\b([\w-]+)\s+)?\bmeeting(s)?\b")
_NOT_ADJECTIVES = frozenset(("a", "an", "the", "this", "that", "these", "those", "our", "their",
                             "its", "his", "her", "my", "your", "of", "at", "in", "on", "for",
                             "to", "and", "with", "by", "from", "during", "after", "before",
                             "was", "were", "is", "are", "held", "hold", "such", "every",
                             "each", "any", "no", "which", "what", "whose", "working"))
# "Ça": eng-cat's demonstrative *this* before an adjective it read as a noun ("Ça triangle
# connaître", *This trilateral meeting*), written "cette" with the noun.
_DET = (r"(?:[Çç]a|[Uu]ne?|[Ll]es?|[Ll]a|[Ll]['’]|[Dd]es|[Dd]u|[Aa]ux?|[Cc]e|[Cc]et|[Cc]ette|"
        r"[Cc]es|[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ss]on|[Ss]a|[Ss]es|[Mm]on|[Mm]a|[Mm]es|[Ll]eurs?)")
# Apertium's meetings: "un étendu connaître", "le proche connaître", "un écrit se trouver";
# "la rencontre répandue", "les rencontres proches", "sa rencontre privée".
_FRENCH = re.compile(
    rf"(?<![\w’'-])(?:(?P<det>{_DET})(?:(?<=['’])| )(?P<mid>(?:[\w’'-]+ ){{0,2}}?)"
    r"(?:se #?trouver|connaître)(?![\w’'-])"
    rf"|(?P<det2>{_DET})(?:(?<=['’])| )(?:(?P<pre>[\w-]+) )?(?P<noun>(?:rencontre|réunion)s?)"
    r"(?: (?P<post>[\w-]+))?(?![\w’'-]))")


# French adjectives that come before "réunion" ("la première réunion").
_FIRST = frozenset(("premier", "première", "dernier", "dernière", "prochain", "prochaine",
                    "nouveau", "nouvelle", "grand", "grande", "bref", "brève", "long",
                    "longue", "seul", "seule"))
# Words before an English "meeting" that make it a verb or a gerund ("are meeting", "for
# meeting"): not a meeting to pair with the French.
_VERB_BEFORE = frozenset(("are", "is", "was", "were", "be", "been", "am", "for", "from",
                          "after", "before", "by", "when", "while", "on", "upon", "about",
                          "without", "us", "them", "him", "you", "me", "and", "or", "of",
                          "keep", "kept", "enjoy", "enjoyed", "start", "started", "began"))


def _plural(adjective: str) -> str:
    if adjective.startswith(("en ", "à ", "d'")):
        return adjective
    return masculine_plural(adjective)


def _adjective_word(word: str | None) -> bool:
    """An adjective or participle by Apertium's French analyser (a "réunion" of it)."""
    if not word:
        return False
    return any(r.pos in ("adj", "pp") for r in readings([word]).get(word, ()))


def _written(det: str, head: str, plural: bool) -> str:
    """ "un" + "réunion élargie" -> "une réunion élargie", "l'" -> "la", "le" -> "les"."""
    new = determiner(det, "f", "pl" if plural else "sg", head) or det
    return f"{new}{'' if new.endswith(chr(39)) else ' '}{head}"


def _meeting(m: re.Match[str], english: tuple[str | None, str | None, bool]) -> str:
    """The French meeting ``m`` written for the source's (adjective, name, plural)."""
    adjective, name, plural = english
    noun = "réunions" if plural else "réunion"
    if m.group("det"):  # the verb family: the words between are the English modifier's
        det, mid = m.group("det"), m.group("mid").strip()
        if det in ("Ça", "ça"):
            det = "Ce" if det == "Ça" else "ce"
        if re.search(r"\d", mid):  # "le 14 février connaître" -> "la réunion du 14 février"
            of = f"du {mid}" if mid[:1].isdigit() else f"de {mid}"
            return _written(det, f"{noun} {of}", plural)
        if name is not None and name.lower() in mid.lower():
            of = f"de {name}" if name[:1].lower() not in "aeiouyh" else f"d'{name}"
            return _written(det, f"{noun} {of}", plural)
        if not adjective:
            if not mid:  # "son se trouver avec" -> "sa rencontre avec"; not "pour le
                if det.lower() in ("le", "la", "les", "l'", "l’", "leur"):  # connaître"
                    return m.group(0)
                return _written(det, "rencontres" if plural else "rencontre", plural)
            if " " in mid or not _adjective_word(mid):
                return m.group(0)
            # "mon seizième se trouver" -> "ma seizième réunion"; "une réunion bilatérale"
            first = mid.endswith("ième") or mid in _FIRST
            return agree(_written(det, f"{mid} {noun}" if first else f"{noun} {mid}", plural))
        french, before = _ADJECTIVES[adjective]
        tail = ""
    else:
        if not adjective:
            return m.group(0)
        det, french, before = m.group("det2"), *_ADJECTIVES[adjective]
        pre, post = m.group("pre"), m.group("post")
        word = post if _adjective_word(post) else pre
        if not _adjective_word(word) or (word or "").lower() in (french, _plural(french)):
            return m.group(0)  # no adjective, or already the right one
        tail = f" {post}" if post and word != post else ""
    french = _plural(french) if plural else french
    return _written(det, f"{french} {noun}" if before else f"{noun} {french}", plural) + tail


def meeting(source: str, french: str) -> str:
    """ "un étendu connaître" -> "une réunion élargie", "la rencontre proche" -> "la
    prochaine réunion" where the source says "an extended meeting", "the next meeting"."""
    if "meeting" not in source:
        return french
    english: list[tuple[str | None, str | None, bool]] = []
    for m in _ENGLISH.finditer(source):
        word = m.group(1)
        low = (word or "").lower()
        if low in _VERB_BEFORE or (word is None and source[m.end():].startswith(" with")):
            continue  # a verb ("are meeting"), a caption's "Meeting with" (formulas.py's)
        name = word if word and word[:1].isupper() and m.start(1) > 0 and \
            low not in _NOT_ADJECTIVES else None
        # "" for a modifier no table has (its French is kept), None for none at all.
        modifier = low if low in _ADJECTIVES else "" if word and name is None and \
            low not in _NOT_ADJECTIVES else None
        english.append((modifier, name, bool(m.group(2))))
    found = list(_FRENCH.finditer(french))
    if not english or not found:
        return french
    if len(found) != len(english):
        # No pairing: only the verb family, a meeting for sure, with the French words kept.
        found = [m for m in found if m.group("det")]
        english = [("", None, False)] * len(found)
    out, last = [], 0
    for m, eng in zip(found, english, strict=True):
        out.append(french[last:m.start()] + _meeting(m, eng))
        last = m.end()
    return "".join(out) + french[last:]


_EXTENDED = re.compile(r"\b(?:extended|expanded|enlarged|broad)(?:-| )format\b", re.IGNORECASE)
_FORMAT = re.compile(r"(?<![\w-])format (?:étendu|répandu|ample|expansé|agrandi)e?s?(?![\w’'-])")


def extended_format(source: str, french: str) -> str:
    """ "dans un format étendu" -> "dans un format élargi" for the source's "extended
    format" (the talks' *expanded format*, French "format élargi")."""
    if "format " not in french or not _EXTENDED.search(source):
        return french
    return _FORMAT.sub("format élargi", french)
