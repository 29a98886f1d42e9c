"""Adjectives whose French depends on the noun they qualify (run with ``sourced.source_rules``,
after ``context_senses``). The engine gives an English adjective one French word; French
chooses by the head noun (Robert & Collins, Larousse):

- *close* ties, relations, contacts, cooperation, coordination: "proche" (near) -> "étroit"
  ("des liens étroits", "une coordination étroite"; Robert & Collins, *close*: "étroit" of a
  relation, a collaboration, a contact); "proche de", a near place or day, stay;
- *current* issues, topics: "questions actuelles" -> "questions d'actualité" (Robert &
  Collins, *current*: "les questions d'actualité"), past the noun's other adjectives ("des
  actuelles questions bilatérales" -> "des questions bilatérales d'actualité");
- *external* relations, influence, policy, trade, debt, threats: "externe" -> "extérieur"
  (Robert & Collins, *external*: "extérieur" in politics and trade: "les affaires
  extérieures", "la dette extérieure"); an external audit or expert stays "externe";
- *further* development, implementation, strengthening (a process carried on): "le
  développement ultérieur de" (*later*, TLFi) -> "la poursuite du développement de".

Each keys on the English pair (the adjective before a noun of the class) and changes the
French adjective next to that class's noun; the adjective agrees with the head noun, from
the tables' genders.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import readings

__all__ = ["adjective_heads"]

# A head noun's start: after a space or an elided article ("l'attention", "d'interaction").
_H = r"(?<![\w-])"

# Words that end a noun phrase's adjectives: a determiner, a preposition, a conjunction.
_NOT_ADJECTIVE = frozenset((
    "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "et", "ou", "à", "en", "dans",
    "sur", "avec", "pour", "par", "entre", "sans", "sous", "vers", "chez", "que", "qui", "dont",
    "ce", "cet", "cette", "ces"))

# French nouns -> (feminine, plural): the genders of the heads the tables below name.
_GENDERS = {
    "liens": (False, True), "relations": (True, True), "rapports": (False, True),
    "contact": (False, False), "contacts": (False, True), "coordination": (True, False),
    "coopération": (True, False), "interaction": (True, False), "partenariat": (False, False),
    "collaboration": (True, False), "dialogue": (False, False), "amitié": (True, False),
    "influence": (True, False), "pression": (True, False), "politique": (True, False),
    "dette": (True, False), "commerce": (False, False), "menace": (True, False),
    "menaces": (True, True), "ingérence": (True, False), "affaires": (True, True),
    "facteurs": (False, True), "forces": (True, True), "marchés": (False, True),
    "défis": (False, True), "environnement": (False, False), "conditions": (True, True),
    "risques": (False, True), "sécurité": (True, False), "partenaires": (False, True),
    "chocs": (False, True), "financement": (False, False), "frontières": (True, True),
    "développement": (False, False), "mise en œuvre": (True, False),
    "promotion": (True, False), "renforcement": (False, False), "expansion": (True, False),
    "élargissement": (False, False), "approfondissement": (False, False),
    "extension": (True, False), "amélioration": (True, False), "intégration": (True, False),
    "consolidation": (True, False), "diversification": (True, False),
    "modernisation": (True, False), "croissance": (True, False),
    "attention": (True, False), "accent": (False, False), "importance": (True, False),
    "signification": (True, False), "place": (True, False), "rôle": (False, False),
    "intérêt": (False, False), "soin": (False, False), "valeur": (True, False),
}


def _agreed(stem: str, noun: str, feminine_stem: str = "") -> str:
    """ "étroit" for "contact" -> "étroit", for "relations" -> "étroites"; "particulier"
    (feminine "particulière") for "place" -> "particulière"."""
    feminine, plural = _GENDERS[noun]
    word = (feminine_stem or stem + "e") if feminine else stem
    return word + ("s" if plural else "")


def _adjectives_between(words: str) -> bool:
    """ "économiques" or "régionales et internationales": no determiner nor preposition."""
    parts = words.split()
    return all(w not in _NOT_ADJECTIVE or (w == "et" and 0 < i < len(parts) - 1)
               for i, w in enumerate(parts))


# --- close ----------------------------------------------------------------------------------
_CLOSE_EN = re.compile(r"\bclose(?:,\s*|\s+and\s+|\s+)(?:[\w-]+(?:,\s*|\s+and\s+|\s+)){0,3}?"
                       r"(?:ties|relations|relationships?|contacts?|coordination|cooperation|"
                       r"interaction|partnership|links|collaboration|dialogue|friendship)\b",
                       re.IGNORECASE)
_CLOSE_HEADS = ("liens", "relations", "rapports", "contacts", "contact", "coordination",
                "coopération", "interaction", "partenariat", "collaboration", "dialogue",
                "amitié")
# The head, up to two adjectives or one "de" + noun ("relations de travail"), then "proche";
# "proche de" is *close to* where the English says it.
_PROCHE = re.compile(_H + r"(?P<head>" + "|".join(_CLOSE_HEADS) + r")(?P<mid>(?: de " + _W
                     + r")?(?: " + _W + r"){0,2}?) proches?" + _E)
_PROCHE_DE = re.compile(r" (?:de|du|des|d['’]|à)" + _E)
_CLOSE_TO_EN = re.compile(r"close\s+to", re.IGNORECASE)


def close(source: str, french: str) -> str:
    """ "maintenons du contact proche" -> "du contact étroit", "des liens économiques
    proches" -> "des liens économiques étroits", "des relations de travail proche" -> "des
    relations de travail étroites" (*close* ties, contacts, relations)."""
    if "proche" not in french or not _CLOSE_EN.search(source):
        return french

    close_to = bool(_CLOSE_TO_EN.search(source))

    def narrow(m: re.Match[str]) -> str:
        mid = m.group("mid")
        if close_to and _PROCHE_DE.match(french, m.end()):
            return m.group(0)
        if not _adjectives_between(mid.replace(" de ", " ", 1) if mid.startswith(" de ")
                                   else mid):
            return m.group(0)
        return f"{m.group('head')}{mid} {_agreed('étroit', m.group('head'))}"

    return _PROCHE.sub(narrow, french)


