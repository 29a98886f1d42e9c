"""Words Apertium chooses wrong for the site's English, replaced where the source has them.

Each was found recurring on the tuning paragraphs (even page ids; counts in
docs/translation.md) and is written from general knowledge of French usage:

- *area(s)* comes out "aire(s)" (a surface in geometry): French says "domaine" of an area of
  work or cooperation, "zone" of a place ("zones rurales", "zones touchées");
- *students* comes out "effectif scolaire" (the head count of a school): "étudiants", and
  "élèves" for school students;
- *people* as a nation ("the Russian people", "our people") comes out "les personnes
  russes", "nos personnes": "le peuple russe", "notre peuple";
- *since* as a cause ("since we are neighbours", "since we service this system") comes out
  "depuis sommes voisins": "puisque nous sommes voisins";
- a *board* (of a ministry, a company, an academy) comes out "grosse planche" (a plank):
  "conseil";
- the *capital* city comes out "le capital" (money): "la capitale";
- *global* of the economy, growth, security, problems is "mondial" ("l'économie mondiale",
  "la croissance mondiale"), not "global" (French: comprehensive, overall);
- *member* before a noun comes out "de membre" ("pays de membre", "états de membre"): French
  puts it after, as an apposition ("pays membres", "États membres"); *full*, *founding*
  member "membre plein", "fondant membre": "membre à part entière", "membre fondateur";
  *fellow citizens* "citoyens amis", "citoyens de membre": "concitoyens";

The noun changes gender or number ("une aire importante" -> "un domaine important"): the
determiners and adjectives around it are agreed afterwards by ``agreement.agree``, which
``sourced.from_source`` runs last.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _W
from daybook.translate.gender import forms_of, generate, made_form, readings

_AREA = re.compile(r"\bareas?\b", re.IGNORECASE)
# An area that is a place: "rural areas", "the affected areas", "areas hit by the floods".
_PLACE = re.compile(
    r"\b(?:rural|urban|affected|residential|coastal|border|adjacent|remote|disaster|"
    r"flood(?:ed)?|protected|populated|surrounding|nearby|hard-to-reach|mountain(?:ous)?|"
    r"forest|water|steppe|northern|southern|eastern|western|frontier|contaminated|"
    r"inaccessible|neighbou?ring|outlying|isolated|settled|coastline|agricultural|fire)"
    r"\s+(?:[\w-]+\s+)?areas?\b|\bareas?\s+(?:affected|hit|near|along|around|where|of "
    r"(?:the\s+)?(?:country|region|city|town|village|forest|fires?|floods?))\b",
    re.IGNORECASE)
_AIRE = re.compile(r"(?<![\w-])(?:(?P<all>[Tt]out(?:es|e)?) (?P<det>les |la |l['’])?)?"
                   r"(?P<el>[LlDd]['’])?(?P<a>[Aa])ire(?P<s>s)?" + _E)


def area(source: str, french: str) -> str:
    """ "dans plusieurs aires" -> "dans plusieurs domaines", "des aires rurales" -> "des
    zones rurales" where the source says "area(s)"."""
    if "aire" not in french or not _AREA.search(source):
        return french
    place = _PLACE.search(source) is not None
    noun = "zone" if place else "domaine"

    def fix(m: re.Match[str]) -> str:
        word = noun if m.group("a") == "a" else noun.capitalize()
        word += m.group("s") or ""
        el = m.group("el") or ""
        if el:  # "l'aire" -> "le domaine", "d'aires" -> "de zones"
            el = {"l": "la " if place else "le ", "d": "de "}[el[0].lower()]
            word = (el[0].upper() + el[1:] if m.group("el")[0].isupper() else el) + word
        if not m.group("all"):
            return word
        plural = bool(m.group("s"))
        everything = ("toutes les" if place else "tous les") if plural else (
            "toute la" if place else "tout le")
        if m.group("all")[0] == "T":
            everything = everything.capitalize()
        return f"{everything} {word}"

    return _AIRE.sub(fix, french)


