"""Senses the pivot takes from another entry, put right where the English sentence has the
word in the sense French gives another word (run with ``sourced.source_rules``, agreed
afterwards). Senses from Robert & Collins and the Petit Robert:

- *power* of electricity: *power station/plant* "gare/usine de pouvoir" -> "centrale
  électrique" ("centrale nucléaire"), *electric power industry*, *power system*, *grid*,
  *facilities* "N de pouvoir (électrique)" -> "N électrique" ("l'industrie électrique
  nationale", "le réseau électrique"); *power* of a state (*a great power*, *nuclear
  powers*) "pouvoir" -> "puissance" ("une puissance énorme", "les puissances nucléaires");
  *purchasing power parity* "parité de pouvoir d'achat";
- *effectiveness* "effectivité" (a law's being in force) -> "efficacité"; *properly*
  "proprement" (*cleanly*) -> "correctement";
- *right after/before* "bien après" (*long after*) -> "juste après", "juste avant"; *it
  would be right to* "il serait droit de" -> "il serait juste de";
- *take part in* "intervenir dans" (*intervene*) -> "participer à";
- *meet* demands, needs, standards "connaître" (*know*) -> "répondre à";
- *look forward to* + -ing: the verb after "attendre avec impatience" in the infinitive
  with "de" ("j'attends avec impatience de continuer", was "en continuant"), an object
  pronoun with it ("de vous voir");
- *on the world stage* "dans l'étape mondiale" -> "sur la scène mondiale"; *at this point*
  "Dans ce point" -> "À ce stade"; *this means* "Ce moyen" -> "Cela signifie"; a country's
  *standing* "son être" -> "son rang"; *in line with* "en ligne avec" -> "conformément à";
- *all across* "tout à travers" -> "dans tout(e)", *through* a year "jusqu'en", *achieved
  through* "à travers" -> "grâce à", *those in need* "ces dedans ont besoin" -> "ceux qui
  ont besoin".
"""

from __future__ import annotations

import re
from functools import partial

from daybook.translate.aux_forms import AVOIR_TENSES, ETRE_TENSES, THIRD, same_person
from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER as _L
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like, elides, feminine, feminine_plural
from daybook.translate.gender import readings

# A word's start that may follow an elided article or pronoun ("l’industrie", "J’attends").
_BA = r"(?<![\w-])"

# --- power ----------------------------------------------------------------------------------
_STATIONS_EN = re.compile(r"\bpower[ -](?:stations?|plants?)\b", re.IGNORECASE)
_STATIONS_FR = re.compile(_B + r"(?:([Ll])['’])?([UuGgSsCc])(?:sine|are|tation|entrale)(s?) "
                          r"de pouvoir"
                          r"(?: (électrique|nucléaire|hydroélectrique|thermique)s?)?" + _E)
_GRID_EN = re.compile(r"\b(?:electric(?:al)? power|power (?:industry|industries|sector|"
                      r"systems?|grids?|facilities|engineering|generation|lines|equipment|"
                      r"complex))\b", re.IGNORECASE)
_RULE_EN = re.compile(r"\b(?:political|state|government\w*|presidential|vertical|authorit\w+|"
                      r"executive|legislative|judicial|separation|branch(?:es)?)\b",
                      re.IGNORECASE)
# The French nouns of an electricity network, and what "treillis" (*grid*) is there.
_GRID_NOUNS = ("industrie", "secteur", "système", "réseau", "installation", "équipement",
               "ingénierie", "ligne", "complexe", "production", "treillis")
_GRID_FR = re.compile(_BA + r"(" + "|".join(_GRID_NOUNS) + r")(s?) de pouvoir"
                      r"(?: électriques?)?(?: (" + _W + "))?" + _E, re.IGNORECASE)
_STATE_EN = re.compile(r"\b(?:great|world|huge|leading|regional|global|economic|military|"
                       r"maritime|naval|space|colonial|foreign|European|Western|Asian|friendly|"
                       r"neighbouring|big|major|emerging|middle|nuclear|super)[ -]powers\b|"
                       r"\b(?:a|one)\s+(?:great|world|huge|regional|global|major|economic|"
                       r"military|maritime|naval|space|nuclear|big|leading|emerging)[ -]power"
                       r"\b(?![ -](?:plants?|stations?|industry|engineering|units?|generation|"
                       r"sector))", re.IGNORECASE)
