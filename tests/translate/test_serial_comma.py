"""No comma before a list's closing "et" where the English has a serial comma
(``serial_comma.py``); a comma before "et" joining clauses kept."""

from __future__ import annotations

import pytest

from daybook.translate.serial_comma import serial_comma


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We note the major contribution by Russia, Iran, and Turkey.",
     "Nous notons la contribution importante de la Russie, l’Iran, et la Turquie.",
     "Nous notons la contribution importante de la Russie, l’Iran et la Turquie."),
    ("Attending were Foreign Minister Sergei Lavrov, Defence Minister Sergei Shoigu, and "
     "Director of the Foreign Intelligence Service Sergei Naryshkin.",
     "Les participants étaient le ministre des Affaires étrangères Sergueï Lavrov, le ministre "
     "de la Défense Sergueï Choïgou, et le directeur du Service Sergueï Narychkine.",
     "Les participants étaient le ministre des Affaires étrangères Sergueï Lavrov, le ministre "
     "de la Défense Sergueï Choïgou et le directeur du Service Sergueï Narychkine."),
    ("all the key segments of life – social issues, the economy, security, and protection of "
     "the country's sovereignty.",
     "tous les segments clés de la vie – questions sociales, l’économie, sécurité, et "
     "protection de la souveraineté du pays.",
     "tous les segments clés de la vie – questions sociales, l’économie, sécurité et "
     "protection de la souveraineté du pays."),
])
def test_list_comma_dropped(source: str, french: str, want: str) -> None:
    assert serial_comma(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # "et" joins clauses
    ("We met, talked, and we agreed on it.",
     "Nous nous sommes rencontrés, avons parlé, et nous sommes convenus."),
    ("I know, and Mr Medvedev and I have discussed this many times, the Government has done "
     "a lot.",
     "Je sais, et M. Medvedev et moi avons parlé de ça, le gouvernement a fait beaucoup."),
    # *and so on*
    ("the development of medical centres, the reconstruction of highways, and so on",
     "le développement de centres médicaux, la reconstruction des autoroutes, et ainsi de suite"),
    # an item with a verb of its own
    ("Prices are stable, inflation is low, and growth is coming back.",
     "Les prix sont stables, l'inflation est basse, et la croissance revient."),
    # the French has another count of ", et": no pairing
    ("Russia, Iran, and Turkey", "la Russie, et l’Iran, et la Turquie"),
])
def test_kept(source: str, french: str) -> None:
    assert serial_comma(source, french) == french


@pytest.mark.parametrize(("source", "french"), [
    # an adverb as the item before, a date in apposition, a verb after *and*
    ("We are developing our relations today, too, and very actively.",
     "Nous développons nos relations aujourd’hui, aussi, et très activement."),
    ("to meet you all on the eve of the holiday, May 1, and to present to you",
     "de vous connaître tous à la veille de la fête, 1er mai, et de présenter à vous"),
    ("You are renewing cultural monuments, our cultural heritage, and protect the environment.",
     "Vous renouvelez des monuments culturels, notre patrimoine culturel, et abri "
     "l’environnement."),
    ("He studied the history, languages and philosophy of the Middle East, and has always "
     "combined", "Il a étudié l’histoire, les langues et la philosophie du Moyen-Orient, et a "
     "toujours combiné"),
])
def test_no_list_kept(source: str, french: str) -> None:
    assert serial_comma(source, french) == french


def test_clause_after_and_kept() -> None:
    """*, and its members have taken part*: a clause of its own keeps its comma."""
    french = ("L’association a organisé des événements sportifs, culturels et éducatifs, et ses "
              "membres ont participé à bâtir des installations.")
    assert serial_comma("The association has organised popular patriotic, sports, cultural and "
                        "educational events, and its members have taken part in building "
                        "facilities.", french) == french
