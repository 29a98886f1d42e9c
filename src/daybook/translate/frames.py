"""French grammar Apertium's word-by-word transfer misses, read with its French analyser.

After the engine, on every French text (``frames``), from each word's readings (``gender``'s
analyser and generator, kept running):

- a verb's frame: English "to" + infinitive came out "pour" or nothing; French governs "de"
  or "à" ("nous permet pour résoudre" -> "nous permet de résoudre", "avons décidé bâtir" ->
  "avons décidé de bâtir", "continuera approfondir" -> "continuera à approfondir"), and a
  modal takes the bare infinitive ("je voudrais à sincèrement vous féliciter" -> "je voudrais
  sincèrement vous féliciter");
- object pronouns before their verb: "dire vous que" -> "vous dire que", "J'ai dit vous" ->
  "Je vous ai dit", "Nous vous pouvons demander" -> "Nous pouvons vous demander";
- the adjectives French puts before the noun (bon, grand, nouveau, petit, vieux, beau,
  jeune, mauvais, gros, meilleur): "un essor bon" -> "un bon essor", "l'usine nouvelle" ->
  "la nouvelle usine", "cet accord nouveau" -> "ce nouvel accord";
- the subjunctive after "pour que", "afin que", "bien que", "il faut que"...: "de sorte que
  les personnes peuvent" -> "puissent".
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.french import BEFORE_VOWEL, VOWEL_START, elides, folded
from daybook.translate.gender import Reading, clause_tokens, generate, readings
from daybook.translate.verb_government import passive_purpose

_TOKEN = clause_tokens()
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")

# Verbs (and a noun) whose infinitive complement French opens with "de" / "à" (general
# French grammar; English says "to" for both).
INFINITIVE_DE = frozenset(("permettre", "décider", "essayer", "tenter", "proposer", "refuser",
                 "accepter", "promettre", "oublier", "cesser", "arrêter", "choisir",
                 "envisager", "prévoir", "efforcer", "demander", "conseiller", "ordonner",
                 "suggérer", "recommander", "craindre", "mériter", "éviter", "finir",
                 "terminer", "regretter", "empêcher", "persuader", "convaincre", "prier",
                 "interdire", "besoin", "charger", "risquer", "jurer", "offrir",
                 "planifier", "tâcher"))
INFINITIVE_A = frozenset(("aider", "continuer", "commencer", "inviter", "encourager", "chercher",
                "réussir", "apprendre", "hésiter", "parvenir", "inciter", "pousser",
                "contribuer", "viser", "appeler", "consister", "renoncer", "autoriser",
                "obliger", "exhorter", "habituer", "engager"))
# Nouns whose infinitive complement French opens with "de" (general French grammar: "la
# décision de bâtir", "une tentative de résoudre", "l'occasion de discuter"), which the
# pivot writes "pour" after English *to*.
_NOUNS_DE = frozenset(("décision", "tentative", "possibilité", "occasion", "intention",
                       "capacité", "droit", "nécessité", "volonté", "obligation", "honneur",
                       "plaisir", "idée", "proposition"))
# Verbs whose infinitive follows them bare ("je voudrais à remercier" is no French).
_MODALS = frozenset(("vouloir", "pouvoir", "devoir", "savoir", "falloir", "aller", "espérer",
                     "souhaiter", "préférer", "compter", "oser", "sembler"))
_CLITICS = frozenset(("me", "m'", "te", "t'", "se", "s'", "nous", "vous", "le", "la", "les",
                      "l'", "lui", "leur", "y", "en"))
# Object pronouns Apertium leaves after the verb (English order); never "le", "la", "les":
# after a verb they are mostly articles ("dire la vérité").
_LATE = frozenset(("vous", "nous", "me", "lui", "leur"))
# What may follow a pronoun left after its verb: a clause, a complement, the end.
_AFTER_LATE = frozenset(("que", "qu'", "sur", "de", "d'", "du", "des", "pour", "à", "au",
                         "aux", "comment", "combien", "ce", "si", ".", ",", ";", ":", "!",
                         "?", "–", "—"))
_SUBJECTS = frozenset(("je", "j'", "il", "elle", "on", "nous", "ils", "elles"))
# Adverbs between a verb and its infinitive complement.
_BETWEEN = frozenset(("pas", "plus", "jamais", "aussi", "toujours", "également", "déjà",
                      "vraiment", "enfin", "encore"))

# Adjectives French puts before the noun; the form before a vowel ("nouvel accord").
_BEFORE = frozenset(("bon", "grand", "nouveau", "petit", "vieux", "beau", "jeune",
                     "mauvais", "gros", "meilleur"))
_DETS = frozenset(("le", "la", "l'", "les", "un", "une", "des", "du", "ce", "cet", "cette",
                   "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
                   "notre", "nos", "votre", "vos", "leur", "leurs", "autres", "d'autres",
                   "quelques", "plusieurs", "chaque", "certains", "certaines"))

# Conjunctions and phrases French follows with the subjunctive.
OPENER = frozenset(("pour", "afin", "bien", "quoi", "avant", "sans", "sorte", "condition",
                    "faut", "important", "nécessaire", "essentiel", "indispensable",
                    "souhaitable", "voudrais", "voulons", "voudrions", "veux", "souhaite",
                    "souhaitons",
                    # feelings ("Nous sommes heureux qu'il ait réuni"; Grevisse)
                    "heureux", "heureuse", "heureuses", "ravi", "ravie", "ravis", "ravies",
                    "content", "contente", "contents", "contentes", "fier", "fière", "fiers",
                    "fières"))
IMPERSONAL_BE = frozenset(("est", "était", "sera", "serait"))
# Adjectives of judgement or feeling after an impersonal "il est" ("Il est symbolique que le
# théâtre fête"; Grevisse § 1124): the subjunctive only after "est/était/sera/serait" (+ an
# adverb), never in a comparison ("aussi naturel que").
JUDGING = frozenset(("gratifiant", "encourageant", "réconfortant", "agréable", "rassurant",
                     "symbolique", "remarquable", "naturel", "surprenant", "frappant",
                     "regrettable", "inquiétant", "alarmant", "intéressant", "réjouissant",
                     "normal", "bon", "étonnant"))
_PERSON = {"je": ("p1", "sg"), "j'": ("p1", "sg"), "tu": ("p2", "sg"), "il": ("p3", "sg"),
           "elle": ("p3", "sg"), "on": ("p3", "sg"), "nous": ("p1", "pl"),
           "vous": ("p2", "pl"), "ils": ("p3", "pl"), "elles": ("p3", "pl"),
           "c'": ("p3", "sg"), "ce": ("p3", "sg"), "cela": ("p3", "sg"), "ça": ("p3", "sg")}

Token = tuple[int, int, str]


class _Text:
    """One text's tokens and their readings."""

    def __init__(self, text: str, reads: dict[str, tuple[Reading, ...]]) -> None:
        self.text = text
        self.toks: list[Token] = [(m.start(), m.end(), m.group(0))
                                  for m in _TOKEN.finditer(text)]
        self.reads = reads
        self.edits: list[tuple[int, int, str]] = []

    def low(self, i: int) -> str:
        return folded(self.toks[i][2]) if 0 <= i < len(self.toks) else ""

    def r(self, i: int) -> tuple[Reading, ...]:
        return self.reads.get(self.toks[i][2].lower(), ()) if 0 <= i < len(self.toks) else ()

    def gap(self, i: int) -> str:
        """What lies between token i and token i + 1."""
        return self.text[self.toks[i][1]:self.toks[i + 1][0]]

    def verbs(self, i: int) -> list[Reading]:
        return [x for x in self.r(i) if x.tags[:1] and x.tags[0] in _VERB]

    def infinitive(self, i: int) -> bool:
        """A verb's infinitive, not a noun after a determiner ("le pouvoir")."""
        if not any("inf" in x.tags for x in self.verbs(i)):
            return False
        return not (any(x.tags[:1] == ("n",) for x in self.r(i)) and self.low(i - 1) in _DETS)

    def governor(self, i: int) -> str | None:
        """ "de", "à" or "" (a modal) for a verb (or "besoin") that governs an infinitive."""
        reads = self.r(i)
        if any(x.tags[:1] == ("n",) and x.lemma in _NOUNS_DE for x in reads) and \
                self.low(i + 1) == "pour":
            return "de"  # "la décision pour bâtir" -> "la décision de bâtir"
        if any(x.tags[:1] == ("n",) for x in reads) and self.low(i - 1) in _DETS:
            return None  # "la demande", "l'aide": nouns
        for x in reads:
            if (x.tags[:1] == ("n",) and x.lemma == "besoin") or (x.tags[:1] == ("adj",) and \
                    x.lemma in ("heureux", "ravi", "fier", "content", "satisfait")):
                return "de"  # "heureux de vous voir"
            if x.tags[:1] == ("adj",) and x.lemma in ("prêt", "disposé"):
                return "à"  # "prêt à répondre"
            if not (x.tags[:1] and x.tags[0] in _VERB) or ("inf" in x.tags and i and \
                    self.low(i - 1) in ("de", "d'", "à", "pour")
                    and self.low(i - 2) != "train"):  # "en train de prévoir étendre"
                continue
            if x.lemma in INFINITIVE_DE and not passive_purpose(x.lemma, x.tags, self.low(i - 1),
                                                                self.low(i + 1)):
                return "de"
            if x.lemma in INFINITIVE_A:
                return "à"
            if x.lemma in _MODALS and x.tags[0] in ("vblex", "vbmod") and len(x.tags) > 1 \
                    and x.tags[1] not in ("pprs", "ger", "pp"):
                return ""  # never "devant" (*front*, read as "devoir")
        return None

    def edit(self, start: int, end: int, new: str) -> None:
        if all(end <= s or start >= e for s, e, _ in self.edits):
            self.edits.append((start, end, new))

    def written(self) -> str:
        out = self.text
        for start, end, new in sorted(self.edits, reverse=True):
            out = out[:start] + new + out[end:]
        return out


