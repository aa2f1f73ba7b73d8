# ruff: noqa: E501
"""Italian passages written one by one (second set): the registers Italian war news really comes in.

Agency copy («– fa sapere X –», «lo riferisce ...»), newspaper prose with appositions and
subordinate clauses, live-blog items («Ore 10.30 – ...»), headlines, and Italian machine-translated
from English with its calques, wrong articles and duplicated words. About a third are hard
negatives (`NEG:<kind>`) that use the same words as real events. Each line is one example
(`HAND:<key>` / `NEG:<kind>`, syntax: engine.py); all written fresh for this project.
"""

IT = r"""
# ---------------------------------------------------------------- Armed clash
HAND:clash | wire | Le [forze ucraine|actor1] hanno [respinto gli attacchi|T] nelle aree di [12|quantity] insediamenti della [regione di Donetsk|location] [nelle ultime 24 ore|time], [fa sapere|attr] lo [Stato maggiore|source] di Kiev nel suo aggiornamento mattutino.
HAND:clash | wire | [Secondo|attr] lo [Stato maggiore|source], [ieri|time] si sono registrati [134|quantity] [scontri|T] lungo la linea del fronte, la maggior parte nel settore di [Pokrovsk|location].
HAND:clash | mt | Le [forze armate dell'Ucraina (APU)|actor1] hanno [combattuto|T] con gli [occupanti|actor2] vicino il villaggio di [Novopavlivka|location] durante tutta la giornata di [martedì|time], il il [comandante del battaglione|source] [ha detto|attr] ai giornalisti locali.
HAND:clash | telegram | ⚔️ Direzione di Kupiansk: il [nemico|actor1] ha [tentato per sei volte di sfondare|T] le nostre difese vicino a [Synkivka|location+] e [Petropavlivka|location+]. Tutti gli assalti sono stati respinti. Gli scontri continuano.
HAND:clash | wire | Si combatte casa per casa a [Chasiv Yar|location], dove – [riporta|attr] il [portavoce del raggruppamento di forze orientale|source] – i [gruppi d'assalto russi|actor1] hanno [provato a infiltrarsi|T] nel quartiere Kanal [nella notte|time] senza riuscire a mantenere le posizioni.
HAND:clash | headline | [Toretsk|location], [battaglia|T] nelle strade del centro: «La situazione è difficile» - [portavoce militare|source]
HAND:clash | wire | Ore 11.15 – [Violenti combattimenti|T] sono in corso [da questa mattina|time] alla periferia di [Vovchansk|location], nella regione di Kharkiv: lo [ha riferito|attr] su Telegram la [Guardia nazionale|source], senza fornire dettagli sulle perdite.
HAND:clash | mt | [Russi|actor1] [lanciato|T] attacco di fanteria con supporto di veicoli blindati in direzione di [Kurakhove|location], ma è stato fermato, il [portavoce|source] [ha detto|attr] ha detto. Il nemico ha perso due tank e diversi BMP.
HAND:clash | wire | [Trentuno|fatalities] militari russi sono morti in [combattimenti|T] con le [forze ucraine|actor2] nei pressi di [Robotyne|location], nell'oblast di Zaporizhzhia, [secondo quanto riportato|attr] dal [Comando operativo Sud|source].
HAND:clash | isw | Le [forze russe|actor1] hanno [condotto operazioni offensive|T] a nord-ovest di Avdiivka vicino a [Berdychi|location+] e [Semenivka|location+] [il 21 febbraio|time], ma non ci sono avanzamenti confermati.
HAND:clash | official | Nella direzione di Lyman le nostre [unità|actor1] hanno [respinto|T] [9|quantity] attacchi nemici nei pressi di [Terny|location+], [Torske|location+] e [Nevske|location+]. Informazioni dello [Stato maggiore delle Forze armate dell'Ucraina|source] al mattino del 2 dicembre.
# ---------------------------------------------------------------- Government regains territory
HAND:regain | wire | Dopo quasi tre settimane di combattimenti le [truppe ucraine|actor1] sono [entrate|T] a [Staromaiorske|location], nella regione di Donetsk, costringendo i nemici a ritirarsi verso sud: lo [ha annunciato|attr] [giovedì|time] il [presidente Volodymyr Zelensky|source] nel suo videomessaggio serale.
HAND:regain | headline | «[Klishchiivka|location] è ucraina»: la [Terza brigata d'assalto|actor1] [libera|T] il villaggio vicino a Bakhmut
HAND:regain | mt | Le APU hanno [liberato|T] l'insediamento di [Pishchane|location] in Kharkiv regione e hanno alzato il bandiera sull'edificio del consiglio di villaggio, il [canale della [92esima brigata|actor1]|source] [ha postato|attr] video.
HAND:regain | wire | Il villaggio di [Andriivka|location], a sud di Bakhmut, è tornato sotto il controllo di Kiev. Le [forze ucraine|actor1] lo hanno [riconquistato|T] «metro dopo metro», [ha scritto|attr] su Telegram il [comandante della brigata|source], pubblicando le immagini dei soldati nel centro del paese distrutto.
HAND:regain | official | Le [unità del raggruppamento «Nord»|actor1] hanno [liberato|T] il centro abitato di [Plekhovo|location], nella regione di Kursk, [comunica|attr] il [ministero della Difesa russo|source]. Le forze armate russe continuano a distruggere il nemico nelle aree di confine.
HAND:regain | wire | Mosca rivendica: le [truppe russe|actor1] hanno [ripreso il controllo|T] di [Sverdlikovo|location], uno dei villaggi della regione di Kursk in cui le unità ucraine erano penetrate in estate. Lo [riferisce|attr] l'[agenzia Tass|source] citando il ministero.
HAND:regain | telegram | 🇺🇦🔥 [Robotyne|location] liberato! I nostri [difensori|actor1] hanno [cacciato gli occupanti|T] dal villaggio. Gloria all'Ucraina!
HAND:regain | wire | Kiev avanza nel sud: le [forze di difesa|actor1] hanno [riconquistato|T] [Urozhaine|location] e consolidano le posizioni attorno al villaggio, [ha detto|attr] la [viceministra della Difesa Hanna Maliar|source], aggiungendo che in una settimana sono stati ripresi [tre|#0] chilometri quadrati.
HAND:regain | mt | [Militari ucraini|actor1] hanno [recuperato|T] controllo su il villaggio [Krynky|location] sulla sponda sinistra del Dnipro, secondo il filmato geolocalizzato che mostra soldati di Kiev dentro dentro l'insediamento.
# ---------------------------------------------------------------- Non-state actor overtakes territory
HAND:overtake | wire | Le [forze russe|actor1] sono [entrate|T] a [Selydove|location] e hanno preso il controllo della parte orientale della città, lo [ha ammesso|attr] [sabato|time] un [portavoce militare ucraino|source], parlando di una situazione «estremamente complicata».
HAND:overtake | official | Le unità del raggruppamento «Centro» hanno [liberato|T] l'insediamento di [Novohrodivka|location] della Repubblica popolare di Donetsk, [ha riferito|attr] il [ministero della Difesa della Federazione Russa|source] in un comunicato.
HAND:overtake | headline | [Mosca|source] [annuncia|attr] la [conquista|T] di [Vuhledar|location]. Kiev: «Ritirata per salvare i soldati»
HAND:overtake | mt | [Russo ministero della difesa|source] [ha detto|attr] che le sue [truppe|actor1] hanno «[liberato|T]» [Pervomaiske|location] in Donetsk regione, una affermazione che non poteva essere indipendentemente verificata.
HAND:overtake | wire | La cittadina di [Ocheretyne|location], a nord-ovest di Avdiivka, è [caduta|T] in mano russa: i [blogger militari russi|source] [hanno diffuso|attr] un video con la bandiera tricolore sul tetto della scuola, mentre lo Stato maggiore ucraino parla ancora di combattimenti.
HAND:overtake | wire | Con un blitz oltre il confine, i [reparti ucraini|actor1#*] sono [penetrati|T] per una decina di chilometri nella [regione di Kursk|location] e hanno [preso il controllo|T#2] di [Sudzha|location#2], [ha confermato|attr] il [comandante in capo Oleksandr Syrskyi|source], secondo cui l'operazione prosegue.
HAND:overtake | telegram | ❗️[Rybar|source]: i [nostri|actor1] hanno [occupato|T] le posizioni nemiche a [Kalynove|location] e si stanno attestando ai margini del villaggio.
HAND:overtake | isw | [Filmati geolocalizzati|source] pubblicati il 9 ottobre [indicano|attr] che le [forze russe|actor1] hanno [conquistato|T] [Nevelske|location], a ovest di Donetsk città. Le forze russe hanno probabilmente avanzato anche vicino a Pobieda.
HAND:overtake | wire | I [russi|actor1] [avrebbero|hedge] [preso|T] il villaggio di [Tabaivka|location], nel distretto di Kupiansk: lo [sostiene|attr] un [blogger militare ucraino|source] che cita fonti al fronte, mentre lo Stato maggiore non conferma.
HAND:overtake | mt | [Secondo|attr] [Ministero della Difesa della Russia|source], [forze del gruppo «Ovest»|actor1] hanno [preso pieno controllo|T] del villaggio di [Berestove|location] in Kharkiv oblast. Ukrainska Pravda, una delle maggiori pubblicazioni, non ha commentato la affermazione.
# ---------------------------------------------------------------- Non-violent transfer of territory
HAND:transfer | wire | Le [truppe russe|actor1] hanno [lasciato|T] [Zarichne|location] senza combattere nella notte e i [soldati ucraini|actor2] sono entrati nel villaggio la mattina seguente, [hanno raccontato|attr] gli [abitanti|source] all'inviato di Suspilne.
HAND:transfer | wire | Nessuno sparo, nessuna battaglia: i [reparti russi|actor1] si sono [ritirati senza combattere|T] da [Kozacha Lopan|location], e poche ore dopo le [unità della Guardia nazionale|actor2] hanno issato la bandiera gialloblù sul municipio, [riferisce|attr] l'[amministrazione militare regionale|source].
HAND:transfer | mt | [Russe forze|actor1] [ritirato|T] da [Hrakove|location] senza combattimento e le [APU|actor2] sono entrate nella località, ukrainian [media|source] [ha riportato|attr]. Nessun battaglia c'è stata.
HAND:transfer | headline | [Oleshky|location], i russi se ne vanno e gli ucraini entrano senza sparare: [passaggio di consegne|T] senza combattimenti
HAND:transfer | official | In base agli accordi raggiunti, il controllo del valico di [Kamianka|location] è stato [trasferito|T] alla [parte ucraina|actor2] senza incidenti, [ha comunicato|attr] l'[amministrazione militare regionale|source].
HAND:transfer | wire | La [Wagner|actor1] ha [ceduto|T] le sue posizioni a [Bakhmut|location] alle [truppe regolari russe|actor2] [all'inizio di giugno|time], [ha annunciato|attr] [Yevgeny Prigozhin|source] in un video, mostrando i suoi uomini in ritirata verso le retrovie.
HAND:transfer | telegram | 📍 [Velykyi Burluk|location]. Gli [occupanti|actor1] hanno [abbandonato|T] il paese senza opporre resistenza, i [nostri|actor2] sono entrati. Nessun ferito.
HAND:transfer | wire | Quando le [forze ucraine|actor2] sono arrivate a [Nova Kakhovka|location] non c'era più nessuno da combattere: i [russi|actor1] avevano [consegnato|T] la città senza un colpo, [ha spiegato|attr] un [ufficiale|source] della brigata.
HAND:transfer | isw | Le [forze russe|actor1] si sono [[probabilmente|hedge] ritirate|T] da [Hlyboke|location] senza combattere, e le forze ucraine sono entrate nel villaggio [il 12 settembre|time], [secondo|attr] le [immagini geolocalizzate|source].
HAND:transfer | mt | [Milizia di DPR|actor1] ha [consegnato|T] posizioni in [Horlivka|location] a [unità di esercito russo regolare|actor2] senza nessun combattimento, un [media|source] locale [riportato|attr].
HAND:transfer | wire | I [russi|actor2] hanno sgomberato [Snihurivka|location] e i [soldati ucraini|actor1] vi sono [entrati|T] senza incontrare resistenza [venerdì|time], [ha reso noto|attr] il [Comando operativo Sud|source].
HAND:transfer | wire | Il villaggio di [Stavky|location] è [passato di mano|T] senza combattimenti: le [unità russe|actor1] lo hanno lasciato per accorciare la linea del fronte e le [truppe ucraine|actor2] lo hanno occupato, [scrive|attr] [Ukrainska Pravda|source].
# ---------------------------------------------------------------- Change to group/activity
HAND:change | wire | [Mosca|actor1] si [starebbe|hedge] [ritirando|T] da [Kherson|location]: lo [riportano|attr] [fonti di intelligence occidentali|source], secondo cui i reparti stanno attraversando il Dnipro verso la sponda sinistra.
HAND:change | headline | [Kiev|actor1] [ritira|T] le truppe da [Avdiivka|location] per evitare l'accerchiamento
HAND:change | wire | Le [truppe russe|actor1] si [sarebbero|hedge] [ritirate|T] da alcune posizioni intorno a [Kreminna|location], [riferiscono|attr] i [blogger militari|source] filorussi. La notizia non è stata confermata da Mosca.
HAND:change | official | Il [ministero della Difesa russo|source] [ha annunciato|attr] il [ritiro|T] delle [truppe|actor1] dalla riva destra del Dnipro nella [regione di Kherson|location] e il loro ridispiegamento sulla riva sinistra.
HAND:change | mt | Il [Comando ucraino|actor1] ha deciso di [ritirare le unità|T] da [Lysychansk|location] per preservare vite di soldati, il [Stato Maggiore|source] [ha detto|attr] in un statement. Il nemico aveva avuto superiorità significativa in artiglieria.
HAND:change | wire | Le [autorità|actor1] hanno [ordinato l'evacuazione obbligatoria|T] delle famiglie con bambini da [37|quantity] località della [regione di Kharkiv|location], [ha annunciato|attr] il [governatore Oleh Syniehubov|source].
HAND:change | telegram | ⚡️ La legge marziale nella [regione di Sumy|location] è stata [prorogata|T] fino a febbraio. Il coprifuoco resta dalle 23 alle 5.
HAND:change | wire | La [flotta russa del Mar Nero|actor1] ha [spostato|T] gran parte delle sue navi da [Sebastopoli|location] a Novorossiysk dopo una serie di attacchi ucraini, [secondo|attr] l'[intelligence britannica|source].
HAND:change | wire | [Kiev|actor1] ha deciso di [abbassare l'età di mobilitazione|T] da 27 a 25 anni: la legge, approvata dalla Rada, è stata firmata [martedì|time] dal presidente, [riferisce|attr] l'[Ansa|source].
"""
