"""Flattened kremlin.ru page text → blocks: frame, labels, furniture, Q&A, offsets."""

from __future__ import annotations

import datetime as dt
import re

from daybook.parsers.kremlin_text import (
    find_labels,
    norm,
    parse_flat_text,
    persons_tags,
    read_frame,
    see_also_spans,
)
from daybook.parsers.speakers import split_label

TITLE = "Встреча с губернатором Тверской области Игорем Руденей"
LEAD = "Владимир Путин провёл рабочую встречу с губернатором Тверской области."
TAIL = (
    " География Тверская область Темы Регионы Лица Руденя Игорь Михайлович"
    " Статус материала Опубликован в разделах: Новости , Выступления и стенограммы"
    " Дата публикации: 4 февраля 2025 года, 15:20 Ссылка на материал: kremlin.ru/d/76206"
    " Текстовая версия"
)


def page(
    body: str, *, title: str = TITLE, head: str = "4 февраля 2025 года 15:20 Москва, Кремль"
) -> str:
    return f"События {title} {LEAD} {head} {body}{TAIL}"


def spans(text: str, origin: str | None) -> tuple[int, int]:
    assert origin is not None
    m = re.search(r"chars (\d+)-(\d+)$", origin)
    assert m, origin
    return int(m.group(1)), int(m.group(2))


def test_frame_finds_body_dateline_and_tail() -> None:
    text = page("В.Путин: Добрый день!")
    frame = read_frame(text, title=TITLE, lead=LEAD, place="Москва, Кремль")
    assert text[frame.body_start : frame.body_end].strip() == "В.Путин: Добрый день!"
    assert frame.date_text == "4 февраля 2025 года"
    assert frame.clock == dt.time(15, 20)
    assert frame.sections == ("Новости", "Выступления и стенограммы")
    assert frame.published_text == "4 февраля 2025 года, 15:20"
    assert frame.boxes["Лица"] == "Руденя Игорь Михайлович"
    assert frame.boxes["География"] == "Тверская область"


def test_frame_without_title_falls_back_to_first_dateline() -> None:
    text = page("Текст.")
    frame = read_frame(text, place="Москва, Кремль")
    assert text[frame.body_start : frame.body_end].strip() == "Текст."
    assert frame.clock == dt.time(15, 20)


def test_announcement_header() -> None:
    text = page(
        "Состоится обсуждение.",
        head="Анонс на 7 − 10 мая 2025 года Добавить в Календарь Календари Яндекс iCal Google",
    )
    frame = read_frame(text, title=TITLE, lead=LEAD)
    assert frame.announced_text == "7 − 10 мая 2025 года"
    assert frame.clock is None
    assert text[frame.body_start : frame.body_end].strip() == "Состоится обсуждение."


def test_turns_split_at_initials_labels_without_colon_in_names() -> None:
    text = page("Вступление. В.Путин : Добрый день! С. Лавров: Спасибо. В.Путин: Хорошо.")
    res = parse_flat_text(text, title=TITLE, lead=LEAD, place="Москва, Кремль", where="row 1")
    got = [(b.type, b.speaker, b.text) for b in res.blocks]
    assert got == [
        ("paragraph", None, "Вступление."),
        ("turn", "В.Путин", "Добрый день!"),
        ("turn", "С. Лавров", "Спасибо."),
        ("turn", "В.Путин", "Хорошо."),
    ]
    for b in res.blocks:
        a, z = spans(text, b.origin)
        assert b.origin is not None and b.origin.startswith("row 1, chars ")
        assert norm(text[a:z]) == b.text


def test_tooltip_label_gives_role_and_note_is_dropped() -> None:
    body = (
        "В.Путин: Добро пожаловать! Д.Сассу-Нгессо Сассу-Нгессо Дени Президент Республики Конго"
        " (как переведено) : Благодарю. М.Диас-Канель Бермудес (как переведено) : Спасибо."
    )
    res = parse_flat_text(page(body), title=TITLE, lead=LEAD, place="Москва, Кремль")
    turns = [(b.speaker, b.role, b.text) for b in res.blocks]
    assert turns == [
        ("В.Путин", None, "Добро пожаловать!"),
        ("Д.Сассу-Нгессо", "Президент Республики Конго", "Благодарю."),
        ("М.Диас-Канель Бермудес", None, "Спасибо."),
    ]
    assert all(":" not in (s or "") and "перевед" not in (s or "") for s, _, _ in turns)


