# ruff: noqa: E501
"""Constructions the reader missed after the first training rounds, written for this project:
meetings announced in the future tense (English "will meet", Italian «incontrerà»: the future is
in the verb itself), denials of one's own strike («ha smentito di aver bombardato», "denied that
its forces shelled"), casualty figures told without the weapon that caused them ("five civilians
killed in the region over the past day": a daily loss report), claims of enemies eliminated,
present-tense headlines ("Russians shell X"), counts of fire missions, and the same words used
in sentences that report no event.

Keys "<sub-type>+gap..." have their own numbers of examples (TARGETS): they add to the data.
"""

# slot fillers only these templates use (merged into the language's pools by generate.py)
POOLS_EN = {
    "LEADER_S": ["[Zelensky|@]", "[Putin|@]", "[Macron|@]", "[Meloni|@]", "[Scholz|@]", "[Erdogan|@]",
                 "[Duda|@]", "[Sunak|@]", "[Biden|@]", "[Stoltenberg|@]", "[Guterres|@]", "[Lavrov|@]",
                 "[Kuleba|@]", "[Blinken|@]", "[Xi Jinping|@]", "[Modi|@]", "[Orban|@]", "[Sanchez|@]",
                 "[Tusk|@]", "[Rutte|@]"],
    "FUT": ["[next week|@]", "[tomorrow|@]", "on [Friday|@]", "on [Thursday|@]", "[next month|@]",
            "[later this month|@]", "on [Monday|@]", "[next Tuesday|@]", "[in two weeks|@]", "[this weekend|@]"],
    "PERIOD": ["[over the past day|@]", "[in the past 24 hours|@]", "[in 24 hours|@]", "[in a day|@]",
               "[over the past week|@]", "[since the morning|@]", "[overnight|@]", "[on Sunday|@]",
               "[during the day|@]", "[over the weekend|@]"],
    "VICTIMS": ["civilians", "people", "residents", "local residents", "civilians, including a child,",
                "people, among them two teenagers,"],
    "SOLDIERS": ["Ukrainian soldiers", "Russian soldiers", "servicemen", "invaders", "occupiers",
                 "Ukrainian servicemen", "Russian troops", "mercenaries", "militants", "marines"],
    "SOLD_RU": ["invaders", "occupiers", "Russian soldiers", "Wagner fighters", "Russian paratroopers", "Russian marines"],
    "SOLD_UA": ["Ukrainian soldiers", "Ukrainian servicemen", "nationalists", "foreign mercenaries", "AFU fighters",
                "territorial defence fighters"],
    "SECTOR": ["in the south", "in the east", "on the southern front", "in the Zaporizhzhia sector",
               "in the Kupiansk direction", "along the front", "on the left bank", "in the north"],
    "GEAR": ["two tanks", "three armoured vehicles", "an ammunition depot", "a command post",
             "four artillery systems", "a fuel depot", "five trucks", "a radar station"],
}

POOLS_IT = {
    "LEADER_S": POOLS_EN["LEADER_S"],
    "FUT": ["[la prossima settimana|@]", "[domani|@]", "[venerdì|@]", "[giovedì|@]", "[il mese prossimo|@]",
            "[entro fine mese|@]", "[lunedì prossimo|@]", "[martedì prossimo|@]", "[tra due settimane|@]",
            "[nel fine settimana|@]"],
    "PERIOD": ["[nelle ultime 24 ore|@]", "[nell'ultimo giorno|@]", "[in 24 ore|@]", "[in un giorno|@]",
               "[nell'ultima settimana|@]", "[dalla mattina|@]", "[nella notte|@]", "[domenica|@]",
               "[nel corso della giornata|@]", "[nel fine settimana|@]"],
    "VICTIMS": ["civili", "persone", "residenti", "abitanti", "civili, tra cui un bambino,",
                "persone, tra cui due adolescenti,"],
    "SOLDIERS": ["soldati ucraini", "soldati russi", "militari", "invasori", "occupanti",
                 "militari ucraini", "militari russi", "mercenari", "miliziani", "marines"],
    "SOLD_RU": ["invasori", "occupanti", "soldati russi", "miliziani della Wagner", "paracadutisti russi", "marines russi"],
    "SOLD_UA": ["soldati ucraini", "militari ucraini", "nazionalisti", "mercenari stranieri", "combattenti delle Apu",
                "combattenti della difesa territoriale"],
    "SECTOR": ["nel sud", "a est", "sul fronte meridionale", "nel settore di Zaporizhzhia",
               "in direzione di Kupiansk", "lungo il fronte", "sulla riva sinistra", "nel nord"],
    "GEAR": ["due carri armati", "tre blindati", "un deposito di munizioni", "un posto di comando",
             "quattro sistemi d'artiglieria", "un deposito di carburante", "cinque camion", "una stazione radar"],
}

