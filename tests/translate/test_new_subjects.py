"""A bare plural subject the sentence brings in: "des", not "les" (``new_subjects``)."""

from __future__ import annotations

from daybook.translate.new_subjects import bare_openers, new_subjects, que_subjects


def test_a_passive_of_making_or_a_verb_of_coming_about_takes_des(apertium_ok: bool) -> None:
    assert new_subjects(
        "We discussed trade. Important decisions were made to improve it.",
        "Nous avons discuté du commerce. Les décisions importantes ont été prises pour "
        "l’améliorer.") == ("Nous avons discuté du commerce. Des décisions importantes ont "
                            "été prises pour l’améliorer.")
    assert new_subjects("Great opportunities are opening up for using LNG.",
                        "Les grandes possibilités s’ouvrent pour utiliser le GNL.") == \
        "Des grandes possibilités s’ouvrent pour utiliser le GNL."
    assert new_subjects("Reports were submitted by the minister.",
                        "Les rapports ont été présentés par le ministre.") == \
        "Des rapports ont été présentés par le ministre."
    assert new_subjects("Talks are underway on gas supplies.",
                        "Les négociations sont en cours sur les livraisons de gaz.") == \
        "Des négociations sont en cours sur les livraisons de gaz."


def test_a_class_as_a_whole_keeps_les(apertium_ok: bool) -> None:
    # a predicate of the class, a simple present passive (what happens as a rule)
    for english, french in (
            ("Heroes are courageous people.", "Les héros sont des personnes courageuses."),
            ("Resources are provided irregularly.", "Les ressources sont fournies "
                                                    "irrégulièrement."),
            ("Russian regions are engaged in this work.", "Les régions russes sont engagées "
                                                          "dans ce travail."),
            # a subject with a complement, a determiner, a pronoun, a singular
            ("Issues of security were discussed.", "Les questions de sécurité ont été "
                                                   "discutées."),
            ("These decisions were made today.", "Les décisions ont été prises aujourd’hui."),
            ("Recently we have built roads.", "Les routes ont été construites récemment."),
            ("Work is underway.", "Le travail est en cours.")):
        assert new_subjects(english, french) == french


def test_sentences_are_paired_in_order(apertium_ok: bool) -> None:
    # only the French sentence at the English one's place; none where the counts differ
    assert new_subjects(
        "Heroes are brave. Conditions are being created for growth.",
        "Les héros sont courageux. Les conditions sont créées pour la croissance.") == \
        "Les héros sont courageux. Des conditions sont créées pour la croissance."
    assert new_subjects(
        "Conditions are being created for growth. It is good.",
        "Les conditions sont créées pour la croissance, c’est bien.") == \
        "Les conditions sont créées pour la croissance, c’est bien."


def test_a_bare_plural_opening_the_sentence_takes_its_article(apertium_ok: bool) -> None:
    # the class "les"; "autres" "d'autres"; a verb of coming about "des"
    assert bare_openers(
        "Interregional ties, which are expanding, are an important element.",
        "Liens interrégionaux, qui s’étendent, sont un élément important.") == \
        "Les liens interrégionaux, qui s’étendent, sont un élément important."
    assert bare_openers("Other documents concern pensions.",
                        "Autres documents concernent les pensions.") == \
        "D’autres documents concernent les pensions."
    assert bare_openers("Safety barriers also produce an effect.",
                        "Barrières de sécurité produisent aussi un effet.") == \
        "Les barrières de sécurité produisent aussi un effet."
    assert bare_openers("New productions have been created.",
                        "Productions nouvelles ont été créées.") == \
        "Des productions nouvelles ont été créées."


def test_no_article_for_a_vocative_a_determiner_or_a_singular(apertium_ok: bool) -> None:
    for english, french in (
            ("Ladies and gentlemen, each of you contributes.",
             "Mesdames et messieurs, chacun de vous contribue."),
            ("Comrade officers, Russia is a peaceful nation.",
             "Officiers camarades, la Russie est une nation pacifique."),
            ("The ties are strong.", "Liens sont forts."),
            ("Cooperation is developing.", "Coopération se développe.")):
        assert bare_openers(english, french) == french


def test_a_bare_plural_after_que(apertium_ok: bool) -> None:
    assert que_subjects(
        "Putin noted that regular meetings with leaders help him.",
        "Poutine a noté que rencontres régulières avec des dirigeants l’aident.") == \
        "Poutine a noté que les rencontres régulières avec des dirigeants l’aident."
    # *that the*: the English has no bare noun after *that*; no verb follows the noun
    assert que_subjects(
        "He said that the meetings help him.",
        "Il a dit que rencontres l’aident.") == "Il a dit que rencontres l’aident."
    assert que_subjects("It is higher than average figures.",
                        "C’est plus haut que chiffres moyens.") == \
        "C’est plus haut que chiffres moyens."