_STATE_ADJ = (r"grand|énorme|nucléaire|mondial|régional|global|économique|militaire|maritime|"
              r"naval|spatial|colonial|étranger|européen|occidental|asiatique|ami|voisin|"
              r"majeur|émergent|puissant|fort")
_STATE_FR = re.compile(_B + r"(?:(un|le|les|des|ce|ces|du|au|aux|Un|Le|Les|Ce|Ces) )?"
                       r"(?:(grands?) )?pouvoir(s?)(?: ((?:" + _STATE_ADJ + r")(?:e|s|es|aux|"
                       r"ux)?))?" + _E)
_FEMININE_DET = {"un": "une", "le": "la", "ce": "cette", "du": "de la", "au": "à la"}
_PARITY_EN = re.compile(r"\bpurchasing[ -]power parity\b", re.IGNORECASE)
_PARITY_FR = re.compile(r"(?:d['’]|de )?(?:en )?acquérir(?: la|-)? ?parité de pouvoir")


def _agreed(adjective: str, plural: bool) -> str:
    """``adjective`` (a form agreed with "pouvoir") agreed with a feminine noun."""
    reads = [r for r in readings([adjective.lower()]).get(adjective.lower(), ())
             if r.pos == "adj"]
    if not reads:
        return adjective
    lemma = reads[0].lemma
    return feminine_plural(lemma) if plural else feminine(lemma)


def _station(m: re.Match[str]) -> str:
    """ "l'usine de pouvoir nucléaire" -> "la centrale nucléaire"."""
    article = "" if m.group(1) is None else m.group(1) + "a "
    return (article + ("c" if article else cased_like("c", m.group(2))) + "entrale" + m.group(3)
            + " " + (m.group(4) or "électrique") + m.group(3))


def power(source: str, french: str) -> str:
    """ "mille gares de pouvoir" -> "mille centrales électriques", "L'industrie de pouvoir
    électrique national" -> "L'industrie électrique nationale", "un pouvoir énorme" -> "une
    puissance énorme", "en termes d'acquérir la parité de pouvoir" -> "en termes de parité de
    pouvoir d'achat"."""
    if "pouvoir" not in french:
        return french
    if _STATIONS_EN.search(source):
        french = _STATIONS_FR.sub(_station, french)
    if _GRID_EN.search(source) and not _RULE_EN.search(source):

        def grid(m: re.Match[str]) -> str:
            noun, plural = m.group(1), m.group(2)
            if noun.lower() == "treillis":
                noun = cased_like("réseau", noun)
            out = f"{noun}{plural} électrique{plural}"
            after = m.group(3)
            if after:
                feminine_noun = noun.lower() in ("industrie", "installation", "ingénierie",
                                                 "ligne", "production")
                out += " " + (_agreed(after, bool(plural)) if feminine_noun else after)
            return out

        french = _GRID_FR.sub(grid, french)
    if _PARITY_EN.search(source):
        french = _PARITY_FR.sub("de parité de pouvoir d'achat", french)
    count = len(_STATE_EN.findall(source))
    if count and not _STATIONS_EN.search(source):

        def state(m: re.Match[str]) -> str:
            nonlocal count
            det, grand, plural, adj = m.group(1), m.group(2), m.group(3), m.group(4)
            if count <= 0 or not (grand or adj):
                return m.group(0)
            count -= 1
            out = "puissance" + plural
            if grand:
                out = "grande" + ("s" if plural else "") + " " + out
            if adj:
                out += " " + _agreed(adj, bool(plural))
            if det:
                out = cased_like(_FEMININE_DET.get(det.lower(), det.lower()), det) + " " + out
            return out

        french = _STATE_FR.sub(state, french)
    return french


# --- effectiveness, properly ----------------------------------------------------------------
_EFFECTIVENESS_EN = re.compile(r"\beffectiveness\b", re.IGNORECASE)
_EFFECTIVITE = re.compile(_BA + r"([Ee])ffectivité" + _E)
_PROPERLY_EN = re.compile(r"\bproperly\b", re.IGNORECASE)
_CLEAN_EN = re.compile(r"\b(?:clean\w*|neat\w*|tid(?:y|ied|ily))\b", re.IGNORECASE)


