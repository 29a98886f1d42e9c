"""Senses of frequent words chosen by the class of the words around them, where the English
has the word (run with ``sourced.source_rules``, after ``context_senses``). Senses from
Robert & Collins and the TLFi:

- *various* before a noun "plusieurs" (*several*: Catalan "diversos" says both) -> "divers",
  "diverses" by the noun's gender ("dans divers domaines", "de diverses régions"), after a
  determiner "différents", "différentes" ("les différentes régions"); only where every
  *various*, *several*, *multiple*, *numerous* and *a number of* of the sentence pairs with a
  "plusieurs" in order;
- *train* with a person for its object (staff, specialists, professionals, young people)
  "entraîner" (coach a team, drag into) -> "former" ("former de bons professionnels"); an
  athlete or a team is still "entraîné";
- *meaning* "acception" (a word's sense in a dictionary) -> "sens" ("Il porte beaucoup de sens
  pour nous"), *sense/meaning of duty* "le sens du devoir";
- qualities of a person: *energetic* "énergétique" (of energy) -> "énergique" ("très
  énergique", "leur travail énergique"), *dedicated* people "consacrés" (given over to) ->
  "dévoués" ("des personnes dévouées et énergiques"); *dedicated to* stays "consacré à";
- *consistently* "de façon cohérente" (logically) -> "constamment" (Robert & Collins: of what
  goes on, a stance, a level: "constamment élevée", "s'opposent constamment"), not of a plan
  carried out (*implement consistently*, *as planned*);
- *concrete* action, proposals "particulier" (*particular*) -> "concret" ("des propositions
  concrètes"), where the English says no *particular*, *specific* or *special*;
- *one people*, *a single people* (a nation) "des personnes (uniques)" -> "un seul peuple";
- *higher* of education, learning "plus haut" -> "supérieur": *higher education* "l'enseignement
  supérieur", *higher education institutions* "les institutions d'enseignement supérieur";
- *support* a person, a group, a sector "appuyer" (back a motion, an idea) -> "soutenir" ("nous
  vous soutiendrons", "soutenir les familles", "l'Union soviétique nous a soutenus"); a
  position, an initiative, efforts stay "appuyés".
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import ENDS_IN_AUXILIARY
from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import readings

__all__ = ["class_senses", "concrete", "consistently", "higher_education", "meaning", "one_people",
           "person_qualities", "support", "train", "various"]

# --- various --------------------------------------------------------------------------------
# What the pivot says "plusieurs": the sentence's words of an indefinite number, in order.
_NUMBER_EN = re.compile(r"\b(?:(various)|several|multiple|numerous|a\s+number\s+of)\b"
                        r"(?!\s+(?:times|occasions)\b)", re.IGNORECASE)
# "à plusieurs reprises" is *on several occasions*, *repeatedly*: never *various*.
_PLUSIEURS = re.compile(_B + r"([Pp])lusieurs(?= (" + _W + r")(?: (" + _W
                        + r"))?(?: (" + _W + r"))?)(?! reprises)")
_DETERMINED = re.compile(_B + r"(?:les|des|ces|nos|vos|leurs|ses|aux|mes)\s+$", re.IGNORECASE)


def _gender(words: tuple[str | None, ...]) -> str | None:
    """The gender of the first noun among ``words`` (a noun phrase after "plusieurs")."""
    found = readings([w for w in words if w])
    for word in words:
        if word is None:
            return None
        nouns = {r.gender for r in found.get(word, ()) if r.pos == "n"}
        if nouns:
            return nouns.pop() if len(nouns) == 1 and nouns <= {"m", "f"} else None
        if not any(r.pos == "adj" for r in found.get(word, ())):
            return None  # a verb, a preposition: no noun phrase
    return None


def various(source: str, french: str) -> str:
    """ "dans plusieurs domaines" -> "dans divers domaines", "de plusieurs régions russes" ->
    "de diverses régions russes", "les plusieurs questions" -> "les différentes questions"
    (*various*; Robert & Collins: "divers, différents"; "plusieurs" is *several*)."""
    if "lusieurs" not in french:
        return french
    english = [m.group(1) is not None for m in _NUMBER_EN.finditer(source)]
    if not any(english):
        return french
    found = list(_PLUSIEURS.finditer(french))
    if len(found) != len(english):
        return french  # a "plusieurs" the English does not show: no pairing
    out, last = [], 0
    for m, is_various in zip(found, english, strict=True):
        gender = _gender((m.group(2), m.group(3), m.group(4))) if is_various else None
        if gender is None:
            continue
        before = french[:m.start()]
        if _DETERMINED.search(before):
            word = "différents" if gender == "m" else "différentes"
        else:
            word = "divers" if gender == "m" else "diverses"
        out.append(french[last:m.start()] + cased_like(word, m.group(1)))
        last = m.end()
    return "".join(out) + french[last:]


# --- train ----------------------------------------------------------------------------------
# English nouns of people one trains for a trade (not athletes, players or a team).
_PERSONS_EN = (r"(?:personnel|staff|specialists?|professionals?|workforce|young\s+people|"
               r"youth|managers?|experts?|engineers?|teachers?|doctors?|physicians?|students?|"
               r"workers?|officers?|pilots?|scientists?|researchers?|cadres?|employees?|"
               r"lawyers?|judges?|diplomats?|nurses?|builders?|technicians?|programmers?|"
               r"volunteers?|leaders?)")
# The object's determiner, adjectives or quantity (*thousands of*) before the person noun.
_TRAIN_EN = re.compile(r"\b(?:train|trains|trained|training)\s+(?:[\w’'-]+\s+){0,3}?"
                       + _PERSONS_EN + r"\b", re.IGNORECASE)
_PERSONS_FR = (r"(?:personnel|spécialistes?|professionnel(?:le)?s|jeunes|gérants?|managers?|"
               r"experts?|ingénieurs?|enseignant(?:e)?s?|médecins?|étudiant(?:e)?s?|"
               r"ouvriers?|travailleu(?:r|rs|ses)|officiers?|pilotes?|scientifiques|"
               r"chercheu(?:r|rs|ses)|cadres?|employé(?:e)?s?|juristes?|juges?|diplomates?|"
               r"infirmi(?:er|ers|ères)|constructeurs?|techniciens?|programmeurs?|"
               r"volontaires|dirigeants?|réserve)")
# After "d'" too ("d'entraîner" -> "de former").
_ENTRAINER = re.compile(r"(?<![\w-])([Dd]['’])?((?:[Ee]ntra[îi]n" + _W + r"))"
                        r"(?= (?:(?:des|de|d['’]|du|les|le|la|l['’]|un|une|nos|leurs|ses|"
                        r"notre|leur|son|sa|ces|ce|cette)"
                        r"(?:(?<=['’])| ))?(?:(?:bons|bonnes|nouveaux|nouvelles|jeunes|"
                        r"meilleurs)\s+)?" + _PERSONS_FR + _E + ")")


def train(source: str, french: str) -> str:
    """ "il sera très difficile d'entraîner de bons professionnels" -> "de former de bons
    professionnels", "des académies qui entraînent personnel" -> "qui forment personnel"
    (*train* + a person noun; Robert & Collins, *train* "former")."""
    if "ntraîn" not in french or not _TRAIN_EN.search(source):
        return french

    def form(m: re.Match[str]) -> str:
        word = m.group(2)
        new = reverb(word.lower(), "former",
                     participle=ENDS_IN_AUXILIARY.search(french[:m.start()]) is not None)
        if new is None:
            return m.group(0)
        return (m.group(1)[0] + "e " if m.group(1) else "") + cased_like(new, word)

    return _ENTRAINER.sub(form, french)


# --- meaning --------------------------------------------------------------------------------
_MEANING_EN = re.compile(r"\bmeanings?\b", re.IGNORECASE)
_DUTY_EN = re.compile(r"\b(?:sense|meaning)\s+of\s+duty\b", re.IGNORECASE)
_ACCEPTION = re.compile(_B + r"(?:(l['’])|(d['’]))?([Aa])cception(s?)" + _E)


def meaning(source: str, french: str) -> str:
    """ "Il porte beaucoup d'acception pour nous" -> "beaucoup de sens" (*meaning*: "sens",
    "signification"; "acception" is a word's sense in a dictionary)."""
    if "cception" not in french or not _MEANING_EN.search(source):
        return french

    def sense(m: re.Match[str]) -> str:
        head = ("le " if m.group(1) else "de " if m.group(2) else "")
        return cased_like(head + "sens", (m.group(1) or m.group(2) or m.group(3)))

    french = _ACCEPTION.sub(sense, french)
    if _DUTY_EN.search(source):  # Robert & Collins, *sense of duty*: "le sens du devoir"
        french = re.sub(_B + r"sens de devoir" + _E, "sens du devoir", french)
    return french


# --- qualities of a person ------------------------------------------------------------------
_ENERGETIC_EN = re.compile(r"\benergetic(?:ally)?\b", re.IGNORECASE)
_ENERGY_EN = re.compile(r"\benerg(?:y|ies)\b", re.IGNORECASE)
_ENERGETIQUE = re.compile(_B + r"([ÉéEe])nergétique(s?|ment)" + _E)
_PEOPLE_EN = (r"(?:person|people|specialists?|professionals?|staff|team|workers?|employees?|"
              r"volunteers?|teachers?|doctors?|men|women|servants?|officers?|athletes?|"
              r"scientists?|colleagues?)")
_DEDICATED_EN = re.compile(r"\bdedicated\s+(?:and\s+[\w-]+\s+)?" + _PEOPLE_EN + r"\b|\b"
                           + _PEOPLE_EN + r"\s+(?:who\s+(?:are|is|were|was)\s+)?dedicated\b"
                           r"(?!\s+(?:to|themselves|himself|herself))", re.IGNORECASE)
# The participle right after a person noun, or after a person's other quality and its comma
# or "et"; not "consacré à" (*dedicated to*).
_CONSACRE = re.compile(r"((?<![\w-])(?:personnes|personne|gens|spécialistes|professionnels|"
                       r"équipe|ouvriers|employés|bénévoles|volontaires|enseignants|médecins|"
                       r"collègues|athlètes|scientifiques|hommes|femmes|serviteurs|officiers|"
                       r"et) |, )consacré(e?s?)(?! (?:à|au|aux|par|pour)" + _E + ")" + _E)


def person_qualities(source: str, french: str) -> str:
    """ "une personne énergétique, consacrée" -> "une personne énergique, dévouée", "des
    personnes consacrées et énergétiques" -> "des personnes dévouées et énergiques" (Robert &
    Collins: *energetic* "énergique", *dedicated* "dévoué")."""
    if "nergétique" in french and _ENERGETIC_EN.search(source) \
            and not _ENERGY_EN.search(source):
        french = _ENERGETIQUE.sub(lambda m: m.group(1) + "nergique" + m.group(2), french)
    if "consacré" in french and _DEDICATED_EN.search(source):
        french = _CONSACRE.sub(lambda m: m.group(1) + "dévoué" + m.group(2), french)
    return french


# --- consistently ---------------------------------------------------------------------------
_CONSISTENTLY_EN = re.compile(r"\bconsistently\b", re.IGNORECASE)
# A plan carried out consistently is "de façon cohérente" (logically, step by step).
_CARRIED_OUT_EN = re.compile(r"\b(?:implement\w*|appl(?:y|ied|ies|ying)|pursu\w*|as\s+planned|"
                             r"in\s+line\s+with|with\s+the\s+plan)\b", re.IGNORECASE)
_COHERENTE = re.compile(_B + r"([Dd])e (?:façon|manière) cohérente" + _E)


def consistently(source: str, french: str) -> str:
    """ "est de façon cohérente haut en Chine" -> "est constamment haut", "fermement et de
    façon cohérente" -> "fermement et constamment" (*consistently*, Robert & Collins
    "constamment"); not a plan carried out (*implemented consistently*)."""
    if "cohérente" not in french or not _CONSISTENTLY_EN.search(source) \
            or _CARRIED_OUT_EN.search(source):
        return french
    return _COHERENTE.sub(lambda m: cased_like("constamment", m.group(1)), french,
                          count=len(_CONSISTENTLY_EN.findall(source)))


# --- concrete -------------------------------------------------------------------------------
_CONCRETE_EN = re.compile(r"\bconcrete\b(?!\s+(?:slabs?|blocks?|walls?|mix|works?|plants?)\b)",
                          re.IGNORECASE)
_PARTICULAR_EN = re.compile(r"\b(?:particular(?:ly)?|specific(?:ally)?|special|specially|"
                            r"peculiar|private|individual)\b", re.IGNORECASE)
_PARTICULIER = re.compile(r"(?<!\ben )" + _B + r"particuli(er|ère|ers|ères)" + _E)
_CONCRET = {"er": "concret", "ère": "concrète", "ers": "concrets", "ères": "concrètes"}


def concrete(source: str, french: str) -> str:
    """ "produiront les propositions particulières" -> "les propositions concrètes", "prend
    action particulière" -> "action concrète" (*concrete*: "concret"), where the English has
    no other word the pivot says "particulier"."""
    if "particuli" not in french or not _CONCRETE_EN.search(source) \
            or _PARTICULAR_EN.search(source):
        return french
    return _PARTICULIER.sub(lambda m: _CONCRET[m.group(1)], french)


# --- one people -----------------------------------------------------------------------------
_ONE_PEOPLE_EN = re.compile(r"\b(?:one|a\s+single|one\s+and\s+the\s+same)\s+people\b"
                            r"(?!['’]s\b|\s+(?:who|of|in|at|from)\b)", re.IGNORECASE)
_DES_PERSONNES = re.compile(r"(?<=\best )(?:(en fait|en essence|vraiment) )?des personnes"
                            r"(?: uniques| seules)?" + _E)


def one_people(source: str, french: str) -> str:
    """ "c'est en fait des personnes avec ses caractéristiques" -> "c'est en fait un seul peuple
    avec ses caractéristiques", "en essence est des personnes uniques" -> "est un seul peuple"
    (*one people*, *a single people*: a nation, "peuple")."""
    if "des personnes" not in french:
        return french
    count = len(_ONE_PEOPLE_EN.findall(source))
    if not count:
        return french
    return _DES_PERSONNES.sub(lambda m: (m.group(1) + " " if m.group(1) else "")
                              + "un seul peuple", french, count=count)


# --- higher education -----------------------------------------------------------------------
_HIGHER_EN = re.compile(r"\bhigher\s+(?:military\s+|professional\s+)?(?:education|learning|"
                        r"educational)\b", re.IGNORECASE)
# The institutions with an adjective of theirs, what they teach, *military*, "plus haut".
_INSTITUTIONS_HIGHER = re.compile(
    r"(?<![\w-])(institutions?(?: " + _W + r"(?<!de))?) (?:d['’]éducation|éducatives?|de savoir|"
    r"d['’]enseignement)( d['’]armée| militaires?)? plus haut(?:e?s?)" + _E)
_EDUCATION_HIGHER = re.compile(_B + r"(?:(l['’])|(d['’]))?(?:éducation|savoir) plus haut(?:e?)"
                               + _E)


def higher_education(source: str, french: str) -> str:
    """ "Les institutions d'éducation plus hautes jouent" -> "Les institutions d'enseignement
    supérieur jouent", "des institutions d'éducation d'armée plus hautes" -> "des institutions
    d'enseignement supérieur militaire", "la qualité éducation plus haute" -> "la qualité
    enseignement supérieur" (*higher education*, Robert & Collins: "enseignement supérieur")."""
    if "plus haut" not in french or not _HIGHER_EN.search(source):
        return french
    french = _INSTITUTIONS_HIGHER.sub(
        lambda m: m.group(1) + " d'enseignement supérieur" + (" militaire" if m.group(2)
                                                               else ""), french)
    return _EDUCATION_HIGHER.sub(lambda m: (m.group(1) or m.group(2) or "")
                                 + "enseignement supérieur", french)


# --- support --------------------------------------------------------------------------------
_SUPPORT_EN = re.compile(r"\bsupport(?:s|ed|ing)?\b", re.IGNORECASE)
# With an elided word before it: "d'appuyer" -> "de soutenir" ("l'appuie", "j'appuie": left).
_APPUYER = re.compile(r"(?<![\w-])((?:[dDnNlLjJ]|[Qq]u)['’])?(appu(?:y|i)" + _W + r")" + _E)
# What one "appuie" (Robert & Collins, *support* a motion, a candidate: "appuyer"): the object's
# first words after the verb.
_IDEAS = re.compile(r"^(?: (?:toujours|pleinement|activement|fermement|aussi|également|"
                    r"immédiatement|donc))* (?:l['’]|la |le |les |une |un |des |cette |ces |ce |"
                    r"cet |notre |nos |votre |vos |leur |leurs |son |sa |ses |tout |toute |"
                    r"tous |toutes |d['’]|de |divers |diverses )?(?:" + _W + r" )?"
                    r"(?:position|initiative|proposition|idée|demande|candidature|résolution|"
                    r"mise|efforts?|démarche|approche|plan|décision|appel|projet|thèse|point|"
                    r"opinion|avis|déclaration|accord|principe|motion|requête|choix)")


def support(source: str, french: str) -> str:
    """ "Nous appuierons et vous aiderons" -> "Nous soutiendrons", "pour appuyer les familles
    avec des enfants" -> "pour soutenir les familles" (*support* a person, a group, a sector:
    "soutenir"); "nous avons appuyé l'initiative" stays."""
    if "appu" not in french or not _SUPPORT_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        elided = m.group(1) or ""
        if _IDEAS.match(french[m.end():]) or elided[:1].lower() in ("l", "j"):
            return m.group(0)
        new = reverb(m.group(2), "soutenir",
                     participle=ENDS_IN_AUXILIARY.search(french[:m.start()]) is not None)
        if new is None:
            return m.group(0)
        return (elided[:-1] + "e " if elided else "") + new

    return _APPUYER.sub(fix, french)


def class_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (various, train, meaning, person_qualities, consistently, concrete, one_people,
                 higher_education, support):
        french = rule(source, french)
    return french
