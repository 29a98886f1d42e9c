"""Agreement Apertium's French gets wrong after the engine, rewritten from the source.

"President Xi Jinping and I have agreed": Apertium reads "X and I" as a plural subject
in the third person and writes "Président Xi Jinping et j'ont convenu"; French says "et
moi avons convenu". ``with_me`` puts "moi" and the first person plural back when the
English source has "and I" before a verb and the French has "et je/j'" before a third
person plural.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER, LOWER_WORD, elides
from daybook.translate.gender import Reading, generate, put_forms, readings

# "and I" followed by a word (a verb, an adverb): not "between you and I."
_AND_I = re.compile(r"\band I (?=[a-z])")
# Irregular third person plurals -> first person plural.
_IRREGULAR = {
    "ont": "avons", "sont": "sommes", "font": "faisons", "vont": "allons",
    "peuvent": "pouvons", "veulent": "voulons", "doivent": "devons", "savent": "savons",
    "viennent": "venons", "tiennent": "tenons", "prennent": "prenons", "croient": "croyons",
    "voient": "voyons", "reçoivent": "recevons", "disent": "disons", "boivent": "buvons",
    "soutiennent": "soutenons", "obtiennent": "obtenons", "deviennent": "devenons",
    "comprennent": "comprenons", "connaissent": "connaissons", "étaient": "étions",
    "avaient": "avions", "seront": "serons", "auront": "aurons", "feront": "ferons",
    "iront": "irons", "pourront": "pourrons", "devront": "devrons", "voudront": "voudrons",
}
# Verbs in -ment (most words in -ment are adverbs: "personnellement").
_MENT_VERBS = frozenset(("aiment", "estiment", "forment", "transforment", "informent",
                         "confirment", "affirment", "expriment", "suppriment", "nomment",
                         "consomment", "dorment", "ferment", "animent", "arment"))
# Adverbs Apertium puts between the subject and its verb ("et j'aussi ont parlé").
_ADVERBS = ("aussi", "également", "déjà", "toujours", "encore", "souvent", "jamais")
_ME_VERB = re.compile(r"(?<![\w-])([Ee]t) (?:je |j['’])((?:(?:" + "|".join(_ADVERBS)
                      + rf"|{LOWER}+ment) )?)({LOWER}+ent|{LOWER}*ont)(?![\w-])")


def first_plural(verb: str) -> str | None:
    """ "ont" -> "avons", "discutaient" -> "discutions", "parleront" -> "parlerons",
    "partagent" -> "partageons"; None for no third person plural."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _ADVERBS or (verb.endswith("ment") and verb not in _MENT_VERBS):
        return None  # an adverb: "également", "personnellement"
    if verb.endswith("aient"):
        return verb[:-5] + "ions"
    if verb.endswith("iennent"):  # *tenir*, *venir* and their compounds: "maintenons"
        return verb[:-7] + "enons"
    if verb.endswith("ront"):
        return verb[:-4] + "rons"
    if verb.endswith("gent"):
        return verb[:-4] + "geons"
    if verb.endswith("cent"):
        return verb[:-4] + "çons"
    if verb.endswith("ent") and len(verb) > 4:
        return verb[:-3] + "ons"
    return None


def with_me(source: str, french: str) -> str:
    """ "X et j'ont convenu" -> "X et moi avons convenu" when ``source`` says "X and I"."""
    if not _AND_I.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        verb = first_plural(m.group(3))
        if verb is None:
            return m.group(0)
        adverb = m.group(2).strip()
        # French puts the adverb after the auxiliary: "et moi avons aussi parlé".
        return f"{m.group(1)} moi {verb}" + (f" {adverb}" if adverb else "")

    return _ME_VERB.sub(fix, french, count=len(_AND_I.findall(source)))


# A title before a name takes the article in French ("le président Xi Jinping", "le
# Premier ministre Dmitri Medvedev"); Apertium writes none ("Président Poutine et moi",
# "était premier ministre Dmitri Medvedev").
_TITLE = {"président": "le président", "premier ministre": "le Premier ministre",
          "chancelier": "le chancelier", "gouverneur": "le gouverneur", "roi": "le roi",
          "prince": "le prince", "émir": "l'émir", "sultan": "le sultan"}
_AFTER = {"de": "du ", "à": "au ", "De": "Du ", "À": "Au "}
_BARE_TITLE = re.compile(
    r"(?:^|(?<=[\s,]))(?:(de|à|De|À) )?((?i:" + "|".join(_TITLE)
    + r"))(?= [A-ZÀ-Ý][a-zà-ÿ’'-]+(?![\w’'-]))")
