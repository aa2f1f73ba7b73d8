# ruff: noqa: E501
"""Italian slot fillers. Noun phrases come in prepositional forms (RU_PL_DA = «dalle forze russe»)."""

from __future__ import annotations

from . import triggers
from .places import it_names, it_places, russian_names, russian_villages

_CONTRACT = {
    "di": {"il": "del", "lo": "dello", "la": "della", "l'": "dell'", "i": "dei", "gli": "degli", "le": "delle"},
    "a": {"il": "al", "lo": "allo", "la": "alla", "l'": "all'", "i": "ai", "gli": "agli", "le": "alle"},
    "da": {"il": "dal", "lo": "dallo", "la": "dalla", "l'": "dall'", "i": "dai", "gli": "dagli", "le": "dalle"},
    "su": {"il": "sul", "lo": "sullo", "la": "sulla", "l'": "sull'", "i": "sui", "gli": "sugli", "le": "sulle"},
    "con": {"il": "con il", "lo": "con lo", "la": "con la", "l'": "con l'", "i": "con i", "gli": "con gli",
            "le": "con le"},
}


def _np(entries: list[str], prep: str = "") -> list[str]:
    """'le|forze russe' -> 'le [forze russe|@]' (or 'dalle [..]' with prep); '|Mosca' has no article."""
    out = []
    for entry in entries:
        art, noun = entry.split("|")
        if prep:
            art = _CONTRACT[prep].get(art, f"{prep} {art}") if art else prep
        sep = "" if art.endswith("'") or not art else " "
        out.append(f"{art}{sep}[{noun}|@]")
    return out


_RU_PL = ["le|forze russe", "le|truppe russe", "i|russi", "gli|occupanti", "i|militari russi", "le|truppe di Mosca",
          "gli|invasori russi", "le|forze armate russe", "i|soldati russi", "le|unità russe", "gli|invasori",
          "le|forze di occupazione russe", "i|reparti russi", "le|Forze Armate della Federazione Russa",
          "le|forze filorusse", "i|gruppi d'assalto russi", "le|truppe del Cremlino"]
_RU_SG = ["l'|esercito russo", "|Mosca", "la|Russia", "il|nemico", "l'|esercito di Mosca", "il|Cremlino",
          "l'|Armata russa", "l'|esercito della Federazione Russa", "l'|aviazione russa"]
_RU_IRREG = ["i|miliziani della Wagner", "i|mercenari della Wagner", "i|separatisti filorussi", "le|milizie della Dpr",
             "i|miliziani della Lnr", "i|ceceni di Kadyrov", "i|paracadutisti russi", "i|marines russi",
             "i|combattenti della Wagner", "i|separatisti del Donbass"]
_UA_PL = ["le|forze ucraine", "le|truppe ucraine", "gli|ucraini", "i|soldati ucraini", "le|forze armate ucraine",
          "i|militari di Kiev", "le|truppe di Kiev", "i|difensori ucraini", "le|unità ucraine", "i|reparti ucraini",
          "le|Forze Armate dell'Ucraina", "i|marines ucraini", "le|forze speciali ucraine", "i|paracadutisti ucraini",
          "le|guardie di frontiera ucraine", "i|nazionalisti ucraini", "le|formazioni ucraine",
          "i|militanti ucraini", "le|unità di droni ucraine", "le|forze armate di Kiev"]
_UA_SG = ["l'|esercito ucraino", "|Kiev", "l'|Ucraina", "la|47esima brigata meccanizzata", "la|brigata Azov",
          "l'|Apu", "la|Zsu", "il|regime di Kiev", "la|Terza brigata d'assalto", "l'|esercito di Kiev"]