def _frame(t: _Text, i: int) -> None:
    """Verb i's infinitive complement with the preposition French governs."""
    want = t.governor(i)
    if want is None:
        return
    j = i + 1
    while t.low(j) in _BETWEEN and j < len(t.toks) - 1:
        j += 1  # "ne prévoyons pas pour créer", "prévoyons aussi pour ouvrir"
    p = j if t.low(j) in ("pour", "à") else None
    prep = t.low(j) if p is not None else None
    k = j + 1 if p is not None else j
    while t.low(k) in _CLITICS and k < len(t.toks) - 1:
        k += 1
    adverb = t.low(k).endswith("ment") and any(x.tags[:1] == ("adv",) for x in t.r(k))
    if adverb and prep is not None and want == "":
        k += 1  # "voudrais à sincèrement vous féliciter"
        while t.low(k) in _CLITICS and k < len(t.toks) - 1:
            k += 1
    if k >= len(t.toks) or not t.infinitive(k) or t.gap(i).strip():
        return
    if prep is None and want == "":
        return  # "je voudrais remercier": right as it is
    if prep == want or (prep == "à" and want == "de"):
        return  # "décidé à", "résolu à": French has both
    at = t.toks[j - 1][1]  # after the governor and the adverbs between
    nxt = j + 1 if p is not None else j
    if want == "":
        t.edit(at, t.toks[nxt][0], " ")
        return
    new = "d'" if want == "de" and VOWEL_START.match(t.toks[nxt][2]) else want + " "
    t.edit(at, t.toks[nxt][0], " " + new)


