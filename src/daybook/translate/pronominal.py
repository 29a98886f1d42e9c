"""English verbs used without an object whose French counterpart is pronominal.

English says "our ties have strengthened", "cooperation continues to develop", "the
situation has improved", "the festival ends on Sunday" with the same verb it uses with an
object; French says the change that happens to the subject with a pronominal verb ("nos
liens se sont renforcés", "continue à se développer", "la situation s'est améliorée", "le
festival se termine"; the Petit Robert's and Larousse's "v. pron." senses of each verb). The
pivot writes the transitive verb with "avoir" and no object: "Nos liens ont renforcé", "La
coopération continue à développer", "La situation a amélioré".

Read in the English (Apertium's tagger, ``processes.tagged_units``): a verb of the table
with no object after it (past adverbs: no determiner, noun, pronoun, adjective or figure;
not a passive; not a verb sharing a later object: "develop and improve the forces"). The
English verbs of a lemma are paired in order with the French verb forms of the lemmas the
engine writes for it, only where both count the same; each French verb paired with an
English verb that has no object becomes pronominal, in the engine's tense and person: a
compound tense takes "être" and its participle agrees with the subject (the noun opening
its clause, the noun before "qui"; "La coopération avec la Namibie s'est développée"), a
simple tense, an infinitive or a gerund takes the reflexive pronoun of its person ("se
développent", "à se développer", "en se développant", "nous nous préparons"). A few verbs
take another French verb: *increase* "accroître" -> "augmenter" (not pronominal), *end*
"finir" -> "se terminer", *register* "enregistrer" -> "s'inscrire", *focus on* "focaliser"
-> "se concentrer". *remember* "souvenir" is always pronominal ("je me souviens", with
"de" before an object). Forms from Apertium's French dictionaries (``gender``); *each
other* is ``reciprocal``, which uses this module's ``pronominal_edit``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from daybook.translate.aux_forms import AVOIR_TENSES, ETRE_TENSES, THIRD, same_person
from daybook.translate.collocations import reverb
from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    clause_tokens,
    tokens_and_readings,
    verb_form,
)
from daybook.translate.idioms import stronger
from daybook.translate.places import gazetteer
from daybook.translate.processes import read_where
from daybook.translate.units import Unit

TOKEN = clause_tokens()
# English lemma -> (the French lemmas the engine writes for it, the French verb to write;
# None: the same), from the pronominal senses of general dictionaries.
_TABLE: dict[str, tuple[tuple[str, ...], str | None]] = {
    "develop": (("développer",), None),
    "improve": (("améliorer",), None),
    "strengthen": (("renforcer",), None),
    "deepen": (("approfondir",), None),
    "expand": (("étendre", "élargir", "développer"), None),
    "widen": (("élargir",), None),
    "broaden": (("élargir",), None),
    "diversify": (("diversifier",), None),
    "transform": (("transformer",), None),
    "stabilise": (("stabiliser",), None),
    "stabilize": (("stabiliser",), None),
    "intensify": (("intensifier",), None),
    "accelerate": (("accélérer",), None),
    "adapt": (("adapter",), None),
    "unite": (("unir",), None),
    "prepare": (("préparer",), None),
    "feel": (("sentir",), None),
    "worry": (("préoccuper", "inquiéter"), None),
    "concentrate": (("concentrer",), None),
    "specialise": (("spécialiser",), None),
    "specialize": (("spécialiser",), None),
    "focus": (("focaliser",), "concentrer"),
    "end": (("finir",), "terminer"),
    "register": (("enregistrer",), "inscrire"),
    "enrol": (("enregistrer", "inscrire"), "inscrire"),
    "enroll": (("enregistrer", "inscrire"), "inscrire"),
    "happen": (("passer",), None),
    "increase": (("accroître",), "augmenter"),
    "remember": (("souvenir",), None),
    "address": (("adresser",), None),
    # *they met in Moscow*: "ils se sont rencontrés" (reciprocal); *met with* someone and
    # *met the needs* have an object ("ont rencontré le chef", ``meet``)
    "meet": (("rencontrer", "connaître"), "rencontrer"),
}
# Verbs French says without a pronoun once the lemma is changed.
_PLAIN = frozenset(("augmenter",))
# Pronominal with or without an object (an object takes "de").
_ALWAYS = frozenset(("souvenir",))
_HINT = re.compile(r"\b(?:(?:develop|strengthen|deepen|widen|broaden|transform|adapt|"
                   r"concentrat|focus|focuss|end|register|enrol|enroll|happen|remember|"
                   r"address)(?:e|s|es|ed|ing)?|improv(?:e|es|ed|ing)|expand(?:s|ed|ing)?|"
                   r"diversif(?:y|ies|ied|ying)|stabili[sz](?:e|es|ed|ing)|"
                   r"intensif(?:y|ies|ied|ying)|accelerat(?:e|es|ed|ing)|"
                   r"unit(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|feel(?:s|ing)?|felt|"
                   r"worr(?:y|ies|ied|ying)|speciali[sz](?:e|es|ed|ing)|"
                   r"increas(?:e|es|ed|ing)|meet|meets|met)\b", re.IGNORECASE)
# *address* people or a body is "s'adresser à" them (an issue is "traiter", lightverbs).
_AUDIENCE = frozenset((
    "participant", "audience", "nation", "people", "citizen", "compatriot", "delegate",
    "guest", "member", "parliament", "assembly", "duma", "council", "conference", "congress",
    "forum", "meeting", "session", "summit", "gathering", "rally", "crowd", "student",
    "graduate", "veteran", "colleague", "friend", "soldier", "troop", "worker", "employee",
    "public", "journalist", "leader", "head", "everyone", "resident", "voter", "youth",
    "attendee", "board", "committee", "parliamentarian", "deputy", "senator", "lawmaker"))
_AUDIENCE_PRN = frozenset(("you", "them", "us", "him", "her", "everyone", "everybody",
                           "all"))
_BEFORE_PREPOSITION = frozenset(("focus", "concentrate", "specialise", "specialize",
                                 "prepare", "adapt", "worry", "register", "enrol", "enroll"))
# Nouns of a fronted time adverbial, never a relative's head.
_TIME = frozenset(("year", "month", "week", "day", "decade", "century", "time", "period"))
# After the verb (past adverbs): what makes it an object.
_OBJECT_POS = frozenset(("det", "n", "np", "adj", "num", "prn"))
_AVOIR_TO_ETRE = same_person(AVOIR_TENSES, ETRE_TENSES) | same_person(
    AVOIR_TENSES, ETRE_TENSES, "subjunctive", persons=THIRD) | {"avoir": "être", "ayant": "étant"}
_ETRE = frozenset(_AVOIR_TO_ETRE.values())
# Between an auxiliary and its participle, or a subject and its verb.
_BETWEEN = frozenset(("pas", "plus", "jamais", "déjà", "aussi", "encore", "toujours", "tous",
                      "bien", "beaucoup", "également", "vraiment", "ne", "n'"))
_BOUNDARY = frozenset((",", ";", ":", ".", "!", "?", "(", ")", "«", "»", "“", "”", "–", "—",
                       "que", "qu'", "et", "mais", "ou", "où", "quand", "si", "car", "dont",
                       "lorsque", "lorsqu'", "puisque", "puisqu'", "comme"))
_REFLEXIVE = {("p1", "sg"): "me", ("p2", "sg"): "te", ("p1", "pl"): "nous",
              ("p2", "pl"): "vous"}
_DE = {"le": "du", "les": "des", "la": "de la", "l'": "de l'"}

Token = tuple[int, int, str]


def norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _verb(u: Unit) -> bool:
    return u.pos == "vblex" and u.lemma.lower() in _TABLE


def _intransitive(units: Sequence[Unit], i: int) -> bool:
    """Whether the verb at ``i`` has no object after it and is no passive."""
    lemma = units[i].lemma.lower()
    k = i - 1
    while k >= 0 and units[k].pos in ("adv", "preadv"):
        k -= 1
    if k >= 0 and units[k].pos == "vbser" and "pp" in units[i].tags:
        return False  # "was developed": a passive
    while k >= 0 and units[k].pos in ("adv", "preadv", "vbhaver", "vbmod", "vbser", "vbdo"):
        k -= 1
    if k > 0 and (units[k].has("prn", "subj") or units[k].pos in ("n", "np")):
        # "the plan (that) we developed", "the plan the firm developed": its object is
        # the relative before it (a noun before a noun is a compound: "trade relations")
        before = units[k - 1]
        if before.surface.lower() in ("that", "which", "whom") or (
                units[k].has("prn", "subj") and before.pos in ("n", "np")):
            return False
        if units[k].pos == "n" and before.pos == "det" and k > 1 and \
                units[k - 2].pos in ("n", "np") and units[k - 2].lemma.lower() not in _TIME:
            return False  # not after a time ("over the years our ties have developed")
    if lemma in _BEFORE_PREPOSITION:
        # these are intransitive only before their preposition (the tagger may read it as
        # an adverb: "enrolled in")
        j = i + 1
        while j < len(units) and units[j].surface.lower().endswith("ly"):
            j += 1
        return j < len(units) and units[j].surface.lower() in (
            "on", "upon", "in", "for", "to", "about", "at", "with")
    j, adverb = i + 1, False
    while j < len(units) and units[j].pos in ("adv", "preadv"):
        if units[j].surface.lower() == "at all":
            return True  # "is developing at all levels": the tagger's adverb *at all*
        j, adverb = j + 1, True
    if j >= len(units):
        return True
    nxt = units[j]
    if lemma == "meet":  # "met in Moscow"; "met with the Governor", "meet preset standards"
        return nxt.surface.lower() not in ("with", "up") and nxt.pos in (
            "pr", "sent", "cm", "cnjcoo", "cnjsub", "rpar", "guio")
    if lemma == "feel":
        return nxt.pos in ("adj", "adv") or nxt.surface.lower() in ("like",)
    if nxt.pos in _OBJECT_POS and "rel" not in nxt.tags and "itg" not in nxt.tags:
        return False
    if nxt.pos == "cnjcoo" and not adverb and j + 2 < len(units) and \
            units[j + 1].pos == "vblex" and units[j + 2].pos in _OBJECT_POS:
        return False  # "develop and improve the forces": one object for both
    return nxt.pos not in ("vblex", "vbser") or nxt.surface.lower() == "to"


def _audience(units: Sequence[Unit], i: int) -> bool:
    """Whether the object of *address* at ``i`` is people or a body (its head noun, the
    last of the nouns after determiners and adjectives, or an object pronoun)."""
    j = i + 1
    if any(u.surface.lower() == "to" and not u.pos.startswith("vb")
           for u in units[j:j + 6]):
        return False  # "address them to my colleagues": to send
    if j < len(units) and units[j].surface.lower() in _AUDIENCE_PRN:
        return True
    while j < len(units) and units[j].pos in ("det", "adj", "num", "np", "n", "adv"):
        if units[j].pos == "n" and (j + 1 >= len(units) or units[j + 1].pos != "n"):
            return units[j].lemma.lower() in _AUDIENCE
        if units[j].pos == "np" and (j + 1 >= len(units) or units[j + 1].pos not in (
                "n", "np")):
            return units[j].surface.lower() in _AUDIENCE
        j += 1
    return False


def english_verbs(units: Sequence[Unit]) -> list[tuple[str, bool]]:
    """(lemma, has no object: for *address*, has an audience) of each verb of the table,
    in order."""
    return [(u.lemma.lower(), _audience(units, i) if u.lemma.lower() == "address"
             else _intransitive(units, i)) for i, u in enumerate(units) if _verb(u)]


def _relative_il(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int
                 ) -> list[tuple[int, int, str]]:
    """ "la confiance qu'il a développé" (*the trust that has developed*): the pivot's
    "qu'il" for a subject relative is "qui"."""
    if k >= 3 and norm(toks[k - 1][2]) == "il" and norm(toks[k - 2][2]) == "qu'":
        j = k - 3
        while j > 0 and all(r.pos == "adj" for r in reads.get(toks[j][2].lower(), ())) and \
                reads.get(toks[j][2].lower()):
            j -= 1  # "la compréhension mutuelle qu'il"
        if _noun(toks[j][2], reads):
            return [(toks[k - 2][0], toks[k - 1][1], "qui")]
    return []


def _antecedent(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int) -> int:
    """The noun before "qu'il" at ``k - 2`` (past adjectives), its head."""
    j = k - 3
    while j > 0 and not _noun(toks[j][2], reads):
        j -= 1
    return _head(toks, reads, j)


def _french_verbs(toks: list[Token], reads: dict[str, tuple[Reading, ...]],
                  lemmas: tuple[str, ...]) -> list[tuple[int, Reading]]:
    out = []
    for i, (_, _, w) in enumerate(toks):
        verbs = [r for r in reads.get(w.lower(), ())
                 if r.lemma in lemmas and r.tags[:1] and r.tags[0].startswith("vb")]
        if verbs:
            k = i - 1
            while k >= 0 and _is_adverb(toks[k][2], reads):
                k -= 1
            after_aux = k >= 0 and norm(toks[k][2]) in (*_AVOIR_TO_ETRE, *_ETRE)
            # "ont inscrit", "êtes tous unis": the participle; alone: the present first; never the
            # past historic the engine does not write ("connus", a participle)
            verbs.sort(key=lambda r: (r.pos != "pp") if after_aux else (
                r.tags[1:2] == ("ifi",), r.tags[1:2] != ("pri",), r.pos == "pp"))
            out.append((i, verbs[0]))
    return out


def _is_adverb(w: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    rs = reads.get(w.lower(), ())
    return norm(w) in _BETWEEN or (bool(rs) and all(r.pos == "adv" for r in rs))


def _subject_gender(toks: list[Token], reads: dict[str, tuple[Reading, ...]], at: int
                    ) -> str:
    """The gender of the subject of a verb whose clause opens before ``at``: the noun right
    after the clause's boundary, the noun before "qui", a subject pronoun."""
    k = at - 1
    while k >= 0 and _is_adverb(toks[k][2], reads):
        k -= 1
    if k < 0:
        return "m"
    word = norm(toks[k][2])
    if word in ("elle", "elles"):
        return "f"
    if word in ("il", "ils", "je", "j'", "nous", "vous", "on"):
        return "m"
    if word == "qui":
        k -= 1
        while k >= 0 and not _noun(toks[k][2], reads):
            if norm(toks[k][2]) in _BOUNDARY:
                return "m"
            k -= 1
        return _noun_gender(toks, reads, _head(toks, reads, k)) if k >= 0 else "m"
    start = _phrase_start(toks, reads, k)
    gender = _phrase_gender(toks, reads, start, k) or "m"
    # "La Russie et la Chine se sont appuyées": noun phrases joined by "et" opening the
    # clause are feminine when each is ("La Russie et le Brésil se sont appuyés").
    while gender == "f" and start >= 2 and norm(toks[start - 1][2]) == "et":
        first = _phrase_start(toks, reads, start - 2)
        if first > 0 and (norm(toks[first - 1][2]) not in _BOUNDARY - {"et", "que", "qu'"}):
            break  # "a signé l'accord et la Chine": the object of another verb
        gender = _phrase_gender(toks, reads, first, start - 2) or gender
        start = first
    return gender


