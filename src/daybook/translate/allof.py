"""*all* with a personal pronoun (*us all*, *you all*, *all of us*, *all of you*) as French
says it: "nous tous", "vous tous", the pronoun before the verb and "tous" after it.

The pivot reads *all* there as the pronoun "tout" (everything) or writes English's order:
"vous remercier tout" -> "vous remercier tous", "Salutations à tout de vous" -> "à vous
tous", "je félicite tous vous" -> "je vous félicite tous", "Comme tous vous savez" ->
"Comme vous savez tous", "Tous d'entre vous ont" -> "Vous avez tous", "Merci tout pour" ->
"Merci à tous pour", "donner la bienvenue tous vous" -> "vous souhaiter à tous la
bienvenue", and a verb after "nous tous", "vous tous" in their person ("nous tous sont" ->
"nous tous sommes"). Each rule runs after the engine with the English sentence
beside it and only where it has one of these phrases; not *you all the best* (*all* there
is of "the best"). French usage: Grevisse, *Le Bon Usage*, "tous" apposed to a personal
pronoun ("Je vous remercie tous", "nous tous").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import Reading, generate, readings
from daybook.translate.idioms import relemma

# *us all*, *you all*, *all of us*, *all of you*, *we all*; not "you all the best", "us all
# kinds of", where *all* goes with the noun after it.
_ALL_EN = re.compile(r"\b(?:(us|you|we|them)\s+all\b(?!\s+(?:the|that|this|these|those|"
                     r"kinds?|sorts?|types?|manner|our|your|their|its|my|of\s+(?:the|this|these|that|it)\b))"
                     r"|all\s+of\s+(us|you)\b)", re.IGNORECASE)
_PRONOUN = {"us": "nous", "we": "nous", "you": "vous", "them": "les"}
_PERSON = {"nous": "p1", "vous": "p2"}
_FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs")


def _reads(word: str) -> tuple[Reading, ...]:
    return readings([word.lower()]).get(word.lower(), ())


def _verb(word: str) -> bool:
    """A verb form (finite or infinitive) and nothing else the analyser knows it as."""
    reads = _reads(word)
    return bool(reads) and all(r.tags[:1] and r.tags[0].startswith("vb") and r.pos != "pp"
                               for r in reads)


def _in_person(verb: str, person: str) -> str | None:
    """A finite verb of the third person plural in ``person`` plural: "sont" -> "sommes"."""
    for r in _reads(verb):
        if len(r.tags) > 3 and r.tags[0].startswith("vb") and r.tags[1] in _FINITE \
                and r.tags[2] == "p3":
            made = generate([f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><{person}><pl>$"])
            if made:
                return next(iter(made.values()))
    return None


# "tout de vous", "tous d'entre vous", "tout d'entre nous": English's *all of you*.
_OF = re.compile(_B + r"([Tt]ou[ts]) (?:de|d['’]entre) (nous|vous)" + _E)
# A verb right before it takes the pronoun before it: "félicite tout de vous" -> "vous
# félicite tous"; not after a clitic already there.
_VERB_OF = re.compile(r"(?<![\w’'-])(?<!nous )(?<!vous )(?<!les )(?<!le )(?<!la )(?<!l['’])("
                      + _W + r") (?:tou[ts]) (?:de|d['’]entre) (nous|vous)" + _E)
# "tous vous" in English's order: "saluer tous vous" -> "vous saluer tous", "Comme tous vous
# savez" -> "Comme vous savez tous".
_VERB_TOUS = re.compile(r"(?<![\w’'-])(?<!nous )(?<!vous )(" + _W + r") tous (nous|vous)" + _E)
_TOUS_VERB = re.compile(_B + r"([Tt])ous (nous|vous) (" + _W + r")" + _E)
# "vous remercier tout", "nous aidera tout": "tout" after the pronoun's verb is "tous"; not
# "tout le", "tout à fait", "tout de suite", "tout ce".
_CLITIC_TOUT = re.compile(r"(?<![\w’'-])([Nn]ous|[Vv]ous|[Ll]es) (" + _W + r") tout(?![\w’'-])"
                          r"(?! (?:le|la|les|l['’]|ce|cet|cette|ces|cela|ça|un|une|à fait|"
                          r"de suite|d['’]abord|de même|au long|autant|juste|simplement|"
                          r"entier|entière)\b)")
_MERCI = re.compile(_B + r"([Mm])erci tout(?![\w’'-])(?! (?:le|la|les|l['’]|ce|cela|à fait|"
                    r"de suite|d['’]abord)\b)")
_FOR_ALL_EN = re.compile(r"\bfor\s+(?:all\s+of\s+(?:us|you)|(?:us|you)\s+all)\b", re.IGNORECASE)
_PAR_TOUS = re.compile(_B + r"([Pp]ar) ((?:nous|vous) tous)" + _E)
# "nous tous sont": the verb after the pronoun and "tous" in its person.
_TOUS_THIRD = re.compile(_B + r"([Nn]ous|[Vv]ous) tous (" + _W + r")" + _E)


# *welcome you all*: the pivot's "donner la bienvenue tous vous" (English's order, no "à");
# French puts the pronoun before the verb and says "souhaiter la bienvenue" to people ("Je
# vous souhaite à tous la bienvenue": usual French, Petit Robert *bienvenue*).
_WELCOME_EN = re.compile(r"\bwelcom(?:e|es|ed|ing)\s+(?:you\s+all|all\s+of\s+you)\b",
                         re.IGNORECASE)
_WELCOME_FR = re.compile(_B + r"(donn\w+) la bienvenue (?:à )?(?:tous vous|vous tous|à tous)"
                         + _E)


def _welcome(m: re.Match[str]) -> str:
    made = relemma(m.group(1), "souhaiter")
    return m.group(0) if made is None else \
        f"{cased_like('vous', m.group(1))} {made.lower()} à tous la bienvenue"


def all_of(source: str, french: str) -> str:
    """*us all*, *you all*, *all of us/you* as "nous tous", "vous tous", "vous V tous"."""
    found = _ALL_EN.findall(source)
    if not found or not re.search(r"(?i)\btou[ts]\b", french):
        return french
    pronouns = {_PRONOUN[(a or b).lower()] for a, b in found}

    def before_verb(m: re.Match[str]) -> str:
        """The pronoun before the verb, "tous" after it: "félicite tout de vous", "saluer
        tous vous" -> "vous félicite tous", "vous saluer tous"."""
        if m.group(2) not in pronouns or not _verb(m.group(1)):
            return m.group(0)
        return f"{cased_like(m.group(2), m.group(1))} {m.group(1).lower()} tous"

    french = _VERB_OF.sub(before_verb, french)

    def of(m: re.Match[str]) -> str:
        if m.group(2) not in pronouns:
            return m.group(0)
        return f"{cased_like(m.group(2), m.group(1))} tous"

    french = _VERB_TOUS.sub(before_verb, _OF.sub(of, french))
    if _WELCOME_EN.search(source) and "bienvenue" in french:
        french = _WELCOME_FR.sub(_welcome, french)

    def tous_verb(m: re.Match[str]) -> str:
        if m.group(2) not in pronouns or not _verb(m.group(3)):
            return m.group(0)
        return f"{cased_like(m.group(2), m.group(1))} {m.group(3)} tous"

    french = _TOUS_VERB.sub(tous_verb, french)

    def clitic_tout(m: re.Match[str]) -> str:
        if m.group(1).lower() not in pronouns or not _verb(m.group(2)):
            return m.group(0)
        return f"{m.group(1)} {m.group(2)} tous"

    french = _CLITIC_TOUT.sub(clitic_tout, french)
    if _FOR_ALL_EN.search(source):
        # *for all of us* "par nous tous" (Catalan "per" is both *for* and *by*)
        french = _PAR_TOUS.sub(lambda m: cased_like("pour", m.group(1)) + " " + m.group(2),
                               french)
    if "you" in {(a or b).lower() for a, b in found}:
        french = _MERCI.sub(lambda m: f"{m.group(1)}erci à tous", french)

    def third(m: re.Match[str]) -> str:
        made = _in_person(m.group(2), _PERSON[m.group(1).lower()])
        return m.group(0) if made is None else f"{m.group(1)} tous {made}"

    return _TOUS_THIRD.sub(third, french)