# Verbs that take "par" + infinitive ("commencer par remercier").
_PAR = frozenset(("commencer", "finir", "terminer"))


def _par(t: _Text, i: int) -> None:
    """English "to" of purpose said "par": "choses par parler" -> "choses à parler" after a
    noun, "sommes ici par parler" -> "pour parler" elsewhere."""
    if t.low(i) != "par" or i < 1 or i + 1 >= len(t.toks) or t.gap(i).strip():
        return
    k = i + 1
    while t.low(k) in _CLITICS and k < len(t.toks) - 1:
        k += 1
    if k >= len(t.toks) or not t.infinitive(k) or t.low(k) in ("devoir", "être"):
        return  # "par devoir": a noun
    if any(x.lemma in _PAR for x in t.verbs(i - 1)):
        return
    noun = any(x.tags[:1] == ("n",) for x in t.r(i - 1)) and (
        not t.verbs(i - 1) or t.low(i - 2) in _DETS or t.low(i - 2) in ("de", "d'"))
    word = ("à" if noun else "pour") if t.toks[i][2][0] == "p" else ("À" if noun else "Pour")
    t.edit(t.toks[i][0], t.toks[i][1], word)


# Nouns whose "que" opens a clause of its own ("le fait que"), not a relative.
_THAT_NOUNS = frozenset(("fait", "idée", "espoir", "certitude", "conviction", "sentiment",
                         "impression", "nouvelle", "pensée", "assurance", "garantie",
                         "condition", "sorte", "moment", "preuve", "signe", "crainte"))