def _phrase_start(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int) -> int:
    """Where the noun phrase ending at ``k`` starts: back to a boundary or a finite verb,
    or to a determiner right after a noun ("ces années nos liens": a time before it)."""
    start = k
    while start > 0 and norm(toks[start - 1][2]) not in _BOUNDARY and (
            _noun(toks[start - 1][2], reads) or not any(
                r.tags[:1] and r.tags[0].startswith("vb") and r.tags[1:2] != ("pp",)
                for r in reads.get(toks[start - 1][2].lower(), ()))):
        start -= 1
        if start > 0 and norm(toks[start][2]) in DETERMINERS and \
                _noun(toks[start - 1][2], reads):
            break
    return start


def _phrase_gender(toks: list[Token], reads: dict[str, tuple[Reading, ...]], start: int,
                   k: int) -> str | None:
    """The gender of the first noun of ``toks[start:k + 1]``, or of a proper noun (which
    the analyser does not read) by its article ("la Chine", "le Brésil"); None without."""
    for j in range(start, k + 1):
        if _noun(toks[j][2], reads):
            return _noun_gender(toks, reads, j)
        if toks[j][2][:1].isupper() and j > start and norm(toks[j - 1][2]) in ("la", "le"):
            return "f" if norm(toks[j - 1][2]) == "la" else "m"
        if toks[j][2][:1].isupper() and j > start and norm(toks[j - 1][2]) == "l'":
            article = _country_articles().get(toks[j][2])  # "l'Inde": "la"
            return None if article is None else "f" if article == "la" else "m"
    return None


