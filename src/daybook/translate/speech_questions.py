"""Direct questions: said in the declarative order before the engine, asked in French after.

Apertium reads an English question's auxiliary as a main verb and its subject as an object
("Does this meet our interests?": "Il fait cela répond à nos intérêts ?"; "Are you
satisfied?": "Il vous est satisfait ?"; "What do we have to do?": "Ce que devons faire ?"),
while it translates the same words in the declarative order well ("Cela répond à nos
intérêts ?", "Vous êtes satisfait ?"). ``english`` puts a question's subject before its
verb (do-support dropped: "Does this meet" -> "This meets", "Did you decide" -> "You
decided"); ``speech_asked.french`` asks the French again, as a publisher writes it: the
verb before a pronoun subject ("Êtes-vous satisfait ?", "Y a-t-il une chance ?", "Que
devons-nous faire ?"), "Est-ce que" before any other ("Est-ce que cela répond à nos
intérêts ?").

A wh-question to *you* goes through the engine with *we* ("What do you expect" -> "What we
expect"): the Catalan pivot drops the subject pronoun and its second person singular comes
out a noun ("Ce qu'attentes"), its first person plural a verb ("Ce qu'attendons");
``speech_asked`` writes the second person plural back ("Qu'attendez-vous"). A leaf
module: ``apertium.py`` imports it (through ``speech_en``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daybook.translate.asked_not import CLAUSE_LEAD, uncontracted

_SUBJECTS = "you|we|they|I|he|she|it|this|that|there"
_SUBJECTS_SET = frozenset(_SUBJECTS.lower().split("|"))
_AUX = "do|does|did|will|would|can|could|should|shall|must|have|has|had|is|are|was|were|am"
# An opening the question may come after: a conjunction, a vocative or a short phrase and
# its comma ("Mr Fradkov, what do you think", "In this case, will you"), a phrase and its
# colon ("My question is: should").
# A phrase of five or six words is an opening, not a question of its own ("What should we
# expect from you, will you work": "What" opens a question).
# A statement and its semicolon, or its comma and *but*, before the question ("... in
# Russian history; aren't you concerned that", "..., but will you give"): ``asked_lead``.
_LEAD = (r"(?:(?:But|And|So|Then|Also|Well),? )?(?:[^\s,:?]+(?: [^\s,:?]+){0,3}, |"
         r"(?![Ww]hat|[Ww]hy|[Hh]ow|[Ww]here|[Ww]hen|[Ww]ho|[Ww]hich)[^\s,:?]+"
         r"(?: [^\s,:?]+){4,5}, |"
         r"[^\s,:?]+(?: [^\s,:?]+){0,7}: |" + CLAUSE_LEAD + r")?")
_WH = (r"(?:[Ww]hat|[Ww]here|[Ww]hen|[Ww]hy|[Hh]ow(?: much| many| long| often| soon)?|"
       r"[Ww]hich)(?: (?!(?:" + _AUX + r")\b)[a-z]+){0,3}?")
ASKED = re.compile(rf"^({_LEAD})(?:({_WH}) )?({_AUX}) ({_SUBJECTS}) (not )?([a-z]+)\b",
                    re.IGNORECASE)
# A noun phrase subject: a name or a capitalised institution ("Russia", "the Government",
# "Vladimir Putin"), a determiner and one noun ("the bridge", "this approach"), a bare plural
# ("farmers"), a determiner and a noun with its *of* complement; the verb follows it.
# Auxiliaries of *be* are left (their predicate is no verb). A determiner and two words
# ("your executive order", "the new law") is read where one word and a verb is no question's
# opening ("Does your executive order concern": "order" is no verb before "concern").
_DET = r"(?:the|this|that|these|those|your|our|their|his|her|its)"
_CAP = r"(?:[A-Z][\w’'-]*|Zq\d+x)"
# A determiner, a noun and its *of* complement come first ("the people of Tuva", "the topic
# of sanctions", "the head of the region"): the shorter reading would take *of* for the verb.
_OF = rf"{_DET} [a-z]+ of (?:(?:{_DET}|the) )?(?:{_CAP}(?: {_CAP}){{0,2}}|[a-z]+)"
_NP = (rf"(?:{_OF}|(?:{_DET} )?{_CAP}(?: {_CAP}){{0,3}}|{_DET} [a-z]+|[a-z]+s)")
_AUX_NP = ("do|does|did|will|would|can|could|should|shall|must|have|has|had")
# A name's apposition or an aside between commas after it ("How does Vladimir Putin, the
# fourth president, differ", "Does the minister, as a banker, think"): part of the subject,
# which the French keeps before the verb ("Comment est-ce que Vladimir Poutine, le ...,
# diffère").
_ASIDE = r"(?:, (?:the|a|an|as|our|your|his|its|their|my) [^,?;:]{1,60},)?"
ASKED_NP = re.compile(rf"^({_LEAD})(?:({_WH}) )?((?i:{_AUX_NP})) ({_NP}{_ASIDE}) (not )?"
                      r"([a-z]+)\b")
_WORD = r"(?!(?:not|also|really|still|ever|never|you|we|they|it|be|to)\b)[a-z]+"
ASKED_NP2 = re.compile(rf"^({_LEAD})(?:({_WH}) )?((?i:{_AUX_NP})) ({_DET} {_WORD} {_WORD}) "
                       r"(not )?([a-z]+)\b")
# Past participles English makes irregular (general English grammar), after *has the X*.
_PARTICIPLES = frozenset(("been", "done", "made", "said", "seen", "taken", "given", "become",
                          "gone", "come", "met", "found", "told", "left", "held", "kept",
                          "brought", "thought", "built", "sent", "won", "lost", "shown",
                          "known", "grown", "written", "begun", "chosen", "spoken", "put",
                          "set", "paid", "led", "read", "got", "gotten", "fallen", "risen"))


# What follows a verb: an object's determiner, a preposition, a pronoun, an adverb in -ly,
# the question's end ("plan to", "count on", "continue?"); not another word of a noun
# phrase ("Does your executive order concern": "order" is a noun there).
_AFTER_VERB = re.compile(r"\s*(?:[?,]|(?:the|a|an|this|that|these|those|your|our|their|his|"
                         r"her|its|any|some|all|every|each|no|such|more|many|much|to|on|in|"
                         r"at|for|with|from|about|into|over|under|by|of|between|against|"
                         r"through|during|without|within|towards?|up|out|off|down|it|them|"
                         r"him|us|me|you|[a-z]+ly|be|been|being)\b|[A-Z][\w’'-]*|Zq\d+x)")


def question_match(text: str) -> re.Match[str] | None:
    """The opening of a question ``english`` may rewrite: (lead, wh-phrase, auxiliary,
    subject, *not*, verb); a pronoun subject first, else a noun phrase before a verb."""
    m = ASKED.match(text)
    if m is not None and (m.group(4).lower() not in ("this", "that") or m.group(6) == "be"
                          or _AFTER_VERB.match(text, m.end())):
        return m  # "this", "that" may be a determiner: "What does this later mean?"
    for asked_np in (ASKED_NP, ASKED_NP2):
        m = asked_np.match(text)
        if m is not None and m.group(4).lower() not in _SUBJECTS_SET and (
                m.group(6) in ("be", "been") or _AFTER_VERB.match(text, m.end())) and \
                _noun_phrase_verb(m.group(3).lower(), m.group(4), m.group(5), m.group(6)):
            return m
    return None
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
_NOT_VERBS = frozenset(("not", "the", "a", "an", "to", "so", "really", "also", "still", "and", "or",
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


# *What/Who/Which X do you think will/should/is ...?*: the wh-word is the subject of the clause
# after *think*, which the engine cannot parse ("Ce que penser devrait être fait ?", "Que
# penser vaincra l'élection ?"); English says the same with *according to you* first, which
# the engine renders well ("Selon vous, qu'est-ce qui devrait être fait ?", "Selon vous, qui
# vaincra l'élection ?"; *in your opinion* comes out "Dans votre opinion", and its feminine
# noun draws the agreement of a participle after it: "s'est passée"). Not *what do you
# think about* (another rule's), nor a subject after *think* ("What do you think we should
# do?"), nor *What do you think is the X?* (``speech_asked.what_is``: "Quel est, selon vous,
# X ?"), nor after *But*, *And* (the engine's lower-case "according to you": "secondes tu").
THINK_ASKED = re.compile(
    r"^((?:[Ww]hat|[Ww]ho|[Ww]hich(?: [a-z]+){1,2}?)) do you "
    r"(?:think|believe|suppose|reckon) (?!(?:is|are|was|were) (?:the|your|our|their|his|her|"
    r"its|this|that|these|those|my)\b)(?=(?:should|will|would|can|could|must|may|might|"
    r"is|are|was|were|has|have|had|needs?|happens|happened|matters)\b[^?]*\?\s*$)")


def opinion_first(line: str) -> str:
    """ "What do you think should be done?" -> "According to you, what should be done?", "Who
    do you think will win?" -> "According to you, who will win?"; other lines unchanged."""
    m = THINK_ASKED.match(line.strip())
    if m is None:
        return line
    return f"According to you, {m.group(1).lower()} {line.strip()[m.end():]}"