def manner(source: str, french: str) -> str:
    """ "améliorer l'effectivité de" -> "l'efficacité de" (*effectiveness*); "fonctionnent
    proprement" -> "correctement" (*properly*, not *cleanly*)."""
    if "ffectivité" in french and _EFFECTIVENESS_EN.search(source):
        french = _EFFECTIVITE.sub(lambda m: m.group(1) + "fficacité", french)
    if "proprement" in french and _PROPERLY_EN.search(source) and not _CLEAN_EN.search(source):
        french = re.sub(_B + r"proprement" + _E, "correctement", french)
    return french


# --- right ----------------------------------------------------------------------------------
_RIGHT_AFTER_EN = re.compile(r"\bright (after|before)\b", re.IGNORECASE)
_LONG_EN = re.compile(r"\blong (?:after|before)\b", re.IGNORECASE)
_BIEN = {"after": re.compile(_B + r"([Bb])ien après" + _E),
         "before": re.compile(_B + r"([Bb])ien avant" + _E)}
_JUST = {"after": "uste après", "before": "uste avant"}
_RIGHT_TO_EN = re.compile(r"\b(?:be|is|was|were|are|been)\s+(?:\w+\s+)?right\s+to\b",
                          re.IGNORECASE)
_DROIT_DE = re.compile(_B + r"((?:est|serait|sera|était|soit|semble|paraît)(?: " + _W
                       + r")?) droit (?=(?:de|d['’])" + r"\s?)")


def _just(word: str, m: re.Match[str]) -> str:
    return ("J" if m.group(1) == "B" else "j") + _JUST[word]


def right(source: str, french: str) -> str:
    """ "a eu lieu bien après l'élection" -> "juste après" (*right after*, not *long
    after*); "Il serait probablement droit de demander" -> "juste de" (*it would be right
    to*)."""
    if "bien " in french and not _LONG_EN.search(source):
        for m in _RIGHT_AFTER_EN.finditer(source):
            word = m.group(1).lower()
            french = _BIEN[word].sub(partial(_just, word), french, count=1)
    if "droit" in french and _RIGHT_TO_EN.search(source):
        french = _DROIT_DE.sub(lambda m: m.group(1) + " juste ", french)
    return french


# --- take part, meet ------------------------------------------------------------------------
_PART_EN = re.compile(r"\b(?:take|takes|took|taken|taking) part\b", re.IGNORECASE)
_INTERVENE_EN = re.compile(r"\bintervene\w*|\bintervention", re.IGNORECASE)
_NOT_TU = ("1sg", "3sg", "1pl", "2pl", "3pl")  # "es": a Spanish leftover too
_INTERVENIR = re.compile(_BA + r"(?:(sont|est|suis|sommes|êtes|étaient|était|ont|a|avons|avez|"
                         r"avaient|avait) )?(interv(?:enir|iens|ient|enons|enez|iennent|enait|"
                         r"enaient|iendra|iendront|iendrait|iendraient|enant|enu|enue|enus|"
                         r"enues)) (?:dans ((?:les|le|la|l['’]|des)\s?)?|en (" + _W + r"ant)"
                         + _E + ")")
_TO_THE = {"le ": "au ", "les ": "aux ", "la ": "à la ", "l'": "à l'", "l’": "à l’",
           "des ": "à des "}
_HAVE = same_person(ETRE_TENSES, AVOIR_TENSES, "present", persons=_NOT_TU) | same_person(
    ETRE_TENSES, AVOIR_TENSES, "imperfect", persons=THIRD)
_MEET_EN = re.compile(r"\bmeet\w*\s+(?:\w+\s+){0,3}?(?:demands?|needs?|requirements?|standards?|"
                      r"expectations?|criteria)\b", re.IGNORECASE)
_CONNAITRE = re.compile(_B + r"(conna(?:ître|is|it|ît|issons|issez|issent|issait|issaient|"
                        r"îtra|îtront|issant))((?: " + _W + r"ment)?) (les|des|la|le|l['’]) ?"
                        r"(?=(?:" + _W + r" )?"
                        r"(?:demandes?|besoins?|exigences?|conditions?|niveaux?|normes?|"
                        r"attentes?|critères?)" + _E + ")")
_TO_DET = {"les": "aux ", "des": "à des ", "la": "à la ", "le": "au ", "l'": "à l'",
           "l’": "à l’"}


