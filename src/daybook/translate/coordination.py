"""Two verbs joined by *and* in the same form, as English has them.

The Catalan pivot writes the second verb of "the staff take care of the visitors and conduct
events" as an infinitive or in another person ("le personnel soigne des visiteurs et diriger
des événements", "ils libèrent le territoire et sauver des civils", "pour venir et fait");
English coordinates two verbs of the same form. ``coordinate`` gives the verb after "et"
the form of the nearest verb before it in its clause: a finite verb's tense, person and
number ("et dirige"), or the infinitive after an infinitive ("pour venir et faire"). Only
where the English has *and* before a verb and the French verb after "et" is read as nothing
but a verb; never past a comma or a quotation (a list the engine mixed up), after a
relative's verb or an auxiliary before its participle, for an auxiliary before a participle
after "et" ("et a fait": a past), before a subject of its own ("et vous serez"), for a modal
after an infinitive ("et peuvent"), nor into a third person singular present where no
English verb after *and* ends in -s ("a des expositions et faire", *hold ... and make*)
unless the English subject is a collective English agrees in the plural (*the staff take
... and conduct*: "le personnel soigne ... et dirige"). A modal or a future after "et"
(*and must*, *and will*) keeps its tense and takes the first verb's person ("Nous sommes
... et doit aider" -> "et devons aider", "et aidera" -> "et aiderons"), after a first or
second person only. A compound tense after "et" takes the person of a compound before it
whose subject is *I*, *we* or *you* ("j'ai rencontré mes collègues et a dit" -> "et ai
dit", "nous avons visité le musée et a regardé" -> "et avons regardé"), and, with no
compound before, the person of the pronoun subject of the verb before it where the
English has that pronoun before *and* ("Je regardais le match et a vu" -> "et ai vu",
"Vous êtes ... et a continué" -> "et avez continué"). That pronoun subject (the first of
the pronouns before the verb, "que vous nous comprenez") gives the person after "que"
too. Adverbs in -ment between "et" and the verb go after it when it becomes finite
("et hautement apprécier" -> "et apprécions hautement"); a noun after its determiner
("ce commerce", also *commercer*), an "et" between two figures or nouns ("en 2019 et
2020") and "comme" before a noun are passed over in search of the first verb.
A list of predicates after commas (*They were engaged in building roads, explored
lands, worked at plants*) takes the person of the sentence's first pronoun subject in
its auxiliaries ("Ils ont été engagés ..., a exploré ..., a travaillé" -> ", ont exploré",
", ont travaillé"), where the English has a past after a comma; never a verb of saying
(", a dit le ministre").
Forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.adjective_lists import adjective_lists
from daybook.translate.adjective_pairs import adjective_pairs
from daybook.translate.first_person import movable_adverb
from daybook.translate.french import folded
from daybook.translate.gender import (
    CLAUSE_STOPS,
    DETERMINERS,
    Reading,
    clause_tokens,
    generate,
    readings,
)
from daybook.translate.gerund_pairs import comma_participles, gerunds_alike
from daybook.translate.gerund_pairs import verb_only as _verb_only
from daybook.translate.ing_conjuncts import ing_conjuncts
from daybook.translate.processes import remembered_readings
from daybook.translate.verb_members import infinitive_members

_TOKEN = clause_tokens("‘\\[\\]")
# English *and* before a word that may be a verb (not an article, a pronoun, a preposition).
_AND_VERB_EN = re.compile(r"\band\s+(?:\w+ly\s+|also\s+|then\s+)?(?!(?:the|a|an|to|of|in|on|"
                          r"at|for|with|by|from|its|their|our|his|her|my|your|this|that|these|"
                          r"those|other|others|all|each|many|more|most|some|other|so|also|"
                          r"not|we|i|you|they|he|she|it|there|as|well|then|now|how|what|"
                          r"which|who|when|where|why|is|are|was|were|has|have|had|will|"
                          r"would|can|could|should|must|may|might|do|does|did)\b)[a-z]+\b")
# *and must*, *and will*: a verb of its own tense after "et" ("Nous sommes ... et doit").
_AND_MODAL_EN = re.compile(r"\band\s+(?:\w+ly\s+|also\s+)?(?:must|can|could|should|will|would|"
                           r"may|might|shall)\b", re.IGNORECASE)
# Nouns English may agree in the plural ("the staff take ... and conduct") that French says
# in the singular: a third person singular after "et" is theirs.
_COLLECTIVE_EN = re.compile(r"\b(?:staff|personnel|team|crew|government|family|public|police|"
                            r"leadership|management|committee|council|board|audience)\b",
                            re.IGNORECASE)
_FINITE = ("pri", "fti", "cni", "pii", "ifi", "prs", "pis", "imp")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
_STOP = CLAUSE_STOPS | {",", "’"}  # past a comma: a list the engine mixed up
_RELATIVE = frozenset(("qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels",
                       "lesquelles", "si", "quand", "lorsque", "lorsqu'", "comme"))
_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "nous",
                      "vous", "me", "m'", "ne", "n'"))
_SUBJECT_PERSON = {"je": ("p1", "sg"), "j'": ("p1", "sg"), "nous": ("p1", "pl"),
                   "vous": ("p2", "pl")}

Token = tuple[int, int, str]

# The subject pronouns of a clause and the person and number they give its verb.
_PRONOUN_PERSON = {"je": ("p1", "sg"), "j'": ("p1", "sg"), "nous": ("p1", "pl"),
                   "vous": ("p2", "pl"), "ils": ("p3", "pl"), "elles": ("p3", "pl"),
                   "il": ("p3", "sg"), "elle": ("p3", "sg"), "on": ("p3", "sg")}
# English subject pronouns (*X and I* is a first person plural) before a verb after *and*.
_PRONOUN_EN = re.compile(r"(\band\s+)?\b(I|[Ww]e|[Yy]ou|[Tt]hey)\b(?!['’])")
_PERSON_OF_EN = {"i": ("p1", "sg"), "we": ("p1", "pl"), "you": ("p2", "pl"),
                 "they": ("p3", "pl")}


def english_persons(source: str, verbs: re.Pattern[str]) -> frozenset[tuple[str, str]]:
    """The persons of the nearest subject pronoun before each match of ``verbs`` (a verb
    after *and*, or one after a comma) in its sentence of ``source``."""
    out = set()
    for m in verbs.finditer(source):
        sentence = re.split(r"[.!?;:]\s", source[:m.start()])[-1]
        found = list(_PRONOUN_EN.finditer(sentence))
        if found:
            last = found[-1]
            out.add(("p1", "pl") if last.group(1) and last.group(2) == "I"
                    else _PERSON_OF_EN[last.group(2).lower()])
    return frozenset(out)


def pronoun_subject(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int
                    ) -> tuple[str, str] | None:
    """The person and number of the subject pronoun of the finite verb at ``k`` (the first
    of the pronouns and clitics before it: "vous nous comprenez", "je le vois"), where the
    verb has a reading in it; None otherwise ("Cela nous aide": "nous" an object)."""
    j = k
    while j > 0 and (folded(toks[j - 1][2]) in _CLITICS
                     or folded(toks[j - 1][2]) in _PRONOUN_PERSON):
        j -= 1
    person = _PRONOUN_PERSON.get(folded(toks[j][2])) if j < k else None
    if person is None or not any(r.tags[2:4] == person for r in _finite(
            reads.get(toks[k][2].lower(), ()))):
        return None
    return person


def _is_inf(reads: Sequence[Reading]) -> bool:
    return _verb_only(reads) and all(r.tags[1:2] == ("inf",) for r in reads)


def _finite(reads: Sequence[Reading]) -> list[Reading]:
    return [r for r in reads if len(r.tags) > 3 and r.tags[0] in _VERB and r.tags[1] in _FINITE]


def _joins_nouns(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int) -> bool:
    """Whether the "et" at ``k`` joins two figures or two words read only as nouns."""
    def noun(t: Token) -> bool:
        return t[2].isdigit() or _only_noun(reads.get(t[2].lower(), ()))
    return 0 < k < len(toks) - 1 and noun(toks[k - 1]) and noun(toks[k + 1])


def _only_noun(reads: Sequence[Reading]) -> bool:
    return bool(reads) and all(r.pos == "n" for r in reads)


def _nominal(reads: Sequence[Reading]) -> bool:
    """A noun (an adjective too: "membre"), never a verb or a pronoun."""
    return any(r.pos == "n" for r in reads) and all(r.pos in ("n", "adj") for r in reads)


def _first(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int,
           persons: frozenset[tuple[str, str]] = frozenset()
           ) -> tuple[str, Reading | None] | None:
    """The nearest verb before "et" at ``et`` in its clause: ("inf", None) or ("fin", its
    reading), None when there is none or it is not safe to read. A pronoun subject whose
    person is in ``persons`` (the English subjects of the verbs after *and*) gives the
    verb's person, and its clause may follow "que" ("que vous nous comprenez et")."""
    for k in range(et - 1, -1, -1):
        word = folded(toks[k][2])
        if word == "et" and _joins_nouns(toks, reads, k):
            continue  # "en 2019 et 2020": no verbs joined
        if word in _STOP or word == "et":
            return None
        if word == "comme" and k + 1 < et and _nominal(reads.get(toks[k + 1][2].lower(), ())):
            continue  # "comme membre": *as* a noun, no clause
        if word in _RELATIVE:
            return None
        got = reads.get(toks[k][2].lower(), ())
        if not any(r.tags[:1] and r.tags[0] in _VERB for r in got) or any(
                r.pos in ("prn", "det", "pr") for r in got):
            continue  # "cela" (also "celer"), "ce", "en": no verb here
        if k and folded(toks[k - 1][2]) in DETERMINERS and any(r.pos == "n" for r in got) \
                and not (k > 1 and folded(toks[k - 2][2]) in _PRONOUN_PERSON.keys() | _CLITICS):
            continue  # "ce commerce" (also "commercer"): a noun after its determiner, not
            # after a clitic pronoun ("nous les aide")
        if toks[k][2][-1:] in "'’":
            return None  # a quotation's last word ("sous le slogan ‘nous souvenons'")
        if k > 1 and any(r.pos == "pp" for r in got) and all(
                r.pos in ("adj", "pp", "n") or r.tags[2:4] == ("p2", "sg") for r in got) and folded(
                toks[k - 2][2]) in DETERMINERS and any(
                r.pos == "n" for r in reads.get(toks[k - 1][2].lower(), ())):
            continue  # "le conflit armé", "les tâches mises devant lui": a participle read
            # as the adjective of the noun after its determiner (also a noun, or a second
            # person singular, "tu" never the site's subject: "mises")
        if k and folded(toks[k - 1][2]) in ("nous", "vous", "je", "j'") and not (
                k > 1 and folded(toks[k - 2][2]) in _SUBJECT_PERSON):
            got = tuple(r for r in got if r.tags[:1] and r.tags[0] in _VERB)  # "nous sommes"
        if not _verb_only(got) or toks[k][2][:1].isupper():
            return None  # a noun too ("aide", "fait"): not read here
        if _is_inf(got):
            return "inf", None
        finite = _finite(got)
        if len(finite) != len(got) or all(r.tags[2:4] == ("p2", "sg") for r in finite):
            return None  # a participle or a gerund; "tu" is never the site's subject
        nxt = reads.get(toks[k + 1][2].lower(), ()) if k + 1 < et else ()
        if any(r.tags[0] in ("vbser", "vbhaver") for r in finite) and any(
                r.pos == "pp" for r in nxt):
            return None  # an auxiliary before its participle: a compound tense
        j = k - 1
        while j >= 0 and folded(toks[j][2]) in _CLITICS:
            j -= 1
        pronoun = pronoun_subject(toks, reads, k)
        if j >= 0 and folded(toks[j][2]) in _RELATIVE and (pronoun is None
                                                          or pronoun not in persons):
            return None  # the verb of a relative clause, unless its pronoun is English's
        if j < k - 1 and folded(toks[k - 1][2]) == "y" and finite[0].lemma == "avoir":
            return None  # "il y a"
        subject = _SUBJECT_PERSON.get(folded(toks[j][2])) if j >= 0 else None
        if pronoun is not None and pronoun in persons:
            subject = pronoun  # "que vous nous comprenez et": *you ... and*
        order = sorted(finite, key=lambda r: (
            (r.tags[2], r.tags[3]) != subject if subject else r.tags[2] != "p3",
            _FINITE.index(r.tags[1])))
        return "fin", order[0]
    return None


