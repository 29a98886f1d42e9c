"""People and roles in title slots: "President of Kyrgyzstan Sadyr Japarov", "Rosneft CEO
Igor Sechin", "Aisen Nikolayev, Head of the Republic of Sakha (Yakutia)", a frame's {who} and
{role}, and the names kept as written (a person's or an organisation's own name).

``titles.py`` reads its slots with these before its other phrases (``title_people.py`` has
groups of people, ``title_places.py`` places and envoys).
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate import places
from daybook.translate.french import (
    ARTICLE,
    FEMININE_HEADS,
    contract,
    female,
    feminine,
    feminine_plural,
    with_article,
)
from daybook.translate.names import GIVEN_NAMES, french_name
from daybook.translate.title_people import country_role, demonym_role, feminine_role, men_in_a
from daybook.translate.title_places import de as _de
from daybook.translate.title_places import envoy_of, of_fr, sent_to
from daybook.translate.title_vocab import NAME, ordinal, vocabulary


def people_ok(m: re.Match[str]) -> bool:
    """The frame's {who}/{who2} are people's names, not "Moscow Central Diameters"; its
    {role} one the vocabulary writes."""
    groups = m.groupdict()
    if groups.get("role") and role_fr(groups["role"]) is None:
        return False
    return all(is_bare_name(v) for k, v in groups.items() if k in ("who", "who2") and v)


def fill(fr: str, m: re.Match[str]) -> str:
    """The frame's fixed slots: {who} a person's French name, {n} an ordinal."""
    groups = m.groupdict()
    if groups.get("who"):  # "nommé{e}": the participle agreed with the person
        woman = female(groups["who"]) and groups["who"].split()[0] not in men_in_a()
        fr = fr.replace("{e}", "e" if woman else "")
        if groups.get("role"):
            fr = fr.replace("{role}", role_fr(groups["role"], female=woman) or "")
    who, who2 = groups.get("who"), groups.get("who2")
    if who and who2 and " " not in who and " " in who2:
        # "Dmitry and Svetlana Medvedev": a given name sharing the second's family name.
        family = who2.split()[-1]
        fr = fr.replace("{who}", french_name(f"{who} {family}").rsplit(" ", 1)[0])
    for key in ("who", "who2"):
        if groups.get(key):
            fr = fr.replace("{" + key + "}", french_name(groups[key]))
    if groups.get("n"):
        fr = fr.replace("{n}", ordinal(groups["n"]))
    if groups.get("k"):
        fr = fr.replace("{k}", groups["k"])
    if groups.get("adj"):
        adj = vocabulary().adjectives[groups["adj"]]
        fr = fr.replace("{adj:f}", feminine_plural(adj)).replace("{adj}", adj)
    return fr


def is_bare_name(text: str) -> bool:
    """A person's or an organisation's own name, kept as written: capitalised words, none
    of them an institution's or a place's word ("Moscow Zoo", "Crimean Bridge"), no
    possessive ("Russia’s Muslims"), and a single word only when it is no English word
    ("Independence") or a known name."""
    words = text.split()
    if not (1 <= len(words) <= 5 and re.fullmatch(NAME, text) is not None):
        return False
    if any(w.strip(",.") in vocabulary().not_name or w.endswith(("’s", "'s"))
           or w in place_words() for w in words):
        return False
    if len(words) == 1:
        return not english_word(words[0])
    # A name does not end in an English plural ("Primakov Readings", "Junior Delphic Games").
    return not english_word(words[-1], plural=True)


@cache
def place_words() -> frozenset[str]:
    """One-word places French writes otherwise ("Moscow", "Crimean" is no name either)."""
    g = places.gazetteer()
    found = {k for k, v in g.places.items() if " " not in k and k != v}
    found |= {k for k, (_, v) in g.countries.items() if " " not in k and k != v}
    return frozenset(found | set(vocabulary().demonyms))


def english_word(word: str, *, plural: bool = False) -> bool:
    """Whether WordNet knows the word (with ``plural``, as a plural noun), a known
    person's name apart."""
    from daybook.translate.names import table
    from daybook.translate.wordnet import analyses, wordnet_dir

    known = table()
    if word in known.surnames or word in known.people or wordnet_dir() is None:
        return False
    found = analyses(word.lower())
    return any(pos == "noun" and infl == "s" for pos, _, infl in found) if plural \
        else bool(found)