def take_part(source: str, french: str) -> str:
    """ "La région intervient dans tous les projets" -> "participe à tous les projets",
    "ont intervenu en bâtissant" -> "ont participé à bâtir" (*take part in*, not
    *intervene*); "en connaissant les demandes" -> "en répondant aux demandes" (*meet*)."""
    if "interv" in french and _PART_EN.search(source) and not _INTERVENE_EN.search(source):

        def fix(m: re.Match[str]) -> str:
            aux, verb, det, gerund = m.group(1), m.group(2), m.group(3), m.group(4)
            participle = verb.endswith(("enu", "enue", "enus", "enues"))
            form = "participé" if participle else reverb(verb, "participer")
            if form is None:
                return m.group(0)
            head = (_HAVE.get(aux, aux) + " " if aux else "") + form
            if gerund:
                inf = [r.lemma for r in readings([gerund]).get(gerund, ())
                       if "ger" in r.tags or "pprs" in r.tags]
                return m.group(0) if not inf else f"{head} à {inf[0]}"
            return head + " " + _TO_THE.get(det or "", "à " + (det or ""))

        french = _INTERVENIR.sub(fix, french)
    if "conna" in french and _MEET_EN.search(source):
        french = _CONNAITRE.sub(lambda m: (reverb(m.group(1), "répondre") or m.group(1))
                                + m.group(2) + " " + _TO_DET[m.group(3)], french)
    return french


# --- look forward to ------------------------------------------------------------------------
_FORWARD_EN = re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:\w+\s+)?\w+ing\b|"
                         r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:seeing|meeting|hearing)\b",
                         re.IGNORECASE)
# The pivot's *look forward to*, before ``idioms`` says it "attendre avec impatience": a
# gerund after it ("regarde devant à en continuant"), an object pronoun and an infinitive
# ("regardons devant à vous voir"), the progressive's "être" before it ("sommes regardant
# du devant à continuer").
_FORWARD_FR = (r"(?:(suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient) )?"
               r"(regard" + _L + r"*) (?:du |en )?(?:devant|avant) (?:à )?")
_FORWARD_GERUND = re.compile(_B + _FORWARD_FR + r"(?:en )?(" + _W + r"ant)" + _E)
_FORWARD_PRONOUN = re.compile(_B + _FORWARD_FR + r"((?:vous|nous|te|les|le|la|l['’]) ?)(?="
                              + _W + r"(?:er|ir|re|oir)" + _E + ")")
_FORWARD_INFINITIVE = re.compile(_B + _FORWARD_FR + r"(?=" + _W + r"(?:er|ir|re|oir)" + _E
                                 + ")")


def _de(word: str) -> str:
    return "d'" if elides(word) else "de "


def _waiting(m: re.Match[str]) -> str | None:
    """ "attendons avec impatience " in the person of the progressive's "être" (group 1)
    or of the pivot's verb (group 2)."""
    form = reverb(m.group(1) or m.group(2), "attendre")
    return None if form is None else form + " avec impatience "


def look_forward(source: str, french: str) -> str:
    """ "Je regarde devant à en continuant notre travail" -> "J'attends avec impatience de
    continuer notre travail", "regardons devant à vous voir" -> "attendons avec impatience
    de vous voir", "Nous sommes regardant du devant à continuer" -> "Nous attendons avec
    impatience de continuer" (*look forward to* + -ing; ``idioms`` says the rest)."""
    if "regard" not in french or not _FORWARD_EN.search(source):
        return french

    def gerund(m: re.Match[str]) -> str:
        word, head = m.group(3), _waiting(m)
        inf = [r.lemma for r in readings([word]).get(word, ())
               if "ger" in r.tags or "pprs" in r.tags]
        return m.group(0) if not inf or head is None else f"{head}{_de(inf[0])}{inf[0]}"

    def pronoun(m: re.Match[str]) -> str:
        head = _waiting(m)
        return m.group(0) if head is None else f"{head}{_de(m.group(3))}{m.group(3)}"

    def infinitive(m: re.Match[str]) -> str:
        head = _waiting(m)
        return m.group(0) if head is None else head + _de(french[m.end():])

    french = _FORWARD_GERUND.sub(gerund, french)
    french = _FORWARD_PRONOUN.sub(pronoun, french)
    return _FORWARD_INFINITIVE.sub(infinitive, french)


# --- the world stage, at this point, this means, standing -----------------------------------
# *on the world stage* (the scene of affairs), not a stage of a rally or a process.
_STAGE_EN = re.compile(r"\b(?:on|onto|to|at|from|in|enter\w*)\s+the\s+(?:international|world|"
                       r"global|political|European|Asian|regional|world['’]s)\s+(?:political\s+)?"
                       r"(?:stage|arena)\b(?!\s+of\b)", re.IGNORECASE)