def asked(source: str) -> Asked | None:
    """The question ``english`` rewrites in ``source`` (one sentence), or None."""
    text = uncontracted(source.strip())
    if not text.endswith("?") or THINK_ASKED.match(text):
        return None  # no question; or one ``opinion_first`` says otherwise
    m = question_match(text)
    if m is None:
        return None
    _, wh, aux, subject, negation, verb = m.groups()
    wh = wh or ""
    aux_l, subject_l = aux.lower(), subject.lower()
    if text[:1].islower() or not verb.islower():
        return None  # a sentence's piece; a title's capitals ("Are There Any Alternatives?")
    if subject_l not in _SUBJECTS_SET:
        if not _noun_phrase_verb(aux_l, subject, negation, verb):
            return None
        subject_l = "np"
    if not wh and subject_l == "you" and aux_l in ("could", "can", "would") and not m.group(1):
        return None  # a request the engine asks: "Pourriez-vous éclaircir" (not after a lead)
    if wh.lower() == "what" and f"{aux_l} {subject_l}" == "do you" and re.match(
            r"think (?:about|of)\b", text[m.start(6):]):
        return None  # "Que pensez-vous de": another rule's
    if wh and subject_l in ("i", "it"):
        return None  # the engine reads them as objects after a wh-word ("Comment le pourrait")
    if aux_l in ("do", "does", "did") and (verb.lower() in _NOT_VERBS or subject_l == "there"):
        return None
    if subject_l != "np" and aux_l in ("do", "does") and (aux_l == "does") != (
            subject_l in ("he", "she", "it", "this", "that")):
        return None  # "Do this", "Does you": no question of this kind
    said: str | None = verb
    if negation and wh and (aux_l in ("do", "does") or subject_l == "you"):
        # *Why don't you run?* "Pourquoi ne pas se présenter ?" (the engine's); a past *Why
        # did they not come?* is a question ("Pourquoi ne sont-ils pas venus ?")
        return None
    if negation and aux_l in ("do", "does", "did"):
        # *Does it not bother you*: "it does not bother you" (``asked_not``)
        said = f"{aux_l} not {verb}"
    elif aux_l == "does":
        said = _third(_AFTER_DO.get(verb, verb))
    elif aux_l == "did":
        said = _past(verb)
    if said is None:
        return None
    # *do you* in a yes or no question too: the pivot reads a bare *you* + verb as "tu" or
    # drops it ("Tu conviens avec cela", "Voix n'importe quels risques" for *you see*).
    you_as_we = (bool(wh) or aux_l in ("do", "did")) and subject_l == "you" and not re.search(
        r"\b(?:we|us|our|ours|ourselves)\b", text, re.IGNORECASE)
    return Asked(wh, subject_l, you_as_we, said)


