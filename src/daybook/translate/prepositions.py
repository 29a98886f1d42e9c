"""English *in* the pivot reads as the adverb "dedans" (*inside*), said as French says it.

``eng-cat``'s tagger reads *in* as an adverb ("dins") when the word after it can be a verb
("in trade", "in promoting", "in establishing"), and ``cat-fra`` writes "dedans": "la
coopération dedans commerce", "partenaires dedans en promouvant", "Dedans en résolvant ces
problèmes". French says (the Grevisse and the Robert & Collins on *in* + -ing):

- *in* + -ing opening the sentence is the gerund: "En résolvant ces problèmes"; *in doing
  so* is "ce faisant";
- *in* + -ing after a verb, a noun or an adjective is "à" and the infinitive ("réussi à
  réduire", "aider à établir", "intéressés à étendre"); also where the engine wrote "dans"
  before its gerund ("succès dans réduisant");
- *in* before a noun the engine left bare is "en" ("la coopération en commerce,
  investissement et science"), before a determiner "dans" ("dedans le domaine").

Only where the English has *in* and not *inside*, *indoors* (French "dedans").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.aux_forms import AVOIR, alternation
from daybook.translate.french import LOWER, LOWER_WORD, VOWEL_START, feminine
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import determiner, readings

_IN = re.compile(r"\bin\b", re.IGNORECASE)
_INSIDE = re.compile(r"\b(?:inside|indoors)\b", re.IGNORECASE)
_IN_DOING_SO = re.compile(r"\bin\s+doing\s+so\b", re.IGNORECASE)
# "Dedans en faisant aussitôt que," (*In doing so*: "so" read as *as soon as*)
_DEDANS_FAISANT = re.compile(_B + r"([Dd])edans en faisant(?: (?:aussitôt que|ainsi|donc|si))?"
                             + _E)
# the engine's "dedans"/"dans" + its gerund, with an object pronoun
_GERUND = re.compile(_B + r"([Dd]edans|[Dd]ans) (?:en )?((?:l['’]|le |la |les |se |s['’]|"
                     r"nous |vous |leur |lui |y |en )?)(" + LOWER_WORD + r"ant)" + _E)
_DETERMINER = re.compile(_B + r"([Dd])edans (?=(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|"
                         r"notre|nos|votre|vos|leur|leurs|son|sa|ses|mon|ma|mes|chaque|"
                         r"plusieurs|tous|toutes|d['’]autres|[0-9])" + r"(?![\w-]))")
_BARE = re.compile(_B + r"([Dd])edans (" + LOWER_WORD + r")" + _E)
# a clause opens here (a sentence, a comma): the gerund is French's own "en" + -ant
_OPENING = re.compile(r"(?:^\s*|[.!?:;,]\s*|[«“\"]\s*)$")


def _infinitive(gerund: str) -> str | None:
    """The infinitive of a French gerund ("promouvant" -> "promouvoir"), or None."""
    for r in readings([gerund]).get(gerund, ()):
        if r.tags[:1] and r.tags[0].startswith("vb") and "ger" in r.tags:
            return r.lemma
    return None


def _noun(word: str) -> bool:
    """The analyser reads ``word`` as a noun ("commerce", also a form of "commercer": the
    verb after *in* is the tagger's error)."""
    return any(r.pos == "n" for r in readings([word]).get(word, ()))


def in_adverb(source: str, french: str) -> str:
    """ "Dedans en résolvant" -> "En résolvant", "réussi dans réduisant" -> "réussi à
    réduire", "la coopération dedans commerce" -> "en commerce", "dedans le domaine" ->
    "dans le domaine", where the English has *in*."""
    if "dans" not in french or not _IN.search(source) or _INSIDE.search(source):
        return french
    if _IN_DOING_SO.search(source):
        french = _DEDANS_FAISANT.sub(lambda m: ("C" if m.group(1) == "D" else "c") + "e faisant",
                                     french)

    def gerund(m: re.Match[str]) -> str:
        prep, pronoun, verb = m.group(1), m.group(2), m.group(3)
        if prep.lower() == "dans" and not re.search(r"\bin\s+\w+ing\b", source, re.IGNORECASE):
            return m.group(0)
        if _OPENING.search(french[:m.start()]):
            return ("E" if prep[0].isupper() else "e") + "n " + pronoun + verb
        infinitive = _infinitive(verb)
        if infinitive is None:
            return m.group(0)
        if pronoun.strip() == "en" or pronoun.strip() == "y":
            pronoun = pronoun.strip() + " "
        return "à " + pronoun + infinitive

    french = _GERUND.sub(gerund, french)
    if "edans" not in french:
        return french
    french = _DETERMINER.sub(r"\1ans ", french)
    return _BARE.sub(lambda m: ("E" if m.group(1) == "D" else "e") + "n " + m.group(2)
                     if _noun(m.group(2)) else m.group(0), french)


# Verbs whose French object takes a preposition where the English object is direct or takes
# another one (the Robert & Collins and Grevisse on each verb): *attend* "assister à",
# *answer* "répondre à", *listen to* "écouter" (direct), *wait for* "attendre" (direct),
# *talk/speak about*, *discuss* "parler de" (the pivot's "parler sur"). Each: the English
# verb, the French verb's stem, the preposition the engine wrote ("" none), the one French
# wants ("" none). Only before a determiner: a noun phrase object ("assisterai une rencontre"),
# never "répondre que", "attendre pour voir".
_DET = (r"(l['’]|(?:un|une|le|la|les|ce|cet|cette|ces|notre|nos|votre|vos|leurs|son|sa|ses|"
        r"mon|ma|mes|chaque|tous|toutes|plusieurs|certains|certaines|tel|telle|tels|telles)"
        r"(?![\w-]))")
# A time phrase after the verb is no object ("Je répondrai la semaine prochaine").
_NOT_TIME = (r"(?!\s+(?:les\s+)?(?:prochaine?s?\s+|derni[eè]re?s?\s+)?(?:semaine|mois|année|an|"
             r"jour|fois|matin|soir|lendemain|veille|moment)s?(?![\w-]))")
# A determiner before a word: "le" before a stop is the engine's object pronoun ("assister le.").
_NOUN_NEXT = r"(?:(?<=['’])|(?=\s+[^\W\d_]))"
_INVERTED = r"(?:-(?:t-)?(?:vous|nous|il|elle|ils|elles|on|je|tu))?"
_GOVERNED: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"\battend(?:s|ed|ing)?\b", re.IGNORECASE), "assist", "", "à"),
    (re.compile(r"\b(?:answer|respond|repl(?:y|ie))(?:s|ed|ing)?\b", re.IGNORECASE), "répond",
     "", "à"),
    (re.compile(r"\blisten(?:s|ed|ing)?\s+to\b", re.IGNORECASE), "écout", "à", ""),
    (re.compile(r"\bwait(?:s|ed|ing)?\s+for\b", re.IGNORECASE), "attend", "pour", ""),
    (re.compile(r"\b(?:(?:talk|speak|spoke|spoken)(?:s|ed|ing)?\s+(?:\w+ly\s+)?about|"
                r"discuss(?:es|ed|ing)?)\b", re.IGNORECASE), "parl", "sur", "de"),
    # *fight* (*against*) "lutter contre" (the pivot's "lutter la menace"); *combat* "combattre"
    # (direct; the pivot's "combattrons de la corruption")
    (re.compile(r"\b(?:fight(?:s|ing)?|fought)\b", re.IGNORECASE), "lutt", "", "contre"),
    (re.compile(r"\bcombat(?:s|ed|ted|ing|ting)?\b", re.IGNORECASE), "combatt", "de", ""),
)
# Verbs and nouns whose French takes "sur" where English has *on* and the pivot wrote "dans"
# (the Robert & Collins on each: *insist on* "insister sur", *progress on* "des progrès sur",
# *the emphasis on* "l'accent sur", *impact/effect/influence/pressure on* "l'impact, l'effet,
# l'influence, la pression sur"); *comment on* "commenter" takes a direct object, the noun
# "un commentaire sur".
_ON: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (re.compile(rf"\b{english}\s+on\b", re.IGNORECASE), stem, "dans", want)
    for english, stem, want in (
        (r"insist(?:s|ed|ing)?", "insist", "sur"),
        (r"progress(?:es|ed|ing)?", "progr", "sur"),
        (r"(?:emphasis|stress|focus)", "accent", "sur"),
        (r"impacts?", "impact", "sur"),
        (r"effects?", "effet", "sur"),
        (r"influences?", "influence", "sur"),
        (r"pressures?", "pression", "sur"),
        (r"comment(?:s|ed|ing)?", "comment", ""),
        (r"comments?", "commentaire", "sur"),
    ))
