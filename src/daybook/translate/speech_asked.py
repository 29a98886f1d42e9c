"""Direct questions asked in French: the engine's declarative French of a question
``speech_questions.english`` put in the declarative order, said as a publisher writes a
question: the verb before a pronoun subject ("Vous êtes satisfait ?" -> "Êtes-vous
satisfait ?", "Il y a une chance ?" -> "Y a-t-il une chance ?", "Ce que devons faire ?" ->
"Que devons-nous faire ?"), "Est-ce que" before any other subject ("Est-ce que cela répond à
nos intérêts ?"); a wh-question to *you* that went through the engine as *we* gets its
second person plural back ("Ce qu'attendons" -> "Qu'attendez-vous").
"""

from __future__ import annotations

import re

from daybook.translate.asked_forms import asked_forms
from daybook.translate.asked_not import clause_lead, uncontracted
from daybook.translate.french import VOWEL_START, cased_like, contract
from daybook.translate.gender import readings
from daybook.translate.sourced import plural2
from daybook.translate.speech_questions import asked, question_match
from daybook.translate.speech_set import aside_first

_W = r"[\wàâçéèêëîïôûùüÿœÀÂÇÉÈÊÎÔ]+"
_CLITIC = r"(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en) |(?:m|t|s|l)['’])"
# The French subject pronouns an English one may come out as.
_FRENCH = {"np": "", "you": "vous", "we": "nous", "they": "ils|elles", "he": "il", "she": "elle",
           "it": "il|elle|cela|ça|ce|c['’]", "this": "cela|ça|ce|c['’]|ceci",
           "that": "cela|ça|ce|c['’]", "there": "il", "i": "je|j['’]"}
_INVERTED = frozenset(("vous", "nous", "ils", "elles", "il", "elle", "on"))
# Words after a subject pronoun that are no verb: the question is left as it is.
_NO_VERB = frozenset(("aussi", "tous", "toutes", "même", "seul", "seuls", "également",
                      "déjà", "personnellement", "vraiment", "ne", "pas"))
_WH_FR = re.compile(r"^(?:[Cc]e qu(?:e |['’])|[Cc]e dont |[Qq]u['’]est-ce qu(?:e |['’])|"
                    r"[Qq]ue |[Qq]u['’]|[Oo]ù |[Qq]uand |[Cc]omment |[Pp]ourquoi |[Cc]ombien |"
                    r"[Qq]uel(?:le)?s? |"
                    r"[Ll]equel |[Ll]aquelle |[ÀàDd]e? ?quoi )")
# The French a wh-word of the source opens with: "how" read as "que" (*how much!*) is no
# "Comment" question.
_WH_OF = {"what": r"ce qu|qu|que|ce dont", "where": r"où", "when": r"quand", "why": r"pourquoi",
          "how": r"comment|combien", "which": r"quel|lequel|laquelle"}


def _wh_matches(wh: str, body: str) -> bool:
    """Whether the French ``body`` opens with the French of the English wh-phrase ``wh``."""
    first = wh.split()[0].lower()
    return re.match(rf"(?i)(?:{_WH_OF.get(first, '(?!)')})", body) is not None


# The forms of "pouvoir", "vouloir", "devoir" a question asks with.
_MODAL = re.compile(r"(?i)(?:pou?v|peu|pourr|voul|veu|voudr|dev|doi|devr)\w*$")
_LEADS_FR = frozenset(("Mais", "Et", "Donc", "Alors", "Aussi", "Bien"))
_PLURAL2 = {"sommes": "êtes", "faisons": "faites", "disons": "dites"}


def _second_plural(verb: str) -> str:
    """ "attendons" -> "attendez", "sommes" -> "êtes" (the verb of *we* said to *you*)."""
    return _PLURAL2.get(verb, verb[:-3] + "ez")


def _split_lead(found_lead: str, text: str, subject: str = "") -> tuple[str, str] | None:
    """The French of the English opening (a vocative and its comma, "Mais") and the rest:
    after a comma, the first one the question's French ``subject`` follows, else the first
    ("Donc, ma question est, vous pourriez" for *So my question is, could you*)."""
    if not found_lead:
        return "", text
    if (cut := clause_lead(found_lead, text)) is not None or found_lead.endswith(
            ("; ", ", but ", ", so ")):
        return cut
    if found_lead.rstrip().endswith(","):
        at = text.find(", ")
        if subject:
            at = next((m.start() for m in re.finditer(", ", text[:90]) if re.match(
                rf"(?:{subject})(?![\w’'-])", text[m.end():])), at)
        return (text[:at + 2], text[at + 2:]) if 0 < at < 90 and (
            at < 60 or subject) else None
    if found_lead.rstrip().endswith(":"):
        m = re.match(r"[^:?]{1,90}\s?:\s*", text)
        return (m.group(0), text[m.end():]) if m else None
    first = text.split(" ", 1)
    return (first[0] + " ", first[1]) if len(first) == 2 and first[0] in _LEADS_FR else None


