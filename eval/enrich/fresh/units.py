"""The fresh enrichment set: person mentions only, annotated by hand before any change to
the enrichment code it measures, on text units never used to tune it.

Each record: (language, sample file, event id, seq, person mentions in order of appearance),
as in ../hand_units.py. A mention is (text as written, "person", gold cluster). Clusters are
hand slugs (``x:...``) for people named in the sample's structured data (a Persons tag, a
kremlin.ru participant list, a speaker label) or in the curated registry, so that a real run
can know them; None for anyone else (scored as a person mention, not for linking).
Offsets are computed by ../build_annotations.py (``--fresh``). See README.md here.
"""

from __future__ import annotations

PER = "person"
RU = "kremlin-ru-2025/kremlin_articles_ru.csv"
Mention = tuple[str, str, str | None]
Unit = tuple[str, str, str, int, list[Mention]]
PUTIN_RU = ("Владимир Путин", PER, "x:putin")
PUTINA_RU = ("Владимира Путина", PER, "x:putin")
PUTIN_EN = ("Vladimir Putin", PER, "x:putin")


def _en(page: str, seq: int, mentions: list[Mention]) -> Unit:
    return ("en", f"kremlin-en-2019/news/{page}.html", f"kremlin:{page}", seq, mentions)


def _ru(event: str, mentions: list[Mention]) -> Unit:
    return ("ru", RU, f"kremlin:{event}", 0, mentions)


def _p(text: str, cluster: str | None) -> Mention:
    return (text, PER, cluster)


