"""Fixed expressions of spoken English the pivot says word for word, as French says them
(Robert & Collins; Larousse, *expressions*), each only where the English sentence has it.

A table keyed on the English expression, with the shapes the pivot gives it in French:

- *That is why* "C'est à cause de cela que" -> "C'est pourquoi" (and the engine's "qui"
  for a dropped *it*: "C'est à cause de cela qui est" -> "C'est pourquoi il est");
- *if that is the case* "Si que c'est le cas" -> "Si c'est le cas";
- *as has always been the case*, *it has always been the case* "comme a toujours été le
  cas", "Il a été toujours le cas" -> "comme cela a toujours été le cas", "Cela a toujours
  été le cas"; *as is/was the case* "comme c'est / c'était le cas";
- *indeed* inside a clause "en fait" (which is *in fact*) -> "effectivement"; *and indeed,*
  "et même"; the English without *in fact*, *actually*;
- *all too well/often* "tout aussi bien", "tout trop bien" -> "trop bien", "trop souvent";
- *it is no/not a coincidence that* "ce n'est pas une coïncidence que" -> "ce n'est pas un
  hasard si";
- *a great deal* "Un grand marché a été fait" -> "Beaucoup a été fait";
- *a lot*, *much* as a verb's object or adverb: French says "beaucoup", never "très", which
  modifies an adjective or an adverb (Grevisse § 993): "a accompli très dans" -> "a accompli
  beaucoup dans", "avons très en commun" -> "avons beaucoup en commun", "sauver très
  combustible" -> "sauver beaucoup de combustible"; "beaucoup de" with no noun after it
  ("fait beaucoup de à cet égard", "obtenu beaucoup d'et") -> "beaucoup";
- *work* of a thing (a system, an approach, *it*): "travailler" is a person's labour, a
  thing "fonctionne" (Robert & Collins: *work* = function): "Cette approche ne travaille
  pas" -> "Cette approche ne fonctionne pas".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings
from daybook.translate.idioms import relemma

__all__ = ["spoken_idioms"]

_A = "['’]"  # either apostrophe: the rules run before typography
_OFTEN = "(toujours |souvent |aussi |déjà )"  # the pivot puts the adverb after "été" or before

# (English, the pivot's French, the French): plain rewrites of one shape each.
_TABLE: tuple[tuple[re.Pattern[str], re.Pattern[str], str | Callable[[re.Match[str]], str]],
              ...] = (
    (re.compile(r"\b[Tt]hat(?:['’]s| is) why\b"),
     re.compile(rf"{_B}([Cc])(['’])est à cause de cela (?:que |qu{_A})"), r"\1\2est pourquoi "),
    (re.compile(r"\b[Tt]hat(?:['’]s| is) why it\b"),
     re.compile(rf"{_B}([Cc])(['’])est à cause de cela qui (?=est|a |était|sera)"),
     r"\1\2est pourquoi il "),
    (re.compile(r"\b(?:it|this|that) (?:has|had) (?:always |often |also )?been the case\b",
                re.IGNORECASE),
     re.compile(rf"{_B}(?:[Ii]l|[Cc]ela|[Cc]e) a {_OFTEN}?été {_OFTEN}?le cas{_E}"),
     r"Cela a \1\2été le cas"),
    (re.compile(r"\bas (?:has|had) (?:always |often |also )?been the case\b", re.IGNORECASE),
     re.compile(rf"{_B}(?:([Cc])omme|([Tt])andis que) a {_OFTEN}?été {_OFTEN}?le cas{_E}"),
     lambda m: ("C" if (m.group(1) or m.group(2)).isupper() else "c")
     + f"omme cela a {m.group(3) or ''}{m.group(4) or ''}été le cas"),
    (re.compile(r"\bif (?:that|this) (?:is|was) (?:the case|so)\b", re.IGNORECASE),
     re.compile(rf"{_B}([Ss]i) que (?=c{_A}(?:est|était))"), r"\1 "),
    (re.compile(r"\bas (?:is|was) (?:always |often |usually )?the case\b", re.IGNORECASE),
     re.compile(rf"{_B}([Cc]omme) (est|était) (toujours |souvent |d{_A}habitude )?le cas{_E}"),
     r"\1 c'\2 \3le cas"),
    (re.compile(r"\b[Aa] great deal\b(?! of)"),
     re.compile(rf"{_B}([Uu])n (?:grand marché|marché grand){_E}"),
     lambda m: "Beaucoup" if m.group(1) == "U" else "beaucoup"),
    (re.compile(r"\b[Aa]nd indeed,"),
     re.compile(rf"{_B}et en fait,"), "et même,"),
    (re.compile(r"\ball too (?:well|often|clearly|easily|quickly|soon)\b", re.IGNORECASE),
     re.compile(rf"{_B}tout (?:aussi|trop) (bien|souvent|clairement|facilement|vite|tôt){_E}"),
     r"trop \1"),
    (re.compile(r"\b(?:it|this) (?:is|was) (?:no|not a|not by) (?:coincidence|accident|chance)"
                r" that\b", re.IGNORECASE),
     re.compile(rf"{_B}(n{_A}est|n{_A}était) pas (?:une coïncidence|un accident|par hasard|"
                rf"un hasard) (?:que |qu{_A}(?=\w))"),
     r"\1 pas un hasard si "),
)

# *indeed* said "en fait" where the English has no *in fact*: "effectivement".
_INDEED = re.compile(r"\bindeed\b(?!,? in\b)", re.IGNORECASE)
_IN_FACT = re.compile(r"\b(?:in fact|actually|as a matter of fact|in reality)\b",
                      re.IGNORECASE)
_EN_FAIT = re.compile(rf"{_B}([Ee])n fait{_E}(,?)")


def _indeed(source: str, french: str) -> str:
    if "n fait" not in french or not _INDEED.search(source) or _IN_FACT.search(source):
        return french
    if source.lstrip().lower().startswith("indeed"):  # "En effet," opens it already
        return french
    return _EN_FAIT.sub(lambda m: cased_like("effectivement", m.group(1))
                        + (m.group(2) or ("," if m.group(1) == "E" else "")), french)


# *a lot* or *much* (or *a great deal*) as an object or an adverb, not a degree of an
# adjective (*much more*, *very much*, *much-needed*, *so much*, *how much*, *as much as*).
_LOT = re.compile(r"\b(?:a lot|a great deal|(?<!very )(?<!so )(?<!too )(?<!how )(?<!as )much"
                  r"(?! (?:more|less|better|worse|larger|higher|lower|greater|as|of a)\b)"
                  r"(?!-))\b", re.IGNORECASE)
_LOT_OF = re.compile(r"\b(?:a lot|lots|a great deal) of\b", re.IGNORECASE)
_DEGREE = re.compile(r"\b(?:very|so|too|extremely|quite|highly)\b", re.IGNORECASE)
# "beaucoup de" with no noun after it (a preposition, a conjunction, a stop).
_BEAUCOUP_DE = re.compile(rf"{_B}(beaucoup) d(?:e ?|{_A})(?=(?:à|au|aux|et|dans|pour|en|sur|"
                          rf"avec|par|ici|maintenant)(?![\w’'-])|[,.;:!?])")
# "très" after a verb, before a preposition or a noun (both read by the analyser).
_TRES = re.compile(rf"{_B}([\w’'-]+) très(?= ?([\w’'-]+|[,.;:!?]))")
# words "très" never modifies: prepositions, "et", stops, adverbs of time and place
_PREPOSITIONS = frozenset({"à", "au", "aux", "dans", "pour", "en", "sur", "avec", "par",
                           "et", ",", ".", ";", ":", "!", "?", "aujourd’hui", "aujourd'hui",
                           "hier", "ici", "maintenant", "ensemble", "récemment"})


def _much(source: str, french: str) -> str:
    if not _LOT.search(source) or ("très" not in french and "beaucoup d" not in french):
        return french
    french = re.sub(r"beaucoup (?=[,.;:!?])", "beaucoup", _BEAUCOUP_DE.sub(r"\1 ", french))
    found = list(_TRES.finditer(french))
    if not found:
        return french
    reads = readings(sorted({w.lower() for m in found for w in m.groups()}))
    out, last = [], 0
    for m in found:
        before = {r.pos for r in reads.get(m.group(1).lower(), ())}
        after = m.group(2).lower()
        if after in _PREPOSITIONS and before & {"vblex", "pp", "vbhaver"}:
            new = "beaucoup"  # "a accompli très dans", "avons très en commun"
        elif (before & {"vblex", "pp"} and _LOT_OF.search(source) and not _DEGREE.search(source)
              and "n" in {r.pos for r in reads.get(after, ())}):
            new = "beaucoup d'" if VOWEL_START.match(after) else "beaucoup de"
        else:  # an adjective, an adverb, a locution after "être": "très" is right
            continue
        out.append(french[last:m.end() - len("très")] + new)
        last = m.end() + (1 if new.endswith("'") else 0)
    return "".join(out) + french[last:] if out else french


# *work* of a thing: its subject a pronoun or a noun of a thing, then an auxiliary or the
# third person; not *work on/with/for...* (a task, a partner), nor a person.
_THINGS = (r"it|this|that|(?:the|this|that|our|such an?|an?|the new) (?:\w+ )?(?:system|approach|"
           r"mechanism|scheme|plan|model|method|format|idea|technology|programme|program|"
           r"measure|tool|rule|law|arrangement|formula|instrument|solution|project|process)")
_WORK_EN = re.compile(rf"\b(?:{_THINGS})\s+(?:(?:will|would|does|did|can|could|should|may|might)"
                      r"(?:\s+(?:simply|not|also|still|really|never|just))*\s+work|works|worked"
                      r"|(?:is|was) working|has worked)\b"
                      r"(?!\s+(?:on|with|for|at|in|to|as|together|hard|closely|out|under|towards|"
                      r"through|alongside|around|abroad|here|there|full|day)\b)(?!-)",
                      re.IGNORECASE)
_WORK_ANY = re.compile(r"\bwork(?:s|ed|ing|ers?)?\b", re.IGNORECASE)
_TRAVAILLER = re.compile(rf"{_B}(travaill(?:e|es|ent|ons|ez|era|erait|eront|eraient|ait|"
                         rf"aient|é|ant|er)){_E}")


def _work(source: str, french: str) -> str:
    if "travaill" not in french or not _WORK_EN.search(source):
        return french
    if len(_WORK_ANY.findall(source)) != 1:  # another *work* (a person's) in the sentence
        return french

    def fix(m: re.Match[str]) -> str:
        return relemma(m.group(1), "fonctionner") or m.group(0)

    return _TRAVAILLER.sub(fix, french)


def _one(source: str, french: str) -> str:
    for english, pivot, said in _TABLE:
        if english.search(source):
            french = pivot.sub(said, french)
    return _work(source, _much(source, _indeed(source, french)))


def spoken_idioms(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the spoken expressions of its English source said as French
    says them."""
    return [_one(s, t) for s, t in zip(sources, texts, strict=True)]