# *I*, *we*, *you*: a compound tense after "et" may take their person.
_PERSON_EN = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)\b")


def _first_auxiliary(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int
                     ) -> Reading | None:
    """The auxiliary of a compound tense in the first or second person before "et" at
    ``et`` in its clause ("j'ai rencontré ... et"), with nothing but its participle and
    non-verbs between; None otherwise."""
    for k in range(et - 1, 0, -1):
        word = folded(toks[k][2])
        if word in _STOP or word == "et" or word in _RELATIVE:
            return None
        got = reads.get(toks[k][2].lower(), ())
        if not any(r.tags[:1] and r.tags[0] in _VERB for r in got) or any(
                r.pos in ("n", "adj", "pr", "det") for r in got):
            continue
        if any(r.pos == "pp" for r in got):
            continue  # the participle of the compound
        j = k - 1  # the subject before its clitics ("nous nous sommes", "je l'ai")
        while j > 0 and folded(toks[j][2]) in _CLITICS and (
                folded(toks[j - 1][2]) in _CLITICS or folded(toks[j - 1][2]) in _SUBJECT_PERSON):
            j -= 1
        person = _SUBJECT_PERSON.get(folded(toks[j][2])) if j >= 0 else None
        nxt = reads.get(toks[k + 1][2].lower(), ()) if k + 1 < et else ()
        aux = [r for r in _finite(got) if r.lemma in ("avoir", "être")
               and r.tags[2:4] == person]
        if person is None or not aux or not any(r.pos == "pp" for r in nxt):
            return None
        return aux[0]
    return None