# --- current issues -------------------------------------------------------------------------
_CURRENT_EN = re.compile(r"\bcurrent\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:issues|topics|"
                         r"matters|questions)\b", re.IGNORECASE)
_AFTER = re.compile(_H + r"(?P<head>questions|sujets)(?P<mid>(?: " + _W + r"){0,3}?) "
                    r"actuel(?:le)?s?" + _E)
_BEFORE = re.compile(_B + r"actuel(?:le)?s? (?P<head>questions|sujets)(?P<adj>(?: " + _W
                     + r"(?: et " + _W + r")?)?)" + _E)


def current_issues(source: str, french: str) -> str:
    """ "ont parlé des questions actuelles dans l'ordre du jour" -> "des questions
    d'actualité", "des questions régionales et internationales actuelles" -> "régionales et
    internationales d'actualité", "des actuelles questions bilatérales" -> "des questions
    bilatérales d'actualité" (*current issues*)."""
    if "actuel" not in french or not _CURRENT_EN.search(source):
        return french

    def after(m: re.Match[str]) -> str:
        if not _adjectives_between(m.group("mid")):
            return m.group(0)
        return f"{m.group('head')}{m.group('mid')} d'actualité"

    french = _AFTER.sub(after, french)
    found = list(_BEFORE.finditer(french))
    if not found:
        return french
    words = {w for m in found for w in m.group("adj").split() if w != "et"}
    reads = readings(sorted(words)) if words else {}
    for m in reversed(found):
        adjs = m.group("adj")
        # only adjectives move with the noun ("actuelles questions bilatérales")
        if adjs and not all(any(r.pos == "adj" for r in reads.get(w, ()))
                            for w in adjs.split() if w != "et"):
            adjs = ""
        french = (f"{french[:m.start()]}{m.group('head')}{adjs} d'actualité"
                  f"{french[m.start('adj') + len(adjs):]}")
    return french


# --- external -------------------------------------------------------------------------------
_EXTERNAL_EN = re.compile(r"\bexternal\b(?!\s+(?:audit\w*|experts?|examin\w+|review\w*|"
                          r"evaluat\w+|consultants?|hard\s+drives?|memory|walls?)\b)",
                          re.IGNORECASE)
