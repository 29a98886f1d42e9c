"""Clause words the Catalan pivot drops or picks wrongly, put right by the English.

Each rule runs after the engine on one French sentence with its English source beside it
(through ``senses.senses``, in the order it always ran) and fires only where the English has
the construction it is about:

- a *we* verb left without its subject at a sentence's start or after an opener
  ("Avons inversé", "C'est pourquoi avons été") gets "nous"; a verb only first person
  singular opening a sentence whose English says *I* gets "je" ("Ai mentionné");
- *which* as "quel"/"lequel" after a noun -> "qui" before a third-person verb, "que" (and
  the subject) before another: "le projet quel avons parlé" -> "que nous avons parlé";
- *as* opening a clause, "tandis que" (a contrast in French) -> "Comme" opening a sentence,
  "à mesure que" before growth, else "puisque" (not where the English says *while*);
- "en" + a participle after a preposition ("dans en étendant", "avons été en
  travaillant") -> the infinitive ("à étendre") or the participle ("avons travaillé");
- *send them the documents*: the indirect "them" "les" -> "leur".
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import Reading, generate, readings


def readings_of(word: str) -> tuple[Reading, ...]:
    """The French dictionary's readings of one word (lower-cased)."""
    return readings([word.lower()]).get(word.lower(), ())


WHILE = re.compile(r"\b(?:while|whereas|whilst|meanwhile)\b", re.IGNORECASE)


_WE = re.compile(r"\bwe\b", re.IGNORECASE)
_LET_US = re.compile(r"\blet(?:['’]s| us)\b", re.IGNORECASE)
_OPENER = re.compile(r"(^\W*|(?:[Cc]['’]est pourquoi|[Dd]onc|[Aa]insi|[Mm]ais|[Ee]t|[Cc]ar|"
                     r"[Qq]ue|[Qq]u['’]|[Oo]ù|[Ss]i|[Qq]uand|[Ll]orsque|[Pp]uisque|[Cc]omme|"
                     r"[Pp]arce que|[Pp]arce qu['’]|[Pp]ourtant|[Aa]lors),? )(" + _W + r"ons)"
                     + _E, re.IGNORECASE)


_I = re.compile(r"\bI\b")
_YOU = re.compile(r"\byou\b", re.IGNORECASE)
_FIRST_SG = re.compile(r"^(\W*)(" + _W.replace("a-z", "A-Za-z") + r")" + _E)


def _first_singular(source: str, french: str) -> str:
    """ "Ai mentionné" -> "J'ai mentionné": a sentence opening on a verb that is only first
    person singular (or second, where the English has no *you*), the English saying *I*."""
    m = _FIRST_SG.match(french)
    if not m or not _I.search(source) or not m.group(2)[:1].isupper():
        return french
    reads = readings_of(m.group(2))
    finite = [r for r in reads if r.pos.startswith("vb") and "sg" in r.tags
              and any(t in r.tags for t in ("pri", "ifi", "fti", "pii", "cni"))]
    if not finite or len(finite) != len(reads) or not all(
            "p1" in r.tags or ("p2" in r.tags and not _YOU.search(source)) for r in finite):
        return french
    verb = m.group(2).lower()
    return m.group(1) + ("J'" if re.match(r"[aeiouéèêh]", verb) else "Je ") + verb + french[
        m.end():]


