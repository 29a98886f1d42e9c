"""A woman's roles in the feminine: "patineuse et entraîneuse Elena Tchaïkovskaïa".

English role nouns have no gender, and the pivot writes them masculine: *Figure skater and
coach Yelena Chaikovskaya* came out "Patineur artistique et entraîneur Elena
Tchaïkovskaïa", *Lyudmila Verbitskaya was a linguist and Rector of ... , President of ...*
"... était une linguiste et Recteur de ..., Président de ...", *Maria Igonina, a volunteer*
"Maria Igonina, un volontaire". French gives a woman's role its feminine (Grevisse § 487;
the guide *Femme, j'écris ton nom*, 1999; Larousse): "rectrice", "présidente",
"entraîneuse", "une volontaire", "la ministre".

A role is the woman's where the French puts it against her name, which the English names
as a woman's (``woman_subjects.is_woman``: a woman's given name, or one in *-a* with a
feminine Russian family name) or where the subject is *she*:

- right before the name, with its adjectives and roles joined by "et" ("Patineuse artistique
  et entraîneuse Elena ..."), or with a complement ("la ministre de la Santé Veronika ...");
- in apposition after it ("Maria Igonina, une volontaire");
- as the predicate of "être" after the name or "Elle", and each role that opens a member of
  that list ("une linguiste et rectrice de ..., présidente de ..., membre ... et sa
  présidente"); "C'est un entraîneur" where the English says *She is a*.

Only the nouns of the table below change (a person's role; not "membre", masculine for a
woman too), with the determiner before and the adjectives after them; a role followed by
anything but a complement, punctuation or "et" (a verb: "et le président l'a remerciée")
is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import avoir
from daybook.translate.french import cased_like
from daybook.translate.gender import (
    DETERMINERS,
    clause_tokens,
    determiner,
    forms_of,
    generate,
    readings,
)
from daybook.translate.leftovers import french_words
from daybook.translate.romanize import en_to_fr
from daybook.translate.woman_subjects import women_named

# Masculine role noun -> its feminine (Larousse; *Femme, j'écris ton nom*, 1999).
_PAIRS = """
académicien:académicienne acteur:actrice adjoint:adjointe administrateur:administratrice
agriculteur:agricultrice ambassadeur:ambassadrice auteur:autrice avocat:avocate
candidat:candidate champion:championne chanteur:chanteuse chercheur:chercheuse
chirurgien:chirurgienne citoyen:citoyenne cofondateur:cofondatrice comédien:comédienne
compositeur:compositrice conseiller:conseillère coordinateur:coordinatrice coureur:coureuse
danseur:danseuse délégué:déléguée député:députée dirigeant:dirigeante directeur:directrice
docteur:docteure doyen:doyenne éducateur:éducatrice élu:élue employé:employée
enseignant:enseignante entraîneur:entraîneuse envoyé:envoyée érudit:érudite
escrimeur:escrimeuse étudiant:étudiante fondateur:fondatrice gagnant:gagnante
gouverneur:gouverneure historien:historienne ingénieur:ingénieure inspecteur:inspectrice
instituteur:institutrice joueur:joueuse lauréat:lauréate lutteur:lutteuse
mathématicien:mathématicienne médiateur:médiatrice militant:militante musicien:musicienne
nageur:nageuse ouvrier:ouvrière participant:participante patineur:patineuse
physicien:physicienne poète:poétesse présentateur:présentatrice président:présidente
procureur:procureure producteur:productrice professeur:professeure réalisateur:réalisatrice
recteur:rectrice rédacteur:rédactrice représentant:représentante sculpteur:sculptrice
sénateur:sénatrice skieur:skieuse sportif:sportive traducteur:traductrice tuteur:tutrice
vice-champion:vice-championne vice-gouverneur:vice-gouverneure vice-président:vice-présidente
vice-recteur:vice-rectrice
"""
_FEMININE = dict(pair.split(":") for pair in _PAIRS.split())
# Role nouns of both genders: only their determiner and adjectives change ("la ministre").
_BOTH = """
architecte artiste astronaute athlète bénévole biathlète biologiste chef chimiste
commissaire cosmonaute fonctionnaire gymnaste journaliste juge linguiste maire médecin
ministre peintre philologue photographe pianiste pilote porte-parole scientifique secrétaire
violoniste volontaire
"""
_EPICENE = frozenset(_BOTH.split())
_TOKENS = clause_tokens()
# "être" in the third person singular, and the auxiliaries of its compound tenses.
_BE = frozenset(("est", "était", "sera", "serait", "fut", "devient", "devenait", "reste",
                 "restait", "demeure"))
_HAVE = avoir(persons=("3sg",))
# What may follow a role (with its adjectives): a complement, punctuation, "et"; not a verb.
_FOLLOW = frozenset(("de", "du", "des", "d’", "d'", "à", "au", "aux", "en", "depuis", "et",
                     "avec", "pour", "dans", "chez", "sur", "par", "auprès", "entre",
                     "(", ")", ",", ".", ";", ":", "!", "?", "–", "—", "»"))
_ENDS = frozenset((".", ";", ":", "!", "?"))
_COMPLEMENT = frozenset(("de", "du", "des", "d’", "d'"))
_SHE = re.compile(r"\b[Ss]he\b")
_SHE_IS = re.compile(r"(?:^|[.!?]\s+|“)She (?:is|was) an?\b")
_CEST_UN = re.compile(r"C['’] ?(?:est|était) un\b")


def _feminine(word: str) -> str | None:
    """A role noun's feminine in the case of ``word``, itself for an epicene one; None for
    any other word."""
    low = word.lower()
    fem = _FEMININE.get(low) or (low if low in _EPICENE else None)
    if fem is None:
        return None
    return cased_like(fem, word)


# Regular feminines of adjectives (Grevisse §§ 529-534), for words the analyser lacks
# ("talentueux"): made only where the word list has the form.
_REGULAR = (("eux", "euse"), ("if", "ive"), ("el", "elle"), ("ien", "ienne"), ("é", "ée"),
            ("al", "ale"), ("ant", "ante"), ("ent", "ente"))


def _regular_feminine(word: str) -> str | None:
    """An adjective the analyser lacks in its regular feminine, if French has it."""
    low = word.lower()
    for masc, fem in _REGULAR:
        if low.endswith(masc) and not readings([low]).get(low):
            form = low[:-len(masc)] + fem
            return form if form in french_words() else None
    return None


def _adjective(word: str) -> bool:
    reads = readings([word.lower()]).get(word.lower(), ())
    if not reads:
        return _regular_feminine(word) is not None
    return all(r.pos in ("adj", "pp") for r in reads)


def _role_end(words: Sequence[str], i: int) -> int | None:
    """The index after the role at ``i`` and its adjectives, where a complement,
    punctuation or "et" follows them; None otherwise."""
    if _feminine(words[i]) is None:
        return None
    j = i + 1
    while j < len(words) and words[j][:1].isalpha() and _adjective(words[j]):
        j += 1
    return j if j == len(words) or words[j].lower() in _FOLLOW else None


def _item(words: Sequence[str], k: int) -> int | None:
    """The role opening a list member at ``k`` (after its determiner), if any."""
    if k < len(words) and words[k].lower() in DETERMINERS:
        k += 1
    return k if k < len(words) and _role_end(words, k) is not None else None


def _listed(words: Sequence[str], k: int) -> list[int]:
    """The roles of a predicate list starting at ``k``, to the sentence's end."""
    first = _item(words, k)
    if first is None and (k >= len(words) or words[k].lower() not in DETERMINERS):
        return []  # a noun phrase of another noun opens a list too: "une érudite, un ..."
    out = [first] if first is not None else []
    j = (first if first is not None else k) + 1
    while j < len(words) and words[j] not in _ENDS:
        if words[j] in (",", "et") and (role := _item(words, j + 1)) is not None:
            out.append(role)
            j = role
        j += 1
    return out


