"""Speaker labels: split "President of Russia Vladimir Putin" into name and role.

Shared by every reader (digest, en.kremlin.ru, kremlin.ru). Labels come in four shapes:
  role + name       "Président de la Russie Vladimir Poutine", "Defence Minister Sergei Shoigu"
  name, role        "Zhang Youxia, vice-président de la Commission ... (retraduit)"
  name alone        "Vladimir Putin", "Vladimir Poutine"
  Russian initials  "В.Путин", "С.Лавров", "Д.Песков"
Generic labels ("Question", "Remark", "Вопрос") are never speakers.

The functions are pure; the costlier ones keep their recent answers (``lru_cache``): a page
repeats the same few labels and names many times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from daybook.parsers.media_labels import is_media_label
from daybook.parsers.speaker_places import is_place_name

# Answers kept per cached function: enough for every distinct label of the longest page.
_CACHED = 4096

# Labels that mark a question or a remark from an unnamed person, per language.
GENERIC_LABELS: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Question",
        "Questions",
        "Q",  # "Q:" and "A:" of older transcripts and interviews
        "A",
        "Remark",
        "Remarks",
        "Reply",
        "Response",
        "Answer",
        "Comment",
        "Interjection",
        "Voice",
        "Voices",
        "Voice from the audience",
        "Audience",
        "Interviewer",
        "Journalist",
        "Reporter",
        "Correspondent",
        "Moderator",
        "Presenter",
        "Host",
        "Anchor",
        "Interpreter",
        "Translator",
        "Réponse",
        "Remarque",
        "Réplique",
        "Voix",
        "Journaliste",
        "Вопрос",
        "Реплика",
        "Реплики",
        "Ответ",
        "Комментарий",
        "Голос",
        "Голоса",
        "Голос из зала",
        "Из зала",
        "Журналист",
        "Корреспондент",
        "Ведущий",
        "Ведущая",
        "Модератор",
        "Переводчик",
    )
)
QUESTION_LABELS: frozenset[str] = frozenset(
    s.casefold() for s in ("Question", "Questions", "Q", "Вопрос", "Journalist", "Journaliste",
                           "Журналист", "Correspondent", "Корреспондент", "Interviewer",
                           "Reporter")
)
# Generic labels that answer the open question ("Answer:", "A:", "Ответ:").
ANSWER_LABELS: frozenset[str] = frozenset(
    s.casefold() for s in ("Answer", "A", "Ответ", "Réponse")
)

# Notes in brackets after a label: "(retranslated)", "(retraduit)", "(via interpreter)".
_NOTE = re.compile(r"\s*\((?:[^()]{0,60})\)\s*$")
# Russian short label: initials then surname, "В.Путин", "В.В.Путин", "С. Лавров".
_RU_INITIALS = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
# Russian initials with a surname of several words: "Х.Бен Тарек Аль Саид", "М.Диас-Канель
# Бермудес". An initial opens the label, so no role stands before the name: all of it is
# the name. Added for kremlin.ru transcripts (the HTML and the CSV readers).
_RU_INITIALS_LONG = re.compile(
    r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*"
    r"(?:\s(?:[А-ЯЁ][а-яё]*(?:-[А-ЯЁ]?[а-яё]+)*|бен|бин|ибн|аль|эль|ад|ас|фон|ван|де|да)){1,4}$"
)
_RU_ROLE_INITIALS = re.compile(
    r"^(?P<role>[А-ЯЁа-яё][^.]*?[а-яё»)])\s+(?P<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+"
    r"(?:-[А-ЯЁ][а-яё]+)?)$")
_LATIN_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")

# Lower-case particles that belong inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    {"bin", "ibn", "al", "el", "von", "van", "der", "den", "de", "da", "di", "la", "le", "du",
     # the same in Russian ("Мухаммед бен Заид Аль Нахайян", "Урсула фон дер Ляйен")
     "бен", "бин", "ибн", "аль", "эль", "фон", "ван", "дер", "де", "да", "ди", "ла", "ле",
     "ас", "ад", "аш", "ат", "аз", "ар"}  # "ас-Сиси", "ад-Дин": the Arabic article
)
# Capitalised words that end a role, not start a name ("Minister", "Russia", "Region").
_ROLE_WORDS = frozenset(
    w.casefold()
    for w in (
        "President", "Président", "Minister", "Ministre", "Premier", "Prime", "Chairman",
        "Chairwoman", "Chair", "Governor", "Gouverneur", "Mayor", "Head", "Chief", "Director",
        "Directeur", "Directrice", "General", "Général", "Secretary", "Secrétaire", "Deputy",
        "Adjoint", "Speaker", "Ambassador", "Ambassadeur", "Commander", "Commandant", "CEO",
        "King", "Queen", "Emir", "Sultan", "Prince", "Princess", "Patriarch", "Chancellor",
        "Senator", "Sénateur", "Member", "Membre", "Russia", "Russie", "Federation",
        "Fédération", "Region", "Région", "Republic", "République", "Council", "Conseil",
        "Government", "Gouvernement", "Office", "Bank", "Corporation", "Company", "Committee",
        "Commission", "Court", "Assembly", "Duma", "Ministry", "Ministère", "Defence",
        "Defense", "Défense", "Foreign", "Affairs", "State", "Security", "Presidential",
        "Executive", "Envoy", "Aide", "Assistant", "Press", "Officer", "Colonel", "Major",
        "Lieutenant", "Captain", "Admiral", "Marshal", "Army", "Navy", "Forces", "Union",
        "Organisation", "Organization", "Russian", "Chinese", "Kazakhstan", "Mr", "Mr.", "Ms",
        "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Professor", "Pr", "Monsieur", "Madame",
        "Grand", "Duke", "Duchess", "Crown", "Emperor", "Empress", "Sheikh", "Sir", "Lord",
        "Президент", "Министр", "Председатель", "Губернатор", "Глава", "Руководитель",
        "Директор", "Помощник", "Заместитель", "Секретарь", "Мэр", "России",
        "Российской", "Федерации",
        # a state or a body in the genitive after a Russian role ("Председатель Китайской
        # Народной Республики Си Цзиньпин", "Президент Объединённых Арабских Эмиратов")
        "Республики", "Королевства", "Штатов", "Эмиратов", "Султаната", "Княжества",
        "Союза", "Правительства", "Совета", "Думы", "Собрания", "Комиссии", "Организации",
        "Наций",
    )
)
# Institution words that end a role ("Director of the Gorbunov Kazan Aviation Plant ...",
# "Minister of Labour and Social Protection ..."): a capitalised word here is never the
# start of a name. Added for en.kremlin.ru transcripts.
_MORE_ROLE_WORDS = frozenset(
    w.casefold()
    for w in (
        "Agency", "Fund", "Management", "Highways", "Protection", "Development", "Plant",
        "Factory", "Works", "Shipyard", "Shipyards", "Holding", "Group", "Railways",
        "Airlines", "Service", "Centre", "Center", "Institute", "University", "Academy",
        "Museum", "Theatre", "Society", "Foundation", "Partnership", "Chamber", "Board",
        "Party", "Movement", "Department", "Directorate", "Authority", "Administration",
        "Prosecutor", "Ombudsman", "Commissioner", "Rector", "Editor", "Editor-in-Chief",
        "Secretary-General", "Vice-President", "Vice-Premier", "Prosecutor-General",
        "Industry", "Trade", "Investment", "Technologies", "Energy", "Economic", "Finance",
        "Labour", "Health", "Healthcare", "Education", "Science", "Culture", "Sport",
        "Transport", "Agriculture", "Justice", "Emergencies", "Construction", "Housing",
        "Communications", "Media", "Digital", "Resources", "Ecology", "Environment",
        "Policy", "Relations", "Cooperation", "Customs", "Bureau", "Association",
        "Associations", "Forum", "Summit", "Club", "Federal", "Regional", "National",
        "International", "Governor-General",
        "Representative", "Counsellor", "Adviser", "Advisor", "Spokesman", "Spokeswoman",
        "Patriarch", "Metropolitan", "Archbishop", "Bishop", "Pope", "Mufti", "Rabbi",
        "Представитель", "Уполномоченный", "Генеральный", "Патриарх", "Митрополит",
        "Архиепископ", "Муфтий", "Руси",
        # Military bodies ("Chief of the General Staff Valery Gerasimov") and the people
        # who lead a discussion ("Moderator Fyodor Lukyanov"): added after a reading of
        # held-out labels (issue 12).
        "Staff", "Headquarters", "Command", "Fleet", "District", "Troops", "Guard",
        "Corps", "Division", "Brigade", "Regiment", "Moderator", "Presenter",
        "Interviewer", "Correspondent", "Journalist", "Ведущий", "Ведущая",
        "Корреспондент", "Журналист",
    )
)
_CAPITALISED = re.compile(r"^[\"'«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ]")


def _is_capitalised(word: str) -> bool:
    """Capitalised in any script: also "Čeferin", "Łukasz", "Şahin"."""
    if _CAPITALISED.match(word):
        return True
    first = word.lstrip("\"'«(")[:1]
    return first.isalpha() and first.isupper()


@lru_cache(maxsize=_CACHED)
def _is_role_word(word: str) -> bool:
    folded = word.casefold().strip(".,")
    if folded in _ROLE_WORDS or folded in _MORE_ROLE_WORDS:
        return True
    # "Vice-Premier", "Prosecutor-General": a compound with a role part is a role.
    return "-" in folded and any(
        part in _ROLE_WORDS or part in _MORE_ROLE_WORDS for part in folded.split("-")
    )


# Grammemes of pymorphy3 (OpenCorpora): places and organisations, and every proper noun.
_PLACE_OR_BODY = frozenset({"Geox", "Orgn"})
_PROPER = frozenset({"Geox", "Orgn", "Name", "Surn", "Patr", "Trad"})
# A capitalised Russian word: the complement that ends a role may be one.
_CYRILLIC_CAPITAL = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$")


@lru_cache(maxsize=_CACHED)
def _ru_grammemes(word: str) -> tuple[frozenset[str], ...]:
    """The grammemes of each pymorphy3 reading of a capitalised Russian word; none for any
    other word or one the analyser refuses (it raises ValueError on some input)."""
    if not _CYRILLIC_CAPITAL.match(word):
        return ()
    from daybook.stemming import morph

    try:
        return tuple(frozenset(p.tag.grammemes) for p in morph().parse(word))
    except ValueError:
        return ()


def _is_ru_complement(word: str) -> bool:
    """A place or a body in an oblique case ("Египта", "Турции", "Нидерландов",
    "Еврокомиссии"), or an adjective of one ("Сербской" of "Президент Республики Сербской"):
    a Russian role ends with it ("Президент Египта"), while a name in a label is in the
    nominative, so a word with a proper noun's nominative reading ("Египет", "Захарова") or,
    for an adjective, any nominative reading ("Толстой", "Яровая") is never one; a common
    noun's ("Индии": "инди") does not count."""
    readings = _ru_grammemes(word)
    if any(_PLACE_OR_BODY & g for g in readings):
        return not any("nomn" in g and _PROPER & g for g in readings)
    return bool(readings) and all("ADJF" in g and "nomn" not in g for g in readings)


