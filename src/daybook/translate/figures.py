"""Figures in running text: the English said as the engine reads it (``english``, before it,
from ``protect``) and the French of counts and ordinals put right (``french``, after it,
from ``sourced.source_rules``).

Before the engine (each a general construction of economic reporting):

- a percentage before its noun, *a 9 percent growth*, *the 16 percent trade growth*, *a 47
  percent stake*: the pivot read *percent* as a noun and the figure as a determiner ("le 16
  commerce de pourcentage croissance"); said *a growth of 9 percent* ("une croissance de 9
  %"), as French puts the figure after its noun; *a 20-percent increase* too (the pivot
  glued it: "augmentde20 #per cent"), with the article of the noun now after it;
- the result of a change after its figure, *grew by 9 percent reaching/exceeding $1
  billion*: "qu'ils atteignent", "en atteignant"; said *to reach*, *to exceed* ("pour
  atteindre", the press's "a augmenté de 9 % pour atteindre");
- *total(s)*, *amount(s) to* before a figure, read as the noun "totaux", "montants": said
  *reach(es)* ("atteint"), after *which* *represents* ("ce qui représente"); in the past
  *amounted to*, whose "a équivalu à" becomes "a atteint" after;
- a verb of rising before its amount, *soared/jumped/surged/rose by 45 percent* ("ont tiré
  par 45 %", "est monté"): said *grew* ("ont augmenté de 45 %", ``ranges`` and ``french``
  put "grandir" right);
- *account for* a share, *amount to* it after a pronoun ("représente pour un quart", "où
  équivalent à 40 %"): said *represent* ("représente un quart");
- *N percent up/down on last year* ("20 % dessus dans l'année dernière"): said *N percent
  more/less than* ("20 % de plus que l'année dernière");
- *N percent more/fewer* before a plural noun, *20 percent more regional roads* ("20 % routes
  plus régionales"): said *N percent of regional roads more* ("20 % de routes régionales
  plus", put "en plus" after), *fewer* as *less* ("en moins");
- *which is N percent higher/greater/bigger/larger than* (an amount compared, "ce qui est 23
  % plus haut qu'en 2017"): *N percent more than* ("soit 23 % de plus qu'en 2017" after),
  *lower/smaller* as *less*;
- *an all-time high/low/record* ("un tout-le temps haut"): *a historic maximum/minimum*, *an
  absolute record* ("un maximum historique", "un record absolu"), *hitting* it *reaching*
  ("en atteignant", was "en tapant");
- *a 96-year-old veteran*, which the engine drops whole (the sentence stayed in English):
  *a veteran of 96 years* ("un vétéran de 96 ans");
- *threefold*, *2.6-fold*, *five- or six-fold* ("trois-pli"): said *N times* ("N fois");
- *one and a half*, *two and a half* before *million*, *billion*, *times* ("un et un demi
  million"): said 1.5, 2.5 ("1,5 million");
- *one-third*, *two-thirds* ("u-tiers"): said without the hyphen ("un tiers"); *a third of*
  ("un troisième des") *one third of*; *half of* ("Moitié du budget") *the half of* ("la
  moitié du budget", "plus de la moitié").

After the engine:

- *amounted to* "a équivalu à" -> "a atteint";
- *for the 17th time* "par le 17e temps" -> "pour la 17e fois", *the fifth time that* "le
  cinquième temps que" -> "la cinquième fois que";
- *N times* "N temps" -> "N fois" (*three times more* "trois fois plus");
- *one hundred and fifty* "cent et cinquante" -> "cent cinquante" (French numbers take no
  "et" after "cent");
- an ordinal said alone as an enumeration's sentence, *Second.* "Seconde.", *Fourth.*
  "Quart.": "Deuxièmement.", "Quatrièmement." (as *Secondly*);
- a percentage *more/less than*, "48 % plus que" -> "48 % de plus que"; *which is* before
  it "ce qui est 6 % de plus" -> "soit 6 % de plus" (the press's apposition of an amount);
- *N percent more* + plural noun, said *N percent of* the noun *more*: "20 % de routes
  régionales plus" -> "20 % de routes régionales en plus" ("en moins");
- *N percent of* a bare plural, *40 percent of respondents* "40 % d'enquêtés": "40 % des
  enquêtés" (a share of a whole takes its article);
- *N percent higher than* elsewhere, "10 % plus hauts que" -> "10 % plus élevés que" (a
  level, not a height);
- *thousands/hundreds/billions of* bare: "Les milliers de personnes" -> "Des milliers de
  personnes", "dizaines des milliers" -> "dizaines de milliers";
- *almost* before a figure "presque 6 milliards" -> "près de 6 milliards", *about* "sur 5
  millions" -> "environ 5 millions", *less than* "moins que 5 %" -> "moins de 5 %", *some*
  "quelques 20 milliards" -> "quelque 20 milliards" (the adverb, invariable);
- *by (another) N percent* away from its verb ("l'année dernière par 29 %"): "de 29 %";
- a verb of change and its amount, *increased by over 40 percent* "a augmenté plus de 40
  %", *rose by 7.5 percent* "est monté par 7,5 %": "de" before the amount ("a augmenté de
  plus de 40 %").
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import THIRD, alternation, avoir
from daybook.translate.collocations import reverb
from daybook.translate.french import cased_like
from daybook.translate.indefinite_en import article

_NUMBER_EN = (r"(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|"
              r"twenty|hundred|thousand)")
# Words after *N percent* that are no noun it qualifies.
_NOT_NOUN = re.compile(
    r"(?:of|in|on|at|to|for|by|from|with|over|under|since|than|and|or|but|nor|per|a|an|the|"
    r"this|that|these|those|last|next|each|every|is|are|was|were|will|would|has|have|had|"
    r"be|been|can|could|should|must|may|might|more|less|higher|lower|bigger|larger|smaller|"
    r"greater|faster|slower|cheaper|up|down|above|below|so|too|already|now|then|year|annually|"
    r"which|who|whereas|while|when|if|as|compared|today|it|we|they|yet|only|still|even|"
    r"thanks|ready)\b|\w+(?:ly|ing|ed)\b", re.IGNORECASE)
_PERCENT_NOUN = re.compile(
    r"(?<![\w.,])(?P<det>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur|[Tt]heir) )?"
    r"(?P<fig>\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+(?:[.,]\d+)?)?)"
    r"(?P<pc> ?%| percent| per cent|-percent|-per-cent) "
    r"(?P<noun>[a-zA-Z-]+(?: [a-z-]+)?)(?=[,.;:!?)]|$| (?:in|of|for|on|at|to|and|or|with|by|"
    r"from|compared|is|was|will|has|have|had|are|were|that|which|over|since|this|last|"
    r"among|between|as|across)\b)")
_RESULT = re.compile(r"(?<=\d)(?P<pc> ?%| percent| per cent)(?P<comma>,?) (?P<verb>reaching|"
                     r"exceeding|surpassing|totall?ing|topping)(?= )")
_RESULT_TO = {"reaching": "reach", "exceeding": "exceed", "surpassing": "exceed",
              "totaling": "reach", "totalling": "reach", "topping": "exceed"}
_APPROX = r"(?:(?:almost|nearly|about|around|over|some|roughly|approximately|just over|just " \
          r"under|more than|less than|at least|close to) )?"
_FIGURE_AHEAD = r"(?= " + _APPROX + r"(?:[$€£]|US\$|\d|(?:one|two|three|four|five|six|seven|" \
    r"eight|nine|ten|a) (?:hundred|thousand|million|billion|trillion)\b))"
_TOTAL = re.compile(r"(?<![\w-])(?:(?P<modal>will|would|to|may|might|could|should|must|can|"
                    r"does|did|do) (?P<base>total|amount to)|(?P<verb>totals|totall?ed|"
                    r"amounts to|amounted to|totall?ing|amounting to))" + _FIGURE_AHEAD)
# The past goes as *amounted to* ("a équivalu à", put "a atteint" after): *reached* came out
# the participle ("La somme atteinte").
_REACH = {"totals": "reaches", "totalled": "amounted to", "totaled": "amounted to",
          "amounts to": "reaches", "amounted to": "amounted to", "totalling": "reaching",
          "totaling": "reaching", "amounting to": "reaching"}
_GROW = {"soared": "grew", "soars": "grows", "soar": "grow", "soaring": "growing",
         "jumped": "grew", "jumps": "grows", "jump": "grow", "jumping": "growing",
         "surged": "grew", "surges": "grows", "surge": "grow", "surging": "growing",
         "rose": "grew", "risen": "grown", "rises": "grows", "rise": "grow", "rising": "growing",
         "climbed": "grew", "climbs": "grows", "climb": "grow", "went up": "grew",
         "goes up": "grows", "go up": "grow", "gone up": "grown"}
# The verb, not the noun (*a rise of*, *the jump in*): no determiner before it; its amount
# right after (*by* and an approximation between).
_RISE = re.compile(r"(?<![\w-])(?<!\ba )(?<!\bthe )(?<!\ban )("
                   + "|".join(sorted(_GROW, key=len, reverse=True)) + r")(?= (?:by )?" + _APPROX
                   + r"\d[\d.,]*(?:[–-]\d[\d.,]*)? ?(?:%|(?:percent|per cent|times)\b))",
                   re.IGNORECASE)
_SHARE_AHEAD = r"(?= " + _APPROX + r"(?:a |one|two|three|half|\d))"
_ACCOUNT = re.compile(r"(?<![\w-])(?:(account|accounts|accounted|accounting) for|(?<=\bthey )"
                      r"(amount) to|(?<=\bwe )(amount) to)" + _SHARE_AHEAD, re.IGNORECASE)
_REPRESENT = {"account": "represent", "accounts": "represents", "accounted": "represented",
              "accounting": "representing", "amount": "represent"}
# *N percent more* + a plural noun (its head last, a boundary after; not *more than*, *more
# expensive*: every word passes ``_NOT_NOUN``, and *than* is no boundary, "en plus que" no French)
_MORE_NOUN = re.compile(r"(?<=\d)(?P<pc> ?%| percent| per cent) (?P<more>more|fewer|less) "
                        r"(?P<noun>(?:[a-z-]+ ){0,2}[a-z-]*[^\Ws'u]s)(?=[,.;:!?)]|$| (?:in|of|for|"
                        r"on|at|to|and|or|with|by|from|this|next|every|each|per|over|across|"
                        r"were|are|will|have|had|that|which|a|an|the)\b)")
_WHICH_IS = re.compile(r"(?<![\w-])(?P<lead>[Ww]hich (?:is|was|will be|would be) " + _APPROX
                       + r"\d[\d.,]*(?: ?%| percent| per cent)) (?P<cmp>higher|greater|bigger|"
                       r"larger|lower|smaller) than ")
_UP_ON = re.compile(r"(?<=\d)( ?%| percent| per cent) (up|down) (?:on|from|over|against|"
                    r"compared (?:to|with)) ")
# (a noun phrase's head; before a noun, *all-time high statistics*, "record": "les chiffres
# de record" is no better than what the engine wrote, so that is left)
_ALL_TIME = re.compile(r"(?<![\w-])all-time (high|low|record)(s?)(?=[,.;:!?)–—]|$| (?:of|in|for|"
                       r"and|on|at|since|this|last|with|but|as|to|among)\b)")
_HITTING = re.compile(r"(?<![\w-])hitting (?=(?:a|an|the|its|their) (?:new )?all-time )")
_ALL_TIME_EN = {"high": "historic maximum", "low": "historic minimum", "record": "absolute record"}
_YEAR_OLD = re.compile(r"(?<![\w-])(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Hh]is|[Hh]er|"
                       r"[Tt]heir) (?P<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|hundred|thousand)-year-old (?P<noun>[a-z]+)(?![\w-])")
_FOLD = re.compile(r"(?<![\w-])(?:(?P<a>" + _NUMBER_EN + r")- or )?(?P<n>" + _NUMBER_EN
                   + r")-?fold(?![\w-])", re.IGNORECASE)
_AND_A_HALF = re.compile(r"(?<![\w-])(?P<n>one|two|three|four|five|six|seven|eight|nine|ten) and "
                         r"a half (?=(?:million|billion|trillion|times)\b)", re.IGNORECASE)
_HALF_DIGITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
_A_THIRD = re.compile(r"(?<![\w-])([Aa]) third of ")
_HALF_OF = re.compile(r"(?<![\w-])(?<!the )(?<!a )([Hh])alf of (?=(?:the|our|their|its|this|"
                      r"these|those|all|my|your|his|her|them|us|it)\b|[a-z]+s\b)")
_THIRDS = re.compile(r"(?<![\w-])(one|two)-(third|thirds)(?![\w-])", re.IGNORECASE)


def english(text: str) -> str:
    """``text`` with its figures' constructions said as the engine reads them (see the
    module's docstring): "a 9 percent growth" -> "a growth of 9 percent", "increased 17
    percent reaching" -> "increased 17 percent to reach", "totals $2.7 billion" -> "reaches
    $2.7 billion", "threefold" -> "three times", "one and a half million" -> "1.5 million"."""
    if " more " in text or " fewer " in text or " less " in text:  # before "fewer houses"
        text = _MORE_NOUN.sub(_more_noun, text)  # is read as a noun by ``_PERCENT_NOUN``
    if "percent" in text or "%" in text or "per cent" in text or "per-cent" in text:
        text = _PERCENT_NOUN.sub(_noun_first, text)
    if "otal" in text or "mount" in text:
        text = _TOTAL.sub(_reach, text)
    if "ccount" in text or "mount" in text:
        text = _ACCOUNT.sub(lambda m: cased_like(_REPRESENT[next(
            g for g in m.groups() if g).lower()], m.group(0)), text)
    if "percent" in text or "%" in text or "per cent" in text:
        text = _RESULT.sub(lambda m: f"{m.group('pc')}{m.group('comma')} to "
                           f"{_RESULT_TO[m.group('verb')]}", text)
    if _RISE.search(text):
        text = _RISE.sub(_grow, text)
    if " up " in text or " down " in text:
        text = _UP_ON.sub(lambda m: m.group(1) + (" more than " if m.group(2) == "up"
                                                  else " less than "), text)
    if "hich " in text and " than " in text:
        text = _WHICH_IS.sub(lambda m: m.group("lead") + (
            " less than " if m.group("cmp") in ("lower", "smaller") else " more than "), text)
    if "all-time" in text:
        text = _HITTING.sub("reaching ", text)
        text = _ALL_TIME.sub(lambda m: _ALL_TIME_EN[m.group(1)] + m.group(2), text)
    if "-year-old" in text:
        text = _YEAR_OLD.sub(_year_old, text)
    if "fold" in text:
        text = _FOLD.sub(lambda m: (f"{m.group('a')} or " if m.group("a") else "")
                         + f"{m.group('n')} times", text)
    if "a half" in text:
        text = _AND_A_HALF.sub(lambda m: _HALF_DIGITS[m.group("n").lower()] + ".5 ", text)
    if "-third" in text:
        text = _THIRDS.sub(r"\1 \2", text)
    if "third of" in text:
        text = _A_THIRD.sub(lambda m: ("One" if m.group(1) == "A" else "one") + " third of ", text)
    if "alf of" in text:
        text = _HALF_OF.sub(lambda m: ("The" if m.group(1) == "H" else "the") + " half of ", text)
    return text


