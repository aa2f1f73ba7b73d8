# ruff: noqa: E501
"""Slot fillers for casualty reports, agency headlines and battle-loss reports (both languages).

Every pool name starts with ``CAS_`` so that merging these pools into a language's pools never
shadows one of theirs. The names of forces are the ones translated Russian, Ukrainian and
separatist agency feeds use ("APU", "UAF", "the DPR people's militia", «le Apu»).
"""

from __future__ import annotations

from .places import REGIONS, en_places, it_places
from .pools_it import _np

# city districts (our own list); the annotated location is the city, the district stays in the text
_DISTRICTS_UA = {
    ("Kharkiv", "Kharkiv"): ["Saltivskyi", "Kyivskyi", "Shevchenkivskyi", "Kholodnohirskyi", "Osnovianskyi",
                             "Slobidskyi", "Industrialnyi", "Nemyshlianskyi", "Novobavarskyi"],
    ("Kherson", "Kherson"): ["Dniprovskyi", "Korabelnyi", "Tsentralnyi"],
    ("Zaporizhzhia", "Zaporizhzhia"): ["Shevchenkivskyi", "Komunarskyi", "Oleksandrivskyi", "Zavodskyi",
                                       "Dniprovskyi", "Khortytskyi", "Voznesenivskyi"],
    ("Dnipro", "Dnipro"): ["Shevchenkivskyi", "Sobornyi", "Chechelivskyi", "Industrialnyi", "Samarskyi",
                           "Novokodatskyi"],
    ("Kyiv", "Kiev"): ["Darnytskyi", "Solomianskyi", "Sviatoshynskyi", "Obolonskyi", "Holosiivskyi", "Podilskyi",
                       "Desnianskyi", "Pecherskyi"],
    ("Odesa", "Odessa"): ["Prymorskyi", "Kyivskyi", "Khadzhybeiskyi", "Peresypskyi"],
    ("Mykolaiv", "Mykolaiv"): ["Zavodskyi", "Inhulskyi", "Tsentralnyi", "Korabelnyi"],
    ("Sumy", "Sumy"): ["Kovpakivskyi", "Zarichnyi"],
    ("Kryvyi Rih", "Kryvyi Rih"): ["Metalurhiinyi", "Dovhyntsivskyi", "Saksahanskyi", "Pokrovskyi", "Ternivskyi"],
}
_DISTRICTS_DB = {
    "Donetsk": ["Kuibyshevskyi", "Kyivskyi", "Petrovskyi", "Budyonnovskyi", "Leninskyi", "Voroshilovskyi",
                "Kirovskyi", "Proletarskyi", "Kalininskyi"],
    "Horlivka": ["Nikitovskyi", "Tsentralno-Miskyi", "Kalininskyi"],
    "Makiivka": ["Chervonohvardiiskyi", "Hirnytskyi", "Kirovskyi", "Sovietskyi"],
}
# raions (districts of an oblast) named after their centre: (name, region key)
_RAIONS = [("Nikopol", "dnipro"), ("Kupiansk", "kharkiv"), ("Izium", "kharkiv"), ("Chuhuiv", "kharkiv"),
           ("Bohodukhiv", "kharkiv"), ("Kharkiv", "kharkiv"), ("Kramatorsk", "donetsk"), ("Pokrovsk", "donetsk"),
           ("Bakhmut", "donetsk"), ("Sumy", "sumy"), ("Shostka", "sumy"), ("Okhtyrka", "sumy"),
           ("Konotop", "sumy"), ("Beryslav", "kherson"), ("Kherson", "kherson"), ("Kakhovka", "kherson"),
           ("Polohy", "zaporizhzhia"), ("Vasylivka", "zaporizhzhia"), ("Zaporizhzhia", "zaporizhzhia"),
           ("Synelnykove", "dnipro"), ("Kryvyi Rih", "dnipro"), ("Bilhorod-Dnistrovskyi", "odesa"),
           ("Izmail", "odesa"), ("Mykolaiv", "mykolaiv"), ("Bashtanka", "mykolaiv"), ("Chernihiv", "chernihiv"),
           ("Novhorod-Siverskyi", "chernihiv"), ("Koriukivka", "chernihiv")]
