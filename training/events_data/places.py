# ruff: noqa: E501
"""Real settlements and regions (our own lists) and the phrase forms war news uses for them."""

from __future__ import annotations

# oblast key -> (English region name, Italian region name)
REGIONS = {
    "kharkiv": ("Kharkiv", "Kharkiv"), "donetsk": ("Donetsk", "Donetsk"), "luhansk": ("Luhansk", "Lugansk"),
    "zaporizhzhia": ("Zaporizhzhia", "Zaporizhzhia"), "kherson": ("Kherson", "Kherson"),
    "dnipro": ("Dnipropetrovsk", "Dnipropetrovsk"), "sumy": ("Sumy", "Sumy"), "chernihiv": ("Chernihiv", "Chernihiv"),
    "mykolaiv": ("Mykolaiv", "Mykolaiv"), "odesa": ("Odesa", "Odessa"), "kyiv": ("Kyiv", "Kiev"),
    "poltava": ("Poltava", "Poltava"), "lviv": ("Lviv", "Leopoli"), "khmelnytskyi": ("Khmelnytskyi", "Khmelnytskyi"),
    "vinnytsia": ("Vinnytsia", "Vinnytsia"), "zhytomyr": ("Zhytomyr", "Zhytomyr"), "cherkasy": ("Cherkasy", "Cherkasy"),
    "belgorod": ("Belgorod", "Belgorod"), "kursk": ("Kursk", "Kursk"), "bryansk": ("Bryansk", "Bryansk"),
    "rostov": ("Rostov", "Rostov"), "voronezh": ("Voronezh", "Voronezh"),
}
RUSSIAN_REGIONS = {"belgorod", "kursk", "bryansk", "rostov", "voronezh"}

# (English name, Italian name, region key)
CITIES = [
    ("Kharkiv", "Kharkiv", "kharkiv"), ("Kherson", "Kherson", "kherson"), ("Zaporizhzhia", "Zaporizhzhia", "zaporizhzhia"),
    ("Odesa", "Odessa", "odesa"), ("Mykolaiv", "Mykolaiv", "mykolaiv"), ("Dnipro", "Dnipro", "dnipro"),
    ("Sumy", "Sumy", "sumy"), ("Chernihiv", "Chernihiv", "chernihiv"), ("Kramatorsk", "Kramatorsk", "donetsk"),
    ("Sloviansk", "Sloviansk", "donetsk"), ("Pokrovsk", "Pokrovsk", "donetsk"), ("Kostiantynivka", "Kostiantynivka",
                                                                                  "donetsk"),
    ("Kupiansk", "Kupiansk", "kharkiv"), ("Izium", "Izium", "kharkiv"), ("Vovchansk", "Vovchansk", "kharkiv"),
    ("Nikopol", "Nikopol", "dnipro"), ("Marhanets", "Marhanets", "dnipro"), ("Kryvyi Rih", "Kryvyi Rih", "dnipro"),
    ("Orikhiv", "Orikhiv", "zaporizhzhia"), ("Huliaipole", "Huliaipole", "zaporizhzhia"),
    ("Beryslav", "Beryslav", "kherson"), ("Ochakiv", "Ochakiv", "mykolaiv"), ("Bakhmut", "Bakhmut", "donetsk"),
    ("Avdiivka", "Avdiivka", "donetsk"), ("Chasiv Yar", "Chasiv Yar", "donetsk"), ("Toretsk", "Toretsk", "donetsk"),
    ("Vuhledar", "Vuhledar", "donetsk"), ("Lyman", "Lyman", "donetsk"), ("Siversk", "Siversk", "donetsk"),
    ("Druzhkivka", "Druzhkivka", "donetsk"), ("Myrnohrad", "Myrnohrad", "donetsk"), ("Kurakhove", "Kurakhove", "donetsk"),
    ("Kreminna", "Kreminna", "luhansk"), ("Sievierodonetsk", "Severodonetsk", "luhansk"),
    ("Lysychansk", "Lysychansk", "luhansk"), ("Melitopol", "Melitopol", "zaporizhzhia"),
    ("Enerhodar", "Enerhodar", "zaporizhzhia"), ("Tokmak", "Tokmak", "zaporizhzhia"), ("Bucha", "Bucha", "kyiv"),
    ("Irpin", "Irpin", "kyiv"), ("Bila Tserkva", "Bila Tserkva", "kyiv"), ("Poltava", "Poltava", "poltava"),
    ("Kremenchuk", "Kremenchuk", "poltava"), ("Vinnytsia", "Vinnytsia", "vinnytsia"), ("Uman", "Uman", "cherkasy"),
    ("Zhytomyr", "Zhytomyr", "zhytomyr"), ("Shostka", "Shostka", "sumy"), ("Okhtyrka", "Okhtyrka", "sumy"),
    ("Balakliia", "Balakliia", "kharkiv"), ("Chuhuiv", "Chuhuiv", "kharkiv"), ("Nova Kakhovka", "Nova Kakhovka",
                                                                               "kherson"),
    ("Oleshky", "Oleshky", "kherson"), ("Hola Prystan", "Hola Prystan", "kherson"), ("Mariupol", "Mariupol", "donetsk"),
    ("Horlivka", "Horlivka", "donetsk"), ("Volnovakha", "Volnovakha", "donetsk"), ("Selydove", "Selydove", "donetsk"),
    ("Belgorod", "Belgorod", "belgorod"), ("Shebekino", "Shebekino", "belgorod"), ("Kursk", "Kursk", "kursk"),
    ("Sudzha", "Sudzha", "kursk"), ("Bryansk", "Bryansk", "bryansk"), ("Rylsk", "Rylsk", "kursk"),
    ("Valuyki", "Valuyki", "belgorod"), ("Graivoron", "Graivoron", "belgorod"), ("Klintsy", "Klintsy", "bryansk"),
]
CAPITALS = [("Kyiv", "Kiev"), ("Lviv", "Leopoli"), ("Moscow", "Mosca")]

