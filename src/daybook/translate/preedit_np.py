"""Pre-editing of sentence openers and relative clauses (see ``preedit``): English that the
Catalan pivot garbles the same way every time, said again as the engine reads it well.

- a sentence opening with a bare noun phrase as its subject ("Combined efforts of the
  member countries are needed", "Cooperation between the two countries was discussed"):
  English and Catalan leave out the article, French does not ("Les efforts combinés",
  "La coopération"): "The" goes before it; a first plural noun the tagger read as a verb
  or a surname too ("Talks with the delegation lasted": "Il parle avec la délégation");
- participle openers: "Speaking about X," "Regarding X," "Concerning X," ("Locuteur
  environ", "Considérant", "En préoccupant") -> "As for X," ("Au sujet de X"), with "the"
  before a bare noun; "Following the talks," ("En suivant") -> "After the talks,"
  ("Après"); "Attending the meeting were" ("En assistant à la rencontre était") -> "The
  participants of the meeting were" ("Les participants de la rencontre étaient");
- "which" that the tagger reads as a determiner before a verb it reads as a noun ("the two
  countries, which mark the anniversary": "quelle marque le"): "which do mark" ("lesquels
  marquent", then ``postedit_np``: ", qui marquent"), "which means that" -> "who means
  that" ("qui signifie que");
- a clause's subject noun phrase + its verb in -s the tagger read as a plural noun ("the
  humanitarian aspect plays an important role": "les jeux d'aspect humanitaires") -> "does
  play" ("l'aspect humanitaire joue");
- a participle after "another" read as a pronoun ("yet another detailed report": "un autre
  a détaillé rapport") -> after its noun ("un autre rapport détaillé");
- "as" opening a comment clause ("as I said", "as the President noted": "tandis que") ->
  "like" ("comme");
- a plural head the tagger read as a verb after a preposition's nouns ("with city
  development plans and": "développement de ville plane") -> "with plans of city
  development and" ("plans de développement de ville").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from daybook.translate.demonyms_np import COMPASS, UNKNOWN_DEMONYMS, candidates, stand_in
from daybook.translate.processes import word_readings

if TYPE_CHECKING:
    from daybook.translate.units import Unit

Edit = tuple[int, int, str]

_FINITE = frozenset(("vbser", "vbhaver", "vbmod", "vbdo"))
# Nouns of time open a sentence as adverbs ("Last year, ...", "Yesterday").
_TIME = frozenset((
    "year", "month", "week", "day", "time", "today", "yesterday", "tomorrow", "morning",
    "evening", "night", "decade", "century", "summer", "winter", "spring", "autumn",
    "weekend", "hour", "minute", "moment", "period", "era", "thanks", "congratulation",
    "welcome", "mr", "ms", "mrs", "dr", "yes", "no", "please", "thank", "president",
    "while", "instance", "example", "case",
))


def _finite(u: Unit) -> bool:
    return u.pos in _FINITE or (u.pos == "vblex" and ("pres" in u.tags or "past" in u.tags))


def _opening(units: Sequence[Unit]) -> int:
    """The index of the sentence's first word: after an opening quotation mark."""
    return 1 if units and units[0].pos in ("lquot", "lpar") else 0


