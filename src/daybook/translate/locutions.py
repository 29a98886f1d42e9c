"""English prepositional locutions the pivot says word for word, written as French says them.

Each is a locution of the Robert & Collins (and the TLFi for "en termes de"), rewritten only
where the English sentence has it and no more often than it has it:

- *on the international arena/scene* "dans le champ international", "dans la scène
  internationale" -> "sur la scène internationale" (*stage*, the pivot's "étape", is
  ``phrase_senses``');
- *in honour of* "en honneur des diplômés", "dans l'honneur des" -> "en l'honneur des";
- *in the form of* "dans la forme d'un consortium" -> "sous la forme d'un consortium";
- *to a great/large extent* "à une grande portée" -> "dans une large mesure";
- *thank in advance* "pour avance" -> "d'avance";
- *over* + a figure, the pivot's "par-dessus", "plus de" ("représenté par-dessus six
  milliards" -> "plus de six milliards"), *for over* + a time "pendant plus de";
- *a number of* "beaucoup de" (*many*) -> "un certain nombre de", where the English says no
  *many*, *much*, *a lot*;
- *in terms of* "en termes du développement" -> "en termes de développement" (the locution
  takes its noun bare), the pivot's "dedans appelle des" -> "en termes de";
- *in full* "utilisés en plein" -> "pleinement";
- *under* an agreement, an article, a law "en vertu de" ("sous Article 217" -> "en vertu de
  l'article 217"), a programme or a plan "dans le cadre de" (the pivot's "sous");
- *at the cost of* "au coût de" -> "au prix de" (*take the floor* is
  ``verb_senses.take_nouns``); *in advance of* "Par avance de la visite" -> "Avant la visite";
- verbs said with another verb, in the form the engine gave (Robert & Collins): *pay
  tribute to* "payons du tribut à" -> "rendons hommage à", *pay a visit* "payera une visite"
  -> "effectuera une visite", *consist of* "consiste de" -> "se compose de", *rely on*
  "confier sur" -> "compter sur";
- *if at all* after *barely*, *rarely*, *little* "si en absolu" -> "voire pas du tout";
- *as far as we are concerned* "par rapport à nous" -> "en ce qui nous concerne" (*I am*:
  "en ce qui me concerne");
- *in the run-up to* "dans la course-jusqu'à l'élection" -> "à l'approche de l'élection";
- *by right* before *considered*, *regarded* "de droit" -> "à juste titre";
- *over* + a stretch of time "Sur les dernières années" -> "Au cours des dernières années",
  *over the years* "Au fil des années", *over the years since its establishment* "Depuis sa
  création" (*establishment*, *founding* of a body: "création", "fondation");
- *from the outset / the very beginning* "du début", "de bon principe" -> "dès le début";
- *on many / several occasions* "dans beaucoup d'occasions" -> "à de nombreuses reprises",
  "à plusieurs reprises"; *on this occasion* "à cette occasion";
- *in the age/era of* "dans l'âge de" -> "à l'ère de"; *side by side* "de côté" -> "côte à
  côte"; *is up / down* + a figure "est en haut de 10 %" -> "est en hausse de 10 %", "en
  baisse de";
- *given* + a noun phrase "Donné la situation" -> "Compte tenu de la situation"; *as a first
  step* "Comme premier pas" -> "Dans un premier temps".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from daybook.translate.french import LOWER, VOWEL_START, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.idioms import relemma

__all__ = ["Locution", "apply_table", "english", "locutions", "written"]

_Repl = Callable[[re.Match[str]], str]


@dataclass(frozen=True, slots=True)
class Locution:
    """The English locution, the pivot's French for it, and what French says."""

    english: re.Pattern[str]
    french: re.Pattern[str]
    repl: _Repl
    unless: re.Pattern[str] | None = None  # English that makes the French word right
    cue: str = ""  # a substring the French must hold: a cheap test before the English one


