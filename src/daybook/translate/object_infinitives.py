"""*ask / advise / order X to do*, *invite / encourage / urge X to do*: the person and the
infinitive French governs (after the engine, the English beside the French).

With a noun phrase between the verb and *to*, the pivot takes the phrase for a direct
object and *to* for a purpose, "pour" (or "par", which ``frames`` makes "pour" later:
"Nous devrions demander nos collègues ... pour parler",
"J'invite nos partenaires pour rejoindre", "Je conseille les gouverneurs pour prêter").
French governs two frames (Petit Robert, each verb; Grevisse § 283):

- "à qqn de faire": *ask* "demander", *advise* "conseiller", *recommend* "recommander",
  *order* "ordonner" (the pivot's "ranger", to tidy, put back): "demander à nos collègues
  de parler", "a ordonné au gouvernement de préparer"; the pivot's "des" of an English bare
  plural is "aux" ("Je demande aux autorités régionales de rester");
- "qqn à faire": *invite* "inviter", *encourage* "encourager" (the pivot's "animer"),
  *urge* and *call on* "appeler" (the pivot's "appeler sur"), *force*, *oblige*, *compel*
  "obliger", *incite* "inciter", *push* "pousser": "J'invite nos partenaires à rejoindre",
  "Nous encourageons les jeunes à choisir", "J'appelle toutes les régions à aider".

Only after a form of the verb whose English the sentence has (with a word between it and
*to*), a noun phrase that opens with a determiner and has no punctuation, clause word or
finite verb in it, and "pour" before an infinitive. *allow* / *enable* are ``causatives``',
*help* ``helps``'.

A pronoun object of *ask* / *advise* / *order* is dative in French: "Il les a demandé de
continuer" -> "Il leur a demandé de continuer", "Nous les avons demandé à conjointement
chercher" -> "Nous leur avons demandé de conjointement chercher" (where the English has the
verb, *them*/*him*/*her* and *to*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR, alternation
from daybook.translate.french import LOWER, WORD_END, WORD_START, cased_like, contract, elides
from daybook.translate.gender import generate, readings

__all__ = ["object_to", "want_that"]

# French endings of a verb in -er (the stem before them); "e" after g ("encourageons").
_ER = (r"(?:e|es|ent|e?ons|ez|er|é|ée|és|ées|e?ais|e?ait|e?aient|ions|iez|erai|eras|era|"
       r"erons|erez|eront|erais|erait|erions|eriez|eraient|e?ant)")
# (the pivot's stem, the French stem, the frame, the English verb)
_VERBS: tuple[tuple[str, str, str, str], ...] = (
    ("demand", "demand", "de", r"ask(?:s|ed|ing)?"),
    ("conseill", "conseill", "de", r"advis(?:e|es|ed|ing)"),
    ("recommand", "recommand", "de", r"recommend(?:s|ed|ing)?"),
    ("ordonn", "ordonn", "de", r"order(?:s|ed|ing)?"),
    ("rang", "ordonn", "de", r"order(?:s|ed|ing)?"),
    ("invit", "invit", "à", r"invit(?:e|es|ed|ing)"),
    ("encourag", "encourag", "à", r"encourag(?:e|es|ed|ing)"),
    ("anim", "encourag", "à", r"encourag(?:e|es|ed|ing)"),
    ("appel", "appel", "à", r"(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon))"),
    ("appell", "appell", "à", r"(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon))"),
    ("oblig", "oblig", "à", r"(?:forc(?:e|es|ed|ing)|oblig(?:e|es|ed|ing)|"
                            r"compel(?:s|led|ling)?)"),
    ("incit", "incit", "à", r"incit(?:e|es|ed|ing)"),
    ("pouss", "pouss", "à", r"push(?:es|ed|ing)?"),
)
_DET = (r"(?:les|le|la|l['’]|des|un|une|nos|notre|vos|votre|leurs|leur|ses|son|sa|ces|ce|"
        r"cet|cette|chaque|tous les|toutes les|tout le|toute la|tous|toutes|tout|plusieurs|"
        r"certains|certaines|de nombreux|de nombreuses)")
# Not inside the noun phrase: clause words, prepositions other than "de", finite verbs,
# subject pronouns.
_NOT_IN_NP = (r"(?:pour|à|au|aux|que|qu['’]|qui|dont|où|ou|dans|sur|avec|par|en|sans|est|sont|"
              r"a|ont|sera|seront|était|étaient|peut|peuvent|doit|doivent|va|vont|se|s['’]|"
              r"ne|n['’]|pas|il|ils|elle|elles|nous|vous|je|j['’]|on|ce|c['’]|cela|ça)")
_NP_WORD = r"(?:(?<=['’])| )(?!" + _NOT_IN_NP + WORD_END + r")[\w’'-]+"
_NP_FIRST = r"(?:(?<=['’])| )(?!(?:de|d['’]|et|" + _NOT_IN_NP + r")" + WORD_END + r")[\w’'-]+"
_INFINITIVE = (r"(?:l['’]|les |le |la |y |en |se |s['’]|nous |vous |leur |lui |me |m['’])?"
               + LOWER + r"+(?:er|ir|re)" + WORD_END)
# Not a noun after its determiner ("la demande des consommateurs pour").
_NOT_NOUN = (r"(?<![\w-])(?<!la )(?<!une )(?<!sa )(?<!cette )(?<!leur )(?<!notre )"
             r"(?<!votre )(?<!les )(?<!des )(?<!nos )(?<!vos )(?<!ses )(?<!ces )(?<!l')(?<!l’)")
_AUX = rf"(?:{alternation(AVOIR)})"


def _rules() -> list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str, str, str]]:
    out = []
    for pivot, stem, frame, english in _VERBS:
        on = r"(?: sur)?" if pivot.startswith("appel") else ""
        french = re.compile(_NOT_NOUN + r"(" + pivot + _ER + r")" + on + r" (" + _DET
                            + _NP_FIRST + r"(?:" + _NP_WORD + r"){0,7}) (?:pour|par) (?=("
                            + _INFINITIVE + r"))", re.IGNORECASE)
        source = re.compile(r"\b" + english + r" (?!to\b|for\b|about\b|after\b|that\b|if\b|"
                            r"whether\b|what\b|how\b|questions?\b)"
                            r"(?:(?!more\b|less\b|of\b)[\w’'-]+ ){1,8}?to (?:\w+ly )?[a-z]",
                            re.IGNORECASE)
        pronoun = re.compile(WORD_START + r"(les|l['’]|le|la) (" + _AUX + r" )?(" + pivot + _ER
                             + r") (?:(?:à|pour|de|d['’]) )?(?=((?:" + LOWER + r"+ment )?"
                             + _INFINITIVE + r"))") if frame == "de" else re.compile("(?!)")
        out.append((french, source, pronoun, pivot, stem, frame))
    return out


_RULES = _rules()
# A dative object: the participle does not agree ("leur a demandé", not "demandés").
_PLAIN_PARTICIPLE = re.compile(r"é(?:e|s|es)$")
_PRONOUN_EN = re.compile(r"\b(?:ask|advis|recommend|order)\w* (?:them|him|her) (?:to|not to) ",
                         re.IGNORECASE)


def _verb(word: str, pivot: str, stem: str) -> str:
    """The pivot's form on the French stem ("rangé" -> "ordonné", "animons" ->
    "encourageons")."""
    ending = word[len(pivot):]
    if stem.endswith("g") and ending[:1] in ("a", "o"):
        ending = "e" + ending
    if pivot.endswith("g") and not stem.endswith("g") and ending[:2] in ("ea", "eo"):
        ending = ending[1:]
    return cased_like(stem + ending, word)


def _object(np: str, frame: str) -> str:
    """The noun phrase with the frame's preposition: "à nos collègues", "aux autorités" (the
    pivot's "des" of a bare plural), or the direct object "les jeunes"."""
    if np.lower().startswith("des "):
        np = ("les " if frame == "à" else "aux ") + np[4:]
        return np
    return contract("à", np) if frame == "de" else np