# Verbs after "et" that English says with an auxiliary of its own (*and can*, *and will*).
_OWN_AUXILIARY = frozenset(("pouvoir", "devoir", "vouloir", "avoir", "être", "aller"))
_MODALS = frozenset(("pouvoir", "devoir", "vouloir"))


def _wanted(toks: list[Token], reads: dict[str, tuple[Reading, ...]], source: str,
            moved: dict[int, int] | None = None, pasts: re.Pattern[str] | None = None
            ) -> dict[int, str]:
    """Token index of a verb after "et" -> the generator input of its form; ``moved``
    gets the verb's index -> the index of the adverbs in -ment between "et" and it, which
    go after a finite verb ("et hautement apprécier" -> "et apprécions hautement")."""
    out: dict[int, str] = _listed(toks, reads, source, pasts)
    persons = english_persons(source, _AND_VERB_EN) | english_persons(
        source, _AND_MODAL_EN) | english_persons(source, _AND_HAVE_EN)
    # a third person singular present needs an English verb in -s after *and*, or a
    # collective subject
    third = any(m.group(0).endswith("s") for m in _AND_VERB_EN.finditer(source)) or bool(
        _COLLECTIVE_EN.search(source))
    for i, (_, _, word) in enumerate(toks):
        if word != "et" or i + 1 >= len(toks):
            continue
        a = i + 1
        while a < len(toks) - 1 and a - i <= 2 and toks[a][2].endswith("ment") and \
                movable_adverb(toks[a][2], reads.get(toks[a][2].lower(), ())):
            a += 1  # "et hautement apprécier": the adverbs before the verb
        j = a
        while j < len(toks) - 1 and folded(toks[j][2]) in _CLITICS and _verb_only(
                reads.get(toks[j + 1][2].lower(), ())):
            j += 1  # "et nous rejoindre", "et les aider"
        second = reads.get(toks[j][2].lower(), ())
        if j + 1 < len(toks) and _is_inf(reads.get(toks[j + 1][2].lower(), ())) and any(
                r.lemma in _MODALS for r in second):
            second = tuple(r for r in second if r.lemma in _MODALS)  # "et doit aider"
        if not _verb_only(second) or toks[j][2][:1].isupper() or any(
                r.pos == "pp" or r.tags[1:2] == ("ger",) for r in second):
            continue
        if j > a and folded(toks[a][2]) in ("nous", "vous") and not _is_inf(second):
            continue  # "et vous serez": a subject of its own
        lemma = second[0].lemma
        head = second[0].tags[0]
        nxt = reads.get(toks[j + 1][2].lower(), ()) if j + 1 < len(toks) else ()
        compound = lemma in ("avoir", "être") and any(r.pos == "pp" for r in nxt)
        if compound and j == a:
            aux = _first_auxiliary(toks, reads, i) if _PERSON_EN.search(source) else None
            if aux is not None and not any(r.tags[1:4] == aux.tags[1:4] for r in second):
                # "j'ai visité ... et a signé" -> "et ai signé"
                own = [r for r in second if r.lemma == aux.lemma] or list(second)
                out[j] = f"^{lemma}<{own[0].tags[0]}><{'><'.join(aux.tags[1:4])}>$"
            elif aux is None and (person := _clause_person(toks, reads, i)) in persons:
                # "Je regardais le match et a vu" -> "et ai vu" (*I was watching ... and saw*)
                _to_person(out, j, second, person)
            continue
        first = _first(toks, reads, i, persons)
        if first is None:
            continue
        kind, model = first
        if kind == "inf":
            if not _is_inf(second) and lemma not in _OWN_AUXILIARY:
                out[j] = f"^{lemma}<{head}><inf>$"
        elif model is not None and not any(r.tags[1:] == model.tags[1:] for r in second):
            own = [r for r in _finite(second) if r.tags[1] in ("fti", "cni")
                   or r.lemma in _MODALS]
            if own:  # "et doit", "et aidera": its own tense, the first verb's person
                if model.tags[2] != "p3" and not any(
                        r.tags[2:4] == model.tags[2:4] for r in own):
                    out[j] = f"^{lemma}<{own[0].tags[0]}><{own[0].tags[1]}><" + \
                        "><".join(model.tags[2:4]) + ">$"
                continue
            if model.tags[1:4] == ("pri", "p3", "sg") and not third:
                continue  # "a des expositions et faire" (*hold ... and make*)
            if not compound:  # "et a fait": a past the English may not share
                out[j] = f"^{lemma}<{head}><{'><'.join(model.tags[1:4])}>$"
        if a > i + 1 and moved is not None and j in out and "<inf>" not in out[j]:
            moved[j] = i + 1
    return out


