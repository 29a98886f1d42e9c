"""English noun modifiers the engine says as a complement with "de", given the relational
adjective French uses (Larousse, Robert: the adjective "qui a rapport à"), where the source
has the modifier before a noun.

English stacks a noun before its head (*air transport*, *tax revenue*, *election campaign*);
the pivot writes the complement "transport d'air", "revenus d'impôt", "campagne d'élection",
where French says "transport aérien", "revenus fiscaux", "campagne électorale". The table
gives each modifier the complement the engine writes and the adjective's four forms; the
adjective takes the head's gender and number from Apertium's French analyser. A modifier may
be limited to the heads French joins it with (*gas*: "coopération gazière", not "moteur à
gaz"), or kept from the heads where French keeps the complement (*tax refund* "remboursement
d'impôt", *air pollution* "pollution de l'air", *election day* "jour du scrutin"). As many
complements change as the English has modifiers (in lower case: "Air Liquide" is a name);
none where an English adjective makes a compound with the modifier (*higher education*,
*natural gas*, *advanced technology*, *a high government award*): French says that
compound as a complement ("établissements d'enseignement supérieur").

Three stacks French says with a noun: *fire safety* "sécurité incendie" (was "sécurité de
feu"), *road accident(s)* "accident(s) de la route", *passenger* + noun "de passagers" (a
count noun's complement of kind in the plural: "le trafic de passagers", was "de passager").
"""

from __future__ import annotations

import re

from daybook.translate.gender import readings

__all__ = ["relational"]

# What follows an English modifier that is no head noun.
_NOT_HEAD_EN = (r"(?!(?:of|and|or|to|in|is|are|was|were|has|have|had|will|would|can|could|for|"
                r"with|on|at|by|from|into|that|which|who|as|than|the|a|an|this|these|it|its|"
                r"their|our|we|they|i|you|be|been|not|also|more|itself)\b)[a-z]")
