"""Set phrases of speech the engine says word for word, and a question's aside.

Before the engine (``english``, called by ``speech_en``):

- *Thank you so much* is *Thank you very much* ("Merci beaucoup"; the engine's "Merci
  tellement de", a "de" with nothing after it);
- *Let's hear from X*, a chair handing over to a speaker, is *Let us give the floor to X*
  ("Donnons la parole à X"; the engine's "Entendons de Magadan");
- an aside between a question's subject and its verb (*How do you, as a governor,
  assess ...?*) goes before the question word (*As a governor, how do you assess ...?*:
  "Comme gouverneur, comment appréciez-vous ...", was "Comment fais-toi, comme gouverneur,
  apprécie");
- *be afraid (of/to)* is *fear* ("Ils craignent de me dire", "Personne ne les craint"; the
  engine's "Ils font de la peur pour me dire": Catalan "fer por", to frighten).

After it (``french``, called by ``speech_spoken``), each where the English says so:

- *Don't worry* "Ne vous inquiétez pas" (the engine: "Ne préoccupez pas", a pronominal verb
  without its pronoun), *Don't be afraid* "N'ayez pas peur" ("avoir peur", Petit Robert; the
  engine: "Ne faites pas de peur");
- *if you will allow me*: "si" of a condition takes the present, never the future
  (Grevisse § 1154: "si vous me permettez", was "si vous me permettrez");
- *vitally important* "vital" ("Il est vital que", was "de façon vitale important");
- *That was*, *It was* opening a sentence: "C'était" (the engine's "Cela était");
- *I know this is* "Je sais que c'est" (a clause with no *that*: "que", Grevisse § 1121);
- *be used to* "avoir l'habitude de" ("Nous avons l'habitude de travailler", "Ils avaient
  l'habitude", was "Nous sommes eus l'habitude", "Ils ont été eus"); *Why be afraid?*
  "Pourquoi avoir peur ?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR_PRESENT, AVOIR_TENSES, ETRE_TENSES, alternation, etre
from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.gender import readings, verb_form

__all__ = ["aside_first", "english", "french"]

_THANK_SO = re.compile(r"\b([Tt]hank you|[Tt]hanks) so much\b")
# *Let's hear from* a person or a place (not "you", "us": "Donnons-vous la parole").
_HEAR_FROM = re.compile(r"\b([Ll]et(?:['’]s| us) (?:now |then |first |also )?)hear "
                        r"(?:now |next |first )?from (?!you\b|us\b|me\b|them\b)")
# A wh-question's auxiliary and pronoun subject, then an aside in commas before its verb.
_ASIDE = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))(How|What|Why|When|Where|Which \w+|Who)"
                    r" (do|does|did|would|will|can|could|should) (you|we|they|he|she),"
                    r" ((?:as|in your|in our|in his|in their) [^,;.?!]{2,40}), (?=[a-z]+ )")


# *be afraid (of/to)* said *fear* before the engine: the pivot reads *afraid* as "fer por"
# (to frighten: "Ils font de la peur pour me dire", "Personne ne fait de la peur d'eux") or
# "craintif"; its "craindre" is French ("Ils craignent de", "Personne ne les craint"). Not
# *I'm afraid* of politeness (*I'm afraid I cannot*), nor *afraid of* + an -ing verb (its
# form would change), nor an imperative (``french``: "N'ayez pas peur").
# an -ing verb (not *nothing*, *anything*)
_ING = r"(?!(?:no|any|some|every)thing\b)\w+ing\b"
_AFRAID = re.compile(r"\b(I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Pp]eople|[Nn]obody|[Nn]o one|"
                     r"[Ee]veryone|[Aa]nyone|[A-Z]?[a-z]+s)(?: |(?=['’]))"
                     r"(am|are|is|was|were|['’]m|['’]re|['’]s)"
                     r"(?: (not|never)|(?<=[es])(n['’]t))?"
                     rf" afraid(?P<of> of (?!{_ING})(?=[\w’'-]))?"
                     r"(?(of)|(?= to [a-z]+\b|[.,;!?]))")
# *be afraid* after a modal or *to*: "fear" ("ne devrions pas craindre").
_BE_AFRAID = re.compile(r"\b((?:to|will|would|should|must|can|could|may|might|shall)"
                        rf"(?: not| never)?) be afraid(?: of (?!{_ING})(?=[\w’'-])|"
                        r"(?= to [a-z]+\b|[.,;!?]))")
_BE = {"am": "am", "'m": "am", "’m": "am", "are": "are", "'re": "are", "’re": "are",
       "is": "is", "'s": "is", "’s": "is", "was": "was", "were": "were"}
_FEAR = {"am": ("fear", "do"), "are": ("fear", "do"), "is": ("fears", "does"),
         "was": ("feared", "did"), "were": ("feared", "did")}


def _fear(m: re.Match[str]) -> str:
    """ "They are afraid to" -> "They fear to", "you are not afraid of" -> "you do not fear"."""
    subject, be = m.group(1), _BE[m.group(2)]
    negation = m.group(3) or ("not" if m.group(4) else "")
    if subject == "I" and not negation and not m.group("of"):
        return m.group(0)  # "I am afraid, ...", "I'm afraid to say": politeness
    verb, aux = _FEAR[be]
    said = f"{subject} {aux} {negation} fear" if negation else f"{subject} {verb}"
    return said + (" " if m.group("of") else "")


def english(line: str) -> str:
    """ "Thank you so much" -> "Thank you very much", "Let's hear from Magadan" -> "Let us
    give the floor to Magadan", "How do you, as a governor, assess" -> "As a governor, how
    do you assess"."""
    if "so much" in line:
        line = _THANK_SO.sub(r"\1 very much", line)
    if "afraid" in line:
        line = _BE_AFRAID.sub(lambda m: m.group(1) + (" fear " if m.group(0).endswith(" ")
                                                      else " fear"), _AFRAID.sub(_fear, line))
    if "hear " in line:
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
# *Why be afraid?*: "Pourquoi avoir peur ?" (the engine: "Pourquoi fasse peur").
_WHY_AFRAID_EN = re.compile(r"\b[Ww]hy be afraid\b")
_WHY_AFRAID_FR = re.compile(r"(?<![\w’'-])([Pp])ourquoi (?:fasse |faire |faites )?(?:de la )?"
                            r"peur\b")
