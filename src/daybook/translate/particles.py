"""English prepositions and *any* the Catalan pivot says word for word, put right where the
English sentence has them (after the engine, the English beside the French):

- *about* after a verb of speaking or thinking, "environ" (*approximately*): "parler environ
  le développement" -> "parler du développement", "nous pensons environ en simplifiant" ->
  "nous pensons à simplifier", "quelques mots environ tel impôt" -> "quelques mots sur tel
  impôt" (never before a figure: "environ 20 %");
- *work on*, "travailler dans" -> "travailler sur" (not where the English also works *in*);
- *any* in a negative clause, "n'importe quel": "sans n'importe quels problèmes" -> "sans
  aucun problème", "nous n'avons pas reçu n'importe quelle réponse" -> "nous n'avons reçu
  aucune réponse", "personne veut affronter n'importe quelles restrictions" -> "... aucune
  restriction", "n'ont pas restauré n'importe quoi" -> "n'ont rien restauré" (not *just any*).

Forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from daybook.translate.french import LOWER_WORD, VOWEL_START, folded
from daybook.translate.gender import Reading, clause_tokens, generate, readings

_TOKEN = clause_tokens()
_ABOUT_EN = re.compile(r"\b(?:talk|speak|spoke|think|thought|learn|know|knew|hear|heard|say|"
                       r"said|tell|told|dream|worr|care|complain|inform|remind|word|words|"
                       r"opinion|opinions|view|views|story|stories)\w*\s+(?:\w+\s+)?about\b",
                       re.IGNORECASE)
# The preposition a French verb or noun governs where English says *about*.
_ABOUT = {"parler": "de", "discuter": "de", "dire": "de", "rêver": "de", "savoir": "de",
          "apprendre": "de", "entendre": "de", "informer": "de", "inquiéter": "de",
          "penser": "à", "réfléchir": "à", "mot": "sur", "opinion": "sur", "avis": "sur",
          "vue": "sur", "histoire": "sur", "information": "sur"}
_HEADS = frozenset(("le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces",
                    "notre", "nos", "votre", "vos", "leur", "leurs", "son", "sa", "ses", "mon",
                    "ma", "mes", "tout", "tous", "toute", "toutes", "cela", "ça", "tel",
                    "telle", "tels", "telles", "quelques", "plusieurs", "nous", "vous", "eux",
                    "elle", "elles", "lui", "moi"))
_WORK_ON = re.compile(r"\bwork(?:s|ed|ing)?\s+(?:\w+\s+)?on\b", re.IGNORECASE)
_WORK_IN = re.compile(r"\bwork(?:s|ed|ing)?\s+(?:\w+\s+)?(?:in|within|inside)\b", re.IGNORECASE)
_TRAVAIL_DANS = re.compile(r"(?<![\w’'-])((?:[Tt]ravaill|[Tt]ravail)\w*(?: \w+ment| sans doute| "
                           r"aussi| encore| déjà| ensemble| ici| parfois| souvent| toujours)?) dans"
                           r"(?![\w’'-])")
_ANY_EN = re.compile(r"(?:\b(?:without|not|never|no|nobody|nothing)|n[’']t)\b[^.;:]*\bany",
                     re.IGNORECASE)
# *not just any*: "pas n'importe quel" is the French for it.
_JUST_ANY_EN = re.compile(r"\b(?:just|simply|merely)\s+any\b|\bany\s+old\b", re.IGNORECASE)
# The negative word the French clause already has ("pas" goes; "sans", "jamais" and "personne
# (ne)"/"rien (ne)" + verb stay: ``negations`` adds a missing "ne" after this), a participle
# or an infinitive after it, then "n'importe quoi" or "n'importe quel" + a noun and up to two
# words (the adjectives made singular with the noun).
_WORD_ANY = r"[a-zàâçéèêëîïôûùüÿœ-]+"
_ANY_FR = re.compile(r"(?<![\w’'-])(?:(sans|jamais|(?:[Pp]ersonne|[Rr]ien) (?:ne )?"
                     + LOWER_WORD + r")|(pas))((?: " + LOWER_WORD + r"(?:é|és|ée|ées|i|"
                     r"is|u|us|it|its|ert|erts|er|ir|re))?) n['’]importe (?:(quoi)|(quel|"
                     r"quelle|quels|quelles) (" + _WORD_ANY + r")((?: " + _WORD_ANY
                     + r"){0,2}))(?![\w’'-])")

_RELY_EN = re.compile(r"\b(?:rel(?:y|ies|ied|ying)|count(?:s|ed|ing)?)\s+(?:\w+\s+)?(?:up)?on\b",
                      re.IGNORECASE)
_CONFIER = re.compile(r"(?<![\w’'-])((?:[Cc]onfi|[Cc]ompt)[a-zéèêç]*)((?: \w+ment| toujours|"
                      r" aussi| encore| beaucoup)?) dans(?![\w’'-])")
_DEPEND_EN = re.compile(r"\bdepend(?:s|ed|ing)?\s+(?:\w+\s+)?(?:up)?on\b", re.IGNORECASE)
_DEPENDRE = re.compile(r"(?<![\w’'-])([Dd]épend[a-zéèêç]*(?: \w+ment| beaucoup| aussi)?) dans "
                       r"(le |les |l['’]|la |un |une )?")
_ON_EN = re.compile(r"\bon\s+(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|its?\b|our\b|"
                    r"their\b|your\b|his\b|her\b|behalf\b)[a-z]", re.IGNORECASE)
_OVER_EN = re.compile(r"\b(?:over|above|upstairs|overhead|on top)\b", re.IGNORECASE)
_CONGRATULATE_EN = re.compile(r"\bcongratulat\w*\b[^.;]*\bon\s+\w+ing\b", re.IGNORECASE)
# *on* before a bare noun or an -ing form: the pivot's adverb "damunt", "au-dessus".
_DESSUS = re.compile(r"(?<![\w’'-])au-dessus (?!de |du |des |d['’]|[.,;:!?)]|en |que |qu['’]|"
                     r"avec |[a-zéè]+ant )")  # "au-dessus en faisant": no good "sur" either
_DESSUS_ING = re.compile(r"(?<![\w’'-])au-dessus (?:en )?(" + LOWER_WORD + r"ant)(?![\w’'-])")

Token = tuple[int, int, str]


def _with(prep: str, head: str) -> str:
    """``prep`` ("de", "à", "sur") before ``head``, contracted as French writes it."""
    low = folded(head)
    if prep == "de" and low == "le":
        return "du"
    if prep == "de" and low == "les":
        return "des"
    if prep == "de" and low == "des":
        return "de"
    if prep == "à" and low == "le":
        return "au"
    if prep == "à" and low == "les":
        return "aux"
    if prep == "de" and VOWEL_START.match(head):
        return "d'" + head
    return f"{prep} {head}"


def _about(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    infs: dict[int, str] = {}
    for i, (_, _, word) in enumerate(toks):
        if folded(word) != "environ" or not i or i + 1 >= len(toks):
            continue
        gov = [r for r in reads.get(toks[i - 1][2].lower(), ()) if r.lemma in _ABOUT
               and r.pos in ("vblex", "n", "pp")]
        if not gov:
            continue
        prep = _ABOUT[gov[0].lemma]
        k = i + 1
        if folded(toks[k][2]) == "en":
            k += 1
        ger = [r for r in reads.get(toks[k][2].lower(), ()) if r.tags[1:2] == ("ger",)]
        if ger and prep != "sur":  # "penser environ en simplifiant" -> "penser à simplifier"
            infs[len(edits)] = f"^{ger[0].lemma}<{ger[0].tags[0]}><inf>$"
            edits.append((toks[i][0], toks[k][1], prep))
        elif k == i + 1 and folded(toks[k][2]) in _HEADS:
            edits.append((toks[i][0], toks[k][1], _with(prep, toks[k][2])))
    if not edits:
        return text
    forms = generate(sorted(set(infs.values())))
    for n, (start, end, new) in reversed(list(enumerate(edits))):
        if n in infs:
            if infs[n] not in forms:
                continue
            new = _with(new, forms[infs[n]]) if new == "de" else f"{new} {forms[infs[n]]}"
        text = text[:start] + new + text[end:]
    return text


def _singular_adjectives(words: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """" pétrochimiques lourds" -> " pétrochimique lourd": the plural adjectives (and
    participles) after a noun made singular, up to the first other word (left as it is)."""
    out = words.split(" ")[1:]
    for k, word in enumerate(out):
        got = reads.get(word, ())
        if not got or any(r.pos not in ("adj", "pp") or r.number != "pl" for r in got):
            break
        tags = "".join(f"<{'sg' if t == 'pl' else t}>" for t in got[0].tags)
        made = generate([f"^{got[0].lemma}{tags}$"])
        if not made:
            break
        out[k] = next(iter(made.values()))
    return "".join(f" {w}" for w in out)


def _any(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """*not/without/never/no one ... any(thing)*: "pas n'importe quels problèmes" -> "aucun
    problème", "sans faire n'importe quelles erreurs" -> "sans faire aucune erreur", "n'ont pas
    restauré n'importe quoi" -> "n'ont rien restauré" ("rien" before the participle or the
    infinitive, as French places it); "pas" goes, the other negative words stay."""

    def fix(m: re.Match[str]) -> str:
        keep = m.group(1) or ""
        verb = (m.group(3) or "").strip()
        if m.group(4):
            if keep == "sans" and not verb:
                return "sans rien"
            return " ".join(w for w in (keep, "rien", verb) if w)
        noun = m.group(6)
        got = reads.get(noun, ())
        nouns = [r for r in got if r.pos == "n"]
        if not nouns or any(r.pos not in ("n", "pp") for r in got):
            return m.group(0)
        n = nouns[0]
        det = "aucune" if m.group(5).startswith("quelle") else "aucun"
        if n.number == "pl":
            made = generate([f"^{n.lemma}<n><{n.gender}><sg>$"])
            if not made:
                return m.group(0)
            noun = next(iter(made.values()))
        after = m.group(7) or ""
        if n.number == "pl":
            after = _singular_adjectives(after, reads)
        return " ".join(w for w in (keep, verb, det, noun) if w) + after

    return _ANY_FR.sub(fix, text)


def _relemma_first(m: re.Match[str], lemma: str) -> str:
    """The verb of ``m.group(1)`` (its first word) as ``lemma`` in the same form."""
    from daybook.translate.idioms import relemma

    word, _, rest = m.group(1).partition(" ")
    form = relemma(word, lemma)
    return f"{form} {rest}".rstrip() if form else m.group(1)


def _governed(source: str, text: str) -> str:
    """*rely/count on* "confions dans" -> "comptons sur", *depend on* "dépend dans le" ->
    "dépend du", *on* + a bare noun "l'accord au-dessus commerce" -> "l'accord sur
    commerce", *congratulate on* + -ing "au-dessus en recevant" -> "d'avoir reçu"."""
    if _RELY_EN.search(source) and " dans" in text:
        text = _CONFIER.sub(lambda m: _relemma_first(m, "compter") + m.group(2) + " sur"
                            if m.group(1).lower().startswith("confi")
                            else m.group(1) + m.group(2) + " sur", text)
    if _DEPEND_EN.search(source) and " dans" in text:
        text = _DEPENDRE.sub(lambda m: m.group(1) + " " + (
            _with("de", m.group(2).strip()) + ("" if m.group(2).strip().endswith(("'", "’"))
                                              else " ") if m.group(2) else "de "), text)
    if "au-dessus" in text and _ON_EN.search(source) and not _OVER_EN.search(source):
        if _CONGRATULATE_EN.search(source):

            def past(m: re.Match[str]) -> str:
                ger = [r for r in readings([m.group(1)]).get(m.group(1), ())
                       if r.tags[1:2] == ("ger",)]
                if not ger:
                    return m.group(0)
                made = generate([f"^{ger[0].lemma}<{ger[0].tags[0]}><pp><m><sg>$"])
                return f"d'avoir {next(iter(made.values()))}" if made else m.group(0)

            text = _DESSUS_ING.sub(past, text)
        text = _DESSUS.sub("sur ", text)
    return text


