"""Post-edits of French noun phrases and relative clauses that Apertium's pivot leaves as
Catalan (or English) builds them, where French needs another word.

- "autres" after a preposition: Catalan and English say "in other areas" without an
  article ("en altres àmbits"), French says "dans d'autres domaines";
- *as* of a comment clause with *you* ("as you noted") comes out "tandis que" (*while*):
  "comme vous l'avez remarqué"; "as agreed" ("a aussi convenu"): "comme convenu";
- fixed prepositional phrases the pivot says word for word, where the source has them:
  "avant rien" (*first of all*) -> "tout d'abord", "en nom de", "dans le nom de" (*on
  behalf of*, *in the name of*) -> "au nom de", "dans les intérêts de" -> "dans l'intérêt
  de", "dans des termes de" -> "en termes de", "dans le cours de" -> "au cours de";
- a plural object with no determiner after a compound past ("ont échangé opinions", "ont
  signé contrats": Catalan leaves out the article, French does not): "des" before it when
  Apertium's French analyser reads the word as a plural noun (or a finite verb) only;
- a relative after a comma read by the engine as "lequel", "lesquels" (the pre-editing's
  "which do mark": ``preedit_np``) is "qui" in French: ", qui marquent";
- a superlative of an adjective French puts before its noun (grand, petit, gros, beau,
  vieux, jeune, haut, bon, mauvais) goes there: "le centre le plus grand de
  sports" -> "le plus grand centre de sports", "l'équipe meilleure" -> "la meilleure
  équipe", "notre partenaire plus grand" -> "notre plus grand partenaire" (``superlatives``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from daybook.translate.acronyms_np import acronym_articles, acronym_heads
from daybook.translate.adjectives_np import adjectives
from daybook.translate.adverbs_np import stranded
from daybook.translate.all_np import all_plural
from daybook.translate.articles_np import articles
from daybook.translate.attributive_np import adjective_nouns
from daybook.translate.aux_forms import THIRD, alternation, avoir
from daybook.translate.conjuncts_np import conjuncts
from daybook.translate.demonyms_np import restore as demonyms
from daybook.translate.french import BEFORE_VOWEL, LOWER_WORD, VOWEL_START
from daybook.translate.gender import Reading, agrees, determiner, readings
from daybook.translate.generic_np import kinds
from daybook.translate.hyphens import english as hyphened
from daybook.translate.institutions_np import ministries
from daybook.translate.only_np import only_subjects
from daybook.translate.owners_np import country_owners, qualified, repeated
from daybook.translate.participles_np import infinitive_modifiers, participles
from daybook.translate.persons_np import common_gender
from daybook.translate.scale_np import at_scale
from daybook.translate.superlatives_np import BEFORE_FORMS, after_noun, definite

# Not "entre autres" (*among others*), a fixed phrase; "de autres" is "d'autres" too.
_OTHER = re.compile(r"(?<![\w’'-])(?P<pr>[Dd]ans|[Pp]our|[Aa]vec|[Ss]ur|[Pp]ar|[Cc]ontre|"
                    r"[Vv]ers|[Ee]n|à|[Cc]omme|[Ss]ous|[Dd]e) autres(?= " + LOWER_WORD + ")")
# A figure's unit noun takes "de" before what it counts ("140 milliards de roubles", "2
# millions de personnes"; Grevisse § 591): the engine writes "des" where the phrase is a
# verb's subject ("Plus de 140 milliards des roubles ont été").
_COUNTED = re.compile(r"(?<=\d )(?P<unit>milliards?|millions?|milliers|centaines|dizaines) des "
                      r"(?=" + LOWER_WORD + ")")
# "15 million de tonnes": the engine leaves *million* singular after any figure; French
# writes "million", "milliard" plural from 2 on ("1,5 million", "15 millions").
_SCALE = re.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)*) (?P<unit>million|milliard)(?![\w’'-])")


def _plural_figure(figure: str) -> bool:
    """ "15", "19,8", "72,232" (thousands) -> True; "1", "1.5", "1,5" -> False."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", figure):
        return True  # a thousands separator: "72,232 million"
    try:
        return float(figure.replace(",", ".")) >= 2
    except ValueError:
        return False


