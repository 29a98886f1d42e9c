"""Direct questions whose French form the engine's words miss, where the English asks them.

- *What (kind of X) do you need?*: "avoir besoin de" keeps its "de" before the interrogative
  (Grevisse, *Le Bon Usage*, § 1102: "De quoi avez-vous besoin ?"); the engine's "Quel type
  d'assistance avez-vous besoin ?" -> "De quel type d'assistance avez-vous besoin ?".
- *Where are X?*: the pivot's singular "Où est les présidents ?" -> "Où sont les présidents ?"
  (the verb agrees with the subject after it).
- *What X is that?*, *Why is that?*: "Quelle question est cela ?" -> "Quelle question
  est-ce ?", "Pourquoi est cela ?" -> "Pourquoi cela ?" (the demonstrative subject of an
  inverted question is "ce", Grevisse § 396).
"""

from __future__ import annotations

import re

_NEED_EN = re.compile(r"^\W*(?:(?:And|But|So),? )?[Ww]hat\b[^?]*\b(?:do|does|did|will|would)"
                      r" (?:you|we|they|I|he|she)\b[^?]*\bneed\b[^?]*\?\s*$")
_NEED_FR = re.compile(r"^(\W*(?:(?:Et|Mais|Donc|Alors),? )?)([Qq]uel(?:le)?s? |[Qq]u['’]|[Qq]ue )"
                      r"(?=[^?]*?-(?:vous|nous|ils|elles|il|elle|je|t-il|t-elle) besoin\b)")
_WHERE_ARE_EN = re.compile(r"^\W*(?:(?:And|But|So),? )?[Ww]here (?:are|were) (?!you\b|we\b)")
_WHERE_FR = re.compile(r"^(\W*(?:(?:Et|Mais|Donc|Alors),? )?[Oo]ù )(est|était) "
                       r"(?=(?:les|des|ces|nos|vos|leurs|ils|elles|mes|tes|ses)\b)")
_IS_THAT_EN = re.compile(r"^\W*(?:(?:And|But|So),? )?(?:[Ww]hy|[Ww]hat(?: [a-z]+)?|[Ww]hich"
                         r"(?: [a-z]+)?|[Ww]ho) is (?:that|this|it)\s*\?\s*$")
_IS_THAT_FR = re.compile(r"^(?P<wh>[^?]{1,40}?) est (?:cela|ça|ceci|il)(?P<end>\s*\?\s*)$")


def asked_forms(source: str, text: str) -> str:
    """ "Quel type d'aide avez-vous besoin ?" -> "De quel type d'aide avez-vous besoin ?",
    "Où est les présidents ?" -> "Où sont les présidents ?", "Quelle question est cela ?"
    -> "Quelle question est-ce ?", "Pourquoi est cela ?" -> "Pourquoi cela ?", each where
    the English asks so."""
    if not text.rstrip().endswith("?"):
        return text
    if _NEED_EN.match(source):
        text = _NEED_FR.sub(lambda m: m.group(1) + ("d" if m.group(1).strip() else "D") + (
            "e quoi " if m.group(2).lower().startswith("qu'") or m.group(2).lower()
            .startswith(("qu’", "que ")) else "e " + m.group(2).lower()), text, count=1)
    if _WHERE_ARE_EN.match(source):
        # the verb before a pronoun joined to it ("Où sont-ils"), before a noun apart
        text = _WHERE_FR.sub(lambda m: m.group(1) + ("sont" if m.group(2) == "est" else
                                                     "étaient") + (
            "-" if re.match(r"(?:ils|elles)\b", text[m.end():]) else " "), text, count=1)
    if _IS_THAT_EN.match(source):
        m = _IS_THAT_FR.match(text)
        if m is not None:
            wh = m.group("wh")
            if re.fullmatch(r"(?:(?:Et|Mais|Donc),? )?[Pp]ourquoi", wh):
                return f"{wh} cela{m.group('end')}"
            return f"{wh} est-ce{m.group('end')}"
    return text
