"""Table-driven checks of the time and quantities stages on sentences written
for these tests (Italian and English). Publication date 2024-05-15, a Wednesday,
unless a row says otherwise."""

from __future__ import annotations

import pytest

from frontwatch.document import Document
from frontwatch.stages.quantities import Quantities
from frontwatch.stages.timex import Time

PUB = "2024-05-15"
NONE = None  # expected: no time expression / no quantity at all

# (language, sentence, expected value, precision, end_value or "" to skip, published)
TIME_ROWS = [
    ("it", "L'attacco è avvenuto il 12 marzo 2023 vicino al fiume.", "2023-03-12", "day", "", PUB),
    ("it", "La riunione si è svolta il 3/4/2024 a Roma.", "2024-04-03", "day", "", PUB),
    ("it", "Il documento porta la data 07.02.23 in alto.", "2023-02-07", "day", "", PUB),
    ("it", "Lunedì 6 maggio le sirene hanno suonato a lungo.", "2024-05-06", "day", "", PUB),
    ("it", "Il 2 maggio i soldati hanno lasciato la base.", "2024-05-02", "day", "", PUB),
    ("it", "Il 20 giugno i soldati hanno lasciato la base.", "2023-06-20", "day", "", PUB),
    ("it", "Il ministro partirà il 20 giugno per Bruxelles.", "2024-06-20", "day", "", PUB),
    ("it", "Ieri sono caduti due missili sul porto.", "2024-05-14", "day", "", PUB),
    ("it", "Oggi il sindaco ha parlato alla radio.", "2024-05-15", "day", "", PUB),
    ("it", "Domani è atteso un nuovo incontro.", "2024-05-16", "day", "", PUB),
    ("it", "L'altro ieri la colonna ha attraversato il confine.", "2024-05-13", "day", "", PUB),
    ("it", "L’altro ieri la colonna ha attraversato il confine.", "2024-05-13", "day", "", PUB),
    ("it", "Stamattina è scattato l'allarme aereo.", "2024-05-15", "day", "", PUB),
    ("it", "Stanotte le difese hanno abbattuto tre droni.", "2024-05-15", "day", "", PUB),
    ("it", "Martedì il convoglio è stato colpito.", "2024-05-14", "day", "", PUB),
    ("it", "Mercoledì il portavoce ha parlato ai giornalisti.", "2024-05-15", "day", "", PUB),
    ("it", "Venerdì il presidente volerà a Parigi.", "2024-05-17", "day", "", PUB),
    ("it", "Lunedì scorso la diga è stata danneggiata.", "2024-05-13", "day", "", PUB),
    ("it", "Il vertice si terrà sabato a Ginevra.", "2024-05-18", "day", "", PUB),
    ("it", "Nella notte di martedì sono esplose due centrali.", "2024-05-14", "day", "", PUB),
    ("it", "Nella notte tra domenica e lunedì la città è rimasta al buio.", "2024-05-13", "day", "", PUB),
    ("it", "La scorsa settimana il fronte si è mosso poco.", "2024-05-06", "week", "2024-05-12", PUB),
    ("it", "Il mese scorso le consegne sono riprese.", "2024-04-01", "month", "2024-04-30", PUB),
    ("it", "La scorsa estate l'offensiva si è fermata.", "2023-06-01", "season", "2023-08-31", PUB),
    ("it", "A febbraio il villaggio era ancora conteso.", "2024-02-01", "month", "", PUB),
    ("it", "Ad agosto il ponte è stato ricostruito.", "2023-08-01", "month", "", PUB),
    ("it", "Lo scorso maggio il porto era chiuso.", "2023-05-01", "month", "", PUB),
    ("it", "L'anno scorso la produzione era calata.", "2023-01-01", "year", "2023-12-31", PUB),
    ("it", "Nelle ultime 24 ore sono stati respinti dieci assalti.", "2024-05-14", "day", "2024-05-15", PUB),
    ("it", "Nelle ultime due settimane la città è stata bombardata.", "2024-05-01", "week", "2024-05-15", PUB),
    ("it", "Dal 24 febbraio 2022 i combattimenti non si sono mai fermati.", "2022-02-24", "day", "2024-05-15", PUB),
    ("it", "La città è sotto assedio da oltre 5 mesi.", "2023-12-15", "month", "2024-05-15", PUB),
    ("it", "Tre giorni fa un drone ha colpito il deposito.", "2024-05-12", "day", "", PUB),
    ("it", "Due settimane fa il generale è stato rimosso.", "2024-05-01", "week", "", PUB),
    ("it", "Negli ultimi giorni la pressione è aumentata.", "2024-05-12", "week", "2024-05-15", PUB),
    ("it", "Nel marzo 2022 la colonna si è ritirata.", "2022-03-01", "month", "2022-03-31", PUB),
    ("it", "Nel 2014 la penisola è stata annessa.", "2014-01-01", "year", "", PUB),
    ("it", "La prossima settimana arriveranno nuovi aiuti.", "2024-05-20", "week", "2024-05-26", PUB),
    ("it", "Quest'estate la controffensiva potrebbe ripartire.", "2024-06-01", "season", "", PUB),
    ("it", "Il 1° marzo le truppe sono entrate in città.", "2024-03-01", "day", "", PUB),
    ("it", "Dal 3 aprile al fronte mancano munizioni.", "2024-04-03", "day", "2024-05-15", PUB),
    ("it", "In inverno le linee si sono congelate.", "2023-12-01", "season", "2024-02-29", PUB),
    ("it", "Ora il fronte è stabile.", NONE, "", "", PUB),
    ("it", "Una tregua di 30 giorni è stata proposta.", NONE, "", "", PUB),
    ("it", "La missione durerà 5 mesi secondo il comando.", NONE, "", "", PUB),
    ("it", "Servono almeno due settimane di addestramento.", NONE, "", "", PUB),
    ("it", "Il 12 marzo 2023 la diga ha ceduto.", "2023-03-12", "day", "", None),
    ("it", "Ieri la diga ha ceduto.", None, "day", "", None),
    ("en", "The bridge was hit on March 12, 2023.", "2023-03-12", "day", "", PUB),
    ("en", "The talks took place on 12th March.", "2024-03-12", "day", "", PUB),
    ("en", "Officials met on 3 September to sign.", "2023-09-03", "day", "", PUB),
    ("en", "The strike happened on Tuesday.", "2024-05-14", "day", "", PUB),
    ("en", "The minister will travel to Kyiv on Friday.", "2024-05-17", "day", "", PUB),
    ("en", "Yesterday the army withdrew from the village.", "2024-05-14", "day", "", PUB),
    ("en", "Shelling continued overnight in the east.", "2024-05-15", "day", "", PUB),
    ("en", "Russian troops fled Friday night.", "2024-05-10", "day", "", PUB),
    ("en", "Last night air defences shot down ten drones.", "2024-05-14", "day", "", PUB),
    ("en", "Tonight a curfew will be in force.", "2024-05-15", "day", "", PUB),
    ("en", "Last week the front barely moved.", "2024-05-06", "week", "2024-05-12", PUB),
    ("en", "Exports fell last month.", "2024-04-01", "month", "2024-04-30", PUB),
    ("en", "In February the village was still contested.", "2024-02-01", "month", "", PUB),
    ("en", "Over the past week the town was shelled daily.", "2024-05-08", "week", "2024-05-15", PUB),
    ("en", "Two days ago a depot was struck.", "2024-05-13", "day", "", PUB),
    ("en", "The siege has lasted since February 24, 2022.", "2022-02-24", "day", "2024-05-15", PUB),
    ("en", "Last summer the offensive stalled.", "2023-06-01", "season", "", PUB),
    ("en", "In the past 24 hours ten attacks were repelled.", "2024-05-14", "day", "2024-05-15", PUB),
    ("en", "Next Monday the talks resume.", "2024-05-20", "day", "", PUB),
    ("en", "In 2014 the peninsula was annexed.", "2014-01-01", "year", "", PUB),
    ("en", "The deadline is 05/20/2024 according to the memo.", "2024-05-20", "day", "", PUB),
    ("en", "Today the mayor spoke on the radio.", "2024-05-15", "day", "", PUB),
    ("en", "On Monday, May 6 sirens sounded.", "2024-05-06", "day", "", PUB),
    # a recent day told in a sentence that also forecasts is still the recent past, not next year
    ("en", "The brigade took the bridge on May 14 and will likely push on next week.", "2024-05-14", "day", "", PUB),
    ("en", "Between May 3 and 5 the brigade took the depot and will push on.", "2024-05-03", "week", "2024-05-05", PUB),
    ("it", "Il 2 maggio la brigata ha preso il ponte e domani attaccherà il deposito.", "2024-05-02", "day", "", PUB),
    ("en", "The ceasefire would last 30 days.", NONE, "", "", PUB),
    ("en", "Now the front is quiet.", NONE, "", "", PUB),
    ("en", "Aid may arrive soon, officials said.", NONE, "", "", PUB),
    # ranges of days: first and last day, precision by length; a future sentence moves them ahead
    ("it", "Tra il 3 e il 5 marzo la stazione è rimasta senza corrente.", "2024-03-03", "week", "2024-03-05", PUB),
    ("it", "Dal 28 dicembre al 3 gennaio i raid sono andati avanti.", "2023-12-28", "week", "2024-01-03", PUB),
    ("it", "Le esercitazioni si terranno dal 20 al 22 giugno al confine.", "2024-06-20", "week", "2024-06-22", PUB),
    ("it", "Il 3-5 aprile 2023 il valico è rimasto chiuso.", "2023-04-03", "week", "2023-04-05", PUB),
    ("it", "Tra il 9 e il 2 marzo non torna nulla.", NONE, "", "", PUB),
    ("en", "Between March 3 and 5 the depot burned.", "2024-03-03", "week", "2024-03-05", PUB),
    ("en", "From April 28 to May 2, 2023, the crossing was shut.", "2023-04-28", "week", "2023-05-02", PUB),
    ("en", "The drills ran 6–8 May near the border.", "2024-05-06", "week", "2024-05-08", PUB),
    ("en", "From the 1st to the 20th of March the shelling went on.", "2024-03-01", "month", "2024-03-20", PUB),
    # counted forward from publication, only when the sentence is not about the past
    ("it", "Tra due giorni arriverà la nuova delegazione.", "2024-05-17", "day", "", PUB),
    ("it", "Fra tre settimane scade la tregua.", "2024-06-05", "week", "", PUB),
    ("it", "Tra due giorni di marcia e tre di sosta.", NONE, "", "", PUB),
    ("en", "The envoys will meet again in two days.", "2024-05-17", "day", "", PUB),
    ("en", "The bridge should reopen in three weeks' time.", "2024-06-05", "week", "", PUB),
    ("en", "In three days of fighting the unit lost its commander.", NONE, "", "", PUB),
    # an irregular past tense makes "in N days" the time it took, not a day to come
    ("en", "The battalion lost forty men in two days.", NONE, "", "", PUB),
    ("en", "Drones flew over the city in a day.", NONE, "", "", PUB),
    ("en", "In two weeks the garrison was starved out.", NONE, "", "", PUB),
    # a present-tense report: "in 24 hours" is the stretch just ended, not tomorrow
    ("en", "Shelling kills four villagers in 24 hours", NONE, "", "", PUB),
]