def is_russian_personal_name(word: str) -> bool:
    """A Russian word the dictionary knows as a first name, surname or patronymic, in any
    casing ("ВЛАДИМИР", "Путин")."""
    word = word[:1].upper() + word[1:].lower()
    return any({"Name", "Surn", "Patr"} & g for g in _ru_grammemes(word))


def _ends_role(word: str) -> bool:
    return _is_role_word(word) or _is_ru_complement(word)


def is_role_word(word: str) -> bool:
    """True for a word that belongs to a role ("President", "Minister", "Vice-Premier")."""
    return _is_role_word(word)


@lru_cache(maxsize=_CACHED)
def looks_like_name(text: str) -> bool:
    """True for a bare person's name ("Dmitry Peskov", "Mohammed bin Salman"), no role."""
    return _looks_like_name(clean_label(text).split())


@dataclass(frozen=True, slots=True)
class Label:
    """A parsed label: ``name`` is None for generic labels such as "Question"."""

    raw: str
    name: str | None
    role: str | None
    generic: bool = False
    question: bool = False
    note: str | None = None
    answer: bool = False


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=_CACHED)
def clean_label(raw: str) -> str:
    text = _SPACES.sub(" ", raw.replace("\xa0", " ")).strip()
    return text.rstrip(":：").strip()


