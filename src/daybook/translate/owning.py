"""*own* before a noun and the reporting verb *note*, as French says them (the English beside
the French; run with ``sourced.source_rules``):

- *their own discretion*, *your own future*: the pivot writes "propre" after the noun
  ("à leur discrétion propre", "votre avenir propre"); French puts the emphatic *own*
  before it, after the possessive ("leur propre discrétion", "votre propre avenir",
  "notre propre base technologique", Grevisse § 611: "propre" before the noun is *own*,
  after it *proper to*, *clean*). The finance terms keep it after: *own funds*, *own
  capital* "fonds propres", "capitaux propres" (Petit Robert), in the plural;
- *note* said in reported speech: the pivot's "remarquer" (*to notice*) -> "noter" in the
  engine's tense and person ("a remarqué que" -> "a noté que"); *noted* + *the importance,
  need, role* ... "souligner" ("ont souligné l'importance"); *it is worth noting*
  "Il vaut en remarquant" -> "Il convient de noter"; *noted* before a noun (*noted
  politicians*) "remarqués" -> "éminents"; *point out* "remarquer" -> "souligner". Not
  where the English also says *notice*, *remark*, *observe* (the French "remarquer" may be
  theirs).
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR, AVOIR_NONFINITE, THIRD, etre
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

_OWN_EN = re.compile(r"\b(?:my|your|his|her|its|our|their|one['’]s)\s+(?:very\s+)?own\s+"
                     r"(?!(?:and|or|but|to|in|on|at|by|as|with|for|of|from|is|are|was|were)\b)"
                     r"[a-z]", re.IGNORECASE)
_POSSESSIVE = r"mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs"
# Words between the noun and "propre": its adjectives (and "et" between two of them), never
# a determiner, a preposition or a verb that would take "propre" out of the noun phrase.
_STOP = (r"(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|que|qui|pour|par|en|dans|sur|"
         r"avec|est|sont|a|ont|était|sera|ou|mais|ce|cette|ces)" + _E)
_WORD = r"[^\W\d_][\w’'-]*"
_OWN_FR = re.compile(_B + rf"({_POSSESSIVE}) ({_WORD}(?: (?!{_STOP}){_WORD}){{0,3}}?) "
                     r"(propres?)" + _E, re.IGNORECASE)
_FIXED = {"fonds", "capitaux"}  # "fonds propres": own funds, equity (Petit Robert)
_PLURAL = {"mon": "mes", "ma": "mes", "ton": "tes", "ta": "tes", "son": "ses", "sa": "ses",
           "notre": "nos", "votre": "vos", "leur": "leurs"}


def own(source: str, french: str) -> str:
    """ "leur discrétion propre" -> "leur propre discrétion" where the English says *their own
    discretion*; "notre fonds propre" -> "nos fonds propres" (see above)."""
    count = len(_OWN_EN.findall(source))
    if not count or "propre" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        det, words, propre = m.group(1), m.group(2), m.group(3)
        head = words.split(" ")[0].lower()
        if head in _FIXED:
            plural = _PLURAL.get(det.lower(), det.lower())
            plural = det[0] + plural[1:] if det[0].isupper() else plural
            return f"{plural} {words} propres"
        return f"{det} {propre} {words}"

    return _OWN_FR.sub(fix, french, count=count)


_NOTE_EN = re.compile(r"\b(?<!\ba )(?<!\bthe )(?<!\bthis )(?<!\bthat )not(?:e|es|ed|ing)\b"
                      r"(?!\s+(?:of|from|to|by|in)\b)", re.IGNORECASE)
_OTHER_EN = re.compile(r"\b(?:notic(?:e|es|ed|ing)|remark\w*|observ\w*|spott(?:ed|ing)|"
                       r"spots?|notable|noteworthy)\b", re.IGNORECASE)
_REMARQUER = re.compile(_B + r"([Rr])emarqu(er|e|es|ons|ez|ent|é|ée|és|ées|erai|erons|era|"
                        r"eront|erait|erais|ait|aient|ions|ant)" + _E)
# *noted the importance, the need*: what one stresses.
_STRESSED = re.compile(_B + r"(not(?:er|e|es|ons|ez|ent|é|ée|és|ées|era|erons|eront|ait|"
                       r"aient|ant)) (?=(?:l['’]importance|le besoin|la nécessité|le rôle|la "
                       r"signification|la valeur|la portée|l['’]utilité|l['’]urgence)"
                       + _E + ")")
_WORTH_EN = re.compile(r"\bworth\s+(?:noting|mentioning|pointing\s+out)\b", re.IGNORECASE)
_WORTH_FR = re.compile(_B + r"([Ii]l|[Cc]ela|[Çç]a) vaut (?:la peine )?(?:en |de )?"
                       r"(?:remarquant|remarquer|notant|noter|mentionnant|mentionner)"
                       + _E)
# *noted* before a noun, after a determiner or a preposition: renowned.
_NOTED_ADJ = re.compile(r"\b(?:of|by|and|the|a|an|many|several|with|from|for|other|two|"
                        r"three|some|among)\s+noted\s+(?!(?:that|the|a|an|this|with|in|at|"
                        r"on|by|for|to|and|how|what)\b)[a-z]", re.IGNORECASE)
_REMARQUE_ADJ = re.compile(r"(?<=[a-zé] )remarqué(e?s?)" + _E)
_AUXILIARY = AVOIR | AVOIR_NONFINITE | etre("present", persons=THIRD) | {
    "été", "être", "j'ai", "j’ai", "l'a", "l’a"}


_POINT_OUT_EN = re.compile(r"\bpoint(?:s|ed|ing)?\s+out\b", re.IGNORECASE)


def _stressed(m: re.Match[str], stem: str) -> str:
    """ "remarqué" -> "noté" (``stem`` "ot"), "souligné" (``stem`` "oulign"): both regular
    verbs in -er, so the ending stays."""
    return ("NS"[stem != "ot"] if m.group(1) == "R" else "ns"[stem != "ot"]) + stem + m.group(2)


def note(source: str, french: str) -> str:
    """The French of the reporting verb *note* (see above)."""
    if "remarqu" not in french and "vaut" not in french:
        return french
    if _WORTH_EN.search(source):
        french = _WORTH_FR.sub(lambda m: f"{m.group(1)} convient de noter", french)
    if "remarqu" not in french or _OTHER_EN.search(source):
        return french
    if _NOTED_ADJ.search(source):

        def renowned(m: re.Match[str]) -> str:
            before = french[:m.start()].split()
            if before and before[-1].lower() in _AUXILIARY:
                return m.group(0)  # the verb: "a remarqué"
            return "éminent" + m.group(1)

        french = _REMARQUE_ADJ.sub(renowned, french)
    stem = "ot" if _NOTE_EN.search(source) else "oulign" if _POINT_OUT_EN.search(
        source) else ""
    if stem:
        french = _REMARQUER.sub(lambda m: _stressed(m, stem), french)
        french = _STRESSED.sub(lambda m: "soulign" + m.group(1)[3:] + " ", french)
    return french
