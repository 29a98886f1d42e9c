"""Verb and adjective senses the pivot says word for word, put right by the English.

Each rule runs after the engine on one French sentence with its English source beside it
(through ``senses.senses``, last) and fires only where the English has the construction it is
about; a verb keeps the tense and person the engine gave it (``idioms.relemma``). The French
is general French usage (the Petit Robert's and Larousse's phrases for each sense), never the
sample's own text:

- *you are right / wrong* "Vous êtes bien", "suis incorrect" -> "Vous avez raison", "ai
  tort" (a person: *I, you, we, he, she, they*); *it would be right to* "Ce serait droit
  de" -> "Ce serait juste de";
- *warmly* "aimablement" (kindly) -> "chaleureusement";
- *upcoming / forthcoming* "les fêtes proches" (near) -> "les prochaines fêtes" (one noun
  after its article), else "à venir" after the noun;
- *be entitled to* "sont intitulés pour assister" -> "ont le droit d'assister" ("droit à"
  before a noun);
- *interesting*, said *attractive* to the engine (``interesting_en``, before it: the tagger
  reads *interesting* as a verb, "passionnant des discussions", "ce sera passionner") so that
  it places and agrees an adjective, "des discussions attirantes" -> "des discussions
  intéressantes";
- *get involved* "reçoivent impliqués" -> "s'impliquent" ("se sont impliqués", "nous nous
  impliquons": the reflexive pronoun of the verb's person).
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR, ETRE, THIRD, alternation, etre
from daybook.translate.clausewords import readings_of
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import VOWEL_START, cased_like, elide
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import generate
from daybook.translate.idioms import relemma

_ETRE = alternation(ETRE | etre("subjunctive", persons=THIRD) | {"été", "être"})
# English person -> the French être forms that can stand for it (its person and number).
_PERSON = {"i": ("p1", "sg"), "you": ("p2", ""), "we": ("p1", "pl"), "he": ("p3", "sg"),
           "she": ("p3", "sg"), "they": ("p3", "pl")}
_BE = r"(?:am|are|is|was|were|be|been|['’]m|['’]re|['’]s)"
_RIGHT_EN = re.compile(r"\b(I|you|we|he|she|they)\s+(?:(?:would|will|may|might|must|could|"
                       r"should|can)\s+(?:not\s+)?(?:have\s+been|be)|" + _BE + r"|(?:have|has|had)"
                       r"\s+been)(?:\s+(?:not|absolutely|quite|completely|entirely|so|"
                       r"probably|certainly|perhaps|also|both|all))*\s+(right|wrong)\b"
                       r"(?!\s+(?:now|away|here|there|after|before|thing|way|choice|path|"
                       r"direction|side|track|place|time|people|person|hands?)\b)",
                       re.IGNORECASE)
_IT_RIGHT_EN = re.compile(r"\b(?:it|this|that)\s+(?:would\s+|will\s+|may\s+|might\s+)?(?:be|is|"
                          r"was|['’]s)\s+(?:\w+ly\s+)?right\s+to\b", re.IGNORECASE)
# The French the pivot gives *right* and *wrong* (as adjectives after "être").
_SAID_RIGHT = r"bien|droite?s?|de droit|correcte?s?|juste"
_SAID_WRONG = r"incorrecte?s?|de l['’]injustice|injuste|erronée?s?|faux|fausses?|mal"
_ADVERBS = r"(?:(?:pas|absolument|complètement|entièrement|tout à fait|assez de|si|aussi|" \
           r"probablement|certainement|peut-être|tous|toutes|tous deux) )*"
_RIGHT_FR = re.compile(r"(?<![\w-])((?:[Jj]e |[Nn]e |[Nn]['’]|[Cc]['’]|[Cc]e )?)(" + _ETRE
                       + r") (" + _ADVERBS + r")(" + _SAID_RIGHT + "|" + _SAID_WRONG + r")"
                       r"(?=\s*(?:[,.;:!?)»”]|$|de |d['’]|pour |à |quand |que |qu['’]|sur |"
                       r"dans |en |mais |et |car |parce ))")
_IT_RIGHT_FR = re.compile(r"(?<![\w-])((?:[Cc]e|[Cc]['’]|[Ii]l|[Cc]ela) ?(?:" + _ETRE
                          + r") )(?:droit|de droit|bien) (?=de |d['’]|pour )")
_SUBJECT_FR = {"he": "il", "she": "elle", "they": "ils"}  # cased by the lead


def _person_fits(verb: str, pronoun: str) -> bool:
    """Whether the être form ``verb`` can be the English pronoun's verb (an infinitive or a
    participle can be any person's)."""
    person, number = _PERSON[pronoun.lower()]
    return any(r.lemma == "être" and (r.tags[1:2] in (("inf",), ("pp",)) or (
        person in r.tags and (not number or number in r.tags))) for r in readings_of(verb))


