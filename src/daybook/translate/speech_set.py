"""Set phrases of speech the engine says word for word, and a question's aside.

Before the engine (``english``, called by ``speech_en``):

- *Thank you so much* is *Thank you very much* ("Merci beaucoup"; the engine's "Merci
  tellement de", a "de" with nothing after it);
- *Let's hear from X*, a chair handing over to a speaker, is *Let us give the floor to X*
  ("Donnons la parole à X"; the engine's "Entendons de Magadan");
- an aside between a question's subject and its verb (*How do you, as a governor,
  assess ...?*) goes before the question word (*As a governor, how do you assess ...?*:
  "Comme gouverneur, comment appréciez-vous ...", was "Comment fais-toi, comme gouverneur,
  apprécie").

After it (``french``, called by ``speech_spoken``), each where the English says so:

- *Don't worry* "Ne vous inquiétez pas" (the engine: "Ne préoccupez pas", a pronominal verb
  without its pronoun), *Don't be afraid* "N'ayez pas peur" ("avoir peur", Petit Robert; the
  engine: "Ne faites pas de peur");
- *if you will allow me*: "si" of a condition takes the present, never the future
  (Grevisse § 1154: "si vous me permettez", was "si vous me permettrez");
- *vitally important* "vital" ("Il est vital que", was "de façon vitale important");
- *That was*, *It was* opening a sentence: "C'était" (the engine's "Cela était").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import cased_like
from daybook.translate.gender import readings, verb_form

__all__ = ["aside_first", "english", "french"]

_THANK_SO = re.compile(r"\b([Tt]hank you|[Tt]hanks) so much\b")
# *Let's hear from* a person or a place (not "you", "us": "Donnons-vous la parole").
_HEAR_FROM = re.compile(r"\b([Ll]et(?:['’]s| us) (?:now |then |first |also )?)hear from "
                        r"(?!you\b|us\b|me\b|them\b)")
# A wh-question's auxiliary and pronoun subject, then an aside in commas before its verb.
_ASIDE = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))(How|What|Why|When|Where|Which \w+|Who)"
                    r" (do|does|did|would|will|can|could|should) (you|we|they|he|she),"
                    r" ((?:as|in your|in our|in his|in their) [^,;.?!]{2,40}), (?=[a-z]+ )")


def english(line: str) -> str:
    """ "Thank you so much" -> "Thank you very much", "Let's hear from Magadan" -> "Let us
    give the floor to Magadan", "How do you, as a governor, assess" -> "As a governor, how
    do you assess"."""
    if "so much" in line:
        line = _THANK_SO.sub(r"\1 very much", line)
    if "hear from" in line:
        line = _HEAR_FROM.sub(r"\1give the floor to ", line)
    return aside_first(line)


def aside_first(line: str) -> str:
    """ "How do you, as a governor, assess ...?" -> "As a governor, how do you assess ...?"
    (``speech_asked`` reads its source so, to ask the French again)."""
    if ", " not in line or "?" not in line:
        return line
    return _ASIDE.sub(lambda m: f"{m.group(4)[:1].upper()}{m.group(4)[1:]}, "
                      f"{m.group(1)[:1].lower()}{m.group(1)[1:]} {m.group(2)} "
                      f"{m.group(3)} ", line)


_NOT = r"(?:do not|don['’]t|[Pp]lease do not|[Pp]lease don['’]t)"
# (not *worry about*: ``pronominal`` gives that verb its "vous" itself)
_WORRY_EN = re.compile(rf"(?i)\b{_NOT} worry\b(?! about)")
_WORRY_FR = re.compile(r"(?<![\w’'-])([Nn])e (?:vous )?(?:préoccupez|inquiétez) pas\b")
_AFRAID_EN = re.compile(rf"(?i)\b{_NOT} be afraid\b")
_AFRAID_FR = re.compile(r"(?<![\w’'-])([Nn])e faites pas (?:de |d['’])?peur\b")
# *if you will*, *if you'll*: the volition of English, a condition in French.
_IF_WILL_EN = re.compile(r"(?i)\bif you(?: will|['’]ll)\b")
_SI_FUTURE = re.compile(r"(?<![\w’'-])([Ss]i vous (?:ne )?(?:me |m['’]|nous |le |la |l['’]|les |"
                        r"lui |leur |y |en )?)([a-zàâçéèêëîïôûù]+rez)(?![\w’'-])")
_VITAL_EN = re.compile(r"(?i)\bvitally important\b")
_VITAL_FR = re.compile(r"(?<![\w’'-])de façon vitale (?:en )?(important(?:e|s|es)?)(?![\w’'-])")
_VITAL = {"important": "vital", "importante": "vitale", "importants": "vitaux",
          "importantes": "vitales"}
_FOND = re.compile(r"(?<![\w’'-])([Dd]onn(?:ons|ez|er)) le fond(?= à | au | aux )")
_WAS_EN = re.compile(r"(?:^|(?<=[.!?]\s))(?:That|This|It) was\b")
_CELA_ETAIT = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))Cela était(?![\w’'-])")


def french(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the set phrases of the module's doc said as French says them,
    where its English source has them."""
    future = {m.group(2) for s, t in zip(sources, texts, strict=True)
              if _IF_WILL_EN.search(s) for m in _SI_FUTURE.finditer(t)}
    present = _presents(future) if future else {}
    out = []
    for source, text in zip(sources, texts, strict=True):
        if _WORRY_EN.search(source):
            text = _WORRY_FR.sub(r"\1e vous inquiétez pas", text)
        if _AFRAID_EN.search(source):
            text = _AFRAID_FR.sub(lambda m: cased_like("n'ayez pas peur", m.group(0)), text)
        if present and _IF_WILL_EN.search(source):
            text = _SI_FUTURE.sub(lambda m: m.group(1) + present.get(m.group(2), m.group(2)),
                                  text)
        if _VITAL_EN.search(source):
            text = _VITAL_FR.sub(lambda m: _VITAL[m.group(1)], text)
        if "fond" in text and _HEAR_FROM.search(source):  # "give the floor" said for it
            text = _FOND.sub(r"\1 la parole", text)
        if _WAS_EN.search(source):
            text = _CELA_ETAIT.sub("C'était", text)
        out.append(text)
    return out


def _presents(words: set[str]) -> dict[str, str]:
    """A second person plural future -> its present ("permettrez" -> "permettez")."""
    reads = readings(sorted(words))
    made: dict[str, str] = {}
    for word in words:
        lemmas = {r.lemma for r in reads.get(word, ()) if "fti" in r.tags and "p2" in r.tags}
        form = verb_form(next(iter(lemmas)), "pri", "p2", "pl") if len(lemmas) == 1 else None
        if form:
            made[word] = form
    return made
