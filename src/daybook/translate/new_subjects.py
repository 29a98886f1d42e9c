"""A sentence's bare plural subject that brings something new into the discourse: the
indefinite "des", not the pivot's "les" (run with ``sourced.source_rules``).

English opens a sentence with a plural and no determiner both for a class as a whole
(*Heroes are courageous*, *Russian regions are engaged in this work*) and for things the
sentence brings in, that something happens to or that come about (*Important decisions were
made*, *Reports were submitted by the minister*, *Great opportunities are opening up*,
*Conditions are being created for*); the pivot, and ``preedit_np.bare_subject`` before it,
says both with "les". French says the first with the definite article and the second with
the indefinite (Grevisse, *Le Bon Usage*, §§ 587-588: the indefinite article for beings or
things not identified, presented for the first time): "Des décisions importantes ont été
prises", "Des rapports ont été présentés par le ministre", "De grandes possibilités
s'ouvrent" ("des" before an adjective is "de": ``de_adjectives``, later), "Des conditions
sont créées".

The verb tells them apart: a passive of a verb of making, holding, presenting or founding
(*make*, *take*, *create*, *hold*, *sign*, *submit*, *lay*, *launch*, *set up* ...) in the
progressive, the perfect, the past or the future (*are being made*, *have been signed*,
*were laid*, *will be built*), or a verb of coming about (*emerge*, *appear*, *arise*, *open
up*, *take place*, *be underway*). Not the simple present passive, which says what happens
as a rule (*Resources are provided irregularly*, *National goals are achieved here*: "Les
ressources", "Les objectifs"); not a subject with a complement (*Issues of security were
discussed*), which names what it means. Only where the English sentence opens with up to
three words, adjectives and a plural noun last, then such a verb, and the French sentence
at the same place (the paragraph has as many sentences in both) opens with "Les".

``bare_openers``: a sentence the pivot opened with the bare plural itself ("Liens
interrégionaux, qui s'étendent ..., est un autre élément", "Barrières de sécurité aussi
produisent", "Autres documents concernent") takes "les" (the class, Grevisse § 587:
"Les liens interrégionaux", "Les barrières de sécurité"), or "des" where ``new_subjects``'s
verbs say it brings them in; "autres" is "d'autres" (Grevisse § 584). Only where the
English sentence at the same place opens with an adjective or a noun and no determiner,
and the French word a plural noun for the analyser (or else a verb in the second person,
which cannot open a clause with no subject), before a finite verb with no comma or
relative between, or a comma and "qui", "dont" or "y compris" (not a vocative: "Mesdames
et messieurs, chacun de vous"; not a heading: "Propositions qui répondront"). So too after
"que" where the English says *that* + a bare adjective or noun as many times ("a noté que
rencontres régulières avec ... aident" -> "que les rencontres régulières", *noted that
regular meetings with ... help*).
"""

from __future__ import annotations

import re

from daybook.translate.bare_nouns import noun_only
from daybook.translate.gender import Reading, readings
from daybook.translate.processes import readings_of, remembered_readings

__all__ = ["bare_openers", "new_subjects", "que_subjects"]

# Past participles of making, holding, presenting, founding, finding (Robert & Collins'
# senses in which the subject is brought about or put forward by the action).
_MADE = ("made|created|taken|held|presented|submitted|laid|placed|signed|launched|built|"
         "constructed|opened|established|set up|organi[sz]ed|introduced|developed|prepared|"
         "drafted|carried out|conducted|allocated|granted|awarded|delivered|achieved|found|"
         "identified|planted|produced|installed|formed|put forward|proposed|reached|"
         "concluded|brought in|opened up|exchanged|voiced|expressed|adopted|implemented")
_ADVERB = r"(?:(?:also|already|now|currently|recently|just|since|today) )?"
_COMES = ("emerging|opening up|appearing|arising|taking place|underway|under way|"
          "being formed|on the rise")
