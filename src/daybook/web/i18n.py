"""UI strings of the web site as data, in French and English, and the choice of language."""

from __future__ import annotations

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
        "results": "{n} event(s)",
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
        "results": "{n} événement(s)",
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


def translator(ui: str) -> Mapping[str, str]:
    return CATALOG.get(ui, CATALOG[DEFAULT_UI])
