"""*joint* as French says it, where the pivot read it as the noun *junta* or left it before
its noun (a rule of ``collocations``, run in its order).

*joint* before a noun, read as the noun *junta* or left before it ("une junte entreprise",
"des jointes installations") -> after the noun, agreed with it: "une entreprise commune",
"des installations communes"; before an adjective and its noun ("deux junte importante
déclarations" -> "deux déclarations communes importantes"); moved after its noun as "of the
junta" ("la séance plénière de la junte" -> "la séance plénière commune", where the English
has no *junta*); the participle "jointe" after a noun where the English joins nothing
("la séance plénière jointe" -> "commune"); a *joint commission* of two states "commission
mixte"; a *joint venture* (a firm) "coentreprise". Genders and numbers from Apertium's
French dictionaries (``gender.readings``); the French is general usage (the Petit Robert).
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

_JOINT = re.compile(r"\bjoint\b", re.IGNORECASE)
_JOINT_VENTURE = re.compile(r"\bjoint\s+ventures?\b", re.IGNORECASE)
_AVENTURE = re.compile(_B + r"([Aa])venture(s?) (?:en commun|conjointes?|communes?)" + _E)
# not after "à": "à junte hôte" is *to host joint...* with the words the engine swapped
_JUNTE = re.compile(_B + r"(?<![àÀ] )(?i:(junte|jointes?|joints?)) "
                    r"(" + LOWER + r"[\w-]*)" + _E)


_JUNTA = re.compile(r"\bjuntas?\b", re.IGNORECASE)
# "deux junte importante déclarations": *joint* before an adjective and its noun
_JUNTE_ADJ = re.compile(_B + r"(?<![àÀ] )(?i:junte|jointes?|joints?) (" + _W + r") (" + _W
                        + r")" + _E)
# "la séance plénière de la junte": the pivot moved *joint* after its noun, as "of the junta"
_OF_JUNTE = re.compile(_B + r"((?:[Ll]es|[Ll]e|[Ll]a|[Uu]ne?|[Dd]es|[Nn]otre|[Nn]os|[Ll]eurs?|"
                       r"[Cc]ette|[Cc]es|[Ss]es|[Ss]on|[Ss]a|l['’]) ?" + _W + r")( " + _W
                       + r")? de (?:la junte|jointe)" + _E)
# "la séance plénière jointe": the participle of "joindre" (attached) after a noun
_JOINTE_AFTER = re.compile(_B + r"(" + _W + r") (joint(?:e|s|es)?)" + _E)
_JOINT_COMMISSION = re.compile(r"\bjoint\s+(?:\w+\s+){0,2}?commissions?\b", re.IGNORECASE)
# *joint commission* (of two states): "commission mixte"
_COMMISSION = re.compile(_B + r"([Cc]ommission)(s?)(?: (?:en commun|communes?|conjointes?))"
                         + _E)


def _commun(gender: str, plural: bool) -> str:
    return "commun" + ("e" if gender == "f" else "") + ("s" if plural else "")


def _noun_reading(word: str) -> tuple[str, bool] | None:
    """A noun's (or an adjective's) gender and number, or None when it is neither."""
    reads = [r for r in readings([word.lower()]).get(word.lower(), ())
             if r.pos in ("n", "adj")]
    if not reads:
        return None
    genders = {r.gender for r in reads} - {"mf"}
    gender = genders.pop() if len(genders) == 1 else "m"
    return gender, any(r.number == "pl" for r in reads) and word.endswith(("s", "x"))


def _before_adjective(m: re.Match[str]) -> str:
    """ "junte importante déclarations" -> "déclarations communes importante" (the adjective
    agreed afterwards)."""
    adjective, noun = m.group(1), m.group(2)
    reads = readings([adjective, noun])
    if not any(r.pos == "adj" for r in reads.get(adjective, ())) or \
            not any(r.pos == "n" for r in reads.get(noun, ())) or \
            any(r.pos != "n" for r in reads.get(noun, ())):
        return m.group(0)
    read = _noun_reading(noun)
    if read is None:
        return m.group(0)
    return f"{noun} {_commun(*read)} {adjective}"


def _of_junte(m: re.Match[str]) -> str:
    """ "la séance plénière de la junte" -> "la séance plénière commune": agreed with the
    word just before (the noun or its adjective)."""
    last = (m.group(2) or m.group(1)).split()[-1].split("'")[-1].split("’")[-1]
    read = _noun_reading(last)
    if read is None:
        return m.group(0)
    return f"{m.group(1)}{m.group(2) or ''} {_commun(*read)}"


_JOINED = re.compile(r"\b(?:join|joins|joined|joining|attach\w*|enclosed|adjoin\w*)\b",
                     re.IGNORECASE)
_COMMUN = {"joint": "commun", "jointe": "commune", "joints": "communs", "jointes": "communes"}


def _after_noun(m: re.Match[str]) -> str:
    """ "la séance plénière jointe" -> "la séance plénière commune": after a noun or an
    adjective, not a verb ("a joint", "nous ont joints")."""
    reads = readings([m.group(1).lower()]).get(m.group(1).lower(), ())
    if not reads or any(r.pos not in ("n", "adj") for r in reads):
        return m.group(0)
    return f"{m.group(1)} {_COMMUN[m.group(2)]}"


def joint(source: str, french: str) -> str:
    """ "une junte entreprise" -> "une entreprise commune", "des jointes installations" ->
    "des installations communes", where the English says *joint* (the word after it a
    noun)."""
    if not _JOINT.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        word, noun = m.group(1).lower(), m.group(2)
        reads = readings([noun]).get(noun, ())
        nouns = [r for r in reads if r.pos == "n"]
        # a noun only: not "la junte fait" (a verb), "la junte militaire" (an adjective)
        if not nouns or any(r.pos in ("adj", "det", "prn") or (
                r.tags[0].startswith("vb") and r.tags[1:2] in (
                    ("pri",), ("ifi",), ("pii",), ("fti",), ("cni",), ("prs",)))
                for r in reads):
            return m.group(0)
        genders = {r.gender for r in nouns} - {"mf"}
        gender = genders.pop() if len(genders) == 1 else "f" if "jointe" in word else "m"
        plural = any(r.number == "pl" for r in nouns) and noun.endswith(("s", "x"))
        made = "commun" + ("e" if gender == "f" else "") + ("s" if plural else "")
        head = noun[:1].upper() + noun[1:] if m.group(1)[:1].isupper() else noun
        return f"{head} {made}"

    french = _JUNTE.sub(fix, french)
    if "junte" in french or "joint" in french:
        french = _JUNTE_ADJ.sub(_before_adjective, french)
        if not _JUNTA.search(source):
            french = _OF_JUNTE.sub(_of_junte, french)
        if not _JOINED.search(source):
            french = _JOINTE_AFTER.sub(_after_noun, french)
    if "commission" in french and _JOINT_COMMISSION.search(source):
        french = _COMMISSION.sub(r"\1 mixte\2", french)
    if "aventure" in french and _JOINT_VENTURE.search(source):
        # *joint venture* (a firm): "coentreprise", not an adventure
        french = _AVENTURE.sub(lambda m: ("C" if m.group(1) == "A" else "c") + "oentreprise"
                               + m.group(2), french)
    return french