# en.kremlin.ru 2019: title + lead (seq 0) of 45 pages drawn at random (seed 12) among the
# pages neither in the tuning set nor in the parser goldens, plus a few body blocks.
UNITS: list[Unit] = [
    _en("59793", 0, [_p("Robert Dudley", "x:dudley")]),
    _en("59817", 0, [PUTIN_EN]),
    _en(
        "59830",
        0,
        [PUTIN_EN, _p("Hassan Rouhani", "x:rouhani"), _p("Recep Tayyip Erdogan", "x:erdogan")],
    ),
    _en("60164", 0, [PUTIN_EN, _p("Sooronbay Jeenbekov", "x:jeenbekov")]),
    _en("60195", 0, [_p("Igor Sechin", "x:sechin"), PUTIN_EN, _p("Igor Sechin", "x:sechin")]),
    _en(
        "60199",
        0,
        [
            _p("Recep Tayyip Erdogan", "x:erdogan"),
            PUTIN_EN,
            _p("Recep Tayyip Erdogan", "x:erdogan"),
        ],
    ),
    _en("60306", 0, [PUTIN_EN, _p("Emomali Rahmon", "x:rahmon")]),
    _en("60324", 0, [PUTIN_EN]),
    _en("60332", 0, [PUTIN_EN]),
    _en("60338", 0, [_p("Ivan Belozertsev", "x:belozertsev")]),
    _en(
        "60390",
        0,
        [_p("Aung San Suu Kyi", "x:suu-kyi"), PUTIN_EN, _p("Aung San Suu Kyi", "x:suu-kyi")],
    ),
    _en("60471", 0, [PUTIN_EN]),
    _en("60485", 0, [PUTIN_EN]),
    _en(
        "60489",
        0,
        [PUTIN_EN, _p("Reuven Rivlin", "x:rivlin"), _p("Benjamin Netanyahu", "x:netanyahu")],
    ),
    _en("60518", 0, [PUTIN_EN]),
    _en("60519", 0, [_p("Mike Pompeo", "x:pompeo"), PUTIN_EN, _p("Mike Pompeo", "x:pompeo")]),
    _en("60536", 0, [PUTIN_EN]),
    _en("60589", 0, [_p("Yury Ozerov", None), PUTIN_EN, _p("Yury Ozerov", None)]),
    _en("60632", 0, [PUTIN_EN]),
    _en("60661", 0, [PUTIN_EN]),
    _en("60668", 0, [_p("Igor Babushkin", "x:babushkin")]),
    _en("60757", 0, [PUTIN_EN, _p("Xi Jinping", "x:xi")]),
    _en("60768", 0, [_p("Sergei Mironov", "x:mironov"), _p("Sergei Mironov", "x:mironov")]),
    _en("60768", 1, [PUTIN_EN]),
    _en("60768", 2, [_p("Sergei Mironov", "x:mironov")]),
    _en("60856", 0, [_p("Mohammad bin Salman Al Saud", "x:mbs")]),
    _en("62046", 0, [PUTIN_EN]),
    _en(
        "62048",
        0,
        [_p("Francisco", None), PUTIN_EN, _p("Francisco de Assis da Cruz Feitosa", None)],
    ),
    _en("62067", 0, [PUTIN_EN]),
    _en("62101", 0, [PUTIN_EN]),
    _en(
        "62112",
        0,
        [_p("Lyudmila Verbitskaya", None), _p("Lyudmila Verbitskaya", None)],
    ),
    _en("62126", 0, [_p("Alexander Novak", "x:novak"), _p("Alexei Miller", "x:miller")]),
    _en("62126", 1, [PUTIN_EN, _p("Alexander Novak", "x:novak"), _p("Alexei Miller", "x:miller")]),
    _en("62126", 2, []),
    _en(
        "62134",
        0,
        [_p("Lyudmila Verbitskaya", None), PUTIN_EN, _p("Lyudmila Verbitskaya", None)],
    ),
    _en("62175", 0, []),
    _en("62223", 0, [PUTIN_EN]),
    _en("62250", 0, []),
    _en("62267", 0, [PUTIN_EN]),
    _en("62298", 0, [PUTIN_EN]),
    _en("62309", 0, [PUTIN_EN]),
    _en("62357", 0, [PUTIN_EN]),
    _en("62376", 0, []),
    _en("62392", 0, [PUTIN_EN]),
    _en("62395", 0, [_p("Leo Bokeria", "x:bokeria"), PUTIN_EN, _p("Leo Bokeria", "x:bokeria")]),
    _en("62404", 0, [PUTIN_EN]),
    _en("62404", 1, [_p("Matviyenko", "x:matviyenko"), _p("Volodin", "x:volodin")]),
    _en(
        "62527",
        0,
        [_p("Sauli Niinistö", "x:niinisto"), PUTIN_EN, _p("Sauli Niinistö", "x:niinisto")],
    ),
    _en("62529", 0, [_p("Sooronbay Jeenbekov", "x:jeenbekov")]),
    _en("62534", 0, [_p("Nursultan Nazarbayev", "x:nazarbayev")]),
]

LUKASHENKO = _p("Александром Лукашенко", "x:lukashenko")
RAHMON = _p("Эмомали Рахмон", "x:rahmon")
TAMIM = _p("Тамимом Бен Хамадом Аль Тани", "x:tamim")
GERASIMOVYM = _p("Валерием Герасимовым", "x:gerasimov")
GERASIMOVA = _p("Валерия Герасимова", "x:gerasimov")
SECURITY_COUNCIL = [PUTIN_RU]