def all_pronouns(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``all_of`` on each text (after the speech rules, which write "vous remercier")."""
    return [all_of(s, t) for s, t in zip(sources, texts, strict=True)]


# Catalan: eng-cat writes *us all*, *you all* after an infinitive or a gerund as the weak
# pronoun apart ("felicitar ens tot"), which Catalan joins to the verb ("felicitar-nos",
# "veure'ns": IEC, *Gramàtica*, enclitic pronouns); cat-fra reads "ens" apart as the noun
# (an entity: "féliciter entité tout") and "els" as the article ("féliciter les tout").
_CA_APART = re.compile(r"(?<![\w·'’-])(\w+(?:ar|er|ir|re|ant|ent|int)) (ens|us|els) "
                       r"(?=tots?(?![\w·-]))")
_CA_AFTER_VOWEL = {"ens": "'ns", "us": "-us", "els": "'ls"}
_CA_AFTER_CONSONANT = {"ens": "-nos", "us": "-vos", "els": "-los"}


def catalan_clitics(line: str) -> str:
    """ "felicitar ens tot" -> "felicitar-nos tot", "veure ens tot" -> "veure'ns tot"."""
    if " tot" not in line:
        return line
    return _CA_APART.sub(lambda m: m.group(1) + (
        _CA_AFTER_VOWEL if m.group(1).endswith("e") else _CA_AFTER_CONSONANT)[m.group(2)]
        + " ", line)