# Words that already determine the title: an article, a possessive, "M." before it.
_DETERMINED = re.compile(r"(?:^|\s)(?:le|la|les|l['’]|un|une|du|des|au|aux|son|sa|ses|"
                         r"leur|notre|votre|mon|ma|ce|cet|cette|d['’]|M\.|Mme)\s*$",
                         re.IGNORECASE)


def title_article(french: str) -> str:
    """ "Président Poutine et moi" -> "Le président Poutine et moi", "était premier ministre
    Dmitri Medvedev" -> "était le Premier ministre Dmitri Medvedev", "de président X" ->
    "du président X"."""

    def fix(m: re.Match[str]) -> str:
        if _DETERMINED.search(french[:m.start()]):
            return m.group(0)
        title = _TITLE[m.group(2).lower()]
        prep = m.group(1)
        if prep:
            title = _AFTER[prep] + title.split(" ", 1)[1] if title.startswith("le ") else (
                f"{prep} {title}")
        at_start = not french[:m.start()].strip() or french[:m.start()].rstrip()[-1:] in ".!?«“\"("
        return title[:1].upper() + title[1:] if at_start else title

    return _BARE_TITLE.sub(fix, french)


# *X, an apposition, verb*: the Catalan stage reads the verb after the second comma as a
# clause of its own and gives it a subject ("Mikhaïl Piotrovski, un historien, il a servi",
# "Nous, vieux-croyants, il est en train de préparer"); English has none there.
_APPOSED_EN = re.compile(r"^\W*([A-Z][\w’'.-]*(?: [\w’'.-]+){0,7}), [^,]{2,120}, "
                         r"(?!(?:he|she|it|they|we|you|I|and|but|or|which|who|that|as|if|"
                         r"when|while|because|so|then|including|in|on|at|for|of|with|to|"
                         r"by|from)\b)([a-z’']+)")
# What opens an adverbial, not a subject, before the first comma.
_NOT_SUBJECT_EN = frozenset((
    "in", "on", "at", "for", "however", "as", "if", "when", "since", "after", "before",
    "during", "following", "thus", "therefore", "of", "also", "and", "but", "yet", "so",
    "today", "now", "moreover", "first", "second", "third", "finally", "unfortunately",
    "naturally", "besides", "meanwhile", "according", "with", "without", "by", "from",
    "to", "over", "under", "until", "while", "although", "though", "once", "here", "there",
    "then", "still", "indeed", "again", "yes", "no", "well", "colleagues", "friends",
    "ladies", "mr", "mrs", "ms", "dear", "this", "that", "it", "last", "next", "every",
    "each", "among", "between", "about", "despite", "instead", "unlike", "like", "along"))
_APPOSED_FR = re.compile(r"^(\W*[A-ZÀ-Ý][^,]{0,80}), ([^,]{2,140}), (?:il|elle) "
                         r"((?:(?:ne|n['’]|le|la|les|l['’]|lui|leur|y|en|se|s['’]) )*)"
                         r"(" + LOWER_WORD + r")(?![\w’'-])")
_SINGULAR_EN = frozenset(("is", "was", "has"))
_PLURAL_EN = frozenset(("are", "were", "have"))