_IF_WILL_EN = re.compile(r"(?i)\bif you(?: will|['’]ll)\b")
_SI_FUTURE = re.compile(r"(?<![\w’'-])([Ss]i vous (?:ne )?(?:me |m['’]|nous |le |la |l['’]|les |"
                        r"lui |leur |y |en )?)([a-zàâçéèêëîïôûù]+rez)(?![\w’'-])")
_VITAL_EN = re.compile(r"(?i)\bvitally important\b")
_VITAL_FR = re.compile(r"(?<![\w’'-])de façon vitale (?:en )?(important(?:e|s|es)?)(?![\w’'-])")
_VITAL = {"important": "vital", "importante": "vitale", "importants": "vitaux",
          "importantes": "vitales"}
_FOND = re.compile(r"(?<![\w’'-])([Dd]onn(?:ons|ez|er)) le fond(?= à | au | aux )")
# *be used to*: "avoir l'habitude de" (the engine: "Je suis eu l'habitude", "nous sommes eus
# l'habitude", a passive of "avoir"; *used to it* "d'il").
_USED_EN = re.compile(r"(?i)\b(?:am|are|is|was|were|['’]m|['’]re|['’]s|be|been) (?:\w+ly |so |"
                      r"not |all |already )?used to\b")
_HABIT_FR = re.compile(r"(?<![\w’'-])(?:([Jj])e suis|(" + alternation(etre("present", "imperfect"))
                       + r"))(?: a)? eu(?:e|s|es)? (?=l['’]habitude)")
_AVOIR = dict(zip(ETRE_TENSES["present"] + ETRE_TENSES["imperfect"],
                  AVOIR_TENSES["present"] + AVOIR_TENSES["imperfect"], strict=True))
# *were used to*: the engine's compound past "ont été eus l'habitude", an imperfect.
_HABIT_PAST = re.compile(r"(?<![\w’'-])(" + alternation(AVOIR_PRESENT) + r") été eu(?:e|s|es)? "
                         r"(?=l['’]habitude)")
_HAD = dict(zip(AVOIR_TENSES["present"], AVOIR_TENSES["imperfect"], strict=True))
_HABIT_IT = re.compile(r"(?<=l['’]habitude) (?:d['’]il|de le|de lui)(?=[.,;!?]|$)")
# *I know this is*, *we know there are*: a clause with no *that*, which French opens with
# "que" ("Je sais que c'est", "Nous savons qu'il y a"; the engine: "Je sais c'est", "Nous
# savons y a"). Only a pronoun and its verb after *know* ("I know this man" has an object).
_KNOW_EN = re.compile(r"\b(?:I|[Ww]e) (?:already |also )?know (?=(?:this|that|it|there|we|you|"
                      r"they|he|she|I)(?:['’]s| (?:is|are|was|were|has|have|had|will|would|"
                      r"can|could|should|must)\b))")
_KNOW_FR = re.compile(r"(?<![\w’'-])((?:[Jj]e|[Nn]ous) (?:sais|savons)(?: déjà| aussi)?) "
                      r"(?=c['’]|ce |cela |ça |il |ils |elle |elles |nous |vous |on |je |"
                      r"j['’]|(y a)\b)")
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
        if _WHY_AFRAID_EN.search(source):
            text = _WHY_AFRAID_FR.sub(r"\1ourquoi avoir peur", text)
        if _AFRAID_EN.search(source):
            text = _AFRAID_FR.sub(lambda m: cased_like("n'ayez pas peur", m.group(0)), text)
        if present and _IF_WILL_EN.search(source):
            text = _SI_FUTURE.sub(lambda m: m.group(1) + present.get(m.group(2), m.group(2)),
                                  text)
        if _VITAL_EN.search(source):
            text = _VITAL_FR.sub(lambda m: _VITAL[m.group(1)], text)
        if "fond" in text and _HEAR_FROM.search(source):  # "give the floor" said for it
            text = _FOND.sub(r"\1 la parole", text)
        if "habitude" in text and _USED_EN.search(source):
            text = _HABIT_PAST.sub(lambda m: f"{_HAD[m.group(1)]} ", text)
            text = _HABIT_IT.sub(" de cela", _HABIT_FR.sub(
                lambda m: f"{m.group(1)}'ai " if m.group(1) else f"{_AVOIR[m.group(2)]} ", text))
        if know := len(_KNOW_EN.findall(source)):
            def _que(m: re.Match[str], t: str = text) -> str:
                if m.group(2):
                    return m.group(1) + " qu'il "
                return m.group(1) + (" qu'" if VOWEL_START.match(t[m.end():]) else " que ")

            text = _KNOW_FR.sub(_que, text, count=know)
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