def subject(source: str, french: str) -> str:
    """ "Avons inversé" -> "Nous avons investi", "C'est pourquoi avons été" -> "C'est
    pourquoi nous avons été": a first-person plural verb after an opener, with no subject."""
    french = _first_singular(source, french)
    if not _WE.search(source) or _LET_US.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        opener, verb = m.group(1), m.group(2)
        if re.match(r"(?i:et|mais),? $", opener) and re.search(
                r"(?<![\w-])[Nn]ous(?![\w-])", french[max(0, m.start() - 40):m.start()]):
            return m.group(0)  # "Nous travaillons et avons": one subject for both
        reads = readings_of(verb)
        if not reads or not all(r.pos in ("vblex", "vbser", "vbhaver", "vbmod")
                                and "p1" in r.tags and "pl" in r.tags for r in reads):
            return m.group(0)
        if not any(t in r.tags for r in reads for t in ("pri", "ifi", "fti", "pii", "cni")):
            return m.group(0)
        if opener.endswith(("'", "’")):
            return f"{opener[:-1]}e nous {verb.lower()}"
        if not opener.strip(" \"“«("):
            return f"{opener}Nous {verb.lower()}"
        return f"{opener}nous {verb.lower()}"

    french = _OPENER.sub(fix, french)

    def after_phrase(m: re.Match[str]) -> str:
        # "à plusieurs reprises avons parlé": an adverbial phrase before a subjectless
        # verb; not where "nous" was said just before (a verb sharing its subject).
        word, neg, verb = m.group(1), m.group(2) or "", m.group(3)
        before = french[max(0, m.start() - 40):m.start()]
        if re.search(r"(?<![\w-])[Nn]ous(?![\w-])", before):
            return m.group(0)
        if word.lower() in ("ne", "y", "en", "le", "la", "les", "leur", "lui", "se", "vous"):
            return m.group(0)  # a clitic or "ne" belongs between subject and verb
        reads = readings_of(word)
        if not _fp_verb(verb) or not any(r.pos in ("n", "adj", "adv") for r in reads) or any(
                r.pos in ("vblex", "vbser", "vbhaver", "vbmod", "prn", "det", "cnjcoo",
                          "cnjsub", "pr") for r in reads):
            return m.group(0)
        return f"{word} nous {neg + ' ' if neg else ''}{verb}".replace("' ", "'")

    return _PHRASE_VERB.sub(after_phrase, french)


_PHRASE_VERB = re.compile(_B + r"(" + _W + r") (?:(ne|n['’]) )?(" + _W + r"ons)" + _E)


def _fp_verb(verb: str) -> bool:
    """A finite first-person plural verb and nothing else ("avons", not "maisons")."""
    reads = readings_of(verb)
    return bool(reads) and all(
        r.pos in ("vblex", "vbser", "vbhaver", "vbmod") and "p1" in r.tags and "pl" in r.tags
        for r in reads) and any(t in r.tags for r in reads for t in ("pri", "ifi", "fti",
                                                                    "pii", "cni"))


_WHICH = re.compile(r"\b(?:which|that|who|whom)\b", re.IGNORECASE)
_QUEL = re.compile(r"(" + _W + r") (quel|quelle|quels|quelles|lequel|laquelle|lesquels|"
                   r"lesquelles) (" + _W + r")" + _E)
_PRONOUN = {"je": "je", "j'": "je", "nous": "nous", "vous": "vous", "il": "il", "elle": "elle",
            "ils": "ils", "elles": "elles", "on": "on"}


def relative(source: str, french: str) -> str:
    """*which* "le projet quel avons parlé" -> "le projet que nous avons parlé", "l'accord
    quel a été signé" -> "l'accord qui a été signé"."""
    if not _WHICH.search(source) or "quel" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        noun, _rel, nxt = m.groups()
        # A noun or an adjective after one ("échanges", read as a verb too; "un espace
        # interactif"); never a preposition or a verb alone ("je sais quel").
        reads = readings_of(noun)
        if not any(r.pos in ("n", "adj") for r in reads) or any(r.pos == "pr" for r in reads):
            return m.group(0)
        if any(r.pos.startswith("vb") for r in reads) and not re.search(
                r"(?:^|\s)(?:les|des|de|nouveaux|nouvelles|ces|nos|vos|leurs|ses) \S+ \S+ "
                r"\S+$", french[:m.end(2)]):
            return m.group(0)
        if nxt in _PRONOUN or nxt in ("le", "la", "les", "ce", "cette", "ces"):
            return f"{noun} que {nxt}"  # elided below
        verbs = [r for r in readings_of(nxt) if r.pos in ("vblex", "vbser", "vbhaver", "vbmod")
                 and any(t in r.tags for t in ("pri", "ifi", "fti", "pii", "cni", "prs"))]
        if not verbs:
            return m.group(0)
        if all("p3" in r.tags for r in verbs):
            return f"{noun} qui {nxt}"
        if all("p1" in r.tags and "pl" in r.tags for r in verbs):
            return f"{noun} que nous {nxt}"
        if all("p2" in r.tags and "pl" in r.tags for r in verbs):
            return f"{noun} que vous {nxt}"
        return m.group(0)

    out = _QUEL.sub(fix, french)
    return re.sub(_B + r"que (?=[aeiouéèêh])", "qu'", out) if out != french else out


_AS_CLAUSE = re.compile(r"(?:^\W*|[,;]\s+)as\s+(?!well\b|a\b|an\b|such\b|far\b|soon\b|long\b|"
                        r"much\b|many\b|regards\b|for\b|to\b|of\b|part\b|if\b|though\b|"
                        r"usual\b|always\b|before\b|follows\b)",
                        re.IGNORECASE)