def _text(source: str, text: str) -> str:
    for french, english, pronoun, pivot, stem, frame in _RULES:
        if pivot not in text.lower() or not english.search(source):
            continue

        def fix(m: re.Match[str], pivot: str = pivot, stem: str = stem,
                frame: str = frame) -> str:
            to = ("d'" if elides(m.group(3)) else "de ") if frame == "de" else "à "
            return f"{_verb(m.group(1), pivot, stem)} {_object(m.group(2), frame)} {to}"

        def dative(m: re.Match[str], pivot: str = pivot, stem: str = stem) -> str:
            who = cased_like("leur " if m.group(1).lower() == "les" else "lui ", m.group(1))
            verb = _PLAIN_PARTICIPLE.sub("é", _verb(m.group(3), pivot, stem))
            return f"{who}{m.group(2) or ''}{verb} " + ("d'" if elides(m.group(4)) else "de ")

        text = french.sub(fix, text)
        if frame == "de" and _PRONOUN_EN.search(source):
            text = pronoun.sub(dative, text)
    return text


def object_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "demander nos collègues pour parler" -> "demander à nos collègues de parler",
    "J'invite nos partenaires pour rejoindre" -> "à rejoindre": see above."""
    return want_that(sources, [_text(source, text) for source, text in zip(sources, texts,
                                                                            strict=True)])


# *want / would like / wish X to do*, *wait for X to do*: French says the wish with "que"
# and the subjunctive ("je veux que vous sachiez", "nous voudrions que nos collègues se
# rencontrent"; Grevisse § 1123: *vouloir* + an infinitive only when the subject is the
# same); the pivot writes "je vous veux savoir", "nous voudrions nos collègues pour nous
# rencontrer".
_WANT = (r"(?:veux|veut|voulons|voulez|veulent|voudrais|voudrait|voudrions|voudriez|"
         r"voudraient|souhaite|souhaites|souhaitons|souhaitez|souhaitent|souhaiterais|"
         r"souhaiterait|souhaiterions|souhaiteraient|attends|attend|attendons|attendez|"
         r"attendent|attendais|attendait|attendions|attendaient|attendre|attendrons|attendra|"
         r"attendront|attendrai|attendu)")
# *wait for X to do* is the same frame: "attendre que X + subjunctive" (Grevisse § 1123;
# the pivot's "nous attendons nos partenaires pour répondre").
_WANT_EN = re.compile(r"\b(?:(?:want(?:s|ed)?|would like|(?:I|we|you|they)['’]d like|"
                      r"wish(?:es)?) "
                      r"(?!to\b|for\b|that\b|the best\b|success\b|good\b|all\b|every\b|a\b|"
                      r"an\b|happy\b|you all\b)|wait(?:s|ed|ing)? for )"
                      r"(?:(?!more\b|less\b|of\b)[\w’'-]+ ){1,6}?to [a-z]", re.IGNORECASE)
# (after an apostrophe too: the progressive's "en train d'attendre")
_WANT_NP = re.compile(r"(?<![\w-])(" + _WANT + r") (" + _DET + _NP_FIRST + r"(?:" + _NP_WORD
                      + r"){0,5}) (?:pour|par) (?:(se|s['’]|nous|vous|le|la|les|l['’]|lui|"
                      r"leur|y|en) ?)?(" + LOWER + r"+(?:er|ir|re))" + WORD_END
                      + r"(?: et (" + LOWER + r"+)" + WORD_END + r"(?= (\w+))?)?")
_WANT_PRONOUN = re.compile(r"(?<![\w’'-])(vous|les|nous|te) (" + _WANT + r") (?:(?:de|à|pour) )?("
                           + LOWER + r"+(?:er|ir|re))" + WORD_END)
# The plural determiners of the subject noun phrase.
_PLURAL = re.compile(r"(?:les|des|nos|vos|leurs|ses|ces|tous|toutes|plusieurs|certains|"
                     r"certaines|de nombreux|de nombreuses)\b", re.IGNORECASE)
_OBJECT_DETS = frozenset(("le", "la", "les", "un", "une", "des", "du", "leur", "leurs", "son",
                          "sa", "ses", "notre", "nos", "votre", "vos", "ce", "cette", "ces"))
_PERSON = {"vous": ("que vous", "p2", "pl"), "nous": ("que nous", "p1", "pl"),
           "te": ("que tu", "p2", "sg"), "les": ("qu'ils", "p3", "pl")}
_REFLEXIVE = {("p1", "pl"): "nous", ("p2", "pl"): "vous", ("p2", "sg"): "te",
              ("p3", "pl"): "se", ("p3", "sg"): "se"}


def _subjunctive(infinitive: str, person: str, number: str) -> str | None:
    """ "venir", p3, pl -> "viennent" (the analyser's verb tag, the generator's form)."""
    reads = readings([infinitive]).get(infinitive, ())
    tag = next((x.tags[0] for x in reads if "inf" in x.tags and x.tags[0] in (
        "vbser", "vbhaver")), None) or next((x.tags[0] for x in reads if "inf" in x.tags),
                                            None)
    if tag is None:
        return None
    key = f"^{infinitive}<{tag}><prs><{person}><{number}>$"
    return generate([key]).get(key)


def _second(word: str, after: str, number: str) -> str | None:
    """The subjunctive of a second verb after "et": an infinitive, or a present the pivot
    wrote for the English bare form before its object ("et fait leur formation", *and
    do*)."""
    reads = readings([word.lower()]).get(word.lower(), ())
    verbs = [x for x in reads if x.tags[:1] and x.tags[0] in ("vblex", "vbser", "vbhaver")
             and ("inf" in x.tags or "pri" in x.tags)]
    if not verbs or (not any("inf" in x.tags for x in verbs) and (
            after.lower() not in _OBJECT_DETS
            or any(x.tags[:1] in (("adj",), ("det",)) for x in reads))):
        return None  # "et culture": a noun
    return _subjunctive(verbs[0].lemma, "p3", number)


def _wish(source: str, text: str) -> str:
    def np(m: re.Match[str]) -> str:
        number = "pl" if _PLURAL.match(m.group(2)) else "sg"
        form = _subjunctive(m.group(4).lower(), "p3", number)
        if form is None:
            return m.group(0)
        clitic = m.group(3)
        if clitic and clitic.lower() == "nous" and not re.search(r"\bus\b", source):
            clitic = "se"  # *to meet*: the pivot's "nous rencontrer", the subject's reflexive
        if clitic:
            clitic = ("s'" if elides(form) else "se ") if clitic.lower() in ("se", "s'", "s’") \
                else clitic + ("" if clitic.endswith(("'", "’")) else " ")
        that = "qu'" if elides(m.group(2)) else "que "
        made = f"{m.group(1)} {that}{m.group(2)} {clitic or ''}{form}"
        second = _second(m.group(5), m.group(6) or "", number) if m.group(5) else None
        if second is not None:  # "viennent et faire" (or the pivot's "fait") -> "fassent"
            return f"{made} et {second}"
        return made + (f" et {m.group(5)}" if m.group(5) else "")

    def pronoun(m: re.Match[str]) -> str:
        that, person, number = _PERSON[m.group(1).lower()]
        form = _subjunctive(m.group(3).lower(), person, number)
        if form is None:
            return m.group(0)
        return f"{m.group(2)} {that} {form}"

    text = _WANT_NP.sub(np, text)
    if re.search(r"\bwant(?:s|ed)? (?:you|them|us) to\b", source, re.IGNORECASE):
        text = _WANT_PRONOUN.sub(pronoun, text)
    return text


def want_that(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Je veux des athlètes étrangers pour venir" -> "Je veux que des athlètes étrangers
    viennent", "je vous veux savoir" -> "je veux que vous sachiez": see above."""
    return [_wish(source, text) if _WANT_EN.search(source) else text
            for source, text in zip(sources, texts, strict=True)]
