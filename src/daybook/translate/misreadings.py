"""Nouns and adjectives the Catalan pivot reads in another sense, put back by the English.

``eng-cat`` writes one Catalan word for two English senses and ``cat-fra`` gives the French
of the other one: Catalan "real" is *real* and *royal* ("l'état royal d'affaires" for *the
actual state of affairs*), "oli" *oil* of the kitchen, "primerenc" *early* in the year
("démission printanière" for *early resignation*). Each entry below fires only where the
English sentence has the word in the site's sense and none of the words of the other sense;
the French forms are general French usage (the Petit Robert's senses of each word):

- *talented* "prodigieux" -> "talentueux"; *officer* "officiel" -> "officier";
- *oil* (crude) "huile" -> "pétrole"; *emergency* "émergence" -> "urgence";
- *temporary* "temporel" (of time) -> "temporaire"; *resignation* "résignation" ->
  "démission"; *early* (ahead of time) "printanier" -> "anticipé";
- *latest* "tardif" (late in the day) -> "récent"; *warm* (of relations, greetings)
  "tiède" (lukewarm) -> "chaleureux"; *actual*, *real* "royal" -> "réel";
- *vegetables* "végétal" (a plant) -> "légumes"; *stakeholders* "titulaires de pari"
  (holders of a bet) -> "parties prenantes"; *God* "le dieu" -> "Dieu";
- *partner* "collègue" (Catalan "soci" read as a fellow member) -> "partenaire" ("un
  partenaire fiable", also of a country the engine made feminine); *upbringing* "élevage"
  (of animals) -> "éducation"; *number* "numéro" (a phone or issue number) -> "nombre";
  the *Far East* "l'est lointain" -> "l'Extrême-Orient" ("en Extrême-Orient" for *in the*);
  a *Foundation* that is a body (a name, a charitable foundation) "fondement" (groundwork)
  -> "fondation";
- *peoples* "villages" (Catalan "pobles") -> "peuples"; *memory* (of the fallen) "le
  souvenir" -> "la mémoire"; the *Navy* "l'armée" -> "la Marine"; the verb *mean*
  "mesquin" (stingy) -> "veux dire", "signifie"; *a wide range of* "un champ large de" ->
  "un large éventail de"; *subjects* "affaires" -> "sujets"; *materials* "matériels"
  (equipment) -> "matériaux"; *housing* "carcasse" (a casing) -> "logement"; *promise*
  "fiancée" (Catalan "promesa" is both) -> "promesse"; *figures* (numbers) "figures" ->
  "chiffres" (not of people: *public figures*; nor *figures of speech*), *figure skating*
  "patinage de figure" -> "patinage artistique"; *steady* "ferme" -> "constant",
  *steadily* "fermement" -> "régulièrement"; *single*, *unique* "seul" after a noun ("le
  marché seul", "la citoyenneté seule") -> "unique" (not with *alone*, *only*); *elected*
  before a noun "un gouverneur d'élu" -> "un gouverneur élu".

The replacement is written in the masculine: ``agreement.agree`` (run after these rules by
``sourced.from_source`` and ``protect``) agrees it and its determiners with the noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.french import LOWER, LOWER_WORD, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import generate, readings

# (English word in the site's sense, English words of the other sense or None,
# {French form the engine writes: the French of the site's sense}).
_TABLE: tuple[tuple[str, str | None, dict[str, str]], ...] = (
    (r"talented", r"prodig\w*|phenomenal",
     {"prodigieux": "talentueux", "prodigieuse": "talentueuse",
      "prodigieuses": "talentueuses"}),
    (r"officers?", r"officials?|official|officially",
     {"officiel": "officier", "officiels": "officiers", "officielle": "officier",
      "officielles": "officiers"}),
    (r"oil", r"olive|sunflower|vegetable|palm|cooking|essential|edible|linseed|rapeseed|fish|"
     r"engine|lubricants?|paints?|butter",
     {"huile": "pétrole"}),
    (r"emergenc(?:y|ies)", r"emergence|emerg(?:e|es|ed|ing)",
     {"émergence": "urgence", "émergences": "urgences"}),
    (r"temporar(?:y|ily)", r"temporal",
     {"temporel": "temporaire", "temporelle": "temporaire", "temporels": "temporaires",
      "temporelles": "temporaires", "temporellement": "temporairement"}),
    (r"resign(?:ation|ations|s|ed)?", r"resigned to|resignation to",
     {"résignation": "démission", "résignations": "démissions"}),
    (r"early", r"spring\w*|(?:in|since|by|from|until)\s+early\s+(?:January|February|March|"
     r"April|May|June|July|August|September|October|November|December)|early years",
     {"printanier": "anticipé", "printanière": "anticipée", "printaniers": "anticipés",
      "printanières": "anticipées"}),
    (r"latest", r"late|later|lately|belated\w*",
     {"tardif": "récent", "tardive": "récente", "tardifs": "récents", "tardives": "récentes"}),
    (r"warm(?:ly|est)?", r"lukewarm|tepid|temperatures?|weather|winters?|climate|water|"
     r"degrees|warming",
     {"tiède": "chaleureux", "tièdes": "chaleureux", "tièdement": "chaleureusement"}),
    (r"actual|actually|real|reality|realities", r"royal\w*|kings?|queens?|crown|monarch\w*|"
     r"princes?|princess\w*|sultan\w*|emir\w*|kingdom",
     {"royal": "réel", "royale": "réelle", "royaux": "réels", "royales": "réelles"}),
    (r"partners?|partnerships?", r"colleagues?",
     {"collègue": "partenaire", "collègues": "partenaires"}),
    (r"upbringing", r"breed\w*|livestock|cattle|farm\w*|animals?",
     {"élevage": "éducation", "élevages": "éducation"}),
    (r"numbers?", r"(?:tele)?phones?|hotline|issues?|editions?|serial|registration|"
     r"licen[cs]es?|plates?|passports?|number\s+\d+|No\.",
     {"numéro": "nombre", "numéros": "nombres"}),
    (r"peoples", r"villages?|villagers", {"villages": "peuples"}),
    (r"housing", r"casings?|chassis|carcass\w*",
     {"carcasse": "logement", "carcasses": "logements"}),
    (r"subjects", r"affairs|business\w*", {"affaires": "sujets"}),
    (r"materials", r"equipment|hardware", {"matériels": "matériaux"}),
    (r"promises?", r"fianc\w*|brides?|engaged|betroth\w*",
     {"fiancée": "promesse", "fiancées": "promesses"}),
    # a sports *coach* "autocar" (a bus) -> "entraîneur"
    (r"coach(?:es)?", r"bus(?:es)?|passengers?|railway|carriages?|wagons?|trains?|"
     r"(?:took|take|takes|taking|by)\s+(?:a\s+)?coach|coach\s+(?:trips?|tours?|stations?)",
     {"autocar": "entraîneur", "autocars": "entraîneurs"}),
    # *steady* growth, progress "ferme" (firm, hard) -> "constant", *steadily* "régulièrement"
    (r"stead(?:y|ily)", r"firm|firmly|farms?|firms?|solid|resolute\w*",
     {"ferme": "constant", "fermes": "constants", "fermement": "régulièrement"}),
    # *figures* of a budget, of growth: "chiffres" ("figure" is a face, a shape, a person)
    (r"figures?", r"(?:public|political|prominent|leading|historic(?:al)?|cultural|religious|"
     r"literary|notable|famous|iconic|legendary|outstanding|renowned|well-known|state|"
     r"government|opposition|military|sports?|arts?|scientific|business|civic|father|"
     r"mother|tragic|heroic)\s+(?:and\s+[\w-]+\s+)?figures?|key\s+figures?\s+(?:in|of)\s+"
     r"(?:the\s+)?(?:Russian|world|national|modern|\w+\s+)?(?:culture|art|science|"
     r"history|politics|literature|movement|party)|figures?\s+of\s+speech|figure\s+skat\w*|"
     r"figureheads?|figur(?:ed|ing)\s+out|figures?\s+out|figurines?|geometric\w*|shapes?",
     {"figure": "chiffre", "figures": "chiffres"}),
    (r"vegetables?", r"oils?|fats?|vegetation|flora|plant life",
     {"végétal": "légumes", "végétaux": "légumes", "végétale": "légumes",
      "végétales": "légumes"}),
)
_COMPILED = tuple(
    (re.compile(rf"\b(?:{en})\b", re.IGNORECASE),
     re.compile(rf"\b(?:{other})\b", re.IGNORECASE) if other else None,
     re.compile(r"(?<![\w-])(" + "|".join(sorted(forms, key=len, reverse=True)) + ")" + _E,
                re.IGNORECASE), forms)
    for en, other, forms in _TABLE)
# *early* + a month: "début juillet" (not "juillet printanier"); *early years*: "premières".
_EARLY_MONTH = re.compile(r"\bearly\s+(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b")
_MONTH_PRINTANIER = re.compile(_B + r"(?:(en|[Ee]n|[Dd]epuis|[Dd]ès|[Jj]usqu['’]en) )?(janvier|"
                               r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                               r"novembre|décembre) printanier" + _E)
_EARLY_YEARS = re.compile(r"\bearly\s+years\b", re.IGNORECASE)
_ANNEES_PRINTANIERES = re.compile(_B + r"années printanières" + _E)
_HOT_SPOTS = re.compile(r"\bhot\s+spots?\b", re.IGNORECASE)
_TACHES = re.compile(_B + r"([Tt])ache(s?) chaude(s?)" + _E)
_ELIDED = re.compile(r"(?<![\w’'-])([LlDd])['’](?=(pétrole|sujets|nombres?|logements?|"
                     r"démissions?|talentu\w+|récent\w*|chaleureu\w+|réel\w*|légumes|peuples|"
                     r"parties prenantes|matériaux)(?![\w-]))")
_MEMORY = re.compile(r"\bmemory\b", re.IGNORECASE)
_MEMORIES = re.compile(r"\b(?:memories|souvenirs?|remind\w*|recollect\w*)\b", re.IGNORECASE)
_SOUVENIR = re.compile(r"(?<![\w’'-])(?:((?i:le|du|au|ce|un|son|mon)) )?([Ss])ouvenir"
                       r"(?! de (?:l['’]|la |le )?(?:enfance|jeunesse))(?![\w’'-])")
# An adjective after "mémoire": ``agreement.agree`` leaves it ("mémoire" is also masculine).
_MEMOIRE_ADJ = re.compile(r"(?<![\w-])([Mm]émoire) (" + LOWER_WORD + r")(?![\w’'-])")
_FEMININE = {"le": "la", "du": "de la", "au": "à la", "ce": "cette", "un": "une", "son": "sa",
             "mon": "ma"}
_NAVY = re.compile(r"\bNavy\b")
_ARMY = re.compile(r"\b[Aa]rmy\b")
_ARMEE = re.compile(r"(?<![\w-])(?:([Ll])['’]|([Dd])['’])?armée(?![\w’'-])")
_ARMY_AND_NAVY = re.compile(r"(?<![\w-])armée et (?:l['’])?armée(?![\w’'-])")
# The services in the English's order: the pivot says each "armée".
_SERVICES = re.compile(r"\b(?:(Navy)|[Aa]rmy)\b")
_MEAN = re.compile(r"\b(?:I|you|we|they|does|do|did|it|this|that|what)\s+(?:\w+\s+)?mean\b",
                   re.IGNORECASE)
_STINGY = re.compile(r"\b(?:stingy|petty|cruel|nasty|mean-spirited)\b", re.IGNORECASE)
_MESQUIN = re.compile(r"(?<![\w’'-])(?:([Jj]e) )?mesquin(?:e|s|es)?(?![\w’'-])")
_RANGE = re.compile(r"\brange\s+of\b", re.IGNORECASE)
_CHAMP = re.compile(r"(?<![\w-])([Uu]n|[Ll]e) champ(?: (large|entier|vaste))?"
                    r"(?= (?:de|des|d['’]|du)(?![\w’'-]))")
_FAR_EAST = re.compile(r"\bFar\s+East\b")
_EST_LOINTAIN = re.compile(r"(?<![\w-])(?:([Dd]ans) l['’])?([Ee])st lointain" + _E)
# A foundation that is a body: a name ("the Children's Foundation") or a kind of body; the
# groundwork ("the foundation of patriotism") stays "fondement".
_FOUNDATION_BODY = re.compile(r"(?<!^)(?<![.!?“\"] )\bFoundations?\b|\b(?:support|charitable|"
                              r"charity|non-profit|research|investment|private|public)\s+"
                              r"foundations?\b")
_FOUNDATION = re.compile(r"\bfoundations?\b", re.IGNORECASE)
_FONDEMENT = re.compile(_B + r"([Ff])ondement(s?)" + _E)
_STAKEHOLDERS = re.compile(r"\bstakeholders?\b", re.IGNORECASE)
_PARI = re.compile(_B + r"([Tt])itulaires? de paris?" + _E)
_SINGLE = re.compile(r"\b(?:single|unique)\b", re.IGNORECASE)
_ALONE = re.compile(r"\b(?:alone|only|lonely|lone|sole|solely|singles?\s+\w+ing|single-handed"
                    r"\w*|single\s+(?:mothers?|parents?|women|men))\b", re.IGNORECASE)
# "seul" after a noun or an adjective (not "le seul", "un seul", "lui seul")
_SEUL_AFTER = re.compile(r"(?<![\w’'-])(" + LOWER + r"{3,}) seul(e?)(s?)" + _E)
_SKATING = re.compile(r"\bfigure\s+skat\w*", re.IGNORECASE)
_PATINAGE = re.compile(_B + r"([Pp]atin(?:age|eur|euse|eurs|euses)) de figures?" + _E)
# *elected* before a noun, which eng-cat reads as the noun "elected" (one elected) and puts
# after its head with "de" ("un gouverneur d'élu"): the participle after the noun ("un
# gouverneur élu", agreed by ``agreement.agree``); not *of elected* ("les votes d'élus").
_ELECTED = re.compile(r"(?<!\bof )\belected\s+[a-z]", re.IGNORECASE)
_D_ELU = re.compile(r"(?<=[\wàâçéèêëîïôûùüÿœ]) d['’]élus?(?![\w’'-])")
_GOD = re.compile(r"\bGod(?:['’]s)?\b")
_GODS = re.compile(r"\b(?:gods|goddess\w*|deit\w+)\b", re.IGNORECASE)
_DIEU = re.compile(_B + r"(?:(du|le|au|Le|Du|Au) )?dieu" + _E)


def _after_noun(french: str, m: re.Match[str], word: str) -> str:
    """``word`` (a masculine adjective in -eux) in the feminine after a feminine noun:
    ``agreement.agree`` leaves "des salutations chaleureux" (a form for both numbers)."""
    before = re.findall(r"[\wàâçéèêëîïôûùüÿœ]+", french[:m.start()])[-1:]
    if not before or not word.endswith("eux"):
        return word
    nouns = [r for r in readings(before).get(before[0], ()) if r.pos == "n"]
    if not nouns or nouns[0].gender != "f":
        return word
    return word[:-1] + "se" + ("s" if nouns[0].number == "pl" else "")


def _agreed_elu(before: str) -> str:
    """ "élu" agreed with the noun it follows ("une assemblée élue", "des gouverneurs
    élus")."""
    word = re.findall(r"[\wàâçéèêëîïôûùüÿœ]+", before)[-1:]
    nouns = [r for r in readings(word).get(word[0], ()) if r.pos == "n"] if word else []
    if not nouns:
        return "élu"
    return "élu" + ("e" if nouns[0].gender == "f" else "") + (
        "s" if nouns[0].number == "pl" else "")


def _feminine_adjective(m: re.Match[str]) -> str:
    adj = m.group(2)
    reads = [r for r in readings([adj]).get(adj, ()) if r.pos == "adj" and r.gender == "m"
             and r.number in ("sg", "sp")]
    if not reads:
        return m.group(0)
    made = generate([f"^{reads[0].lemma}<adj><f><sg>$"])
    return f"{m.group(1)} {next(iter(made.values()))}" if made else m.group(0)


def _eventail(m: re.Match[str]) -> str:
    """ "un champ large de" -> "un large éventail de", "le champ entier" -> "tout l'éventail"."""
    det, adj = m.group(1).lower(), m.group(2)
    if adj == "entier":
        out = "tout un éventail" if det == "un" else "tout l'éventail"
    elif adj:
        out = f"{det} {adj} éventail"
    else:
        out = "un éventail" if det == "un" else "l'éventail"
    return cased_like(out, m.group(1))


def _unique(m: re.Match[str]) -> str:
    """ "le marché seul" (*single*) -> "le marché unique": after a noun or an adjective."""
    word = m.group(1)
    if word in ("lui", "elle", "eux", "elles", "tout", "toute", "pas", "non", "est", "sont"):
        return m.group(0)
    if not any(r.pos in ("n", "adj") for r in readings([word]).get(word, ())):
        return m.group(0)
    return f"{word} unique{m.group(3)}"


def _replacer(french: str, forms: dict[str, str]) -> Callable[[re.Match[str]], str]:
    def fix(m: re.Match[str]) -> str:
        return cased_like(_after_noun(french, m, forms[m.group(1).lower()]), m.group(1))

    return fix


def _army_and_navy(source: str, french: str) -> str:
    """ "dans l'armée et l'équipement de l'armée" -> "de la Marine", "l'armée, les Forces
    aérospatiales et l'armée" -> "et la Marine": each "armée" paired in order with the
    English's *Army* and *Navy*, where there are as many of each."""
    navy = [m.group(1) is not None for m in _SERVICES.finditer(source)]
    found = list(_ARMEE.finditer(french))
    if len(found) != len(navy):
        return french  # an "armée" of another word (*military*): no pairing
    for m, is_navy in reversed(list(zip(found, navy, strict=True))):
        if is_navy:
            new = ("la Marine" if m.group(1) else "de la Marine" if m.group(2) else "Marine")
            french = french[:m.start()] + cased_like(new, m.group(0)) + french[m.end():]
    return french


def misread(source: str, french: str) -> str:
    """ "les dispositifs les plus tardifs" -> "les plus récents", "un maître prodigieux" ->
    "talentueux", "l'huile russe" -> "le pétrole russe" (agreed afterwards)... where the
    source has the English word in the site's sense."""
    for english, other, wrong, forms in _COMPILED:
        if not english.search(source) or (other is not None and other.search(source)):
            continue
        french = wrong.sub(_replacer(french, forms), french)
    if "partenaire" in french:  # a country or a firm: "un partenaire fiable" ("la collègue")
        french = re.sub(r"(?<![\w’'-])([Ll]a|[Uu]ne|[Cc]ette) (?=partenaire(?![\w-]))",
                        lambda m: cased_like({"la": "le ", "une": "un ", "cette": "ce "}[
                            m.group(1).lower()], m.group(1)), french)
    # A replacement opening with a consonant after an elided article: "de l'huile" -> "du
    # pétrole", "d'affaires" -> "de sujets", "l'élevage" kept (a vowel).
    if "pétrole" in french:
        french = re.sub(r"(?<![\w’'-])([Dd])e l['’](?=pétrole)", r"\1u ", french)
    french = _ELIDED.sub(lambda m: m.group(1) + ("a " if m.group(2).startswith("démission")
                                                 and m.group(1) in "Ll" else "e "), french)
    if "printan" in french:
        if _EARLY_MONTH.search(source):
            french = _MONTH_PRINTANIER.sub(
                lambda m: ("début" if not m.group(1) or m.group(1).lower() == "en"
                           else m.group(1) + " début") + " " + m.group(2), french)
        if _EARLY_YEARS.search(source):
            french = _ANNEES_PRINTANIERES.sub("premières années", french)
    if "tache" in french and _HOT_SPOTS.search(source):
        french = _TACHES.sub(lambda m: ("P" if m.group(1) == "T" else "p") + "oint" + m.group(2)
                             + " chaud" + m.group(3), french)
    if "ouvenir" in french and _MEMORY.search(source) and not _MEMORIES.search(source):
        # *the memory of the fallen*: "la mémoire" ("souvenir" is a recollection).
        french = _SOUVENIR.sub(lambda m: (cased_like(_FEMININE[m.group(1).lower()], m.group(1))
                                          + " " if m.group(1) else "")
                               + ("M" if m.group(2) == "S" else "m") + "émoire", french)
        french = _MEMOIRE_ADJ.sub(_feminine_adjective, french)
    if "armée" in french and _NAVY.search(source):
        if _ARMY.search(source):  # *the Army and Navy*: the second is the navy
            french = _ARMY_AND_NAVY.sub("armée et la Marine", french)
            french = _army_and_navy(source, french)
        else:
            french = _ARMEE.sub(lambda m: ("L" if m.group(1) == "L" else "l") + "a Marine"
                                if m.group(1) else ("D" if m.group(2) == "D" else "d")
                                + "e la Marine" if m.group(2) else "Marine", french)
    if "mesquin" in french and _MEAN.search(source) and not _STINGY.search(source):
        # the verb *mean*: "je veux dire", "cela signifie"
        french = _MESQUIN.sub(lambda m: m.group(1) + " veux dire" if m.group(1)
                              else "signifie", french)
    if "champ" in french and _RANGE.search(source):  # *a wide range of*: "éventail"
        french = _CHAMP.sub(_eventail, french)
    if "lointain" in french and _FAR_EAST.search(source):
        french = _EST_LOINTAIN.sub(
            lambda m: ("En " if m.group(1) == "Dans" else "en ") + "Extrême-Orient"
            if m.group(1) and not french[m.end():].startswith(" russe")
            else (m.group(1) + " l'" if m.group(1) else "") + "Extrême-Orient", french)
    if "fondement" in french:
        bodies = len(_FOUNDATION_BODY.findall(source))
        if bodies and bodies == len(_FOUNDATION.findall(source)):
            french = _FONDEMENT.sub(r"\1ondation\2", french)
    if _STAKEHOLDERS.search(source):
        french = _PARI.sub(lambda m: ("P" if m.group(1) == "T" else "p") + "arties prenantes",
                           french)
    if "seul" in french and _SINGLE.search(source) and not _ALONE.search(source):
        french = _SEUL_AFTER.sub(_unique, french)
    if "de figure" in french and _SKATING.search(source):
        # *figure skating* "patinage artistique", *figure skaters* "patineurs artistiques"
        french = _PATINAGE.sub(lambda m: m.group(1) + " artistique"
                               + ("s" if m.group(1).endswith("s") else ""), french)
    if "élu" in french and _ELECTED.search(source):
        french = _D_ELU.sub(lambda m: " " + _agreed_elu(french[:m.start()]), french)
    if "dieu" in french and _GOD.search(source) and not _GODS.search(source):
        # God is a name: no article ("avec l'aide du dieu" -> "avec l'aide de Dieu").
        french = _DIEU.sub(lambda m: {"du": "de ", "au": "à ", "le": ""}.get(
            (m.group(1) or "").lower(), "") + "Dieu" if not (m.group(1) or "")[:1].isupper()
            else {"Du": "De ", "Au": "À ", "Le": ""}[m.group(1)] + "Dieu", french)
    return french
