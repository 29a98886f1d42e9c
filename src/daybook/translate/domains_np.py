"""The definite article of a domain of public life after a noun of action or of field.

English says "the development of agriculture", "the growth of trade", "the oil and gas
sector" with the domain's noun bare; Catalan and the pivot's French keep it bare ("le
développement d'agriculture", "la croissance de commerce", "le secteur de pétrole et de
gaz"), where French takes a domain, an activity or a field as a whole with the definite
article after such a noun (Grevisse, *Le Bon Usage* § 587, the article of a noun taken in
its whole extent; Robert: "le développement de l'agriculture", "le secteur de l'énergie"):
"le développement de l'agriculture", "la croissance du commerce", "le secteur du pétrole et
du gaz", "le développement des relations entre nos pays".

Only after the nouns of ``_HEADS`` (an action on a whole, or the field it stands in), never
after a noun that makes a classifying compound with a bare noun ("programme de coopération",
"niveau de sécurité", "questions de sécurité", "ministre de la Culture"); only the domain
nouns of ``_DOMAINS`` (a mass or abstract noun, or a plural always taken as a whole:
*relations*, *exports*), lower case (a capitalised word is a name), outside « » (a title
kept as written). A second domain after "et de" takes its article too ("du pétrole et du
gaz").
"""

from __future__ import annotations

import re

# Nouns of an action on a whole domain, or of the field it stands in (Robert's examples of
# each take the article: "le développement de l'industrie", "la protection de
# l'environnement", "l'histoire du cinéma", "dans le domaine de l'énergie").
_HEADS = ("développement", "renforcement", "promotion", "protection", "préservation",
          "sauvegarde", "diffusion", "dissémination", "propagation", "croissance",
          "modernisation", "essor", "expansion", "financement", "réforme", "relance",
          "numérisation", "histoire", "secteur", "sphère", "domaine", "avenir")
# Domains, activities and fields, with their gender ("p": a plural taken as a whole). Not a
# word with an adjective's reading ("numérique", "informatique"), nor a countable noun whose
# bare plural is indefinite ("projets", "centres").
_DOMAINS = {
    "agriculture": "f", "économie": "f", "industrie": "f", "culture": "f", "éducation": "f",
    "enseignement": "m", "science": "f", "santé": "f", "médecine": "f", "sport": "m",
    "tourisme": "m", "commerce": "m", "coopération": "f", "dialogue": "m", "énergie": "f",
    "environnement": "m", "extrémisme": "m", "terrorisme": "m", "démocratie": "f",
    "pêche": "f", "cinéma": "m", "cinématographie": "f", "pétrole": "m", "gaz": "m",
    "transport": "m", "aviation": "f", "recherche": "f", "stabilité": "f", "sécurité": "f",
    "paix": "f", "partenariat": "m", "amitié": "f", "intégration": "f",
    "investissement": "m", "entrepreneuriat": "m", "innovation": "f", "infrastructure": "f",
    "jeunesse": "f", "patrimoine": "m", "construction": "f", "élevage": "m",
    "littérature": "f", "musique": "f", "théâtre": "m", "métallurgie": "f", "chimie": "f",
    "corruption": "f", "criminalité": "f", "pauvreté": "f", "chômage": "m", "emploi": "m",
    "logement": "m", "concurrence": "f",
    "relations": "p", "exportations": "p", "importations": "p", "investissements": "p",
    "échanges": "p",
}
_NOUN = r"[a-zàâçéèêëîïôûùüÿœæ]+"
_HEADED = re.compile(rf"(?<![\w’'-])(?i:{'|'.join(_HEADS)})s? (?:de |d['’])(?P<noun>{_NOUN})"
                     rf"(?![\w’'-])")
_AND_DE = re.compile(rf" et (?:de |d['’])(?P<noun>{_NOUN})(?![\w’'-])")
_VOWEL = re.compile(r"[aeiouyàâéèêëîïôûh]")


def _with_article(noun: str) -> str:
    """ "agriculture" -> "de l'agriculture", "commerce" -> "du commerce", "relations" ->
    "des relations"."""
    gender = _DOMAINS[noun]
    if gender == "p":
        return f"des {noun}"
    if _VOWEL.match(noun):
        return f"de l'{noun}"
    return f"du {noun}" if gender == "m" else f"de la {noun}"


def _quoted(text: str, at: int) -> bool:
    return text.count("«", 0, at) > text.count("»", 0, at)


def domain_articles(_source: str, french: str) -> str:
    """ "le développement d'agriculture" -> "le développement de l'agriculture", "le secteur
    de pétrole et de gaz" -> "le secteur du pétrole et du gaz", "la croissance de commerce"
    -> "la croissance du commerce". The English is not read (a source rule's signature):
    the article is the French noun phrase's own."""
    if " de" not in french and " d" not in french:
        return french
    out: list[str] = []
    last = 0
    for m in _HEADED.finditer(french):
        noun = m.group("noun")
        if noun not in _DOMAINS or m.start() < last or _quoted(french, m.start()):
            continue
        start = m.start("noun") - (3 if french[m.start("noun") - 1] == " " else 2)
        out.append(french[last:start] + _with_article(noun))
        last = m.end()
        if (more := _AND_DE.match(french, last)) and more.group("noun") in _DOMAINS:
            out.append(" et " + _with_article(more.group("noun")))
            last = more.end()
    if not out:
        return french
    return "".join(out) + french[last:]