_WHICH = re.compile(r", (?:lesquels|lesquelles|lequel|laquelle) (?=" + LOWER_WORD + ")")
_AS_YOU = re.compile(r"\bas you (?:have )?(?:already |rightly |correctly |just )?(?:noted|said|"
                     r"mentioned|pointed out|stressed|emphasi[sz]ed|underlined|know|seen|"
                     r"instructed)\b", re.IGNORECASE)
# The pivot's *as* "tandis que", or "comme" with no neuter "le" (*as you said* "comme vous
# l'avez dit"; the pivot's "tu" with "as" or "a" is "vous"); *as you instructed* "comme
# vous l'avez demandé" (Robert & Collins: *instruct* "charger de", the pivot's
# "instruire" is *teach*).
_TANDIS = re.compile(r"(?<![\w’'-])(?:(?P<t>[Tt])andis que|(?P<c>[Cc])omme) (?:vous|tu) "
                     r"(?:(?P<aux>avez |as |a )(?P<adv>(?:déjà |correctement |justement |juste )?)"
                     r"(?P<pp>remarqué|dit|mentionné|souligné|signalé|noté|accentué|vu|"
                     r"instruit)|(?P<know>savez|sais))(?![\w’'-])")
_AS_AGREED = re.compile(r"\bas (?:previously |was |had been )?agreed\b", re.IGNORECASE)
_CONVENU = re.compile(r"(?<![\w’'-])(?:a aussi|aussi a|aussi avant|a) convenu(?=[,.;)]|$)")

# (English phrase, the pivot's French, French's own); the French's "de" contracts as it was.
_PHRASES = tuple((re.compile(en, re.IGNORECASE), re.compile(fr), new) for en, fr, new in (
    (r"\bfirst of all\b", r"(?<![\w’'-])([Aa])vant rien(?![\w’'-])", "tout d'abord"),
    (r"\b(?:on behalf|in the name) of\b",
     r"(?<![\w’'-])([EeDd])(?:n|ans le) nom (?=d[eu'’ ]|des )", "au nom "),
    (r"\bin the interests? of\b", r"(?<![\w’'-])([Dd])ans les intérêts (?=d[eu'’ ]|des )",
     "dans l'intérêt "),
    (r"\bin terms of\b", r"(?<![\w’'-])([Dd])ans des termes (?=d[eu'’ ]|des )", "en termes "),
    (r"\bin the course of\b", r"(?<![\w’'-])([Dd])ans le cours (?=d[eu'’ ]|des )",
     "au cours "),
))


def _phrases(source: str, french: str) -> str:
    for english, wrong, new in _PHRASES:
        if english.search(source):

            def said(m: re.Match[str], new: str = new) -> str:
                return (new[:1].upper() if m.group(1).isupper() else new[:1]) + new[1:]

            french = wrong.sub(said, french)
    return french

# A compound past with "avoir" (not "été": a participle follows it), then a bare word.
# Only the persons the rule was written for: after "aurons" a partitive looks like a participle
# ("nous aurons du succès").
_BARE_OBJECT = re.compile(r"(?<![\w’'-])(?:" + alternation(
    avoir("present", persons=("3sg", "1pl", "2pl", "3pl"))
    | avoir("imperfect", "future", persons=THIRD)) + ") "
                          rf"(?!été\b){LOWER_WORD}(?:é|és|ée|ées|i|is|u|us|it|its) "
                          rf"(?P<noun>{LOWER_WORD}(?<=\w{{3}})[sx])(?![\w’'-])")

# What may follow a bare object's noun: a preposition, "et", a stop.
_NOUN_ENDS = re.compile(r"(?: (?:de|d['’]|du|des|pour|avec|sur|dans|à|au|aux|en|et|entre)"
                        r"(?![\w’'-])|\s*[.,;:!?)]|\s*$)")