def _noun_phrase_verb(aux: str, subject: str, negation: str | None, verb: str) -> bool:
    """Whether ``verb`` after the noun phrase ``subject`` is the question's verb: a base
    form after *do* and a modal ("policies" in "the Russian Railways policies" is none), a
    participle after *have*; a bare plural subject only before a modal."""
    if negation or verb in _NOT_VERBS or verb in ("of", "and", "in", "for", "on", "with"):
        return False
    if aux in ("have", "has", "had"):
        if not (verb.endswith("ed") or verb in _PARTICIPLES):
            return False
    elif verb.endswith("s") and not verb.endswith(("ss", "us")):
        return False
    if aux == "do" and not (subject.endswith("s") or " and " in subject):
        return False  # *do* wants a plural subject ("Do the regions agree")
    return not (subject[:1].islower() and " " not in subject and aux in (
        "do", "does", "did", "have", "has", "had"))


def english(line: str) -> str:
    """ "Does this meet our interests?" -> "This meets our interests?", "What do you expect
    from the talks?" -> "What we expect from the talks?", "Are you satisfied?" -> "You are
    satisfied?"; other lines unchanged."""
    opinion = opinion_first(line)
    if opinion != line:
        return opinion
    found = asked(line)
    if found is None:
        return line
    line = uncontracted(line)
    m = question_match(line.strip())
    assert m is not None
    lead, wh, aux, subject, negation, _ = m.groups()
    aux_l = aux.lower()
    verb = found.verb
    said = "we" if found.you_as_we else subject if subject == "I" or found.subject == "np" \
        else subject.lower()
    if not wh and not lead:
        said = said[:1].upper() + said[1:]
    elif found.subject == "np" and said[:4] in ("The ", "This", "That", "Thes", "Thos",
                                                "Your", "Our ", "Thei", "His ", "Her ", "Its "):
        said = said[:1].lower() + said[1:]  # "How will the government"
    verbs = verb if aux_l in ("do", "does", "did") else f"{aux.lower()} {negation or ''}{verb}"
    head = f"{lead}{wh + ' ' if wh else ''}{said} {verbs}"
    return head + line.strip()[m.end():]