# "Question from the audience", "Вопрос из зала": still a generic label.
_FROM_THE_FLOOR = re.compile(
    r"\s+(?:from|of|in) (?:the )?(?:audience|floor|hall)$|\s+(?:из зала|с места)$"
)
# Unnamed speakers a transcript labels by what they are, not who: never speakers.
_UNNAMED = frozenset({"participant", "audience member", "member", "student",
                      "schoolchild", "pupil",
                      "участник", "участница", "слушатель", "слушательница", "студент",
                      "студентка", "школьник", "школьница"})


def _generic_key(folded: str) -> str | None:
    """The generic label a folded label is ("question from the floor" -> "question")."""
    key = _FROM_THE_FLOOR.sub("", folded)
    return key if key in GENERIC_LABELS or key in _UNNAMED else None


def is_generic(label: str) -> bool:
    return _generic_key(clean_label(label).casefold()) is not None


def split_label(raw: str, known_names: Iterable[str] = ()) -> Label:
    """Split a speaker label into name and role.

    ``known_names`` (e.g. the page's Persons tags, in any word order) settle where the name
    starts when the role itself ends with capitalised words.
    """
    return _split_label(raw, tuple(known_names))


@lru_cache(maxsize=_CACHED)
def _split_label(raw: str, known_names: tuple[str, ...]) -> Label:
    text = clean_label(raw)
    note = None
    m = _NOTE.search(text)
    if m:
        note = m.group(0).strip()[1:-1]
        text = text[: m.start()].strip()
    key = _generic_key(text.casefold())
    if key is not None:
        return Label(raw, None, None, generic=True, question=key in QUESTION_LABELS, note=note,
                     answer=key in ANSWER_LABELS)
    if is_media_label(text):
        # "newspaper Komsomolskaya Pravda", "Channel One": an outlet asks, no person speaks
        return Label(raw, None, None, generic=True, question=True, note=note)
    if _RU_INITIALS.match(text) or _LATIN_INITIALS.match(text) or _RU_INITIALS_LONG.match(text):
        return Label(raw, text, None, note=note)
    if m := _RU_ROLE_INITIALS.match(text):
        # "Губернатор Санкт-Петербурга А.Беглов": the initials open the name, whatever the
        # capitals of the role before them.
        return Label(raw, m.group("name"), m.group("role"), note=note)
    if "," in text:
        head, tail = (p.strip() for p in text.split(",", 1))
        if _looks_like_name(head.split()):
            return Label(raw, head, tail or None, note=note)
        head, tail = (p.strip() for p in text.rsplit(",", 1))
        lead = _split_label(head, known_names)
        if tail and tail == tail.lower() and lead.role and any(
                _is_role_word(w) for w in lead.role.split()):
            # "First Deputy Director General of TASS News Agency Mikhail Gusman, moderator of
            # the meeting": a role in lower case after the name is the role's too.
            return Label(raw, lead.name, f"{lead.role}, {tail}", note=note)
    words = text.split()
    known = _match_known(words, known_names)
    name_len = known or _trailing_name_length(words)
    if not known and (j := _see_of_two_places(words)):
        # "Metropolitan Tikhon of Pskov and Porkhov", "Patriarch Kirill of Moscow and All
        # Russia": a see of two places follows the name, as "of Luxembourg" below.
        before = words[:j]
        inner = _trailing_name_length(before)
        if 0 < inner < len(before):
            return Label(raw, " ".join(before[-inner:]), " ".join(before[:-inner] + words[j:]),
                         note=note)
    if name_len == 0 or name_len >= len(words):
        return Label(raw, text, None, note=note)
    if (not known and name_len == 1 and words[-2].casefold() in _PLACE_PREPOSITIONS
            and (_is_place(words[-1:]) or not _looks_like_name(words[-4:-2]))):
        # "Grand Duke Henri of Luxembourg": the last word is the role's place; the name
        # stands before "of".
        before = words[:-2]
        inner = _trailing_name_length(before)
        if 0 < inner < len(before):
            titled = " ".join(before[:-inner] + words[-2:])
            return Label(raw, " ".join(before[-inner:]), titled, note=note)
    name = " ".join(words[-name_len:])
    role = " ".join(words[:-name_len]).strip(" ,–-") or None
    return Label(raw, name, role, note=note)