_PERFECT = re.compile(r"\b(?:has|have|had|having|'ve|'s)(?: \w+ly| not| already| also)? $",
                      re.IGNORECASE)


def _grow(m: re.Match[str]) -> str:
    """ "soared" -> "grew", after *has* "grown"."""
    verb = _GROW[m.group(1).lower()]
    if verb == "grew" and _PERFECT.search(m.string, 0, m.start()):
        verb = "grown"
    return cased_like(verb, m.group(1))


def _more_noun(m: re.Match[str]) -> str:
    """ "20 percent more regional roads" -> "20 percent of regional roads more"."""
    if any(_NOT_NOUN.fullmatch(w) for w in m.group("noun").split()):
        return m.group(0)
    more = "more" if m.group("more") == "more" else "less"
    return f"{m.group('pc')} of {m.group('noun')} {more}"


def _year_old(m: re.Match[str]) -> str:
    """ "a 96-year-old veteran" -> "a veteran of 96 years"."""
    det, noun = m.group("det"), m.group("noun")
    if det.lower() in ("a", "an"):  # the article of the noun now after it
        det = det[0] + ("n" if article(noun) == "an" else "")
    years = "year" if m.group("n").lower() == "one" else "years"
    return f"{det} {noun} of {m.group('n')} {years}"


