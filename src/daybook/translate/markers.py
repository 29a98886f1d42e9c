"""Discourse markers and adverbial phrases the pivot says word for word, as French says them.

English speech is full of set adverbials (*in many ways*, *by the way*, *for my part*, *as
a result*) that ``eng-cat`` translates word by word: "Dans beaucoup de chemins", "Par
vrai", "Par partie à moi", "Comme résultat". The table lists common English discourse
markers (those of English grammars' lists of linking words) whose engine French is wrong,
each with its usual French equivalent (general usage: the Petit Robert, the Robert & Collins
entries of each phrase). A rule fires only where the English sentence has the expression
(and none of the words that would make the engine's French right); the French keeps its
capital at a sentence's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.french import LOWER_WORD, VOWEL_START, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

_ART = {"à ": "", "à la ": "la ", "à l'": "l'", "à l’": "l’", "au ": "le ", "aux ": "les "}


def _concerning(m: re.Match[str]) -> str:
    """ "avec relation au commerce" -> "en ce qui concerne le commerce"."""
    return "en ce qui concerne " + _ART[m.group(1)]


# *As for X*: "Au sujet du budget" -> "Quant au budget" (the "de" of "au sujet" made "à").
_AS_FOR = {"de la ": "à la ", "de l'": "à l'", "de l’": "à l’", "du ": "au ", "des ": "aux ",
           "de tellement de si ": "à savoir si ", "de tellement si ": "à savoir si "}


def _as_for(m: re.Match[str]) -> str:
    """ "Au sujet du budget" -> "Quant au budget", "Au sujet de nous" -> "Quant à nous"."""
    art = m.group(1)
    return "quant " + _AS_FOR.get(art.lower(), "à " + art[3:])


def _so_there(m: re.Match[str]) -> str:
    """ "Aussi y a" (*so there is*) -> "il y a donc", "aussi n'y a" -> "il n'y a donc"."""
    return f"il {m.group(1) or ''}y {m.group(2)} donc"


def _above(m: re.Match[str]) -> str:
    """ "de l'au-dessus d'événements" (*of the above events*) -> "des événements ci-dessus"."""
    return {"de": "des ", "à": "aux "}.get(m.group(1) or "", "les ") + m.group(2) + " ci-dessus"


def _opportunity(m: re.Match[str]) -> str:
    """ "saisir cette occasion vous remercier" -> "en profiter pour vous remercier",
    "portons cette occasion de" -> "en profitons pour" ("l'occasion pour" would be made
    "l'occasion de" after)."""
    verb = m.group(0).split(" ", 1)[0].lower()
    said = {"portons": "profitons", "saisissons": "profitons", "porte": "profite",
            "saisis": "profite"}.get(verb, "profiter")
    return "en " + said + " pour"


def _one_of(m: re.Match[str]) -> str:
    """ "unique un des" (*only one of*) -> "un seul des", "unique une" -> "une seule"."""
    return "un seul" if m.group(1) == "un" else "une seule"


# (English expression, English words that make the engine right or None, French the engine
# writes, French usage). A French pattern opening with a capital is case-sensitive (a
# sentence's opener: "Encore," is *Still,* only there); the others are not.
_Fix = str | Callable[[re.Match[str]], str]
_TABLE: tuple[tuple[str, str | None, str, _Fix], ...] = (
    # *do a lot for/to/in* "fait beaucoup de pour" -> "beaucoup pour" (a quantity's "de"
    # before a preposition or a verb's complement: French "beaucoup" alone, an adverb)
    (r"a lot|much|a great deal", None, r"beaucoup d(?:e |['’])(?=(?:pour|afin|au|aux|à|dans|"
     r"avec|sur|par)(?![\w’'-]))", "beaucoup "),
    (r"in many ways", None, r"dans beaucoup de (?:chemins|façons|manières)",
     "à bien des égards"),
    (r"in some ways", None, r"de plusieurs façons", "à certains égards"),
    (r"in a way", None, r"dans un chemin", "d'une certaine manière"),
    (r"in a sense", None, r"dans une certaine façon", "en un sens"),
    (r"by the way", None, r"par vrai", "à propos"),
    (r"as a result", None, r"comme résultat", "par conséquent"),
    (r"for instance", None, r"pour cas", "par exemple"),
    (r"in short", None, r"dans basse", "en bref"),
    (r"as far as I know", None, r"par le que je sais", "pour autant que je sache"),
    (r"as far as we know", None, r"par le que nous savons", "pour autant que nous sachions"),
    (r"in my (?:view|opinion)", None, r"(?:dans ma vue|à mon comprendre|dans mon opinion|"
     r"selon mon avis)", "à mon avis"),
    (r"as of today", None, r"comme d['’]aujourd['’]hui", "à ce jour"),
    (r"as it turns out|as it turned out", None, r"comme il sorte,", "il s'avère que"),
    (r"in your (?:view|opinion)", None, r"(?:dans votre (?:vue|opinion)|à votre comprendre|"
     r"selon votre avis)", "à votre avis"),
    (r"in our (?:view|opinion)", None, r"(?:dans notre vue|à notre comprendre|dans notre "
     r"opinion)", "à notre avis"),
    (r"for my part", None, r"par partie à moi", "pour ma part"),
    (r"for our part", None, r"par partie à nous", "pour notre part"),
    (r"for (?:his|her|its) part", None, r"par partie à (?:lui|elle)", "pour sa part"),
    (r"for their part", None, r"par partie à (?:eux|elles)", "pour leur part"),
    (r"^\W*Meanwhile,", None, r"Tandis que(?=,)", "Pendant ce temps"),
    (r"even so", None, r"ainsi et tout", "malgré tout"),
    (r"from time to time", None, r"maintenant et tout à l['’]heure", "de temps en temps"),
    (r"in the first place", None, r"en première place", "en premier lieu"),
    (r"with (?:regard|respect) to", None, r"avec (?:relation|par rapport|respect pour) "
     r"(à la |à l['’]|au |aux |à )", _concerning),
    (r"when it comes to \w+ing", None, r"quand (?:il )?le vient à (?=\w+(?:er|ir|re)\b)",
     lambda m: "lorsqu'il s'agit d'" if VOWEL_START.match(m.string[m.end():]) else
     "lorsqu'il s'agit de "),
    (r"when it comes to", None, r"quand (?:il )?le vient (à la |à l['’]|au |aux |à )",
     _concerning),
    (r"regarding", r"consider\w*", r"(?:en )?considérant|qu['’](?:ils?|elles?) considèrent",
     "concernant"),
    (r"^\W*As for\b", None, r"Au sujet (de la |de l['’]|du |des |de tellement (?:de )?si |"
     r"de (?=(?:nous|vous|moi|lui|elle|eux|elles|cela|ça)\b))", _as_for),
    (r"^\W*Indeed,", r"in fact|actually", r"En fait(?=,)", "En effet"),
    (r"^\W*Really\?", None, r"Réellement(?=\s?\?)", "Vraiment"),
    (r"in connection with", None, r"en connexion avec", "en lien avec"),
    (r"in this (?:regard|respect|connection)", None, r"(?:quant à cela|au sujet de cela|"
     r"dans cette connexion)", "à cet égard"),
    (r"consequently", None, r"conséquemment", "par conséquent"),
    # Catalan "és clar que" is *of course*; *it is clear that* says a fact is evident.
    (r"\bit(?: is|['’]s) clear that", r"of course|natural\w*", r"bien sûr que",
     "il est clair que"),
    (r"in due course", None, r"à son temps", "en temps voulu"),
    (r"at least", r"minim\w+", r"au minimum", "au moins"),
    (r"after all", r"final\w*", r"au final", "après tout"),
    (r"so far", r"for now|(?:for|at) the moment|for the time being|at present|currently|"
     r"right now", r"pour le moment", "jusqu'à présent"),
    (r"^\W*Still,", None, r"Encore(?=,)", "Pourtant"),
    (r"^\W*Rather,", None, r"Beaucoup(?=,)", "Plutôt"),
    (r"incidentally", r"additional\w*", r"additionnellement", "d'ailleurs"),
    (r"needless to say", None, r"il ne faut pas le dire,", "il va sans dire que"),
    (r"to a (?:large|great) extent", None, r"(?:en grande façon|à une grande portée)",
     "en grande partie"),
    (r"in recent years", None, r"dans ces dernières années", "ces dernières années"),
    (r"by the end of", None, r"par la fin d(?=e |u |es |['’])", "avant la fin d"),
    (r"at the end of the day", r"evening|night", r"au bout du jour", "en fin de compte"),
    (r"certainly|definitely|surely", r"doubt\w*", r"sans doute", "certainement"),
    (r"undoubtedly|without (?:a |any )?doubt|doubtless", None, r"sans doute",
     "sans aucun doute"),
    # Set off by punctuation or before a subject: before a verb, the clause rules move
    # "naturellement" after it and give the verb back its "nous".
    (r"of course", r"natural\w*", r"naturellement(?=\s?[,.;:!?])|naturellement(?= (?:un|une|"
     r"des|ce|cet|cette|ces|il|elle|ils|elles|on|c['’]|je|j['’]|nous|vous|tous|toutes|tout|"
     r"notre|nos|votre|vos|leurs?|mon|ma|mes|son|sa|ses|cela|ça)(?![\w’'-]))", "bien sûr"),
    (r"once (?:again|more)", None, r"une fois plus", "une fois de plus"),
    (r"again and again", None, r"une et autre fois", "à maintes reprises"),
    (r"as a rule", None, r"par règle générale", "en règle générale"),
    (r"last but not least", None, r"enfin, mais pas à cause de cela moins important",
     "enfin et surtout"),
    (r"frankly speaking", None, r"franchement en parlant", "franchement"),
    (r"broadly speaking", None, r"dans peu de mots", "de manière générale"),
    (r"strictly speaking", None, r"en rigueur", "à proprement parler"),
    (r"as a matter of principle", None, r"comme sujet de principe", "par principe"),
    (r"in any event", None, r"dans tout cas", "en tout cas"),
    (r"^\W*At times,", None, r"À temps(?=,)", "Parfois"),
    (r"^\W*At the time,", None, r"Au temps(?=,)", "À l'époque"),
    (r"^\W*For a long time,", None, r"Beaucoup de temps(?=,)", "Pendant longtemps"),
    (r"(?:moreover|furthermore|in addition|besides)", None, r"En plus(?=,)", "De plus"),
    (r"not\b.{0,40}\bat all\b", None, r"en absolu", "du tout"),
    (r"as (?:much|many|far|soon) as possible", None, r"que soit possible", "que possible"),
    (r"\b(?:a|some|the same) (?:kind|sort) of", r"class(?:es)?\b|classroom",
     r"(?<=une )classe de", "sorte de"),
    (r"what kind of|what sort of", r"class(?:es)?\b|classroom", r"quelle classe d(?=e |['’])",
     "quel type d"),
    (r"that is(?: to say)?|namely|i\.e\.", None, r"c['’]est à dire", "c'est-à-dire"),
    # Spoken connectives of transcripts (Robert & Collins): *so there is* "il y a donc"
    # (the engine's "Aussi y a", *so* read as "also" and the subject dropped).
    (r"so,? there (?:is|are|was|were|will be|would be)", None,
     r"aussi (n['’])?y (avait|aurait|aura|a)(?![\w’'-])", _so_there),
    # *the above* as a noun: "ce qui précède" ("l'au-dessus"); *mentioned above* "ci-dessus".
    (r"the above \w+s\b", r"above all",
     r"(?:(de|à) )?l['’]au-dessus (?:de |d['’])(\w+[sx])(?![\w’'-])", _above),
    (r"the above", r"above all",
     r"l['’]au-dessus(?! de)", "ce qui précède"),
    (r"(?:mentioned|stated|noted|listed|described|said|indicated) above", None,
     r"(?:(?<=[ée] )|(?<=[ée]s ))au-dessus", "ci-dessus"),
    (r"only one of", None, r"uniques? (un|une)(?= d)", _one_of),
    (r"(?:very|so|really|extremely) fast", None, r"beaucoup de jeûne|très rapide(?=[.,;!?])",
     "très vite"),
    # *many times* "à maintes reprises" ("beaucoup de fois"), before a comparative
    # "plusieurs fois" (*many times bigger*); *several times* "plusieurs fois" ("temps").
    (r"many times", None, r"beaucoup de fois(?= (?:plus|moins)(?![\w’'-]))",
     "plusieurs fois"),
    (r"many times", None, r"beaucoup de fois", "à maintes reprises"),
    (r"several times", None, r"plusieurs temps", "plusieurs fois"),
    # A speech's openers and enumerations (Robert & Collins): "Deuxièmement," ("Seconde,",
    # "En deuxième place,"), "Enfin," ("À la fin,"), "Au total," ("Dans tout,").
    (r"^\W*First(?:ly)?,", None, r"En première place(?=,)", "Premièrement"),
    (r"^\W*Second(?:ly)?,", None, r"(?:Seconde|En deuxième place)(?=,)", "Deuxièmement"),
    (r"^\W*(?:And|But) second(?:ly)?,", None, r"(?:(?<=Et )|(?<=ais ))seconde(?=,)",
     "deuxièmement"),
    (r"^\W*Third(?:ly)?,", None, r"(?:Troisième|En troisième place)(?=,)", "Troisièmement"),
    (r"^\W*Fourth(?:ly)?,", None, r"(?:Quart|En quatrième place)(?=,)", "Quatrièmement"),
    (r"^\W*(?:Finally|Lastly),", None, r"(?:À la fin|En fin)(?=,)", "Enfin"),
    (r"^\W*In all,", None, r"Dans tout(?=,)", "Au total"),
    (r"^\W*That is,", None, r"Cela est(?=,)", "C'est-à-dire"),
    (r"^\W*In effect,", None, r"Certes(?=,)", "De fait"),
    (r"^\W*These days,", None, r"Ces jours(?=,)", "De nos jours"),
    (r"^\W*Next,", None, r"Après(?=,)", "Ensuite"),
    (r"^\W*Most likely,", None, r"Plus probablement(?=,)", "Très probablement"),
    # *last week/month*: "la semaine dernière", "le mois dernier" ("dernière semaine"); not
    # *the last week* (the final one).
    (r"(?<!the )last week", None, r"(?:la )?dernière semaine", "la semaine dernière"),
    (r"(?<!the )last month", None, r"(?:le )?dernier mois", "le mois dernier"),
    # *just as* + an adjective or an adverb "tout aussi" ("juste aussi activement"), *just
    # recently* "tout récemment".
    (r"just as \w+", None, r"juste aussi", "tout aussi"),
    (r"just recently", None, r"juste récemment", "tout récemment"),
    # *take this opportunity to* "en profiter pour" (the engine's "saisir
    # cette occasion vous remercier", "portons cette occasion de").
    (r"take (?:this|the) opportunity to", None, r"(?:saisir|saisis|saisissons|portons|porte|"
     r"porter) cette occasion(?: de| d['’]|(?= (?:vous|nous|le|la|les|lui|leur)(?![\w’'-])|"
     r" [a-zé]+er(?![\w’'-])))", _opportunity),
    # *not just X but Y*: "non seulement", "pas seulement" ("non juste", "pas juste").
    (r"not just", None, r"(?<=non |pas )juste", "seulement"),
)
_COMPILED = tuple(
    (re.compile(en if en.startswith("^") else rf"\b(?:{en})\b", re.IGNORECASE),
     re.compile(rf"\b(?:{other})\b", re.IGNORECASE) if other else None,
     re.compile(_B + f"(?:{fr})" + ("" if fr.endswith(")") else _E),
                0 if fr[:1].isupper() else re.IGNORECASE),
     fix)
    for en, other, fr, fix in _TABLE)
# "la plupart de cas" (*most cases*): French says "la plupart des" before a bare plural noun.
_MOST = re.compile(r"\bmost\b", re.IGNORECASE)
_PLUPART = re.compile(_B + r"([Ll]a plupart) de (?!(?:ces|nos|vos|leurs|mes|tes|ses|les|des|"
                      r"plusieurs|tous|toutes|certains|certaines)(?![\w’'-]))"
                      r"(?=" + LOWER_WORD + r"s(?![\w’'-]))")
_QUE_VOWEL = re.compile(r"((?:va sans dire|s'avère) )que (?=(?:il|ils|elle|elles|on|un|une|"
                        r"en)(?![\w’'-]))")


def _replacer(fix: _Fix) -> Callable[[re.Match[str]], str]:
    def sub(m: re.Match[str]) -> str:
        return cased_like(fix if isinstance(fix, str) else fix(m), m.group(0))

    return sub


def markers(source: str, french: str) -> str:
    """ "Dans beaucoup de chemins, ..." -> "À bien des égards, ...", "Par vrai" -> "À
    propos", "Par partie à moi" -> "Pour ma part", "sans doute" -> "certainement" (for
    *certainly*), "naturellement" -> "bien sûr" (for *of course*)... where the English
    says the expression."""
    for english, other, wrong, fix in _COMPILED:
        if not english.search(source) or (other is not None and other.search(source)):
            continue
        french = wrong.sub(_replacer(fix), french)
    # "il va sans dire que il", "il s'avère que elle" -> "qu'il", "qu'elle"
    french = _QUE_VOWEL.sub(r"\1qu'", french)
    if "plupart de " in french and _MOST.search(source):
        french = _PLUPART.sub(r"\1 des ", french)
    return french
