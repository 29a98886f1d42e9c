"""Agreement read with Apertium's French analyser and written with its generator
(``agreement.py``): determiners, adjectives and participles with their nouns."""

from __future__ import annotations

import pytest

from daybook.translate.agreement import agree, agree_texts
from daybook.translate.protect import translate_texts
from daybook.translate.sourced import from_source


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_determiner_with_its_noun() -> None:
    assert agree("Nous apprécions le confiance mutuelle.") == (
        "Nous apprécions la confiance mutuelle.")
    assert agree("le potentiel de notre grande universités") == (
        "le potentiel de nos grandes universités")
    assert agree("Il connaît tout aspects du travail.") == "Il connaît tous les aspects du travail."
    assert agree("sur le montant tension") == "sur la montante tension"
    assert agree("en dehors de la conseils") == "en dehors des conseils"
    assert agree("Il parle du confiance.") == "Il parle de la confiance."
    assert agree("la équipes") == "les équipes"


def test_determiner_left_alone() -> None:
    for text in ("Il le porte.", "Il ne les porte pas.", "Nous la rencontrons.",
                 "à ces blessé",  # a plural determiner: the noun lost its plural
                 "pour la première fois", "la capitale du Pérou", "donner la bienvenue",
                 "le Conseil de sécurité", "la perspective mondiale"):
        assert agree(text) == text, text


def test_adjective_after_its_noun() -> None:
    assert agree("pour renforcer la confiance mutuel.") == "pour renforcer la confiance mutuelle."
    assert agree("des tableaux interactives") == "des tableaux interactifs"
    assert agree("résoudre des problèmes nationales") == "résoudre des problèmes nationaux"
    assert agree("Cette année seul, il a") == "Cette année seule, il a"
    assert agree("un travail honnête et consciencieuse") == "un travail honnête et consciencieux"


def test_adjective_of_another_noun() -> None:
    for text in ("un style de vie sain et actif",  # the style's
                 "le calendrier de sports international",
                 "les ordres du jour bilatéraux et internationaux",
                 "les générations et pays différents",  # joined by "et"
                 "les sports russes et internationales industrie",  # before its own noun
                 "des traits de caractère nécessaires"):
        assert agree(text) == text, text


def test_predicate_with_the_subject() -> None:
    assert agree("L'équipe nouvelle est fort.") == "L'équipe nouvelle est forte."
    assert agree("La limite supérieure a été atteint.") == (
        "La limite supérieure a été atteinte.")
    assert agree("Je pense que les relations sont très bon.") == (
        "Je pense que les relations sont très bonnes.")
    assert agree("Le développement de la coopération est importante.") == (
        "Le développement de la coopération est important.")  # the head's, not the nearest


def test_predicate_left_alone() -> None:
    for text in ("La Russie et la Chine sont prêts",  # a plural verb, a singular noun
                 "La question est de savoir", "C'est important.", "La Russie a signé",
                 "Les parties se sont parlé"):
        assert agree(text) == text, text


def test_predicate_after_adjectives_before_the_noun_or_a_figure() -> None:
    assert agree("La deuxième place a été pris.") == "La deuxième place a été prise."
    assert agree("37 ponts étaient déjà bâti.") == "37 ponts étaient déjà bâtis."


def test_predicate_after_a_time_phrase_with_la_plupart_or_a_participle_read_as_adjective(
) -> None:
    # A noun phrase before the subject's ("Cette année"): the subject is the second one.
    assert agree("Cette année ce prix a été conférée.") == "Cette année ce prix a été conféré."
    # "la plupart de(s) X": X agrees.
    assert agree("La plupart des barrières sont fermés.") == (
        "La plupart des barrières sont fermées.")
    assert agree("La plupart du temps est perdu.") == "La plupart du temps est perdu."
    assert agree("comme la plupart des barrières sont fermés") == (
        "comme la plupart des barrières sont fermées")
    # The dictionary's adjective "coordonné" of both genders: judged as a participle.
    assert agree("Ces questions sont coordonnés.") == "Ces questions sont coordonnées."
    # A contracted "du" opens no other phrase: "réponse" stays the head.
    assert agree("La réponse du Comité national est prudent.") == (
        "La réponse du Comité national est prudente.")


def test_predicate_with_the_antecedent_of_qui() -> None:
    assert agree("Les mesures qui sont pris.") == "Les mesures qui sont prises."
    assert agree("La tragédie qui est arrivé.") == "La tragédie qui est arrivée."
    assert agree("La loi, qui a été adopté hier, entre en vigueur.") == (
        "La loi, qui a été adoptée hier, entre en vigueur.")
    # The noun of the verb's number: the complemented one when the nearest is singular.
    assert agree("les relations d'amitié qui ont été forgé") == (
        "les relations d'amitié qui ont été forgées")
    assert agree("Celles qui sont pris.") == "Celles qui sont prises."