RU_PL = _np(_RU_PL)
RU_M = [e for e in RU_PL if e.split(" ")[0] in ("i", "gli")]
RU_F = [e for e in RU_PL if e.split(" ")[0] == "le"]
RU_PL_DA = _np(_RU_PL, "da")
RU_PL_DI = _np(_RU_PL, "di")
RU_SG = _np(_RU_SG)
RU_SG_DA = _np(_RU_SG, "da")
RU_IRREG = _np(_RU_IRREG)
RU_IRREG_DA = _np(_RU_IRREG, "da")
UA_PL = _np(_UA_PL)
UA_M = [e for e in UA_PL if e.split(" ")[0] in ("i", "gli")]
UA_F = [e for e in UA_PL if e.split(" ")[0] == "le"]
UA_PL_DA = _np(_UA_PL, "da")
UA_PL_DI = _np(_UA_PL, "di")
UA_PL_A = _np(_UA_PL, "a")
UA_PL_SU = _np(_UA_PL, "su")
UA_SG = _np(_UA_SG)
UA_SG_DA = _np(_UA_SG, "da")
RU_ANY_DA = RU_PL_DA + RU_SG_DA
UA_ANY_DA = UA_PL_DA + UA_SG_DA
_CIV = ["i|civili", "gli|abitanti", "i|residenti", "i|volontari", "gli|operatori umanitari", "i|pensionati",
        "gli|agricoltori", "i|soccorritori"]
CIVILIANS = _np(_CIV)
CIVILIANS_SU = _np(_CIV, "su")
CIV_N = [f"[{e.split('|')[1]}|@]" for e in _CIV]  # after a number: «due civili»
_STATES = ["l'|America", "|Washington", "la|Germania", "|Berlino", "la|Francia", "l'|Italia", "|Roma",
           "il|Regno Unito", "|Londra", "la|Polonia", "il|Canada", "la|Norvegia", "la|Danimarca",
           "la|Svezia", "il|Giappone", "l'|Australia", "la|Spagna", "l'|Unione europea", "la|Lituania", "l'|Olanda",
           "la|Finlandia", "la|Repubblica Ceca", "il|Belgio"]
STATES = _np(_STATES)
STATES_DA = _np(_STATES, "da")
STATES_A = _np(_STATES, "a")
RU_ALLIES = _np(["l'|Iran", "la|Corea del Nord", "|Pyongyang", "|Teheran", "la|Bielorussia", "|Minsk"])
LEADERS = ["[Volodymyr Zelensky|@]", "[Vladimir Putin|@]", "[Emmanuel Macron|@]",
           "[Giorgia Meloni|@]", "[Olaf Scholz|@]", "[Recep Tayyip Erdogan|@]",
           "[Antonio Guterres|@]", "[Sergei Lavrov|@]", "[Dmytro Kuleba|@]",
           "[Antonio Tajani|@]", "[Keir Starmer|@]", "[Donald Tusk|@]", "[papa Francesco|@]", "[Xi Jinping|@]",
           "[Mark Rutte|@]", "[Ursula von der Leyen|@]", "[Aleksandr Lukashenko|@]", "[Rafael Grossi|@]"]
THREATENERS = ["[Dmitry Medvedev|@]", "[Vladimir Putin|@]", "[Sergei Lavrov|@]", "[Maria Zakharova|@]",
               "[Ramzan Kadyrov|@]", "[Sergei Shoigu|@]", "[Volodymyr Zelensky|@]", "il [Cremlino|@]",
               "[Mosca|@]", "[Kiev|@]", "[Dmitry Peskov|@]", "[Aleksandr Lukashenko|@]", "[Andriy Yermak|@]"]