def _relative_participle(t: _Text, i: int) -> tuple[str, int] | None:
    """Generator input for the participle agreed with its object "que" ("l'installation
    que vous avez vu" -> "vue", "la décision que le gouvernement a adopté" -> "adoptée"),
    and its token; None when nothing changes. The subject is a pronoun or a determiner and
    its noun."""
    if t.low(i) not in ("que", "qu'") or t.low(i - 1) in _THAT_NOUNS:
        return None
    if t.low(i + 1) in _PERSON:
        size = 1
    elif t.low(i + 1) in _DETS and any(x.tags[:1] == ("n",) for x in t.r(i + 2)) \
            and not t.verbs(i + 2):
        size = 2  # "que le gouvernement a adopté"
    else:
        return None
    if t.low(i + 3 + size) in _DETS:
        return None  # an object after the participle: "que" is no object
    if not any(x.lemma == "avoir" and len(x.tags) > 1 and x.tags[1] in ("pri", "pii", "fti",
                                                                         "cni")
               for x in t.verbs(i + 1 + size)):
        return None
    pps = [x for x in t.verbs(i + 2 + size) if "pp" in x.tags]
    nouns = [x for x in t.r(i - 1) if x.tags[:1] == ("n",)]
    if not pps or not nouns or t.gap(i - 1).strip() or (t.verbs(i - 1) and t.low(i - 2) not in (
            _DETS | {"de", "d'"})):
        return None  # "mesures" may be "mesurer": a noun after its determiner
    genders = {n.gender for n in nouns}
    numbers = {n.number for n in nouns}
    if len(genders) != 1 or len(numbers) != 1 or "mf" in genders or "sp" in numbers:
        return None
    gender, number = genders.pop(), numbers.pop()
    if (gender, number) == ("m", "sg"):
        return None
    x = pps[0]
    if x.gender == gender and x.number == number:
        return None
    return f"^{x.lemma}<{x.tags[0]}><pp><{gender}><{number}>$", i + 2 + size


def _late_pronoun(t: _Text, i: int) -> None:
    """ "dire vous que" -> "vous dire que", "ai dit vous" -> "vous ai dit"."""
    p = t.low(i)
    if p not in _LATE or (t.low(i + 1) not in _AFTER_LATE and i + 1 < len(t.toks)):
        return
    if t.gap(i - 1).strip() or i < 1:
        return
    if t.infinitive(i - 1) and t.low(i - 2) not in _CLITICS:
        t.edit(t.toks[i - 1][0], t.toks[i][1], f"{t.toks[i][2]} {t.toks[i - 1][2]}")
        return
    pp = any("pp" in x.tags for x in t.verbs(i - 1))
    # "ai déjà dit vous": an adverb between the auxiliary and the participle stays there.
    a = i - 3 if t.low(i - 2) in _BETWEEN and i >= 3 and not t.gap(i - 2).strip() else i - 2
    aux = [x for x in t.verbs(a) if x.lemma in ("avoir", "être") and "pp" not in x.tags
           and "inf" not in x.tags and len(x.tags) > 1]
    if not (pp and aux) or t.gap(a).strip() or t.low(a - 1) in _CLITICS - {"nous", "vous"}:
        return  # "nous l'avons dit": one object already
    start = t.toks[a][0]
    aux_word = " ".join(tok[2] for tok in t.toks[a:i - 1])
    before = t.text[t.toks[a - 1][0]:t.toks[a - 1][1]] if a >= 1 else ""
    if folded(before) == "j'" and t.toks[a - 1][1] == start:  # "J'ai dit vous"
        start = t.toks[a - 1][0]
        aux_word = f"{before[0]}e {t.toks[i][2]} {aux_word}"
        t.edit(start, t.toks[i][1], f"{aux_word} {t.toks[i - 1][2]}")
        return
    t.edit(start, t.toks[i][1], f"{t.toks[i][2]} {aux_word} {t.toks[i - 1][2]}")