def _reach(m: re.Match[str]) -> str:
    if m.group("modal"):
        return f"{m.group('modal')} reach"
    verb = m.group("verb").lower()
    if verb in ("totals", "amounts to") and m.string[:m.start()].endswith("which "):
        return "represents"  # "ce qui représente", a sum said another way
    return _REACH[verb]


def _noun_first(m: re.Match[str]) -> str:
    words = m.group("noun").split()
    if any(_NOT_NOUN.fullmatch(w) for w in words) or words[0].istitle():  # a name
        return m.group(0)
    det, pc = m.group("det") or "", m.group("pc")
    if det[:1] in ("a", "A"):  # "a 20 percent increase" -> "an increase of 20 percent"
        det = det[0] + ("n " if article(m.group("noun")) == "an" else " ")
    if pc.startswith("-"):  # *20-percent*, which the pivot glues ("augmentde20 #per cent")
        pc = " percent"
    return f"{det}{m.group('noun')} of {m.group('fig')}{pc}"


_TIMES_EN = re.compile(r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"twenty|thirty|forty|fifty|hundred|several|many)\s+times\b|fold\b",
                       re.IGNORECASE)
_COUNT_FR = (r"\d[\d  ,]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|"
             r"vingt|trente|quarante|cinquante|cent|mille|plusieurs")
