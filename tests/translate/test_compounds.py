import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.compounds import compounds, english, unhang
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Russia is developing long-range missiles.",
     "La Russie développe des missiles de long champ.",
     "La Russie développe des missiles à longue portée."),
    ("The treaty banned short-range missiles.", "Le traité a interdit des missiles de champ bas.",
     "Le traité a interdit des missiles à courte portée."),
    ("A medium-range system.", "Un système de champ de milieu.", "Un système à moyenne portée."),
    ("Our long-time partners came to Moscow.",
     "Nos partenaires de long temps sont venus à Moscou.",
     "Nos partenaires de longue date sont venus à Moscou."),
    ("He is my longtime friend.", "C’est mon ami de long temps.",
     "C’est mon ami de longue date."),
    # guard: no compound in the English, the French left as it is
    ("The field was long.", "Le terrain de champ long.", "Le terrain de champ long."),
    ("It took a long time.", "Il a fallu de long temps.", "Il a fallu de long temps."),
    # guard: the compound in the English, but no literal rendering in the French
    ("Long-range plans.", "Des plans à long terme.", "Des plans à long terme."),
])
def test_compounds(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("These are far-reaching plans.", "Ce sont des plans de large champ.",
     "Ce sont des plans de grande portée."),
    ("The treaty banned medium-range missiles.",
     "Le traité a interdit des missiles de champ moyen.",
     "Le traité a interdit des missiles à moyenne portée."),
    # guard: "de large champ" where the English says nothing far-reaching
    ("A wide field of wheat.", "Un terrain de large champ.", "Un terrain de large champ."),
])
def test_compounds_carried(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


@pytest.mark.parametrize(("line", "want"), [
    ("We have long-standing relations.", "We have long-time relations."),
    ("Longstanding ties unite us.", "Long-time ties unite us."),
    ("These are far-reaching plans.", "These are wide-range plans."),
    ("Mid-range missiles.", "Middle-range missiles."),
    ("Counter-terrorism cooperation.", "Antiterrorist cooperation."),
    ("counter-terrorist operations", "antiterrorist operations"),
    # the noun alone, no modifier: no "antiterrorist" but the noun's phrase
    ("We discussed counter-terrorism.", "We discussed the fight against terrorism."),
    # guard: after its noun, no modifier the pivot moves; a longer word; a name's piece
    ("Our ties are long-standing.", "Our ties are long-standing."),
    ("Long-standing and close ties.", "Long-standing and close ties."),
    ("The far-reachingness of it.", "The far-reachingness of it."),
    ("The anti-far-reaching Act.", "The anti-far-reaching Act."),
])
def test_english(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("We discussed multi-level cooperation between us.",
     "We discussed cooperation at several levels between us."),
    ("A multi-million contract.", "A contract of several millions."),
    ("A multi-million dollar project is ready.", "A project of several million dollars is ready."),
    ("Multi-billion investments in industry.", "Investments of several billion in industry."),
    ("Our ties are multi-faceted.", "Our ties are multiform."),
    ("Multifaceted contacts grew.", "Multiform contacts grew."),
    # a phrase of nouns (the English analyser's), up to its verb or a function word
    ("A multi-level cooperation mechanism works.", "A cooperation mechanism at several levels"
     " works."),
    ("We discussed multi-level cooperation mechanisms in the region.",
     "We discussed cooperation mechanisms at several levels in the region."),
    ("The multi-level system ensures security.", "The system at several levels ensures security."),
    ("We held multi-level security talks.", "We held security talks at several levels."),
    ("We created a multi-stage system of education.",
     "We created a system at several stages of education."),
    ("We use a multi-tier approach.", "We use an approach at several levels."),
    # guard: an adjective after it, no noun phrase to put it after
    ("A multi-level and open system.", "A multi-level and open system."),
    ("The multi-level approach proved successful.",
     "The approach at several levels proved successful."),
    # guard: a word of its own in *multi*
    ("A multilateral format.", "A multilateral format."),
])
def test_english_multi(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Our ties are multi-faceted.", "Nos liens sont polymorphiques.",
     "Nos liens sont multiformes."),
    ("A multi-million dollar project.", "Un projet de plusieurs million de dollars.",
     "Un projet de plusieurs millions de dollars."),
    ("Multi-billion investments in industry.",
     "Des investissements de plusieurs milliards de dans l’industrie.",
     "Des investissements de plusieurs milliards dans l’industrie."),
    ("We build a multipolar world order.", "Nous bâtissons un multipolar ordre mondial.",
     "Nous bâtissons un ordre mondial multipolaire."),
    # guard: "polymorphique" where the English has no *multi-faceted* (a polymorphic virus)
    ("A polymorphic virus.", "Un virus polymorphique.", "Un virus polymorphique."),
])
def test_compounds_multi(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


def test_multi_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We discussed multi-level cooperation between our countries.",
                           "The company signed a multi-million contract.",
                           "Our relations are multi-faceted.",
                           "They announced multi-billion investments in the economy."],
                          engine, "en", "fr")
    assert all("amende" not in o.text for o in out)
    assert "coopération à plusieurs niveaux" in out[0].text
    assert "contrat de plusieurs millions" in out[1].text
    assert "multiformes" in out[2].text
    assert "de plusieurs milliards dans" in out[3].text


