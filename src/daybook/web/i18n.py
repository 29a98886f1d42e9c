"""UI strings of the web site as data, in French and English, and the choice of language."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

UI_LANGUAGES = ("fr", "en")
DEFAULT_UI = "en"

CATALOG: Mapping[str, Mapping[str, str]] = {
    "en": {
        "site": "daybook",
        "tagline": "The public day of a head of state, from the official record",
        "calendar": "Calendar",
        "years": "Years",
        "search": "Search",
        "search_placeholder": 'négociation, "phrase", speaker:Poutine, from:2023-11-01',
        "day_title": "Day of {date}",
        "download": "Download this day",
        "digest_translated": "French digest (machine translation)",
        "read_here": "read it here",
        "events": "Events",
        "no_events": "No events.",
        "untimed": "—",
        "event": "Event",
        "participants": "Participants",
        "transcript": "Text",
        "photos": "Photos",
        "photo_credit": "Photo",
        "sources": "Sources",
        "tags": "Tags",
        "editorial": "Editorial insert, not part of the official record",
        "elision": "Passage omitted",
        "question": "Question",
        "answer": "Answer",
        "continued": "To be continued.",
        "other_languages": "Other languages",
        "person": "Person",
        "appearances": "Appearances",
        "roles": "Roles",
        "people": "People",
        "people_count": "{n} people",
        "people_filter": "Name (any script)",
        "role_filter": "Role",
        "sort_by": "Sort by",
        "sort_appearances": "appearances",
        "sort_name": "name",
        "sort_recent": "latest appearance",
        "apply": "Apply",
        "no_people": "Nobody matches. Try another spelling or clear the role.",
        "spellings": "Spellings",
        "also_known": "Also known as",
        "role_dates": "{first} to {last}",
        "by_month": "Appearances by month",
        "month": "Month",
        "count": "Events",
        "appears_with": "Appears most with",
        "shared_events": "{n} events together",
        "relation_mentioned": "named in the text",
        "api_docs": "API documentation",
        "endpoints": "Endpoints",
        "parameters": "Parameters",
        "responses": "Responses",
        "required": "required",
        "search_expanded": "Also searched as",
        "search_literal": "search only for {term}",
        "search_person": "Person",
        "search_place": "Place",
        "search_from": "From",
        "search_to": "To",
        "search_sort": "Sort",
        "sort_relevance": "relevance",
        "sort_date": "date",
        "search_help": "Type words, a \"phrase\", or a filter such as person:Shoigu, "
                       "place:Sochi, from:2019-01-01.",
        "no_results_help": "Nothing found. Try fewer words, another spelling, a prefix "
                           "(negoc*), or remove a filter.",
        "results": "{n} event(s)",
        "results_at_least": "At least {n} event(s)",
        "count_all": "count them all",
        "no_results": "Nothing found.",
        "previous": "Previous",
        "next": "Next",
        "page": "Page {n}",
        "facets": "Refine",
        "kind": "Kind",
        "speaker": "Speaker",
        "place": "Place",
        "tag": "Tag",
        "language": "Language",
        "year": "Year",
        "feeds": "Feeds",
        "error": "Error",
        "not_found": "Not found",
        "bad_request": "Bad request",
        "api": "API",
        "day_of_event": "Day",
        "source_page": "source page",
        "license": "Licence",
        "relation_participant": "participant",
        "relation_speaker": "speaker",
        "relation_tagged": "mentioned",
        # Event pages, days and the calendar (times, gaps, contents, citations).
        "colon": ":",
        "not_found_text": "There is no such page here.",
        "format_txt": "text",
        "published_at": "published {time}",
        "published_note": "the time the source published the page, not when the event began",
        "began_at": "began {time}",
        "time_basis_note": "The time shown is when the source published the page, not when "
                           "the event began.",
        "day_link": "Day of {date}",
        "previous_day": "Previous day",
        "next_day": "Next day",
        "previous_gap": "previous day with events: {date}",
        "next_gap": "next day with events: {date}",
        "no_events_day": "No events on this day.",
        "announcements": "Announcements published that day",
        "timeline_label": "Timeline of the day",
        "untimed_events": "Without a clock time",
        "timeline_published": "open circles: the time the source published the page, "
                              "not when the event began",
        "contents": "Contents",
        "questions": "Questions",
        "speakers": "Speakers",
        "turns": "{n} turn(s)",
        "part_of": "Part {n} of {m}",
        "in_part": "part {n}",
        "paragraph_link": "Link to this paragraph",
        "cite": "Cite",
        "cite_event": "Cite this event",
        "cite_paragraph": "Cite this paragraph",
        "stable_url": "Stable address",
        "source_url": "Source",
        "accessed": "Accessed",
        "date": "Date",
        "title": "Title",
        "paragraph": "Paragraph {n}",
        "back_to_event": "Back to the event",
        "french_version": "French version",
        "original_version": "Original version",
        "machine_translation": "Machine translation",
        "lang_en": "English",
        "lang_fr": "French",
        "lang_ru": "Russian",
        "lang_es": "Spanish",
        "kind_interview": "interview",
        "kind_address": "address",
        "kind_visit": "visit",
        "kind_meeting": "meeting",
        "kind_call": "telephone conversation",
        "kind_videoconference": "videoconference",
        "kind_conference": "news conference",
        "kind_ceremony": "ceremony",
        "kind_trip": "trip",
        "kind_message": "message",
        "kind_statement": "statement",
        "kind_document": "document",
        "kind_announcement": "announcement",
        "kind_other": "other",
    },
    "fr": {
        "site": "daybook",
        "tagline": "La journée publique d'un chef d'État, d'après le compte rendu officiel",
        "calendar": "Calendrier",
        "years": "Années",
        "search": "Rechercher",
        "search_placeholder": 'négociation, "phrase", speaker:Poutine, from:2023-11-01',
        "day_title": "Journée du {date}",
        "download": "Télécharger cette journée",
        "digest_translated": "Le digest en français (traduction automatique)",
        "read_here": "le lire ici",
        "events": "Événements",
        "no_events": "Aucun événement.",
        "untimed": "—",
        "event": "Événement",
        "participants": "Participants",
        "transcript": "Texte",
        "photos": "Photos",
        "photo_credit": "Photo",
        "sources": "Sources",
        "tags": "Mots-clés",
        "editorial": "Ajout éditorial, hors du compte rendu officiel",
        "elision": "Passage omis",
        "question": "Question",
        "answer": "Réponse",
        "continued": "À suivre.",
        "other_languages": "Autres langues",
        "person": "Personne",
        "appearances": "Apparitions",
        "roles": "Fonctions",
        "people": "Personnes",
        "people_count": "{n} personnes",
        "people_filter": "Nom (toute écriture)",
        "role_filter": "Fonction",
        "sort_by": "Trier par",
        "sort_appearances": "apparitions",
        "sort_name": "nom",
        "sort_recent": "dernière apparition",
        "apply": "Appliquer",
        "no_people": "Personne ne correspond. Essayez une autre graphie ou retirez la fonction.",
        "spellings": "Graphies",
        "also_known": "Autres noms",
        "role_dates": "du {first} au {last}",
        "by_month": "Apparitions par mois",
        "month": "Mois",
        "count": "Événements",
        "appears_with": "Apparaît le plus avec",
        "shared_events": "{n} événements en commun",
        "relation_mentioned": "cité dans le texte",
        "api_docs": "Documentation de l’API",
        "endpoints": "Points d’accès",
        "parameters": "Paramètres",
        "responses": "Réponses",
        "required": "obligatoire",
        "search_expanded": "Recherché aussi sous",
        "search_literal": "chercher seulement {term}",
        "search_person": "Personne",
        "search_place": "Lieu",
        "search_from": "Du",
        "search_to": "Au",
        "search_sort": "Tri",
        "sort_relevance": "pertinence",
        "sort_date": "date",
        "search_help": "Tapez des mots, une «\u00a0phrase\u00a0» ou un filtre comme "
                       "person:Choïgou, place:Sotchi, from:2019-01-01.",
        "no_results_help": "Aucun résultat. Essayez moins de mots, une autre graphie, un "
                           "préfixe (négoc*) ou retirez un filtre.",
        "results": "{n} événement(s)",
        "results_at_least": "Au moins {n} événement(s)",
        "count_all": "les compter tous",
        "no_results": "Aucun résultat.",
        "previous": "Précédent",
        "next": "Suivant",
        "page": "Page {n}",
        "facets": "Affiner",
        "kind": "Type",
        "speaker": "Orateur",
        "place": "Lieu",
        "tag": "Mot-clé",
        "language": "Langue",
        "year": "Année",
        "feeds": "Flux",
        "error": "Erreur",
        "not_found": "Introuvable",
        "bad_request": "Requête invalide",
        "api": "API",
        "day_of_event": "Journée",
        "source_page": "page source",
        "license": "Licence",
        "relation_participant": "participant",
        "relation_speaker": "orateur",
        "relation_tagged": "mentionné",
        # Event pages, days and the calendar (times, gaps, contents, citations).
        "colon": "\u00a0:",
        "not_found_text": "Cette page n'existe pas ici.",
        "format_txt": "texte",
        "published_at": "publié à {time}",
        "published_note": "l’heure de publication de la page source, pas celle du début "
                          "de l’événement",
        "began_at": "commencé à {time}",
        "time_basis_note": "L'heure indiquée est celle de la publication de la page source, "
                           "pas celle du début de l'événement.",
        "day_link": "Journée du {date}",
        "previous_day": "Jour précédent",
        "next_day": "Jour suivant",
        "previous_gap": "jour précédent avec des événements\u00a0: {date}",
        "next_gap": "jour suivant avec des événements\u00a0: {date}",
        "no_events_day": "Aucun événement ce jour-là.",
        "announcements": "Annonces publiées ce jour-là",
        "timeline_label": "Chronologie de la journée",
        "untimed_events": "Sans heure",
        "timeline_published": "cercles vides : heure de publication de la page source, "
                              "pas heure de début de l'événement",
        "contents": "Sommaire",
        "questions": "Questions",
        "speakers": "Intervenants",
        "turns": "{n} intervention(s)",
        "part_of": "Partie {n} sur {m}",
        "in_part": "partie {n}",
        "paragraph_link": "Lien vers ce paragraphe",
        "cite": "Citer",
        "cite_event": "Citer cet événement",
        "cite_paragraph": "Citer ce paragraphe",
        "stable_url": "Adresse stable",
        "source_url": "Source",
        "accessed": "Consulté le",
        "date": "Date",
        "title": "Titre",
        "paragraph": "Paragraphe {n}",
        "back_to_event": "Retour à l’événement",
        "french_version": "Version française",
        "original_version": "Version originale",
        "machine_translation": "Traduction automatique",
        "lang_en": "anglais",
        "lang_fr": "français",
        "lang_ru": "russe",
        "lang_es": "espagnol",
        "kind_interview": "entretien",
        "kind_address": "allocution",
        "kind_visit": "visite",
        "kind_meeting": "réunion",
        "kind_call": "conversation téléphonique",
        "kind_videoconference": "visioconférence",
        "kind_conference": "conférence de presse",
        "kind_ceremony": "cérémonie",
        "kind_trip": "déplacement",
        "kind_message": "message",
        "kind_statement": "déclaration",
        "kind_document": "document",
        "kind_announcement": "annonce",
        "kind_other": "autre",
    },
}


def pick_ui(explicit: str | None, accept_language: str | None) -> str:
    """The UI language: ``?ui=`` if known, else the best Accept-Language match, else English."""
    if explicit in UI_LANGUAGES:
        return explicit
    best: tuple[float, str] | None = None
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                continue
        lang = tag.split("-")[0].lower()
        if lang in UI_LANGUAGES and (best is None or q > best[0]):
            best = (q, lang)
    return best[1] if best else DEFAULT_UI


def _typeset(lang: str, strings: Mapping[str, str]) -> dict[str, str]:
    """The strings in the language's typography (French: no-break spaces, ’)."""
    from daybook.web.typography import french

    return {k: french(v) if lang == "fr" and k != "search_placeholder" else v
            for k, v in strings.items()}


