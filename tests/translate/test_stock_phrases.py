"""Stock phrases of official English said word for word (``stock_phrases.py``): "dans le
monde entier", "comme prévu", "un bon nombre de", "quant à", "en ce qui concerne",
"une fois pour toutes", "à son tour", "en cas de", "tout ce qui est
possible", "jeter les bases de", "il faut souligner que", "longtemps", each only where the
English has the phrase (the French as the engine leaves it at that point)."""

from __future__ import annotations

import pytest

from daybook.translate.stock_phrases import stock_phrases, turn_owner


@pytest.mark.parametrize(("source", "french", "want"), [
    ("a major venue for numerous taekwondo fans around the world.",
     "un local important pour les passionnés de taekwondo nombreux autour du monde.",
     "un local important pour les passionnés de taekwondo nombreux dans le monde entier."),
    ("People from all over the world came here.", "Les gens de dans le monde entier est venu.",
     "Les gens du monde entier est venu."),
    ("Scientists from around the world took part.", "Les scientifiques d'autour du monde a "
     "intervenu.", "Les scientifiques du monde entier a intervenu."),
    ("Preparations went off as scheduled.", "Les préparatifs se sont déroulés comme il a "
     "planifié.", "Les préparatifs se sont déroulés comme prévu."),
    ("the Strategy to 2025 consistently and as planned.", "la stratégie à 2025 de façon "
     "cohérente et a aussi prévu.", "la stratégie à 2025 de façon cohérente et comme prévu."),
    ("The talks went as expected.", "Les entretiens sont allés comme attendu.",
     "Les entretiens sont allés comme prévu."),
    ("I know that you have quite a few social projects.", "Je sais que vous avez assez "
     "quelques projets sociaux.", "Je sais que vous avez un bon nombre de projets sociaux."),
    ("Quite a few companies have joined us.", "Assez quelques entreprises nous ont rejoint.",
     "Un bon nombre d'entreprises nous ont rejoint."),
    ("The region has made quite a lot of progress.", "La région a fait assez de progrès.",
     "La région a fait beaucoup de progrès."),
    ("As for bilateral relations, our plans are implemented.", "Au sujet des relations "
     "bilatérales, nos plans sont mis en œuvre.", "Quant aux relations bilatérales, nos plans "
     "sont mis en œuvre."),
    ("As for agriculture, the region leads.", "Au sujet d'agriculture, la région porte.",
     "Quant à agriculture, la région porte."),
    ("As regards social issues, the region has fulfilled them.", "Par rapport à des questions "
     "sociales, la région les a accomplies.", "En ce qui concerne des questions sociales, la "
     "région les a accomplies."),
    ("We enjoy support from the Bank as regards these regulations.", "Nous jouissons du "
     "soutien de la banque par rapport à ces contrôles.", "Nous jouissons du soutien de la "
     "banque en ce qui concerne ces contrôles."),
    ("discuss topical issues concerning bilateral cooperation.", "parlent des questions "
     "d'actualité par rapport à la coopération bilatérale.", "parlent des questions d'actualité "
     "concernant la coopération bilatérale."),
    ("discuss topical issues concerning bilateral cooperation.", "parlons des questions "
     "topiques par rapport à coopération bilatérale.", "parlons des questions topiques en ce "
     "qui concerne coopération bilatérale."),
    ("current issues regarding international and bilateral affairs.", "les questions d'actualité "
     "quant à des affaires internationales et bilatérales.", "les questions d'actualité "
     "concernant les affaires internationales et bilatérales."),
    ("And now we can see that this forum is gaining momentum.", "Et maintenant nous pouvons "
     "voir que ce forum est en train d'obtenir moment.", "Et maintenant nous pouvons voir que ce "
     "forum est en train de prendre de l'ampleur."),
    ("The process has gained new momentum.", "Le processus a obtenu du moment nouveau.",
     "Le processus a pris de l'ampleur."),
    ("All of our proposals are on the table.", "Toutes nos propositions sont dans la table.",
     "Toutes nos propositions sont sur la table."),
    ("relations with an eye to forming the partnership.", "relations avec un œil à la "
     "formation du partenariat.", "relations en vue de la formation du partenariat."),
    ("Famous schools took shape here.", "Les écoles célèbres ont pris donner forme ici.",
     "Les écoles célèbres ont pris forme ici."),
    ("A lot of water has passed under the bridge since then.", "Beaucoup d'eau est passée sous "
     "le pont depuis lors.", "Beaucoup d'eau a coulé sous les ponts depuis lors."),
    ("it is important to hear your comments regarding the results", "il est important "
     "d'entendre vos commentaires quant aux résultats", "il est important d'entendre vos "
     "commentaires concernant les résultats"),
    ("We need to increase them in the near future to 25 percent.", "Nous devons les accroître "
     "dans un futur proche de 25 %.", "Nous devons les accroître dans un avenir proche de 25 %."),
    ("Once and for all, we have finished this prejudice.", "Une fois pour toujours, nous avons "
     "fini ce préjugé.", "Une fois pour toutes, nous avons fini ce préjugé."),
    ("On the whole, it has been difficult.", "En général, il a été difficile.",
     "Dans l'ensemble, il a été difficile."),
    ("The Minister of Transport noted, in turn, that Moscow had", "Le ministre du transport "
     "noté, en échange, que Moscou a eu", "Le ministre du transport noté, à son tour, que Moscou "
     "a eu"),
    ("Our partners, in turn, supported us.", "Nos partenaires, en échange, nous a appuyé.",
     "Nos partenaires, à leur tour, nous a appuyé."),
    ("In case of process failure, we act.", "En cas où d'échec de processus, nous agissons.",
     "En cas d'échec de processus, nous agissons."),
    ("which must realise that in case of repossession the family", "qui doivent comprendre "
     "qu’en cas où de repossession la famille", "qui doivent comprendre qu’en cas de "
     "repossession la famille"),
    ("In the event of an attack, we will respond.", "Dans l'événement d'une attaque, nous "
     "répondrons.", "En cas d'attaque, nous répondrons."),
    ("We have to do everything possible to preserve Russia's positions.", "Nous devons faire "
     "tout possible préserver les positions de la Russie.", "Nous devons faire tout ce qui est "
     "possible pour préserver les positions de la Russie."),
    ("to do everything in our power to prevent terrorists", "de faire tout dans notre pouvoir "
     "d'empêcher des terroristes", "de faire tout ce qui est en notre pouvoir pour empêcher des "
     "terroristes"),
    ("we must make every effort to maintain this level", "nous devons faire chaque effort pour "
     "maintenir ce niveau", "nous devons faire tous les efforts pour maintenir ce niveau"),
    ("we bow to those who laid the foundation for this enterprise", "nous inclinons à ceux qui "
     "ont mis le fondement pour cette entreprise", "nous inclinons à ceux qui ont jeté les bases "
     "de cette entreprise"),
    ("This agreement lays the foundation for our cooperation.", "Cet accord pose le fondement "
     "pour notre coopération.", "Cet accord jette les bases de notre coopération."),
    ("It should be said that so far, the level is low.", "Il devrait être dit que jusqu'à "
     "présent, le niveau est bas.", "Il convient de dire que jusqu'à présent, le niveau est bas."),
    ("It must be stressed that the level is low.", "Il doit être accentué que le niveau est bas.",
     "Il faut souligner que le niveau est bas."),
    ("We have not met for a long time, since the Helsinki meeting.", "Nous ne nous sommes pas "
     "rencontrés beaucoup de temps, depuis la réunion d'Helsinki.", "Nous ne nous sommes pas "
     "rencontrés depuis longtemps, depuis la réunion d'Helsinki."),
    ("and will be remembered for a long time for exciting fights", "et sera souvenu beaucoup "
     "de temps pour des combats", "et sera souvenu longtemps pour des combats"),
    ("That company then traded it for a long time.", "Cette entreprise alors commercé le "
     "beaucoup temps.", "Cette entreprise alors commercé le longtemps."),
    ("interest in the Russian world, on one hand, and in the Persian culture, on the other, has",
     "intérêt pour le monde russe, en u livre, et dans la culture perse, dans l'autre, a",
     "intérêt pour le monde russe, d'une part, et dans la culture perse, d'autre part, a"),
    ("parents as a threat on the one hand and a burden on the other.", "parents comme menace "
     "d'une part et une charge dans l'autre.", "parents comme menace d'une part et une charge "
     "d'autre part."),
    ("As far as I remember, this is because of the sun.", "Aussi loin tandis que je souviens, "
     "c'est à cause du soleil.", "Si je me souviens bien, c'est à cause du soleil."),
    ("As far as we know, there was no delay.", "Aussi loin tandis que nous savons, il n'y avait "
     "aucun retard.", "Pour autant que nous sachions, il n'y avait aucun retard."),
    ("As far as I can tell, it works.", "Aussi loin tandis que je peux dire, il fonctionne.",
     "Pour autant que je puisse en juger, il fonctionne."),
    ("Let me wish you a warm welcome to Russia once more.", "Je voudrais vous souhaiter une "
     "bienvenue chaleureuse en Russie autre fois.", "Je voudrais vous souhaiter une bienvenue "
     "chaleureuse en Russie une fois de plus."),
    ("I would like to once again warmly welcome you.", "Je voudrais à une fois de plus "
     "aimablement vous donner la bienvenue.", "Je voudrais une fois de plus aimablement vous "
     "donner la bienvenue."),
    ("Things are on the move, as they say.", "Les choses sont en marche, comme ils disent.",
     "Les choses sont en marche, comme on dit."),
    ("As people say, time is money.", "Comme les personnes disent, le temps est de l'argent.",
     "Comme on dit, le temps est de l'argent."),
    ("As the saying goes, better late than never.", "Comme le proverbe vain, mieux tard que "
     "jamais.", "Comme dit le proverbe, mieux tard que jamais."),
    ("It is no coincidence that this happened.", "C'est aucune coïncidence que cela est passé.",
     "Ce n'est pas un hasard si cela est passé."),
    ("It was no accident that it came.", "C'était aucun accident qu'il est venu.",
     "Ce n'était pas un hasard s'il est venu."),
    ("It is no secret that we have problems.", "C'est aucun secret que nous avons des "
     "problèmes.", "Ce n'est un secret pour personne que nous avons des problèmes."),
    ("The report must be submitted by March 1 at the latest.", "On doit soumettre le rapport "
     "d'ici le 1er mars comme très tard.", "On doit soumettre le rapport d'ici le 1er mars au "
     "plus tard."),
    ("This is all the more important now.", "C'est beaucoup plus en important maintenant.",
     "C'est d'autant plus important maintenant."),
    ("We must put an end to this practice.", "Nous devons mettre une fin à cette pratique.",
     "Nous devons mettre fin à cette pratique."),
    ("This puts an end to the conflict.", "Cela pose une fin au conflit.",
     "Cela met fin au conflit."),
    ("The war came to an end in 1945.", "La guerre est venue à une fin en 1945.",
     "La guerre a pris fin en 1945."),
    ("The programme will come to an end next year.", "Le programme viendra à une fin l'année "
     "prochaine.", "Le programme prendra fin l'année prochaine."),
    ("This has given rise to many problems.", "Cela a donné monter à beaucoup de problèmes.",
     "Cela a donné lieu à beaucoup de problèmes."),
    ("We have a host of problems.", "Nous avons un hôte de problèmes.",
     "Nous avons une foule de problèmes."),
    ("The bulk of the funds went to the regions.", "Le volume du fonds est allé aux régions.",
     "L'essentiel du fonds est allé aux régions."),
    ("will remain in our memory for a long time to come.", "resteront dans notre mémoire "
     "beaucoup de temps pour venir.", "resteront dans notre mémoire longtemps."),
    ("This will serve our countries for many years to come.", "Cela servira nos pays pendant "
     "beaucoup d'années à venir.", "Cela servira nos pays pendant de nombreuses années."),
])
def test_stock_phrase(source: str, french: str, want: str) -> None:
    assert stock_phrases(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # the English travels round the world: "autour du monde" is right
    ("He travelled around the world.", "Il a voyagé autour du monde."),
    # no *as planned* in the English: the verb "a aussi prévu" is the sentence's
    ("The ministry has also planned new measures.", "Le ministère a aussi prévu de nouvelles "
     "mesures."),
    # *in exchange for* is "en échange de"
    ("Russia, in turn, offered gas in exchange for access.", "La Russie, en échange, a offert "
     "du gaz en échange de l'accès."),
    # *compared with*: "par rapport à" is right
    ("Prices fell compared with last year.", "Les prix ont baissé par rapport à l'année "
     "dernière."),
    # *on the table* said of furniture is the English's too, but not *in the table*
    ("The figures in the table are final.", "Les chiffres dans la table sont définitifs."),
    # *another time*, not *once more*: "une autre fois" kept
    ("We will talk about it another time, once again.", "Nous en parlerons une autre fois, "
     "une fois de plus."),
    # *on the other side*: no "d'autre part"
    ("On the one hand, on the other side of the river", "D'une part, sur l'autre côté du "
     "fleuve"),
    # *not by chance*: "Ce n'est pas par hasard que" is French already
    ("It is not by chance that we meet here.", "Ce n'est pas par hasard que nous nous "
     "rencontrons ici."),
    # *look at the latest achievements*: no *at the latest*
    ("they could come and look at the latest achievements", "ils pourraient aller et regarder "
     "comme très tard réalisations"),
    # *much more*, not *all the more*
    ("This is much more important now.", "C'est beaucoup plus important maintenant."),
    # *the volume of*, not *the bulk of*
    ("The volume of trade grew.", "Le volume du commerce a augmenté."),
    # *in general* beside *on the whole*: "En général" may be either
    ("On the whole and in general, it works.", "En général et en général, il marche."),
    # *regarding* before an infinitive, and opening a clause: "quant à" kept
    ("topical matters regarding expanding cooperation", "questions d'actualité quant à étendre "
     "la coopération"),
    ("Second, regarding electric transport.", "Deuxièmement, quant au transport électrique."),
    # *as for* inside a sentence after a verb ("about"): "au sujet de" kept
    ("We talked about the economy.", "Nous avons parlé au sujet de l'économie."),
])
def test_left_alone(source: str, french: str) -> None:
    assert stock_phrases(source, french) == french


@pytest.mark.parametrize(("source", "owner"), [
    ("The Minister, in turn, said", "son"),
    ("Our partners, in turn, supported us.", "leur"),
    ("We, in turn, will help them.", "notre"),
    ("In turn, we will help them.", "notre"),
    ("In turn, the governor reported.", "son"),
    ("This process, in turn, helps.", "son"),
])
def test_turn_owner(source: str, owner: str) -> None:
    assert turn_owner(source) == owner
