"""The preposition a French noun, adjective or verb governs, where the pivot copied the English one.

Catalan "en" is both *in* and *on*, "per" both *for* and *by*, and ``cat-fra`` keeps the
English preposition after a word whose French construction takes another (the Robert &
Collins and the Petit Robert on each word; Grevisse § 287 on the complement of a noun):

- *interest in* "intérêt pour" ("la renaissance d'intérêt dans notre cinéma" -> "d'intérêt
  pour notre cinéma"; not "d'intérêt mutuel dans la région", *of interest in*, where *in*
  goes with the matters);
- a change in an amount, *increase/growth/rise/decline/reduction in* "l'augmentation de",
  "la croissance de" ("l'augmentation dans le nombre des touristes" -> "du nombre des
  touristes"; not before a place: "la croissance dans la région");
- *demand/need for* "la demande de", "le besoin de" ("la demande pour énergie" -> "d'énergie");
- *testify/bear witness to* "témoigner de" ("témoignera à la reconnaissance" -> "de la");
- *involved/engaged in* "impliqué/engagé dans" and the article a bare noun takes after it
  ("impliquées en coopération bilatérale" -> "dans la coopération bilatérale");
- *participation in* "la participation à" ("sa participation égale en science mondiale" ->
  "à la science mondiale"; "dans" + a determiner is ``nounframes``');
- *confidence/faith/trust in* "la confiance dans" ("la confiance à l'avenir" -> "dans
  l'avenir"); *associated with* "associé à"; *gratitude for* "la reconnaissance pour";
- *preparations for* an event "les préparatifs de" ("les préparations pour le sommet" -> "les
  préparatifs du sommet"; Robert & Collins, *preparation*: "préparatifs", plural);
- *care for* as a noun "le souci de" (Robert & Collins): "son soin pour l'éducation" -> "son
  souci de l'éducation", only after a determiner ("et soin pour nos vétérans" is the verb);
- *exports to* a place "les exportations vers" ("des exportations à des pays voisins");
- *contribution to* + -ing, the pivot's "contribution à" + an infinitive, "contribution pour"
  ("une autre contribution à répondre à la demande" -> "pour répondre");
- *worried/concerned about* "préoccupé par" ("préoccupés pour le ralentissement" -> "par le");
- *rich in* "riche en" and the noun bare ("riche dans des ressources" -> "riche en
  ressources"); *influence on* "l'influence sur" (was "dans"); *emphasis on* "l'accent sur"
  ("l'accent spécial en éducation" -> "sur l'éducation");
- *linked/tied with, to* "lié à" where the pivot wrote "raccordé avec" (Robert & Collins,
  *linked*: "est raccordée avec le développement" -> "est liée au développement");
- *favourable to/for* "favorable à" ("des conditions favorables pour le développement" -> "au
  développement"); *loyalty to* "la loyauté envers"; *compliance with* "la conformité à";
  *close to* "proche de" ("rester proches au client" -> "du client"); *experts in* "experts
  en" and the noun bare;
- a participle of filling or covering + *with* "de" (Grevisse § 319: "rempli avec bonté" ->
  "rempli de bonté", "couvertes avec glace" -> "couvertes de glace"; "des" indefinite drops);
- *commitment to* + a noun "l'engagement en faveur de" ("notre engagement au dialogue" ->
  "en faveur du dialogue"; "l'engagement à maintenir", an infinitive, stays);
- *respect for* a thing "le respect de" ("le respect pour la souveraineté" -> "de la
  souveraineté", "pour des intérêts légitimes" -> "des intérêts"; not for people: "un respect
  profond pour des maîtres"); *support for* "le soutien à" ("le soutien social pour des
  personnes handicapées" -> "aux personnes"); *aimed at* after a noun "visant à" ("vos efforts
  visés au renforcement" -> "visant au renforcement"; not the passive *are aimed at*).

Each rule runs after the engine on one sentence with its English source beside it, fires
only where the English has the construction and no more often than the English has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daybook.translate.aux_forms import THIRD, alternation, avoir, etre
from daybook.translate.french import LOWER, LOWER_WORD, VOWEL_START, WORD_END, cased_like
from daybook.translate.gender import readings

__all__ = ["government"]

# The determiners a governed noun phrase may open with ("l'" elided onto its noun).
_DETS = ("les|le|la|des|du|un|une|ce|cet|cette|ces|notre|nos|votre|vos|leur|leurs|son|sa|"
         "ses|mon|ma|mes|tous|toutes|tout|toute|chaque|plusieurs")
# Words that are no adjective between the head and its preposition.
_NOT_ADJECTIVE = frozenset(("de", "du", "des", "d", "et", "ou", "à", "au", "aux", "en", "dans",
                            "pour", "par", "sur", "avec", "qui", "que", "est", "a", "sont",
                            "ont", "le", "la", "les", "un", "une"))
# "en" + a noun that makes a French locution of its own ("s'engager en faveur de").
_EN_LOCUTIONS = frozenset(("faveur", "tant", "vue", "cours", "particulier", "outre", "effet",
                           "plus", "même", "place", "œuvre", "matière", "termes", "charge",
                           "commun", "fait", "partie", "premier", "priorité", "général",
                           "attendant", "ce", "cela", "temps", "direct", "ligne", "raison"))
# Nouns of place after a change: "la croissance économique dans la région" (*growth in the
# region*) is where it grows, not what grows.
_PLACES = frozenset(("région", "régions", "pays", "monde", "ville", "villes", "zone", "zones",
                     "district", "territoire", "république", "capitale", "continent", "secteur",
                     "secteurs", "économie", "industrie", "branche", "domaine", "domaines",
                     "sphère", "marché", "marchés"))


@dataclass(frozen=True, slots=True)
class Governed:
    """One construction: the English that shows it, the French head (a regex of its forms),
    the preposition(s) the pivot wrote, the one French wants, and what else to do."""

    english: re.Pattern[str]
    head: str
    wrote: str
    want: str
    bare_article: bool = False  # give a bare noun after it ("en", "à", "pour") the article
    bare: bool = False  # no article after "de" ("le besoin d'interaction")
    definite: bool = False  # "des" after "de" is the definite plural ("des revenus")
    no_place: bool = False  # never before a place, a name or a sector
    new_head: dict[str, str] | None = None  # the head's French form swapped too
    after_det: bool = False  # only a noun after its determiner ("son soin pour")
    infinitive: bool = False  # only before a bare infinitive ("contribution à aider")
    no_infinitive: bool = False  # never before a bare infinitive ("engagement à maintenir")
    no_auxiliary: bool = False  # never after an auxiliary ("ont visé à": a verb, not *aimed*)


# People one has respect for (Robert & Collins, *respect*: "respect pour qn", but "le respect
# de la loi, des traditions"): "un respect profond pour des maîtres célèbres" stays.
_PEOPLE_EN = (r"(?:people|peoples|persons?|elders|veterans|masters|teachers|parents|mothers|"
              r"fathers|women|men|children|colleagues|laureates|workers|leaders|partners|"
              r"neighbours?|friends|heroes|ancestors|predecessors|citizens|nations?)")


def _en(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_TABLE: tuple[Governed, ...] = (
    Governed(_en(r"\binterest\s+in\b"), r"intérêt", "dans|en", "pour",
             bare_article=True),
    Governed(_en(r"\b(?:increase|growth|rise|decline|decrease|reduction|fall|drop|upsurge|"
                 r"slowdown)s?\s+in\b"),
             r"augmentations?|croissance|hausses?|baisses?|diminutions?|réductions?|chutes?|"
             r"accroissements?|reculs?|ralentissements?", "dans|en", "de",
             bare_article=True, definite=True, no_place=True),
    Governed(_en(r"\b(?:demand|need)s?\s+for\b(?!\s+the\s+(?:[\w-]+\s+){1,10}?to\s+"
                 r"(?!(?:the|a|an)\b)[a-z]+)"), r"demandes?|besoins?", "pour", "de",
             bare=True),
    Governed(_en(r"\b(?:testif(?:y|ies|ied|ying)|(?:bears?|bore|borne|bearing)\s+witness)\s+"
                 r"to\b"), r"témoign" + LOWER + "*", "à|au|aux", "de"),
    Governed(_en(r"\b(?:involved|engaged)\s+in\b"),
             r"(?:impliqu|engag)(?:é|ée|és|ées|er|e|ent|ons|ez|ant)", "en", "dans",
             bare_article=True),
    Governed(_en(r"\bparticipation\s+in\b"), r"participation", "en", "à", bare_article=True),
    Governed(_en(r"\b(?:confidence|faith|trust)\s+in\b"), r"confiance", "à|au|aux", "dans"),
    Governed(_en(r"\bassociated\s+with\b"), r"associ(?:é|ée|és|ées)", "avec", "à"),
    Governed(_en(r"\bgratitude\s+(?:[\w-]+\s+)?for\b"), r"reconnaissance|gratitude", "par",
             "pour"),
    Governed(_en(r"\bpreparations\s+for\b"), r"préparations", "pour", "de",
             new_head={"préparations": "préparatifs"}),
    Governed(_en(r"\bcare\s+for\b"), r"soin", "pour", "de", after_det=True,
             new_head={"soin": "souci"}),
    Governed(_en(r"\bexports?\s+to\s+(?!(?:grow|increase|rise|reach|exceed|be|go|fall|drop|"
                 r"double|decline)\b)"), r"exportations?", "à|au|aux", "vers"),
    Governed(_en(r"\bcontributions?\s+to\s+[a-z]+ing\b"), r"contributions?", "à", "pour",
             infinitive=True),
    Governed(_en(r"\b(?:worried|concerned|anxious|troubled)\s+(?:about|over)\b"),
             r"préoccup(?:é|ée|és|ées)", "pour|sur", "par"),
    Governed(_en(r"\brich\s+in\b"), r"riches?", "dans", "en", bare=True),
    Governed(_en(r"\binfluences?\s+on\b"), r"influences?", "dans|en", "sur", bare_article=True),
    Governed(_en(r"\bemphasis\s+on\b"), r"accent", "dans|en", "sur", bare_article=True),
    Governed(_en(r"\b(?:linked|tied)\s+(?:up\s+)?(?:with|to)\b|\bconnected\s+with\b"),
             r"raccord(?:é|ée|és|ées|er)|li(?:é|ée|és|ées)", "avec|à|au|aux", "à",
             new_head={"raccordé": "lié", "raccordée": "liée", "raccordés": "liés",
                       "raccordées": "liées", "raccorder": "lié"}),
    Governed(_en(r"\b(?:favou?rable|conducive)\s+(?:[\w-]+\s+){0,2}?(?:for|to)\b"),
             r"favorables?", "pour", "à", bare_article=True),
    Governed(_en(r"\bloyalty\s+to\b"), r"loyauté|fidélité", "à|au|aux|pour", "envers",
             bare_article=True),
    Governed(_en(r"\bcompliance\s+with\b"), r"conformité", "avec", "à"),
    Governed(_en(r"\bclose\s+to\b"), r"proches?", "à|au|aux", "de"),
    Governed(_en(r"\bexperts?\s+in\b"), r"experts?", "dans|en", "en", bare=True),
    Governed(_en(r"\b(?:filled|covered|packed|crowded|decorated|adorned|strewn|loaded|stuffed|"
                 r"endowed|imbued|lined|furnished|fraught|overflowing|teeming)\s+with\b"),
             r"(?:rempli|empli|couvert|orné|décoré|jonché|parsemé|chargé|bondé|doté|garni|"
             r"imprégné|tapissé|bourré|muni|pourvu|comblé)(?:e|s|es)?", "avec", "de"),
    Governed(_en(r"\bcommitments?\s+to\b(?!\s+[a-z]+ing\b)"), r"engagements?", "à|au|aux",
             "en faveur de", no_infinitive=True, bare_article=True),
    Governed(_en(r"\brespect\s+for\s+(?!(?:you|him|her|them|us|me|yourselves|each\s+other|"
                 r"one\s+another)\b)(?!(?:[\w’'-]+\s+){0,2}" + _PEOPLE_EN + r"\b)"),
             r"respect", "pour", "de", definite=True, bare_article=True),
    Governed(_en(r"\bsupport\s+for\b"), r"soutien|appui", "pour", "à", definite=True,
             bare_article=True),
    Governed(_en(r"\b(?!(?:is|are|was|were|be|been|being)\b)(?![a-z]+ly\b)[a-z]+\s+aimed\s+at\b"),
             r"vis(?:é|ée|és|ées)", "à|au|aux", "à", no_auxiliary=True,
             new_head={"visé": "visant", "visée": "visant", "visés": "visant",
                       "visées": "visant"}),
)

# A determiner just before the head ("son soin", "le soin"), for ``after_det``.
_DET_BEFORE = re.compile(r"(?:^|[\s'’])(?:le|la|les|son|sa|ses|leur|leurs|notre|nos|votre|vos|"
                         r"mon|ma|mes|du|un|une|ce|cet|cette|l)['’ ]?$", re.IGNORECASE)

# An auxiliary just before the head ("a visé", "ont été visés"), for ``no_auxiliary``.
_AUXILIARY_BEFORE = re.compile(r"(?:^|\s)(?:" + alternation(
    avoir("present", "imperfect", "future", persons=THIRD)
    | etre("present", "imperfect", "future", persons=THIRD) | {"été"}) + r")\s$")


def _infinitive(word: str) -> bool:
    """Whether the analyser reads ``word`` as an infinitive ("aider", "répondre")."""
    return any(r.tags[:2] == ("vblex", "inf") for r in readings([word.lower()]).get(
        word.lower(), ()))

# "au", "aux" hold the article the pivot put after "à"
_HELD = {"au": "le", "aux": "les"}


def _pattern(entry: Governed) -> re.Pattern[str]:
    """The head, one adjective at most, the pivot's preposition, then what follows."""
    # after an elided article too ("l'augmentation", "d'intérêt")
    return re.compile(r"(?<![\w-])(?P<of>(?<=d['’]))?(?P<head>" + entry.head + r")"
                      r"(?P<adj>(?: " + LOWER_WORD + r")?) "
                      r"(?P<prep>" + entry.wrote + r") (?P<rest>(?:(?P<det>" + _DETS + r") |"
                      r"(?P<el>l['’]))?(?P<noun>[\w-]+))"
                      # a second noun joined by "et" with its own article, past an adjective
                      r"(?:(?P<post> " + LOWER_WORD + r")?(?P<and> et (?:(?P<det2>les|le|la) |"
                      r"(?P<el2>l['’])|(?=(?P<bare2>" + LOWER_WORD + r")" + WORD_END + r"))))?")


