"""English words the pivot takes in a sense French gives to another word, put right where the
English sentence has the word (run with ``sourced.source_rules``). Senses from Robert &
Collins and the Petit Robert:

- *submit* a report, a bill, materials: the pivot's "livrer" (*deliver*) -> "soumettre" ("un
  projet de loi soumis à la Douma"), a report "présenter" ("Les rapports ont été présentés");
- *concern* as *be about*: the pivot's "préoccuper" (*worry*) -> "concerner" ("Un autre
  exemple concerne les exportations", "This concerns" "Cela concerne"), not after an object
  pronoun ("les questions qui vous préoccupent" is the worry); *concerned about*
  "préoccupés environ" -> "préoccupés par"; *expressed concern over* "ont exprimé
  préoccuper sur" -> "ont exprimé leur préoccupation au sujet de"; *care about/for* "se
  préoccuper sur/environ" -> "se soucier de";
- *assist in* "assister dans" (French "assister à" is *attend*) -> "contribuer à"; *assist*
  someone "assister" -> "aider";
- *ahead of* "en tête de" (*at the head of*) -> "en avance sur", *ahead of schedule* "en
  avance sur le calendrier", a future *ahead of it* "devant lui";
- *decoration* (an award, an ornament) "décor" (a stage set) -> "décoration";
- *eventful* "conséquent" (*substantial*) -> "riche" (full of events: "un programme chargé
  et riche", "un chemin long et riche");
- *provision of* "provision" (*stock*) -> "fourniture"; a law's *provisions* "dispositions";
- a *busy* schedule, day "occupé" -> "chargé";
- *domestic* market, affairs, flights "domestique" (an anglicism there, OQLF) ->
  "intérieur"; producers, industry "national";
- *set* a goal, a priority "poser" -> "fixer" ("les buts que nous avons fixés"), an example
  "donner"; *upgrade* "mettre à jour" (*update*) -> "moderniser"; *place* "caser"
  (colloquial) -> "placer";
- *output* "sortie" -> "production", a *grant* "bourse" (a scholarship) -> "subvention",
  *mastery* "domination" -> "maîtrise", a *race* (a contest) "race" -> "course", *in a new
  capacity* "dans de nouvelles fonctions", *on a sustainable track* "sur une voie",
  *issues related to* "émet lié à" -> "les questions liées à";
- *review* "réviser" (*revise*) -> "examiner" ("ils ont examiné le travail"); *fall/lag
  behind* "tomber derrière" -> "prendre du retard sur", "être en retard sur"; *achieve* a
  goal "obtenir" -> "atteindre" ("atteindre les buts que nous avons fixés").
"""

from __future__ import annotations

import re
from functools import partial

from daybook.translate.aux_forms import AVOIR, alternation
from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import readings

_APOS = "['’]"


# "à" + an article: "au", "aux", "à la", "à l'".
_TO = {"le ": "au ", "les ": "aux ", "la ": "à la ", "l'": "à l'", "l’": "à l’"}


# --- submit ---------------------------------------------------------------------------------
_SUBMIT_EN = re.compile(r"\bsubmit(?:s|ted|ting)?\b", re.IGNORECASE)
_DELIVER_EN = re.compile(r"\bdeliver\w*|\bhand(?:s|ed|ing)? over\b", re.IGNORECASE)
# *N, submitted to* (no auxiliary): the pivot's "a livré à" is the participle.
_REDUCED_EN = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
                         r"(?<!\bis )(?<!\bare )(?<!\bbe )\bsubmitted to\b", re.IGNORECASE)
_LIVRER = re.compile(_B + r"(livr(?:er|é|ée|és|ées|ent|ons|ez|ait|aient|era|eront|erait|"
                     r"eraient|ant))" + _E)
_REPORT = re.compile(_B + r"[Rr]apports?(?: " + _W + r"){0,4} $")