_WITH = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}


def _is_verb(word: str) -> bool:
    return any(r.tags[:1] and r.tags[0].startswith("vb")
               for r in readings([word.lower()]).get(word.lower(), ()))


def _is_verb_or_noun(word: str) -> bool:
    return any(r.pos == "n" or (r.tags[:1] and r.tags[0].startswith("vb"))
               for r in readings([word.lower()]).get(word.lower(), ()))


def _governed_pattern(stem: str, wrote: str) -> re.Pattern[str]:
    """The verb (inverted or not, an adverb in -ment after it), the preposition the engine
    wrote ("au", "aux" hold an article) and the determiner after."""
    was = "(au |aux |à )" if wrote == "à" else f"({wrote} )" if wrote else "()"
    # after an elided "d'", "j'", "l'" too ("d'attendre pour")
    return re.compile(r"(?<![\w-])" + rf"((?i:{stem})[a-zéèêîô]*{_INVERTED})"
                      + rf"((?: [a-zé]+ment)?) {was}(?:{_DET}{_NOT_TIME}{_NOUN_NEXT})?")


def governed(source: str, french: str) -> str:
    """ "J'assisterai une rencontre" -> "J'assisterai à une rencontre", "répondre une
    question" -> "répondre à une question", "Nous avons écouté au rapport" -> "écouté le
    rapport", "Il attend pour une réponse" -> "attend une réponse", "Je parle principalement
    sur l'économie" -> "parle principalement de l'économie": each where the English has the
    verb (*attend*, *answer*, *listen to*, *wait for*, *talk about*); "lutter la menace" ->
    "lutter contre la menace" (*fight*), "des progrès dans ce projet" -> "sur ce projet"
    (*progress on*, ``_ON``)."""
    for english, stem, wrote, want in _GOVERNED + _ON:
        if stem not in french.lower() or not english.search(source):
            continue
        head_ok = _is_verb_or_noun if wrote == "dans" and want else _is_verb

        def put(m: re.Match[str], want: str = want,
                head_ok: Callable[[str], bool] = head_ok) -> str:
            verb, adverb, prep, det = m.group(1), m.group(2), m.group(3), m.group(4)
            if not head_ok(verb.split("-")[0]):
                return m.group(0)
            head = f"{verb}{adverb} "
            if prep in ("au ", "aux ") and not want:  # "écouté au rapport": "le rapport"
                return head + ("le " if prep == "au " else "les ") + (det or "")
            if det is None:
                return m.group(0)
            low = det.lower()
            if not want:
                return head + det
            if (want, low) in _WITH:  # the article goes into the preposition
                return head + _WITH[(want, low)]
            if want == "de" and VOWEL_START.match(det) and not low.startswith("l"):
                return head + "d'" + det
            return head + want + " " + det

        french = _governed_pattern(stem, wrote).sub(put, french)
    return governed_pronoun(source, french)