def _see_of_two_places(words: list[str]) -> int:
    """Where a closing "of A and B" starts (each place one or two capitalised words); 0 when
    the label does not end so. A name after the places ("of Trinidad and Tobago Paula-Mae
    Weekes") makes the second part too long."""
    for j in range(len(words) - 4, 1, -1):
        if words[j] not in _PLACE_PREPOSITIONS:
            continue
        tail = words[j + 1:]
        if "and" not in tail:
            return 0
        k = tail.index("and")
        first, second = tail[:k], tail[k + 1:]
        if 1 <= len(first) <= 2 and 1 <= len(second) <= 2 and all(
                _is_capitalised(w) for w in first + second):
            return j
        return 0
    return 0


# Words that are never part of a name, even in a label printed in capitals.
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for"})
# Prepositions that tie a place or an institution to a role ("of Luxembourg", "de France").
_PLACE_PREPOSITIONS = frozenset({"of", "de", "du", "des", "for", "d'", "in"})


def person_tag_name(tag: str) -> str:
    """The name in a Persons tag. Tags are "Surname Name [Patronymic]"; people known by one
    name carry their title after it ("Кирилл Патриарх Московский и всея Руси", "Kirill
    Patriarch of Moscow and All Russia"): the name is what stands before the title."""
    words = tag.split()
    for k in range(1, len(words)):
        if _is_role_word(words[k]):
            return " ".join(words[:k])
    return " ".join(words)


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name, casing and word order aside ("DMITRY PESKOV", "Peskov
    Dmitry")."""
    return _name_key(a) == _name_key(b)


@lru_cache(maxsize=_CACHED)
def _name_key(name: str) -> tuple[str, ...]:
    """A name's words folded and sorted: the same for every casing and word order."""
    return tuple(sorted(name.casefold().split()))


@lru_cache(maxsize=_CACHED)
def _all_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def canonical_name(name: str, known: Iterable[str]) -> str:
    """The page's own spelling of a name printed in capitals or odd casing: the first known
    name (linked names and earlier labels first, in reading order) with the same words;
    an all-capitals name with no match is given the usual capitals ("DMITRY PESKOV")."""
    return _canonical_name(name, tuple(known))


@lru_cache(maxsize=_CACHED)
def _canonical_name(name: str, known: tuple[str, ...]) -> str:
    spellings = [k for k in known if not _all_capitals(k)]
    folded = name.casefold()
    for k in spellings:
        if k.casefold() == folded:
            return k
    words = name.split()
    for k in spellings:
        if same_name(k, name):
            # A Persons tag puts the surname first: keep the label's order, the tag's casing.
            casing = {w.casefold(): w for w in k.split()}
            return " ".join(casing.get(w.casefold(), w) for w in words)
    if _all_capitals(name):
        # each part after a hyphen or an initial's full stop: "V.PUTIN" -> "V.Putin"
        return _LETTERS.sub(lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), name)
    return name