def right_wrong(source: str, french: str) -> str:
    """*you are right* "Vous êtes bien" -> "Vous avez raison", *I was wrong* "étais
    incorrect" -> "avais tort"; *it would be right to* "Ce serait droit de" -> "juste de"."""
    if _IT_RIGHT_EN.search(source):
        french = _IT_RIGHT_FR.sub(r"\1juste ", french)
    said = [(m.group(1), m.group(2).lower()) for m in _RIGHT_EN.finditer(source)]
    if not said:
        return french
    out, last = [], 0
    for m in _RIGHT_FR.finditer(french):
        if not said:
            break
        lead, verb, adverbs, word = m.groups()
        pronoun, sense = said[0]
        wrong = re.fullmatch(_SAID_WRONG, word) is not None
        if (sense == "wrong") != wrong or not _person_fits(verb, pronoun):
            continue
        have = relemma(verb, "avoir")
        if have is None:
            continue
        said.pop(0)
        if lead.lower() in ("c'", "c’", "ce "):
            # "C'était incorrect" for *He was wrong*: the pivot made the person a "ce";
            # mid-sentence it stays lower case ("que ce sont bien" -> "qu'ils ont raison").
            lead = cased_like(_SUBJECT_FR.get(pronoun.lower(), lead.strip()), lead) + " "
        elif lead.lower() == "je ":
            lead = cased_like("j'", lead)
        elif lead.lower() in ("ne ", "n'", "n’"):
            lead = cased_like("n'", lead)
        adverbs = adverbs.replace("assez de ", "tout à fait ")
        out.append(french[last:m.start()] + lead + have.lower() + " " + adverbs
                   + ("tort" if wrong else "raison"))
        last = m.end()
    return elide("".join(out) + french[last:]) if out else french


_WARMLY = re.compile(r"\bwarmly\b", re.IGNORECASE)
_KINDLY = re.compile(r"\bkindly\b", re.IGNORECASE)


def warmly(source: str, french: str) -> str:
    """*warmly congratulate* "féliciter aimablement" -> "féliciter chaleureusement"."""
    if not _WARMLY.search(source) or _KINDLY.search(source) or "aimablement" not in french:
        return french
    french = re.sub(r"(?<![\w-])([Jj]|[Qq]u)['’]aimablement",
                    lambda m: m.group(1) + "e chaleureusement", french)
    return re.sub(_B + r"([Aa])imablement" + _E,
                  lambda m: ("C" if m.group(1) == "A" else "c") + "haleureusement", french)


_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming)\b", re.IGNORECASE)
_CLOSE = re.compile(r"\b(?:close|closer|closest|near|nearby|proximity|next\s+to)\b",
                    re.IGNORECASE)
_DETS = {"le": "m", "la": "f", "les": "", "l'": "", "l’": "", "ce": "m", "cet": "m",
         "cette": "f", "ces": "", "du": "m", "des": "", "au": "m", "aux": "", "notre": "",
         "nos": "", "votre": "", "vos": "", "leur": "", "leurs": "", "son": "m", "sa": "f",
         "ses": ""}
_NEAR = re.compile(r"(?<![\w-])proches?(?![\w-])(?! (?:de|d['’]|du|des|à|au|aux)\b)")
_DET_NOUN = re.compile(r"(?<![\w-])((?i:le|la|les|l['’]|ce|cet|cette|ces|du|des|au|aux|notre|nos|"
                       r"votre|vos|leur|leurs|son|sa|ses)) ?(" + _W + r") $")
_BEFORE = re.compile(r"(" + _W + r") $")