_SRC_SG = ["il|governatore regionale", "il|governatore locale", "il|capo dell'amministrazione militare regionale",
           "lo|Stato maggiore ucraino", "lo|Stato maggiore delle forze armate ucraine", "l'|aeronautica ucraina",
           "il|ministero della Difesa russo", "il|ministero della Difesa di Mosca", "il|sindaco",
           "il|sindaco della città", "il|Comando operativo Sud", "la|procura generale ucraina", "la|polizia nazionale",
           "il|servizio di emergenza statale", "il|Cremlino", "il|portavoce del Cremlino Dmitry Peskov",
           "il|governatore insediato dai russi", "l'|agenzia Tass", "l'|agenzia Ria Novosti", "l'|Ansa",
           "|Ukrainska Pravda", "il|Kyiv Independent", "l'|intelligence militare ucraina", "l'|Sbu",
           "il|presidente Zelensky", "il|governatore di Belgorod", "l'|Istituto per lo studio della guerra",
           "l'|intelligence britannica", "il|ministero dell'Interno ucraino", "il|consiglio comunale",
           "il|governatore di Kharkiv Oleh Syniehubov", "il|governatore di Zaporizhzhia Ivan Fedorov",
           "l'|esercito ucraino", "la|Difesa russa", "il|canale Telegram Rybar", "un|funzionario locale",
           "il|governatore di Mykolaiv Vitaliy Kim", "il|governatore di Dnipropetrovsk Serhiy Lysak",
           "il|governatore di Belgorod Vyacheslav Gladkov", "il|sindaco di Kharkiv Ihor Terekhov", "l'|agenzia Interfax",
           "l'|agenzia Ukrinform", "la|tv pubblica Suspilne", "la|Bbc", "la|Cnn", "l'|Associated Press", "l'|Afp",
           "|Adnkronos", "|Rai News", "|Sky TG24", "il|Corriere della Sera", "l'|agenzia Dan di Donetsk",
           "la|missione di monitoraggio dell'Onu", "la|Marina ucraina", "la|Guardia nazionale",
           "il|ministero delle Emergenze russo", "il|quotidiano Kommersant", "il|sito indipendente Meduza"]
_SRC_PL = ["le|autorità locali", "le|autorità ucraine", "i|funzionari ucraini", "i|media russi", "i|media ucraini",
           "i|testimoni", "i|blogger militari russi", "le|autorità russe", "i|soccorritori", "i|media locali",
           "|fonti locali", "|fonti ucraine", "|fonti russe", "i|canali Telegram filorussi", "|fonti militari"]
_SRC_UA = ["lo|Stato maggiore ucraino", "lo|Stato maggiore delle forze armate ucraine", "l'|aeronautica ucraina",
           "il|governatore regionale", "il|presidente Zelensky", "l'|esercito ucraino", "|Kiev",
           "il|Comando operativo Sud", "il|ministero della Difesa ucraino", "lo|Stato maggiore di Kiev",
           "il|gruppo di forze Khortytsia", "l'|Sbu", "il|portavoce della brigata"]
_SRC_RU = ["il|ministero della Difesa russo", "il|ministero della Difesa di Mosca", "|Mosca", "il|Cremlino",
           "il|portavoce del Cremlino Dmitry Peskov", "l'|agenzia Tass", "il|governatore insediato dai russi",
           "il|portavoce Igor Konashenkov", "l'|Fsb", "la|Difesa russa", "il|governatore di Belgorod",
           "il|governatore ad interim di Kursk", "l'|agenzia Ria Novosti"]
SRC_SG = _np(_SRC_SG)
SRC_PL = _np(_SRC_PL)
SRC_PL_BARE = [e for e in SRC_PL if e.startswith("[")]
SRC_UA = _np(_SRC_UA)
SRC_RU = _np(_SRC_RU)
SRC_SG_DI = _np(_SRC_SG, "di")
SRC_SG_DA = _np(_SRC_SG, "da")
SRC_UA_DA = _np(_SRC_UA, "da")
SAID_SG = ["[ha detto|attr]", "[ha riferito|attr]", "[ha reso noto|attr]", "[ha scritto su Telegram|attr]",
           "[ha annunciato|attr]", "[ha dichiarato|attr]", "[ha affermato|attr]", "[fa sapere|attr]",
           "[rende noto|attr]", "[ha comunicato|attr]", "[ha riportato|attr]", "[ha sostenuto|attr]"]
SAID_PL = ["[hanno detto|attr]", "[hanno riferito|attr]", "[riferiscono|attr]", "[hanno reso noto|attr]",
           "[hanno scritto su Telegram|attr]", "[hanno dichiarato|attr]", "[fanno sapere|attr]",
           "[riportano|attr]", "[hanno affermato|attr]"]