def english(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _fr(pattern: str) -> re.Pattern[str]:
    return re.compile(_B + pattern + _E)


def _scene(m: re.Match[str]) -> str:
    return f"{cased_like('sur', m.group(1))} la scène {m.group(2)}e"


def written(text: str) -> _Repl:
    """The replacement ``text``, capitalised as the match was."""
    return lambda m: cased_like(text, m.group(0))


def _verb_as(m: re.Match[str], lemma: str, tail: str, clitic: str = "") -> str:
    """The verb of group 1 said as the same form of ``lemma`` ("payons" -> "rendons"), with
    its pronoun and what follows; the match as it was if the analyser reads no verb."""
    form = relemma(m.group(1), lemma)
    if form is None:
        return m.group(0)
    if clitic and VOWEL_START.match(form):
        clitic = clitic[0] + "'"
    return cased_like(clitic + form.lower(), m.group(1)) + tail


def _in_terms(m: re.Match[str]) -> str:
    """ "en termes du développement" -> "en termes de développement", elided before a
    vowel ("en termes d'investissements")."""
    made = cased_like("en termes ", m.group(0))
    return made + ("d'" if VOWEL_START.match(m.string[m.end():]) else "de ")


# *in advance of* "Par avance de la visite" -> "Avant la visite": the article after "de"
_OF_DET = {"de la": "la ", "de l'": "l'", "de l’": "l’", "du": "le ", "des": "les ",
           "d'": "", "d’": ""}



def _before(m: re.Match[str]) -> str:
    return cased_like("avant ", m.group(0)) + _OF_DET[m.group("det").strip()]


# *in the run-up to*: what the pivot's "jusqu'" held, after "à l'approche"
_RUN_UP = {"à la ": "de la ", "à l'": "de l'", "à l’": "de l’", "au ": "du ", "aux ": "des ",
           "en ": "de "}


def _run_up(m: re.Match[str]) -> str:
    """ "dans la course-jusqu'au scrutin" -> "à l'approche du scrutin"."""
    return cased_like("à l'approche ", m.group(0)) + _RUN_UP[m.group("p")]


def _concerned(m: re.Match[str]) -> str:
    """ "Par rapport à nous" -> "En ce qui nous concerne", "moi" -> "me"."""
    who = "nous" if m.group("who") == "nous" else "me"
    return cased_like(f"en ce qui {who} concerne", m.group(0))


def _under(m: re.Match[str]) -> str:
    """*under* an agreement, a law "en vertu de", a programme "dans le cadre de" (Robert &
    Collins):  "sous le programme" -> "dans le cadre du programme", "Sous un accord" -> "En vertu
    d'un accord", "sous Article 217" -> "en vertu de l'article 217"."""
    head = "dans le cadre " if m.group("plan") else "en vertu "
    noun = m.group("noun").lower() if m.group("noun")[1:].islower() else m.group("noun")
    det = (m.group("det") or "").strip().lower()
    if not det:  # a bare noun takes the definite article ("de l'article 217")
        det = ("l'" if VOWEL_START.match(noun) else
               "la" if noun.startswith(("loi", "résolution", "convention")) else "le")
        det = "les" if noun.endswith("s") and not noun.startswith("Article") else det
    joined = {"le": "du ", "les": "des ", "un": "d'un ", "une": "d'une "}.get(det)
    if joined is None:
        joined = "de " + det + ("" if det.endswith(("'", "’")) else " ")
    return cased_like(head, m.group(1)) + joined + noun


# *over* + a stretch of time: "Sur les dernières années" -> "Au cours des dernières années",
# the article joined to "de"
_OVER_DET = {"les": "des ", "ces": "de ces ", "la": "de la ", "le": "du ", "cette": "de cette ",
             "ce": "de ce ", "l'": "de l'", "l’": "de l’"}


# not "le" + a figure: "sur le prochain cinq ans" is ``prochain``'s to reorder
_OVER_FR = re.compile(_B + r"[Ss]ur (?P<det>les|ces|la|cette|ce|l['’])\s?(?P<mid>(?:" + LOWER
                      + r"+ |\d+ ){0,3}?)(?P<unit>années|ans|mois|décennies|décennie|semaines|"
                      r"jours|siècles|siècle|période)" + _E
                      + r"(?P<recent> (?:récentes|dernières|passées))?"
                      r"(?P<tail> (?:de|d['’]|du|des|depuis)" + _E + r")?")


def _over(m: re.Match[str]) -> str:
    """ "Sur les années," -> "Au fil des années," (*over the years*, Robert & Collins "au fil
    des ans"); "sur les cinq dernières années" -> "au cours des cinq dernières années"; "les
    années récentes / dernières" -> "des dernières années" (*recent, past years*; the
    adjective goes before the noun later, ``adjectives_np``, but not after "des")."""
    det, mid, unit = m.group("det").lower(), m.group("mid"), m.group("unit")
    tail = m.group("tail") or ""
    if det == "les" and unit == "années" and m.group("recent"):
        return cased_like("au cours des dernières années", m.group(0)) + tail
    if det == "les" and unit == "années" and not mid and not tail:
        return cased_like("au fil des années", m.group(0))
    return (cased_like("au cours ", m.group(0)) + _OVER_DET[det] + mid + unit
            + (m.group("recent") or "") + tail)


# *since its establishment/founding*: the pivot's "établissement" (a building) and "fonder"
# (the verb), Robert & Collins "création", "fondation", both feminine
_FOUNDED = {"établissement": "création", "fonder": "fondation", "fondation": "fondation",
            "création": "création"}


def _since(m: re.Match[str]) -> str:
    det = m.group("det").lower()
    det = {"son": "sa", "l'": "la ", "l’": "la "}.get(det, det)
    return f"{m.group(1)} {det.strip()} {_FOUNDED[m.group('noun')]}"


def _occasions(m: re.Match[str]) -> str:
    """ "dans beaucoup d'occasions" -> "à de nombreuses reprises", "dans plusieurs occasions"
    -> "à plusieurs reprises" (*on many / several occasions*)."""
    many = "plusieurs" if m.group("q").startswith(("plusieurs", "un certain")) else "de nombreuses"
    return cased_like(f"à {many} reprises", m.group(0))


def _given(m: re.Match[str]) -> str:
    """ "Donné la situation" -> "Compte tenu de la situation" (*given* + a noun phrase;
    Robert & Collins), "Donné les" -> "Compte tenu des", "Donné ça" -> "Compte tenu de cela"."""
    det = m.group("det")
    joined = {"le ": "du ", "les ": "des ", "ça": "de cela", "cela": "de cela"}.get(
        det.lower(), "de " + det)
    return cased_like("compte tenu ", m.group(0)) + joined


_FIGURE = (r"(?=\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|"
           r"trente|quarante|cinquante|cent|mille)" + _E + ")")
_TIME_UNITS = r"(?:ans|années|mois|semaines|jours|heures|siècles|décennies)"

_TABLE: tuple[Locution, ...] = (
    Locution(english(r"\b(?:on|in|at|onto)\s+the\s+(?:international|world|global)\s+"
                 r"(?:arena|scene)\b"),
             _fr(r"([Dd]ans|[Ss]ur|[Ee]n|[Àà]) (?:le champ|la scène|l['’]arène) "
                 r"(international|mondial)e?"), _scene),
    Locution(english(r"\bin\s+honou?r\s+of\b"),
             re.compile(_B + r"(?:[Ee]n|[Dd]ans) (?:l['’])?honneur (?=de |du |des |d['’])"),
             written("en l'honneur ")),
    Locution(english(r"\bin\s+the\s+form\s+of\b"),
             re.compile(_B + r"([Dd])ans la forme (?=de |du |des |d['’])"),
             lambda m: ("S" if m.group(1) == "D" else "s") + "ous la forme "),
    Locution(english(r"\bto\s+a\s+(?:great|large|considerable|significant)\s+extent\b"),
             _fr(r"[Àà] une (?:grande|large|considérable|importante) (?:portée|étendue)"),
             written("dans une large mesure")),
    Locution(english(r"\bin\s+advance\b"), _fr(r"pour avance"), written("d'avance")),
    Locution(english(r"\bfor\s+over\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                 r"twenty|a\s+hundred)"),
             re.compile(_B + r"par-dessus (?=(?:\d+|[a-z]+(?:-[a-z]+)*) " + _TIME_UNITS + _E
                        + ")"),
             written("pendant plus de ")),
    Locution(english(r"\bover\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                 r"fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+thousand)"),
             re.compile(_B + r"par-dessus " + _FIGURE), written("plus de ")),
    Locution(english(r"\bover\s+(?:a|one)\s+(?:hundred|thousand|million|billion)\b"),
             re.compile(_B + r"sur (?:(?=(?:cent|mille)" + _E + ")|un (?=(?:million|milliard|"
                        r"millier)" + _E + "))"),
             lambda m: "plus d'un " if m.group(0).endswith("un ") else "plus de "),
    Locution(english(r"\bunder\s+(?:(?:the|an?|this|that|its|their|our|these)\s+)?(?:[\w-]+\s+)?"
                 r"(?:agreements?|articles?|laws?|decrees?|contracts?|treat(?:y|ies)|"
                 r"resolutions?|conventions?|programmes?|programs?|projects?|plans?)\b"),
             re.compile(_B + r"([Ss])ous (?P<det>le |la |l['’]|les |un |une |ce |cet |cette |"
                        r"ces )?(?P<noun>(?P<plan>programmes?|projets?|plans?)|accords?|articles?|"
                        r"Articles?|lois?|décrets?|contrats?|traités?|résolutions?|"
                        r"conventions?)" + _E), _under),
    Locution(english(r"\bat\s+the\s+(?:cost|price)\s+of\b"),
             re.compile(_B + r"([Aa])u coût (?=de |du |des |d['’])"),
             lambda m: f"{m.group(1)}u prix "),
    Locution(english(r"\bin\s+advance\s+of\b"),
             re.compile(_B + r"([Pp])ar avance (?P<det>de la |de l['’]|du |des |d['’])"),
             _before),
    Locution(english(r"\bpa(?:y|ys|id|ying)\s+(?:(?:a|their|his|her|our|special|great|due)\s+)?"
                 r"tribute\s+to\b"),
             re.compile(_B + r"(pa[iy]" + LOWER + r"*) (?:du |un |le )?tribut(?= (?:à|au|aux) )"),
             lambda m: _verb_as(m, "rendre", " hommage")),
    Locution(english(r"\bpa(?:y|ys|id|ying)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                 r"visit\b"),
             re.compile(_B + r"(pa[iy]" + LOWER + r"*) (?=(?:une|sa|leur|la) (?:" + LOWER
                        + r"+ )?visite" + _E + ")"),
             lambda m: _verb_as(m, "effectuer", " ")),
    Locution(english(r"\bconsist(?:s|ed|ing)?\s+of\b"),
             re.compile(_B + r"(consist" + LOWER + r"*) (?=de |des |du |d['’])"),
             lambda m: _verb_as(m, "composer", " ", "se ")),
    # bare *rely* with no subject before it is an infinitive (*to keep an eye on ... and rely
    # on*), which the pivot wrote as a finite "confie" ("compte" would read as a noun)
    Locution(english(r"(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)\brely\s+on\b"),
             re.compile(_B + r"confie(?:nt)? (?=sur )"), written("compter ")),
    Locution(english(r"\brel(?:y|ies|ied|ying)\s+on\b"),
             re.compile(_B + r"(confi" + LOWER + r"*) (?=sur )"),
             lambda m: _verb_as(m, "compter", " ")),
    Locution(english(r"\b(?:barely|hardly|scarcely|rarely|seldom|little|few)\b[^.?!]*\bif\s+at\s+"
                 r"all\b"), _fr(r"si (?:en absolu|du tout|à tous)"), written("voire pas du tout")),
    Locution(english(r"\bas\s+far\s+as\s+(?:we\s+are|we['’]re|I\s+am|I['’]m)\s+concerned\b"),
             _fr(r"(?:[Pp]ar rapport à|[Aa]utant que) (?P<who>nous|moi)(?: sommes concernés| suis "
                 r"concerné)?"), _concerned),
    Locution(english(r"\bin\s+the\s+run-up\s+to\b"),
             re.compile(_B + r"(?:[Dd]ans|[Ee]n) la course[- ]jusqu['’]"
                        r"(?P<p>à la |à l['’]|au |aux |en )"), _run_up),
    Locution(english(r"\bby\s+right\s+(?:considered|regarded|seen|recognised|recognized|deemed|"
                 r"called)\b"),
             _fr(r"de droit(?= (?:considér|regard|vu|reconnu|appel|jug))"),
             written("à juste titre")),
    Locution(english(r"\bover\s+the\s+years\s+since\b"),
             re.compile(_B + r"[Ss]ur les années depuis" + _E), written("depuis")),
    Locution(english(r"\bsince\s+(?:its|their|his|her|the)\s+(?:establishment|founding|foundation|"
                 r"inception|creation)\b"),
             re.compile(_B + r"([Dd]epuis) (?P<det>son|sa|leur|l['’])\s?(?P<noun>établissement|"
                        r"fonder|fondation|création)" + _E), _since),
    Locution(english(r"\bover\s+(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,3}?(?:years|"
                 r"months|decades?|weeks|days|centur(?:y|ies)|period)\b"),
             _OVER_FR, _over),
    Locution(english(r"\bfrom\s+the\s+(?:very\s+)?(?:outset|start|beginning|first\s+days?)\b"
                 r"(?!\s+of\b)"),
             re.compile(_B + r"(?:[Dd]u (?:tout )?(?:début|départ|commencement)|[Dd]e bon principe)"
                        + _E + r"(?! d[eu]" + _E + r"| des | d['’])"), written("dès le début")),
    Locution(english(r"\bon\s+(?:many|numerous|several|a\s+number\s+of|various|multiple|"
                 r"repeated)\s+occasions\b"),
             re.compile(_B + r"(?:[Dd]ans|[Ss]ur|[Àà]|[Ee]n) (?P<q>beaucoup d['’]|de nombreuses |"
                        r"nombreuses |plusieurs |un certain nombre d['’]|différentes |diverses |"
                        r"multiples )occasions" + _E), _occasions),
    Locution(english(r"\bon\s+(?:this|that)\s+occasion\b"),
             _fr(r"(?:[Dd]ans|[Ss]ur|[Ee]n) cette occasion"), written("à cette occasion")),
    Locution(english(r"\bin\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:age|era)\b(?!\s+(?:group|"
                 r"bracket|category|range|limit|of\s+\d))"),
             _fr(r"[Dd]ans l['’](?:âge|ère)"), written("à l'ère")),
    Locution(english(r"\bside\s+by\s+side\b"), _fr(r"de côté"), written("côte à côte")),
    Locution(english(r"\b(?:is|are|was|were|be|been|['’]s|['’]re)\s+(?:already\s+|also\s+)?up\s+"
                 r"(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+|over\s+|more\s+than\s+|"
                 r"some\s+)?\d"),
             re.compile(_B + r"(?:en haut de|en haut|au-dessus de|dessus de|dessus)(?= (?:presque |"
                        r"près de |environ |plus de |quelque )?\d)"), written("en hausse de")),
    Locution(english(r"\b(?:is|are|was|were|be|been|['’]s|['’]re)\s+(?:already\s+|also\s+)?down\s+"
                 r"(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+|over\s+|more\s+than\s+|"
                 r"some\s+)?\d"),
             re.compile(_B + r"(?:en bas de|en bas|au-dessous de|dessous de|basses|basse|bas)(?= "
                        r"(?:de )?(?:presque |près de |environ |plus de |quelque )?\d)"),
             written("en baisse de")),
    Locution(english(r"(?:^|[.;:,!?]\s*|\b(?:and|but)\s+)given\s+(?!that\b|to\b|by\b|as\b|in\b)"),
             re.compile(r"(?:^|(?<=[.;:,!?] )|(?<=\bet )|(?<=\bmais ))[Dd]onné (?P<det>la |le |"
                        r"les |l['’]|ça|cela|ce |cette |ces |cet |leur |leurs |son |sa |ses |"
                        r"notre |nos |votre |vos )"), _given),
    Locution(english(r"\bas\s+a\s+first\s+step\b"), _fr(r"[Cc]omme (?:un )?premier pas"),
             written("dans un premier temps")),
    Locution(english(r"\ba\s+number\s+of\b"), re.compile(_B + r"beaucoup (?=de |d['’])"),
             written("un certain nombre "),
             unless=english(r"\b(?:many|much|a\s+lot|lots|plenty|numerous|great\s+deal)\b")),
    Locution(english(r"\bin\s+terms\s+of\b"),
             re.compile(_B + r"(?:(?:[Dd]edans|[Dd]ans) appel\w*|[Ee]n termes) (?:des|du) "),
             _in_terms),
    Locution(english(r"\b(?:in|to)\s+full\b"),
             re.compile(_B + r"en plein(?=[.,;:]| et | pour | par | au | à )"),
             written("pleinement")),
)


def apply_table(table: tuple[Locution, ...], source: str, french: str) -> str:
    """Every locution of ``table``, each as often as the English has it."""
    for entry in table:
        if entry.cue and entry.cue not in french:
            continue
        count = len(entry.english.findall(source))
        if not count or (entry.unless is not None and entry.unless.search(source)):
            continue
        french = entry.french.sub(entry.repl, french, count=count)
    return french


def locutions(source: str, french: str) -> str:
    """Every locution of the table, each as often as the English has it."""
    return apply_table(_TABLE, source, french)
