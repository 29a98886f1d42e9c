"""Speech turns: the formulas of people speaking, rewritten from the English sentence.

Regular expressions over Apertium's French, each applied only when the English source has
the formula (``speech.turns`` runs them before its analyser-based rules):

- *thank you*: "je voudrais remercier pour" -> "je voudrais vous remercier pour", "nous
  grâces" -> "nous vous remercions", "mercié" (no French word) -> "remercié";
- greetings: *Good afternoon* is "Bonjour" (Apertium: "Bonsoir"); "Colleagues," and
  "Friends," addressed: "Chers collègues,", "Chers amis,";
- questions to *you*: "Il pourrait éclaircir" -> "Pourriez-vous éclaircir", "Ce que vous
  pensez sur le" -> "Que pensez-vous du", "Voulez-vous";
- *you* alone: "Et te," -> "Et vous,", "puisque te" -> "pour vous", "tu ont vu" -> "vous
  avez vu";
- *hope* is "espérer" (the pivot's "esperar" came out "attendre"), "que" after *I think*,
  *I am sure* before a clause with no *that*, *I hope you will tell me* ("J'espère que vous
  me direz"), *I should*, *I would* in the first person ("Je devrais", "Je dirais"), *say
  so* ("le dire").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.aux_forms import AVOIR_PRESENT, ETRE_PRESENT, alternation
from daybook.translate.french import VOWEL_START

_THANK_YOU = re.compile(r"\bthank(?:s|ing)?\s+(?:you|all of you)\b", re.IGNORECASE)
# "remercier" with no object before it: "je voudrais remercier pour" (*thank you for*).
_BARE_THANK = re.compile(r"(?<![\w’'-])(?<!vous )(?<!les )(?<!le )(?<!la )(?<!te )(?<!l['’])"
                         r"(remercier|Remercier)(?= (?:pour|par|à cause de|tous|tout|"
                         r"beaucoup|encore|à nouveau|une fois|sincèrement|chaleureusement|"
                         r"au nom)"
                         r"(?![\w’'-])|[.,;!])")
_THANK_BY = re.compile(r"(?<![\w’'-])((?:re)?merci(?:er|e|é|ée|és|ons|ez|ent|erai|erais|"
                       r"erons|era|eront)?) (?:par|à cause de) ")
# *thank X for Y*: the engine's "par" (Catalan "per") a few words after the thanks ("je
# voudrais remercier les membres du conseil par leur rapport", "merci beaucoup par votre
# invitation"); not where another "pour" comes first, nor across a sentence's stop.
_THANK_FOR_EN = re.compile(r"\bthank\w*\b(?:(?!\bby\b)[^.;:!?])*?\bfor\b", re.IGNORECASE)
_THANK_FOR = re.compile(r"(?<![\w’'-])((?:[Rr]e)?[Mm]erci\w*(?:(?! pour | par )[^.;:!?()]){0,70}?)"
                        r" par (?!rapport|exemple|ailleurs|conséquent|écrit)")
_MERCIER = re.compile(r"(?<![\w’'-])([Mm])erci(er|e|é|ée|és|ées|ons|ez|ent|erai|erais|"
                      r"erons|era|eront|ant|es)(?=[\s.,;:!?-]|$)")
_GRACES = (
    (re.compile(r"(?<![\w’'-])([Nn])ous grâces(?![\w’'-])"), r"\1ous vous remercions"),
    (re.compile(r"(?<![\w’'-])([Jj])e grâces(?![\w’'-])"), r"\1e vous remercie"),
    (re.compile(r"(?<![\w’'-])(veux|voulons|voudrais|voudrions|dois|devons|tiens à|tenons à) "
                r"des grâces(?![\w’'-])"), r"\1 vous remercier"),
    (re.compile(r"(?<![\w’'-])et grâces (?=pour|par)"), "et vous remercier "),
    # *I want to thank you, X and Y*: "Je veux merci, le ministère" (the noun "merci")
    (re.compile(r"(?<![\w’'-])(veux|voulons|voudrais|voudrions|dois|devons|tiens à|tenons à) "
                r"merci(?![\w’'-])"), r"\1 vous remercier"),
)
# *Good afternoon* is "Bonjour" (Apertium writes "Bonsoir" for afternoon and evening).
_AFTERNOON = re.compile(r"\bgood afternoon\b", re.IGNORECASE)
_EVENING = re.compile(r"\bgood evening\b", re.IGNORECASE)
# "Colleagues," "Friends," addressed: "Chers collègues," (no determiner before them).
_ADDRESS = {"colleagues": "collègues", "friends": "amis"}
_VOCATIVE = re.compile(r"(?:^|(?<=[,.!:;] ))(colleagues|friends)(?=\s*[,.!:;]|$)",
                       re.IGNORECASE)


def thanks(source: str, french: str) -> str:
    """ "je voudrais remercier pour" -> "je voudrais vous remercier pour" for *thank you*,
    "mercié" -> "remercié", "nous grâces" -> "nous vous remercions", "remercier par" ->
    "remercier pour"."""
    if "erci" in french:
        french = _MERCIER.sub(lambda m: ("R" if m.group(1) == "M" else "r") + "emerci"
                              + m.group(2), french)
    if not re.search(r"\bthank", source, re.IGNORECASE):
        return french
    if _THANK_YOU.search(source):
        french = _BARE_THANK.sub(lambda m: ("Vous r" if m.group(1)[0] == "R" else "vous r")
                                 + "emercier", french)
        for pattern, repl in _GRACES:
            french = pattern.sub(repl, french)
    french = _THANK_BY.sub(r"\1 pour ", french)  # after the "grâces" made "remercier"
    count = len(_THANK_FOR_EN.findall(source))
    return _THANK_FOR.sub(r"\1 pour ", french, count=count) if count else french


def greetings(source: str, french: str) -> str:
    """ "Bonsoir" -> "Bonjour" for *Good afternoon*, "Soir bon" -> "Bonsoir", "Amis aimés"
    -> "Chers amis", "Bienvenu à" -> "Bienvenue à"; "collègues," -> "chers collègues," when
    the source addresses them."""
    if _AFTERNOON.search(source) and not _EVENING.search(source):
        french = re.sub(r"(?<![\w’'-])([Bb])onsoir(?![\w’'-])",
                        lambda m: ("B" if m.group(1) == "B" else "b") + "onjour", french)
    if _EVENING.search(source):
        french = re.sub(r"(?<![\w’'-])([Ss])oir bon(?![\w’'-])",
                        lambda m: ("B" if m.group(1) == "S" else "b") + "onsoir", french)
    if re.search(r"\b[Dd]ear (?:friends|colleagues)\b", source):
        # "Amis aimés" (*Dear friends*): "Chers amis"
        french = re.sub(r"(?<![\w’'-])([Aa]mis|[Cc]ollègues) aimés(?![\w’'-])",
                        lambda m: ("Chers " if m.group(1)[0].isupper() else "chers ")
                        + m.group(1).lower(), french)
    if re.match(r"\s*Welcome\b", source):
        french = re.sub(r"^Bienvenus?(?= |!|,)", "Bienvenue", french)
    for m in _VOCATIVE.finditer(source):
        fr = _ADDRESS[m.group(1).lower()]
        french = re.sub(rf"(?:(?<=^)|(?<=[,.!:;] ))([{fr[0].upper()}{fr[0]}]){fr[1:]}"
                        r"(?=\s*[,.!:;]|$)", _dear(fr), french, count=1)
    return french


def _dear(word: str) -> Callable[[re.Match[str]], str]:
    return lambda m: ("Chers " if m.group(1).isupper() else "chers ") + word


# "Juste j'ai parlé" (*I have just spoken*): French puts "juste" after the auxiliary.
_JUST = re.compile(r"^Juste (j['’]|je |nous |vous |il |elle |on |ils |elles )"
                   r"((?:ne |n['’])?(?:(?:me|m['’]|nous|vous|se|s['’]|l['’]|les?|la|y|en) ?)*"
                   r"(?:" + alternation(AVOIR_PRESENT | ETRE_PRESENT) + ")) ")


def just_after(text: str) -> str:
    return _JUST.sub(lambda m: (m.group(1)[:1].upper() + m.group(1)[1:] + m.group(2)
                                + " juste "), text)


# Questions to *you* at a sentence's opening: Apertium reads the subject as "il" ("Il
# pourrait éclaircir", "Il peut nous dire", "Il vous plaît dire", "Ce que vous pensez sur").
_ASKS = (
    (re.compile(r"^\s*Could you\b"),
     re.compile(r"^Il pourrait (?:complaire |s['’]il vous plaît )?"), "Pourriez-vous "),
    (re.compile(r"^\s*Can you\b"), re.compile(r"^Il peut (?:complaire )?"), "Pouvez-vous "),
    (re.compile(r"^\s*Would you like to\b"),
     re.compile(r"^(?:Il (?:vous )?|Vous )pla(?:î|i)(?:t|rait) (?:de )?"), "Voulez-vous "),
    (re.compile(r"^\s*What do you think (?:about|of)\b"),
     re.compile(r"^Ce que (?:vous )?pens(?:ez|er|es) (?:sur |de |à propos de |environ )?"
                r"(?:(le |les )|(?=(?:la |l['’]|\w)))"), "Que pensez-vous de "),
)
_OF = {"le ": "du ", "les ": "des "}


def questions(source: str, french: str) -> str:
    """ "Il pourrait éclaircir" -> "Pourriez-vous éclaircir" for *Could you clarify*, "Ce
    que vous pensez sur le" -> "Que pensez-vous du" for *What do you think about the*."""
    for english_re, french_re, new in _ASKS:
        if english_re.search(source):
            m = french_re.search(french)
            if m is not None:
                art = m.group(1) if french_re.groups else None
                head = new[:-3] + _OF[art] if art else new
                return head + french[m.end():]
    return french


