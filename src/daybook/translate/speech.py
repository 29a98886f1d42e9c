"""Speech turns: what Apertium gets wrong in people speaking (transcripts, questions, answers).

Before the engine (``english``), English it reads wrong said as it reads it right:

- "Let us discuss", "Let's start" -> "We discuss", "We begin" (Apertium: "Laisse-nous
  dialecte", "Laisse-nous début"); after the engine ``imperatives`` turns the French
  "Nous discutons" back into the first person plural imperative "Discutons", "Nous les
  félicitons" into "Félicitons-les";
- "Let me note" -> "I would like to note" ("Laisse-moi note" -> "Je voudrais remarquer").

After the engine, from the English sentence and Apertium's French analyser (``turns``):

- a first-person verb without its subject: the Catalan pivot drops subject pronouns and
  ``cat-fra`` gives one back to a sentence's first verb only ("Juste ai parlé", "Amis,
  avons récemment marqué", "ce qu'ai dit", "le travail as fait") -> "J'ai juste parlé",
  "Amis, nous avons récemment marqué", "ce que j'ai dit", "le travail que vous avez fait";
- *thank you*: "je voudrais remercier pour" -> "je voudrais vous remercier pour", "nous
  grâces" -> "nous vous remercions", "mercié" (no French word) -> "remercié";
- greetings: *Good afternoon* is "Bonjour" (Apertium: "Bonsoir"), "Colleagues," and
  "Friends," as a speaker addresses them: "Chers collègues,", "Chers amis,";
- a singular subject with a plural verb ("Notre peuple sont" -> "Notre peuple est"; the
  lexicon's "peuple" for *people* came after the engine agreed the verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from daybook.translate.agree import first_plural
from daybook.translate.gender import Reading, generate, readings
from daybook.translate.sourced import plural2

# --- English, before the engine ------------------------------------------------------------

# "Let us"/"Let's" opening a clause, before a verb (not "let us know": "tell us").
_LET_US = re.compile(r"(?:(?<=^)|(?<=[.!?:;,–—]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Ss]o\s))"
                     r"([Ll])et(?:\s+us|['’]s)\s+(?!know\b|not\b|go\b)(?=[a-z])")
_LET_ME = re.compile(r"(?:(?<=^)|(?<=[.!?:;,–—]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|"
                     r"(?<=\b[Ss]o\s))([Ll])et\s+me\s+(?!know\b|go\b)(?=[a-z])")
# Verbs Apertium reads in another sense after "we" ("start": "arracher").
_AFTER_LET = {"start": "begin", "move on": "go on"}


def english(line: str) -> str:
    """ "Let us discuss X" -> "We discuss X", "Let me note" -> "I would like to note"."""
    if "et" not in line:
        return line

    def us(m: re.Match[str]) -> str:
        starts = m.start() == 0 or line[:m.start()].rstrip()[-1:] in ".!?"
        return "We " if starts else "we "

    out = _LET_US.sub(us, line)
    for old, new in _AFTER_LET.items():
        out = re.sub(rf"(?<=\b[Ww]e ){old}\b", new, out)
    return _LET_ME.sub("I would like to ", out)


def let_us(source: str) -> int:
    """How many "Let us" ``english`` rewrote in ``source``."""
    return len(_LET_US.findall(source))


# --- French, after the engine --------------------------------------------------------------

_LOWER = "a-zàâçéèêëîïôûùüÿœ"
_TOKEN = re.compile(rf"[Aa]ujourd['’]hui|[{_LOWER}A-ZÀ-Ý]+(?:-[{_LOWER}A-ZÀ-Ý]+)*['’]?|"
                    r"[.!?;:,–—«»()\"“”]")
_FINITE = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis"))
_CLITICS = frozenset(("ne", "n'", "me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'",
                      "lui", "leur", "y", "en", "nous", "vous"))
_SUBJECTS = frozenset(("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
                       "ce", "c'", "ça", "cela", "ceci", "moi", "toi", "eux", "nous-mêmes",
                       "vous-même", "vous-mêmes", "moi-même", "tous", "toutes", "qui"))
# Adverbs Apertium leaves before a verb whose pronoun it dropped ("Juste ai parlé"); French
# puts them after the verb ("J'ai juste parlé").
_ADVERBS = frozenset(("juste", "déjà", "aussi", "également", "récemment", "vraiment",
                      "seulement", "toujours", "jamais", "encore", "certainement",
                      "simplement", "personnellement",
                      "bien", "ensemble", "sincèrement", "effectivement",
                      "constamment", "activement", "souvent", "tous", "principalement"))
# Adverbs of time and place that open the clause before the pronoun put back.
_FRONT = frozenset(("aujourd'hui", "ici", "maintenant", "naturellement", "finalement",
                    "ensuite", "désormais", "demain", "hier"))
# Words after which a clause (and so a subject) begins.
_OPENERS = frozenset(("que", "qu'", "où", "quand", "si", "comme", "lorsque", "lorsqu'",
                      "puisque", "puisqu'", "car", "mais", "et", "ou", "donc", "dont",
                      "lequel", "laquelle", "lesquels", "lesquelles", "quoi", "pourquoi",
                      "comment", ",", ";", ":", "–", "—", "(", "«", "\"", "“"))
_AND = frozenset(("et", "mais", "ou"))
_AND_PRONOUN = re.compile(r"\b(?:and|but|or)\s+(?:\w+\s+)?(?:I|we|you)\b")
_VOWEL = re.compile(r"^(?:[aeiouyàâéèêëîïôûœ]|h(?!a|o|u))", re.IGNORECASE)
# The English a pronoun put back needs: "je" for *I*, "nous" for *we*, "vous" for *you*.
_PERSONS = {("p1", "sg"): re.compile(r"\bI\b"),
            ("p1", "pl"): re.compile(r"\b(?:we|us|let['’]s)\b", re.IGNORECASE),
            ("p2", "sg"): re.compile(r"\byou\b", re.IGNORECASE),
            ("p2", "pl"): re.compile(r"\byou\b", re.IGNORECASE)}
# Verbs that are nouns too, taken as verbs after no determiner.
_NOUN_TOO = frozenset(("as", "sommes", "avions"))
_ELIDED = {"qu'": "que", "lorsqu'": "lorsque", "puisqu'": "puisque"}


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _verb_person(word: str, reads: Sequence[Reading],
                 before: Sequence[Reading]) -> tuple[str, str] | None:
    """(person, number) of a finite verb in the first or second person only; None for a
    word that may be a third person, a participle ("y compris", "États-Unis") or a noun
    ("les mesures": *mesurer*; "avions" and "as" only after no determiner)."""
    verbs = [r for r in reads if r.tags and r.tags[0].startswith("vb")]
    finite = [r for r in verbs if len(r.tags) > 1 and r.tags[1] in _FINITE]
    if not finite or any(r.tags[1:2] != ("imp",) for r in verbs if r not in finite) or any(
            "p3" in r.tags for r in verbs):
        return None
    others = [r for r in reads if r not in verbs]
    if others and (word not in _NOUN_TOO or any(r.tags[:1] != ("n",) for r in others)
                   or any(r.pos == "det" or r.tags[:1] == ("adj",) for r in before)):
        return None
    for person in ("p1", "p2"):
        for r in verbs:
            if person in r.tags:
                return person, "pl" if "pl" in r.tags else "sg"
    return None


def _adverb(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """An adverb French puts after the verb ("juste", "concrètement")."""
    low = _norm(word)
    return low in _ADVERBS or (low.endswith("ment") and bool(reads.get(word.lower()))
                               and all(r.tags[:1] == ("adv",) for r in reads[word.lower()]))


def _subject(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             i: int, source: str) -> tuple[int, int, str, bool] | None:
    """For verb ``i`` without its subject: (where the subject goes, where the moved adverbs
    end, its pronoun, whether "que" opens the clause); None when it has one."""
    word = _norm(words[i][2])
    if words[i][2].isupper() and len(word) > 1:
        return None  # "AI" (*artificial intelligence*) is no "ai"
    person = _verb_person(word, reads.get(words[i][2].lower(), ()),
                          reads.get(words[i - 1][2].lower(), ()) if i else ())
    if person is None or not _PERSONS[person].search(source):
        return None  # the English has no such subject ("aies état": *have been*)
    j = i
    while j > 0 and _norm(words[j - 1][2]) in _CLITICS:
        j -= 1
    chain = {_norm(w[2]) for w in words[j:i]}
    if (person == ("p1", "pl") and "nous" in chain) or (person[0] == "p2" and "vous" in chain):
        return None
    k = j
    while k > 0 and _adverb(words[k - 1][2], reads):
        k -= 1
    if k > 0 and _norm(words[k - 1][2]) in _FRONT:
        # "Aujourd'hui me suis trouvé" -> "Aujourd'hui je me suis trouvé": time and place
        # stay in front; the verb's own adverbs go after it.
        if k == j:
            return _after_front(words, reads, i, j, source)
        return None
    if k == 0 and j == k and i == j:
        return None  # a sentence's first verb: the engine's own (or an imperative)
    before = _norm(words[k - 1][2]) if k > 0 else ""
    if k > 0 and words[k - 1][2] in ".!?":
        return None
    if before in _SUBJECTS and not (before == "qui" and k > 1 and _norm(words[k - 2][2])
                                    not in ("moi", "nous", "toi", "vous")):
        return None
    if before in _AND and not _AND_PRONOUN.search(source):
        return None  # "nous avons signé et avons décidé": English shares the subject too
    noun = bool(before) and before not in _OPENERS and any(
        r.tags[:1] == ("n",) for r in reads.get(words[k - 1][2].lower(), ())) and not any(
        r.tags[:1] in (("pr",), ("vblex",), ("adv",)) for r in reads.get(
            words[k - 1][2].lower(), ()))
    if before and before not in _OPENERS and before != "qui" and not noun:
        return None
    pronoun = {"p1": "je" if person[1] == "sg" else "nous", "p2": "vous"}[person[0]]
    if person[0] == "p2" and plural2(word) is None and person[1] == "sg":
        return None  # "dises": no second person plural the word list confirms
    # After a noun, the clause is a relative without "that" only for *you* ("le travail
    # as fait": *the work you have done*); "Dans le futur suis prêt" opens with a phrase.
    return k, j, pronoun, (noun and person[0] == "p2") or before == "qui"


def _after_front(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                 i: int, j: int, source: str) -> tuple[int, int, str, bool] | None:
    """The subject right after a front adverb at the clause's opening."""
    f = j - 1
    before = _norm(words[f - 1][2]) if f > 0 else ""
    if before and before not in _OPENERS:
        return None
    if before in _AND and not _AND_PRONOUN.search(source):
        return None
    person = _verb_person(_norm(words[i][2]), reads.get(words[i][2].lower(), ()), ())
    if person is None or not _PERSONS[person].search(source):
        return None
    return j, j, {"p1": "je" if person[1] == "sg" else "nous", "p2": "vous"}[person[0]], False


