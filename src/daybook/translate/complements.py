"""Object clauses without *that*, given their *that* before the engine (called from
``preedit``).

English leaves out *that* after a verb of saying, thinking or knowing ("He told me the
talks had been constructive", "I know the situation is difficult", "I am convinced we
will succeed"); French never does ("Il m'a dit que les discussions", "Je sais que la
situation", "Je suis persuadé que nous"). The Catalan pivot writes "que" after a few verbs
(*think*, *hope*, *believe*) and none after the others ("Je sais la situation est
difficile", "Il m'a dit les discussions avaient été", "Je suis persuadé nous aura"); with
the *that* written it says "que" after all of them. The clause is read from the engine's
own tagger: the verb (after its object pronoun for *tell*, *assure*...), then a subject
(a subject pronoun, or a noun phrase) and a finite verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from daybook.translate.relatives import ADVERBIAL_HEADS, TIME_HEADS

if TYPE_CHECKING:
    from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "that_clause", "that_relative"]

Edit = tuple[int, int, str]

# Verbs followed by an object clause (general English grammar: verbs of saying, thinking,
# knowing and perceiving that take a *that*-clause, Quirk et al. 16.32); not those French
# follows with the subjunctive ("suggest", "doubt", "wish"), which "que" alone does not fix.
_SAY = frozenset((
    "say", "tell", "think", "believe", "know", "hope", "expect", "feel", "understand", "see",
    "note", "stress", "emphasise", "emphasize", "agree", "suppose", "realise",
    "realize", "recall", "remember", "admit", "acknowledge", "guarantee", "assure",
    "promise", "remind", "inform", "mention", "announce", "confirm", "hear", "learn",
    "notice", "argue", "claim", "predict", "estimate", "reckon", "add", "explain", "warn"))
# Verbs whose clause comes after a person told ("told us we must", "assured me the work").
_TELL = frozenset(("tell", "assure", "promise", "remind", "inform", "warn"))
# Predicate adjectives with an object clause after "be" ("I am sure we will").
_SURE = frozenset(("sure", "convinced", "confident", "certain", "aware", "convince"))
# An object clause is no question's: "What do you think we should do?" is left.
_WH = frozenset(("what", "which", "who", "whom", "how", "where", "why", "whatever"))
_NP = frozenset(("det", "adj", "n", "np", "num"))
# Verbs of perception take a bare infinitive too ("we saw the team win"): after them only
# a verb that cannot be one counts as finite.
_PERCEIVE = frozenset(("see", "hear", "notice", "feel"))

TRIGGERS = (
    r"\b(?:say|says|said|tell|tells|told|think|thinks|thought|believe[sd]?|know|knows|knew|"
    r"hope[sd]?|expect(?:s|ed)?|feel|feels|felt|understand|understands|understood|see|sees|"
    r"saw|note[sd]?|stress(?:es|ed)?|emphasi[sz]e[sd]?|agree[sd]?|suppose[sd]?|"
    r"reali[sz]e[sd]?|recall(?:s|ed)?|remember(?:s|ed)?|admit(?:s|ted)?|acknowledge[sd]?|"
    r"guarantee[sd]?|assure[sd]?|promise[sd]?|remind(?:s|ed)?|inform(?:s|ed)?|"
    r"mention(?:s|ed)?|announce[sd]?|confirm(?:s|ed)?|hear|hears|heard|learn(?:s|ed|t)?|"
    r"notice[sd]?|argue[sd]?|claim(?:s|ed)?|predict(?:s|ed)?|estimate[sd]?|reckon(?:s|ed)?|"
    r"add|adds|added|explain(?:s|ed)?|warn(?:s|ed)?|sure|convinced|confident|certain|aware)"
    r" (?:(?:me|us|you|him|her|them) )?(?:we|I|you|they|he|she|it|the|our|your|their|"
    r"this|these|its|his|her|all|many|most|some|every|[A-Z][a-z]+)\b",
    # a noun, then a subject of one or two words and a verb with a tense
    r"\b(?!(?:of|in|to|for|on|at|by|with|from|and|or|but|that|is|are|was|were|be|been|has|"
    r"have|had|will|would|can|could|should|must|about|into|over|between|among|through|"
    r"during|under|after|before|all|as|than|if|when|what|which|who|where|how|not|also)\b)"
    r"[a-z]{3,} (?:the|this|these|those|our|his|its|their|my|your|he) [a-z]+(?: [a-z]+)? "
    r"(?:has|have|had|is|are|was|were|will|would|can|could|should|must|[a-z]+ed|[a-z]+s)\b",
    # a noun, then a name (the glossary's stand-in for "the Government") and an auxiliary
    r"(?-i:\b[a-z]{3,}s? [A-Z][a-z]+ (?:has|have|had|is|are|was|were|will|would|can|could|"
    r"should|must)\b)",
)
# Heads a name after them may stand in apposition to ("my colleague Conner has said"):
# people's nouns and titles (general English).
_PERSON_HEADS = frozenset((
    "colleague", "colleagues", "friend", "friends", "president", "minister", "governor",
    "mayor", "chairman", "director", "head", "partner", "partners", "counterpart",
    "counterparts", "ambassador", "envoy", "leader", "leaders", "secretary", "premier",
    "king", "queen", "prince", "chancellor", "commissioner", "spokesman", "adviser",
    "advisor", "aide", "deputy", "senator", "general", "admiral", "patriarch", "pope",
    "brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "mr",
    "ms", "mrs", "dr", "professor", "coach", "captain", "player", "author", "artist"))
# Heads whose relative French opens otherwise: "la façon dont", "la raison pour
# laquelle", "l'endroit où".
_NOT_QUE = frozenset(("way", "ways", "reason", "reasons", "place", "places", "extent",
                      "manner", "degree", "sense", "level"))
# Determiners that open no subject of a relative ("the region each year", "things that").
_NOT_SUBJECT_DET = frozenset(("that", "which", "what", "whose", "each", "every", "any", "all",
                              "both", "no", "another", "such", "other", "either", "neither"))
# Conjunctions opening a clause whose last noun may precede the main clause's subject
# ("When we reached the agreement the prices rose").
_SUBORDINATE = frozenset(("when", "if", "because", "after", "before", "as", "since", "while",
                          "although", "though", "once", "until", "unless", "whether"))
_OBJECT = frozenset(("det", "n", "np", "prn", "num"))


def _finite(u: Unit, pronoun: bool) -> bool:
    """A verb with a tense; after a subject ``pronoun`` any verb but a participle or a
    gerund (the tagger reads "we have" as an infinitive after "I feel")."""
    if u.pos == "vbmod":
        return True
    if u.pos not in ("vblex", "vbser", "vbhaver", "vbdo"):
        return False
    return u.has("pres") or u.has("past") or (pronoun and u.has("inf"))


def _subject_end(units: Sequence[Unit], j: int) -> int:
    """The index after the subject starting at ``j``: a subject pronoun, or a noun phrase
    (determiners, adjectives, nouns, with an *of* phrase: "the volume of trade"); ``j``
    when there is none."""
    u = units[j]
    if u.pos == "prn" and (u.has("subj") or u.surface.lower() in ("it", "you")):
        return j + 1  # "it", "you" read as objects too ("I think it is", "I know you have")
    k, noun = j, j
    while k < len(units) and units[k].pos in _NP and (units[k].pos != "det" or k == j or (
            units[k - 1].lemma == "of" or units[k - 1].pos == "cnjcoo")) and not (
            units[k].pos == "np" and k > j and units[k - 1].pos == "n"
            and units[k - 1].has("pl")):  # "told the partners Russia has": two phrases
        if units[k].pos in ("n", "np"):
            noun = k + 1
        k += 1
        if k + 1 < len(units) and noun == k and units[k + 1].pos in _NP and (
                units[k].lemma == "of" or units[k].pos == "cnjcoo"):
            k += 1  # "the volume of trade", "Russia and China"
    return noun


def that_clause(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "I know the situation is" -> "I know that the situation is", "told us we must" ->
    "told us that we must", "I am convinced we will" -> "I am convinced that we will":
    a verb of saying or thinking (or *sure*, *convinced* after "be") followed by a subject
    and a finite verb. Not after *as* ("as you know, ..."), nor in a question ("What do you
    think we should do?"), nor before a verb in the past that has an agent ("noted the
    steps taken by", a participle)."""
    u = units[k]
    lemma = u.lemma.lower()
    if lemma in _SURE:
        if k == 0 or units[k - 1].pos != "vbser":
            return None
    elif lemma not in _SAY or not u.pos.startswith("vb"):
        return None
    if any(x.lemma.lower() == "as" for x in units[max(0, k - 3):k]) or any(
            x.lemma.lower() in _WH for x in units[:k]):
        return None
    j = k + 1
    if j < len(units) and lemma in _TELL and units[j].pos == "prn" and units[j].has("obj") \
            and units[j].surface.lower() != "it":
        j += 1  # "told us", "assured me"
    if j >= len(units) or units[j].surface.lower() == "that":
        # "I think that decision was": *that* is there. *that you*, which eng-cat reads as
        # an object ("que t'ha treballat"), ``pivot_you`` says "vostè" ("que vous avez")
        return None
    end = _subject_end(units, j)
    if end == j or end >= len(units):
        return None
    verb = end + 1 if units[end].pos == "adv" and end + 1 < len(units) else end
    v = units[verb]
    pronoun = units[j].pos == "prn" and (units[j].has("subj") or
                                         units[j].surface.lower() == "you")
    if not _finite(v, pronoun) or (v.pos == "vblex" and v.has("past") and verb + 1 < len(
            units) and units[verb + 1].lemma == "by"):
        return None
    if lemma in _PERCEIVE and v.pos == "vblex" and not (v.has("past") or v.has("p3")) \
            and not pronoun:
        return None  # "we saw the team win": a bare infinitive
    head = units[end - 1]
    if head.pos == "n" and ((units[j].pos in ("n", "adj") and head.has("sg")) or (
            v.has("pres") and v.pos != "vbmod" and head.has("sg") != v.has("sg"))):
        # a bare singular noun: "that football has" read "ce foot"; a verb that does not
        # agree with the noun is no clause's ("the ability to assume responsibility always
        # inspire respect")
        return None
    before = units[j - 1]
    return before.start, before.end, line[before.start:before.end] + " that"