def _final_object(t: _Text, i: int) -> None:
    """ "Je voudrais noter le." -> "Je voudrais le noter.": "le", "la", "les" left after an
    infinitive (English order, *to note it*) where no noun follows are its object, which
    French puts before it; before a noun they are articles ("noter la date")."""
    if t.low(i) not in ("le", "la", "les") or i < 1 or t.gap(i - 1).strip():
        return
    if i + 1 < len(t.toks) and t.low(i + 1) not in (".", "!", "?", ";", ":", ","):
        return
    if not t.infinitive(i - 1) or t.low(i - 2) in _CLITICS:
        return
    pronoun, verb = t.toks[i][2], t.toks[i - 1][2]
    if pronoun != "les" and elides(verb):  # "l'examiner"
        t.edit(t.toks[i - 1][0], t.toks[i][1], f"{pronoun[0]}'{verb}")
        return
    t.edit(t.toks[i - 1][0], t.toks[i][1], f"{pronoun} {verb}")


def _noun_for_me(t: _Text, i: int) -> None:
    """ "C'est un grand honneur pour moi pour faire" -> "pour moi de faire": a noun of
    ``_NOUNS_DE`` keeps its "de" after the person it is for."""
    if not (t.low(i + 1) == "pour" and t.low(i + 2) in ("moi", "nous", "vous", "lui", "eux",
                                                         "elle", "elles")
            and t.low(i + 3) == "pour" and t.infinitive(i + 4)):
        return
    if not any(x.tags[:1] == ("n",) and x.lemma in _NOUNS_DE for x in t.r(i)):
        return
    de = "d'" if VOWEL_START.match(t.toks[i + 4][2]) else "de "
    t.edit(t.toks[i + 3][0], t.toks[i + 4][0], de)


def _en_parler(t: _Text, i: int) -> None:
    """ "une occasion de le parler" -> "d'en parler", "nous les parlerons" -> "nous en
    parlerons": *talk about it*, *discuss it* (the pivot's "parler"); "parler" takes no
    direct object but a language ("parler le russe", an article)."""
    if t.low(i) not in ("le", "la", "les") or t.gap(i).strip():
        return
    if not any(x.lemma == "parler" and x.tags[1:2] != ("pp",) for x in t.verbs(i + 1)):
        return
    if t.low(i - 1) not in ("de", "à", "pour", "sans", "ne", "pas", *_SUBJECTS, "vous") \
            and not t.verbs(i - 1):
        return  # "Le parler local": the noun
    if t.low(i - 1) == "de" and not t.gap(i - 1).strip():
        t.edit(t.toks[i - 1][0], t.toks[i][1], t.toks[i - 1][2][0] + "'en")  # "d'en"
        return
    t.edit(t.toks[i][0], t.toks[i][1], "En" if t.toks[i][2][:1].isupper() else "en")


# What "parler" may take without "de": a language, the same language or jargon.
_SPOKEN = frozenset(("russe", "anglais", "français", "allemand", "chinois", "espagnol", "arabe",
                     "italien", "japonais", "turc", "ukrainien", "langue", "langues", "langage",
                     "même"))
_PARLER_DE = {"le": "du", "les": "des", "la": "de la", "l'": "de l'", "l’": "de l’"}


def _parler_de(t: _Text, i: int) -> None:
    """ "en parlant ces questions" (*discussing these issues*) -> "en parlant de ces
    questions", "avons parlé tous les aspects" -> "parlé de tous les aspects": "parler"
    takes "de" before what is talked about (not a language: "parler le russe")."""
    det = t.low(i + 1)
    if (det not in _DETS and det not in ("tous", "toutes")) or det in ("des", "du", "d'autres") \
            or t.gap(i).strip() or t.low(i + 2) in (*_SPOKEN, "peu"):  # "un peu"
        return
    if not any(x.lemma == "parler" for x in t.verbs(i)) or \
            any(x.tags[:1] == ("n",) for x in t.r(i)):
        return
    word = t.toks[i + 1][2]  # "de un" is elided with the rest (contractions)
    t.edit(t.toks[i + 1][0], t.toks[i + 1][1], _PARLER_DE.get(word.lower(), f"de {word}"))


