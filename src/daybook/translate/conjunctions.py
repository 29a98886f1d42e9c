"""Conjunctions that open a clause: *until*, *before*, *unless* + subject + verb.

French opens these clauses with a conjunction and puts their verb in the subjunctive
(Grevisse §§ 1136, 1142: "jusqu'à ce que", "avant que", "à moins que" + subjunctive; the
expletive "ne" is optional and left out). The pivot reads the English conjunction as a
preposition and keeps the indicative ("jusqu'à un gouverneur élu prend ses fonctions",
"jusqu'aux accords sont exécutés", "devant l'hiver vient"), or, with a pronoun subject
the Catalan stage dropped, leaves a bare verb or an infinitive ("devant connaissons mes
collègues", "jusqu'à ce qu'obtenir des résultats", "sauf que traiter cette question").

``conjunctions`` rewrites, where the English has the conjunction, then a subject (a
pronoun, or a noun phrase of up to five words with no preposition) and a finite verb, and
the French the pivot's preposition ("jusqu'à/au/aux", "jusqu'à ce que", "devant", "sauf
que/si"), then a noun phrase or a pronoun or nothing, then a verb (within eight words, no
punctuation): the preposition becomes the conjunction (the article "au/aux" contracted in
it given back: "jusqu'à ce que les accords"), a dropped subject pronoun is given back from
the English (*we* "nous"; a stressed "lui" for *it* becomes "il"), and the verb (the first
finite one, or the infinitive) takes the present subjunctive of its person ("prenne",
"soient", "connaissions"). *although that is* gave "même si que c'est": "même si c'est".
*before* + a noun of time or of an event (*before the year's end*, *before the New Year*)
is "avant", not the pivot's "devant" (in front of): "avant la fin de l'année", "avant le
Nouvel An".
*though* as an adverb (*There is one problem, though, namely*) came out the conjunction
with nothing after it, "bien que, c'est-à-dire": before punctuation it is "cependant".
The same for *since* (the pivot's "depuis"): "depuis que" + the indicative before a past
or a perfect (*Since we met*), "puisque" before a present, a reason (*Since we know*);
*even though* ("même bien que") "même si" + the indicative (a dropped subject's
infinitive in the present); *provided (that)* ("avec la condition qui", "a fourni") "à
condition que" + the subjunctive. *whether* "si", the pivot's "tellement de si".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.as_well_as import as_well_as
from daybook.translate.causatives import causatives
from daybook.translate.concessives import concessives
from daybook.translate.conjuncts_np import listed
from daybook.translate.degrees import degrees
from daybook.translate.french import cased_like, elide
from daybook.translate.gender import Reading, clause_tokens, generate, readings
from daybook.translate.indirect import indirect
from daybook.translate.list_articles import list_articles
from daybook.translate.moment_clauses import futures
from daybook.translate.object_participles import object_participles
from daybook.translate.past_could import past_could
from daybook.translate.plural_lists import plural_lists
from daybook.translate.processes import remembered_readings
from daybook.translate.shared_adjectives import shared_adjectives
from daybook.translate.shared_heads import shared_heads
from daybook.translate.stranded import stranded
from daybook.translate.stranded_preps import stranded_preps
from daybook.translate.time_clauses import as_while

__all__ = ["clause_frames", "conjunctions", "english_clause"]

_TOKEN = clause_tokens()
_PRONOUN_EN = {"i": ("je", "p1", "sg"), "we": ("nous", "p1", "pl"), "you": ("vous", "p2", "pl"),
               "they": ("ils", "p3", "pl"), "he": ("il", "p3", "sg"), "she": ("elle", "p3", "sg"),
               "it": ("il", "p3", "sg")}
_SUBJECT_FR = {"je": ("p1", "sg"), "j'": ("p1", "sg"), "nous": ("p1", "pl"),
               "vous": ("p2", "pl"), "ils": ("p3", "pl"), "elles": ("p3", "pl"),
               "il": ("p3", "sg"), "elle": ("p3", "sg"), "on": ("p3", "sg")}
# The stressed pronouns the pivot writes for a subject it read as an object.
_STRESSED = frozenset(("lui", "eux", "moi"))
_CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "se",
                      "s'", "nous", "vous", "me", "m'", "te", "t'"))
_CONJUNCTION = {"until": "jusqu'à ce que", "till": "jusqu'à ce que", "before": "avant que",
                "unless": "à moins que", "once": "une fois que", "after": "après que",
                "as soon as": "dès que", "even though": "même si",
                "provided": "à condition que", "provided that": "à condition que",
                "since": "depuis que"}
_KIND = {"until": "jusqu'à ce que", "before": "avant que", "unless": "à moins que",
         "once": "une fois que", "after": "après que", "soon": "dès que", "even": "même si",
         "provided": "à condition que", "since": "depuis que"}
# Conjunctions French follows with the indicative (Grevisse §§ 1137, 1154: "après que",
# "même si", "puisque" too): their verb is kept, only the subject the pivot dropped is given
# back (an infinitive for it takes the present indicative).
_INDICATIVE = frozenset(("une fois que", "après que", "dès que", "même si", "depuis que",
                         "puisque"))
# The English conjunction and the words after it, up to punctuation.
_CLAUSE_EN = re.compile(r"\b(until|till|before|unless|once|after|as soon as|even though|"
                        r"provided(?: that)?|since)((?: [\w’'-]+){2,8})", re.IGNORECASE)
# *since* + a clause in the past or the perfect is of time, "depuis que" (*Since we met*);
# in the present it gives a reason, "puisque" (*Since it is important*).
_PERFECT_EN = frozenset(("has", "have", "had"))
# Names of months and days: a date after the conjunction, not a subject (*Since January
# prices have risen*).
_DATES_EN = frozenset(("january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december", "monday",
                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# *whether* + a clause is "si"; the pivot writes "tellement de si" (*so* + *whether*).
_WHETHER_EN = re.compile(r"\bwhether\b", re.IGNORECASE)
_WHETHER_FR = re.compile(r"(?<![\w’'-])([Tt])ellement de s(?=['’]|i(?![\w’'-]))")
_SUBJECT_EN = re.compile(r"\b(?:I|we|you|they|he|she)\b", re.IGNORECASE)
_DET_EN = frozenset(("the", "a", "an", "this", "that", "these", "those", "our", "their", "its",
                     "his", "her", "your", "my", "all", "every", "each", "both", "some", "no"))
_NOT_IN_NP_EN = frozenset(("of", "in", "on", "at", "for", "with", "to", "from", "by", "and",
                           "or", "as", "than", "that", "which", "who", "when", "where",
                           "while", "if", "because", "whose", "i", "we", "you", "they", "he",
                           "she", "it"))
_FINITE_EN = ("<pres>", "<past>")
_VERBS_EN = ("<vblex>", "<vbser>", "<vbhaver>", "<vbmod>", "<vbdo>")
# The pivot's rendering of each conjunction, at a word's start.
_MARKER = re.compile(r"(?<![\w’'-])(?:(?P<until>[Jj]usqu['’](?:à ce qu(?:e |['’])|à |au |aux ))|"
                     r"(?P<before>[Dd]evant )|(?P<once>[Uu]ne fois )|(?P<after>[Aa]près )|"
                     r"(?P<soon>[Àà] peine )|(?P<even>[Mm]ême bien que )|"
                     r"(?P<since>[Dd]epuis )|"
                     r"(?P<provided>(?:[Aa]vec la condition|[Aa] fourni) (?:qu(?:i |e )|qu['’])?)|"
                     r"(?P<unless>[Ss]auf (?:que |qu['’]|si |s['’])))")
_FINITE = ("pri", "fti", "pii", "cni", "ifi", "prs")
_VERB_POS = ("vblex", "vbser", "vbhaver", "vbmod")
_STOP = frozenset((",", ".", ";", ":", "!", "?", "–", "—", "(", ")", "«", "»", "et", "ou",
                   "qui", "que", "qu'", "mais", "pour", "dans", "avec", "sur", "par", "à",
                   "en", "sans", "quand", "lorsque", "lorsqu'", "où", "si", "parce"))
# Nouns of time and of events (general French usage: "avant la fin", "avant le sommet").
_TIME_NOUNS = ("fin", "début", "commencement", "année", "an", "nouvel an", "nouvelle année",
               "veille", "mois", "semaine", "jour", "journée", "soir", "matin", "nuit",
               "printemps", "été", "automne", "hiver", "saison", "date", "échéance",
               "élection", "élections", "sommet", "réunion", "rencontre", "visite",
               "guerre", "révolution", "crise", "pandémie", "vacances", "fêtes", "noël",
               "scrutin", "vote", "ouverture", "clôture", "lancement", "signature",
               "match", "championnat", "jeux", "forum", "conférence", "congrès", "session",
               "négociations", "pourparlers", "discussions", "entretiens", "départ",
               "arrivée", "expiration", "délai", "heure", "moment", "période", "siècle")
_DEVANT = re.compile(r"(?<![\w’'-])([Dd])evant (?=(?:le |la |les |l['’]|cette |ce |cet |ces |"
                     r"notre |nos |votre |vos |leur |leurs |son |sa |ses )(?:(?:\w+ ){0,2})(?:"
                     + "|".join(_TIME_NOUNS) + r")(?![\w’'-]))", re.IGNORECASE)
_BEFORE_EN = re.compile(r"\bbefore\b", re.IGNORECASE)
_THOUGH_EN = re.compile(r"\bthough[,.;:!?)]")
_THOUGH_FR = re.compile(r"(?<![\w’'-])(?:bien que|même si)(?=[,.;:!?)])")
_MEME_SI_QUE = re.compile(r"(?<![\w’'-])([Mm]ême si) qu(?:e |['’])")


def english_clause(source: str) -> dict[str, tuple[str, str, str] | None]:
    """The conjunctions of ``source`` that open a clause -> the French subject pronoun and
    its person and number for a pronoun subject, None for a noun phrase subject (a
    determiner or a capital, then up to five words with no preposition, then a finite
    verb)."""
    found: dict[str, tuple[str, str, str] | None] = {}
    for m in _CLAUSE_EN.finditer(source):
        conj, words = " ".join(m.group(1).lower().split()), m.group(2).split()
        pronoun = _PRONOUN_EN.get(words[0].lower())
        if pronoun is not None:
            if _finite_en(words[1]):
                key = _key(conj, words[1:3])
                if conj == "before" and _same_subject(source[:m.start()], words[0]):
                    key = "avant de"
                found.setdefault(key, pronoun)
            continue
        if (words[0].lower() not in _DET_EN and not words[0][:1].isupper()) or (
                words[0].lower() in _DATES_EN):
            continue
        for j in range(1, min(len(words), 7)):
            if words[j].lower() in _NOT_IN_NP_EN or words[j].lower() in _DET_EN:
                break  # a preposition, or a second noun phrase (*After the talks the X said*)
            if j >= 2 and _finite_en(words[j]):
                found.setdefault(_key(conj, words[j:j + 2]), None)
                break
    return found


def _key(conj: str, verb: Sequence[str]) -> str:
    """The French conjunction for English ``conj`` whose clause's first verb and the word
    after it are ``verb``: *since* is "depuis que" before a past or a perfect (*has* +
    a participle), "puisque" before a present (*since it has the approval*)."""
    if conj != "since":
        return _CONJUNCTION[conj]
    words = [w.lower() for w in verb]
    got = remembered_readings(words)
    if words[0] in _PERFECT_EN and words[0] != "had":
        past = len(words) > 1 and any("<pp>" in r for r in got.get(words[1], ()))
    else:
        past = any("<past>" in r for r in got.get(words[0], ()))
    return "depuis que" if past else "puisque"


def _same_subject(before: str, pronoun: str) -> bool:
    """Whether the sentence's first personal subject, before the conjunction, is
    ``pronoun`` (*I want to meet you before I meet*): French says "avant de" + the
    infinitive then (Grevisse § 1136 b)."""
    sentence = re.split(r"[.!?;:]\s", before)[-1]
    first = _SUBJECT_EN.search(sentence)
    return first is not None and first.group(0).lower() == pronoun.lower()


def _finite_en(word: str) -> bool:
    """Whether the English analyser reads ``word`` as a finite verb."""
    word = word.lower()
    return any(any(t in r for t in _FINITE_EN) and any(v in r for v in _VERBS_EN)
               for r in remembered_readings([word]).get(word, ()))


def _verb(reads: Sequence[Reading], person: tuple[str, str] | None,
          bare: bool) -> Reading | None:
    """The finite (or, with ``bare``, infinitive) reading of a verb that fits ``person``."""
    for want in ("vbser", "vbhaver", "vbmod", "vblex"):
        for x in reads:
            if x.tags[0] != want or len(x.tags) < 2:
                continue
            if x.tags[1] == "inf" and bare:
                return x
            if x.tags[1] in _FINITE and len(x.tags) > 3 and (
                    person is None or (x.tags[2], x.tags[3]) == person):
                return x
    return None


Plan = tuple[int, int, str, str]  # start, end, new text with "{}" for the verb, verb input


def _rewrite(text: str, clauses: dict[str, tuple[str, str, str] | None],
             reads: dict[str, tuple[Reading, ...]]) -> list[Plan]:
    """For each marker of a clause the English has: the span from the marker to the verb,
    said again with the conjunction and the subject, and the generator input of the verb's
    subjunctive."""
    plans: list[Plan] = []
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    for m in _MARKER.finditer(text):
        kind = next(k for k in _KIND if m.group(k))
        conj = _KIND[kind]
        if conj == "depuis que" and conj not in clauses:
            conj = "puisque"  # "depuis" for a reason (*since it is*): "puisque"
        same = conj == "avant que" and "avant de" in clauses
        if same:
            conj = "avant de"
        if conj not in clauses:
            continue
        pronoun = clauses[conj]
        marker = m.group(0).lower().replace("’", "'")
        article = {"jusqu'au ": "le ", "jusqu'aux ": "les "}.get(marker, "")
        first = next((k for k, t in enumerate(toks) if t[0] >= m.end()), None)
        if first is None:
            continue
        said = toks[first][2].lower().replace("’", "'")
        subject: tuple[str, str] | None = None
        k = first
        if pronoun is not None and (said in _SUBJECT_FR or said in _STRESSED):
            subject = _SUBJECT_FR.get(said, pronoun[1:])
            k += 1
        found: Reading | None = None
        while k < len(toks) and k - first < 8:
            w = toks[k][2].lower().replace("’", "'")
            if w in _STOP or not w[:1].isalpha():
                break
            if w in _CLITICS and k > first and (subject or pronoun is None):
                k += 1
                continue
            dropped = k == first and pronoun is not None
            if dropped or subject or (pronoun is None and k > first):
                found = _verb(reads.get(w, ()), subject or (pronoun[1:] if pronoun else None),
                              bare=dropped)
            if found is not None or dropped or subject:
                break
            k += 1
        if found is None:
            continue
        person = subject or (pronoun[1:] if pronoun else None)
        if person is None:
            person = (found.tags[2], found.tags[3]) if len(found.tags) > 3 else ("p3", "sg")
        between = text[toks[first][0]:toks[k][0]]
        if said in _STRESSED and pronoun is not None:  # "devant lui reçoit": *it* "il"
            between = pronoun[0] + between[len(toks[first][2]):]
        if k == first and pronoun is not None:  # the dropped subject given back
            between = pronoun[0] + " "
        if same:  # "avant que je rencontre" -> "avant de rencontrer"
            if k > first + 1 or found.tags[0] not in ("vblex", "vbser", "vbhaver"):
                continue
            plans.append((m.start(), toks[k][1], cased_like("avant de {}", m.group(0)),
                          "=" + found.lemma))
            continue
        new = cased_like(conj, m.group(0)) + " " + article + between + "{}"
        mood = "pri" if conj in _INDICATIVE else "prs"
        plans.append((m.start(), toks[k][1], new, "=" + toks[k][2]
                      if conj in _INDICATIVE and found.tags[1] != "inf"
                      else f"^{found.lemma}<{found.tags[0]}><{mood}><{person[0]}><{person[1]}>$"))
    return plans


def _before(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "devant la fin de l'année" -> "avant la fin de l'année" (after the clauses: "devant
    l'hiver vient" is "avant que l'hiver vienne")."""
    return [_DEVANT.sub(lambda m: m.group(1).replace("D", "A").replace("d", "a") + "vant ", t)
            if "evant " in t and _BEFORE_EN.search(s) else t
            for s, t in zip(sources, texts, strict=True)]