def test_full_name_labels_need_evidence() -> None:
    body = (
        "В.Путин: Начнём. Подчеркну: это важно. Патриарх Кирилл: Благодарю. Ван И (как"
        " переведено) : Спасибо. Самое главное: мир."
    )
    res = parse_flat_text(page(body), title=TITLE, lead=LEAD, place="Москва, Кремль")
    got = [(b.speaker, b.role, b.text) for b in res.blocks]
    assert got == [
        ("В.Путин", None, "Начнём. Подчеркну: это важно."),
        ("Кирилл", "Патриарх", "Благодарю."),
        ("Ван И", None, "Спасибо. Самое главное: мир."),
    ]


def test_generic_labels_are_questions_numbered_in_a_press_conference() -> None:
    body = (
        "Вопрос: Как дела? В.Путин: Хорошо. Реплика: Спасибо. Вопрос: А планы? В.Путин: Работать."
    )
    title = "Ответы на вопросы журналистов"
    res = parse_flat_text(page(body, title=title), title=title, lead=LEAD, place="Москва, Кремль")
    assert res.kind == "conference"
    got = [(b.type, b.speaker, b.number, b.text) for b in res.blocks]
    assert got == [
        ("question", None, 1, "Как дела?"),
        ("answer", "В.Путин", 1, "Хорошо."),
        # A remark inside an answer is a turn of the same pair, not a new question.
        ("turn", None, 1, "Спасибо."),
        ("question", None, 2, "А планы?"),
        ("answer", "В.Путин", 2, "Работать."),
    ]


def test_elision_continued_separator_and_see_also() -> None:
    body = (
        "В.Путин: Начало. Смотрите также Встреча с членами Совета законодателей 28 апреля 2025"
        " года Продолжение речи. <…> * * * Итог. Продолжение следует"
    )
    text = page(body)
    res = parse_flat_text(text, title=TITLE, lead=LEAD, place="Москва, Кремль")
    got = [(b.type, b.speaker, b.text) for b in res.blocks]
    assert got == [
        ("turn", "В.Путин", "Начало."),
        ("turn", "В.Путин", "Продолжение речи."),
        ("elision", None, "<…>"),
        ("separator", None, "* * *"),
        ("paragraph", None, "Итог."),
        ("paragraph", None, "Продолжение следует"),
    ]
    assert res.elided and res.continued
    assert all("Смотрите" not in b.text for b in res.blocks)


def test_see_also_box_stops_at_body_text() -> None:
    text = "А. Смотрите также Встреча с Евгением Солнцевым 26 марта 2025 года Это текст. Б"
    ((_, z),) = see_also_spans(text, 0, len(text))
    assert text[z:].strip() == "Это текст. Б"


def test_a_trips_undated_all_news_link_is_part_of_the_box() -> None:
    # 76557: a trip's box starts with "Все новости о поездке в ...", a link without a date.
    text = ("А. Смотрите также Все новости о поездке в Мурманск. Международный форум «Арктика –"
            " территория диалога» 27 марта 2025 года Рад вас всех приветствовать. Б")
    ((_, z),) = see_also_spans(text, 0, len(text))
    assert text[z:].strip() == "Рад вас всех приветствовать. Б"


def test_an_additional_materials_box_inside_the_body() -> None:
    # 76450, 76322: "Дополнительно" opens a box of links as "Смотрите также" does; the same
    # word in a sentence (76409) is body text; a body sentence with a date after a box item
    # (76419, "... 1 марта 2023 года, с июля ...") is no item.
    text = ("А. Дополнительно Список документов, подписанных в ходе визита А.Г.Лукашенко"
            " 13 марта 2025 года Обменялись мнениями. Дополнительно прорабатываем механизмы."
            " Дополнительно Встреча с сотрудниками фонда 6 марта 2025 года Центр был открыт"
            " 1 марта 2023 года, с июля он работает. Б")
    spans = see_also_spans(text, 0, len(text))
    assert [text[a:z].split()[1] for a, z in spans] == ["Список", "Встреча"]
    assert text[spans[0][1]:].startswith(" Обменялись мнениями. Дополнительно прорабатываем")
    assert text[spans[1][1]:].startswith(" Центр был открыт 1 марта 2023 года, с июля")