def _tous(t: _Text, i: int) -> None:
    """ "Tout les autres pays" -> "Tous les autres pays", "tout les régions" -> "toutes les
    régions": *tout* before "les" is plural and takes the gender of the first noun after
    it (never "du tout" of a negation)."""
    if t.low(i) not in ("tout", "toute") or t.low(i + 1) != "les" or t.low(i - 1) == "du":
        return
    for k in range(i + 2, min(i + 5, len(t.toks))):
        nouns = [x for x in t.r(k) if x.tags[:1] == ("n",)]
        if nouns:
            word = "toutes" if all(x.gender == "f" for x in nouns) else "tous"
            t.edit(t.toks[i][0], t.toks[i][1], word.capitalize()
                   if t.toks[i][2][:1].isupper() else word)
            return


# A pronoun that is the subject of a verb in this person, never its object.
_AS_SUBJECT = {"vous": "p2", "nous": "p1"}


def _climbing(t: _Text, i: int) -> None:
    """ "Nous vous pouvons demander" -> "Nous pouvons vous demander", "beaucoup vous voulons
    voir" -> "voulons vous voir": a modal's object pronoun goes before the infinitive it
    belongs to."""
    c = t.low(i)
    if c not in _CLITICS - {"se", "s'", "y", "en"} or t.toks[i][2].endswith(("'", "’")):
        return
    if c == t.low(i - 1) or (t.low(i - 1) in _CLITICS and t.low(i - 1) not in _SUBJECTS):
        return
    modal = [x for x in t.verbs(i + 1) if x.lemma in _MODALS and len(x.tags) > 2
             and x.tags[1] in ("pri", "pii", "fti", "cni", "prs")]
    if not modal or not t.infinitive(i + 2):
        return
    if c in _AS_SUBJECT and any(x.tags[2] == _AS_SUBJECT[c] and "pl" in x.tags
                                for x in modal):
        return  # "vous pouvez demander": "vous" is the subject
    if c in ("le", "la", "les") and t.low(i - 1) not in _SUBJECTS:
        return  # "de la pouvoir" is no pronoun
    t.edit(t.toks[i][0], t.toks[i + 1][1], f"{t.toks[i + 1][2]} {t.toks[i][2]}")


# "être" in the present or imperfect -> (tense, person, number); "sommes en bâtissant" (*are
# building*) is "bâtissons".
_BE = {"suis": ("pri", "p1", "sg"), "est": ("pri", "p3", "sg"), "sommes": ("pri", "p1", "pl"),
       "êtes": ("pri", "p2", "pl"), "sont": ("pri", "p3", "pl"), "étais": ("pii", "p1", "sg"),
       "était": ("pii", "p3", "sg"), "étions": ("pii", "p1", "pl"),
       "étaient": ("pii", "p3", "pl")}


# What may open the object or adverbial after a progressive's verb.
_OBJECT_OPENS = frozenset(("tel", "telle", "tels", "telles", "chaque", "tout", "tous", "toute",
                           "toutes", "activement", "aujourd'hui", "maintenant"))


def _progressive(t: _Text, i: int) -> tuple[str, int, int] | None:
    """(generator input, first token, last token) for "sommes (pas) en bâtissant"."""
    be = _BE.get(t.low(i))
    if be is None:
        return None
    k = i + 1
    if t.low(k) in ("pas", "plus", "toujours", "maintenant", "déjà", "actuellement"):
        k += 1
    if t.low(k) != "en":
        return None
    gers = [x for x in t.verbs(k + 1) if x.tags[1:2] in (("ger",), ("pprs",))]
    if not gers or gers[0].lemma in ("être", "avoir") or t.low(i - 1) in (
            "c'", "ce", "ça", "cela", "n'"):
        return None  # "C'est en travaillant que": no progressive; "n'est" keeps its "n'"
    if t.low(k + 2) not in _DETS | _OBJECT_OPENS:
        return None  # "un thème qui est en défiant et": an adjective of English -ing
    x = gers[0]
    return f"^{x.lemma}<{x.tags[0]}><{be[0]}><{be[1]}><{be[2]}>$", i, k + 1


