"""Direct questions: said in the declarative order before the engine, asked in French after.

Apertium reads an English question's auxiliary as a main verb and its subject as an object
("Does this meet our interests?": "Il fait cela répond à nos intérêts ?"; "Are you
satisfied?": "Il vous est satisfait ?"; "What do we have to do?": "Ce que devons faire ?"),
while it translates the same words in the declarative order well ("Cela répond à nos
intérêts ?", "Vous êtes satisfait ?"). ``english`` puts a question's subject before its
verb (do-support dropped: "Does this meet" -> "This meets", "Did you decide" -> "You
decided"); ``french`` asks the French again, as a publisher writes it: the verb before a
pronoun subject ("Êtes-vous satisfait ?", "Y a-t-il une chance ?", "Que devons-nous
faire ?"), "Est-ce que" before any other ("Est-ce que cela répond à nos intérêts ?").

A wh-question to *you* goes through the engine with *we* ("What do you expect" -> "What we
expect"): the Catalan pivot drops the subject pronoun and its second person singular comes
out a noun ("Ce qu'attentes"), its first person plural a verb ("Ce qu'attendons");
``french`` writes the second person plural back ("Qu'attendez-vous"). A leaf module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daybook.translate.french import VOWEL_START

_SUBJECTS = "you|we|they|I|he|she|it|this|that|there"
_AUX = "do|does|did|will|would|can|could|should|shall|must|have|has|had|is|are|was|were|am"
# An opening the question may come after: a conjunction, a vocative or a short phrase and
# its comma ("Mr Fradkov, what do you think", "In this case, will you").
_LEAD = r"(?:(?:But|And|So|Then|Also|Well),? )?(?:[^\s,?]+(?: [^\s,?]+){0,3}, )?"
_WH = (r"(?:[Ww]hat|[Ww]here|[Ww]hen|[Ww]hy|[Hh]ow(?: much| many| long| often| soon)?|"
       r"[Ww]hich)(?: (?!(?:" + _AUX + r")\b)[a-z]+){0,3}?")
_ASKED = re.compile(rf"^({_LEAD})(?:({_WH}) )?({_AUX}) ({_SUBJECTS}) (not )?([a-z]+)\b",
                    re.IGNORECASE)
# The past of verbs English makes irregular, the common ones (general English grammar).
_PAST = {"be": "was", "have": "had", "do": "did", "say": "said", "go": "went", "get": "got",
         "make": "made", "know": "knew", "think": "thought", "take": "took", "see": "saw",
         "come": "came", "give": "gave", "find": "found", "tell": "told",
         "become": "became", "leave": "left", "feel": "felt", "bring": "brought",
         "begin": "began", "keep": "kept", "hold": "held", "write": "wrote",
         "stand": "stood", "hear": "heard", "let": "let", "mean": "meant", "set": "set",
         "meet": "met", "run": "ran", "pay": "paid", "sit": "sat", "speak": "spoke",
         "lead": "led", "grow": "grew", "lose": "lost", "fall": "fell", "send": "sent",
         "build": "built", "understand": "understood", "spend": "spent", "win": "won",
         "buy": "bought", "sell": "sold", "put": "put", "read": "read", "choose": "chose",
         "break": "broke", "forget": "forgot", "seek": "sought", "teach": "taught",
         "fight": "fought", "catch": "caught", "rise": "rose", "draw": "drew",
         "drive": "drove", "eat": "ate", "want": "wanted", "expect": "expected"}
# Verbs the engine reads as nouns after a subject ("this means": "ces moyens").
_AFTER_DO = {"mean": "signify"}
_NOT_VERBS = frozenset(("not", "the", "a", "an", "to", "so", "really", "also", "still",
                        "you", "we", "they", "it", "this", "that", "there", "all"))


@dataclass(frozen=True)
class Asked:
    """A direct question ``english`` rewrites: its wh-phrase ("" for yes or no), its subject
    in English (lower case), whether *you* goes through the engine as *we*, and its verb as
    the declarative says it ("meets" for *does meet*, "decided" for *did decide*)."""

    wh: str
    subject: str
    you_as_we: bool
    verb: str


def _third(verb: str) -> str:
    """ "plan" -> "plans", "go" -> "goes", "carry" -> "carries", "have" -> "has"."""
    if verb == "have":
        return "has"
    if re.search(r"(?:s|x|z|ch|sh|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str | None:
    """ "decide" -> "decided", "plan" -> "planned"; None when unsure (a long word ending
    consonant-vowel-consonant: "admit")."""
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb):
        return verb + verb[-1] + "ed" if len(verb) <= 4 else None
    return verb + "ed"


def asked(source: str) -> Asked | None:
    """The question ``english`` rewrites in ``source`` (one sentence), or None."""
    text = source.strip()
    if not text.endswith("?"):
        return None
    m = _ASKED.match(text)
    if m is None:
        return None
    _, wh, aux, subject, negation, verb = m.groups()
    wh = wh or ""
    aux_l, subject_l = aux.lower(), subject.lower()
    if text[:1].islower():
        return None  # a sentence's piece, not its opening
    if not wh and subject_l == "you" and aux_l in ("could", "can", "would"):
        return None  # a request another rule asks: "Pourriez-vous éclaircir"
    if wh.lower() == "what" and f"{aux_l} {subject_l}" == "do you" and re.match(
            r"think (?:about|of)\b", text[m.start(6):]):
        return None  # "Que pensez-vous de": another rule's
    if wh and subject_l in ("i", "it"):
        return None  # the engine reads them as objects after a wh-word ("Comment le pourrait")
    if aux_l in ("do", "does", "did") and (negation or verb.lower() in _NOT_VERBS
                                           or subject_l == "there"):
        return None
    if (aux_l == "does") != (subject_l in ("he", "she", "it", "this", "that")) and \
            aux_l in ("do", "does"):
        return None  # "Do this", "Does you": no question of this kind
    said: str | None = verb
    if aux_l == "does":
        said = _third(_AFTER_DO.get(verb, verb)) if verb.islower() else None
    elif aux_l == "did":
        said = _past(verb) if verb.islower() else None
    if said is None:
        return None
    you_as_we = bool(wh) and subject_l == "you" and not re.search(
        r"\b(?:we|us|our|ours|ourselves)\b", text, re.IGNORECASE)
    return Asked(wh, subject_l, you_as_we, said)


def english(line: str) -> str:
    """ "Does this meet our interests?" -> "This meets our interests?", "What do you expect
    from the talks?" -> "What we expect from the talks?", "Are you satisfied?" -> "You are
    satisfied?"; other lines unchanged."""
    found = asked(line)
    if found is None:
        return line
    m = _ASKED.match(line.strip())
    assert m is not None
    lead, wh, aux, subject, negation, _ = m.groups()
    aux_l = aux.lower()
    verb = found.verb
    said = "we" if found.you_as_we else subject if subject == "I" else subject.lower()
    if not wh and not lead:
        said = said[:1].upper() + said[1:]
    verbs = verb if aux_l in ("do", "does", "did") else f"{aux.lower()} {negation or ''}{verb}"
    head = f"{lead}{wh + ' ' if wh else ''}{said} {verbs}"
    return head + line.strip()[m.end():]


