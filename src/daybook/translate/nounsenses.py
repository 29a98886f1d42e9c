"""Nouns the pivot takes in a sense the English sentence does not have, put right by it.

eng-cat gives some English nouns one Catalan word only, or picks the wrong one of two, and
cat-fra writes its French: *partnership* "societat" -> "société", *conflict* "pugna" ->
"lutte", *gratitude* "agraïment" -> "remerciement", *body* (of the state) "ens" -> "entité",
*businesses* "negocis" -> "affaires", *leader* "cap" -> "chef" (or "rentre", when cat-fra
reads "cap" as a verb). Each entry below is one such noun: the English word in its sense,
the English words that would give the French word its own sense (then nothing changes), the
French the pivot wrote and the French noun of general usage (Petit Robert, TLFi: "un
partenariat stratégique", "un conflit armé", "exprimer sa reconnaissance", "les organes de
l'État", "les petites entreprises", "les dirigeants des deux pays"). The noun is swapped in
its number; determiners, adjectives and participles are agreed afterwards with the new
noun's gender (``gender.agree_texts`` runs after every source rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daybook.translate.french import LOWER, cased_like, elides
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.gender import readings
from daybook.translate.senses import TO_FEM, TO_MASC, regender

# After an elided article or "de" too ("l'entité", "d'entité").
_B = r"(?<![\w-])"


@dataclass(frozen=True)
class NounSense:
    """A noun of the English in one sense and the French the pivot wrote for it."""

    english: re.Pattern[str]  # the English word in this sense
    other: re.Pattern[str] | None  # English that gives the French word its own sense
    french: re.Pattern[str]  # the pivot's French: group 1 capital, group 2 plural "s"
    singular: str
    plural: str
    gender: str = ""  # "m" or "f" when the new noun's gender is not the pivot's


def _en(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _fr(stem: str, tail: str = "") -> re.Pattern[str]:
    """The French noun ``stem`` (its first letter either case), singular or plural."""
    return re.compile(_B + rf"([{stem[0].upper()}{stem[0]}]){stem[1:]}(s?)" + tail + _E)


# Bodies of the state, in the English phrases that name them (general English usage).
_STATE_BODY = (r"\b(?:government|state|executive|legislative|federal|regional|local|municipal|"
               r"law[\s-]enforcement|public|governing|advisory|supervisory|coordinating|"
               r"international|authori[sz]ed|relevant|competent|judicial|security|military|"
               r"command|control|power|UN|CIS|CSTO|SCO|EAEU|elected|representative|"
               r"self-government|intergovernmental|interstate|investigative|oversight|"
               r"regulatory)\s+bod(?:y|ies)\b|\bbod(?:y|ies)\s+of\s+(?:state|government|"
               r"power|authority|local|the\s+(?:state|government|executive))")

# *figures* who are people, and figures of number (general English usage).
_PEOPLE_FIGURES = (r"\b(?:public|state|political|cultural|religious|prominent|leading|"
                   r"well-known|famous|notable|historical|historic|business|sports?|literary|"
                   r"art|arts|spiritual|social|civic)\s+(?:and\s+\w+\s+)?figures?\b|"
                   r"\bfigures?\s+(?:from|in)\s+the\s+(?:world|fields?|spheres?)\s+of\b")
_NUMBER_FIGURES = (r"\b(?:the|this|that|these|those|official|final|preliminary|record|trade|"
                   r"sales|economic|budget)\s+figures?\b|\bfigures?\s+(?:show|were|was|are|"
                   r"is)\b|\bpre-\w+\s+figure|\d\s*%")

SENSES: tuple[NounSense, ...] = (
    # *partnership*: Catalan "societat" is a company or a society.
    NounSense(_en(r"\bpartnerships?\b"),
              _en(r"\b(?:societ(?:y|ies)|compan(?:y|ies)|corporations?|firms?|social)\b"),
              _fr("société"), "partenariat", "partenariats", "m"),
    # *conflict*: Catalan "pugna" is a fight ("lutte").
    # a *venue* (of an event): Catalan "local" is premises, a room; French "lieu" (Robert &
    # Collins, *venue*: "lieu (de rendez-vous)"): "le lieu d'un atelier", "d'un lieu à un
    # autre"; not where the English says *local* or *premises* (the adjective, the rooms).
    NounSense(_en(r"\bvenues?\b"), _en(r"\blocal(?:s|ly)?\b|\bpremises\b"),
              re.compile(_B + r"([Ll])oca(?:l|(ux))" + _E), "lieu", "lieux"),
    NounSense(_en(r"\bconflicts?\b"),
              _en(r"\b(?:struggl\w*|fight\w*|combat\w*|battl\w*|wrestl\w*|strife|counter\w*)\b"),
              _fr("lutte"), "conflit", "conflits", "m"),
    # *gratitude*: Catalan "agraïment" is the thanks one gives ("remerciement"); French
    # "reconnaissance" (cat-fra's word for Catalan "gratitud"; the analyser knows no
    # "gratitude", and the rules after this one agree with what it knows).
    NounSense(_en(r"\bgratitude\b"), _en(r"\bthank\w*\b"),
              _fr("remerciement"), "reconnaissance", "reconnaissances", "f"),
    # a *body* of the state: Catalan "ens" is any entity.
    NounSense(_en(_STATE_BODY), _en(r"\bentit(?:y|ies)\b|\bbod(?:y|ies)\s+of\s+water\b"),
              _fr("entité"), "organe", "organes", "m"),
    # *businesses*, *a business*: firms; "affaires" is business done ("d'affaires", "le
    # climat des affaires", the ministries' "Affaires" are not touched).
    NounSense(_en(r"\bbusinesses\b|\b(?:a|an|every|each|small|medium-sized|family|private|"
                  r"large|own|new)\s+business\b(?!\s+(?:community|communities|circles|climate|"
                  r"leaders?|people|trip|contacts|ties|relations|environment|activit\w+|forum|"
                  r"mission|delegation|dialogue|council|cooperation|partners?|representatives|"
                  r"sector|school|centre|center|class|plan|model|ombudsman|project))"),
              _en(r"\b(?:do|does|did|doing|done)\s+business\b|\bbusiness\s+as\s+usual\b|"
                  r"\baffairs?\b"),
              re.compile(r"(?<![\w’'-])(?<!d['’])(?<!climat des )(?<!monde des )(?<!milieux des )"
                         r"(?<!milieu des )(?<!ministère des )"
                         r"(a)ffaire(s?)(?! (?:étrangères|intérieures|courantes|publiques|"
                         r"sociales|de l['’]État|d['’]État)\b)" + _E),
              "entreprise", "entreprises"),
    # *head(s)*, *chief*, *leader(s)* before "of" + a place: Catalan "cap de" + a proper
    # noun is read by cat-fra as a cape ("les caps de la Russie", "le cap du Daghestan"); the
    # *leaders* entry below then says "dirigeants". Not where the English has a cape, a
    # course or a cap (a ceiling).
    NounSense(_en(r"\b(?:heads?|chiefs?|leaders?)\s+of\b"),
              _en(r"\b(?:capes?|course|heading|caps?|capped|ceiling)\b"),
              re.compile(r"(?<![\w’'-])([Cc])ap(s?)(?= (?:de |d['’]|du |des ))"),
              "chef", "chefs"),
    # *leader(s)*: Catalan "cap" is a head, a chief ("chef"); French calls the leaders of
    # states, parties and movements "dirigeants"; not a woman ("la chef") nor a cook, nor the
    # leader of a market or a race ("un leader mondial", "en tête").
    NounSense(_en(r"\bleaders?\b"),
              _en(r"\b(?:heads?|chiefs?|chefs?|bosses|boss|cooks?|commander\w*|conductors?|"
                  r"races?|rac\w+|championships?|rankings?|ratings?)\b|\b(?:world|global|market|"
                  r"industry|sector|technology|undisputed|recogni[sz]ed)\s+leaders?\b|"
                  r"\bleaders?\s+(?:in|among)\b"),
              re.compile(r"(?<![\w’'-])(?<!la )(?<!une )(?<!cette )([Cc])hef(s?)"
                         r"(?! (?:d['’]orchestre|cuisinier|de file|d['’]entreprise|"
                         r"d['’]État|de l['’]État|de gouvernement)\b)(?!-)" + _E),
              "dirigeant", "dirigeants"),
    # *head(s)*, *chief*, *leader(s)*: Catalan "cap(s)" read by cat-fra as the verb "cabre"
    # ("tu rentres de ministères", "et rentre de l'agence"); "tu" is the verb's subject.
    NounSense(_en(r"\b(?:heads?|chiefs?|leaders?)\b"),
              _en(r"\b(?:return\w*|enter\w*|fit|fits|fitted|back|home|retreat\w*)\b"),
              re.compile(r"(?<![\w’'-])(?:tu )?(r)entre(s?)(?= (?:de |d['’]|du |des ))"),
              "chef", "chefs"),
    # *holiday(s)*: a feast day, a celebration ("fête"; Petit Robert: "les fêtes de fin
    # d'année", "jour de fête"); eng-cat's "vacances" is time off work or school, kept
    # where the English says so.
    NounSense(_en(r"\bholidays?\b"),
              _en(r"\bvacations?\b|\bon\s+holiday\b|\b(?:summer|school|winter|spring|"
                  r"paid|annual|family|beach)\s+holidays?\b|\bholiday\s+(?:home|resort|"
                  r"season|makers?|trip|travel|tour\w*)\b"),
              _fr("vacance"), "fête", "fêtes"),
    # *head(s) of* a region, a republic: cat-fra writes "cap de" + a place as "chef-lieu"
    # (a region's administrative centre); not where the English speaks of a centre or a
    # capital.
    NounSense(_en(r"\bheads?\s+of\b"),
              _en(r"\b(?:capital|administrative\s+cent(?:re|er)|regional\s+cent(?:re|er))s?\b"),
              re.compile(r"(?<![\w’'-])([Cc])hef(s?)-lieux?" + _E),
              "chef", "chefs"),
    # *father(s)*: eng-cat's "mossèn" (a priest's title), which cat-fra writes "curé"; not
    # where the English speaks of a priest.
    NounSense(_en(r"\bfathers?\b"), _en(r"\b(?:priests?|clergy\w*|vicars?|curates?|"
                                        r"ordained|parish\w*)\b"),
              _fr("curé"), "père", "pères"),
    # *grandfathers*: Catalan "avis" is grandfathers and grandparents; cat-fra writes the
    # latter.
    NounSense(_en(r"\bgrandfathers\b"), _en(r"\bgrand(?:parents?|mothers?)\b"),
              re.compile(_B + r"([Gg])rands-parent(s)" + _E), "grand-père", "grands-pères"),
    # *faiths* (religions): Catalan "fes" (plural of "fe", faith), which cat-fra writes as
    # the plural of "fois" (times); French says "confessions" ("des représentants de
    # différentes confessions", Petit Robert). Not in a sentence that counts times.
    NounSense(_en(r"\bfaiths\b"), _en(r"\b(?:times?|once|twice|occasions?)\b"),
              re.compile(_B + r"([Ff])oi(s)" + _E), "confession", "confessions"),
    # *spring* (the season): eng-cat's "molla" (a coiled spring), which cat-fra writes
    # "mie" (of bread); not where the English has crumbs.
    NounSense(_en(r"\bspring\b"), _en(r"\bcrumbs?\b"),
              _fr("mie"), "printemps", "printemps", "m"),
    # a *launch* (of a rocket, a satellite, a plant): eng-cat's "llanxa" (a boat), which
    # cat-fra writes "barque"; French "lancement" (Petit Robert); not where the English has
    # a boat.
    # an *exchange* (of views, students, prisoners, documents): eng-cat's "canvi" (a
    # change), which cat-fra writes "changement"; French "échange" (Petit Robert); not in
    # a sentence that speaks of change, nor an *exchange rate* ("taux de change").
    NounSense(_en(r"\bexchanges?\b"), _en(r"\bchang\w*|\bexchange\s+rates?\b"),
              re.compile(_B + r"([Cc])hangement(s?)" + _E), "échange", "échanges"),
    NounSense(_en(r"\blaunch(?:es|ing)?\b"), _en(r"\b(?:boats?|motorboats?|vessels?|"
                                                  r"rowing|barges?|dinghy|dinghies)\b"),
              _fr("barque"), "lancement", "lancements", "m"),
    # *researchers*: eng-cat's "investigador" is also a police investigator, which cat-fra
    # writes "enquêteur"; French "chercheur" (Robert & Collins); not where the English has an
    # inquiry, the police or a survey.
    NounSense(_en(r"\bresearchers?\b"),
              _en(r"\b(?:investigat\w+|inquir(?:y|ies)|police|detectives?|prosecut\w+|"
                  r"polls?|pollsters?|surveys?|interview\w*|probes?)\b"),
              _fr("enquêteur"), "chercheur", "chercheurs", "m"),
    # *evidence* (proof): French "évidence" is what is obvious; "preuve(s)" (Robert &
    # Collins: *evidence* "preuves", *the best evidence of* "la meilleure preuve de"); not
    # "de toute évidence", "en évidence" (*obviously*, *highlight*).
    NounSense(_en(r"\bevidence\b"), _en(r"\b(?:obvious\w*|evident\w*|highlight\w*)\b"),
              re.compile(r"(?<![\w-])(?<!toute )(?<!en )([ÉéEe])vidence(s?)" + _E),
              "preuve", "preuves", "f"),
    # *audience* (people watching, listening): French "audience" is a hearing, an audience
    # granted, a share of viewers; "public" (Robert & Collins, Petit Robert); not where the
    # English has a hearing or an audience with someone.
    NounSense(_en(r"\baudiences?\b"),
              _en(r"\baudiences?\s+with\b|\b(?:hearings?|court|granted|ratings?|viewership|"
                  r"shares?)\b"),
              _fr("audience"), "public", "publics", "m"),
    # public, state, cultural *figures* (people): French "figure" is a face or a shape;
    # "personnalité" (Robert & Collins: *a public figure* "une personnalité"); not where
    # the English has figures of number.
    NounSense(_en(_PEOPLE_FIGURES), _en(_NUMBER_FIGURES),
              _fr("figure"), "personnalité", "personnalités", "f"),
    # the same *figures* read as numbers ("chiffres du monde de la culture").
    NounSense(_en(_PEOPLE_FIGURES), _en(_NUMBER_FIGURES + r"|\d"),
              _fr("chiffre"), "personnalité", "personnalités", "f"),
    # public, cultural *figures* read as characters of a story ("personnages publics").
    NounSense(_en(_PEOPLE_FIGURES), _en(_NUMBER_FIGURES + r"|\b(?:novels?|plays?|films?|"
                                        r"cartoons?|fairy|tales?|fiction\w*|stor(?:y|ies))\b"),
              _fr("personnage"), "personnalité", "personnalités", "f"),
    # a *station* that is no railway's ("LNG stations", "filling stations", "a space
    # station"): cat-fra's "gare" is a railway or a coach station; French "station"
    # (Petit Robert); *polling stations* "bureaux de vote", where eng-cat read *polling*
    # as a poll ("gares de requête").
    NounSense(_en(r"\bpolling\s+stations?\b"), None,
              re.compile(r"(?<![\w’'-])([Gg])are(s?) de (?:requête|sondage|scrutin)s?" + _E),
              "bureau de vote", "bureaux de vote", "m"),
    NounSense(_en(r"\b(?:LNG|gas|filling|petrol|fuel(?:ling)?|refuel(?:l)?ing|charging|pumping|"
                  r"compressor|research|space|orbital|weather|meteorological|radio|polar|"
                  r"Antarctic|Arctic|drifting|ski|service|seismic|monitoring)\s+stations?\b"),
              _en(r"\b(?:rail\w*|trains?|bus|coach|terminals?|metro|underground)\b"),
              _fr("gare"), "station", "stations"),
    # other *fields* (domains): French "champ" is a field of crops or of force; "domaine"
    # (Robert & Collins); not a football, oil or battle field.
    NounSense(_en(r"\bfields?\s+of\b|\b(?:other|various|different|many|all|these|those|"
                  r"new|related|several|numerous|certain|specific|key|priority|promising)\s+"
                  r"fields\b|\bin\s+(?:this|that|every|each|any)\s+field\b"),
              _en(r"\b(?:football|soccer|oil|gas|battle|sports?|playing|magnetic|wheat|"
                  r"corn|rice|potato|crops?|farm|green|open|condensate|mine|grass|ploughed|"
                  r"plowed|hockey|training)\s+fields?\b|\b(?:battlefields?|oilfields?|"
                  r"minefields?|deposits?|harvest\w*|wells?)\b"),
              _fr("champ"), "domaine", "domaines"),
    # *teachers*: eng-cat's "mestre" (a master, a schoolmaster), which cat-fra writes
    # "maître"; French "enseignant" (Robert & Collins); not where the English has masters.
    NounSense(_en(r"\bteachers?\b"), _en(r"\bmasters?\b|\bmaster['’]s\b"),
              re.compile(_B + r"([Mm])aître(s?)(?! (?:d['’]école|de conférences?)\b)" + _E),
              "enseignant", "enseignants", "m"),
    # *stars* (famous people): cat-fra's "astre" is a heavenly body; "vedette" (Robert &
    # Collins); not where the English speaks of the sky.
    NounSense(_en(r"\bstars?\b"),
              _en(r"\b(?:sky|skies|space|astronom\w*|galax\w*|planets?|constellations?|suns?|"
                  r"telescopes?|orbit\w*|Red Star|stars? of (?:Hero|the Order))\b"),
              _fr("astre"), "vedette", "vedettes", "f"),
    # a *feat* (of valour, of arms): eng-cat's "gesta", which cat-fra writes "geste" (an
    # epic); French "exploit" (Robert & Collins: *feat* "exploit, prouesse"); not a gesture.
    NounSense(_en(r"\bfeats?\b"), _en(r"\bgestures?\b|\bepics?\b"),
              _fr("geste"),
              "exploit", "exploits", "m"),
    # a *child*: eng-cat's "noi" (a boy in Valencian and Balearic Catalan, a child
    # elsewhere), which cat-fra writes "garçon"; French "enfant" (Robert & Collins); not
    # where the English has a boy or a son.
    NounSense(_en(r"\b(?:child|children|kids?)\b"),
              _en(r"\b(?:boys?|sons?|lads?|youngsters?|guys?)\b"),
              _fr("garçon"), "enfant", "enfants", "m"),
    # *pride* (in one's country, one's people): French "orgueil" is the sin, conceit;
    # "fierté" (Robert & Collins: *pride* "fierté; (arrogance) orgueil"; *the pride of*
    # "la fierté de"); not where the English speaks of arrogance or vanity.
    NounSense(_en(r"\bpride\b"), _en(r"\b(?:arrogan\w*|vanity|vain|hubris|conceit\w*|"
                                      r"haught\w*|prejudice|sin|sins|lions?)\b"),
              _fr("orgueil"), "fierté", "fiertés", "f"),
    # *talks* on a matter, under way: negotiations (Robert & Collins, *talks*: "négociations,
    # pourparlers"); other *talks* (held, during the talks) are the leaders' "entretiens";
    # not where the English has *discussion(s)*, the pivot's own "discussions".
    NounSense(_en(r"\btalks\s+(?:on|about|over|regarding|concerning)\b|\btalks\s+(?:are|were|is)"
                  r"\s+(?:underway|under\s+way|ongoing|in\s+progress|continuing)\b|"
                  r"\b(?:continue|resume|resumed|continued|continuing|resuming)\s+(?:the\s+)?"
                  r"talks\b"),
              _en(r"\bdiscussions?\b"),
              re.compile(_B + r"([Dd])iscussion(s)" + _E), "négociation", "négociations"),
    NounSense(_en(r"\btalks\b(?!\s+(?:show|shows)\b)"), _en(r"\bdiscussions?\b|\btalk\b"),
              re.compile(_B + r"([Dd])iscussion(s)" + _E), "entretien", "entretiens", "m"),
    # *residents* of a town, a region: "habitants" (Robert & Collins); "résidents" are
    # those with a right of residence, or the firms of a park or a special zone.
    NounSense(_en(r"\bresidents\b"),
              _en(r"\b(?:permanent|tax|foreign|non-?residents?|legal|residency|residence|"
                  r"parks?|technoparks?|zones?|Skolkovo|clusters?|incubators?|accelerators?|"
                  r"territor(?:y|ies)|port|SEZ|TORs?|companies|firms|startups?)\b"),
              re.compile(_B + r"([Rr])ésident(s)" + _E), "habitant", "habitants"),
    # *preparations* (for an event): "préparatifs" (Robert & Collins); not a chemist's
    # or a doctor's preparations.
    NounSense(_en(r"\bpreparations\b"),
              _en(r"\b(?:medicin\w*|pharmac\w*|drugs?|vitamins?|chemicals?|herbal|"
                  r"cosmetic\w*)\b"),
              # (*preparations for* "préparations pour" is ``government``'s "préparatifs de")
              re.compile(_B + r"([Pp])réparation(s)" + _E + "(?! pour)"), "préparatif",
              "préparatifs", "m"),
    # *matters* (of state, bilateral, international): "questions" (Robert & Collins,
    # *matter*: "affaire, question"; *bilateral matters* "les questions bilatérales"); the
    # pivot's "sujets" is a topic, kept where the English has a subject, a topic or a theme.
    NounSense(_en(r"\bmatters?\b"), _en(r"\b(?:subjects?|topics?|themes?)\b"),
              # (not *no matter what* "aucun sujet ce que", said "quoi que" later)
              re.compile(_B + r"(?<![Aa]ucun )([Ss])ujet(s?)" + _E), "question", "questions",
              "f"),
    # *vessels* (ships): eng-cat's "estris" (utensils), which cat-fra writes "ustensiles";
    # "navires" (Robert & Collins, *vessel*: "navire, vaisseau"); not blood vessels nor a
    # container.
    NounSense(_en(r"\bvessels?\b"), _en(r"\b(?:blood|containers?|kitchen\w*|cooking|pots?|"
                                        r"jars?|pressure|reactor)\b"),
              _fr("ustensile"), "navire", "navires"),
    # the *Speaker* of a parliament, a chamber: "président" (Robert & Collins, *Speaker*:
    # "président(e) de la Chambre"); cat-fra's "haut-parleur" is a loudspeaker.
    NounSense(re.compile(r"(?<!^)(?<![.!?]\s)\bSpeaker\b|\bspeakers?\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+)*"
                         r"(?:[Pp]arliament|[Hh]ouse|[Cc]ouncil|[Dd]uma|[Aa]ssembly|[Cc]hamber|"
                         r"[Ss]enate|[Mm]ajlis|[Kk]hural|[Ss]ejm)\b"),
              _en(r"\bloud-?speakers?\b|\bspeakers?\s+(?:system|volume|sound)\b"),
              _fr("haut-parleur"), "président", "présidents"),
    # a *kind* (a sort): eng-cat's "classe", which cat-fra keeps; French "genre" (Robert &
    # Collins, *kind*: "genre, sorte, espèce"; *of this kind* "de ce genre"); not where the
    # English has a class, a classroom or a grade.
    NounSense(_en(r"\bkinds?\s+of\b|\bof\s+(?:this|that|the\s+same|a\s+(?:\w+\s+)?|any|every|"
                  r"its|their)\s*kind\b"),
              _en(r"\bclass(?:es|room\w*|mates?|ified|ification)?\b|\b\w+-class\b|\bgrades?\b"),
              # (*what kind of* "quelle classe de" is ``markers``' "quel type de")
              re.compile(r"(?<![\w’'-])(?<![Qq]uelle )([Cc])lasse(s?)"
                         r"(?! de (?:classe|technologie))" + _E),
              "genre", "genres", "m"),
)
# *all kinds of* "toutes sortes de" (Robert & Collins); the pivot's "toutes (les) classes de"
# (or "genres", after the swap above).
_ALL_KINDS_EN = re.compile(r"\ball\s+(?:kinds|sorts)\s+of\b", re.IGNORECASE)
_ALL_KINDS = re.compile(r"(?<![\w’'-])([Tt])ou(?:tes|s|t) (?:les )?(?:classes|genres|sortes) "
                        r"(?:de |d['’]|des )")


# A determiner right before the noun, and the word right after it (an adjective to agree).
_DET = re.compile(r"(?:^|(?<=[^\w’'-]))(le|la|un|une|ce|cet|cette|du|de la|au|à la|son|sa|mon|ma|"
                  r"quel|quelle|aucun|aucune) $", re.IGNORECASE)
_BEFORE = re.compile(r"(?<![\w’'-])(" + _W + r") $")
_NEXT = re.compile(r" ((?:très |plus |si |assez )?" + _W + r")" + _E)
_AND_NEXT = re.compile(r" et ((?:très |plus )?" + _W + r")" + _E)
# (not after a quantity: "beaucoup de questions bilatérales")
_BARE_DE = re.compile(r"(?<![\w’'-])(?<!beaucoup )(?<!peu )(?<!tant )(?<!autant )(?<!plus )"
                      r"(?<!moins )(?<!trop )de $")
_REFLEXIVE = re.compile(r"( (?:se|s['’]) ?(?:sont|est|étaient|était|seront|sera) )(" + _W + r")"
                        + _E)


def _adjective(words: str, first: bool) -> bool:
    """An adjective or a participle ("eurasiatique", "plus grande"); right after the noun
    one the analyser also reads otherwise ("armée")."""
    word = words.rpartition(" ")[2]
    reads = readings([word]).get(word, ())
    test = any if first else all
    return bool(reads) and test(r.pos in ("adj", "pp") for r in reads)


_ELIDED = re.compile(r"(?<![\w’'-])([LlDd]|[Qq]u)['’]$")
_WHOLE = re.compile(r"(?<![\w’'-])(le|la|Le|La|de|De) $")
_TO_THE = re.compile(r"(?<![\w’'-])([àÀ]|[Dd]e) $")


def _elided(head: str, word: str, gender: str) -> str:
    """The article or "de" before a swapped noun, elided or not as the new noun starts
    ("l'audience" -> "le public", "à l'audience" -> "au public", "qu'enquêteurs" -> "que
    chercheurs", "le changement" -> "l'échange")."""
    if not elides(word) and (m := _ELIDED.search(head)):
        if m.group(1) not in "Ll":
            return head[:m.start()] + m.group(1) + "e "
        article = "le" if gender == "m" else "la" if gender == "f" else ""
        if not article:
            return head
        head = head[:m.start()]
        if article == "le" and (to := _TO_THE.search(head)):  # "à le" -> "au", "de le" -> "du"
            return head[:to.start()] + cased_like("au" if to.group(1) in "àÀ" else "du",
                                                  to.group(1)) + " "
        return head + cased_like(article, m.group(1)) + " "
    if elides(word) and (m := _WHOLE.search(head)):
        return head[:m.start()] + m.group(1)[0] + "'"
    return head


def _swap(sense: NounSense, french: str) -> str:
    out, at = [], 0
    for m in sense.french.finditer(french):
        word = sense.plural if m.group(2) else sense.singular
        if m.group(0).startswith("tu "):
            word = "les " + word  # "tu rentres de" -> "les chefs de"
        word = cased_like(word, m.group(1))
        head = _elided(french[at:m.start()], word, sense.gender)
        tail, end = "", m.end()
        if sense.gender:
            table = TO_MASC if sense.gender == "m" else TO_FEM
            if (adj := _BEFORE.search(head)) and (
                    made := regender(adj.group(1), sense.gender)):
                head = head[:adj.start(1)] + made + " "  # "de nouvelles" -> "de nouveaux"
            if (det := _DET.search(head)) and det.group(1).lower() in table:
                new = table[det.group(1).lower()].strip()
                new = "cet" if new == "ce" and word[:1] in "aeiouéèêh" else new
                head = head[:det.start(1)] + cased_like(new, det.group(1)) + " "
            # the adjectives after it: "la société eurasiatique plus grande"; not after a
            # bare "de" complement, whose adjective is its head's ("la séance de printemps
            # actuelle")
            while not _BARE_DE.search(head) and (nxt := _NEXT.match(french, end)) \
                    and _adjective(nxt.group(1), end == m.end()):
                made = regender(nxt.group(1), sense.gender, participles=True)
                tail, end = tail + " " + (made or nxt.group(1)), nxt.end()
            # a second adjective after "et" ("bilatérales et régionales")
            if tail and (nxt := _AND_NEXT.match(french, end)) and _adjective(nxt.group(1), False) \
                    and (made := regender(nxt.group(1), sense.gender, participles=True)):
                tail, end = tail + " et " + made, nxt.end()
            # a pronominal verb's participle after the noun, which ``agreement`` leaves
            # ("Les préparatifs se sont déroulées" -> "déroulés")
            if (refl := _REFLEXIVE.match(french, end)) and \
                    (made := regender(refl.group(2), sense.gender, participles=True)):
                tail, end = tail + refl.group(1) + made, refl.end()
        out.append(head + word + tail)
        at = end
    return "".join(out) + french[at:]


# *business* before a noun: eng-cat's "empresarial", which cat-fra writes "patronal" (of
# employers: "les syndicats patronaux"); French says "d'affaires" ("un forum d'affaires",
# "le Conseil d'affaires", "des plans d'affaires"), "des affaires" after the nouns of a whole
# ("le climat des affaires", "le monde des affaires"), "les gens d'affaires" for *business
# people*, "l'activité entrepreneuriale" for *business activity* (general French usage).
_BUSINESS_EN = re.compile(r"\bbusiness(?:es)?\s+[a-z]|\bbusinesspeople\b", re.IGNORECASE)
_EMPLOYER_EN = re.compile(r"\bemployers?\b", re.IGNORECASE)
_PATRONAL = re.compile(r"(?<![\w-])(?:(des|les|Des|Les) )?(" + _W + r") patrona(?:l|le|ux|les)"
                       + _E)
_OF_WHOLE = frozenset({"climat", "monde", "environnement", "milieu", "milieux"})


def _business(m: re.Match[str]) -> str:
    det, noun = m.group(1), m.group(2)
    lead = f"{det} " if det else ""
    if noun == "personnes":
        return f"{lead}gens d'affaires"
    if noun.startswith("activité"):
        return f"{lead}{noun} entrepreneuriale" + ("s" if noun.endswith("s") else "")
    return f"{lead}{noun} " + ("des affaires" if noun in _OF_WHOLE else "d'affaires")


# *holiday* in the singular: eng-cat's "vacances" has no singular, so the swap above gives
# "les fêtes" for *the holiday*; with no plural *holidays* (nor another word French says
# "fêtes") in the English, the noun, its determiner and its adjectives go to the singular.
_HOLIDAY_EN = re.compile(r"\bholiday\b", re.IGNORECASE)
_HOLIDAYS_EN = re.compile(r"\b(?:holidays|festivities|celebrations|feasts|festivals|parties|"
                          r"fêtes)\b", re.IGNORECASE)
_FETES = re.compile(r"(?<![\w’'-])(?:(les|des|aux|vos|nos|leurs|ces|mes|ses|tes|de|d['’]) )?"
                    r"((?:" + _W + r"s )?)([Ff])êtes" + _E, re.IGNORECASE)
_ONE = {"les": "la", "aux": "à la", "vos": "votre", "nos": "notre", "leurs": "leur",
        "ces": "cette", "mes": "ma", "ses": "sa", "tes": "ta"}
# "des" after a verb or a comma (an apposition) is the indefinite ("c'est des fêtes" -> "une
# fête"), else "de" + "les" ("à la veille des fêtes" -> "de la fête").
_VERB_BEFORE = re.compile(r"(?:, |(?<![\w-])(?:est|sont|était|sera|a|ont|avons|avez|aura|"
                          r"célébrons|célèbrent|fêtons) )$")


_FEMININE_ADJ = re.compile(r"(?:elle|ale|ique|aire|ive|ienne|euse)$")


def _one_holiday(source: str, french: str) -> str:
    """ "dans les fêtes professionnelles à venir" -> "dans la fête professionnelle à venir"
    where the English says *holiday* and never a plural of it (see above)."""

    def fix(m: re.Match[str]) -> str:
        det, adj, f = m.group(1), m.group(2), m.group(3)
        if det and det.lower() == "des":
            one = "une" if _VERB_BEFORE.search(french[:m.start()]) else "de la"
        elif det and det.lower() in ("de", "d'", "d’"):
            one = "de"
        else:
            one = _ONE.get(det.lower(), "") if det else ""
        if adj:  # an adjective before the noun ("les prochaines fêtes")
            word = adj.strip()
            adj = (word[:-1] if _adjective(word[:-1], True) else word) + " "
        one = cased_like(one, det) + " " if one else ""
        return one + adj + f + "ête"

    out = _FETES.sub(fix, french)
    # the adjectives after it: "fête professionnelles" -> "professionnelle"; the pivot's
    # "de" before an adjective of the feminine (Catalan "festa de professional"): "fête de
    # professionnelle" -> "fête professionnelle"
    return re.sub(r"(?<![\w’'-])([Ff]ête) (?:(de) )?(" + LOWER + r"+?)(s?)" + _E,
                  lambda m: m.group(0) if not _adjective(m.group(3), True) or (
                      m.group(2) and not _FEMININE_ADJ.search(m.group(3))) or (
                      not m.group(2) and not m.group(4))
                  else f"{m.group(1)} {m.group(3)}", out)


def _de(following: str) -> str:
    """ "de " or "d'" before ``following``."""
    return "d'" if elides(following.split(" ", 1)[0]) else "de "


def noun_senses(source: str, french: str) -> str:
    """Each noun of ``SENSES`` the English has in its sense, in French in that sense, and
    *business* before a noun "d'affaires" (not "patronal"); *in the spring* is
    ``prepositions``' ("dans le printemps" -> "au printemps")."""
    if _ALL_KINDS_EN.search(source):
        french = _ALL_KINDS.sub(lambda m: m.group(1) + "outes sortes "
                                + _de(french[m.end():]), french)
    for sense in SENSES:
        if sense.english.search(source) and not (sense.other and sense.other.search(source)):
            french = _swap(sense, french)
    if "êtes" in french and _HOLIDAY_EN.search(source) and not _HOLIDAYS_EN.search(source):
        french = _one_holiday(source, french)
    if "patrona" in french and _BUSINESS_EN.search(source) and not _EMPLOYER_EN.search(source):
        french = _PATRONAL.sub(_business, french)
    return french