# *and have/has/had* or *and* + a past in -ed: a compound tense after "et" may follow.
_AND_HAVE_EN = re.compile(r"\band\s+(?:\w+ly\s+|also\s+|then\s+)?(?:have|has|had|[a-z]+ed)\b")
# A list of predicates in the past after a comma (*They built roads, explored lands*).
_COMMA_WORD_EN = re.compile(r",\s+(?:\w+ly\s+)?(?!and\b|or\b|but\b)([a-z]+)\b(?!\s+by\b)")
# Verbs of saying: ", a dit le ministre" is an incise with its own subject after it.
_SAYING = frozenset(("dire", "noter", "ajouter", "souligner", "déclarer", "préciser",
                     "expliquer", "rappeler", "indiquer", "affirmer", "annoncer", "estimer",
                     "répondre", "remarquer", "observer", "conclure", "écrire", "signaler"))
_ENDS = frozenset((".", "!", "?", ";", ":"))
_NOT_PERSON = (("p3", "sg"), None)


def _to_person(out: dict[int, str], j: int, reads: Sequence[Reading],
               person: tuple[str, str] | None) -> None:
    """Token ``j`` (an auxiliary in the third person singular) put in ``person``."""
    own = [r for r in _finite(reads) if r.tags[2:4] == ("p3", "sg")]
    if own and person not in _NOT_PERSON and person is not None:
        out[j] = f"^{own[0].lemma}<{own[0].tags[0]}><{own[0].tags[1]}><{person[0]}><{person[1]}>$"