def upcoming(source: str, french: str) -> str:
    """*the upcoming holiday* "les fêtes proches" -> "les prochaines fêtes", *the forthcoming
    professional holiday* "les fêtes de professionnelle proches" -> "les fêtes de
    professionnelle à venir"; not where the English says *close* or *near*."""
    if not _UPCOMING.search(source) or _CLOSE.search(source) or "proche" not in french:
        return french
    out, last = [], 0
    for m in _NEAR.finditer(french):
        head = french[last:m.start()]
        dn = _DET_NOUN.search(head)
        nouns = [r for r in readings_of(dn.group(2)) if r.pos == "n"] if dn else []
        if dn and nouns:
            det, noun = dn.group(1), dn.group(2)
            gender = _DETS[det.lower()] or nouns[0].gender
            number = "pl" if nouns[0].number == "pl" else "sg"
            made = generate([f"^prochain<adj><{gender}><{number}>$"]) if gender in (
                "m", "f") else {}
            if made:
                lead = det
                if det.lower() in ("l'", "l’", "cet"):
                    lead = cased_like({"m": "le", "f": "la"}[gender] if det.lower() != "cet"
                                      else "ce", det)
                out.append(head[:dn.start()] + f"{lead} {next(iter(made.values()))} {noun}")
                last = m.end()
                continue
        word = _BEFORE.search(head)
        if word and any(r.pos in ("n", "adj", "np") for r in readings_of(
                word.group(1))):
            out.append(head + "à venir")
            last = m.end()
    return "".join(out) + french[last:]


_INTERESTING = re.compile(r"\binteresting\b", re.IGNORECASE)
_ATTRACT = re.compile(r"\b(?:attract\w*|appeal\w*|alluring|enticing|tempting)\b", re.IGNORECASE)


def interesting_en(line: str) -> str:
    """English for the engine: *interesting* (an adjective; not *interesting them in*) ->
    *attractive*, which it reads as one; not in a line that has a word of attraction."""
    if not _INTERESTING.search(line) or _ATTRACT.search(line):
        return line
    return re.sub(r"\b([Ii])nteresting\b(?!\s+(?:them|us|him|her|me|you|people)\b)",
                  lambda m: ("A" if m.group(1) == "I" else "a") + "ttractive", line)


def interesting(source: str, french: str) -> str:
    """*interesting*, said *attractive* to the engine: "attirantes" -> "intéressantes" (not
    where the English has a word of attraction of its own)."""
    if not _INTERESTING.search(source) or _ATTRACT.search(source) or (
            "ttrait" not in french and "ttirant" not in french):
        return french
    # After "and" or "both" the engine reads *attractive* as its noun "attrait" (no article).
    french = re.sub(r"(?<![\w'’-])(?<!un )(?<!cet )(?<!son )(?<!leur )(?<!notre )(?<!votre )"
                    r"(?<!le )(?<!du )(?<!ce )(?:d['’])?attrait" + _E, "intéressant", french)
    return re.sub(_B + r"([Aa])ttirant(e?s?)" + _E,
                  lambda m: ("I" if m.group(1) == "A" else "i") + "ntéressant" + m.group(2),
                  french)


_ENTITLED = re.compile(r"\bentitled\s+to\b", re.IGNORECASE)
_INTITULE = re.compile(r"(?<![\w-])((?:[Nn]e |[Nn]['’])?)(" + _ETRE + r") ((?:pas |aussi |"
                       r"également |toujours )?)intitulée?s? (?:pour |à |de |d['’])(?:(le |la |"
                       r"les |l['’]|un |une |des |du |au |aux )?)(" + _W + r")")


def entitled(source: str, french: str) -> str:
    """*are entitled to attend* "sont intitulés pour assister" -> "ont le droit d'assister",
    *entitled to care* "intitulés à soin" -> "ont droit à des soins"."""
    if not _ENTITLED.search(source) or "intitul" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        neg, verb, adverb, det, word = m.groups()
        have = relemma(verb, "avoir")
        if have is None:
            return m.group(0)
        lead = cased_like("n'", neg) if neg else ""
        if not det and any(r.pos.startswith("vb") and "inf" in r.tags
                           for r in readings_of(word)):
            de = "d'" if VOWEL_START.match(word) else "de "
            return f"{lead}{have} {adverb}le droit {de}{word}"
        article = {"le ": "au ", "les ": "aux ", "la ": "à la ", "l'": "à l'", "l’": "à l’",
                   "du ": "au ", "des ": "aux ", "au ": "au ", "aux ": "aux "}.get(det or "",
                                                                                  "à ")
        return f"{lead}{have} {adverb}droit {article}{word}"

    return _INTITULE.sub(fix, french)