TARGETS = {"diplo+gapplan": 150, "shell+gapdeny": 90, "air+gapdeny": 50, "attack+gapdeny": 40,
           "losses+gapdaily": 170, "losses+gapelim": 110, "shell+gappresent": 90, "shell+gapmission": 70,
           "clash+gapnoun": 90, "ceasefire+gapaccept": 70, "NEG:other+gapstate": 50, "ied+gapcar": 50, "NEG:prediction+gapplan": 110, "NEG:other+gapdaily": 130}

EN = r"""
# ------------------------------------------------ a meeting announced: the future is the modality
diplo+gapplan | wire | {actor1:LEADER_S} [will|future] [meet|T] {actor2:LEADER_S} in {location:ABROAD} {time:FUT}.
diplo+gapplan | wire | {actor1:LEADER_S} [will|future] [travel|T] to {location:ABROAD} {time:FUT} for talks with {actor2:LEADER_S}, {ATTR}.
diplo+gapplan | headline | {actor1:LEADER_S} to [meet|T] {actor2:LEADER_S} in {location:ABROAD} {time:FUT}
diplo+gapplan | wire | {actor1:LEADER_S} and {actor2:LEADER_S} [will|future] [hold talks|T] in {location:ABROAD} {time:FUT}.
diplo+gapplan | wire | {actor1:LEADER_S} [is expected to|future] [host|T] {actor2:LEADER_S} in {location:ABROAD} {time:FUT}, {ATTR}.
diplo+gapplan | wire | {actor1:LEADER_S} [plans to|future] [visit|T] {location:ABROAD} {time:FUT}, where he [will|future] see {actor2:LEADER_S}.
diplo+gapplan | wire | {time:FUT}, {actor1:LEADER_S} [will|future] [sit down with|T] {actor2:LEADER_S} in {location:ABROAD} to discuss air defence.
diplo+gapplan | official | {actor1:LEADER_S} [will|future] [receive|T] {actor2:LEADER_S} in {location:ABROAD} {time:FUT}, the office said.
# ------------------------------------------------ denying one's own strike
shell+gapdeny | wire | {source:SRC_RU} [denied|denial] that its forces [shelled|T] {location:CITY} {time:TIME}.
shell+gapdeny | wire | {source:SRC_RU} [has denied|denial] [shelling|T] {location:CITY}, calling the claim a fabrication.
shell+gapdeny | headline | {source:SRC_RU} [denies|denial] its troops [struck|T] {location:NAME}
shell+gapdeny | wire | {source:SRC_UA} [denied|denial] that Ukrainian artillery had [hit|T] {location:DONBAS} {time:TIME}.
shell+gapdeny | wire | {source:SRC_RU} [rejected|denial] reports that it had [bombarded|T] {location:CITY} {time:TIME}.
air+gapdeny | wire | {source:SRC_RU} [denied|denial] that its aircraft [bombed|T] {location:CITY} {time:TIME}.
air+gapdeny | wire | {source:SRC_UA} [denied|denial] [launching drones|T] at {location:RUNAME}, {ATTR}.
air+gapdeny | headline | {source:SRC_RU} [denies|denial] [air strike|T] on {location:NAME}
air+gapdeny | wire | {source:SRC_RU} [said it had not|denial] [bombed|T] {location:CITY}, contrary to what local officials reported.
attack+gapdeny | wire | {source:SRC_RU} [denied|denial] that its soldiers had [shot|T] civilians in {location:VNAME}.
attack+gapdeny | wire | {source:SRC_RU} [denies|denial] [killing|T] {actor2:CIVILIANS} in {location:VNAME}, {ATTR}.
attack+gapdeny | headline | {source:SRC_RU} [denies|denial] its troops [executed|T] prisoners near {location:VNAME}
attack+gapdeny | wire | {source:SRC_UA} [rejected|denial] claims that its fighters had [killed|T] {actor2:CIVILIANS} in {location:DONBAS}.
# ------------------------------------------------ casualty figures told without a weapon: daily loss reports
losses+gapdaily | headline | {fatalities:NUM} {VICTIMS} [killed|T] in {location:REGION} {time:PERIOD}
losses+gapdaily | headline | {fatalities:CAS_SOLD} {SOLDIERS} [killed|T] near {location:VNAME} {time:PERIOD}{CAS_DASH}{source:CAS_SRC_UA}
losses+gapdaily | wire | {time:PERIOD}, {fatalities:NUM} {VICTIMS} were [killed|T] and {quantity:NUM} were wounded in {location:REGION}, {ATTR_UA}.
losses+gapdaily | headline | In {location:DONBAS}, {fatalities:NUM} {VICTIMS} [killed|T] and {quantity:NUM} injured {time:PERIOD}{CAS_DASH}{source:CAS_SRC_DB}
losses+gapdaily | wire | {fatalities:CAS_SOLD} {SOLDIERS} were [killed|T] {time:PERIOD} {SECTOR}, {ATTR}.
losses+gapdaily | headline | {fatalities:CAS_SOLD} [killed|T], {quantity:CAS_SOLD} wounded {SOLDIERS} near {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
losses+gapdaily | headline | Russian aggression [kills|T] {fatalities:NUM} {VICTIMS} in {location:REGION} {time:PERIOD}
losses+gapdaily | telegram | {location:CAS_OBL}: {fatalities:NUM} [dead|T] and {quantity:NUM} wounded {time:PERIOD}.
losses+gapdaily | official | {time:PERIOD}, {fatalities:NUM} {VICTIMS} [died|T] in {location:REGION} as a result of the aggression, {ATTR_UA}.
losses+gapdaily | wire | {fatalities:NUM} {SOLDIERS} [were killed|T] in {location:DONBAS} {time:PERIOD}{CAS_DASH}{source:CAS_SRC_DB}.
# ------------------------------------------------ enemies "eliminated", "liquidated", "destroyed": a loss claim
losses+gapelim | headline | {actor1:CAS_UA} [eliminated|T] {quantity:CAS_SOLD} {actor2:SOLD_RU} and {GEAR} {SECTOR}
losses+gapelim | headline | {quantity:CAS_SOLD} {actor2:SOLDIERS} and {GEAR} [liquidated|T] in {location:REGION}
losses+gapelim | wire | {actor1:CAS_RU} [destroyed|T] {quantity:CAS_SOLD} {actor2:SOLD_UA} near {location:VNAME} {time:PERIOD}, {ATTR}.
losses+gapelim | headline | Another group of {actor2:SOLD_UA} [destroyed|T] near {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
losses+gapelim | telegram | {SECTOR}: minus {quantity:CAS_SOLD} {actor2:SOLD_RU} and {GEAR}. Our artillery [wiped out|T] an enemy platoon.
losses+gapelim | wire | Artillery and aviation [neutralised|T] {quantity:CAS_SOLD} {actor2:SOLDIERS} near {location:VNAME} {time:PERIOD}, {ATTR}.
# ------------------------------------------------ present-tense headlines
shell+gappresent | headline | {actor1:CAS_UA} [shell|T] {location:DONBAS} again{CAS_DASH}{source:CAS_SRC_DB}
shell+gappresent | headline | {actor1:CAS_RU} [shell|T] {location:CITY} with artillery, {fatalities:NUM} dead
shell+gappresent | headline | Russian troops [pound|T] {location:CITY} {time:PERIOD}
shell+gappresent | headline | {actor1:CAS_UA} [strike|T] {location:CAS_OCC} with rocket launchers{CAS_DASH}{source:CAS_SRC_DB}
shell+gappresent | headline | {actor1:CAS_RU} [fire on|T] {location:VILLAGE} from tanks and mortars
shell+gappresent | headline | Enemy artillery [hits|T] {location:CITY}: houses and a school damaged
# ------------------------------------------------ counts of fire missions and strikes on positions
shell+gapmission | wire | {SECTOR}, {actor1:CAS_UA} [carried out|T] more than {quantity:NUM_BIG} fire missions {time:PERIOD}, {ATTR_UA}.
shell+gapmission | headline | {SECTOR}, the Defence Forces [inflicted|T] {quantity:NUM_BIG} strikes on enemy positions
shell+gapmission | telegram | {SECTOR}: our artillery [worked on|T] enemy positions {quantity:NUM_BIG} times {time:PERIOD}.
shell+gapmission | official | {time:PERIOD}, missile and artillery units [hit|T] {quantity:NUM_BIG} enemy targets near {location:VNAME}, {ATTR_UA}.
# ------------------------------------------------ a failed attack told as a noun, the verb passive or missing
clash+gapnoun | headline | {actor1:CAS_UA} [attack|T] in the {location:CAS_DIR} direction repulsed{CAS_DASH}{source:CAS_SRC_DB}
clash+gapnoun | headline | Russian [assault|T] on {location:VNAME} beaten back{CAS_DASH}{source:CAS_SRC_UA}
clash+gapnoun | wire | {source:SRC_RU} [announced|attr] the [failure of an offensive|T] by {actor1:CAS_UA} near {location:VNAME} {time:PERIOD}.
clash+gapnoun | headline | Failed [counterattack|T] near {location:VNAME}: the enemy lost two tanks
clash+gapnoun | telegram | {location:CAS_DIR} direction: another enemy [storming attempt|T] near {location#0:VNAME} was stopped {time:PERIOD}.
clash+gapnoun | wire | An [attempted breakthrough|T] by {actor1:CAS_RU} near {location:VNAME} was halted {time:PERIOD}, {ATTR_UA}.
# ------------------------------------------------ a car bomb
ied+gapcar | headline | Official of the occupation administration [killed in a car explosion|T] in {location:CAS_OCC}
ied+gapcar | wire | A collaborator [died when his car exploded|T] in {location:CITY} {time:PERIOD}, {ATTR}.
ied+gapcar | headline | [Car bomb|T] kills {fatalities:NUM} in {location:CITY}{CAS_DASH}{source:CAS_SRC_UA}
ied+gapcar | wire | An [explosive device planted under a car|T] went off in {location:CITY} {time:PERIOD}, injuring its driver, {ATTR}.
# ------------------------------------------------ a leader (by surname) accepting another's truce proposal; later mentions add nothing
ceasefire+gapaccept | wire | {actor1:LEADER_S} has [{TVA_CEASE}|T] {actor2:LEADER_S}'s ceasefire proposal.
ceasefire+gapaccept | wire | {actor1:LEADER_S} [{TVA_CEASE}|T] the truce proposed by {actor2:LEADER_S} {time:TIME}, {ATTR}.
ceasefire+gapaccept | headline | {actor1:LEADER_S} [accepts|T] {actor2:LEADER_S}'s plan for a 30-day truce
ceasefire+gapaccept | wire | {time:TIME} {actor1:LEADER_S} [{TVA_CEASE}|T] a ceasefire along the front put forward by {actor2:LEADER_S}.
NEG:other+gapstate | wire | The ceasefire remains fragile.
NEG:other+gapstate | wire | The truce is holding for now, despite mutual accusations.
NEG:other+gapstate | analysis | The ceasefire is the first since the spring, and few expect it to last.
NEG:other+gapstate | wire | Details of the truce, including who would monitor it, are still unclear.
# ------------------------------------------------ the same words, no event
NEG:prediction+gapplan | wire | {LEADER_S} said he would like to meet {LEADER_S} one day, but no talks are planned.
NEG:prediction+gapplan | wire | Whether {LEADER_S} will meet {LEADER_S} in {ABROAD} remains unclear.
NEG:prediction+gapplan | analysis | A meeting between {LEADER_S} and {LEADER_S} would change little on the ground, analysts say.
NEG:prediction+gapplan | opinion | {LEADER_S} should meet {LEADER_S} before the winter, in my view.
NEG:other+gapdaily | wire | The total number of civilians killed since the invasion is impossible to verify, the UN said.
NEG:other+gapdaily | analysis | Daily casualty figures from both sides are routinely inflated and rarely match.
NEG:other+gapdaily | wire | Relatives of soldiers killed in the war gathered in {CITY} to remember them.
NEG:other+gapdaily | history | {NUM} residents of {VNAME} were killed during the Second World War, a plaque in the square recalls.
"""