# The determiners a French noun phrase subject opens with: lower case after "Est-ce que".
_DETERMINER = re.compile(r"(?:Le|La|Les|L['’]|Ce|Cet|Cette|Ces|Votre|Vos|Notre|Nos|Leur|Leurs|"
                         r"Son|Sa|Ses|Un|Une|Des|Du)(?![\w-])")


def _noun_subject(wh: str, body: str, led: bool) -> str:
    """A question with a noun phrase subject asked with "est-ce que" ("Le gouvernement
    prévoit ?" -> "Est-ce que le gouvernement prévoit ?", "Comment le gouvernement
    répondra ?" -> "Comment est-ce que le gouvernement répondra ?"); French that does not
    open as expected (a "quel" phrase, a question already) is left."""
    if re.match(r"(?i)est-ce|qu['’]est-ce|(?:il|elle|ils|elles|on) ", body):
        return body  # asked already; or the engine's "Il fait la Russie prévoir"
    if not wh:
        first = body[:1].lower() + body[1:] if _DETERMINER.match(body) else body
        asked_ = _est_ce_que(first)
        return asked_ if led else asked_[:1].upper() + asked_[1:]
    w = _WH_FR.match(body)
    if w is None or re.match(r"(?i)quel|combien|lequel|laquelle|[àd]e? ?quoi", body):
        return body
    rest = body[w.end():]
    if re.match(r"(?i)ce dont", body):
        return ("D" if body[0].isupper() else "d") + "e quoi " + _est_ce_que(rest)
    if re.match(r"(?i)ce qu|que |qu['’]", body):
        return ("Q" if body[0].isupper() else "q") + "u'" + _est_ce_que(rest)
    return body[:w.end()] + _est_ce_que(rest)


def _est_ce_que(rest: str) -> str:
    return ("est-ce qu'" if VOWEL_START.match(rest) else "est-ce que ") + rest


# An echo question, the auxiliary and its pronoun alone (*Did he? Is it? Have you?*): the
# engine's "Il a fait il ?" is no French; French answers "Vraiment ?".
_ECHO = re.compile(r"^((?:And|But|So),? )?(?:do|does|did|is|are|was|were|has|have|had|will|"
                   r"would|can|could)(?:n['’]t)? (?:he|she|it|they|you|we|I|that|this)\s*\?$",
                   re.IGNORECASE)
_ECHO_LEAD = {"and": "Et ", "but": "Mais ", "so": "Alors "}