def _noun_article(noun: str) -> str | None:
    """The definite article the analyser's reading of ``noun`` takes ("la" for
    "coopération", "l'" before a vowel), None if it is no noun."""
    for r in readings([noun.lower()]).get(noun.lower(), ()):
        if r.pos != "n":
            continue
        if r.number == "pl":
            return "les"
        if VOWEL_START.match(noun):
            return "l'"
        return "la" if r.gender == "f" else "le"
    return None


def _joined(want: str, det: str | None, elided: str | None, rest: str,
            definite: bool) -> str:
    """The wanted preposition joined to the noun phrase's determiner: "de" + "le nombre" ->
    "du nombre", "à" + "les" -> "aux", "de" + "énergie" -> "d'énergie"; a locution ending in
    "de" ("en faveur de") joined as "de"."""
    if want.endswith(" de"):
        return want[:-2] + _joined("de", det, elided, rest, definite)
    if elided:
        return f"{want} {rest}" if want != "de" else f"de {rest}"
    low = (det or "").lower()
    if want == "de":
        if low == "le":
            return "du " + rest[len(det or "") + 1:]
        if low == "les":
            return "des " + rest[len(det or "") + 1:]
        if low == "des":
            return rest if definite else _joined(want, None, None, rest[4:], definite)
        if low == "du":  # the partitive goes after "de" ("besoin de pétrole")
            rest = rest[3:]
        return ("d'" if VOWEL_START.match(rest) else "de ") + rest
    if want == "à":
        if low == "des" and definite:  # "soutien à des projets" -> "aux projets"
            return "aux " + rest[4:]
        if low == "le":
            return "au " + rest[len(det or "") + 1:]
        if low == "les":
            return "aux " + rest[len(det or "") + 1:]
    return f"{want} {rest}"


