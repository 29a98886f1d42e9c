"""Build ``annotations.jsonl`` for the enrichment gate from the shared samples.

Two kinds of records:
- ``link``: a person's name as a source writes it, with a gold cluster. For en.kremlin.ru
  Persons tags the gold is the site's own person number (``/catalog/persons/540``), so the
  gold is independent of daybook. Cross-language forms (French digest, Russian lists and
  leads) were linked by hand to the same clusters (HAND_LINKS below).
- ``entities``: a text unit with its entity mentions annotated by hand: whole units as daybook
  parses them (``hand_units.py``: French digest, en.kremlin.ru 2019, kremlin.ru 2025; see
  README.md), plus the first hand-annotated sentences (HAND_ENTITIES below) not already
  inside an annotated unit. Offsets are computed here, left to right, on letter boundaries.
The fresh set (``fresh/units.py``: person mentions of units never used for tuning) is built
apart into ``fresh/annotations.jsonl`` with ``--fresh``.
Run: .venv/bin/python eval/enrich/build_annotations.py [--fresh]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import cast

from daybook.enrich.records import event_texts
from daybook.model import Event
from daybook.sources.document import read_document
from daybook.sources.registry import read_parsed

sys.path.insert(0, str(Path(__file__).parent))
from fresh.units import UNITS as FRESH_UNITS  # type: ignore[import-not-found,unused-ignore]
from hand_units import UNITS  # type: ignore[import-not-found,unused-ignore]

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
OUT = Path(__file__).with_name("annotations.jsonl")
FRESH_OUT = Path(__file__).parent / "fresh" / "annotations.jsonl"
TAG = re.compile(r'href="[^"]*/catalog/persons/(\d+)/events">([^<]+)<')

# Hand links: (language, name as written, gold cluster). kremlin:N clusters are the site's
# person numbers (checked against the English tags); x: clusters are people without a tag.
HAND_LINKS: list[tuple[str, str, str]] = [
    ("fr", "Vladimir Poutine", "x:putin"),
    ("fr", "V.Poutine", "x:putin"),
    ("fr", "Président de la Russie Vladimir Poutine", "x:putin"),
    ("en", "Vladimir Putin", "x:putin"),
    ("en", "President of Russia Vladimir Putin", "x:putin"),
    ("ru", "В.Путин", "x:putin"),
    ("ru", "ПУТИН Владимир Владимирович", "x:putin"),
    ("ru", "Путин Владимир Владимирович", "x:putin"),
    ("ru", "Владимир Путин", "x:putin"),
    ("ru", "Владимира Путина", "x:putin"),
    ("fr", "Sergueï Choïgu", "kremlin:SHOIGU"),
    ("ru", "Сергей Шойгу", "kremlin:SHOIGU"),
    ("ru", "Сергеем Шойгу", "kremlin:SHOIGU"),
    ("fr", "Galina Novitchkova", "x:novichkova"),
    ("fr", "Galina Novichkova", "x:novichkova"),
    ("en", "Novichkova", "x:novichkova"),
    ("fr", "Dmitri Litvinov", "x:litvinov"),
    ("fr", "Dmitry Litvinov", "x:litvinov"),
    ("fr", "Viktor Fisenko", "x:fisenko"),
    ("fr", "Zhang Youxia", "x:zhang-youxia"),
    ("fr", "Kassym-Jomart Tokayev", "x:tokayev"),
    ("fr", "Kassym-Jomart Tokaeyev", "x:tokayev"),
    ("en", "Kassym-Jomart Tokayev", "x:tokayev"),
    ("ru", "ЛАВРОВ Сергей Викторович", "kremlin:LAVROV"),
    ("ru", "С.Лавров", "kremlin:LAVROV"),
    ("fr", "Sergueï Lavrov", "kremlin:LAVROV"),
    ("ru", "СИЛУАНОВ Антон Германович", "kremlin:SILUANOV"),
    ("ru", "А.Силуанов", "kremlin:SILUANOV"),
    ("ru", "МАНТУРОВ Денис Валентинович", "kremlin:MANTUROV"),
    ("fr", "Denis. Manturov", "kremlin:MANTUROV"),
    ("ru", "ГОЛИКОВА Татьяна Алексеевна", "kremlin:GOLIKOVA"),
    ("ru", "Т.Голикова", "kremlin:GOLIKOVA"),
    ("ru", "ВАЙНО Антон Эдуардович", "kremlin:VAINO"),
    ("fr", "Anton Vaïno", "kremlin:VAINO"),
    ("ru", "УШАКОВ Юрий Викторович", "x:ushakov"),
    ("fr", "Iouri Ouchakov", "x:ushakov"),
    ("en", "Yury Ushakov", "x:ushakov"),
    ("ru", "Ю.Ушаков", "x:ushakov"),
    ("ru", "ПЕСКОВ Дмитрий Сергеевич", "x:peskov"),
    ("en", "Dmitry Peskov", "x:peskov"),
    ("ru", "Д.Песков", "x:peskov"),
    ("ru", "ОРЕШКИН Максим Станиславович", "x:oreshkin"),
    ("en", "Maxim Oreshkin", "x:oreshkin"),
    ("ru", "ДЮМИН Алексей Геннадьевич", "x:dyumin"),
    ("ru", "А.Дюмин", "x:dyumin"),
    ("ru", "Алексей Дюмин", "x:dyumin"),
    ("ru", "ПАТРУШЕВ Дмитрий Николаевич", "x:dmitry-patrushev"),
    ("ru", "Д.Патрушев", "x:dmitry-patrushev"),
    ("en", "Nikolai Patrushev", "kremlin:PATRUSHEV"),
    ("fr", "Nikolaï Patrouchev", "kremlin:PATRUSHEV"),
    ("ru", "Сергеем Кравцовым", "x:kravtsov"),
    ("ru", "КРАВЦОВ Сергей Сергеевич", "x:kravtsov"),
    ("ru", "Игорем Руденей", "x:rudenya"),
    ("ru", "РУДЕНЯ Игорь Михайлович", "x:rudenya"),
    ("ru", "Андрей Фурсенко", "x:fursenko"),
    ("ru", "ФУРСЕНКО Андрей Александрович", "x:fursenko"),
    ("ru", "Александром Бегловым", "x:beglov"),
    ("ru", "БЕГЛОВ Александр Дмитриевич", "x:beglov"),
    ("ru", "Сергеем Меликовым", "x:melikov"),
    ("ru", "МЕЛИКОВ Сергей Алимович", "x:melikov"),
    ("en", "Xi Jinping", "kremlin:XI"),
    ("fr", "Xi Jinping", "kremlin:XI"),
    ("ru", "Си Цзиньпин", "kremlin:XI"),
    ("fr", "Emmanuel Macron", "kremlin:MACRON"),
    ("ru", "Эммануэль Макрон", "kremlin:MACRON"),
    ("fr", "Alexandre Loukachenko", "kremlin:LUKASHENKO"),
    ("ru", "Александр Лукашенко", "kremlin:LUKASHENKO"),
    ("fr", "Recep Tayyip Erdoğan", "kremlin:ERDOGAN"),
    ("ru", "Реджеп Тайип Эрдоган", "kremlin:ERDOGAN"),
    # People of the annotated units (names from the kremlin.ru 2025 participant lists).
    ("en", "Maxim Reshetnikov", "x:reshetnikov"),
    ("ru", "МАРЧЕНКОВ Никита Владимирович", "x:marchenkov"),
    ("ru", "Никита Марченков", "x:marchenkov"),
    ("ru", "СТАРОВОЙТ Роман Владимирович", "x:starovoit"),
    ("ru", "Романом Старовойтом", "x:starovoit"),
    ("ru", "ФЕДОРИЩЕВ Вячеслав Андреевич", "x:fedorishchev"),
    ("ru", "Вячеславом Федорищевым", "x:fedorishchev"),
    ("ru", "РАЗВОЖАЕВ Михаил Владимирович", "x:razvozhaev"),
    ("ru", "Михаилом Развожаевым", "x:razvozhaev"),
    ("ru", "ШАПША Владислав Валерьевич", "x:shapsha"),
    ("ru", "Владиславом Шапшой", "x:shapsha"),
    ("ru", "ХИНШТЕЙН Александр Евсеевич", "x:khinshtein"),
    ("ru", "Александром Хинштейном", "x:khinshtein"),
    ("ru", "БАКАНОВ Дмитрий Владимирович", "x:bakanov"),
    ("ru", "Дмитрий Баканов", "x:bakanov"),
    ("ru", "МИШУСТИН Михаил Владимирович", "kremlin:294"),
    ("ru", "Михаилом Мишустиным", "kremlin:294"),
    ("ru", "МИННИХАНОВ Рустам Нургалиевич", "kremlin:152"),
    ("ru", "Рустамом Миннихановым", "kremlin:152"),
]
# The English tag names that stand for the named clusters above.
CLUSTER_TAGS = {
    "kremlin:SHOIGU": "Shoigu Sergei",
    "kremlin:LAVROV": "Lavrov Sergei",
    "kremlin:SILUANOV": "Siluanov Anton",
    "kremlin:MANTUROV": "Manturov Denis",
    "kremlin:GOLIKOVA": "Golikova Tatyana",
    "kremlin:VAINO": "Vaino Anton",
    "kremlin:PATRUSHEV": "Patrushev Nikolai",
    "kremlin:XI": "Xi Jinping",
    "kremlin:MACRON": "Macron Emmanuel",
    "kremlin:LUKASHENKO": "Lukashenko Alexander",
    "kremlin:ERDOGAN": "Erdogan Recep Tayyip",
    # People of the hand clusters who also have a Persons tag: the tag's number wins.
    "x:tokayev": "Tokayev Kassym-Jomart",
    "x:dyumin": "Dyumin Alexei",
    "x:dmitry-patrushev": "Patrushev Dmitry",
    "x:rudenya": "Rudenya Igor",
}

# Hand-annotated sentences: (language, source, text, [(mention, type, gold id or None)]).
HAND_ENTITIES: list[tuple[str, str, str, list[tuple[str, str, str | None]]]] = [
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "1 Vladimir Poutine au Centre national de recherche médicale Dmitri Rogachev en "
        "hématologie, oncologie et immunologie pédiatriques. Avec la directrice générale du "
        "Centre Galina Novitchkova et le vice-ministre de la Santé Viktor Fisenko.",
        [
            ("Vladimir Poutine", "person", "x:putin"),
            ("Centre national de recherche médicale Dmitri Rogachev", "org", None),
            ("Galina Novitchkova", "person", "x:novichkova"),
            ("Viktor Fisenko", "person", "x:fisenko"),
        ],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "Accompagné du vice-ministre de la Santé Viktor Fisenko, de la directrice générale du "
        "Centre Rogachev Galina Novitchkova et du médecin-chef du Centre Dmitri Litvinov, le "
        "Président a visité le nouveau bâtiment de médecine nucléaire.",
        [
            ("Viktor Fisenko", "person", "x:fisenko"),
            ("Centre Rogachev", "org", None),
            ("Galina Novitchkova", "person", "x:novichkova"),
            ("Dmitri Litvinov", "person", "x:litvinov"),
        ],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "Le ministre russe de la Défense Sergueï Choïgu était également présent à la réunion.",
        [("Sergueï Choïgu", "person", "kremlin:SHOIGU")],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "2 Zhang Youxia, vice-président de la Commission militaire centrale chinoise (à gauche) "
        "et Sergueï Choïgu, ministre russe de la Défense. Photo : Sergueï Bobylev, TASS",
        [
            ("Zhang Youxia", "person", "x:zhang-youxia"),
            ("Commission militaire centrale", "org", None),
            ("Sergueï Choïgu", "person", "kremlin:SHOIGU"),
            ("Sergueï Bobylev", "person", None),
            ("TASS", "org", None),
        ],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "Discours vidéo aux participants de la 11ème réunion des secrétaires des conseils de "
        "sécurité des États membres de la CEI – 8 novembre 2023 à 09h30",
        [("CEI", "org", None)],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "Rencontre avec le vice-président de la Commission militaire centrale chinoise Zhang "
        "Youxia – 8 novembre 2023 à 15h05 à Novo-Ogaryovo-région de Moscou",
        [
            ("Commission militaire centrale", "org", None),
            ("Zhang Youxia", "person", "x:zhang-youxia"),
            ("Novo-Ogaryovo", "place", None),
            ("Moscou", "place", None),
        ],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "Cela a été confirmé par les résultats de la réunion consultative régulière des chefs "
        "d’État d’Asie centrale tenue à Douchanbé le 14 septembre de cette année.",
        [("Asie centrale", "place", None), ("Douchanbé", "place", None)],
    ),
    (
        "fr",
        "digest-fr/2023-11-08.txt",
        "Vladimir Poutine : La nature et la géographie confèrent à la Russie et au Kazakhstan "
        "des avantages compétitifs importants dans le secteur énergétique.",
        [
            ("Vladimir Poutine", "person", "x:putin"),
            ("Russie", "place", None),
            ("Kazakhstan", "place", None),
        ],
    ),
    (
        "en",
        "kremlin-en-2019",
        "The Russian leader arrived in the capital of Kyrgyzstan to take part in the meeting "
        "of the SCO Heads of State Council.",
        [("Kyrgyzstan", "place", None), ("SCO", "org", None)],
    ),
    (
        "en",
        "kremlin-en-2019",
        "BRICS heads of state and government held a meeting ahead of the G20 summit in Osaka.",
        [("BRICS", "org", None), ("G20", "org", None), ("Osaka", "place", None)],
    ),
    (
        "en",
        "kremlin-en-2019",
        "Vladimir Putin had a working meeting with the Chairman of the Gazprom Board of "
        "Directors to discuss development prospects of the natural gas engine fuel market.",
        [("Vladimir Putin", "person", "x:putin"), ("Gazprom", "org", None)],
    ),
    (
        "en",
        "kremlin-en-2019",
        "Together we speak in favour of strict compliance with the norms of international law "
        "and the central role of the United Nations in international affairs.",
        [("United Nations", "org", None)],
    ),
    (
        "en",
        "kremlin-en-2019",
        "Vladimir Putin held a meeting with Defence Minister Sergei Shoigu and Foreign Minister "
        "Sergei Lavrov in the Kremlin.",
        [
            ("Vladimir Putin", "person", "x:putin"),
            ("Sergei Shoigu", "person", "kremlin:SHOIGU"),
            ("Sergei Lavrov", "person", "kremlin:LAVROV"),
            ("Kremlin", "place", None),
        ],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "Имена лауреатов на пресс-конференции объявили помощник Президента Андрей Фурсенко и "
        "председатель Координационного совета по делам молодёжи в научной и образовательной "
        "сферах Совета при Президенте по науке и образованию Никита Марченков.",
        [("Андрей Фурсенко", "person", "x:fursenko"), ("Никита Марченков", "person", None)],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "В Кремле состоялась рабочая встреча Владимира Путина с губернатором Тверской области "
        "Игорем Руденей.",
        [
            ("Кремле", "place", None),
            ("Владимира Путина", "person", "x:putin"),
            ("Тверской области", "place", None),
            ("Игорем Руденей", "person", "x:rudenya"),
        ],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "Президент провёл рабочую встречу с Министром просвещения Сергеем Кравцовым.",
        [("Сергеем Кравцовым", "person", "x:kravtsov")],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "Владимир Путин провёл в Кремле рабочую встречу с главой Республики Дагестан Сергеем "
        "Меликовым.",
        [
            ("Владимир Путин", "person", "x:putin"),
            ("Кремле", "place", None),
            ("Республики Дагестан", "place", None),
            ("Сергеем Меликовым", "person", "x:melikov"),
        ],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "Владимир Путин провёл рабочую встречу с губернатором Санкт-Петербурга Александром "
        "Бегловым.",
        [
            ("Владимир Путин", "person", "x:putin"),
            ("Санкт-Петербурга", "place", None),
            ("Александром Бегловым", "person", "x:beglov"),
        ],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "В Кремле началась беседа Владимира Путина с Председателем Китайской Народной "
        "Республики Си Цзиньпином.",
        [
            ("Кремле", "place", None),
            ("Владимира Путина", "person", "x:putin"),
            ("Китайской Народной Республики", "place", None),
            ("Си Цзиньпином", "person", "kremlin:XI"),
        ],
    ),
    (
        "ru",
        "kremlin-ru-2025",
        "В ходе поездки в Самарскую область Президент посетил завод акционерного общества "
        "«АвтоВАЗ».",
        [("Самарскую область", "place", None), ("АвтоВАЗ", "org", None)],
    ),
]


def _units(source: str) -> dict[tuple[str, int], str]:
    """The text units of a sample file as daybook parses them: (event id, seq) -> text."""
    _, parsed = read_parsed(read_document(SAMPLES / source))
    events: list[Event] = list(parsed.events) + [e for d in parsed.days for e in d.events]
    return {(e.id, seq): text for e in events for seq, text in event_texts(e)}


def _spans(
    text: str, mentions: list[tuple[str, str, str | None]], by_tag: dict[str, str]
) -> list[dict[str, object]]:
    spans: list[dict[str, object]] = []
    pos = 0
    for mention, type_, gold in mentions:
        # Whole words only: "Russia" is not the start of "Russian" (a digit may follow: "CEI3").
        found = re.compile(rf"(?<![^\W\d_]){re.escape(mention)}(?![^\W\d_])").search(text, pos)
        if found is None:
            raise ValueError(f"{mention!r} not found after {pos} in {text[:60]!r}")
        pos = found.end()
        spans.append(
            {
                "start": found.start(),
                "end": pos,
                "text": mention,
                "type": type_,
                "gold": by_tag.get(CLUSTER_TAGS.get(gold or "", ""), gold),
            }
        )
    return spans


def tag_links() -> list[dict[str, str]]:
    out = []
    for page in sorted((SAMPLES / "kremlin-en-2019" / "news").glob("*.html")):
        html = page.read_text("utf-8", errors="replace")
        for number, name in TAG.findall(html):
            out.append(
                {
                    "kind": "link",
                    "lang": "en",
                    "name": " ".join(name.split()),
                    "gold": f"kremlin:{number}",
                    "source": f"kremlin-en-2019/news/{page.name}",
                }
            )
    return out


def unit_records(
    units: list[tuple[str, str, str, int, list[tuple[str, str, str | None]]]],
    by_tag: dict[str, str],
    types: tuple[str, ...] | None = None,
) -> list[dict[str, object]]:
    """One ``entities`` record per hand unit; ``types`` says which types were annotated
    (None: all), so that the gate scores nothing else."""
    cache: dict[str, dict[tuple[str, int], str]] = {}
    records: list[dict[str, object]] = []
    for lang, source, event_id, seq, mentions in units:
        if source not in cache:
            cache[source] = _units(source)
        record: dict[str, object] = {
            "kind": "entities",
            "lang": lang,
            "source": f"{source}#{event_id}/{seq}",
            "text": cache[source][(event_id, seq)],
            "mentions": _spans(cache[source][(event_id, seq)], mentions, by_tag),
        }
        if types:
            record["types"] = list(types)
        records.append(record)
    return records


def write(records: list[dict[str, object]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    links = sum(1 for r in records if r["kind"] == "link")
    ents = sum(len(cast(list[object], r["mentions"])) for r in records if r["kind"] == "entities")
    print(f"wrote {out}: {links} link records, {ents} entity mentions")


def main() -> None:
    if "--fresh" in sys.argv:
        # Person mentions only; the linking records are the gold clusters' own spellings.
        write(unit_records(FRESH_UNITS, {}, ("person",)), FRESH_OUT)
        return
    tags = tag_links()
    records: list[dict[str, object]] = [dict(r) for r in tags]
    by_tag = {r["name"]: r["gold"] for r in tags}
    for lang, name, cluster in HAND_LINKS:
        gold = by_tag.get(CLUSTER_TAGS.get(cluster, ""), cluster)
        records.append({"kind": "link", "lang": lang, "name": name, "gold": gold, "source": "hand"})
    unit_recs = unit_records(UNITS, by_tag)
    records += unit_recs
    unit_texts = [str(r["text"]) for r in unit_recs]
    for lang, source, text, mentions in HAND_ENTITIES:
        if any(text in unit for unit in unit_texts):
            continue
        records.append(
            {
                "kind": "entities",
                "lang": lang,
                "source": source,
                "text": text,
                "mentions": _spans(text, mentions, by_tag),
            }
        )
    write(records, OUT)


if __name__ == "__main__":
    main()