# *You* alone ("Et te, tout de vous", "ce que te, entre autres", "puisque te" for *for
# you*): Catalan "tu" after a preposition, not a verb's object.
_TE_ALONE = re.compile(r"(?<![\w’'-])(puisque )?([Tt])e(?=\s*[,.;:!?)–—]|\s+(?:et|mais|ou)\b)")
_TU_THIRD = {"ont": "avez", "sont": "êtes", "font": "faites", "vont": "allez",
             "peuvent": "pouvez", "veulent": "voulez", "doivent": "devez", "savent": "savez",
             "avaient": "aviez", "étaient": "étiez", "seront": "serez", "auront": "aurez"}
_TU_VERB = re.compile(r"(?<![\w’'-])([Tt])u (" + "|".join(_TU_THIRD) + r")(?![\w’'-])")


def lone_you(source: str, french: str) -> str:
    """ "Et te, tout de vous" -> "Et vous, ...", "puisque te" -> "pour vous", "tu ont vu"
    -> "vous avez vu" when the source says *you*."""
    if not re.search(r"\byou\b", source, re.IGNORECASE):
        return french
    french = _TE_ALONE.sub(lambda m: ("pour " if m.group(1) else "") + (
        "Vous" if m.group(2) == "T" and not m.group(1) else "vous"), french)
    return _TU_VERB.sub(lambda m: ("V" if m.group(1) == "T" else "v") + "ous "
                        + _TU_THIRD[m.group(2)], french)