def submit(source: str, french: str) -> str:
    """ "Les rapports ont été livrés" -> "présentés", "un projet de loi, a livré à la Douma"
    -> "soumis à la Douma" where the English says *submit* and not *deliver*."""
    if "livr" not in french or not _SUBMIT_EN.search(source) or _DELIVER_EN.search(source):
        return french
    if _REDUCED_EN.search(source):
        french = re.sub(_B + r"a livré à" + _E, "soumis à", french)

    def fix(m: re.Match[str]) -> str:
        lemma = "présenter" if _REPORT.search(french[max(0, m.start() - 60):m.start()]) \
            else "soumettre"
        return reverb(m.group(1), lemma, participle=True) or m.group(1)

    return _LIVRER.sub(fix, french, count=len(_SUBMIT_EN.findall(source)))


# --- concern, care --------------------------------------------------------------------------
# *concern(s)* a verb of subject matter: after a noun or pronoun, before what it is about.
_CONCERN_EN = re.compile(r"\b(\w+)\s+concern(?:s|ed)?\s+(?!(?:about|over|for|with|that|at|to|"
                         r"in|by|you|us|me|them|him|her|regarding)\b)[\w,]", re.IGNORECASE)
_NOT_SUBJECT = frozenset(("the", "a", "an", "our", "their", "your", "my", "his", "its", "of",
                          "as", "serious", "grave", "great", "deep", "particular", "special",
                          "main", "key", "major", "no", "any", "some", "express", "expressed",
                          "expressing", "voice", "voiced", "share", "shared", "is", "are", "was",
                          "were", "be", "been", "am", "feel", "felt", "get", "got", "those",
                          "growing", "legitimate", "common", "with", "without", "cause",
                          "caused", "raise", "raised", "and", "or", "of", "for"))
_PREOCCUPER = re.compile(_B + r"(préoccup(?:e|ent|ait|aient|a|èrent|era|eront|é|ée|és|ées))"
                         + _E)
# Before "préoccupe": an object pronoun (the worry sense) or "être" (the adjective).
_WORRY_BEFORE = re.compile(r"(?:" + _B + r"(?:vous|nous|me|te|le|la|les|lui|leur|se|en|"
                           r"est|sont|suis|sommes|êtes|était|étaient|être|été|sera|seront|"
                           r"serait|reste|restent|très|plus|moins|si|aussi)|[mtsl]" + _APOS
                           + r") ?$", re.IGNORECASE)
_AUX = AVOIR
_THIS_CONCERNS_EN = re.compile(r"\b(?:This|That|It)\s+concerns\b")
_THIS_CONCERNS_FR = re.compile(r"(?:^|(?<=[.!?;:] ))(?:Ces|Cette|Ce|Cet) préoccupations? ")
_CONCERNED_EN = re.compile(r"\b(?:concerned|worried)\s+about\b", re.IGNORECASE)
_CONCERNED_FR = re.compile(_B + r"((?:préoccupé|inquiet|inquiète)(?:e?s?)) environ (?=(?:le|la|"
                           r"les|l['’]|ce|cette|ces|son|sa|ses|leur|leurs|notre|nos)" + _E + ")")
_EXPRESSED_EN = re.compile(r"\b(?:express|expressed|expressing|voiced?)\s+concern\s+(?:over|about"
                           r"|at|regarding)\b", re.IGNORECASE)
_EXPRESSED_FR = re.compile(_B + r"((?:a|ont|avons|avait|avaient) exprimé) préoccuper "
                           r"(?:sur|environ|au-dessus de) (?:(le|les) )?")
# The possessive of the auxiliary's person: "ont exprimé leur préoccupation".
_OWNER = {"a": "sa", "avait": "sa", "ont": "leur", "avaient": "leur", "avons": "notre"}
_CARE_EN = re.compile(r"\bcar(?:e|es|ed|ing)\s+(?:about|for)\b", re.IGNORECASE)
_CARE_FR = re.compile(_B + r"(se|s['’]|nous|vous) (préoccup" + _W + r") (?:environ |sur |de |"
                      r"pour )?(?:(le|les) |(?=(?:la|l['’]|nos|vos|leurs|ses|son|sa|notre|votre|"
                      r"leur|ces|ce|cette)" + _E + "))")