# The same verbs with "à" whose English object is the pronoun *it*/*them* of a thing: French
# says "y" before the verb (Grevisse § 678: "y" stands for "à" + a thing), where the engine
# writes a direct object "le", "la", "l'", "les" ("vous l'assisterez" -> "vous y assisterez",
# *you will attend it*). *attend* takes things only (*them* too); *answer*, *resist* take
# people too ("leur répondre"), so only *it*. Elided before "y": "je", "ne", "que".
_PRONOUN_EN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\battend(?:s|ed|ing)?\s+(?:it|them)\b", re.IGNORECASE), "assist"),
    (re.compile(r"\b(?:answer|respond|repl(?:y|ie))(?:s|ed|ing)?\s+it\b", re.IGNORECASE),
     "répond"),
    (re.compile(r"\bresist(?:s|ed|ing)?\s+it\b", re.IGNORECASE), "résist"),
)
_AUX = rf"(?:{alternation(AVOIR | {'avoir'})}) "


def _pronoun_pattern(stem: str) -> re.Pattern[str]:
    """An elidable word, the object pronoun, an auxiliary, the verb (its participle's
    agreement apart)."""
    return re.compile(r"(?<![\w-])(?:([JjNn]e|[Qq]ue) )?(?:l['’]|le |la |les )(" + _AUX
                      + r")?(" + stem + r"[a-zéèêîô]*?)(?:(?<=é)(?:e|s|es))?(?![\w-])")