def test_predicate_with_a_subject_pronoun() -> None:
    assert agree("Elle est arrivé hier.") == "Elle est arrivée hier."
    assert agree("Ils sont prêt.") == "Ils sont prêts."


def test_predicate_of_qui_left_alone() -> None:
    for text in ("Le président de la commission qui a été élu",  # either noun
                 "Les pays qui ont signé la déclaration",  # "avoir" + participle
                 "Ce qui est important.", "La femme qui est médecin.",
                 "Avec elle est important."):  # no subject pronoun after a preposition
        assert agree(text) == text, text
    # "été" itself never agrees, only the participle after it.
    assert agree("Les lois qui ont été adopté") == "Les lois qui ont été adoptées"


def test_texts_in_one_batch_keep_their_order() -> None:
    texts = ["le confiance", "", "Rien à changer ici.", "La limite a été atteint."]
    assert agree_texts(texts) == ["la confiance", "", "Rien à changer ici.",
                                  "La limite a été atteinte."]


def test_from_source_agrees_last() -> None:
    assert from_source("The team is strong.", "L'équipe est fort.") == "L'équipe est forte."


def test_through_the_engine(engine: object) -> None:
    from daybook.translate.apertium import ApertiumEngine

    assert isinstance(engine, ApertiumEngine)
    out = translate_texts(["The new team is strong.", "The upper limit was reached."],
                          engine, "en", "fr")
    assert "est forte" in out[0].text
    assert "a été atteinte" in out[1].text


def test_a_superlative_after_its_noun() -> None:
    assert agree("C'est la ville le plus riche.") == "C'est la ville la plus riche."
    assert agree("les villes le moins peuplé") == "les villes les moins peuplées"
    assert agree("dans cette zone plus calme et ce secteur plus ouverte") == (
        "dans cette zone plus calme et ce secteur plus ouvert")
    # A noun after "plus" is no adjective of the first one.
    assert agree("la tâche plus travail") == "la tâche plus travail"


def test_a_predicate_agrees_with_its_head_past_a_name_in_the_complement() -> None:
    assert agree("La réponse du Comité national est prudent.") == (
        "La réponse du Comité national est prudente.")
    assert agree("Les lettres de Marie Curie sont précieux.") == (
        "Les lettres de Marie Curie sont précieuses.")
    # A name that is the subject, or not inside a complement, is left alone.
    assert agree("La Suède est prêt.") == "La Suède est prêt."
    assert agree("La position Paul est clair.") == "La position Paul est clair."


def test_a_verbal_adjective_after_its_noun() -> None:
    # "important" is *importer*'s gerund too: as an adjective it agrees.
    assert agree("Nous avons des relations commerciales important avec l'Allemagne.") == (
        "Nous avons des relations commerciales importantes avec l'Allemagne.")
    assert agree("des questions intéressant.") == "des questions intéressantes."
    # A participle before its object, or a verb whose participle is meant: left.
    for text in ("des pays important du pétrole", "des entreprises intéressant les jeunes",
                 "des personnes vivant en Russie", "les années suivant la guerre"):
        assert agree(text) == text, text


def test_an_adjective_of_a_complement_after_a_verb_and_a() -> None:
    # The phrase after "à" is the verb's object: the adjective agrees inside it.
    assert agree("demander à mes collègues de départements fédéral de voir") == (
        "demander à mes collègues de départements fédéraux de voir")
    assert agree("demander à mes collègues de ministères russes") == (
        "demander à mes collègues de ministères russes")
    # Its plural is no participle: agreed before a complement too.
    assert agree("des questions importants du renforcement") == (
        "des questions importantes du renforcement")


def test_an_adjective_before_a_word_read_as_a_noun_too() -> None:
    # "est" is *the East* too, "aigus" a noun too: neither is the adjective's own noun.
    assert agree("l'interaction à des plateformes internationaux est très") == (
        "l'interaction à des plateformes internationales est très")
    assert agree("la résolution des problèmes mondial aigus") == (
        "la résolution des problèmes mondiaux aigus")
    # Before its own noun (a noun only): left.
    assert agree("les sports russes et internationales industrie") == (
        "les sports russes et internationales industrie")