_STUDENTS = re.compile(r"\bstudents\b", re.IGNORECASE)
_EFFECTIF = re.compile(r"(?<![\w-])(?:(?P<det>[Ll]['’]|[Ll]es |[Ss]on |[Ll]eur |[Nn]otre "
                       r"|[Vv]otre ))?(?P<e>[Ee])ffectif scolaire(?P<school> scolaire)?" + _E)
_PLURAL_DET = {"l'": "les ", "l’": "les ", "les ": "les ", "son ": "ses ", "leur ": "leurs ",
               "notre ": "nos ", "votre ": "vos "}


def students(source: str, french: str) -> str:
    """ "L'effectif scolaire a demandé" -> "Les étudiants ont demandé"... where the source
    says "students"; "effectif scolaire scolaire" (*school students*) -> "élèves"."""
    if "effectif scolaire" not in french.lower() or not _STUDENTS.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        noun = "élèves" if m.group("school") else "étudiants"
        det = m.group("det") or ""
        new = _PLURAL_DET.get(det.lower(), det) if det else ""
        out = new + noun
        upper = (det or m.group("e"))[:1].isupper()
        return out[0].upper() + out[1:] if upper else out

    return _EFFECTIF.sub(fix, french)


# "people" as a nation: a possessive, "the" + a demonym, "brotherly", "multi-ethnic"...
_NATION = re.compile(
    r"\b(?:(?i:our|their|its|whole|entire|brotherly|fraternal|friendly|great|multi-?ethnic|"
    r"heroic)|(?i:the|a) [A-Z][a-z]+(?:an|ese|ish|ic|i))\s+people\b(?!['’]s| who| living|"
    r" with| from| in| at| on| of (?:all|different|various))|\b(?i:the) people of [A-Z]")
_PERSONNES = re.compile(_W + r"(?:(?P<all>[Tt]outes) )?(?P<det>[Nn]os|[Ll]eurs|[Ss]es|[Ll]es|"
                        r"[Dd]es|[Vv]os|[Aa]ux) personnes" + _E)
_ONE = {"nos": "notre", "leurs": "leur", "ses": "son", "les": "le", "des": "du", "vos": "votre",
        "aux": "au"}


def nation(source: str, french: str) -> str:
    """ "les personnes russes" -> "le peuple russe", "nos personnes" -> "notre peuple" where
    the source speaks of a people as a nation ("the Russian people", "our people")."""
    count = len(_NATION.findall(source))
    if not count or "personnes" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        det = _ONE[m.group("det").lower()]
        if m.group("all"):
            det = "tout " + det
        out = f"{det} peuple"
        upper = (m.group("all") or m.group("det"))[:1].isupper()
        return out[0].upper() + out[1:] if upper else out

    french = _PERSONNES.sub(fix, french, count=count)
    return _PEOPLE_ADJECTIVE.sub(_singular, french) if " peuple " in french else french


# The adjective after the new "peuple", in the feminine or the plural of "personnes".
_PEOPLE_ADJECTIVE = re.compile(r"(?<= peuple )(" + LOWER_WORD + r"(?:es|s))" + _E)


def _singular(m: re.Match[str]) -> str:
    """ "syriennes" -> "syrien", "russes" -> "russe": the adjective agreed with "peuple"."""
    adjectives = [r for r in readings([m.group(1)]).get(m.group(1), ()) if r.pos == "adj"]
    if not adjectives:
        return m.group(1)
    fix = (adjectives[0], "m", "sg")
    return made_form(generate(forms_of(*fix)), fix) or m.group(1)


# *since* as a cause (Robert & Collins, *since* conj.: "puisque, comme, étant donné que"):
# after *especially*, *particularly*, or opening a clause (a subject pronoun or a finite verb
# in its first words) in a sentence with no perfect tense, which *since* of time goes with
# ("have used the bridge since it was opened", "It has been a year since"); never after
# *ever* or a word of time ("years since"), nor before a date or a noun phrase alone.
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_SINCE_OR_FROM = re.compile(r"\b(?:since|from)\b", re.IGNORECASE)
_SINCE_STRESSED = re.compile(r"\b(?:especially|particularly|all the more|the more so|only|"
                             r"especially so|simply)\s+$", re.IGNORECASE)