_VERB = (rf"(?:(?:are|were) {_ADVERB}being (?:{_MADE})|(?:have|had) {_ADVERB}been (?:{_MADE})|"
         rf"were {_ADVERB}(?:{_MADE})|will {_ADVERB}be (?:{_MADE})|"
         rf"(?:are|were) {_ADVERB}(?:{_COMES})|(?:have {_ADVERB})?(?:emerged|appeared|arisen|"
         rf"arose|opened up|took place|have taken place))")
_SUBJECT_EN = re.compile(rf"^[“\"«]?(?P<np>[A-Z][a-z-]+(?: [a-z-]+){{0,2}}) {_VERB}\b")
_SENTENCE_EN = re.compile(r"(?<=[.!?])[”\"»]?\s+(?=[“\"«]?[A-Z])")
_SENTENCE_FR = re.compile(r"(?<=[.!?…])[”\"»]?\s+(?=[“\"«]?[A-ZÀ-Ý])")
_LES = re.compile(r"^([“\"«]\s?)?Les (?=[a-zà-ÿœæ])")


# Classes of a word that cannot open a bare noun phrase (*Recently*, *Since*, *Nobody*).
_NOT_NOMINAL = frozenset(("det", "prn", "adv", "pr", "cnjcoo", "cnjsub", "cnjadv"))


def _classes(reads: tuple[str, ...]) -> set[str]:
    """The classes of the analyser's readings ("vital<adj>" -> "adj")."""
    return {r.split("<", 2)[1].rstrip(">") for r in reads if "<" in r}


def _bare_plural(words: list[str]) -> bool:
    """Adjectives or nouns, a plural noun last; none a determiner, pronoun, adverb,
    preposition or conjunction."""
    got = remembered_readings(sorted({w.lower() for w in words}))
    if not any("<n><pl>" in r for r in got.get(words[-1].lower(), ())):
        return False
    kinds = [_classes(got.get(w.lower(), ())) for w in words]
    return all(k & {"adj", "n"} and not k & _NOT_NOMINAL for k in kinds)


def new_subjects(source: str, french: str) -> str:
    """ "Les décisions importantes ont été prises" -> "Des décisions importantes ont été
    prises" where the English says *Important decisions were made*; "Les grandes
    possibilités s'ouvrent" -> "Des grandes possibilités" (*Great opportunities are opening
    up*; ``de_adjectives`` then says "De grandes")."""
    if "Les " not in french:
        return french
    english = _SENTENCE_EN.split(source.strip())
    opened = [i for i, s in enumerate(english) if (m := _SUBJECT_EN.match(s))
              and _bare_plural(m.group("np").split())]
    if not opened:
        return french
    sentences = _SENTENCE_FR.split(french.strip())
    if len(sentences) != len(english):
        return french
    cuts = [m.end() for m in _SENTENCE_FR.finditer(french.strip())]
    starts = [0, *cuts]
    lead = len(french) - len(french.lstrip())
    for i in reversed(opened):
        m = _LES.match(sentences[i])
        if m is None:
            continue
        at = lead + starts[i] + (m.end(1) if m.group(1) else 0)
        french = french[:at] + "Des " + french[at + 4:]
    return french


_OPEN_FR = re.compile(r"^([“\"«]\s?)?([A-ZÀ-Ý][a-zà-ÿœæ-]+) ")
_WORD_FR = re.compile(r"[\w-]+|[,;:()–—]")  # "l’aident": "l", "aident"
_FINITE = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis"))
_ASIDE = ("qui", "dont", "y")
_DETERMINER_EN = frozenset((
    "the", "these", "those", "our", "their", "its", "his", "her", "my", "your", "all", "both",
    "such", "many", "some", "several", "most", "any", "no", "few", "this", "that", "a", "an",
    "each", "every", "one", "there", "it", "we", "they", "you", "he", "she", "i"))


def _finite(reads: tuple[Reading, ...]) -> bool:
    return bool(reads) and all(r.pos.startswith("vb") and len(r.tags) > 1 and
                               r.tags[1] in _FINITE for r in reads)


