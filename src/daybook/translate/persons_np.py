"""A person's noun the pivot made feminine after a feminine noun: "la conversation des présidents".

``eng-cat`` gives a noun of common gender in Catalan (*president*, *participant*,
*representant*, *expert*, *dirigent*) the gender of the feminine noun it complements: "the
presidents' conversation", "the role of the president", "the position of the
participants" came out "la conversa de les presidentes", "la funció de la presidenta",
and in French "la conversation des présidentes", "le rôle de la présidente", "la position
des participantes". English names no gender there; a woman is named by other words.

``common_gender`` writes the masculine (French's unmarked gender, Grevisse § 476) of a noun
after "de la", "de l'" or "des" that the analyser reads only as the feminine of a
masculine lemma ("présidentes": *président* <f>; not "actrices", also read as *actrice*),
where the English sentence has no word that names or points to a woman (*she*, *her*,
*Ms*, *woman*, *actress*, *wife*, ...) and no name follows the noun in the French ("la
présidente du Conseil de la Fédération Valentina Matviyenko"). Adjectives after it agree
later (``agreement``). Readings and forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re

from daybook.translate.gender import generate, readings

__all__ = ["common_gender"]

# English words that name or point to a woman: then a feminine may be the text's own.
_WOMAN_EN = re.compile(
    r"\b(?:she|her|hers|herself|Ms|Mrs|Miss|Madam|Madame|Mme|\w*wom[ae]n|girls?|lad(?:y|ies)|"
    r"queens?|princess(?:es)?|duchess(?:es)?|empress(?:es)?|actress(?:es)?|hostess(?:es)?|"
    r"waitress(?:es)?|stewardess(?:es)?|heiress(?:es)?|poetess(?:es)?|heroines?|wi(?:fe|ves)|"
    r"mothers?|grandmothers?|daughters?|granddaughters?|sisters?|widows?|brides?|nuns?|"
    r"females?|feminine|maternity|sportswomen)\b", re.IGNORECASE)
_AFTER_OF = re.compile(r"(?<![\w’'-])(?P<det>[Dd]e la |[Dd]e l['’]|[Dd]es )"
                       r"(?P<noun>[a-zàâçéèêëîïôûùüÿœæ]+e?s?)(?![\w’'-])")
# A name after the noun and its complements: "la présidente du Conseil de la Fédération
# Valentina Matviyenko" is a woman's role.
_NAME_AFTER = re.compile(r"^(?:\s+(?:de|du|des|d['’]|la|le|les|l['’])?\s*[\w’'-]+){0,5}?\s+"
                         r"[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ]+")


def common_gender(source: str, french: str) -> str:
    """Masculine person nouns after "de la"/"des" where the pivot wrote the feminine."""
    if _WOMAN_EN.search(source) or ("de l" not in french and "des " not in french):
        return french
    found = [m for m in _AFTER_OF.finditer(french) if m.group("noun").endswith(("e", "es"))]
    if not found:
        return french
    reads = readings(sorted({m.group("noun") for m in found}))
    wanted: dict[str, str] = {}
    for m in found:
        noun = m.group("noun")
        nouns = [r for r in reads.get(noun, ()) if r.pos == "n"]
        # every noun reading the feminine of another lemma: "présidentes" (président),
        # not "frontières" (frontière) nor "actrices" (also actrice)
        if nouns and all(r.gender == "f" and r.number in ("sg", "pl") and r.lemma != (
                noun[:-1] if r.number == "pl" else noun) for r in nouns):
            r = nouns[0]
            wanted[noun] = f"^{r.lemma}<n><m><{r.number}>$"
    if not wanted:
        return french
    forms = generate(list(wanted.values()))
    out, last = [], 0
    for m in found:
        form = forms.get(wanted.get(m.group("noun"), ""))
        if not form or _NAME_AFTER.match(french[m.end():]):
            continue
        det = m.group("det")
        if det.lower() == "de la ":
            det = det[0] + "u "  # "de la présidente" -> "du président"
        out.append(french[last:m.start()] + det + form)
        last = m.end()
    return "".join(out) + french[last:]
