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
HAND:change | wire | [Kiev|actor1] [avrebbe|hedge] [riportato indietro|T] dalla [regione di Kursk|location] le ultime riserve meccanizzate per sostenere Pokrovsk: lo [ha detto|attr] un [alto ufficiale|source] alla Bbc.
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
HAND:overtake | wire | Le [forze russe|actor1] hanno [conquistato|T] [Novohrodivka|location#*], nella regione di Donetsk: lo [ha annunciato|attr#1] [martedì|time] il [ministero della Difesa russo|source#1], ma lo [Stato maggiore ucraino|source#2] [ha smentito|denial#2] la [caduta|T#2] della città.
HAND:shell | wire | L'[artiglieria ucraina|actor1] ha [colpito|T] [Horlivka|location] nella notte, [secondo|attr#1] il [sindaco insediato dai russi|source#1], mentre a nord le [truppe russe|actor1#2] [avrebbero|hedge#2] [centrato|T#2] una scuola di [Kupiansk|location#2] con una bomba guidata.
HAND:diplo | wire | [Rustem Umerov|actor1] ha [incontrato|T] gli [inviati americani|actor2] a [Gedda|location] [lunedì|time], [riferisce|attr#1] il suo [ufficio|source#1], e le due parti [[terranno|future#2]|T#2=diplo] un secondo round di colloqui a Riad la prossima settimana.
HAND:air | wire | La [Russia|actor1] ha [lanciato|T] [più di 60|quantity] droni su [Kiev|location] nella notte; un [altro attacco|T#2] su [Bila Tserkva|location#2] [avrebbe|hedge#2] danneggiato una sottostazione elettrica, [riportano|attr#2] i [media locali|source#2].
HAND:clash | wire | Le [truppe ucraine|actor1] hanno [respinto|T] [sei|quantity] assalti vicino a [Huliaipole|location] venerdì – [ha detto|attr#1] il [portavoce del comando sud|source#*] – che ha [smentito le notizie secondo cui|denial#2] i [russi|actor1#2] sarebbero [entrati|T#2=overtake] nei quartieri orientali della città.
HAND:ceasefire | wire | [Mosca|actor1] ha [[proposto|future#1]|T] una tregua di tre giorni intorno alla centrale di [Enerhodar|location], [fa sapere|attr#1] il [Cremlino|source#1], mentre [droni russi|actor1#2] [attaccavano|T#2=air] [Nikopol|location#2] sull'altra sponda del fiume.
HAND:shell | wire | [Almeno quattro|fatalities] persone sono morte quando i [missili hanno colpito|T] un condominio a [Dnipro|location] giovedì, e la [Difesa russa|source#2] ha [sostenuto|attr#2] che le sue [forze|actor1#2] avevano [distrutto|T#2=shell] un deposito di munizioni ucraino a [Pavlohrad|location#2].
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
# ================================================================ secondo passaggio: rinforzi tra settori (change, non aiuti)
HAND:change | wire | [Kiev|actor1] ha [inviato rinforzi|T] a [Kurakhove|location] dal settore di Vuhledar, dove i combattimenti si sono attenuati, [ha raccontato|attr] un [ufficiale ucraino|source] all'Afp.
HAND:change | wire | Il [comando militare russo|actor1] [avrebbe|hedge] [mandato|T] [due|quantity] reggimenti motorizzati dal fronte di Zaporizhzhia a rinforzare il raggruppamento vicino a [Toretsk|location].
HAND:change | headline | L'[Ucraina|actor1] [manda|T] riserve al confine di [Sumy|location] mentre i russi ammassano truppe
HAND:change | official | [Ulteriori unità|actor1] della Guardia nazionale sono state [schierate|T] in direzione di [Chernihiv|location] per rafforzare il confine, [ha reso noto|attr] il [ministero dell'Interno|source].
HAND:change | wire | L'[esercito russo|actor1] ha [trasportato|T] in treno un battaglione di carri T-90 dalla Crimea all'asse di [Pokrovsk|location] la settimana scorsa, [secondo|attr] un [gruppo partigiano ucraino|source] che sorveglia le ferrovie.
HAND:change | telegram | ⚡️ Il [nemico|actor1] sta [trasferendo|T] reparti aviotrasportati dalla direzione di Kherson verso [Kursk|location]. Attenzione alla riva sinistra: potrebbe essere una finta. [Pletenchuk|source]
HAND:change | mt | [Forze di occupazione russe|actor1] [ridispiegano|T] personale della 205ª brigata dalle isole del Dnipro alla zona di [Oleshky|location], [informa|attr] il [portavoce delle Forze di difesa del Sud|source].
HAND:change | wire | Dopo tre mesi nelle trincee vicino a [Chasiv Yar|location], la [brigata|actor1] è stata [rimandata|T] in un'area addestrativa nell'ovest del Paese per essere ricompletata, [ha spiegato|attr] il suo [comandante|source].
HAND:change | wire | La [Russia|actor1] ha [ammassato|T] [circa 50mila|quantity] soldati vicino a [Kursk|location] per una controffensiva, [ha detto|attr] lunedì [Zelensky|source], aggiungendo che tra loro ci sono militari nordcoreani.
HAND:change | headline | Reparti aviotrasportati [russi|actor1] [ritirati|T] dal fronte di [Kherson|location], [dice|attr] la [Marina ucraina|source]
HAND:change | wire | La [brigata Azov|actor1] ha [preso posizione|T] vicino a [Toretsk|location] dopo essere stata spostata dalla foresta di Kreminna, [riferiscono|attr] [funzionari locali|source].
HAND:change | official | Su decisione del comando, la [brigata|actor1] è stata [ritirata|T] dalla direzione di [Avdiivka|location] per ripristinare la capacità di combattimento, [ha dichiarato|attr] l'[addetto stampa della brigata|source].
HAND:change | wire | Le [forze russe|actor1] [avvicendano|T] i reparti nella foresta di [Kreminna|location] più spesso di prima, [racconta|attr] un [sergente ucraino|source] che combatte lì da un anno, «perché restano senza uomini».
HAND:change | wire | Un [noto blogger militare|source] [sostiene|attr] che il [comando russo|actor1] abbia [riportato|T] parte della 76ª divisione d'assalto aereo dalla [regione di Kursk|location] al fronte di Zaporizhzhia.
HAND:change | mt | [Esercito russo|actor1] ha [spostato|T] sistemi di difesa aerea lontano da costa vicino a [Skadovsk|location] dopo attacchi ucraini, [indica|attr] [filmato geolocalizzato|source].
# ------------------------------------------------ aiuti con gli stessi verbi
HAND:aid | wire | La [Germania|actor1] ha [inviato|T] [altri due|quantity] lanciatori Patriot all'Ucraina, [ha detto|attr] venerdì il [ministero della Difesa|source], pochi giorni dopo che Kiev aveva spostato le sue unità antiaeree a protezione di Odessa.
HAND:aid | headline | Il [Regno Unito|actor1] [trasferisce|T] a Kiev un prestito da [2,26 miliardi di sterline|quantity] per le armi
HAND:aid | wire | La [Bielorussia|actor1] ha [fornito|T] alla Russia proiettili d'artiglieria dalle proprie scorte, [secondo|attr] l'[intelligence ucraina|source], mentre Minsk nega di aver mandato truppe.
HAND:aid | wire | I [Paesi Bassi|actor1] [[consegneranno|future]|T] entro fine anno i restanti F-16 all'Ucraina, [ha detto|attr] il [ministro della Difesa olandese|source], mentre il primo squadrone è già schierato vicino al fronte.
HAND:aid | official | La [Svezia|actor1] [stanzia|T] il suo 18° pacchetto di sostegno militare all'Ucraina, che comprende aerei di sorveglianza, [informa|attr] il [governo svedese|source].
# ------------------------------------------------ negativi: parole dello spostamento, nessuno spostamento riferito
NEG:analysis+hand | analysis | L'istituto non è in grado di confermare in modo indipendente le notizie su un ridispiegamento di reparti russi da Kherson a Kursk.
NEG:prediction+hand | wire | Si prevede che la Russia trasferisca altre truppe a Kursk quando il terreno gelerà, ha detto un funzionario occidentale.
NEG:capability+hand | analysis | Le ferrovie ucraine permettono a Kiev di spostare una brigata da sud a est più in fretta di quanto Mosca muova le sue riserve.
NEG:hypothetical+hand | wire | Se la Russia ritirasse i fanti di marina dalle isole del Dnipro, le barche ucraine potrebbero muoversi più liberamente, ha detto il portavoce.
NEG:opinion+hand | opinion | Spostare brigate da un incendio all'altro non sostituisce la creazione di brigate nuove.
NEG:other+hand | wire | Il ministero della Difesa ha fatto sapere che per motivi di sicurezza non commenta i movimenti delle truppe.
NEG:question+hand | headline | Perché la Russia sta togliendo truppe da Zaporizhzhia?
NEG:analysis+hand | analysis | Le rotazioni sono diventate più rare su entrambi i fronti, man mano che manca la fanteria.
NEG:history+hand | history | Nella primavera del 2022 la Russia riorganizzò le sue forze dopo la ritirata da Kiev e spostò lo sforzo principale sul Donbas.
NEG:other+hand | wire | Sabato a Kiev alcune decine di familiari dei soldati hanno manifestato per chiedere termini certi di servizio e la smobilitazione.
# ================================================================ secondo passaggio: lavoro degli analisti, rapporti e mappe
NEG:analysis+hand | analysis | Valutiamo con moderata fiducia che il Cremlino stia preparando l'opinione pubblica a una nuova ondata di mobilitazione.
NEG:analysis+hand | analysis | Questo aggiornamento si concentra sull'asse di Kharkiv; le altre direzioni saranno trattate nel rapporto di domani.
NEG:analysis+hand | analysis | Il grafico qui sotto mostra il numero di droni Shahed lanciati ogni mese da settembre 2022.
NEG:analysis+hand | analysis | L'istituto ha già riferito in passato degli sforzi russi per arruolare migranti nelle forze armate.
NEG:analysis+hand | analysis | Il nostro database conta 1.200 episodi di bombardamento nella regione di Kherson tra gennaio e giugno.
NEG:analysis+hand | analysis | L'istituto ha rivisto la sua mappa della direzione di Kupiansk dopo nuovi filmati dalla zona di Synkivka.
NEG:other+hand | wire | Il centro studi ha annunciato martedì che le sue valutazioni quotidiane includeranno d'ora in poi gli schieramenti nordcoreani.
NEG:analysis+hand | analysis | Nelle fonti aperte non abbiamo trovato prove che sia stato raggiunto un accordo sullo scambio di prigionieri.
NEG:analysis+hand | analysis | Il rapporto, che copre i negoziati del 2022 e del 2023, conclude che entrambe le parti li hanno usati per guadagnare tempo.
NEG:analysis+hand | analysis | Oggi l'istituto non pubblica una valutazione completa: la copertura abituale riprenderà lunedì.
NEG:analysis+hand | analysis | La nostra valutazione delle nuove sanzioni contro la flotta russa è riportata nell'allegato.
NEG:analysis+hand | analysis | Continuiamo a ritenere che le forze russe non abbiano le riserve per sfruttare i guadagni vicino a Pokrovsk.
NEG:other+hand | telegram | 📊 Il nostro team di analisti ha preparato una nuova mappa. Rosso: controllo russo, blu: zone contese. Iscrivetevi!
NEG:analysis+hand | analysis | Secondo la valutazione attuale dell'istituto, l'Ucraina controlla ancora la parte settentrionale di Chasiv Yar.
NEG:analysis+hand | mt | La valutazione pubblicata oggi copre gli accordi russi con Iran e Corea del Nord per droni e proiettili, scrive l'istituto.
NEG:analysis+hand | analysis | I ricercatori dell'istituto hanno raccolto in una cronologia tutte le visite diplomatiche a Mosca dal 2022.
# ================================================================ secondo passaggio: titoli, elenchi e didascalie
NEG:other+hand | analysis | Operazioni ucraine in territorio russo (regioni di Kursk e Belgorod)
NEG:other+hand | analysis | Sforzo di supporto n. 3 – Fronte di Zaporizhzhia (obiettivo: riprendere Robotyne e spingersi verso Orikhiv)
NEG:other+hand | analysis | Sforzo principale – Direzione di Pokrovsk (obiettivo: occupare Pokrovsk e Myrnohrad e arrivare al confine della regione di Dnipropetrovsk)
NEG:other+hand | wire | Cosa sappiamo finora:
NEG:other+hand | analysis | Obiettivo russo: conquistare Chasiv Yar e assicurarsi le alture prima di attaccare Kostiantynivka
NEG:other+hand | headline | Guerra Russia-Ucraina, giorno 812: gli eventi principali
NEG:other+hand | telegram | ❗️ Le cose principali a quest'ora:
NEG:other+hand | analysis | Didascalia: vista satellitare del ponte distrutto vicino a Kurakhove, 12 ottobre.
NEG:other+hand | analysis | Adattamenti tecnologici russi
NEG:other+hand | analysis | Parte 2. Gli attacchi all'energia: chi, dove e con cosa
NEG:other+hand | headline | La mappa: dove sono avanzate le forze russe questa settimana
NEG:other+hand | mt | Sforzo principale subordinato russo n. 2 – asse di Kupiansk (obiettivo: spingere fino a fiume Oskil e prendere Kupiansk)
NEG:other+hand | analysis | Attività significative in Bielorussia (obiettivo bielorusso: evitare un coinvolgimento diretto)
NEG:other+hand | analysis | Giudizi chiave: 1) le forze russe continueranno ad attaccare vicino a Toretsk; 2) l'Ucraina terrà Pokrovsk durante l'inverno.
# ================================================================ secondo passaggio: modalità, un evento, la fonte in posti diversi
HAND:overtake | wire | [Secondo|attr] il [ministero della Difesa russo|source], che non ha fornito prove, le sue [truppe|actor1] hanno [preso il controllo di|T] [Petropavlivka|location], vicino a Kupiansk.
HAND:overtake | wire | Le [forze russe|actor1] – [sostiene|attr] giovedì il [Cremlino|source] – hanno [conquistato|T] [Krasnohorivka|location], cittadina a ovest di Donetsk.
HAND:shell | wire | L'[Ucraina|actor1] avrebbe [probabilmente|hedge] [colpito|T] un deposito di munizioni a [Toropets|location] nella notte, come suggerisce una serie di forti esplosioni riprese in video.
HAND:shell | wire | Il [ministero russo della Difesa|source] ha [respinto le accuse secondo cui|denial] le sue [forze|actor1] avrebbero [sparato|T] sulla centrale nucleare di [Enerhodar|location], dando la colpa a droni ucraini.
HAND:air | wire | Un [drone ucraino|T] [potrebbe aver|hedge] causato l'incendio nella raffineria di [Tuapse|location], [hanno detto|attr] le [autorità locali|source], senza però accusare esplicitamente Kiev.
HAND:clash | wire | [Si ritiene|hedge] che le [truppe russe|actor1] stiano [combattendo|T] alla periferia di [Kurakhove|location], ma l'[esercito ucraino|source#9] [assicura|attr#9] che la città è ancora sotto il suo controllo.
HAND:regain | wire | Le [truppe ucraine|actor1] hanno [ripreso|T] [Kamianske|location] sul fronte di Zaporizhzhia, [ha detto|attr] un [portavoce di brigata|source] in un videomessaggio; Mosca non ha commentato.
HAND:diplo | wire | [Sergei Lavrov|actor1] [[si recherà|future]|T] ad [Ankara|location] la prossima settimana per colloqui con l'omologo turco, [riferiscono|attr] i [media statali russi|source].
HAND:threat | wire | [Dmitry Peskov|actor1] ha [accusato|T] [Kiev|actor2] di preparare una «provocazione» alla centrale di [Enerhodar|location], senza fornire prove.
HAND:ceasefire | wire | L'[Ucraina|actor1] ha [[proposto|future]|T] uno stop agli attacchi contro le infrastrutture energetiche durante l'inverno, [ha detto|attr] ai giornalisti a Bruxelles il [ministro degli Esteri Andrii Sybiha|source].
HAND:shell | wire | [Mosca|source] [ha negato|denial] che le sue [forze|actor1] abbiano [lanciato|T] il missile caduto su un ospedale pediatrico di [Kiev|location], attribuendo il danno ai frammenti di un intercettore ucraino.
HAND:losses | wire | L'[Ucraina|actor1] ha [perso|T] [oltre 1.000|quantity] soldati nella [regione di Kursk|location] nell'ultimo giorno, [sostiene|attr] il [ministero della Difesa russo|source]; Kiev parla di cifre inventate.
HAND:arrests | wire | La [polizia russa|actor1] avrebbe [presumibilmente|hedge] [fermato|T] [decine di|quantity] persone a un raduno contro la guerra a [Ekaterinburg|location], [riferisce|attr] [OVD-Info|source] citando gli avvocati.
HAND:overtake | analysis | Le [forze russe|actor1] hanno [occupato|T] [Zhuravka|location], [come mostrano|attr] [filmati geolocalizzati|source] diffusi il [9 marzo|time].
HAND:agreement | wire | [Russia e Ucraina|actor1] hanno [concordato|T] la restituzione di [1.200|quantity] prigionieri ciascuna, [ha detto|attr] il [ministro degli Esteri turco|source], anche se la data dello scambio resta incerta.
HAND:abduct | wire | Le [autorità di occupazione|actor1] di [Kakhovka|location] avrebbero [presumibilmente|hedge] [deportato|T] [40|quantity] bambini in Russia, [denuncia|attr] il [difensore civico ucraino|source]; Mosca parla di evacuazione.
HAND:shell | headline | La [Russia|actor1] [colpisce|T] il porto di [Odessa|location] con un missile balistico, [dice|attr] [Kiev|source]
HAND:shell | headline | [Kiev|source] [smentisce|denial]: nessun [bombardamento|T] sulla città di [Kurchatov|location] vicino alla centrale
HAND:overtake | headline | La [Russia|actor1] [avrebbe|hedge] [preso|T] [Selydove|location] già da giorni, [secondo|attr] gli [analisti|source]
HAND:regain | headline | Le truppe [ucraine|actor1] [riconquistano|T] due villaggi vicino a [Kharkiv|location], [dice|attr] lo [Stato maggiore|source]
HAND:diplo | headline | [Zelensky|actor1] [[incontrerà|future]|T] [Trump|actor2] a [Washington|location] venerdì – [ufficio presidenziale|source]
# ================================================================ secondo passaggio: più eventi, modalità miste
HAND:air | wire | [Droni russi|actor1] hanno [colpito|T] un impianto energetico a [Odessa|location] nella notte, [ha detto|attr#1] il [governatore Oleh Kiper|source#1]; l'[Ucraina|actor1#2], dal canto suo, [avrebbe|hedge#2] [centrato|T#2] un deposito di petrolio a [Krasnodar|location#2], [secondo|attr#2] [canali Telegram locali|source#2].
HAND:overtake | wire | [Mosca|source#1] [afferma|attr#1] che le sue [truppe|actor1#1] hanno [preso|T] [Memryk|location#1]; [Kiev|source#2] ha [respinto|denial#2] la notizia che il villaggio sia [caduto|T#2].
HAND:diplo | wire | [Macron|actor1] ha [ricevuto|T] [Zelensky|actor2] a [Parigi|location] giovedì, e i due leader [[andranno|future#2]|T#2] insieme a [Berlino|location#2] la prossima settimana, [fa sapere|attr] l'[Eliseo|source].
HAND:shell | wire | L'[artiglieria ucraina|actor1] ha [bombardato|T] [Vasylivka|location] martedì, [sostiene|attr#1] l'[amministrazione di occupazione|source#1], e [tre|quantity#2] [civili|actor2#2] [sarebbero|hedge#2] rimasti feriti quando una [mina|T#2=ied] è esplosa vicino a [Tokmak|location#2].
HAND:sanctions | wire | Il [Regno Unito|actor1] ha [sanzionato|T] [sei|quantity] petroliere della flotta ombra russa lunedì, e [Bruxelles|actor1#2] [prepara|future#2] un [nuovo pacchetto|T#2=sanctions] che, [secondo|attr#2] [diplomatici Ue|source#2], potrebbe essere approvato entro giugno.
HAND:change | wire | Le [truppe russe|actor1] hanno [abbandonato|T] le posizioni sulle isole del Dnipro vicino a [Kherson|location] la settimana scorsa, [secondo|attr#1] la [Marina ucraina|source#1], e i [marines ucraini|actor1#2] sono [entrati|T#2=regain] lunedì sull'isola di [Velykyi Potomkin|location#2], ha [aggiunto|attr#2] la [Marina|source#2].
HAND:aid | wire | [Washington|actor1] ha [approvato|T] un nuovo pacchetto di armi da [300 milioni di dollari|quantity] per l'Ucraina, e [Mosca|actor1#2] ha [minacciato|T#2=threat] ritorsioni contro qualsiasi Stato permetta a Kiev di colpire in profondità la Russia, [riferisce|attr#2] l'[agenzia Tass|source#2].
HAND:clash | official | [Sette|quantity] [scontri|T] sono avvenuti vicino a [Siversk|location] nell'ultimo giorno, [secondo|attr] lo [Stato maggiore|source]; il [nemico|actor1#2] ha anche [lanciato|T#2=air] [86|quantity#2] droni kamikaze, per lo più sul sud.
# ================================================================ terzo passaggio: i sotto-tipi più deboli sul test
# ------------------------------------------------ Other: esplosioni e incendi di origine ignota, incidenti
HAND:other | wire | Ore 2.40 – Una serie di [esplosioni|T] ha scosso [Dzhankoi|location], nel nord della Crimea: le autorità di occupazione parlano di «lavori programmati», mentre i residenti riferiscono di un incendio vicino alla stazione.
HAND:other | headline | [Incendio|T] in una raffineria a [Volgograd|location], cause in corso di accertamento
HAND:other | wire | Un [elicottero militare russo|#0] è [precipitato|T] vicino a [Novorossiysk|location] durante un volo di addestramento, [fa sapere|attr] il [ministero della Difesa russo|source], che esclude un attacco.
HAND:other | mt | In [Belgorod|location] è [scoppiato|T] incendio in magazzino di impresa industriale, [informa|attr] il [MCHS regionale|source]. Le vittime non ci sono.
HAND:other | telegram | ⚡️ [Kharkiv|location]: [forte boato|T] nella zona industriale, non c'era allarme aereo. Aspettiamo informazioni ufficiali.
HAND:other | wire | Un [deposito di munizioni|#0] è [saltato in aria|T] nei pressi di [Toropets|location] nella notte, costringendo all'evacuazione di parte della città; le autorità russe non hanno indicato la causa, [riferisce|attr] la [Tass|source].
HAND:other | official | [Alle 6.15|time] si è verificata un'[interruzione di corrente|T] nella [centrale nucleare di Zaporizhzhia|location]: i generatori diesel sono entrati in funzione, [ha comunicato|attr] l'[Aiea|source].
HAND:other | wire | Un [aereo da trasporto|#0] Il-76 si è [schiantato|T] vicino a [Yablonovo|location], nella regione di Belgorod: Mosca sostiene che a bordo c'erano prigionieri ucraini, Kiev chiede un'indagine internazionale.
NEG:other+hand | wire | L'allarme aereo è stato revocato alle 5.10 in tutte le regioni centrali, ha fatto sapere l'aeronautica.
NEG:other+hand | wire | Le autorità hanno presentato un piano per ricostruire entro due anni la sottostazione distrutta a Kharkiv.
NEG:analysis+hand | analysis | Gli incendi nelle raffinerie russe sono aumentati dall'inizio dell'anno, ma non tutti sono dovuti ai droni.
NEG:history+hand | history | L'esplosione che nel 2022 danneggiò il ponte di Crimea fu il primo grande colpo a un simbolo dell'annessione.
# ------------------------------------------------ Change: spostamenti, rotazioni, coprifuoco, evacuazioni
HAND:change | wire | Il [comando ucraino|actor1] ha [ritirato|T] dalla linea del fronte vicino a [Chasiv Yar|location] una brigata meccanizzata dissanguata, sostituendola con due battaglioni di fanteria, [ha spiegato|attr] un [ufficiale|source].
HAND:change | headline | [Zaporizhzhia|location], [coprifuoco esteso|T] dalle 22: decisione dell'[amministrazione militare|actor1]
HAND:change | wire | Le [autorità regionali|actor1] hanno [disposto l'evacuazione obbligatoria|T] dei bambini da [Kupiansk|location] e da [nove|quantity] villaggi vicini, [riferisce|attr] il [governatore|source].
HAND:change | mt | [Russia|actor1] [ha ritirato|T] il suo sistema S-400 dalla penisola di [Tarkhankut|location] dopo attacco ucraino, [dice|attr] [intelligence britannica|source].
HAND:change | telegram | ⚡️ Le [unità nemiche|actor1] stanno [lasciando|T] le posizioni sulla riva del bacino vicino a [Vasylivka|location]: sugli schermi dei droni si vedono solo trincee vuote.
HAND:change | wire | [Mosca|actor1] ha [richiamato|T] dal fronte di [Kherson|location] i reparti della 7ª divisione aviotrasportata per rinforzare la regione di Kursk, [secondo|attr] [fonti militari ucraine|source].
NEG:prediction+hand | wire | Secondo il portavoce, la brigata sarà avvicendata solo quando arriveranno i nuovi mobilitati, forse in primavera.
NEG:analysis+hand | analysis | Le forze russe potrebbero spostare altre riserve verso Pokrovsk, ma finora non ci sono prove di grandi movimenti.
# ------------------------------------------------ Attack: violenza contro civili e prigionieri
HAND:attack | wire | [Soldati russi|actor1] hanno [giustiziato|T] [tre|fatalities] [prigionieri di guerra ucraini|actor2] vicino a [Robotyne|location], [denuncia|attr] la [procura generale ucraina|source], che ha aperto un'indagine sulla base di un video.
HAND:attack | headline | [Kherson|location], [drone russo|actor1] [insegue e uccide|T] un [ciclista|actor2]: la denuncia di [Prokudin|source]
HAND:attack | wire | Un [civile|actor2] di 64 anni è stato [ucciso a colpi d'arma da fuoco|T] da [militari russi|actor1] mentre tornava a casa a [Oleshky|location], [riferisce|attr] il [sindaco in esilio|source].
HAND:attack | mt | [Occupanti|actor1] hanno [sparato|T] contro auto di civili che tentavano di lasciare [Vasylivka|location], [due|fatalities] persone morti, [informa|attr] [amministrazione regionale|source].
HAND:attack | telegram | 🔴 [Beryslav|location]: un [drone nemico|actor1] ha [colpito|T] un'[anziana|actor2] mentre raccoglieva l'acqua al pozzo. È ricoverata in gravi condizioni.
HAND:attack | official | La [polizia|source] [ha riferito|attr] che [uomini armati|actor1] hanno [aggredito|T] [due|quantity] [volontari|actor2] che distribuivano aiuti vicino a [Kostiantynivka|location].
NEG:history+hand | history | Le fosse comuni di Izium furono scoperte nel settembre 2022, dopo la liberazione della città.
NEG:analysis+hand | analysis | Le uccisioni di prigionieri documentate dall'Onu sono aumentate nell'ultimo anno, secondo il rapporto.
NEG:other+hand | wire | La procura ha aperto un fascicolo dopo il ritrovamento del corpo di un uomo in un bosco vicino a Irpin: le cause della morte sono in corso di accertamento.
# ------------------------------------------------ Loss report: le perdite di una parte, e cosa non lo è
HAND:losses | wire | Le [forze russe|actor1] hanno [perso|T] [1.270|quantity] uomini nell'ultimo giorno, [secondo|attr] lo [Stato maggiore ucraino|source], insieme a [nove|quantity] carri armati e [31|quantity] sistemi d'artiglieria.
HAND:losses | headline | [Kiev|source]: il [nemico|actor1] ha [perso|T] [oltre 400|quantity] soldati nel settore di [Pokrovsk|location] in 24 ore
HAND:losses | mt | Nell'ultima giornata [APU|actor1] [perse|T] [fino a 115|quantity] militari nella direzione di [Kupiansk|location], [informa|attr] il [ministero della difesa di RF|source].
HAND:losses | wire | La [Marina ucraina|source] [sostiene|attr] che la [flotta russa|actor1] abbia [perso|T] un'altra nave da sbarco al largo di [Sebastopoli|location], ma Mosca non conferma.
NEG:analysis+hand | analysis | Le cifre delle perdite diffuse da entrambe le parti vanno prese con cautela e non sono verificabili.
NEG:other+hand | wire | Dall'inizio dell'invasione l'Onu ha verificato oltre 12mila civili uccisi, ma il bilancio reale è certamente più alto.
NEG:opinion+hand | opinion | Le perdite russe sembrano non contare nulla per chi le ordina.
NEG:capability+hand | analysis | Un reggimento russo può perdere metà degli effettivi in un mese e restare comunque in linea.
# ------------------------------------------------ Armed clash e territorio, alla maniera degli analisti
HAND:clash | analysis | Le [forze russe|actor1] hanno [proseguito le operazioni offensive|T] vicino a [Toretsk|location] il [1° dicembre|time] senza avanzare.
HAND:clash | wire | [Combattimenti feroci|T] per ogni casa a [Vovchansk|location], [racconta|attr] il [comandante di un battaglione ucraino|source] a una tv locale.
HAND:clash | telegram | ⚔️ Direzione di [Huliaipole|location]: il [nemico|actor1] [ha tentato un assalto|T] con [sei|quantity] blindati all'alba. Respinto. Due mezzi bruciano nei campi.
HAND:clash | mt | Unità di [forze di difesa|actor1] [condussero battaglie|T] con [gruppi di sabotaggio|actor2] di nemico vicino a [Seredyna-Buda|location], [informa|attr] il [Servizio di frontiera|source].
HAND:overtake | analysis | Le [forze russe|actor1] hanno [conquistato|T] [Solodke|location], nella parte occidentale della regione di Donetsk, [come mostrano|attr] [filmati geolocalizzati|source] diffusi il [2 dicembre|time].
HAND:overtake | headline | [Kiev|source] [ammette|attr]: i [russi|actor1] hanno [preso|T] la centrale elettrica di [Kurakhove|location]
HAND:overtake | wire | Le [truppe russe|actor1] sono [entrate|T] a [Toretsk|location] e controllano il centro, [ha riconosciuto|attr] il [portavoce del raggruppamento|source], secondo cui i combattimenti continuano nei quartieri occidentali.
HAND:overtake | mt | Unità di [gruppo di forze Centro|actor1] [hanno liberato|T] insediamento [Novoselydivka|location], [informa|attr] [ministero della Difesa russo|source].
NEG:analysis+hand | analysis | Le forze russe continueranno probabilmente ad attaccare vicino a Toretsk nelle prossime settimane, ma non ci sono segnali di sfondamento.
NEG:other+hand | analysis | Oggi non ci sono stati cambiamenti confermati della linea del fronte.
NEG:advance_towards+hand | wire | Le avanguardie russe sono ormai a quattro chilometri da Kostiantynivka, ma la città resta saldamente in mano ucraina.
# ------------------------------------------------ saccheggi e distruzioni, ordigni, rapimenti
HAND:looting | wire | Le [truppe russe|actor1] hanno [saccheggiato|T] il museo d'arte di [Kherson|location] prima di ritirarsi, portando via migliaia di opere, [secondo|attr] la [direttrice del museo|source].
HAND:looting | headline | [Occupanti|actor1] [incendiano|T] le case abbandonate a [Oleshky|location] – [amministrazione regionale|source]
HAND:looting | mt | [Soldati russi|actor1] [portarono via|T] trattori e grano da aziende agricole nella regione di [Zaporizhzhia|location], [informa|attr] il [Centro di resistenza nazionale|source].
HAND:looting | wire | Le [forze di occupazione|actor1] hanno [demolito|T] [decine di|quantity] edifici danneggiati a [Mariupol|location] senza il consenso dei proprietari, [denunciano|attr] i [residenti|source].
HAND:ied | wire | [Due|fatalities] sminatori sono morti quando una [mina|T] è esplosa durante la bonifica di un campo vicino a [Izium|location], [ha fatto sapere|attr] il [Servizio di emergenza|source].
HAND:ied | headline | [Autobomba|T] a [Luhansk|location]: ucciso un ufficiale dell'occupazione
HAND:ied | telegram | 💥 [Melitopol|location]: un [ordigno|T] è esploso sotto un'auto militare russa vicino alla stazione. Ci sono feriti tra gli occupanti. [Fedorov|source]
HAND:abduct | wire | Gli [agenti dell'Fsb|actor1] hanno [portato via|T] un [sacerdote ucraino|actor2] dalla sua chiesa a [Berdiansk|location] e da allora non se ne hanno notizie, [denunciano|attr] i [fedeli|source].
HAND:abduct | mt | [Occupanti|actor1] [rapirono|T] [capo della comunità|actor2] di villaggio [Mykhailivka|location], sua posizione è sconosciuta, [informa|attr] l'[amministrazione regionale|source].
HAND:abduct | headline | [Melitopol|location], [sequestrata|T] una [giornalista|actor2]: i [russi|actor1] non dicono dove sia
NEG:history+hand | history | Nelle prime settimane di occupazione, a Melitopol sparirono decine di attivisti e amministratori locali.
NEG:other+hand | wire | Un giornalista rilasciato dopo due anni di prigionia ha raccontato le torture subite in un centro di detenzione a Taganrog.
# ------------------------------------------------ proteste: pacifiche, disperse, repressione, violente, linciaggi
HAND:protest | wire | [Alcune centinaia di|quantity] [familiari di soldati dispersi|actor1] hanno [manifestato|T] in piazza a [Kiev|location] domenica per chiedere notizie dei loro cari; la protesta si è svolta senza incidenti.
HAND:protest_int | wire | La [polizia|actor1] ha [disperso|T] in pochi minuti un picchetto contro la guerra a [Novosibirsk|location] e ha fermato [quattro|quantity] [partecipanti|actor2], [riferisce|attr] [OVD-Info|source].
HAND:excessive | wire | La [polizia|actor1] ha [usato gas lacrimogeni e idranti|T] contro i [manifestanti|actor2] davanti al parlamento di [Tbilisi|location] nella notte, ferendo [almeno 20|quantity] persone, [ha detto|attr] il [ministero della Salute|source].
HAND:violent_demo | wire | Dei [manifestanti|actor1] hanno [dato fuoco|T] a un ufficio di reclutamento a [Uryupinsk|location] nella notte, rompendone le finestre, [riferisce|attr] la [polizia locale|source].
HAND:mob | wire | Una [folla|actor1] ha [picchiato|T] a [Odessa|location] un uomo scambiato per un addetto al reclutamento, prima dell'arrivo della polizia, [mostra|attr] un [video|source] diffuso online.
NEG:prediction+hand | wire | L'opposizione ha indetto una manifestazione a Tbilisi per sabato e il ministero dell'Interno avverte che non tollererà disordini.
NEG:analysis+hand | analysis | Le proteste contro la mobilitazione si accendono ogni autunno e si spengono nel giro di qualche settimana.
# ================================================================ quarto passaggio: ancora i più deboli (change, Other, ordigni, kamikaze)
HAND:change | wire | Parte delle [truppe russe|actor1] schierate a [Kaliningrad|location] è stata [trasferita|T] sul fronte ucraino, [secondo|attr] l'[intelligence lituana|source], che parla di una guarnigione ridotta a un terzo.
HAND:change | headline | [Kiev|actor1] [smobilita|T] i primi soldati in servizio dal 2022: [2.000|quantity] tornano a casa
HAND:change | official | Con decisione del [Consiglio di difesa regionale|actor1] è stato [introdotto|T] il coprifuoco dalle 21 alle 6 in [12|quantity] comunità della [regione di Sumy|location], [ha comunicato|attr] l'[amministrazione militare|source].
HAND:change | mt | [Comando di APU|actor1] [ha trasferito|T] in direzione di [Pokrovsk|location] brigate dal fronte di Kherson, come [scrive|attr] [Forbes|source], per fermare l'avanzata russa.
HAND:change | wire | Le [forze russe|actor1] [avrebbero|hedge] [ritirato|T] parte dei loro reparti dall'isola dei Serpenti e da [Kinburn|location], [sostengono|attr] [fonti della Marina ucraina|source].
NEG:analysis+hand | analysis | Il rischio è che Kiev debba togliere altre brigate dal sud, indebolendo un fronte già sottile, osservano gli analisti dell'istituto.
NEG:other+hand | wire | Il ministero della Difesa ucraino ha pubblicato nuove regole sulle rotazioni, che entreranno in vigore a gennaio.
HAND:other | wire | Un [incendio|T] è divampato nella notte in un'area boschiva vicino alla base di [Kacha|location], in Crimea; le autorità insediate dai russi non indicano le cause, [riferisce|attr] la [Ria Novosti|source].
HAND:other | headline | [Esplosione|T] in una fabbrica di polvere da sparo a [Ryazan|location]: ci sono vittime
HAND:other | telegram | 🔊 [Odessa|location]: [esplosioni|T] in mare, vicino al porto. Nessun allarme in città. Informazioni in aggiornamento.
NEG:other+hand | telegram | ⚡️ Allarme aereo in tutta l'Ucraina: rilevato il decollo di un Mig-31K. Raggiungete i rifugi!
NEG:analysis+hand | analysis | Non tutte le esplosioni segnalate in Crimea sono attacchi: alcune dipendono da incidenti nei depositi.
HAND:ied | wire | Un'[esplosione|T] ha colpito un'auto della polizia di occupazione a [Enerhodar|location], ferendo [due|quantity] agenti, [secondo|attr] l'[intelligence militare ucraina|source], che non ha rivendicato l'azione.
HAND:ied | mt | Bambino di 12 anni è stato ferito da [mina|T] a farfalla nella periferia di [Donetsk|location], [informa|attr] il [sindaco|source] nominato da russi.
NEG:other+hand | wire | Gli sminatori hanno bonificato finora 3.000 ettari di campi nella regione di Kharkiv, ha detto il ministro dell'Economia.
NEG:capability+hand | analysis | Un solo drone può spargere decine di mine a farfalla su una strada in pochi minuti.
NEG:history+hand | history | Le mine lasciate durante il ritiro russo del 2022 continuano a uccidere nei campi intorno a Izium.
HAND:suicide | wire | Un [attentatore suicida|T] si è fatto esplodere davanti a un posto di controllo a [Grozny|location], uccidendo [un|fatalities] agente, [riferisce|attr] il [Comitato nazionale antiterrorismo|source].
NEG:hypothetical+hand | analysis | Un attacco suicida in una città russa sarebbe usato dal Cremlino per giustificare nuove mobilitazioni.
NEG:other+hand | wire | «Quella in trincea è una missione suicida», ha detto un fante, parlando dei continui assalti russi vicino a Pokrovsk.
HAND:looting | wire | Le [truppe russe|actor1] hanno [smontato e portato via|T] l'attrezzatura della centrale di [Kakhovka|location] prima di lasciare la riva destra, [accusa|attr] l'[azienda Ukrhydroenergo|source].
HAND:looting | telegram | ⚡️ [Kamianka-Dniprovska|location]: gli [occupanti|actor1] [svaligiano|T] le case dei residenti che sono partiti. Portano via elettrodomestici e auto.
NEG:analysis+hand | analysis | I saccheggi sono diventati un tratto ricorrente delle ritirate russe, osservano i ricercatori.
HAND:losses | official | Le [perdite|T] del [nemico|actor1] nella direzione di [Kursk|location] ammontano a [360|quantity] militari nell'ultimo giorno, [ha comunicato|attr] lo [Stato maggiore|source].
NEG:other+hand | wire | Il ministero della Difesa non pubblica dati sulle proprie perdite dalla primavera del 2023.
"""
