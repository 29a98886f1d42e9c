"""*state* the polity written "État", where the engine wrote the common noun "état".

The pivot reads English *state* as Catalan "estat" and ``cat-fra`` writes "état" in lower
case whatever the sense: "Il a été créé avec 12 états", "la coopération avec l'état", "nos
états", "un état afghan indépendant", "les chefs d'états". French writes the polity, the
body politic and its government with a capital, the condition in lower case (Lexique des
règles typographiques en usage à l'Imprimerie nationale, "État"; Grevisse, *Le Bon Usage*,
§ 100: "l'État", "les États membres", "un chef d'État", "un coup d'État"; "l'état de
santé", "en bon état", "un état de flux"). So "état(s)" becomes "État(s)" where the English
has *state(s)*, except the condition: "état" after "en", "bon", "mauvais", "meilleur",
"pire", "même", or followed (past one adjective) by "de", "d'", "du", "des" and a word in
lower case ("dans un état de flux", "l'état actuel de l'économie"; "l'État de droit" too is
left, its English is *the rule of law*). Catalan "estat" is also the participle of *to be*
("ha estat": *has been*), which ``cat-fra`` writes "état" too: nothing changes where the
English has no *state*.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER, LOWER_WORD
from daybook.translate.french import WORD_END as _E

__all__ = ["state_case"]

# *state(s)* of the English, not inside *United States* nor *State Duma* (protected names).
_STATE_EN = re.compile(r"(?<!United )\b[Ss]tates?\b(?! Duma)")
_ETAT = re.compile(r"(?<![\w-])(?<!\ben )(?<!\bbon )(?<!\bmauvais )(?<!\bmeilleur )"
                   r"(?<!\bpire )(?<!\bmême )état" + _E
                   + r"(?!(?: (?!(?:et|ou|mais|ni) )" + LOWER_WORD
                   + r")? (?:de|du|des|d['’]) ?" + LOWER + ")")
# The plural's condition senses ("les états de service", "des états d'âme", "les états
# généraux") are few; "les États membres de l'UE" is the polity.
_ETATS = re.compile(r"(?<![\w-])(?<!\ben )états" + _E +
                    r"(?! (?:de service|d['’]âme|généraux|financiers|d['’]esprit)\b)")
# *heads of state*: French keeps "État" in the singular ("les chefs d'État").
# Not before a noun or an adjective of their own ("les chefs d'États membres", "d'États
# africains": the heads of several states).
_HEADS = re.compile(r"(?<![\w’'-])(chefs? d['’])[Éé]tats(?=\s*(?:[,.;:!?)]|et de gouvernement"
                    r"|$))")


def state_case(source: str, french: str) -> str:
    """ "12 états" -> "12 États", "la coopération avec l'état" -> "avec l'État", "les chefs
    d'états" -> "les chefs d'État", where the English has *state(s)*; "un état de flux" and
    "en bon état" kept."""
    if "état" not in french or not _STATE_EN.search(source):
        return french
    french = _ETATS.sub("États", _ETAT.sub("État", french))
    return _HEADS.sub(lambda m: m.group(1) + "État", french)