_LETTERS = re.compile(r"[^\W\d_]+")


def _looks_like_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 4:
        return False
    caps = [w for w in words if w.casefold() not in _NAME_PARTICLES]
    return bool(caps) and all(_is_capitalised(w) for w in caps) and not any(
        _is_role_word(w) for w in caps
    )


def _match_known(words: list[str], known_names: Iterable[str]) -> int:
    """Length of the longest known name the label ends with, in either word order."""
    best = 0
    tail_folded = [w.casefold() for w in words]
    for name in known_names:
        parts = _name_key(name)
        n = len(parts)
        if not parts or n > len(words):
            continue
        if tuple(sorted(tail_folded[-n:])) == parts:
            best = max(best, n)
    return best


def _is_place(words: list[str]) -> bool:
    """A country (CLDR) or a place of the zones table ("Egypt", "South Africa", "Tatarstan"),
    or a Russian word the dictionary knows as a place ("Корея" of "Республики Корея")."""
    if len(words) == 1 and _is_ru_place(words[0].strip(".,")):
        return True
    return is_place_name(" ".join(w.strip(".,") for w in words))


def _is_ru_place(word: str) -> bool:
    return any("Geox" in g for g in _ru_grammemes(word))


def _trailing_name_length(words: list[str]) -> int:
    """How many trailing words form the person's name (0 when the label has no name).

    The name is the run of capitalised words that ends the label, cut where the role ends:
    after a place that opens the run ("President of Egypt | Abdel Fattah el-Sisi"), else
    two words, or three or four when a role word or nothing stands before them ("Prime
    Minister Nguyen Xuan Phuc"; "... Natural Disaster Relief | Mary Smith"). A particle such as
    "bin" or "von" joins the words on both sides ("Tamim bin Hamad Al Thani"). In a label
    not printed in capitals, an acronym ends the role ("News Agency TASS | Sergei Mikhailov").
    """
    mixed = any(w.islower() or w[1:].islower() for w in words)
    run: list[str] = []  # the trailing run, last word first
    for w in reversed(words):
        bare = w.strip(".,")
        if run and bare.casefold() in _NAME_PARTICLES:
            run.append(bare)
            continue
        if (run and mixed and _ACRONYM.fullmatch(bare) and not _ROMAN.fullmatch(bare)
                and not all(_ACRONYM.fullmatch(r) for r in run)):  # "DMITRY PESKOV" goes on
            break
        if bare.casefold() in _FUNCTION_WORDS:  # "OF THE" of a label in capitals
            break
        head, dash, tail = bare.partition("-")
        prefixed = bool(dash) and head in _NAME_PARTICLES and _is_capitalised(tail)  # el-Sisi
        if not (_is_capitalised(bare) or prefixed) or _ends_role(bare):
            break
        if bare.startswith("(") or bare.endswith(")"):  # "(UEFA)" closes a role
            break
        run.append(bare)
        if len(run) == MAX_RUN:
            break
    # Trailing lower-case particles taken at the front belong to the role.
    while run and run[-1].casefold() in _NAME_PARTICLES:
        run.pop()
    if not run:
        return 0
    ordered = run[::-1]
    opener = words[-len(run) - 1].strip(".,").casefold() if len(run) < len(words) else ""
    if opener in _PLACE_PREPOSITIONS or opener == "the" or _is_role_word(opener):
        # "of Egypt Abdel Fattah el-Sisi": a place opens the run, the name follows it; a name
        # of one word only after "of" ("King of the Netherlands Willem-Alexander"), not after
        # a role ("Minister Jordan Peterson").
        one = opener in _PLACE_PREPOSITIONS or opener == "the"
        for cut in range(1, min(3, len(ordered) - (0 if one else 1))):
            if _is_place(ordered[:cut]) and len(ordered) - cut <= MAX_NAME_WORDS:
                return len(ordered) - cut
    # Words a particle joins (and the particles) must stay together, with a regnal number
    # before it ("Абдалла II ибн Хусейн").
    glued = 0
    for k, w in enumerate(run):
        if w in _NAME_GLUE and k + 1 < len(run):
            glued = k + 2 + (k + 2 < len(run) and bool(_ROMAN.fullmatch(run[k + 1])))
    plain = len(run)
    before = words[-plain - 1].strip(".,") if plain < len(words) else ""
    if before and _is_ru_complement(before) and plain <= MAX_NAME_WORDS:
        # "Президент Египта | Абдель Фаттах ас-Сиси": the place ends the role, as "of Egypt"
        return plain
    after_role = bool(before) and _is_role_word(before)
    if plain >= 3 and not glued and _given_and_surname(ordered[-2:]):
        # "CEO | Gazprom Neft | Alexander Dyukov": a company's name may follow a role word
        # with no "of"; a given name and a Russian surname end the run.
        return 2
    if plain == 4 and (after_role or not before):
        # "President of the European Commission | José Manuel Durão Barroso": an institution
        # word ends the role, so the four words after it are the name.
        return plain
    # "State Atomic Energy Corporation | Rosatom | Alexei Likhachev": after a company's
    # type, its own name comes first.
    firm = before.casefold() in _FIRM_TYPES
    if plain > 3 or (plain == 3 and before and (firm or not after_role)
                     and not any(_PATRONYMIC.fullmatch(w) for w in ordered[-2:])):
        plain = 2  # but "Сергей Кужугетович Шойгу", "Шойгу Сергей Кужугетович" keep three
    return max(plain, min(glued, MAX_NAME_WORDS))