# *hope* is "espérer": the Catalan pivot's "esperar" (hope, wait) comes out "attendre"
# ("J'attends que le sommet sera", "J'attends aussitôt que" for *I hope so*).
_HOPE = re.compile(r"\bhop(?:e|es|ed|ing)\b", re.IGNORECASE)
_WAIT = re.compile(r"\b(?:wait\w*|expect\w*|await\w*|look\w* forward)\b", re.IGNORECASE)
_ESPERER = {"attends": "espère", "attend": "espère", "attendons": "espérons",
            "attendez": "espérez", "attendent": "espèrent", "attendre": "espérer",
            "attendu": "espéré", "attendais": "espérais", "attendait": "espérait",
            "attendions": "espérions", "attendaient": "espéraient"}
_ATTENDRE = re.compile(r"(?<![\w-])(" + "|".join(_ESPERER) + r")(?![\w’'-])"
                       r"(?: (?:aussitôt que|ainsi)(?=[.!?,]))?( pour(?= \w))?")
# *I think/hope/am sure* before a clause with no *that*: French says "que".
_THINK_EN = re.compile(r"\b(?:I|we) (?:think|believe|hope|am sure|are sure|am confident|"
                       r"are confident|am certain|am convinced|are convinced) (?=(?:the|this|"
                       r"these|those|our|your|their|we|you|they|he|she|there|many|all|most|"
                       r"some|every\w*|[A-Z]\w+)\b)")
_THINK_FR = re.compile(r"(?<![\w’'-])((?:[Jj]e|[Nn]ous|[Jj]['’]) ?(?:pense|crois|espère|suis sûr|"
                       r"suis certain|suis convaincu|pensons|croyons|espérons|sommes sûrs|"
                       r"sommes convaincus|sommes certains)) (?!que\b|qu['’]|[,.;:!?])")


