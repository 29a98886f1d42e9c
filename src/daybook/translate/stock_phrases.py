"""Stock phrases of official English that a general bilingual dictionary lists, where the
pivot says them word for word: each rewritten only where the English sentence has the phrase
and no more often than it has it (``locutions.apply_table``). The French is the dictionaries'
(Robert & Collins, Larousse; Grevisse for the articles):

- *around / across / all over the world* "autour du monde" -> "dans le monde entier" (after
  a noun as after a verb), "du monde entier" after "de" ("les gens de dans le monde
  entier", "d'autour du monde" -> "du monde entier"); not where the English travels round
  it (*a trip around the world*: "le tour du monde");
- *as planned / scheduled / envisaged / expected* "comme il a planifié", "a aussi prévu",
  "comme conçu", "comme attendu" -> "comme prévu";
- *quite a few* "assez quelques" -> "un bon nombre de"; *quite a lot of* "assez de" ->
  "beaucoup de";
- *as for* opening a clause "Au sujet des relations" -> "Quant aux relations" (the article
  of a bare noun is then ``topic_articles``'); *as regards*, *with regard / respect to* "par
  rapport à" (*compared with*), "avec relation à", "avec respect pour" -> "en ce qui
  concerne";
- *regarding*, *concerning* after a noun or a verb, "les questions par rapport à la
  coopération", "quant aux résultats" -> "concernant la coopération", "concernant les
  résultats" (not before an infinitive: "quant à étendre");
- *in the near / foreseeable future* "dans un futur proche" -> "dans un avenir proche";
- *once and for all* "une fois pour toujours" -> "une fois pour toutes";
- *on the whole* "En général" -> "Dans l'ensemble" (not where the English also says *in
  general*);
- *in turn* "en échange" -> "à son tour" ("à leur tour", "à notre tour" ... by the English
  subject next to it); not where the English says *in exchange* or *in return*;
- *in case of* "en cas où d'échec" -> "en cas d'échec"; *in the event of* "dans l'événement
  d'une attaque" -> "en cas d'attaque";
- *do everything possible* "faire tout possible aider" -> "faire tout ce qui est possible
  pour aider", *in our power* "tout dans notre pouvoir de" -> "tout ce qui est en notre
  pouvoir pour"; *make every effort* "faire chaque effort" -> "faire tous les efforts";
- *lay the foundation(s) / groundwork for* "mis le fondement pour", "pose la base pour" ->
  "jeter les bases de" (in the engine's form of the verb);
- *it should / must be said, noted, stressed ... that* "Il devrait être dit que" -> "Il
  convient de dire que", "Il doit être souligné que" -> "Il faut souligner que";
- *gain momentum* "obtenir moment" -> "prendre de l'ampleur"; *on the table* "dans la
  table" -> "sur la table"; *with an eye to* "avec un œil à la formation" -> "en vue de la
  formation"; *take shape* "ont pris donner forme" -> "ont pris forme"; *a lot of water has
  passed under the bridge* "est passée sous le pont" -> "a coulé sous les ponts";
- *as far as I know / remember / understand / can tell* "Aussi loin tandis que je
  souviens" -> "Si je me souviens bien", "pour autant que je sache", "si je comprends
  bien", "pour autant que je puisse en juger"; *once more* "autre fois" -> "une fois de
  plus" (and *to once again* "à une fois de plus" -> "une fois de plus"); *on (the) one
  hand ... on the other* "en u livre", "dans l'autre" -> "d'une part", "d'autre part";
- *as they say* "comme ils disent" -> "comme on dit", *as the saying goes* "comme dit le
  proverbe"; *it is no coincidence that* "C'est aucune coïncidence que" -> "Ce n'est pas un
  hasard si"; *it is no secret that* "Ce n'est un secret pour personne que"; *at the
  latest* "comme très tard" -> "au plus tard"; *all the more* "beaucoup plus" -> "d'autant
  plus"; *put an end to* "mettre une fin à" -> "mettre fin à"; *come to an end* "est venue
  à une fin" -> "a pris fin"; *give rise to* "a donné monter à" -> "a donné lieu à"; *a host
  of* "un hôte de" -> "une foule de"; *the bulk of* "le volume du" -> "l'essentiel du";
- *for a long time* "beaucoup de temps" -> "longtemps", "depuis longtemps" after an English
  perfect (*we have not met for a long time*: "nous ne nous sommes pas rencontrés depuis
  longtemps"); *for a long time to come* "beaucoup de temps à venir" -> "longtemps", *for
  many years to come* "beaucoup d'années à venir" -> "de nombreuses années".
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR_TENSES, ETRE_TENSES, FINITE, THIRD, same_person
from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.idioms import relemma
from daybook.translate.locutions import Locution, apply_table, english, written

__all__ = ["stock_phrases"]


def _fr(pattern: str) -> re.Pattern[str]:
    return re.compile(_B + pattern + _E)


def _world(m: re.Match[str]) -> str:
    """ "de dans le monde entier", "d'autour du monde" -> "du monde entier"; "autour du
    monde" -> "dans le monde entier" (after a noun as after a verb)."""
    return "du monde entier" if m.group("de") or m.group("de2") else "dans le monde entier"


