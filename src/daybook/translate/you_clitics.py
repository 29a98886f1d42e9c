"""*you* in speech where the pivot leaves a French form the English does not have.

- *to you* after a verb of giving or saying: the pivot writes the stressed "à vous" after the
  verb ("nous le présenterons à vous", "de présenter à vous le héros", "je le donnerai à
  vous"); French puts the unstressed "vous" before the verb, before "le", "la", "les"
  (Grevisse, *Le Bon Usage*, § 680: "je vous le donnerai", "de vous présenter"). Only
  verbs whose object of the person is a clitic (donner, dire, présenter, remettre,
  envoyer, parler...; not "penser à vous"), an infinitive or a simple tense (not a
  participle after its auxiliary), and not before "tous", "deux", "-même(s)".
- *right now* of the present moment "en ce moment", not "tout de suite" (Robert & Collins,
  *right now*: "en ce moment", "tout de suite" for *immediately*); "tout de suite" stays
  where a modal, an imperative or *please* asks for something (*should be done right now*,
  *you can ask right now*).
- *what* the pivot says "le que" (Catalan "el que"): "ce que" ("écouter ce que vous avez à
  dire"), "du que" "de ce que", "au que" "à ce que".
- *know about*, which the pivot says "savoir sur": "vous le savez probablement" for *you
  probably know about this* (was "vous savez probablement sur cela"), "connaître" before a
  noun phrase ("Vous connaissez les décisions", was "Vous savez sur les décisions"; Robert &
  Collins, *know about*).

Each only where the English has the words, and no more often than it has them.
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR, ETRE_PRESENT
from daybook.translate.french import cased_like
from daybook.translate.gender import generate, readings

# Verbs whose person object French writes as a clitic before them (Grevisse § 680).
_DATIVE_VERBS = frozenset((
    "donner", "dire", "présenter", "remettre", "envoyer", "transmettre", "montrer",
    "expliquer", "proposer", "soumettre", "rendre", "offrir", "écrire", "annoncer",
    "raconter", "apporter", "fournir", "communiquer", "confier", "livrer", "accorder",
    "souhaiter", "parler", "demander", "rapporter", "décrire", "poser", "adresser",
    "garantir", "assurer", "promettre", "laisser", "faire"))
_TO_YOU_EN = re.compile(r"\bto you\b(?! (?:all|both|two|personally)\b)", re.IGNORECASE)
_TO_YOU_FR = re.compile(r"(?<![\w’'-])(?:(?P<obj>le |la |les |l['’]))?(?P<verb>[\w’'-]+) "
                        r"à vous(?![\w’'-]| (?:tous|toutes|deux)\b|-même)")
_FORMS_OK = ("inf", "pri", "fti", "cni", "pii", "prs", "ifi")
_AUXILIARIES = AVOIR | ETRE_PRESENT | {"été", "avoir", "être"}


def _dative_verb(word: str) -> bool:
    """Whether ``word`` is an infinitive or a simple tense of a verb of ``_DATIVE_VERBS``."""
    return any(r.lemma in _DATIVE_VERBS and r.tags[:1] == ("vblex",) and len(r.tags) > 1
               and r.tags[1] in _FORMS_OK for r in readings([word.lower()]).get(word.lower(), ()))


def to_you(source: str, french: str) -> str:
    """ "nous le présenterons à vous" -> "nous vous le présenterons", "de présenter à vous le
    héros" -> "de vous présenter le héros" where the English says *to you*."""
    left = len(_TO_YOU_EN.findall(source))
    if not left or "à vous" not in french:
        return french
    out, at = french, 0
    while left:
        m = _TO_YOU_FR.search(out, at)
        if m is None:
            break
        at = m.end()
        before = out[:m.start()].rstrip().rsplit(" ", 1)[-1].lower()
        if not _dative_verb(m.group("verb")) or before in _AUXILIARIES:
            continue  # a participle after its auxiliary: "leur ont dit à vous"
        said = f"vous {m.group('obj') or ''}{m.group('verb')}"
        out = out[:m.start()] + said + out[m.end():]
        at = m.start() + len(said)
        left -= 1
    return out


