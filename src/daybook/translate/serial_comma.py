"""No comma before the "et" that closes a list, where the English has a serial comma.

English often writes a comma before the *and* of a list's last item (*Russia, Iran, and
Turkey*; *to align positions, and to jointly develop plans*); the engine keeps it: "la
Russie, l'Iran, et la Turquie". French writes none before the "et" of an enumeration
(Lexique des règles typographiques en usage à l'Imprimerie nationale, "Virgule"; Grevisse,
*Le Bon Usage*, § 1040: "la Russie, l'Iran et la Turquie"); a comma before "et" stays where
"et" joins clauses. So the comma goes where the English *, and* closes a list: the two items
before it short (up to eight words) and without a finite verb or a subject pronoun (of the
first, its last three words: the lead-in of the sentence goes with it), no
adverb nor date in apposition (*today, too, and*; *the holiday, May 1, and*); the item after
it a noun phrase, opening with a determiner or a capital in both languages (not *, and we
agreed*, *, and protect the environment*, *and so on*); the French must have as many ", et"
as the English *, and*, paired in order.
"""

from __future__ import annotations

import re

__all__ = ["serial_comma"]

_AND_EN = re.compile(r",\s+and\b")
_ET_FR = re.compile(r",\s+et(?![\w’'-])")
# A clause in an item: a finite verb or a subject pronoun (a list of noun phrases or of
# verbs' infinitives has none).
_CLAUSE_EN = re.compile(r"\b(?:is|are|was|were|be|been|will|would|shall|should|can|could|may|"
                        r"might|must|has|have|had|do|does|did|I|we|you|he|she|it|they|there|"
                        r"which|who|whom|whose|that|this|these|those|when|where|while|if|"
                        r"because|as|but|so|although|though|said|noted|added)\b")
# The item after *, and*: a noun phrase opening with a determiner, a capital (a name, a
# title) or a noun by its suffix (*protection*, *development*), not *and I*, *and it is*,
# nor a verb (*and protect the environment*).
_AFTER_EN = re.compile(r"\s+and\s+(?!I\b|It\b|This\b|That\b|There\b|Then\b|So\b)"
                       r"(?:(?:the|a|an|its|their|our|his|her|your|my|other|others|many|several|various|numerous|"
                       r"all|both|each|every|some|more|most|these|those)\b|[A-Z]|"
                       r"[a-z]+(?:tion|sion|ment|ity|ness|ship|ism|ance|ence)s?\b)")
# The French after ", et": a determiner or a capital too.
_AFTER_FR = re.compile(r"\s+et\s+(?:(?:le|la|les|un|une|des|du|nos|notre|vos|votre|leur|leurs|"
                       r"ses|son|sa|ces|ce|cet|cette|autres|plusieurs|de nombreux|de nombreuses|"
                       r"tous|toutes|chacun|chaque|d['’]autres)\b|l['’]|[A-ZÀÂÇÉÈÊÎÔÛ]|"
                       r"[a-zéèêàâîôûç]+(?:tion|sion|ment|ité|esse|isme|ance|ence)s?\b)")
# A short adverb or aside as the item before (*today, too, and very actively*), a place in
# a photograph's caption (*with X, left, and Y*).
_ASIDE_EN = re.compile(r"^\s*(?:too|also|as well|however|though|therefore|of course|in particular|"
                       r"for example|for instance|above all|in turn|first|second|third|now|today|"
                       r"then|again|in fact|indeed|(?:(?:second|third) )?(?:from )?"
                       r"(?:left|right)|cent(?:re|er)|foreground|background)\s*$", re.IGNORECASE)


def _listed(source: str, comma: int) -> bool:
    """The English *, and* at ``comma`` closes a list of at least three short items."""
    items = re.split(r"[,;:(]", source[:comma])
    if len(items) < 2:
        return False
    # The item before *, and* whole; of the one before it, its last words only (the first
    # item carries the sentence's lead-in: "we thank Russia").
    last, first = items[-1], " ".join(items[-2].split()[-3:])
    if not last.strip() or not first or len(last.split()) > 8 or _CLAUSE_EN.search(last) \
            or _CLAUSE_EN.search(first) or _ASIDE_EN.match(last) \
            or re.search(r"\d", last + first):  # a date in apposition: "the holiday, May 1, and"
        return False
    if _AFTER_EN.match(source, comma + 1) is None:
        return False
    # The item after *and* with a verb of its own is a clause (*, and its members have
    # taken part*): French keeps the comma there.
    after = re.split(r"[,;:.!?(]", source[comma + 1:], maxsplit=1)[0]
    return not _CLAUSE_EN.search(after.split(None, 1)[1] if len(after.split()) > 1 else "")


def serial_comma(source: str, french: str) -> str:
    """ "la Russie, l'Iran, et la Turquie" -> "la Russie, l'Iran et la Turquie" where the
    English *Russia, Iran, and Turkey* closes a list with a serial comma."""
    if ", et" not in french or ", and" not in source:
        return french
    commas = [m.start() for m in _AND_EN.finditer(source)]
    ets = list(_ET_FR.finditer(french))
    if len(commas) != len(ets):
        return french
    for comma, et in reversed(list(zip(commas, ets, strict=True))):
        if _listed(source, comma) and _AFTER_FR.match(french, et.start() + 1):
            french = french[:et.start()] + french[et.start() + 1:]
    return french
