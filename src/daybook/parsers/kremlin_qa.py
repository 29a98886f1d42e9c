"""Questions and answers of a transcript: which turns ask, and the number of each pair.

Shared by the page reader (``kremlin_blocks``) and the flattened-text reader
(``kremlin_text``): both give their turns as drafts, in page order, and the numbering is
done here, the same for both.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from daybook.model import Block
from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.speakers import split_label

_QA_KINDS = frozenset({"interview", "conference"})
# Roles of heads of state and government: such a speaker answers, he does not ask.
_LEADER_ROLE = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince"
    r"|Président|Premier ministre|Chancelier|Президент|Премьер|Канцлер|Король|Эмир)\b"
)
# A turn of another speaker inside an answer, at most this long and one paragraph, is an
# interjection ("And there are results."), not a second answer.
INTERJECTION_CHARS = 200
# A turn that asks ends with its question: after the last "?" at most a thanks or the
# asker's name ("Thank you. Dan Petruzzi, DuPont Capital."), not a presentation going on.
QUESTION_TAIL_CHARS = 120
# A moderated session is a Q&A when it puts at least this many questions to the principal.
SESSION_QUESTIONS = 2
# ... and, when nobody moderates, when at least this many people put them (editors in chief
# asking in turn; a governor's two requests in a working meeting are no session).
SESSION_ASKERS = 3
# Two people are enough outside a meeting when each asks in his first words on the page,
# from the floor (two workers questioning the principal on a visit); a participant who
# reported or talked before and then asks something makes no session, nor do two reports
# of a meeting that end with a question.
SESSION_ASKERS_FROM_FLOOR = 2


@dataclass(slots=True)
class Draft:
    block: Block
    starts_turn: bool = False
    generic: bool = False
    label: str | None = None  # raw label of the turn this block opens
    linked: str | None = None  # the person link inside that label
    turn: int | None = None  # index of the draft that opened this block's turn
    asks: bool = False  # a generic label that asks though no generic word ("Bild")



def _principal(drafts: list[Draft]) -> str | None:
    """The speaker who answers: the head of state when he speaks on the page (Putin, else
    Medvedev), else the named speaker most often right after a question."""
    after: Counter[str] = Counter()
    prev_generic = False
    past: str | None = None
    for d in drafts:
        if not d.starts_turn:
            continue
        if d.block.speaker in sel.PRINCIPAL_NAMES:
            return d.block.speaker
        if past is None and d.block.speaker in sel.PAST_PRINCIPAL_NAMES:
            past = d.block.speaker
        if prev_generic and d.block.speaker:
            after[d.block.speaker] += 1
        prev_generic = d.generic
    return past or (after.most_common(1)[0][0] if after else None)


def _opens_question(d: Draft) -> bool:
    """A generic label that asks ("Question", "Вопрос"), not a remark or a reply."""
    return d.generic and (d.asks or (d.label is not None and split_label(d.label).question))


def _is_host(speaker: str | None, hosts: frozenset[str]) -> bool:
    """A speaker the page tags under Persons ("Lukashenko Alexander", "Лукашенко Александр
    Григорьевич"), by surname: the label may print initials ("А.Лукашенко")."""
    if not speaker or not hosts:
        return False
    surname = speaker.replace(".", ". ").split()[-1].casefold()
    return surname in hosts


def _host_words(persons: Iterable[str]) -> frozenset[str]:
    return frozenset(w.casefold() for p in persons for w in p.split() if len(w) > 2)


def _turn_texts(drafts: list[Draft]) -> dict[int, str]:
    """Opener index -> the whole text of its turn."""
    out: dict[int, list[str]] = {}
    for d in drafts:
        if d.turn is not None:
            out.setdefault(d.turn, []).append(d.block.text)
    return {k: " ".join(v) for k, v in out.items()}


def _leaders(drafts: list[Draft], starts: list[int], hosts: frozenset[str]) -> set[str | None]:
    """Speakers with a leader's role somewhere on the page, or tagged under Persons."""
    return {d.block.speaker for i in starts
            if _LEADER_ROLE.search((d := drafts[i]).block.role or "")
            or _is_host(d.block.speaker, hosts)}


# A speaker who says he asks ("Thanks for taking my question", "a good chance to ask you",
# "У меня вопрос"; not "прошу рассмотреть вопрос о...", an issue) as he starts or ends: the
# transcript may print his question without "?" ("what do you think could be done ... .").
_SAYS_ASKING = re.compile(
    r"\b(?:my|a|one|the|last|next|second|following)\s+(?:\w+\s+)?question\b|\bask(?:ing)?\s+you\b"
    r"|\b(?:мой|задать|у меня)\s+(?:\w+\s+)?вопрос|\bвопрос\s+к\s+вам|\bспросить\b"
    r"|\b(?:do|would|could|can) you (?:please )?(?:think|see|tell|say|comment|share|explain)\b"
    r"|\bwhat do you\b|\b(?:I|we)(?: would| should|['’]d) like to (?:ask|know|hear|learn)\b"
    r"|\bскажите\b|\bкак вы (?:оцениваете|считаете|думаете)\b"
    # Asking to be told, the way a sailor or a worker asks on a visit: "Хотелось бы ... узнать
    # из первых уст ход переговоров", "попросить рассказать о том, что планируется".
    r"|\b(?:подскажите|расскажите|поясните|прокомментируйте)\b"
    r"|\bхотел\w*\s+бы\b[^.?!]{0,80}?\b(?:узнать|услышать)\b"
    r"|\b(?:прошу|просим|попросить)\s+(?:Вас\s+)?(?:рассказать|прокомментировать|пояснить"
    r"|оценить|дать\s+оценку)\b", re.I)
_SAYS_ASKING_CHARS = 300
# The first words of a journalist's turn that move to a new subject ("Кстати, ... Трамп
# заявил, что ...", "By the way", "Speaking of"): after a full answer such a turn puts the
# next question even without "?"; a comment on the answer starts otherwise.
_NEW_SUBJECT = re.compile(
    # an address first: "Mr President,", "Владимир Владимирович,"
    r"^(?-i:[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*){0,2},\s*)?"
    r"(?:(?:and|but|now|once again|а|и|но|ну),?\s+)?"
    r"(?:by the way|incidentally|speaking of|talking about|another (?:question|topic|subject)"
    r"|one more (?:question|topic|subject)|(?:my )?next question|moving on"
    r"|кстати|к слову|говоря о|ещё (?:один|одна) (?:вопрос|тема)"
    r"|следующий вопрос|теперь (?:о|об|про|по поводу)\b)", re.I)


def _ends_asking(text: str) -> bool:
    """The turn ends with a question ("... ? Thank you.")."""
    return "?" in text and len(text) - text.rfind("?") - 1 <= QUESTION_TAIL_CHARS


# A short turn that only asks leave to ask ("Можно ещё один вопрос?", "Can I ask one more
# question?"): the question comes after the principal's "Please".
_ASKS_LEAVE = re.compile(
    r"\b(?:can|could|may) I ask\b|\b(?:one|just one) (?:more|last) question\b"
    r"|\bможно\b.{0,30}\bвопрос|\bможно (?:ещё )?спросить\b"
    r"|\bразрешите\b.{0,30}\b(?:вопрос|спросить)", re.I)
_ASKS_LEAVE_CHARS = 120


def _puts_question(text: str) -> bool:
    """The turn asks something ("?"), not only leave to ask."""
    return "?" in text and not (len(text) <= _ASKS_LEAVE_CHARS and _ASKS_LEAVE.search(text))


def opens_subject(text: str) -> bool:
    """The turn starts on a new subject, after at most an address ("Mr President,")."""
    return bool(_NEW_SUBJECT.search(text.lstrip()))


def _says_asking(text: str) -> bool:
    return bool(_SAYS_ASKING.search(text[:_SAYS_ASKING_CHARS])
                or _SAYS_ASKING.search(text[-_SAYS_ASKING_CHARS:]))


def session_moderators(drafts: list[Draft], principal: str | None) -> set[str]:
    """Who moderates a session: a named speaker other than the principal after whom two or
    more other named speakers take the floor (a forum's moderator, the head of an agency
    giving the floor to his colleagues); empty on pages the principal chairs himself."""
    starts = [d for d in drafts if d.starts_turn]
    after: dict[str, set[str]] = {}
    for a, b in pairwise(starts):
        who, then = a.block.speaker, b.block.speaker
        if who and who != principal and then and then not in (who, principal) and not a.generic:
            after.setdefault(who, set()).add(then)
    return {who for who, then in after.items() if len(then) >= 2}


def _session_askers(drafts: list[Draft], principal: str) -> set[int]:
    """The questions put to the principal in a session (a forum's plenary, a meeting with
    agency heads or editors in chief): a turn of the moderator or of someone from the floor that
    ends with a question, or says it asks, and that the principal takes up next, at length
    or asking back ("Russia can what?"). Anyone but the principal may ask there: a leader's
    title also names the head of an agency ("President of Xinhua News Agency") and the
    moderator may be tagged under Persons. A reply to the principal's own short question
    ("Кто вам нужен?" - "Химики...") and a presenter's question in the middle of a talk are
    no questions put to him.
    """
    starts = [i for i, d in enumerate(drafts) if d.starts_turn]
    texts = _turn_texts(drafts)
    out: set[int] = set()
    for before, a, b in zip([None, *starts], starts, starts[1:], strict=False):
        d = drafts[a]
        if d.generic or d.block.speaker in (None, principal):
            continue
        if drafts[b].block.speaker != principal:
            continue
        text, reply = texts.get(a, ""), texts.get(b, "")
        if not (_ends_asking(text) or _says_asking(text)):
            continue
        if "?" not in reply and len(reply) <= INTERJECTION_CHARS:
            continue  # floor handling: "Three more?" - "Yes. From this sector."
        if before is not None and drafts[before].block.speaker == principal:
            asked = texts.get(before, "")
            if _ends_asking(asked) and len(asked) <= INTERJECTION_CHARS:
                continue
        out.add(_cut_short(drafts, starts, texts, starts.index(a), principal))
    return out


def _cut_short(drafts: list[Draft], starts: list[int], texts: dict[int, str], k: int,
               principal: str) -> int:
    """Where the asker of turn ``starts[k]`` took the floor: back over his earlier turns that
    only the principal's short words came between ("What is your weight category?" -
    "Ultra-heavy weight." - ...), when someone else had given him the floor; his question
    starts there, the exchange is part of its pair."""
    asker = drafts[starts[k]].block.speaker
    first = k
    while first >= 2:
        p, x = starts[first - 1], starts[first - 2]
        short = len(texts.get(p, "")) <= INTERJECTION_CHARS and all(
            d.turn != p for d in drafts[p + 1:starts[first]])
        if drafts[p].block.speaker != principal or not short:
            break
        if drafts[x].block.speaker != asker:
            break
        first -= 2
    if first == k or first == 0:
        return starts[k]
    giver = drafts[starts[first - 1]].block.speaker
    return starts[first] if giver not in (principal, asker) else starts[k]


def _enough_askers(drafts: list[Draft], asked: set[int], kind: str) -> bool:
    """Enough people ask for a session nobody moderates: ``SESSION_ASKERS``, or outside a
    meeting ``SESSION_ASKERS_FROM_FLOOR`` when each one's first question is his first turn."""
    who = {drafts[i].block.speaker for i in asked}
    if len(who) >= SESSION_ASKERS:
        return True
    if len(who) < SESSION_ASKERS_FROM_FLOOR or kind == "meeting":
        return False
    first_turn: dict[str | None, int] = {}
    for i, d in enumerate(drafts):
        if d.starts_turn:
            first_turn.setdefault(d.block.speaker, i)
    return all(first_turn.get(s) == min(i for i in asked if drafts[i].block.speaker == s)
               for s in who)


def _askers(drafts: list[Draft], kind: str, hosts: frozenset[str] = frozenset()) -> set[int]:
    """Indices of the turns that open a Q&A pair; empty when the page is no Q&A.

    A "Question" label asks wherever it stands. An interview or news conference may also
    name its askers (journalists, an interviewer, viewers, a moderator reading questions),
    alone or beside "Question" labels: a named turn the principal speaks right after asks,
    unless its speaker is a leader or tagged under Persons (a co-host's statement or
    answer). A moderator mostly hands the floor ("Let us continue. TV Centre."); his turn
    asks only when it puts a question ("?") the principal answers at length ("Stand up, where
    are you?" - "While he is choosing..." is no question).
    """
    starts = [i for i, d in enumerate(drafts) if d.starts_turn]
    labelled = {i for i in starts if _opens_question(drafts[i])}
    principal = _principal(drafts)
    if principal is None:
        return labelled
    if kind not in _QA_KINDS:
        # One question in a meeting is an incident of the talk; a session puts several, and
        # without a moderator (the principal gives the floor himself) several people ask.
        asked = _session_askers(drafts, principal)
        if not session_moderators(drafts, principal) and not _enough_askers(drafts, asked, kind):
            asked = set()
        return labelled | asked if len(asked) >= SESSION_QUESTIONS else labelled
    leaders = _leaders(drafts, starts, hosts)
    handed: Counter[str | None] = Counter()
    for a, b in pairwise(starts):
        who, then = drafts[a].block.speaker, drafts[b].block.speaker
        if who not in (None, principal) and then != who:
            # giving the floor to "Question:" is handing it too (a press secretary at a
            # news conference: "Colleagues from Kuzbass." - "Question: ..."), not talking
            # to people labelled "Remark" on a report from the field
            named = then not in (None, principal)
            handed[who] += 1 if named or (then is None and b in labelled) else -1
    moderators = {who for who, n in handed.items() if n > 0}
    texts = _turn_texts(drafts)
    return labelled | {
        a for a, b in pairwise(starts)
        if not drafts[a].generic and drafts[a].block.speaker not in (None, principal)
        and drafts[a].block.speaker not in leaders
        and (drafts[a].block.speaker not in moderators
             or ("?" in texts.get(a, "") and len(texts.get(b, "")) > INTERJECTION_CHARS))
        and drafts[b].block.speaker == principal
    }


def number_questions(drafts: list[Draft], kind: str, hosts: Iterable[str] = ()) -> None:
    """In a Q&A, number each question and its answer alike; elsewhere a generic remark is a
    plain turn.

    Question n (see ``_askers``) opens pair n. The first named turn after it is answer n,
    whoever speaks; so is every later full turn of the pair (the other leader answering a
    question put to both, the first one resuming). After a named asker only the principal
    and the hosts (leaders, people tagged under Persons) answer; the asker speaking again
    before a full answer is a turn of the pair, not a new question, when he has not yet
    asked anything ("Good afternoon, I am X from Y.") or replies to the principal asking
    back ("In March?", "Did anybody die?") or presses in a short word that asks nothing
    ("Please tell one.", "But he is dead."); after a full answer at a news conference, when
    he puts no question ("I called it juvenile justice for adults."). A short one-paragraph
    turn inside the pair (an interjection, "And there are results.") and a generic remark
    stay turns, numbered n.
    A heading or a separator closes the pair; so does the next question. In a moderated
    session (not an interview or a news conference, see ``_session_askers``) so does anyone
    but the principal and the leaders speaking after a full answer without asking the
    principal (the moderator's thanks, the floor handed on, a question put to another
    panellist), unless a short word the principal goes on after ("I look forward to it,
    sir.").
    """
    # An interview's Persons tags may name the interviewer ("Interview to Tucker Carlson"):
    # there a tagged person asks; at a joint news conference he is the co-host.
    host_words = _host_words(hosts) if kind != "interview" else frozenset()
    asks = _askers(drafts, kind, host_words)
    leaders = _leaders(drafts, [i for i, d in enumerate(drafts) if d.starts_turn], host_words)
    principal = _principal(drafts)
    starts = [i for i, d in enumerate(drafts) if d.starts_turn]
    following = dict(pairwise(starts))  # opener index -> the next opener
    chairs = session_moderators(drafts, principal) if kind not in _QA_KINDS else set()
    # A moderator hands the floor on, he does not answer, even when the page tags him or his
    # title says "President" ("President and Chairman of the VTB Bank Management Board").
    leaders -= chairs
    size: Counter[int] = Counter()  # opener index -> characters of its whole turn
    for idx, d in enumerate(drafts):
        if d.turn is not None:
            # A second paragraph makes a turn a full one, whatever its length.
            size[d.turn] += len(d.block.text) + (INTERJECTION_CHARS if d.turn != idx else 0)
    number = 0
    is_open = False
    answered = False  # someone answered the open question
    fully = False  # ... with a full turn
    asker: str | None = None  # the named asker of the open question
    asked = False  # ... has put a question ("?")
    last = ""  # the last turn of someone else in the open pair
    texts = _turn_texts(drafts)
    roles: dict[int, str] = {}  # opener index -> question | answer | turn
    for idx, d in enumerate(drafts):
        b = d.block
        if d.starts_turn:
            full = size[idx] > INTERJECTION_CHARS
            text = texts.get(idx, "")
            # The same journalist again: before a full answer he goes on when he has not yet
            # asked, replies to the principal asking back or presses in a short word without
            # a new question ("Please tell one."); after it, at a news conference,
            # he asks anew only with a question ("?") or, his first one asked, a new subject
            # ("Кстати, ..."), else he comments on the answer (or goes on with the question he
            # announced before the principal's aside).
            follows = is_open and asker is not None and b.speaker == asker and (
                (not asked or "?" in last or not (full or _puts_question(text))) if not fully
                else kind == "conference" and "?" not in text
                and not (asked and opens_subject(text)))
            # A "Question:" label's journalist named when he replies to the principal asking
            # back before any full answer ("Where are they 40 percent?" - "Oleg Kashtanov: In
            # the Republic, yes. ..."): he goes on with his question, now named.
            replies = (is_open and asker is None and answered and not fully and "?" in last
                       and not d.generic and b.speaker not in leaders | {None, principal})
            if replies:
                asker, follows = b.speaker, True
            if idx in asks and not follows:
                number += 1
                is_open, answered, fully = True, False, False
                asker = None if d.generic else b.speaker
                asked = _puts_question(text)
                roles[idx] = "question"
            elif follows:
                roles[idx] = "turn"
                asked = asked or _puts_question(text)
            elif chairs and is_open and fully and b.speaker not in leaders | {principal} and (
                    full or drafts[following.get(idx, idx)].block.speaker != principal):
                is_open = False
                roles[idx] = "remark" if d.generic else ""  # a closing remark: a plain turn
            elif d.generic and is_open and d.label and split_label(d.label).answer:
                # "Answer:", "A:", "Ответ:": the answer of an unnamed answerer
                full = size[idx] > INTERJECTION_CHARS
                roles[idx] = "answer" if full or not answered else "turn"
                answered, fully, last = True, fully or full, text
            elif d.generic:
                # A remark ("Remark", "Реплика") is someone's word, not a question: inside a
                # pair it is a turn of it, outside one an unnumbered turn.
                roles[idx] = "turn" if is_open else "remark"
            elif not is_open:
                roles[idx] = ""
            else:
                may = asker is None or b.speaker == principal or b.speaker in leaders
                may = may and b.speaker != asker
                roles[idx] = "answer" if may and (full or not answered) else "turn"
                answered = answered or may
                fully = fully or (may and full)
                last = text
        elif d.turn is None:
            if b.type in ("heading", "separator"):
                is_open = False
            continue
        role = roles.get(d.turn if d.turn is not None else idx, "")
        if not role:
            continue
        if role == "remark":
            d.block = replace(b, type="turn")
        elif b.type == "list":
            d.block = replace(b, number=number)
        elif role == "question":
            d.block = replace(b, type="question", number=number)
        elif role == "answer":
            d.block = replace(b, type="answer", number=number)
        else:
            d.block = replace(b, type="turn", number=number)