VILLAGES = [
    ("Robotyne", "zaporizhzhia"), ("Verbove", "zaporizhzhia"), ("Staromaiorske", "donetsk"), ("Urozhaine", "donetsk"),
    ("Krynky", "kherson"), ("Andriivka", "donetsk"), ("Klishchiivka", "donetsk"), ("Novomykhailivka", "donetsk"),
    ("Krasnohorivka", "donetsk"), ("Nevelske", "donetsk"), ("Pervomaiske", "donetsk"), ("Vodiane", "donetsk"),
    ("Tonenke", "donetsk"), ("Orlivka", "donetsk"), ("Berdychi", "donetsk"), ("Semenivka", "donetsk"),
    ("Ocheretyne", "donetsk"), ("Novobakhmutivka", "donetsk"), ("Synkivka", "kharkiv"), ("Petropavlivka", "kharkiv"),
    ("Ivanivka", "kharkiv"), ("Terny", "donetsk"), ("Torske", "donetsk"), ("Bilohorivka", "luhansk"),
    ("Spirne", "donetsk"), ("Rozdolivka", "donetsk"), ("Bohdanivka", "donetsk"), ("Ivanivske", "donetsk"),
    ("Kurdiumivka", "donetsk"), ("Niu-York", "donetsk"), ("Heorhiivka", "donetsk"), ("Maksymilianivka", "donetsk"),
    ("Prechystivka", "donetsk"), ("Staromlynivka", "donetsk"), ("Makarivka", "donetsk"), ("Blahodatne", "donetsk"),
    ("Neskuchne", "donetsk"), ("Rivnopil", "donetsk"), ("Mala Tokmachka", "zaporizhzhia"),
    ("Mali Shcherbaky", "zaporizhzhia"), ("Kamianske", "zaporizhzhia"), ("Stepnohirsk", "zaporizhzhia"),
    ("Dvorichna", "kharkiv"), ("Kyslivka", "kharkiv"), ("Tabaivka", "kharkiv"), ("Stelmakhivka", "luhansk"),
    ("Nevske", "luhansk"), ("Dibrova", "donetsk"), ("Hlyboke", "kharkiv"), ("Lyptsi", "kharkiv"),
    ("Strilecha", "kharkiv"), ("Borova", "kharkiv"), ("Kozacha Lopan", "kharkiv"), ("Velykyi Burluk", "kharkiv"),
    ("Zolochiv", "kharkiv"), ("Krasnopillia", "sumy"), ("Velyka Pysarivka", "sumy"), ("Seredyna-Buda", "sumy"),
    ("Esman", "sumy"), ("Bilopillia", "sumy"), ("Myropillia", "sumy"), ("Antonivka", "kherson"),
    ("Kozatske", "kherson"), ("Chervonohryhorivka", "dnipro"), ("Kutsurub", "mykolaiv"), ("Tiahynka", "kherson"),
    ("Zmiiv", "kharkiv"), ("Rubizhne", "kharkiv"), ("Dergachi", "kharkiv"), ("Udy", "kharkiv"),
    ("Malokaterynivka", "zaporizhzhia"), ("Prymorske", "zaporizhzhia"), ("Novoandriivka", "zaporizhzhia"),
    ("Pyatykhatky", "zaporizhzhia"), ("Shevchenko", "donetsk"), ("Hrodivka", "donetsk"), ("Kalynove", "donetsk"),
    ("Novosilka", "donetsk"), ("Zolota Nyva", "donetsk"), ("Vremivka", "donetsk"), ("Kotliarivka", "donetsk"),
    ("Tetkino", "kursk"), ("Glushkovo", "kursk"), ("Poroz", "belgorod"), ("Nekhoteevka", "belgorod"),
    ("Zhuravka", "bryansk"), ("Sverdlikovo", "kursk"), ("Kozinka", "belgorod"),
]

