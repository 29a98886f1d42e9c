"""Post-edits of French noun phrases and relative clauses that Apertium's pivot leaves as
Catalan (or English) builds them, where French needs another word.

- "autres" after a preposition: Catalan and English say "in other areas" without an
  article ("en altres àmbits"), French says "dans d'autres domaines";
- a relative after a comma read by the engine as "lequel", "lesquels" (the pre-editing's
  "which do mark": ``preedit_np``) is "qui" in French: ", qui marquent".
"""

from __future__ import annotations

import re

# Not "entre autres" (*among others*), a fixed phrase; "de autres" is "d'autres" too.
_OTHER = re.compile(r"(?<![\w’'-])(?P<pr>[Dd]ans|[Pp]our|[Aa]vec|[Ss]ur|[Pp]ar|[Cc]ontre|"
                    r"[Vv]ers|[Ee]n|à|[Cc]omme|[Ss]ous|[Dd]e) autres(?= [a-zà-ÿ])")
_WHICH = re.compile(r", (?:lesquels|lesquelles|lequel|laquelle) (?=[a-zà-ÿ])")


def noun_phrases(source: str, french: str) -> str:
    """ "dans autres domaines" -> "dans d'autres domaines", ", lesquels marquent" -> ",
    qui marquent"; ``source`` is unused (the French alone settles these)."""
    del source
    if "autres" in french:
        french = _OTHER.sub(lambda m: "d'autres" if m.group("pr").lower() == "de"
                            else m.group("pr") + " d'autres", french)
    if ", l" in french:
        french = _WHICH.sub(", qui ", french)
    return french