_INVOLVED = re.compile(r"\b(?:get|gets|got|getting|gotten|become|becomes|became|becoming)\s+"
                       r"(?:\w+ly\s+)?involved\b", re.IGNORECASE)
_RECEIVE_INVOLVED = re.compile(r"(?<![\w-])((?:" + _W + r" )?)((?:re[çc]|dev[ie]n)" + _W + r") "
                               r"((?:" + _W + r"ment )?)impliquée?s?" + _E)
_REFLEXIVE = {("p1", "sg"): "me", ("p2", "sg"): "te", ("p1", "pl"): "nous",
              ("p2", "pl"): "vous"}


def _reflexive(person: str, number: str, verb: str) -> str:
    pronoun = _REFLEXIVE.get((person, number), "se")
    if pronoun in ("me", "te", "se") and VOWEL_START.match(verb):
        return pronoun[0] + "'"
    return pronoun + " "


def involved(source: str, french: str) -> str:
    """*get involved* "reçoivent impliqués" -> "s'impliquent", "ont reçu impliqués" -> "se
    sont impliqués", "pour recevoir impliqués" -> "pour s'impliquer"."""
    if not _INVOLVED.search(source) or "impliqu" not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        before, verb, adverb = m.group(1), m.group(2), m.group(3)
        aux = before.strip().lower()
        forms = [r for r in readings_of(verb) if r.lemma in ("recevoir", "devenir")]
        if not forms:
            return m.group(0)
        if "pp" in forms[0].tags and aux:
            be = relemma(aux, "être")
            auxes = [r for r in readings_of(aux) if r.lemma == "avoir"]
            if be is None or not auxes:
                return m.group(0)
            t = auxes[0].tags
            head = _reflexive(t[2], t[3], be) if len(t) > 3 else "se "
            part = m.group(0).rsplit(" ", 1)[1]
            return f"{cased_like(head, before)}{be} {adverb}{part}"
        made = relemma(verb, "impliquer")
        if made is None:
            return m.group(0)
        t = forms[0].tags
        if t[1] in ("inf", "ger"):
            reflexive = "s'"
        else:
            reflexive = _reflexive(t[2], t[3], made) if len(t) > 3 else "se "
        return f"{before}{reflexive}{made.lower()}{' ' + adverb.strip() if adverb else ''}"

    return _RECEIVE_INVOLVED.sub(fix, french)


_MOVE = re.compile(r"\bmov(?:e|es|ed|ing)\b(?!\s+(?:it|them|this|that|the|a|an|our|their|"
                   r"his|her|its)\b)(\s+(?:\w+ly\s+)?(?:\w+\s+)?)", re.IGNORECASE)
_MOVE_ON = re.compile(r"\bmov(?:e|es|ed|ing)\s+on\s+to\b", re.IGNORECASE)
_MOVE_ON_ELSE = re.compile(r"\bmov(?:e|es|ed|ing)\s+on\b", re.IGNORECASE)
_PLACE_TO_PLACE = re.compile(r"\bmov(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:from\s+[^,.;]{1,40}?"
                             r"\bto|between|freely|around|about|across)\b", re.IGNORECASE)
_SETTLE = re.compile(r"\bmov(?:e|es|ed|ing)\s+(?:to|into|in)\b(?!\s+(?:a|an|the\s+\w+\s+"
                     r"(?:stage|phase|level)|direct|another\s+(?:topic|issue|subject)))",
                     re.IGNORECASE)
_REMUER = re.compile(_B + r"((?:" + _W + r" )?)(remu(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|"
                     r"era|erons|eront|ant|erait|eraient))((?: " + _W + r"ment)?)"
                     r"(?: (?:renvoyer|avant|en avant|du devant|de l['’]avant|devant))?"
                     r"((?: sur| au-dessus)? à)?( plus lointaine?s?(?= vers)| plus loin(?= vers))?"
                     + _E)