def _subject(words: list[str], reads: dict[str, tuple[Reading, ...]]) -> bool:
    """Whether a finite verb follows the opening words with no comma between, or a comma
    opens an aside ("Liens interrégionaux, qui ...", ", y compris")."""
    for k, word in enumerate(words[1:], 1):
        if word in (",", ";", ":", "(", "–", "—"):
            return word == "," and k + 1 < len(words) and words[k + 1] in _ASIDE
        if word in ("qui", "que", "qu", "dont", "où") and words[k - 1] != "ainsi":
            return False  # the relative's verb: "Propositions qui répondront" is a heading
        if _finite(reads.get(word.lower(), ())):
            return True
    return False


def _bare_english(sentence: str) -> bool:
    """The English sentence opens with an adjective or a noun, no determiner or name."""
    first = sentence.lstrip("“\"«").split(" ", 1)[0].lower()
    if first == "other":
        return True  # *Other documents concern*: "D'autres documents"
    if not first.isalpha() or first in _DETERMINER_EN:
        return False
    got = readings_of(first)
    kinds = _classes(got)
    participle = any("<vblex><pp>" in r for r in got)  # *Designated safety barriers*
    return bool(kinds & {"adj", "n"} or participle) and not kinds & (_NOT_NOMINAL | {"np"})


def bare_openers(source: str, french: str) -> str:
    """ "Liens interrégionaux, qui s'étendent" -> "Les liens interrégionaux, qui
    s'étendent", "Autres documents concernent" -> "D'autres documents concernent", where
    the English sentence opens with no determiner."""
    english = _SENTENCE_EN.split(source.strip())
    sentences = _SENTENCE_FR.split(french.strip())
    if len(sentences) != len(english):
        return french
    found = [(i, m) for i, s in enumerate(sentences) if (m := _OPEN_FR.match(s))
             and _bare_english(english[i])]
    if not found:
        return french
    words = {i: _WORD_FR.findall(sentences[i][m.start(2):]) for i, m in found}
    reads = readings(sorted({w.lower() for ws in words.values() for w in ws[:20]}))
    starts = [0, *(m.end() for m in _SENTENCE_FR.finditer(french.strip()))]
    lead = len(french) - len(french.lstrip())
    apostrophe = "'" if "'" in french and "’" not in french else "’"
    for i, m in reversed(found):
        head = words[i]
        word = m.group(2).lower()
        if word == "autres" and len(head) > 1:
            noun = noun_only(reads.get(head[1].lower(), ()), finite=True)
            said = f"D{apostrophe}autres"
        else:
            noun = noun_only(reads.get(word, ()), finite=True)
            said = ("Des " if _SUBJECT_EN.match(english[i]) else "Les ") + word
        if noun is None or noun.number != "pl" or not _subject(head[:20], reads):
            continue
        at = lead + starts[i] + m.start(2)
        french = french[:at] + said + french[at + len(word):]
    return french


_QUE = re.compile(r"(?<![\w’'-])(?:que |qu’|qu')(?=([a-zà-ÿœæ-]+) )")
_THAT_BARE_EN = re.compile(r"\bthat ([a-z][a-z-]*) (?=[a-z])")


def que_subjects(source: str, french: str) -> str:
    """ "a noté que rencontres régulières avec ... aident" -> "que les rencontres
    régulières", where the English has as many *that* + a bare adjective or noun."""
    if "qu" not in french:
        return french
    found = list(_QUE.finditer(french))
    english = [w for w in _THAT_BARE_EN.findall(source) if _bare_english(w)]
    if not found or not english:
        return french
    words = {m.start(): _WORD_FR.findall(french[m.start(1):m.start(1) + 200]) for m in found}
    reads = readings(sorted({w.lower() for ws in words.values() for w in ws[:20]}))
    chosen = [m for m in found if (n := noun_only(reads.get(m.group(1), ()), finite=True))
              is not None and n.number == "pl" and _subject(words[m.start()][:20], reads)]
    if not chosen or len(chosen) > len(english):
        return french
    for m in reversed(chosen):
        at = m.start(1)
        french = f"{french[:m.start()]}que les {french[at:]}"
    return french