_RIGHT_NOW_EN = re.compile(r"\bright now\b", re.IGNORECASE)
# What asks for something at once: a modal, *let*, *please*, an imperative's *do not*.
_AT_ONCE_EN = re.compile(r"\b(?:can|could|should|must|will|need to|have to|has to|let|let's|"
                         r"please|shall|would)\b|^\s*(?:do not|don['’]t)\b", re.IGNORECASE)
_TOUT_DE_SUITE = re.compile(r"(?<![\w’'-])([Tt])out de suite(?![\w’'-])")


def right_now(source: str, french: str) -> str:
    """ "Nous n'avons aucun problème tout de suite" -> "... en ce moment" for *We do not
    have any problems right now*; "tout de suite" kept where the English asks for something
    (*should be done right now*)."""
    count = len(_RIGHT_NOW_EN.findall(source))
    if not count or "de suite" not in french or _AT_ONCE_EN.search(source):
        return french
    return _TOUT_DE_SUITE.sub(lambda m: ("E" if m.group(1) == "T" else "e") + "n ce moment",
                              french, count=count)


_WHAT_EN = re.compile(r"\bwhat\b", re.IGNORECASE)
_LE_QUE = re.compile(r"(?<![\w’'-])(?P<art>[Ll]e|[Dd]u|[Aa]u) qu(?P<end>e |['’])")
_CE = {"le": "ce", "du": "de ce", "au": "à ce"}


def ce_que(source: str, french: str) -> str:
    """ "écouter le que vous devez dire" -> "écouter ce que vous devez dire" where the
    English has *what*."""
    count = len(_WHAT_EN.findall(source))
    if not count or " qu" not in french:
        return french

    def said(m: re.Match[str]) -> str:
        art = m.group("art")
        return cased_like(_CE[art.lower()], art) + " qu" + m.group("end")
    return _LE_QUE.sub(said, french, count=count)


_KNOW_ABOUT_EN = re.compile(r"\bknows? (?:\w+ly |all |already |well )?about\b", re.IGNORECASE)
_SAIT_SUR = re.compile(r"(?<![\w’'-])(?P<verb>sai[st]|savons|savez|savent) (?P<adv>(?:probablement|"
                       r"bien|déjà|tous|toutes|aussi|certainement) )?sur (?P<what>cela|ça|"
                       r"(?:les|le|la|l['’]|des|ces|ce|cette|cet|nos|vos|leurs|notre|votre|"
                       r"leur)(?= |\w))")


def know_about(source: str, french: str) -> str:
    """ "vous savez probablement sur cela" -> "vous le savez probablement", "Vous savez sur
    les décisions" -> "Vous connaissez les décisions" where the English says *know about*."""
    count = len(_KNOW_ABOUT_EN.findall(source))
    if not count or " sur " not in french:
        return french
    out, at = french, 0
    while count:
        m = _SAIT_SUR.search(out, at)
        if m is None:
            break
        verb, adv = m.group("verb"), m.group("adv") or ""
        if m.group("what") in ("cela", "ça"):
            said = f"le {verb} {adv}".rstrip()
            tail = out[m.end():]
        else:
            reads = [r for r in readings([verb]).get(verb, ()) if r.lemma == "savoir"
                     and r.tags[:2] == ("vblex", "pri") and len(r.tags) >= 4]
            if not reads:
                at = m.end()
                continue
            wanted = f"^connaître<vblex><pri><{reads[0].tags[2]}><{reads[0].tags[3]}>$"
            form = generate([wanted]).get(wanted)
            if not form:
                at = m.end()
                continue
            said = f"{form} {adv}{m.group('what')}"
            tail = out[m.end():]
        out = out[:m.start()] + said + tail
        at = m.start() + len(said)
        count -= 1
    return out


def you_words(source: str, french: str) -> str:
    """``to_you``, ``right_now``, ``ce_que`` and ``know_about``."""
    return know_about(source, ce_que(source, right_now(source, to_you(source, french))))