# The pivot's "étape" (a stage of a process) before the adjective of a scene; "dans" or
# "à" before it is French's "sur" ("sur la scène internationale").
_ETAPE = re.compile(_BA + r"(?:(dans|à|en|sur) )?(?:(l['’]|la )|(son|leur|notre) )"
                    r"([ÉéEe])tape (?=(?:internationale|mondiale|politique|européenne|"
                    r"asiatique|régionale)" + _E + ")")
_POINT_EN = re.compile(r"\b[Aa]t this point\b")
_DANS_POINT = re.compile(_B + r"([Dd])ans ce point" + _E)
_MEANS_EN = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Ii]t) means\b")
# The pivot's "qui" for *that it*: "Ce moyen qui est" -> "Cela signifie que c'est"; "qui"
# before another verb has no subject to give and stays.
_CE_MOYEN = re.compile(_B + r"([Cc])e moyen(?: (que|qu['’]|qui (?=est )))?"
                       r"(?! qui | de | d['’])(?=[ ,]|(?<= ))")
_WHICH_MEANS_EN = re.compile(r"\bwhich means\b")
_QUELS_MOYENS = re.compile(_B + r"quels? moyens?(?: (?:que|qu['’]))?(?= )")
_STANDING_EN = re.compile(r"\b(?:international|global|its|their|his|her|our|Russia['’]s|"
                          r"country['’]s|world)\s+standing\b(?!\s+(?:committee|army|ovation|"
                          r"order|orders))", re.IGNORECASE)
# "être" as a noun after a determiner or before "et" + a noun ("son être et influence").
_ETRE_NOUN = re.compile(_BA + r"(?:(l['’])(international|mondial) |(son|leur|notre|votre) )être"
                        + _E)


def scene(source: str, french: str) -> str:
    """ "l'influence sur l'étape internationale" -> "sur la scène internationale", "dans
    l'étape mondiale" -> "sur la scène mondiale" (*stage*, Robert & Collins: *on the
    international stage* "sur la scène internationale"); "Dans ce point" -> "À ce stade"
    (*at this point*); "Ce moyen qui" -> "Cela signifie que" (*this means*), "quels moyens"
    -> "ce qui signifie" (*which means*); "son être et influence" -> "son rang"
    (*standing*: "rang", "position")."""
    if "tape " in french and _STAGE_EN.search(source):

        def stage(m: re.Match[str]) -> str:
            prep, own = m.group(1), m.group(3)
            out = cased_like("scène ", m.group(4))
            if own:
                out = {"son": "sa", "leur": "leur", "notre": "notre"}[own] + " " + out
            else:
                out = "la " + out
            if prep:
                out = cased_like("sur", prep) + " " + out
            return out

        french = _ETAPE.sub(stage, french)
    if "ce point" in french and _POINT_EN.search(source):
        french = _DANS_POINT.sub(lambda m: "À ce stade" if m.group(1) == "D" else "à ce stade",
                                 french)
    if "moyen" in french:
        if _MEANS_EN.search(source):
            french = _CE_MOYEN.sub(lambda m: cased_like("cela signifie", m.group(1)) + {
                None: "", "que": " que", "qu'": " qu'", "qu’": " qu’", "qui ": " que c'"}[
                m.group(2)], french, count=len(_MEANS_EN.findall(source)))
        if _WHICH_MEANS_EN.search(source):
            french = _QUELS_MOYENS.sub("ce qui signifie", french,
                                       count=len(_WHICH_MEANS_EN.findall(source)))
    if "être" in french and _STANDING_EN.search(source):
        french = _ETRE_NOUN.sub(lambda m: m.group(3) + " rang" if m.group(3) else
                                cased_like("le", m.group(1)) + " rang " + m.group(2), french,
                                count=len(_STANDING_EN.findall(source)))
    return french


# --- in line with ---------------------------------------------------------------------------
# *in line with* a decision, a law: "conformément à" (Robert & Collins); the pivot's "en
# ligne avec" is a row's or a connection's.
_IN_LINE_EN = re.compile(r"\bin line with\b", re.IGNORECASE)
_EN_LIGNE = re.compile(_B + r"([Ee])n ligne avec (?:(le|les) )?")
_TO = {None: "à ", "le": "au ", "les": "aux "}