_SINCE_TIME = re.compile(r"\b(?:ever|years?|months?|weeks?|days?|decades?|centuries|century|"
                         r"time|long|ago|hours?)\s+$", re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(r"\s*(?:I|we|you|they|he|she|it|there)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|am|was|were|will|would|can|could|cannot|must|should|may|"
                     r"might|do|does|did|has|have|had)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had|['’]ve|['’]s been)\s+(?:(?:not|never|always|already|"
                      r"also|just|long|\w+ly)\s+)?(?:been|\w+ed|\w+en|\w+wn|made|done|met|seen|"
                      r"had|got|become|begun|come|gone|held|built|brought|kept|left|lost|"
                      r"paid|put|said|sent|set|spent|taught|told|thought|won|grown|led|fought|"
                      r"found|run|stood|felt|heard|meant|sold|struck|hit|cut)\b", re.IGNORECASE)
_SUBJECT = {"i": "je", "we": "nous", "you": "vous", "they": "ils", "it": "il", "he": "il",
            "she": "elle", "there": "il"}
_DEPUIS = re.compile(_W + r"([Dd])epuis (?:lors )?(?P<subject>(?:je|j['’]|nous|vous|ils|"
                     r"elles|il|elle|on|cela|ce|c['’]|lui) )?")


def since_causes(source: str) -> list[tuple[bool, str]]:
    """For each *since* and *from* of ``source`` in order: whether it is a *since* of
    cause, and the French subject pronoun its English clause opens with ("" for none)."""
    out: list[tuple[bool, str]] = []
    for m in _SINCE_OR_FROM.finditer(source):
        if m.group(0).lower() == "from":
            out.append((False, ""))
            continue
        # the main clause's tense: before *since*, or the whole sentence when it opens it
        main = source[:m.start()]
        if not re.search(r"\w", re.sub(r"(?i)\b(?:and|but|so|yet)\b", "", main)):
            main = source
        perfect = bool(_PERFECT.search(main))
        before = source[:m.start()]
        after = re.split(r"[,;:.!?()–—]|\b(?:when|and|or|but|since|because|while|which|who|"
                         r"where)\b", source[m.end():])[0]
        first = after.split()[:7]
        clause = bool(_CLAUSE_SUBJECT.match(after)) or bool(_FINITE.search(" ".join(first)))
        cause = bool(_SINCE_STRESSED.search(before)) or (
            clause and not perfect and not _SINCE_TIME.search(before))
        word = first[0].lower() if first else ""
        out.append((cause, _SUBJECT.get(word, "") if cause else ""))
    return out


def since(source: str, french: str) -> str:
    """ "C'est important, depuis sommes voisins" -> "puisque nous sommes voisins", "C'est
    important pour nous depuis nous maintenons ce système" -> "puisque nous" (*since* of
    cause); the French "depuis" paired in order with the English *since* (and *from*, when
    they are as many)."""
    if "epuis" not in french or not _SINCE.search(source):
        return french
    kinds = since_causes(source)
    found = list(_DEPUIS.finditer(french))
    if len(found) != len(kinds):
        kinds = [k for k, m in zip(kinds, _SINCE_OR_FROM.finditer(source), strict=True)
                 if m.group(0).lower() != "from"]
        if len(found) != len(kinds):
            return french
    if not any(cause for cause, _ in kinds):
        return french

    def fix(m: re.Match[str], pronoun: str) -> str:
        subject = (m.group("subject") or "").strip() or pronoun
        if subject == "lui":  # Catalan "ell" read as the stressed pronoun
            subject = "il"
        word = "puisque" if m.group(1) == "d" else "Puisque"
        if not subject:
            return word + " "
        if subject[0] in "aeiouéè":
            word = word[:-1] + "'"
            return f"{word}{subject}{'' if subject.endswith(('’', chr(39))) else ' '}"
        return f"{word} {subject}{'' if subject.endswith(('’', chr(39))) else ' '}"

    out, at = [], 0
    for m, (cause, pronoun) in zip(found, kinds, strict=True):
        out.append(french[at:m.start()] + (fix(m, pronoun) if cause else m.group(0)))
        at = m.end()
    return "".join(out) + french[at:]


_BOARD = re.compile(r"boards?\b", re.IGNORECASE)
_PLANCHE = re.compile(r"(?<![\w-])([Gg])rosses? ([Pp])lanche(s)?" + _E)


def board(source: str, french: str) -> str:
    """ "la grosse planche académique" -> "le conseil académique" (agreed afterwards) where
    the source says "board"."""
    if "lanche" not in french or not _BOARD.search(source):
        return french
    if re.search(r"whiteboards?\b", source, re.IGNORECASE):  # a school's, not a council
        return _PLANCHE.sub(lambda m: ("T" if m.group(1) == "G" else "t") + "ableau"
                            + ("x" if m.group(3) else ""), french)
    return _PLANCHE.sub(lambda m: ("C" if m.group(1) == "G" else "c") + "onseil"
                        + (m.group(3) or ""), french)


# The capital city: not capital as money ("capital investment", "authorised capital").
_CITY = re.compile(r"\b(?:(?i:the|our|its|their|your)|[A-Z]\w+['’]s)\s+(?:(?:northern|southern|"
                   r"cultural|sports|youth|national|[A-Z][a-z]+)\s+)?"
                   r"capital\b(?!\s+(?:investments?|expenditures?|markets?|flows?|inflows?|"
                   r"outflows?|spending|goods|base|adequacy|requirements?|stock|gains?|"
                   r"injection|construction|repairs?|costs?)\b)")
_MONEY = re.compile(r"\b(?:capital (?:investment|market|flow|expenditure)s?|invest\w*|"
                    r"authori[sz]ed capital|share capital|venture|equity|raise capital)\b",
                    re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![\w-])([Cc])apital(?![\w’'-])")


def capital(source: str, french: str) -> str:
    """ "dans notre capital" -> "dans notre capitale" (the article agreed afterwards) where
    the source speaks of a capital city and never of capital as money."""
    count = len(_CITY.findall(source))
    if not count or "apital" not in french or _MONEY.search(source):
        return french
    return _CAPITAL.sub(r"\1apitale", french, count=count)


# Nouns and adjectives ``cat-fra`` takes in a sense the site's English never has, each
# replaced where the source has the English word and none of the words of the other sense:
# (English word, English words of the other sense, French word and its plural ending,
# French replacement, its plural). The determiners and adjectives are agreed afterwards.
_SENSES: tuple[tuple[str, str | None, str, str, str], ...] = (
    # *process* "procès" (a trial) -> "processus"
    (r"process(?:es)?", r"trials?|courts?|judicial|prosecut\w*", "procès", "processus",
     "processus"),
    # *field* "champ" (a meadow) -> "domaine"
    (r"fields?", r"oil|gas|football|soccer|sports? fields?|battle\w*|farm\w*|wheat|crops?|"
     r"airfield|minefield|field (?:hospital|trials?|work|camp)", "champ", "domaine",
     "domaines"),
    # *settlement* of a conflict "liquidation" (a winding-up) -> "règlement"
    (r"settlements?", r"liquidat\w*|bankrupt\w*|housing|villages?|residents?|towns?",
     "liquidation", "règlement", "règlements"),
    # *bank* "banc" (a bench) -> "banque"
    (r"banks?|banking", r"river|bench\w*|sand|shore", "banc", "banque", "banques"),
    # *plant* "plante" (a vegetable) -> "usine"
    (r"plants?", r"flora|seeds?|plant (?:breeding|selection|growing|protection|species)|"
     r"planted|crops?|trees?|flowers?|botan\w*", "plante", "usine", "usines"),
    # *fund* "fond" (a bottom, a background) -> "fonds"
    (r"funds?", r"background|bottom|depths?", "fond", "fonds", "fonds"),
    # *support* "support" (a stand, a medium) -> "soutien"
    (r"support\w*", r"media|carrier|stand|medium(?!-)|technical support", "support", "soutien",
     "soutiens"),
    # *issue* "sujet" (a topic) -> "question", as French says of public affairs
    (r"issues?", r"topics?|subjects?|matters?|themes?", "sujet", "question", "questions"),
    # *management* "gérance" (managing a business or a building for its owner) -> "gestion"
    (r"management|managing", r"property|properties|rental|tenants?|landlords?|real estate",
     "gérance", "gestion", "gestions"),
    # *comprehensive* "compréhensible" (understandable) -> "global"
    (r"comprehensive(?:ly)?", r"understandabl\w*|comprehensible", "compréhensible", "global",
     "globaux"),
)
_COMPILED = tuple((re.compile(rf"\b(?:{en})\b", re.IGNORECASE),
                   re.compile(rf"\b(?:{other})\b", re.IGNORECASE) if other else None,
                   re.compile(rf"(?<![\w-])({fr[0]})({fr[1:]})(s)?(?![\w’'-])",
                              re.IGNORECASE), one, many)
                  for en, other, fr, one, many in _SENSES)
# *related to* "narré(e)(s) à" (told) -> "lié(e)(s) à"
_RELATED = re.compile(r"(?<![\w-])narré(e?s?) (?=à|au|aux)")


_QUESTION_PP = re.compile(r"(?<![\w-])(questions?(?: " + LOWER_WORD + r"es?)?) "
                          r"(" + LOWER_WORD + r"é)(s?)(?![\w’'-])")


def _feminine_pp(m: re.Match[str]) -> str:
    """ "questions liés" -> "questions liées": a participle and nothing else."""
    word = m.group(2) + m.group(3)
    got = readings([word]).get(word, ())
    if not got or not all(r.pos == "pp" for r in got):
        return m.group(0)
    return f"{m.group(1)} {m.group(2)}e{m.group(3)}"


def senses(source: str, french: str) -> str:
    """ "le procès d'intégration" -> "le processus d'intégration", "dans le champ de" ->
    "dans le domaine de", "la liquidation pacifique" -> "la règlement pacifique" (agreed
    afterwards: "le règlement"), "un banc" -> "un banque" ("une banque") where the source
    has the word in the site's sense."""
    for english, other, wrong, one, many in _COMPILED:
        if not english.search(source) or (other is not None and other.search(source)):
            continue

        def fix(m: re.Match[str], one: str = one, many: str = many) -> str:
            word = many if m.group(3) else one
            return word[0].upper() + word[1:] if m.group(1).isupper() else word

        french = wrong.sub(fix, french)
    if "question" in french:  # a participle after the swapped noun: "questions liés"
        french = _QUESTION_PP.sub(_feminine_pp, french)
        french = re.sub(r"(?<![\w’'-])([Qq])uel (?=question)", r"\1uelle ", french)
    # "au sujet de" (*about*) and "à ce sujet" (*in this regard*) are no *issue*.
    french = re.sub(r"(?<![\w’'-])([Aa])u question (?=de |d['’]|du |des )", r"\1u sujet ", french)
    french = re.sub(r"(?<![\w’'-])([Àà]) ce question(?![\w-])", r"\1 ce sujet", french)
    # "la usine" -> "l'usine", "de usine" -> "d'usine": the one replacement with a vowel.
    french = re.sub(r"(?<![\w’'-])([LlDd])[ae] (?=usines?(?![\w-]))", r"\1'", french)
    if re.search(r"\brelated\b", source, re.IGNORECASE):
        french = _RELATED.sub(r"lié\1 ", french)
    return french


# *global* in the sense French says "global" (comprehensive, overall) is the engine's own
# word for these: where the source has one of them, its "global" may be theirs.
_GLOBAL = re.compile(r"\bglobal\b")  # lower case: "The Global Initiative" is a name
_OVERALL = re.compile(r"\b(?:comprehensive\w*|overall|holistic|integrated|total|"
                      r"all-encompassing|across-the-board)\b", re.IGNORECASE)
_GLOBAL_FR = re.compile(r"(?<![\w-])([Gg])lob(al|ale|aux|ales)(?![\w’'-])")
_GLOBALISATION = re.compile(r"\bglobali[sz]ation\b", re.IGNORECASE)


def worldwide(source: str, french: str) -> str:
    """ "l'économie globale" -> "l'économie mondiale", "problèmes globaux" -> "problèmes
    mondiaux" where the source says *global* (the world's) and no word French would say
    "global" of (*comprehensive*, *overall*); "globalisation" -> "mondialisation"."""
    if "lobali" in french and _GLOBALISATION.search(source):
        french = re.sub(r"(?<![\w-])([Gg])lobalisation",
                        lambda m: ("M" if m.group(1) == "G" else "m") + "ondialisation", french)
    if "lob" not in french or not _GLOBAL.search(source) or _OVERALL.search(source):
        return french
    return _GLOBAL_FR.sub(lambda m: ("M" if m.group(1) == "G" else "m") + "ondi"
                          + m.group(2), french)


_MEMBER = re.compile(r"\bmember (?:states?|countr(?:y|ies)|nations?|organi[sz]ations?|"
                     r"economies|compan(?:y|ies)|associations?|unions?|parties|clubs?)\b",
                     re.IGNORECASE)
# A noun, then "de membre(s)": "pays de membre", "des états de membre de l'OCS", "chefs
# d'états de membre".
_DE_MEMBRE = re.compile(r"(?<![\w-])(?P<noun>[A-Za-zÀ-ÿ]+) de membres?(?![\w’'-])")
_FULL = re.compile(r"\bfull(?:-fledged)? members?\b", re.IGNORECASE)
_PLEIN = re.compile(r"(?<![\w’'-])membre(s)? ple(?:in|ins|ine|ines)(?![\w’'-])")
_FOUNDING = re.compile(r"\bfounding members?\b", re.IGNORECASE)
_FONDANT = re.compile(r"(?<![\w’'-])(?:fondante?s?|fonder|fondateurs?|fondatrices?) "
                      r"membre(s)?(?![\w’'-])")
_FELLOW = re.compile(r"\bfellow citizens\b", re.IGNORECASE)
_CITOYENS = re.compile(r"(?<![\w’'-])([Cc])itoyens (?:de membres?|amis)(?![\w’'-])")


def members(source: str, french: str) -> str:
    """ "pays de membre" -> "pays membres", "états de membre" -> "États membres", "membre
    plein" -> "membre à part entière", "fondant membre" -> "membre fondateur", "citoyens de
    membre" -> "concitoyens", each where the source says it."""
    if "membre" not in french and "amis" not in french:
        return french
    if _MEMBER.search(source):

        def apposition(m: re.Match[str]) -> str:
            noun = m.group("noun")
            if noun.lower() in ("de", "des", "du", "un", "une", "le", "la", "les", "comme"):
                return m.group(0)  # "comme membre", "un membre": no noun before it
            plural = noun.endswith(("s", "x"))
            if noun.lower() in ("état", "états"):
                noun = "É" + noun[1:]
            return f"{noun} membre{'s' if plural else ''}"

        french = _DE_MEMBRE.sub(apposition, french)
    if _FULL.search(source):
        french = _PLEIN.sub(lambda m: f"membre{m.group(1) or ''} à part entière", french)
    if _FOUNDING.search(source):
        french = _FONDANT.sub(lambda m: f"membre{m.group(1) or ''} fondateur"
                              + ("s" if m.group(1) else ""), french)
    if _FELLOW.search(source):
        french = _CITOYENS.sub(lambda m: ("C" if m.group(1) == "C" else "c") + "oncitoyens",
                               french)
    return french
