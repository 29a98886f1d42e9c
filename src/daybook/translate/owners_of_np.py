"""The definite article of a plural owner after a noun of property, state or role.

English says "the nature of conflicts", "the rights of citizens", "the memory of fallen
heroes", "the return of refugees" with the owner a bare plural; Catalan and the pivot's
French keep it bare ("le caractère de conflits", "la mémoire de héros tombés", "le retour de
réfugiés"), where French determines the noun that owns the quality, state or role and takes
a class as a whole with the definite article ("le caractère des conflits", "les droits des
citoyens", "la mémoire des héros tombés", "le retour des réfugiés": Grevisse, *Le Bon Usage*
§ 587, the article of a noun taken in its whole extent; "de" + a bare noun only
characterises, "un marché de légumes", "une lettre de condoléances").

Only after the nouns of ``_HEADS``, whose complement is their owner, agent or subject (a
property, a state, a role, a change undergone), with a definite determiner before them (le,
la, l', les, du, au, aux, a possessive, a demonstrative; at most one adjective between the
head and "de", or "en commun": "le caractère constructif de discussions"); never after a
noun of quantity, of a set or of making ("le nombre de touristes", "une série de
rencontres", "la création de matériaux", "les chefs d'État"), nor before a word the analyser
does not read as a plural noun, an adjective French puts before its noun ("de nouveaux
projets"), a figure's noun ("de millions de personnes"), a capitalised word, or inside a
short title in « » (a quoted speech is said in French). Only as many as the English sentence
has *of* + a bare plural. A second owner after "et de" (or "et" alone, where the English
says *of X and Y*) takes its article too ("la protection physique des matières et des
installations nucléaires").
"""

from __future__ import annotations

import re

from daybook.translate.gender import Reading, readings

# Nouns whose "of" complement owns them or undergoes them: properties, states, roles and
# changes of a class (Robert's examples take the article: "le caractère des relations", "les
# droits des citoyens", "la hausse des prix", "le rôle des femmes").
_HEADS = frozenset((
    "caractère", "nature", "rôle", "sécurité", "santé", "vie", "vies", "situation",
    "condition", "valeur", "valeurs", "mémoire", "pensions", "salaires", "revenus", "droits",
    "intérêts", "besoins", "efforts", "travail", "activité", "activités", "aspiration",
    "aspirations", "attention", "reconnaissance", "opinion", "opinions", "avis", "position",
    "positions", "participation", "contribution", "familles", "adaptation", "intégration",
    "retour", "réhabilitation", "continuité", "centenaire", "anniversaire", "causes",
    "fluctuations", "augmentation", "croissance", "hausse", "baisse", "contexte", "sphère",
    "domaine", "normes", "potentiel", "avenir", "destin", "sort", "bien-être", "qualité",
    "niveau", "volonté", "souveraineté", "unité", "solidarité", "résultats", "attentes",
    "préoccupations", "coordination", "poursuite", "gestion", "protection", "approbation",
    "mobilité", "compétitivité", "efficacité", "traditions", "expérience", "histoire",
    "héroïsme", "héroïcité", "courage", "vaillance", "exploits", "réalisations", "succès",
    "proximité", "nuances", "dignité", "identité", "libertés", "mérites", "souffrances",
))
# Nouns of quantity are never the owner a head is said of ("la vie de millions de gens").
_QUANTITIES = frozenset((
    "millions", "milliers", "milliards", "centaines", "dizaines", "douzaines", "tonnes",
    "dollars", "roubles", "euros", "kilomètres", "mètres", "heures", "jours", "mois", "ans",
    "années", "fois", "gens",
))
# Adjectives and quantifiers French puts before the noun: "de" there is the plural
# indefinite article's ("de nouveaux projets", "d'autres pays").
BEFORE_NOUN = frozenset((
    "nouveaux", "nouvelles", "grands", "grandes", "petits", "petites", "nombreux",
    "nombreuses", "différents", "différentes", "divers", "diverses", "autres", "tels",
    "telles", "plusieurs", "certains", "certaines", "jeunes", "vieux", "vieilles", "bons",
    "bonnes", "meilleurs", "meilleures", "premiers", "premières", "derniers", "dernières",
    "principaux", "principales", "hauts", "hautes", "mauvais", "mauvaises", "beaux", "belles",
    "véritables", "vrais", "vraies", "simples", "seuls", "seules", "anciens", "anciennes",
    "futurs", "futures", "prochains", "prochaines", "gros", "grosses", "longs", "longues",
))
_DETERMINED = (r"(?:le|la|les|du|au|aux|son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|"
               r"mes|ce|cet|cette|ces) |l['’]")