@pytest.mark.parametrize(("line", "want"), [
    ("We discussed counter-terrorism and security.",
     "We discussed the fight against terrorism and security."),
    ("Counter-terrorism is a priority.", "The fight against terrorism is a priority."),
    ("Russia imposed counter-sanctions.", "Russia imposed retaliatory sanctions."),
    ("our counter-intelligence operations", "our counterespionage operations"),
    # guard: "intelligence" alone
    ("artificial intelligence", "artificial intelligence"),
    # guard: before a noun it stays the adjective carrier; "counter" the verb is untouched
    ("Counter-terrorism cooperation grew.", "Antiterrorist cooperation grew."),
    ("We must counter all attempts.", "We must counter all attempts."),
])
def test_english_counter(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We discussed counter-terrorism.", "Nous avons parlé du combat contre terrorisme.",
     "Nous avons parlé de la lutte contre le terrorisme."),
    ("Russia imposed counter-sanctions.", "La Russie a imposé sanctions vindicatives.",
     "La Russie a imposé des contre-sanctions."),
    ("The counter-sanctions remain.", "Les sanctions vindicatives restent.",
     "Les contre-sanctions restent."),
    # guard: a fight against terrorism the English names so is left as the engine wrote it
    ("The fight against terrorism.", "Le combat contre le terrorisme.",
     "Le combat contre le terrorisme."),
])
def test_compounds_counter(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


def test_counter_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We discussed counter-terrorism and security.",
                           "Russia introduced counter-sanctions against the EU.",
                           "We must expand our counter-intelligence operations."],
                          engine, "en", "fr")
    assert all("comptoir" not in o.text for o in out)
    assert "de la lutte contre le terrorisme" in out[0].text
    assert "des contre-sanctions" in out[1].text
    assert "opérations de contre-espionnage" in out[2].text


@pytest.mark.parametrize(("line", "want"), [
    ("It is a long-awaited decision.", "It is an awaited decision."),
    ("We make short- and medium-term plans for work.",
     "We make short-term plans and plans for the medium term for work."),
    ("They build long- and medium-range missiles.",
     "They build long-range missiles and middle-range missiles."),
    ("We adopted a medium-term development programme.",
     "We adopted a development programme for the medium term."),
    # guard: no noun after *medium-term*
    ("In the medium-term, we will grow.", "In the medium-term, we will grow."),
])
def test_english_awaited_and_terms(line: str, want: str) -> None:
    assert english(unhang(line)) == want


@pytest.mark.parametrize(("line", "want"), [
    ("small- and medium-sized businesses", "small and medium-sized businesses"),
    ("long- and short-term goals.", "long-term goals and short-term goals."),
    # guard: a prefix keeps its hyphen; a hyphen before no "and"
    ("pre- and post-war years", "pre- and post-war years"),
    ("the well-known and long-range plans", "the well-known and long-range plans"),
])
def test_unhang(line: str, want: str) -> None:
    assert unhang(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is a long-awaited decision.", "C'est une décision attendue.",
     "C'est une décision tant attendue."),
    ("long- and medium-range missiles", "des missiles à longue portée et missiles à moyenne portée",
     "des missiles à longue et moyenne portée"),
    ("joint short- and medium-term plans", "des plans communs à court terme et plans à moyen "
     "terme", "des plans communs à court et moyen terme"),
    ("medium-term plans", "des plans pour le terme de milieu", "des plans à moyen terme"),
    ("We will grow in the medium term.", "Nous grandirons dans le terme de milieu.",
     "Nous grandirons à moyen terme."),
    ("In the mid-term, we will grow.", "Dans le mid-terme, nous grandirons.",
     "À moyen terme, nous grandirons."),
    ("We must safeguard the truth and counter all attempts",
     "Nous devons sauvegarder la vérité et le comptoir toutes les tentatives",
     "Nous devons sauvegarder la vérité et contrer toutes les tentatives"),
    ("We must stand firm and counter these threats.",
     "Nous devons être fermes et contre ces menaces.",
     "Nous devons être fermes et contrer ces menaces."),
    # guards: "attendue" with no *long-awaited*; a real counter; "et contre" for *and against*
    ("The term ended.", "Dans le terme de milieu.", "Dans le terme de milieu."),
    ("The awaited news came.", "La nouvelle attendue est venue.",
     "La nouvelle attendue est venue."),
    ("He stood at the counter and the shop closed.", "Il était au comptoir et la boutique a fermé.",
     "Il était au comptoir et la boutique a fermé."),
    ("We must unite and act against these threats.", "Nous devons nous unir et contre ces menaces.",
     "Nous devons nous unir et contre ces menaces."),
])
def test_compounds_awaited_terms_counter(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


def test_terms_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We make joint short- and medium-term plans for work.",
                           "They build long- and medium-range missiles.",
                           "It is a long-awaited decision.",
                           "We discussed multi-level cooperation mechanisms in the region."],
                          engine, "en", "fr")
    assert "à court et moyen terme" in out[0].text
    assert "missiles à longue et moyenne portée" in out[1].text
    assert "décision tant attendue" in out[2].text
    assert "mécanismes de coopération à plusieurs niveaux" in out[3].text