# *as for* + what the pivot's "de" held, said after "quant à"
_AS_FOR = {"des ": "aux ", "du ": "au ", "de la ": "à la ", "de l'": "à l'", "de l’": "à l’",
           "d'": "à ", "d’": "à ", "de ": "à "}


def _as_for(m: re.Match[str]) -> str:
    return cased_like("quant ", m.group(0)) + _AS_FOR[m.group("det")]


# *with regard to* + what the pivot's "à" held, after "en ce qui concerne"
_REGARD = {"à la ": "la ", "à l'": "l'", "à l’": "l’", "au ": "le ", "aux ": "les ", "à ": "",
           "à des ": "les ",
           "pour ": "", "pour la ": "la ", "pour le ": "le ", "pour les ": "les ",
           "pour l'": "l'", "pour l’": "l’", "envers ": ""}


def _regard(m: re.Match[str]) -> str:
    return cased_like("en ce qui concerne ", m.group(0)) + _REGARD[m.group("det")]


def _concerning(m: re.Match[str]) -> str:
    """ "les questions par rapport aux activités" -> "concernant les activités"; a bare noun
    after "en ce qui concerne", which ``topic_articles`` gives its article."""
    det = m.group("det")
    return "en ce qui concerne " if det == "à " else "concernant " + _REGARD[det]


def _momentum(m: re.Match[str]) -> str:
    """ "est en train d'obtenir moment" -> "est en train de prendre de l'ampleur", "a obtenu
    du moment nouveau" -> "a pris de l'ampleur" (*gain momentum*, Robert & Collins)."""
    verb = relemma(m.group("verb"), "prendre", ("pp", "inf", "pri", "ifi", "fti", "cni", "ger"))
    if verb is None:
        return m.group(0)
    return ("de " if m.group("de") else "") + verb + " de l'ampleur"


# the English subject next to *in turn*, and the possessive of "à son tour" it takes
_TURN_WHO = {"i": "mon", "we": "notre", "you": "votre", "they": "leur", "he": "son",
             "she": "son", "it": "son"}
_TURN_EN = re.compile(r"(?:\b([\w’'-]+),?\s+|^)in\s+turn\b,?\s*([\w’'-]+)?", re.IGNORECASE)
_NOT_PLURAL = frozenset(("is", "was", "has", "does", "its", "this", "thus", "us", "as",
                         "his", "its", "yes", "less", "process", "business", "success",
                         "progress", "congress", "address", "access", "press"))


def turn_owner(source: str) -> str:
    """The possessive of "à son tour" for the English subject beside *in turn*: the word
    before it, or after it when it opens the sentence (*In turn, we*)."""
    m = _TURN_EN.search(source)
    if m is None:
        return "son"
    word = (m.group(1) or m.group(2) or "").lower()
    if word in _TURN_WHO:
        return _TURN_WHO[word]
    plural = word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL
    return "leur" if plural else "son"