def test_a_predicate_agrees_with_its_head_past_a_complement_after_a_preposition() -> None:
    assert agree("Les améliorations dans le domaine financier sont évidents.") == (
        "Les améliorations dans le domaine financier sont évidentes.")
    assert agree("La coopération entre nos pays est fort.") == (
        "La coopération entre nos pays est forte.")
    # A phrase before the subject, the preposition's own: the subject is the noun after.
    assert agree("Dans les régions les prix sont élevées.") == (
        "Dans les régions les prix sont élevés.")
    # "millions de tonnes": the noun after "de" agrees, as after "la plupart".
    assert agree("et 13 millions de tonnes de marchandise sont attendus.") == (
        "et 13 millions de tonnes de marchandise sont attendues.")


def test_an_adjective_after_an_adverb_of_degree() -> None:
    assert agree("une équipe très saine et ambitieux.") == "une équipe très saine et ambitieuse."
    assert agree("une coopération très étroit") == "une coopération très étroite"
    # An adverb before a verb, not an adjective: left.
    assert agree("une coopération très appréciée") == "une coopération très appréciée"


@pytest.mark.parametrize(("text", "want"), [
    # The pivot's progressive passive (*is being raised*): the participle agrees across it.
    ("La question de climat est en train d'être soulevé.",
     "La question de climat est en train d'être soulevée."),
    ("Les questions sont en train d'être soulevé.",
     "Les questions sont en train d'être soulevées."),
    # Guard: a masculine singular subject keeps its participle.
    ("Le problème est en train d'être réglé.", "Le problème est en train d'être réglé."),
])
def test_progressive_passive_agrees(text: str, want: str) -> None:
    assert agree(text) == want


def test_predicate_after_a_modal_and_etre() -> None:
    # "être" after a finite "pouvoir", "devoir" ... takes that verb's number; a second
    # predicate joined by "et" agrees too.
    assert agree("Les mesures doivent être efficace et rapide.") == (
        "Les mesures doivent être efficaces et rapides.")
    assert agree("La décision ne peut pas être pris.") == "La décision ne peut pas être prise."
    assert agree("parce qu'elles peuvent être assez complexe et particulier.") == (
        "parce qu'elles peuvent être assez complexes et particulières.")
    # Guard: nouns after "être" stay; a subject joined by "et" to a noun of the other
    # gender is either a coordination (masculine) or a clause's: left.
    assert agree("Ils peuvent être président et ministre.") == (
        "Ils peuvent être président et ministre.")
    assert agree("En fait, plusieurs délits et les infractions peuvent être poursuivis.") == (
        "En fait, plusieurs délits et les infractions peuvent être poursuivis.")


def test_subject_head_after_an_adjective_that_is_a_noun_too() -> None:
    # "faux" is an adjective and a noun ("la faux"): before another noun, that one heads
    # the subject.
    assert agree("quand les faux héros sont casées dans le piédestal.") == (
        "quand les faux héros sont casés dans le piédestal.")
    assert agree("Les jeunes filles sont arrivé.") == "Les jeunes filles sont arrivées."
    # Guard: the leftmost noun heads a noun + adjective-noun ("le groupe russe").
    assert agree("Le groupe russe est arrivée.") == "Le groupe russe est arrivé."


def test_adverb_in_ment_before_the_adjective() -> None:
    # An adverb in -ment between "être" (or the noun) and the adjective, as "très" is.
    assert agree("Nos liens économiques sont traditionnellement fort.") == (
        "Nos liens économiques sont traditionnellement forts.")
    assert agree("Les mesures ont été rapidement adopté.") == (
        "Les mesures ont été rapidement adoptées.")
    assert agree("les positions absolument identique") == "les positions absolument identiques"
    # Guard: a noun after the adverb stays.
    assert agree("Les pays sont actuellement membres.") == "Les pays sont actuellement membres."


def test_second_verb_of_the_same_subject() -> None:
    # "et" right before the verb: the verb before's subject ("sont célèbres et sont
    # considérées").
    assert agree("Ces compétitions sont célèbres et sont considérés importantes.") == (
        "Ces compétitions sont célèbres et sont considérées importantes.")
    assert agree("Les mesures sont prises et sont appliqué.") == (
        "Les mesures sont prises et sont appliquées.")
    # A clause with a subject of its own after "et" (a participle before "et", not a noun).
    assert agree("Les mesures sont prises et les plans sont adopté.") == (
        "Les mesures sont prises et les plans sont adoptés.")
    # Guard: nouns of both genders joined by "et" (a noun and adjective before it).
    assert agree("le personnel et les ressources intellectuelles sont concentrés ici.") == (
        "le personnel et les ressources intellectuelles sont concentrés ici.")