def _bare_objects(french: str) -> str:
    """ "ils ont échangé opinions" -> "ils ont échangé des opinions": a word the analyser
    reads as a plural noun, or a finite verb, never a participle or an adjective (not "ont
    parlé aussi", "ont été lancés")."""
    found = list(_BARE_OBJECT.finditer(french))
    if not found:
        return french
    reads = readings([m.group("noun") for m in found])
    for m in reversed(found):
        word = m.group("noun")
        got = reads.get(word, ())
        nouns = [r for r in got if r.pos == "n"]
        # Besides the noun, only a finite verb ("opinions": *opiner*), never a participle
        # or an adjective ("lancés"), which would follow the participle as a complement.
        # An adjective of the noun's own lemma ("plans": *plan*, flat) before a preposition
        # or a stop is the noun: "ont fait plans pour" (not "ont rendu publics les").
        own = {r.lemma for r in nouns}
        noun_too = _NOUN_ENDS.match(french, m.end("noun")) is not None and all(
            r.pos != "adj" or r.lemma in own for r in got)
        if not nouns or any(r.pos not in ("n", "vblex") + (("adj",) if noun_too else ())
                            or "pp" in r.tags for r in got) or \
                not all(r.number == "pl" or (r.number == "sp" and word[-1] in "sx")
                        for r in nouns):
            continue
        french = f"{french[:m.start('noun')]}des {french[m.start('noun'):]}"
    return french


# Adjectives French writes before the noun (superlatives_np.BEFORE_FORMS); the others
# follow it ("le partenaire le plus important").
_BEST = "meilleur|meilleure|meilleurs|meilleures|pire|pires"
_THE = r"[Ll]e|[Ll]a|[Ll]es|[Ll]['’]"
_ARTICLE = r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)"
_OWNER = r"(?:[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ll]eurs?|[Ss]on|[Ss]a|[Ss]es|[Mm]on|[Mm]a|[Mm]es)"
# The noun's other adjectives may stand between ("les spécialistes russes meilleurs"); a
# plural without a determiner is *best* + a bare plural ("partagent pratiques meilleures").
_SUPERLATIVE = re.compile(
    rf"(?<![\w’'-])(?:(?P<det>{_ARTICLE}|{_OWNER}) ?(?<=[ '’])|(?<= ))"
    rf"(?P<noun>[a-zà-ÿœ]{{3,}}) (?P<mods>(?:[a-zà-ÿœ]{{3,}} ){{0,2}}?)"
    rf"(?:(?P<art>le|la|les) )?(?:(?P<plus>plus) (?P<adj>{BEFORE_FORMS})|(?P<best>{_BEST}))"
    r"(?![\w’'-])(?P<et> et (?P<next>[\w’'-]+))?")
_ENGLISH_SUPERLATIVE = re.compile(r"\b(?:most|best|worst|[a-z]{2,}est)\b", re.IGNORECASE)
_BEST_EN = re.compile(r"\b(?:best|worst)\b", re.IGNORECASE)
_THAN = re.compile(r" qu(?:e\b|['’])")