def french(source: str, text: str) -> str:
    """ "Vous êtes satisfait ?" -> "Êtes-vous satisfait ?", "Ce qu'attendons des
    discussions ?" -> "Qu'attendez-vous des discussions ?" (*What do you expect*), "Cela
    répond à nos intérêts ?" -> "Est-ce que cela répond à nos intérêts ?" where ``english``
    rewrote the source's question; other texts unchanged."""
    # as ``english`` read it: "Don't you" -> "Do you not", an aside before "how"
    source = aside_first(uncontracted(source))
    echo = _ECHO.match(source.strip())
    if echo is not None:
        lead = _ECHO_LEAD.get((echo.group(1) or "").strip(" ,").lower(), "")
        return f"{lead}{'v' if lead else 'V'}raiment ?"
    found = asked(source)
    if found is None or not text.rstrip().endswith("?"):
        return text
    m = question_match(source.strip())
    assert m is not None
    split = _split_lead(m.group(1) or "", text, "" if found.wh or found.subject == "np" else
                        "nous" if found.you_as_we else _FRENCH[found.subject])
    if split is None:
        return text
    lead, body = split
    if re.match(r"(?i)mean\b", source.strip()[m.start(6):]) and m.group(3).lower() == "does":
        # *this means* went as *this signifies* ("ces moyens"): French says "signifie"
        body = re.sub(r"(?<![\w’'-])indiqu(e|ent)(?![\w’'-])", r"signifi\1", body, count=1)
    as_we = found.you_as_we
    if found.subject == "you" and not found.wh:
        # "Tu appuies l'interdiction ?" (*Do you support*): the formal "vous" of a question.
        tu = re.match(r"[Tt]u (\w+)(?![\w’'-])", body)
        if tu is not None:
            plural = plural2(tu.group(1))
            if plural is None:
                return text
            body = f"Vous {plural}{body[tu.end():]}"
            as_we = False  # the engine said *you* (as "tu") all the same
    if found.wh.lower() == "how":
        # *how* the pivot said "que" or "comme" (Catalan "com"): "comment"
        body = re.sub(r"^(?:[Qq]ue |[Qq]u['’]|[Cc]omme )",
                      lambda m: "Comment " if m.group(0)[0].isupper() else "comment ", body)
    if found.wh and not _wh_matches(found.wh, body):
        return text
    if found.subject == "np":
        return lead + _noun_subject(found.wh, body, bool(lead))
    pronouns = "nous" if as_we else _FRENCH[found.subject]
    verb_re = (rf"(?:(?P<p>nous) )?(?P<neg>ne |n['’])?(?P<cl>{_CLITIC}*)(?P<v>{_W}ons|sommes)"
               if as_we or found.subject == "we" else
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
        if re.match(r"(?i)ce dont", wh):
            wh = "De quoi "  # *What do you need?* "Ce dont avons besoin" (Grevisse § 1102)
        elif re.match(r"(?i)ce qu|qu['’]est-ce", wh):
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
    if p == "vous" and "vous" in v.group("cl").lower() and not re.search(
            r"(?i)\byoursel", source):
        return text  # "vous vous pensez est prêt" (*you think you are*): no reflexive to keep
    rest = body[v.end():]
    clitics = v.group("cl")
    if as_we:
        p, verb = "vous", _second_plural(verb)
        # *we* went through as the subject: its reflexive "nous" is "vous" ("nous souvenons")
        clitics = re.sub(r"(?i)^nous ", "vous ", clitics)
    if p in _INVERTED:
        joint = "-t-" if p in ("il", "elle", "on") and verb[-1] in "ae" else "-"
        asked_ = f"{v.group('neg') or ''}{clitics}{verb}{joint}{p}{rest}"
        if clitics and _MODAL.match(verb) and re.match(r" [a-zéèêîô]+(?:er|ir|re)\b", rest):
            # a modal's clitic is its infinitive's ("vous nous pourriez dire" -> "pourriez-vous
            # nous dire", Grevisse § 682)
            asked_ = f"{v.group('neg') or ''}{verb}{joint}{p} {clitics}{rest.lstrip()}"
    elif p.startswith("c") and verb == "est" and not wh:
        # "C'est vrai que" -> "Est-ce vrai que", "Ce n'est pas le moment" -> "N'est-ce pas"
        asked_ = f"{'n' + chr(39) if v.group('neg') else ''}est-ce{rest}"
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


# A tag question (*..., isn't it?*, *..., are you?*, *..., right?*): the engine says the tag
# word for word ("n'est pas il ?", "vous est ?", "bien ?"); French asks "n'est-ce pas ?".
_TAG_EN = re.compile(r",\s*(?:(?:is|are|was|were|do|does|did|will|would|can|could|have|has|"
                     r"had|should|shall|must)(?:n['’]t)?(?: not)? (?:it|he|she|they|you|we|I|"
                     r"there|that|this)|right)\s*\?\s*$", re.IGNORECASE)
_TAG_FR = re.compile(r",\s*[^,;:?!«»]{1,30}?\s*\?\s*$")


def tag_question(source: str, text: str) -> str:
    """ "C'est très important, n'est pas il ?" -> "C'est très important, n'est-ce pas ?"
    where the English ends with a tag (*isn't it?*); other texts unchanged."""
    if not _TAG_EN.search(source.strip()):
        return text
    m = _TAG_FR.search(text)
    if m is None or len(m.group(0).split()) > 5:
        return text
    return text[:m.start()] + ", n'est-ce pas ?"


# *What is/are X?*: the engine's "Ce qui est vos attentes ?" -> "Quelles sont vos attentes ?"
# (the interrogative "quel" agreeing with the noun, the verb with its number).
# *What do you think is X?* (the engine's "Que pensez-vous est X ?") -> "Quel est, selon
# vous, X ?"; *In your opinion, what is X?* -> "À votre avis, quel est X ?" (markers.py).
_WHAT_BE = re.compile(r"^(?:(?:And|But|So|In your (?:opinion|view)),? )?[Ww]hat "
                      r"(do you think )?(is|are|was|were) (?:the|your|our|their|"
                      r"his|her|its|this|that|these|those|my)\b[^?]*\?\s*$")
_CE_QUI = re.compile(r"^((?:Et|Mais|Donc|À votre avis),? )?([Cc]e qu(?:i |['’])|"
                     r"(?:[Qq]ue pensez-vous|[Cc]e que vous pensez) )(?:est|sont|était|étaient) "
                     r"((le|la|l['’]|les|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|"
                     r"leur|leurs|ce|cet|cette|ces) ?([\w-]+))")
_BE_FR = {"is": "est", "are": "sont", "was": "était", "were": "étaient"}
_PLURAL_DET = frozenset(("les", "mes", "tes", "ses", "nos", "vos", "leurs", "ces"))
_FEMININE_DET = frozenset(("la", "ma", "ta", "sa", "cette"))
_MASCULINE_DET = frozenset(("le", "ce", "cet"))


def what_is(sources: list[str], texts: list[str]) -> list[str]:
    """ "Ce qui est la raison ?" -> "Quelle est la raison ?", "Ce qui est vos attentes ?" ->
    "Quelles sont vos attentes ?" for *What is/are X?*; the noun's gender from its
    determiner, else from the analyser (one exchange for all)."""
    found: dict[int, tuple[re.Match[str], re.Match[str]]] = {}
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        french_m = _CE_QUI.match(text)
        if french_m is not None and french_m.group(3).lower() in ("cela", "ceci"):
            continue  # a pronoun ("ce" + "la"), no determiner: *What is that?*
        english_m = _WHAT_BE.match(source.strip()) if french_m else None
        if french_m and english_m:
            found[k] = (french_m, english_m)
    if not found:
        return [what_subject(s, t) for s, t in zip(sources, texts, strict=True)]
    reads = readings(sorted({m.group(5).lower() for m, _ in found.values()}))
    out = list(texts)
    for k, (m, english) in found.items():
        det = m.group(4).lower()
        plural = det in _PLURAL_DET or english.group(2) in ("are", "were")
        if det in _FEMININE_DET or det in _MASCULINE_DET:
            feminine = det in _FEMININE_DET
        else:
            genders = {r.gender for r in reads.get(m.group(5).lower(), ()) if r.pos == "n"}
            if len(genders) != 1 or genders == {"mf"}:
                continue
            feminine = genders == {"f"}
        quel = "quel" + ("le" if feminine else "") + ("s" if plural else "")
        if not m.group(1):
            quel = quel.capitalize()
        verb = _BE_FR[english.group(2)] + (", selon vous," if english.group(1) else "")
        out[k] = f"{m.group(1) or ''}{quel} {verb} {m.group(3)}{texts[k][m.end():]}"
    return [what_subject(source, text) if k not in found else text
            for k, (source, text) in enumerate(zip(sources, out, strict=True))]


# *What* as a question's subject (*What should be done?*, *What will happen next?*): the
# engine's relative "Ce qui devrait être fait ?" -> "Qu'est-ce qui devrait être fait ?";
# *What is this/that?* "Qu'est-ce que c'est?".
# *What do you think should be done?* went through as *According to you, what should*
# (``speech_questions.opinion_first``): "Selon vous, ce qui devrait".
_WHAT_SUBJECT_EN = re.compile(r"^\W*(?:(?:And|But|So|In your (?:opinion|view)),? )?[Ww]hat "
                              r"(?:do you (?:think|believe|suppose|reckon) )?"
                              r"(?:should|will|would|can|could|must|may|might|happened|happens|"
                              r"has|had|made|makes|is|was)\b"
                              # a subject after the verb: *what* is its object ("What will
                              # you do?")
                              r"(?! (?:this|that|it|these|those|you|we|I|they|he|she|the|our|"
                              r"your|their|its|his|her|my)\b)"
                              r"[^?]*\?\s*$")
_WHAT_THAT_EN = re.compile(r"^\s*What is (?:that|this|it)\s*\?\s*$")
_CE_QUI_ASKED = re.compile(r"^((?:(?:Et|Mais|Donc),? )?(?:[àÀ] votre avis,? |"
                           r"[Ss]elon vous,? )?)[Cc]e qui (?=[\w’'])")

def what_subject(source: str, text: str) -> str:
    """ "Ce qui se passera après ?" -> "Qu'est-ce qui se passera après ?" for *What will
    happen next?*."""
    if _WHAT_THAT_EN.match(source):
        return "Qu'est-ce que c'est?" if _CE_QUI_ASKED.match(text) else text
    m = _CE_QUI_ASKED.match(text)
    if m is None or not text.rstrip().endswith("?") or not _WHAT_SUBJECT_EN.match(source):
        return text
    lead = m.group(1) or ""
    return lead + ("qu'est-ce qui " if lead else "Qu'est-ce qui ") + text[m.end():]


# *any* in a question (not a negative one: ``particles``): "Avez-vous n'importe quelles
# questions ?" -> "Avez-vous des questions ?", "n'importe quelle chance" -> "une chance",
# *anyone*, *anything* "quelqu'un", "quelque chose" (the pivot's "qualsevol", *whichever*).
# (not *any* of degree: "any different", "any better", "any longer")
_ANY_ASKED_EN = re.compile(r"\bany(?:one|body|thing)?\b(?! (?:\w+er|more|less|different|"
                           r"further|good)\b)[^.!;]*\?\s*$", re.IGNORECASE)
_NEGATIVE_EN = re.compile(r"\b(?:not|never|no|without)\b|n['’]t\b", re.IGNORECASE)
_ANY_FR = re.compile(r"(?<![\w’'-])[Nn]['’]importe (quels|quelles|quel|quelle|qui|quoi)"
                     r"(?![\w’'-])(?=(?: ([\w-]+))?[^.!;]*\?\s*$)")
_ANY_AS = {"quels": "des", "quelles": "des", "quel": "un", "quelle": "une",
           "qui": "quelqu'un", "quoi": "quelque chose"}


# *if there are any X*: "S'il y a n'importe quelles difficultés" -> "S'il y a des
# difficultés" (*any* of a condition is that of a question).
_IF_ANY_EN = re.compile(r"\bif\b[^.;:!?]*\bany(?:one|body|thing)?\b(?! (?:\w+er|more|less|"
                        r"different|further|good)\b)", re.IGNORECASE)
_IF_ANY_FR = re.compile(r"(?<![\w’'-])((?:[Ss]i|[Ss]['’]il|[Ss]['’]ils) [^.;:,!?«»]*?)"
                        r"[Nn]['’]importe (quels|quelles|quel|quelle|qui|quoi)(?![\w’'-])"
                        r"(?: ([\w-]+))?")


def any_asked(source: str, text: str) -> str:
    """ "Avez-vous n'importe quelles questions ?" -> "Avez-vous des questions ?" where the
    English asks with *any* (*Do you have any questions?*); not in a negative question."""
    if "importe" not in text or _NEGATIVE_EN.search(source):
        return text
    if _IF_ANY_EN.search(source):
        text = _IF_ANY_FR.sub(lambda m: m.group(1) + _any_word(m.group(2), m.group(3)) + (
            " " + m.group(3) if m.group(3) else ""), text)
    if not _ANY_ASKED_EN.search(source):
        return text
    return _ANY_FR.sub(lambda m: cased_like(_any_word(m.group(1), m.group(2)), m.group(0)),
                       text)


def _any_word(which: str, noun: str | None) -> str:
    """ "des" for "n'importe quels", "un"/"une" for "n'importe quel(le)" after the noun's
    gender ("n'importe quel chance": the engine's agreement is wrong), "quelqu'un"..."""
    word = _ANY_AS[which]
    if word in ("un", "une") and noun:
        genders = {r.gender for r in readings([noun.lower()]).get(noun.lower(), ())
                   if r.pos == "n"}
        word = "une" if genders == {"f"} else "un" if genders == {"m"} else word
    return word


# *What about X?*: "Mais ce que sur les gens ?" -> "Mais qu'en est-il des gens ?", *What about
# you?* "Et vous ?" (the engine's "ce que sur", *what* + *about* word for word).
_WHAT_ABOUT_EN = re.compile(r"^\W*(?:(?:And|But|So),? )?[Ww]hat about\b")
_WHAT_ABOUT_FR = re.compile(r"^(\W*(?:(?:Et|Mais|Donc),? )?)[Cc]e que (?:sur|environ) ")
_PRONOUN = re.compile(r"(?:vous|nous|eux|elles|lui|elle|moi|toi)(?=\s*\?)")


def what_about(source: str, text: str) -> str:
    """ "Ce que sur l'économie ?" -> "Qu'en est-il de l'économie ?", "Ce que sur vous ?" ->
    "Et vous ?" for *What about X?*."""
    m = _WHAT_ABOUT_FR.match(text)
    if m is None or not _WHAT_ABOUT_EN.match(source):
        return text
    lead, rest = m.group(1), text[m.end():]
    if _PRONOUN.match(rest):
        return (lead or "Et ") + rest
    asked = "qu'en est-il " + contract("de", rest)
    return lead + (asked if lead.strip() else cased_like(asked, "Q"))


def asked_phrases(source: str, text: str) -> str:
    """*any* in a question, *What about X?*, and the forms of ``asked_forms`` (``any_asked``,
    ``what_about``, ``asked_forms.asked_forms``)."""
    return asked_forms(source, what_about(source, any_asked(source, text)))