def governed_pronoun(source: str, french: str) -> str:
    """ "Nous l'assisterons" -> "Nous y assisterons", "Je ne l'ai pas répondu" stays (the
    negation stands between), "Je l'ai assistée" -> "J'y ai assisté": see ``_PRONOUN_EN``;
    as many times as the English has the verb with the pronoun."""
    for english, stem in _PRONOUN_EN:
        count = len(english.findall(source))
        if not count or stem not in french.lower():
            continue

        def put(m: re.Match[str]) -> str:
            if not _is_verb(m.group(3)):
                return m.group(0)
            word = m.group(1)
            head = f"{word[0]}'" if word and word.lower() == "je" else \
                f"{word[0]}'" if word and word.lower() == "ne" else \
                f"{word[:-1]}'" if word else ""
            return f"{head}y {m.group(2) or ''}{m.group(3)}"

        french = _pronoun_pattern(stem).sub(put, french, count=count)
    return discussed(source, french)


# *discuss this/it*, *talk about it*: "parler" takes "de"; the pivot writes the pronoun as a
# direct object ("Nous avons parlé ça", "Nous l'avons parlé"): French says "parlé de cela",
# and "en" for *it* before the verb ("Nous en avons parlé", Grevisse § 679: "en" stands for
# "de" + a thing).
_DISCUSS_IT = re.compile(r"\b(?:discuss(?:es|ed|ing)?|(?:talk|speak|spoke|spoken)(?:s|ed|ing)?"
                         r"(?:\s+\w+ly)?\s+about)\s+(?:this|that|it)\b", re.IGNORECASE)
_PARLE_CA = re.compile(_B + r"(parl" + LOWER + r"*(?: " + LOWER + r"+ment)?) (?:sur )?"
                       r"(ça|cela|ceci)" + _E)
_L_PARLE = re.compile(_B + r"(?:([Nn])e )?[Ll]['’](" + _AUX + r")?(parl" + LOWER + r"*)" + _E)


def discussed(source: str, french: str) -> str:
    """ "Les parties ont parlé ça" -> "ont parlé de ça", "parlons constamment sur cela" ->
    "parlons constamment de cela", "Nous l'avons parlé" -> "Nous en avons parlé", where the
    English discusses or talks about *this*, *that* or *it*."""
    if "parl" not in french or not _DISCUSS_IT.search(source):
        return french
    french = _PARLE_CA.sub(lambda m: f"{m.group(1)} de {m.group(2)}", french)
    return _L_PARLE.sub(lambda m: (f"{m.group(1)}'" if m.group(1) else "")
                        + f"en {m.group(2) or ''}{m.group(3)}"
                        if _is_verb(m.group(3)) else m.group(0), french)


# English prepositional phrases the pivot says word for word (the Robert & Collins on each):
# *in (the) autumn/summer/winter* "en automne", "en été", "en hiver", with a year or a
# complement "à l'automne 2019"; *in (the) spring* "au printemps" (the pivot's "dans la
# mie": *spring* read as the elastic "molla"); *next to* "près de" (the pivot's "après
# à"); *as per* "selon" (the pivot's "comme par").
_SEASON_EN = re.compile(r"\bin\s+(?:the\s+)?(?:(?:early|late|coming|next)\s+)?"
                        r"(?:autumn|fall|summer|winter|spring)\b", re.IGNORECASE)
_SEASON_FR = re.compile(_B + r"([Dd]ans|[Ee]n) (?:(?:l['’])?(automne|été|hiver)|le (printemps)|"
                        r"la (mie)|(mie))((?: de)?(?= [0-9]{4})|(?= de ))?" + _E)