def hope(source: str, french: str) -> str:
    """ "J'attends que" -> "J'espère que", "J'attends aussitôt que." -> "J'espère bien." for
    *hope* (no *wait*, *expect* in the source), "J'attends pour votre soutien" -> "J'espère
    votre soutien"; "Je suis sûr beaucoup conviendront" ->
    "Je suis sûr que beaucoup" where English says *I am sure many will*."""
    if _HOPE.search(source) and not _WAIT.search(source):
        def fix(m: re.Match[str]) -> str:
            word = _ESPERER[m.group(1)]
            if m.group(0) != m.group(1) and not m.group(2):
                return word + " bien"  # *I hope so*
            return word  # *hope for your support*: "espère votre soutien"

        french = _ATTENDRE.sub(fix, french, count=len(_HOPE.findall(source)))
        french = re.sub(r"(?<![\w’'-])([Jj])e espér", r"\1'espér", french)
    count = len(_THINK_EN.findall(source))
    if count:
        french = _THINK_FR.sub(lambda m: m.group(1) + (" qu'" if VOWEL_START.match(
            french[m.end():]) else " que "), french, count=count)
    return french


# *I should/would/could*: Apertium writes the third person ("Il devrait accentuer", "Il
# dirait que"); the speaker is "je".
_I_MODAL = re.compile(r"\bI (?:should|would|could)\b")
_IT_MODAL = re.compile(r"\b(?:it|he|she|this|that|one) (?:should|would|could)\b",
                       re.IGNORECASE)
_IL_COND = re.compile(r"(?<![\w’'-])([Ii])l ((?:ne |n['’])?(?:(?:le|la|les|l['’]|lui|leur|y|en|"
                      r"vous|nous) |(?:l|y|en)['’])*)([a-zàâçéèêîôû]+r)ait(?![\w’'-])")


def first_person_modal(source: str, french: str) -> str:
    """ "Il devrait accentuer" -> "Je devrais accentuer", "Il dirait que" -> "Je dirais
    que" where the English says *I should*, *I would* (and no *it/he would*)."""
    count = len(_I_MODAL.findall(source))
    if not count or _IT_MODAL.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        subject = "J" if m.group(1) == "I" else "j"
        rest = f"{m.group(2)}{m.group(3)}ais"
        return f"{subject}'{rest}" if VOWEL_START.match(rest) else f"{subject}e {rest}"

    return _IL_COND.sub(fix, french, count=count)


# *I hope/think you will tell me*: Apertium makes *you* the object ("Je vous espère me
# dira", "Je vous pense le jouira"): "J'espère que vous me direz".
_HOPE_YOU_EN = re.compile(r"\bI (?:hope|think|believe|am sure) you will\b")
_HOPE_YOU_FR = re.compile(r"(?:(?<![\w’'-])([Jj])e v|^V)ous (espère|pense|crois|attends) "
                          r"((?:(?:me|nous|le|la|les|lui|leur|y|en) |(?:m|l)['’])*)"
                          r"([a-zàâçéèêîôû]+r)a(?![\w’'-])")
_HOPE_VERB = {"attends": "espère"}


def hope_you(source: str, french: str) -> str:
    """ "Je vous espère me dira" -> "J'espère que vous me direz" for *I hope you will
    tell me*."""
    count = len(_HOPE_YOU_EN.findall(source))
    if not count:
        return french

    def fix(m: re.Match[str]) -> str:
        verb = _HOPE_VERB.get(m.group(2), m.group(2))
        upper = (m.group(1) or "J") == "J"  # "Vous espère" opened the sentence
        subject = ("J'" if upper else "j'") if verb.startswith("e") else (
            "Je " if upper else "je ")
        return f"{subject}{verb} que vous {m.group(3)}{m.group(4)}ez"

    return _HOPE_YOU_FR.sub(fix, french, count=count)


# *say so*, *think so*: Catalan "així" read as "aussitôt que" ("je voudrais dire aussitôt
# que.") -> "je voudrais le dire", "je le pense".
_SO_EN = re.compile(r"\b(?:say|said|think|believe|do|did|done) so\b", re.IGNORECASE)
_SO_FR = re.compile(r"(?<![\w’'-])([a-zàâçéèêîôû]+) aussitôt que(?=\s*[.!?,;]|$)")


def say_so(source: str, french: str) -> str:
    count = len(_SO_EN.findall(source))
    if not count:
        return french
    return _SO_FR.sub(lambda m: ("l'" if VOWEL_START.match(m.group(1)) else "le ") + m.group(1),
                      french, count=count)