def move(source: str, french: str) -> str:
    """*move* "remuer" (to stir): *move forward / along / towards* -> "avancer", *move from
    one venue to another*, *freely*, *between* -> "se déplacer", *move to Russia* ->
    "s'installer", *move on to* "remuerons sur à" -> "passerons à"."""
    if "remu" not in french or not _MOVE.search(source):
        return french
    if _MOVE_ON.search(source):
        lemma, reflexive = "passer", False
    elif _MOVE_ON_ELSE.search(source):
        return french  # *move on Syria* (act), *move on* (go on): no way to go
    elif _PLACE_TO_PLACE.search(source):
        lemma, reflexive = "déplacer", True
    elif _SETTLE.search(source):
        lemma, reflexive = "installer", True
    else:
        lemma, reflexive = "avancer", False

    def fix(m: re.Match[str]) -> str:
        before, verb, adverb, to, further = m.groups()
        made = relemma(verb, lemma)
        if made is None:
            return m.group(0)
        made = made.lower()
        tail = adverb + (" à" if lemma == "passer" and to else "") + (
            " davantage" if further else "")  # *move further towards* "avancer davantage vers"
        if not reflexive and before.lower() in ("de ", "que ") and VOWEL_START.match(made):
            before = before[:-2] + "'"  # "de remuer" -> "d'avancer"
        if not reflexive:
            return f"{before}{made}{tail}"
        forms = [r for r in readings_of(verb) if r.lemma == "remuer"]
        t = forms[0].tags if forms else ("vblex", "inf")
        if t[1] == "pp":
            return m.group(0)  # a compound tense would change its auxiliary: left as it is
        pronoun = _reflexive(t[2], t[3], made) if len(t) > 3 else (
            "s'" if VOWEL_START.match(made) else "se ")
        return f"{before}{pronoun}{made}{tail}"

    return _REMUER.sub(fix, french)


_FOCUS = re.compile(r"\bfocus(?:es|ed|ing|sed|sing)?\s+(?:\w+\s+){0,3}?on\b", re.IGNORECASE)
# Who focuses: a person "se concentre sur"; a thing (an agenda, a talk, a forum) "porte sur".
_PERSON_FOCUS = re.compile(r"(?:\b(?:I|we|you|he|she|they|participants|leaders|sides|parties|"
                           r"presidents?|ministers?|governors?|members|heads|officials|"
                           r"colleagues|experts|companies|company|government|teams?)|"
                           r"(?-i:[A-Z][a-z]+))\s+(?:(?:\w+ly|also|have|has|had|will|would|"
                           r"should|must|to|now)\s+)*focus", re.IGNORECASE)
_ON = {"dans": "sur", "en": "sur", "à": "sur", "sur": "sur", "au": "sur le", "aux": "sur les",
       "dans le": "sur le", "dans la": "sur la", "dans les": "sur les", "dans l'": "sur l'",
       "à la": "sur la", "à l'": "sur l'"}
_FOCALISER = re.compile(_B + r"((?:" + _W + r" )?)(focalis\w+) ((?:" + _W + r"ment |"
                        r"en particulier |surtout |avant tout )?)((?:(?:ses|leurs|nos|vos|notre|"
                        r"votre|son|sa|leur|les|ces|tous|toute|toutes) (?:" + _W + r" ){1,3}?)?)"
                        r"(dans l['’]|dans les|dans le|dans la|à la|à l['’]|dans|en|à|aux|au|sur)"
                        r"(?= ?(" + _W + r"))")


def _on(prep: str, noun: str) -> str:
    """The preposition *on* French puts after "concentrer" / "porter": "sur", with the article
    the pivot's "en" left out ("en éducation" -> "sur l'éducation")."""
    if prep != "en":
        return _ON.get(prep.lower().replace("’", "'"), "sur")
    nouns = [r for r in readings_of(noun) if r.pos == "n"]
    if VOWEL_START.match(noun) and nouns:
        return "sur l'" if nouns[0].number != "pl" else "sur les"
    if nouns and nouns[0].number == "pl":
        return "sur les"
    if nouns and nouns[0].gender in ("m", "f"):
        return "sur " + ("le" if nouns[0].gender == "m" else "la")
    return "sur"


