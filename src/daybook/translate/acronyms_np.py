"""An organisation's acronym before its noun (*BRICS economic cooperation*) as its complement.

English puts an organisation's acronym before the noun it qualifies ("BRICS economic
cooperation", "the EAEU domestic market", "a UN resolution"); ``heads.head_first`` turns a
few heads first (*summit*, *member states*), and the engine keeps the English order for the
others, the acronym restored with its article: "remplir les BRICS coopération économique",
"de l'UEEA marché domestique", "l'ONU résolution". French says the noun first, the
organisation after "de" ("la coopération économique des BRICS", "du marché domestique de
l'UEEA"), the noun with the definite article of its gender and number.

The noun is a word the analyser reads as a noun and as no word of another kind that may
follow a subject (a preposition, a determiner, an adverb, a conjunction: "l'OTAN mais",
"l'ONU cette législation"), nor as a finite verb without a noun reading ("le MIFF
contribue"); up to two adjectives after it and a bare complement ("conseil d'affaires")
go with it. Only where the source has an acronym right before a lower-case word.

An acronym the engine does not know passes as a name, and the engine gives the noun after it
its own article ("LDPR les représentants", "Le RIOU le campus"): the noun with that article
first, the acronym after "de" with the article the engine gave it, if any ("les
représentants de LDPR", "Le campus du RIOU").
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER, contract
from daybook.translate.gender import Reading, determiner, readings

_ENGLISH = re.compile(r"\b[A-Z][A-Z0-9]{1,7} [a-z]")
_WORD = rf"{LOWER}+(?:-{LOWER}+)*"
_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:(?P<prep>(?i:de|à) )?"
    rf"(?P<art>[Ll]es |[Ll]a |[Ll]e |[Ll][’'])|(?P<cprep>(?i:du|des|au|aux) ))"
    rf"(?P<acr>[A-Z][A-Z0-9]{{1,7}}) (?P<noun>{_WORD})(?P<adjs>(?: {_WORD}){{0,2}})"
    rf"(?P<of> d[’']{_WORD}| de {_WORD})?(?P<ofadj> {_WORD})?(?![\w’'-])")
# A name's words before "de" + the acronym: "Conseil de sécurité de l'ONU résolution".
_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-ZÉ][\w’'-]*(?: (?:de|d’|d'|du|des) ?[\w’'-]+)? $")
_CONTRACTED = {"du": ("de", "le "), "des": ("de", "les "), "au": ("à", "le "),
               "aux": ("à", "les ")}
_NOT_NOUN = frozenset(("pr", "det", "prn", "adv", "cnjcoo", "cnjsub", "cnjadv", "rel"))


def _noun(got: tuple[Reading, ...]) -> tuple[str, str] | None:
    """The gender and number of a word read as a noun and as nothing that follows a
    subject, None otherwise."""
    nouns = [r for r in got if r.pos == "n"]
    if not nouns or any(r.pos in _NOT_NOUN for r in got):
        return None
    genders, numbers = {r.gender for r in nouns}, {r.number for r in nouns}
    if len(genders) != 1 or len(numbers) != 1 or numbers == {"sp"}:
        return None  # "pays": no telling the article's number
    return genders.pop(), numbers.pop()


def _adjective(got: tuple[Reading, ...]) -> bool:
    """An adjective after the noun ("militaire" is a noun too, "domestique" a verb's
    form)."""
    return any(r.pos == "adj" for r in got) and not any(
        r.pos in _NOT_NOUN or r.pos in ("vbser", "vbhaver", "vbmod") for r in got)  # "est"


_NAME_THEN_ARTICLE = re.compile(
    rf"(?<![\w’'-])(?:(?P<art0>[Ll]e |[Ll]a |[Ll]es |[Ll][’'])|(?P<cprep>(?i:du|des|au|aux) ))?"
    rf"(?P<acr>[A-Z][A-Z0-9]{{1,7}}) (?P<art>les |la |le |l[’'])(?P<noun>{_WORD})(?![\w’'-])")


_QUANTITY_DE = re.compile(r"(?<![\w’'-])(?:beaucoup|peu|trop|tant|assez) de $", re.IGNORECASE)


def acronym_articles(source: str, french: str) -> str:
    """ "LDPR les représentants" -> "les représentants de LDPR", "Le RIOU le campus" -> "Le
    campus du RIOU": an acronym the engine read as a name, then its noun with an article of
    its own. Only an acronym the source has right before a lower-case word."""
    if not _ENGLISH.search(source):
        return french
    found = [m for m in _NAME_THEN_ARTICLE.finditer(french)
             if re.search(rf"\b{m.group('acr')} [a-z]", source)]
    if not found:
        return french
    reads = readings(sorted({m.group("noun") for m in found}))
    for m in reversed(found):
        got = reads.get(m.group("noun"), ())
        if not any(r.pos == "n" for r in got) or any(r.pos in _NOT_NOUN for r in got):
            continue  # the engine's article is kept: any number ("le campus")
        art = m.group("art")
        if art == "les " and _QUANTITY_DE.search(french, 0, m.start()):
            art = ""  # "beaucoup de représentants de LDPR"
        # an adjective after the noun stays after the owner: it may be a predicate's
        # ("considérons les gares de LNG importantes")
        head = art + m.group("noun")
        lead = m.group("art0") or m.group("cprep") or ""
        owner_art = lead.lower()
        if lead.strip().lower() in _CONTRACTED:  # "du RIOU le campus": "du campus du RIOU"
            prep, owner_art = _CONTRACTED[lead.strip().lower()]
            head = contract(prep, head)
        said = f"{head} {contract('de', owner_art + m.group('acr'))}"
        if lead[:1].isupper() or (not lead and m.start() == 0):
            said = said[:1].upper() + said[1:]
        french = f"{french[:m.start()]}{said}{french[m.end():]}"
    return french


def acronym_heads(source: str, french: str) -> str:
    """ "les BRICS coopération économique" -> "la coopération économique des BRICS", "de
    l'UEEA marché domestique" -> "du marché domestique de l'UEEA"."""
    if not _ENGLISH.search(source):
        return french
    found = list(_BEFORE.finditer(french))
    if not found:
        return french
    reads = readings(sorted({w for m in found for w in (
        m.group("noun"), *m.group("adjs").split(), *(m.group("ofadj") or "").split())}))
    for m in reversed(found):
        noun = _noun(reads.get(m.group("noun"), ()))
        if noun is None:
            continue
        adjs = m.group("adjs").split()
        n = 0  # the adjectives that are the noun's; the words after them stay after
        while n < len(adjs) and _adjective(reads.get(adjs[n], ())):
            n += 1
        if ((m.group("prep") or m.group("cprep")) and _NAME_BEFORE.search(
                french, 0, m.start())) or (n == 0 and any(
                r.pos == "pp" for r in reads.get(m.group("noun"), ()))):
            continue  # "Conseil de sécurité de l'ONU résolution": the whole name is the
            # noun's; "les pays des BRICS connu": a participle ("marché domestique" is not)
        art = determiner("le", noun[0], noun[1], m.group("noun"))
        if art is None:
            continue
        prep = (m.group("prep") or m.group("cprep") or "").strip()
        prep_low = prep.lower()
        owner_art = m.group("art") or ""
        if prep_low in _CONTRACTED:  # "du RDIF": "de" + "le RDIF"
            prep_low, owner_art = _CONTRACTED[prep_low]
        of = m.group("of") if n == len(adjs) else None  # "conseil d'affaires"
        if of and m.group("ofadj") and _adjective(reads.get(m.group("ofadj").strip(), ())):
            of += m.group("ofadj")  # "projets d'économie numérique"
        phrase = " ".join([m.group("noun"), *adjs[:n]]) + (of or "")
        head = f"{art}{phrase}" if art.endswith(("'", "’")) else f"{art} {phrase}"
        owner = contract("de", f"{owner_art.lower()}{m.group('acr')}")
        said = f"{contract(prep_low, head) if prep_low else head} {owner}"
        if (prep or owner_art)[:1].isupper():
            said = said[:1].upper() + said[1:]
        rest = " ".join(adjs[n:])
        end = m.end("adjs") if of is None else m.start("of") + len(of)
        rest = f" {rest}" if rest else ""
        french = f"{french[:m.start()]}{said}{rest}{french[end:]}"
    return french