# (English modifier, the complement the engine writes after "de", the adjective's forms
# (m sg, f sg, m pl, f pl), heads it may follow (None: any noun), heads it never follows).
_TABLE: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    (r"energy " + _NOT_HEAD_EN, r"énergie", "énergétique énergétique énergétiques énergétiques",
     None, r"transports?|transit|livraisons?|exportations?|importations?|économies?|flux"),
    (r"sports? " + _NOT_HEAD_EN, r"sports?", "sportif sportive sportifs sportives", None,
     r"ministère|minist[eè]re|ministre"),
    (r"environmental\b", r"l['’]environnement|environnement",
     "environnemental environnementale environnementaux environnementales", None,
     r"protection|protections|ministère|ministre|sécurité"),
    (r"trade (?:wars?|relations|ties|partners?|barriers|disputes|policy|cooperation|"
     r"agreements?|restrictions|conflicts?|fairs?|missions?)\b", r"commerce",
     "commercial commerciale commerciaux commerciales",
     r"guerres?|relations|liens|partenaires?|barrières|différends|politique|coopération|"
     r"accords?|restrictions|conflits?|foires?|missions?", None),
    (r"air " + _NOT_HEAD_EN, r"air", "aérien aérienne aériens aériennes", None,
     r"pollution|qualité|température|armée|masses?|bulles?|pression|courants?|"
     r"conditionnement|conditionneurs?|climatisation"),
    (r"rail(?:way)? " + _NOT_HEAD_EN, r"voie|chemin de fer|voie ferrée|rail",
     "ferroviaire ferroviaire ferroviaires ferroviaires", None, r"ministère|ministre"),
    (r"tax " + _NOT_HEAD_EN, r"impôts?|taxes?", "fiscal fiscale fiscaux fiscales", None,
     r"remboursements?|crédits?|déclarations?|avis|taux|rythmes?|paiements?|montants?|hausses?"),
    (r"gas " + _NOT_HEAD_EN, r"gaz", "gazier gazière gaziers gazières",
     r"coopération|revenus|recettes|industrie|secteur|compagnies?|sociétés?|entreprises?|"
     r"projets?|marchés?|gisements?|géants?|partenariat", None),
    (r"education " + _NOT_HEAD_EN, r"éducation", "éducatif éducative éducatifs éducatives",
     r"institutions?|programmes?|projets?|plateformes?|activités?|services?|centres?|"
     r"technologies?|ressources?|initiatives?", None),
    (r"road " + _NOT_HEAD_EN, r"routes?", "routier routière routiers routières",
     r"trafic|transports?|réseaux?|infrastructures?|sécurité|construction|police|"
     r"circulation", None),
    (r"technology " + _NOT_HEAD_EN, r"technologies?",
     "technologique technologique technologiques technologiques",
     r"développement|solutions?|progrès|potentiel|parcs?|bases?|leadership|souveraineté|"
     r"innovations?|entreprises?|sociétés?|secteurs?|plateformes?|révolutions?|percées?|"
     r"capacités?|coopération|partenariat|chaînes?|avance|retard|dépendance|indépendance",
     None),
    (r"government " + _NOT_HEAD_EN, r"gouvernement",
     "gouvernemental gouvernementale gouvernementaux gouvernementales", None,
     r"chefs?|membres?|présidents?|présidence|siège|hôtel|maison|bâtiment|séance|session|"
     r"réunion|prix|récompenses?|distinctions?|heures?"),
    (r"migration " + _NOT_HEAD_EN, r"migrations?", "migratoire migratoire migratoires migratoires",
     None, r"services?|ministère|ministre"),
    (r"budget " + _NOT_HEAD_EN, r"budgets?", "budgétaire budgétaire budgétaires budgétaires",
     None, r"projets?|ministère|ministre|comité|commission"),
    (r"border " + _NOT_HEAD_EN, r"frontières?", "frontalier frontalière frontaliers frontalières",
     None, r"gardes?|postes?|points?|passages?|services?|troupes?"),
    (r"election " + _NOT_HEAD_EN, r"élections?", "électoral électorale électoraux électorales",
     None, r"jours?|journée|soirée|nuit"),
    (r"bank " + _NOT_HEAD_EN, r"banques?", "bancaire bancaire bancaires bancaires", None,
     r"directeurs?|présidents?|chefs?|dirigeants?|employés?|gouverneurs?|conseil|vol|vols"),
    (r"tourism " + _NOT_HEAD_EN, r"tourisme", "touristique touristique touristiques touristiques",
     None, r"ministère|ministre|office|agences?"),
    (r"family " + _NOT_HEAD_EN, r"familles?", "familial familiale familiaux familiales", None,
     r"membres?|noms?|médecins?|arbres?|réunions?|chefs?|photos?|albums?|fêtes?|maisons?"),
    (r"space " + _NOT_HEAD_EN, r"espace", "spatial spatiale spatiaux spatiales", None, None),
    (r"car " + _NOT_HEAD_EN, r"voitures?|autos?|automobiles?",
     "automobile automobile automobiles automobiles",
     r"industrie|secteur|marchés?|constructeurs?|fabricants?|production|usines?|entreprises?|"
     r"sociétés?|groupes?", None),
    (r"industry " + _NOT_HEAD_EN, r"industries?",
     "industriel industrielle industriels industrielles",
     r"entreprises?|événements?|sociétés?|groupes?|production|potentiel|secteurs?|"
     r"associations?|expositions?|salons?", None),
    (r"city " + _NOT_HEAD_EN, r"villes?", "urbain urbaine urbains urbaines",
     r"développement|transports?|infrastructures?|environnement|planification|économie|"
     r"espaces?|quartiers?|mobilité", None),
    (r"grain " + _NOT_HEAD_EN, r"grains?", "céréalier céréalière céréaliers céréalières",
     r"récoltes?|production|exportations?|marchés?|secteur|terminal|terminaux|cultures?", None),
)
_HEAD = r"[a-zà-ÿœæA-ZÀ-Ý][a-zà-ÿœæ]{2,}"
# Adjectives that make a compound with the modifier (*higher education institutions*
# "établissements d'enseignement supérieur", *natural gas*, *advanced technology exports*
# "exportations de technologies avancées", *a high government award*): the head's modifier
# is the compound, which French says as a complement.
_OWN_ADJECTIVE = "".join(f"(?<!{a[0]}{a[1:]} )(?<!{a[0].upper()}{a[1:]} )" for a in (
    "higher", "high", "general", "secondary", "vocational", "further", "primary", "preschool",
    "continuing", "digital", "natural", "liquefied", "atomic", "nuclear", "renewable",
    "alternative", "clean", "green", "advanced", "civil", "civilian", "military", "electronic",
    "information", "illegal", "labour"))
# The modifier in lower case: "Air Liquide" is a name.
_ENGLISH = re.compile(_OWN_ADJECTIVE + r"\b(?:" + "|".join(
    f"(?P<g{k}>{en})" for k, (en, *_) in enumerate(_TABLE)) + ")")
