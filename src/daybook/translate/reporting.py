"""A quotation's reporting clause in the French order.

English puts the reporting clause after a quotation in the order subject + verb ("“…,” the
President of Russia stressed in his message."); French inverts it ("», a souligné le
Président de la Russie dans son message"). Left in the English order the engine read the
verb as a participle of the subject ("», le Président de Russie souligné dans son
message"), the message's *reads* as "lit" ("», le message du Président lit") and dropped a
pronoun subject ("», a dit."). Before the engine (``english``) a singular noun phrase's
reporting clause is sent in the French order, which the engine reads as a verb and its
object and writes as French writes it ("», stressed the President" -> "», a souligné le
Président"), *said* as *declared* ("a déclaré", the press's verb), *reads*/*says* of a
text as *indicates* ("», indique le message du Président"). After it (``pronouns``), a
pronoun subject the pivot dropped is put back inverted ("», a dit." -> "», a-t-il
déclaré.", "», dit." -> "», dit-il."). A leaf module: ``speech_en`` imports it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import THIRD, alternation, avoir

# Verbs of reporting after a quotation (general English usage) -> the English the engine
# renders as the French press's verb ("said" -> "a déclaré", "observed" -> "a noté", not
# the engine's "a obéi").
_VERBS = {
    "said": "declared", "says": "declares", "stated": "stated", "states": "states",
    "stressed": "stressed", "stresses": "stresses", "emphasised": "emphasised",
    "emphasized": "emphasised", "underlined": "underlined", "noted": "noted",
    "notes": "notes", "observed": "noted", "added": "added", "adds": "adds",
    "wrote": "wrote", "writes": "writes", "continued": "continued", "recalled": "recalled",
    "explained": "explained", "concluded": "concluded", "pointed out": "pointed out",
    "remarked": "remarked", "declared": "declared", "reads": "indicates",
}
# A text's verbs (*the message reads*, *the telegram says*): "indique".
_TEXT_VERBS = frozenset(("reads", "says", "states"))
# Texts that "read" (general English usage).
_TEXTS = frozenset(("message", "telegram", "letter", "statement", "greeting", "greetings",
                    "address", "document", "declaration", "communiqué", "note", "text",
                    "resolution", "decree", "appeal", "report", "inscription", "card"))
_VERB = "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True))
# A quotation's end, the subject (up to nine words, no comma), the verb, then the end of the
# clause or an adverbial that may follow the subject in French ("in his message").
_REPORT = re.compile(
    r"(?P<q>[,!?…][”\"]) (?P<subj>(?:[Tt]he|[A-Z][\w’'.-]*)(?: [\w’'.-]+){0,8}?) "
    rf"(?P<verb>{_VERB})(?=[,.;]| (?:in|at|during|on|when|while|after|today|yesterday|"
    r"earlier|later|also)\b)")
_PRONOUN = re.compile(rf"(?P<q>[,!?…][”\"]) (?P<subj>he|she|they) (?P<verb>{_VERB})"
                      r"(?=[,.;]| (?:in|at|during|on|when|while|after|today|also)\b)")
# A subject the inverted order would make the object of another verb or give a plural verb.
_NOT_SUBJECT = frozenset(("he", "she", "they", "it", "we", "i", "you", "this", "that", "and",
                          "who", "which", "what", "there", "one"))
_HEAD_END = frozenset(("of", "from", "at", "in", "for", "to", "with"))


def _head(subject: str) -> str:
    """The English subject's head: the word before its first preposition."""
    words = subject.split()
    head = words[0]
    for word in words:
        if word in _HEAD_END:
            break
        head = word
    return head


def _singular(subject: str) -> bool:
    """Whether the English subject is a singular noun phrase or name (its head, the word
    before its first preposition, no plural in -s: "the President of Russia", "Vladimir
    Putin", "the President’s message"; not "the leaders", "Putin and Xi")."""
    if any(w.lower() in _NOT_SUBJECT for w in subject.split()):
        return False
    head = _head(subject)
    return not (head[:1].islower() and head.endswith("s") and not head.endswith(
        ("ss", "us", "’s", "'s")))


def english(line: str) -> str:
    """ "“…,” the President stressed in his message." -> "“…,” stressed the President in
    his message."; *said* as *declared*, a text's *reads* as *indicates*."""
    if "”" not in line and '"' not in line:
        return line

    def invert(m: re.Match[str]) -> str:
        subject, verb = m.group("subj"), m.group("verb")
        if not _singular(subject):
            return m.group(0)
        if verb in _TEXT_VERBS and _head(subject).lower().removesuffix("’s") in _TEXTS:
            new = "indicates"
        elif verb == "reads":
            return m.group(0)
        else:
            new = _VERBS[verb]
        if subject.startswith("The "):
            subject = "the" + subject[3:]
        return f"{m.group('q')} {new} {subject}"

    line = _REPORT.sub(invert, line)
    return _PRONOUN.sub(lambda m: f"{m.group('q')} {m.group('subj')} "
                                  f"{'declared' if m.group('verb') == 'said' else m.group('verb')}",
                        line)


# French: a quotation's end and the verb the engine left without its pronoun ("», a dit.").
_FR_AFTER_QUOTE = re.compile(r"(?<=[”»\"]) (?=[a-zàâçéèêîôû])|(?<=[”»\"],) (?=[a-zàâçéèêîôû])")
_FR_VERB = re.compile(r"(?:(?P<aux>" + alternation(avoir("present", "imperfect", persons=THIRD))
                      + r") (?P<pp>[a-zàâçéèêëîïôûù]+)"
                      r"|(?P<verb>[a-zàâçéèêëîïôûù]+))(?=[,.;]| (?:dans|à|lors|en|pendant|"
                      r"aujourd’hui|aujourd'hui|aussi)\b)")
_INVERTED = {"he": "il", "she": "elle", "they": "ils"}


def pronouns(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "“…,” he said." -> "», a-t-il déclaré." (the pivot wrote "», a déclaré."): the
    pronoun after the verb, "-t-" between two vowels; only when every quotation followed by
    a lower-case word in the English is followed by such a pronoun's clause, as many in the
    French."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if "”" not in source and '"' not in source:
            continue
        said = list(_PRONOUN.finditer(source))
        if not said or len(said) != len(re.findall(r"[,!?…][”\"] [a-z]", source)):
            continue
        spots = list(_FR_AFTER_QUOTE.finditer(text))
        if len(spots) != len(said):
            continue
        for m, spot in reversed(list(zip(said, spots, strict=True))):
            verb = _FR_VERB.match(text, spot.end())
            if verb is None:
                continue
            pronoun = _INVERTED[m.group("subj")]
            if verb.group("aux"):
                aux = verb.group("aux")
                link = "-t-" if aux[-1] == "a" else "-"
                new = f"{aux}{link}{pronoun} {verb.group('pp')}"
            else:
                word = verb.group("verb")
                new = f"{word}{'-t-' if word[-1] in 'ae' else '-'}{pronoun}"
            text = text[:verb.start()] + new + text[verb.end():]
        out[k] = text
    return out
