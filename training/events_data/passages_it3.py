# ruff: noqa: E501
"""Italian passages written one by one for this project (third set): the errors the reader still
made on real prose, taught with positives and hard negatives that use the same words.

- Reparti spostati, ridispiegati, riorganizzati, ritirati per riposo, rinforzi trasferiti da un
  settore all'altro: `Change to group/activity` (nessun evento se lo spostamento è solo valutato o
  previsto), mai `Military aid` (uno Stato o un ente che dà armi, denaro o mezzi a un altro).
- Il lavoro dell'analista o dell'istituto («l'istituto ha aggiornato la sua valutazione», «secondo
  le valutazioni dell'istituto», «la mappa mostra») non è un evento: né sanzioni, né accordo, né
  contatto diplomatico.
- Titoli di sezione, righe di obiettivo ed etichette («Obiettivo russo: conquistare ...», «Sforzo
  principale – ...», «Punti chiave») non sono eventi, anche se contengono verbi di conquista.
- Modalità nelle frasi lunghe d'agenzia: la dichiarazione di una parte («secondo X», «– fa sapere X
  –», «ha detto X») è `reported` con la sua fonte, il condizionale e le cautele («avrebbe»,
  «sembrerebbe», «presumibilmente») `alleged`, la smentita `denied`, piani, minacce e proposte
  `planned`, l'affermazione piana del giornale `asserted`; più eventi per passaggio, legati con `#n`.

Ogni riga `HAND:<key>` è un esempio, reso come scritto; i negativi difficili sono righe
`NEG:<kind>+hand` (sintassi: engine.py). Nulla è copiato o parafrasato da testi di ../shared.
"""