def _predicate(words: Sequence[str], j: int) -> list[int]:
    """Roles after "est", "était", "a été" ... at ``j`` (the subject is the woman)."""
    if j < len(words) and words[j] in _BE:
        return _listed(words, j + 1)
    if j + 1 < len(words) and words[j] in _HAVE and words[j + 1] == "été":
        return _listed(words, j + 2)
    return []


def _before(words: Sequence[str], first: int) -> list[int]:
    """Roles right before a name ("Patineur artistique et entraîneur Elena"), or a role
    with its "de" complement ("le ministre de la Santé Veronika")."""
    out: list[int] = []
    j = first - 1
    while j >= 0 and (_feminine(words[j]) is not None or words[j] == "et"
                      or (words[j][:1].isalpha() and _adjective(words[j]))):
        if _feminine(words[j]) is not None:
            out.append(j)
        j -= 1
    if out or first < 3:
        return out
    for k in range(first - 3, max(first - 8, -1), -1):
        if not all(w[:1].isalpha() and w != "et" for w in words[k:first]):
            break
        if _feminine(words[k]) is not None and words[k + 1] in _COMPLEMENT:
            return [k]
    return []


def _name_spots(source: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) token index of each woman's name the English gives, in the French
    spelling ``romanize`` makes or as written."""
    spots = []
    for given, family in women_named(source):
        for name in {en_to_fr(f"{given} {family}"), f"{given} {family}"}:
            parts = name.split()
            spots += [(i, i + 1) for i in range(len(words) - 1) if words[i:i + 2] == parts]
    return sorted(set(spots))


def roles(source: str, french: str) -> str:
    """ "Patineur artistique et entraîneur Elena Tchaïkovskaïa" -> "Patineuse artistique et
    entraîneuse ..." where the English names *Yelena Chaikovskaya*; "Maria Igonina, un
    volontaire" -> "une volontaire"; "C'est un entraîneur" -> "C'est une entraîneuse" where
    the English says *She is a coach*."""
    she = bool(_SHE.search(source))
    if not she and not women_named(source):
        return french
    spans = [(m.start(), m.end(), m.group(0)) for m in _TOKENS.finditer(french)]
    words = [w for _, _, w in spans]
    found: set[int] = set()
    for first, last in _name_spots(source, words):
        found.update(_before(words, first))
        found.update(_predicate(words, last + 1))
        if last + 1 < len(words) and words[last + 1] == ",":
            found.update(_listed(words, last + 2)[:1])
    if she:  # "Elle" for *she*, not for a feminine thing's *it* ("Elle est le producteur")
        found.update(r for i, w in enumerate(words) if w == "Elle"
                     for r in _predicate(words, i + 1))
    said = len(_SHE_IS.findall(source))
    cest = [i for i in range(len(words) - 2)
            if words[i] in ("C’", "C'") and words[i + 1] in ("est", "était")
            and words[i + 2] == "un"]
    if said and said == len(_CEST_UN.findall(french)):
        found.update(r for i in cest for r in _listed(words, i + 2))
    return _feminised(french, spans, sorted(found)) if found else french


def _feminised(french: str, spans: Sequence[tuple[int, int, str]], roles: list[int]) -> str:
    """``french`` with the roles at ``roles`` (token indexes), their determiners and the
    adjectives after them in the feminine singular."""
    words = [w for _, _, w in spans]
    edits: dict[int, str] = {}
    adjectives: list[int] = []
    for i in roles:
        fem = _feminine(words[i])
        if fem is None or (i > 0 and words[i - 1].lower() in ("des", "les", "ces", "ses")):
            continue
        edits[i] = fem
        if i > 0 and words[i - 1].lower() in DETERMINERS and words[i - 1][-1] not in "'’":
            det = determiner(words[i - 1], "f", "sg", fem)
            if det is not None:
                edits[i - 1] = det
        j = i + 1
        while j < len(words) and words[j][:1].isalpha() and _adjective(words[j]):
            adjectives.append(j)
            j += 1
    wanted: dict[int, list[str]] = {}
    for j in adjectives:
        reads = readings([words[j].lower()]).get(words[j].lower(), ())
        masc = [r for r in reads if r.gender == "m" and r.number in ("sg", "sp")]
        if masc:
            wanted[j] = forms_of(masc[0], "f", "sg")
        elif not reads and (regular := _regular_feminine(words[j])) is not None:
            edits[j] = regular
    made = generate(sorted({f for fs in wanted.values() for f in fs}))
    for j, fs in wanted.items():
        form = next((made[f] for f in fs if f in made), None)
        if form is not None:
            edits[j] = cased_like(form, words[j])
    out = french
    for i in sorted(edits, reverse=True):
        start, end, word = spans[i]
        new = edits[i]
        if word.endswith(("'", "’")) and not new.endswith(("'", "’")):
            new += " "  # "l'" before a vowel stays elided; anything else gets its space
        out = out[:start] + new + out[end:]
    return out