_TEMPS = re.compile(r"(?<![\w’'-])((?:" + _COUNT_FR + r")(?: (?:à|ou) (?:" + _COUNT_FR
                    + r"))?) temps(?![\w’'-])", re.IGNORECASE)
_NTH_TIME_EN = re.compile(r"\b(?:the|a) (?:\d+(?:st|nd|rd|th)|first|second|third|\w+th|last|"
                          r"next) time\b", re.IGNORECASE)
_NTH_TEMPS = re.compile(r"(?<![\w’'-])(?:([Pp])(?:ar|our) )?([Ll])e (\d+e|premier|dernier|prochain|"
                        r"\w+ième) temps(?![\w’'-])")
_FEMININE = {"premier": "première", "dernier": "dernière", "prochain": "prochaine"}
_HUNDRED_AND = re.compile(r"\bhundred and\b", re.IGNORECASE)
_CENT_ET = re.compile(r"(?<![\w’'-])([Cc]ents?) et (?=(?:un|une|deux|trois|quatre|cinq|six|sept|"
                      r"huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
                      r"quarante|cinquante|soixante|quatre-vingt)\w*(?![\w’'-]))")
_ORDINAL_EN = re.compile(r"\s*(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
                         r"Tenth)(?:ly)?\s*[.:]\s*", re.IGNORECASE)