def focus(source: str, french: str) -> str:
    """*focus on*: a person's "focalise ses efforts dans" -> "concentre ses efforts sur", "ont
    focalisé en particulier dans" -> "se sont concentrés en particulier sur"; a thing's *The
    forum focused on* "Le forum focalisé sur" (read as a participle) -> "Le forum a porté
    sur"."""
    if "focalis" not in french or not _FOCUS.search(source):
        return french
    person = bool(_PERSON_FOCUS.search(source))

    def fix(m: re.Match[str]) -> str:
        before, verb, adverb, obj, prep, noun = m.groups()
        on = _on(prep, noun)
        adverb = f" {adverb.strip()}" if adverb else ""
        if obj:
            made = relemma(verb, "concentrer")
            return m.group(0) if made is None else f"{before}{made}{adverb} {obj}{on}"
        forms = [r for r in readings_of(verb) if r.lemma == "focaliser"]
        if not forms:
            return m.group(0)
        t = forms[0].tags
        aux = [r for r in readings_of(before.strip()) if r.lemma == "avoir"] if before else []
        plural = bool(re.search(r"\b[a-z]+s\s+(?:\w+ly\s+)?focus", source))
        if t[1] == "pp" and not aux:
            # A finite past read as a participle: "Le forum focalisé sur".
            if re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?focus",
                         source, re.IGNORECASE):
                return m.group(0)
            said = ("se sont concentrés" if plural else "s'est concentré") if person else (
                "ont porté" if plural else "a porté")
            lead = before if not before.strip().endswith("ment") else ""
            moved = f" {before.strip()}" if before.strip().endswith("ment") else ""
            return f"{lead}{said}{moved}{adverb} {on}"
        if t[1] == "pp":
            if not person:
                return f"{before}porté{adverb} {on}"
            be = relemma(before.strip(), "être")
            if be is None or len(aux[0].tags) < 4:
                return m.group(0)
            pronoun = _reflexive(aux[0].tags[2], aux[0].tags[3], be)
            number = "s" if aux[0].tags[3] == "pl" else ""
            return f"{cased_like(pronoun, before)}{be} concentré{number}{adverb} {on}"
        made = relemma(verb, "concentrer" if person else "porter")
        if made is None:
            return m.group(0)
        pronoun = ""
        if person and len(t) > 3:
            pronoun = _reflexive(t[2], t[3], made)
        elif person and t[1] == "inf":
            # Its person is the modal's subject's: ``pronominal`` makes it "vous concentrer".
            return f"{before}{verb}{adverb} {on}"
        if before.strip().lower() in ("nous", "vous", "se", "s'", "me", "te"):
            pronoun = ""
        return f"{before}{pronoun}{made.lower()}{adverb} {on}"

    return _FOCALISER.sub(fix, french).replace("sur l' ", "sur l'")


_TO_ARTICLE = {" le": " au", " la": " à la", " les": " aux", " l'": " à l'", " l’": " à l’"}
# What is raised or addressed as a question ("soulever", "traiter"), not as an amount or a person.
_ISSUES = (r"(?:issues?|questions?|matters?|problems?|topics?|subjects?|concerns?|points?|"
           r"challenges?|tasks?|threats?|needs?|situation)")
# The issue may have its complement ("the question of new sanctions was raised") and be
# "being raised".
_RAISE_ISSUE = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?" + _ISSUES + r"\b|\b"
                          + _ISSUES + r"\s+(?:(?:of|on|about|regarding|concerning)\s+(?:[\w'’-]+"
                          r"\s+){1,5}?)?(?:that\s+|which\s+)?(?:\w+\s+){0,2}?(?:is|are|was|"
                          r"were|been|be|being)\s+(?:being\s+)?(?:\w+ly\s+)?raised\b",
                          re.IGNORECASE)
_RAISE_AMOUNT = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:incomes?|wages?|"
                           r"salar(?:y|ies)|pensions?|prices?|tax(?:es)?|VAT|rates?|levels?|"
                           r"standards?|allowances?|benefits?|payments?|spending|pay|"
                           r"efficiency|productivity|quality|capacity|ceiling|threshold|"
                           r"minimum|funding|investment|share)\b", re.IGNORECASE)
_RAISE_AWARENESS = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:\w+\s+)?awareness\b", re.IGNORECASE)
_ELEVER = re.compile(r"(?<![\w-])(élev(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|erons|"
                     r"eront|ant|erait|eraient))" + _E)
