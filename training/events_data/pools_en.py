# ruff: noqa: E501
"""English slot fillers. Entries use the template syntax; [..|@] marks the part a role annotates."""

from __future__ import annotations

from . import triggers
from .places import en_names, en_places, russian_names, russian_villages

RU = ["Russian forces", "Russian troops", "the [Russian army|@]", "the [occupiers|@]", "[Russia|@]",
      "[Moscow's forces|@]", "Russian invaders", "the [Russians|@]", "[Russian units|@]", "the [enemy|@]",
      "[Kremlin forces|@]", "[Russian military|@]", "the [Russian Armed Forces|@]", "[pro-Russian forces|@]",
      "[Russian-backed forces|@]", "the [Russian side|@]", "[Russian assault groups|@]", "[Russian aviation|@]", "the [Russian military|@]", "[Russian servicemen|@]",
      "[Russian soldiers|@]", "the [invaders|@]", "[Russian occupation forces|@]", "[RF Armed Forces|@]"]
RU_IRREG = ["[Wagner Group|@] fighters", "[Wagner|@] mercenaries", "[DPR|@] forces", "[LPR|@] militants",
            "the [Akhmat|@] battalion", "[Chechen|@] units", "[Russian-backed separatists|@]",
            "[DNR|@] militia", "[Rosgvardia|@] troops", "[Russian marines|@]", "[Russian paratroopers|@]"]
UA = ["[Ukrainian forces|@]", "[Ukrainian troops|@]", "the [Armed Forces of Ukraine|@]", "the [AFU|@]",
      "the [APU|@]", "the [ZSU|@]", "the [VSU|@]", "[Kyiv's forces|@]", "[Ukrainian soldiers|@]",
      "the [Ukrainian army|@]", "[Ukrainian defenders|@]", "[Ukraine|@]", "[Ukrainian units|@]",
      "the [Ukrainian military|@]", "[Ukrainian marines|@]", "the [47th Mechanized Brigade|@]",
      "the [Azov brigade|@]", "[Ukrainian paratroopers|@]", "[Ukrainian border guards|@]",
      "the [3rd Assault Brigade|@]", "[Ukrainian special forces|@]", "the [Kyiv regime|@]",
      "[Ukrainian nationalists|@]", "[Ukrainian militants|@]", "[Ukrainian formations|@]", "the [Ukrainian side|@]",
      "[Kyiv regime forces|@]", "the [Ukrainian Armed Forces|@]", "[Ukrainian drone units|@]", "the [SSO|@]"]
CIVILIANS = ["[civilians|@]", "[residents|@]", "[local residents|@]", "[people|@]", "[villagers|@]",
             "[volunteers|@]", "[aid workers|@]", "[pensioners|@]", "[farmers|@]", "[rescue workers|@]"]
STATES = ["the [United States|@]", "[Washington|@]", "[Germany|@]", "[Berlin|@]", "[France|@]", "[Italy|@]",
          "[Rome|@]", "the [United Kingdom|@]", "[Britain|@]", "[Poland|@]", "[Canada|@]", "[Norway|@]",
          "the [Netherlands|@]", "[Denmark|@]", "[Sweden|@]", "[Japan|@]", "[Australia|@]", "[Spain|@]",
          "the [European Union|@]", "[Lithuania|@]", "[Finland|@]", "[Czech Republic|@]", "[Belgium|@]"]
RU_ALLIES = ["[Iran|@]", "[North Korea|@]", "[Pyongyang|@]", "[Tehran|@]", "[Belarus|@]", "[Minsk|@]"]
LEADERS = ["[Volodymyr Zelensky|@]", "[Vladimir Putin|@]", "[Emmanuel Macron|@]",
           "[Giorgia Meloni|@]", "[Olaf Scholz|@]", "[Recep Tayyip Erdogan|@]", "[Antonio Guterres|@]",
           "[Sergei Lavrov|@]", "[Dmytro Kuleba|@]", "[Andrii Sybiha|@]", "[Antony Blinken|@]",
           "[Keir Starmer|@]", "[Donald Tusk|@]", "[Pope Francis|@]", "[Xi Jinping|@]", "[Narendra Modi|@]",
           "[Mark Rutte|@]", "[Ursula von der Leyen|@]", "[Alexander Lukashenko|@]", "[Rafael Grossi|@]"]
