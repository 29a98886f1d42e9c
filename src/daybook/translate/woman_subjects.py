"""A woman named as the subject of "être": its participle or adjective is feminine.

A name is protected from the pivot and comes back as it was, so the pivot cannot know whose
it is, and agreement reads nothing in it: *Valentina Matviyenko was elected* came out
"Valentina Matvienko a été élu", *Elena Tchaikovskaya was born* "... est né". A woman is
known by her name in the English: a given name of the general table below (common Russian
and European women's names), or a given name in *-a* with a Russian family name in its
feminine form (*-ova*, *-eva*, *-ina*, *-aya*, *-skaya*). Where the English name is followed
by *is*, *was*, *has been*, *had been* or *will be*, the masculine singular word after "est",
"était", "a été", "sera"... right after the name in the French is made feminine ("a été
élue", "est née").
"""

from __future__ import annotations

import re

from daybook.translate.gender import put_forms, readings

# Women's given names (general knowledge: the common Russian names and their usual English
# spellings, with a few European ones); a table, not the sample's list of people.
_GIVEN = """
Alexandra Alina Alla Alyona Anastasia Anastasiya Angela Angelina Anna Antonina Daria
Darya Diana Ekaterina Elena Elizaveta Elvira Eva Evgenia Galina Inna Irina Kira Klara
Ksenia Larisa Lidia Lidiya Lilia Lyubov Lyudmila Margarita Maria Mariya Marina Nadezhda
Natalia Natalya Nina Oksana Olga Polina Raisa Svetlana Tamara Tatiana Tatyana Ulyana
Valentina Valeria Vera Veronika Victoria Viktoria Yana Yekaterina Yelena Yelizaveta
Yevgenia Yulia Yuliya Zinaida Zoya Theresa Christine Marine Ursula Hillary Kamala
"""
FEMALE_GIVEN = frozenset(_GIVEN.split())
_FEMININE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|aya|skaya)$")
_NAME = re.compile(r"\b([A-Z][a-z]+) ((?:[A-Z][a-z]+-)?[A-Z][a-z]+)\b")
_BE_EN = re.compile(r"\s+(?:is|was|has been|had been|will be)\b")
# A two-word name, "être" in the third person singular, the word after it.
_NAME_BE_FR = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*\s+[A-ZÀ-Ý][\w'’-]*\s+"
                         r"(?:est|était|sera|serait|fut|a été|avait été|aura été)\s+"
                         r"([a-zàâçéèêëîïôûùüÿœæ]+)\b")


def is_woman(given: str, family: str) -> bool:
    """Whether the English name *given family* is a woman's (see the module's note)."""
    return given in FEMALE_GIVEN or (
        given.endswith("a") and bool(_FEMININE_SURNAME.search(family)))


def women_named(source: str) -> list[tuple[str, str]]:
    """The women's two-word names (given, family) in ``source``, in order."""
    return [(m.group(1), m.group(2)) for m in _NAME.finditer(source) if is_woman(*m.groups())]


def _subjects(source: str) -> list[bool]:
    """For each two-word name followed by *be* in ``source``, in order: is it a woman's?"""
    return [is_woman(*m.groups()) for m in _NAME.finditer(source)
            if _BE_EN.match(source, m.end())]


def woman(source: str, french: str) -> str:
    """ "Valentina Matvienko a été élu" -> "... a été élue" where the English says
    *Valentina Matviyenko was elected*. The French spells the name its own way ("Elena" for
    *Yelena*), so the names before "être" are paired with the English ones in order, and
    only where there are as many."""
    if not any(women := _subjects(source)):
        return french
    found = list(_NAME_BE_FR.finditer(french))
    if len(found) != len(women):
        return french
    spots = [(m.start(1), m.end(1), m.group(1)) for m, w in zip(found, women, strict=True)
             if w]
    reads = readings(sorted({w for _, _, w in spots}))
    keys: dict[int, str] = {}
    for i, (_, _, word) in enumerate(spots):
        agreeing = [r for r in reads.get(word, ()) if r.pos in ("pp", "adj")]
        masc = [r for r in agreeing if r.gender == "m" and r.number == "sg"]
        if masc and not any(r.gender in ("f", "mf") for r in agreeing):  # not "calme"
            tags = ["f" if t == "m" else t for t in masc[0].tags]
            keys[i] = f"^{masc[0].lemma}<{'><'.join(tags)}>$"
    return put_forms([french], {0: keys}, {0: [(start, end) for start, end, _ in spots]})[0]