# Stage directions of a transcript, as French transcripts write them (the Élysée's and the
# French press's conventions: "(Applaudissements.)", "(Rires.)", "(Inaudible.)"); the engine
# writes "(applaudissement.)", "(rire.)", "(en parlant russe.)", "(pause en transcription.)".
_DIRECTIONS = {"applause": "Applaudissements", "laughter": "Rires",
               "laughter and applause": "Rires et applaudissements",
               "applause and laughter": "Applaudissements et rires",
               "inaudible": "Inaudible", "unintelligible": "Inaudible",
               "indistinct": "Inaudible", "inaudible remark": "Remarque inaudible",
               "break in transcript": "Interruption de la transcription",
               "break in the transcript": "Interruption de la transcription",
               "off-mic": "Hors micro", "off mic": "Hors micro",
               "off microphone": "Hors micro", "pause": "Pause",
               "noise in the hall": "Bruit dans la salle", "music": "Musique"}
# "(Speaking Russian.)", "(Speaks English)", "(In German.)": "(En russe.)"; the languages
# of the site's guests (French names of languages, Petit Robert).
_LANGUAGES = {"russian": "russe", "english": "anglais", "german": "allemand",
              "french": "français", "chinese": "chinois", "spanish": "espagnol",
              "italian": "italien", "japanese": "japonais", "turkish": "turc",
              "arabic": "arabe", "ukrainian": "ukrainien", "kazakh": "kazakh",
              "belarusian": "biélorusse", "tatar": "tatar", "hindi": "hindi",
              "portuguese": "portugais", "korean": "coréen", "vietnamese": "vietnamien",
              "armenian": "arménien", "georgian": "géorgien", "uzbek": "ouzbek",
              "kyrgyz": "kirghiz", "mongolian": "mongol", "serbian": "serbe",
              "hebrew": "hébreu", "persian": "persan", "finnish": "finnois", "greek": "grec"}
_SPEAKING = re.compile(r"(?:speaking|speaks|in) (\w+)", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]{1,60}?)(\.?)\)")


def _direction(text: str) -> str | None:
    """The French of a stage direction's words, or None for no known direction."""
    low = " ".join(text.lower().split())
    if low in _DIRECTIONS:
        return _DIRECTIONS[low]
    m = _SPEAKING.fullmatch(low)
    if m and m.group(1) in _LANGUAGES:
        return "En " + _LANGUAGES[m.group(1)]
    return None


def stage_directions(source: str, french: str) -> str:
    """ "(applaudissement.) oui," -> "(Applaudissements.) Oui,", "(rire.)" -> "(Rires.)",
    "(en parlant russe.)" -> "(En russe.)": a stage direction of the English (its
    parenthesis paired with the French one at the same place) in the French form, and the
    sentence after it with its capital."""
    if "(" not in source:
        return french
    english, ours = list(_PAREN.finditer(source)), list(_PAREN.finditer(french))
    if len(english) != len(ours):
        return french
    for e, f in reversed(list(zip(english, ours, strict=True))):
        word = _direction(e.group(1))
        if word is None:
            continue
        after = french[f.end():]
        if source[e.end():].lstrip()[:1].isupper():
            gap = len(after) - len(after.lstrip())
            after = after[:gap] + after[gap:gap + 1].upper() + after[gap + 1:]
        french = french[:f.start()] + f"({word}{e.group(2)})" + after
    return french


# Forms of address (French protocol usage: "Monsieur le Premier ministre", "Monsieur le
# Maire", "Monsieur l'Ambassadeur"); the engine keeps "Mr" and lowers the title: "Mr premier
# ministre", "Mr gouvernant".
_ADDRESS_EN = re.compile(r"\bMr\.? (?:Deputy Prime Minister|Prime Minister|Mayor|Governor|"
                         r"Minister|Ambassador|Chairman|Speaker|Secretary-General|Director)\b")
_ADDRESS_FR = {"premier ministre": "Monsieur le Premier ministre",
               "vice-premier ministre": "Monsieur le Vice-Premier ministre",
               "maire": "Monsieur le Maire", "gouvernant": "Monsieur le Gouverneur",
               "gouverneur": "Monsieur le Gouverneur", "ministre": "Monsieur le Ministre",
               "ambassadeur": "Monsieur l'Ambassadeur", "président": "Monsieur le Président",
               "secrétaire général": "Monsieur le Secrétaire général",
               "directeur": "Monsieur le Directeur"}
