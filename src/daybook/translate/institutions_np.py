"""Names of institutions in body text that the glossary (``data/institutions_fr.json``) does
not hold, written in French by their words: Apertium translated them word by word and read
their modifiers as nouns or verbs ("the Russian State Children's Library" -> "la
bibliothèque des enfants d'état russes", "the State Historical Museum" -> "L'état le musée
historique", "Moscow State Conservatory" -> "Le Moscou figurer le conservatoire").

A Title Case run whose last word is an institution's head noun (Library, Museum,
University...) and whose other words are all modifiers of the tables below is said in
French's order: the head first with a capital, then the status adjectives French puts right
after it ("fédéral", "national"), the descriptive adjectives in the English order, "d'État",
"russe", the noun complements ("de recherche", "pour enfants") and last the place ("de
Moscou"): "la Bibliothèque d'État russe pour enfants", "le Musée historique d'État", "le
Conservatoire d'État de Moscou". ``protect`` keeps it as a span, like the glossary's, with
its article (an English name without one takes French's: "at Moscow State Conservatory" ->
"au Conservatoire d'État de Moscou"). A run with a word the tables lack, one after another
capitalised word or a determiner is left to the glossary and the engine. A name followed
by a complement of common words ("the Russian Academy of Education", "the Ministry of
Sports", "the Federal Agency for Youth Affairs") keeps its head part so and gives the
complement to the engine with "of the" before each noun, which writes French's articles:
"l'Académie russe de l'éducation", "le ministère des sports", "l'Agence fédérale des
affaires de jeunesse"; a complement with a name ("of Russia") or a complement of its own
is left to the glossary and the engine. Heads and modifiers are general French
usage (the French names of Russian and French institutions: "Service fédéral", "Musée
historique d'État", "Université d'État de Moscou", "Agence fédérale").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.french import VOWEL_START, feminine
from daybook.translate.names import french_name as person_fr
from daybook.translate.processes import word_readings
from daybook.translate.textplaces import genitive, lookup

# Head noun -> French (capitalised as a name's first word) and gender.
_HEADS: dict[str, tuple[str, str]] = {
    "Library": ("Bibliothèque", "f"), "Museum": ("Musée", "m"),
    "University": ("Université", "f"), "Academy": ("Académie", "f"),
    "Institute": ("Institut", "m"), "Agency": ("Agence", "f"), "Service": ("Service", "m"),
    "Committee": ("Comité", "m"), "Council": ("Conseil", "m"),
    "Commission": ("Commission", "f"), "Fund": ("Fonds", "m"),
    "Foundation": ("Fondation", "f"), "Society": ("Société", "f"),
    "Association": ("Association", "f"), "Centre": ("Centre", "m"), "Center": ("Centre", "m"),
    "Theatre": ("Théâtre", "m"), "Theater": ("Théâtre", "m"),
    "Conservatory": ("Conservatoire", "m"), "Conservatoire": ("Conservatoire", "m"),
    "Hospital": ("Hôpital", "m"), "School": ("École", "f"), "College": ("Collège", "m"),
    "Bank": ("Banque", "f"), "Gallery": ("Galerie", "f"), "Observatory": ("Observatoire", "m"),
    "Orchestra": ("Orchestre", "m"), "Choir": ("Chœur", "m"), "Circus": ("Cirque", "m"),
    "Laboratory": ("Laboratoire", "m"), "Clinic": ("Clinique", "f"),
    "Inspectorate": ("Inspection", "f"), "Directorate": ("Direction", "f"),
    "Chamber": ("Chambre", "f"), "Assembly": ("Assemblée", "f"),
    "Administration": ("Administration", "f"), "Reserve": ("Réserve", "f"),
}
# Heads that take a complement only ("the Ministry of Sports"), with French's lower case.
_COMPLEMENT_HEADS: dict[str, tuple[str, str]] = {"Ministry": ("ministère", "m")}
# Status adjectives, right after the head ("Service fédéral"), in the masculine
# (``french.feminine`` makes the feminine).
_STATUS: dict[str, str] = {
    "Federal": "fédéral", "National": "national", "Central": "central",
    "Presidential": "présidentiel", "Regional": "régional", "Municipal": "municipal",
    "Public": "public", "Supreme": "suprême", "International": "international",
    "Interregional": "interrégional", "Governmental": "gouvernemental",
    "All-Russian": "panrusse", "All-Russia": "panrusse",
}
# Descriptive adjectives, in the English order after the status ones.
_ADJECTIVES: dict[str, str] = {
    "Historical": "historique", "Technical": "technique", "Technological": "technologique",
    "Medical": "médical", "Biological": "biologique", "Nuclear": "nucléaire",
    "Pedagogical": "pédagogique", "Agricultural": "agricole", "Military": "militaire",
    "Naval": "naval", "Economic": "économique", "Humanitarian": "humanitaire",
    "Scientific": "scientifique", "Academic": "académique", "Polytechnic": "polytechnique",
    "Geographical": "géographique", "Musical": "musical", "Cultural": "culturel",
    "Financial": "financier", "Legal": "juridique", "Social": "social",
    "Industrial": "industriel", "Maritime": "maritime", "Linguistic": "linguistique",
    "Classical": "classique", "Aerospace": "aérospatial", "Electoral": "électoral",
    "Antimonopoly": "antimonopole", "Penitentiary": "pénitentiaire", "Olympic": "olympique",
    "Paralympic": "paralympique", "World": "mondial", "Russian": "russe",
}
_STATE = "d’État"
# Nouns used as modifiers, said as complements after the adjectives.
_NOUNS: dict[str, str] = {
    "Children’s": "pour enfants", "Children's": "pour enfants", "Youth": "de la jeunesse",
    "Research": "de recherche", "Art": "d’art", "Arts": "des arts", "Music": "de musique",
    "Drama": "d’art dramatique", "Sports": "des sports", "Transport": "des transports",
    # Services', agencies' and committees' fields: "Service fédéral des impôts", "Service
    # fédéral des douanes", "Comité d’organisation", "Comité d’enquête", "Chambre des comptes".
    "Tax": "des impôts", "Customs": "des douanes", "Migration": "des migrations",
    "Organising": "d’organisation", "Organizing": "d’organisation",
    "Investigative": "d’enquête", "Accounts": "des comptes", "Forestry": "des forêts",
    "Fishery": "de la pêche", "Tourism": "du tourisme", "Energy": "de l’énergie",
    "Petroleum": "du pétrole", "Oil": "du pétrole", "Gas": "du gaz",
}
_WORD = r"[A-Z][\w’'-]*"
_RUN = re.compile(rf"(?<![\w’'-])(?:(?P<the>[Tt]he) )?(?P<name>{_WORD}(?: {_WORD})*)")
# After these the run is no name of its own ("a State University", "our National Museum").
_DETERMINERS = frozenset((
    "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my",
    "your", "each", "every", "any", "some", "no", "one", "another", "which", "what",
))

# A sentence's first word before a name ("In Moscow State Conservatory").
_OPENERS = frozenset((
    "in", "at", "for", "from", "with", "to", "by", "on", "and", "but", "so", "as", "after",
    "before", "since", "during", "today", "yesterday", "then", "now", "also", "both",
))

# Words after a name that are not a noun it modifies: verbs, prepositions, conjunctions.
_FOLLOWERS = frozenset((
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "must", "may", "might", "shall", "does", "did", "and", "or", "but", "in", "at",
    "on", "for", "with", "from", "to", "by", "as", "which", "that", "who", "where", "also",
    "now", "then", "since", "until", "after", "before", "during", "into", "about", "over",
    "through", "under", "within", "without", "between", "among", "against", "near",
    "today", "yesterday", "recently", "already", "still", "always", "never", "here", "there",
))
_OBJECT = re.compile(r" [a-z]+s (?:the|a|an|its|their|his|her|our|many|more|some|\d)\b")


def _ends(after: str) -> bool:
    """Whether the name ends where ``after`` begins: punctuation, the end, a verb or a
    function word next ("holds the", "opened"), not a noun it modifies ("students")."""
    word = re.match(r" ([a-z]+)\b", after)
    return word is None or word.group(1) in _FOLLOWERS or word.group(1).endswith("ed") or \
        _OBJECT.match(after) is not None


Keep = Callable[[str, str, str], str]  # (span, French form with its article, gender) -> text


def _agree(adj: str, female: bool) -> str:
    return feminine(adj) if female else adj


def french_name(words: list[str], names: frozenset[str] = frozenset()
                ) -> tuple[str, str] | None:
    """ "Russian State Children's Library" -> ("Bibliothèque d’État russe pour enfants",
    "f"); None when a word is not in the tables or no modifier is."""
    if len(words) < 2 or words[-1] not in _HEADS:
        return None
    return _french(words, names)


def _french(words: list[str], names: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """``french_name`` of a head with or without modifiers (with a complement after it).
    One word of ``names`` (a person's name the institution bears: "Tsinghua University",
    "Suvorov Military Academy") first or after the place goes after the adjectives, in its
    French form: "Université Tsinghua", "Académie militaire Souvorov"."""
    head, gender = _HEADS.get(words[-1]) or _COMPLEMENT_HEADS[words[-1]]
    female = gender == "f"
    status: list[str] = []
    adjectives: list[str] = []
    nouns: list[str] = []
    state = russian = False
    place: str | None = None
    name: str | None = None
    k = 0
    mods = words[:-1]
    while k < len(mods):
        word = mods[k]
        found = None
        for size in (2, 1):  # "St Petersburg", "Nizhny Novgorod"
            if k + size <= len(mods) and place is None and not (status or adjectives or nouns
                                                                or state or russian):
                found = lookup(" ".join(mods[k:k + size]))
                if found is not None and (found.city or found.article):
                    place = genitive(found, head)
                    k += size
                    break
                found = None
        if found is not None:
            continue
        if word in names and name is None and not (status or adjectives or nouns or state
                                                    or russian):
            name = word
        elif word == "State" and not state:
            state = True
        elif word == "Russian" and not russian:
            russian = True
        elif word in _STATUS:
            status.append(_agree(_STATUS[word], female))
        elif word in _ADJECTIVES:
            adjectives.append(_agree(_ADJECTIVES[word], female))
        elif word in _NOUNS:
            nouns.append(_NOUNS[word])
        else:
            return None
        k += 1
    parts = [head, *status, *adjectives]
    if state:
        parts.append(_STATE)
    if russian:
        parts.append("russe")
    if name is not None:
        parts.append(person_fr(name))  # "Souvorov", "Pouchkine"; "Tsinghua" as written
    parts.extend(nouns)
    if place is not None:
        parts.append(place)
    return " ".join(parts), gender


# "of Education", "for Youth Affairs", "of Education and Science": capitalised words, "and"
# between two of them; the name's end is a lower-case word or punctuation.
_COMPLEMENT = re.compile(r" (?P<prep>of|for) (?P<the>the )?(?P<words>[A-Z][a-z]+(?: (?:and )?"
                         r"[A-Z][a-z]+)*)(?![\w’'-])(?! (?:of|for|[A-Z]))")


def _complement(text: str, end: int, words: list[str]) -> tuple[int, str] | None:
    """(where it ends, the English for the engine) of the complement after a name's head:
    " of Education and Science" -> " of the education and of the science" (the engine
    then writes French's articles: "de l'éducation et de la science", "des sports"); None when a
    word is a name's ("of Russia", "of China": the analyser reads a name) or no common
    noun or adjective, or a complement of its own follows ("of History of Science")."""
    m = _COMPLEMENT.match(text, end)
    if m is None or (words[-1] not in _HEADS and words[-1] not in _COMPLEMENT_HEADS):
        return None
    if words[-1] in _COMPLEMENT_HEADS and len(words) > 1:
        return None  # "the Foreign Ministry of ..."
    parts = m.group("words").split(" and ")
    found = word_readings(sorted({w for p in parts for w in p.split(" ")}))
    # Each word a common noun or adjective and no name ("China": porcelain, and a country).
    if not all(any(r.split("<", 2)[1].startswith(("n>", "adj>")) for r in found.get(w, ()))
               and not any("<np>" in r for r in found.get(w, ()))
               for p in parts for w in p.split(" ")):
        return None
    # "for" as "of": after a name's placeholder the engine wrote *for* "par" ("le Centre par
    # la recherche"); French names say "de" ("Centre de la recherche stratégique").
    # "of the" again after "and": "of the sports and the tourism" was read as two subjects
    # ("le ministère des sports et le tourisme ont"); "des sports et du tourisme".
    return m.end(), " of " + " and of ".join("the " + p.lower() for p in parts)


_TABLES = frozenset(("State", "Russian", *_STATUS, *_ADJECTIVES, *_NOUNS, *_HEADS,
                     *_COMPLEMENT_HEADS))


def _names(words: list[str]) -> frozenset[str]:
    """The one word of a name's run that is a person's name for the English analyser
    (unknown, or a name that is no place's): "Tsinghua", "Suvorov"; none when the run has
    two such words or a placeholder ("Zq0x": a name kept already)."""
    placed = {k + d for k in range(len(words) - 1)
              if lookup(f"{words[k]} {words[k + 1]}") is not None for d in (0, 1)}
    rest = [w for k, w in enumerate(words) if w not in _TABLES and k not in placed
            and lookup(w) is None]
    if len(rest) != 1 or re.fullmatch(r"Zq\d+x|.*\d.*", rest[0]):
        return frozenset()
    reads = word_readings(rest).get(rest[0])
    if reads is None or not all("<np>" in r and "<top>" not in r for r in reads):
        return frozenset()
    return frozenset(rest)


def _article(name: str, gender: str) -> str:
    if VOWEL_START.match(name):
        return "l’" + name
    return ("la " if gender == "f" else "le ") + name


def keep_institutions(text: str, keep: Keep) -> str:
    """``text`` with each institution name the tables make French handed to ``keep``."""
    if not any(head in text for head in (*_HEADS, *_COMPLEMENT_HEADS)):
        return text
    out: list[str] = []
    last = 0
    for m in _RUN.finditer(text):
        words = m.group("name").split(" ")
        start = m.start("name") if m.group("the") is None else m.start()
        before = text[:m.start()].rstrip()
        if m.group("the") is None and len(words) > 2 and words[0].lower() in _OPENERS and (
                not before or before[-1] in ".!?:;“«\"("):
            words = words[1:]  # "In Moscow State Conservatory, ...": the sentence's word
            start = m.start() + len(m.group("name")) - len(" ".join(words))
            before = text[:start].rstrip()
        prev = before.rsplit(" ", 1)[-1].lower() if before else ""
        if (prev in _DETERMINERS and m.group("the") is None) or prev[-1:].isdigit():
            continue  # "a State University": no name of its own; "the 2018 X Committee"
        end = m.end()
        if words[-1][-2:] in ("’s", "'s") and words[-1][:-2] in _HEADS:
            words[-1] = words[-1][:-2]  # "the World Gas Council’s activities": the owner
            end -= 2
        tail = _complement(text, end, words)
        if tail is not None:  # "Academy of Education": the complement to the engine
            found = _french(words, _names(words))
            if found is not None:
                out.append(text[last:start])
                out.append(keep(text[start:end], _article(*found), found[1]) + tail[1])
                last = tail[0]
            continue
        if re.match(r" (?:of|for|on|to|under|named|in the name) [A-Z“«\"]|[-–]", text[end:]):
            continue  # the name goes on ("Academy of Sciences", "Institute for Children")
        if not _ends(text[end:]):
            continue  # a modifier of the noun after it ("Moscow State Conservatory students")
        found = french_name(words, _names(words))
        if found is None:
            continue
        name, gender = found
        out.append(text[last:start])
        out.append(keep(text[start:end], _article(name, gender), gender))
        last = end
    return "".join(out) + text[last:]


# A glossary name ending in its complement ("the Ministry of Education") and " and " with one
# or two capitalised words the English name goes on with ("and Science"), the name's end then
# a lower-case word or punctuation.
_GLOSSARY_END = re.compile(r"(?:[Tt]he )?[A-Z]\w+ (?:of|for) [A-Z][a-z]+")
_CONJUNCT = re.compile(r"(?P<mark>Zq(?P<n>\d+)x) and (?P<words>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                       r"(?![\w’'-])(?! (?:of|[A-Z]))")


def glossary_conjuncts(text: str, spans: list[str]) -> str:
    """``text`` (glossary names as placeholders, ``spans`` their English) with the conjunct
    that completes a name's complement given "of the": "Zq0x and Science" -> "Zq0x and of
    the science", which the engine writes "et de la science" (was "ministère de l'Éducation
    et science", read as a second subject). Each word a common noun or adjective, no name's
    and no institution's head ("and Finance Ministry": a second name)."""
    def conjunct(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        words = m.group("words").split(" ")
        if n >= len(spans) or not _GLOSSARY_END.fullmatch(spans[n]) or any(
                w in _HEADS or w in _COMPLEMENT_HEADS or w.startswith("Minist") for w in words):
            return m.group(0)
        found = word_readings(words)
        if not all(any(r.split("<", 2)[1].startswith(("n>", "adj>")) for r in found.get(w, ()))
                   and not any("<np>" in r for r in found.get(w, ())) for w in words):
            return m.group(0)
        return f"{m.group('mark')} and of the {m.group('words').lower()}"

    return _CONJUNCT.sub(conjunct, text) if " and " in text else text


# "ministère des sports et du tourisme": the field nouns after "ministère" and "et", each
# after its article or "de".
_ARTICLED = r"(?:de la |de l['’]|du |des |d['’])"
_MINISTRY_FR = re.compile(rf"(?<![\w’'-])([Mm]inistère {_ARTICLED})(\w)(\w*(?: (?!et\b)\w+)?)"
                          rf"(?: et ({_ARTICLED})(\w))?")
_MINISTRY_EN = re.compile(r"\bMinistry (?:of|for) (?:the )?[A-Z]\w+(?: [A-Z]\w+)?"
                          r"(?P<and> and [A-Z])?")


def ministries(source: str, french: str) -> str:
    """ "le ministère des sports et du tourisme" -> "le ministère des Sports et du
    Tourisme", "de l'Éducation et de la science" -> "et de la Science": French capitalises
    the first noun of each field a ministry's name coordinates (French typography's rule
    for ministries), where the English name has its fields in capitals ("Ministry of Sports
    and Tourism"); a lower-case conjunct in English ("and regional authorities") is none."""
    found = list(_MINISTRY_EN.finditer(source))
    if not found or "inistère" not in french:
        return french
    both = any(m.group("and") for m in found)

    def capital(m: re.Match[str]) -> str:
        out = m.group(1) + m.group(2).upper() + m.group(3)
        if m.group(4) is not None:
            out += f" et {m.group(4)}{m.group(5).upper() if both else m.group(5)}"
        return out

    return _MINISTRY_FR.sub(capital, french)