# (English, Italian) names of places outside the war zone, for protests, talks and sanctions
ABROAD = [
    ("Rome", "Roma"), ("Milan", "Milano"), ("Berlin", "Berlino"), ("Paris", "Parigi"), ("London", "Londra"),
    ("Warsaw", "Varsavia"), ("Tbilisi", "Tbilisi"), ("Brussels", "Bruxelles"), ("Vienna", "Vienna"),
    ("Istanbul", "Istanbul"), ("Geneva", "Ginevra"), ("Riyadh", "Riad"), ("Washington", "Washington"),
    ("Prague", "Praga"), ("Vilnius", "Vilnius"), ("Naples", "Napoli"), ("Turin", "Torino"), ("Minsk", "Minsk"),
    ("Makhachkala", "Makhachkala"), ("Saint Petersburg", "San Pietroburgo"), ("Yekaterinburg", "Ekaterinburg"),
    ("Novosibirsk", "Novosibirsk"), ("Chisinau", "Chisinau"), ("Bratislava", "Bratislava"), ("Budapest", "Budapest"),
]


def _ua(rows: list, col: int) -> list:
    """Rows for places in Ukraine (Russian border places have their own pools)."""
    return [r for r in rows if r[col] not in RUSSIAN_REGIONS]


def _region_en(key: str) -> str:
    name = REGIONS[key][0]
    return f"{name} region" if key in RUSSIAN_REGIONS else name + " region"


def en_places(kind: str) -> list[str]:
    """English place phrases; the span-worthy name is marked [..|@]."""
    out: list[str] = []
    if kind in ("city", "any"):
        for en, _it, reg in _ua(CITIES, 2):
            r = REGIONS[reg][0]
            out += [f"[{en}|@]", f"[{en}|@]", f"[{en}|@], {r} region", f"[{en}|@] in the {r} region"]
    if kind in ("village", "any"):
        for name, reg in _ua(VILLAGES, 1):
            r = REGIONS[reg][0]
            out += [f"the village of [{name}|@]", f"[{name}|@], {r} region", f"[{name}|@] in the {r} region",
                    f"[{name}|@] ({r} oblast)", f"{r} region's [{name}|@]", f"[{name}|@]"]
    if kind in ("region", "any", "ruregion"):
        for key in REGIONS:
            if (key in RUSSIAN_REGIONS) != (kind == "ruregion"):
                continue
            out += [f"the [{_region_en(key)}|@]", f"[{REGIONS[key][0]} oblast|@]"]
    return out