_EXTERNAL_HEADS = ("relations", "liens", "contacts", "influence", "pression", "politique",
                   "dette", "commerce", "menaces", "menace", "ingérence", "affaires",
                   "facteurs", "forces", "marchés", "défis", "environnement", "conditions",
                   "risques", "sécurité", "partenaires", "chocs", "financement", "frontières")
_EXTERNE = re.compile(_H + r"(?P<head>" + "|".join(_EXTERNAL_HEADS) + r")(?P<mid>(?: "
                      + _W + r"){0,2}?) externes?" + _E)


def external(source: str, french: str) -> str:
    """ "étendre les relations externes de l'Union" -> "les relations extérieures",
    "avec influence externe sérieuse" -> "influence extérieure sérieuse" (*external*)."""
    if "extern" not in french or not _EXTERNAL_EN.search(source):
        return french

    def outer(m: re.Match[str]) -> str:
        if not _adjectives_between(m.group("mid")):
            return m.group(0)
        return f"{m.group('head')}{m.group('mid')} {_agreed('extérieur', m.group('head'))}"

    return _EXTERNE.sub(outer, french)


# --- special -------------------------------------------------------------------------------
_SPECIAL_EN = re.compile(r"\bspecial\s+(?:attention|focus|emphasis|importance|significance|"
                         r"place|role|interest|care|value)\b", re.IGNORECASE)
_SPECIAL_HEADS = ("attention", "accent", "importance", "signification", "place", "rôle",
                  "intérêt", "soin", "valeur")
_SPECIAL = re.compile(_H + r"(?P<head>" + "|".join(_SPECIAL_HEADS) + r") spécia(?:l|le|ux|les)"
                      + _E)


def special(source: str, french: str) -> str:
    """ "requièrent notre attention spéciale" -> "notre attention particulière", "a une
    place spéciale dans" -> "une place particulière", "de l'accent spécial" -> "de l'accent
    particulier" (*special* attention, place, emphasis)."""
    if "spécia" not in french or not _SPECIAL_EN.search(source):
        return french
    return _SPECIAL.sub(lambda m: f"{m.group('head')} "
                        f"{_agreed('particulier', m.group('head'), 'particulière')}",
                        french, count=len(_SPECIAL_EN.findall(source)))


# --- kind -----------------------------------------------------------------------------------
_KIND_EN = re.compile(r"\bkind\s+(?:invitation|words|wishes|hospitality|welcome|letter|"
                      r"greetings|remarks)\b", re.IGNORECASE)
# noun -> it with "aimable": before the nouns the set phrases put it before ("votre aimable
# invitation"), after the others ("vos mots aimables").
_KIND = {"invitation": "aimable invitation", "mots": "mots aimables",
         "paroles": "paroles aimables", "vœux": "vœux aimables", "souhaits": "souhaits aimables",
         "hospitalité": "aimable hospitalité", "accueil": "accueil aimable",
         "lettre": "aimable lettre", "salutations": "salutations aimables",
         "remarques": "remarques aimables"}
_GENTIL = re.compile(_H + r"(?P<head>" + "|".join(_KIND) + r") gentil(?:le)?s?" + _E)


def kind(source: str, french: str) -> str:
    """ "merci pour votre invitation gentille" -> "pour votre aimable invitation", "Les mots
    gentils que vous avez dits" -> "Les mots aimables" (*kind* invitation, words)."""
    if "gentil" not in french or not _KIND_EN.search(source):
        return french
    return _GENTIL.sub(lambda m: _KIND[m.group("head")], french)


# --- further + a process --------------------------------------------------------------------
_FURTHER_EN = re.compile(r"\bfurther\s+(?:development|implementation|promotion|strengthening|"
                         r"expansion|enlargement|deepening|extension|improvement|integration|"
                         r"consolidation|diversification|modernisation|modernization|build-up|"
                         r"growth)\b", re.IGNORECASE)
_PROCESSES = ("développement", "mise en œuvre", "promotion", "renforcement", "expansion",
              "élargissement", "approfondissement", "extension", "amélioration", "intégration",
              "consolidation", "diversification", "modernisation", "croissance")
_ULTERIEUR = re.compile(_B + r"(?P<det>(?i:le|la|l['’]|du|de la|de l['’]|au|à la|à l['’]))"
                        r"(?:(?<=['’])| )(?P<noun>" + "|".join(_PROCESSES) + r") ultérieure?"
                        r"(?= (?:de|du|des|d['’]))")