def _apposed(source: str, french: str) -> str:
    """ "X, apposition, il a servi" -> "X, apposition, a servi"; the verb in the person
    and number of "Nous" or of the English verb ("are" plural)."""
    en = _APPOSED_EN.match(source)
    if en is None or en.group(1).split()[0].lower().strip("’'") in _NOT_SUBJECT_EN or \
            en.group(1).split()[0].lower().endswith("ly"):
        return french
    m = _APPOSED_FR.match(french)
    if m is None:
        return french
    verb = m.group(4)
    first = m.group(1).split()[0].lower()
    want = ("p1", "pl") if first == "nous" else ("p2", "pl") if first == "vous" else \
        ("p3", "pl") if en.group(2) in _PLURAL_EN else ("p3", "sg") if en.group(
            2) in _SINGULAR_EN else None
    reads = [r for r in readings([verb]).get(verb, ())
             if len(r.tags) > 3 and r.tags[0] in ("vblex", "vbser", "vbhaver", "vbmod")
             and r.tags[1] in ("pri", "pii", "fti", "cni", "ifi")]
    if not reads:
        return french  # no finite verb after the pronoun: not this construction
    if want and (reads[0].tags[2], reads[0].tags[3]) != want:
        r = reads[0]
        made = generate([f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><{want[0]}><{want[1]}>$"])
        verb = next(iter(made.values()), verb)
    return f"{m.group(1)}, {m.group(2)}, {m.group(3)}{verb}" + french[m.end():]


def appositions(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the subject the pivot added after an apposition taken out."""
    return [_apposed(s, t) if ", il " in t or ", elle " in t else t
            for s, t in zip(sources, texts, strict=True)]


# A singular subject pronoun and a third person plural verb: the Catalan stage agrees its
# reflexive passive with the object ("s'han de fer moltes coses" -> "on doivent faire
# beaucoup de choses") and an impersonal *it* with a plural noun of the clause before ("i
# ell serien lògics" -> "et il seraient logiques de"). "il", "on" and "cela" are singular
# whatever follows: the verb takes the third person singular, an adjective after "être" the
# singular too ("il serait logique de"). "il ou elle doivent" (a coordination) and a pronoun
# after a preposition ("Tous de cela sont") are left.
_CLITIC = r"(?:ne |n['’]|se |s['’]|y |en |le |la |les |l['’]|lui |leur |nous |vous )*"
_SINGULAR_SUBJECT = re.compile(r"(?<![\w’'-])(?P<pro>[Ii]l|[Oo]n|[Cc]ela|[Çç]a) (?P<cl>"
                               + _CLITIC + rf")(?P<verb>{LOWER}*(?:ent|ont))(?![\w’'-])"
                               + rf"(?: (?P<adv>{LOWER}+ment|très|si|assez|trop|plus|aussi|"
                               + r"vraiment|bien|pas|jamais|toujours|déjà|encore|également))?"
                               + rf"(?: (?P<adj>{LOWER}+s))?(?![\w’'-])")
_NOT_BEFORE = re.compile(r"(?:(?<![\w’'-])(?:de|à|avec|pour|sans|par|sur|chez|contre|"
                         r"vers|entre|selon|d['’]) *)$", re.IGNORECASE)
_ELIDE = re.compile(r"(?<![\w’'-])((?:[Ii]l|[Oo]n|[Cc]ela|[Çç]a) )([ns])e (?=(\w+))")
_FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs")
_COPULAS = frozenset(("être", "devenir", "sembler", "paraître", "rester", "demeurer"))


def _plural_finite(found: Sequence[Reading]) -> Reading | None:
    """The third person plural finite reading of a word none of whose readings is
    singular."""
    verbs = [r for r in found if r.tags[:1] and r.tags[0].startswith("vb")]
    plural = [r for r in verbs if len(r.tags) > 3 and r.tags[1] in _FINITE
              and r.tags[2] == "p3" and r.tags[3] == "pl"]
    if not plural or any("sg" in r.tags for r in verbs) or \
            any(r.pos in ("n", "adj") for r in found):
        return None
    plural.sort(key=lambda r: r.tags[0] == "vblex")
    return plural[0]


def singular_pronouns(texts: Sequence[str]) -> list[str]:
    """ "on doivent faire" -> "on doit faire", "il seraient logiques de" -> "il serait
    logique de": a verb after a singular subject pronoun in the singular."""
    hits = {k: [m for m in _SINGULAR_SUBJECT.finditer(t)
                if not _NOT_BEFORE.search(t[:m.start()])] for k, t in enumerate(texts)}
    hits = {k: ms for k, ms in hits.items() if ms}
    if not hits:
        return list(texts)
    read = readings(sorted({w for ms in hits.values() for m in ms
                            for w in (m.group("verb"), m.group("adj")) if w}))
    wanted: dict[int, dict[int, str]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for k, ms in hits.items():
        for m in ms:
            verb = _plural_finite(read.get(m.group("verb"), ()))
            if verb is None:
                continue
            tags = "><".join("sg" if t == "pl" else t for t in verb.tags)
            spans.setdefault(k, []).append(m.span("verb"))
            wanted.setdefault(k, {})[len(spans[k]) - 1] = f"^{verb.lemma}<{tags}>$"
            adj = m.group("adj")
            reads = [r for r in read.get(adj or "", ()) if r.pos in ("adj", "pp")]
            if verb.lemma in _COPULAS and reads and all(r.number == "pl" for r in reads):
                r = reads[0]
                tail = "><".join("m" if t in ("m", "f") else "sg" if t == "pl" else t
                                 for t in r.tags)
                spans[k].append(m.span("adj"))
                wanted[k][len(spans[k]) - 1] = f"^{r.lemma}<{tail}>$"
    out = put_forms(texts, wanted, spans) if wanted else list(texts)
    # "il ne sont" -> "il n'est": the clitic before the new form elides.
    return [_ELIDE.sub(lambda m: f"{m.group(1)}{m.group(2)}'" if elides(m.group(3))
                       else m.group(0), t)
            if k in wanted else t for k, t in enumerate(out)]