_ORDINAL_FR = {"first": "Premièrement", "second": "Deuxièmement", "third": "Troisièmement",
               "fourth": "Quatrièmement", "fifth": "Cinquièmement", "sixth": "Sixièmement",
               "seventh": "Septièmement", "eighth": "Huitièmement", "ninth": "Neuvièmement",
               "tenth": "Dixièmement"}
_CHANGE_EN = re.compile(r"\b(?:increas|ris|rose|grow|grew|fell|fall|declin|decreas|drop|"
                        r"reduc|cut|went up|go up|goes up|went down|jump|soar|climb|expand|"
                        r"add)\w*(?: \w+)?\s+(?:by\s+)?" + _APPROX + r"\d", re.IGNORECASE)
# A French verb of change, then "par" or a bare approximation before an amount in % or
# "fois": the amount takes "de" ("a augmenté de plus de 40 %").
_CHANGE_FR = re.compile(r"(?<![\w’'-])((?:augment|accr|diminu|baiss|progress|chut|recul|déclin|"
                        r"grandi|mont|réduit|croî|cr[uû]|tomb)\w*) (?:(par )|(?:par-dessus|sur|"
                        r"au-dessus de|plus que) )?((?:plus de |presque |près de |environ |"
                        r"moins de |quelque )?)(?=\d[\d  ,.]*(?:[–-]\d[\d  ,.]*)?\s?"
                        r"(?:%|pour ?cent|points?)(?![\w’'-]))")