_AWARENESS_FR = re.compile(r"(?<![\w-])(élev\w+) (?:de la |la )?sensibilisation(?: (?:sur|de|à)"
                           r"(?= )((?: la| le| les| l['’])?))?")


def raise_(source: str, french: str) -> str:
    """*raise* "élever" (children, a building): *raise an issue* "la question est élevée" ->
    "soulevée", *raise incomes / the VAT* "élever les revenus" -> "augmenter", *raise
    awareness* "élever la sensibilisation sur" -> "sensibiliser à"; not where the English
    has both (one "élever" for two senses)."""
    if "élev" not in french:
        return french
    if _RAISE_AWARENESS.search(source):

        def aware(m: re.Match[str]) -> str:
            made = relemma(m.group(1), "sensibiliser") or m.group(1)
            if m.group(2) is None:
                return made
            return made + _TO_ARTICLE.get(m.group(2), " à" + m.group(2))

        french = _AWARENESS_FR.sub(aware, french).replace("à l' ", "à l'")
    issue, amount = bool(_RAISE_ISSUE.search(source)), bool(_RAISE_AMOUNT.search(source))
    if issue == amount:
        return french
    lemma = "soulever" if issue else "augmenter"
    return _ELEVER.sub(lambda m: relemma(m.group(1), lemma) or m.group(0), french)


_ADDRESS_ISSUE = re.compile(r"\baddress(?:es|ed|ing)?\s+(?:\S+\s+){0,4}?" + _ISSUES + r"\b|\b"
                            + _ISSUES + r"\s+(?:that\s+|which\s+)?(?:\w+\s+){0,3}?address(?:es|"
                            r"ed)?\b", re.IGNORECASE)
_ADDRESS_PEOPLE = re.compile(r"\baddress(?:es|ed|ing)?\s+(?:the\s+|this\s+|our\s+|such\s+a\s+|"
                             r"a\s+)?(?:\w+\s+){0,2}?(?:audience|participants|forum|meeting|nation|people|"
                             r"conference|parliament|assembly|gathering|you|citizens|students|"
                             r"delegates|guests|public)\b", re.IGNORECASE)
_ADRESSER = re.compile(r"(?<![\w-])(?:((?i:[dlnsjmt]|qu))['’])?(adress(?:er|e|es|ons|ez|ent|é|"
                       r"ée|és|ées|ait|aient|era|erons|eront|ant|erait|eraient))" + _E
                       + r"((?: (?:le|la|les|l['’]))?)")


def address(source: str, french: str) -> str:
    """*address an issue* "adresser des questions" -> "traiter des questions", *address the
    audience* "adresser l'audience" -> "s'adresser à l'audience"; not *address them to*
    someone ("les adresser à"), nor an e-mail address."""
    if "adress" not in french:
        return french
    issue, people = bool(_ADDRESS_ISSUE.search(source)), bool(_ADDRESS_PEOPLE.search(source))
    if issue == people or re.search(r"\baddress(?:es|ed)?\s+(?:it|them|this|these)\s+to\b",
                                    source, re.IGNORECASE):
        return french

    def fix(m: re.Match[str]) -> str:
        clitic, verb, article = m.group(1), m.group(2), m.group(3)
        if people:
            if clitic or not any(r.pos.startswith("vb") and "inf" in r.tags
                                 for r in readings_of(verb)):
                return m.group(0)  # "nous adressons": said to someone already
            return f"s'adresser{_TO_ARTICLE.get(article, article and ' à' + article)}"
        made = relemma(verb, "traiter")
        if made is None:
            return m.group(0)
        if clitic:
            lead = {"d": "de", "l": "le", "n": "ne", "s": "se", "j": "je", "m": "me", "t": "te",
                    "qu": "que"}[clitic.lower()]
            return f"{cased_like(lead, clitic)} {made}{article}"
        return f"{made}{article}"

    return _ADRESSER.sub(fix, french).replace("à l' ", "à l'")


_RUN_ORG = re.compile(r"\b(?:run|runs|running|ran)\s+(?:\S+\s+){0,3}?(?:club|company|companies|"
                      r"business(?:es)?|firm|enterprises?|plants?|factor(?:y|ies)|farms?|shops?|"
                      r"schools?|hospitals?|programmes?|projects?|organisations?|teams?|"
                      r"departments?|ministr(?:y|ies)|country|state|region|city|economy)\b",
                      re.IGNORECASE)