# Russian surnames in the site's Latin spelling end so ("Dyukov", "Sechin", "Kovalchuk").
_LATIN_SURNAME = re.compile(r"[A-Z][a-z]+(?:ov|ev|yov|in|yn|sky|skiy|skaya|ova|eva|ina|yna"
                            r"|enko|uk|yuk|ikh|ykh)")
# A patronymic in Latin ("Rustam Nurgaliyevich Minnikhanov"): the three words are one name.
_LATIN_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna|inichna)")


def _given_and_surname(words: list[str]) -> bool:
    """Two words that read as a Russian given name and surname in Latin letters."""
    given, surname = words
    return (bool(_LATIN_SURNAME.fullmatch(surname)) and given.isalpha() and given[:1].isupper()
            and given[1:].islower() and not _LATIN_PATRONYMIC.fullmatch(given))


# Words for a company that its own name may follow ("Corporation Rosatom").
_FIRM_TYPES = frozenset({"corporation", "company", "group", "holding", "concern"})
# An organisation's initials ("TASS", "RDIF"); a regnal number ("Theophilos III") is part of
# the name.
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,}")
_ROMAN = re.compile(r"[IVXL]+")
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овна|евна|ична|инична)")
# A capitalised run longer than this is role words and a name; names are at most this long.
MAX_RUN = 8
MAX_NAME_WORDS = 5
# Particles that bind the words on both sides into one name (case-sensitive: "de", "la"
# also tie a role to its place in French, so they are not here).
_NAME_GLUE = frozenset({"bin", "ibn", "bint", "ben", "von", "van", "Von", "Van", "der", "den",
                        "al", "el", "Al", "El", "da", "dos", "das",
                        # inside a name only: a role's "de" ends the run and is let go
                        # ("Premier ministre de | Belgique"), a name's stays ("Jaap de Hoop
                        # Scheffer")
                        "de",
                        "бен", "бин", "ибн", "фон", "ван", "дер", "аль", "эль", "Аль", "Эль",
                        # Russian ties no role to a place with these ("Шарль де Голль")
                        "Бен", "де", "ди", "да", "дос", "ла", "ле"})