@pytest.mark.parametrize(("line", "want"), [
    ("We must implement anti-monopoly legislation, the budget.",
     "We must implement legislation against monopoly, the budget."),
    ("Two anti-corruption initiatives were discussed.",
     "Two initiatives against corruption were discussed."),
    ("We will produce new-generation weapons.", "We will produce weapons of new generation."),
    # guards: a noun not in the table; a noun phrase that does not close
    ("The anti-poverty measures.", "The anti-poverty measures."),
    ("The anti-corruption law enforcement agency officers spoke.",
     "The anti-corruption law enforcement agency officers spoke."),
])
def test_english_anti_and_generation(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We implement anti-monopoly legislation.", "Nous appliquons la législation contre monopole.",
     "Nous appliquons la législation antimonopole."),
    # the English's own *against corruption* keeps its "contre"
    ("We fight against corruption and adopt anti-corruption measures.",
     "Nous luttons contre corruption et adoptons des mesures contre corruption.",
     "Nous luttons contre corruption et adoptons des mesures anticorruption."),
    ("They issue new-generation passports.",
     "Ils émettent des passeports de la nouvelle génération.",
     "Ils émettent des passeports de nouvelle génération."),
    # guard: as many "contre" as the English has no *anti-*
    ("We fight against corruption.", "Nous luttons contre corruption.",
     "Nous luttons contre corruption."),
])
def test_compounds_anti_and_generation(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


def test_anti_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "We need to implement anti-monopoly legislation, the current budget.",
        "We will produce new-generation weapons.",
    ], engine, "en", "fr")]
    assert "législation antimonopole" in out[0], out[0]
    assert "armes de nouvelle génération" in out[1], out[1]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We respect non-interference in internal affairs.",
     "Nous respectons ne-ingérence dans des affaires internes.",
     "Nous respectons non-ingérence dans des affaires internes."),
    ("The non-proliferation regime has been challenged.",
     "Le régime de ne-la prolifération a été défié.",
     "Le régime de non-prolifération a été défié."),
    # guard: a *non-N* before a noun left in the English ("ne-revenus" is no "non-revenus")
    ("It grew in non-tax revenue and non-interference.",
     "Il a augmenté dans ne-revenus d'impôt et ne-ingérence.",
     "Il a augmenté dans ne-revenus d'impôt et ne-ingérence."),
])
def test_non_nouns(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


def test_non_before_a_head_goes_after_it() -> None:
    assert english("The non-proliferation regime has been challenged.") == (
        "The regime of non-proliferation has been challenged.")
    assert english("A non-aggression treaty.") == "A treaty of non-aggression."
    # guards: an adjective (*non-residential*), a noun not of action (*non-tax*)
    assert english("The non-residential buildings.") == "The non-residential buildings."
    assert english("The non-tax revenue.") == "The non-tax revenue."


@pytest.mark.parametrize(("line", "want"), [
    ("We require high-quality design documents when we build.",
     "We require design documents of high quality when we build."),
    ("It has high-capacity financial instruments.",
     "It has financial instruments of high capacity."),
    ("Man-made biological challenges imply risks.",
     "Biological challenges of human origin imply risks."),
    ("We had a record-breaking harvest this year.", "We had a harvest of record this year."),
    ("The nation-wide task is to reduce poverty.", "The national task is to reduce poverty."),
    ("Cross-years of cooperation are held.", "Crossed years of cooperation are held."),
    # guards: after its noun (no modifier); a cross-year after a country's adjective
    ("This design is high-quality.", "This design is high-quality."),
    ("The Russian-Chinese cross-year was held.", "The Russian-Chinese cross-year was held."),
    # guards: the compound shared by a coordinated noun; an adjective alone before a comma
    ("Sochi boasts high-quality resort and sports infrastructure.",
     "Sochi boasts high-quality resort and sports infrastructure."),
    ("Here high-capacity financial, personnel and other resources are concentrated.",
     "Here high-capacity financial, personnel and other resources are concentrated."),
])
def test_english_phrased_compounds(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It has high-capacity instruments.", "Il a des instruments de capacité haute.",
     "Il a des instruments de grande capacité."),
    ("A record-breaking harvest.", "Une récolte de record.", "Une récolte record."),
    # guard: no compound in the English
    ("He set a record of speed.", "Il a établi un record de vitesse, une sorte de record.",
     "Il a établi un record de vitesse, une sorte de record."),
])
def test_compounds_phrased(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


@pytest.mark.parametrize(("line", "want"), [
    ("They develop partner-like cooperation in the region.",
     "They develop cooperation of partnership in the region."),
    ("We buy Russian-made equipment.", "We buy equipment of Russian manufacture."),
    ("The dual-purpose satellites.", "The satellites of dual use."),
    ("It gave a boost to the much-needed initiatives.",
     "It gave a boost to the necessary initiatives."),
    ("Russia is a peace-loving nation.", "Russia is a peaceful nation."),
    ("Where are the self-proclaimed presidents?", "Where are the proclaimed presidents?"),
    # guards: a plural noun and its verb; "man-made" is no country's
    ("The latest Russian-made rockets fly.", "The latest Russian-made rockets fly."),
    ("We sell home-made jam.", "We sell home-made jam."),
])
def test_english_more_compounds(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The dual-purpose satellites.", "Les satellites d'emploi dual.",
     "Les satellites à double usage."),
    ("We make cutting-edge products.", "Nous faisons des produits de point.",
     "Nous faisons des produits de pointe."),
    ("Where are the self-proclaimed presidents?", "Où sont les présidents proclamés ?",
     "Où sont les présidents autoproclamés ?"),
    # guard: *proclaimed* alone
    ("They proclaimed independence.", "Ils ont proclamé l'indépendance.",
     "Ils ont proclamé l'indépendance."),
])
def test_compounds_more(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


@pytest.mark.parametrize(("line", "want"), [
    ("It changes the decision-making process.", "It changes the decision process."),
    ("They are a tight-knit team.", "They are a cohesive team."),
    ("He is a world-famous artist.", "He is an artist of world fame."),
    ("This is a world-class centre.", "This is a centre of world class."),
    ("You are like-minded persons.", "You are persons of similar views."),
    ("Gas goes along the so-called western route.",
     "Gas goes along what is called the western route."),
    ("The so-called reforms failed.", "What is called the reforms failed."),
    ("We make so-called 'gypsum'.", "We make what is called 'gypsum'."),
    # guards: after its noun or before a conjunction (no modifier); a name after the
    # compound (the stack is a name's)
    ("The team is tight-knit.", "The team is tight-knit."),
    ("Decision-making and planning are slow.", "Decision-making and planning are slow."),
    ("See the world-famous Diamond Fund.", "See the world-famous Diamond Fund."),
])
def test_english_fixed_compounds(line: str, want: str) -> None:
    assert english(line) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They are a tight-knit team.", "Ils sont une équipe cohésive.", "Ils sont une équipe soudée."),
    ("Gas goes along the so-called western route.",
     "Le gaz va le long de ce qui est appelé la route occidentale.",
     "Le gaz va le long de ce qu'on appelle la route occidentale."),
    ("You are like-minded persons.", "Vous êtes des personnes de vues similaires.",
     "Vous êtes des personnes aux vues similaires."),
    # guards: no compound in the English
    ("We need a cohesive society.", "Il faut une société cohésive.",
     "Il faut une société cohésive."),
    ("What is called a reform is this.", "Ce qui est appelé une réforme est ceci.",
     "Ce qui est appelé une réforme est ceci."),
])
def test_compounds_fixed(source: str, french: str, want: str) -> None:
    assert compounds(source, french) == want


def test_fixed_compounds_through_the_engine() -> None:
    got = translate_texts(["Gas goes along the so-called western route.",
                           "It is a tight-knit community."], ApertiumEngine(), "en", "fr")
    assert "ce qu" in got[0].text and "appelle la route occidentale" in got[0].text
    assert "communauté soudée" in got[1].text