_WORD = r"[a-zàâçéèêëîïôûùüÿœæ]+(?:-[a-zàâçéèêëîïôûùüÿœæ]+)*"
_HEADED = re.compile(
    rf"(?<![\w’'-])(?i:{_DETERMINED})(?:{_WORD} )?(?P<head>{'|'.join(sorted(_HEADS))})"
    rf"(?: (?P<adj>{_WORD})| en commun)? "
    rf"(?P<de>de |d['’])(?P<noun>{_WORD})(?![\w’'-])")
_AND_DE = re.compile(rf" et (?P<de>de |d['’]|)(?P<noun>{_WORD})(?![\w’'-])")
# *of X and Y*: the pivot leaves Y bare, which shares the owner's article
_OF_AND = re.compile(r"\bof (?:[\w-]+ ){0,2}[a-z-]+ and [a-z]")
# *of* + a bare plural in the English: no determiner, figure or pronoun after it.
# English words that open a determined phrase: what follows *of* is then not bare.
NOT_BARE = ("the|a|an|this|that|these|those|its|our|their|his|her|your|my|all|both|many|"
             "some|such|several|various|other|which|what|whom|us|them|it|any|each|every|"
             "most|more|few|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|"
             "thousands|millions|billions|dozens|tens")
_OF_BARE = re.compile(rf"\bof (?!(?:{NOT_BARE})\b)(?:[A-Za-z-]+ ){{0,3}}[a-z-]+s\b")


_TITLE_WORDS = 8  # a title in « » is short; a longer quotation is speech, said in French


def _in_title(text: str, at: int) -> bool:
    """Inside a short span in « » (a title kept as written), not a quoted speech."""
    opened = text.rfind("«", 0, at)
    if opened < 0 or text.rfind("»", 0, at) > opened:
        return False
    closed = text.find("»", at)
    return closed > 0 and len(text[opened:closed].split()) <= _TITLE_WORDS


def _plural_noun(word: str, reads: tuple[Reading, ...]) -> bool:
    """A plural noun ("conflits", "entreprises", "héros", "prix"; not an adjective French
    puts before its noun, "de nouveaux projets", nor "gaz")."""
    return word not in BEFORE_NOUN and any(
        r.pos == "n" and (r.number == "pl" or (r.number == "sp" and word[-1] in "sx"))
        for r in reads)


def _adjective(reads: tuple[Reading, ...]) -> bool:
    return any(r.pos in ("adj", "pp") for r in reads)


def owner_articles(source: str, french: str) -> str:
    """ "le caractère de conflits" -> "le caractère des conflits", "la mémoire de héros
    tombés" -> "la mémoire des héros tombés", "le travail d'entreprises" -> "le travail des
    entreprises", where the English has as many *of* + a bare plural."""
    if " de " not in french and " d'" not in french and " d’" not in french:
        return french
    found = [m for m in _HEADED.finditer(french)
             if m.group("noun") not in _QUANTITIES
             and not _in_title(french, m.start())]
    if not found:
        return french
    allowed = len(_OF_BARE.findall(source))
    if not allowed:
        return french
    words = {m.group("noun") for m in found} | {m.group("adj") for m in found if m.group("adj")}
    more = [_AND_DE.match(french, m.end()) for m in found]
    words |= {a.group("noun") for a in more if a}
    reads = readings(sorted(words))
    edits: list[tuple[int, int, str]] = []
    for m, after in zip(found, more, strict=True):
        if m.group("adj") and not _adjective(reads.get(m.group("adj"), ())):
            continue
        if not _plural_noun(m.group("noun"), reads.get(m.group("noun"), ())):
            continue
        edits.append((m.start("de"), m.start("noun"), "des "))
        if after and (after.group("de") or _OF_AND.search(source)) \
                and after.group("noun") not in _QUANTITIES \
                and _plural_noun(after.group("noun"), reads.get(after.group("noun"), ())):
            edits.append((after.start("de"), after.start("noun"), "des "))
    owners = sum(1 for s, _, _ in edits if french[s - 3:s] != "et ")
    if not edits or owners > allowed:
        return french
    for start, end, said in reversed(edits):
        french = french[:start] + said + french[end:]
    return french