def test_a_councils_undated_news_box_inside_the_body() -> None:
    # 76222, 76525: "Дополнительно Новости Совета по науке и образованию" has no date; the
    # council's name runs in lower case (but for words of state) and the body goes on with
    # a capital. A council's news in a sentence is body text.
    text = ("А. Дополнительно Новости Совета по науке и образованию Хочу особо подчеркнуть."
            " Смотрите также Новости Совета Безопасности В.Путин: Добрый день."
            " Дополнительно Новости Военно-промышленной комиссии Российской Федерации"
            " Здания и кварталы. Дополнительно новости совета, как обычно. Б")
    spans = see_also_spans(text, 0, len(text))
    assert [text[a:z] for a, z in spans] == [
        "Дополнительно Новости Совета по науке и образованию",
        "Смотрите также Новости Совета Безопасности",
        "Дополнительно Новости Военно-промышленной комиссии Российской Федерации",
    ]


def test_tail_word_inside_body_is_not_a_box() -> None:
    body = "В.Путин: Смотрите также на Темы выступлений. Спасибо."
    text = page(body)
    frame = read_frame(text, title=TITLE, lead=LEAD, place="Москва, Кремль")
    assert "Спасибо." in text[frame.body_start : frame.body_end]


def test_labels_never_inside_prose_mentions() -> None:
    text = "В.Путин сказал: нет. Паслера Д.В. о прекращении: да. В 18:20 начнём."
    assert find_labels(text, 0, len(text)) == []


def test_junk_text_never_crashes() -> None:
    for junk in ("", ":", "::::", "В.: :", "Смотрите также", "<…>" * 3, "Статус материала"):
        parse_flat_text(junk)


def test_split_label_russian_initials_with_long_surname() -> None:
    # Additive rule in speakers.py: an initials label is all name, however many words.
    label = split_label("Х.Бен Тарек Аль Саид (как переведено)")
    assert (label.name, label.role, label.note) == ("Х.Бен Тарек Аль Саид", None, "как переведено")
    assert split_label("Президент России В.Путин").role == "Президент России"


def test_a_co_host_in_the_persons_box_answers_in_a_joint_news_conference() -> None:
    long = "Мы это обсудили подробно. " * 10
    body = (
        f"Н.Бреус: Александр Григорьевич, Владимир Владимирович, как санкции? В.Путин: {long}"
        f"А.Лукашенко: {long}В.Путин: {long}А.Лукашенко: Я это и имел в виду. "
        f"И.Ежов: А интеграция? В.Путин: {long}"
    )
    title = "Совместная пресс-конференция с Президентом Белоруссии Александром Лукашенко"
    text = page(body, title=title).replace(
        "Лица Руденя Игорь Михайлович", "Лица Лукашенко Александр Григорьевич Ещё 1")
    res = parse_flat_text(text, title=title, lead=LEAD, place="Москва, Кремль")
    got = [(b.type, b.speaker, b.number) for b in res.blocks]
    assert got == [
        ("question", "Н.Бреус", 1),
        ("answer", "В.Путин", 1),
        ("answer", "А.Лукашенко", 1),  # the co-host answers the question put to both
        ("answer", "В.Путин", 1),
        ("turn", "А.Лукашенко", 1),
        ("question", "И.Ежов", 2),
        ("answer", "В.Путин", 2),
    ]
    # The box's "show more" button is no person.
    assert persons_tags(res.frame) == ("Лукашенко Александр Григорьевич",)


def test_a_question_from_the_floor_is_numbered() -> None:
    body = "Вопрос из зала: Как дела? В.Путин: Хорошо."
    title = "Ответы на вопросы журналистов"
    res = parse_flat_text(page(body, title=title), title=title, lead=LEAD, place="Москва, Кремль")
    got = [(b.type, b.speaker, b.number) for b in res.blocks]
    assert got == [("question", None, 1), ("answer", "В.Путин", 1)]