# The catalog as pages show it: typography applied once, at import.
TYPESET: Mapping[str, Mapping[str, str]] = {lang: _typeset(lang, s) for lang, s in CATALOG.items()}


def translator(ui: str) -> Mapping[str, str]:
    return TYPESET.get(ui, TYPESET[DEFAULT_UI])


def kind_label(kind: str, ui: str) -> str:
    """An event kind in the interface language ("meeting", "réunion")."""
    strings = translator(ui)
    return strings.get(f"kind_{kind}", kind)


def language_name(code: str, ui: str) -> str:
    """A language's name in the interface language ("anglais"), or its code."""
    return translator(ui).get(f"lang_{code}", code)


def month_name(month: str, ui: str, width: str = "LLLL") -> str:
    """A month ``YYYY-MM`` as the interface language writes it: "mai 2019", "May 2019"
    (``width="LLL"``: "sept. 2019", "Sep 2019")."""
    return _month_pattern(int(month[5:7]), ui, width).replace("2000", month[:4])


@functools.cache
def _month_pattern(number: int, ui: str, width: str) -> str:
    # Made by babel once per month of the year (~40 µs a call; a person of many years
    # lists hundreds of months), the year then put in.
    import datetime as dt

    from babel.dates import format_date

    label: str = format_date(dt.date(2000, number, 1), f"{width} y",
                             locale=ui if ui in UI_LANGUAGES else DEFAULT_UI)
    return label


