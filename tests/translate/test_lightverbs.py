"""Support verbs chosen by their noun (``lightverbs.py``): *make a contribution* "apporter",
*make decisions* "prendre", *draw/pay attention*, an event *is held* "a lieu", *address*
issues and tasks, each where the English has the construction, and through the engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.lightverbs import light_verbs
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read and generate verb forms with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The club has made a big contribution to sport.",
     "Le club a fait une grande contribution au sport.",
     "Le club a apporté une grande contribution au sport."),
    ("Farmers make an important contribution to the economy.",
     "Les fermiers font une contribution importante à l'économie.",
     "Les fermiers apportent une contribution importante à l'économie."),
    ("She wants to make her contribution.", "Elle veut faire sa contribution.",
     "Elle veut apporter sa contribution."),
    ("It is our wish to make a contribution.", "C'est notre souhait de faire une contribution.",
     "C'est notre souhait d'apporter une contribution."),
    ("The council will make decisions next week.", "Le conseil fera des décisions",
     "Le conseil prendra des décisions"),
    ("The decision was made in May.", "La décision a été faite en mai.",
     "La décision a été prise en mai."),
    ("He drew attention to the new law.", "Il a dessiné attention à la nouvelle loi.",
     "Il a attiré l'attention sur la nouvelle loi."),
    ("Let me draw your attention to the figures.", "Laissez-moi dessiner votre attention aux",
     "Laissez-moi attirer votre attention sur les"),
    ("We must pay special attention to schools.",
     "Nous devons payer de l'attention spéciale à les écoles.",
     "Nous devons prêter une attention spéciale à les écoles."),
    ("They pay close attention to prices.", "Ils paient attention proche aux prix.",
     "Ils prêtent une attention particulière aux prix."),
    ("Great attention was paid to safety.", "Grande attention a été payée à la sécurité.",
     "Grande attention a été accordée à la sécurité."),
    ("The fair will be held in Kazan in May.", "La foire sera tenue à Kazan en mai.",
     "La foire aura lieu à Kazan en mai."),
    ("The talks were held in Paris.", "Les discussions ont été tenues à Paris.",
     "Les discussions ont eu lieu à Paris."),
    ("Concerts are also held in the park.", "Les concerts sont aussi tenus dans le parc.",
     "Les concerts ont aussi lieu dans le parc."),
    ("The vote would be held later.", "Le vote serait tenu plus tard.",
     "Le vote aurait lieu plus tard."),
    ("We must address these problems.", "Nous devons adresser ces problèmes.",
     "Nous devons régler ces problèmes."),
    ("The ministry is addressing the issues of farmers.",
     "Le ministère adresse les questions de fermiers.",
     "Le ministère traite les questions de fermiers."),
    ("The agency addressed all the challenges.", "L'agence a adressé tous les défis.",
     "L'agence a relevé tous les défis."),
    ("The city will address the concerns of residents.",
     "La ville adressera les préoccupations de résidents.",
     "La ville répondra aux préoccupations de résidents."),
    ("This task will be addressed next year.", "Cette tâche sera adressée l'année prochaine.",
     "Cette tâche sera accomplie l'année prochaine."),
    # after an elided "de": "de régler"
    ("We need to address these problems.", "Nous avons besoin d'adresser ces problèmes.",
     "Nous avons besoin de régler ces problèmes."),
    # the object before the verb (a relative clause), nothing after it in the English
    ("The problems that we need to address are known.",
     "Les problèmes que nous avons besoin d'adresser sont connus.",
     "Les problèmes que nous avons besoin de régler sont connus."),
    ("There are issues we have to address together.",
     "Il y a des questions devons adresser ensemble.",
     "Il y a des questions devons traiter ensemble."),
    ("The town will issue new passports.", "La ville émettra des nouveaux passeports.",
     "La ville délivrera des nouveaux passeports."),
    ("The office issued permits to farmers.", "Le bureau a émis permis aux fermiers.",
     "Le bureau a délivré permis aux fermiers."),
    ("Visas are issued in May.", "Les visas sont émis en mai.",
     "Les visas sont délivrés en mai."),
    # a head of state signs decrees, gives instructions and orders
    ("The Mayor issued a decree on parking.", "Le maire a émis un décret sur le stationnement.",
     "Le maire a signé un décret sur le stationnement."),
    ("The ministry will issue instructions to schools.",
     "Le ministère émettra des instructions aux écoles.",
     "Le ministère donnera des instructions aux écoles."),
    ("The order was issued on Monday.", "L'ordre a été émis lundi.",
     "L'ordre a été donné lundi."),
    ("Instructions have been issued to the police.",
     "Les instructions ont été émises à la police.",
     "Les instructions ont été données à la police."),
    # money is still issued ("émettre")
    ("The bank issued new bonds.", "La banque a émis des nouvelles obligations.",
     "La banque a émis des nouvelles obligations."),
])
def test_support_verb(source: str, french: str, want: str) -> None:
    assert light_verbs(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("We make cars with care.", "Nous faisons une contribution"),  # no *contribution*
    ("The artist drew a horse.", "L'artiste a dessiné un cheval."),
    ("He was held responsible for the loss.", "Il a été tenu responsable de la perte."),
    ("They were held hostage for days.", "Ils ont été tenus en otage"),
    ("The lawyer is bound to keep silence.", "L'avocat est tenu de garder le silence."),
    ("We address our thanks to the team.", "Nous adressons nos remerciements à l'équipe."),
    # questions addressed to someone: "adresser à" is right
    ("The questions he addressed to the minister.",
     "Les questions qu'il a adressées au ministre."),
    ("She sent the questions to the address.", "Elle a adressé les questions"),  # no verb
    ("We paid the bills.", "Nous avons payé les factures."),
    ("The bank issued bonds.", "La banque a émis des obligations."),  # money: "émettre"
    ("The plant emits gas, not visas.", "L'usine émet des visas."),  # no *issue*
])
def test_left_alone(source: str, french: str) -> None:
    assert light_verbs(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The school has made a great contribution to science.",
                           "The festival will be held in Kazan on 5 June.",
                           "The mayor drew attention to the state of the roads."],
                          engine, "en", "fr")
    assert "a apporté une grande contribution" in out[0].text
    assert "aura lieu à Kazan" in out[1].text and "tenu" not in out[1].text
    assert "a attiré l'attention sur" in out[2].text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We conduct regular surveys and studies.", "Nous dirigeons des enquêtes régulières.",
     "Nous effectuons des enquêtes régulières."),
    ("The institute conducted extensive research.", "L'institut a dirigé une recherche vaste.",
     "L'institut a mené une recherche vaste."),
    ("The talks were conducted in Vienna.", "Les pourparlers ont été dirigés à Vienne.",
     "Les pourparlers ont été menés à Vienne."),
    # a leader, and *direct*: "diriger" is right
    ("The leaders conducted talks.", "Les dirigeants ont dirigé des pourparlers.",
     "Les dirigeants ont mené des pourparlers."),
    ("She directed the film and conducted interviews.", "Elle a dirigé le film et dirigé des "
     "entretiens.", "Elle a dirigé le film et dirigé des entretiens."),
    ("He conducted the orchestra.", "Il a dirigé l'orchestre.", "Il a dirigé l'orchestre."),
])
def test_conduct_an_activity(source: str, french: str, want: str) -> None:
    assert light_verbs(source, french) == want