@cache
def _country_articles() -> dict[str, str]:
    """A country's French name -> its article ("Inde" -> "la", "Iran" -> "le")."""
    return {fr: article for article, fr in gazetteer().countries.values()}


def _noun(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """A noun, not a determiner or a preposition that is also one ("la", a note)."""
    rs = reads.get(word.lower(), ())
    return any(r.pos == "n" for r in rs) and not any(r.pos in ("det", "pr", "prn")
                                                     for r in rs)


def _head(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int) -> int:
    """The head of the noun at ``k`` when it complements another ("l'année du volontaire":
    "année")."""
    if k >= 2 and norm(toks[k - 1][2]) in ("de", "du", "des", "d'") and \
            _noun(toks[k - 2][2], reads):
        return k - 2
    if k >= 3 and norm(toks[k - 2][2]) in ("de", "du", "des", "d'") and \
            norm(toks[k - 1][2]) in ("la", "l'") and _noun(toks[k - 3][2], reads):
        return k - 3
    return k


def _noun_gender(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int) -> str:
    nouns = [r for r in reads.get(toks[k][2].lower(), ()) if r.pos == "n"]
    return "f" if nouns and all(r.gender == "f" for r in nouns) else "m"


def _reflexive(person: str, number: str, before: str) -> str:
    pronoun = _REFLEXIVE.get((person, number), "se")
    if pronoun in ("me", "te", "se") and VOWEL_START.match(before):
        return pronoun[0] + "'"
    return pronoun + " "


def _person(r: Reading) -> tuple[str, str]:
    person = next((t for t in r.tags if t in ("p1", "p2", "p3")), "p3")
    return person, r.number if r.number in ("sg", "pl") else "sg"


def _governing(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int
               ) -> tuple[str, str]:
    """The person of the finite verb an infinitive at ``i`` depends on (up to four words
    back), third singular if none."""
    for k in range(i - 1, max(-1, i - 5), -1):
        finite = [r for r in reads.get(toks[k][2].lower(), ())
                  if r.tags[:1] and r.tags[0].startswith("vb") and r.tags[1:2] in (
                      ("pri",), ("fti",), ("cni",), ("ifi",), ("pii",), ("prs",))]
        if finite:
            return _person(finite[0])
        if norm(toks[k][2]) in _BOUNDARY:
            break
    return "p3", "sg"


def pronominal_edit(text: str, toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int,
          r: Reading, target: str, always: bool) -> list[tuple[int, int, str]]:
    """The edits that make the verb at ``i`` (read as ``r``) pronominal (or ``target``)."""
    start, end, word = toks[i]
    plain = target in _PLAIN
    if r.pos == "pp":
        k = i - 1
        while k >= 0 and _is_adverb(toks[k][2], reads) and norm(toks[k][2]) not in (
                "ne", "n'"):
            k -= 1
        aux = norm(toks[k][2]) if k >= 0 else ""
        if aux in _AVOIR_TO_ETRE and not plain:
            head = [x for x in reads.get(aux, ()) if x.lemma == "avoir"]
            person, number = _person(head[0]) if head else ("p3", "sg")
            relative = _relative_il(toks, reads, k)
            gender = _subject_gender(toks, reads, k if not (
                k > 0 and norm(toks[k - 1][2]) in ("ne", "n'")) else k - 1) \
                if not relative else _noun_gender(toks, reads, _antecedent(toks, reads, k))
            made = verb_form(target, "pp", gender, number)
            etre = _AVOIR_TO_ETRE[aux]
            if made is None:
                return []
            at = k
            if k > 0 and norm(toks[k - 1][2]) == "n'":
                edits = [(toks[k - 1][0], toks[k - 1][1], cased_like("ne ", toks[k - 1][2]))]
            else:
                edits = []
                at = k
            pronoun = _reflexive(person, number, etre)
            aux_start, aux_end, aux_word = toks[at]
            edits += _unelide(toks, at if not edits else at - 1)
            if not edits and aux_start == 0:
                pronoun = pronoun[:1].upper() + pronoun[1:]
                etre_w = etre
            else:
                etre_w = cased_like(etre, aux_word)
            edits.append((aux_start, aux_end, pronoun + etre_w))
            edits.append((start, end, made))
            return edits + relative
        if aux in _AVOIR_TO_ETRE and plain:
            made = verb_form(target, "pp", "m", "sg")
            return [(start, end, made)] if made else []
        if aux in _ETRE and not plain and target == "passer":
            head = [x for x in reads.get(aux, ()) if x.lemma == "être"]
            person, number = _person(head[0]) if head else ("p3", "sg")
            j = k - 1 if k > 0 and norm(toks[k - 1][2]) in ("ne", "n'") else k
            if number == "pl" and j > 0 and norm(toks[j - 1][2]) == "il":
                return []  # "il ne sont pas passé": the engine's own disagreement
            aux_start, aux_end, aux_word = toks[k]
            return [(aux_start, aux_start, _reflexive(person, number, aux_word))]
        return []
    if r.tags[1:2] == ("inf",) and not plain and (k := _perfect_progressive(toks, reads, i)) >= 0:
        # "Nos relations ont été en train de développer" (*have been developing*) -> "se
        # sont développées", as a compound tense above
        head = [x for x in reads.get(norm(toks[k][2]), ()) if x.lemma == "avoir"]
        person, number = _person(head[0]) if head else ("p3", "sg")
        made = verb_form(target, "pp", _subject_gender(toks, reads, k), number)
        if made is None:
            return []
        etre = _AVOIR_TO_ETRE[norm(toks[k][2])]
        adverbs = " ".join(tok[2] for tok in toks[k + 1:i - 4])  # "ont toujours été"
        pronoun = _reflexive(person, number, etre)
        if toks[k][0] == 0:
            pronoun = pronoun[:1].upper() + pronoun[1:]
        return [*_unelide(toks, k), (toks[k][0], end, pronoun + cased_like(etre, toks[k][2])
                                     + (f" {adverbs}" if adverbs else "") + f" {made}")]
    made = word if target == r.lemma else reverb(word, target)
    if made is None:
        return []
    made = cased_like(made, word) if target != r.lemma else made
    if plain:
        return [(start, end, made)]
    if r.tags[1:2] in (("inf",), ("ger",)):
        person, number = _governing(toks, reads, i) if r.tags[1] == "inf" else ("p3", "sg")
    else:
        person, number = _person(r)
    k = i
    if k > 0 and norm(toks[k - 1][2]) in ("ne", "n'"):
        k -= 1
    if (k > 0 and norm(toks[k - 1][2]) in ("se", "s'", "me", "m'", "te", "t'")) or (
            person == "p1" and number == "pl" and k > 1
            and norm(toks[k - 1][2]) == "nous" and norm(toks[k - 2][2]) == "nous") or (
            r.tags[1:2] == ("inf",) and k > 0 and norm(toks[k - 1][2]) in ("nous", "vous")):
        return []  # already pronominal ("l'occasion de nous rencontrer")
    edits = _unelide(toks, k)
    if k < i and norm(toks[k][2]) == "n'":  # "n'améliore" -> "ne s'améliore"
        edits.append((toks[k][0], toks[k][1], cased_like("ne ", toks[k][2])))
        edits.append((start, end, _reflexive(person, number, made) + made))
    elif start == 0:
        edits.append((start, end, cased_like(_reflexive(person, number, made.lower()), word)
                      + made.lower()))
    else:
        edits.append((start, end, _reflexive(person, number, made) + made))
    if always and i + 1 < len(toks):
        nxt = norm(toks[i + 1][2])
        if nxt in _DE:
            edits.append((toks[i + 1][0], toks[i + 1][1], _DE[nxt]))
        elif nxt in ("ce", "cet", "cette", "ces", "un", "une", "mon", "ma", "mes", "notre",
                     "nos", "son", "sa", "ses", "leur", "leurs", "votre", "vos"):
            edits.append((toks[i + 1][0], toks[i + 1][0], "de "))
    return edits


def _perfect_progressive(toks: list[Token], reads: dict[str, tuple[Reading, ...]],
                         i: int) -> int:
    """The auxiliary's index when the infinitive at ``i`` follows "avoir ... été en train
    de" (the engine's *have been doing*), else -1; never after "ne"."""
    if i < 5 or [norm(t[2]) for t in toks[i - 4:i]] not in (
            ["été", "en", "train", "de"], ["été", "en", "train", "d'"]):
        return -1
    k = i - 5
    while k >= 0 and _is_adverb(toks[k][2], reads) and norm(toks[k][2]) not in ("ne", "n'"):
        k -= 1
    if k < 0 or norm(toks[k][2]) not in _AVOIR_TO_ETRE or (
            k > 0 and norm(toks[k - 1][2]) in ("ne", "n'")):
        return -1
    return k


# The preposition the new verb governs where the engine kept the English one.
_GOVERNS = {"augmenter": ({"par"}, "de"), "concentrer": ({"en", "dans", "au-dessus"}, "sur"),
            "inscrire": ({"pour"}, "à")}
_TO = {"le": "au", "les": "aux", "la": "à la", "l'": "à l'", "l’": "à l’"}
_OBJECT_FR = frozenset(("ce", "cet", "cette", "ces", "un", "une", "des", "mon", "ma", "mes",
                        "notre", "nos", "son", "sa", "ses", "leur", "leurs", "votre", "vos",
                        "tous", "toutes", "tout", "toute", "chaque", "plusieurs"))


def _to_audience(toks: list[Token], i: int) -> list[tuple[int, int, str]]:
    """ "s'est adressé les participants" -> "aux participants"."""
    if i + 1 >= len(toks):
        return []
    start, end, word = toks[i + 1]
    if norm(word) in _TO:
        return [(start, end, _TO[norm(word)] if word != "l’" else "à l’")]
    if norm(word) in _OBJECT_FR or norm(word) in ("vous", "nous", "eux") or \
            word[:1].isupper():
        return [(start, start, "à ")]
    return []


def _preposition(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int,
                 target: str) -> list[tuple[int, int, str]]:
    """ "a augmenté par 20 %" -> "de 20 %", "s'est concentré dans" -> "sur"."""
    if target not in _GOVERNS:
        return []
    j = i + 1
    while j < len(toks) and _is_adverb(toks[j][2], reads):
        j += 1
    wrong, right = _GOVERNS[target]
    if j >= len(toks) or norm(toks[j][2]) not in wrong:
        return []
    if target == "augmenter" and not (j + 1 < len(toks) and (
            toks[j + 1][2][:1].isdigit() or norm(toks[j + 1][2]) in ("plus", "près", "presque",
                                                                       "environ")
            or any(r.pos == "num" for r in reads.get(toks[j + 1][2].lower(), ())))):
        return []
    if right == "à" and j + 1 < len(toks) and norm(toks[j + 1][2]) in ("le", "les"):
        nxt = toks[j + 1]
        return [(toks[j][0], nxt[1], "au" if norm(nxt[2]) == "le" else "aux")]
    return [(toks[j][0], toks[j][1], right)]


def _unelide(toks: list[Token], at: int) -> list[tuple[int, int, str]]:
    """ "j'" before the word at ``at``, which now opens with a pronoun: "je "."""
    if at > 0 and norm(toks[at - 1][2]) == "j'" and toks[at - 1][1] == toks[at][0]:
        return [(toks[at - 1][0], toks[at - 1][1], cased_like("je ", toks[at - 1][2]))]
    return []


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    for s, e, new in sorted(edits, reverse=True):
        text = text[:s] + new + text[e:]
    return text


def _one(text: str, toks: list[Token], reads: dict[str, tuple[Reading, ...]],
         verbs: list[tuple[str, bool]]) -> str:
    edits: list[tuple[int, int, str]] = []
    for lemma in dict.fromkeys(v for v, _ in verbs):
        engine, target = _TABLE[lemma]
        english = [no_object for v, no_object in verbs if v == lemma]
        french = _french_verbs(toks, reads, engine)
        if len(french) != len(english):
            continue
        for (i, r), no_object in zip(french, english, strict=True):
            always = r.lemma in _ALWAYS
            if no_object or always:
                made = pronominal_edit(text, toks, reads, i, r, target or r.lemma, always)
                if made:
                    edits += made + (_to_audience(toks, i) if lemma == "address" else
                                     _preposition(toks, reads, i, target or r.lemma))
    return apply_edits(text, edits)


def pronominal(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the verbs its English uses without an object said as French
    pronominal verbs (see above); one exchange with each Apertium program for all (after
    ``reciprocal.each_other`` in ``protect``)."""
    # *grow stronger* read as *strengthen*, as the engine read it (``idioms.stronger``)
    found = read_where([stronger(s) for s in sources], _HINT, english_verbs)
    todo = [k for k in found if any(no or lemma == "remember" for lemma, no in found[k])]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    for k in todo:
        out[k] = _one(texts[k], toks[k], reads, found[k])
    return out
