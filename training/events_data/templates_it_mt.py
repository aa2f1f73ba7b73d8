# ruff: noqa: E501
"""Italian as machine translation from English renders it: calques, English word order, odd articles."""

TEMPLATES = r"""
clash | mt | [Forze ucraine|actor1] hanno [respinto|T] un assalto russo vicino {location:VNAME} giovedì, l'[esercito|source] [ha detto in un aggiornamento|attr].
clash | mt | Pesante [combattimento|T] sta andando avanti in e intorno {location:NAME}, [ufficiali ucraini|source] [hanno detto|attr].
regain | mt | Le [forze di Kyiv|actor1] hanno [ripreso il controllo|T] di {location:VNAME} nella Zaporizhzhia regione, la [Ucraina|source] [ha detto|attr].
regain | mt | {actor1:UA_PL} hanno [liberato|T] l'insediamento di {location:VNAME}, il [comandante|source] [ha detto su Telegram|attr].
overtake | mt | La [Russia|source] [ha detto|attr] che le sue forze hanno [catturato|T] il villaggio di {location:VNAME} nella orientale Ucraina.
overtake | mt | [Truppe russe|actor1] hanno [{TV_OVERTAKE}|T] {location:VNAME}, il [Ministero della Difesa della Russia|source] [ha detto|attr] domenica.
chem | mt | [Russia|actor1] ha [usato gas lacrimogeno|T] proibito contro soldati ucraini in {location:NAME}, l'[esercito|source] [ha accusato|attr].
chem | mt | [Truppe russe|actor1] hanno [usato munizioni chimiche|T] in {location:VNAME} area, la [Ucraina|source] [ha detto|attr], in violazione della convenzione.
air | mt | Un [attacco di droni kamikaze|T] su {location:NAME} ha ucciso {fatalities:NUM} persone sopra la notte, il [sindaco|source] [ha detto|attr].
air | mt | La [Russia|actor1] ha [lanciato|T] {quantity:NUM_BIG} droni in un attacco notturno su {location:CITY}, [ufficiali|source] [hanno detto|attr] martedì.
air | mt | Una [bomba guidata ha colpito|T] un edificio residenziale in {location:NAME}, uccidendo {fatalities:NUM} e ferendo altri {quantity:NUM}, il [governatore|source] [ha detto|attr].
suicide | mt | Un [bombardiere suicida|T] ha ucciso {fatalities:NUM} persone in {location:RUNAME}, le [autorità|source] [hanno detto|attr], senza dare ulteriori dettagli.
suicide | mt | Un [uomo|actor1] si è [fatto esplodere|T] vicino a un checkpoint in {location:NAME}, la [polizia|source] [ha detto in una dichiarazione|attr].
shell | mt | La [Russia|source] [ha detto|attr] che le forze ucraine hanno [bombardato|T] {location:RUNAME}, uccidendo {fatalities:NUM} civili.
shell | mt | [Bombardamento|T] russo ha colpito {location:NAME} lunedì notte, uccidendo almeno {fatalities:NUM} persone e ferendone altre {quantity:NUM}, il [governatore regionale|source] [ha detto su Telegram|attr].
shell | mt | Il conteggio dei morti dall'[attacco missilistico|T] su {location:NAME} è salito a {fatalities:NUM}, [ufficiali|source] [hanno detto|attr].
shell | mt | [Russia|actor1] ha [colpito|T] {location:CITY} con missili balistici durante la notte, [ha detto|attr] il [sindaco|source], aggiungendo che non ci sono vittime.
ied | mt | Una [mina terrestre|T] ha ucciso un contadino in {location:VNAME} area, le [autorità locali|source] [hanno detto|attr].
ied | mt | Un'[esplosione di autobomba|T] in {location:NAME} ha ucciso un ufficiale installato dalla Russia, [media russi|source] [hanno riportato|attr].
grenade | mt | Un [soldato|actor1] ha [lanciato una granata|T] in un edificio in {location:NAME}, ferendo {quantity:NUM} persone, la [polizia|source] [ha detto|attr].
grenade | mt | {quantity:NUM} persone sono state ferite quando una [granata è esplosa|T] in {location:NAME}, [ufficiali|source] [hanno detto|attr].
sexual | mt | I [soldati russi|actor1] hanno [violentato|T] donne in {location:VNAME} villaggio, i [procuratori|source] [hanno detto|attr].
sexual | mt | La Ucraina ha aperto indagini su [violenza sessuale|T] da [truppe russe|actor1] in {location:NAME}, il [procuratore generale|source] [ha detto|attr].
attack | mt | [Soldati russi|actor1] hanno [sparato|T] a un'auto di civili in {location:NAME}, uccidendo {fatalities:NUM}, la [polizia|source] [ha detto|attr].
attack | mt | Le [forze russe|actor1] hanno [ucciso|T] civili che cercavano di lasciare {location:VNAME}, [testimoni|source] [hanno detto a Reuters|attr].
abduct | mt | Le [forze russe|actor1] hanno [rapito|T] il sindaco di {location:NAME}, [ufficiali ucraini|source] [hanno detto|attr], chiamandolo un crimine di guerra.
abduct | mt | Gli [occupanti|actor1] hanno [deportato|T] bambini da {location:NAME} in Russia, la [Ucraina|source] [ha detto|attr].
protest | mt | [Migliaia|actor1] hanno [protestato|T] in {location:ABROAD} contro la guerra sabato, portando bandiere ucraine.
protest | mt | Residenti di occupata {location:NAME} hanno [tenuto una manifestazione|T] contro la Russia, il video mostra.
protest_int | mt | La [polizia russa|actor1] ha [detenuto|T] più di {quantity:NUM_BIG} persone a proteste contro la guerra in {location:ABROAD}, un [gruppo di monitoraggio|source] [ha detto|attr].
protest_int | mt | [Manifestanti|actor1] sono stati [detenuti|T] in {location:ABROAD} dopo che hanno deposto fiori, [OVD-Info|source] [ha detto|attr].
excessive | mt | [Truppe russe|actor1] hanno [sparato|T] su manifestanti in {location:NAME}, ferendo {quantity:NUM}, [ufficiali ucraini|source] [hanno detto|attr].
excessive | mt | La [polizia|actor1] ha [usato forza|T] contro manifestanti pacifici in {location:ABROAD}, video mostrano.
violent_demo | mt | [Manifestanti|actor1] hanno [dato fuoco|T] a un ufficio di arruolamento in {location:RUNAME}, i [media|source] [hanno riportato|attr].
violent_demo | mt | Proteste [sono diventate violente|T] in {location:ABROAD} come manifestanti hanno lanciato pietre a polizia.
mob | mt | Una [folla ha attaccato|T] ufficiali di reclutamento in {location:NAME}, la [polizia|source] [ha detto|attr], aprendo un caso.
mob | mt | Una [folla ha preso d'assalto|T] l'aeroporto di {location:RUNAME}, le [autorità|source] [hanno detto|attr].
agreement | mt | [Russia e Ucraina|actor1] hanno [scambiato|T] {quantity:NUM_BIG} prigionieri di guerra, [entrambi i lati|source] [hanno detto|attr].
agreement | mt | Le [parti|actor1] hanno [concordato|T] un corridoio umanitario da {location:NAME}, la [Ucraina|source] [ha detto|attr].
arrests | mt | La [SBU|actor1] ha [arrestato|T] un uomo in {location:NAME} sospettato di lavorare per la Russia, la [agenzia|source] [ha detto|attr].
arrests | mt | La [FSB|source] [ha detto|attr] che ha [detenuto|T] un uomo in {location:RUNAME} per tradimento.
change | mt | La [Russia|source] [ha detto|attr] che sta [ritirando|T] truppe da {location:NAME} per "ragruppare".
change | mt | [Autorità|actor1] hanno [ordinato evacuazione|T] obbligatoria da {location:NAME} area, il [governatore|source] [ha detto|attr].
disrupted | mt | La [Ucraina|source] [ha detto|attr] che ha [abbattuto|T] {quantity:NUM_BIG} dei droni lanciati dalla Russia sopra la notte.
disrupted | mt | La [Russia|source] [ha detto|attr] che le sue [difese aeree|actor1] hanno [intercettato|T] {quantity:NUM_BIG} droni ucraini sopra {location:RUREGION}.
hq | mt | [Forze russe|actor1] hanno [stabilito|T] una base in una scuola in {location:VNAME}, [residenti|source] [hanno detto|attr].
hq | mt | La [Russia|actor1] ha [stabilito quartier generale|T] in {location:NAME}, la [Ucraina intelligence|source] [ha detto|attr].
looting | mt | [Soldati russi|actor1] hanno [saccheggiato|T] case in {location:VNAME} prima di ritirarsi, [residenti|source] [hanno detto|attr].
looting | mt | [Forze russe|actor1] hanno [distrutto|T] il ponte in {location:NAME} come si ritiravano, la [Ucraina|source] [ha detto|attr].
transfer | mt | Le [forze russe|actor1] sono [entrate|T] in {location:NAME} senza combattimento dopo che forze ucraine hanno lasciato la città.
transfer | mt | Il controllo di {location:NAME} è stato [trasferito|T] a autorità installate dalla Russia, [media russi|source] [hanno detto|attr].
other | mt | [Esplosioni|T] sono state sentite in {location:NAME} sopra la notte, i [media locali|source] [hanno riportato|attr].
other | mt | Un [incendio|T] è scoppiato a un deposito di petrolio in {location:RUNAME}, il [governatore|source] [ha detto|attr].
diplo | mt | {actor1:LEADERS} ha [parlato|T] con {actor2:LEADERS} per telefono martedì, il [suo ufficio|source] [ha detto|attr].
diplo | mt | {actor1:LEADERS} ha fatto una [visita|T] non annunciata a {location:CAPITAL}, il [suo ufficio|source] [ha detto|attr].
aid | mt | {actor1:STATES} ha [annunciato|T] un nuovo pacchetto di aiuti militari di 400 milioni di dollari per la Ucraina.
aid | mt | {actor1:STATES} [[invierà|future]|T] più sistemi di difesa aerea alla Ucraina, il [ministro|source] [ha detto|attr].
ceasefire | mt | {actor1:LEADERS} ha [[proposto|future]|T] un cessate il fuoco di 30 giorni, [ha detto|attr] il [suo ufficio|source] in una dichiarazione.
ceasefire | mt | {actor1:LEADERS} ha [[chiamato per|future]|T] un cessate il fuoco immediato, dicendo che la guerra deve finire.
sanctions | mt | {actor1:STATES} ha [imposto|T] nuove sanzioni su Russia mirando il suo settore energetico.
sanctions | mt | {actor1:STATES} ha [sanzionato|T] {quantity:NUM_BIG} individui legati al Cremlino, il [dipartimento|source] [ha detto|attr].
threat | mt | {actor1:THREATENERS} ha [accusato|T] la Ucraina di attaccare civili in {location:RUNAME}.
threat | mt | {actor1:THREATENERS} ha [avvertito|T] l'Occidente che la Russia risponderà se missili a lungo raggio sono usati.
losses | mt | La [Ucraina|source] [ha detto|attr] che la [Russia|actor1] ha [perso|T] {quantity:NUM_BIG} soldati nelle ultime 24 ore.
losses | mt | La [Russia|source] [ha detto|attr] che le [perdite|T] ucraine nelle ultime 24 ore erano {quantity:NUM_BIG} militari.
"""
