# ruff: noqa: E501
"""Italian templates, written for this project. One line: key | register | template (syntax: engine.py).

Register `mt` imitates Italian machine-translated from English: calques («ha detto in una
dichiarazione», «sopra la notte»), English word order, wrong or missing articles.
"""

TEMPLATES = r"""
# ---------------------------------------------------------------- Battles
clash | wire | Proseguono i [combattimenti|T] {location:PLACE_A} tra {actor1:UA_PL} e {actor2:RU_PL}, {ATTR}.
clash | mt | {actor1:RU_PL} hanno [condotto assalti di terra senza successo|T] vicino a {location+:VNAME} {time:TIME}.
clash | official | {actor1:UA_PL} hanno [respinto|T] {quantity:NUM_BIG} attacchi russi nei pressi di {location:NAME} nelle ultime 24 ore, {ATTR_UA}.
clash | telegram | ⚡️ Direzione di {location:NAME}: il [nemico|actor1] ha [attaccato|T] le nostre posizioni {NUM} volte, tutti gli assalti respinti.
clash | headline | {location:NAME}, [scontri|T] alle porte della città
clash | wire | {actor1:UA_PL} e {actor2:RU_PL} si sono [scontrati|T] per il controllo {location:PLACE_DI} {time:TIME}, [secondo|attr] {source:SRC_SG}.
clash | official | {time:TIME} si sono registrati {quantity:NUM_BIG} [scontri armati|T] lungo il fronte, anche nei pressi di {location:NAME}, {ATTR_UA}.
clash | isw | {actor1:RU_PL} hanno [proseguito le operazioni offensive|T] vicino a {location+:VNAME}, senza avanzamenti confermati.
# ---------------------------------------------------------------- territory
regain | wire | {actor1:UA_PL} hanno [riconquistato|T] {location:VILLAGE}, {ATTR_UA}.
regain | wire | {actor1:UA_PL} hanno [liberato|T] {location:PLACE} {time:TIME} e issato la bandiera nazionale sul municipio.
regain | headline | {location:VNAME} torna ucraina: [riconquistato|T] il villaggio
regain | official | {actor1:RU_PL} hanno [ripreso il controllo|T] di {location:RUVNAME}, nella regione di Kursk, {ATTR_RU}.
regain | mt | Filmato geolocalizzato pubblicato {time:TIME} indica che {actor1:UA_PL} hanno [recentemente avanzato dentro|T] {location:VNAME}.
regain | telegram | 🇺🇦 {location:VNAME} è di nuovo ucraina! {actor1:UA_PL} hanno [liberato|T] il villaggio, {ATTR_UA}.
regain | wire | {actor1:RU_SG} ha [{TV_REGAIN}|T] {location+:RUVNAME} nella regione di Kursk, {ATTR_RU}.
overtake | official | {actor1:RU_PL} hanno [liberato|T] il centro abitato di {location:VNAME} nella Repubblica popolare di Donetsk, {ATTR_RU}.
overtake | wire | {actor1:RU_PL} hanno [conquistato|T] {location:VILLAGE} {time:TIME}, {ATTR}.
overtake | headline | [Mosca|source] [rivendica|attr] la [presa|T] di {location:VNAME}
overtake | wire | {actor1:RU_PL} hanno [preso il controllo|T] {location:VILLAGE_DI}, [riferiscono|attr] {source:SRC_PL}.
overtake | wire | {actor1:UA_F} sono [entrate|T] a {location:RUVNAME}, nella regione russa di Kursk, {ATTR_UA}.
overtake | mt | {actor1:RU_PL} [catturato|T] {location:VNAME} e stanno consolidando posizioni a ovest dell'insediamento, la [Russia|source] [ha detto|attr].
overtake | official | {location:NAME} è [caduta|T]: la città è ora sotto il controllo {actor1:RU_PL_DI}, {ATTR}.
overtake | telegram | ❗️ {actor1:RU_M} sono [entrati|T] a {location:VNAME}, si combatte nel centro del villaggio.
# ---------------------------------------------------------------- explosions / remote violence
chem | wire | {actor1:RU_PL} hanno [usato cloropicrina|T] contro le posizioni ucraine vicino a {location:NAME}, {ATTR_UA}.
chem | official | {time:TIME} {actor1:RU_PL} hanno [sganciato granate con gas lacrimogeno|T] su {actor2:UA_PL_SU} nei pressi di {location:VNAME}, {ATTR_UA}.
chem | headline | Kiev accusa Mosca: [attacco chimico|T] vicino a {location:NAME}
chem | wire | {actor1:RU_PL} [[avrebbero|hedge] impiegato sostanze tossiche|T] nelle trincee {location:PLACE_DI}, [riferiscono|attr] {source:SRC_PL}.
chem | mt | {actor1:RU_PL} hanno [usato agenti di controllo antisommossa|T] in combattimento vicino a {location:VNAME}, [ha detto|attr] lo [Stato Maggiore Generale|source].
chem | telegram | ☣️ {location:VNAME}: gli [occupanti|actor1] hanno [sganciato una munizione chimica|T] da un drone sulle nostre posizioni.
chem | official | {actor1:UA_PL} hanno [utilizzato sostanze chimiche tossiche|T] contro i militari russi vicino a {location:NAME}, {ATTR_RU}.
air | wire | Un [attacco con droni|T] russo {location:PLACE_SU} {time:TIME} ha ucciso {fatalities:NUM} {actor2:CIV_N}, {ATTR}.
air | wire | {actor1:RU_PL} hanno [attaccato|T] {location:CITY} con {DRONE} {time:TIME}, danneggiando case e una scuola, {ATTR}.
air | official | {time:TIME} {actor1:RU_PL} hanno [sganciato|T] {quantity:NUM_BIG} bombe aeree guidate {location:PLACE_SU}, {ATTR_UA}.
air | headline | {location:NAME}, [raid|T] dei russi nella notte: {fatalities:NUM} vittime
air | telegram | 🔴 {location:NAME}: un [drone FPV nemico ha colpito|T] un'auto civile, {quantity:NUM} feriti.
air | wire | Un [attacco di droni|T] ucraini {location:RUREGION_SU} {time:TIME} ha provocato un incendio in un deposito di carburante, {ATTR_RU}.
air | mt | {actor1:RU_PL} hanno [condotto attacchi con bombe plananti|T] contro {location+:VNAME} sopra la notte.
air | wire | {actor1:RU_SG} ha [lanciato|T] {quantity:NUM_BIG} droni Shahed contro {location:CITY} {time:TIME}; la maggior parte è stata abbattuta, {ATTR_UA}.
air | headline | [Droni kamikaze|T] su {location:NAME} nella notte - [sindaco|source]
suicide | wire | Un [attentatore suicida|T] si è fatto esplodere a un posto di blocco a {location:NAME} {time:TIME}, uccidendo {fatalities:NUM} persone, {ATTR}.
suicide | wire | Un [uomo|actor1] ha [azionato una cintura esplosiva|T] davanti a una stazione di polizia a {location:RUNAME}, uccidendo sé stesso e {fatalities:NUM} agenti.
suicide | headline | {location:NAME}, [kamikaze|T] si fa esplodere davanti al centro di reclutamento: {fatalities:NUM} morti
suicide | official | Un'[autobomba guidata da un attentatore suicida|T] è esplosa vicino a una base militare a {location:NAME}, {ATTR}.
suicide | telegram | 💥 {location:NAME}: un [attentatore suicida|T] ha fatto esplodere una carica vicino all'amministrazione, {fatalities:NUM} morti.
suicide | mt | Un [attaccante|actor1] si è [fatto saltare in aria|T] a {location:RUNAME} mentre la polizia cercava di fermarlo, [ha detto in una dichiarazione|attr] il [ministero|source].
suicide | wire | Un [attentato suicida|T] ha colpito un convoglio della Rosgvardia vicino a {location:NAME}, uccidendo {fatalities:NUM} militari, {ATTR}.
shell | wire | {actor1:RU_PL} hanno [bombardato|T] {location:PLACE} {time:TIME}, uccidendo {fatalities:NUM} {actor2:CIV_N}, {ATTR}.
shell | wire | {actor1:RU_PL} hanno [{TV_SHELL}|T] {location+:VNAME} {time:TIME}, {ATTR}.
shell | headline | {location:NAME}, [bombardamento|T] russo: {fatalities:NUM} morti
shell | headline | {fatalities:NUM} civili uccisi nel [bombardamento|T] del distretto di {location:NAME} - [governatore|source]
shell | wire | {fatalities:NUM} persone sono morte e {quantity:NUM} sono rimaste ferite quando un [missile russo ha colpito|T] un palazzo residenziale {location:CITY_A} {time:TIME}, [secondo|attr] {source:SRC_SG}.
shell | official | {time:TIME} {actor1:RU_PL} hanno [lanciato un attacco missilistico|T] con {MISSILE} {location:CITY_SU}, {ATTR_UA}.
shell | telegram | ‼️ {location:NAME} di nuovo sotto [il fuoco dell'artiglieria|T]. {quantity:NUM} feriti, per ora nessun morto.
shell | mt | {fatalities:NUM} residenti uccisi dopo che le [APU|actor1] hanno [centrato|T] un condominio nel {location:DONBAS}, la [Russia|source] [ha detto|attr].
shell | wire | {actor1:UA_PL} hanno [sparato|T] {MISSILE} su {location:RUNAME}, ferendo {quantity:NUM} {actor2:CIV_N}, {ATTR_RU}.
shell | wire | {time:TIME} [razzi russi hanno colpito|T] il centro {location:PLACE_DI}; {fatalities:NUM} civili sono morti e {quantity:NUM} sono rimasti feriti.
shell | mt | Russe forze hanno [sparato artiglieria|T] contro {location:NAME} lunedì notte, uccidendo {fatalities:NUM} persone, [ha detto|attr] il [governatore|source].
ied | wire | Un'[autobomba|T] è esplosa a {location:NAME} {time:TIME}, uccidendo un funzionario filorusso, {ATTR}.
ied | wire | Un trattorista è morto quando il suo mezzo ha [urtato una mina|T] vicino {location:PLACE_A}, {ATTR}.
ied | official | Un [ordigno esplosivo|T] è esploso sotto l'auto di un collaborazionista a {location:NAME} {time:TIME}, {ATTR_UA}.
ied | headline | [Mina|T] esplode nella regione di {location:NAME}: {fatalities:NUM} morti
ied | telegram | 💥 {location:NAME}: [esplosione di un ordigno|T] vicino al posto di comando degli occupanti, {quantity:NUM} feriti.
ied | mt | {fatalities:NUM} sminatori sono morti quando una [mina anticarro è esplosa|T] in un campo fuori {location:VNAME}, [ha detto|attr] la [polizia|source].
ied | wire | [Partigiani|actor1] hanno [fatto saltare|T] un ponte ferroviario vicino a {location:NAME}, facendo deragliare un treno carico di carburante, [riferiscono|attr] {source:SRC_PL}.
grenade | wire | Un [uomo|actor1] ha [lanciato una granata|T] durante una riunione del consiglio {location:VILLAGE_A}, ferendo {quantity:NUM} persone, {ATTR}.
grenade | wire | Un [soldato|actor1] ha [fatto esplodere una granata|T] in una caserma a {location:NAME} {time:TIME}, uccidendo {fatalities:NUM} militari.
grenade | headline | [Granata|T] contro il commissariato di {location:NAME}
grenade | official | {time:TIME} uno [sconosciuto|actor1] ha [lanciato una bomba a mano|T] contro un'auto a {location:NAME}, {ATTR}.
grenade | telegram | {location:NAME}: [lanciata una granata|T] contro l'ufficio dell'amministrazione di occupazione, {quantity:NUM} feriti.
grenade | mt | Una [granata esplosa|T] in un mercato affollato nel {location:NAME}, uccidendo {fatalities:NUM} persone, [ha detto|attr] la [polizia|source].
# ---------------------------------------------------------------- violence against civilians
sexual | wire | [Soldati russi|actor1] hanno [violentato|T] una donna {location:VILLAGE_A} durante l'occupazione, {ATTR}.
sexual | official | {source:SRC_UA} {SAID_SG} di aver aperto un fascicolo dopo che {actor1:RU_PL} hanno [commesso violenze sessuali|T] su {actor2:CIVILIANS_SU} a {location:NAME}.
sexual | headline | Gli investigatori documentano [violenze sessuali|T] degli occupanti a {location:NAME}
sexual | wire | Una commissione Onu ha accertato che {actor1:RU_PL} hanno [commesso stupri|T] contro detenuti a {location:NAME}.
sexual | telegram | ❗️ {location:VNAME}: un occupante ha [stuprato|T] una ragazza di 16 anni, {ATTR_UA}.
sexual | mt | [Personale russo|actor1] in occupata {location:NAME} [avrebbe|hedge] [sottoposto|T] detenuti ucraini a violenza sessuale, [secondo|attr] ai [rapporti|source].
attack | wire | {actor1:RU_PL} hanno [ucciso a colpi d'arma da fuoco|T] {fatalities:NUM} {actor2:CIV_N} che cercavano di fuggire da {location:VNAME}, {ATTR}.
attack | wire | [Soldati russi|actor1] hanno [giustiziato|T] {fatalities:NUM} prigionieri di guerra ucraini vicino a {location:NAME}, {ATTR_UA}.
attack | headline | [Occupanti|actor1] [sparano|T] su un'auto di civili vicino a {location:NAME}: {fatalities:NUM} morti
attack | official | {location:VILLAGE_A} {actor1:RU_PL} hanno [torturato|T] gli abitanti rinchiusi in uno scantinato, {ATTR}.
attack | telegram | ⚠️ {location:NAME}: i [soldati russi|actor1] hanno [aperto il fuoco|T] su un bus di evacuazione, {quantity:NUM} feriti.
attack | mt | {actor1:RU_PL} hanno [picchiato|T] un volontario che consegnava cibo a {location:NAME}, [ha detto in una dichiarazione|attr] la [polizia|source].
attack | wire | {actor1:RU_PL} [[avrebbero|hedge] giustiziato|T] soldati ucraini che si arrendevano vicino a {location:VNAME}, [secondo|attr] {source:SRC_PL}.
abduct | wire | {actor1:RU_PL} hanno [rapito|T] il sindaco {location:PLACE_DI}, {ATTR}.
abduct | wire | Le [truppe russe|actor1] hanno [sequestrato|T] {quantity:NUM} residenti {location:VILLAGE_A}; di loro non si hanno più notizie.
abduct | official | {source:SRC_UA} {SAID_SG} che {actor1:RU_PL} hanno [deportato con la forza|T] {quantity:NUM_BIG} bambini da {location:NAME}.
abduct | headline | {location:NAME}, attivista [scomparso|T] dopo l'arresto degli occupanti
abduct | telegram | 🚨 {location:NAME}: gli [occupanti|actor1] hanno [portato via|T] un sacerdote, nessuno sa dove si trovi.
abduct | mt | {time:TIME} [uomini mascherati|actor1] [afferrato|T] un giornalista in {location:NAME} e lo hanno guidato verso posizione sconosciuta, [ha detto|attr] la [polizia|source].
# ---------------------------------------------------------------- protests and riots
protest | wire | [Centinaia di persone|actor1] hanno [manifestato|T] a {location:ABROAD} {time:TIME} contro la guerra in Ucraina.
protest | wire | Gli [abitanti|actor1] della {location:NAME} occupata sono [scesi in piazza|T] contro l'occupazione russa, sventolando bandiere ucraine.
protest | headline | {location:ABROAD}, in migliaia in [corteo|T] per l'Ucraina
protest | wire | I [familiari dei prigionieri di guerra|actor1] hanno [tenuto un presidio|T] a {location:CAPITAL} {time:TIME}, chiedendo uno scambio.
protest | telegram | 📢 {location:NAME}: {actor1:CIVILIANS} si sono [radunati|T] in piazza per chiedere il ritorno dei difensori.
protest | mt | Circa 200 persone hanno [dimostrato|T] pacificamente fuori dall'ambasciata russa a {location:ABROAD}, [ha detto|attr] la [polizia|source].
protest_int | wire | La [polizia|actor1] ha [fermato|T] {quantity:NUM_BIG} manifestanti contro la guerra a {location:ABROAD} {time:TIME}, {ATTR}.
protest_int | wire | La [polizia russa|actor1] ha [disperso|T] un piccolo presidio a {location:ABROAD} e fermato {quantity:NUM} persone.
protest_int | headline | {location:ABROAD}, [arrestati manifestanti|T] contro la guerra
protest_int | telegram | {location:NAME}: gli [occupanti|actor1] hanno [sciolto|T] una manifestazione filo-ucraina e fermato {quantity:NUM} partecipanti.
protest_int | official | {source:SRC_SG} {SAID_SG} che la [polizia|actor1] ha [fermato|T] {quantity:NUM_BIG} persone a una protesta non autorizzata a {location:ABROAD}.
protest_int | mt | [Polizia antisommossa|actor1] ha [arrestato|T] donne protestando contro la mobilitazione in {location:ABROAD}.
excessive | wire | Le [truppe russe|actor1] hanno [aperto il fuoco|T] su una manifestazione filo-ucraina a {location:NAME}, ferendo {quantity:NUM} manifestanti, {ATTR}.
excessive | wire | La [polizia|actor1] ha [caricato|T] i manifestanti con i manganelli a {location:ABROAD} {time:TIME}, [riferiscono|attr] {source:SRC_PL}.
excessive | headline | {location:NAME}, gli [occupanti|actor1] [lanciano granate stordenti|T] sui manifestanti
excessive | telegram | ⚡️ {location:NAME}: i soldati hanno [sparato|T] sulla folla durante un raduno pacifico, {quantity:NUM} feriti.
excessive | wire | Le [forze di sicurezza|actor1] hanno [usato gas lacrimogeni|T] contro manifestanti pacifici a {location:ABROAD}, ferendone {quantity:NUM_BIG}.
excessive | mt | Gli [ufficiali di Rosgvardia|actor1] hanno [picchiato|T] manifestanti detenuti in {location:ABROAD}, [ha detto|attr] il [gruppo per i diritti|source].
violent_demo | wire | [Manifestanti|actor1] si sono [scontrati con la polizia|T] a {location:ABROAD} {time:TIME}, lanciando pietre e bottiglie.
violent_demo | wire | I [dimostranti|actor1] hanno [dato fuoco|T] a un ufficio di reclutamento militare a {location:ABROAD}, {ATTR}.
violent_demo | headline | {location:ABROAD}, [rivolta|T] contro la mobilitazione
violent_demo | telegram | 🔥 {location:ABROAD}: i [manifestanti|actor1] hanno [sfondato le vetrine|T] dell'amministrazione e si sono scontrati con la polizia.
violent_demo | official | {quantity:NUM} agenti sono rimasti feriti quando i [dimostranti|actor1] hanno [assaltato|T] un cordone a {location:ABROAD}, {ATTR}.
violent_demo | mt | Una protesta contro la guerra è [diventata violenta|T] in {location:ABROAD} come dimostranti lanciavano fumogeni alla polizia.
mob | wire | Una [folla ha aggredito|T] alcuni addetti al reclutamento a {location:NAME} {time:TIME}, {ATTR}.
mob | wire | Una [folla|actor1] ha [preso d'assalto|T] l'aeroporto di {location:ABROAD} in cerca di passeggeri in arrivo da Israele.
mob | headline | {location:NAME}, [pestato dalla folla|T] un ufficiale di leva
mob | telegram | {location:NAME}: gli [abitanti|actor1] hanno [picchiato|T] un uomo accusato di saccheggio, la polizia è arrivata dopo.
mob | official | {quantity:NUM} persone sono rimaste ferite quando una [folla ha attaccato|T] un insediamento rom vicino a {location:NAME}, {ATTR}.
mob | mt | [Residenti arrabbiati|actor1] hanno [linciato|T] un sospetto sabotatore in {location:RUNAME}, [ha detto|attr] la [polizia locale|source].
# ---------------------------------------------------------------- strategic developments
agreement | wire | [Russia e Ucraina|actor1] si sono [scambiate|T] {quantity:NUM_BIG} prigionieri di guerra ciascuna {time:TIME}, {ATTR}.
agreement | wire | [Mosca e Kiev|actor1] hanno [concordato|T] l'apertura di un corridoio umanitario da {location:NAME}, [secondo|attr] {source:SRC_SG}.
agreement | headline | [Scambio di prigionieri|T]: {quantity:NUM_BIG} ucraini tornano a casa
agreement | official | {source:SRC_UA} {SAID_SG} che i corpi di {quantity:NUM_BIG} difensori caduti sono stati [rimpatriati|T] in base a un accordo con la Russia.
agreement | wire | [Ucraina e Russia|actor1] hanno [firmato|T] a {location:ABROAD} un'intesa per riprendere le esportazioni di grano dai porti del Mar Nero.
agreement | telegram | 🇺🇦 Un altro [scambio|T]! {quantity:NUM_BIG} dei nostri difensori sono a casa.
agreement | mt | [Russia e Ucraina|actor1] hanno [scambiato|T] i corpi di soldati uccisi, la [Russia|source] [ha detto|attr], in un accordo mediato dagli Emirati.
arrests | wire | L'Sbu ha [arrestato|T] un agente russo a {location:NAME} che indicava i bersagli per i missili, {ATTR}.
arrests | wire | Le [autorità russe|actor1] hanno [fermato|T] un uomo a {location:RUNAME} con l'accusa di sabotaggio sulla ferrovia.
arrests | headline | {location:NAME}, l'Fsb [arresta|T] una presunta spia ucraina
arrests | official | La [polizia|actor1] ha [fermato|T] {quantity:NUM} sospetti a {location:NAME} {time:TIME}, {ATTR}.
arrests | telegram | 🚔 {location:NAME}: [arrestato|T] un collaborazionista, passava le coordinate al nemico.
arrests | mt | [Autorità di occupazione|actor1] hanno [arrestato|T] un insegnante in {location:NAME} per cantare l'inno ucraino, [ha detto|attr] l'[ombudsman|source].
change | wire | {actor1:RU_F} si sono [ritirate|T] dalle posizioni sulla riva destra vicino a {location:NAME}, {ATTR}.
change | official | La legge marziale e la mobilitazione generale sono state [prorogate|T] di altri 90 giorni, {ATTR_UA}.
change | wire | Le [autorità|actor1] hanno [ordinato l'evacuazione|T] delle famiglie con bambini {location:PLACE_DI}, {ATTR}.
change | headline | Mosca [sposta|T] truppe da {location:NAME} verso la regione di Kursk
change | telegram | {location:NAME}: [coprifuoco prolungato|T], dalle 22:00 alle 5:00.
change | mt | Le [forze russe|actor1] hanno [probabilmente|hedge] [ridispiegato|T] elementi della 76ma divisione d'assalto aereo da {location:NAME} verso la direzione di Zaporizhzhia.
change | wire | {actor1:UA_PL} hanno [arretrato|T] da {location:VNAME} su linee difensive più sicure, {ATTR_UA}.
disrupted | wire | La [contraerea|actor1] ha [abbattuto|T] {quantity:NUM_BIG} droni lanciati {location:REGION_A} {time:TIME}, {ATTR}.
disrupted | official | {time:TIME} {actor1:UA_PL} hanno [distrutto|T] {quantity:NUM_BIG} {ENEMY_DRONE} {location:REGION_A}, {ATTR_UA}.
disrupted | headline | {location:NAME}, [abbattuti|T] {quantity:NUM_BIG} droni nella notte
disrupted | official | La [difesa aerea russa|actor1] ha [intercettato|T] {quantity:NUM_BIG} {ENEMY_DRONE} ucraini {location:RUREGION_A}, {ATTR_RU}.
disrupted | telegram | ✅ {location:NAME}: [contraerea in azione|T], {quantity:NUM} bersagli colpiti.
disrupted | wire | Gli [artificieri|actor1] hanno [disinnescato|T] {quantity:NUM_BIG} mine e proiettili inesplosi {location:PLACE_A} {time:TIME}, {ATTR}.
disrupted | mt | [Forze ucraine|actor1] hanno [abbattuto|T] un aereo d'attacco russo Su-25 vicino a {location:NAME}, [ha detto|attr] lo [Stato Maggiore Generale|source].
hq | wire | {actor1:RU_PL} hanno [installato una base|T] in una scuola {location:VILLAGE_A}, {ATTR}.
hq | isw | {actor1:RU_PL} hanno [allestito un posto di comando|T] a {location:NAME}, {ATTR}.
hq | headline | La [Wagner|actor1] [allestisce un campo|T] in Bielorussia vicino a {location:ABROAD}
hq | official | Gli [occupanti|actor1] hanno [trasformato|T] l'ospedale di {location:NAME} in un quartier generale militare, {ATTR_UA}.
hq | telegram | 📍 {location:NAME}: il [nemico|actor1] ha [installato un nuovo comando|T] nell'ex edificio della polizia.
hq | mt | [Forze russe|actor1] hanno [spostato loro quartier generale|T] a {location:NAME} dopo attacchi ucraini, [ha detto|attr] l'[intelligence britannica|source].
looting | wire | {actor1:RU_PL} hanno [saccheggiato|T] le case {location:VILLAGE_DI} prima di ritirarsi, {ATTR}.
looting | wire | Le [forze di occupazione|actor1] hanno [rubato|T] grano e macchine agricole dalle fattorie {location:REGION_DI}, {ATTR}.
looting | headline | {location:NAME}, gli [occupanti|actor1] [saccheggiano|T] il museo
looting | official | {actor1:RU_PL} hanno [fatto saltare|T] il ponte sul fiume a {location:NAME} durante la ritirata, {ATTR_UA}.
looting | telegram | {location:NAME}: gli [invasori|actor1] [stanno smontando|T] i macchinari della fabbrica e li portano in Crimea.
looting | mt | [Vandali|actor1] hanno [distrutto|T] un monumento ai soldati caduti in {location:NAME} sopra il fine settimana.
transfer | wire | {actor1:UA_PL} hanno [lasciato|T] {location:NAME} senza combattere e {actor2:RU_PL} sono entrati in città {time:TIME}, {ATTR}.
transfer | official | Il controllo {location:PLACE_DI} è stato [ceduto|T] all'amministrazione insediata dai russi, {ATTR_RU}.
transfer | headline | La [Wagner|actor1] [consegna|T] le posizioni di {location:NAME} all'esercito regolare russo
transfer | wire | Le [truppe russe|actor1] hanno [preso possesso|T] di {location:NAME} senza resistenza dopo il ritiro della guarnigione ucraina.
transfer | mt | [Forze russe|actor1] hanno [assunto controllo|T] di {location:VNAME} seguendo il ritiro ucraino, con nessun combattimento riportato.
transfer | telegram | {location:NAME}: la città è stata [consegnata|T] agli occupanti senza sparare un colpo.
other | wire | [Esplosioni sono state udite|T] {location:CITY_A} {time:TIME}; le cause non sono ancora chiare.
other | wire | Un grosso [incendio è divampato|T] in un deposito di munizioni vicino a {location:NAME}, {ATTR}.
other | headline | {location:NAME}, [esplosioni|T] nella notte
other | official | [Allerta aerea|T] {location:REGION_A} {time:TIME}, {ATTR}.
other | telegram | 🔊 {location:NAME}: [serie di esplosioni|T], dettagli in aggiornamento.
other | mt | Un [drone è precipitato|T] in un campo vicino {location:ABROAD} senza causare vittime, [ha detto|attr] il [ministero|source].
other | wire | [Blackout|T] {location:PLACE_A} dopo un guasto a una sottostazione, {ATTR}.
# ---------------------------------------------------------------- political developments
diplo | wire | {actor1:LEADERS} ha [incontrato|T] {actor2:LEADERS} a {location:ABROAD} {time:TIME} per discutere della guerra.
diplo | wire | {actor1:LEADERS} ha [avuto un colloquio telefonico|T] con {actor2:LEADERS}, {ATTR}.
diplo | headline | {actor1:LEADERS} in [visita|T] a {location:CAPITAL}
diplo | official | {actor1:LEADERS} ha [ricevuto|T] {actor2:LEADERS} a {location:CAPITAL} {time:TIME}, {ATTR}.
diplo | telegram | 🤝 {actor1:LEADERS} e {actor2:LEADERS} si sono [sentiti|T] al telefono sulla difesa aerea.
diplo | mt | {actor1:LEADERS} è [arrivato|T] in {location:CAPITAL} su una non annunciata visita {time:TIME}.
aid | wire | {actor1:STATES} ha [annunciato|T] un nuovo pacchetto di aiuti militari all'Ucraina da 400 milioni di dollari.
aid | wire | {actor1:STATES} [[consegnerà|future]|T] {quantity:NUM} sistemi Patriot all'Ucraina, {ATTR}.
aid | headline | {actor1:STATES}, [nuovi aiuti|T] militari a Kiev
aid | official | {actor1:STATES} ha [trasferito|T] {quantity:NUM_BIG} blindati {actor2:UA_PL_A}, {ATTR}.
aid | wire | {actor1:RU_ALLIES} [[avrebbe|hedge] fornito|T] alla Russia missili balistici e proiettili d'artiglieria, [secondo|attr] {source:SRC_SG}.
aid | telegram | 📦 {actor1:STATES} ha [consegnato|T] un nuovo lotto di proiettili all'esercito ucraino.
aid | mt | La [Russia|actor1] ha bombardato {location:NAME} con [droni forniti dall'Iran|T=air], la [Ucraina|source] [ha detto|attr].
ceasefire | wire | {actor1:LEADERS} ha [[proposto|future]|T] un cessate il fuoco lungo l'attuale linea del fronte, {ATTR}.
ceasefire | wire | [Russia e Ucraina|actor1] hanno [accettato|T] una pausa di 30 giorni negli attacchi alle infrastrutture energetiche, che [entrerà in vigore|future] la prossima settimana.
ceasefire | headline | {actor1:LEADERS} [[chiede|future]|T] una tregua di Pasqua
ceasefire | official | {actor1:STATES} ha [[presentato|future]|T] un piano di pace in 12 punti, {ATTR}.
ceasefire | telegram | ❗️ {actor1:LEADERS} ha [[offerto|future]|T] una tregua di Natale, Kiev ha rifiutato.
ceasefire | mt | Il Vaticano sta [[proponendo|future]|T] colloqui tra Mosca e Kiev per finire i combattimenti.
sanctions | wire | L'Unione europea ha [adottato|T] il 14esimo pacchetto di sanzioni contro la Russia {time:TIME}.
sanctions | wire | {actor1:STATES} ha [imposto sanzioni|T] a {quantity:NUM_BIG} aziende russe che riforniscono l'esercito, {ATTR}.
sanctions | headline | {actor1:STATES}, [sanzioni|T] alle petroliere russe
sanctions | official | {actor1:STATES} ha [congelato|T] i beni di tre banche russe, {ATTR}.
sanctions | telegram | 🇺🇦 {actor1:LEADERS} ha [firmato un decreto|T] che impone sanzioni a 200 persone.
sanctions | mt | {actor1:STATES} ha [bandito|T] le importazioni di alluminio e rame russi {time:TIME}.
threat | wire | {actor1:THREATENERS} ha [minacciato|T] di colpire i centri decisionali a {location:CAPITAL}, {ATTR}.
threat | wire | {actor1:UA_SG} ha [accusato|T] la Russia di colpire deliberatamente i civili a {location:NAME}.
threat | headline | Mosca [avverte|T] Berlino sui missili Taurus
threat | official | {source:SRC_RU} {SAID_SG} di [ritenere|T] Kiev responsabile dell'attacco a {location:RUNAME}.
threat | telegram | ⚠️ {actor1:THREATENERS} ha [avvertito|T] che la Russia risponderà a ogni attacco sul suo territorio.
threat | mt | {actor1:STATES} ha [accusato|T] Mosca di violare un trattato nucleare, [ha detto in una dichiarazione|attr].
losses | official | {actor1:RU_PL} hanno [perso|T] {quantity:NUM_BIG} soldati e {quantity:NUM} carri armati nell'ultima giornata, {ATTR_UA}.
losses | official | Le [perdite|T] ucraine nella direzione di Kupiansk ammontano a {quantity:NUM_BIG} militari, {ATTR_RU}.
losses | headline | [Kiev|source]: la [Russia|actor1] [ha perso|T] {quantity:NUM_BIG} carri armati da febbraio
losses | telegram | 📊 [Perdite|T] del nemico a oggi: personale - {quantity:NUM_BIG}, carri armati - {quantity:NUM}.
losses | wire | {source:SRC_UA} {SAID_SG} che la [Russia|actor1] ha [perso|T] oltre 500.000 soldati dall'inizio dell'invasione.
losses | mt | {source:SRC_RU} {SAID_SG} [Ucraina|actor1] ha [perso|T] fino a {quantity:NUM_BIG} militari in {location:NAME} direzione {time:TIME}.
# ---------------------------------------------------------------- hard negatives
NEG:opinion | opinion | L'Occidente deve smettere di credere che le sole sanzioni porteranno la Russia al tavolo.
NEG:opinion | opinion | A mio avviso, il bombardamento di {NAME} dimostra quanto poco importi a Mosca della popolazione che dice di proteggere.
NEG:opinion | opinion | È ora che l'Europa ammetta che il suo sostegno all'Ucraina è stato troppo lento.
NEG:opinion | opinion | Nessuno dovrebbe stupirsi che {NAME} sia diventata un simbolo della resistenza.
NEG:analysis | analysis | Secondo gli analisti, le forze russe cercheranno di sfruttare il varco vicino a {NAME} nelle prossime settimane.
NEG:analysis | isw | L'Isw ritiene improbabile che le forze russe conquistino {NAME} a breve.
NEG:analysis | analysis | La conquista di {NAME} darebbe a Mosca una testa di ponte verso {NAME}.
NEG:analysis | analysis | Gli [esperti|source] [spiegano|attr] che la guerra dei droni ha cambiato il modo in cui si muove la fanteria.
NEG:history | history | Nel 2014 i separatisti filorussi occuparono gli edifici governativi di {NAME}.
NEG:history | history | {NAME} è rimasta occupata per otto mesi nel 2022 prima della liberazione.
NEG:history | history | La città viene bombardata quasi ogni giorno dall'inizio dell'invasione su larga scala.
NEG:history | history | Durante la Seconda guerra mondiale {NAME} passò di mano quattro volte.
NEG:hypothetical | wire | Se le forze russe conquistassero {NAME}, potrebbero tagliare la linea di rifornimento verso {NAME}.
NEG:hypothetical | wire | Un attacco alla diga allagherebbe decine di villaggi a valle, [avvertono|attr] le [autorità|source].
NEG:hypothetical | opinion | Se l'Occidente avesse mandato prima i carri armati, {NAME} forse non sarebbe caduta.
NEG:question | opinion | Riuscirà l'Ucraina a tenere {NAME} durante l'inverno?
NEG:question | wire | Il Cremlino ordinerà una nuova ondata di mobilitazione?
NEG:question | headline | Chi controlla davvero {VNAME}?
NEG:capability | wire | I nuovi missili possono colpire obiettivi fino a 300 chilometri dietro la linea del fronte.
NEG:capability | analysis | La Russia dispone di abbastanza bombe plananti per colpire {NAME} per mesi, [secondo|attr] le [stime|source].
NEG:capability | wire | Il drone Shahed trasporta una testata di circa 50 chilogrammi.
NEG:prediction | wire | La Russia lancerà probabilmente una nuova offensiva verso {NAME} in primavera, [prevedono|attr] i [funzionari|source].
NEG:prediction | analysis | Gli analisti si aspettano che i combattimenti intorno a {NAME} continuino fino all'estate.
NEG:prediction | telegram | Il nemico prepara un attacco missilistico massiccio, restate nei rifugi.
NEG:advance_towards | wire | Le forze russe avanzano verso {NAME} da sud.
NEG:advance_towards | isw | Le forze russe spingono in direzione di {VNAME} ma non sono entrate nel centro abitato.
NEG:advance_towards | headline | I russi sempre più vicini a {NAME}
NEG:advance_towards | wire | Le truppe ucraine si sono avvicinate a {NAME}, ma la città resta sotto controllo russo.
NEG:occupied_background | wire | Gli abitanti della città occupata di {NAME} raccontano che i prezzi sono triplicati.
NEG:occupied_background | wire | Nella {NAME} occupata manca l'acqua corrente da settimane.
NEG:occupied_background | wire | Gli insegnanti di {NAME}, sotto controllo russo, sono costretti ad adottare i programmi russi.
NEG:background_participle | wire | Gli operatori umanitari sono tornati nella città da poco bombardata di {NAME} per distribuire cibo.
NEG:background_participle | wire | I villaggi liberati intorno a {NAME} sono ancora senza elettricità.
NEG:background_participle | wire | I volontari ricostruiscono la scuola distrutta di {VNAME}.
NEG:other | wire | La nazionale ucraina di calcio giocherà le partite casalinghe in Polonia.
NEG:other | wire | Milioni di ucraini sono stati sfollati dalla guerra, [secondo|attr] le [Nazioni Unite|source].
NEG:other | wire | La mostra a {ABROAD} presenta fotografie scattate da soldati ucraini.
NEG:other | wire | Le scuole di {NAME} hanno riaperto {TIME} con le lezioni nei rifugi sotterranei.
NEG:other | wire | Un concerto di beneficenza a {ABROAD} ha raccolto fondi per l'ospedale pediatrico di {NAME}.
NEG:other | wire | Gli abitanti di {NAME} fanno la fila per l'acqua in un punto di distribuzione in centro.
NEG:capability | analysis | I droni ucraini a lungo raggio possono raggiungere obiettivi a oltre mille chilometri da {NAME}.
NEG:capability | wire | I missili schierati vicino a {NAME} sono in grado di colpire qualsiasi città della regione.
NEG:capability | wire | I sistemi di difesa aerea intorno a {NAME} possono intercettare missili balistici, [spiegano|attr] i [funzionari|source].
NEG:opinion | opinion | Quanto accaduto a {NAME} dovrebbe far vergognare ogni governo che compra ancora gas russo.
NEG:opinion | opinion | {LEADERS} sbaglia a credere che di Mosca ci si possa fidare per una tregua.
"""