# --- French, after the engine --------------------------------------------------------------

_W = r"[\wàâçéèêëîïôûùüÿœÀÂÇÉÈÊÎÔ]+"
_CLITIC = r"(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en) |(?:m|t|s|l)['’])"
# The French subject pronouns an English one may come out as.
_FRENCH = {"you": "vous", "we": "nous", "they": "ils|elles", "he": "il", "she": "elle",
           "it": "il|elle|cela|ça|ce|c['’]", "this": "cela|ça|ce|c['’]|ceci",
           "that": "cela|ça|ce|c['’]", "there": "il", "i": "je|j['’]"}
_INVERTED = frozenset(("vous", "nous", "ils", "elles", "il", "elle", "on"))
# Words after a subject pronoun that are no verb: the question is left as it is.
_NO_VERB = frozenset(("aussi", "tous", "toutes", "même", "seul", "seuls", "également",
                      "déjà", "personnellement", "vraiment", "ne", "pas"))
_WH_FR = re.compile(r"^(?:[Cc]e qu(?:e |['’])|[Qq]u['’]est-ce qu(?:e |['’])|[Qq]ue |[Qq]u['’]|"
                    r"[Oo]ù |[Qq]uand |[Cc]omment |[Pp]ourquoi |[Cc]ombien |[Qq]uel(?:le)?s? |"
                    r"[Ll]equel |[Ll]aquelle |[ÀàDd]e? ?quoi )")
_LEADS_FR = frozenset(("Mais", "Et", "Donc", "Alors", "Aussi", "Bien"))
_PLURAL2 = {"sommes": "êtes", "faisons": "faites", "disons": "dites"}