_GROWTH = re.compile(r"\s?(?:(?:nous|vous|il|elle|ils|elles|on|l['’]\w+|les? \w+|la \w+|"
                     r"[\w'’]+) ){0,3}(?:grandi|accro|augment|développ|progress|chang|évolu|"
                     r"croî|croi|avan)", re.IGNORECASE)
_TANDIS = re.compile(r"(^\W*|, )([Tt])andis qu(e |['’])")


def as_clause(source: str, french: str) -> str:
    """*as* opening a clause: "Tandis que" -> "Comme"; ", tandis que" -> ", à mesure que"
    before growth, else ", puisque"."""
    if not _AS_CLAUSE.search(source) or WHILE.search(source) or "andis qu" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        lead, t, q = m.groups()
        rest = french[m.end():]
        if _GROWTH.match(rest):
            word = "à mesure qu" + q
        elif lead.startswith(","):
            word = "puisqu" + q
        else:
            word = "comme "
        return lead + (word if lead.startswith(",") else cased_like(word, t))

    return _TANDIS.sub(fix, french)


_EN_ANT = re.compile(_B + r"(dans|de|d['’]|pour|à|sur|sans|par|avant de|avant|"
                     r"(?:été|sommes|suis|sont|est|avons|ai|a|ont)(?: été)?) en "
                     r"((?:les |le |la |l['’]|nous |vous |se |s['’]|leur |lui |y )?)(" + _W
                     + r"ant)" + _E)
_PREP_INF = {"dans": "à", "sur": "à", "de": "de", "d'": "de", "d’": "de", "pour": "pour",
             "à": "à", "sans": "sans", "avant de": "avant de", "avant": "avant de"}


def gerund(source: str, french: str) -> str:
    """ "dans en étendant" -> "à étendre", "avons été en travaillant" -> "avons travaillé",
    "par en faisant" -> "en faisant"."""
    if " en " not in french or "ant" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        prep, clitic, part = m.groups()
        lemma = next((r.lemma for r in readings_of(part) if "ger" in r.tags), None)
        if lemma is None:
            return m.group(0)
        if prep == "par":
            return f"en {clitic}{part}"
        if prep in _PREP_INF:
            to = _PREP_INF[prep]
            if to == "de" or to.endswith(" de"):
                lead = to[:-2] + ("d'" if re.match(r"[aeiouéèêh]", clitic or lemma) else "de ")
            else:
                lead = to + " "
            return f"{lead}{clitic}{lemma}"
        if prep.endswith("été") and not clitic:
            made = generate([f"^{lemma}<vblex><pp><m><sg>$"])
            if made:
                aux = prep[:-len(" été")] if prep.endswith(" été") else prep
                if aux == "été":
                    return m.group(0)
                return f"{aux} {next(iter(made.values()))}"
        return m.group(0)

    return _EN_ANT.sub(fix, french)


# A verb of giving or saying with "them" and a direct object: the indirect "them" is "leur".
_DOUBLE_EN = re.compile(r"\b(?:send|sends|sent|give|gives|gave|given|offer|offers|offered|show|"
                        r"shows|showed|shown|tell|tells|told|grant|grants|granted|pay|pays|paid|"
                        r"bring|brings|brought|wish|wishes|wished|provide|lend|lent|sell|sold|"
                        r"promise|promised|teach|taught)\s+them\s+(?:the|a|an|our|their|your|"
                        r"his|her|this|these|that|every|some|many|much|more)\b",
                        re.IGNORECASE)
_LES_VERB = re.compile(_B + r"les (" + _W + r")((?: " + _W + r")?) (?=(?:le|la|les|l['’]|un|une|"
                       r"des|du|notre|nos|votre|vos|leurs?|son|sa|ses|ce|cet|cette|ces|chaque|"
                       r"tout|toute|plein|beaucoup|plus)\b)")


def double_object(source: str, french: str) -> str:
    """*send them the documents* "Nous les enverrons les documents" -> "Nous leur enverrons
    les documents", *offered them our help* "les avons offert" -> "leur avons offert"."""
    if not _DOUBLE_EN.search(source) or "les " not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        verb = m.group(1)
        if not any(r.pos.startswith("vb") and "inf" not in r.tags for r in readings_of(verb)):
            return m.group(0)
        return f"leur {verb}{m.group(2)} "

    return _LES_VERB.sub(fix, french, count=1)