# kremlin.ru 2025: title + lead (seq 0) of every event of the CSV not in the tuning set.
UNITS += [
    _ru("76346", [_p("Игорем Кобзевым", "x:kobzev")]),
    _ru("76341", [_p("Ли Хи Ёном", None)]),
    _ru("76338", [PUTIN_RU]),
    _ru("76335", []),
    _ru("76334", [PUTINA_RU, _p("Умару Сиссоку Эмбало", "x:embalo")]),
    _ru(
        "76332",
        [_p("Амираном Муцоевым", "x:mutsoev"), PUTIN_RU, _p("Амираном Муцоевым", "x:mutsoev")],
    ),
    _ru("76331", [_p("Павла Зарубина", "x:zarubin")]),
    _ru("76468", [PUTIN_RU, RAHMON]),
    _ru("76465", [PUTINA_RU, _p("Эмомали Рахмоном", "x:rahmon")]),
    _ru(
        "76460",
        [
            PUTINA_RU,
            _p("Александра Лукашенко", "x:lukashenko"),
            _p("Эмомали Рахмона", "x:rahmon"),
            _p("Ильхамом Алиевым", "x:aliyev"),
        ],
    ),
    _ru("76459", SECURITY_COUNCIL),
    _ru(
        "76458",
        [_p("Николасом Мадуро", "x:maduro"), PUTIN_RU, _p("Николасом Мадуро", "x:maduro")],
    ),
    _ru(
        "76457",
        [_p("Николом Пашиняном", "x:pashinyan"), PUTINA_RU, _p("Николом Пашиняном", "x:pashinyan")],
    ),
    _ru(
        "76452",
        [
            _p("Мухаммедом Бен Сальманом Аль Саудом", "x:mbs"),
            PUTINA_RU,
            _p("Мухаммедом Бен Сальманом Аль Саудом", "x:mbs"),
        ],
    ),
    _ru("76450", [LUKASHENKO]),
    _ru("76448", [PUTINA_RU, LUKASHENKO]),
    _ru("76446", [PUTIN_RU, GERASIMOVA]),
    _ru("76442", [_p("Александром Цыбульским", "x:tsybulsky")]),
    _ru("76441", [PUTIN_RU]),
    _ru("76429", [PUTIN_RU]),
    _ru("76428", [_p("Дмитрием Махониным", "x:makhonin")]),
    _ru("76424", [PUTIN_RU]),
    _ru(
        "76422",
        [_p("Александром Вучичем", "x:vucic"), PUTINA_RU, _p("Александром Вучичем", "x:vucic")],
    ),
    _ru("76420", SECURITY_COUNCIL),
    _ru("76418", [PUTIN_RU]),
    _ru("76419", [PUTIN_RU]),
    _ru("76538", [PUTIN_RU]),
    _ru("76534", []),
    _ru("76526", []),
    _ru("76525", [PUTIN_RU]),
    _ru("76524", []),
    _ru(
        "76521",
        [
            _p("Мухаммедом Аль Нахайяном", "x:mbz"),
            PUTINA_RU,
            _p("Мухаммедом Бен Заидом Аль Нахайяном", "x:mbz"),
        ],
    ),
    _ru(
        "76519",
        [
            _p("Вениамином Кондратьевым", "x:kondratyev"),
            PUTIN_RU,
            _p("Вениамином Кондратьевым", "x:kondratyev"),
        ],
    ),
    _ru(
        "76516",
        [_p("Владимир Мединский", "x:medinsky"), _p("Карен Шахназаров", "x:shakhnazarov")],
    ),
    _ru("76513", [TAMIM, PUTINA_RU, TAMIM]),
    _ru("76505", SECURITY_COUNCIL),
    _ru(
        "76503",
        [
            PUTIN_RU,
            _p("Ильхаму Алиеву", "x:aliyev"),
            _p("Касым-Жомарту Токаеву", "x:tokayev"),
            _p("Садыру Жапарову", None),
            _p("Эмомали Рахмону", "x:rahmon"),
            _p("Сердару Бердымухамедову", None),
            _p("Шавкату Мирзиёеву", "x:mirziyoyev"),
        ],
    ),
    _ru("76497", [LUKASHENKO, PUTINA_RU, LUKASHENKO]),
    _ru("76488", [_p("Сергеем Ситниковым", "x:sitnikov")]),
    _ru("76489", [_p("Ахмеду Шараа", None)]),
    _ru("76484", []),
    _ru("76478", [_p("Ирина Гехт", "x:gekht")]),
    _ru("76479", [_p("Ириной Гехт", "x:gekht")]),
    _ru(
        "76477", [_p("Дональдом Трампом", "x:trump"), PUTINA_RU, _p("Дональдом Трампом", "x:trump")]
    ),
    _ru("76474", [PUTIN_RU]),
    _ru("76469", [PUTIN_RU, RAHMON, PUTIN_RU, RAHMON]),
    _ru("76564", SECURITY_COUNCIL),
    _ru(
        "76565",
        [
            _p("Реджепом Тайипом Эрдоганом", "x:erdogan"),
            PUTINA_RU,
            _p("Реджепом Тайипом Эрдоганом", "x:erdogan"),
        ],
    ),
    _ru("76559", [PUTIN_RU]),
    _ru("76560", []),
    _ru("76558", []),
    _ru("76557", [PUTIN_RU]),
    _ru("76556", [PUTIN_RU]),
    _ru("76555", [_p("Андреем Чибисом", "x:chibis")]),
    _ru("76554", [PUTIN_RU]),
    _ru("76553", [PUTIN_RU]),
    _ru("76552", []),
    _ru("76551", [PUTINA_RU]),
    _ru("76547", []),
    _ru(
        "76550",
        [
            _p("Олегом Николаевым", "x:nikolaev"),
            PUTIN_RU,
            _p("Олега Николаева", "x:nikolaev"),
            _p("Олега Николаева", "x:nikolaev"),
        ],
    ),
    _ru("76540", [_p("Евгений Солнцев", "x:solntsev"), PUTIN_RU]),
    _ru("76541", [_p("Денис Паслер", "x:pasler"), PUTIN_RU]),
    _ru(
        "76549",
        [_p("Евгением Солнцевым", "x:solntsev"), PUTIN_RU, _p("Евгения Солнцева", "x:solntsev")],
    ),
    _ru(
        "76548", [_p("Денисом Паслером", "x:pasler"), PUTIN_RU, _p("Денисом Паслером", "x:pasler")]
    ),
    _ru("76542", [PUTIN_RU]),
    _ru("76536", [PUTIN_RU]),
    _ru("76683", [PUTIN_RU]),
    _ru("76675", [_p("Стивеном Уиткоффом", None)]),
    _ru("76673", [PUTIN_RU]),
    _ru("76668", [_p("Виталием Мутко", "x:mutko"), _p("Виталий Мутко", "x:mutko")]),
    _ru(
        "76664",
        [
            _p("Светланой Чупшевой", "x:chupsheva"),
            PUTIN_RU,
            _p("Светланой Чупшевой", "x:chupsheva"),
        ],
    ),
    _ru(
        "76660",
        [
            _p("Андреем Воробьёвым", "x:vorobyov"),
            _p("Андреем Воробьёвым", "x:vorobyov"),
            PUTINA_RU,
        ],
    ),
    _ru("76658", [LUKASHENKO]),
    _ru(
        "76642",
        [
            _p("Сергеем Александровским", "x:aleksandrovsky"),
            PUTIN_RU,
            _p("Сергеем Александровским", "x:aleksandrovsky"),
        ],
    ),
    _ru(
        "76630",
        [_p("Ольгой Любимовой", "x:lyubimova"), PUTIN_RU, _p("Ольгой Любимовой", "x:lyubimova")],
    ),
    _ru(
        "76627",
        [_p("Вероникой Никишиной", "x:nikishina"), _p("Вероника Никишина", "x:nikishina")],
    ),
    _ru(
        "76616",
        [_p("Алексеем Цыденовым", "x:tsydenov"), PUTIN_RU, _p("Алексеем Цыденовым", "x:tsydenov")],
    ),
    _ru("76613", [_p("Андрей Кикоть", None)]),
    _ru("76612", [PUTIN_RU]),
    _ru("76608", [_p("Милорадом Додиком", None), PUTIN_RU, _p("Милорада Додика", None)]),
    _ru("76606", [_p("Ван И", "x:wang-yi"), PUTINA_RU, _p("Ван И", "x:wang-yi")]),
    _ru("76600", SECURITY_COUNCIL),
    _ru("76388", []),
    _ru("76574", [_p("Дмитрием Бакановым", "x:bakanov"), _p("Дмитрием Бакановым", "x:bakanov")]),
    _ru("76571", [PUTIN_RU]),
    _ru(
        "76567",
        [_p("Александром Дрозденко", "x:drozdenko"), _p("Александром Дрозденко", "x:drozdenko")],
    ),
    _ru(
        "76775",
        [
            _p("Кириллом", "x:kirill"),
            _p("Порфирием", "x:porfiry"),
            PUTIN_RU,
            _p("Кириллом", "x:kirill"),
            _p("Порфирием", "x:porfiry"),
        ],
    ),
    _ru("76772", []),
    _ru("76773", [PUTINA_RU, _p("Хейсамом Бен Тареком Аль Саидом", "x:haitham")]),
    _ru("76738", [PUTIN_RU]),
    _ru(
        "76737",
        [_p("Сирилом Рамафозой", "x:ramaphosa"), PUTINA_RU, _p("Сирилом Рамафозой", "x:ramaphosa")],
    ),
    _ru("76736", []),
    _ru("76735", [PUTIN_RU]),
    _ru("76731", [_p("Кириллу", "x:kirill"), _p("Кирилла", "x:kirill")]),
    _ru("76730", [PUTIN_RU]),
    _ru("76727", [GERASIMOVYM, GERASIMOVA]),
    _ru("76717", SECURITY_COUNCIL),
    _ru(
        "76713",
        [
            _p("Касым-Жомартом Токаевым", "x:tokayev"),
            PUTINA_RU,
            _p("Касым-Жомартом Токаевым", "x:tokayev"),
        ],
    ),
    _ru("76710", [_p("Аббасом Аракчи", None), PUTIN_RU, _p("Аббаса Аракчи", None)]),
    _ru("76702", [PUTINA_RU, TAMIM]),
    _ru(
        "76694",
        [
            PUTIN_RU,
            _p("Александром Труфановым", "x:trufanov"),
            _p("Еленой", None),
            _p("Сапир Коэн", None),
        ],
    ),
    _ru("76692", []),
    _ru("76690", [PUTIN_RU]),
    _ru("76685", [PUTIN_RU]),
    _ru("76834", [_p("Сейфом Аль Нахайяном", None)]),
    _ru("76833", [_p("Оливером Стоуном", None)]),
    _ru("76832", [PUTIN_RU]),
    _ru(
        "76828",
        [_p("Андреем Бочаровым", "x:bocharov"), PUTIN_RU, _p("Андреем Бочаровым", "x:bocharov")],
    ),
    _ru("76825", [LUKASHENKO, PUTINA_RU, LUKASHENKO]),
    _ru("76824", []),
    _ru("76823", [PUTIN_RU, _p("Александр Лукашенко", "x:lukashenko")]),
    _ru(
        "76816",
        [_p("Александром Бегловым", "x:beglov"), PUTIN_RU, _p("Александром Бегловым", "x:beglov")],
    ),
    _ru(
        "76813",
        [
            _p("Валентиной Матвиенко", "x:matviyenko"),
            PUTIN_RU,
            _p("Валентиной Матвиенко", "x:matviyenko"),
        ],
    ),
    _ru(
        "76812",
        [
            _p("Вячеславом Володиным", "x:volodin"),
            PUTIN_RU,
            _p("Вячеславом Володиным", "x:volodin"),
        ],
    ),
    _ru("76809", [PUTIN_RU]),
    _ru("76807", []),
    _ru("76805", []),
    _ru("76806", []),
    _ru("76800", [GERASIMOVYM, GERASIMOVA]),
    _ru("76797", [_p("Стивеном Уиткоффом", None)]),
    _ru("76796", []),
    _ru("76786", []),
    _ru("76781", [PUTIN_RU]),
]
