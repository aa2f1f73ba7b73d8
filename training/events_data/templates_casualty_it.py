# ruff: noqa: E501
"""Resoconti di vittime, titoli d'agenzia con la fonte dopo il trattino o prima dei due punti,
perdite in battaglia, e titoli di riepilogo o annullamenti che non riportano eventi (anche `mt`).

Le chiavi hanno la forma «sottotipo+nome» come in templates_casualty_en.py (TARGETS: esempi per chiave).
"""

TARGETS = {"shell+victim": 190, "air+victim": 100, "shell+agency": 110, "air+agency": 60, "clash+agency": 70,
           "disrupted+agency": 50, "overtake+agency": 40, "regain+agency": 35, "clash+battle": 110,
           "losses+battle": 80, "change+battle": 40, "shell+mlrs": 80, "NEG:other+digest": 140,
           "NEG:other+cancel": 70}

TEMPLATES = r"""
# ------------------------------------------------ prima la vittima, il nome dell'attacco in una frase causale
shell+victim | headline | {fatalities:NUM} {actor2:CAS_CIV} uccisi {location:REGION_A} {CAS_CAUSE_MPL} [{CAS_BOMB_MPL}|T]
shell+victim | headline | {fatalities:NUM} {actor2:CAS_CIV} uccisi {location:CAS_WHERE_A} in seguito a un [attacco|T] {actor1:CAS_RU_DI}{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | wire | {CAS_VM} è morto {location:CAS_WHERE_A} {CAS_CAUSE_MPL} [{CAS_BOMB_MPL}|T] {actor1:CAS_RU_DI} {time:CAS_TDAY}, {ATTR_UA}.
shell+victim | wire | {CAS_VF} è rimasta ferita {location:CAS_WHERE_A} sotto il [fuoco|T] {actor1:CAS_RU_DI} {time:CAS_TDAY}, {ATTR_UA}.
shell+victim | telegram | ❗️[Bombardamento|T] {location:CAS_DIST_UA_DI} da parte {actor1:CAS_RU_DI} {time:CAS_TDAY}: {fatalities:NUM} morti e {quantity:NUM} feriti.
shell+victim | headline | Sale a {fatalities:CAS_TOLL} il bilancio delle vittime del [{CAS_BOMB_MSG}|T] su {location:NAME}
shell+victim | wire | Il bilancio delle vittime dell'[attacco missilistico|T] su {location:NAME} {time:TIME} è salito a {fatalities:CAS_TOLL}, {ATTR_UA}; {quantity:NUM_BIG} persone sono ancora ricoverate.
shell+victim | official | Il numero delle vittime del [{CAS_BOMB_MSG}|T] su {location:NAME} {time:TIME} è salito a {fatalities:CAS_TOLL} morti e {quantity:NUM_BIG} feriti, {ATTR_UA}.
shell+victim | telegram | Aggiornamento: il bilancio dei morti {location:CITY_A} è salito a {fatalities:CAS_TOLL}. I soccorritori continuano a rimuovere le macerie dopo l'[attacco|T].
shell+victim | headline | {location:DONBAS}, {fatalities:NUM} {actor2:CAS_CIV} uccisi nei [bombardamenti|T] {actor1:CAS_UA_DI}{CAS_DASH}{source:CAS_SRC_DB}
shell+victim | wire | {CAS_VM} è stato ucciso {location:CAS_DIST_DB_A} {CAS_CAUSE_MSG} [{CAS_BOMB_MSG}|T] {actor1:CAS_UA_DI}, {ATTR_RU}.
shell+victim | official | In seguito ai [bombardamenti|T] {actor1:CAS_UA_DI}, {quantity:NUM} {actor2:CAS_CIV} sono rimasti feriti a {location:DONBAS} {time:CAS_TDAY}, {ATTR_RU}.
shell+victim | wire | Nessun ferito, ma alcune case e una linea elettrica sono state danneggiate dal [{CAS_BOMB_MSG}|T] che ha colpito {location:CAS_WHERE} {time:CAS_TDAY}, {ATTR_UA}.
shell+victim | headline | {location:NAME}, {quantity:NUM} {actor2:CAS_CIV} feriti nei [bombardamenti|T], nessun morto{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | wire | {quantity:NUM} {actor2:CAS_CIV}, tra cui un bambino, sono rimasti feriti {CAS_CAUSE_MPL} [{CAS_BOMB_MPL}|T] {location:CAS_WHERE_SU} {time:CAS_TDAY}, {ATTR}.
shell+victim | official | {time:CAS_ON}, a seguito del [{CAS_BOMB_MSG}|T] {location:VILLAGE_DI} da parte {actor1:CAS_RU_DI}, sono morti {fatalities:NUM} {actor2:CAS_CIV} e {quantity:NUM} sono rimasti feriti, {ATTR_UA}.
shell+victim | headline | Ucciso {CAS_VM} {location:CAS_WHERE_A} dal [{CAS_BOMB_MSG}|T] russo{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | headline | Ferita {CAS_VF} {location:CAS_WHERE_A} dal [fuoco|T] [nemico|actor1]
shell+victim | telegram | 🔴 [Nelle ultime 24 ore|time] {location:REGION_A} {fatalities:NUM} persone sono morte e {quantity:NUM} sono rimaste ferite {CAS_CAUSE_MPL} [{CAS_BOMB_MPL}|T] {actor1:CAS_RU_DI}.
shell+victim | wire | {CAS_VM} è stato ucciso e {quantity:NUM} {actor2:CAS_CIV} sono rimasti feriti in un [attacco|T] {actor1:CAS_RU_DI} {location:CAS_DIST_UA_A} {time:CAS_TDAY}, {ATTR_UA}.
shell+victim | official | {time:CAS_ON} {CAS_VM} ha riportato ferite da schegge {location:VILLAGE_A} {CAS_CAUSE_MSG} [{CAS_BOMB_MSG}|T] {actor1:CAS_RU_DI}, {ATTR_UA}.
shell+victim | telegram | {location:DONBAS}. In seguito ai [bombardamenti|T] {actor1:CAS_UA_DI} {time:CAS_TDAY} sono stati uccisi {fatalities:NUM} {actor2:CAS_CIV}{CAS_DASH}{source:CAS_SRC_DB}.
shell+victim | mt | {fatalities:NUM} {actor2:CAS_CIV} uccisi in {location:CAS_REG_MT} dovuto a [bombardamento|T] da {actor1:CAS_RU_MT}
shell+victim | mt | Un uomo è morto in {location:CAS_OCC} come risultato di un [attacco|T] da {actor1:CAS_UA_MT}, il [sindaco|source] [ha detto|attr].
shell+victim | mt | Una donna è stata ferita da [fuoco|T] [nemico|actor1] in {location:VNAME} {time:CAS_TDAY_MT}, l'[amministrazione militare regionale|source] [ha detto|attr].
shell+victim | mt | Il pedaggio della morte in {location:NAME} dal [colpo missilistico|T] russo è salito a {fatalities:CAS_TOLL}, [ufficiali|source] [hanno detto|attr].
shell+victim | mt | {quantity:NUM} {actor2:CAS_CIV} sono stati feriti in {location:CAS_OCC} come un risultato di [bombardamento|T] da {actor1:CAS_UA_MT}, la [Difesa russa|source] [ha detto|attr].
shell+victim | mt | {fatalities:NUM} {actor2:CAS_CIV} uccisi in {location:DONBAS} a causa di [bombardamento|T] da {actor1:CAS_UA_MT}{CAS_DASH}{source:CAS_SRC_RU_MT}.
# ------------------------------------------------ lo stesso con droni e bombe
air+victim | headline | {fatalities:NUM} {actor2:CAS_CIV} uccisi {location:CAS_WHERE_A} in un [{CAS_AIR}|T] {actor1:CAS_RU_DI}
air+victim | headline | Un uomo ucciso {location:RUREGION_A} da un [{CAS_AIR}|T] {actor1:CAS_UA_DI}{CAS_DASH}{source:CAS_SRC_RUB}
air+victim | wire | {CAS_VM} è morto {location:CAS_WHERE_A} {time:CAS_TDAY} a causa di un [{CAS_AIR}|T] {actor1:CAS_RU_DI}, {ATTR_UA}.
air+victim | wire | {CAS_VF} è rimasta ferita a {location:RUNAME} dopo che un drone ucraino ha [sganciato un ordigno esplosivo|T] su un'auto, {ATTR_RU}.
air+victim | official | A seguito di un [{CAS_AIR}|T] {actor1:CAS_RU_DI} {location:CAS_WHERE_SU} {time:CAS_TDAY}, {quantity:NUM} {actor2:CAS_CIV} sono rimasti feriti, {ATTR_UA}.
air+victim | telegram | ⚠️ {location:NAME}: [{CAS_AIR}|T] sul centro della città. {fatalities:NUM} morti e {quantity:NUM} feriti, tra loro un bambino.
air+victim | headline | Sale a {fatalities:CAS_TOLL} il bilancio delle vittime del [{CAS_AIR_C}|T] su {location:NAME}
air+victim | wire | {fatalities:NUM} {actor2:CAS_CIV} sono stati uccisi quando un [{CAS_AIR}|T] ha colpito una fermata dell'autobus {location:CITY_A} {time:CAS_TDAY}, {ATTR}.
air+victim | headline | {location:NAME}, {quantity:NUM} feriti in un [{CAS_AIR}|T], nessun morto{CAS_DASH}{source:CAS_SRC_UA}
air+victim | wire | {CAS_VF} è rimasta ferita quando il [nemico|actor1] ha [attaccato|T] un'auto civile con un drone FPV {location:VILLAGE_A}, {ATTR_UA}.
air+victim | official | {time:CAS_ON}, {fatalities:NUM} {actor2:CAS_CIV} sono stati uccisi a {location:DONBAS} in un [{CAS_AIR}|T] {actor1:CAS_UA_DI}, {ATTR_RU}.
air+victim | mt | Un uomo è morto in {location:RUNAME} dopo che un [drone|T] ucraino ha caduto esplosivi sulla sua auto, il [governatore|source] [ha detto|attr].
air+victim | mt | {fatalities:NUM} persone uccise in [attacco di drone|T] su {location:NAME} {time:CAS_TDAY_MT}, il [città militare amministrazione|source] [ha detto|attr].
# ------------------------------------------------ titoli d'agenzia: la fonte dopo il trattino o prima dei due punti
shell+agency | headline | {actor1:CAS_UA} hanno [bombardato|T] {location:CAS_OCC} {quantity:NUM_BIG} volte {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}
shell+agency | headline | {actor1:CAS_UA} hanno [sparato|T] {quantity:NUM_BIG} proiettili su {location:DONBAS} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}
shell+agency | headline | {location:DONBAS}, [bombardamento|T] {actor1:CAS_UA_DI}: {fatalities:NUM} {actor2:CAS_CIV} uccisi{CAS_DASH}{source:CAS_SRC_DB}
shell+agency | headline | [Attacco|T] russo su {location:NAME}: {fatalities:NUM} morti e {quantity:NUM} feriti{CAS_DASH}{source:CAS_SRC_UA}
shell+agency | headline | {source:CAS_SRC_UA_BARE}: {actor1:CAS_RU} hanno [bombardato|T] {location+:VNAME} {time:CAS_TDAY}
shell+agency | headline | {source:CAS_SRC_RU_BARE}: {actor1:CAS_UA} hanno [colpito|T] {location:DONBAS} con {CAS_MLRS}, uccisi {fatalities:NUM} {actor2:CAS_CIV}
shell+agency | telegram | ⚡️ {actor1:CAS_UA} hanno [aperto il fuoco|T] su {location:DONBAS} con {CAS_MLRS} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}.
shell+agency | official | {time:CAS_ON} {actor1:CAS_RU} hanno [bombardato|T] {quantity:NUM_BIG} centri abitati {location:REGION_DI}{CAS_DASH}{source:CAS_SRC_UA}.
shell+agency | wire | {location:CITY} [sotto il fuoco|T] {time:CAS_TDAY}: {quantity:NUM} {actor2:CAS_CIV} feriti{CAS_DASH}{source:CAS_SRC_UA}.
shell+agency | headline | {location:NAME} di nuovo [sotto il fuoco|T]: {fatalities:NUM} morti{CAS_DASH}{source:CAS_SRC_UA}
shell+agency | headline | [Colpo di artiglieria|T] su {location:CAS_RUB}, nessuna vittima{CAS_DASH}{source:CAS_SRC_RUB}
shell+agency | mt | {actor1:CAS_UA_MT} ha [bombardato|T] {location:CAS_OCC} {quantity:NUM_BIG} volte [dall'inizio del giorno|time]{CAS_DASH}{source:CAS_SRC_RU_MT}.
air+agency | headline | {actor1:CAS_UA} hanno [attaccato|T] {location:RUNAME} con droni {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_RUB}
air+agency | headline | [Attacco di droni|T] {location:RUREGION_SU}: {quantity:NUM} feriti{CAS_DASH}{source:CAS_SRC_RUB}
air+agency | headline | {source:CAS_SRC_UA_BARE}: {actor1:CAS_RU} hanno [sganciato|T] {quantity:NUM_BIG} bombe guidate {location:CAS_WHERE_SU} {time:CAS_TDAY}
air+agency | telegram | ⚡️ [Attacco di drone kamikaze|T] su {location:CAS_OCC}: {fatalities:NUM} morti{CAS_DASH}{source:CAS_SRC_DB}.
air+agency | headline | [Raid aereo|T] su {location:NAME}: {fatalities:NUM} morti, {quantity:NUM_BIG} feriti{CAS_DASH}{source:CAS_SRC_UA}
air+agency | official | {actor1:CAS_RU} hanno [lanciato|T] {quantity:NUM_BIG} droni Shahed {location:REGION_SU} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
clash+agency | headline | {source:CAS_SRC_UA_BARE}: {quantity:NUM_BIG} [scontri|T] al fronte {time:CAS_TDAY}
clash+agency | headline | {actor1:CAS_RU} hanno [attaccato|T] {quantity:NUM} volte in direzione di {location:CAS_DIR} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}
clash+agency | headline | {location:VNAME}, respinto un [attacco|T] {actor1:CAS_UA_DI}{CAS_DASH}{source:CAS_SRC_DB}
clash+agency | telegram | Le [Forze di difesa|actor1] hanno [respinto|T] {quantity:NUM} assalti nemici vicino a {location:VNAME} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
clash+agency | headline | [Combattimenti|T] in corso a {location:NAME}{CAS_DASH}{source:CAS_SRC_UA}
clash+agency | official | {actor1:CAS_RU} hanno [assaltato|T] le posizioni delle Forze di difesa vicino a {location:VNAME} {quantity:NUM} volte {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
clash+agency | headline | {source:CAS_SRC_RU_BARE}: [combattimenti|T] nel centro di {location:NAME}
clash+agency | headline | {actor1:CAS_RUMOD} hanno [respinto|T] {quantity:NUM} contrattacchi {actor2:CAS_UA_DI} in direzione di {location:CAS_DIR}{CAS_DASH}{source:CAS_SRC_RU}
clash+agency | mt | {actor1:CAS_RU_MT} hanno [attaccato|T] {quantity:NUM} volte in {location:CAS_DIR} direzione {time:CAS_TDAY_MT}{CAS_DASH}{source:CAS_SRC_UA_MT}.
disrupted+agency | headline | La [difesa aerea|actor1] ha [abbattuto|T] {quantity:NUM_BIG} droni ucraini {location:RUREGION_SU} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_RUB}
disrupted+agency | headline | {source:CAS_SRC_RU_BARE}: la contraerea ha [intercettato|T] {quantity:NUM} razzi HIMARS su {location:DONBAS}
disrupted+agency | headline | [Abbattuti|T] {quantity:NUM_BIG} Shahed su {NUM_BIG} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}
disrupted+agency | telegram | ⚡️ [Distrutti|T] {quantity:NUM} droni nemici {location:REGION_SU} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
disrupted+agency | official | Le [forze di difesa aerea|actor1] hanno [neutralizzato|T] {quantity:NUM_BIG} droni d'attacco {location:REGION_SU} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
overtake+agency | headline | {actor1:CAS_RUMOD} hanno [liberato|T] {location:VNAME} nella Dpr{CAS_DASH}{source:CAS_SRC_RU}
overtake+agency | headline | {source:CAS_SRC_RU_BARE}: {actor1:CAS_RUMOD} hanno [preso il controllo|T] di {location:VNAME}
overtake+agency | headline | [Liberato|T] il villaggio di {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
overtake+agency | headline | Bandiera russa [issata|T] su {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
overtake+agency | mt | {actor1:CAS_RU_MT} hanno [catturato|T] {location:VNAME} in {CAS_DIRP} direzione{CAS_DASH}{source:CAS_SRC_RU_MT}.
regain+agency | headline | {source:CAS_SRC_UA_BARE}: {actor1:UA_PL} hanno [liberato|T] {location:VNAME}
regain+agency | headline | {location:VNAME} [ripulita|T] dagli occupanti{CAS_DASH}{source:CAS_SRC_UA}
regain+agency | headline | {actor1:UA_PL} hanno [ripreso il controllo|T] di {location:VNAME}{CAS_DASH}{source:CAS_SRC_UA}
regain+agency | telegram | 🇺🇦 {actor1:UA_PL} hanno [riportato|T] {location:VNAME} sotto il controllo ucraino{CAS_DASH}{source:CAS_SRC_UA}.
regain+agency | headline | {source:CAS_SRC_RU_BARE}: {actor1:CAS_RUMOD} hanno [cacciato|T] le unità ucraine da {location:RUVNAME}
# ------------------------------------------------ perdite in battaglia, avanzate, sbarchi
clash+battle | headline | {fatalities:NUM} militari morti negli [scontri|T] {actor2:CAS_UA_CON} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}
clash+battle | wire | {fatalities:NUM} militari {actor1:CAS_RUX_DI} sono stati uccisi in [combattimento|T] {actor2:CAS_UA_CON} vicino a {location:VNAME} {time:CAS_TDAY}, {ATTR_RU}.
clash+battle | headline | {fatalities:NUM} soldati ucraini uccisi negli [scontri|T] {actor2:CAS_RU_CON} vicino a {location:VNAME}
clash+battle | telegram | Direzione di {location:CAS_DIR}: {actor1:CAS_RU} hanno [tentato di sfondare|T] le nostre difese {quantity:NUM} volte {time:CAS_TDAY}, tutti gli attacchi sono stati respinti.
clash+battle | headline | {actor1:CAS_UA} hanno [tentato uno sbarco|T] nella zona {location:CAS_LAND_DI}{CAS_DASH}{source:CAS_SRC_RU}
clash+battle | wire | {actor1:CAS_UA} hanno [tentato uno sbarco|T] nei pressi {location:CAS_LAND_DI} {time:CAS_TDAY}, ma il gruppo è stato distrutto, {ATTR_RU}.
clash+battle | headline | {actor1:CAS_RU} [avanzano|T] di {CAS_KM} km in direzione di {location:CAS_DIR}{CAS_DASH}{source:CAS_SRC_UA}
clash+battle | wire | {actor1:CAS_RUMOD} hanno [avanzato|T] fino a {CAS_KM} chilometri in profondità nelle difese nemiche in direzione di {location:CAS_DIR} {time:CAS_TDAY}, {ATTR_RU}.
clash+battle | official | [Nelle ultime 24 ore|time] {fatalities:NUM} dei nostri militari sono morti e {quantity:NUM} sono rimasti feriti nei [combattimenti|T] {actor2:CAS_RU_CON} in direzione di {location:CAS_DIR}, {ATTR_UA}.
clash+battle | headline | {fatalities:NUM} combattenti {actor1:CAS_RUX_DI} uccisi in uno [scontro|T] {actor2:CAS_UA_CON} vicino a {location:VNAME}
clash+battle | telegram | I [combattimenti|T] per {location:VNAME} vanno avanti dal mattino, {actor1:CAS_RU} attaccano con i blindati{CAS_DASH}{source:CAS_SRC_UA}.
clash+battle | wire | {actor1:UA_PL} hanno [respinto|T] un tentativo di gruppi di sabotaggio russi di attraversare il confine vicino a {location:VNAME} {time:CAS_TDAY}, {ATTR_UA}.
clash+battle | mt | {fatalities:NUM} militari sono morti in [battaglie|T] con {actor2:CAS_UA_MT} [dall'inizio del giorno|time]{CAS_DASH}{source:CAS_SRC_RU_MT}.
clash+battle | mt | {actor1:CAS_UA_MT} ha [provato ad atterrare|T] nell'area di {location:CAS_LAND_BARE}, la [Russia Difesa Ministero|source] [ha detto|attr].
losses+battle | headline | {actor1:CAS_UA} hanno [perso|T] {quantity:CAS_SOLD} uomini in un giorno negli scontri {actor2:CAS_RUX_CON}{CAS_DASH}{source:CAS_SRC_DB}
losses+battle | wire | {actor1:CAS_UA} hanno [perso|T] {quantity:CAS_SOLD} militari in direzione di {location:CAS_DIR} {time:CAS_TDAY}, {ATTR_RU}.
losses+battle | headline | {actor1:CAS_RU} [subiscono pesanti perdite|T] vicino a {location:NAME}{CAS_DASH}{source:CAS_SRC_UA}
losses+battle | telegram | Le [perdite|T] {actor1:CAS_UA_DI} in direzione di {location:CAS_DIR} {time:CAS_TDAY} ammontano a {quantity:CAS_SOLD} militari e {quantity:NUM} mezzi{CAS_DASH}{source:CAS_SRC_RU}.
losses+battle | official | [Nelle ultime 24 ore|time] {actor1:CAS_RU} hanno [perso|T] {quantity:CAS_SOLD} uomini in direzione di {location:CAS_DIR}, {ATTR_UA}.
losses+battle | headline | {source:CAS_SRC_UA_BARE}: {actor1:CAS_RU} hanno [perso|T] {quantity:CAS_SOLD} soldati vicino a {location:NAME} in una settimana
losses+battle | wire | Pesanti [perdite|T] {actor1:CAS_RUX_DI} vicino a {location:VNAME}, {ATTR_UA}.
losses+battle | mt | La {actor1:CAS_UA_MT} ha [perso|T] {quantity:CAS_SOLD} uomini per giorno in battaglie con {actor2:CAS_RU_MT}, la [Russia Difesa Ministero|source] [ha detto|attr].
change+battle | headline | Una brigata {actor1:CAS_UA_DI} ha [lasciato le posizioni|T] vicino a {location:VNAME} a causa delle perdite{CAS_DASH}{source:CAS_SRC_DB}
change+battle | wire | Una brigata {actor1:CAS_UA_DI} ha [abbandonato le proprie posizioni|T] vicino a {location:VNAME} dopo aver subito pesanti perdite, {ATTR_RU}.
change+battle | wire | {actor1:UA_M} si sono [ritirati|T] dalle posizioni vicino a {location:VNAME} per preservare la vita del personale, {ATTR_UA}.
change+battle | telegram | Le unità {actor1:CAS_UA_DI} [si ritirano|T] da {location:NAME} a causa delle perdite{CAS_DASH}{source:CAS_SRC_RU}.
change+battle | headline | {source:CAS_SRC_RU_BARE}: un battaglione {actor1:CAS_UA_DI} [ritirato|T] dal fronte vicino a {location:VNAME} dopo le perdite
shell+mlrs | wire | {actor1:CAS_UA} hanno [sparato|T] su {location:CAS_OCC} con {CAS_MLRS} {time:CAS_TDAY}, {ATTR_RU}.
shell+mlrs | headline | {actor1:CAS_UA} hanno [lanciato|T] {quantity:NUM_BIG} razzi con {CAS_MLRS} su {location:DONBAS}{CAS_DASH}{source:CAS_SRC_DB}
shell+mlrs | telegram | {location:VNAME}: il [nemico|actor1] ha [aperto il fuoco|T] sul villaggio con {CAS_MLRS}. Danneggiate alcune case, nessuna vittima.
shell+mlrs | official | {actor1:CAS_RU} hanno [colpito|T] {location:CAS_WHERE} con {CAS_MLRS} {time:CAS_TDAY}; sono stati uccisi {fatalities:NUM} {actor2:CAS_CIV}, {ATTR_UA}.
shell+mlrs | wire | {actor1:CAS_RU} hanno [bombardato|T] {location:VILLAGE} con {CAS_MLRS}, ferendo {quantity:NUM} {actor2:CAS_CIV}, {ATTR_UA}.
shell+mlrs | headline | {location:NAME} [colpita|T] con {CAS_MLRS}: {quantity:NUM} feriti
shell+mlrs | wire | {actor1:CAS_RU_SG} ha [sparato|T] sulla periferia di {location:NAME} con {CAS_MLRS} {time:CAS_TDAY}, danneggiando una scuola, {ATTR_UA}.
shell+mlrs | mt | {actor1:CAS_UA_MT} ha [sparato|T] alla città di {location:CAS_OCC} da {CAS_MLRS_MT} {time:CAS_TDAY_MT}, il [DPR quartier generale|source] [ha detto|attr].
# ------------------------------------------------ riepiloghi, dirette, annullamenti: nessun evento
NEG:other+digest | mt | PRINCIPALE: attacchi su {NAME}, colloqui a {ABROAD} e nuove sanzioni: eventi intorno a Ucraina
NEG:other+digest | headline | Guerra in Ucraina, le notizie di oggi in diretta: giorno {CAS_DAYN}
NEG:other+digest | headline | Cosa sappiamo della situazione a {NAME}
NEG:other+digest | headline | Dati sui danni ai civili nella {REGION_BARE_IT} al {CAS_DATE}
NEG:other+digest | mt | Condividi Tweet Condividi Condividi Email. Aggiornamento della linea del fronte: nuove spinte nei settori di {NAME} e {NAME}.
NEG:other+digest | headline | Le notizie di oggi sulla guerra, {CAS_DATE}
NEG:other+digest | headline | Mappa dei combattimenti nella {REGION_BARE_IT}, {CAS_DATE}
NEG:other+digest | headline | Ucraina, le ultime: {NAME}, {NAME} e il dibattito sulla difesa aerea
NEG:other+digest | official | Riepilogo della situazione nella {REGION_BARE_IT} alle 8:00 del {CAS_DATE}.
NEG:other+digest | headline | Le principali notizie sull'operazione militare speciale del {CAS_DATE}
NEG:other+digest | headline | Il punto del mattino: il fronte vicino a {NAME}, la rete elettrica e il corridoio del grano
NEG:other+digest | headline | Foto: {NAME} dopo {CAS_WEEK} settimane di bombardamenti
NEG:other+digest | wire | Ecco gli ultimi aggiornamenti sulla guerra in Ucraina, da {NAME} a {NAME}.
NEG:other+digest | headline | Cronologia: la battaglia per {NAME} in mappe e numeri
NEG:other+digest | headline | La guerra in Ucraina giorno per giorno: il giorno {CAS_DAYN} in breve
NEG:other+digest | telegram | 📌 Il riepilogo della giornata: la situazione sui fronti, {CAS_DATE}. Leggi di più sul nostro canale.
NEG:other+digest | headline | Vittime civili in Ucraina: l'aggiornamento della missione Onu per {CAS_MONTH}
NEG:other+digest | headline | DIRETTA: esplosioni, allarmi aerei e la situazione a {NAME} – segui il nostro live
NEG:other+digest | mt | Ucraina guerra ultimo: che cosa è successo il giorno {CAS_DAYN}
NEG:other+digest | mt | Dati su danno a civili in {NAME} regione come di {CAS_DATE}
NEG:other+cancel | wire | {NAME} ha annullato i festeggiamenti di Capodanno a causa degli attacchi.
NEG:other+cancel | headline | {NAME} annulla la festa della città per il rischio di bombardamenti
NEG:other+cancel | wire | Le celebrazioni per il Giorno dell'Indipendenza a {NAME} sono state annullate per motivi di sicurezza, [ha detto|attr] il [sindaco|source].
NEG:other+cancel | wire | Le scuole di {NAME} continueranno con la didattica a distanza per i continui bombardamenti, [ha fatto sapere|attr] il [consiglio comunale|source].
NEG:other+cancel | headline | {NAME}, annullato il concerto dopo l'allarme aereo
NEG:other+cancel | official | Allarme aereo nella {REGION_BARE_IT}. Tutti nei rifugi.
NEG:other+cancel | wire | Nella {REGION_BARE_IT} sono vietati gli eventi pubblici fino alla fine del mese a causa degli attacchi di droni, [ha detto|attr] l'[amministrazione regionale|source].
NEG:other+cancel | headline | {NAME} prolunga il coprifuoco per la minaccia di attacchi
NEG:other+cancel | telegram | ❗️A causa della minaccia di attacchi missilistici, quest'anno il mercatino di Natale di {NAME} non aprirà.
NEG:other+cancel | wire | I treni per {NAME} viaggiano in ritardo per la situazione di sicurezza, ha detto la compagnia ferroviaria.
NEG:other+cancel | wire | {NAME} ha annullato i festeggiamenti dopo che un [attacco di droni|T=air] russo ha ucciso {fatalities:NUM} persone {time:TIME}.
NEG:other+cancel | mt | {NAME} ha cancellato celebrazioni a causa degli attacchi, il [sindaco|source] [ha detto|attr].
# ------------------------------------------------ altre forme degli stessi registri
shell+victim | headline | {location:NAME}: distrutta una casa, {quantity:NUM} {actor2:CAS_CIV} feriti nell'[attacco missilistico|T] notturno{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | headline | {fatalities:NUM} morti e {quantity:NUM} feriti: il bilancio del [{CAS_BOMB_MSG}|T] su {location:NAME} {time:CAS_TDAY}
shell+victim | wire | {CAS_VM} è stato ucciso a {location:CAS_RUB} {CAS_CAUSE_MPL} [{CAS_BOMB_MPL}|T] {actor1:CAS_UA_DI}, {ATTR_RU}.
shell+victim | headline | {location:CAS_RUB}, {quantity:NUM} {actor2:CAS_CIV} feriti nei [bombardamenti|T] {actor1:CAS_UA_DI}{CAS_DASH}{source:CAS_SRC_RUB}
shell+victim | mt | La conta dei morti da [sciopero|T] russo su {location:NAME} sale a {fatalities:CAS_TOLL}, [ufficiali ucraini|source] [dicono|attr].
air+victim | headline | {location:RUNAME}, ferita {CAS_VF} in un [{CAS_AIR}|T] {actor1:CAS_UA_DI}{CAS_DASH}{source:CAS_SRC_RUB}
air+victim | wire | {fatalities:NUM} {actor2:CAS_CIV} sono stati uccisi e {quantity:NUM} feriti {location:CITY_A} in un [{CAS_AIR}|T] {time:CAS_TDAY}, {ATTR_UA}.
air+victim | mt | Un [drone sciopero|T] su {location:NAME} ha ucciso {fatalities:NUM} persone, il [regionale governatore|source] [ha detto|attr].
shell+agency | headline | {source:CAS_SRC_RU_BARE}: {fatalities:NUM} {actor2:CAS_CIV} uccisi e {quantity:NUM} feriti nei [bombardamenti|T] {actor1:CAS_UA_DI} su {location:CAS_OCC} {time:CAS_TDAY}
shell+agency | telegram | {quantity:NUM_BIG} proiettili [sparati|T] su {location:CAS_OCC} {actor1:CAS_UA_DA} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}.
clash+agency | headline | {source:CAS_SRC_RU_BARE}: {actor1:CAS_RUMOD} hanno [respinto|T] {quantity:NUM} attacchi {actor2:CAS_UA_DI} vicino a {location:VNAME}
clash+agency | headline | {actor1:CAS_RUX} all'[assalto|T] di {location:NAME}{CAS_DASH}{source:CAS_SRC_RU}
air+agency | headline | {source:CAS_SRC_RU_BARE}: [attacco|T] di {quantity:NUM_BIG} droni ucraini {location:RUREGION_SU} {time:CAS_TDAY}
clash+battle | official | {time:CAS_ON} le unità {actor1:CAS_RUX_DI} hanno [combattuto|T] {actor2:CAS_UA_CON} vicino a {location:VNAME}; {fatalities:NUM} militari sono morti{CAS_DASH}{source:CAS_SRC_DB}.
"""