_EN_TURN = re.compile(r"\bin\s+turn\b", re.IGNORECASE)
_EN_EXCHANGE = re.compile(r"\bin\s+(?:exchange|return)\b", re.IGNORECASE)
_FR_TURN = _fr(r"[Ee]n échange")


def _in_turn(source: str, french: str) -> str:
    """ "Le ministre, en échange, a dit" -> "Le ministre, à son tour, a dit" (*in turn*)."""
    if "change" not in french or not _EN_TURN.search(source) or _EN_EXCHANGE.search(source):
        return french
    owner = turn_owner(source)
    return _FR_TURN.sub(lambda m: cased_like(f"à {owner} tour", m.group(0)), french,
                        count=len(_EN_TURN.findall(source)))


_AS_FAR_EN = re.compile(r"\bas\s+far\s+as\s+(I|we)\s+(?:can\s+)?(know|remember|recall|"
                        r"understand|tell|see|judge)\b", re.IGNORECASE)
_AS_FAR_FR = re.compile(_B + r"[Aa]ussi loin (?:tandis que|que|comme|qu['’]) (?:je|j['’]|nous) "
                        r"(?:me |m['’]|nous )?(?:\w+)(?: (?:dire|voir|juger))?" + _E)
# *as far as I know* "pour autant que je sache", *remember* "si je me souviens bien",
# *understand* "si je comprends bien", *can tell / see* "pour autant que je puisse en juger"
_AS_FAR = {"know": ("pour autant que je sache", "pour autant que nous sachions"),
           "remember": ("si je me souviens bien", "si nous nous souvenons bien"),
           "understand": ("si je comprends bien", "si nous comprenons bien"),
           "tell": ("pour autant que je puisse en juger",
                    "pour autant que nous puissions en juger")}


def _as_far(source: str, french: str) -> str:
    """ "Aussi loin tandis que je souviens" -> "Si je me souviens bien" (*as far as I
    remember*), "Aussi loin tandis que nous savons" -> "Pour autant que nous sachions"."""
    if "ussi loin" not in french:
        return french
    m = _AS_FAR_EN.search(source)
    if m is None:
        return french
    verb = m.group(2).lower()
    verb = {"recall": "remember", "see": "tell", "judge": "tell"}.get(verb, verb)
    said = _AS_FAR[verb][m.group(1).lower() == "we"]
    return _AS_FAR_FR.sub(lambda f: cased_like(said, f.group(0)), french, count=1)


def _no_chance(m: re.Match[str]) -> str:
    """ "C'est aucune coïncidence que cela" -> "Ce n'est pas un hasard si cela" (*it is no
    coincidence that*, Robert & Collins), "s'il" before "il"."""
    was = "était" if m.group("tense").endswith("était") else "est"
    si = "s'" if m.string[m.end():].startswith("il") else "si "
    return f"Ce n'{was} pas un hasard {si}"


# *come to an end*: "être" + "venu(e)(s)" made "avoir" + "pris fin"
_HAVE = same_person(ETRE_TENSES, AVOIR_TENSES, *FINITE, "subjunctive", persons=THIRD)


def _ended(m: re.Match[str]) -> str:
    """ "La guerre est venue à une fin" -> "La guerre a pris fin", "viendra à une fin" ->
    "prendra fin"."""
    if m.group("aux"):
        return _HAVE[m.group("aux")] + " pris fin"
    verb = relemma(m.group("verb"), "prendre", ("pri", "fti", "ifi", "cni", "inf", "pii"))
    return m.group(0) if verb is None else verb + " fin"


def _put_end(m: re.Match[str]) -> str:
    """ "mettre une fin à" -> "mettre fin à", "pose une fin au" -> "met fin au"."""
    verb = relemma(m.group("verb"), "mettre", ("inf", "pri", "pp", "fti", "ifi", "cni"))
    return m.group(0) if verb is None else verb + " fin "


