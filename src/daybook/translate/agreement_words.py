"""The words ``agreement`` reads a clause by: forms of *être* and *avoir* with their number,
adverbs between a verb and its predicate, words that open a clause, prepositions of a
subject's complement, subject pronouns and the heads whose complement agrees."""

from __future__ import annotations

from daybook.translate.aux_forms import avoir

BE = {"est": "sg", "sont": "pl", "était": "sg", "étaient": "pl", "sera": "sg", "seront": "pl",
       "serait": "sg", "seraient": "pl", "soit": "sg", "soient": "pl", "fut": "sg",
       "furent": "pl", "reste": "sg", "restent": "pl", "demeure": "sg", "demeurent": "pl",
       "semble": "sg", "semblent": "pl", "devient": "sg", "deviennent": "pl",
       # the first person plural, whose "nous" gives the predicate its number
       "sommes": "pl", "étions": "pl", "serons": "pl", "serions": "pl", "soyons": "pl",
       "restons": "pl", "demeurons": "pl", "semblons": "pl", "devenons": "pl"}
# The pivot's progressive passive, *is being raised*: the participle agrees across it.
PROGRESSIVE_BE = (["en", "train", "d'", "être"], ["en", "train", "d’", "être"])
# "avoir" before "été" in the third persons and the first plural, in every tense.
_TENSES = ("present", "imperfect", "future", "conditional", "subjunctive")
HAVE = {form: "sg" for form in avoir(*_TENSES, persons=("3sg",))} | {
    form: "pl" for form in avoir(*_TENSES, persons=("1pl", "3pl"))}
# Verbs before an infinitive "être" whose subject its predicate agrees with.
MODALS = frozenset(("pouvoir", "devoir", "sembler", "paraître", "aller", "vouloir"))
FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs")
BETWEEN = frozenset(("pas", "plus", "très", "aussi", "également", "déjà", "toujours", "bien",
                      "encore", "désormais", "maintenant", "vraiment", "particulièrement",
                      "extrêmement", "tout", "si", "assez", "trop", "peu", "jamais"))
# Adverbs of degree between a noun and its adjective ("plus" is superlatives').
DEGREE = frozenset(("très", "si", "aussi", "particulièrement", "vraiment",
                     "extrêmement", "assez", "trop", "tout", "bien", "fort"))
# Words that may open the clause a subject starts: a subject's noun phrase comes right after.
OPENS = frozenset(("que", "qu'", "qu’", "et", "mais", "où", "car", "si", "quand", "lorsque",
                    "lorsqu'", "lorsqu’", "puisque", "puisqu'", "puisqu’", "donc", "ainsi",
                    "comme", "comment", "dont"))  # "comme la plupart des barrières sont fermées",
# "dont les résultats seront publiés"
OF = frozenset(("de", "d'", "d’", "du", "des"))
# Subject pronouns a predicate agrees with ("elle est arrivée"); "ils" gives its number
# only (the engine writes it for a feminine plural too), and so does "nous" ("nous sommes
# bien conscients", Grevisse § 431: the speaker's "nous" is plural; "vous" may be one
# person and is left alone).
PRONOUNS = {"elle": ("f", "sg"), "elles": ("f", "pl"), "ils": ("mf", "pl"),
            "nous": ("mf", "pl")}
THOSE = {"celle": ("f", "sg"), "celles": ("f", "pl"), "ceux": ("m", "pl"),
          "celui": ("m", "sg")}
# Heads whose complement after "de" the predicate agrees with.
COUNTING = frozenset(("plupart", "million", "millions", "milliard", "milliards", "millier",
                       "milliers"))
# Prepositions of a subject's complement before its verb ("Les améliorations dans le
# domaine financier sont évidentes"): read past like "de" when a determiner follows.
COMPLEMENTS = frozenset(("dans", "avec", "pour", "entre", "sur", "en", "contre", "envers"))
# Before a pronoun, what makes it no subject ("avec elle est").
PREPOSITIONS = frozenset(("à", "de", "d'", "d’", "avec", "pour", "sans", "par", "sur",
                           "chez", "contre", "vers", "entre", "envers", "selon"))
# Nouns of time that open a clause as an adverbial before a comma ("Cette année, la Russie
# et la Chine ont"): no part of a subject list.
TIME = frozenset(("an", "ans", "année", "années", "jour", "jours", "journée", "mois", "semaine",
                  "semaines", "matin", "soir", "nuit", "fois", "siècle", "décennie", "époque",
                  "période", "moment", "temps", "printemps", "automne", "hiver", "lundi",
                  "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