# "grandir" of an amount, whatever its subject ("Le prix a grandi de 7,5 %"): "augmenter".
_GRANDIR = re.compile(r"(?<![\w’'-])(grandi(?:t|ssent|ssait|ssaient|ra|ront|rait|raient|r|"
                      r"ssant)?)(?= (?:de |par |par-dessus )?(?:plus de |presque |près de |"
                      r"environ |moins de )?\d[\d  ,.]*(?:[–-]\d[\d  ,.]*)?\s?(?:%|pour ?cent|"
                      r"fois)(?![\w’'-]))")
_GROW_EN = re.compile(r"\b(?:grow|grows|grew|grown|growing)\b", re.IGNORECASE)
_PERCENT_MORE = re.compile(r"(?<=\d)(\s?%|\s?pour ?cent) (plus|moins)(?= que | qu['’]|[,.;:!?)]|$)")
# "ce qui est 6 % de plus": the amount's apposition "soit 6 % de plus".
_WHICH_MORE = re.compile(r"(?<![\w’'-])(?:([Cc]e )?([Qq])ui (?:est|sont|était|étaient|sera|"
                         r"seront|serait) )(?=(?:environ |près de |presque |plus de |quelque )?"
                         r"\d[\d  ,.]*\s?(?:%|pour ?cent) de (?:plus|moins)(?![\w’'-]))")
_MORE_NOUN_EN = re.compile(r"\d(?: ?%| percent| per cent) (?:more|fewer|less) [a-z]|\d(?: ?%| "
                           r"percent| per cent) of [a-z -]+ (?:more|less)\b")
_NOUN_MORE = re.compile(r"(?<=\d)(\s?(?:%|pour ?cent) d(?:e |['’])(?:[^\s,.;:!?()]+ ){0,3}?"
                        r"[^\s,.;:!?()]+) (plus|moins)"
                        r"(?=[,.;:!?)]|$| (?!que\b|qu['’]|de\b|d['’])\w)")
_SHARE_EN = re.compile(r"\d(?: ?%| percent| per cent) of (?!(?:us|them|those|these|its|this|"
                       r"his|was|is|as|gas|less)\b)[a-z-]*[^\Ws'u]s\b")
_SHARE_DE = re.compile(r"(?<=\d)(\s?(?:%|pour ?cent)) d(?:e |['’])(?=[\w-]*[^\Ws'u][sx](?![\w’'-])"
                       r"(?! (?:en plus|en moins|\w+ en plus|\w+ en moins)\b))")
_HIGHER_EN = re.compile(r"\d(?: ?%| percent| per cent) higher than\b")
_PLUS_HAUT = re.compile(r"(?:(?<=%)|(?<=\bcent)) plus haut(e?s?)(?= que\b| qu['’])")
_MANY_EN = re.compile(r"\b(?:billions|millions|thousands|hundreds|tens|dozens) of (?!the |these |"
                      r"those |our |their |its |his |her |my |your |them |us |you )", re.IGNORECASE)
_MANY_START_EN = re.compile(r"\W*(?:Billions|Millions|Thousands|Hundreds|Tens|Dozens) of ")
_MANY_START_FR = re.compile(r"^(\W*)Les (?=(?:milliards|millions|milliers|centaines|dizaines|"
                            r"douzaines) d)")