def test_sailors_asking_on_a_visit_without_a_question_mark_are_a_session() -> None:
    # 76557: nobody gives the floor; crew members ask in turn, two of them by asking to be
    # told ("Хотелось бы ... узнать", "попросить рассказать") without "?".
    long = "Мы это обсудили подробно. " * 10
    body = (
        f"В.Путин: {long}"
        "М.Лакомкин: Уважаемый Владимир Владимирович! Какие планы развития флота? "
        f"В.Путин: {long}М.Лакомкин: Спасибо. В.Путин: Пожалуйста. "
        "И.Домнин: Хотелось бы, если это возможно, узнать из первых уст ход переговоров. "
        f"В.Путин: {long}"
        "А.Беляев: Хотелось бы поблагодарить Вас и попросить рассказать о том, что"
        f" планируется для закрытых городов. В.Путин: {long}"
    )
    title = "Владимир Путин посетил атомный подводный крейсер «Архангельск»"
    res = parse_flat_text(page(body, title=title), title=title, lead=LEAD, place="Мурманск")
    got = [(b.type, b.number) for b in res.blocks if b.type != "paragraph"]
    assert got == [("turn", None), ("question", 1), ("answer", 1), ("turn", 1), ("turn", 1),
                   ("question", 2), ("answer", 2), ("question", 3), ("answer", 3)]


def test_a_proposal_or_request_to_consider_is_still_no_question() -> None:
    long = "Мы это обсудили подробно. " * 10
    body = (
        f"А.Иванов: Прошу рассмотреть вопрос о строительстве школы. В.Путин: {long}"
        f"Б.Петров: Просим поддержать проект моста. В.Путин: {long}"
        f"В.Сидоров: Предлагаю продлить программу. В.Путин: {long}"
    )
    res = parse_flat_text(page(body), title=TITLE, lead=LEAD, place="Москва, Кремль")
    assert {(b.type, b.number) for b in res.blocks} == {("turn", None)}


def test_a_journalists_new_subject_after_the_answer_is_the_next_question() -> None:
    # 76331: "Кстати, ... Трамп заявил, что ..." puts the next question without "?"; a
    # comment on the answer stays a turn of its pair.
    long = "Мы это обсудили подробно. " * 10
    body = (
        f"П.Зарубин: Как Вам такая торговая политика? В.Путин: {long}"
        f"П.Зарубин: Это очень жёсткая политика. В.Путин: {long}"
        "П.Зарубин: Кстати, несколько минут назад Президент Трамп заявил, что США и Россия"
        " обсуждают крупные проекты. В.Путин: Да, такие проекты обсуждают. "
        "П.Зарубин: Спасибо огромное. В.Путин: Спасибо."
    )
    title = "Ответы на вопросы журналиста Павла Зарубина"
    res = parse_flat_text(page(body, title=title), title=title, lead=LEAD, place="Москва, Кремль")
    got = [(b.type, b.number) for b in res.blocks]
    assert got == [("question", 1), ("answer", 1), ("turn", 1), ("answer", 1),
                   ("question", 2), ("answer", 2), ("turn", 2), ("turn", 2)]


def test_labels_of_older_records_in_capitals_and_answers() -> None:
    # Labels written to probe the reader (not from a record): initials with the surname in
    # capitals ("В.ПУТИН:", older transcripts), "ВОПРОС:", an unnamed "Ответ:".
    long = "Мы долго это обсуждали и договорились по многим пунктам. " * 5
    text = (f"В.ПУТИН: Добрый день. ВОПРОС: Что дальше? В.ПУТИН: {long}"
            f"Вопрос: А потом? Ответ: {long}")
    got = [(b.type, b.number, b.speaker)
           for b in parse_flat_text(text, title="Интервью", kind="interview").blocks]
    assert got == [("turn", None, "В.Путин"), ("question", 1, None), ("answer", 1, "В.Путин"),
                   ("question", 2, None), ("answer", 2, None)]


def test_a_russian_role_label_with_a_particle_in_the_name() -> None:
    text = ("В.Путин: Спасибо. Президент Египта Абдель Фаттах ас-Сиси (как переведено):"
            " Благодарю.")
    blocks = parse_flat_text(text, title="Заявления для прессы").blocks
    assert [(b.speaker, b.role) for b in blocks] == [
        ("В.Путин", None), ("Абдель Фаттах ас-Сиси", "Президент Египта")]


