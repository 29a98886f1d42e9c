"""Gender and number agreement in Apertium's French, read with Apertium's own French analyser.

``cat-fra`` agrees a word by the Catalan noun's gender where its transfer does not reach:
"L'équipe nouvelle est fort" (Catalan "equip" is masculine), "La limite supérieure a été
atteint", "le confiance", "notre portante universités", "confiance mutuel". ``agree``
reads each word's gender and number with ``fra-cat``'s analyser (``gender.readings``) and
regenerates what disagrees with its noun with ``cat-fra``'s generator
("^fort<adj><f><sg>$" -> "forte"):

- a determiner (and the adjectives between it and its noun) with that noun;
- an adjective right after its noun, unless it agrees with a noun the first one
  complements ("style de vie sain": *sain* is the style's) or is joined to by "et";
- an adjective or a participle after "être" with the noun opening its clause ("La
  limite supérieure a été atteinte"), when the verb's number is the noun's; the noun
  before two complements joined by "et" ("Les relations entre la Russie et l'Iran sont
  multilatérales"), an institution's capitalised noun ("L'Université Tsinghua a été
  fondée"), a subject before an aside between commas (", une des universités, a été")
  and a list of subjects, masculine if one of them is ("Leur travail, les activités
  créatives et leurs vies sont devenus").

A batch of texts costs at most one exchange with the analyser and one with the generator
(``gender.py`` remembers words and forms for the process's life). Without Apertium's
French dictionaries the text is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.agreement_scan import complement, gender_by_determiner
from daybook.translate.agreement_tokens import TOKEN, Word, adjective_of, noun_of, of_pos
from daybook.translate.agreement_words import (
    BE,
    BETWEEN,
    COMPLEMENTS,
    COUNTING,
    DEGREE,
    FINITE,
    HAVE,
    MODALS,
    OF,
    OPENS,
    PREPOSITIONS,
    PROGRESSIVE_BE,
    PRONOUNS,
    THOSE,
    TIME,
)
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    agrees,
    determiner,
    fits,
    forms_of,
    generate,
    made_form,
    readings,
    verbal_adjective,
)


def form_in(r: Reading, gender: str, number: str) -> str | None:
    """``r``'s word in ``gender`` and ``number`` by the generator ("célèbre", "f", "pl" ->
    "célèbres"), None where it makes none."""
    wanted = forms_of(r, gender, number)
    return made_form(generate(wanted), (r, gender, number))


class _Sentence:
    def __init__(self, text: str, words: list[Word]) -> None:
        self.text = text
        self.w = words
        self.fixes: dict[int, tuple[Reading, str, str] | str] = {}

    def joined(self, i: int) -> bool:
        """Word ``i`` follows word ``i-1`` with a space or an apostrophe only."""
        return i > 0 and self.text[self.w[i - 1].end:self.w[i].start] in ("", " ")

    def lower(self, i: int) -> str:
        return self.w[i].text.lower() if 0 <= i < len(self.w) else ""

    def verbal_before_object(self, i: int) -> bool:
        """Word ``i`` is a verbal adjective used as a participle, its object after it
        ("des pays important du pétrole")."""
        return verbal_adjective(self.w[i].reads) and self.w[i].has("vblex") and \
            i + 1 < len(self.w) and self.joined(i + 1) and (
            self.w[i + 1].has("det", "prn") or self.lower(i + 1) in ("l'", "l’"))

    def det(self, i: int) -> bool:
        return self.lower(i) in DETERMINERS and self.w[i].has("det")

    def phrase(self, i: int) -> int:
        """The first word of the noun phrase noun ``i`` ends (its determiner, adjectives)."""
        k = i
        while k > 0 and self.joined(k) and adjective_of(self.w[k - 1]) and not self.det(k - 1):
            k -= 1
        if k > 0 and self.joined(k) and (self.det(k - 1) or self.lower(k - 1) in ("l'", "l’")):
            k -= 1
            if self.lower(k) in ("la", "les", "l'", "l’") and self.lower(k - 1) in OF:
                k -= 1  # "de la"
        return k

    def heads(self, i: int) -> list[int]:
        """Nouns that noun ``i``'s phrase complements ("style de vie": "style"), nearest
        first; [-1] (a marker) when it is joined to another by "et" or complements a word
        not read as a noun."""
        out: list[int] = []
        k = i
        for _ in range(3):
            start = self.phrase(k)
            if start == 0 or not self.joined(start):
                break
            before = self.lower(start - 1)
            if self.lower(start) in ("du", "des") or (self.lower(start) in OF):
                j = start - 1
            elif before in OF or before in ("et", "ou", "en", "à"):
                if before in ("et", "ou"):  # "générations et pays différents"; not after
                    return [-1] if start == k else out  # "et le peuple syrien"
                j = start - 2
            else:
                break
            while j >= 0 and adjective_of(self.w[j]) and not of_pos(self.w[j].reads, "n"):
                j -= 1
            if j < 0 or noun_of(self.w[j]) is None:
                if self.lower(start) in ("du", "des") or before == "à":
                    break  # an indefinite "des" ("résoudre des problèmes"); a verb's
                    # object after "à" ("demander à mes collègues de départements")
                return [-1]  # "de" after a word not read as a noun: no telling
            out.append(j)
            k = j
        return out

    def adjust(self, i: int, reads: list[Reading], gender: str, number: str) -> None:
        """Word ``i`` (an adjective or participle, ``reads``) in ``gender`` and ``number``
        unless one of its readings already is."""
        probe = Reading("", (gender, number))
        if not reads or any(agrees(r, probe) for r in reads) or i in self.fixes:
            return
        r = reads[0]
        self.fixes[i] = (r, r.gender if gender == "mf" else gender,
                         r.number if number == "sp" else number)

    def determiners(self) -> None:
        """A determiner and the adjectives before the noun with the noun: "le confiance" ->
        "la confiance", "notre portante universités" -> "nos portantes universités"."""
        for i in range(len(self.w) - 1):
            if not self.det(i):
                continue
            j, adjs = i + 1, list[int]()
            while (j + 1 < len(self.w) and len(adjs) < 2 and self.joined(j + 1)
                   and adjective_of(self.w[j], verb=True) and self.w[j + 1].only("n")):
                adjs.append(j)
                j += 1
            noun = noun_of(self.w[j]) if self.joined(j) else None
            if noun is None or (self.w[i].has("prn") and not self.w[j].only("n") and (
                    self.lower(i - 1) in ("ne", "n'", "n’") or self.w[i - 1].has("prn"))):
                continue  # "il le porte": a pronoun before a verb
            _, g, n = DETERMINERS[self.lower(i)]
            gender, number = noun
            if n == "pl" and number == "sg":
                continue  # "ces blessé": the noun lost its plural more often than not
            if (g != "mf" and gender != "mf" and g != gender) or (
                    n != "sp" and number != "sp" and n != number):
                self.fixes.setdefault(i, f"{gender}|{number}")
            for a in adjs:
                self.adjust(a, adjective_of(self.w[a], verb=True), gender,
                            number if number != "sp" else n)

    def adjectives(self) -> None:
        """An adjective after its noun with that noun: "confiance mutuel" -> "confiance
        mutuelle", unless it agrees with a noun the first complements or is joined to."""
        for i, w in enumerate(self.w):
            noun = noun_of(w)
            # Not a word that is an adjective too after an adjective ("idéals humaniste").
            if noun is None or not (self.det(i - 1) or (not w.has("adj") and (
                    w.only("n") or self.det(self.phrase(i))))):
                continue
            j = i + 1
            while j < len(self.w) and self.joined(j):
                reads = [] if self.verbal_before_object(j) else adjective_of(self.w[j])
                if not reads:
                    if self.lower(j) == "et" and j > i + 1 and j + 1 < len(self.w) \
                            and self.joined(j + 1) and self.w[j + 1].only("adj"):
                        j += 1
                        continue
                    if (self.lower(j) in DEGREE or (self.lower(j).endswith("ment") and
                                                     self.w[j].only("adv"))) and \
                            j + 1 < len(self.w) and self.joined(j + 1) and \
                            self.w[j + 1].only("adj"):
                        j += 1  # "une équipe très saine", "des liens historiquement forts"
                        continue
                    break
                after = self.w[j + 1] if j + 1 < len(self.w) and self.joined(j + 1) else None
                if after is not None and (n2 := noun_of(after)) and not any(
                        r.pos.startswith("vb") or r.pos == "adj" for r in after.reads) and any(
                        fits(r.gender, n2[0], "mf") for r in reads):
                    break  # before its own noun: "russes et internationales industrie";
                    # not a verb or an adjective read as a noun too ("internationaux
                    # est": *the East*; "problèmes mondial aigus")
                gender, number = noun
                if number == "sp":
                    start = self.phrase(i)
                    number = DETERMINERS.get(self.lower(start), ("", "", "sp"))[2] if start < i \
                        else "sp"
                probe = Reading("", (gender, number))
                if not any(agrees(r, probe) for r in reads):
                    heads = self.heads(i)
                    if -1 not in heads and not any(
                            agrees(r, Reading("", noun_of(self.w[h]) or ("mf", "sp")))
                            for h in heads for r in reads):
                        self.adjust(j, reads, gender, number)
                j += 1

    def superlatives(self) -> None:
        """A superlative or a comparative after its noun with that noun: "la question le
        plus difficile" -> "la plus difficile", "ce domaine plus importante" -> "plus
        important" (the engine agreed them with the pivot's noun, or before a sense was put
        right: "aire" -> "domaine")."""
        for i, w in enumerate(self.w):
            noun = noun_of(w)
            if noun is None or not (self.det(i - 1) or self.det(self.phrase(i))):
                continue
            j, art = i + 1, None
            if self.lower(j) in ("le", "la", "les") and self.lower(j + 1) in ("plus", "moins"):
                art, j = j, j + 1
            if self.lower(j) not in ("plus", "moins") or not self.joined(j) or \
                    j + 1 >= len(self.w) or not self.joined(j + 1):
                continue
            reads = adjective_of(self.w[j + 1], pp=True)
            if not reads or noun_of(self.w[j + 1]) is not None:
                continue
            gender, number = noun
            if number == "sp":
                start = self.phrase(i)
                number = DETERMINERS.get(self.lower(start), ("", "", "sp"))[2] \
                    if start < i else "sp"
            if art is not None:
                _, g, n = DETERMINERS[self.lower(art)]
                if (gender != "mf" and g != gender) or (number != "sp" and n != number):
                    self.fixes.setdefault(art, f"{gender}|{number}")
            self.adjust(j + 1, reads, gender, number)

    def opens_phrase(self, k: int) -> bool:
        """Noun ``k``'s phrase starts with a determiner, "l'" or a figure ("37 croisements")."""
        start = self.phrase(k)
        if start < k and (self.det(start) or self.lower(start) in ("l'", "l’")):
            return True
        return start > 0 and self.joined(start) and self.lower(start - 1).isdigit()

    def _scan(self, k: int, aside: bool = False) -> tuple[int, int | None, int, int, bool]:
        """Back from ``k`` over a noun phrase and its complements: where it stopped, its
        head (the leftmost noun after its determiner), its leftmost name's word, its
        leftmost preposition, and whether a determiner right after a noun stopped it.
        With ``aside``, ``k`` ends the phrase before an aside between commas."""
        head, named, of, last = None, len(self.w), len(self.w), k
        adverbial = False  # a noun phrase before the subject's: "Cette année ce prix a été"
        while k >= 0 and (self.joined(k + 1) or (aside and k == last)) and (
                noun_of(self.w[k]) is not None or adjective_of(self.w[k], pp=True)
                or self.det(k) or self.lower(k) in OF or self.lower(k) in ("tous", "toutes")
                or (self.lower(k) in ("beaucoup", "peu") and self.lower(k + 1) in OF)
                or complement(self.w, k, self.det)
                or self.lower(k).isdigit() or (k > 0 and self.w[k].text[:1].isupper())):
            if noun_of(self.w[k]) is not None and self.opens_phrase(k):
                # the leftmost noun after its determiner (and adjectives); an adjective
                # that is a noun too before another is not: "les faux héros"
                head = k + 1 if k < last and self.w[k].has("adj") and \
                    noun_of(self.w[k + 1]) is not None else k
            elif self.institution(k):
                head = k  # "L'Université Tsinghua a été fondée"
            if k > 0 and self.w[k].text[:1].isupper():
                named = k  # a name's word: "La décision du Conseil de sécurité est"
            elif self.lower(k) in OF or self.lower(k) in COMPLEMENTS:
                of = k
            if self.det(k) and self.lower(k) not in (OF | {"au", "aux"}) and k > 0 and \
                    self.joined(k) and not self.det(k - 1) and \
                    self.lower(k - 1) not in (OF | {"tous", "toutes"}) and (
                    noun_of(self.w[k - 1]) is not None or adjective_of(self.w[k - 1])):
                adverbial = True  # a determiner right after a noun opens another phrase
                break
            k -= 1
        return k, head, named, of, adverbial

    def institution(self, k: int) -> bool:
        """Word ``k`` is the capitalised noun an institution's name opens with, after its
        article ("L'Université Tsinghua"): the name's gender is that noun's."""
        return k > 0 and self.w[k].text[:1].isupper() and noun_of(self.w[k], True) is not None \
            and self.joined(k) and (self.det(k - 1) or self.lower(k - 1) in ("l'", "l’"))

    def named_after(self, head: int, end: int) -> int:
        """The first name's word after ``head`` to ``end`` not of its institution's name."""
        j = head + 1
        while j <= end and self.w[j].text[:1].isupper() and self.joined(j):
            j += 1
        return next((i for i in range(j, end + 1) if self.w[i].text[:1].isupper()),
                    len(self.w))

    def inner_and(self, k: int) -> bool:
        """"et" at ``k`` joins two complements of one noun, not two subjects: the preposition
        again or a name after it ("entre la Russie et l'Iran"); not "et le ministre"."""
        if self.lower(k) != "et" or not (self.joined(k) and self.joined(k + 1)):
            return False
        n = k + 1
        if self.lower(n) in OF:
            return True
        if self.det(n) or self.lower(n) in ("l'", "l’"):
            n += 1
        return n < len(self.w) and self.w[n].text[:1].isupper()

    def aside(self, verb: int) -> int | None:
        """The last word before an aside between commas right before ``verb`` that opens
        with a determiner, "qui" or "comme" ("L'Université, une des universités, a été
        fondée"): the subject is before it. None if ``verb`` follows no such aside."""
        if self.text[self.w[verb - 1].end:self.w[verb].start] != ", ":
            return None
        for i in range(verb - 1, max(verb - 16, 0), -1):
            gap = self.text[self.w[i - 1].end:self.w[i].start]
            if gap == ", ":
                low = self.lower(i)
                # also a preposition, an adverb of approximation or a participle: ", autour
                # de six hectares,", ", rempli de bonté,"
                opens = self.det(i) or low in ("qui", "comme", "l'", "l’", "l'un", "l’un",
                                               "l'une", "l’une", "autour", "environ", "près") \
                    or self.w[i].has("pr") or self.w[i].only("pp")
                return i - 1 if opens else None
            if gap not in ("", " "):
                return None  # other punctuation inside: no aside
        return None

    def subject(self, k: int, aside: bool = False) -> tuple[str, str] | None:
        """The gender and number of the noun phrase ending at ``k`` that opens its clause
        ("La deuxième place", "Les lettres de Marie Curie"), or None; with ``aside``, the
        phrase before an aside between commas."""
        end = k
        k, head, named, of, adverbial = self._scan(k, aside)
        if head is None and self.inner_and(k):
            # the noun the two complements are of: "Les relations entre la Russie et
            # l'Iran sont multiformes", when a preposition comes before the "et"
            k2, head2, named2, of2, adverbial2 = self._scan(k - 1)
            if head2 is not None and head2 < of2 < k:
                k, head, named, of, adverbial = k2, head2, min(named, named2), of2, adverbial2
        if head is not None and self.institution(head):
            named = self.named_after(head, end)
        opens = adverbial or k < 0 or not self.joined(k + 1) or self.lower(k) in OPENS
        # A name only inside the head's complement ("de"/"du" before it), never the head.
        if head is None or not opens or (named < len(self.w) and not head < of < named):
            return None
        if self.lower(head) in COUNTING and self.lower(head + 1) in OF and \
                head + 2 < len(self.w):
            # "la plupart des barrières sont fermées", "13 millions de tonnes sont
            # attendues": the noun after "de" agrees (Grevisse § 431).
            h = head + 3 if self.det(head + 2) and head + 3 < len(self.w) else head + 2
            return noun_of(self.w[h])
        found = gender_by_determiner(self.w, head, noun_of(
            self.w[head], self.institution(head)) or ("mf", "sp"), self.det)
        if self.lower(k) == "et" and self.joined(k) and of == len(self.w) == named:
            listed = self.conjoined(k - 1, found[0])
            if listed is not None:
                return listed
        other = noun_of(self.w[k - 1]) if k > 0 and self.lower(k) in ("et", "ou") and \
            self.joined(k) and not any(r.pos == "pp" or r.pos.startswith("vb")
                                       for r in self.w[k - 1].reads) else None
        if other is not None and other[0] != found[0]:
            return None  # "plusieurs délits et les infractions": which one the verb's?
        return found

    def conjoined(self, k: int, last: str) -> tuple[str, str] | None:
        """A list of noun phrases ending at ``k`` before "et" + one of gender ``last`` that
        opens its clause ("Leur travail, les activités et leurs vies"): plural, masculine
        if one is (Grevisse § 439), feminine if all are; None for a complement, a name or
        a gender not known. An adverbial before a comma is left out ("Cette année, ...")."""
        genders, first = {last}, True
        while True:
            stop, head, named, of, _ = self._scan(k, aside=not first)
            noun = noun_of(self.w[head]) if head is not None and named == of == len(self.w) \
                and self.opens_phrase(head) else None
            closed = stop >= 0 and self.joined(stop + 1) and self.lower(stop) not in OPENS
            if noun is None or closed or (not first and (
                    self.lower(head or 0) in TIME or any(
                        self.lower(i).isdigit() for i in range(stop + 1, k + 1)))):
                if first:
                    return None  # the list does not open its clause
                break  # an adverbial before the list
            genders.add(noun[0])
            first = False
            if stop < 0 or self.text[self.w[stop].end:self.w[stop + 1].start] != ", " or \
                    not self.det(stop + 1):
                break
            k = stop  # another phrase before the comma
        if "m" in genders:
            return "m", "pl"
        return ("f", "pl") if genders == {"f"} else None

    def antecedent(self, k: int, number: str) -> tuple[str, str] | None:
        """What "qui" at ``k`` stands for in the verb's ``number``, a comma before it or not:
        the nearest noun (past adjectives) or the noun that one complements ("les relations
        d'amitié qui ont été forgées"); None if two of that number differ in gender."""
        j = k - 1
        if j < 0 or self.text[self.w[j].end:self.w[k].start] not in ("", " ", ", "):
            return None  # "la loi, qui a été adoptée" too
        if self.lower(j) in THOSE:
            return THOSE[self.lower(j)]  # "celles qui sont prises"
        # The nearest noun back over adjectives, one not read as an adjective first
        # ("des institutions financières russes qui": "russes" is a noun too).
        noun, i = None, j
        while i >= 0 and i > j - 4 and (noun_of(self.w[i]) is not None or adjective_of(self.w[i])):
            if noun_of(self.w[i]) is not None and (noun is None or not self.w[i].has("adj")):
                noun = i
                if not self.w[i].has("adj"):
                    break
            if not self.joined(i):
                break
            i -= 1
        if noun is None:
            return None
        heads = self.heads(noun)
        found = [n for n in (noun_of(self.w[h])
                             for h in [noun, *(heads if -1 not in heads else [])])
                 if n and n[1] in (number, "sp")]
        if not found or len({g for g, _ in found} - {"mf"}) > 1:
            return None
        return found[0]

    def predicates(self) -> None:
        """An adjective or participle after "être" with the subject opening the clause ("La
        limite supérieure a été atteint" -> "atteinte"), with "qui"'s antecedent ("les
        mesures qui sont pris" -> "prises") or a subject pronoun ("elle est arrivé")."""
        last: tuple[str, str] | None = None  # the subject of the verb before
        for v, w in enumerate(self.w):
            low = w.text.lower()
            if low == "été" and self.lower(v - 1) in HAVE:
                verb, number = v - 1, HAVE[self.lower(v - 1)]
            elif low in BE and not (v + 1 < len(self.w) and self.lower(v + 1) == "été"):
                verb, number = v, BE[low]
            elif low == "être" and (modal := self.modal(v)) is not None:
                verb, number = modal  # "elles peuvent être complexes"
            else:
                continue
            k = verb - 1
            if k >= 0 and self.lower(k) in ("n'", "n’", "ne"):
                k -= 1
            if self.lower(k) == "qui":
                subject = self.antecedent(k, number)
            elif self.lower(k) in PRONOUNS and self.lower(k - 1) not in PREPOSITIONS:
                subject = PRONOUNS[self.lower(k)]
            elif self.lower(k) == "et" and self.joined(k) and last is not None:
                subject = last  # "sont célèbres et sont considérées": the same subject
            elif self.lower(k) == "et" and self.joined(k):
                subject = self.carried(k, number)  # "ont servi ... et sont restés"
            elif (before := self.aside(verb)) is not None:
                subject = self.subject(before, aside=True)
            else:
                subject = self.subject(k)
            last = subject if subject is not None and subject[1] == number else None
            if subject is None:
                continue
            gender, n = subject
            if n not in ("sp", number):
                continue
            p = v + 1
            while p < len(self.w) and (self.lower(p) in BETWEEN or (
                    self.lower(p).endswith("ment") and self.w[p].has("adv"))):
                p += 1  # "sont traditionnellement forts"
            if [self.lower(p + i) for i in range(4)] in PROGRESSIVE_BE:
                p += 4  # "est en train d'être soulevé", which ``simple_tense`` makes "est soulevé"
            if p < len(self.w) and self.joined(p) and not self.w[p].only("n") and \
                    not self.w[p].has("det", "prn"):  # "qui est quels forums"
                reads = adjective_of(self.w[p], pp=True, verb=True)
                # A participle is judged by its participle's readings: the dictionary
                # has "coordonné" as an adjective of both genders too.
                pps = [r for r in reads if r.pos == "pp"]
                self.adjust(p, pps or reads, gender, number)
                if any(r.lemma in ("devenir", "rester") for r in pps):
                    q = p + 1  # "est devenue plus importante": "devenir"'s predicate
                    while self.lower(q) in BETWEEN:
                        q += 1
                    if q < len(self.w) and self.joined(q) and self.w[q].has("adj") and \
                            not self.w[q].has("det", "prn"):
                        self.adjust(q, adjective_of(self.w[q]), gender, number)
                        p = q
                q = p + 2  # "complexes et particulières", "plus fortes et plus stables":
                while self.lower(q) in DEGREE or self.lower(q) in ("plus", "moins"):
                    q += 1  # a second predicate joined by "et", maybe after its degree
                if self.lower(p + 1) == "et" and q < len(self.w) and self.w[q].has("adj") \
                        and not self.w[q].has("det", "prn"):
                    self.adjust(q, adjective_of(self.w[q], pp=True, verb=True), gender, number)

    def carried(self, k: int, number: str) -> tuple[str, str] | None:
        """The subject of the verb before "et" at ``k``, shared by the one after it ("Elles
        ont servi la patrie et sont restées fidèles"); None past a clause or another verb."""
        for j in range(k - 1, max(k - 12, 0), -1):
            if not self.joined(j + 1) or self.lower(j) in OPENS or self.lower(j) == "qui":
                return None
            finite = {r.tags[2] + r.tags[3] for r in self.w[j].reads if r.pos.startswith("vb")
                      and len(r.tags) > 3 and r.tags[1] in FINITE}
            if not finite or self.lower(j - 1) in PREPOSITIONS or self.det(j - 1) or (
                    self.w[j].has("n", "adj") and self.lower(j) not in HAVE):
                continue  # no verb, or a noun read as one too ("avec honore")
            if finite != {"p3" + number} or self.lower(j - 1) in PRONOUNS:
                return PRONOUNS.get(self.lower(j - 1)) if finite == {"p3" + number} else None
            return self.subject(j - 2 if self.lower(j - 1) in ("n'", "n’", "ne") else j - 1)
        return None

    def modal(self, v: int) -> tuple[int, str] | None:
        """The finite verb of the third person before the infinitive "être" at ``v`` that
        takes it ("peuvent être", "ne doit pas être") and its number, or None."""
        j = v - 1
        if self.lower(j) in ("pas", "plus", "jamais"):
            j -= 1
        for r in self.w[j].reads if j >= 0 else ():
            if r.lemma in MODALS and len(r.tags) > 3 and r.tags[1] in FINITE \
                    and r.tags[2] == "p3":
                return j, r.tags[3]
        return None

    def written(self, forms: dict[str, str]) -> str:
        """The text with every fix made."""
        edits: list[tuple[int, int, str]] = []
        for i in sorted(self.fixes):
            w, fix = self.w[i], self.fixes[i]
            start = w.start
            if isinstance(fix, str):
                gender, number = fix.split("|")
                new = determiner(w.text, gender, number,
                                 self.w[i + 1].text if i + 1 < len(self.w) else "")
                prep = self.lower(i - 1)
                if new is not None and prep in ("de", "à") and self.joined(i) and \
                        new.lower() in ("le", "les"):  # "de la" -> "du", "à la" -> "aux"
                    new = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au",
                           ("à", "les"): "aux"}[(prep, new.lower())]
                    new = new.capitalize() if self.w[i - 1].text[:1].isupper() else new
                    start = self.w[i - 1].start
            else:
                new = made_form(forms, fix)
                if new is not None and w.text[:1].isupper():
                    new = new[0].upper() + new[1:]
            if new is None or new == w.text:
                continue
            end = w.end
            if new.endswith("'") and self.text[end:end + 1] == " ":
                end += 1  # "la équipe" -> "l'équipe"
            elif w.text.endswith(("'", "’")) and not new.endswith("'"):
                new += " "  # "l'équipes" -> "les équipes"
            edits.append((start, end, new))
        out, last = [], 0
        for start, end, new in edits:
            if start >= last:
                out.append(self.text[last:start] + new)
                last = end
        return "".join(out) + self.text[last:]


def agree_texts(texts: Sequence[str]) -> list[str]:
    """Each text with its determiners, adjectives and participles agreed with their nouns;
    one exchange with the analyser and one with the generator for all of them."""
    spans = [[(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(t)] for t in texts]
    reads = readings([s[2] for ss in spans for s in ss])
    if not reads:
        return list(texts)
    sentences = []
    for text, ss in zip(texts, spans, strict=True):
        s = _Sentence(text, [Word(a, b, w, reads.get(w, ())) for a, b, w in ss])
        s.determiners()
        s.adjectives()
        s.superlatives()
        s.predicates()
        sentences.append(s)
    forms = generate([g for s in sentences for f in s.fixes.values()
                      if not isinstance(f, str) for g in forms_of(*f)])
    return [s.written(forms) for s in sentences]


def agree(text: str) -> str:
    """ "L'équipe nouvelle est fort" -> "L'équipe nouvelle est forte", "le confiance" ->
    "la confiance", "confiance mutuel" -> "confiance mutuelle"."""
    return agree_texts([text])[0]