@pytest.mark.parametrize(("text", "want"), [
    # "et" inside the head's complement (the preposition again, or a name after it) is no
    # second subject: the head before the preposition agrees.
    ("Les relations entre la Russie et l’Iran sont multiformes et multilatéraux.",
     "Les relations entre la Russie et l’Iran sont multiformes et multilatérales."),
    ("La coopération de la Russie et de la Chine est renforcé.",
     "La coopération de la Russie et de la Chine est renforcée."),
    # An institution's gender is its capitalised noun's, the name after it aside.
    ("L’Université Tsinghua a été fondé en 1911.", "L’Université Tsinghua a été fondée en 1911."),
    ("La Commission européenne a été créé.", "La Commission européenne a été créée."),
    # An apposition or a relative between commas hides the head from the verb.
    ("L’Université Tsinghua, une des universités chinoises importantes, a été fondé.",
     "L’Université Tsinghua, une des universités chinoises importantes, a été fondée."),
    ("La loi, qui a été adopté hier, est entré en vigueur.",
     "La loi, qui a été adoptée hier, est entrée en vigueur."),
    # A list of subjects agrees in the plural, masculine if one is (Grevisse § 439).
    ("Leur travail, les activités créatives et leurs vies sont devenues une partie.",
     "Leur travail, les activités créatives et leurs vies sont devenus une partie."),
    ("La décision et le rapport ont été adoptées.", "La décision et le rapport ont été adoptés."),
    ("Nous savons que la paix et la stabilité sont importants.",
     "Nous savons que la paix et la stabilité sont importantes."),
    # an adverbial before the comma is no part of the list
    ("Après la réunion, les ministres et les experts sont arrivées.",
     "Après la réunion, les ministres et les experts sont arrivés."),
    ("Cette année, la décision et la résolution ont été adoptés.",
     "Cette année, la décision et la résolution ont été adoptées."),
    # the predicate of "devenu"/"resté" agrees as the participle does
    ("La question est devenue plus compliqué.", "La question est devenue plus compliquée."),
    ("Les relations sont restées stable.", "Les relations sont restées stables."),
    # and a second predicate joined by "et" after its adverb of degree
    ("Les économies sont devenues plus ouvertes et plus stable.",
     "Les économies sont devenues plus ouvertes et plus stables."),
    ("Les femmes sont restées loyales et très active.",
     "Les femmes sont restées loyales et très actives."),
    # a verb after "et" shares the subject of the verb before it
    ("Les femmes ont travaillé dur et sont restées forte.",
     "Les femmes ont travaillé dur et sont restées fortes."),
    ("Ils ont servi la patrie avec honneur et sont restés fidèle.",
     "Ils ont servi la patrie avec honneur et sont restés fidèles."),
    # a complement with a quantity ("de beaucoup de générations")
    ("Les soldats de beaucoup de générations sont fidèle.",
     "Les soldats de beaucoup de générations sont fidèles."),
])
def test_a_predicate_finds_its_subject_past_complements_names_and_asides(
        text: str, want: str) -> None:
    assert agree(text) == want


@pytest.mark.parametrize("kept", [
    "Les relations de la Russie et le ministre sont bons.",  # two subjects: a common noun
    "Le président de la Russie et la ministre sont arrivés.",  # after its article
    "Le Conseil de la Fédération a été informé.",  # a name's word inside the complement
    "Vladimir Poutine est arrivé.",
    "Hier, a été signé un accord.",  # a time phrase before a comma is no subject
    "Selon la ministre, le rapport, qui est long, a été lu.",  # nor one after a preposition
    # a list of subjects: a complement (which head?), names (no gender read)
    "La Russie, la Chine et l’Inde sont prêtes.",
    "Le président et la ministre sont arrivés.",
    "La Russie est devenue un partenaire important.",  # a noun after "devenue": its own
    # a verb before "et" of another number or person, or across "que": no shared subject
    "Le ministre a travaillé et sont restés fidèle.",
    "Elle dit que nous avons travaillé et sont restés fidèle.",
    # "et plus" + a noun: no second predicate
    "Les économies sont devenues plus ouvertes et plus de gens viennent.",
])
def test_a_predicate_past_complements_names_and_asides_left_alone(kept: str) -> None:
    assert agree(kept) == kept



def test_predicate_with_nous() -> None:
    # "nous" gives the predicate after "être" its number (agreement_words.PRONOUNS)
    assert agree("Nous sommes bien conscient que la ville est belle.") == (
        "Nous sommes bien conscients que la ville est belle.")
    assert agree("Nous sommes toujours ouvert et prêt à travailler.") == (
        "Nous sommes toujours ouverts et prêts à travailler.")
    assert agree("Nous avons été informé de la décision.") == (
        "Nous avons été informés de la décision.")
    # "vous" may be one person; "nous" as an object does not take the verb
    assert agree("Vous êtes bien conscient que la ville est belle.") == (
        "Vous êtes bien conscient que la ville est belle.")
    assert agree("Il nous est difficile de dire.") == "Il nous est difficile de dire."