def month_short(month: str, ui: str) -> str:
    return month_name(month, ui, "LLL")


# The library's error messages and remedies (search syntax, parameters, people), as the
# French pages say them: (English pattern, French text with the pattern's groups). The
# values quoted from the request or the query syntax (sort:date, a OR b) stay as written.
_NB = "\u00a0"
ERRORS_FR: tuple[tuple[str, str], ...] = (
    (r"(?P<f>\w+):(?P<v>.+) is not a date", "{f}:{v} n’est pas une date"),
    (r"(?P<f>\w+)=(?P<v>.+) is not a date", "{f}={v} n’est pas une date"),
    (r"(?P<f>\w+)=(?P<v>.+) is not a whole number from (?P<a>\d+) to (?P<b>\d+)",
     "{f}={v} n’est pas un nombre entier de {a} à {b}"),
    (r"(?P<f>\w+) is longer than (?P<n>\d+) characters", "{f} dépasse {n} caractères"),
    (r"lang=(?P<v>.+) is not a language", "lang={v} n’est pas une langue"),
    (r"a quotation mark is not closed", "un guillemet n’est pas fermé"),
    (r"unknown filter (?P<v>\S+)", f"filtre inconnu{_NB}: {{v}}"),
    (r"the filter (?P<v>\S+) has no value", "le filtre {v} n’a pas de valeur"),
    (r"unknown (?:order|sort) (?P<v>.+)", f"ordre inconnu{_NB}: {{v}}"),
    (r"unknown kind (?P<v>.+)", f"type d’événement inconnu{_NB}: {{v}}"),
    (r"unbalanced '\)'", f"«{_NB}){_NB}» sans «{_NB}({_NB}»"),
    (r"a '\(' is not closed", f"une «{_NB}({_NB}» n’est pas fermée"),
    (r"(?P<v>\S+) needs a term on each side", "{v} demande un terme de chaque côté"),
    (r"NOT cannot be an alternative of OR", "NOT ne peut pas être une alternative de OR"),
    (r"the query nests more than (?P<n>\d+) levels of \( or NOT",
     "la requête imbrique plus de {n} niveaux de ( ou de NOT"),
    (r"NOT needs a term after it", "NOT demande un terme après lui"),
    (r"the query has more than (?P<n>\d+) words", "la requête a plus de {n} mots"),
    (r"the prefix (?P<v>.+) is too short", "le préfixe {v} est trop court"),
    (r"more than one lang: filter", "plus d’un filtre lang:"),
    (r"a query cannot only exclude words", "une requête ne peut pas seulement exclure des mots"),
    (r"the query is longer than (?P<n>\d+) characters", "la requête dépasse {n} caractères"),
    (r"the query is empty", "la requête est vide"),
    (r"limit (?P<v>\S+) is out of range", "la limite {v} est hors bornes"),
    (r"offset (?P<v>\S+) is negative", "le décalage {v} est négatif"),
    (r"the search is too costly for this archive",
     "la recherche est trop coûteuse pour cette archive"),
    (r"the search index rejected the query: (?P<v>.+)",
     f"l’index de recherche a refusé la requête{_NB}: {{v}}"),
    (r"nobody under (?P<v>.+)", "aucune personne sous {v}"),
    (r"(?P<v>.+) has (?P<n>\d+) page\(s\) of appearances", "{v} a {n} page(s) d’apparitions"),
    (r"the list has (?P<n>\d+) page\(s\) of (?P<k>\d+)", "la liste a {n} page(s) de {k}"),
    (r"a search cannot only exclude words", "une recherche ne peut pas seulement exclure des mots"),
    (r"no such page", "pas de telle page"),
    (r"the archive could not answer", "l’archive n’a pas pu répondre"),
    # Remedies.
    (r"write dates as YYYY-MM-DD", "écrivez les dates AAAA-MM-JJ"),
    (r"use YYYY-MM-DD", "écrivez AAAA-MM-JJ"),
    (r"close the phrase with \"", f"fermez l’expression par{_NB}\""),
    (r"use one of (?P<v>.+), or put the words in quotes to search for them",
     "utilisez l’un de {v}, ou mettez les mots entre guillemets pour les chercher"),
    (r"write (?P<k>\w+):value or (?P=k):\"two words\"",
     "écrivez {k}:valeur ou {k}:\"deux mots\""),
    (r"remove it or add the matching '\('", f"retirez-la ou ajoutez la «{_NB}({_NB}»"),
    (r"add the matching '\)'", f"ajoutez la «{_NB}){_NB}» correspondante"),
    (r"remove some parentheses", "retirez des parenthèses"),
    (r"search for fewer words", "cherchez moins de mots"),
    (r"give at least (?P<n>\d+) letters before \*", "donnez au moins {n} lettres avant *"),
    (r"give one language: (?P<v>.+)", f"donnez une seule langue{_NB}: {{v}}"),
    (r"add a word(?: to search for)?: (?P<v>.+)", f"ajoutez un mot à chercher{_NB}: {{v}}"),
    (r"shorten it", "raccourcissez-la"),
    (r"type a word, a \"phrase\" or a filter",
     f"tapez un mot, une «{_NB}phrase{_NB}» ou un filtre"),
    (r"type a word or a filter", "tapez un mot ou un filtre"),
    (r"use fewer or longer words, or add filters",
     "utilisez moins de mots, ou de plus longs, ou ajoutez des filtres"),
    (r"quote unusual words", "mettez les mots inhabituels entre guillemets"),
    (r"search for the name, or see /people", "cherchez le nom, ou voyez /people"),
    (r"see /people", "voyez /people"),
    (r"follow the page links", "suivez les liens de pages"),
    (r"use 0 or more", "utilisez 0 ou plus"),
    (r"use (?P<a>\d+) to (?P<b>\d+)", "utilisez {a} à {b}"),
    (r"use one of (?P<v>.+)", "utilisez l’un de {v}"),
    (r"write (?P<v>.+)", "écrivez {v}"),
    (r"use (?P<v>.+)", "utilisez {v}"),
)
_ERRORS_FR = tuple((re.compile(p), fr) for p, fr in ERRORS_FR)


def _translate_part(text: str) -> str | None:
    for pattern, fr in _ERRORS_FR:
        m = pattern.fullmatch(text)
        if m is not None:
            # " or " between the values a remedy offers ("relevance or date").
            groups = {k: v.replace(" or ", " ou ") for k, v in m.groupdict().items()}
            return fr.format(**groups)
    return None


def error_text(text: str, ui: str) -> tuple[str, str]:
    """An error message, with its remedy in parentheses, in the interface language, and
    the language it is in: ``(text, "en")`` when the catalogue does not know it."""
    if ui == "en" or not text:
        return text, "en"
    # "message (remedy)": either may hold parentheses, so every split is tried.
    cut = text.find(" (") if text.endswith(")") else -1
    while cut > 0:
        message, remedy = _translate_part(text[:cut]), _translate_part(text[cut + 2:-1])
        if message is not None and remedy is not None:
            return f"{message} ({remedy})", ui
        cut = text.find(" (", cut + 1)
    whole = _translate_part(text)
    return (whole, ui) if whole is not None else (text, "en")