_NEXT_TO = re.compile(r"\bnext\s+to\b", re.IGNORECASE)
_APRES_A = re.compile(_B + r"([Aa])près (à|au|aux)" + _E)
_AS_PER = re.compile(r"\bas\s+per\b", re.IGNORECASE)
# *on this day* "en ce jour" (the pivot's "dans ce jour"); *the fight against* (a noun), *in
# fighting* "la lutte contre" (the pivot's "le combat contre"; "combat" is an armed fight).
_ON_DAY = re.compile(r"\bon\s+this\s+(?:[\w-]+\s+)?day\b", re.IGNORECASE)
_DANS_CE_JOUR = re.compile(_B + r"([Dd])ans ce ((?:" + LOWER_WORD + r" )?jour)" + _E)
_FIGHT_AGAINST = re.compile(r"\b(?:(?:the|a|our|their|its|joint|common|global)\s+(?:[\w-]+\s+)?"
                            r"fight\s+against|in\s+fighting)\b", re.IGNORECASE)
_COMBAT_CONTRE = re.compile(_B + r"(?:([Ll]e|[Dd]u|[Aa]u|[Uu]n|[Nn]otre|[Ll]eur|[Ss]on) )"
                            r"combat(?: (" + LOWER_WORD + r"))? contre"
                            + _E)
_LUTTE = {"le": "la", "du": "de la", "au": "à la", "un": "une", "notre": "notre",
          "leur": "leur", "son": "sa"}
_COMME_PAR = re.compile(_B + r"([Cc])omme par (" + LOWER_WORD + r")" + _E)


def _season(m: re.Match[str]) -> str:
    season = m.group(2) or ("printemps" if m.group(3) or m.group(4) or m.group(5) else "")
    upper = m.group(1)[0].isupper()
    if m.group(6) is not None:  # a year ("de" dropped: "à l'été 2019") or a complement
        word = "au printemps" if season == "printemps" else "à l'" + season
    else:
        word = "au printemps" if season == "printemps" else "en " + season
    return (word[0].upper() + word[1:]) if upper else word


def phrases(source: str, french: str) -> str:
    """ "dans l'automne" -> "en automne" ("à l'automne 2019"), "dans la mie" -> "au
    printemps", "après à nos frontières" -> "près de nos frontières", "Comme par concept
    initial" -> "Selon le concept initial", where the English has the season after *in*,
    *next to*, *as per*."""
    if _SEASON_EN.search(source):
        french = _SEASON_FR.sub(_season, french)
    if _ON_DAY.search(source):
        french = _DANS_CE_JOUR.sub(lambda m: ("E" if m.group(1) == "D" else "e") + "n ce "
                                   + m.group(2), french)
    if _FIGHT_AGAINST.search(source):

        def lutte(m: re.Match[str]) -> str:
            det = _LUTTE[m.group(1).lower()]
            det = det[0].upper() + det[1:] if m.group(1)[0].isupper() else det
            return f"{det} lutte{' ' + feminine(m.group(2)) if m.group(2) else ''} contre"

        french = _COMBAT_CONTRE.sub(lutte, french)
    if _NEXT_TO.search(source):
        french = _APRES_A.sub(lambda m: ("P" if m.group(1) == "A" else "p") + "rès "
                              + {"à": "de", "au": "du", "aux": "des"}[m.group(2)], french)
    if _AS_PER.search(source):

        def selon(m: re.Match[str]) -> str:
            word, head = m.group(2), ("S" if m.group(1) == "C" else "s") + "elon "
            if word in _ARTICLES:
                return head + word
            nouns = [r for r in readings([word]).get(word, ()) if r.pos == "n"]
            if not nouns:
                return m.group(0)
            gender, number = nouns[0].tags[1:3] if len(nouns[0].tags) > 2 else ("m", "sg")
            article = determiner("le", gender, number, word) or "le"
            return head + article + ("" if article.endswith("'") else " ") + word

        french = _COMME_PAR.sub(selon, french)
    return french


_ARTICLES = frozenset({"le", "la", "les", "l", "notre", "nos", "votre", "vos", "leur", "leurs",
                       "son", "sa", "ses", "ce", "cet", "cette", "ces", "un", "une"})