# front directions as both sides' reports name them (the location is the name)
_DIRECTIONS = ["Pokrovsk", "Kurakhove", "Kupiansk", "Lyman", "Siversk", "Kramatorsk", "Toretsk", "Huliaipole",
               "Orikhiv", "Kherson", "Vremivka", "Kharkiv", "Novopavlivka", "Bakhmut", "Vuhledar", "Avdiivka",
               "Kostiantynivka", "Zaporizhzhia", "Borova", "Krasnoarmeysk", "Kupyansk", "Artemovsk", "Krasny Liman",
               "Yuzhnodonetsk", "Prydniprovske", "Sumy"]
_LANDINGS_EN = ["the [Kinburn Spit|@]", "the [Tendra Spit|@]", "[Krynky|@]", "[Korsunka|@]", "[Dnipriany|@]",
                "[Enerhodar|@]", "[Cape Tarkhankut|@]", "[Zmiinyi Island|@]", "[Kozachi Laheri|@]",
                "the [Antonivskyi Bridge|@]", "[Nova Kakhovka|@]", "the [Kakhovka reservoir|@]"]


def _districts_en(table: dict) -> list[str]:
    out = []
    for key, districts in table.items():
        city = key[0] if isinstance(key, tuple) else key
        for d in districts:
            out += [f"the {d} district of [{city}|@]", f"[{city}|@]'s {d} district", f"[{city}|@], {d} district"]
    return out


def _districts_it(table: dict, prep: str) -> list[str]:
    art = {"": "il", "a": "nel", "su": "sul", "di": "del", "da": "dal"}[prep]
    out = []
    for key, districts in table.items():
        city = key[1] if isinstance(key, tuple) else key
        for d in districts:
            out += [f"{art} quartiere {d} di [{city}|@]", f"{art} distretto {d} di [{city}|@]"]
    return out


def _raions_en() -> list[str]:
    out = []
    for name, reg in _RAIONS:
        r = REGIONS[reg][0]
        out += [f"the [{name} district|@]", f"the [{name} raion|@]", f"the [{name} district|@] of the {r} region",
                f"the [{name} district|@], {r} region"]
    return out


def _raions_it(prep: str) -> list[str]:
    art = {"": "il", "a": "nel", "su": "sul", "di": "del", "da": "dal"}[prep]
    out = []
    for name, reg in _RAIONS:
        r = REGIONS[reg][1]
        out += [f"{art} [distretto di {name}|@]", f"{art} [rajon di {name}|@]",
                f"{art} [distretto di {name}|@], nella regione di {r}"]
    return out


def _obl_en() -> list[str]:
    return [f"[{REGIONS[k][0]} {w}|@]" for k in REGIONS for w in ("region", "oblast") if k not in
            ("belgorod", "kursk", "bryansk", "rostov", "voronezh")]