def _clause_person(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int
                   ) -> tuple[str, str] | None:
    """The person of the pronoun subject of the nearest finite verb before "et" at ``et``
    in its clause ("Je regardais le match et"); None if there is none."""
    for k in range(et - 1, -1, -1):
        word = folded(toks[k][2])
        if word in _STOP or word == "et":
            return None
        got = reads.get(toks[k][2].lower(), ())
        if not _finite(got) or any(r.pos in ("n", "adj", "det", "pr", "prn", "pp")
                                   for r in got):
            if word in _RELATIVE:
                return None  # a relative clause's verb follows: not this subject's
            continue
        return pronoun_subject(toks, reads, k)
    return None


def comma_pasts(sources: Sequence[str]) -> list[re.Pattern[str] | None]:
    """For each English text, a pattern of its pasts after a comma (*, explored*, *, built*:
    read as a past by the English analyser), None if it has none."""
    words = {k: [w for w in _COMMA_WORD_EN.findall(s)] for k, s in enumerate(sources)
             if ", " in s}
    got = remembered_readings(sorted({w for ws in words.values() for w in ws}))
    out: list[re.Pattern[str] | None] = [None] * len(sources)
    for k, ws in words.items():
        past = sorted({w for w in ws if any("<past>" in r for r in got.get(w, ()))})
        if past:
            out[k] = re.compile(r",\s+(?:\w+ly\s+)?(?:" + "|".join(past) + r")\b")
    return out