# (language, sentence, expected [(value, unit, qualifier)], or NONE for no quantity at all)
QUANTITY_ROWS = [
    ("it", "Sono stati lanciati oltre 300 droni.", [(300, "drone", "more_than")]),
    ("it", "Il nemico ha perso 120.500 soldati.", [(120500, "soldier", "exact")]),
    ("it", "Il bilancio è di 1,2 milioni di sfollati.", [(1200000, "displaced person", "exact")]),
    ("it", "Sono arrivati circa 40 carri armati.", [(40, "tank", "about")]),
    ("it", "Almeno 12 civili sono rimasti feriti.", [(12, "injured", "more_than")]),
    ("it", "Fino a 50 missili potrebbero essere lanciati.", [(50, "missile", "up_to")]),
    ("it", "Quasi 90 chilometri di fronte.", [(90, "km", "about")]),
    ("it", "Più di 200 prigionieri sono stati scambiati.", [(200, "prisoner", "more_than")]),
    ("it", "Una dozzina di razzi ha colpito il porto.", [(12, "rocket", "about")]),
    ("it", "Due dozzine di droni sono stati abbattuti.", [(24, "drone", "about")]),
    ("it", "Decine di edifici sono crollati.", [(10, "building", "more_than")]),
    ("it", "Centinaia di soldati si sono arresi.", [(100, "soldier", "more_than")]),
    ("it", "Migliaia di persone sono fuggite.", [(1000, "person", "more_than")]),
    ("it", "L'esercito controlla il 70% della regione.", [(70, "percent", "exact")]),
    ("it", "Ripreso l'86 % del territorio.", [(86, "percent", "exact")]),
    ("it", "Sono stati colpiti quindici villaggi.", [(15, "village", "exact")]),
    ("it", "Venticinque feriti sono stati ricoverati.", [(25, "injured", "exact")]),
    ("it", "Avanzata di 8 km verso ovest.", [(8, "km", "exact")]),
    ("it", "Meno di 20 attacchi sono stati registrati.", [(20, "attack", "less_than")]),
    ("it", "Il pacchetto vale 2 miliardi di dollari.", [(2000000000, "dollar", "exact")]),
    ("it", "Tre navi sono state affondate.", [(3, "ship", "exact")]),
    ("it", "Circa metà della città è sotto controllo.", [(50, "percent", "about")]),
    ("it", "Sette attacchi missilistici sono stati respinti.", [(7, "attack", "exact")]),
    ("it", "Sono stati uccisi 45 soldati e 3 civili.", [(45, "soldier", "exact"), (3, "civilian", "exact")]),
    ("it", "Le perdite hanno superato la soglia di 90.000 militari.", [(90000, "soldier", "more_than")]),
    ("it", "Gli obici M777 da 155 mm sono stati consegnati.", NONE),
    ("it", "I sistemi S-300 sono stati colpiti.", NONE),
    ("it", "Nel 2022 la guerra è iniziata.", NONE),
    ("it", "L'attacco è iniziato alle 10.30 di mattina.", NONE),
    ("it", "Nelle ultime 24 ore la situazione è calma.", NONE),
    ("it", "Il 24 febbraio è iniziata l'invasione.", NONE),
    ("en", "More than 500 drones were launched.", [(500, "drone", "more_than")]),
    ("en", "Russia lost 120,160 soldiers.", [(120160, "soldier", "exact")]),
    ("en", "The aid totals 1.2 million dollars.", [(1200000, "dollar", "exact")]),
    ("en", "About 40 tanks were seen.", [(40, "tank", "about")]),
    ("en", "At least 12 civilians were wounded.", [(12, "injured", "more_than")]),
    ("en", "Up to 50 missiles could be fired.", [(50, "missile", "up_to")]),
    ("en", "Nearly 90 kilometres of front.", [(90, "km", "about")]),
    ("en", "Two dozen rockets hit the port.", [(24, "rocket", "about")]),
    ("en", "Dozens of buildings collapsed.", [(12, "building", "more_than")]),
    ("en", "Hundreds of soldiers surrendered.", [(100, "soldier", "more_than")]),
    ("en", "The army holds 70 percent of the region.", [(70, "percent", "exact")]),
    ("en", "Troops advanced 100 kilometers.", [(100, "km", "exact")]),
    ("en", "Seven missile attacks were repelled.", [(7, "attack", "exact")]),
    ("en", "Fewer than 20 strikes were recorded.", [(20, "attack", "less_than")]),
    ("en", "500 Russian drones were downed.", [(500, "drone", "exact")]),
    ("en", "Three ships were sunk.", [(3, "ship", "exact")]),
    ("en", "Twenty-five injured were treated.", [(25, "injured", "exact")]),
    ("en", "The ceasefire lasts 30 days.", [(30, "day", "exact")]),
    ("en", "The F-16 jets arrived.", NONE),
    ("en", "In 2022 the war began.", NONE),
    ("en", "The blast happened at 10:30.", NONE),
    ("en", "In the past 24 hours the front was calm.", NONE),
]