_RULES = tuple(
    (re.compile(r"(?:(?<=[LlDd]['’])|(?<![\w’'-]))(?P<head>" + (heads or _HEAD) + r") (?:de |d['’])"
                r"(?:" + fr + r")(?![\w’'-])(?! d[eu] (?:vent|soleil))"),
     tuple(adj.split()), re.compile(rf"^(?:{never})$", re.IGNORECASE) if never else None)
    for _en, fr, adj, heads, never in _TABLE)
# Words before a complement that are no noun it modifies ("plus d'énergie", "beaucoup de").
_NOT_HEAD = frozenset(("plus", "moins", "beaucoup", "peu", "assez", "trop", "tant",
                       "autant", "source", "sources", "production", "consommation",
                       "approvisionnement", "introduction", "prix", "fournisseurs",
                       "distribution", "quantité", "besoin", "besoins", "manque", "tonnes",
                       "mètres", "litres", "usage", "utilisation"))

# Stacks French says with a noun of its own (Robert & Collins).
_FIRE_EN = re.compile(r"\bfire safety\b", re.IGNORECASE)
_FIRE = re.compile(r"(?<![\w’'-])([Ss]écurité) (?:de feu|d['’]incendie)(?![\w’'-])")
_ROAD_EN = re.compile(r"\broad(?:[- ]traffic)? accidents?\b", re.IGNORECASE)
# not before an adjective or "de", which agreement would then give "route" ("accidents de route
# futurs" -> "de la route future")
_ROAD = re.compile(r"(?<![\w’'-])([Aa]ccidents?) de (?:route|circulation)(?![\w’'-])"
                   r"(?! (?!(?:dans|sur|à|en|et|ou|qui|que|ont|sont|est|a|ne)(?![\w’'-])|n['’])"
                   r"[a-zà-ÿ])")
_PASSENGER_EN = re.compile(r"\bpassenger (?:traffic|transport|transportation|volume|flows?|"
                           r"numbers|turnover|services?)\b", re.IGNORECASE)
_PASSENGER = re.compile(r"(?<![\w’'-])((?:[Tt]rafic|[Tt]ransports?|[Vv]olumes?|[Ff]lux|"
                        r"[Nn]ombre|[Ss]ervices?) )de passager(?![\w’'-])")


def _adjective(head: str, forms: tuple[str, ...]) -> str | None:
    """``forms``' member in ``head``'s gender and number; None when ``head`` is no noun."""
    read = [r for r in readings([head.lower()]).get(head.lower(), ()) if r.pos == "n"]
    if not read:
        return None
    genders = {r.gender for r in read}
    female = "f" in genders and "m" not in genders  # "manœuvre": n<mf> and n<f>
    plural = read[0].number == "pl" or (read[0].number == "sp" and head[-1] in "sx")
    return forms[2 * plural + female]


def relational(source: str, french: str) -> str:
    """ "le secteur d'énergie" -> "le secteur énergétique", "le transport d'air" -> "le
    transport aérien", "les revenus d'impôt" -> "les revenus fiscaux", "la campagne
    d'élection" -> "la campagne électorale" where the source has the English noun as a
    modifier ("energy sector", "air transport", "tax revenue", "election campaign"); "la
    sécurité de feu" -> "la sécurité incendie" (*fire safety*), "accidents de route" ->
    "accidents de la route", "trafic de passager" -> "trafic de passagers"."""
    budget: dict[int, int] = {}
    for m in _ENGLISH.finditer(source):
        k = int(next(name for name, text in m.groupdict().items() if text is not None)[1:])
        budget[k] = budget.get(k, 0) + 1
    for k, left in budget.items():
        pattern, forms, never = _RULES[k]
        for m in list(pattern.finditer(french)):
            head = m.group("head")
            if head.lower() in _NOT_HEAD or (never is not None and never.match(head)):
                continue
            adj = _adjective(head, forms)
            if adj is None:
                continue  # no noun ("plus d'énergie"): left as it is
            french = french.replace(m.group(0), f"{head} {adj}", 1)
            left -= 1
            if left <= 0:
                break
    if _FIRE_EN.search(source):
        french = _FIRE.sub(r"\1 incendie", french)
    if _ROAD_EN.search(source):
        french = _ROAD.sub(r"\1 de la route", french)
    if _PASSENGER_EN.search(source):
        french = _PASSENGER.sub(r"\1de passagers", french)
    return french