def _concern_count(source: str) -> int:
    return sum(1 for m in _CONCERN_EN.finditer(source) if m.group(1).lower() not in _NOT_SUBJECT)


def concern(source: str, french: str) -> str:
    """*concern* as *be about* "concerner", *concerned about*, *expressed concern over*,
    *care about/for* (see above)."""
    if "préoccup" not in french:
        return french
    if _CONCERNED_EN.search(source):
        french = _CONCERNED_FR.sub(r"\1 par ", french)
    if _EXPRESSED_EN.search(source):
        french = _EXPRESSED_FR.sub(lambda m: m.group(1) + " " + _OWNER[
            m.group(1).split()[0]] + " préoccupation au sujet "
            + {"le": "du ", "les": "des "}.get(m.group(2) or "", "de "), french)
    if _CARE_EN.search(source):

        def care(m: re.Match[str]) -> str:
            verb = reverb(m.group(2), "soucier")
            if verb is None:
                return m.group(0)
            det = (m.group(3) or "").lower()
            return f"{m.group(1)} {verb} " + {"le": "du ", "les": "des "}.get(det, "de ")

        french = _CARE_FR.sub(care, french)
    count = _concern_count(source)
    if not count:
        return french
    if _THIS_CONCERNS_EN.search(source):
        french, done = _THIS_CONCERNS_FR.subn("Cela concerne ", french, count=1)
        count -= done

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        before = french[:m.start()]
        if count <= 0 or _WORRY_BEFORE.search(before):
            return m.group(1)
        previous = before.split()[-1:]
        participle = m.group(1).endswith(("é", "ée", "és", "ées"))
        if participle and (not previous or previous[0].lower() not in _AUX):
            return m.group(1)  # "cette année préoccupée": not a form to guess
        count -= 1
        return reverb(m.group(1), "concerner", participle=participle) or m.group(1)

    return _PREOCCUPER.sub(fix, french)


# --- assist ---------------------------------------------------------------------------------
_ASSIST_EN = re.compile(r"\bassist(?:s|ed|ing)?\b", re.IGNORECASE)
_ATTEND_EN = re.compile(r"\b(?:attend\w*|witness\w*|watch\w*|present at|took part|"
                        r"take part|taking part)\b", re.IGNORECASE)
_ASSIST_IN = re.compile(_B + r"(assist(?:er|e|ent|ons|ez|ait|aient|era|eront|erait|eraient|"
                        r"é|ant)) dans (le |la |les |l['’])")
# *assist* someone: the verb, then (an adverb and) a determiner or a pronoun, never "à" (the
# *attend* of "assister à").
_ASSIST_OBJ = re.compile(_B + r"(assist(?:er|e|ent|ons|ez|ait|aient|era|eront|erait|eraient)|"
                         r"(?<=en )assistant)((?: " + _W + r"ment)?) (?=(?:le|la|les|l['’]|ces|"
                         r"ce|cette|nos|vos|leurs|un|une|des|notre|votre|leur|ses|son|sa|"
                         r"ceux|celles|tous|toutes)" + _E + ")")


def assist(source: str, french: str) -> str:
    """ "assister dans l'établissement" -> "contribuer à l'établissement", "Vous assistez
    efficacement ces" -> "Vous aidez efficacement ces" where the English says *assist* and
    not *attend*."""
    if "assist" not in french or not _ASSIST_EN.search(source) or _ATTEND_EN.search(source):
        return french

    def into(m: re.Match[str]) -> str:
        verb = reverb(m.group(1), "contribuer", participle=m.group(1).endswith("é"))
        return m.group(0) if verb is None else f"{verb} {_TO[m.group(2)]}"

    french = _ASSIST_IN.sub(into, french)
    return _ASSIST_OBJ.sub(lambda m: (reverb(m.group(1), "aider") or m.group(1))
                           + m.group(2) + " ", french)