_RUN_ELECTION = re.compile(r"\b(?:run|runs|running|ran)\s+(?:for|in)\s+(?:\S+\s+){0,3}?"
                           r"(?:elections?|president|presidency|office|governor|mayor|seat|"
                           r"parliament|Duma)\b", re.IGNORECASE)
_COURIR = re.compile(_B + r"((?:" + _W + r" )?)((?:cour|coure|coura|courr)\w*)" + _E)


def run(source: str, french: str) -> str:
    """*run* "courir" (on one's legs): *run a club / a company* "ceux qui courent le club" ->
    "dirigent", *run in the elections* "courir dans les élections" -> "se présenter"; not
    where the English has both or a race ("the roads run through Moscow" stays)."""
    if "cour" not in french:
        return french
    org, election = bool(_RUN_ORG.search(source)), bool(_RUN_ELECTION.search(source))
    if org == election:
        return french

    def fix(m: re.Match[str]) -> str:
        before, verb = m.group(1), m.group(2)
        forms = [r for r in readings_of(verb) if r.lemma == "courir"]
        if not forms:
            return m.group(0)
        if org:
            made = relemma(verb, "diriger")
            return m.group(0) if made is None else before + made
        made = relemma(verb, "présenter")
        t = forms[0].tags
        if made is None or t[1] == "pp":
            return m.group(0)
        pronoun = _reflexive(t[2], t[3], made) if len(t) > 3 else "se "
        if before.strip().lower() in ("nous", "vous") and pronoun.strip() == before.strip():
            pronoun = before.strip() + " "
        return f"{before}{pronoun}{made.lower()}"

    return _COURIR.sub(fix, french)


_DELIVER_AID = re.compile(r"\bdeliver(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?(?:support|aid|assistance|"
                          r"help|relief)\b", re.IGNORECASE)
_DELIVER_SPEECH = re.compile(r"\bdeliver(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?(?:speech|address|"
                             r"lecture|report|message)\b", re.IGNORECASE)
_LIVRER = re.compile(_B + r"(livr(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|erons|eront|"
                     r"ant|erait|eraient))" + _E)


def deliver(source: str, french: str) -> str:
    """*deliver support* "livrer le soutien" (goods handed over) -> "apporter le soutien",
    *deliver a speech* "a livré un discours" -> "a prononcé un discours"; goods and gas are
    "livrés" still."""
    if "livr" not in french:
        return french
    aid, speech = bool(_DELIVER_AID.search(source)), bool(_DELIVER_SPEECH.search(source))
    if aid == speech:
        return french
    lemma = "apporter" if aid else "prononcer"

    def fix(m: re.Match[str]) -> str:
        made = relemma(m.group(1), lemma)
        return m.group(0) if made is None else made

    out = _LIVRER.sub(fix, french)
    return re.sub(r"(?<![\w-])([Dd])e (?=apport)", r"\1'", out)  # "de livrer" -> "d'apporter"


_HOLD_EVENT = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:a|an|the|this|our|their|its|"
                         r"several|many|two|three)\s+(?:\S+\s+){0,2}?(?:competitions?|contests?|"
                         r"events?|festivals?|forums?|exhibitions?|elections?|referendums?|"
                         r"concerts?|tournaments?|championships?|games|ceremon(?:y|ies)|"
                         r"conferences?|celebrations?|fairs?|campaigns?|olympiads?|"
                         r"competition)\b", re.IGNORECASE)
_EU_DET = re.compile(r"(?<![\w-])((?:" + alternation(AVOIR) + r") (?:" + _W
                     + r"ment |déjà |aussi |également |)?)eu (?=(?:un|une|"
                     r"des|du|de la|le|la|les|l['’]|ce|cet|cette|ces|plusieurs|deux|trois)\b)")


def hold(source: str, french: str) -> str:
    """*held a competition* "Nous avons eu une compétition" (to have) -> "avons organisé une
    compétition"; talks and meetings "held" stay as the engine says them."""
    if "eu " not in french or not _HOLD_EVENT.search(source):
        return french
    return _EU_DET.sub(r"\1organisé ", french)