def _where_en() -> list[str]:
    """Places that take "in": cities, villages, oblasts, raions, city districts (in about equal shares)."""
    cities, villages, regions = en_places("city"), en_places("village"), en_places("region")
    raions, districts = _raions_en(), _districts_en(_DISTRICTS_UA)
    n = 120
    return (cities[:: max(1, len(cities) // n)] + villages[:: max(1, len(villages) // n)] + regions * 2
            + raions + districts)


def _where_it(prep: str) -> list[str]:
    cities, villages, regions = it_places("city", prep), it_places("village", prep), it_places("region", prep)
    raions, districts = _raions_it(prep), _districts_it(_DISTRICTS_UA, prep)
    n = 120
    return (cities[:: max(1, len(cities) // n)] + villages[:: max(1, len(villages) // n)] + regions * 2
            + raions + districts)


# places held by Russia that Russian and separatist feeds report as shelled by Ukraine
_OCCUPIED = ["Donetsk", "Horlivka", "Makiivka", "Yasynuvata", "Alchevsk", "Stakhanov", "Dokuchaievsk", "Shakhtarsk",
             "Yenakiieve", "Oleshky", "Nova Kakhovka", "Hola Prystan", "Skadovsk", "Kakhovka", "Melitopol", "Tokmak",
             "Enerhodar", "Berdiansk", "Vasylivka", "Polohy", "Mariupol", "Volnovakha", "Svatove", "Kreminna",
             "Lysychansk", "Shebekino", "Graivoron", "Tetkino", "Glushkovo", "Klimovo", "Valuyki", "Rylsk"]
# Russian places within artillery range of the border
_RU_BORDER = ["Belgorod", "Shebekino", "Kursk", "Sudzha", "Bryansk", "Rylsk", "Valuyki", "Graivoron", "Klintsy", "Lgov",
              "Korenevo", "Tetkino", "Glushkovo", "Klimovo", "Suzemka", "Krasnaya Yaruga", "Nekhoteevka", "Zhuravka"]
_SRC_DB_EN = ["[DPR headquarters|@]", "[headquarters of the territorial defence of the DPR|@]",
              "[DPR territorial defence headquarters|@]", "[DPR mission to the JCCC|@]", "[JCCC|@]", "[Pushilin|@]",
              "[head of the DPR|@]", "[LPR People's Militia|@]", "[mayor of Donetsk|@]", "[Horlivka mayor|@]",
              "[DAN|@]", "[LIC|@]", "[Miroshnik|@]", "[Russian Defence Ministry|@]", "[TASS|@]", "[RIA Novosti|@]",
              "[Saldo|@]", "[Balitsky|@]", "[Russian-installed governor|@]", "the [DPR headquarters|@]",
              "the [JCCC|@]", "[Makiivka city administration|@]"]
_SRC_RUB_EN = ["[Russian Defence Ministry|@]", "[Russian MoD|@]", "[Defence Ministry|@]", "[Gladkov|@]",
               "[Belgorod governor|@]", "[Kursk governor|@]", "[Bryansk governor|@]", "[Bogomaz|@]", "[TASS|@]",
               "[RIA Novosti|@]", "[Moscow|@]", "[Rostov governor|@]", "[Kursk region's acting governor|@]",
               "the [Russian Defence Ministry|@]", "[Interfax|@]"]

EN = {
    # Ukrainian forces as Russian and separatist feeds name them in English
    "CAS_UA": ["the [APU|@]", "the [AFU|@]", "the [Armed Forces of Ukraine|@]", "the [UAF|@]", "the [VSU|@]",
               "[Ukrainian militants|@]", "[Ukrainian armed formations|@]", "the [Ukrainian Armed Forces|@]",
               "[Ukrainian formations|@]", "the [Kyiv regime|@]", "[Ukrainian nationalists|@]",
               "[Ukrainian troops|@]", "the [Ukrainian military|@]", "[Kyiv's forces|@]",
               "[militants of the Kyiv regime|@]", "the [ZSU|@]", "[Ukrainian neo-Nazis|@]",
               "[Ukrainian army units|@]"],
    # Russian forces as Ukrainian feeds name them in English
    "CAS_RU": ["the [occupiers|@]", "the [invaders|@]", "the [enemy|@]", "the [Russian army|@]",
               "[Russian troops|@]", "the [Russian occupation forces|@]", "the [ruscists|@]",
               "the [RF Armed Forces|@]", "the [Russian Armed Forces|@]", "[Russian forces|@]",
               "the [aggressor|@]", "the [Russian military|@]", "the [Russians|@]", "the [occupation army|@]"],
    "CAS_RUX": ["the [DPR people's militia|@]", "the [LPR people's militia|@]", "the [Kadyrovites|@]",
                "[Kadyrovites|@]", "[DPR forces|@]", "[LPR units|@]", "[Akhmat|@] fighters", "[Wagner|@] fighters",
                "the [DPR People's Militia|@]", "the [allied forces|@]", "[Russian-backed separatists|@]",
                "the [1st Army Corps|@]"],
    "CAS_RUMOD": ["[Russian troops|@]", "[units of the Tsentr group of forces|@]", "the [Vostok group of forces|@]",
                  "the [Yug group|@]", "[Russian servicemen|@]", "the [RF Armed Forces|@]",
                  "[assault units of the Zapad group|@]", "the [Russian army|@]", "[Russian forces|@]",
                  "[units of the Dnepr group|@]", "[Russian assault detachments|@]"],
    "CAS_CIV": ["[civilians|@]", "[residents|@]", "[local residents|@]", "[peaceful residents|@]",
                "[civilian residents|@]", "[pensioners|@]", "[villagers|@]", "[civilians|@]", "[civilians|@]"],
    "CAS_V1": ["a man", "a woman", "an elderly woman", "an elderly man", "a 54-year-old man", "a 67-year-old woman",
               "a teenager", "a 15-year-old boy", "a tractor driver", "a pensioner", "a volunteer", "a utility worker",
               "a bus driver", "a farmer", "a 72-year-old resident", "a 38-year-old man", "a nurse",
               "a woman born in 1961", "a man born in 1979"],
    "CAS_SRC_UA": ["[regional governor|@]", "[city military administration|@]", "[regional military administration|@]",
                   "[head of the regional military administration|@]", "[General Staff|@]",
                   "[General Staff of the AFU|@]", "[Ukrainian Air Force|@]", "[Operational Command South|@]",
                   "[Khortytsia group of forces|@]", "[mayor|@]", "[city mayor|@]",
                   "[head of the city military administration|@]", "[National Police|@]", "[State Emergency Service|@]",
                   "[regional prosecutor's office|@]", "[Syniehubov|@]", "[Fedorov|@]", "[Prokudin|@]", "[Lysak|@]",
                   "[Filashkin|@]", "[Ukrinform|@]", "[Suspilne|@]", "[Kherson regional military administration|@]",
                   "the [headquarters of the territorial defence|@]", "[Kyiv|@]", "[Zelensky|@]", "[DeepState|@]",
                   "the [regional governor|@]", "the [city military administration|@]", "the [General Staff|@]"],
    "CAS_SRC_RU": ["[Russian Defence Ministry|@]", "[Russian MoD|@]", "[Defence Ministry|@]",
                   "[headquarters of the territorial defence of the DPR|@]", "[DPR territorial defence headquarters|@]",
                   "[DPR headquarters|@]", "[DPR mission to the JCCC|@]", "[JCCC|@]", "[Pushilin|@]",
                   "[head of the DPR|@]", "[LPR People's Militia|@]", "[Gladkov|@]", "[Belgorod governor|@]",
                   "[Kursk governor|@]", "[Bryansk governor|@]", "[Bogomaz|@]", "[mayor of Donetsk|@]",
                   "[Horlivka mayor|@]", "[Saldo|@]", "[Balitsky|@]", "[TASS|@]", "[RIA Novosti|@]", "[DAN|@]",
                   "[LIC|@]", "[Miroshnik|@]", "[Russian-installed governor|@]", "[Moscow|@]",
                   "the [Russian Defence Ministry|@]", "the [DPR headquarters|@]", "the [JCCC|@]"],
    "CAS_RUB": [f"[{p}|@]" for p in _RU_BORDER], "CAS_SRC_DB": _SRC_DB_EN, "CAS_SRC_RUB": _SRC_RUB_EN, "CAS_OCC": [f"[{p}|@]" for p in _OCCUPIED],
    "CAS_DASH": [" - ", " – ", " — ", " - ", " – "],
    "CAS_TDAY": ["[since the beginning of the day|@]", "[since the start of the day|@]", "[over the past day|@]",
                 "[over the past 24 hours|@]", "[in the past day|@]", "[at night|@]", "[overnight|@]",
                 "[this morning|@]", "[during the day|@]", "[last night|@]", "[today|@]", "[yesterday|@]",
                 "on [12 March|@]", "[in the evening|@]", "at about [14:30|@]", "at [09:40|@]", "on [Saturday|@]",
                 "[since midnight|@]", "[this afternoon|@]"],
    "CAS_ON": ["On [12 March|@]", "On [5 June|@]", "On [October 3|@]", "On the [night of 14 August|@]",
               "On [Monday|@]", "[Yesterday|@]", "[Today|@]", "[Over the past day|@]", "[Overnight|@]",
               "On [28 November|@]", "At [06:15|@]"],
    "CAS_CAUSE": ["due to", "as a result of", "because of", "following", "after", "in"],
    "CAS_SHELL": ["shelling", "artillery shelling", "artillery fire", "mortar shelling", "MLRS shelling",
                  "rocket fire", "tank fire", "shelling", "shelling", "mortar fire"],
    "CAS_AIR": ["drone attack", "drone strike", "kamikaze drone attack", "UAV attack", "Shahed attack",
                "glide bomb strike", "guided bomb strike", "Lancet strike", "bomb strike", "drone raid",
                "drone attack", "drone attack"],
    "CAS_MSTRIKE": ["missile strike", "ballistic missile strike", "Iskander strike", "rocket attack", "strike",
                    "strike", "missile attack", "S-300 strike"],
    "CAS_MLRS": ["Grad MLRS", "Uragan MLRS", "Smerch MLRS", "BM-21 Grad launchers", "Grad multiple rocket launchers",
                 "Uragan multiple launch rocket systems", "HIMARS", "Vampire MLRS", "155 mm artillery",
                 "152 mm artillery", "122 mm howitzers", "120 mm mortars", "barrel artillery", "tank guns",
                 "TOS-1A systems", "cannon artillery", "Grad"],
    "CAS_TOLL": ["[7|@]", "[12|@]", "[nine|@]", "[14|@]", "[21|@]", "[five|@]", "[eight|@]", "[31|@]", "[ten|@]",
                 "[18|@]", "[six|@]", "[25|@]", "[four|@]", "[11|@]"],
    "CAS_SOLD": ["[more than 200|@]", "[up to 140|@]", "[over 70|@]", "[about 60|@]", "[35|@]", "[120|@]",
                 "[forty|@]", "[a hundred|@]", "[up to 400|@]", "[230|@]", "[more than 500|@]", "[around 90|@]",
                 "[1,250|@]", "[fifty|@]", "[several dozen|@]", "[up to 75|@]", "[310|@]"],
    "CAS_KM": ["1.5", "two", "three", "5", "seven", "2.5", "four", "1", "ten", "3.5", "six"],
    "CAS_WHERE": _where_en(),
    "CAS_OBL": _obl_en(),
    "CAS_RAION": _raions_en(),
    "CAS_DIST_UA": _districts_en(_DISTRICTS_UA),
    "CAS_DIST_DB": _districts_en(_DISTRICTS_DB),
    "CAS_DIR": [f"[{d}|@]" for d in _DIRECTIONS],
    "CAS_DIRP": _DIRECTIONS,
    "CAS_LAND": _LANDINGS_EN,
    "CAS_DAYN": ["1,001", "640", "912", "1,200", "455", "731", "1,095", "820", "1,350", "980"],
    "CAS_DATE": ["12 March", "5 June", "October 3", "14 August", "28 November", "1 February", "July 9",
                 "20.05", "03.11.2024", "May 4"],
    "CAS_MONTH": ["January", "March", "May", "August", "October", "December"],
    "CAS_WEEK": ["two", "three", "five", "12", "40", "52"],
}

_UA_PL = ["le|Apu", "le|Forze armate ucraine", "le|Forze Armate dell'Ucraina", "le|Vsu", "le|Zsu",
          "i|militanti ucraini", "le|formazioni armate ucraine", "i|nazionalisti ucraini", "le|truppe ucraine",
          "le|forze di Kiev", "i|militari ucraini", "i|neonazisti ucraini", "le|unità dell'esercito ucraino",
          "le|formazioni di Kiev"]
_UA_SG = ["il|regime di Kiev", "l'|esercito ucraino", "l'|Afu", "il|nemico"]
_RU_PL = ["gli|occupanti", "gli|invasori", "le|truppe russe", "le|forze russe", "i|russi", "i|militari russi",
          "le|Forze armate russe", "le|forze armate della Federazione Russa", "le|forze di occupazione",
          "i|rashisti", "le|truppe di occupazione"]
_RU_SG = ["il|nemico", "l'|esercito russo", "l'|aggressore", "l'|esercito di occupazione"]
_RUX = ["le|forze della Dpr", "la|milizia popolare della Dpr", "la|milizia popolare della Lpr", "i|kadyroviti",
        "i|ceceni di Kadyrov", "i|combattenti dell'Akhmat", "i|miliziani della Wagner", "le|forze della Lpr",
        "le|forze alleate", "i|separatisti filorussi", "il|Primo corpo d'armata", "le|forze della DPR",
        "la|milizia della LPR", "le|unità della DPR"]
_RUMOD = ["le|truppe russe", "le|unità del gruppo di forze Tsentr", "i|reparti del gruppo di forze Vostok",
          "le|unità del gruppo Yug", "i|militari russi", "le|Forze armate russe", "i|reparti d'assalto del gruppo Zapad",
          "le|unità del gruppo Dnepr", "i|distaccamenti d'assalto russi"]  # plural: they are subjects of «hanno»
_SRC_UA = ["lo|Stato maggiore", "lo|Stato maggiore ucraino", "il|governatore regionale",
           "l'|amministrazione militare cittadina", "l'|amministrazione militare regionale",
           "il|capo dell'amministrazione militare regionale", "il|sindaco", "l'|aeronautica ucraina",
           "il|Comando operativo Sud", "la|polizia nazionale", "la|procura regionale", "il|servizio di emergenza statale",
           "|Ukrinform", "|Suspilne", "|Syniehubov", "|Fedorov", "|Prokudin", "|Lysak", "|Filashkin",
           "il|gruppo di forze Khortytsia", "|Kiev", "il|ministero della Difesa ucraino",
           "il|quartier generale della difesa territoriale", "|Stato maggiore", "|amministrazione militare cittadina",
           "|governatore regionale", "|DeepState"]
_SRC_RU = ["la|Difesa russa", "il|ministero della Difesa russo", "il|ministero della Difesa di Mosca",
           "il|quartier generale della difesa territoriale della Dpr", "la|rappresentanza della Dpr nel Ccpc",
           "|Pushilin", "il|capo della Dpr", "la|milizia popolare della Lpr", "il|governatore di Belgorod", "|Gladkov",
           "il|governatore di Kursk", "|Bogomaz", "il|sindaco di Donetsk", "|Saldo", "|Balitsky", "|Tass",
           "|Ria Novosti", "l'|agenzia Dan", "il|Cremlino", "|Mosca", "|Miroshnik", "il|governatore insediato dai russi",
           "|Difesa russa", "|ministero della Difesa russo", "|quartier generale della Dpr"]
_CIV = ["[civili|@]", "[residenti|@]", "[abitanti|@]", "[civili|@]", "[pensionati|@]", "[abitanti del posto|@]",
        "[civili|@]", "[residenti|@]"]

_SRC_DB_IT = ["il|quartier generale della Dpr", "il|quartier generale della difesa territoriale della Dpr",
              "la|rappresentanza della Dpr nel Ccpc", "il|Ccpc", "|Pushilin", "il|capo della Dpr",
              "la|milizia popolare della Lpr", "il|sindaco di Donetsk", "il|sindaco di Horlivka", "l'|agenzia Dan",
              "|Miroshnik", "la|Difesa russa", "|Tass", "|Ria Novosti", "|Saldo", "|Balitsky",
              "il|governatore insediato dai russi", "|quartier generale della Dpr", "l'|amministrazione di Makiivka"]
_SRC_RUB_IT = ["la|Difesa russa", "il|ministero della Difesa russo", "il|ministero della Difesa di Mosca", "|Gladkov",
               "il|governatore di Belgorod", "il|governatore di Kursk", "il|governatore di Bryansk", "|Bogomaz",
               "|Tass", "|Ria Novosti", "|Mosca", "il|governatore di Rostov", "il|governatore ad interim di Kursk",
               "|Difesa russa", "l'|agenzia Interfax"]

IT = {
    "CAS_RUB": [f"[{p}|@]" for p in _RU_BORDER], "CAS_SRC_DB": _np(_SRC_DB_IT), "CAS_SRC_RUB": _np(_SRC_RUB_IT), "CAS_OCC": [f"[{p}|@]" for p in _OCCUPIED],
    "CAS_OCC_A": [f"a [{p}|@]" for p in _OCCUPIED], "CAS_OCC_SU": [f"su [{p}|@]" for p in _OCCUPIED],
    "CAS_UA": _np(_UA_PL), "CAS_UA_DI": _np(_UA_PL + _UA_SG, "di"), "CAS_UA_DA": _np(_UA_PL + _UA_SG, "da"),
    "CAS_UA_CON": _np(_UA_PL + _UA_SG, "con"),
    "CAS_RU": _np(_RU_PL), "CAS_RU_SG": _np(_RU_SG), "CAS_RU_DI": _np(_RU_PL + _RU_SG, "di"),
    "CAS_RU_DA": _np(_RU_PL + _RU_SG, "da"), "CAS_RU_CON": _np(_RU_PL + _RU_SG, "con"),
    "CAS_RUX": _np(_RUX), "CAS_RUX_DI": _np(_RUX, "di"), "CAS_RUX_CON": _np(_RUX, "con"),
    "CAS_RUMOD": _np(_RUMOD),
    # machine translation drops the article: «da [forze russe]», «dal [APU]»
    "CAS_UA_MT": ["[APU|@]", "[Forze Armate di Ucraina|@]", "[AFU|@]", "[militanti ucraini|@]",
                  "[formazioni ucraine|@]", "[UAF|@]", "[truppe ucraine|@]"],
    "CAS_RU_MT": ["[forze russe|@]", "[truppe russe|@]", "[occupanti|@]", "[invasori|@]", "[esercito russo|@]",
                  "[Forze Armate di RF|@]"],
    "CAS_SRC_UA": _np(_SRC_UA), "CAS_SRC_RU": _np(_SRC_RU),
    "CAS_SRC_UA_BARE": ["[Kiev|@]", "[Stato maggiore|@]", "[Stato maggiore ucraino|@]", "[Aeronautica ucraina|@]",
                        "[Zelensky|@]", "[Syniehubov|@]", "[Fedorov|@]", "[Comando Sud|@]",
                        "[Amministrazione militare di Kherson|@]", "[Prokudin|@]", "[governatore di Kharkiv|@]",
                        "[sindaco di Kharkiv|@]", "[Lysak|@]", "[Filashkin|@]"],
    "CAS_SRC_RU_BARE": ["[Mosca|@]", "[Difesa russa|@]", "[Pushilin|@]", "[Gladkov|@]", "[Tass|@]",
                        "[Ria Novosti|@]", "[Cremlino|@]", "[ministero della Difesa russo|@]",
                        "[quartier generale della Dpr|@]", "[milizia della Lpr|@]", "[Saldo|@]", "[Balitsky|@]"],
    "CAS_SRC_RU_MT": ["[DPR quartier generale|@]", "[Russia Difesa Ministero|@]", "[JCCC|@]", "[Donetsk sindaco|@]",
                      "[Ministero della Difesa della Russia|@]", "[DPR territoriale difesa quartier generale|@]"],
    "CAS_SRC_UA_MT": ["[regionale governatore|@]", "[città militare amministrazione|@]", "[Generale Staff|@]",
                      "[Ucraina Aria Forza|@]", "[regionale militare amministrazione|@]"],
    "CAS_CIV": _CIV,
    "CAS_VM": ["un uomo", "un anziano", "un uomo di 54 anni", "un ragazzo di 15 anni", "un pensionato",
               "un volontario", "un civile", "un residente", "un trattorista", "un autista di autobus",
               "un operaio della società elettrica", "un agricoltore", "un adolescente", "un uomo di 38 anni",
               "un uomo nato nel 1979"],
    "CAS_VF": ["una donna", "un'anziana", "una donna di 67 anni", "una ragazza di 16 anni", "una pensionata",
               "una volontaria", "una residente", "un'infermiera", "una donna nata nel 1961"],
    "CAS_DASH": [" - ", " – ", " — ", " - ", " – "],
    "CAS_TDAY": ["[dall'inizio della giornata|@]", "[nelle ultime 24 ore|@]", "[nell'ultima giornata|@]",
                 "[nella notte|@]", "[stanotte|@]", "[in mattinata|@]", "[nel corso della giornata|@]",
                 "[ieri sera|@]", "[oggi|@]", "[ieri|@]", "il [12 marzo|@]", "alle [14:30|@]", "[nel pomeriggio|@]",
                 "[la scorsa notte|@]", "[dalla mezzanotte|@]", "[nelle ultime ventiquattro ore|@]"],
    "CAS_ON": ["Il [12 marzo|@]", "Il [5 giugno|@]", "Il [3 ottobre|@]", "Nella [notte del 14 agosto|@]",
               "[Lunedì|@]", "[Ieri|@]", "[Oggi|@]", "[Nelle ultime 24 ore|@]", "[Nella notte|@]",
               "Il [28 novembre|@]", "Alle [6:15|@]"],
    "CAS_TDAY_MT": ["[dall'inizio del giorno|@]", "[sopra il giorno passato|@]", "[durante la notte|@]",
                    "[nel passato giorno|@]", "[questa mattina|@]", "[oggi|@]"],
    # cause phrases by the gender and number of the noun that follows
    "CAS_CAUSE_MPL": ["a causa dei", "in seguito ai", "per i", "dopo i", "sotto i", "a seguito dei"],
    "CAS_CAUSE_MSG": ["a causa del", "in seguito al", "per il", "dopo il", "durante il", "a seguito del"],
    "CAS_BOMB_MPL": ["bombardamenti", "colpi di artiglieria", "tiri di artiglieria", "bombardamenti di artiglieria",
                     "colpi di mortaio", "bombardamenti", "bombardamenti", "razzi"],
    "CAS_BOMB_MSG": ["bombardamento", "cannoneggiamento", "tiro di artiglieria", "fuoco di artiglieria",
                     "raid missilistico", "bombardamento", "colpo di mortaio", "lancio di razzi"],
    "CAS_AIR": ["attacco di droni", "raid di droni", "attacco con droni kamikaze", "bombardamento aereo",
                "raid aereo", "attacco di droni FPV", "attacco di uno Shahed", "attacco con bombe plananti",
                "attacco di droni", "raid di droni"],
    "CAS_AIR_C": ["raid di droni", "raid aereo", "bombardamento aereo", "raid con droni kamikaze",
                  "lancio di bombe plananti", "raid di Shahed"],
    "CAS_MLRS": ["lanciarazzi multipli Grad", "lanciarazzi Uragan", "sistemi Smerch", "lanciarazzi BM-21 Grad",
                 "Grad", "Uragan", "HIMARS", "lanciarazzi Vampire", "artiglieria da 155 mm", "artiglieria da 152 mm",
                 "obici da 122 mm", "mortai da 120 mm", "artiglieria a canna", "carri armati", "sistemi TOS-1A"],
    "CAS_TOLL": ["[7|@]", "[12|@]", "[nove|@]", "[14|@]", "[21|@]", "[cinque|@]", "[otto|@]", "[31|@]", "[dieci|@]",
                 "[18|@]", "[sei|@]", "[25|@]", "[quattro|@]", "[11|@]"],
    "CAS_SOLD": ["[più di 200|@]", "[fino a 140|@]", "[oltre 70|@]", "[circa 60|@]", "[35|@]", "[120|@]",
                 "[quaranta|@]", "[un centinaio di|@]", "[fino a 400|@]", "[230|@]", "[più di 500|@]",
                 "[circa 90|@]", "[1.250|@]", "[cinquanta|@]", "[diverse decine di|@]", "[fino a 75|@]", "[310|@]"],
    "CAS_KM": ["1,5", "due", "tre", "5", "sette", "2,5", "quattro", "1", "dieci", "3,5", "sei"],
    "CAS_WHERE": _where_it(""), "CAS_WHERE_A": _where_it("a"), "CAS_WHERE_SU": _where_it("su"),
    "CAS_WHERE_DI": _where_it("di"),
    "CAS_DIST_UA_A": _districts_it(_DISTRICTS_UA, "a"), "CAS_DIST_UA_DI": _districts_it(_DISTRICTS_UA, "di"),
    "CAS_DIST_DB_A": _districts_it(_DISTRICTS_DB, "a"), "CAS_DIST_DB_SU": _districts_it(_DISTRICTS_DB, "su"),
    "CAS_RAION_A": _raions_it("a"),
    "CAS_REG_MT": [f"[{REGIONS[k][1]} regione|@]" for k in REGIONS if k not in
                   ("belgorod", "kursk", "bryansk", "rostov", "voronezh")],
    "CAS_DIR": [f"[{d}|@]" for d in _DIRECTIONS],
    "CAS_DIRP": _DIRECTIONS,
    "CAS_LAND_DI": ["della [penisola di Kinburn|@]", "della [penisola di Tendra|@]", "di [Krynky|@]",
                    "di [Korsunka|@]", "di [Dnipriany|@]", "di [Enerhodar|@]", "di [capo Tarkhankut|@]",
                    "dell'[isola dei Serpenti|@]", "di [Kozachi Laheri|@]", "del [ponte Antonivskyi|@]",
                    "di [Nova Kakhovka|@]", "del [bacino di Kakhovka|@]"],
    "CAS_LAND_BARE": ["[Krynky|@]", "[Korsunka|@]", "[Dnipriany|@]", "[Enerhodar|@]", "[Kozachi Laheri|@]",
                      "[Nova Kakhovka|@]", "[Kinburn Spit|@]", "[Tendra Spit|@]"],
    "CAS_MLRS_MT": ["Grad MLRS", "Uragan MLRS", "Smerch MLRS", "155 mm artiglieria", "carro armato", "mortaio"],
    "CAS_DAYN": ["1.001", "640", "912", "1.200", "455", "731", "1.095", "820", "1.350", "980"],
    "CAS_DATE": ["12 marzo", "5 giugno", "3 ottobre", "14 agosto", "28 novembre", "1 febbraio", "9 luglio",
                 "20.05", "03.11.2024", "4 maggio"],
    "CAS_MONTH": ["gennaio", "marzo", "maggio", "agosto", "ottobre", "dicembre"],
    "CAS_WEEK": ["due", "tre", "cinque", "12", "40", "52"],
}