def _adjective(t: _Text, i: int) -> None:
    """DET NOUN ADJ -> DET ADJ NOUN for the adjectives French puts first."""
    if t.low(i - 2) not in _DETS or t.low(i + 1) in ("que", "qu'") or (t.low(i + 1) in (
            "et", "ou") and t.low(i + 2) not in _DETS):
        return  # "une ville grande et belle": both adjectives stay together
    adjs = [x for x in t.r(i) if x.tags[:1] == ("adj",) and x.lemma in _BEFORE]
    nouns = [x for x in t.r(i - 1) if x.tags[:1] == ("n",)]
    if not adjs or not nouns or any(x.tags[:1] == ("adj",) for x in t.r(i - 1)):
        return
    adj = next((a for a in adjs for n in nouns if _agree(a, n)), None)
    if adj is None or (t.gap(i - 2).strip() and t.low(i - 2) != "l'") or t.gap(i - 1).strip():
        return
    noun, word = t.toks[i - 1][2], t.toks[i][2]
    if adj.lemma in BEFORE_VOWEL and adj.gender != "f" and adj.number == "sg" and \
            VOWEL_START.match(noun):
        word = BEFORE_VOWEL[adj.lemma]
    det = t.toks[i - 2][2]
    low = folded(det)
    if low == "l'":
        det = ("la" if adj.gender == "f" else "le") if det[0] == "l" else (
            "La" if adj.gender == "f" else "Le")
    elif low == "cet" and adj.gender != "f":
        det = det[:2]
    elif low == "d'autres":
        det = det[:2] + "autres"
    elif low == "des" and i > 2 and not any(x.tags[:1] == ("n",) for x in t.r(i - 3)):
        det = det[0] + "e"  # "avons des bons résultats" -> "de bons" (not "de les")
    t.edit(t.toks[i - 2][0], t.toks[i][1], f"{det} {word} {noun}")


# Abstract nouns of public life French writes with their article where English has none
# ("to strengthen cooperation" -> "renforcer la coopération", "against terrorism" -> "contre le
# terrorisme"), after a verb or these prepositions; never after "de", "en", "sans", "avec",
# "par" (French has them bare there too: "en coopération", "sans paix").
_ARTICLE_NOUNS = frozenset(("coopération", "croissance", "développement", "sécurité",
                            "stabilité", "paix", "amitié", "interaction", "soutien",
                            "dialogue", "commerce", "investissement", "terrorisme",
                            "prospérité", "intégration", "démocratie", "souveraineté",
                            "compétitivité", "innovation", "extrémisme", "partenariat"))
_ARTICLE_AFTER = frozenset(("pour", "à", "sur", "contre", "vers", "dans", "entre"))
_BARE_VERBS = frozenset(("être", "avoir", "faire", "prendre", "mettre", "rendre", "donner",
                         "tenir", "perdre", "trouver", "porter", "demander"))


def _article(t: _Text, i: int) -> None:
    """ "pour renforcer coopération" -> "pour renforcer la coopération"."""
    w = t.toks[i][2]
    if w not in _ARTICLE_NOUNS or t.gap(i - 1).strip() or i < 1:
        return
    nouns = [x for x in t.r(i) if x.tags[:1] == ("n",) and x.lemma == w and x.number == "sg"]
    if not nouns or len({x.gender for x in nouns}) != 1 or nouns[0].gender == "mf":
        return
    before = t.low(i - 1)
    if before not in _ARTICLE_AFTER:
        verbs = [x for x in t.verbs(i - 1) if len(x.tags) > 1 and x.tags[1] in (
            "inf", "pri", "fti", "cni", "pii", "ifi", "prs")]
        if not verbs or any(x.lemma in _BARE_VERBS for x in verbs) or any(
                x.tags[:1] in (("n",), ("adj",)) for x in t.r(i - 1)):
            return
    if t.low(i + 1) in ("et", "ou", ",") and t.low(i + 2) not in _DETS:
        return  # "pour coopération et développement": a pair French may leave bare
    det = "l'" if VOWEL_START.match(w) else ("la " if nouns[0].gender == "f" else "le ")
    if before == "à" and det == "le ":
        t.edit(t.toks[i - 1][0], t.toks[i][1], ("A" if t.toks[i - 1][2][0] == "À" else "a")
               + "u " + w)
        return
    t.edit(t.toks[i][0], t.toks[i][1], det + w)