def _event(m: re.Match[str]) -> str:
    """ "Dans l'événement d'une attaque" -> "En cas d'attaque" (the noun bare after "en cas
    de")."""
    elided = VOWEL_START.match(m.string[m.end():])
    return cased_like("en cas ", m.group(0)) + ("d'" if elided else "de ")


def _possible(m: re.Match[str]) -> str:
    """ "faire tout possible aider" -> "faire tout ce qui est possible pour aider"; "tout
    dans notre pouvoir de les sauver" -> "tout ce qui est en notre pouvoir pour les sauver"."""
    said = f"tout ce qui est en {m.group('own')} pouvoir" if m.group("own") else \
        "tout ce qui est possible"
    return said + (" pour " if m.group("inf") is not None else "")


# *lay the foundations for*: the pivot's object and its "pour"/"de" + what it held
_BASES_OF = {"pour le ": "du ", "pour les ": "des ", "pour la ": "de la ", "pour l'": "de l'",
             "pour l’": "de l’", "pour ": "de ", "de ": "de ", "de la ": "de la ",
             "du ": "du ", "des ": "des ", "de l'": "de l'", "de l’": "de l’", "d'": "d'",
             "d’": "d’", "pour d'": "d'"}


def _bases(m: re.Match[str]) -> str:
    verb = relemma(m.group("verb"), "jeter", ("pp", "pri", "inf", "ifi", "fti", "cni"))
    if verb is None:
        return m.group(0)
    return f"{verb} les bases {_BASES_OF[m.group('det')]}"


# *it should / must be said that*: the participle's infinitive
_SAID = {"dit": "dire", "noté": "noter", "souligné": "souligner", "accentué": "souligner",
         "rappelé": "rappeler",
         "mentionné": "mentionner", "remarqué": "remarquer", "signalé": "signaler",
         "reconnu": "reconnaître", "admis": "admettre", "ajouté": "ajouter",
         "observé": "observer", "constaté": "constater", "précisé": "préciser"}


def _said(m: re.Match[str]) -> str:
    lead = "Il faut " if m.group("modal") == "doit" else "Il convient de "
    verb = _SAID[m.group("part")]
    if not lead.endswith("faut ") and VOWEL_START.match(verb):
        lead = "Il convient d'"
    return (lead if m.group(0)[0] == "I" else lead.lower()) + verb + " " + m.group("que")