def that_relative(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "the decision the government adopted will help" -> "the decision that the
    government adopted will help", "the work he has done" -> "the work that he has done":
    a noun with its determiner, then a subject (a determined noun phrase or *he*) and a
    finite verb with no object after it (the relative's gap). The Catalan pivot has no
    relative without its pronoun ("La décision le gouvernement a adopté aidera"); with
    *that* it writes "que" ("La décision que le gouvernement a adopté"). *we*, *you*, *I*,
    *they* are ``relatives.contact_relatives``' (in French); after *she* and *it* the pivot
    writes "qui" even with *that*. Not after a time or an adverbial head ("this year the
    government"), heads French relates otherwise ("the way", "the reason"), a noun of an
    opening prepositional phrase ("For this reason the government decided") or of a
    subordinate clause ("When we reached the agreement the prices rose")."""
    u = units[k]
    if u.pos != "n" or k + 2 >= len(units):
        return None
    word = u.surface.lower()
    if word in TIME_HEADS or word in ADVERBIAL_HEADS or word in _NOT_QUE:
        return None
    nxt = units[k + 1]
    if word in _PERSON_HEADS and k + 2 < len(units) and units[k + 2].surface[:1].isupper():
        return None  # "my colleague the Minister has": an apposition
    he = nxt.pos == "prn" and nxt.has("subj") and nxt.surface.lower() == "he"
    # a name as the subject ("the measures Conner has taken", Conner the stand-in for *the
    # Government*): never after a person's noun, whose apposition it may be
    name = nxt.pos == "np" and word not in _PERSON_HEADS and u.surface.islower() and (
        k + 2 < len(units) and units[k + 2].pos in ("vbhaver", "vbser", "vbmod"))
    if not (he or name) and (nxt.pos != "det" or nxt.lemma.lower() in _NOT_SUBJECT_DET):
        return None
    end = k + 2 if he or name else _subject_end(units, k + 1)
    if end == k + 1 or end >= len(units):
        return None
    start = k  # the head's noun phrase: it has a determiner
    while start > 0 and units[start - 1].pos in ("adj", "n", "num"):
        start -= 1
    if start == 0 or units[start - 1].pos != "det":
        return None
    before = units[:start - 1]
    clause = before[max((i + 1 for i, x in enumerate(before) if x.pos == "cm"), default=0):]
    if any(x.lemma.lower() in _SUBORDINATE for x in clause) or (
            clause and clause[-1].pos == "pr" and not any(_finite(x, False) for x in clause)):
        return None
    verb = end + 1 if units[end].pos == "adv" and end + 1 < len(units) else end
    v = units[verb]
    if not _finite(v, he) or (v.pos == "vbser" and not (
            verb + 1 < len(units) and (units[verb + 1].has("ger") or units[verb + 1].has("pp")))):
        return None
    head = units[end - 1]
    if not he and v.has("pres") and v.pos != "vbmod" and head.has("sg") != v.has("sg"):
        return None  # no agreement, no clause
    gap = verb + 1
    while gap < len(units) and (units[gap].pos in ("vbhaver", "vbser", "adv") or any(
            units[gap].has(t) for t in ("pp", "ger", "inf"))):
        gap += 1
    after = verb + 1
    while after < len(units) and (units[after].pos == "adv" or any(
            units[after].has(t) for t in ("pp", "ger", "inf")) or (
            units[after].pos == "prn" and units[after].has("obj"))):
        after += 1  # "is giving us"
    if after < len(units) and (units[after].pos == "cnjsub" or units[after].lemma == "that"):
        return None  # "the colleague the Minister has said that": a clause, no relative
    if name and after < len(units) and units[after].pos not in ("pr", "adv", "cm", "sent") \
            and not _finite(units[after], False):
        return None  # a name's clause: its gap before a preposition, a comma or a verb only
    if gap + 1 < len(units) and units[gap].pos == "prn" and units[gap].has("obj") and \
            (units[gap + 1].pos in ("pr", "cm", "sent", "cnjcoo", "adv")
             or _finite(units[gap + 1], False)):
        gap += 1  # "the support the committee is giving us,": a second object's pronoun
    if gap < len(units) and (units[gap].pos in _OBJECT or (
            v.lemma.lower() in _SAY and _finite(units[gap], False))):
        # an object: no relative's gap; "the agreement he said would be signed": the
        # subject of a clause inside, which French says otherwise ("dont il a dit qu'il")
        return None
    return u.start, u.end, line[u.start:u.end] + " that"
