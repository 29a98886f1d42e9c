"""Word senses the pivot takes from the wrong dictionary entry, put right by the English.

Each rule runs after the engine on one French sentence with its English source beside it
(``senses``) and fires only where the English has the word; the sense put back is a
bilingual dictionary's common one (Oxford-Hachette, Robert & Collins) or a standard French
collocation, never a sample's text:

- verbs in the engine's tense and person (``idioms.relemma``): *spread* (ideas, practices,
  news) "tartiner" (butter) -> "diffuser"; *head* (a body, a delegation) and *headed by*
  "commencer" (Catalan "encapçalar": to head a list) -> "diriger"; *inform* "rapporter"
  (cat-fra's word for Catalan "informar") -> "informer";
- *side* (a party to talks) "l'angle" -> "la partie", its determiner and adjective made
  feminine ("L'angle américain" -> "La partie américaine"); *either side* "n'importe quel
  angle" -> "chaque partie"; *on either side of* -> "de part et d'autre de"; a place's
  side (*side of the river*) "côté", *by their side* "à leurs côtés"; *fans* "le hobby" ->
  "les passionnés"; a *border* "le bord" (an edge) -> "la frontière", *border service,
  guards* "service de bord" -> "service des frontières";
- *choice* "élection" (Catalan "elecció": both) -> "choix", masculine; an *approach* (a
  method) "rapprochement" (Catalan "aproximació": both) -> "approche";
- *the right X* (decision, choice, time, step) "la décision droite" -> "la bonne décision"
  (not the right bank, hand, wing, angle, line: "rive droite", "ligne droite"), *the right
  time* "le bon temps" -> "le bon moment";
- *estimated* "aimé", "chéri" (Catalan "estimat": beloved) -> "estimé";
- *do one's utmost* "fera son suprême de" -> "fera tout son possible pour";
- *make good use of* "font (du) bon emploi de" -> "font bon usage de";
- *on/in the (job) market* "au marché" (the marketplace) -> "sur le marché"; *more and
  more* "plus et plus" -> "de plus en plus";
- *centuries-old/-long X* "des siècles-traditions vieilles" -> "des traditions séculaires",
  *century-old* "centenaire", *decades-long* "de plusieurs décennies", *years-long* "de
  plusieurs années" (the compound adjective the engine split at its hyphen);
- *bad* "mesquin" -> "mauvais", *hard* "porter" -> "dur", "difficile", a topic noun's
  "environ" -> "sur", *concerned about* "préoccupé par";
- *regardless of* "indépendamment de", *free* advice "gratuit", *legal* advice "juridique",
  *premises* "locaux", *ice* "glace", *led by* "dirigé par", *benefits* "avantages", a
  *world leader* "leader mondial";
- *emerge* "affleurer" -> "surgir", *homeless* "sans plafond" -> "sans-abri", *win* a
  prize "vaincre" -> "remporter", *more than a million* "plus d'un million", *rest on
  one's laurels* "se reposer sur ses lauriers";
- Catalan turns word for word: *road map* "feuille de route", *increasingly* "de plus en
  plus", *in practical terms* "concrètement", *suffice it to say* "il suffit de dire", a *key*
  objective "un objectif clou" -> "clé".
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR_TENSES, ETRE_TENSES, third_plural
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like, feminine, feminine_plural
from daybook.translate.gender import determiner, generate, readings
from daybook.translate.idioms import relemma
from daybook.translate.unparticiples import un_participles

_SPREAD = re.compile(r"\bspread(?:s|ing)?\b(?! of\b)", re.IGNORECASE)
_TARTINER = re.compile(_B + r"((?i:tartin)" + _W + r")" + _E)
_HEAD = re.compile(r"\bhead(?:s|ed|ing)?\s+(?:by\b|(?:the|a|an|its|his|her|their|our|this|that|"
                   r"[A-Z][\w-]*['’]s)\s)", re.IGNORECASE)
_BEGIN = re.compile(r"\b(?:begin\w*|began|begun|start\w*|commenc\w*|launch\w*|open\w*)\b",
                    re.IGNORECASE)
_COMMENCER = re.compile(_B + r"((?i:commen)[cç]" + _W + r")" + _E)


def _relemma_all(pattern: re.Pattern[str], lemma: str, french: str) -> str:
    def fix(m: re.Match[str]) -> str:
        return relemma(m.group(1), lemma) or m.group(0)

    return pattern.sub(fix, french)


# *inform* someone: eng-cat's "informar", which cat-fra writes "rapporter" ("a rapporté le
# Président que" -> "a informé le Président que"); not where the English reports.
_INFORM = re.compile(r"\binform(?:s|ed|ing)?\b", re.IGNORECASE)
_REPORT = re.compile(r"\breport\w*|\bbrief\w*", re.IGNORECASE)
_RAPPORTER = re.compile(_B + r"((?i:rapport)(?:e|es|ent|ons|ez|er|é|ée|és|ées|ait|aient|era|"
                        r"eront|erait|eraient|ant))" + _E)


def verbs(source: str, french: str) -> str:
    """*spread* "tartiner" -> "diffuser", *head* a body "commencer" -> "diriger", *inform*
    "rapporter" -> "informer"."""
    if _SPREAD.search(source) and "artin" in french:
        french = _relemma_all(_TARTINER, "diffuser", french)
    if _HEAD.search(source) and not _BEGIN.search(source) and "ommen" in french:
        french = _relemma_all(_COMMENCER, "diriger", french)
    if _INFORM.search(source) and not _REPORT.search(source) and "apport" in french:
        french = _relemma_all(_RAPPORTER, "informer", french)
    return french


def _adjective_as(word: str, gender: str, number: str) -> str:
    """``word`` (an adjective) in ``gender`` and ``number``; unchanged if the analyser has no
    adjective reading of it."""
    for r in readings([word.lower()]).get(word.lower(), ()):
        if r.tags[:1] == ("adj",):
            made = generate([f"^{r.lemma}<adj><{gender}><{number}>$",
                             f"^{r.lemma}<adj><mf><{number}>$"])
            if made:
                return next(iter(made.values()))
    if not readings([word.lower()]).get(word.lower()) and gender == "f":
        # a compound the analyser lacks ("tadjiko-afghan"): French grammar's regular ending
        return feminine_plural(word + "s") if number == "pl" else feminine(word)
    return word


_DET = r"(?:[Ll]['’]|(?i:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|" \
       r"votre|vos|quel|quelle|chaque|du|au|aux) )"


def _swap_noun(french: str, old: str, new: tuple[str, str], gender: str,
               plural_only: bool = False) -> str:
    """Each ``old`` noun (a pattern; a final "s" the plural) as ``new`` (singular, plural) of
    ``gender`` (always the plural with ``plural_only``), with the determiner before it and an
    adjective right after it agreed."""
    pattern = re.compile(r"(?<![\w’'-])(" + _DET + r")?(" + old + r")(s?)(?: (" + _W + r"(?:-"
                         + _W + r")*))?" + _E)

    def fix(m: re.Match[str]) -> str:
        det, noun, plural, adj = m.group(1), m.group(2), m.group(3), m.group(4)
        plural = plural or ("s" if plural_only else "")
        number = "pl" if plural else "sg"
        word = cased_like(new[1] if plural else new[0], noun)
        out = word
        if det:
            bare = det.rstrip()
            form = determiner(bare, gender, number, word)
            if form is None:
                out = det + word
            else:
                out = form + ("" if form.endswith(("'", "’")) else " ") + word
        if adj:
            out += " " + (_adjective_as(adj, gender, number) if adj.islower() else adj)
        return out

    return pattern.sub(fix, french)


_SIDE = re.compile(r"\bsides?\b", re.IGNORECASE)
_PLACE_SIDE = re.compile(r"\bsides?\s+of\b|\bon\s+(?:the|this|that|our|their|its|my|your|"
                         r"either|both|each|every|one|the\s+other|other)\s+(?:[\w-]+\s+)?side\b"
                         r"|\bside\s+by\s+side\b", re.IGNORECASE)
_EITHER_SIDE_OF = re.compile(r"\b(?:on|from)\s+(?:either|both)\s+sides?\s+of\b", re.IGNORECASE)
_ANY_ANGLE_OF = re.compile(_B + r"(?:[Dd]ans|[Ss]ur|[Dd]e|[Àà]) n['’]importe quel(?:le)? angle "
                           r"(d['’]|du |de la |des )")
_ANY_ANGLE = re.compile(_B + r"([Nn])['’]importe quel(?:le)? angle" + _E)
# *by one's side*: "à ses côtés" (Petit Robert), the possessive in the plural.
_BY_SIDE_EN = re.compile(r"\bby\s+(?:his|her|their|our|your|my|its)\s+side\b", re.IGNORECASE)
_BY_SIDE = re.compile(_B + r"([Pp]ar|[Àà]) (son|sa|leur|notre|votre|mon|ma|ton) "
                      r"(?:angle|côté|partie)" + _E)
_THEIR_PLURAL = {"son": "ses", "sa": "ses", "leur": "leurs", "notre": "nos", "votre": "vos",
                 "mon": "mes", "ma": "mes", "ton": "tes"}
_FANS = re.compile(r"\bfans\b", re.IGNORECASE)
# The engine's singular "le hobby" had its verb in the singular.
_PLURAL_AUX = third_plural(AVOIR_TENSES, "present", "imperfect", "future") | third_plural(
    ETRE_TENSES, "present", "imperfect", "future") | {"peut": "peuvent", "va": "vont"}
_FANS_VERB = re.compile(_B + r"([Pp]assionnés) (a|est|était|avait|sera|aura|peut|va)" + _E)
_BORDER = re.compile(r"\bborders?\b", re.IGNORECASE)
_EDGE = re.compile(r"\b(?:edges?|board|aboard|onboard|rims?|brinks?|shores?|banks?)\b",
                   re.IGNORECASE)
# *border service, guards* "service de bord": the frontiers' ("gardes-frontières" is one word
# only after "gardes").
_DE_BORD = re.compile(_B + r"((?i:service|services|gardes?|garde-côtes|troupes|contrôle|"
                      r"contrôles|postes?|points?|zones?|régions?|districts?|détachements?)) "
                      r"(?:de|du) bords?" + _E)
_CHOICE = re.compile(r"\bchoices?\b", re.IGNORECASE)
_FRAMEWORK = re.compile(r"\bframeworks?\b", re.IGNORECASE)
_APPROACH = re.compile(r"\bapproach(?:es)?\b", re.IGNORECASE)
_ELECTION = re.compile(r"\belect\w*|\bvot\w*|\bpolls?\b|\bballots?\b", re.IGNORECASE)


def nouns(source: str, french: str) -> str:
    """*side* "angle" -> "partie" (a place's "côté"), *fans* "hobby" -> "passionnés",
    *border* "bord" -> "frontière", *framework* "marc" (Catalan "marc") -> "cadre",
    *approach* "rapprochement" -> "approche", *choice* "élection" -> "choix"."""
    if _SIDE.search(source) and "angle" in french and "angle" not in source.lower():
        if _EITHER_SIDE_OF.search(source):
            french = _ANY_ANGLE_OF.sub(lambda m: "de part et d'autre " + m.group(1), french)
        if re.search(r"\beither\s+side\b", source, re.IGNORECASE):
            french = _ANY_ANGLE.sub(lambda m: cased_like("chaque", m.group(1)) + " partie",
                                    french)
        if _BY_SIDE_EN.search(source):
            french = _BY_SIDE.sub(lambda m: cased_like("à", m.group(1)) + " "
                                  + _THEIR_PLURAL[m.group(2).lower()] + " côtés", french)
        if _PLACE_SIDE.search(source):
            french = _swap_noun(french, "angle", ("côté", "côtés"), "m")
        else:
            french = _swap_noun(french, "angle", ("partie", "parties"), "f")
    if _FANS.search(source) and "hobby" in french:
        french = _swap_noun(french, "hobby", ("passionné", "passionnés"), "m", plural_only=True)
        french = _FANS_VERB.sub(lambda m: m.group(1) + " " + _PLURAL_AUX[m.group(2)], french)
    if _BORDER.search(source) and "bord" in french and not _EDGE.search(source):
        french = _DE_BORD.sub(lambda m: m.group(1) + " des frontières", french)
        french = _swap_noun(french, "bord", ("frontière", "frontières"), "f")
    if _FRAMEWORK.search(source) and "marc" in french:
        french = _swap_noun(french, "marc", ("cadre", "cadres"), "m")
    if _APPROACH.search(source) and "rapprochement" not in source.lower() \
            and "rapprochement" in french:
        french = _swap_noun(french, "rapprochement", ("approche", "approches"), "f")
    if _CHOICE.search(source) and not _ELECTION.search(source) and "lection" in french:
        french = _swap_noun(french, "[ÉéEe]lection", ("choix", "choix"), "m")
    return french


# *the right X*: the nouns "right" is a direction before (French "droit" in its own sense).
_RIGHT = re.compile(r"\b(?:the|a|an|this|that|these|those|our|their|its|his|her|your|my)\s+"
                    r"right\s+(?!(?:bank|banks|hand|hands|side|sides|wing|wings|arm|arms|leg|"
                    r"legs|foot|feet|eye|eyes|angle|angles|turn|lane|flank|corner|line|lines|"
                    r"of|to|now|away|here|there|after|before|next)\b)([a-z]+)", re.IGNORECASE)
_NOT_RIGHT_FR = frozenset({"rive", "rives", "main", "mains", "côté", "côtés", "aile", "ailes",
                           "bras", "jambe", "jambes", "pied", "pieds", "œil", "yeux", "angle",
                           "angles", "ligne", "lignes", "tournant", "flanc", "coin", "banc",
                           "droit", "droits"})
_DROIT = re.compile(r"(?<![\w’'-])(" + _DET + r")?(" + _W + r") (droit|droite|droits|droites)"
                    + _E)


def right(source: str, french: str) -> str:
    """*the right decision* "la décision droite" -> "la bonne décision"."""
    wanted = len(_RIGHT.findall(source))
    if not wanted or "droit" not in french:
        return french
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        det, noun, adj = m.group(1), m.group(2), m.group(3)
        if done >= wanted or noun.lower() in _NOT_RIGHT_FR:
            return m.group(0)
        done += 1
        # The noun's gender from the analyser: the engine's adjective may not agree yet
        # ("les mesures droits").
        read = [r for r in readings([noun.lower()]).get(noun.lower(), ()) if r.pos == "n"]
        female = read[0].gender == "f" if read else adj.startswith("droite")
        plural = adj.endswith("s") or (bool(read) and read[0].number == "pl")
        good = ("bonnes" if plural else "bonne") if female else ("bons" if plural else "bon")
        if det:
            form = determiner(det.rstrip(), "f" if female else "m", "pl" if plural else "sg",
                              good)
            det = det if form is None else form + " "
        return (det or "") + good + " " + noun

    french = _DROIT.sub(fix, french)
    if re.search(r"\bright\s+(?:time|moment)\b", source, re.IGNORECASE):
        french = re.sub(_B + r"bon temps" + _E, "bon moment", french)
    return french


_ESTIMATED = re.compile(r"\bestimated\b", re.IGNORECASE)
_LOVED = re.compile(r"\b(?:lov\w*|beloved|dear\w*|cherish\w*|favou?rite)\b", re.IGNORECASE)
_UTMOST = re.compile(r"\butmost\b", re.IGNORECASE)
_SUPREME = re.compile(_B + r"(son|sa|leur|notre|mon|votre|ton) suprême(?: (?:de|d['’]|pour|à) ?)?")
_GOOD_USE = re.compile(r"\bgood\s+use\b", re.IGNORECASE)
_EMPLOI = re.compile(_B + r"(?:du |de le |de l['’]|un |l['’])?(?:bon emploi|emploi bon)" + _E)
_MORE_AND_MORE = re.compile(r"\bmore\s+and\s+more\b", re.IGNORECASE)
_MARKET_EN = re.compile(r"\b(?:on|in|into|onto)\s+(?:the|our|their|its|this|that|these|"
                        r"global|world|domestic|foreign|international)\s+(?:[\w-]+\s+){0,3}?"
                        r"markets?\b", re.IGNORECASE)
_AT_MARKET = re.compile(r"\bat\s+(?:the|a)\s+(?:[\w-]+\s+)?market\b", re.IGNORECASE)
_AU_MARCHE = re.compile(_B + r"(?:([Aa]u|[Dd]ans le)|([Aa]ux|[Dd]ans les)) (?=marchés?" + _E + ")")


def phrases(source: str, french: str) -> str:
    """*estimated* "aimé" -> "estimé", *do one's utmost* "son suprême" -> "tout son
    possible", *good use* "bon emploi" -> "bon usage", *on the market* "au marché" -> "sur le
    marché"."""
    if _ESTIMATED.search(source) and not _LOVED.search(source):
        french = re.sub(_B + r"(?:aimé|chéri)(e?s?)" + _E, r"estimé\1", french)
    if _UTMOST.search(source) and "suprême" in french:
        french = _SUPREME.sub(lambda m: "tout " + ("son" if m.group(1) == "sa" else m.group(1))
                              + " possible" + (" pour " if m.group(0).endswith((" ", "'", "’"))
                                               else ""), french)
    if _GOOD_USE.search(source) and "emploi" in french:
        french = _EMPLOI.sub("bon usage", french)
    if _MORE_AND_MORE.search(source) and "lus et plus" in french:
        french = re.sub(_B + r"(?:de )?([Pp])lus et plus(?: (?:les|des|de la|du)(?= ))?" + _E,
                        lambda m: cased_like("de", m.group(1)) + " plus en plus"
                        + (" de" if m.group(0).endswith(("les", "des", "la", "du")) else ""),
                        french)
    if _MARKET_EN.search(source) and not _AT_MARKET.search(source):
        french = _AU_MARCHE.sub(lambda m: cased_like("sur le" if m.group(1) else "sur les",
                                                     m.group(1) or m.group(2)) + " ", french)
    return french


_CENTURIES = re.compile(r"\b(centuries|century|decades|years)[-‑](?:long|old)\b", re.IGNORECASE)
_SPLIT = re.compile(r"(?<![\w’'-])(?:(des|les|[Ll]eurs|[Nn]os|[Ss]es) )?"
                    r"(siècles?|décennies|années)-(" + _W + r"(?: " + _W + r")?) "
                    r"(vieil|vieux|vieille|vieilles|long|longs|longue|longues)" + _E)
_AFTER = {"décennies": "de plusieurs décennies", "années": "de plusieurs années"}


def centuries(source: str, french: str) -> str:
    """*centuries-old traditions* "des siècles-traditions vieilles" -> "des traditions
    séculaires", *a decades-long conflict* "des décennies-lutte longue" -> "une lutte de
    plusieurs décennies"."""
    if not _CENTURIES.search(source) or "-" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        det, unit, words, adj = m.groups()
        female = adj.startswith(("vieille", "longue"))
        plural = adj.endswith(("s", "x"))
        if det in (None, "des"):
            det = "des" if plural else ("une" if female else "un")
        if unit.startswith("siècle"):
            after = ("séculaires" if plural else "séculaire") if unit == "siècles" else (
                "centenaires" if plural else "centenaire")
        else:
            after = _AFTER[unit]
        return f"{det} {words} {after}"

    return _SPLIT.sub(fix, french)



_BAD = re.compile(r"\bbad\b", re.IGNORECASE)
_MESQUIN = re.compile(_B + r"(?:(" + _W + r") )?mesquin(e?s?)" + _E)
_HARD = re.compile(r"\bhard(?:er|est)?\b(?!-)", re.IGNORECASE)
# "porter" where *hard* was an adverb after *work* ("travailler dur") or an adjective after a
# degree word or *be* ("plus difficile").
_PORTER_WORK = re.compile(_B + r"((?i:travaill)" + _W + r"(?: très| si| aussi)?) porter" + _E)
_PORTER_ADJ = re.compile(_B + r"((?i:plus|très|si|aussi|trop|même|moins|assez|est|était|sera|"
                         r"serait|sont|étaient|seront)) porter" + _E)
# *on* / *about* of a topic noun the engine said "environ" (*approximately*): "sur".
_TOPIC_ENVIRON = re.compile(_B + r"((?i:consultations?|rapports?|discussions?|résolutions?|"
                            r"décisions?|accords?|positions?|lois?|déclarations?|données|"
                            r"débats?|négociations|propositions?|recommandations?|idées|"
                            r"informations?|opinions?|vues|conférences?|séminaires?|livres?|"
                            r"articles?|études?|documents?|commentaires|remarques|traités?|"
                            r"conventions?|protocoles?|votes?|référendums?|consensus)"
                            r"(?: " + _W + r"){0,2}) environ (?=[Ll]['’]|(?:le|la|les|un|une|des|"
                            r"ce|cet|cette|ces|son|sa|ses|leurs?|notre|nos|votre|vos|mon|ma|mes|"
                            r"tou(?:t|s|tes)|plusieurs|divers(?:es)?|quelques|chaque)" + _E + ")")
_CONCERNED = re.compile(r"\b(?:concerned|worried|anxious)\s+(?:\w+\s+)?about\b", re.IGNORECASE)
_PREOCCUPE_SUR = re.compile(_B + r"((?i:préoccupé|inquiet|inquiète)(?:e?s?)) sur (?=(?:le|la|les|"
                            r"l['’]|ce|cette|ces|son|sa|ses|leur|leurs|notre|nos)" + _E + ")")


def adjectives(source: str, french: str) -> str:
    """*bad* "mesquin" (petty) -> "mauvais", before its noun ("temps mesquin" -> "mauvais
    temps"); *hard* "porter" (Catalan "dur": hard, and to carry) -> "dur" after *work*,
    "difficile" after a degree word or *be*; a topic noun's "environ" -> "sur"; *concerned
    about* "préoccupé sur" -> "préoccupé par"."""
    if _BAD.search(source) and "mesquin" in french:

        def bad(m: re.Match[str]) -> str:
            before, ending = m.group(1), m.group(2)
            good = {"": "mauvais", "s": "mauvais", "e": "mauvaise", "es": "mauvaises"}[ending]
            read = readings([before.lower()]).get(before.lower(), ()) if before else ()
            if read and all(r.pos in ("n", "np") for r in read):
                return f"{good} {before}"
            return (before + " " if before else "") + good

        french = _MESQUIN.sub(bad, french)
    if _HARD.search(source) and "porter" in french:
        french = _PORTER_WORK.sub(r"\1 dur", french)
        french = _PORTER_ADJ.sub(r"\1 difficile", french)
    if "environ " in french and re.search(r"\b(?:on|about)\b", source, re.IGNORECASE):
        french = _TOPIC_ENVIRON.sub(r"\1 sur ", french)
    if _CONCERNED.search(source) and " sur " in french:
        french = _PREOCCUPE_SUR.sub(r"\1 par ", french)
    return french


_REGARDLESS = re.compile(r"\b(?:regardless|irrespective)\s+of\b", re.IGNORECASE)
_MALGRE_TOUT = re.compile(_B + r"([Mm])algré tout (?=d['’]|de |du |des )")
# *free* of a service (dictionaries: "gratuit"), not of trade, a press, an election.
_FREE_SERVICE = re.compile(r"\bfree\s+(?:[\w-]+\s+)?(?:advice|consultations?|access|treatment|"
                           r"medicines?|medical|care|healthcare|education|tickets?|meals?|"
                           r"lunches?|transport|travel|services?|assistance|help|parking|entry|"
                           r"admission|vaccinations?|housing|land|plots?|hectares?|courses?|"
                           r"classes|lessons|training|legal|wi-?fi|internet|check-?ups?)\b",
                           re.IGNORECASE)
_FREE_OTHER = re.compile(r"\bfree(?:dom|ly)?\s+(?:trade|market|economic|elections?|press|speech|"
                         r"will|time|zone|port|world|country|people|society|movement|choice|"
                         r"to|from|and|hand|flow|space|circulation)\b|\bfree-trade\b",
                         re.IGNORECASE)
_LIBRE = re.compile(_B + r"(" + _W + r")((?: " + _W + r")?) libre(s?)" + _E)
_LEGAL = re.compile(r"\blegal\b", re.IGNORECASE)
# The nouns whose *legal* is the law's ("juridique"), not the lawful ("légal"): Petit Robert.
_LEGAL_FR = re.compile(r"(?<![\w-])((?i:conseils?|assistance|aide|soutien|services?|cadre|bases?|"
                       r"système|systèmes|questions?|problèmes?|éducation|experts?|profession|"
                       r"statut|régime|normes?|actes?|consultations?|protection|expertise|"
                       r"culture|clinique|cliniques|documents?)) (?:légal|légale|légaux|"
                       r"légales)(?=s?" + _E + ")s?")
_PREMISES = re.compile(r"\bpremises\b", re.IGNORECASE)
_ICE = re.compile(r"\bice\b", re.IGNORECASE)
_FROST = re.compile(r"\b(?:gel|gels|frost|freez\w*)\b", re.IGNORECASE)
_LED_BY = re.compile(r"\bled\s+by\b", re.IGNORECASE)
_PORTE_PAR = re.compile(_B + r"port(é|ée|és|ées) par" + _E)
_BENEFITS = re.compile(r"\bbenefits\b", re.IGNORECASE)
_PROFIT = re.compile(r"\bprofit\w*\b", re.IGNORECASE)
_LEADER = re.compile(r"\b(?:world|global|market|industry|undisputed|recognised|recognized|"
                     r"absolute|regional|European)\s+leaders?\b", re.IGNORECASE)
_CHEF_LEADER = re.compile(_B + r"([Cc])hef(s?) (?=mondia|du marché|incontesté|reconnu|absolu|"
                          r"régiona|européen)")


def _gender_before(words: str) -> str:
    """ "m" or "f": the gender of the first noun among ``words`` (the analyser's), "m" if
    none."""
    for word in words.split():
        for r in readings([word.lower()]).get(word.lower(), ()):
            if r.pos == "n" and r.gender in ("m", "f"):
                return str(r.gender)
    return "m"


def services(source: str, french: str) -> str:
    """*regardless of* "malgré tout de" -> "indépendamment de"; *free* advice, care
    "libre" -> "gratuit"; *legal* advice, framework "légal" -> "juridique"; *premises*
    "prémisses" -> "locaux"; *ice* "gel" -> "glace"; *led by* "porté par" -> "dirigé par";
    *benefits* "profits" -> "avantages"; a *world, market leader* "chef" -> "leader"."""
    if _REGARDLESS.search(source):
        french = _MALGRE_TOUT.sub(lambda m: cased_like("indépendamment", m.group(1)) + " ",
                                  french)
    if _FREE_SERVICE.search(source) and not _FREE_OTHER.search(source) and "libre" in french:

        def free(m: re.Match[str]) -> str:
            gender = _gender_before(m.group(1) + m.group(2))
            return (m.group(1) + m.group(2) + " gratuit" + ("e" if gender == "f" else "")
                    + m.group(3))

        french = _LIBRE.sub(free, french)
    if _LEGAL.search(source) and "léga" in french:
        french = _LEGAL_FR.sub(lambda m: m.group(1) + " juridique"
                               + ("s" if m.group(0).endswith(("s", "x")) else ""), french)
    if _PREMISES.search(source) and "prémisses" in french:
        french = _swap_noun(french, "prémisse", ("local", "locaux"), "m")
    if _ICE.search(source) and not _FROST.search(source) and "gel" in french:
        french = _swap_noun(french, "gel", ("glace", "glaces"), "f")
    if _LED_BY.search(source) and "port" in french:
        french = _PORTE_PAR.sub(r"dirig\1 par", french)
    if _BENEFITS.search(source) and not _PROFIT.search(source) and "profits" in french:
        french = re.sub(_B + r"([Pp])rofits" + _E,
                        lambda m: cased_like("avantages", m.group(1)), french)
    if _LEADER.search(source) and "hef" in french:
        french = _CHEF_LEADER.sub(lambda m: cased_like("leader", m.group(1)) + m.group(2) + " ",
                                  french)
    return french


_EMERGE = re.compile(r"\bemerg(?:e|es|ed|ing)\b", re.IGNORECASE)
_AFFLEURER = re.compile(_B + r"((?i:affleur)" + _W + r")" + _E)
_HOMELESS = re.compile(r"\bhomeless\b", re.IGNORECASE)
_WIN = re.compile(r"\b(?:win|wins|won|winning)\b", re.IGNORECASE)
_DEFEAT = re.compile(r"\b(?:defeat\w*|beat|beats|beaten|overc[oa]me\w*|conquer\w*|vanquish\w*)\b",
                     re.IGNORECASE)
# A form of "vaincre" with an object after it: a prize, a stage, a tender is "remporté".
_VAINCRE = re.compile(_B + r"((?i:vain)(?:c|cs|cu|cue|cus|cues|cre|quons|quez|quent|quait|"
                      r"quaient|cra|crai|crons|cront|crait|craient|quant))(?= (?:(?:le|la|les|"
                      r"un|une|des|son|sa|ses|leur|leurs|notre|nos|votre|vos) |l['’])?(" + _W
                      + r"|\d))")
# What one wins over ("gagner": trust, hearts, a score) rather than carries off ("remporter").
_GAGNER = frozenset({"confiance", "cœur", "cœurs", "respect", "soutien", "sympathie", "estime",
                     "amitié", "faveur", "reconnaissance", "acclame", "acclamation", "temps"})
_LAURELS = re.compile(r"\brest(?:s|ed|ing)?\s+on\s+(?:our|their|its|his|her|your|my)\s+laurels\b",
                      re.IGNORECASE)
_REPOSER = re.compile(_B + r"(reposer|repose|reposent|reposons|reposez) (?:dans|sur|en) "
                      r"(nos|vos|leurs|ses|mes|tes) lauriers" + _E)
_MORE_THAN_ONE = re.compile(r"\b(?:more\s+than|over)\s+(?:a|an|one)\b", re.IGNORECASE)
# "plus de" before a figure (Grevisse): "plus d'un tiers", not the comparison's "plus qu'un".
_PLUS_QU_UN = re.compile(_B + r"(?:([Pp])lus qu(?:['’]|e )|([Pp])ar-dessus )(une?) "
                         r"(?=(?:tiers|quart|cinquième|dixième|million|milliard|millier|centaine|dizaine|demi|moitié|an|année|mois|"
                         r"semaine|jour|heure|siècle|fois)" + _E + ")")
_SELF = {"nos": "nous", "vos": "vous", "leurs": "se", "ses": "se", "mes": "me", "tes": "te"}


def turns(source: str, french: str) -> str:
    """*emerge* "affleurer" (to surface, of a rock) -> "surgir"; *homeless* "sans
    plafond" -> "sans-abri"; *win* a prize, a stage "vaincre" (to defeat) -> "remporter"
    (trust, a score: "gagner");
    *more than, over a third, a million* "plus qu'un", "par-dessus un" -> "plus d'un"; *rest
    on one's laurels* "se reposer sur ses lauriers"."""
    if _EMERGE.search(source) and "ffleur" in french:
        french = _relemma_all(_AFFLEURER, "surgir", french)
    if _HOMELESS.search(source):
        french = re.sub(_B + r"sans plafond" + _E, "sans-abri", french)
    if _WIN.search(source) and "vain" in french:
        # with *defeat* beside *win*, only the form before "victoire" (one wins a victory
        # over whom one defeats: "ont vaincu le nazisme et ont remporté une victoire")
        defeat = _DEFEAT.search(source) is not None

        def win(m: re.Match[str]) -> str:
            obj = m.group(2).lower()
            if defeat and not obj.startswith("victoire"):
                return m.group(1)
            return relemma(m.group(1), "gagner" if obj[:1].isdigit() or obj in _GAGNER
                           else "remporter") or m.group(1)

        french = _VAINCRE.sub(win, french)
    if _MORE_THAN_ONE.search(source) and ("lus qu" in french or "ar-dessus" in french):
        french = _PLUS_QU_UN.sub(lambda m: (m.group(1) or m.group(2)) + "lus d'" + m.group(3)
                                 + " ", french)
    if _LAURELS.search(source) and "lauriers" in french:
        french = _REPOSER.sub(lambda m: _SELF[m.group(2)] + " " + m.group(1) + " sur "
                              + m.group(2) + " lauriers", french)
    return french



_ROADMAP = re.compile(r"\broad ?maps?\b", re.IGNORECASE)
_ROADMAP_FR = re.compile(_B + r"(?:(un|le|ce|du|au|son|notre|leur|votre) )?"
                         r"(?:[Rr]oadmap|carte de route)" + _E)
_INCREASINGLY = re.compile(r"\b(?:increasingly|more\s+and\s+more|ever\s+more)\b", re.IGNORECASE)
_PRACTICAL_TERMS = re.compile(r"\bin\s+practical\s+terms\b", re.IGNORECASE)
_SUFFICE = re.compile(r"\bsuffice\s+it\s+to\s+say\b", re.IGNORECASE)
# *key* after its noun: Catalan "clau" (a key, a nail) said "clou" ("les objectifs clous").
_KEY = re.compile(r"\bkey\b", re.IGNORECASE)
_WORK_HARD = re.compile(r"\bwork(?:s|ed|ing)?\s+(?:very\s+|so\s+)?hard\b", re.IGNORECASE)
# *without* / *uninterrupted* / *wireless*: the pivot's "sans des interruptions", "sans des
# fils"; French drops the plural indefinite article after "sans" (Grevisse) and says the set
# phrases in the singular: "sans interruption", "sans exception", "sans fil", "sans précédent".
_WITHOUT = re.compile(r"\b(?:without|uninterrupted|wireless|unimpeded|unprecedented|seamless\w*)\b"
                      r"|\w-free\b",
                      re.IGNORECASE)
_SANS_DES = re.compile(_B + r"([Ss]ans) des (?=" + _W + _E + ")")
_SANS_SINGULAR = re.compile(_B + r"([Ss]ans) (interruption|exception|fil|précédent)s" + _E)
# *chess* before a noun: eng-cat's adjective "escaquístic", which cat-fra writes "piège" (a
# trap): French says the noun's complement, "club d'échecs", "équipe d'échecs".
_CHESS = re.compile(r"\bchess\b", re.IGNORECASE)
_TRAP = re.compile(r"\b(?:traps?|trapped|snares?|pitfalls?|ambush\w*)\b", re.IGNORECASE)
_PIEGE = re.compile(r"(?<=[a-zéèêûô] )pièges?" + _E)


def calques(source: str, french: str) -> str:
    """Catalan turns said word for word: *road map* "carte de route" -> "feuille de route"
    (the diplomatic term); *increasingly* "chaque fois plus" (Catalan "cada vegada més") ->
    "de plus en plus"; *in practical terms* "dans des termes praticiens" -> "concrètement";
    *suffice it to say* "Suffis-le pour dire" -> "Il suffit de dire"; *work hard* "travailler
    durs" -> "travailler dur" (the adverb is invariable); *key* after a noun "clou" (nail,
    Catalan "clau") -> "clé", left invariable as the apposition may be (Petit Robert): the
    agreement rules would read "clés" as a feminine adjective ("les objectives clés"); *chess*
    before a noun "club piège" (Catalan "escaquístic") -> "club d'échecs"; "sans des
    interruptions" -> "sans interruption"."""
    if _ROADMAP.search(source):
        french = _ROADMAP_FR.sub(lambda m: ((determiner(m.group(1), "f", "sg", "feuille")
                                             or m.group(1)) + " " if m.group(1) else "")
                                 + "feuille de route", french)
        french = re.sub(_B + r"cartes de route" + _E, "feuilles de route", french)
    if _INCREASINGLY.search(source):
        french = re.sub(_B + r"([Cc])haque fois plus" + _E,
                        lambda m: cased_like("de", m.group(1)) + " plus en plus", french)
    if _PRACTICAL_TERMS.search(source):
        french = re.sub(_B + r"(?:dans|en) des termes (?:praticiens|pratiques)" + _E,
                        "concrètement", french)
    if _SUFFICE.search(source):
        french = re.sub(_B + r"[Ss]uffis-le pour dire" + _E, "Il suffit de dire", french)
    if _KEY.search(source) and "clou" in french:
        french = re.sub(r"(?<=[a-zé] )clous?" + _E, "clé", french)  # "les objectifs clé"
    if "ans des " in french and _WITHOUT.search(source):
        french = _SANS_SINGULAR.sub(r"\1 \2", _SANS_DES.sub(r"\1 ", french))
    if _CHESS.search(source) and not _TRAP.search(source) and "piège" in french:
        french = _PIEGE.sub("d'échecs", french)
    if _WORK_HARD.search(source):
        french = re.sub(_B + r"((?i:travaill)" + _W + r") durs" + _E, r"\1 dur", french)
    return french


def pivot_senses(source: str, french: str) -> str:
    """All the rules above, in order."""
    for rule in (verbs, nouns, right, phrases, centuries, adjectives,
                 services, turns, calques, un_participles):
        french = rule(source, french)
    return french
