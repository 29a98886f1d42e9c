"""A verb in the plural after a plural subject, where the pivot left it in the singular.

The Catalan pivot often loses the number of a subject whose head is not the noun right
before the verb: "Almost 2,000 students from China are studying" came out "Presque 2 000
étudiants de la République populaire de Chine étudie", "Islam and Christianity, like other
religions, are based" "Islam et christianisme, comme d'autres religions, est basé". Here the
subject is read in the French: a noun phrase opening a clause (the sentence, or after a
comma, "que" or a colon), its head the first noun after determiners, figures and adjectives,
plural when the noun is (or its determiner or a figure before it is: "les pays"), or two
nouns joined by "et" before any preposition; its verb the first finite verb after it, if no
relative, conjunction or sentence mark comes between (an aside in brackets and "ce" before
a noun are read past: "Toutes nos propositions de renouveler ce traité sont"). A counted
noun phrase after "et" opens a clause too ("et 30 enfants sont nés"). A third person
singular verb there goes to the plural, with a predicate after "être" ("sont basés"), as
``relatives`` does. A subject "un des", "chacun des" + a plural noun is singular, its
relative the noun's ("Un des hommes qui ont bâti le pont a dit").
Only where the English sentence has at least as many verbs of a plural subject (*are*,
*were*, *have*, *do*, or a verb without -s after a plural noun) as there are such French
verbs. Readings and forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import avoir, etre
from daybook.translate.conjuncts_np import ROLES
from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.relatives import agreed_forms, verb_after

_TOKEN = clause_tokens()
_FUNCTION_EN = (
    "the|a|an|of|in|on|at|for|with|by|from|to|and|or|but|as|that|which|who|this|these|those|"
    "its|their|our|his|her|my|your|is|was|has|had|will|would|can|could|should|must|may|"
    "might|between|among|about|into|over|under|through|during|across|after|before|within|"
    "without|such|than|so|not|also|only|now|here|there|all|both|each|more|most|very|well|"
    "too|then|since|if|when|where|while|because|like|per|including|against|towards?|"
    "around|via|amid|upon|whose|what|how|why|i|we|you|they|he|she|it|them|us|me|are|were|"
    "have|do|be|been|being|did|does|done|just|even|already|yet|still")
# Words in -s that are no plural noun.
_NOT_PLURAL_EN = (
    "is|was|has|does|this|its|his|hers|ours|yours|theirs|us|as|thus|always|perhaps|whereas|"
    "besides|towards|sometimes|nevertheless|less|unless|news|means|series|across|plus|yes|"
    "bus|gas|politics|economics|physics|athletics")
# *are*, *were*, *have*, *do* (not after a pronoun: "we are" is no noun's plural; not
# after *and*: a subject said before).
_PLURAL_AUX_EN = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bthere )"
                            r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\band )(?<!\bor )"
                            r"\b(?:are|were|have|do)"
                            r"(?:n[’']t)?\b", re.IGNORECASE)
# A plural noun and a verb without -s ("agencies seem", "resources account").
_PLURAL_NOUN_VERB_EN = re.compile(
    rf"\b(?:(?!(?:{_NOT_PLURAL_EN})\b)[a-z]+[^s’'\W]s|people|children|men|women)\s+"
    r"(?:(?:[a-z]+ly|also|still|often|now|already|always|never)\s+)?"
    rf"(?!(?:{_FUNCTION_EN})\b)[a-z]+(?<!s)(?<!ing)(?<!ed)\b",
    re.IGNORECASE)
# A plural noun, maybe a complement, then a modal, which does not show the number ("my
# colleagues from the plant will speak"), or an adverb and a verb without -s ("these
# meetings in Yalta also provide"); the French side finds the subject's head.
_PLURAL_NOUN_EN = (rf"\b(?:(?!(?:{_NOT_PLURAL_EN})\b)[a-z]+[^s’'\W]s|people|children|men|"
                   r"women)\s+")
_COMPLEMENT_EN = (r"(?:of|from|in|at|on|for|with|across|between|among|around)\s+"
                  r"(?:[\w’'-]+\s+){1,4}?")
_PLURAL_NOUN_MODAL_EN = re.compile(
    rf"{_PLURAL_NOUN_EN}(?:{_COMPLEMENT_EN})?(?:(?:[a-z]+ly|also|still|now|often|always)\s+)?"
    r"(?:will|would|can|could|should|must|may|might|shall)(?:not|n[’']t)?\b", re.IGNORECASE)
_PLURAL_NOUN_FAR_VERB_EN = re.compile(
    rf"{_PLURAL_NOUN_EN}{_COMPLEMENT_EN}(?:[a-z]+ly|also|still|now|often|always|already)\s+"
    rf"(?!(?:{_FUNCTION_EN})\b)[a-z]+(?<!s)(?<!ing)(?<!ed)\b", re.IGNORECASE)
# A plural noun, an object relative with a pronoun subject, then a modal ("the agreements
# that we have reached will be implemented": "Les accords que nous avons atteints sera").
_PLURAL_NOUN_OBJECT_MODAL_EN = re.compile(
    rf"{_PLURAL_NOUN_EN}(?:that\s+|which\s+)?(?:we|you|they|I|he|she)\s+(?:[\w’'-]+\s+){{1,6}}?"
    r"(?:will|would|can|could|should|must|may|might|shall)\b", re.IGNORECASE)
# A plural noun, an adverbial between commas, then a modal or a verb without -s ("our
# countries, for example, could jointly advocate": "nos pays, par exemple, pourrait").
_ASIDE_EN = (r"for example|for instance|of course|in particular|in addition|moreover|indeed|"
             r"incidentally|in my view|in my opinion|I think|I believe|obviously|certainly|"
             r"also|however|therefore|then|finally|in general|in principle|in fact")
_PLURAL_NOUN_BARE_EN = _PLURAL_NOUN_EN.removesuffix(r"\s+")  # the noun, no space after it
_PLURAL_NOUN_ASIDE_EN = re.compile(
    rf"{_PLURAL_NOUN_BARE_EN},\s+(?:{_ASIDE_EN}),\s+"
    r"(?:will|would|can|could|should|must|may|might|shall|(?!(?:is|was|has|does)\b)"
    r"[a-z]+(?<!s)(?<!ing)(?<!ed))\b", re.IGNORECASE)
# A quantified plural noun, a complement, a verb in the past, which does not show the number
# ("many people in Russia and abroad followed": "beaucoup de gens ... a suivi").
_QUANTIFIED_PAST_EN = re.compile(
    rf"\b(?:many|numerous|several|few|both|most)\s+(?:[a-z]+\s+)?{_PLURAL_NOUN_EN}"
    rf"(?:{_COMPLEMENT_EN})?(?:(?:[a-z]+ly|also|still|already)\s+)?[a-z]+ed\b", re.IGNORECASE)
# A plural noun and a subject relative ("the people who (have) adopted this law said"): the
# verb after the relative is the plural subject's.
_PLURAL_NOUN_RELATIVE_EN = re.compile(
    rf"{_PLURAL_NOUN_EN}(?:who|which|that)\s+(?:(?:have|had|are|were)\s+)?"
    rf"(?!(?:{_FUNCTION_EN})\b)[a-z]+\b",
    re.IGNORECASE)
# A singular noun phrase opening a clause and a subject relative ("The man who met the
# ministers said"): eng-cat agrees the verb after the relative with the relative's own
# object ("L'homme qui a rencontré les ministres ont dit"); the verb is the singular head's.
# *One of the men who built the bridge said*: the subject is *one* ("Un des hommes qui ont
# bâti le pont a dit"), its relative the plural noun's.
_SINGULAR_NOUN_RELATIVE_EN = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?:(?:the|a|an|this|that|our|his|her|its|their|my|your)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?!(?:men|women|people|children|police)\b)[a-z]+(?<![^s]s)\s+"
    r"(?:who|which|that)\s+(?!(?:are|were|have|do)\b)|(?:one|each|none|neither|either)\s+"
    r"of\s+(?:the|these|those|our|their|its|his|her|my|your)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:who|which|that)\s)", re.IGNORECASE)
# A singular noun phrase opening a clause, a complement with its own nouns and a singular
# verb ("A factory with a capacity of 156,000 tonnes is now operating"): eng-cat agrees the
# verb with the complement's last noun ("Une usine ... de 156 000 tonnes sont").
_SINGULAR_NOUN_PP_EN = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?:the|a|an|this|that|our|his|her|its|their|my|your|every|"
    r"each)\s+(?:[a-z-]+\s+){0,3}?(?!(?:men|women|people|children|police)\b)[a-z]+"
    r"(?<![^s]s)\s+(?:of|with|from|in|for|on|at|between|among|across)\s+"
    r"(?:[^,.;:!?]|(?<=\d)[,.](?=\d)|,(?=\s+[a-z]+(?:\s+[a-z]+)?\s+and\s))*?"
    r"\b(?:is|was|has|does)\b", re.IGNORECASE)
# Two noun phrases joined by *and* opening a clause, then a verb in the past, which does not
# show the number ("The official start and finish of the rally took place": "Le début
# officiel et la touche finale du rallye a eu lieu").
_AND_SUBJECT_PAST_EN = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?:the|our|their|his|her|its|this|these|those|both)\s+"
    r"(?:(?!(?:and|who|which|that|is|was|has|are|were|have)\b)[\w’'-]+\s+){1,5}?and\s+"
    r"(?:(?!(?:who|which|that|is|was|has|are|were|have)\b)[\w’'-]+\s+){1,6}?"
    r"(?:[a-z]+ed|took|held|met|made|gave|came|became|went|saw|had|said|told|found|began|"
    r"brought|left|won|spoke|sent|paid|led|grew|rose|fell|became|stood|drew)\b", re.IGNORECASE)
# *the people of* a country: a nation, French's singular "le peuple du Venezuela".
_PEOPLE_OF_EN = re.compile(r"\b(?i:the)\s+people\s+of\s+(?:the\s+)?[A-Z]")
# Quantities whose verb French agrees with their complement ("la plupart des pays sont").
_QUANTITY = frozenset(("plupart", "majorité", "moitié", "tiers", "quart", "reste", "partie",
                       "ensemble", "série", "dizaine", "centaine", "millier", "million",
                       "milliard", "foule", "multitude", "minorité"))
# "Un des hommes", "l'une des régions", "chacun des pays": a singular subject.
_ONE_OF = frozenset(("un", "une", "chacun", "chacune", "aucun", "aucune"))
# Where a noun phrase that may be a subject opens.
_OPENS = frozenset((",", ":", ";", "que", "qu'", "“", "«", "\"", "pourquoi"))
# After these the subject's verb is not the next finite verb (a clause of its own).
_STOPS = frozenset((".", "!", "?", ";", ":", "«", "»", "(", ")", "“", "”", "\"", "–", "—",
                    "qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels",
                    "lesquelles", "si", "s'", "quand", "lorsque", "lorsqu'", "mais", "car",
                    "puisque", "puisqu'", "parce", "ou", "tandis", "alors", "cela", "ça",
                    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "c'", "ce"))
# A word after these is a noun, never a finite verb.
_NOMINAL = frozenset(("le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "au",
                      "aux", "à", "en", "dans", "par", "pour", "sur", "avec", "entre", "sans",
                      "sous", "vers", "chez", "contre", "parmi", "ces", "ses", "son", "sa",
                      "leurs", "nos", "vos", "mes", "notre", "votre", "cette", "cet"))
_PLURAL_DET = frozenset(("les", "des", "ces", "ses", "leurs", "nos", "vos", "mes",
                         "plusieurs", "certains", "certaines", "quelques", "tous", "toutes",
                         "nombreux", "nombreuses", "différents", "divers"))
_ADVERBS = frozenset(("presque", "environ", "près", "seulement", "plus", "moins", "de", "d'",
                      "même", "aussi", "beaucoup", "tant", "trop"))
_PREPOSITIONS = frozenset(("de", "d'", "du", "des", "à", "au", "aux", "en", "dans", "par",
                           "pour", "sur", "avec", "entre", "sans", "sous", "vers", "chez",
                           "contre", "parmi"))
# Determiners after "et" before a noun ("et les croyances", "et ces entreprises").
_AND_DETERMINERS = frozenset(("le", "la", "l'", "les", "un", "une", "des", "son", "sa", "leur",
                              "ses", "leurs", "ces", "ce", "cet", "cette", "nos", "notre",
                              "vos", "votre", "mes", "mon", "ma"))
# Adverbials set between commas after a subject (*for example*, *of course*, *in
# particular*), the words after the comma as the tokens read them.
_ASIDES = tuple(tuple(a.split()) for a in (
    "par exemple", "bien sûr", "en particulier", "notamment", "naturellement", "en outre",
    "de plus", "en effet", "d'ailleurs", "à mon avis", "selon moi", "je pense", "je crois",
    "évidemment", "certainement", "également", "aussi", "toutefois", "cependant",
    "néanmoins", "donc", "ensuite", "enfin", "en général", "en principe", "en fait"))
# An object relative's subject pronoun and the clitics before its verb.
_SUBJECTS = frozenset(("nous", "vous", "je", "j'", "il", "elle", "ils", "elles", "on"))
_CLITICS = frozenset(("ne", "n'", "y", "en", "le", "la", "les", "l'", "lui", "leur", "nous",
                      "vous", "me", "m'", "se", "s'"))
_AUXILIARIES = avoir(persons=("3sg",)) | etre(persons=("3sg",))
_FINITE = ("pri", "pii", "fti", "cni", "ifi")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")

Token = tuple[int, int, str]


def english_plurals(source: str) -> int:
    """How many verbs of a plural subject the English sentence shows."""
    return len(_PLURAL_AUX_EN.findall(source)) + len(_PLURAL_NOUN_VERB_EN.findall(source)) \
        + len(_PLURAL_NOUN_MODAL_EN.findall(source)) \
        + len(_PLURAL_NOUN_FAR_VERB_EN.findall(source)) \
        + len(_PLURAL_NOUN_RELATIVE_EN.findall(source)) \
        + len(_QUANTIFIED_PAST_EN.findall(source)) + len(_AND_SUBJECT_PAST_EN.findall(source)) \
        + len(_PLURAL_NOUN_OBJECT_MODAL_EN.findall(source)) \
        + len(_PLURAL_NOUN_ASIDE_EN.findall(source))


def english_singular_relatives(source: str) -> int:
    """How many singular subjects with a relative clause or a complement (and a singular
    verb) the English sentence opens; *the people of* a country is one (French "le
    peuple")."""
    return len(_SINGULAR_NOUN_RELATIVE_EN.findall(source)) + \
        len(_SINGULAR_NOUN_PP_EN.findall(source)) + len(_PEOPLE_OF_EN.findall(source))


def _reads(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int
           ) -> tuple[Reading, ...]:
    return reads.get(toks[i][2].lower(), ())


def _finite3(reads: Sequence[Reading], number: str) -> bool:
    return any(r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3 and r.tags[1] in _FINITE
               and r.tags[2:4] == ("p3", number) for r in reads)


def _head(toks: list[Token], reads: dict[str, tuple[Reading, ...]], start: int
          ) -> tuple[int, bool] | None:
    """The head noun of a noun phrase opening at ``start`` and whether it is plural."""
    i, plural, det = start, False, False
    first = start + 1 if folded(toks[start][2]) == "l'" else start
    one = first + 1 < len(toks) and folded(toks[first][2]) in _ONE_OF and \
        folded(toks[first + 1][2]) in ("des", "d'", "de")
    if one:
        i = first + 1  # "Un des hommes": the noun of "des hommes", the number of "un"
    while i < len(toks) and folded(toks[i][2]) in _ADVERBS and not det:
        i += 1  # "Presque 2 000 étudiants", "Plus de 100 pays"
    while i < len(toks):
        word, got = folded(toks[i][2]), _reads(toks, reads, i)
        if toks[i][2].isdigit():
            plural, det = plural or toks[i][2] != "1", True
        elif word in _PLURAL_DET or any(r.pos == "det" for r in got):
            plural = plural or word in _PLURAL_DET or any(
                r.pos == "det" and r.number == "pl" for r in got)
            det = True
        elif got and (all(r.pos in ("adj", "num") for r in got) or (
                any(r.pos == "adj" for r in got) and i + 1 < len(toks)
                and any(r.pos == "n" for r in _reads(toks, reads, i + 1)))):
            pass  # an adjective before its noun ("nombreux pays", "nouvelles règles")
        else:
            break
        i += 1
    if i >= len(toks) or (toks[i][2][:1].isupper() and (det or i > 0)
                          and not role(toks[i][2])):
        return None  # a name: its number is not read here (a title is a common noun)
    got = _reads(toks, reads, i)
    if len(toks[i][2]) < 3:
        return None  # a unit after a figure ("70 m haut"), no head
    nouns = [r for r in got if r.pos == "n"]
    if not nouns or (not det and len(nouns) != len(got)):
        return None  # a bare word that may be a verb ("Travaille")
    if one:
        return i, False
    if all(r.number == "pl" for r in nouns) or (plural and all(
            r.number in ("pl", "sp") for r in nouns)):
        return i, True
    return i, False


def _verb(toks: list[Token], reads: dict[str, tuple[Reading, ...]], head: int, plural: bool
          ) -> tuple[int, bool] | None:
    """The subject's verb and whether the subject is plural: the first finite verb after its
    head, when nothing in between opens another clause; with "et" + a noun before a
    preposition, the subject is plural."""
    in_pp, aside, rel, joined, listed, skip = False, False, 0, False, False, 0
    person = role(toks[head][2])
    # "la plupart des entités sont": a quantity agrees with its complement
    quantity = folded(toks[head][2]) in _QUANTITY
    for k in range(head + 1, len(toks)):
        word, got = folded(toks[k][2]), _reads(toks, reads, k)
        if k <= rel or k <= skip:
            continue  # the relative and its own verb, which ``relatives`` agrees
        if word == "(" and ")" in (t[2] for t in toks[k + 1:]):
            # an aside in brackets: "50 familles (ils ont visité la Russie) est prêt"
            skip = next(j for j in range(k + 1, len(toks)) if toks[j][2] == ")")
            continue
        if word == "qui" and not rel and not aside and \
                folded(toks[k - 1][2]) not in _PREPOSITIONS:
            # "Les gens qui ont adopté cette loi a dit": the subject's verb comes after
            # the relative's (one relative, with no comma: its end is its verb's phrase)
            found = verb_after(toks, reads, k)
            if found is None:
                return None
            rel = found
            continue
        if word in ("que", "qu'") and plural and not rel and not aside:
            # "Les accords que nous avons signés hier est important": past the object
            # relative and its own verb (a pronoun its subject), as past "qui"
            found = _object_relative_verb(toks, reads, k)
            if found is None:
                return None
            rel = found
            continue
        if word == "," and toks[k - 1][2].isdigit() and k + 1 < len(toks) and \
                toks[k + 1][2].isdigit():
            continue  # "156,000": a figure (``numbers_fr`` writes "156 000" last)
        if word == ",":  # a list goes on, or an aside "X, comme Y, est" ends
            if aside or (k + 1 < len(toks) and folded(toks[k + 1][2]) == "comme") or \
                    _adverbial_aside(toks, k):
                aside = not aside
                continue
            if in_pp and not rel and _list_goes_on(toks, k):
                listed = True
                continue  # "Le respect pour les traditions, la culture et les croyances"
            return None
        if aside:
            continue
        after = _reads(toks, reads, k + 1) if k + 1 < len(toks) else ()
        if word == "ce" and any(r.pos == "n" for r in after) and not any(
                r.tags[1:2] and r.tags[1] in _FINITE for r in after):
            continue  # the determiner: "Toutes nos propositions de renouveler ce traité est"
        if word in _STOPS or word == "comme":
            return None
        prev = folded(toks[k - 1][2])
        if word in _PREPOSITIONS:
            in_pp = True
            continue
        if word == "et" and k + 1 < len(toks):
            nxt = k + 1
            while nxt < len(toks) and folded(toks[nxt][2]) in _AND_DETERMINERS:
                nxt += 1
            # "et" inside a complement joins its nouns when a bare noun follows ("en défense
            # et politique") or it ends a list ("les traditions, la culture et les
            # croyances"); "et ces entreprises peuvent" may open a clause of its own
            joined = joined or not in_pp or (nxt > k + 1 and not listed)
            after = _reads(toks, reads, nxt) if nxt < len(toks) else ()
            verbs = [r for r in after if r.tags[:1] and r.tags[0] in _VERB]
            if nxt == k + 1 and verbs and not (in_pp and all(
                    r.tags[1:2] == ("inf",) for r in verbs)):
                return None  # "et a fait": the head was in a list, not a subject; but
                # "efforts pour développer et émettre ... sont": infinitives of a complement
            if not rel and nxt > k + 1 and person and not listed and role(toks[nxt][2]):
                plural = True  # "Le Président de la Russie et le Président d'Autriche"
            if not in_pp and not rel and any(r.pos == "n" for r in after) and \
                    not toks[nxt][2][:1].isupper():
                plural = True  # "Islam et christianisme"
            continue
        if not got or toks[k][2][:1].isupper() or prev in _NOMINAL:
            continue
        if not any(r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
                   and r.tags[1] in _FINITE and r.tags[2] == "p3" for r in got):
            continue  # "règles" is no third-person verb
        # "cette loi dit que": before "que", after a noun, a verb of saying (no participle,
        # no noun "dit")
        said = k + 1 < len(toks) and folded(toks[k + 1][2]) in ("que", "qu'")
        if any(r.pos in ("n", "adj", "pp") for r in got) and word not in _AUXILIARIES \
                and not said:
            return None  # a noun or a verb: not read here
        if plural and _finite3(got, "sg") and not _finite3(got, "pl"):
            return k, True
        if not plural and (rel or (in_pp and not joined and not quantity)) and \
                _finite3(got, "pl") and not _finite3(got, "sg"):
            # "L'homme qui a rencontré les ministres ont dit", "Une usine d'une capacité
            # de 156 000 tonnes sont"
            return k, False
        return None
    return None


def _object_relative_verb(toks: list[Token], reads: dict[str, tuple[Reading, ...]], k: int
                          ) -> int | None:
    """The finite verb of the object relative "que" at ``k`` opens, its subject a pronoun
    ("que nous avons signés"), past its clitics; None for any other clause after "que"."""
    j = k + 1
    if j >= len(toks) or folded(toks[j][2]) not in _SUBJECTS:
        return None
    j += 1
    while j < len(toks) and folded(toks[j][2]) in _CLITICS:
        j += 1
    got = _reads(toks, reads, j) if j < len(toks) else ()
    if not any(r.tags[:1] and r.tags[0] in _VERB and r.tags[1:2] and r.tags[1] in _FINITE
               for r in got):
        return None
    if any(r.lemma == "avoir" for r in got) and j + 1 < len(toks) and any(
            r.pos == "pp" for r in _reads(toks, reads, j + 1)):
        return j + 1  # its participle too ("avons fait", which reads as "il fait")
    return j


def _adverbial_aside(toks: list[Token], k: int) -> bool:
    """Whether the comma ``k`` opens an adverbial aside closed by a comma ("nos pays, par
    exemple, pourrait", "ces mesures, bien sûr, est")."""
    words = [folded(t[2]) for t in toks[k + 1:k + 5]]
    return any(words[:len(a)] == list(a) and len(words) > len(a) and words[len(a)] == ","
               for a in _ASIDES)


def role(word: str) -> bool:
    """A noun of a person's role or title (``conjuncts_np.ROLES``), a common noun even with
    the capital French gives it ("le Président", "le Chancelier"), not a name."""
    return folded(word) in ROLES


def _list_goes_on(toks: list[Token], k: int) -> bool:
    """Whether the comma ``k`` is inside a list of a complement's nouns: "et" two to three
    words after it, no other comma or stop before ("les traditions, la culture et")."""
    for j in range(k + 2, min(k + 5, len(toks))):
        word = folded(toks[j][2])
        if word == "et":
            return True
        if word == "," or word in _STOPS:
            return False
    return False


def _candidates(toks: list[Token], reads: dict[str, tuple[Reading, ...]]
                ) -> list[tuple[int, bool, int]]:
    """Third person verbs whose number is not their subject's, in order, each with whether
    its subject is plural (a singular one only across a relative clause) and its head."""
    out: list[tuple[int, bool, int]] = []
    for start in range(len(toks)):
        at = start - 1
        if at >= 0 and (got := _reads(toks, reads, at)) and all(r.pos == "adv" for r in got):
            at -= 1  # an adverb after the opener: "et qu'aujourd'hui ces jeunes a", or
            # opening the sentence: "Actuellement 50 familles"
        before = folded(toks[at][2]) if start and at >= 0 else ""
        if start and at >= 0 and before not in _OPENS and not (
                before in ("et", "mais") and ((at > 0 and toks[at - 1][2] == ",") or
                                              toks[start][2].isdigit())):
            # after "et" with no comma, a counted noun phrase ("et 30 enfants est né")
            continue
        head = _head(toks, reads, start)
        if head is None:
            continue
        verb = _verb(toks, reads, *head)
        if verb is not None and all(verb[0] != v for v, _, _ in out):
            out.append((*verb, head[0]))
    return out


def _gender(toks: list[Token], reads: dict[str, tuple[Reading, ...]], head: int,
            group: dict[int, str]) -> dict[int, str]:
    """The adjective after "être" in ``group`` in the head noun's gender ("Les décisions
    ... étaient corrects" -> "correctes"), where the noun has one."""
    genders = {r.gender for r in _reads(toks, reads, head) if r.pos == "n"}
    if len(genders) != 1 or (gender := genders.pop()) not in ("m", "f"):
        return group
    agreed = {i: re.sub(r"<adj><[mf]>", f"<adj><{gender}>", g) for i, g in group.items()}
    made = generate(sorted(set(agreed.values()) - set(group.values())))
    return {i: g if g in made or g == group[i] else group[i] for i, g in agreed.items()}


def plural_verbs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the verbs of its plural subjects in the plural (see above); one
    exchange with the analyser and one with the generator for all texts."""
    todo = [k for k, s in enumerate(sources)
            if english_plurals(s) or english_singular_relatives(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    wanted: dict[int, list[dict[int, str]]] = {}
    for k in todo:
        found = _candidates(toks[k], reads)
        plural = [v for v, many, _ in found if many]
        singular = [v for v, many, _ in found if not many]
        heads = {v: head for v, _, head in found}
        # each change only as far as the English shows subjects of that number
        verbs = [(v, "pl") for v in plural if len(plural) <= english_plurals(sources[k])] + [
            (v, "sg") for v in singular
            if len(singular) <= english_singular_relatives(sources[k])]
        if verbs:
            wanted[k] = [_gender(toks[k], reads, heads[v], got) for v, number in verbs
                         if (got := agreed_forms(toks[k], reads, v, number))]
    forms = generate(sorted({g for groups in wanted.values() for group in groups
                             for g in group.values()}))
    out = list(texts)
    for k, groups in wanted.items():
        text = texts[k]
        fixes = sorted(((toks[k][i][0], toks[k][i][1], forms[g]) for group in groups
                        if all(g in forms for g in group.values())
                        for i, g in group.items()), reverse=True)
        for start, end, new in fixes:
            text = text[:start] + new + text[end:]
        out[k] = text
    return out