def bare_subject(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "Combined efforts of the member countries are needed" -> "The combined efforts of
    the member countries are needed": a sentence opening with adjectives and nouns and no
    determiner, whose first verb is finite and comes before any subject pronoun."""
    if k != _opening(units) or k >= len(units):
        return None
    first = units[k]
    surface = first.surface
    if not (surface[:1].isupper() and surface[1:].islower() and len(surface) > 2) or \
            "acr" in first.tags or first.lemma.lower() in _TIME:
        return None
    plural = _plural_opener(units, k)
    if plural:
        j = k + 1  # "Talks with the delegation lasted": "Il parle avec"
    elif first.pos not in ("n", "adj"):
        return None  # a participle ("Accredited media"): after "The", read as "l'a"
    else:
        j = k
    while j < len(units) and (units[j].pos in ("n", "adj")
                              or (units[j].pos == "cnjcoo" and j > k)):
        if units[j].lemma.lower() in _TIME:
            return None
        j += 1
    if (units[j - 1].pos != "n" and not plural) or j >= len(units) or \
            units[j].pos in ("np", "cm", "sent", "gen", "vbhaver", "num"):
        return None  # no noun ends it, a name follows ("President Putin"), a heading, a
        # possessive (``preedit``'s own rule: "People's quality of life")
    for u in units[j:]:
        if _finite(u):
            break
        if u.pos == "sent" or u.has("prn", "subj") or u.has("vblex", "imp"):
            return None  # no finite verb, or another subject ("Thanks to you, we")
    else:
        return None
    return first.start, first.end, "The " + (surface if _proper(surface) else surface.lower())


def _plural_opener(units: Sequence[Unit], k: int) -> bool:
    """A sentence's first word in -s the tagger read as a verb in the third person or a
    surname ("Talks with the delegation lasted", "Projects the aim of which", "Plans for"):
    a plural noun for the analyser, before a preposition or a determiner (a sentence opens
    with no verb of a third person without its subject)."""
    first = units[k]
    word = first.surface.lower()
    if not (first.has("vblex", "pres", "p3") or first.pos == "np") or not word.endswith("s") \
            or k + 1 >= len(units) or units[k + 1].pos not in ("pr", "det"):
        return False
    return any(r.endswith("<n><pl>") for r in word_readings([word]).get(word, ()))


def _proper(word: str) -> bool:
    """Whether the dictionary writes ``word`` with a capital ("Russian", "Muslim"): after
    "The" it keeps it ("the russian regions" is "les régions de russe")."""
    from daybook.translate.processes import word_readings  # processes imports preedit

    readings = word_readings([word.lower()]).get(word.lower(), ())
    return not readings or any(r[:1].isupper() for r in readings)


_OPENERS = {"speaking": "As for", "regarding": "As for", "concerning": "As for"}


def opener(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "Speaking about energy," -> "As for the energy,"; "Following the talks," -> "After
    the talks,"; "Attending the meeting were" -> "The participants of the meeting were"."""
    if k != _opening(units) or k + 2 >= len(units):
        return None
    first, nxt = units[k], units[k + 1]
    word = first.surface.lower()
    comma = next((j for j in range(k + 1, len(units))
                  if units[j].pos in ("cm", "sent") or _finite(units[j])), None)
    if comma is None or units[comma].pos != "cm":
        if word == "attending" and nxt.lemma.lower() == "the" and comma is not None \
                and units[comma].lemma == "be" and "past" in units[comma].tags:
            return (first.start, units[comma - 1].end,
                    f"The participants of {line[nxt.start:units[comma - 1].end]}")
        return None  # "Following this line": no comma, not an opener
    if word in _OPENERS:
        j = k + 1
        if word == "speaking":
            if nxt.lemma.lower() not in ("about", "of"):
                return None  # "Speaking at the forum,": where, not what about
            j += 1
        the = ""
        if j < comma and units[j].pos in ("n", "adj") and "acr" not in units[j].tags:
            the = " the"  # "As for energy" -> "Au sujet d'énergie"
        return first.start, units[j - 1].end, _OPENERS[word] + the
    if word == "following" and (nxt.pos in ("det", "np") or "acr" in nxt.tags):
        return first.start, first.end, "After"
    return None


# What follows a verb the tagger read as a noun after "which": an object, "that", "to".
_AFTER_VERB = frozenset(("det", "num", "cnjsub", "prn"))


def which_verb(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ ", which mark the anniversary" -> ", which do mark the anniversary" (the engine:
    "lesquels marquent"); ", which means that" -> ", who means that" ("qui signifie que")."""
    u = units[k]
    if u.lemma.lower() != "which" or u.pos != "det" or k == 0 or units[k - 1].pos != "cm" \
            or k + 2 >= len(units):
        return None
    verb, after = units[k + 1], units[k + 2]
    if verb.pos != "n" or not verb.surface.islower() or not (
            after.pos in _AFTER_VERB or (after.pos == "pr" and after.lemma == "to")):
        return None
    if after.pos == "det" and after.lemma.lower() in ("which", "what"):
        return None
    if "pl" in verb.tags and verb.surface.endswith("s"):
        return u.start, u.end, "who"  # a verb in the third person singular
    if "sg" in verb.tags and not re.search(r"(?:s|ing|ed)$", verb.surface):
        return u.start, u.end, "which do"
    return None


# Verbs of a comment clause ("as I said", "as we did", "as the Minister noted").
_SAYING = frozenset((
    "say", "note", "mention", "point", "stress", "emphasise", "emphasize", "report", "see",
    "know", "do", "agree", "plan", "expect", "promise", "write", "show", "put", "underline",
    "underscore", "state", "hope", "remember", "recall", "understand", "explain", "suggest",
))


def as_comment(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "as I said", ", as we did during the previous phase", ", as the President rightly
    noted" -> "like I said"... (the engine: "tandis que", *while*; "like": "comme"). Not
    with "you" (the engine: "comme tu remarqué"; "as you noted" comes out right), nor "as
    well as", "such as", "as ... as"."""
    u = units[k]
    if u.surface.lower() != "as" or (k > 0 and units[k - 1].pos != "cm") or \
            k + 2 >= len(units):
        return None
    nxt = units[k + 1]
    if nxt.has("prn", "subj"):
        if nxt.surface.lower() == "you":
            return None
        j = k + 2
    elif nxt.pos in ("det", "np") or "acr" in nxt.tags:
        j = k + 2
        while j < len(units) and units[j].pos in ("n", "np", "adj", "pr", "det") and \
                units[j].lemma.lower() != "as":
            j += 1
    else:
        return None
    for v in units[j:j + 4]:  # auxiliaries and an adverb before the verb
        if v.pos == "vblex" or v.pos == "vbdo":
            if v.lemma.lower() not in _SAYING or "inf" in v.tags:
                return None
            return u.start, u.end, "Like" if u.surface[:1].isupper() else "like"
        if v.pos not in ("vbhaver", "vbmod", "adv", "vbser"):
            return None
    return None


def demonym(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "Russian-Austrian relations" -> "Uruguayan relations", "Kyrgyz partners" ->
    "Uruguayan partners": a pair of country adjectives or one the engine does not know, as
    a stand-in it reads and agrees ("les relations uruguayennes"), written back by
    ``postedit_np`` ("russo-autrichiennes"); "The" before it opening a sentence's subject
    ("Les relations")."""
    u = units[k]
    if u.pos not in ("adj", "n", "np", "") or not u.surface[:1].isupper() or \
            line[u.start - 1:u.start] in ("-", "–"):
        return None
    found = next((c for c in candidates(line[u.start:]) if c[0] == 0), None)
    if found is None:
        return None
    word = stand_in(line)[0]
    if k == _opening(units) and any(_finite(v) for v in units[k + 1:]) and not any(
            v.pos in ("cm", "sent") or v.has("prn", "subj")
            for v in units[k + 1:next((j for j in range(k + 1, len(units))
                                       if _finite(units[j])), k + 1)]):
        word = "The " + word  # a subject: "Les relations ... progressent"
    return u.start, u.start + found[1], word


def superlative(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "the most difficult issue" -> "the more difficult issue": the engine reads "most"
    after a determiner as a pronoun ("le la majorité sujet difficile") and "the more" as
    French's superlative ("le sujet le plus difficile"; "dans cette aire plus importante"
    for *in this most important area*). Before an adjective and one noun only: a compound
    ("the most important trade partner") comes out garbled either way."""
    u = units[k]
    if k == 0 or k + 2 >= len(units) or units[k - 1].pos != "det" or \
            units[k - 1].lemma.lower() in ("a", "an"):
        return None  # "a most interesting talk": *very*
    most = u.surface == "most"
    adj = k + 1 if most else k
    if not (most or u.has("adj", "sup")) or units[adj].pos != "adj" or \
            adj + 1 >= len(units) or units[adj + 1].pos != "n":
        return None
    compound = _compound(units, adj + 1)
    if compound is not None:
        return (u.start, compound[1],
                f"{'more ' if most else ''}{units[adj].surface} {compound[2]}")
    if not most or (adj + 2 < len(units) and units[adj + 2].pos in ("n", "np", "gen")):
        return None
    return u.start, u.end, "more"


def _compound(units: Sequence[Unit], k: int) -> Edit | None:
    """ "sports centre" -> "centre of sports": a superlative's head of two nouns, head
    first (the engine: "les sports les plus grands centre"; then "le centre le plus grand
    de sports"); not a longer stack, a possessive, a head with its own complement."""
    if k + 1 >= len(units):
        return None
    first, head = units[k], units[k + 1]
    after = units[k + 2].pos if k + 2 < len(units) else "sent"
    # The tagger reads a head that is also a verb as one there ("sports centre in"): a verb
    # after a superlative and its noun, before a preposition or the end, is that head.
    verb = head.pos == "vblex" and "pres" in head.tags and after in ("pr", "sent", "cm")
    if first.pos != "n" or (head.pos != "n" and not verb) or not first.surface.islower() or \
            not head.surface.islower() or "acr" in first.tags or (
            k + 2 < len(units) and (units[k + 2].pos in ("n", "np", "gen", "cnjcoo")
                                    or units[k + 2].lemma == "of")):
        return None
    return first.start, head.end, f"{head.surface} of {first.surface}"


# What may follow a plural noun that ends a noun phrase: punctuation, a conjunction, "which".
_AFTER_NOUN = frozenset(("cm", "sent", "cnjcoo", "rpar", "rquot", "lpar"))


def noun_compound(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "with city development plans and" -> "with plans of city development and": after a
    preposition, a plural head the tagger read as a verb ("plans", "sites", "interests")
    after one or two nouns goes first with "of" (the engine: "développement de ville
    plane", "les sports placent quel"; then "plans de développement de ville"). Only
    where a verb cannot be: right after the prepositional phrase's nouns, before
    punctuation, a conjunction, "which" or a preposition (not "to": "plans to"); the head
    a plural noun for the analyser, the nouns before it no adjectives ("joint"). A bare
    verb right after the preposition is a noun too, when the analyser has one ("at trade
    turnover figures for": "commercer des figures" -> "figures of trade turnover")."""
    prep = units[k].pos == "pr" or (units[k].pos == "vblex" and " " in units[k].lemma)
    if not prep or units[k].lemma == "to":  # a verb with its preposition: "dealt with"
        return None
    j = k + 1
    # A bare verb right after a preposition is a noun ("at trade turnover figures":
    # "commercer des figures"); its noun reading is checked below.
    bare = j < len(units) and units[j].pos == "vblex" and (
        "inf" in units[j].tags or ("pres" in units[j].tags and "p3" not in units[j].tags))
    while j < len(units) and j <= k + 2 and (units[j].pos == "n" or (j == k + 1 and bare)) \
            and "acr" not in units[j].tags and units[j].surface.isalpha() \
            and units[j].surface.islower():
        j += 1
    if j == k + 1 or j + 1 >= len(units):
        return None
    head, after = units[j], units[j + 1]
    verb = head.pos == "vblex" and "pres" in head.tags
    if not (verb or (bare and head.pos == "n" and "pl" in head.tags)) or \
            not head.surface.endswith("s") or not head.surface.isalpha() or \
            not head.surface.islower():
        return None
    if not (after.pos in _AFTER_NOUN or after.lemma in ("which", "that") or (
            after.pos == "pr" and after.lemma not in ("to", "that"))):
        return None
    mods = [u.surface for u in units[k + 1:j]]
    found = word_readings([head.surface, *mods])
    if not any(r.endswith("<n><pl>") for r in found.get(head.surface, ())) or any(
            "<adj>" in r or "<vblex><pp>" in r for m in mods for r in found.get(m, ())) or (
            bare and not any(r.endswith("<n><sg>") for r in found.get(mods[0], ()))):
        return None
    return units[k + 1].start, head.end, f"{head.surface} of {' '.join(mods)}"


# A subject's determiner opens a clause after these (or at the line's start).
_CLAUSE_OPEN = frozenset(("cm", "cnjcoo", "cnjsub", "sent", "lpar", "lquot"))
# What follows a verb read as a plural noun: its object ("needs investment").
_OBJECT = frozenset(("det", "n", "num", "prn", "adj"))
# A finite verb later in the clause: the -s word was a noun after all ("The energy needs
# assessment was done").
_CLAUSE_VERB = ("vbser", "vbhaver", "vbmod", "vbdo", "vblex")


@cache
def _third_person(word: str) -> str | None:
    """The verb whose 3rd person singular present ``word`` is ("needs" -> "need")."""
    got = word_readings([word]).get(word, ())
    return next((r.split("<", 1)[0] for r in got if "<vblex><pres><p3><sg>" in r), None)


def subject_verb(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "Our growing economy needs investment" -> "... economy does need investment": the
    tagger read the verb after a subject noun phrase (a determiner, up to two adjectives or
    -ing words, a singular noun; or, with no determiner, one adjective and the noun:
    "current investment totals $2 billion") as a plural noun ("Notre investissement de
    besoins de l'économie"); with "does" the engine writes "a besoin d'investissement".
    Only when the phrase opens its clause, an object follows (a plural noun the tagger read
    as a verb too: "Another example concerns exports to"), no other finite verb is in the
    clause and the clause ends (a heading has no verb: "the largest car parts factory")."""
    first = units[k]
    if k and units[k - 1].pos not in _CLAUSE_OPEN:
        return None
    if first.pos == "det":
        j = k + 1
        while j < k + 3 and j < len(units) and (units[j].pos == "adj"
                                                or units[j].has("vblex", "pprs")):
            j += 1
    elif first.pos == "adj" and "acr" not in first.tags and first.surface[1:].islower():
        j = k + 1  # "current investment totals": no determiner, one adjective
    else:
        return None
    if j + 2 >= len(units) or units[j].pos != "n" or "sg" not in units[j].tags:
        return None
    verb, after = units[j + 1], units[j + 2]
    # the object read as a verb in -s ("concerns exports"): a plural noun for the analyser
    verb_object = after.has("vblex", "pres", "p3") and after.surface.islower() and any(
        r.endswith("<n><pl>") for r in word_readings([after.surface]).get(after.surface, ()))
    if not (verb.has("n", "pl") and verb.surface.islower() and verb.surface.endswith("s")
            and (after.pos in _OBJECT or after.has("vblex", "pprs") or verb_object)):
        return None
    # the clause ends at punctuation, a subordinator, or "and" + a subject pronoun or a
    # second verb of the subject ("and it employs", "and sells them")
    end = next((i for i in range(j + 2, len(units))
                if units[i].pos in ("sent", "cm", "cnjsub") or (
                    units[i].pos == "cnjcoo" and i + 1 < len(units) and (
                        units[i + 1].has("prn", "subj")
                        or units[i + 1].has("vblex", "pres", "p3", "sg")))), len(units))
    if end == len(units) or any(
            u.pos in _CLAUSE_VERB and not any(u.has("vblex", t)
                                              for t in ("pprs", "pp", "inf", "ger"))
            for u in units[j + 3 if verb_object else j + 2:end]):
        return None
    base = _third_person(verb.surface)
    if base is None:
        return None
    return verb.start, verb.end, "does " + base


# Words a sentence opens with that are no bare noun (the quick test before tagging).
_NOT_BARE = (r"The|A|An|This|That|These|Those|It|We|I|He|She|They|You|Our|Their|His|Her|"
             r"Its|My|Your|In|On|At|As|And|But|So|If|When|However|Of|For|To|With|By|From|"
             r"There|Here|Today|Now|Then|Thank|Please|Mr|Ms|Yes|No|Let|What|How|Why|Who|"
             r"Where|Which|All|Some|Many|Most|Both|Each|Every|One|Two|Vladimir|President")
# Before a participle: what makes it no determiner's ("and", a comma, "only").
_BEFORE_PARTICIPLE = frozenset(("and", "or", ",", "only"))
_SUBJECT_VERB = frozenset(("vbser", "vbhaver", "vbmod"))


def attributive(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "professionals and recognised athletes" -> "and the recognised athletes", "Only
    accredited journalists are" -> "Only the accredited journalists are": a participle in
    -ed before a noun and after "and", "or", a comma or "only" the tagger reads as a verb
    in the past ("et a homologué des athlètes", "Seulement a accrédité les journalistes");
    after "the" it reads an adjective ("les athlètes homologués", French's article too).
    Only where no verb can be meant: the noun phrase is a subject (a verb follows it:
    "and specialised classrooms are equipped"), or no verb in the past or a participle
    comes before in the sentence to share a subject with it ("won tenders and signed
    contracts", "discussed the situation and exchanged opinions" are left); not after an
    adjective it is joined to ("an energetic, dedicated person": "the" would split them)."""
    u = units[k]
    if k and u.pos == "vblex" and (u.has("past") or u.has("pp")) and u.surface.endswith("ed") \
            and units[k - 1].has("prn", "ind") and units[k - 1].lemma.lower() == "another" \
            and k + 1 < len(units) and units[k + 1].pos == "n" and \
            units[k + 1].surface.islower() and (k + 2 == len(units) or units[k + 2].pos
                                                not in ("n", "np", "gen")):
        # "yet another detailed report": "another" read as a pronoun, the participle as a
        # verb ("encore un autre a détaillé rapport"); after its noun it is read as one
        # ("un autre rapport détaillé")
        return u.start, units[k + 1].end, f"{units[k + 1].surface} {u.surface}"
    if k == 0 or u.pos != "vblex" or not (u.has("past") or u.has("pp")) or \
            not u.surface.endswith("ed") or not u.surface.islower() or \
            units[k - 1].surface.lower() not in _BEFORE_PARTICIPLE or (
                k > 1 and units[k - 2].pos == "adj"):
        return None  # "an energetic, dedicated person": adjectives joined, not a verb
    j = k + 1
    while j < len(units) and units[j].pos == "adj":
        j += 1  # "and dedicated pastoral care"
    first = j
    while j < len(units) and units[j].pos == "n" and units[j].surface.islower():
        j += 1
    if j == first:
        return None
    after = units[j] if j < len(units) else None
    subject = after is not None and (after.pos in _SUBJECT_VERB or (
        after.pos == "vblex" and (after.has("pres") or after.has("past"))))
    if not subject and any(
            v.pos.startswith("vb") and (v.has("past") or v.has("pp")) for v in units[:k]):
        return None
    return u.start, u.start, "the "


# After a postnominal *present*: what shows it is no verb (a verb takes its object there).
_AFTER_PRESENT = frozenset(("adv", "pr", "sent", "cm", "rpar", "vbser", "vbhaver", "vbmod"))
_VERB_PARTICLES = frozenset(("to", "with", "as", "into"))  # "present it to", "present with"


def present_after(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "All the ministers present here tried" -> "All the present ministers here tried",
    "those present" -> "the present people": *present* after a plural noun, which the
    tagger reads as a verb ("les ministres présentent ici essayé"), goes before it, where it
    reads an adjective and French puts it back after the noun ("les ministres présents ici
    ont essayé", "les personnes présentes"). Only before an adverb, a preposition, the
    clause's end or its verb, and where the sentence has a verb of its own: "The ministers
    present their report", "Our students present at conferences" are left."""
    u = units[k]
    if k == 0 or u.surface.lower() != "present":
        return None
    after = units[k + 1] if k + 1 < len(units) else None
    verb_after = after is not None and after.pos == "vblex" and (
        after.has("past") or after.has("pp") or after.has("pres"))  # "present agreed"
    if after is not None and ((after.pos not in _AFTER_PRESENT and not verb_after)
                              or after.surface.lower() in _VERB_PARTICLES):
        return None
    if not any(_finite(v) or (v.pos == "vblex" and (v.has("pp") or v.has("imp")))
               for j, v in enumerate(units) if j != k):
        return None
    before = units[k - 1]
    if before.pos == "det" and before.surface.lower() == "those":
        the = "The" if before.surface[0].isupper() else "the"
        return before.start, u.end, f"{the} present people"
    if before.pos != "n" or not before.has("pl") or not before.surface.islower():
        return None
    j = k - 1
    while j > 0 and units[j - 1].pos in ("n", "adj") and units[j - 1].surface.islower():
        j -= 1
    if j == 0 or units[j - 1].pos not in ("det", "predet", "gen"):
        return None  # a bare plural may be the subject of the verb *present*
    return units[j].start, u.end, "present " + line[units[j].start:before.end]


_DIRECTION = re.compile(r"(?:north|south|east|west)wards?")


def direction(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "NATO's eastward expansion" -> "NATO's expansion towards the east": a direction in
    -ward before its noun, which the tagger reads as an adverb ("Le vers l'est l'expansion
    de l'OTAN") or does not know ("westward"), goes after it as French says it
    ("l'expansion de l'OTAN vers l'est")."""
    u = units[k]
    if k == 0 or u.pos not in ("adv", "adj", "") or \
            not _DIRECTION.fullmatch(u.surface.lower()) or \
            units[k - 1].pos not in ("det", "gen") or k + 1 >= len(units) or \
            units[k + 1].pos != "n":
        return None
    j = k + 1
    while j < len(units) and units[j].pos == "n":
        j += 1
    way = u.surface.lower().removesuffix("s").removesuffix("ward")
    noun = line[units[k + 1].start:units[j - 1].end]
    return u.start, units[j - 1].end, f"{noun} towards the {way}"


TRIGGERS = (
    r"[a-z]s present\b|\bthose present\b",  # "the ministers present here", "those present"
    r"\b(?:north|south|east|west)wards? [a-z]",  # "NATO's eastward expansion"
    # a participle after "and", a comma or "only" before a noun ("and recognised athletes")
    r"(?:,|\band|\bor|\bonly|\banother) [a-z]+ed [a-z]",
    # (the triggers are read ignoring case: these keep theirs)
    # "Russian-Austrian relations", "Kyrgyz partners"; before a glossary phrase's
    # placeholder too ("the Russian-Tajikistani Conner": ``demonyms_np.candidates``)
    r"(?-i:\b[A-Z][a-z]+[-–][A-Z][a-z]+ [a-zA-Z])",
    r"(?-i:\b(?:" + "|".join(sorted(UNKNOWN_DEMONYMS)) + r") [a-zA-Z])",
    r"(?-i:\b(?:South|North) (?:" + "|".join(sorted(COMPASS)) + r") [a-zA-Z])",
    rf"^\W*(?!(?:{_NOT_BARE})\b)[A-Z][a-z]{{2,}}\b",  # a bare noun, an opener
    r", which [a-z]+ \w",
    # a superlative: "the most important area", "the largest sports centre"
    r"\b(?:the|this|that|our|their|its|his|her|my|your) (?:most [a-z]+|[a-z]+est|best) [a-z]",
    # a clause's subject + a verb in -s the tagger reads as a plural noun: "Our growing
    # economy needs investment"
    r"(?:^|[,;:] |\b(?:and|but|because|while) )(?:(?:the|our|their|its|his|her|this|that|my|"
    r"your|another|each|every) (?:[a-z]+ ){0,2}|"
    # no determiner: an adjective by its ending ("and current investment totals")
    r"[a-z]+(?:ent|ant|al|ic|ive|ous|ful|ary|ern|ian|ese|ish) )[a-z]+(?<!s) [a-z]+(?<!ss)s "
    r"(?!of\b|and\b|in\b|to\b|for\b)[a-z$€£\d]",
    r"(?:^|, )as (?!you\b|well\b|soon\b|far\b|long\b|much\b|many\b)\w+ \w",
    # a plural head after nouns in a prepositional phrase: "with city development plans,"
    # (no determiner: after one the tagger reads the noun)
    r"(?-i:\b(?:with|of|from|for|on|in|about|by|at|into|under|over|through|between|among|"
    r"against|without) (?!(?:the|a|an|my|our|your|their|its|his|her|this|these|those|that|"
    r"all|many|some|other|such|any|each|every|more|most|new|both|two|three|several) )"
    r"[a-z]+ (?:[a-z]+ )?[a-z]+s\b(?=[,.;:)]| and\b| or\b| which\b| that\b| in\b| of\b|"
    r" for\b| with\b| at\b| on\b))",
)