_MANY_DES = re.compile(r"(?<![\w’'-])(milliards|millions|billions|milliers|centaines|dizaines|"
                       r"douzaines) des (?=[a-zàâçéèêîôû])")
_ALMOST_EN = re.compile(r"\b(?:almost|nearly)\s+(?:[$€£]|US\$)?\d", re.IGNORECASE)
_PRESQUE = re.compile(r"(?<![\w’'-])([Pp])resque (?=\d)")
_ABOUT_EN = re.compile(r"\b(?:about|some)\s+(?:[$€£]|US\$)?\d", re.IGNORECASE)
# only before a sum, a percentage or a scale word: *talk about 5 issues* is "sur 5 questions"
# ("quelques" before a figure is always the adverb "quelque": "quelque 1 500 entreprises")
_ABOUT_FR = re.compile(r"(?<![\w’'-])(?:([Ss])ur (?=\d[\d  ,.]*\s?(?:%|pour ?cent|millions?|"
                       r"milliards?|billions?|mille|dollars?|euros?|roubles?|livres)(?![\w’'-]))|"
                       r"([Qq])uelques (?=\d))")
# *about 187,000*: the figure's first digits, as the French writes them ("187 000")
# (not after a verb of speaking or thinking: *spoke about 5 issues* "a parlé sur 5 questions")
_ABOUT_FIGURE = re.compile(r"(?<!\btalk )(?<!\bthink )(?<!\bspoke )(?<!\bspeak )(?<!\bknow )"
                           r"(?<!\btalked )(?<!\bthought )(?<!\bspeaks )(?<!\bknew )(?<!\bsaid )"
                           r"(?<!\basked )(?<!\bheard )(?<!\btalking )(?<!\bspeaking )"
                           r"(?<!\bthinking )(?<!\bwrote )(?<!\btold )\b(?:about|around)\s+"
                           r"(?:[$€£]|US\$)?(\d+)", re.IGNORECASE)
_LESS_EN = re.compile(r"\bless than\s+(?:[$€£]|US\$)?\d", re.IGNORECASE)
_LESS_FR = re.compile(r"(?<![\w’'-])moins que (?=\d)")
# *about/over one third* "sur un tiers", "par-dessus un tiers": "environ", "plus d'".
_FRACTION_EN = re.compile(r"\b(about|around|some|over|more than) (?:a|one|two|three|half)\b",
                          re.IGNORECASE)
_FRACTION_FR = re.compile(r"(?<![\w’'-])(?:([Ss])ur|([Pp])ar-dessus) (?=(?:un|deux|trois) (?:tiers|"
                          r"quarts?)(?![\w’'-])|la moitié(?![\w’'-]))")
_BY_PERCENT_EN = re.compile(r"\bby (?:another )?\d[\d.,]* ?(?:%|percent|per cent)", re.IGNORECASE)
_PAR_PERCENT = re.compile(r"(?<![\w’'-])(?<!multiplié )(?<!multipliée )(?<!multipliés )"
                          r"(?<!multipliées )(?<!divisé )par (un autre |une autre )?(?=\d[\d  ,.]*"
                          r"\s?(?:%|pour ?cent)(?![\w’'-]))")
_AMOUNTED_EN = re.compile(r"\b(?:amounted to|totall?ed)\b", re.IGNORECASE)
_EQUIVALU = re.compile(r"(?<![\w’'-])(" + alternation(
    avoir("present", "imperfect", "future", persons=THIRD)) + ") équivalu à ")


def _change(m: re.Match[str]) -> str:
    """ "augmenté par 7,5 %" -> "augmenté de 7,5 %", "augmenté par-dessus 40 %" -> "augmenté
    de plus de 40 %" (*by over*: the engine's "par-dessus", "sur")."""
    over = m.group(0)[len(m.group(1)):].strip() and not m.group(2) and not m.group(3)
    return f"{m.group(1)} de {'plus de ' if over else m.group(3)}"


def _nth_time(m: re.Match[str]) -> str:
    """ "par le 17e temps" -> "pour la 17e fois"."""
    ordinal = _FEMININE.get(m.group(3), m.group(3))
    if m.group(1):
        return f"{m.group(1)}our la {ordinal} fois"
    return f"{m.group(2).replace('L', 'La').replace('l', 'la')} {ordinal} fois"