def superlatives(source: str, french: str) -> str:
    """ "le centre le plus grand de sports" -> "le plus grand centre de sports", "la plante
    la plus grande" -> "la plus grande plante", "l'équipe meilleure" -> "la meilleure
    équipe", "notre partenaire plus grand" -> "notre plus grand partenaire": where the
    source has a superlative, the noun one word that Apertium's analyser reads as a noun
    only. Not a comparative after an article ("les pays plus grands": no second article)."""
    if not _ENGLISH_SUPERLATIVE.search(source):
        return french
    best = _BEST_EN.search(source) is not None
    # "la centrale nucléaire plus grande" where the English says *the largest*
    the = [definite(source)]

    def said(m: re.Match[str]) -> bool:
        if m.group("art") or m.group("best") or re.fullmatch(_OWNER, m.group("det") or ""):
            return True
        if the[0] and m.group("plus") and re.fullmatch(_THE, m.group("det") or ""):
            the[0] -= 1
            return True
        return False

    found = [m for m in _overlapping(_SUPERLATIVE, french) if said(m)
             and (m.group("det") is not None or (m.group("best") and best))]
    if not found:
        return french
    nouns = readings([w for m in found for w in (
        m.group("noun"), *m.group("mods").split(), *french[:m.start()].split()[-1:],
        *([m.group("next")] if m.group("next") else []))])
    edits: list[tuple[int, int, str]] = []
    for m in found:
        new = _superlative(m, nouns, french)
        if new is not None and (not edits or m.start() >= edits[-1][1]):
            edits.append((m.start(), m.end(), new))
    for start, end, new in reversed(edits):
        french = french[:start] + new + french[end:]
    return french


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of ``pattern``, one from each start ("partagent pratiques meilleures":
    the one at "partagent" and the one at "pratiques")."""
    found: list[re.Match[str]] = []
    m = pattern.search(text)
    while m is not None:
        found.append(m)
        m = pattern.search(text, m.start() + 1)
    return found


def _superlative(m: re.Match[str], nouns: Mapping[str, tuple[Reading, ...]],
                 french: str) -> str | None:
    noun, det, art = m.group("noun"), m.group("det"), m.group("art")
    if m.group("et") and (m.group("next") == "plus" or any(
            r.pos == "adj" for r in nouns.get(m.group("next"), ()))):
        return None  # "le plus grand et plus propre": two adjectives, left
    reads = [r for r in nouns.get(noun, ()) if r.pos == "n"]
    if not reads or not all(any(r.pos == "adj" and agrees(r, n) for r in nouns.get(w, ())
                                for n in reads) for w in m.group("mods").split()):
        return None  # no noun (a verb, an adjective), or no adjectives of its between
    if det is None:  # *best* + a bare plural object: "les meilleures pratiques"
        before = re.search(r"(\w+) $", french[:m.start()])
        said = nouns.get(before.group(1).lower(), ()) if before else ()
        if not all(r.number == "pl" for r in reads) or not any(
                r.pos.startswith("vb") for r in said) or _THAN.match(french, m.end()):
            return None  # "nous sommes meilleurs que" (*better than*)
        det = "les"
    if det.lower() in ("le", "la", "les", "l'", "l’"):
        if art is None:  # "l'équipe meilleure": the article of the noun's gender
            gender = reads[0].gender
            if det.lower() in ("les",):
                art = "les"
            elif gender in ("m", "f"):
                art = "la" if gender == "f" else "le"
            else:
                return None
        det = art.capitalize() if det[:1].isupper() else art
    adj = m.group("best") or "plus " + m.group("adj")
    last = adj.split()[-1]
    if last in BEFORE_VOWEL and reads[0].gender == "m" and reads[0].number != "pl" and \
            VOWEL_START.match(noun):
        adj = adj[:-len(last)] + BEFORE_VOWEL[last]
    return f"{det} {adj} {noun} {m.group('mods')}".rstrip() + (m.group("et") or "")


# A first or second person's possessive pronoun the engine writes as a determiner ("les
# nôtres contacts", *our contacts*): French's determiner ("nos contacts"). The third
# person's "le sien" is ``wordsenses.possessive``'s ("son", "leur" by the English).
_PRONOUN = re.compile(r"(?<![\w’'-])(?P<det>[Ll]e|[Ll]a|[Ll]es) (?P<pron>nôtres?|vôtres?) "
                      rf"(?P<next>\d+(?:e|er|re)|{LOWER_WORD})(?![\w’'-])")
_DETERMINER = {"nôtre": "notre", "nôtres": "nos", "vôtre": "votre", "vôtres": "vos"}
_ENGLISH_OWNER = re.compile(r"\b(?:our|your)\b", re.IGNORECASE)


def possessives(source: str, french: str) -> str:
    """ "les nôtres contacts" -> "nos contacts", "le vôtre soutien" -> "votre soutien": the
    pronoun right before a noun (only a noun for the analyser) or an ordinal, where the
    English says *our* or *your*."""
    if ("nôtre" not in french and "vôtre" not in french) or \
            not _ENGLISH_OWNER.search(source):
        return french
    found = list(_PRONOUN.finditer(french))
    reads = readings([m.group("next") for m in found])

    def noun(word: str) -> bool:
        got = reads.get(word, ())
        return word[:1].isdigit() or (bool(got) and all(r.pos == "n" for r in got))

    for m in reversed(found):
        if noun(m.group("next")):
            det = _DETERMINER[m.group("pron")]
            det = det.capitalize() if m.group("det")[:1].isupper() else det
            french = f"{french[:m.start()]}{det} {m.group('next')}{french[m.end():]}"
    return french


# *this*, *that* before an adjective and its noun ("this complicated process") the engine
# reads as the pronoun: "cela processus compliqué", "Ça travail global". Before a word that
# is only a noun for the analyser, French's demonstrative determiner of its gender and
# number: "ce processus compliqué", "cette situation", "cet accord".
_PRONOUN_DET = re.compile(r"(?<![\w’'-])(?P<pron>[Cc]ela|[Çç]a|[Cc]eci) "
                          r"(?P<noun>[a-zà-ÿœæ]{2,}(?:-[a-zà-ÿœæ]+)*)(?![\w’'-])")
_ENGLISH_THIS = re.compile(r"\b(?:this|that)\b", re.IGNORECASE)


def demonstratives(source: str, french: str) -> str:
    """ "cela processus compliqué" -> "ce processus compliqué", "Ça travail global" -> "Ce
    travail global": the pronoun right before a word the analyser reads as a noun only (of
    one gender, or plural), where the English says *this* or *that*."""
    if not _ENGLISH_THIS.search(source):
        return french
    found = list(_PRONOUN_DET.finditer(french))
    if not found:
        return french
    reads = readings([m.group("noun") for m in found])
    for m in reversed(found):
        noun = m.group("noun")
        got = reads.get(noun, ())
        if not got or any(r.pos != "n" for r in got):
            continue  # a verb ("cela signifie"), an adverb, an unknown word
        genders = {r.gender for r in got}
        numbers = {r.number for r in got}
        # The pronoun stands for *this*, *that*: one ("processus" is of either number).
        number = "pl" if numbers == {"pl"} else "sg"
        gender = genders.pop() if len(genders) == 1 else "mf"
        if gender == "mf" and number == "sg":
            continue  # "ce" or "cette": the analyser cannot tell
        det = determiner("ce", gender, number, noun)
        if det is None:
            continue
        det = det.capitalize() if m.group("pron")[:1].isupper() else det
        french = f"{french[:m.start()]}{det} {french[m.start('noun'):]}"
    return french


# "un des", "l'un des", "chacun de nos", "aucun de ces" (*one of the*, *each of our*, *none
# of these*) take the gender of the plural after them (Grevisse §§ 715, 736), which the
# engine leaves masculine ("un des universités" -> "une des universités") or makes
# feminine ("une des fournisseurs" -> "un des fournisseurs").
_ONE_OF = re.compile(r"(?<![\w’'-])(?P<one>(?:[Ll]['’])?[Uu]ne?|[Cc]hacune?|[Aa]ucune?) "
                     r"(?:des|de (?:ces|nos|vos|leurs|ses|mes)) (?:\d+ )?"
                     r"(?P<word>[a-zà-ÿœæ]{3,}(?: [a-zà-ÿœæ]{2,}){0,3})(?![\w’'-])")
_ADVERBS = frozenset(("plus", "moins", "très"))


def _plural_gender(words: list[str], reads: Mapping[str, tuple[Reading, ...]]) -> str | None:
    """The gender of the plural noun phrase the words open: a first word only a plural noun
    or adjective of one gender ("premières"), else the first noun past "plus" and
    adjectives ("plus grandes entreprises", "fêtes", a verb's form too); None for both
    genders or no noun."""
    first = reads.get(words[0], ())
    if first and all(r.pos in ("n", "adj") and r.number == "pl" for r in first):
        genders = {r.gender for r in first}
        return genders.pop() if len(genders) == 1 and "mf" not in genders else None
    for w in words:
        got = reads.get(w, ())
        if w in _ADVERBS or (got and all(r.pos == "adj" for r in got)):
            continue
        nouns = [r for r in got if r.pos == "n"]
        genders = {r.gender for r in nouns}
        if not nouns or any(r.number != "pl" for r in nouns) or len(genders) != 1:
            return None
        return None if "mf" in genders else genders.pop()
    return None


def one_of(french: str) -> str:
    """ "un des universités" -> "une des universités", "l'une des fournisseurs" -> "l'un
    des fournisseurs", "un des premières personnes" -> "une des premières personnes", "un
    des plus grandes entreprises" -> "une des", "chacun de nos régions" -> "chacune": by
    the plural noun phrase after "des"."""
    found = list(_ONE_OF.finditer(french))
    if not found:
        return french
    reads = readings(sorted({w for m in found for w in m.group("word").split()}))
    for m in reversed(found):
        gender = _plural_gender(m.group("word").split(), reads)
        one = m.group("one")
        if gender is None or (gender == "f") == one.endswith("une"):
            continue  # agreed already, or no telling
        said = one[:-1] if one.endswith("une") else one + "e"
        french = f"{french[:m.start()]}{said}{french[m.end('one'):]}"
    return french


# *such a*, *such* + a plural: "tel" with no article and of the engine's gender ("pour tel
# question", "dans telles domaines"), where French says "un tel", "une telle" and, for an
# indefinite plural, "de tels", "de telles" (Grevisse: "tel" with the indefinite article).
_SUCH = re.compile(r"(?<![\w’'-])(?P<prev>[\w’']+) (?P<such>[Tt]el|[Tt]elle|[Tt]els|[Tt]elles) "
                   r"(?P<noun>[a-zà-ÿœæ]{3,})(?![\w’'-])")
_ENGLISH_SUCH = re.compile(r"\bsuch\b", re.IGNORECASE)
# Before "tel": a determiner or a number has its article already ("le premier tel", "deux
# telles usines"); "de" makes the plural's "de tels" itself.
_SUCH_DETERMINED = frozenset((
    "le", "la", "les", "l'", "l’", "un", "une", "des", "ces", "ce", "cet", "cette", "aucun",
    "aucune", "chaque", "deux", "trois", "quatre", "cinq", "premier", "première", "seul",
    "seule", "notre", "nos", "votre", "vos", "leur", "leurs", "son", "sa", "ses", "tout",
    "toute", "tous", "toutes", "rien", "et", "ou",
))


def such(source: str, french: str) -> str:
    """ "pour tel question" -> "pour une telle question", "dans telles domaines" -> "dans de
    tels domaines", "faire tels projets" -> "faire de tels projets", "de tel soutien" ->
    "d'un tel soutien": before a noun (no adjective or participle reading; one gender), where
    the English says *such*; not "de telle sorte", nor after a determiner or a number."""
    if not _ENGLISH_SUCH.search(source) or "tel" not in french:
        return french
    found = [m for m in _SUCH.finditer(french) if m.group("noun") != "sorte"
             and m.group("prev").lower() not in _SUCH_DETERMINED]
    if not found:
        return french
    reads = readings([m.group("noun") for m in found])
    for m in reversed(found):
        got = reads.get(m.group("noun"), ())
        nouns = [r for r in got if r.pos == "n"]
        genders = {r.gender for r in nouns}
        numbers = {r.number for r in nouns}
        if not nouns or any(r.pos in ("adj", "pp", "det", "prn", "adv") for r in got) or \
                len(genders) != 1 or genders & {"mf"}:
            continue
        plural = numbers == {"pl"} or (numbers != {"sg"} and m.group("such").endswith("s"))
        such_word = {(False, "m"): "tel", (False, "f"): "telle", (True, "m"): "tels",
                     (True, "f"): "telles"}[(plural, genders.pop())]
        prev = m.group("prev")
        if plural:
            lead = "" if prev.lower() in ("de", "d'", "d’") else "de "
        else:
            article = "une" if such_word == "telle" else "un"
            lead = f"{article} " if prev.lower() not in ("de", "d'", "d’") else ""
            if not lead:  # "de tel soutien" -> "d'un tel soutien"
                prev = prev[:-1] + "'" if prev.lower() == "de" else prev
                lead = article + " "
        if m.group("such")[:1].isupper() and not lead:
            such_word = such_word.capitalize()
        elif m.group("such")[:1].isupper():
            lead = lead.capitalize()
        join = "" if prev.endswith(("'", "’")) else " "
        french = (f"{french[:m.start()]}{prev}{join}{lead}{such_word} "
                  f"{french[m.start('noun'):]}")
    return french


# *such X as Y*: the engine says it word for word, "de tels domaines comme l'énergie";
# French puts "tel" after the noun and says "que" (Grevisse, *Le Bon Usage*: "tel que"
# introducing examples): "des domaines tels que l'énergie", "une question vitale telle que
# le développement"; after *of such* "de domaines tels que". The first example, a bare
# noun (only a noun for the analyser, of one gender), takes its definite article.
_SUCH_AS = re.compile(r"(?<![\w’'-])(?P<art>[Uu]ne?|[Dd]e) (?P<such>tel|telle|tels|telles)"
                      r" (?P<noun>[a-zà-ÿœæ]{3,}(?: (?!comme )[a-zà-ÿœæ-]{3,}){0,2})"
                      r" comme(?![\w’'-])"
                      r"(?: (?P<first>[a-zà-ÿœæ]+)(?=[ ,.;]))?")
_SUCH_AS_EN = re.compile(r"\bsuch (?:an? )?(?:[a-z-]+ ){1,3}as\b", re.IGNORECASE)
_OF_SUCH_EN = re.compile(r"\bof such\b", re.IGNORECASE)


def such_as(source: str, french: str) -> str:
    """ "dans de tels domaines comme énergie et" -> "dans des domaines tels que l'énergie et",
    "une telle question vitale comme le développement" -> "une question vitale telle que le
    développement": where the English says *such X as* as often as the French has "tel ...
    comme" (up to two adjectives after the noun)."""
    if "comme" not in french or not _SUCH_AS_EN.search(source):
        return french
    found = list(_SUCH_AS.finditer(french))
    if not found or len(found) != len(_SUCH_AS_EN.findall(source)):
        return french
    firsts = sorted({m.group("first") for m in found if m.group("first")})
    reads = readings(firsts) if firsts else {}
    keep_de = bool(_OF_SUCH_EN.search(source))
    for m in reversed(found):
        art = m.group("art")
        # The plural's "de tels": "des", or "de" after *of*.
        plural = art.lower().startswith("d")
        lead = art[:1] + ("e " if keep_de else "es ") if plural else art + " "
        first = m.group("first") or ""
        got = reads.get(first, ())
        genders = {r.gender for r in got}
        said = ""
        if got and all(r.pos == "n" for r in got) and len(genders) == 1 and \
                not genders & {"mf"} and len({r.number for r in got}) == 1:
            made = determiner("le", genders.pop(), got[0].number, first)
            said = "" if made is None else made if made.endswith(("'", "’")) else made + " "
        que = "qu'" if not said and VOWEL_START.match(first) else "que "
        tail = f"{que}{said}{first}" if first else "que"
        french = (f"{french[:m.start()]}{lead}{m.group('noun')} {m.group('such')} {tail}"
                  f"{french[m.end():]}")
    return french


# *for* + an abstract or mass noun with no article ("conditions for cooperation", "for
# environmental protection"): the engine's "pour coopération", "pour protection de", where
# French gives the noun its definite article ("pour la coopération"). Not the fixed phrases
# of "pour" + a bare noun (Robert, Grevisse: "pour information", "pour cause de", "avoir
# pour but, objectif, mission, thème...", "pour exemple", "pour moitié").
_FOR_BARE = re.compile(r"(?<![\w’'-])(?P<pour>[Pp]our) (?P<noun>[a-zà-ÿœæ]{3,})"
                       r"(?: (?P<next>[a-zà-ÿœæ]+['’]?)|(?P<stop>[,.;:)]))")
_FOR_FIXED = frozenset((
    "information", "mémoire", "exemple", "cause", "raison", "rien", "moitié", "partie",
    "compte", "preuve", "but", "objectif", "objet", "mission", "tâche", "thème", "principe",
    "conséquence", "effet", "résultat", "vocation", "base", "modèle", "titre", "habitude",
    "usage", "emploi", "réponse", "consigne", "origine", "devise", "nom", "fonction", "rôle",
    "priorité", "ambition", "horizon", "cadre", "ordre", "mandat", "sujet", "lors", "cent",
    "toujours", "longtemps", "autant", "ainsi", "mille", "dessert", "commencer", "finir",
))
# After the noun: what ends a noun with no article of its own ("de", "et", punctuation).
_FOR_AFTER = frozenset(("de", "d'", "d’", "du", "des", "et", "ou", ",", ".", ";", ":", ")"))


def for_articles(french: str) -> str:
    """ "conditions pour coopération et" -> "conditions pour la coopération et", "pour
    protection de l'environnement" -> "pour la protection de l'environnement": a singular
    noun of one gender (for the analyser only a noun) after "pour", followed by "de", "et",
    punctuation or an adjective (only an adjective for the analyser)."""
    # Not an infinitive's ending ("pour promouvoir", the most frequent): no exchange with
    # the analyser for it.
    found = [m for m in _FOR_BARE.finditer(french) if m.group("noun") not in _FOR_FIXED
             and not m.group("noun").endswith(("er", "ir", "oir"))]
    if not found:
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), m.group("next"))
                             if w}))
    for m in reversed(found):
        noun, after = m.group("noun"), m.group("next") or m.group("stop")
        got = reads.get(noun, ())
        genders = {r.gender for r in got}
        if not got or any(r.pos != "n" or r.number != "sg" for r in got) or \
                len(genders) != 1 or genders & {"mf"}:
            continue
        follow = reads.get(after, ())
        if after not in _FOR_AFTER and not (follow and all(r.pos == "adj" for r in follow)):
            continue
        det = determiner("le", genders.pop(), "sg", noun)
        if det is None:
            continue
        det = det if det.endswith(("'", "’")) else det + " "
        french = f"{french[:m.start('noun')]}{det}{french[m.start('noun'):]}"
    return french