def _apply(entry: Governed, source: str, french: str) -> str:
    count = len(entry.english.findall(source))
    if not count:
        return french
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        adj, noun = m.group("adj"), m.group("noun")
        if done >= count or (adj and adj.strip().lower() in _NOT_ADJECTIVE):
            return m.group(0)
        det, elided, rest, prep = m.group("det"), m.group("el"), m.group("rest"), m.group("prep")
        if noun.lower() in ("ceux", "celles", "tous", "toutes") and entry.want == "pour":
            return m.group(0)  # *interest in all those who*: "chez", the engine's wording
        if m.group("of") is not None and adj:  # "d'intérêt mutuel dans la région"
            return m.group(0)
        if entry.no_place and (noun[:1].isupper() or noun.lower() in _PLACES):
            return m.group(0)
        if entry.after_det and not _DET_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
            return m.group(0)
        if entry.no_auxiliary and _AUXILIARY_BEFORE.search(m.string[max(0, m.start() - 12):
                                                                     m.start()]):
            return m.group(0)
        if entry.infinitive and (det or elided or prep != "à" or not _infinitive(noun)):
            return m.group(0)
        if entry.no_infinitive and not det and not elided and _infinitive(noun):
            return m.group(0)
        if prep in _HELD:  # "au", "aux": the article was in the preposition
            det = _HELD[prep]
            rest = f"{det} {rest}"
        elif not det and not elided and (prep == "en" or (entry.bare_article and prep in (
                "à", "pour"))):
            if noun.lower() in _EN_LOCUTIONS:
                return m.group(0)
            # "en" + a bare noun: French's own "en" + a gerund or an adverbial stays
            article = _noun_article(noun) if entry.bare_article else None
            if article is None:
                return m.group(0)
            det = article if article != "l'" else None
            elided = "l'" if article == "l'" else None
            rest = f"{article}{rest}" if elided else f"{article} {rest}"
        head = m.group("head")
        if entry.new_head:
            head = cased_like(entry.new_head.get(head.lower(), head), head)
        done += 1
        if entry.bare and (det or elided) and (det or "").lower() in ("", "le", "la", "les",
                                                                       "des", "du"):
            rest, det, elided = rest.split(" ", 1)[1] if det else rest[2:], None, None
        made = f"{head}{adj} " + _joined(entry.want, det, elided, rest, entry.definite)
        post, joined = m.group("post") or "", m.group("and") or ""
        if post.strip() in _NOT_ADJECTIVE:  # a preposition, no adjective: no second noun
            return made + post + joined
        if m.group("bare2"):  # "d'électricité et charbon" -> "et de charbon" (a noun)
            if not (entry.want == "de" and entry.bare) or _noun_article(m.group("bare2")) is None:
                return made + post + joined
            return made + post + (" et d'" if VOWEL_START.match(m.group("bare2")) else " et de ")
        if joined and entry.want == "de":
            # "de" said again (Grevisse § 1039): "la demande d'électricité et le charbon" ->
            # "et de charbon" (bare, as the first); "du nombre et des revenus" (the article)
            second = (m.group("det2") or m.group("el2") or "").lower()
            if entry.bare:
                joined = " et de " if m.group("det2") else " et d'"
            else:
                joined = " et " + {"le": "du ", "les": "des ", "la": "de la "}.get(
                    second, "de l'")
        elif joined and entry.want == "à":  # "à" said again (Grevisse § 1039)
            second = (m.group("det2") or m.group("el2") or "").lower()
            joined = " et " + {"le": "au ", "les": "aux ", "la": "à la "}.get(second, "à l'")
        return made + post + joined

    if not any(f" {w} " in french for w in entry.wrote.split("|")):
        return french
    return _pattern(entry).sub(fix, french)


def government(source: str, french: str) -> str:
    """Every construction of the table, each where the English has it."""
    for entry in _TABLE:
        french = _apply(entry, source, french)
    return french