THREATENERS = ["[Dmitry Medvedev|@]", "[Vladimir Putin|@]", "[Sergei Lavrov|@]", "[Maria Zakharova|@]",
               "[Ramzan Kadyrov|@]", "[Sergei Shoigu|@]", "[Volodymyr Zelensky|@]", "the [Kremlin|@]",
               "[Moscow|@]", "[Kyiv|@]", "[Dmitry Peskov|@]", "[Alexander Lukashenko|@]", "[Andrii Yermak|@]"]
SRC = ["the [regional governor|@]", "the [local governor|@]", "the [head of the regional military administration|@]",
       "[Ukraine's General Staff|@]", "the [General Staff of the Armed Forces of Ukraine|@]",
       "the [Ukrainian Air Force|@]", "[Russia's Defence Ministry|@]", "the [Russian Defence Ministry|@]",
       "the [Russian Ministry of Defence|@]", "the [mayor|@]", "the [city's mayor|@]", "[local authorities|@]",
       "[Ukrainian officials|@]", "[Russian officials|@]", "the [Southern Defence Forces|@]",
       "[Ukraine's Prosecutor General's Office|@]", "the [National Police|@]", "the [State Emergency Service|@]",
       "the [Kremlin|@]", "[Kremlin spokesman Dmitry Peskov|@]", "the [Russian-installed governor|@]",
       "[Reuters|@]", "[TASS|@]", "the [RIA Novosti|@] agency", "[Ukrainska Pravda|@]", "the [Kyiv Independent|@]",
       "[local media|@]", "[witnesses|@]", "a [local official|@]", "[Ukraine's military intelligence|@]",
       "the [SBU security service|@]", "[President Zelensky|@]", "the [Belgorod governor|@]",
       "[Russian state media|@]", "[Ukrainian media|@]", "the [Institute for the Study of War|@]",
       "[British military intelligence|@]", "[pro-Russian military bloggers|@]", "the [Operational Command South|@]",
       "a [military spokesman|@]", "[Ukraine's Interior Ministry|@]", "the [city council|@]",
       "[Kharkiv governor Oleh Syniehubov|@]", "[Zaporizhzhia governor Ivan Fedorov|@]",
       "[Donetsk governor Vadym Filashkin|@]", "[Sumy governor Volodymyr Artiukh|@]",
       "[Mykolaiv governor Vitaliy Kim|@]", "[Dnipropetrovsk governor Serhiy Lysak|@]",
       "[Kherson governor Oleksandr Prokudin|@]", "[Belgorod governor Vyacheslav Gladkov|@]",
       "[Bryansk governor Alexander Bogomaz|@]", "[Kharkiv mayor Ihor Terekhov|@]", "[Interfax|@]",
       "[Ukrinform|@]", "[Suspilne|@]", "the [BBC|@]", "[CNN|@]", "the [Associated Press|@]", "[AFP|@]",
       "[Al Jazeera|@]", "[Meduza|@]", "[Kommersant|@]", "[Izvestia|@]", "[RBC-Ukraine|@]", "the [DPR's JCCC office|@]",
       "the [Luhansk Information Center|@]", "the [DAN news agency|@]", "the [UN monitoring mission|@]",
       "the [Ukrainian Navy|@]", "the [National Guard|@]", "[Ukraine's Interior Minister|@]",
       "[Russian Telegram channels|@]", "the [Russian Emergencies Ministry|@]", "the [Rybar|@] channel"]
SRC_UA = ["[Ukraine's General Staff|@]", "the [General Staff of the Armed Forces of Ukraine|@]",
          "the [Ukrainian Air Force|@]", "the [regional governor|@]", "[President Zelensky|@]",
          "the [Ukrainian military|@]", "[Kyiv|@]", "the [Southern Defence Forces|@]", "[Ukrainian officials|@]",
          "the [Ukrainian Defence Ministry|@]", "the [Khortytsia group of forces|@]", "the [SBU|@]",
          "[Ukraine's Ground Forces|@]", "a [Ukrainian brigade spokesman|@]"]