def _second_plural(verb: str) -> str:
    return plural2(verb.lower()) or verb


def _with_subject(text: str, source: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    for i in range(len(words)):
        found = _subject(words, reads, i, source)
        if found is None:
            continue
        k, j, pronoun, que = found
        start = words[k][0]
        verb = words[i][2]
        if pronoun == "vous":
            verb = _second_plural(verb)
        chain = text[words[j][0]:words[i][0]] if j < i else ""
        adverbs = text[start:words[j][0]].strip() if k < j else ""
        head = chain or verb
        if pronoun == "je" and _VOWEL.match(head):
            pronoun = "j'"
        new = f"{pronoun}{'' if pronoun.endswith(chr(39)) else ' '}{chain}{verb}"
        new += f" {adverbs.lower() if adverbs[:1].isupper() else adverbs}" if adverbs else ""
        if k > 0 and _norm(words[k - 1][2]) in _ELIDED:
            start = words[k - 1][0]  # "qu'ai" -> "que j'ai"
            new = ("Q" if words[k - 1][2][0] == "Q" else "") + _ELIDED[_norm(
                words[k - 1][2])][1 if words[k - 1][2][0] == "Q" else 0:] + " " + new
        elif k > 0 and _norm(words[k - 1][2]) == "qui":
            start = words[k - 1][0]  # "qui ai mentionné" (*that I mentioned*)
            new = "que " + new
        elif que:
            new = "que " + new  # "le travail as fait" (*the work you have done*)
        if text[start:start + 1].isupper() and (start == 0 or text[:start].rstrip()[-1:]
                                                in ".!?"):
            new = new[:1].upper() + new[1:]
        edits.append((start, words[i][1], new))
    out, last = [], 0
    for start, end, new in edits:
        if start >= last:
            out.append(text[last:start] + new)
            last = end
    return "".join(out) + text[last:]


# "Nous les félicitons" (from "Let us congratulate them", said "We congratulate them") ->
# "Félicitons-les"; "nous-mêmes applaudissons" -> "Applaudissons-nous".
# Apertium may drop the "Nous" itself: "Les félicitons" at the sentence's start.
_NOUS_VERB = re.compile(rf"(?:(?<![\w’'-])([Nn]ous(?:-mêmes)?) |^(?=\S+ [{_LOWER}]+ons\b))"
                        rf"((?:(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Ll]eur|[Ll]ui|nous|[Yy]|[Ee]n) )*)"
                        rf"([{_LOWER}]+ons)(?![\w’'-])")


def imperatives(source: str, french: str) -> str:
    """ "Nous discutons ce sujet" -> "Discutons ce sujet" where the source says "Let us
    discuss" (``english`` wrote "We discuss")."""
    count = let_us(source)
    if not count:
        return french

    def fix(m: re.Match[str]) -> str:
        clitics = [c.replace("’", "'").lower() for c in m.group(2).split()]
        if (m.group(1) or "").lower().startswith("nous-"):
            clitics = ["nous", *clitics]
        verb = m.group(3)
        if clitics:  # affirmative imperative: the pronouns after the verb, "moi", "toi"
            joined = "-".join(c.rstrip("'") + ("e" if c == "l'" else "") for c in clitics)
            verb = f"{verb}-{joined}"
        at_start = not french[:m.start()].strip() or french[:m.start()].rstrip()[-1:] in ".!?"
        return verb[:1].upper() + verb[1:] if at_start or (m.group(1) or "N")[0] == "N" else verb

    return _NOUS_VERB.sub(fix, french, count=count)


_THANK_YOU = re.compile(r"\bthank(?:s|ing)?\s+(?:you|all of you)\b", re.IGNORECASE)
# "remercier" with no object before it: "je voudrais remercier pour" (*thank you for*).
_BARE_THANK = re.compile(r"(?<![\w’'-])(?<!vous )(?<!les )(?<!le )(?<!la )(?<!te )(?<!l['’])"
                         r"(remercier|Remercier)(?= (?:pour|par|à cause de|tous|tout|"
                         r"beaucoup|encore|à nouveau|une fois|sincèrement|chaleureusement)"
                         r"(?![\w’'-])|[.,;!])")
_THANK_BY = re.compile(r"(?<![\w’'-])((?:re)?merci(?:er|e|é|ée|és|ons|ez|ent|erai|erais|"
                       r"erons|era|eront)?) (?:par|à cause de) ")
_MERCIER = re.compile(r"(?<![\w’'-])([Mm])erci(er|e|é|ée|és|ées|ons|ez|ent|erai|erais|"
                      r"erons|era|eront|ant|es)(?=[\s.,;:!?-]|$)")
_GRACES = (
    (re.compile(r"(?<![\w’'-])([Nn])ous grâces(?![\w’'-])"), r"\1ous vous remercions"),
    (re.compile(r"(?<![\w’'-])([Jj])e grâces(?![\w’'-])"), r"\1e vous remercie"),
    (re.compile(r"(?<![\w’'-])(veux|voulons|voudrais|voudrions|dois|devons|tiens à|tenons à) "
                r"des grâces(?![\w’'-])"), r"\1 vous remercier"),
    (re.compile(r"(?<![\w’'-])et grâces (?=pour|par)"), "et vous remercier "),
)
# *Good afternoon* is "Bonjour" (Apertium writes "Bonsoir" for afternoon and evening).
_AFTERNOON = re.compile(r"\bgood afternoon\b", re.IGNORECASE)
_EVENING = re.compile(r"\bgood evening\b", re.IGNORECASE)
# "Colleagues," "Friends," addressed: "Chers collègues," (no determiner before them).
_ADDRESS = {"colleagues": "collègues", "friends": "amis"}
_VOCATIVE = re.compile(r"(?:^|(?<=[,.!:;] ))(colleagues|friends)(?=\s*[,.!:;]|$)",
                       re.IGNORECASE)


def thanks(source: str, french: str) -> str:
    """ "je voudrais remercier pour" -> "je voudrais vous remercier pour" for *thank you*,
    "mercié" -> "remercié", "nous grâces" -> "nous vous remercions", "remercier par" ->
    "remercier pour"."""
    if "erci" in french:
        french = _MERCIER.sub(lambda m: ("R" if m.group(1) == "M" else "r") + "emerci"
                              + m.group(2), french)
    if not re.search(r"\bthank", source, re.IGNORECASE):
        return french
    french = _THANK_BY.sub(r"\1 pour ", french)
    if _THANK_YOU.search(source):
        french = _BARE_THANK.sub(lambda m: ("Vous r" if m.group(1)[0] == "R" else "vous r")
                                 + "emercier", french)
        for pattern, repl in _GRACES:
            french = pattern.sub(repl, french)
    return french


def greetings(source: str, french: str) -> str:
    """ "Bonsoir" -> "Bonjour" for *Good afternoon*; "collègues," -> "chers collègues," when
    the source addresses them."""
    if _AFTERNOON.search(source) and not _EVENING.search(source):
        french = re.sub(r"(?<![\w’'-])([Bb])onsoir(?![\w’'-])",
                        lambda m: ("B" if m.group(1) == "B" else "b") + "onjour", french)
    for m in _VOCATIVE.finditer(source):
        fr = _ADDRESS[m.group(1).lower()]
        french = re.sub(rf"(?:(?<=^)|(?<=[,.!:;] ))([{fr[0].upper()}{fr[0]}]){fr[1:]}"
                        r"(?=\s*[,.!:;]|$)", _dear(fr), french, count=1)
    return french


def _dear(word: str) -> Callable[[re.Match[str]], str]:
    return lambda m: ("Chers " if m.group(1).isupper() else "chers ") + word


# A singular subject's plural verb: "Notre peuple sont forts" (*Our people are*).
_SUBJECT_OPENS = frozenset(("", "que", "qu'", "car", "mais", "si", "quand", "lorsque",
                            "lorsqu'", "puisque", "puisqu'", "comme", "où"))
_SINGULAR_DETS = frozenset(("le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa",
                            "mon", "ma", "notre", "votre", "leur"))
_MANY = frozenset(("plupart", "majorité", "moitié", "minorité", "totalité", "reste", "nombre",
                   "partie", "tiers", "quart", "série", "ensemble", "couple", "dizaine",
                   "centaine", "millier", "million", "milliard", "foule"))


def _plural_verb(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                 i: int) -> str | None:
    """The generator's input for verb ``i`` in the third person singular, when a singular
    noun phrase opening its clause is its subject."""
    verbs = [r for r in reads.get(words[i][2].lower(), ())
             if r.tags[:1] and r.tags[0].startswith("vb") and len(r.tags) > 3
             and r.tags[1] in _FINITE]
    if not verbs or not all(r.tags[2:4] == ("p3", "pl") for r in verbs):
        return None
    if any(not (r.tags[:1] and r.tags[0].startswith("vb")) for r in reads.get(
            words[i][2].lower(), ())):
        return None
    n = i - 1
    while n > 0 and any(r.tags[:1] == ("adj",) for r in reads.get(words[n][2].lower(), ())) \
            and not any(r.tags[:1] == ("n",) for r in reads.get(words[n][2].lower(), ())):
        n -= 1  # an adjective after the noun
    if n < 1:
        return None
    nouns = [r for r in reads.get(words[n][2].lower(), ()) if r.tags[:1] == ("n",)]
    if not nouns or any(r.number != "sg" for r in nouns) or _norm(words[n][2]) in _MANY or \
            words[n][2][:1].isupper():
        return None
    d = n - 1
    while d > 0 and any(r.tags[:1] == ("adj",) for r in reads.get(words[d][2].lower(), ())):
        d -= 1
    if _norm(words[d][2]) not in _SINGULAR_DETS:
        return None
    opener = _norm(words[d - 1][2]) if d > 0 else ""
    if opener not in _SUBJECT_OPENS:
        return None
    r = verbs[0]
    return f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><p3><sg>$"


def _we_verb(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             i: int) -> str | None:
    """Verb ``i`` in the first person plural when "nous" opening its clause is its subject
    and Apertium wrote a third person plural ("et nous l'implémenteront")."""
    j = i
    while j > 0 and _norm(words[j - 1][2]) in _CLITICS - {"nous"}:
        j -= 1
    if j == 0 or _norm(words[j - 1][2]) != "nous":
        return None
    before = _norm(words[j - 2][2]) if j > 1 else ""
    if before and before not in _OPENERS and before not in _SUBJECT_OPENS:
        return None
    verbs = [r for r in reads.get(words[i][2].lower(), ()) if r.tags[:1]
             and r.tags[0].startswith("vb") and len(r.tags) > 3 and r.tags[1] in _FINITE]
    if not verbs or len(verbs) != len(reads.get(words[i][2].lower(), ())) or \
            not all(r.tags[2:4] == ("p3", "pl") for r in verbs):
        return None
    return first_plural(words[i][2])


# "Juste j'ai parlé" (*I have just spoken*): French puts "juste" after the auxiliary.
_JUST = re.compile(r"^Juste (j['’]|je |nous |vous |il |elle |on |ils |elles )"
                   r"((?:ne |n['’])?(?:(?:me|m['’]|nous|vous|se|s['’]|l['’]|les?|la|y|en) ?)*"
                   r"(?:ai|as|a|avons|avez|ont|suis|es|est|sommes|êtes|sont)) ")


def _just(text: str) -> str:
    return _JUST.sub(lambda m: (m.group(1)[:1].upper() + m.group(1)[1:] + m.group(2)
                                + " juste "), text)


# Questions to *you* at a sentence's opening: Apertium reads the subject as "il" ("Il
# pourrait éclaircir", "Il peut nous dire", "Il vous plaît dire", "Ce que vous pensez sur").
_ASKS = (
    (re.compile(r"^\s*Could you\b"),
     re.compile(r"^Il pourrait (?:complaire |s['’]il vous plaît )?"), "Pourriez-vous "),
    (re.compile(r"^\s*Can you\b"), re.compile(r"^Il peut (?:complaire )?"), "Pouvez-vous "),
    (re.compile(r"^\s*Would you like to\b"),
     re.compile(r"^(?:Il (?:vous )?|Vous )pla(?:î|i)(?:t|rait) (?:de )?"), "Voulez-vous "),
    (re.compile(r"^\s*What do you think (?:about|of)\b"),
     re.compile(r"^Ce que (?:vous )?pens(?:ez|er|es) (?:sur |de |à propos de |environ )?"
                r"(?:(le |les )|(?=(?:la |l['’]|\w)))"), "Que pensez-vous de "),
)
_OF = {"le ": "du ", "les ": "des "}


def questions(source: str, french: str) -> str:
    """ "Il pourrait éclaircir" -> "Pourriez-vous éclaircir" for *Could you clarify*, "Ce
    que vous pensez sur le" -> "Que pensez-vous du" for *What do you think about the*."""
    for english_re, french_re, new in _ASKS:
        if english_re.search(source):
            m = french_re.search(french)
            if m is not None:
                art = m.group(1) if french_re.groups else None
                head = new[:-3] + _OF[art] if art else new
                return head + french[m.end():]
    return french


# *You* alone ("Et te, tout de vous", "ce que te, entre autres", "puisque te" for *for
# you*): Catalan "tu" after a preposition, not a verb's object.
_TE_ALONE = re.compile(r"(?<![\w’'-])(puisque )?([Tt])e(?=\s*[,.;:!?)–—]|\s+(?:et|mais|ou)\b)")
_TU_THIRD = {"ont": "avez", "sont": "êtes", "font": "faites", "vont": "allez",
             "peuvent": "pouvez", "veulent": "voulez", "doivent": "devez", "savent": "savez",
             "avaient": "aviez", "étaient": "étiez", "seront": "serez", "auront": "aurez"}
_TU_VERB = re.compile(r"(?<![\w’'-])([Tt])u (" + "|".join(_TU_THIRD) + r")(?![\w’'-])")


def lone_you(source: str, french: str) -> str:
    """ "Et te, tout de vous" -> "Et vous, ...", "puisque te" -> "pour vous", "tu ont vu"
    -> "vous avez vu" when the source says *you*."""
    if not re.search(r"\byou\b", source, re.IGNORECASE):
        return french
    french = _TE_ALONE.sub(lambda m: ("pour " if m.group(1) else "") + (
        "Vous" if m.group(2) == "T" and not m.group(1) else "vous"), french)
    return _TU_VERB.sub(lambda m: ("V" if m.group(1) == "T" else "v") + "ous "
                        + _TU_THIRD[m.group(2)], french)


def _relative_verb(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                   i: int) -> str | None:
    """The generator's input for verb ``i`` in the third person plural, after "qui" whose
    antecedent is a plural noun ("des enfants qui a besoin" -> "qui ont besoin")."""
    verbs = [r for r in reads.get(words[i][2].lower(), ())
             if r.tags[:1] and r.tags[0].startswith("vb") and len(r.tags) > 3
             and r.tags[1] in _FINITE]
    allr = [r for r in reads.get(words[i][2].lower(), ())
            if not (_norm(words[i][2]) in ("est", "a") and not r.tags[0].startswith("vb"))]
    # "habite" is a first person too: after a noun and "qui" it is the third.
    verbs = [r for r in verbs if r.tags[2:4] == ("p3", "sg")]
    if not verbs or any(r.tags[0].startswith("vb") and "pl" in r.tags for r in allr) or any(
            not r.tags[0].startswith("vb") for r in allr):
        return None
    q = i - 1
    while q > 0 and _norm(words[q][2]) in ("ne", "n'", "le", "la", "les", "l'", "lui", "leur",
                                            "y", "en", "se", "s'", "nous", "vous"):
        q -= 1
    if q < 2 or _norm(words[q][2]) != "qui":
        return None
    n = q - 1
    while n > 0 and any(r.tags[:1] == ("adj",) for r in reads.get(words[n][2].lower(), ())) \
            and not any(r.tags[:1] == ("n",) for r in reads.get(words[n][2].lower(), ())):
        n -= 1
    nouns = [r for r in reads.get(words[n][2].lower(), ()) if r.tags[:1] in (("n",), ("adj",))]
    if not any(r.tags[:1] == ("n",) for r in nouns) or \
            len(nouns) != len(reads.get(words[n][2].lower(), ())) or \
            any(r.number != "pl" for r in nouns) or words[n][2][:1].isupper():
        return None
    r = verbs[0]
    return f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><p3><pl>$"


def _plural_adjective(reads: Sequence[Reading]) -> str | None:
    """The generator's input for a singular adjective (or participle) in the plural."""
    if not reads or not all(r.pos in ("adj", "pp") and r.number == "sg" for r in reads):
        return None
    r = reads[0]
    head = f"{r.tags[0]}><pp" if r.pos == "pp" else "adj"
    return f"^{r.lemma}<{head}><{'m' if r.gender == 'mf' else r.gender}><pl>$"


# *hope* is "espérer": the Catalan pivot's "esperar" (hope, wait) comes out "attendre"
# ("J'attends que le sommet sera", "J'attends aussitôt que" for *I hope so*).
_HOPE = re.compile(r"\bhop(?:e|es|ed|ing)\b", re.IGNORECASE)
_WAIT = re.compile(r"\b(?:wait\w*|expect\w*|await\w*|look\w* forward)\b", re.IGNORECASE)
_ESPERER = {"attends": "espère", "attend": "espère", "attendons": "espérons",
            "attendez": "espérez", "attendent": "espèrent", "attendre": "espérer",
            "attendu": "espéré", "attendais": "espérais", "attendait": "espérait",
            "attendions": "espérions", "attendaient": "espéraient"}
_ATTENDRE = re.compile(r"(?<![\w-])(" + "|".join(_ESPERER) + r")(?![\w’'-])"
                       r"(?: (?:aussitôt que|ainsi)(?=[.!?,]))?( pour(?= \w))?")
# *I think/hope/am sure* before a clause with no *that*: French says "que".
_THINK_EN = re.compile(r"\b(?:I|we) (?:think|believe|hope|am sure|are sure|am confident|"
                       r"are confident|am certain|am convinced|are convinced) (?=(?:the|this|"
                       r"these|those|our|your|their|we|you|they|he|she|there|many|all|most|"
                       r"some|every\w*|[A-Z]\w+)\b)")
_THINK_FR = re.compile(r"(?<![\w’'-])((?:[Jj]e|[Nn]ous|[Jj]['’]) ?(?:pense|crois|espère|suis sûr|"
                       r"suis certain|suis convaincu|pensons|croyons|espérons|sommes sûrs|"
                       r"sommes convaincus|sommes certains)) (?!que\b|qu['’]|[,.;:!?])")


def hope(source: str, french: str) -> str:
    """ "J'attends que" -> "J'espère que", "J'attends aussitôt que." -> "J'espère bien." for
    *hope* (no *wait*, *expect* in the source), "J'attends pour votre soutien" -> "J'espère
    votre soutien"; "Je suis sûr beaucoup conviendront" ->
    "Je suis sûr que beaucoup" where English says *I am sure many will*."""
    if _HOPE.search(source) and not _WAIT.search(source):
        def fix(m: re.Match[str]) -> str:
            word = _ESPERER[m.group(1)]
            if m.group(0) != m.group(1) and not m.group(2):
                return word + " bien"  # *I hope so*
            return word  # *hope for your support*: "espère votre soutien"

        french = _ATTENDRE.sub(fix, french, count=len(_HOPE.findall(source)))
        french = re.sub(r"(?<![\w’'-])([Jj])e espér", r"\1'espér", french)
    count = len(_THINK_EN.findall(source))
    if count:
        french = _THINK_FR.sub(lambda m: m.group(1) + (" qu'" if _VOWEL.match(
            french[m.end():]) else " que "), french, count=count)
    return french


def turns(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the speech rules of this module applied (its English source
    beside it); one exchange with the analyser and one with the generator for all."""
    texts = [hope(s, _just(lone_you(s, questions(s, greetings(s, thanks(s, imperatives(
             s, t)))))))
             for s, t in zip(sources, texts,
                                                                            strict=True)]
    spans = [[(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(t)] for t in texts]
    reads = readings(sorted({w.lower() for ss in spans for _, _, w in ss
                             if w[:1].isalpha()}))
    if not reads:
        return texts
    wanted = {(k, i): g for k, ss in enumerate(spans) for i in range(len(ss))
              if (g := _plural_verb(ss, reads, i) or _relative_verb(ss, reads, i)) is not None}
    for (k, i), g in list(wanted.items()):
        if g.startswith("^être<") and g.endswith("<pl>$") and i + 1 < len(spans[k]):
            adj = _plural_adjective(reads.get(spans[k][i + 1][2].lower(), ()))
            if adj is not None:  # "qui sont vital" -> "qui sont vitaux"
                wanted[(k, i + 1)] = adj
    forms = generate(sorted(set(wanted.values())))
    out = []
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        fixes = [(spans[k][i][0], spans[k][i][1], forms[g]) for (kk, i), g in wanted.items()
                 if kk == k and g in forms]
        for start, end, new in sorted(fixes, reverse=True):
            text = text[:start] + new + text[end:]
        spans_k = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        for i in reversed(range(len(spans_k))):
            new_verb = _we_verb(spans_k, reads, i)
            if new_verb is not None:
                text = text[:spans_k[i][0]] + new_verb + text[spans_k[i][1]:]
        out.append(_with_subject(text, source, reads))
    return out
