from __future__ import annotations

import pytest

from daybook.translate.title_kinds import event_of, message_frames, question_frames
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("x", "expected"), [
    ("the plenary session of the St Petersburg International Economic Forum", True),
    ("an Expanded Meeting of the Defence Ministry Board", True),
    ("the 62nd Session of the UN General Assembly", True),
    ("the opening of the Yekaterinburg Ring Road", True),
    ("the Ministry of Defence", False),  # an institution's own "of"
    ("participants of the forum", False),  # people, no event (the older test reads them)
    ("the Council of Heads of State", False),
])
def test_event_of(x: str, expected: bool) -> None:
    assert event_of(x) is expected


@pytest.mark.parametrize(("x", "french"), [
    # The session of that forum, not a forum "of the plenary session of St Petersburg".
    ("the plenary session of the St Petersburg International Economic Forum",
     "la séance plénière du Forum économique international de Saint-Pétersbourg"),
    ("the Meeting of the State Council Presidium",
     "la réunion du Présidium du Conseil d’État"),
])
def test_an_event_with_its_of_heads_the_slot(x: str, french: str) -> None:
    assert resolve(x) == french


@pytest.mark.parametrize(("title", "french"), [
    ("Dmitry Medvedev took part in the plenary session of the Krasnoyarsk Economic Forum",
     "Dmitri Medvedev a participé à la séance plénière du Forum économique de Krasnoïarsk"),
    # Headline case: a role before "of" keeps its capital and stays a role.
    ("Telephone Conversation with President of the United States George Bush",
     "Conversation téléphonique avec le président américain George Bush"),
    ("Press Statement Following Talks with President of Ukraine Viktor Yushchenko",
     "Déclaration à la presse à l’issue des pourparlers avec le président ukrainien "
     "Viktor Iouchtchenko"),
    ("Inauguration of Moscow Mayor", "Inauguration du maire de Moscou"),
    # A foreign city is no Russian surname to romanise ("Mounitch").
    ("Speech at the Munich Conference on Security Policy",
     "Discours à la Conférence de Munich sur la politique de la sécurité"),
    ("Trip to Leipzig", "Déplacement à Leipzig"),
])
def test_titles_of_other_years(title: str, french: str) -> None:
    assert plan_title(title).text == french


@pytest.mark.parametrize(("title", "french"), [
    ("Answers to Questions from Russian Journalists",
     "Réponses aux questions des journalistes russes"),
    ("Answers to media questions following the G20 summit",
     "Réponses aux questions des médias à l’issue du sommet du G20"),
    ("Responses to Journalists’ Questions Following the Russia-EU Summit",
     "Réponses aux questions des journalistes à l’issue du sommet Russie–UE"),
    ("Answers to Japanese media questions", "Réponses aux questions des médias japonais"),
    ("Vladimir Putin answered Russian journalists’ questions",
     "Vladimir Poutine a répondu aux questions des journalistes russes"),
    ("Statement to the Press and Answers to Questions Following Russian-Italian Talks",
     "Déclaration à la presse et réponses aux questions à l’issue des pourparlers "
     "russo-italiens"),
    ("Statement for the Press Following Talks with President of France Jacques Chirac",
     "Déclaration à la presse à l’issue des pourparlers avec le président français "
     "Jacques Chirac"),
])
def test_answers_and_statements(title: str, french: str) -> None:
    assert plan_title(title).text == french


@pytest.mark.parametrize(("title", "french"), [
    ("Message of congratulations to Xi Jinping on his re-election",
     "Message de félicitations à Xi Jinping à l’occasion de sa réélection"),
    ("Message of greetings to Orthodox Christians and all Russians celebrating Christmas",
     "Message de salutations aux chrétiens orthodoxes et à tous les Russes qui célèbrent Noël"),
    ("Easter greetings to Orthodox Christians and all Russians celebrating Easter",
     "Vœux de Pâques aux chrétiens orthodoxes et à tous les Russes qui célèbrent Pâques"),
    ("Greetings to Muslims on Eid al-Adha",
     "Message de salutations aux musulmans à l’occasion de l’Aïd al-Adha"),
    ("Condolences in connection with the earthquake in Turkey",
     "Condoléances à la suite du séisme en Turquie"),
    ("Vladimir Putin expressed his condolences over the death of Mikhail Gorbachev",
     "Vladimir Poutine a présenté ses condoléances suite au décès de Mikhaïl Gorbatchev"),
    ("Vladimir Putin sent a message of congratulations to Joe Biden",
     "Vladimir Poutine a adressé un message de félicitations à Joe Biden"),
])
def test_messages(title: str, french: str) -> None:
    assert plan_title(title).text == french


def test_frames_cross_every_head_with_every_tail() -> None:
    questions = dict(question_frames())
    assert questions["Press statements and answers to media questions following {y}"] == (
        "Déclarations à la presse et réponses aux questions des médias à l’issue {de:y}")
    messages = dict(message_frames())
    assert messages["Condolence message to {x} over {y}"] == (
        "Message de condoléances {à:x} à la suite {de:y}")
    # Greetings are sent on an occasion, never "after" a death.
    assert not any(en.startswith("{who} sent greetings") and "décès" in fr
                   for en, fr in messages.items())


@pytest.mark.parametrize(("title", "french"), [
    # An occasion after the event's noun: no "Journée de la réception".
    ("Speech at a Reception Marking Russia Day",
     "Discours à une réception à l’occasion du Jour de la Russie"),
    ("Speech at Reception celebrating Border Guards Day",
     "Discours à la réception à l’occasion de la Journée des gardes-frontières"),
    # A person with a new role, in apposition; the comma closing it kept.
    ("Vladimir Putin presented Vladimir Kolokoltsev, the new Interior Minister, to the "
     "Ministry's personnel",
     "Vladimir Poutine a présenté Vladimir Kolokoltsev, nouveau ministre de l’Intérieur, "
     "au personnel du Ministère"),
    # Media kinds in the headline case, and a name's "The" is no common word.
    ("Interview with the Newspaper Le Figaro", "Entretien accordé au journal Le Figaro"),
    ("Interview to Indian Newspaper The Hindu",
     "Entretien accordé au journal indien The Hindu"),
    ("Interview to Chinese media outlets", "Entretien accordé aux médias chinois"),
    # A compound noun is no gerund and its object ("l’organisation du comité").
    ("Meeting of the organising committee for the celebration of the 800th anniversary of "
     "Alexander Nevsky",
     "Réunion du comité d’organisation pour la célébration du 800e anniversaire "
     "d’Alexandre Nevski"),
    ("Operational meeting of the Security Council",
     "Réunion opérationnelle du Conseil de sécurité"),
    ("Annual Address to the Federal Assembly", "Message annuel à l’Assemblée fédérale"),
    ("Message of Condolence to President of Turkey Abdullah Gul",
     "Message de condoléances au président turc Abdullah Gül"),
])
def test_more_shapes(title: str, french: str) -> None:
    assert plan_title(title).text == french


def test_new_in_role_needs_a_known_role() -> None:
    from daybook.translate.title_roles import new_in_role

    assert new_in_role("Elvira Nabiullina, the new Governor of the Central Bank") == (
        "Elvira Nabioullina, nouvelle gouverneure de la Banque centrale")
    assert new_in_role("Ivan Petrov, the new chef") is None