# --- ahead of -------------------------------------------------------------------------------
_AHEAD_EN = re.compile(r"\bahead of\b", re.IGNORECASE)
_HEAD_EN = re.compile(r"\b(?:head|heads|headed|heading|top|lead|leads|leading|led)\b",
                      re.IGNORECASE)
_SCHEDULE_EN = re.compile(r"\bahead of (?:the )?(?:schedule|time)\b", re.IGNORECASE)
_EN_TETE = re.compile(_B + r"en tête (?:(de (?:programme|calendrier|l['’]horaire|"
                      r"l['’]emploi du temps|temps|l['’]heure))|de (lui|elle|eux|elles|nous|vous|"
                      r"moi)|(du|des|d['’]|de (?:le |la |les |l['’])?))")


def ahead(source: str, french: str) -> str:
    """ "des années en tête de ses équivalents" -> "en avance sur ses équivalents", "en tête
    de programme" -> "en avance sur le calendrier", "un avenir en tête de lui" -> "devant
    lui" where the English says *ahead of* and nothing French heads."""
    if "en tête d" not in french or not _AHEAD_EN.search(source) or _HEAD_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        if m.group(1):
            return "en avance sur le calendrier" if _SCHEDULE_EN.search(source) else m.group(0)
        if m.group(2):
            return "devant " + m.group(2)
        det = m.group(3)
        if det in ("du", "des"):
            return "en avance sur " + ("le" if det == "du" else "les")
        if det.startswith("d") and det[1:2] in ("'", "’"):
            return "en avance sur "
        return "en avance sur " + det[3:]  # "de ", "de la ", "de l'"

    return _EN_TETE.sub(fix, french, count=len(_AHEAD_EN.findall(source)))


# --- decoration, eventful, busy -------------------------------------------------------------
_DECORATION_EN = re.compile(r"\bdecorations?\b", re.IGNORECASE)
_DECOR = re.compile(_B + r"(?:(un|le|du|au|ce|Un|Le|Du|Au|Ce) )?((?:haut|grand|beau) )?"
                    r"([Dd])écor(s?)" + _E)
_FEMININE_DET = {"un": "une", "le": "la", "du": "de la", "au": "à la", "ce": "cette"}
_FEMININE_ADJ = {"haut ": "haute ", "grand ": "grande ", "beau ": "belle "}
_EVENTFUL_EN = re.compile(r"\beventful\b", re.IGNORECASE)
_CONSEQUENT = re.compile(r"(?<!\bpar )(?<![\w’'-])conséquent(e?)(s?)" + _E)
_BUSY_EN = re.compile(r"\bbusy\b", re.IGNORECASE)
_BUSY_FR = re.compile(_B + r"((?:programme|calendrier|agenda|emploi du temps|ordre du jour|"
                      r"journée|semaine|année|jour|saison|mois)s? (?:très |si |assez )?)"
                      r"occupé(e?s?)" + _E)


def decoration(source: str, french: str) -> str:
    """ "un haut décor" -> "une haute décoration" (*decoration*, a state award or an
    ornament); "un programme occupé et conséquent" -> "un programme chargé et riche" (*busy
    and eventful*)."""
    if "écor" in french and _DECORATION_EN.search(source):

        def fix(m: re.Match[str]) -> str:
            det, adj, d, s = m.group(1), m.group(2), m.group(3), m.group(4)
            out = f"{d}écoration{s}"
            if adj:
                out = _FEMININE_ADJ[adj] + out
            if det:
                out = cased_like(_FEMININE_DET[det.lower()], det) + " " + out
            return out

        french = _DECOR.sub(fix, french)
    if "conséquent" in french and _EVENTFUL_EN.search(source):
        french = _CONSEQUENT.sub(lambda m: "riche" + m.group(2), french)
    if "occupé" in french and _BUSY_EN.search(source):
        french = _BUSY_FR.sub(lambda m: m.group(1) + "chargé" + m.group(2), french)
    return french