def in_line(source: str, french: str) -> str:
    """ "en ligne avec votre décision" -> "conformément à votre décision", "en ligne avec
    le plan" -> "conformément au plan" (*in line with*)."""
    if "ligne avec" not in french or not _IN_LINE_EN.search(source):
        return french
    return _EN_LIGNE.sub(lambda m: cased_like("conformément ", m.group(1)) + _TO[m.group(2)],
                         french, count=len(_IN_LINE_EN.findall(source)))


# --- through, across, those in need ---------------------------------------------------------
# *all across* a country "dans tout(e)"; *through* a year "jusqu'en" (Robert & Collins,
# *through*).
_ALL_ACROSS_EN = re.compile(r"\ball (?:across|over|throughout)\b", re.IGNORECASE)
_TOUT_A_TRAVERS = re.compile(_B + r"(?:(de|d['’]) )?tout à travers (le|la|l['’])(?: ?)(?=(" + _W
                             + r"|[A-ZÉ]\w*))")
_THROUGH_YEAR_EN = re.compile(r"\bthrough (?:the end of )?(\d{4})\b")
_A_TRAVERS_YEAR = re.compile(_B + r"à travers (?=(\d{4})" + _E + ")")
# *achieved through* efforts, courage: the means, "grâce à" (Robert & Collins, *through*:
# "grâce à, par"); the pivot's "à travers" is a way across. Not *reached through*, a way
# ("le gaz a atteint l'Europe à travers l'Ukraine"); ``articles_np.bare_objects`` leaves
# "grâce" right after a participle alone ("ont obtenu grâce à", not "la grâce").
_ACHIEVED_EN = re.compile(r"\b(?:achiev|attain|gain|obtain|secur|accomplish|ensur|won\b|"
                          r"made possible)\w*\s+(?:\w+\s+){0,2}?through\b", re.IGNORECASE)
_ACHIEVED_FR = re.compile(_B + r"((?:obten|obtien|atteint|acquis|gagn|assur|remport|réalis|"
                          r"accompli|garanti)" + _W + r"?(?: (?:en grande partie|surtout|"
                          r"principalement|notamment|seulement|uniquement))?) à travers "
                          r"(?:(les|le|la|l['’]|des|un|une) ?)?")
_GRACE = {"les": "aux ", "le": "au ", "la": "à la ", "l'": "à l'", "l’": "à l’", "des": "à des ",
          "un": "à un ", "une": "à une "}
_IN_NEED_EN = re.compile(r"\bthose (?:who are )?in need\b", re.IGNORECASE)
_CES_DEDANS = re.compile(_B + r"([Cc])es dedans (?=ont besoin)")


def _all_of(article: str, noun: str) -> str:
    """ "tout le pays", "toute la Russie", "toute l'Allemagne"."""
    if article in ("le",):
        return "tout le "
    if article == "la":
        return "toute la "
    reads = readings([noun.lower()]).get(noun.lower(), ())
    feminine = any(r.gender == "f" for r in reads) or noun[:1].isupper()
    return ("toute " if feminine else "tout ") + article


def through(source: str, french: str) -> str:
    """ "tout à travers l'Allemagne" -> "dans toute l'Allemagne", "de tout à travers
    la Russie" -> "de toute la Russie" (*all across*); "à travers 2024" -> "jusqu'en 2024"
    (*through 2024*); "ont obtenu à travers la vaillance" -> "grâce à la vaillance"
    (*achieved through*); "ces dedans ont besoin" -> "ceux qui ont besoin" (*those in
    need*)."""
    if "travers" in french:
        if _ALL_ACROSS_EN.search(source):
            french = _TOUT_A_TRAVERS.sub(
                lambda m: ((m.group(1) + " " if m.group(1) == "de" else m.group(1) or "dans ")
                           + _all_of(m.group(2), m.group(3))), french)
        if _THROUGH_YEAR_EN.search(source):
            french = _A_TRAVERS_YEAR.sub("jusqu'en ", french)
    if "travers" in french and _ACHIEVED_EN.search(source):
        french = _ACHIEVED_FR.sub(lambda m: m.group(1) + " grâce " + _GRACE.get(
            m.group(2) or "", "à "), french, count=len(_ACHIEVED_EN.findall(source)))
    if "dedans" in french and _IN_NEED_EN.search(source):
        french = _CES_DEDANS.sub(lambda m: cased_like("ceux", m.group(1)) + " qui ", french)
    return french


def phrase_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (power, manner, right, take_part, look_forward, scene, in_line, through):
        french = rule(source, french)
    return french