_POURSUITE = {"le": "la poursuite", "la": "la poursuite", "l": "la poursuite",
              "du": "de la poursuite", "de la": "de la poursuite", "de l": "de la poursuite",
              "au": "à la poursuite", "à la": "à la poursuite", "à l": "à la poursuite"}


def further(source: str, french: str) -> str:
    """ "Nous sommes attachés au développement ultérieur de dialogue" -> "à la poursuite du
    développement de dialogue", "La mise en œuvre ultérieure de plans" -> "La poursuite de
    la mise en œuvre de plans" (*further* before a process noun: it goes on)."""
    if "ultérieur" not in french:
        return french
    count = len(_FURTHER_EN.findall(source))
    if not count:
        return french

    def carried_on(m: re.Match[str]) -> str:
        det = m.group("det").rstrip("'’")
        noun = m.group("noun")
        of = "de l'" if noun[0] in "aeéiou" else "de la " if _GENDERS[noun][0] else "du "
        return cased_like(_POURSUITE[det.lower()], det) + " " + of + noun

    return _ULTERIEUR.sub(carried_on, french, count=count)


# --- certain + a noun ------------------------------------------------------------------------
# *certain* before a noun (not *certain that/of/to*, nor the set phrases the engine knows)
_CERTAIN_EN = re.compile(r"\bcertain\s+(?!(?:that|of|to|about|whether|extent|degree|amount|"
                         r"and|or|if|how|what|when)\b)[a-z]", re.IGNORECASE)
# other English the pivot writes "sûr" (then which "sûr" is *certain* is not known)
_SURE_EN = re.compile(r"\b(?:safe|safer|safest|safely|sure|surely|secure|securely|reliable|"
                      r"reliably|trustworthy)\b", re.IGNORECASE)
# the noun, then the pivot's "sûr" after it (not "sûr que"), agreed or not yet
_SUR = re.compile(r"(?P<det>(?<![\w’'-])(?:un|une|des|de|d['’]|les|aux|à|sur|dans|qu['’]|que|a|"
                  r"pour|avec|par|entre)(?:(?<=['’])| ))?(?P<noun>" + _W + r") sûre?s?"
                  r"(?! (?:que|qu['’])" + _E + ")" + _E)
# the article before "certains" (plural: none; after "qu'" the elision goes)
_CERTAIN_DET = {"des": "", "les": "", "d'": "de ", "d’": "de ", "qu'": "que ", "qu’": "que "}
# a copula before "sûr" is *be sure* ("nous sommes sûrs", "il reste sûr")
_COPULAS = frozenset(("être", "sembler", "paraître", "rester", "devenir", "demeurer"))


def certain(source: str, french: str) -> str:
    """ "ainsi qu'aspects sûrs de relations" -> "ainsi que certains aspects de relations",
    "produisent un effet sûr" -> "un certain effet", "de domaines sûrs" -> "de certains
    domaines" (*certain* before a noun; its gender and number the noun's)."""
    if "sûr" not in french or _SURE_EN.search(source):
        return french
    count = len(_CERTAIN_EN.findall(source))
    if not count:
        return french
    found = list(_SUR.finditer(french))
    reads = readings(sorted({m.group("noun") for m in found}))
    nouns_of = {m: [r for r in reads.get(m.group("noun"), ()) if r.pos == "n"] for m in found}
    # "je suis sûr", "nous sommes sûrs": a copula before, no noun
    found = [m for m in found if nouns_of[m] and not any(
        r.lemma in _COPULAS for r in reads.get(m.group("noun"), ()))]
    for m in reversed(found[:count]):
        nouns = nouns_of[m]
        plural = any(r.number == "pl" for r in nouns)
        feminine = all(r.gender == "f" for r in nouns)
        det = m.group("det") or ""
        det = _CERTAIN_DET.get(det.strip(), det) if plural else det
        word = "certain" + ("e" if feminine else "") + ("s" if plural else "")
        french = f"{french[:m.start()]}{det}{word} {m.group('noun')}{french[m.end():]}"
    return french


def adjective_heads(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (close, current_issues, external, special, kind, certain, further):
        french = rule(source, french)
    return french