# --- provision ------------------------------------------------------------------------------
_PROVISION_OF_EN = re.compile(r"\bprovision of\b(?!\s+(?:the\s+)?(?:article|law|treaty|"
                              r"constitution|code|agreement|convention|decree|act)\b)",
                              re.IGNORECASE)
_PROVISIONS_EN = re.compile(r"\bprovisions\b", re.IGNORECASE)
_FOOD_EN = re.compile(r"\b(?:food\w*|water|suppl\w+|stock\w*|rations?|groceries)\b",
                      re.IGNORECASE)
_PROVISION_DE = re.compile(_B + r"([Pp])rovision (?=(?:de|du|des|d['’])" + _E + ")")
_PROVISIONS_FR = re.compile(_B + r"([Pp])rovisions" + _E)


def provision(source: str, french: str) -> str:
    """ "la provision de l'assistance" -> "la fourniture de l'assistance" (*provision of*),
    "les provisions législatives" -> "les dispositions législatives" (a text's
    *provisions*)."""
    if "rovision" not in french:
        return french
    if _PROVISION_OF_EN.search(source):
        french = _PROVISION_DE.sub(lambda m: cased_like("fourniture ", m.group(1)), french)
    if _PROVISIONS_EN.search(source) and not _FOOD_EN.search(source):
        french = _PROVISIONS_FR.sub(lambda m: cased_like("dispositions", m.group(1)), french)
    return french


# --- domestic -------------------------------------------------------------------------------
_DOMESTIC_EN = re.compile(r"\bdomestic\b", re.IGNORECASE)
_HOUSEHOLD_EN = re.compile(r"\bdomestic\s+(?:violence|animals?|pets?|work|workers?|servants?|"
                           r"waste|appliances?|chores|staff|help|use|users|households?|"
                           r"heating|water)\b", re.IGNORECASE)
# The French nouns whose *domestic* is "intérieur" (the inside of a country): its market,
# affairs, policy, travel.
_INSIDE = frozenset(("marché", "marchés", "affaires", "politique", "politiques", "demande",
                     "consommation", "vol", "vols", "voyage", "voyages", "tourisme", "jour",
                     "agenda", "dette", "prix", "commerce", "transport", "transports",
                     "trafic", "fret", "lignes", "ligne", "air", "aérien", "aérienne",
                     "situation", "débat", "débats", "crise", "front", "sécurité",
                     "investissement", "investissements", "épargne", "croissance"))
_DOMESTIQUE = re.compile(r"(?<![\w-])(" + _W + r")( )domestique(s?)" + _E)
_FORMS = {("intérieur", "m"): ("intérieur", "intérieurs"),
          ("intérieur", "f"): ("intérieure", "intérieures"),
          ("national", "m"): ("national", "nationaux"),
          ("national", "f"): ("nationale", "nationales")}


def _noun(word: str) -> tuple[str, bool] | None:
    """(gender, plural) of a French noun, None if the word is no noun."""
    nouns = [r for r in readings([word.lower()]).get(word.lower(), ()) if r.pos == "n"]
    if not nouns:
        return None
    return ("f" if nouns[0].gender == "f" else "m"), nouns[0].number == "pl"


def domestic(source: str, french: str) -> str:
    """ "le marché domestique" -> "le marché intérieur", "les affaires domestiques" -> "les
    affaires intérieures", "nos producteurs domestiques" -> "nos producteurs nationaux"
    where the English says *domestic* and not of the household."""
    if "domestique" not in french or not _DOMESTIC_EN.search(source) \
            or _HOUSEHOLD_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        noun = _noun(m.group(1))
        if noun is None:
            return m.group(0)
        gender, plural = noun
        kind = "intérieur" if m.group(1).lower() in _INSIDE else "national"
        return m.group(1) + m.group(2) + _FORMS[kind, gender][plural or bool(m.group(3))]

    return _DOMESTIQUE.sub(fix, french)