def french(source: str, text: str) -> str:
    """The French counts and ordinals of the English ``source`` put right (see the module's
    docstring): "trois temps plus" -> "trois fois plus", "Cent et cinquante" -> "Cent
    cinquante", "Quart." -> "Quatrièmement.", "a augmenté plus de 40 %" -> "a augmenté de
    plus de 40 %"."""
    ordinal = _ORDINAL_EN.fullmatch(source)
    if ordinal:
        return _ORDINAL_FR[ordinal.group(1).lower()] + "."
    if "temps" in text and _NTH_TIME_EN.search(source):
        text = _NTH_TEMPS.sub(_nth_time, text)
    if "temps" in text and _TIMES_EN.search(source):
        text = _TEMPS.sub(r"\1 fois", text)
    if " et " in text and _HUNDRED_AND.search(source):
        text = _CENT_ET.sub(lambda m: cased_like("cent", m.group(1)) + " ", text)
    if " plus" in text or " moins" in text:
        text = _PERCENT_MORE.sub(r"\1 de \2", text)
        if _MORE_NOUN_EN.search(source):
            text = _NOUN_MORE.sub(r"\1 en \2", text)
        if "haut" in text and _HIGHER_EN.search(source):
            text = _PLUS_HAUT.sub(r" plus élevé\1", text)
    if _SHARE_EN.search(source):
        text = _SHARE_DE.sub(r"\1 des ", text)
    if _MANY_EN.search(source):
        if _MANY_START_EN.match(source):
            text = _MANY_START_FR.sub(r"\1Des ", text)
        text = _MANY_DES.sub(lambda m: m.group(1) + (
            " d'" if m.string[m.end():m.end() + 1] in "aâeéèêiîoôuh" else " de "), text)
    if "resque" in text and _ALMOST_EN.search(source):
        text = _PRESQUE.sub(lambda m: cased_like("près de ", m.group(1)), text)
    if ("ur " in text or "uelques " in text) and _ABOUT_EN.search(source):
        text = _ABOUT_FR.sub(lambda m: cased_like("environ ", m.group(1)) if m.group(1)
                             else m.group(2) + "uelque ", text)
        for lead in {m.group(1) for m in _ABOUT_FIGURE.finditer(source)}:  # "sur 187 000"
            text = re.sub(r"(?<![\w’'-])([Ss])ur (?=" + lead + r"(?![\d]))",
                          lambda m: cased_like("environ ", m.group(1)), text)
    if "moins que" in text and _LESS_EN.search(source):
        text = _LESS_FR.sub("moins de ", text)
    if ("ur " in text or "dessus " in text) and (fraction := _FRACTION_EN.findall(source)):
        kinds = {w.lower() in ("over", "more than") for w in fraction}
        if len(kinds) == 1:  # "plus d'un tiers" or "environ un tiers", never both
            word = "plus de " if kinds.pop() else "environ "
            text = _FRACTION_FR.sub(lambda m: cased_like(word, m.group(0)), text)
            text = text.replace("plus de un", "plus d'un").replace("Plus de un", "Plus d'un")
    if "par " in text and _BY_PERCENT_EN.search(source):
        text = _PAR_PERCENT.sub(lambda m: "d'encore " if m.group(1) else "de ", text)
    if "équivalu" in text and _AMOUNTED_EN.search(source):
        text = _EQUIVALU.sub(r"\1 atteint ", text)
    if "grandi" in text and (_GROW_EN.search(source) or _RISE.search(source)):
        text = _GRANDIR.sub(lambda m: reverb(m.group(1), "augmenter") or m.group(1), text)
    if _CHANGE_EN.search(source):
        text = _CHANGE_FR.sub(_change, text)
    if "ui " in text and " de " in text:  # after "environ", "plus de" are put right
        text = _WHICH_MORE.sub(lambda m: cased_like("soit ", m.group(1) or m.group(2)), text)
    return text