_MR_TITLE = re.compile(r"(?<![\w-])Mr\.? (" + "|".join(sorted(_ADDRESS_FR, key=len,
                                                               reverse=True)) + r")(?![\w’'-])")
# *if you don't mind* "si vous n'importez pas" -> "si vous n'y voyez pas d'inconvénient".
_MIND_EN = re.compile(r"\bif\b[^.;:!?]*\b(?:do not|does not|don['’]t|doesn['’]t) mind\b",
                      re.IGNORECASE)
_MIND_FR = re.compile(r"(?<![\w’'-])n['’]import(e|ez|ent|ons) pas(?![\w’'-])")
_SEE = {"e": "voit", "ez": "voyez", "ent": "voient", "ons": "voyons"}
# *if I may* "si pouvoir", *go ahead* "Va devant", *Go on.* "Va dans.", *Be careful.*
_SAID = ((re.compile(r"\bif I may\b", re.IGNORECASE), re.compile(r"(?<![\w’'-])([Ss])i pouvoir"
                                                                 r"(?![\w’'-]),?"),
          r"\1i vous le permettez,"),
         (re.compile(r"\bplease,? go ahead\b", re.IGNORECASE),
          re.compile(r"(?<![\w’'-])(?:[Ss]['’]il vous plaît,? |[Vv]euillez )(?:aller|[Vv]a) "
                     r"devant(?![\w’'-])"), "allez-y, je vous prie"),
         (re.compile(r"\bgo ahead\b", re.IGNORECASE), re.compile(r"(?<![\w’'-])[Vv]a devant"
                                                                 r"(?![\w’'-])"), "Allez-y"),
         # *Hello* said to an audience "Bonjour" ("Salut" is familiar), *My name is X* "Je
         # m'appelle X" ("Mon nom est"), *live* on air "en direct" ("vivant", "vit").
         (re.compile(r"^\W*Hello\b"), re.compile(r"^(\W*)Salut(?=[\s,!.])"), r"\1Bonjour"),
         (re.compile(r"\b[Mm]y name is\b"), re.compile(r"(?<![\w’'-])[Mm]on nom est(?![\w’'-])"),
          "je m'appelle"),
         # (*broadcast live*, said "broadcasted" by ``tenses_en``: "retransmis vivre")
         (re.compile(r"\b(?:are|is|we['’]re|broadcasting|broadcast(?:ed)?) live\b|,\s*live\s*[.!]"),
          re.compile(r"(?:(?<=sommes )|(?<=retransmettons )|(?<=retransmettre )|(?<=est )|"
                     r"(?<=sont )|(?<=, )|(?<=retransmis )|(?<=retransmise )|"
                     r"(?<=retransmises ))(?:vivants?|vit|habiter?|vivre)"
                     r"(?=\s*[.,;!?]|\s+(?:de|depuis|par|sur|à)\s)"),
          "en direct"),
         # *Be careful.*: the imperative "Soyez" ("Être prudent.")
         (re.compile(r"^\W*Be\b"), re.compile(r"^Être(?= \w)"), "Soyez"),
         (re.compile(r"^\W*Go on\s*[.!]"), re.compile(r"^Va dans(?=\s*[.!])"), "Continuez"))


def _said_as(right: str) -> Callable[[re.Match[str]], str]:
    """The replacement, with its capital at a sentence's start."""
    def sub(m: re.Match[str]) -> str:
        said = m.expand(right)
        starts = m.start() == 0 or m.string[:m.start()].rstrip()[-1:] in ".!?"
        return said[:1].upper() + said[1:] if starts else said

    return sub


def addresses(source: str, french: str) -> str:
    """ "Mr premier ministre" -> "Monsieur le Premier ministre", "si vous n'importez pas" ->
    "si vous n'y voyez pas d'inconvénient", "si pouvoir" -> "si vous le permettez", "Va
    devant" -> "Allez-y", where the English says so."""
    if _ADDRESS_EN.search(source):
        french = _MR_TITLE.sub(lambda m: _ADDRESS_FR[m.group(1)], french)
    if _MIND_EN.search(source):
        french = _MIND_FR.sub(lambda m: f"n'y {_SEE[m.group(1)]} pas d'inconvénient", french)
    for english, wrong, right in _SAID:
        if english.search(source):
            french = wrong.sub(_said_as(right), french)
    return french