SRC_RU = ["[Russia's Defence Ministry|@]", "the [Russian Defence Ministry|@]", "the [Russian Ministry of Defence|@]",
          "[Moscow|@]", "the [Kremlin|@]", "[Kremlin spokesman Dmitry Peskov|@]", "[Russian state media|@]",
          "[TASS|@]", "the [Russian-installed governor|@]", "[pro-Russian military bloggers|@]",
          "[Russian officials|@]", "[Defence Ministry spokesman Igor Konashenkov|@]", "the [FSB|@]",
          "the [Belgorod governor|@]", "the [Kursk region's acting governor|@]"]
SAID = ["[said|attr]", "[said|attr]", "[reported|attr]", "[said on Telegram|attr]", "[wrote on Telegram|attr]",
        "[said in a statement|attr]", "[announced|attr]", "[told reporters|attr]", "[claimed|attr]",
        "[said on Tuesday|attr]", "[reported on Telegram|attr]", "[posted on Telegram|attr]"]
TIME = ["[overnight|@]", "[overnight|@]", "[last night|@]", "on [Tuesday|@]", "on [Monday night|@]",
        "[yesterday|@]", "[this morning|@]", "early on [Sunday|@]", "on [March 3|@]", "on [14 August|@]",
        "[earlier today|@]", "late on [Friday|@]", "in the early hours of [Thursday|@]", "on [Wednesday|@]",
        "on [Saturday evening|@]", "[in the afternoon|@]", "at about [4:30 local time|@]", "[today|@]",
        "on [Sunday morning|@]", "[this week|@]", "on [November 17|@]", "on [2 June|@]", "[at dawn|@]",
        "on the [night of 12 October|@]", "on [Sunday afternoon|@]", "[around midnight|@]", "[shortly after 3am|@]",
        "[in the morning|@]", "earlier on [Monday|@]", "[for the second night in a row|@]", "on [Thursday night|@]",
        "on [July 9|@]", "[late last night|@]", "on [the morning of May 4|@]", "at around [5pm|@]"]
NUM = ["[two|@]", "[three|@]", "[four|@]", "[five|@]", "[six|@]", "[seven|@]", "[eight|@]", "[2|@]", "[3|@]",
       "[4|@]", "[11|@]", "[14|@]", "[at least two|@]", "[at least three|@]", "[at least five|@]",
       "[at least 9|@]", "[more than 10|@]", "[nine|@]", "[ten|@]", "[17|@]", "[at least 21|@]", "[up to 6|@]",
       "[eleven|@]", "[twelve|@]", "[a dozen|@]", "[five|@]", "[two|@]", "[three|@]", "[6|@]", "[8|@]", "[23|@]",
       "[at least four|@]", "[nearly 20|@]", "[about 15|@]", "[over 30|@]"]
NUM_BIG = ["[15|@]", "[24|@]", "[31|@]", "[40|@]", "[more than 50|@]", "[dozens of|@]", "[12|@]", "[nine|@]",
           "[six|@]", "[eight|@]", "[at least 20|@]", "[about 30|@]", "[28|@]", "[18|@]", "[seven|@]", "[100|@]"]
MISSILE = ["[Iskander|@] missiles", "[S-300|@] missiles", "[Kh-101|@] cruise missiles", "[Kalibr|@] missiles",
           "[ballistic missiles|@]", "[Grad|@] rockets", "[multiple rocket launchers|@]", "[heavy artillery|@]",
           "[mortars|@]", "[Uragan|@] rockets", "[Smerch|@] rockets", "[tank fire|@]", "[cluster munitions|@]",
           "[artillery|@]", "[rockets|@]", "[Tochka-U|@] missiles", "[tube artillery|@]"]
DRONE = ["[Shahed|@] drones", "[Geran-2|@] drones", "[FPV drones|@]", "[Lancet|@] loitering munitions",
         "[kamikaze drones|@]", "[guided aerial bombs|@]", "[KAB|@] glide bombs", "[FAB-500|@] bombs",
         "[attack drones|@]", "[Iranian-made Shahed|@] drones", "[glide bombs|@]", "[Su-34|@] bombers",
         "[combat drones|@]", "[a drone|@]"]