_THERE_ARE_EN = re.compile(r"\bthere\s+(?:are|were|will\s+be|have\s+been)\b", re.IGNORECASE)
_IL_Y_A = re.compile(r"(?<![\w’'-])([Ii]l y a(?:vait|ura)? (?:aussi |encore |déjà |actuellement |"
                     r"toujours |également |maintenant |)?)(" + LOWER_WORD + r")(?![\w’'-])")


def _there_are(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """*there are* + a bare plural: "il y a perspectives" -> "il y a des perspectives",
    "il y a aussi autres problèmes" -> "il y a aussi d'autres problèmes"."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(2)
        if word == "autres":
            return f"{m.group(1)}d'autres"
        got = reads.get(word, ())
        if not any(r.pos == "n" and r.number == "pl" for r in got) or any(
                r.pos not in ("n", "adj") or r.number == "sg" for r in got):
            return m.group(0)
        return f"{m.group(1)}des {word}"

    return _IL_Y_A.sub(fix, text)


_BUILD_UP_EN = re.compile(r"\bbuil(?:d|ds|t|ding)\s+up\b", re.IGNORECASE)
_BATIR_HAUT = re.compile(r"(?<![\w’'-])([Bb]ât[a-zéèêç]*)((?: de façon cohérente| sans doute| "
                         r"aussi| encore| [a-zéè]+ment)?) en haut (?:(de la |de l['’]|de |d['’])|"
                         r"(du )|(des ))?")
_OPEN_UP_EN = re.compile(r"\bopen(?:s|ed|ing)?\s+up\b", re.IGNORECASE)
# (also after "d'": "sont en train d'ouvrir dessus", *are opening up*, before simple_tense)
_OUVRIR_DESSUS = re.compile(r"(?<![\w’'-])(d['’])?([Oo]uvr[a-zéèêç]*) dessus(?= (pour|dans|à|"
                            r"en|avec|devant|sur|aux?)\b|[.,;:!?]|$)?")


def _phrasal(source: str, text: str) -> str:
    """*build up* "bâtira en haut de nos efforts" -> "renforcera nos efforts", *open up*
    "les perspectives ouvrent dessus pour" -> "s'ouvrent pour", "Cela ouvre dessus" ->
    "Cela ouvre"."""
    if _BUILD_UP_EN.search(source) and "en haut" in text:

        def build(m: re.Match[str]) -> str:
            from daybook.translate.idioms import relemma

            verb = relemma(m.group(1), "renforcer")
            if verb is None:
                return m.group(0)
            of = m.group(3) or ""
            det = "le " if m.group(4) else "les " if m.group(5) else (
                "la " if of == "de la " else "l'" if of.startswith("de l") else "")
            return f"{verb}{m.group(2)} {det}"

        text = _BATIR_HAUT.sub(build, text)
    if _OPEN_UP_EN.search(source) and "dessus" in text:
        text = _OUVRIR_DESSUS.sub(lambda m: (
            ("de " if m.group(1) else "")  # "d'ouvrir dessus" -> "de s'ouvrir"
            + ("S'" if m.group(2)[0] == "O" else "s'") + "o" + m.group(2)[1:]
            if m.group(3) or m.end() == len(text) or text[m.end():m.end() + 1] in ".,;:!?"
            else (m.group(1) or "") + m.group(2)), text)
    return text


# *in terms of* and *in order to*, whose noun the tagger read as a verb ("terms", "order"):
# "dedans appelle de" (Catalan "dins anomena de"), "dedans range pour".
_IN_TERMS_EN = re.compile(r"\bin\s+terms\s+of\b", re.IGNORECASE)
_DEDANS_APPELLE = re.compile(r"(?<![\w’'-])(?:dedans|dans) appel\w* (de |d['’])")
_IN_ORDER_EN = re.compile(r"\bin\s+order\s+(?:to|for)\b", re.IGNORECASE)
_DEDANS_RANGE = re.compile(r"(?<![\w’'-])([Dd]edans|[Dd]ans) rang(?:e|ent|er) pour (?=(?:l['’]|"
                           r"les? |la |se |s['’]|nous |vous |leur |lui |y |en )?[a-zàâçéèêëîïôû"
                           r"ùüÿœ]+(?:er|ir|re|oir)(?![\w’'-]))")


def _fixed(source: str, text: str) -> str:
    if _IN_TERMS_EN.search(source):
        text = _DEDANS_APPELLE.sub(lambda m: "en termes " + m.group(1), text)
    if _IN_ORDER_EN.search(source):
        text = _DEDANS_RANGE.sub(lambda m: ("A" if m.group(1)[0] == "D" else "a") + "fin de ",
                                 text)
        text = re.sub(r"(?<![\w’'-])([Aa]fin) de (?=[aeiouyéèêh])", r"\1 d'", text)
    return text


# Nouns French says with another preposition than the pivot's "dans" (general usage): "sur
# le marché" (*in/on the market*), "sur la base de", "sur le territoire", "à l'occasion de",
# "à une échelle"; each where the English has the noun.
_WITH_SUR = (
    (re.compile(r"\bmarkets?\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Dd])ans ((?:le|les|des|un|ce|ces|notre|nos|leur|leurs|de|"
                r"d['’]autres) (?:[a-zàâçéèêëîïôûùüÿœ-]+ )?marchés?)(?![\w’'-])"), "sur"),
    (re.compile(r"\bbasis\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Dd])ans ((?:la|une) base (?:de |d['’]))"), "sur"),
    (re.compile(r"\bterritor", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Dd])ans (le territoire|son territoire|leur territoire|"
                r"notre territoire)(?![\w’'-])"), "sur"),
    (re.compile(r"\boccasion\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Dd])ans (l['’]occasion (?:de |d['’]|du |des ))"), "à"),
    (re.compile(r"\bscale\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Dd])ans (une (?:[a-zéè]+ )?échelle)(?![\w’'-])"), "à"),
)
_MOVE_EN = re.compile(r"\bmov(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:forward|ahead|towards|toward)\b",
                      re.IGNORECASE)
_REMUER = re.compile(r"(?<![\w’'-])([Rr]emu[a-zéèêç]*)((?: devant| en avant)?)"
                     r"(?=(?: plus lointaine?s?| plus loin)? vers\b|[ .,;:])")


def _swap_prep(m: re.Match[str], prep: str) -> str:
    return (prep[:1].upper() + prep[1:] if m.group(1) == "D" else prep) + " " + m.group(2)


def _nouns(source: str, text: str) -> str:
    """ "dans le marché russe" -> "sur le marché russe"; *move forward* "remuer devant" ->
    "avancer", *move towards* "remuent vers" -> "avancent vers"."""
    for english, french, prep in _WITH_SUR:
        if english.search(source) and "ans " in text:
            text = french.sub(partial(_swap_prep, prep=prep), text)
    if _MOVE_EN.search(source) and "emu" in text:

        def move(m: re.Match[str]) -> str:
            from daybook.translate.idioms import relemma

            if not m.group(2) and not re.match(r"(?: plus lointaine?s?| plus loin)? vers\b",
                                               text[m.end():]):
                return m.group(0)  # "remuer la responsabilité" (*shift*): left alone
            verb = relemma(m.group(1), "avancer")
            return verb if verb else m.group(0)

        text = _REMUER.sub(move, text)
        text = re.sub(r"(?<=avan)(\w*) plus lointaine?s? vers", r"\1 davantage vers", text)
        text = re.sub(r"(?<![\w’'-])([Dd])e (?=avan)", r"\1'", text)  # "d'avancer"
    return text


def particles(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the rules above its English source calls for; one exchange
    with the analyser (and one with the generator) per text at most."""
    about = [bool(_ABOUT_EN.search(s)) and "environ " in t
             for s, t in zip(sources, texts, strict=True)]
    anys = [bool(_ANY_EN.search(s)) and not _JUST_ANY_EN.search(s) and "importe" in t
            for s, t in zip(sources, texts, strict=True)]
    there = [bool(_THERE_ARE_EN.search(s)) and "l y a" in t
             for s, t in zip(sources, texts, strict=True)]
    words = sorted({m.group(0).lower() for k, t in enumerate(texts)
                    if about[k] or anys[k] or there[k]
                    for m in _TOKEN.finditer(t) if m.group(0)[:1].isalpha()})
    reads = readings(words) if words else {}
    out = []
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if about[k] and reads:
            text = _about(text, reads)
        if anys[k] and reads:
            text = _any(text, reads)
        if there[k] and reads:
            text = _there_are(text, reads)
        text = _nouns(source, _fixed(source, _phrasal(source, _governed(source, text))))
        if _WORK_ON.search(source) and not _WORK_IN.search(source):
            text = _TRAVAIL_DANS.sub(r"\1 sur", text)
        out.append(text)
    return out