_TABLE: tuple[Locution, ...] = (
    Locution(english(r"\b(?:around|across|all\s+over|throughout|round)\s+the\s+(?:world|globe)\b"),
             re.compile(_B + r"(?:(?P<de>de |d['’])(?:dans le monde entier|à travers le monde)|"
                        r"(?P<de2>de |d['’])?(?:autour du (?:monde|globe)|partout dans (?:le|les) "
                        r"(?:monde|globe)s?))" + _E), _world,
             unless=english(r"\b(?:travel\w*|trip|tour|voyage|journey|flight|fl(?:y|ew)|"
                            r"sail\w*|circumnavigat\w*|race|way)\s+(?:\w+\s+)?(?:around|round)\s+"
                            r"the\s+(?:world|globe)\b")),
    Locution(english(r"\bas\s+(?:planned|scheduled|envisaged|expected|intended|foreseen)\b"),
             _fr(r"(?:[Cc]omme il (?:a|avait|est|était) (?:planifié|prévu|programmé|conçu|"
                 r"attendu)|[Cc]omme (?:planifié|programmé|conçu|attendu)e?s?|a aussi "
                 r"(?:planifié|prévu|programmé|conçu))"),
             written("comme prévu"),
             unless=english(r"\b(?:also|has|have|had)\s+(?:\w+\s+)?(?:planned|scheduled|"
                            r"envisaged|expected)\b")),
    Locution(english(r"\bquite\s+a\s+few\b"),
             re.compile(_B + r"[Aa]ssez quelques (?=\w)"),
             lambda m: cased_like("un bon nombre ", m.group(0))
             + ("d'" if VOWEL_START.match(m.string[m.end():]) else "de "), cue="quelques"),
    Locution(english(r"\bquite\s+a\s+lot\s+of\b"), re.compile(_B + r"assez (?=de |d['’])"),
             written("beaucoup "), cue="assez"),
    Locution(english(r"(?:^|[.;:!?]\s+|\b(?:and|but)\s+)as\s+for\b"),
             re.compile(r"(?:^|(?<=[.;:!?] )|(?<=\bet )|(?<=\bmais ))[Aa]u sujet (?P<det>des |du |"
                        r"de la |de l['’]|d['’]|de )"), _as_for, cue="sujet"),
    Locution(english(r"\b(?:as\s+regards|as\s+concerns|with\s+regard\s+to|in\s+regard\s+to|"
                     r"with\s+respect\s+to)\b"),
             re.compile(_B + r"(?:[Pp]ar rapport|[Aa]vec relation|[Aa]vec respect) (?P<det>à la |"
                        r"à l['’]|au |aux |à |pour la |pour le |pour les |pour l['’]|pour |"
                        r"envers )(?![a-zàâçéèêëîïôûù]+(?:er|ir|re)" + _E + ")"), _regard,
             unless=english(r"\b(?:compared|in\s+relation\s+to|relative\s+to|vis-à-vis)\b")),
    Locution(english(r"\b(?:regarding|concerning)\b"),
             re.compile(r"(?<=[\w’'»)] )(?:quant|par rapport) (?P<det>à la |à l['’]|au |aux |"
                        r"à des |à )"
                        r"(?![a-zàâçéèêëîïôûù]+(?:er|ir|re)" + _E + ")"),
             _concerning,
             unless=english(r"\b(?:compared|in\s+relation\s+to|relative\s+to|as\s+for|"
                            r"as\s+far\s+as)\b")),
    Locution(english(r"\bin\s+the\s+(?:near|foreseeable|immediate)\s+future\b"),
             _fr(r"futur proche"), written("avenir proche"), cue="futur"),
    Locution(english(r"\bonce\s+and\s+for\s+all\b"), _fr(r"([Uu]ne fois) pour toujours"),
             lambda m: m.group(1) + " pour toutes", cue="toujours"),
    Locution(english(r"\bon\s+the\s+whole\b"), _fr(r"[Ee]n général"), written("dans l'ensemble"),
             unless=english(r"\b(?:in\s+general|generally)\b"), cue="général"),
    Locution(english(r"\bin\s+case\s+of\b"), re.compile(r"(?<![\w-])([Ee]n cas) où (?=de |d['’])"),
             lambda m: m.group(1) + " ", cue="cas où"),
    Locution(english(r"\bin\s+the\s+event\s+of\b"),
             re.compile(_B + r"[Dd]ans l['’]événement (?:d['’]une? |de la |de l['’]|du |des |d['’]|"
                        r"de )"), _event, cue="événement"),
    Locution(english(r"\bdo(?:es|ing|ne)?\s+everything\s+(?:possible|(?:with)?in\s+(?:our|their|"
                     r"my|its|his|her|your)\s+power)\b|\bdid\s+everything\s+(?:possible|"
                     r"(?:with)?in\s+(?:our|their|my|its|his|her|your)\s+power)\b"),
             re.compile(_B + r"tout (?:possible|dans (?P<own>notre|leur|mon|son|votre) pouvoir)"
                        r"(?: (?:de |d['’]|pour )?(?P<inf>(?=(?:l['’]|les? |la |nous |vous |se |"
                        r"s['’])?[a-zàâçéèêëîïôûù]+(?:er|ir|re)" + _E + ")))?"),
             _possible, cue="tout"),
    Locution(english(r"\bma(?:ke|kes|de|king)\s+every\s+effort\b"),
             re.compile(_B + r"(f\w*) chaque effort" + _E),
             lambda m: m.group(1) + " tous les efforts", cue="chaque effort"),
    Locution(english(r"\bla(?:y|ys|id|ying)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:foundations?|"
                     r"groundwork)\s+(?:for|of)\b"),
             re.compile(_B + r"(?P<verb>(?:m[eiî]\w*|pos\w*)) (?:le fondement|les fondements|la "
                        r"fondation|les fondations|la base|les bases) (?P<det>pour le |"
                        r"pour les |pour la |pour l['’]|pour d['’]|pour |de la |de l['’]|du |des |"
                        r"d['’]|de )"),
             _bases),
    Locution(english(r"\bit\s+(?:should|must)\s+be\s+(?:said|noted|stressed|emphasi[sz]ed|"
                     r"recalled|mentioned|pointed\s+out|admitted|added|observed|recogni[sz]ed)"
                     r"\s+that\b"),
             re.compile(_B + r"[Ii]l (?P<modal>devrait|doit) être (?P<part>dit|noté|souligné|"
                        r"accentué|rappelé|mentionné|remarqué|signalé|reconnu|admis|ajouté|observé|"
                        r"constaté|précisé) (?P<que>que |qu['’])"), _said, cue="être"),
    Locution(english(r"\bfor\s+a\s+long\s+time\s+to\s+come\b"),
             _fr(r"(?:pendant |pour )?beaucoup de temps (?:à|pour) venir"), written("longtemps"),
             cue="venir"),
    Locution(english(r"\b(?:have|has|had|['’]ve)\s+(?:not\s+|n['’]t\s+|never\s+)?(?:[\w’'-]+\s+)"
                     r"{0,6}?for\s+a\s+long\s+time\b(?!\s+to\s+come)"),
             _fr(r"(?:pendant |pour )?beaucoup (?:de )?temps(?! (?:à|pour) venir)"),
             written("depuis longtemps"), cue="temps"),
    Locution(english(r"\bfor\s+a\s+long\s+time\b(?!\s+to\s+come)"),
             _fr(r"(?:pendant |pour )?beaucoup (?:de )?temps(?! (?:à|pour) venir| de | d['’])"),
             written("longtemps"), cue="temps"),
    Locution(english(r"\b(?:gain|gains|gained|gaining|gather|gathers|gathered|gathering)\s+"
                     r"(?:new\s+|more\s+|further\s+|real\s+)?momentum\b"),
             re.compile(_B + r"(?P<de>d['’])?(?P<verb>obt\w+|gagn\w+|réun\w+|rassembl\w+) "
                        r"(?:du |le |un |de )?(?:nouveau |plus de )?moment(?: nouveau)?" + _E),
             _momentum, cue="moment"),
    Locution(english(r"\bon\s+the\s+table\b"), _fr(r"dans la table"), written("sur la table"),
             cue="table"),
    Locution(english(r"\bwith\s+an\s+eye\s+(?:to|towards)\b"),
             re.compile(_B + r"avec un œil (?P<det>à la |à l['’]|au |aux |à )"),
             lambda m: "en vue " + {"à la ": "de la ", "à l'": "de l'", "à l’": "de l’",
                                    "au ": "du ", "aux ": "des ", "à ": "de "}[m.group("det")],
             cue="œil"),
    Locution(english(r"\b(?:take|takes|took|taken|taking)\s+shape\b"),
             _fr(r"(pr\w+) donner forme"), lambda m: m.group(1) + " forme", cue="donner forme"),
    Locution(english(r"\bwater\s+(?:has\s+)?(?:passed|flowed|gone)\s+under\s+the\s+bridge"),
             _fr(r"est passée sous le pont"), written("a coulé sous les ponts"), cue="pont"),
    Locution(english(r"\bonce\s+(?:more|again)\b"), _fr(r"(?<!\bune )autre fois"),
             written("une fois de plus"), cue="autre fois"),
    Locution(english(r"\bto\s+once\s+(?:more|again)\b"), re.compile(_B + r"à (?=une fois de plus)"),
             written(""), cue="à une fois"),
    Locution(english(r"\bon\s+(?:the\s+)?one\s+hand\b"),
             _fr(r"(?:en u livre|(?:dans|sur|en) une main|(?:dans|sur) la une main)"),
             written("d'une part"), cue="u"),
    Locution(english(r"\bon\s+the\s+other(?=\s*[,.;:!?)–—]|\s+(?:and|but)\b)"),
             _fr(r"(?:dans|sur|en) l['’]autre(?=\s*[,.;:!?)–—]|\s+(?:et|mais)" + _E + ")"),
             written("d'autre part"), cue="autre"),
    Locution(english(r"\bas\s+(?:they|people|one|we)\s+say\b"),
             _fr(r"[Cc]omme (?:nous disons|(?:ils|les gens|les personnes) disent)"),
             written("comme on dit"), cue="dis"),
    Locution(english(r"\bas\s+the\s+(?:saying|proverb)\s+goes\b"),
             _fr(r"[Cc]omme le proverbe \w+"), written("comme dit le proverbe"), cue="proverbe"),
    Locution(english(r"\b(?:is|was|['’]s)\s+no\s+(?:coincidence|accident)\s+that\b"),
             re.compile(_B + r"(?P<tense>C['’]est|C['’]était|Ce n['’]est|Ce n['’]était) (?:pas )?"
                        r"(?:aucune coïncidence|aucun accident|une coïncidence|un accident) "
                        r"(?:que |qu['’])"), _no_chance, cue="aucun"),
    Locution(english(r"\b(?:is|was|['’]s)\s+no\s+secret\s+that\b"),
             re.compile(_B + r"(?P<tense>C['’]est|C['’]était|Ce n['’]est|Ce n['’]était) (?:pas )?"
                        r"(?:aucun|un) secret (?=que |qu['’])"),
             lambda m: ("Ce n'était" if m.group("tense").endswith("était") else "Ce n'est")
             + " un secret pour personne ", cue="secret"),
    # closing its phrase: not *look at the latest achievements*
    Locution(english(r"\bat\s+the\s+(?:latest|earliest)\b(?=\s*(?:[,.;:!?)–—]|$)|\s+(?:and|or|"
                     r"but)\b)"),
             _fr(r"comme (?:très|le plus) (tard|tôt)"), lambda m: f"au plus {m.group(1)}",
             cue="comme"),
    Locution(english(r"\ball\s+the\s+more\b"), re.compile(_B + r"beaucoup plus (?:en )?(?=\w)"),
             written("d'autant plus "), cue="beaucoup plus"),
    Locution(english(r"\bput(?:s|ting)?\s+an\s+end\s+to\b"),
             re.compile(_B + r"(?P<verb>m[eiî]\w*|pos\w*) une fin (?=à |au |aux )"), _put_end,
             cue="une fin"),
    Locution(english(r"\b(?:come|came|comes|coming)\s+to\s+an\s+end\b"),
             re.compile(_B + r"(?:(?P<aux>est|sont|était|étaient|sera|seront|serait|seraient|"
                        r"soit|soient) venue?s?|(?P<verb>vien\w+|vin\w+|v[eî]n\w*)) à une fin"
                        + _E), _ended, cue="une fin"),
    Locution(english(r"\b(?:give|gives|gave|given|giving)\s+rise\s+to\b"),
             re.compile(_B + r"(donn\w+) monter (?=à |au |aux )"),
             lambda m: m.group(1) + " lieu ", cue="monter"),
    Locution(english(r"\ba\s+(?:whole\s+)?host\s+of\b"), re.compile(_B + r"un hôte (?=de |d['’])"),
             written("une foule "), cue="hôte"),
    Locution(english(r"\bthe\s+bulk\s+of\b"),
             re.compile(_B + r"[Ll]e volume (?=de |du |des |d['’])"),
             written("l'essentiel "), cue="volume"),
    Locution(english(r"\bfor\s+(?:many|several)\s+(?:years|decades)\s+to\s+come\b"),
             _fr(r"beaucoup d['’](années|décennies) (?:à|pour) venir"),
             lambda m: f"de nombreuses {m.group(1)}", cue="venir"),
)


def stock_phrases(source: str, french: str) -> str:
    """Every stock phrase of the table and *in turn*, each as often as the English has it."""
    return _as_far(source, _in_turn(source, apply_table(_TABLE, source, french)))