# --- set, upgrade, place -------------------------------------------------------------------
_SET_EN = re.compile(r"\bset(?:s|ting)?\b(?!\s+(?:up|to|off|out|aside|about|in|forth|"
                     r"apart|free|fire|foot|down)\b)", re.IGNORECASE)
_POSER = (r"pos(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|eront|erait|eraient|ant|"
          r"erons)")
# What one *sets*: a goal, a task, a course "fixer"; an example, a tone "donner".
_SET_NOUN = (r"buts?|objectifs?|tâches?|priorités?|direction|cap|caps|record|records|"
             r"normes?|règles?|limites?|délais?|cibles?|ton|exemples?|tracé|cadre|calendrier")
_SET_OBJ = re.compile(_B + "(" + _POSER + r") ((?:(?:le|la|les|l['’]|un|une|des|de|d['’]|"
                      r"nos|vos|leurs|notre|votre|leur|ses|son|sa|ces|cette|ce|cet)\s?)?(?:"
                      + _W + r" )?)(" + _SET_NOUN + ")" + _E, re.IGNORECASE)
# The pivot may leave out the relative and its subject: "les buts avons posé".
_SET_REL = re.compile(_B + "(" + _SET_NOUN + r") ((?:que (?:nous|vous|ils|elles|il|elle|on) |"
                      r"que j['’])?(?:" + alternation(AVOIR) + r") )(pos(?:é|"
                      r"ée|és|ées))" + _E, re.IGNORECASE)
_GIVEN = ("exemple", "exemples", "ton")
_UPGRADE_EN = re.compile(r"\bupgrad(?:e|es|ed|ing)\b", re.IGNORECASE)
_UPDATE_EN = re.compile(r"\bupdat\w*", re.IGNORECASE)
_METTRE_A_JOUR = re.compile(_B + r"(mettre|mets|met|mettons|mettez|mettent|mis|mise|mises|"
                            r"mettra|mettront|mettrait|mettant|mettait|mettaient) à jour" + _E)
_PLACE_EN = re.compile(r"\bplac(?:e|es|ed|ing)\b", re.IGNORECASE)
_CASER = re.compile(_B + r"(cas(?:er|e|es|ent|é|ée|és|ées|ant|era|eront|ons|ez))" + _E)


def set_goal(source: str, french: str) -> str:
    """ "les buts que nous avons posés" -> "fixés", "pose un exemple" -> "donne un
    exemple" (*set* a goal, an example); *upgrade* "mettre à jour" (*update*) ->
    "moderniser"; *place* "caser" (colloquial *stow away*) -> "placer"."""
    if "pos" in french and _SET_EN.search(source):

        def obj(m: re.Match[str]) -> str:
            lemma = "donner" if m.group(3).lower() in _GIVEN else "fixer"
            verb = reverb(m.group(1), lemma, participle=m.group(1).lower().startswith("posé"))
            return m.group(0) if verb is None else f"{verb} {m.group(2)}{m.group(3)}"

        french = _SET_OBJ.sub(obj, french)
        french = _SET_REL.sub(lambda m: f"{m.group(1)} {m.group(2)}fix" + m.group(3)[3:],
                              french)
    if "à jour" in french and _UPGRADE_EN.search(source) and not _UPDATE_EN.search(source):
        french = _METTRE_A_JOUR.sub(lambda m: reverb(m.group(1), "moderniser",
                                                     participle=m.group(1).startswith("mis"))
                                    or m.group(0), french)
    if "cas" in french and _PLACE_EN.search(source):
        french = _CASER.sub(lambda m: reverb(m.group(1), "placer",
                                             participle=m.group(1).endswith(("é", "ée", "és",
                                                                             "ées")))
                            or m.group(1), french)
    return french