def _split_of(rest: str) -> tuple[tuple[str, str, bool] | None, str]:
    """``rest`` after "of": the longest leading place/institution and the name after it."""
    words = rest.split()
    # The shortest place followed by a name ("the Republic of Tatarstan" + "Rustam
    # Minnikhanov"), else the whole rest as the place.
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if is_bare_name(tail):
            found = of_fr(" ".join(words[:k]))
            if found is not None:
                return found, tail
    for k in range(1, len(words) - 1):
        # An organisation the tables do not know, before a known given name: "President
        # of Transneft Nikolai Tokarev" (kept as written: a company's own name).
        head = " ".join(words[:k])
        if words[k] in GIVEN_NAMES and is_bare_name(" ".join(words[k:])) and all(
                w[:1].isupper() or w in ("of", "and") for w in words[:k]):
            return ("", head, False), " ".join(words[k:])
    if len(words) >= 4 and all(w[:1].isupper() for w in words) \
            and is_bare_name(" ".join(words[-2:])) and of_fr(" ".join(words[:-2])) is None:
        # Capitalised words, then a first and a last name: an organisation kept as written
        # ("Head of British Petroleum Robert Dudley"); a place is read above.
        return ("", " ".join(words[:-2]), True), " ".join(words[-2:])
    return of_fr(rest), ""


def _role_and_name(x: str) -> tuple[str, str | None, bool, str] | None:
    """(French role with its complement, gender, foreign, name) of "Role [of X] [Name]"."""
    v = vocabulary()
    m = v.role_re.match(x)
    if not m:
        return None
    fr, gender = v.roles[m["role"]]
    rest = m["rest"] or ""
    if m["role"] in v.name_roles and not re.match(r"of\s|.*\b(?:bin|ibn|Al)\b", rest):
        return None  # "Emir Kusturica": a given name, not the title
    foreign = False
    sent = sent_to(rest, is_bare_name)
    if sent is not None:  # "Ambassador of Russia to the USA Anatoly Antonov"
        of, to, name = sent
        if of is not None:
            fr, foreign = fr + " " + of[0], of[1]
        return fr + " " + to, gender, foreign, name
    if rest.startswith("of "):
        found, name = _split_of(rest[3:])
        if found is None:
            return None
        # "le président français", "le Premier ministre japonais" (not "de la France").
        fr = country_role(fr, found[1]) or fr + " " + _of_country(fr, found)
        foreign = found[2]
    elif " of " in rest:
        # Emperor Naruhito of Japan / Patriarch Kirill of Moscow and All Russia
        who, _, where = rest.partition(" of ")
        found = of_fr(where)
        if found is None or not is_bare_name(who):
            return None
        name = ""
        fr += " " + french_name(who, foreign=found[2]) + " " + _de(found[0], found[1])
        foreign = found[2]
    elif rest and not is_bare_name(rest):
        return None
    else:
        name = rest
    return fr, gender, foreign, name


# A monarch's title names the realm without "la"/"l’" (general French usage: "le roi de
# Suède", "le prince héritier d’Arabie saoudite", "le roi d’Espagne"); "le"/"les" keep theirs
# ("l’émir du Qatar", "le roi des Pays-Bas").
_MONARCHS = re.compile(r"^(?:(?:vice-)?roi|reine|prince(?: héritier)?|princesse|émir|sultan|"
                       r"grand-duc|grande-duchesse|empereur|impératrice)$")


def _of_country(role: str, found: tuple[str, str, bool]) -> str:
    """ "de" + the place after a role: a realm without its feminine or elided article after
    a monarch's title, else with it ("le président de la Biélorussie" stays)."""
    article, text, foreign = found
    if foreign and _MONARCHS.match(role) and article.replace("'", "’") in ("la", "l’"):
        return contract("de", text)
    return _de(article, text)


def role_fr(role: str, *, female: bool = False) -> str | None:
    """A role in French from the vocabulary ("President of Kyrgyzstan" -> "président du
    Kirghizistan", "Rosneft CEO" -> "PDG de Rosneft"), or None; ``female``: a woman's
    ("présidente du Conseil de la Fédération")."""
    fr = _role_fr(role)
    return feminine_role(fr) if fr is not None and female else fr


def _role_fr(role: str) -> str | None:
    key = " ".join(role.split())
    parsed = _role_and_name(key)
    if parsed is not None and not parsed[3]:
        return parsed[0]
    if parsed is None:
        headed = _head_role_name(key, named=False)
        if headed is not None:
            return headed[0]
        m = re.match(r"^(?P<role>.+?) of (?:the )?(?P<org>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)$", key)
        if m and m["role"] in vocabulary().roles and is_bare_name(m["org"]):
            # An organisation's own name, kept as written: "President of Transneft".
            return vocabulary().roles[m["role"]][0] + " " + contract("de", m["org"])
    return None


