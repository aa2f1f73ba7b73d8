# ruff: noqa: E501
"""More Italian templates: word order, «avrebbe», smentite, attribuzioni dopo il verbo, più eventi per frase."""

TEMPLATES = r"""
# ---------------------------------------------------------------- Battles
clash | wire | [Combattimenti|T] {time:TIME} {location:PLACE_A}, dove {actor1:UA_PL} [avrebbero|hedge] respinto {actor2:RU_PL}.
clash | isw | {actor1:RU_PL} hanno [attaccato|T] a nord di {location:NAME}, nei pressi di {location+:VNAME}, {ATTR_UA}.
clash | telegram | Direzione {location:VNAME}: [combattimenti pesanti|T] tutta la notte, il nemico lancia la fanteria a piccoli gruppi.
clash | headline | {location:NAME}, si intensifica la [battaglia|T]: {actor1:RU_PL} portano riserve
clash | official | Nell'ultima giornata le forze di difesa hanno [fermato|T] {quantity:NUM_BIG} attacchi nemici nel settore di {location:NAME}, {ATTR_UA}.
clash | wire | {actor1:RU_IRREG} e {actor2:UA_PL} si sono [scambiati colpi d'arma da fuoco|T] alla periferia {location:CITY_DI} {time:TIME}, {ATTR}.
clash | wire | {actor1:UA_PL} hanno [teso un'imboscata|T] a una colonna russa {location:VILLAGE_A}, distruggendo {quantity:NUM} blindati, {ATTR_UA}.
clash | mt | {actor1:UA_PL} hanno [contrattaccato|T] vicino {location:VNAME} {time:TIME} e presumibilmente spinto truppe russe fuori da diverse posizioni.
clash | wire | {source:SRC_RU} ha [smentito|denial] che {actor1:UA_PL} abbiano [sfondato|T] le linee russe vicino a {location:VNAME}.
clash | official | {actor1:RU_PL} hanno [respinto|T] {quantity:NUM} attacchi {actor2:UA_PL_DI} in direzione di {location:NAME}, {ATTR_RU}.
clash | headline | {location:VNAME}, [scontro a fuoco|T] per {NUM} ore: nessun cambiamento delle posizioni
regain | wire | Secondo i funzionari ucraini {actor1:UA_PL} hanno [cacciato le truppe russe|T] {location:VILLAGE_DI} {time:TIME}.
regain | headline | {location:VNAME} [liberata|T], [annuncia|attr] [Zelensky|source]
regain | isw | I blogger militari russi sostengono che {actor1:UA_PL} abbiano [ripreso posizioni|T] a {location:VNAME}, ma l'Isw non ha visto conferme.
regain | official | {actor1:RU_PL} hanno [completato la liberazione|T] di {location:RUVNAME} dalle formazioni ucraine, {ATTR_RU}.
regain | wire | {source:SRC_RU} ha [negato|denial] che {actor1:UA_PL} abbiano [riconquistato|T] {location:VNAME}.
regain | telegram | ✅ {location:VNAME} [ripulita|T] dagli occupanti. Grazie alla terza brigata!
regain | mt | [Ucraina forze|actor1] hanno [ripreso|T] il villaggio di {location:VNAME}, la [Ucraina militare|source] [ha detto|attr] martedì.
overtake | wire | {source:SRC_UA} ha [smentito|denial] le affermazioni russe secondo cui {actor1:RU_PL} avrebbero [conquistato|T] {location:VNAME}.
overtake | isw | Filmati geolocalizzati indicano che {actor1:RU_PL} hanno [{TV_OVERTAKE}|T] {location:VNAME} {time:TIME}.
overtake | wire | {actor1:RU_PL} [avrebbero|hedge] [preso|T] {location:VNAME}, {ATTR}.
overtake | headline | Mosca: [conquistati|T] {location+:VNAME}
overtake | telegram | 🇷🇺 I nostri reparti d'assalto hanno [issato la bandiera|T] su {location:VNAME}, {ATTR_RU}.
overtake | mt | Il [ministero della Difesa russo|source] [ha detto|attr] che le [sue forze|actor1] hanno [preso controllo|T] di {location:VNAME} in Donetsk regione.
# ---------------------------------------------------------------- explosioni
air | wire | {actor1:RU_PL} hanno [colpito|T] {location:CITY} con {DRONE} {time:TIME}, uccidendo {fatalities:NUM} persone e ferendone {quantity:NUM}, {ATTR}.
air | isw | {actor1:RU_PL} hanno [lanciato|T] {quantity:NUM_BIG} droni Shahed e {quantity:NUM} missili contro l'Ucraina nella notte, prendendo di mira {location+:NAME}.
air | wire | Una [bomba guidata ha colpito|T] un supermercato {location:CITY_A}: {fatalities:NUM} morti e {quantity:NUM_BIG} feriti, {ATTR}.
air | headline | {location:NAME}, [bombe plananti|T] sulla città: {fatalities:NUM} vittime
air | wire | Un [drone russo ha centrato|T] un minibus a {location:NAME} {time:TIME}, ferendo {quantity:NUM} passeggeri, {ATTR}.
air | official | [Velivoli senza pilota|T] ucraini hanno attaccato una raffineria a {location:RUNAME} {time:TIME}, {ATTR_RU}.
air | wire | {source:SRC_RU} ha [negato|denial] che i suoi aerei abbiano [bombardato|T] un mercato a {location:NAME}.
air | telegram | ⚠️ {location:NAME}: [attacco di droni|T]! Una casa privata in fiamme, {fatalities:NUM} morti.
air | wire | {actor1:RU_PL} [avrebbero|hedge] [usato|T] {DRONE} contro un convoglio umanitario vicino a {location:NAME}, {ATTR}.
air | mt | [Russia|actor1] ha [lanciato un attacco di drone|T] su {location:NAME} sopra la notte, uccidendo {fatalities:NUM} civili, [ha detto|attr] l'[ufficiale|source].
shell | wire | {actor1#*:RU_PL} hanno [bombardato|T] {location:PLACE} e [colpito|T#2=air] con droni {location#2:VILLAGE} {time#*:TIME}, {ATTR}.
shell | wire | {actor1:RU_PL} hanno [lanciato|T] {MISSILE} contro {location:CITY} {time:TIME}: {fatalities:NUM} morti e {quantity:NUM} feriti, {ATTR}.
shell | wire | {source:SRC_RU} ha [negato|denial] di aver [colpito|T] civili a {location:NAME}, sostenendo di aver centrato solo obiettivi militari.
shell | telegram | 🔴 [Bombardamento|T] su {location:VNAME}: {quantity:NUM} feriti, tra cui un bambino. Nessun morto.
shell | isw | {actor1:RU_PL} hanno [colpito|T] {location:CITY} con un missile balistico Iskander-M {time:TIME}, {ATTR}.
shell | headline | {location:NAME}, [attacco missilistico|T]: sale a {fatalities:NUM} il bilancio dei morti
shell | official | Nelle ultime 24 ore {actor1:RU_PL} hanno [bombardato|T] {quantity:NUM_BIG} centri abitati {location:REGION_DI}, {ATTR_UA}.
shell | wire | {source:SRC_SG} {SAID_SG} che {actor1:RU_PL} hanno [colpito|T] {location+:VNAME} con {MISSILE}.
shell | wire | Il [fuoco dell'artiglieria|T] [avrebbe|hedge] danneggiato la scuola {location:VILLAGE_DI} {time:TIME}.
shell | headline | {location:NAME}, [missile|T] su un impianto energetico - [governatore|source]
shell | wire | {actor1:UA_PL} hanno [bombardato|T] {location:RUNAME}, nella regione di confine russa, {time:TIME}, ferendo {quantity:NUM} persone, {ATTR_RU}.
shell | telegram | {location:NAME}. [Arrivo|T] in centro città. Tutti nei rifugi!
shell | wire | [Bombardamenti|T] {location+:CITY_SU} {time:TIME}: {ATTR}.
ied | wire | Una [mina|T] ha ucciso {fatalities:NUM} uomini che raccoglievano legna vicino {location:PLACE_A}, {ATTR}.
ied | isw | [Partigiani|actor1] [avrebbero|hedge] [fatto esplodere un ordigno|T] sotto un camion militare russo a {location:NAME}.
ied | headline | {location:NAME}, [autobomba|T] uccide un funzionario dell'occupazione
ied | official | Un civile è rimasto ferito per l'[esplosione di una mina|T] su una strada vicino {location:VILLAGE_A} {time:TIME}, {ATTR}.
ied | wire | Un [ordigno esplosivo improvvisato|T] ha danneggiato i binari vicino a {location:RUNAME}, {ATTR_RU}.
grenade | wire | Un [militare ubriaco|actor1] ha [lanciato una granata|T] contro i commilitoni vicino a {location:NAME}, uccidendone {fatalities:NUM}, {ATTR}.
grenade | isw | Un [aggressore sconosciuto|actor1] ha [lanciato una granata|T] nel cortile della polizia di occupazione a {location:NAME} {time:TIME}.
grenade | wire | {quantity:NUM} persone sono rimaste ferite per lo [scoppio di una granata|T] a una fermata dell'autobus a {location:NAME}, {ATTR}.
grenade | headline | {location:NAME}, [uomo|actor1] [lancia una granata|T] contro gli addetti al reclutamento
chem | wire | {source:SRC_RU} ha [smentito|denial] che {actor1:RU_PL} abbiano [usato armi chimiche|T] vicino a {location:NAME}.
chem | isw | {actor1:RU_PL} [continuano a usare|T] munizioni chimiche vicino a {location:VNAME}, {ATTR_UA}.
chem | headline | {location:NAME}, soldati ucraini in ospedale dopo un [attacco con gas|T]
chem | wire | {actor1:RU_PL} [avrebbero|hedge] [sganciato munizioni all'ammoniaca|T] vicino a {location:VNAME} {time:TIME}, {ATTR}.
suicide | wire | {source:SRC_SG} ha [smentito|denial] le notizie secondo cui un [attentatore suicida|T] avrebbe colpito la guarnigione di {location:NAME}.
suicide | headline | {location:NAME}, [attacco suicida|T] a un posto di blocco: {fatalities:NUM} soldati morti
suicide | wire | Una [donna|actor1] si è [fatta esplodere|T] all'ingresso di un edificio della polizia a {location:RUNAME} {time:TIME}, {ATTR}.
# ---------------------------------------------------------------- civili
sexual | wire | La procura ha incriminato un [soldato russo|actor1] che [avrebbe|hedge] [violentato|T] una donna {location:VILLAGE_A}.
sexual | official | Gli investigatori hanno registrato {quantity:NUM} casi di [violenza sessuale|T] {actor1:RU_PL_DA} {location:REGION_A}, {ATTR_UA}.
sexual | headline | {location:NAME}, le sopravvissute raccontano gli [stupri|T] dei soldati russi
sexual | wire | {source:SRC_RU} ha [negato|denial] che i suoi soldati abbiano [abusato sessualmente|T] di detenuti a {location:NAME}.
attack | wire | Un [soldato russo|actor1] ha [sparato|T] a un anziano nel suo orto {location:VILLAGE_A}, {ATTR}.
attack | official | {actor1:RU_PL} hanno [ucciso|T] {fatalities:NUM} {actor2:CIV_N} a {location:NAME} {time:TIME}, {ATTR_UA}.
attack | headline | {location:VNAME}, {fatalities:NUM} civili [giustiziati|T]: indaga la procura
attack | wire | {source:SRC_RU} ha [negato|denial] che le sue truppe abbiano [sparato|T] su soldati che si arrendevano vicino a {location:VNAME}.
attack | isw | {actor1:RU_IRREG} [avrebbero|hedge] [giustiziato|T] {fatalities:NUM} prigionieri ucraini vicino a {location:VNAME}.
abduct | wire | {source:SRC_UA} {SAID_SG} che {actor1:RU_PL} hanno [prelevato e portato via|T] {quantity:NUM} {actor2:CIV_N} {location:VILLAGE_DI}.
abduct | isw | Le [autorità di occupazione|actor1] [avrebbero|hedge] [rapito|T] un consigliere comunale a {location:NAME}.
abduct | headline | {location:NAME}, il sindaco [rapito|T] dagli occupanti
abduct | official | {quantity:NUM_BIG} bambini ucraini sono stati [deportati illegalmente|T] {location:REGION_DI} in Russia, {ATTR_UA}.
abduct | wire | {source:SRC_RU} ha [negato|denial] di aver [rapito|T] civili a {location:NAME}.
# ---------------------------------------------------------------- proteste
protest | wire | {actor1:CIVILIANS} hanno [tenuto una veglia|T] a {location:ABROAD} {time:TIME} per le vittime dell'attacco su {NAME}.
protest | official | [Alcuni attivisti|actor1] hanno [manifestato|T] davanti al consolato russo a {location:ABROAD}, {ATTR}.
protest | headline | {location:ABROAD}, migliaia alla [manifestazione|T] per l'Ucraina
protest | telegram | {location:NAME}: in corso una [manifestazione|T] a sostegno dei prigionieri di guerra sul Maidan.
protest | mt | [Tatari di Crimea|actor1] hanno [messo in scena|T] una protesta silenziosa in {location:ABROAD} contro la detenzione di attivisti.
protest_int | wire | La [polizia|actor1] ha [fermato|T] {quantity:NUM} persone che deponevano fiori a un memoriale a {location:ABROAD} {time:TIME}, {ATTR}.
protest_int | isw | Le [autorità russe|actor1] hanno [fermato|T] le mogli dei soldati mobilitati che protestavano a {location:ABROAD}.
protest_int | headline | {location:ABROAD}, la [polizia|actor1] [scioglie|T] il corteo contro la guerra: decine di fermi
protest_int | official | {quantity:NUM_BIG} [manifestanti|actor1] sono stati [fermati|T] a {location:ABROAD} {time:TIME}, {ATTR}.
excessive | wire | La [polizia|actor1] ha [sparato proiettili di gomma|T] sui manifestanti a {location:ABROAD}, ferendone {quantity:NUM}, {ATTR}.
excessive | headline | {location:ABROAD}, la [polizia antisommossa|actor1] [picchia|T] i dimostranti
excessive | isw | {actor1:RU_PL} hanno [disperso con la violenza|T] una protesta nella {location:NAME} occupata, {ATTR}.
excessive | telegram | {location:ABROAD}: la [polizia|actor1] [sta picchiando|T] manifestanti pacifici in questo momento.
violent_demo | wire | [Alcuni rivoltosi|actor1] hanno [assaltato|T] un commissariato a {location:RUNAME} dopo l'annuncio della mobilitazione, {ATTR}.
violent_demo | headline | {location:ABROAD}, i [manifestanti|actor1] [lanciano molotov|T] contro la polizia
violent_demo | official | {quantity:NUM} agenti sono rimasti feriti durante i [disordini|T] a {location:ABROAD}, {ATTR}.
violent_demo | wire | I [manifestanti|actor1] hanno [bruciato|T] pneumatici e si sono scontrati con la polizia a {location:ABROAD} {time:TIME}.
mob | wire | Gli [abitanti del villaggio|actor1] hanno [aggredito|T] l'auto dei reclutatori militari {location:VILLAGE_A}, {ATTR}.
mob | headline | {location:NAME}, la [folla incendia|T] la casa di un presunto collaborazionista
mob | official | Un [gruppo di residenti ha picchiato|T] un uomo sospettato di guidare il tiro russo a {location:NAME}, {ATTR}.
mob | isw | Una [folla ha attaccato|T] agenti della Rosgvardia a {location:RUNAME} {time:TIME}.
# ---------------------------------------------------------------- sviluppi strategici
agreement | wire | {source:SRC_SG} {SAID_SG} che [Russia e Ucraina|actor1] si sono [scambiate|T] {quantity:NUM_BIG} prigionieri grazie alla mediazione degli Emirati.
agreement | isw | [Funzionari russi e ucraini|actor1] hanno [effettuato uno scambio di prigionieri|T] {time:TIME}, {ATTR}.
agreement | headline | [Kiev e Mosca|actor1] si [scambiano|T] i corpi di {quantity:NUM_BIG} soldati caduti
agreement | official | È stata [concordata una tregua locale|T] per evacuare i civili da {location:NAME}, {ATTR}.
arrests | wire | {source:SRC_UA} {SAID_SG} di aver [arrestato|T] un ex funzionario a {location:NAME} sospettato di collaborare con gli occupanti.
arrests | isw | Le [autorità russe|actor1] hanno [arrestato|T] {quantity:NUM} persone a {location:RUNAME} con l'accusa di preparare sabotaggi.
arrests | headline | {location:NAME}, [due fermati|T]: segnalavano i bersagli ai missili russi
arrests | official | L'Fsb ha [fermato|T] un residente di {location:RUNAME} per aver inviato denaro all'esercito ucraino, {ATTR_RU}.
change | wire | {source:SRC_RU} {SAID_SG} che {actor1:RU_F} si sono [ritirate|T] dalla riva occidentale del Dnipro vicino a {location:NAME}.
change | isw | {actor1:RU_PL} [stanno trasferendo|T] forze da {location:NAME} verso la direzione di Pokrovsk, {ATTR}.
change | headline | Kiev [abbassa|T] a 25 anni l'età della mobilitazione
change | official | È stata annunciata {time:TIME} l'[evacuazione obbligatoria|T] di {quantity:NUM_BIG} centri abitati {location:REGION_DI}, {ATTR}.
disrupted | wire | {actor1:UA_PL} hanno [intercettato|T] {quantity:NUM_BIG} droni Shahed lanciati nella notte, {ATTR_UA}.
disrupted | isw | La [difesa aerea ucraina|actor1] ha [abbattuto|T] {quantity:NUM} missili da crociera Kh-101 {location:REGION_SU} {time:TIME}.
disrupted | headline | {location:NAME}, la [contraerea|actor1] [distrugge|T] {quantity:NUM_BIG} droni
disrupted | telegram | 🔥 Meno {quantity:NUM} Shahed su {location:NAME}! La [contraerea|actor1] ha [fatto il suo lavoro|T].
disrupted | official | La [guerra elettronica|actor1] ha [neutralizzato|T] {quantity:NUM_BIG} droni nemici {location:REGION_SU}, {ATTR_UA}.
disrupted | wire | La [difesa aerea russa|actor1] ha [abbattuto|T] {quantity:NUM_BIG} droni {location:RUREGION_SU} e sulla Crimea {time:TIME}, {ATTR_RU}.
disrupted | mt | [Difese aeree|actor1] hanno [distrutto|T] {quantity:NUM_BIG} droni sopra la notte, l'[Aeronautica|source] [ha detto in un Telegram post|attr].
hq | wire | {actor1:RU_PL} hanno [allestito|T] un ospedale da campo e una caserma in un asilo {location:VILLAGE_DI}, {ATTR}.
hq | isw | {actor1:RU_PL} hanno [stabilito|T] una base logistica vicino a {location:NAME}, [secondo|attr] le [immagini satellitari|source].
hq | official | Le [truppe russe|actor1] hanno [stazionato|T] mezzi e personale nella centrale nucleare di {location:NAME}, {ATTR_UA}.
looting | wire | {source:SRC_UA} {SAID_SG} che {actor1:RU_PL} hanno [incendiato|T] le case {location:VILLAGE_DI} prima di andarsene.
looting | isw | Le [forze russe|actor1] [avrebbero|hedge] [saccheggiato|T] la collezione del museo di {location:NAME}.
looting | headline | {location:VNAME}, i [russi|actor1] in ritirata [minano e devastano|T] il villaggio
looting | official | Gli [occupanti|actor1] hanno [distrutto|T] la stazione di pompaggio dell'acqua di {location:NAME}, {ATTR_UA}.
transfer | wire | In base all'accordo, le [truppe russe|actor1] hanno [consegnato|T] {location:VNAME} alla parte ucraina senza combattere, {ATTR}.
transfer | isw | {actor1:RU_M} sono [entrati|T] a {location:VNAME} senza opposizione dopo che le forze ucraine avevano lasciato il villaggio.
transfer | headline | {location:NAME} [passa di mano|T] senza combattere
other | wire | Un'[esplosione|T] di origine sconosciuta ha danneggiato una linea elettrica vicino a {location:NAME} {time:TIME}, {ATTR}.
other | isw | Le immagini satellitari mostrano un vasto [incendio|T] nella base aerea vicino a {location:RUNAME}.
other | headline | [Allerta aerea|T] in tutta {location:REGION}
other | telegram | {location:NAME}: [forti esplosioni|T]. Restate nei rifugi.
# ---------------------------------------------------------------- politica
diplo | wire | {actor1:LEADERS} ha [ospitato|T] {actor2:LEADERS} a {location:ABROAD} {time:TIME}, {ATTR}.
diplo | isw | {actor1:LEADERS} ha [incontrato|T] {actor2:LEADERS} a margine del vertice di {location:ABROAD}.
diplo | headline | {actor1:LEADERS} e {actor2:LEADERS}, [colloqui|T] a {location:ABROAD}
diplo | official | {actor1:LEADERS} ha [avuto una conversazione telefonica|T] con {actor2:LEADERS} {time:TIME}, {ATTR}.
diplo | wire | {actor1:LEADERS} [[sarà|future]|T] a {location:ABROAD} la prossima settimana per incontrare {actor2:LEADERS}, {ATTR}.
aid | wire | {actor1:STATES} ha [promesso|T] altri {quantity:NUM} sistemi di difesa aerea all'Ucraina {time:TIME}, {ATTR}.
aid | isw | {actor1:RU_ALLIES} [avrebbe|hedge] [trasferito|T] munizioni d'artiglieria alla Russia.
aid | headline | {actor1:STATES}, [in arrivo|T] i caccia F-16 per Kiev
aid | official | {actor1:STATES} ha [consegnato|T] {quantity:NUM_BIG} obici {actor2:UA_PL_A}, {ATTR}.
aid | wire | {source:SRC_SG} ha [smentito|denial] che {actor1:RU_ALLIES} abbia [fornito|T] droni alla Russia.
aid | mt | {actor1:STATES} [[fornirà|future]|T] all'Ucraina {quantity:NUM_BIG} veicoli corazzati, [ha detto|attr] il [ministro della Difesa|source] in una dichiarazione.
ceasefire | wire | {actor1:STATES} ha [[proposto|future]|T] un cessate il fuoco di 30 giorni, {ATTR}.
ceasefire | isw | Il [Cremlino|actor1] ha [[ventilato|future]|T] il congelamento della linea del fronte, proposta respinta da Kiev.
ceasefire | headline | {actor1:LEADERS} [[presenta|future]|T] un piano di pace per l'Ucraina
ceasefire | official | {actor1:LEADERS} ha [[chiesto|future]|T] un cessate il fuoco immediato intorno alla centrale nucleare di {location:NAME}.
sanctions | wire | {actor1:STATES} ha [inserito|T] {quantity:NUM_BIG} entità nella lista delle sanzioni {time:TIME}, {ATTR}.
sanctions | isw | {actor1:STATES} ha [sanzionato|T] aziende del complesso militare-industriale russo.
sanctions | headline | {actor1:STATES}, [nuove sanzioni|T] contro le compagnie di navigazione russe
sanctions | official | {actor1:STATES} ha [prorogato|T] di sei mesi le restrizioni contro le banche russe, {ATTR}.
threat | wire | {actor1:THREATENERS} ha [accusato|T] l'Ucraina di bombardare {location:NAME}, {ATTR}.
threat | isw | I funzionari del Cremlino [continuano a minacciare|T] i Paesi della Nato per gli attacchi a lungo raggio.
threat | headline | {actor1:THREATENERS} [minaccia|T] Kiev di nuovi attacchi
threat | official | {actor1:THREATENERS} ha [avvertito|T] che gli attacchi a {location:RUNAME} non resteranno senza risposta.
losses | wire | La [Russia|actor1] ha [perso|T] circa {quantity:NUM_BIG} soldati nella battaglia per {location:NAME}, {ATTR_UA}.
losses | isw | {source:SRC_RU} [sostiene|attr] che le [perdite|T] ucraine abbiano superato {quantity:NUM_BIG} uomini nell'ultima settimana.
losses | official | Le [perdite|T] complessive del nemico dal 24.02.22 a oggi ammontano a circa {quantity:NUM_BIG} uomini, {ATTR_UA}.
losses | headline | [Mosca|source]: l'[Ucraina|actor1] ha [perso|T] {quantity:NUM_BIG} soldati vicino a {location:NAME} in una settimana
# ---------------------------------------------------------------- negativi con slot
NEG:opinion | opinion | Il bombardamento di {NAME} ricorda che questa guerra colpisce i civili, e il mondo deve dirlo.
NEG:opinion | opinion | Credo che la caduta di {NAME} sarebbe una catastrofe per l'Europa.
NEG:opinion | opinion | {LEADERS} merita rispetto per aver rifiutato di scambiare {NAME} con una tregua fragile.
NEG:analysis | analysis | Il controllo di {NAME} conta perché la città si trova sull'unica strada asfaltata verso {NAME}.
NEG:analysis | isw | L'Isw continua a ritenere che le forze russe stiano cercando di accerchiare {NAME}.
NEG:analysis | analysis | I combattimenti intorno a {NAME} mostrano come la Russia scambi uomini per metri.
NEG:analysis | isw | Le affermazioni dei blogger russi su {VNAME} mirano probabilmente a esagerare i guadagni russi.
NEG:history | history | {NAME} fu bombardata per la prima volta nell'estate del 2014.
NEG:history | history | Nel 2022 le truppe russe occuparono {VNAME} per sei settimane prima di ritirarsi.
NEG:history | history | La battaglia per {NAME} nel 2023 è costata decine di migliaia di vite.
NEG:history | history | Come molti villaggi intorno a {NAME}, {VNAME} fu fondato dai cosacchi nel Settecento.
NEG:hypothetical | analysis | Se le forze russe raggiungessero {NAME}, l'intero fianco meridionale sarebbe scoperto.
NEG:hypothetical | wire | Un attacco su {NAME} potrebbe arrivare in qualsiasi momento, [dicono|attr] i [funzionari|source], ma finora non ne sono stati segnalati.
NEG:hypothetical | opinion | Se {LEADERS} incontrasse Putin, di cosa parlerebbero?
NEG:hypothetical | wire | Qualsiasi tregua dovrebbe includere {NAME}, [ha detto|attr] {source:LEADERS}.
NEG:question | wire | {NAME} sarà il prossimo obiettivo dell'offensiva russa?
NEG:question | headline | {NAME} può cadere prima dell'inverno?
NEG:question | opinion | Perché l'Occidente esita ancora a inviare missili a lungo raggio?
NEG:question | wire | Chi ha lanciato il missile che ha colpito il mercato? Gli investigatori se lo chiedono ancora.
NEG:capability | wire | I droni a lungo raggio possono volare per ore e colpire obiettivi nelle retrovie.
NEG:capability | analysis | La Russia può produrre circa 3.000 kit per bombe plananti al mese, [stimano|attr] gli [analisti|source].
NEG:capability | wire | Il sistema Patriot è in grado di abbattere missili balistici.
NEG:prediction | wire | I funzionari si aspettano che la Russia intensifichi gli attacchi su {NAME} dopo le elezioni.
NEG:prediction | isw | Le forze russe continueranno probabilmente le operazioni offensive vicino a {VNAME} nei prossimi giorni.
NEG:prediction | analysis | I prossimi mesi decideranno se {NAME} potrà essere difesa.
NEG:prediction | telegram | ⚠️ {NAME}: stanotte alto rischio di missili balistici, non ignorate gli allarmi.
NEG:advance_towards | isw | Le forze russe hanno continuato ad avanzare verso {NAME} da est.
NEG:advance_towards | wire | Le truppe russe sono a cinque chilometri da {NAME}, [dicono|attr] i [funzionari|source].
NEG:advance_towards | telegram | Il nemico cerca di sfondare verso {VNAME}, la situazione è difficile.
NEG:advance_towards | headline | Le truppe russe stringono il cerchio su {NAME}
NEG:advance_towards | analysis | Le unità ucraine avanzano verso {NAME} ma non hanno raggiunto la periferia.
NEG:occupied_background | wire | Nella {NAME} occupata si è tenuto un voto farsa sotto lo sguardo di soldati armati.
NEG:occupied_background | wire | Le famiglie sono fuggite dalla {NAME} occupata dai russi attraverso un posto di blocco.
NEG:occupied_background | wire | La vita nella città occupata di {NAME} è diventata più dura da quando il ponte è chiuso.
NEG:occupied_background | wire | {NAME}, sotto occupazione dal 2022, ha perso metà della popolazione.
NEG:background_participle | wire | Il ponte distrutto vicino a {NAME} non è mai stato ricostruito.
NEG:background_participle | wire | I bambini della città da poco liberata di {NAME} sono tornati a scuola.
NEG:background_participle | wire | Nel centro bombardato di {NAME} restano aperti solo pochi negozi.
NEG:background_participle | wire | I soccorritori hanno scavato per il terzo giorno tra le macerie del palazzo bombardato di {NAME}.
NEG:other | wire | Gli agricoltori vicino a {NAME} hanno iniziato il raccolto nonostante il pericolo delle mine.
NEG:other | wire | Secondo l'Onu, più di {NUM_BIG} convogli umanitari hanno raggiunto {NAME} quest'anno.
NEG:other | wire | I treni tra {NAME} e {CAPITAL} riprenderanno il mese prossimo.
# ---------------------------------------------------------------- negativi con un evento reale
NEG:background_participle | wire | Il villaggio da poco liberato di {location:VNAME} è stato di nuovo [bombardato|T=shell] {time:TIME}, {ATTR}.
NEG:occupied_background | wire | Esplosioni nella {location:NAME} occupata {time:TIME}: [droni ucraini hanno colpito|T=air] un deposito di munizioni, {ATTR}.
NEG:history | history | {location:NAME}, bombardata per la prima volta nel 2014, è stata di nuovo [colpita da missili|T=shell] {time:TIME}.
NEG:advance_towards | isw | Le forze russe sono avanzate verso {NAME} e hanno [attaccato|T=clash] vicino a {location:VNAME} {time:TIME}.
NEG:analysis | analysis | L'[attacco|T=shell] su {location:NAME} {time:TIME} mostra che Mosca colpisce di nuovo la rete elettrica.
NEG:prediction | wire | {actor1:RU_PL} hanno [bombardato|T=shell] {location:NAME} {time:TIME} e le autorità si aspettano altri attacchi nei prossimi giorni.
# ---------------------------------------------------------------- passaggi scritti a mano
HAND:shell | wire | [Nella notte|time] le [truppe russe|actor1] hanno [bombardato|T] [Kupiansk|location+] e [Petropavlivka|location+], [ha riferito|attr] il [capo dell'amministrazione distrettuale|source]. A Petropavlivka una donna è rimasta ferita.
HAND:overtake | wire | Il [ministero della Difesa russo|source] [ha annunciato|attr] che le [sue truppe|actor1] hanno [liberato|T] un villaggio vicino a [Pokrovsk|location]. Lo Stato maggiore ucraino non ha confermato.
HAND:air | wire | Bombe guidate su [Kostiantynivka|location] verso mezzogiorno. «Il nemico ha [sganciato|T] due bombe sul centro», [ha scritto|attr] il [governatore|source]. [Tre|fatalities] i morti, sette i feriti.
HAND:disrupted | official | Nella notte del 12 ottobre il nemico ha attaccato con 40 droni d'attacco. Alle 9:00 la [difesa aerea|actor1] ne ha [abbattuti|T] [31|quantity], [riferisce|attr] l'[Aeronautica|source].
"""