def _run(language: str, text: str, published: str | None) -> Document:
    doc = Document(id="t", text=text, language=language, published=published)
    Time()(doc)
    Quantities()(doc)
    return doc


@pytest.mark.parametrize(("language", "text", "value", "precision", "end_value", "published"), TIME_ROWS)
def test_time_row(language, text, value, precision, end_value, published):
    doc = _run(language, text, published)
    for t in doc.timexes:  # offsets always point at the mention
        assert doc.text[t.start : t.end] == t.text
    if precision == "":
        assert doc.timexes == [], [t.text for t in doc.timexes]
        return
    got = [(t.text, t.value, t.precision, t.end_value) for t in doc.timexes]
    assert any(
        t.value == value and t.precision == precision and (end_value == "" or t.end_value == end_value)
        for t in doc.timexes
    ), got


@pytest.mark.parametrize(("language", "text", "expected"), QUANTITY_ROWS)
def test_quantity_row(language, text, expected):
    doc = _run(language, text, PUB)
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text
    got = {(q.value, q.unit, q.qualifier) for q in doc.quantities}
    if expected is NONE:
        assert got == set()
        return
    for value, unit, qualifier in expected:
        assert (float(value), unit, qualifier) in got, got


def test_tables_are_big_enough():
    assert len(TIME_ROWS) + len(QUANTITY_ROWS) >= 80
    assert {r[0] for r in TIME_ROWS} == {r[0] for r in QUANTITY_ROWS} == {"it", "en"}