IT = r"""
# ------------------------------------------------ un incontro annunciato: il futuro è nel verbo
diplo+gapplan | wire | {actor1:LEADER_S} [[incontrerà|future]|T] {actor2:LEADER_S} a {location:ABROAD} {time:FUT}.
diplo+gapplan | wire | {actor1:LEADER_S} [[si recherà|future]|T] a {location:ABROAD} {time:FUT} per un colloquio con {actor2:LEADER_S}, {ATTR}.
diplo+gapplan | headline | {actor1:LEADER_S} [[vedrà|future]|T] {actor2:LEADER_S} a {location:ABROAD} {time:FUT}
diplo+gapplan | wire | {actor1:LEADER_S} e {actor2:LEADER_S} [[avranno un colloquio|future]|T] a {location:ABROAD} {time:FUT}.
diplo+gapplan | wire | {actor1:LEADER_S} [[riceverà|future]|T] {actor2:LEADER_S} a {location:ABROAD} {time:FUT}, {ATTR}.
diplo+gapplan | wire | {actor1:LEADER_S} [[volerà|future]|T] a {location:ABROAD} {time:FUT}, dove incontrerà {actor2:LEADER_S}.
diplo+gapplan | wire | {time:FUT} {actor1:LEADER_S} [[sarà ricevuto|future]|T] da {actor2:LEADER_S} a {location:ABROAD} per parlare di difesa aerea.
diplo+gapplan | official | {actor1:LEADER_S} [[incontrerà|future]|T] {actor2:LEADER_S} a {location:ABROAD} {time:FUT}, fa sapere il suo ufficio.
# ------------------------------------------------ smentire di aver colpito
shell+gapdeny | wire | {source:SRC_RU} ha [smentito|denial] di aver [bombardato|T] {location:CITY} {time:TIME}.
shell+gapdeny | wire | {source:SRC_RU} [nega|denial] di aver [colpito|T] {location:CITY}, e parla di una montatura.
shell+gapdeny | headline | {source:SRC_RU} [smentisce|denial]: non abbiamo [bombardato|T] {location:NAME}
shell+gapdeny | wire | {source:SRC_UA} ha [negato|denial] che l'artiglieria ucraina abbia [colpito|T] {location:DONBAS} {time:TIME}.
shell+gapdeny | wire | {source:SRC_RU} ha [escluso|denial] di aver [preso di mira|T] {location:CITY} {time:TIME}.
air+gapdeny | wire | {source:SRC_RU} ha [smentito|denial] che i suoi aerei abbiano [bombardato|T] {location:CITY} {time:TIME}.
air+gapdeny | wire | {source:SRC_UA} ha [negato|denial] di aver [lanciato droni|T] su {location:RUNAME}, {ATTR}.
air+gapdeny | headline | {source:SRC_RU} [smentisce|denial] il [raid aereo|T] su {location:NAME}
air+gapdeny | wire | {source:SRC_RU} ha [smentito|denial] di aver [colpito|T] con droni {location:CITY}, contrariamente a quanto riferito dalle autorità locali.
attack+gapdeny | wire | {source:SRC_RU} ha [smentito|denial] che i suoi soldati abbiano [ucciso|T] civili a {location:VNAME}.
attack+gapdeny | wire | {source:SRC_RU} [nega|denial] di aver [giustiziato|T] prigionieri vicino a {location:VNAME}, {ATTR}.
attack+gapdeny | headline | {source:SRC_RU} [smentisce|denial] l'[uccisione|T] di civili a {location:VNAME}
attack+gapdeny | wire | {source:SRC_UA} ha [respinto|denial] le accuse di aver [sparato|T] su civili a {location:DONBAS}.
# ------------------------------------------------ bilanci senza l'arma: perdite giornaliere
losses+gapdaily | headline | {fatalities:NUM} {VICTIMS} [uccisi|T] {location:REGION_A} {time:PERIOD}
losses+gapdaily | headline | {fatalities:CAS_SOLD} {SOLDIERS} [uccisi|T] vicino a {location:VNAME} {time:PERIOD}{CAS_DASH}{source:CAS_SRC_UA}
losses+gapdaily | wire | {time:PERIOD} {fatalities:NUM} {VICTIMS} sono stati [uccisi|T] e {quantity:NUM} feriti {location:REGION_A}, {ATTR_UA}.
losses+gapdaily | headline | A {location:DONBAS} {fatalities:NUM} {VICTIMS} [morti|T] e {quantity:NUM} feriti {time:PERIOD}{CAS_DASH}{source:CAS_SRC_DB}
losses+gapdaily | wire | {fatalities:CAS_SOLD} {SOLDIERS} sono stati [uccisi|T] {time:PERIOD} {SECTOR}, {ATTR}.
losses+gapdaily | headline | {fatalities:CAS_SOLD} [morti|T] e {quantity:CAS_SOLD} feriti tra i {SOLDIERS} vicino a {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
losses+gapdaily | headline | L'aggressione russa [uccide|T] {fatalities:NUM} {VICTIMS} {location:REGION_A} {time:PERIOD}
losses+gapdaily | telegram | Nella {location:REGION_BARE_IT}: {fatalities:NUM} [morti|T] e {quantity:NUM} feriti {time:PERIOD}.
losses+gapdaily | official | {time:PERIOD} {fatalities:NUM} {VICTIMS} sono [morti|T] {location:REGION_A} a causa dell'aggressione, {ATTR_UA}.
losses+gapdaily | wire | {fatalities:NUM} {SOLDIERS} sono stati [uccisi|T] a {location:DONBAS} {time:PERIOD}{CAS_DASH}{source:CAS_SRC_DB}.
# ------------------------------------------------ nemici "eliminati", "liquidati", "distrutti": una rivendicazione di perdite
losses+gapelim | headline | {actor1:CAS_UA} hanno [eliminato|T] {quantity:CAS_SOLD} {actor2:SOLD_RU} e {GEAR} {SECTOR}
losses+gapelim | headline | {quantity:CAS_SOLD} {actor2:SOLDIERS} e {GEAR} [liquidati|T] {location:REGION_A}
losses+gapelim | wire | L'[esercito russo|actor1] ha [annientato|T] {quantity:CAS_SOLD} {actor2:SOLD_UA} vicino a {location:VNAME} {time:PERIOD}, {ATTR}.
losses+gapelim | headline | Un altro gruppo di {actor2:SOLD_UA} [distrutto|T] vicino a {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
losses+gapelim | telegram | {SECTOR}: meno {quantity:CAS_SOLD} {actor2:SOLD_RU} e {GEAR}. La nostra artiglieria ha [spazzato via|T] un plotone nemico.
losses+gapelim | wire | Artiglieria e aviazione hanno [neutralizzato|T] {quantity:CAS_SOLD} {actor2:SOLDIERS} vicino a {location:VNAME} {time:PERIOD}, {ATTR}.
# ------------------------------------------------ titoli al presente
shell+gappresent | headline | {actor1:CAS_UA} [bombardano|T] di nuovo {location:DONBAS}{CAS_DASH}{source:CAS_SRC_DB}
shell+gappresent | headline | {actor1:CAS_RU} [bombardano|T] {location:CITY} con l'artiglieria, {fatalities:NUM} morti
shell+gappresent | headline | Le truppe russe [martellano|T] {location:CITY} {time:PERIOD}
shell+gappresent | headline | {actor1:CAS_UA} [colpiscono|T] {location:CAS_OCC} con i lanciarazzi{CAS_DASH}{source:CAS_SRC_DB}
shell+gappresent | headline | {actor1:CAS_RU} [sparano su|T] {location:VILLAGE} con carri armati e mortai
shell+gappresent | headline | L'artiglieria nemica [colpisce|T] {location:CITY}: danneggiate case e una scuola
# ------------------------------------------------ conteggi di missioni di fuoco e colpi sulle posizioni
shell+gapmission | wire | {SECTOR} {actor1:CAS_UA} hanno [eseguito|T] più di {quantity:NUM_BIG} missioni di fuoco {time:PERIOD}, {ATTR_UA}.
shell+gapmission | headline | {SECTOR} le forze di difesa hanno [inflitto|T] {quantity:NUM_BIG} colpi alle posizioni nemiche
shell+gapmission | telegram | {SECTOR}: la nostra artiglieria ha [lavorato|T] sulle posizioni nemiche {quantity:NUM_BIG} volte {time:PERIOD}.
shell+gapmission | official | {time:PERIOD} le unità missilistiche e d'artiglieria hanno [colpito|T] {quantity:NUM_BIG} obiettivi nemici vicino a {location:VNAME}, {ATTR_UA}.
# ------------------------------------------------ un attacco fallito detto con un nome, il verbo al passivo o assente
clash+gapnoun | headline | [Attacco|T] {actor1:CAS_UA_DI} respinto in direzione di {location:CAS_DIR}{CAS_DASH}{source:CAS_SRC_DB}
clash+gapnoun | headline | Respinto l'[assalto|T] russo a {location:VNAME}{CAS_DASH}{source:CAS_SRC_UA}
clash+gapnoun | wire | {source:SRC_RU} ha [annunciato|attr] il [fallimento dell'offensiva|T] {actor1:CAS_UA_DI} vicino a {location:VNAME} {time:PERIOD}.
clash+gapnoun | headline | Fallito [contrattacco|T] vicino a {location:VNAME}: il nemico perde due carri armati
clash+gapnoun | telegram | Direzione di {location:CAS_DIR}: fermato {time:PERIOD} un altro [tentativo d'assalto|T] nemico vicino a {location#0:VNAME}.
clash+gapnoun | wire | Un [tentativo di sfondamento|T] {actor1:RU_PL_DI} vicino a {location:VNAME} è stato bloccato {time:PERIOD}, {ATTR_UA}.
# ------------------------------------------------ un'autobomba
ied+gapcar | headline | Funzionario dell'amministrazione d'occupazione [ucciso nell'esplosione della sua auto|T] a {location:CAS_OCC}
ied+gapcar | wire | Un collaborazionista è [morto nell'esplosione della sua auto|T] a {location:CITY} {time:PERIOD}, {ATTR}.
ied+gapcar | headline | [Autobomba|T] a {location:CITY}: {fatalities:NUM} morti{CAS_DASH}{source:CAS_SRC_UA}
ied+gapcar | wire | Un [ordigno piazzato sotto un'auto|T] è esploso a {location:CITY} {time:PERIOD}, ferendo il conducente, {ATTR}.
# ------------------------------------------------ un leader (per cognome) accetta la tregua proposta da un altro; le menzioni successive non aggiungono nulla
ceasefire+gapaccept | wire | {actor1:LEADER_S} ha [{TVA_CEASE}|T] la proposta di cessate il fuoco di {actor2:LEADER_S}.
ceasefire+gapaccept | wire | {time:TIME} {actor1:LEADER_S} ha [{TVA_CEASE}|T] la tregua proposta da {actor2:LEADER_S}, {ATTR}.
ceasefire+gapaccept | headline | {actor1:LEADER_S} [accetta|T] il piano di {actor2:LEADER_S} per una tregua di 30 giorni
ceasefire+gapaccept | wire | {actor1:LEADER_S} ha [{TVA_CEASE}|T] un cessate il fuoco lungo il fronte avanzato da {actor2:LEADER_S}.
NEG:other+gapstate | wire | Il cessate il fuoco resta fragile.
NEG:other+gapstate | wire | Per ora la tregua regge, nonostante le accuse reciproche.
NEG:other+gapstate | analysis | Il cessate il fuoco è il primo dalla primavera e pochi si aspettano che duri.
NEG:other+gapstate | wire | I dettagli della tregua, compreso chi dovrebbe sorvegliarla, restano poco chiari.
# ------------------------------------------------ le stesse parole, nessun evento
NEG:prediction+gapplan | wire | {LEADER_S} ha detto che un giorno vorrebbe incontrare {LEADER_S}, ma non è previsto alcun colloquio.
NEG:prediction+gapplan | wire | Non è chiaro se {LEADER_S} incontrerà {LEADER_S} a {ABROAD}.
NEG:prediction+gapplan | analysis | Un incontro tra {LEADER_S} e {LEADER_S} cambierebbe poco sul terreno, secondo gli analisti.
NEG:prediction+gapplan | opinion | A mio avviso {LEADER_S} dovrebbe incontrare {LEADER_S} prima dell'inverno.
NEG:other+gapdaily | wire | Il numero totale dei civili uccisi dall'inizio dell'invasione è impossibile da verificare, secondo l'Onu.
NEG:other+gapdaily | analysis | I bilanci giornalieri delle vittime diffusi dalle due parti sono spesso gonfiati e raramente coincidono.
NEG:other+gapdaily | wire | I familiari dei soldati uccisi in guerra si sono riuniti a {CITY} per ricordarli.
NEG:other+gapdaily | history | Durante la seconda guerra mondiale furono uccisi {NUM} abitanti di {VNAME}, ricorda una lapide in piazza.
"""