def en_names(kind: str) -> list[str]:
    """Bare names, for lists ("A, B and C") and headlines."""
    if kind == "village":
        return [f"[{n}|@]" for n, _ in _ua(VILLAGES, 1)]
    if kind == "abroad":
        return [f"[{en}|@]" for en, _ in ABROAD]
    if kind == "capital":
        return [f"[{en}|@]" for en, _ in CAPITALS]
    return [f"[{en}|@]" for en, _, _ in _ua(CITIES, 2)]


_IT_PREP = {"": ("", "il ", "la ", "l'"), "a": ("a ", "nel ", "nella ", "nell'"),
            "su": ("su ", "sul ", "sulla ", "sull'"), "di": ("di ", "del ", "della ", "dell'"),
            "da": ("da ", "dal ", "dalla ", "dall'")}


def it_places(kind: str, prep: str = "") -> list[str]:
    """Italian place phrases in one prepositional form ('' bare, 'a', 'su', 'di', 'da')."""
    bare, masc, fem, elided = _IT_PREP[prep]
    out: list[str] = []
    if kind in ("city", "any"):
        for _en, it, reg in _ua(CITIES, 2):
            r = REGIONS[reg][1]
            out += [f"{bare}[{it}|@]", f"{bare}[{it}|@]", f"{bare}[{it}|@], nella regione di {r}",
                    f"{masc}centro di [{it}|@]" if prep else f"{bare}[{it}|@] (regione di {r})"]
    if kind in ("village", "any"):
        for name, reg in _ua(VILLAGES, 1):
            r = REGIONS[reg][1]
            out += [f"{masc}villaggio di [{name}|@]", f"{bare}[{name}|@], nella regione di {r}",
                    f"{masc}villaggio di [{name}|@], nell'oblast di {r}", f"{bare}[{name}|@] (regione di {r})",
                    f"{fem}località di [{name}|@]", f"{bare}[{name}|@]"]
    if kind in ("region", "any", "ruregion"):
        for key in REGIONS:
            if (key in RUSSIAN_REGIONS) != (kind == "ruregion"):
                continue
            r = REGIONS[key][1]
            out += [f"{fem}[regione di {r}|@]", f"{fem}[regione di {r}|@]", f"{elided}[oblast di {r}|@]"
                    if key not in RUSSIAN_REGIONS else f"{fem}[regione russa di {r}|@]"]
    return out


def it_names(kind: str) -> list[str]:
    if kind == "village":
        return [f"[{n}|@]" for n, _ in _ua(VILLAGES, 1)]
    if kind == "abroad":
        return [f"[{it}|@]" for _, it in ABROAD]
    if kind == "capital":
        return [f"[{it}|@]" for _, it in CAPITALS]
    return [f"[{it}|@]" for _, it, _ in _ua(CITIES, 2)]


def russian_names(lang: str) -> list[str]:
    """Settlements inside Russia (border regions and beyond)."""
    col = 0 if lang == "en" else 1
    names = [c[col] for c in CITIES if c[2] in RUSSIAN_REGIONS]
    names += [v[0] for v in VILLAGES if v[1] in RUSSIAN_REGIONS]
    names += [a[col] for a in ABROAD if a[0] in ("Makhachkala", "Saint Petersburg", "Yekaterinburg", "Novosibirsk")]
    return [f"[{n}|@]" for n in names]


def russian_villages() -> list[str]:
    return [f"[{v[0]}|@]" for v in VILLAGES if v[1] in RUSSIAN_REGIONS] + ["[Sudzha|@]"]