TIME = ["[ieri|@]", "[ieri|@]", "[stanotte|@]", "[nella notte|@]", "[martedì|@]", "[lunedì sera|@]",
        "[questa mattina|@]", "[stamattina|@]", "[all'alba|@]", "il [3 marzo|@]", "il [14 agosto|@]",
        "[nel pomeriggio di ieri|@]", "[domenica|@]", "[nella notte tra sabato e domenica|@]", "[venerdì|@]",
        "intorno alle [4 del mattino|@]", "[oggi|@]", "[in serata|@]", "[mercoledì mattina|@]",
        "[la scorsa notte|@]", "il [17 novembre|@]", "il [2 giugno|@]", "[giovedì|@]", "[sabato pomeriggio|@]",
        "nella [notte del 12 ottobre|@]", "[domenica pomeriggio|@]", "[intorno alla mezzanotte|@]",
        "poco dopo le [3|@]", "[in mattinata|@]", "[per la seconda notte consecutiva|@]", "[giovedì notte|@]",
        "il [9 luglio|@]", "[ieri sera|@]", "la [mattina del 4 maggio|@]", "verso le [17|@]"]
NUM = ["[due|@]", "[tre|@]", "[quattro|@]", "[cinque|@]", "[sei|@]", "[sette|@]", "[otto|@]", "[2|@]", "[3|@]",
       "[4|@]", "[11|@]", "[14|@]", "[almeno due|@]", "[almeno tre|@]", "[almeno cinque|@]", "[almeno 9|@]",
       "[più di 10|@]", "[nove|@]", "[dieci|@]", "[17|@]", "[almeno 21|@]", "[fino a 6|@]",
       "[undici|@]", "[dodici|@]", "[una dozzina di|@]", "[cinque|@]", "[due|@]", "[tre|@]", "[6|@]", "[8|@]", "[23|@]",
       "[almeno quattro|@]", "[quasi 20|@]", "[circa 15|@]", "[oltre 30|@]"]
NUM_BIG = ["[15|@]", "[24|@]", "[31|@]", "[40|@]", "[più di 50|@]", "[decine di|@]", "[12|@]", "[nove|@]",
           "[sei|@]", "[otto|@]", "[almeno 20|@]", "[circa 30|@]", "[28|@]", "[18|@]", "[sette|@]", "[100|@]"]
MISSILE = ["missili [Iskander|@]", "missili [S-300|@]", "missili da crociera [Kh-101|@]", "missili [Kalibr|@]",
           "[missili balistici|@]", "razzi [Grad|@]", "[lanciarazzi multipli|@]", "[artiglieria pesante|@]",
           "[mortai|@]", "razzi [Uragan|@]", "[munizioni a grappolo|@]", "[artiglieria|@]", "[razzi|@]",
           "[colpi di carro armato|@]", "missili [Tochka-U|@]", "[obici|@]"]
DRONE = ["droni [Shahed|@]", "droni [Geran-2|@]", "[droni FPV|@]", "munizioni circuitanti [Lancet|@]",
         "[droni kamikaze|@]", "[bombe aeree guidate|@]", "bombe plananti [KAB|@]", "bombe [FAB-500|@]",
         "[droni d'attacco|@]", "droni [Shahed|@] di fabbricazione iraniana", "[bombe plananti|@]",
         "bombardieri [Su-34|@]", "[droni|@]", "un [drone|@]"]
ENEMY_DRONE = ["droni", "droni Shahed", "droni d'attacco", "missili da crociera", "missili", "missili Kh-101",
               "bombe guidate", "missili Iskander-M", "droni da ricognizione", "razzi HIMARS", "missili ATACMS",
               "missili Storm Shadow", "missili Neptune", "velivoli senza pilota"]
PLACE = it_places("any")
PLACE_A = it_places("any", "a")
PLACE_SU = it_places("any", "su")
PLACE_DI = it_places("any", "di")
CITY = it_places("city")
REGION = it_places("region")
CITY_A = it_places("city", "a")
CITY_SU = it_places("city", "su")
VILLAGE = it_places("village")
VILLAGE_A = it_places("village", "a")
VILLAGE_DI = it_places("village", "di")
VILLAGE_SU = it_places("village", "su")
REGION_DI = it_places("region", "di")
REGION_A = it_places("region", "a")
REGION_SU = it_places("region", "su")
CITY_DI = it_places("city", "di")
NAME = it_names("city")
VNAME = it_names("village")
ABROAD = it_names("abroad")
CAPITAL = it_names("capital")
RUNAME = russian_names("it")
RUVNAME = russian_villages()
RUREGION = it_places("ruregion")
RUREGION_A = it_places("ruregion", "a")
RUREGION_SU = it_places("ruregion", "su")