IT = r"""
# ================================================================ reparti spostati: Change to group/activity, non aiuti
HAND:change | wire | Il [comando russo|actor1] ha [trasferito|T] parte della 7ª divisione d'assalto aviotrasportata dal settore di [Kherson|location] alla regione di Kursk, [secondo|attr] un [osservatore militare ucraino|source].
HAND:change | wire | L'[esercito ucraino|actor1] ha [spostato|T] diverse brigate dal sud per rafforzare la difesa di [Pokrovsk|location]: lo [hanno riferito|attr] [due ufficiali|source] sotto anonimato, secondo cui la linea lungo il Dnipro è ora più sottile.
HAND:change | wire | La [brigata|actor1] è stata [ritirata dalla prima linea|T] vicino a [Robotyne|location] per riposare e ricostituirsi dopo settimane di perdite pesanti, ha [spiegato|attr] il [portavoce|source] del raggruppamento.
HAND:change | headline | [Mosca|actor1] [sposta|T] riserve da [Zaporizhzhia|location] al fronte di Donetsk - [intelligence ucraina|source]
HAND:change | telegram | ⚡️ Il [nemico|actor1] si sta [raggruppando|T] vicino a [Vuhledar|location]: colonne di mezzi corazzati arrivano da Volnovakha ogni notte. Restate all'erta.
HAND:change | official | Le unità del [raggruppamento Dnipro|actor1] sono state [avvicendate|T] sulla testa di ponte di [Krynky|location] e sostituite con fanti di marina freschi, [ha comunicato|attr] il [portavoce del raggruppamento|source].
HAND:change | wire | La [Bielorussia|actor1] ha [inviato|T] un battaglione meccanizzato nella zona di [Gomel|location], a ridosso del confine ucraino, per quella che [Minsk|source] [definisce|attr] un'ispezione di prontezza.
HAND:change | mt | Il [comando degli occupanti|actor1] [trasferisce|T] unità d'assalto aggiuntive nella direzione di [Kurakhove|location] dalla direzione di Vuhledar, [informa|attr] il [portavoce del gruppo operativo-strategico|source].
HAND:change | wire | Le [forze russe|actor1] hanno [rafforzato|T] il loro raggruppamento vicino a [Vovchansk|location] con [due|quantity] reggimenti presi dalla riserva – [fa sapere|attr] lo [Stato maggiore ucraino|source] – e gli assalti si sono intensificati.
HAND:change | headline | [Kiev|actor1] [ritira|T] una brigata dal fianco di [Bakhmut|location] per riposo e riorganizzazione
HAND:change | wire | I [mercenari della Wagner|actor1] hanno [lasciato|T] i loro campi vicino a [Luhansk|location] e si sono diretti a nord in lunghe colonne, [raccontano|attr] gli [abitanti|source].
HAND:change | wire | [Mosca|actor1] ha [spostato|T] la maggior parte delle navi da sbarco della Flotta del Mar Nero da [Sebastopoli|location] verso porti più a est, [mostrano|attr] le [immagini satellitari|source].
HAND:change | official | Per rafforzare la difesa, il [comando|actor1] ha [schierato|T] unità aggiuntive nel settore di [Kupiansk|location], [riferisce|attr] lo [Stato maggiore di Kiev|source].
HAND:change | wire | [Kiev|actor1] avrebbe [riportato indietro|T] dalla [regione di Kursk|location] le ultime riserve meccanizzate per sostenere Pokrovsk: lo [ha detto|attr] un [alto ufficiale|source] alla Bbc.
HAND:change | telegram | Direzione di [Orikhiv|location]: gli [occupanti|actor1] stanno [facendo affluire|T] riserve fresche e munizioni. Un assalto è probabile nei prossimi giorni. [Voloshyn|source]
HAND:change | wire | Le [truppe russe|actor1] [starebbero|hedge] [spostando|T] l'artiglieria dalla riva sinistra del Dnipro verso [Melitopol|location], [secondo|attr] i [partigiani locali|source].
HAND:change | mt | Nella [regione di Belgorod|location] sono [arrivate|T] ulteriori [unità della Rosgvardia|actor1] per il rafforzamento del confine, [informa|attr] l'[amministrazione regionale|source].
HAND:change | headline | [Due|quantity] brigate [russe|actor1] [ridispiegate|T] dall'asse di [Kherson|location], [dice|attr] la [Marina ucraina|source]
HAND:change | wire | La [3ª brigata d'assalto|actor1] è stata [trasferita|T] in direzione di [Kharkiv|location], ha [annunciato|attr] l'[unità|source] in un comunicato, mesi dopo aver lasciato Avdiivka.
HAND:change | wire | Le [forze russe|actor1] [sembrerebbero|hedge] aver [concentrato|T] un grosso raggruppamento vicino a [Pokrovsk|location], sottraendo reparti a settori più tranquilli del fronte.
HAND:change | wire | Le [guardie di frontiera|actor1] hanno [rilevato|T] le posizioni lungo il confine vicino a [Sumy|location] da una brigata dell'esercito inviata a est, [ha spiegato|attr] un [portavoce del Servizio di frontiera|source].
HAND:change | wire | [Soldati nordcoreani|actor1] sono stati [spostati|T] dai poligoni dell'Estremo Oriente alla [regione di Kursk|location], [sostiene|attr] l'[intelligence sudcoreana|source].
HAND:change | telegram | 🔁 Rotazione: la nostra [brigata|actor1] ha [ceduto|T] le posizioni vicino a [Siversk|location] e va a riposare. Grazie a tutti quelli che ci hanno sostenuto.
HAND:change | wire | La [Russia|actor1] ha [cominciato a ritirare|T] aerei dalla base di [Belbek|location], in Crimea, dopo una serie di attacchi con droni ucraini, [secondo|attr] l'[intelligence militare di Kiev|source].
HAND:change | mt | Le [forze armate ucraine|actor1] [presumibilmente|hedge] hanno [ritirato|T] unità da [Krynky|location] sulla riva destra del Dnipro, hanno scritto i [blogger militari russi|source] secondo loro.
HAND:change | headline | La [flotta russa|actor1] [porta via|T] i sottomarini da [Novorossiysk|location] dopo gli attacchi con droni
HAND:change | wire | Il [dicastero della Difesa di Mosca|source] ha [fatto sapere|attr] che le [unità|actor1] del raggruppamento Sud sono state [rischierate|T] nei pressi di [Bakhmut|location] dopo il ritiro della Wagner.
HAND:change | mt | Il [comando ucraino|actor1] ha [ritirato per riposo|T] la 47ª brigata meccanizzata dalla direzione di [Avdiivka|location], il [portavoce|source] [ha detto|attr] a giornalisti, e la brigata sarà ricompletata.
# ------------------------------------------------ veri aiuti militari accanto a reparti spostati
HAND:aid | wire | La [Polonia|actor1] ha [consegnato|T] all'Ucraina gli ultimi caccia MiG-29, [ha detto|attr#1] il [ministero della Difesa polacco|source#1], mentre [reparti ucraini|actor1#2] venivano [spostati|T#2=change] verso nord.
HAND:aid | wire | L'[Unione europea|actor1] ha [trasferito|T] [1,5 miliardi di euro|quantity] provenienti dai beni russi congelati per l'acquisto di armi destinate a Kiev, [fa sapere|attr] [Bruxelles|source].
HAND:aid | headline | La [Finlandia|actor1] [invia|T] a Kiev il suo 25° pacchetto di aiuti militari
HAND:aid | official | L'[Estonia|actor1] ha [consegnato|T] un nuovo carico di munizioni d'artiglieria da 155 mm alle Forze armate ucraine, [ha annunciato|attr] il [ministero della Difesa estone|source].
HAND:aid | wire | L'[Iran|actor1] [avrebbe|hedge] [fornito|T] alla Russia centinaia di missili balistici a corto raggio, [secondo|attr] [funzionari dell'intelligence europea|source].
HAND:aid | mt | La [Repubblica Ceca|actor1] ha [trasferito|T] all'Ucraina il prossimo lotto di proiettili nel quadro dell'iniziativa sulle munizioni, [informa|attr] il [ministero della difesa ceco|source].
HAND:aid | wire | La [Corea del Nord|actor1] ha [spedito|T] per ferrovia milioni di proiettili d'artiglieria alla Russia, [sostiene|attr] [Seul|source].
# ------------------------------------------------ negativi: spostamenti solo valutati o previsti
NEG:prediction+hand | wire | Secondo gli analisti, le forze russe probabilmente ridispiegheranno parte della 20ª armata verso Kupiansk quando i combattimenti vicino a Lyman si saranno calmati.
NEG:prediction+hand | wire | Kiev potrebbe dover spostare le riserve dal sud per tenere Pokrovsk, avvertono gli esperti militari.
NEG:analysis+hand | analysis | Secondo le valutazioni dell'istituto, il comando russo non può trasferire altre forze a Kursk senza indebolire l'offensiva nella regione di Donetsk.
NEG:hypothetical+hand | analysis | Se Mosca ritirasse i paracadutisti dal fronte di Zaporizhzhia, lo schieramento meridionale si assottiglierebbe pericolosamente.
NEG:analysis+hand | analysis | Il trasferimento di una brigata da un settore all'altro richiede settimane, e il comando russo di rado impiega le riserve fresche un pezzo alla volta.
NEG:other+hand | wire | Un convoglio con viveri e medicinali per i villaggi in prima linea è partito martedì da Dnipro, ha fatto sapere l'associazione benefica.
NEG:capability+hand | analysis | La Russia è in grado di spostare una divisione dall'Estremo Oriente al confine ucraino in una decina di giorni, via ferrovia.
NEG:prediction+hand | wire | La brigata si aspetta di essere avvicendata a Chasiv Yar prima dell'inverno, ha detto uno dei suoi ufficiali.
NEG:analysis+hand | analysis | Le forze russe potrebbero star riorganizzandosi vicino a Siversk, ma l'istituto non ha osservato conferme.
NEG:question+hand | wire | Dove troverà Mosca le truppe per una nuova offensiva? A Kiev le risposte sono diverse.
NEG:history+hand | history | Nel novembre 2022 la Russia spostò quasi tutti i suoi reparti oltre il Dnipro in poche notti, lasciando vuota la riva destra.
# ================================================================ il lavoro dell'analista non è un evento
NEG:analysis+hand | analysis | L'istituto ha aggiornato la sua valutazione sulla situazione nella regione di Kursk alla luce di nuove informazioni sulle avanzate russe.
NEG:analysis+hand | analysis | Secondo le valutazioni dell'istituto, le sanzioni sul petrolio russo non hanno ancora ridotto la capacità di Mosca di finanziare la guerra.
NEG:analysis+hand | analysis | Questo rapporto copre gli eventi tra il 3 e il 5 marzo e non include le dichiarazioni diffuse dopo le 14.
NEG:analysis+hand | analysis | La mappa allegata mostra le avanzate russe valutate e i contrattacchi ucraini rivendicati dall'inizio del mese.
NEG:analysis+hand | analysis | Il nostro gruppo di ricerca ha rivisto al rialzo la stima delle perdite russe intorno ad Avdiivka.
NEG:analysis+hand | analysis | L'istituto continuerà a seguire le notizie su un possibile accordo di cessate il fuoco e aggiornerà questa valutazione di conseguenza.
NEG:analysis+hand | mt | Istituto per lo studio della guerra (ISW) ha aggiornato la valutazione di accordo sul Mar Nero, dicendo che non è ancora in grado di giudicare.
NEG:analysis+hand | analysis | L'ultima analisi dell'istituto, pubblicata venerdì, sostiene che colloqui tra Mosca e Washington sono improbabili prima della primavera.
NEG:analysis+hand | analysis | In precedenza avevamo valutato che le forze russe avrebbero cercato di accerchiare Kupiansk da nord.
NEG:other+hand | analysis | La mappa qui sopra riflette le informazioni disponibili alle 15 ora locale del 14 maggio.
NEG:analysis+hand | analysis | In questo approfondimento vediamo come le sanzioni occidentali stanno cambiando l'industria della difesa russa.
NEG:other+hand | wire | La Kyiv School of Economics ha pubblicato giovedì una stima aggiornata dei danni di guerra alle infrastrutture ucraine.
NEG:analysis+hand | analysis | Gli analisti dell'istituto hanno aggiornato il monitoraggio dei contatti diplomatici russi con i Paesi africani.
NEG:analysis+hand | analysis | Stando ai calcoli dell'istituto, i nuovi pacchetti di sanzioni hanno avuto un effetto sempre minore dal 2023.
NEG:other+hand | wire | Leggi qui l'ultimo aggiornamento sulla campagna, con le mappe interattive aggiornate ogni giorno.
NEG:analysis+hand | analysis | Abbiamo modificato la nostra valutazione del controllo del terreno vicino a Toretsk dopo aver esaminato nuovi video dei combattimenti.
NEG:analysis+hand | analysis | L'analisi che segue ripercorre gli incontri tra funzionari russi e cinesi nell'ultimo anno.
NEG:other+hand | wire | Il Kiel Institute ha aggiornato mercoledì la sua banca dati degli impegni verso l'Ucraina, contando le promesse fino ad agosto.
NEG:analysis+hand | analysis | La valutazione dell'istituto sull'ordine di battaglia russo vicino a Kharkiv resta invariata.
NEG:analysis+hand | analysis | Lo studio esamina se un accordo negoziato sia possibile senza garanzie di sicurezza per Kiev.
NEG:other+hand | analysis | Nota: l'istituto non riceve materiale classificato da alcun governo e si basa solo su fonti aperte.
NEG:analysis+hand | mt | Secondo le valutazioni di istituto, le sanzioni imposte dall'Occidente hanno rallentato la produzione di missili ma non l'hanno fermata.
# ================================================================ titoli di sezione, obiettivi ed etichette non sono eventi
NEG:other+hand | analysis | Obiettivo russo: conquistare il resto della regione di Luhansk e avanzare su Sloviansk.
NEG:other+hand | analysis | Sforzo principale – Ucraina orientale (obiettivo: accerchiare le truppe ucraine nel Donbas e prendere l'intera regione di Donetsk)
NEG:other+hand | analysis | Punti chiave
NEG:other+hand | analysis | Sforzo di supporto n. 2 – Asse meridionale (obiettivo: difendere le aree occupate e respingere le forze ucraine)
NEG:other+hand | analysis | Controffensive ucraine (sforzi ucraini per liberare il territorio)
NEG:other+hand | analysis | Obiettivo: prendere Pokrovsk e tagliare la strada di rifornimento verso Kostiantynivka
NEG:other+hand | analysis | Attività nelle aree occupate (obiettivo russo: consolidare il controllo amministrativo)
NEG:other+hand | analysis | Mobilitazione russa e generazione delle forze
NEG:other+hand | headline | Diretta: offensiva russa vicino a Kupiansk, giorno 14
NEG:other+hand | analysis | Operazioni difensive ucraine nel saliente di Kursk
NEG:other+hand | telegram | 📍 MAPPA DEL GIORNO: chi controlla cosa intorno a Chasiv Yar
NEG:other+hand | analysis | Gli sforzi russi per conquistare Vuhledar e le alture circostanti
NEG:other+hand | analysis | Capitolo 3: bombardamenti e attacchi aerei sulle infrastrutture energetiche
NEG:other+hand | analysis | Sviluppi principali delle operazioni militari in corso al 2 dicembre:
NEG:other+hand | headline | Cronologia: la battaglia di Avdiivka, dal primo assalto al ritiro
NEG:other+hand | analysis | Scopo dei russi: accerchiare e occupare Kurakhove prima dell'inverno
NEG:other+hand | analysis | Aiuti militari occidentali ed elusione delle sanzioni russe (nessun aggiornamento significativo)
NEG:other+hand | history | Secondo capitolo: la caduta di Mariupol e l'assedio dell'Azovstal
NEG:other+hand | analysis | Operazioni informative e narrazioni russe
NEG:other+hand | telegram | 🗓 Riepilogo della settimana: attacchi, assalti, scambi — tutto in un solo post
NEG:other+hand | analysis | Sforzo principale russo: attacco verso Siversk e Kramatorsk da est
NEG:other+hand | analysis | Attività partigiana ucraina nel sud occupato
NEG:other+hand | mt | Sforzo ausiliario russo n. 1 – Città di Kharkiv (obiettivo: respingere forze ucraine dal confine)
NEG:other+hand | analysis | Obiettivo di Mosca nel settore di Zaporizhzhia: riprendere le posizioni perse intorno a Robotyne
# ================================================================ modalità nelle frasi lunghe, più eventi
HAND:overtake | wire | Le [forze russe|actor1] hanno [conquistato|T] [Novohrodivka|location], nella regione di Donetsk: lo [ha annunciato|attr#1] [martedì|time] il [ministero della Difesa russo|source#1], ma lo [Stato maggiore ucraino|source#2] [ha smentito|denial#2] la [caduta|T#2] della città.
HAND:shell | wire | L'[artiglieria ucraina|actor1] ha [colpito|T] [Horlivka|location] nella notte, [secondo|attr#1] il [sindaco insediato dai russi|source#1], mentre a nord le [truppe russe|actor1#2] [avrebbero|hedge#2] [centrato|T#2] una scuola di [Kupiansk|location#2] con una bomba guidata.
HAND:diplo | wire | [Rustem Umerov|actor1] ha [incontrato|T] gli [inviati americani|actor2] a [Gedda|location] [lunedì|time], [riferisce|attr#1] il suo [ufficio|source#1], e le due parti [[terranno|future#2]|T#2=diplo] un secondo round di colloqui a Riad la prossima settimana.
HAND:air | wire | La [Russia|actor1] ha [lanciato|T] [più di 60|quantity] droni su [Kiev|location] nella notte; un [altro attacco|T#2] su [Bila Tserkva|location#2] [avrebbe|hedge#2] danneggiato una sottostazione elettrica, [riportano|attr#2] i [media locali|source#2].
HAND:clash | wire | Le [truppe ucraine|actor1] hanno [respinto|T] [sei|quantity] assalti vicino a [Huliaipole|location] venerdì – [ha detto|attr#1] il [portavoce del comando sud|source#*] – che ha [smentito le notizie secondo cui|denial#2] i [russi|actor1#2] sarebbero [entrati|T#2=overtake] nei quartieri orientali della città.
HAND:ceasefire | wire | [Mosca|actor1] ha [[proposto|future#1]|T] una tregua di tre giorni intorno alla centrale di [Enerhodar|location], [fa sapere|attr#1] il [Cremlino|source#1], mentre [droni russi|actor1#2] [attaccavano|T#2=air] [Nikopol|location#2] sull'altra sponda del fiume.
HAND:shell | wire | [Almeno quattro|fatalities] persone sono morte quando i [missili|T] hanno colpito un condominio a [Dnipro|location] giovedì, e la [Difesa russa|source#2] ha [sostenuto|attr#2] che le sue [forze|actor1#2] avevano [distrutto|T#2=shell] un deposito di munizioni ucraino a [Pavlohrad|location#2].
HAND:regain | wire | Le [forze ucraine|actor1] [avrebbero|hedge#1] [riconquistato|T] posizioni a ovest di [Robotyne|location], [secondo|attr#1] [video geolocalizzati|source#1], ma i [blogger russi|source#2] [insistono|attr#2] che le loro [truppe|actor1#2] hanno [respinto|T#2=clash] l'attacco.
HAND:arrests | wire | La [Sbu|actor1] ha [arrestato|T] [due|quantity] uomini a [Odessa|location] [sospettati|hedge#2] di aver [dato fuoco|T#2=looting] a mezzi militari su ordine di referenti russi, [ha fatto sapere|attr#1] il [servizio|source#1] mercoledì.
HAND:overtake | wire | Le [truppe russe|actor1] [potrebbero aver|hedge] [occupato|T] il villaggio di [Vodiane|location], [dicono|attr] [blogger militari ucraini|source], anche se la brigata che lo difende non conferma la perdita.
HAND:change | wire | L'[esercito ucraino|actor1] si è [ritirato|T] da [Ocheretyne|location] «per preservare il personale», [ha detto|attr] domenica un [comandante|source], aggiungendo che l'[aviazione russa|actor1#2] aveva [sganciato|T#2=air] decine di bombe plananti sul villaggio prima del ripiegamento.
HAND:shell | headline | [Kiev|source#1]: «[Mosca|actor1] ha [bombardato|T] l'ospedale di [Kherson|location]». Il [Cremlino|source#2] [nega|denial#2] di aver [preso di mira|T#2] i [civili|actor2#2]
HAND:agreement | wire | [Russia e Ucraina|actor1] si sono [scambiate|T] [95|quantity] prigionieri ciascuna venerdì, [hanno reso noto|attr#1] [entrambe le parti|source#1], e gli [Emirati|actor1#2] [[faranno|future#2] da mediatori|T#2=diplo] anche per il prossimo scambio, [ha aggiunto|attr#2] un [funzionario emiratino|source#2].
HAND:air | wire | Un [drone russo|T] [sembrerebbe|hedge#1] aver colpito un'auto a [Kherson|location] martedì, uccidendo [un|fatalities] uomo, mentre a [Zaporizhzhia|location#2] una [bomba guidata|T#2] ha danneggiato [tre|quantity#2] condomini, [ha detto|attr#2] il [governatore|source#2].
HAND:sanctions | wire | Il [Giappone|actor1] ha [imposto|T] nuove sanzioni alle banche russe venerdì, [ha comunicato|attr#1] il [governo|source#1], e il [Canada|actor1#2] [dovrebbe|future#2] [seguire|T#2=sanctions] la prossima settimana.
HAND:shell | wire | L'[Ucraina|actor1] ha [lanciato|T] [quattro|quantity] missili Atacms contro un aeroporto vicino a [Luhansk|location] nella notte, [ha detto|attr#1] una [fonte militare ucraina|source#1] alla Reuters; la [[Russia|actor1#2]|source#2] [afferma|attr#2] di averli [intercettati|T#2=disrupted] tutti.
HAND:attack | wire | [Soldati russi|actor1] [avrebbero|hedge] [ucciso|T] a colpi d'arma da fuoco [due|fatalities] [civili|actor2] a un posto di blocco vicino a [Vovchansk|location], [sostengono|attr] i [procuratori ucraini|source]; il Cremlino non ha commentato.
HAND:diplo | wire | [Erdogan|actor1#*] ha [avuto un colloquio telefonico|T] con [Putin|actor2] [domenica|time], [riferisce|attr] [Ankara|source], e si è [[offerto|future#2]|T#2=ceasefire] ancora una volta di ospitare colloqui di pace diretti a Istanbul.
HAND:overtake | headline | [Mosca|source#1] [rivendica|attr#1] la [presa|T] di [Kurakhove|location]; [Kiev|source#2]: «[Combattimenti|T#2=clash] ancora in corso in città»
HAND:disrupted | wire | La contraerea ha [abbattuto|T] [38|quantity] droni sulla [regione di Kiev|location], [ha detto|attr] l'[aeronautica|source], e la [Russia|actor1#2] [avrebbe|hedge#2] [usato|T#2=air] per la prima volta Shahed a reazione nell'attacco su [Kiev|location#2].
HAND:looting | wire | Le [truppe russe|actor1] hanno [fatto saltare|T] una diga sul fiume Vovcha vicino a [Kurakhove|location], [accusano|attr#1] [funzionari ucraini|source#1], allagando le trincee a valle; [Mosca|source#2] [ha smentito|denial#2] di averla [distrutta|T#2].
HAND:clash | official | Nelle ultime 24 ore le [truppe russe|actor1] hanno [attaccato|T] [37|quantity] volte in direzione di [Pokrovsk|location], e le nostre unità hanno [distrutto|T#2=losses] [quattro|quantity#2] carri armati, [riferisce|attr] lo [Stato maggiore|source].
HAND:abduct | wire | Le [forze russe|actor1] [avrebbero|hedge] [fermato|T] [tre|quantity] insegnanti a [Melitopol|location] che si rifiutavano di seguire il programma russo, [denuncia|attr] il [sindaco in esilio|source]; le [autorità di occupazione|#0] [negano|#0] qualsiasi arresto.
HAND:clash | wire | Si [combatte|T] a [Ocheretyne|location], [riferisce|attr#1] il [portavoce della brigata|source#1], mentre [secondo|attr#2] il [ministero russo|source#2] i [suoi reparti|actor1#2] [avrebbero|hedge#2] già [preso|T#2=overtake] il vicino villaggio di [Novobakhmutivka|location#2].
HAND:shell | mt | [Forze armate ucraine|actor1] hanno [bombardato|T] [Donetsk|location] con artiglieria di calibro 155 millimetri, [informa|attr] [rappresentanza della DNR nel JCCC|source], [presumibilmente|hedge] usando munizioni a grappolo.
# ================================================================ stesse parole, nessun evento
NEG:other+hand | wire | Le autorità ucraine hanno bollato come propaganda russa le voci secondo cui l'esercito starebbe per abbandonare Huliaipole.
NEG:hypothetical+hand | wire | Se la Russia conquistasse Kurakhove, la strada verso la regione di Zaporizhzhia sarebbe aperta, ha osservato l'analista.
NEG:analysis+hand | analysis | Secondo le valutazioni dell'istituto, le rivendicazioni russe sulla presa di Novomykhailivka sono probabilmente premature.
NEG:question+hand | headline | La Russia ha davvero preso Vuhledar? Cosa sappiamo
NEG:prediction+hand | wire | Per ora i colloqui con Washington non sono all'ordine del giorno, ha detto il portavoce del Cremlino.
NEG:opinion+hand | opinion | Una tregua senza garanzie è una pausa per riarmarsi, non la pace.
"""