# --- nouns: output, grant, mastery, race, capacity, track, issues ---------------------------
# (English word, guard, French noun, its French) for nouns of one gender in both languages.
_NOUNS = (
    (re.compile(r"\boutputs?\b", re.IGNORECASE), re.compile(r"\b(?:exit|outing|release|"
     r"leav\w+|sortie)\b", re.IGNORECASE), "sortie", "production"),
    (re.compile(r"\bgrants?\b", re.IGNORECASE), re.compile(r"\b(?:recipients?|students?|"
     r"scholarships?|fellows?\w*|protégés?|study|studies)\b", re.IGNORECASE), "bourse",
     "subvention"),
    (re.compile(r"\bmastery\b", re.IGNORECASE), re.compile(r"\bdominat\w*", re.IGNORECASE),
     "domination", "maîtrise"),
    (re.compile(r"\braces?\b(?!\s*,\s*(?:religion|creed|colou?r|ethnicity|nationality))",
                re.IGNORECASE),
     re.compile(r"\b(?:racial|racism|racist|human race|regardless of race|ethnic\w*)\b",
                re.IGNORECASE), "race", "course"),
)


def _noun_word(noun: str) -> re.Pattern[str]:
    return re.compile(_B + "([" + noun[0].upper() + noun[0] + "])" + noun[1:] + "(s?)" + _E)


def _renamed(word: str, m: re.Match[str]) -> str:
    return cased_like(word, m.group(1)) + m.group(2)


_NOUN_WORDS = tuple(_noun_word(n[2]) for n in _NOUNS)
_CAPACITY_EN = re.compile(r"\bin (?:your|a|his|her|their|my|our) new capacity\b", re.IGNORECASE)
_CAPACITE = re.compile(_B + r"dans (votre|une|sa|leur|ma|notre) (?:nouvelle capacité|capacité "
                       r"nouvelle)" + _E)
_FUNCTIONS = {"votre": "vos", "une": "de", "sa": "ses", "leur": "leurs", "ma": "mes",
              "notre": "nos"}
_TRACK_EN = re.compile(r"\bon (?:a |the |several |many |two |three |different )?(?:[a-z-]+ )?"
                       r"tracks?\b", re.IGNORECASE)
_PISTE = re.compile(_B + r"(?:dans|sur) (une|la|plusieurs|des|deux|trois|différentes) "
                    r"(" + _W + r" )?pistes?" + _E)
_ISSUES_EN = re.compile(r"\bissues (?:related|linked|connected|relating)\b", re.IGNORECASE)
_EMET = re.compile(_B + r"(?:(sur|de|des|les) )?émet (?:lié|raccordé|relié|connecté)s? "
                   r"(?:à|avec) ")


def nouns(source: str, french: str) -> str:
    """*output* "sortie" -> "production", a *grant* "bourse" (a scholarship) ->
    "subvention", *mastery* "domination" -> "maîtrise", a *race* "race" -> "course"; *in
    your new capacity* "dans votre nouvelle capacité" -> "dans vos nouvelles fonctions";
    *on a sustainable track* "dans une piste" -> "sur une voie"; *issues related to* "émet
    lié à" (the verb *issue*) -> "les questions liées à"."""
    for (english, guard, _, word), pattern in zip(_NOUNS, _NOUN_WORDS, strict=True):
        if english.search(source) and not guard.search(source):
            french = pattern.sub(partial(_renamed, word), french)
    if "capacité" in french and _CAPACITY_EN.search(source):
        french = _CAPACITE.sub(lambda m: f"dans {_FUNCTIONS[m.group(1)]} nouvelles fonctions",
                               french)
    if "piste" in french and _TRACK_EN.search(source):
        french = _PISTE.sub(lambda m: "sur " + m.group(1) + " " + (m.group(2) or "") + "voie"
                            + ("s" if m.group(0).endswith("s") else ""), french)
    if "émet" in french and _ISSUES_EN.search(source):
        french = _EMET.sub(lambda m: {"sur": "sur les", "de": "des", "des": "des",
                                      "les": "les"}.get(m.group(1) or "", "les")
                           + " questions liées à ", french)
    return french