def conjunctions(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "jusqu'à un gouverneur élu prend" -> "jusqu'à ce qu'un gouverneur élu prenne":
    see above; one exchange with the analyser and one with the generator for all."""
    texts = [_MEME_SI_QUE.sub(r"\1 ", t) if "si qu" in t else t for t in texts]
    texts = [_THOUGH_FR.sub("cependant", t) if _THOUGH_EN.search(s) else t
             for s, t in zip(sources, texts, strict=True)]
    texts = [_WHETHER_FR.sub(lambda m: cased_like("s", m.group(1)), t)
             if "ellement de s" in t and _WHETHER_EN.search(s) else t
             for s, t in zip(sources, texts, strict=True)]
    todo = {}
    for n, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if _MARKER.search(text) and (clauses := english_clause(source)):
            todo[n] = clauses
    if not todo:
        return _before(sources, texts)
    reads = readings(sorted({m.group(0).lower().replace("’", "'") for n in todo
                             for m in _TOKEN.finditer(texts[n]) if m.group(0)[:1].isalpha()}))
    if not reads:
        return _before(sources, texts)
    planned = {n: _rewrite(texts[n], todo[n], reads) for n in todo}
    forms = generate(sorted({p[3] for plans in planned.values() for p in plans
                             if not p[3].startswith("=")}))
    forms.update({p[3]: p[3][1:] for plans in planned.values() for p in plans
                  if p[3].startswith("=")})
    out = list(texts)
    for n, plans in planned.items():
        text = out[n]
        for start, end, new, verb in sorted(plans, reverse=True):
            if verb in forms:
                text = text[:start] + elide(new.format(forms[verb])) + text[end:]
        out[n] = text
    return _before(sources, out)


def clause_frames(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``causatives``, ``conjunctions``, ``stranded`` relatives and ``stranded_preps``, the
    participles of object relatives (``object_participles``), ``degrees``, ``indirect``
    questions, *as* of time (``as_while``), a time clause's future
    (``moment_clauses.futures``), *could* of the past (``past_could``) and *no matter
    what* (``concessives``), in that order (``protect``'s one entry for the clause
    frames), after ``conjuncts_np.listed``, ``as_well_as``, ``plural_lists``,
    ``list_articles`` (the lists whose first noun ``bare_objects``, just before, gave its
    article), ``shared_heads`` and ``shared_adjectives``."""
    texts = shared_heads(sources, list_articles(sources, plural_lists(sources, as_well_as(
        sources, listed(sources, texts)))))
    texts = shared_adjectives(sources, texts)
    texts = object_participles(sources, stranded_preps(sources, stranded(
        sources, conjunctions(sources, causatives(sources, texts)))))
    texts = as_while(sources, indirect(sources, degrees(sources, texts)))
    return concessives(sources, past_could(sources, futures(sources, texts)))