ENEMY_DRONE = ["drones", "Shahed drones", "attack drones", "UAVs", "cruise missiles", "missiles", "Kh-101 missiles",
               "guided bombs", "Iskander-M missiles", "reconnaissance drones", "HIMARS rockets", "ATACMS missiles",
               "Storm Shadow missiles", "Neptune missiles", "fixed-wing drones"]
PLACE = en_places("any")
CITY = en_places("city")
VILLAGE = en_places("village")
REGION = en_places("region")
NAME = en_names("city")
VNAME = en_names("village")
ABROAD = en_names("abroad")
CAPITAL = en_names("capital")
RUNAME = russian_names("en")
RUVNAME = russian_villages()
RUREGION = en_places("ruregion")

SAID_INV = ["[said|attr]", "[said|attr]", "[reported|attr]", "[announced|attr]", "[claimed|attr]"]
ATTR = ["{source:SRC} {SAID}", "{source:SRC} {SAID}", "{source:SRC} {SAID}", "{SAID_INV} {source:SRC}",
        "[according to|attr] {source:SRC}", "[officials|source] [said|attr]", "{source:SRC} {SAID}",
        "[according to|attr] {source:SRC}"] * 2 + [
    "[according to unconfirmed reports|hedge]", "[unverified reports said|hedge]",
    "{source:SRC} {SAID}, [without providing evidence|hedge]",
    "{source:SRC} [claimed|attr], [though this could not be independently verified|hedge]"]  # hedged: 1 in 5
ATTR_UA = ["{source:SRC_UA} {SAID}", "{source:SRC_UA} {SAID}", "{SAID_INV} {source:SRC_UA}",
           "[according to|attr] {source:SRC_UA}", "{source:SRC_UA} {SAID}", "[according to|attr] {source:SRC_UA}"]
ATTR_RU = ["{source:SRC_RU} {SAID}", "{source:SRC_RU} {SAID}", "{source:SRC_RU} [claimed|attr]",
           "[according to|attr] {source:SRC_RU}", "{SAID_INV} {source:SRC_RU}", "{source:SRC_RU} {SAID}"]

DONBAS = ["[Donetsk|@]", "[Horlivka|@]", "[Makiivka|@]", "[Yasynuvata|@]", "[Luhansk|@]", "[Alchevsk|@]",
          "[Stakhanov|@]", "[Dokuchaievsk|@]", "[Shakhtarsk|@]", "[Yenakiieve|@]"]
DISTRICT = ["Kyivskyi", "Petrovskyi", "Budyonnovskyi", "Leninskyi", "Voroshilovskyi", "Kirovskyi", "Proletarskyi"]

REGION_BARE = ["Donetsk", "Kharkiv", "Zaporizhzhia", "Luhansk", "Kherson", "Dnipropetrovsk", "Sumy"]

# wire datelines and closing remarks: real copy around the sentence, no event in them
_DATELINE = ["KYIV, Nov 3 (Reuters) - ", "MOSCOW (AP) — ", "KHARKIV, Ukraine, March 14 (AFP) - ", "KYIV — ",
             "ZAPORIZHZHIA, Ukraine — ", "BRUSSELS, Feb 24 (Reuters) - ", "DNIPRO, Ukraine (AP) — ", "LONDON — "]
_CLOSING = ["Rescue work is ongoing.", "The information is being clarified.", "More details to follow.",
            "There was no immediate comment from Moscow.", "[Reuters could not independently verify the report|hedge].",
            "Kyiv did not comment.", "Stay in shelters until the all-clear.", "Investigators are at the scene."]

_KICKER = ["Ukraine war: ", "Russia-Ukraine war: ", "LIVE: ", "Ukraine latest: ", "War in Ukraine: "]

POOLS = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, list)}
POOLS.update(_DATELINE=_DATELINE, _CLOSING=_CLOSING, _KICKER=_KICKER)
POOLS["_AND"] = [" and "]

POOLS.update(triggers.EN)  # trigger phrase pools and prose scaffolding (triggers.py)