def _listed(toks: list[Token], reads: dict[str, tuple[Reading, ...]], source: str,
            pasts: re.Pattern[str] | None) -> dict[int, str]:
    """Token index -> generator input of an auxiliary in the third person singular that
    opens a member of a list of predicates after a comma, in the person of the sentence's
    first subject pronoun ("Ils ont été engagés à bâtir des routes, a exploré des terres,
    a travaillé" -> ", ont exploré", ", ont travaillé"; *They were engaged ..., explored
    ..., worked*): where the English has a past after a comma and that pronoun's person,
    until a relative, a conjunction or another finite verb; never a verb of saying (", a
    dit le ministre")."""
    out: dict[int, str] = {}
    if pasts is None:
        return out
    persons = english_persons(source, pasts)
    start = 0
    while start < len(toks):
        end = next((k for k in range(start, len(toks)) if toks[k][2] in _ENDS), len(toks))
        person = None
        k = start
        for k in range(start, end):
            got = reads.get(toks[k][2].lower(), ())
            if folded(toks[k][2]) in _RELATIVE:
                break
            if _finite(got) and _verb_only(got):
                person = pronoun_subject(toks, reads, k)
                break
        if person is not None and person != ("p3", "sg") and person in persons:
            i = k + 1
            while i < end - 2:
                word = folded(toks[i][2])
                got = reads.get(toks[i][2].lower(), ())
                if word in _RELATIVE or word in _STOP - {","}:
                    break
                nxt = reads.get(toks[i + 1][2].lower(), ())
                part = reads.get(toks[i + 2][2].lower(), ())
                if word in (",", "et") and any(r.lemma in ("avoir", "être") for r in _finite(nxt)) \
                        and _verb_only(nxt) and any(r.pos == "pp" for r in part) and not any(
                        r.lemma in _SAYING for r in part):
                    _to_person(out, i + 1, nxt, person)
                    i += 3
                    continue
                if _finite(got) and _verb_only(got):
                    break  # another clause's verb
                i += 1
        start = end + 1
    return out


def coordinate(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the verb after "et" in its first verb's form (see above), and
    coordinated participle clauses as gerunds alike and a participle clause after a comma
    as a participle (``gerund_pairs``), a second -ing form in the first one's infinitive or
    tense (``ing_conjuncts``), the members of a list of infinitives after commas
    infinitives (``verb_members``), and pairs and lists of adjectives before a noun placed
    and agreed (``adjective_pairs``, ``adjective_lists``)."""
    return adjective_lists(sources, adjective_pairs(sources, comma_participles(
        sources, infinitive_members(sources, ing_conjuncts(
            sources, gerunds_alike(sources, _verbs(sources, texts)))))))


def _verbs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``coordinate``'s verbs after "et"; one exchange with the analyser and one with the
    generator for all texts."""
    pasts = comma_pasts([s if ", " in t else "" for s, t in zip(sources, texts, strict=True)])
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (" et " in t and (_AND_VERB_EN.search(s) or _AND_MODAL_EN.search(s)
                                 or _AND_HAVE_EN.search(s))) or pasts[k] is not None]
    if not todo:
        return list(texts)
    toks = {k: [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(texts[k])]
            for k in todo}
    # first the words after "et", then the whole text only where one is a verb
    after = {k: {toks[k][i + n][2].lower() for i, (_, _, w) in enumerate(toks[k])
                 if w in ("et", ",") for n in (1, 2, 3) if i + n < len(toks[k])} for k in todo}
    reads = readings(sorted(set().union(*after.values())))
    todo = [k for k in todo if any(_verb_only(reads.get(w, ())) or any(
        r.lemma in _MODALS for r in reads.get(w, ())) for w in after[k])]
    if not todo:
        return list(texts)
    reads = readings(sorted({w.lower() for k in todo for _, _, w in toks[k]
                             if w[:1].isalpha()}))
    if not reads:
        return list(texts)
    moved: dict[int, dict[int, int]] = {k: {} for k in todo}
    wanted = {k: got for k in todo
              if (got := _wanted(toks[k], reads, sources[k], moved[k], pasts[k]))}
    forms = generate(sorted({g for group in wanted.values() for g in group.values()}))
    out = list(texts)
    for k, group in wanted.items():
        text = texts[k]
        for j in sorted(group, reverse=True):
            if group[j] not in forms:
                continue  # a form the generator does not make: the token as it was
            start, end, _ = toks[k][j]
            if j in moved[k]:  # "et hautement apprécier" -> "et apprécions hautement"
                first = moved[k][j]
                adverbs = " ".join(t[2] for t in toks[k][first:j]
                                   if t[2].endswith("ment"))
                clitics = text[toks[k][first + len(adverbs.split())][0]:start]
                text = (text[:toks[k][first][0]] + clitics + forms[group[j]] + " " + adverbs
                        + text[end:])
                continue
            text = text[:start] + forms[group[j]] + text[end:]
        out[k] = text
    return out