def person(x: str) -> str | None:
    former = re.match(r"^(?:the\s+)?former\s+(?P<rest>.+)$", x)
    if former is not None:  # "former President of X" -> "l’ancien président de X"
        inner = person(former["rest"])
        art = ARTICLE.match(inner or "")
        if inner is None or art is None:
            return None
        head = inner[art.end():].split(" ", 1)[0]
        fem = (art.group(1) or "").lower() == "la" or head in FEMININE_HEADS.values()
        return with_article("la" if fem else "le",
                            ("ancienne " if fem else "ancien ") + inner[art.end():])
    parsed = _role_and_name(x)
    if parsed is not None:
        fr, gender, foreign, name = parsed
    else:
        found_head = _head_role_name(x)
        if found_head is None and x.startswith("the "):
            # A role with no name after "the": "the French President", "the Chinese Premier".
            found_head = _head_role_name(x[4:], named=False)
        if found_head is None:
            return None
        fr, gender, foreign, name = found_head
    if name:
        fr += " " + french_name(name, foreign=foreign)
        if gender != "f" and female(name) and name.split()[0] not in men_in_a():
            gender, fr = "f", feminine_role(fr)
    return with_article("la" if gender == "f" else "le", fr)


def name_comma_role(x: str) -> str | None:
    """ "Aisen Nikolayev, Head of the Republic of Sakha (Yakutia)" -> "le chef de la
    république de Sakha (Iakoutie) Aïssen Nikolaïev"."""
    name, sep, role = x.partition(", ")
    if not sep or not is_bare_name(name):
        return None
    return person(f"{role} {name}")


def _head_role_name(x: str, *, named: bool = True) -> tuple[str, str, bool, str] | None:
    """"US President Donald Trump", "Rosneft CEO Igor Sechin", "Tver Region Governor X";
    with ``named`` False, the role alone ("Rosneft CEO")."""
    v = vocabulary()
    words = x.split()
    for k in range(1, len(words) - (1 if named else 0)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        m = v.role_re.match(tail)
        rest, to = (m["rest"] or "") if m else "", ""
        sent = sent_to(rest, is_bare_name) if m and rest.startswith("to ") else None
        if sent is not None and sent[0] is None:  # "Russian Ambassador to the UN X"
            rest, to = sent[2], " " + sent[1]
        if not m or not (is_bare_name(rest) if named else not rest):
            continue
        role, gender = v.roles[m["role"]]
        if head.endswith(("’s", "'s")):  # Myanmar’s State Counsellor
            head = head[:-2]
        if head in v.demonyms:
            adj = v.demonyms[head]
            return (demonym_role(role, feminine(adj) if gender == "f" else adj) + to, gender,
                    adj not in _HOME_ADJ, rest)
        envoy = envoy_of(head) if to else None
        if envoy is not None:
            return role + " " + envoy[0] + to, gender, envoy[1], rest
        found = None if to else of_fr(head)
        if found is not None:
            return role + " " + _de(found[0], found[1]), gender, found[2], rest
        if is_bare_name(head) or head.isupper():
            return role + " " + contract("de", head) + to, gender, False, rest
    return None


_HOME_ADJ = frozenset({"russe", "biélorusse", "kazakh", "ukrainien", "kirghiz", "ouzbek",
                       "tadjik", "arménien", "azerbaïdjanais", "moldave", "turkmène"})


def new_in_role(x: str) -> str | None:
    """A person named with the role just given ("Vladimir Kolokoltsev, the new Interior
    Minister"): the name, then the role in apposition without article, "nouveau" first as
    French puts it ("Vladimir Kolokoltsev, nouveau ministre de l’Intérieur")."""
    # (The apposition's closing comma stays with it: "X, the new Y, to Z".)
    m = re.fullmatch(r"(?P<name>[^,]+), (?:the )?new (?P<role>[^,]+),?", " ".join(x.split()))
    if m is None or not is_bare_name(m["name"]):
        return None
    woman = female(m["name"])
    role = role_fr(m["role"], female=woman)
    if role is None:
        return None
    end = "," if x.rstrip().endswith(",") else ""
    return f"{french_name(m['name'])}, {'nouvelle' if woman else 'nouveau'} {role}{end}"
