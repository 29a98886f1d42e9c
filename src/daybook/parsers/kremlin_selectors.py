"""Selectors, class names and vocabularies of kremlin.ru and en.kremlin.ru, kept as data.

The two sites share one template; only the words differ. Everything a page reader needs to
know about the markup lives here, so a template change is a data change. XPath strings are
compiled lazily by the readers (``functools.cache``), never at import time.
"""

from __future__ import annotations

# --- Where things are -------------------------------------------------------------------


def has_class(name: str) -> str:
    """XPath test for a whole class name. The plain ``contains`` first is a cheap filter:
    libxml2 builds the normalised string only for the few elements that pass it, which
    makes these scans several times faster than the token test alone."""
    return (f"contains(@class, '{name}') and "
            f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")


# The article of an event page; older pages lack the ``article`` element, so fall back.
ARTICLE = (
    f"//article[{has_class('read__in')}]"
    f" | //div[{has_class('read__in')}]"
)
TITLE = ".//h1[contains(@class, 'entry-title')] | .//h1[contains(@class, 'read__top_title')]"
LEAD = f".//*[{has_class('read__lead')}]"
META = f".//*[{has_class('read__meta')}]"
PUBLISHED_TIME = ".//time[contains(@class, 'read__published')]"
CLOCK = f".//*[{has_class('read__time')}]"
PLACE = (
    f".//*[{has_class('read__place')}]"
    f" | .//*[{has_class('p-location')}]"
)
BODY = f".//div[{has_class('entry-content')}]"
TAG_COLUMNS = ".//div[contains(@class, 'read__tagscol')]"
STATUS = f".//div[{has_class('read__status')}]"

# Page furniture inside the article body: dropped before the text is read. Matched on
# whole class names.
FURNITURE_CLASSES: frozenset[str] = frozenset(
    {
        "slider",
        "media",
        "media__container",
        "read__cut",
        "cut",
        "masha-ignore",
        "hidden-copy",
        "read__bottommeta",
        "read__tooltip",
        "read__share",
        "read__tags",
        "read__tagscol",
        "read__status",
        "video__description",
        "share_material",
        "photoset",
        "hidden",
    }
)
FURNITURE_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "video",
        "audio",
        "iframe",
        "figure",
        "img",
        "form",
        "button",
        "svg",
        "object",
        "embed",
        "template",
    }
)

# Photos: slider slides on the event page, a single media box, and the photos.html grid.
SLIDE = f".//div[{has_class('slide')}]"
SLIDE_BLOCK = ".//div[contains(@class, 'slider__block')]"
MEDIA_BOX = f".//div[{has_class('media')}]"
MEDIA_TITLE = ".//*[contains(@class, 'media__title')]"
PHOTOSET_IMAGE = ".//img[contains(@class, 'photoset__image')]"
CREDIT_PREFIXES: tuple[str, ...] = ("Photo:", "Фото:", "Photo :", "Фото :")

# Listing pages (news/by-date/DD.MM.YYYY).
LISTING_ROOT = "//div[@id='events'] | //div[contains(@class, 'events')]"
LISTING_ITEM_CLASS = "hentry"
LISTING_HEADING_CLASS = "events__title"

# --- Words -----------------------------------------------------------------------------

SITE_NAMES: frozenset[str] = frozenset({"President of Russia", "Президент России"})
HOSTS: dict[str, str] = {"en.kremlin.ru": "en", "kremlin.ru": "ru", "www.kremlin.ru": "ru"}
PUBLISHERS: dict[str, str] = {"en": "en.kremlin.ru", "ru": "kremlin.ru"}
LICENSE = "CC BY 4.0"
# The site's clocks read Moscow time wherever the event is (G20 Osaka: BRICS meeting
# "05:00", held at 11:00 in Japan), so clock times are read in this zone first.
SITE_ZONE = "Europe/Moscow"

# Tag column headings → Tags field.
TAG_HEADINGS: dict[str, str] = {
    "geography": "geography",
    "география": "geography",
    "topics": "topics",
    "темы": "topics",
    "persons": "persons",
    "персоны": "persons",
}

# Lines of the publication status box.
SECTION_LABELS: tuple[str, ...] = (
    "Published in sections",
    "Published in section",
    "Опубликован в разделах",
    "Опубликован в разделе",
)
PUBLISHED_LABELS: tuple[str, ...] = ("Publication date", "Дата публикации")
UPDATED_LABELS: tuple[str, ...] = (
    "Last updated at",
    "Last updated",
    "Последнее изменение",
    "Последние изменения",
    "Дата последнего изменения",
)
ANNOUNCEMENT_WORDS: tuple[str, ...] = ("Announcement", "Анонс")
ANNOUNCEMENT_SECTIONS: frozenset[str] = frozenset({"announcements", "анонсы"})

CONTINUED_MARKERS: tuple[str, ...] = (
    "To be continued",
    "To be continued.",
    "Продолжение следует",
    "Продолжение следует.",
)
# Paragraphs that are only a separator.
SEPARATORS: frozenset[str] = frozenset({"* * *", "***", "* * * *", "—", "* *"})
# Elision marks as the site writes them ("<…>", "<...>").
ELISIONS: frozenset[str] = frozenset({"<…>", "<...>", "< … >", "<…>.", "[…]"})

# The principal, as labels name him; answers in a Q&A go to him.
PRINCIPAL_NAMES: frozenset[str] = frozenset(
    {"Vladimir Putin", "В.Путин", "Владимир Путин", "В. Путин",
     # older transcripts label him by initials in English too
     "V.Putin", "V. Putin", "V.V.Putin", "В.В.Путин",
     # "PRESIDENT PUTIN:", "Президент Путин:": the surname the label ends with
     "Putin", "Путин"}
)
# The head of state of 2008-2012: the principal of a page Putin does not speak on.
PAST_PRINCIPAL_NAMES: frozenset[str] = frozenset(
    {"Dmitry Medvedev", "D.Medvedev", "D. Medvedev", "Д.Медведев", "Дмитрий Медведев",
     "Д. Медведев", "Д.А.Медведев", "Medvedev", "Медведев"}
)

# fmt: off
MONTHS: dict[str, int] = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # Russian, genitive as dates are written ("9 февраля 2019 года") and nominative
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}
# fmt: on