def _as_you(m: re.Match[str]) -> str:
    like = "Comme" if (m["t"] or m["c"]).isupper() else "comme"
    if m["know"]:
        return f"{like} vous le savez"
    said = "demandé" if m["pp"] == "instruit" else m["pp"]
    return f"{like} vous l'avez {m['adv']}{said}"


def noun_phrases(source: str, french: str) -> str:
    """ "dans autres domaines" -> "dans d'autres domaines", ", lesquels marquent" -> ",
    qui marquent"; "tandis que vous avez remarqué" -> "comme vous l'avez remarqué", ", a
    aussi convenu" -> ", comme convenu" where the source says "as you noted", "as agreed"."""
    if ("andis que vous" in french or "omme vous" in french or "omme tu" in french) and \
            _AS_YOU.search(source):
        french = _TANDIS.sub(_as_you, french)
    french = participles(source, all_plural(source, only_subjects(source, french)))
    french = kinds(source, conjuncts(infinitive_modifiers(source, french), source))
    # First the words the engine left or read out of place (an adverb, an adjective read as
    # a noun): the rules after read the noun phrase they make.
    adjectives_read = adjective_nouns(source, french)
    if adjectives_read != french:  # a superlative past the adjective it made: read again
        adjectives_read = superlatives(source, adjectives_read)
    french = after_noun(source, stranded(source, adjectives_read))
    french = for_articles(such_as(source, such(source, one_of(demonstratives(source, possessives(
        source, _bare_objects(_phrases(source, french))))))))
    if "convenu" in french and _AS_AGREED.search(source):
        french = _CONVENU.sub("comme convenu", french)
    if "autres" in french:
        french = _OTHER.sub(lambda m: "d'autres" if m.group("pr").lower() == "de"
                            else m.group("pr") + " d'autres", french)
    if ", l" in french:
        french = _WHICH.sub(", qui ", french)
    if "milli" in french:
        french = _SCALE.sub(lambda m: m.group(0) + ("s" if _plural_figure(m.group("n")) else ""),
                            french)
    if "s des " in french:
        french = _COUNTED.sub(lambda m: m.group("unit") + (
            " d’" if VOWEL_START.match(french[m.end():]) else " de "), french)
    french = common_gender(source, qualified(repeated(country_owners(source, acronym_heads(
        source, acronym_articles(source, french))))))
    # the stand-ins read against the English as sent ("Russia-Belarus" as two adjectives)
    return ministries(source, adjectives(source, articles(source, demonyms(
        hyphened(source), at_scale(source, french)))))