def _second_plural(verb: str) -> str:
    """ "attendons" -> "attendez", "sommes" -> "êtes" (the verb of *we* said to *you*)."""
    return _PLURAL2.get(verb, verb[:-3] + "ez")


def _split_lead(found_lead: str, text: str) -> tuple[str, str] | None:
    """The French of the English opening (a vocative and its comma, "Mais") and the rest."""
    if not found_lead:
        return "", text
    if found_lead.rstrip().endswith(","):
        at = text.find(", ")
        return (text[:at + 2], text[at + 2:]) if 0 < at < 60 else None
    first = text.split(" ", 1)
    return (first[0] + " ", first[1]) if len(first) == 2 and first[0] in _LEADS_FR else None


def _est_ce_que(rest: str) -> str:
    return ("est-ce qu'" if VOWEL_START.match(rest) else "est-ce que ") + rest


def french(source: str, text: str) -> str:
    """ "Vous êtes satisfait ?" -> "Êtes-vous satisfait ?", "Ce qu'attendons des
    discussions ?" -> "Qu'attendez-vous des discussions ?" (*What do you expect*), "Cela
    répond à nos intérêts ?" -> "Est-ce que cela répond à nos intérêts ?" where ``english``
    rewrote the source's question; other texts unchanged."""
    found = asked(source)
    if found is None or not text.rstrip().endswith("?"):
        return text
    m = _ASKED.match(source.strip())
    assert m is not None
    split = _split_lead(m.group(1) or "", text)
    if split is None:
        return text
    lead, body = split
    if re.match(r"(?i)mean\b", source.strip()[m.start(6):]) and m.group(3).lower() == "does":
        # *this means* went as *this signifies* ("ces moyens"): French says "signifie"
        body = re.sub(r"(?<![\w’'-])indiqu(e|ent)(?![\w’'-])", r"signifi\1", body, count=1)
    pronouns = "nous" if found.you_as_we else _FRENCH[found.subject]
    verb_re = (rf"(?:(?P<p>nous) )?(?P<neg>ne |n['’])?(?P<cl>{_CLITIC}*)(?P<v>{_W}ons|sommes)"
               if found.you_as_we or found.subject == "we" else
               rf"(?P<p>{pronouns}) ?(?P<neg>ne |n['’])?(?P<cl>{_CLITIC}*)(?P<v>{_W})")
    if found.wh:
        w = _WH_FR.match(body)
        if w is None:
            return text
        # The subject right after the wh-word, or after the noun of "quel", "combien de".
        v = re.compile(rf"(?i:{verb_re})(?![\w’'-])").match(body, w.end())
        if v is None and re.match(r"(?i)quel|combien", body):
            v = re.compile(rf"(?<![\w’'-])(?i:{verb_re})(?![\w’'-])").search(body, w.end())
        if v is None or len(body[w.end():v.start()].split()) > 4:
            return text
        wh = body[:v.start()]
        if re.match(r"(?i)ce qu|qu['’]est-ce", wh):
            wh = ("Q" if wh[0].isupper() else "q") + "ue "
    else:
        v = re.compile(rf"^(?i:{verb_re})(?![\w’'-])").match(body)
        if v is None:
            return text
        wh = ""
    p = (v.group("p") or "nous").lower()
    verb = v.group("v")
    if verb.lower() in _NO_VERB or (v.group("p") is None and re.search(
            r"(?:[tgx]|[^ia]s)ions$", verb)):
        return text  # "Où les régions": a noun in -ions, no verb without its "nous"
    rest = body[v.end():]
    if found.you_as_we:
        p, verb = "vous", _second_plural(verb)
    if p in _INVERTED:
        joint = "-t-" if p in ("il", "elle", "on") and verb[-1] in "ae" else "-"
        asked_ = f"{v.group('neg') or ''}{v.group('cl')}{verb}{joint}{p}{rest}"
    elif p.startswith("c") and verb == "est" and not wh:
        asked_ = f"est-ce{rest}"  # "C'est vrai que" -> "Est-ce vrai que"
    else:
        asked_ = _est_ce_que(body[v.start():].replace(v.group("p"), v.group("p").lower(), 1))
    if wh:
        if wh.lower() in ("que ", "qu'", "qu’") and (p not in _INVERTED
                                                     or VOWEL_START.match(asked_)):
            wh = wh[0] + "u'"  # "Qu'est-ce que", "Qu'attendez-vous"
        out = wh + asked_
    else:
        out = asked_[:1].upper() + asked_[1:] if not lead else asked_
    return lead + out