ATTR = ["{SAID_SG} {source:SRC_SG}", "{SAID_SG} {source:SRC_SG}", "{SAID_SG} {source:SRC_SG}",
        "{source:SRC_SG} {SAID_SG}", "[secondo|attr] {source:SRC_SG}", "{SAID_PL} {source:SRC_PL}",
        "[secondo quanto riferito|attr] {source:SRC_SG_DA}", "[stando a|attr] {source:SRC_PL_BARE}",
        "[come riferisce|attr] {source:SRC_SG}", "[secondo|attr] {source:SRC_PL}"] * 2 + [
        "[secondo indiscrezioni|hedge]", "[secondo notizie non confermate|hedge]",
        "{SAID_SG} {source:SRC_SG}, [senza fornire prove|hedge]",
        "{SAID_SG} {source:SRC_SG}, [ma la notizia non è stata verificata in modo indipendente|hedge]"]  # 1 in 6
ATTR_UA = ["{SAID_SG} {source:SRC_UA}", "{SAID_SG} {source:SRC_UA}", "{source:SRC_UA} {SAID_SG}",
           "[secondo|attr] {source:SRC_UA}", "[secondo quanto comunicato|attr] {source:SRC_UA_DA}",
           "[come riferisce|attr] {source:SRC_UA}"]
ATTR_RU = ["{SAID_SG} {source:SRC_RU}", "{SAID_SG} {source:SRC_RU}", "{source:SRC_RU} {SAID_SG}",
           "[secondo|attr] {source:SRC_RU}", "[rivendica|attr] {source:SRC_RU}", "[sostiene|attr] {source:SRC_RU}"]

DONBAS = ["[Donetsk|@]", "[Horlivka|@]", "[Makiivka|@]", "[Yasynuvata|@]", "[Lugansk|@]", "[Alchevsk|@]",
          "[Stakhanov|@]", "[Dokuchaievsk|@]", "[Shakhtarsk|@]", "[Yenakiieve|@]"]
DISTRICT = ["Kyivskyi", "Petrovskyi", "Budyonnovskyi", "Leninskyi", "Voroshilovskyi", "Kirovskyi", "Proletarskyi"]

REGION_BARE_IT = ["regione di Kharkiv", "regione di Sumy", "regione di Poltava", "regione di Dnipropetrovsk",
                  "regione di Odessa", "regione di Chernihiv"]

# datelines d'agenzia e frasi di chiusura: il contesto reale della notizia, senza eventi
_DATELINE = ["(ANSA) - KIEV, 3 NOV - ", "ROMA, 14 MAR - ", "KIEV - ", "(Adnkronos) - ", "MOSCA, 24 FEB - ",
             "(ANSA) - BRUXELLES, 9 MAG - ", "DALL'INVIATO A KHARKIV - ", "ODESSA - "]
_CLOSING = ["Sono in corso le operazioni di soccorso.", "Le informazioni sono in fase di verifica.",
            "Seguiranno aggiornamenti.", "Mosca non ha commentato.", "[La notizia non è verificabile in modo indipendente|hedge].",
            "Kiev non ha commentato.", "Restate nei rifugi fino al cessato allarme.", "Sul posto gli investigatori."]

_KICKER = ["Ucraina, ", "Guerra in Ucraina, ", "Ucraina-Russia, ", "Ucraina, le news di oggi. ", "Kiev - "]

POOLS = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, list)}
POOLS.update(_DATELINE=_DATELINE, _CLOSING=_CLOSING, _KICKER=_KICKER)
POOLS["_AND"] = [" e "]

POOLS.update(triggers.IT)  # trigger phrase pools and prose scaffolding (triggers.py)
