"""News titles with a verb no frame lists, read with the engine's own dictionaries.

``title_sentences.VERBS`` lists the site's usual verbs one by one ("visited", "will chair");
a news title with another verb went whole to the engine, which wrote its own word order
("South Stream assurera le gaz de russe fiable distribue..."). Two general shapes are read
here:

- a subject (a person, or countries: "Russia and China signed X") and a verb in the past
  or the future with a direct object ("{who} approved X",
  "X will ensure Y"): the verb's French from the eng-cat and cat-fra bilingual dictionaries
  (the equivalent the engine itself prints), its form from the cat-fra generator (passé
  composé with "avoir", future), the subject and the object through the title grammar;
  a French verb that takes "être" or a pronoun is left alone;
- a headline of a participle ("State awards presented in the Kremlin", "Wreaths laid at
  X"): the noun phrase without its article, the French participle agreed with its head
  (gender by the analyser, number by the article), then the place or complement: "Prix
  d’État remis au Kremlin" (French news headlines of the same shape: "Gerbes déposées à");
- a passive of things to come ("X to be created in Y", "X will be built"): French news
  titles say it with the act's noun, "Création de X à Y", through the title grammar's
  nominalisations of gerunds (``title_topics.gerund_phrase``).

Nothing is read when a piece is left for the engine: the whole title goes to it as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from daybook.translate.gender import verb_form
from daybook.translate.processes import word_readings
from daybook.translate.title_general import first_equivalent, french

Resolve = Callable[..., str | None]

# French verbs conjugated with "être" in the passé composé (Grevisse §811): not written
# with "a" here.
_ETRE = frozenset({"aller", "venir", "arriver", "partir", "entrer", "sortir", "rester",
                   "devenir", "tomber", "naître", "mourir", "revenir", "retourner", "monter",
                   "descendre", "passer", "parvenir", "intervenir", "survenir", "rentrer"})
_FRENCH_VERB = re.compile(r"[a-zàâçéèêëîïôûùœ]+")


@cache
def french_verb(lemma: str) -> str | None:
    """The French infinitive of an English verb lemma as the engine's bilingual
    dictionaries give it ("ensure" -> "assurer"); None when unknown, pronominal or made of
    more than one word."""
    cat = first_equivalent(f"^{lemma}<vblex><inf>$", "apertium-eng-cat", "eng-cat.autobil.bin")
    if cat is None or not _FRENCH_VERB.fullmatch(cat[0]):
        return None
    fr = first_equivalent(f"^{cat[0]}<vblex><inf>$", "apertium-fra-cat", "cat-fra.autobil.bin")
    if fr is None or not _FRENCH_VERB.fullmatch(fr[0]) or (fr[0] == lemma and not french(fr[0])):
        return None
    return fr[0]


def french_form(infinitive: str, tags: str) -> str | None:
    """A French verb's form by the engine's generator: ("assurer", "<fti><p3><sg>") ->
    "assurera"; None when the generator has none."""
    # the generator gender.py keeps running (memoised), not a second one
    form = verb_form(infinitive, *re.findall(r"<([^<>]+)>", tags)) or ""
    return form if _FRENCH_VERB.fullmatch(form) else None


def _lemma(word: str, tense: str) -> str | None:
    """The lemma of an English verb form with a ``tense`` reading (past, pp, inf)."""
    for r in word_readings([word]).get(word, ()):
        m = re.fullmatch(rf"([a-z]+)<vblex><{tense}>.*", r)
        if m is not None:
            return m.group(1)
    return None


def _direct(x: str) -> bool:
    """An object English gives without a preposition, and no clause ("to", "that")."""
    first = x.split(" ", 1)[0].lower()
    if any(re.search(r"<(?:pr|cnjsub|cnjcoo|adv)>", r)
           for r in word_readings([first]).get(first, ())) or re.search(r"\bthat ", x):
        return False
    # "instructed the Government to draft X": an infinitive after "to" is a clause.
    after_to = re.findall(r"\bto ([a-z]+)", x)
    readings = word_readings(after_to) if after_to else {}
    return not any(readings.get(w) and all("<vblex>" in r for r in readings[w])
                   for w in after_to)


def _states(s: str) -> bool:
    """A subject of countries ("Russia and China"): they sign and agree as people do; a
    common noun before a past verb may be a noun title's word, not a subject."""
    from daybook.translate.places import country_fr

    return all(country_fr(part) is not None for part in re.split(r",\s*|\s+and\s+", s))


def _plural(fr: str) -> bool:
    return re.match(r"(?:les|des|ces|leurs|nos)\s", fr) is not None or " et " in fr


_WILL = re.compile(r"^(?P<s>.+?) will (?P<verb>[a-z]+) (?P<x>.+)$")
_PAST = re.compile(r"^(?P<s>.+?) (?P<verb>[a-z]+ed|[a-z]+) (?P<x>.+)$")
# Two or more named subjects before the verb: "Russia and China signed X".
_PAST_AND = re.compile(r"^(?P<s>.+? and [A-Z][\w’-]*(?: [A-Z][\w’-]*)*) (?P<verb>[a-z]+) "
                       r"(?P<x>.+)$")
_TO_BE = re.compile(r"^(?P<s>.+?) (?:to be|will be) (?P<verb>[a-z]+) (?P<rest>.+)$")


def news_sentence(t: str, resolve: Resolve, person: Callable[[str], str | None]
                  ) -> str | None:
    """A news title of the shapes above in French, or None."""
    done = participle_headline(t, resolve, person)
    if done is not None:
        return done
    passive = _passive(t, resolve)
    if passive is not None:  # a noun title: no article ("Création d’un parc")
        return re.sub(r"^(?:l’|le |la |les )", "", passive)
    return _active(t, resolve, lambda s: "le Président" if s == "The President" else person(s))