# --- review, fall behind, achieve ----------------------------------------------------------
_REVIEW_EN = re.compile(r"\breview(?:s|ed|ing)?\b", re.IGNORECASE)
_REVISE_EN = re.compile(r"\b(?:revis\w*|overhaul\w*|amend\w*|alter\w*|modif\w*)", re.IGNORECASE)
_REVISER = re.compile(_B + r"([Rr]évis(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|eront|"
                      r"erait|eraient|ant|erons|erez))" + _E)
_BEHIND_EN = re.compile(r"\b(?:fall|falls|fell|fallen|falling|lag|lags|lagged|lagging)\s+"
                        r"behind\b", re.IGNORECASE)
# "tomber derrière": the state after "être" ("est encore en retard sur"), the verb else
# ("prendrons du retard sur").
_BEHIND_STATE = re.compile(_B + r"((?:est|sont|était|étaient|sera|seront) (?:(?:encore|toujours|"
                           r"déjà|souvent) )?)tomb(?:é|ée|és|ées) (?:postérieur )?derrière"
                           r"(?: derrière)?( (?=" + _W + ")|(?=[,.;:!?]))")
_BEHIND_VERB = re.compile(_B + r"(tomb(?:er|e|es|ons|ez|ent|ait|aient|era|erons|eront|erait|"
                          r"eraient|ant)) (?:postérieur )?derrière(?: derrière)?( (?=" + _W
                          + ")|(?=[,.;:!?]))")
_FOLLOWED = re.compile(r"(?:le|la|les|l['’]|ce|cette|ces|nos|leurs|notre|leur|d['’]autres|"
                       r"beaucoup|tous|toutes|[A-ZÉ])")
_ACHIEVE_EN = re.compile(r"\b(?:achiev|reach)\w*", re.IGNORECASE)
_OBTENIR_GOAL = re.compile(_B + r"((?:obten|obtien)" + _W + r") ((?:les|des|nos|vos|leurs|notre|"
                           r"votre|leur|ses|son|sa|ces|cet|cette|ce|ce|tous les|toutes les) "
                           r"(?:" + _W + r" )?(?:buts?|objectifs?|cibles?|indicateurs?)" + _E + ")")


def review(source: str, french: str) -> str:
    """*review* "réviser" (*revise*, *overhaul*) -> "examiner" ("ils ont examiné le travail",
    "seront examinées au Conseil d'État"); *fall/lag behind* "tomber derrière" -> "prendre
    du retard sur", "être en retard sur"; *achieve* a goal "obtenir" -> "atteindre"."""
    if "évis" in french and _REVIEW_EN.search(source) and not _REVISE_EN.search(source):
        french = _REVISER.sub(lambda m: reverb(m.group(1), "examiner", participle=m.group(1)
                                               .endswith(("é", "ée", "és", "ées")))
                              or m.group(1), french)
    if "derrière" in french and _BEHIND_EN.search(source):

        def state(m: re.Match[str]) -> str:
            after = french[m.end():]
            return m.group(1) + "en retard" + (" sur " if _FOLLOWED.match(after) else m.group(2))

        def verb(m: re.Match[str]) -> str:
            form = reverb(m.group(1), "prendre")
            if form is None:
                return m.group(0)
            after = french[m.end():]
            return form + " du retard" + (" sur " if _FOLLOWED.match(after) else m.group(2))

        french = _BEHIND_STATE.sub(state, french)
        french = _BEHIND_VERB.sub(verb, french)
    if "obt" in french and _ACHIEVE_EN.search(source):
        french = _OBTENIR_GOAL.sub(lambda m: (reverb(m.group(1), "atteindre", participle=m.group(1)
                                                     .endswith(("u", "ue", "us", "ues")))
                                              or m.group(1)) + " " + m.group(2), french)
    return french


def word_choices(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (submit, concern, assist, ahead, decoration, provision, domestic, set_goal,
                 nouns, review):
        french = rule(source, french)
    return french