def _agree(a: Reading, n: Reading) -> bool:
    def fits(x: str, y: str, both: str) -> bool:
        return x == y or both in (x, y)

    return fits(a.gender, n.gender, "mf") and fits(a.number, n.number, "sp")


def _subjunctive(t: _Text, i: int) -> tuple[str, int] | None:
    """Generator input for the first finite verb after "que" opening a subjunctive clause
    at token i, or None."""
    if t.low(i) not in ("que", "qu'") or (t.low(i - 1) not in OPENER and not (
            t.low(i - 1) in JUDGING and IMPERSONAL_BE & {t.low(i - 2), t.low(i - 3)})):
        return None
    if t.low(i - 1) == "bien" and i > 1 and t.low(i - 2) not in (",", ";", ":", "et", "mais",
                                                                  ".", "–", "—", "("):
        return None  # "savons bien que", "aussi bien que": no concession
    for k in range(i + 1, min(i + 9, len(t.toks))):
        w = t.low(k)
        if w in (",", ".", ";", ":", "!", "?", "que", "qu'", "qui", "–", "—"):
            return None
        finite = [x for x in t.verbs(k) if len(x.tags) > 2 and x.tags[1] in ("pri", "fti")]
        if not finite:
            continue
        subject = t.low(k - 1)
        if subject in _CLITICS and k - 2 > i:
            subject = t.low(k - 2)
        person = _PERSON.get(subject, ("p3", ""))
        if subject not in _PERSON and any(x.tags[:1] in (("n",), ("adj",)) for x in t.r(k)):
            continue
        fit = [x for x in finite if x.tags[2] == person[0]
               and (not person[1] or person[1] in x.tags)]
        if not fit:
            return None
        x = fit[0]
        number = "pl" if "pl" in x.tags else "sg"
        return f"^{x.lemma}<{x.tags[0]}><prs><{x.tags[2]}><{number}>$", k
    return None


def frames(texts: Sequence[str]) -> list[str]:
    """Each French text with the rules above; one exchange with the analyser (and one with
    the generator) for all."""
    toks = [[m.group(0) for m in _TOKEN.finditer(t)] for t in texts]
    reads = readings(sorted({w.lower() for ts in toks for w in ts if w[:1].isalpha()}))
    if not reads:
        return list(texts)
    parsed = [_Text(t, reads) for t in texts]
    wanted: dict[tuple[int, int], str] = {}
    progressives: list[tuple[int, str, int, int]] = []
    for n, t in enumerate(parsed):
        for i in range(len(t.toks)):
            _frame(t, i)
            _late_pronoun(t, i)
            _final_object(t, i)
            _tous(t, i)
            _en_parler(t, i)
            _parler_de(t, i)
            _noun_for_me(t, i)
            _climbing(t, i)
            _adjective(t, i)
            _par(t, i)
            _article(t, i)
            if (got := _subjunctive(t, i)) is not None:
                wanted[(n, got[1])] = got[0]
            if (pp := _relative_participle(t, i)) is not None:
                wanted[(n, pp[1])] = pp[0]
            if (prog := _progressive(t, i)) is not None:
                progressives.append((n, *prog))
    forms = generate(sorted(set(wanted.values()) | {g for _, g, _, _ in progressives}))
    for n, g, first, last in progressives:
        if g in forms and not (parsed[n].low(first - 1) == "ne" and VOWEL_START.match(forms[g])):
            t = parsed[n]
            between = t.text[t.toks[first][1]:t.toks[last - 1][0]].split()  # "pas"
            t.edit(t.toks[first][0], t.toks[last][1], " ".join([forms[g], *between]))
    for (n, k), g in wanted.items():
        if g in forms:
            t = parsed[n]
            s, e, _ = t.toks[k]
            form = forms[g]
            if t.low(k - 1) == "c'" and t.toks[k - 1][1] == s:  # "c'est" -> "ce soit"
                s, form = t.toks[k - 1][0], t.toks[k - 1][2][0] + "e " + form
            t.edit(s, e, form)
    return [t.written() for t in parsed]