def _active(t: str, resolve: Resolve, person: Callable[[str], str | None]) -> str | None:
    for pattern, tense in ((_WILL, "inf"), (_PAST, "past"), (_PAST_AND, "past")):
        m = pattern.match(t)
        if m is None or not _direct(m["x"]):
            continue
        lemma = _lemma(m["verb"], tense)
        verb = french_verb(lemma) if lemma is not None else None
        subject = person(m["s"]) or resolve(m["s"])
        obj = resolve(m["x"])
        if verb is None or subject is None or obj is None or obj == m["x"] or (
                tense == "past" and person(m["s"]) is None and not _states(m["s"])):
            continue
        if "\ue000" in subject + obj or (tense == "past" and verb in _ETRE):
            continue
        if tense == "past":
            form = french_form(verb, "<pp><m><sg>")
            said = f"{'ont' if _plural(subject) else 'a'} {form}" if form else None
        else:
            number = "<pl>" if _plural(subject) else "<sg>"
            said = french_form(verb, f"<fti><p3>{number}")
        if said is not None:
            return f"{subject} {said} {obj}"
    return None


def _passive(t: str, resolve: Resolve) -> str | None:
    """ "Park zone to be created along X" -> "Création d’une zone de parc le long de X"."""
    from daybook.translate.title_topics import gerund_phrase

    m = _TO_BE.match(t)
    if m is None:
        return None
    subject = m["s"]
    first = subject.split(" ", 1)[0]
    if first.istitle() and not any("<np>" in r for r in word_readings([first]).get(first, ())):
        subject = first.lower() + subject[len(first):]  # a headline's capital: "Park zone"
    lemma = _lemma(m["verb"], "pp")
    if lemma is None:
        return None
    for ing in dict.fromkeys((lemma + "ing", lemma[:-1] + "ing" if lemma.endswith("e") else "",
                              lemma + lemma[-1] + "ing")):
        said = gerund_phrase(f"{ing} {subject} {m['rest']}", resolve) if ing else None
        if said is not None and "\ue000" not in said:
            return said
    return None


# A headline's participle and what follows it: "presented in the Kremlin", "laid at X".
_PARTICIPLE = re.compile(r"^(?P<s>.+?) (?P<verb>[a-z]+) (?P<prep>in|at|to|by|for|during) "
                         r"(?P<x>.+)$")
# The French participle of the site's usual headline verbs (general usage: an award is
# "remis", a wreath "déposé", a monument "inauguré"); other verbs by the engine's
# dictionaries (``french_verb``).
_PARTICIPLES: dict[str, str] = {
    "present": "présenter", "award": "décerner", "hand": "remettre", "lay": "déposer",
    "hold": "tenir", "open": "inaugurer", "unveil": "dévoiler", "sign": "signer",
    "launch": "lancer", "adopt": "adopter", "approve": "approuver", "send": "envoyer"}
# What is presented is handed over ("remis"): an award, not a report (``presenting``).
_AWARDS = re.compile(r"(?i)(?:prix|récompenses?|décorations?|médailles?|ordres?|distinctions?|"
                     r"titres?|insignes?|diplômes?|certificats?|lettres?)\b")
_LINK_FR: dict[str, str] = {"to": "à", "for": "pour", "during": "lors de", "by": "par"}


def participle_headline(t: str, resolve: Resolve, person: Callable[[str], str | None]
                        ) -> str | None:
    """ "State awards presented in the Kremlin" -> "prix d’État remis au Kremlin": a noun
    phrase (no person: "Putin arrived in X" is a sentence), a past participle, a place or a
    complement; None unless the grammar reads both."""
    from daybook.translate.french import contract
    from daybook.translate.gender import readings
    from daybook.translate.title_topics import in_place

    m = _PARTICIPLE.match(t)
    if m is None or person(m["s"]) is not None:
        return None
    lemma = _lemma(m["verb"], "pp")
    verb = _PARTICIPLES.get(lemma or "") or (french_verb(lemma) if lemma else None)
    subject, obj = resolve(m["s"]), resolve(m["x"])
    if verb is None or subject is None or obj is None or obj == m["x"] or subject == m["s"] \
            or "\ue000" in subject + obj:
        return None
    head = re.match(r"(?P<art>les |des |le |la |l’|un |une )(?P<noun>[^\s’]+)", subject)
    if head is None:
        return None
    nouns = [r for r in readings([head["noun"].lower()]).get(head["noun"].lower(), ())
             if r.tags[:1] == ("n",)]
    if not nouns:
        return None
    gender = "f" if nouns[0].gender == "f" else "m"
    number = "pl" if head["art"] in ("les ", "des ") or nouns[0].number == "pl" else "sg"
    bare = subject[len(head["art"]):]
    if verb == "présenter" and _AWARDS.match(bare):
        verb = "remettre"
    form = french_form(verb, f"<pp><{gender}><{number}>")
    if form is None:
        return None
    if m["prep"] not in ("in", "at") and not re.match(r"(?:les|des|le|la|l’|un|une|[A-Z])",
                                                      obj):
        return None  # "à champions": a bare plural wants its article first
    if m["prep"] in ("in", "at"):
        where = in_place(obj, named=re.sub(r"^(?:the|a|an) ", "", m["x"])[:1].isupper())
    else:
        where = contract(_LINK_FR[m["prep"]], obj) if m["prep"] != "by" else f"par {obj}"
    return f"{bare} {form} {where}"