def test_full_name_labels_of_older_records() -> None:
    # Probe labels: a name in capitals, a title before a full name, "Дж." of a "J"; an
    # agency in capitals before a colon ("МИД РФ:") is no speaker.
    text = ("ВЛАДИМИР ПУТИН: Добрый день. Президент России Владимир Путин: Ещё раз."
            " ДЖ.БУШ (как переведено): Спасибо. Дж.Байден: Да. Сказано так. МИД РФ: заявление.")
    got = [(b.speaker, b.role, b.text) for b in parse_flat_text(text, title="Встреча").blocks]
    assert got == [
        ("Владимир Путин", None, "Добрый день."),
        ("Владимир Путин", "Президент России", "Ещё раз."),
        ("Дж.Буш", None, "Спасибо."),
        ("Дж.Байден", None, "Да. Сказано так. МИД РФ: заявление."),
    ]


def test_initials_before_a_particle_and_a_surname() -> None:
    text = "В.Путин: Да. А.Ф.ас-Сиси (как переведено): Спасибо. М.бен Салман: Нет."
    got = [(b.speaker, b.text) for b in parse_flat_text(text, title="Заявления").blocks]
    assert got == [("В.Путин", "Да."), ("А.Ф.ас-Сиси", "Спасибо."), ("М.бен Салман", "Нет.")]


def test_a_rhetorical_question_inside_an_answer_opens_no_pair() -> None:
    body = ("Вопрос: Как дела? В.Путин: Хорошо. Многие спрашивают. Вопрос: почему так"
            " получилось? Ответ простой: так сложилось. Вопрос: А планы? В.Путин: Работать.")
    title = "Ответы на вопросы журналистов"
    res = parse_flat_text(page(body, title=title), title=title, lead=LEAD,
                          place="Москва, Кремль")
    assert [(b.type, b.number, b.speaker) for b in res.blocks] == [
        ("question", 1, None), ("answer", 1, "В.Путин"),
        ("question", 2, None), ("answer", 2, "В.Путин")]
    assert "Вопрос: почему так получилось?" in res.blocks[1].text


def test_a_role_with_lower_case_words_before_a_full_name_is_a_label() -> None:
    body = ("В.Путин: Как дела? Председатель Китайской Народной Республики Си Цзиньпин (как"
            " переведено): Хорошо. Генеральный секретарь ООН Антониу Гутерреш (как переведено):"
            " Благодарю. Президент Франции Эмманюэль Макрон заявил: да. Президент подчеркнул:"
            " это важно.")
    res = parse_flat_text(page(body), title=TITLE, lead=LEAD, place="Москва, Кремль")
    assert [(b.speaker, b.role, b.text) for b in res.blocks] == [
        ("В.Путин", None, "Как дела?"),
        ("Си Цзиньпин", "Председатель Китайской Народной Республики", "Хорошо."),
        ("Антониу Гутерреш", "Генеральный секретарь ООН",
         "Благодарю. Президент Франции Эмманюэль Макрон заявил: да. Президент подчеркнул:"
         " это важно."),
    ]


def test_a_question_the_principal_answers_himself_opens_no_pair() -> None:
    body = ("Вопрос: Как дела? В.Путин: Хорошо. Многие спрашивают. Вопрос: Почему так"
            " получилось? Ответ простой: так сложилось. Вопрос: А планы? В.Путин: Работать."
            " Вопрос: Можно ещё? Вопрос: А вы? В.Путин: Да.")
    title = "Ответы на вопросы журналистов"
    res = parse_flat_text(page(body, title=title), title=title, lead=LEAD,
                          place="Москва, Кремль")
    assert [(b.type, b.number, b.speaker) for b in res.blocks] == [
        ("question", 1, None), ("answer", 1, "В.Путин"),
        ("question", 2, None), ("answer", 2, "В.Путин"),
        ("question", 3, None), ("question", 4, None), ("answer", 4, "В.Путин")]
    assert "Вопрос: Почему так получилось? Ответ простой" in res.blocks[1].text
