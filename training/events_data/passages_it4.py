# ruff: noqa: E501
"""Italian passages written one by one for this project (fourth set): la frase d'agenzia semplice.

Like passages_en4.py: a weapon that is the subject of the strike verb is marked with the verb
and its auxiliary ("[missili hanno colpito|T]", "[un missile ha centrato|T]" without the article);
an actor that is the subject leaves the verb alone ("hanno [colpito|T]"). Varied verbs (colpito,
centrato, bombardato, martellato, preso di mira, si è abbattuto su, ha investito, ha sventrato,
cannoneggiato), weapons, toll and source before or after; the other plain wire reports
(abbattimenti, conquiste, civili uccisi). Hard negatives: the same verbs figuratively («colpito
dalla crisi», «ha centrato l'obiettivo» of a team), history, background, forecasts. Keys carry
`+plain` so they form their own groups and leave the earlier passages' test split as it was.
"""

IT = """
HAND:shell+plain | wire | [Missili russi hanno colpito|T] una centrale elettrica a [Kryvyi Rih|location] [giovedì|time], uccidendo [tre|fatalities] persone, ha [detto|attr] il [sindaco|source].
HAND:shell+plain | wire | Nella notte [missili russi hanno colpito|T] un terminal cerealicolo a [Izmail|location], ha [riferito|attr] il [governatore regionale|source].
HAND:shell+plain | wire | [Razzi russi hanno colpito|T] un mercato a [Kostiantynivka|location] [mercoledì|time], uccidendo [almeno 12|fatalities] persone.
HAND:shell+plain | wire | [Due|fatalities] persone sono morte quando [missili russi hanno colpito|T] un condominio a [Dnipro|location] [sabato mattina|time], [hanno detto|attr] le [autorità locali|source].
HAND:shell+plain | wire | Un [missile russo ha colpito|T] un ospedale a [Zaporizhzhia|location] [lunedì|time], ferendo [nove|quantity] persone, ha [detto|attr] il [governatore Ivan Fedorov|source].
HAND:shell+plain | wire | Un [missile balistico ha centrato|T] il centro di [Sumy|location] [domenica mattina|time], uccidendo [quattro|fatalities] persone e ferendone [31|quantity], [secondo|attr] il [consiglio comunale|source].
HAND:shell+plain | wire | Nella notte [alcuni missili hanno colpito|T] un deposito ferroviario a [Kovel|location], ha [fatto sapere|attr] [Ukrzaliznytsia|source], precisando che non ci sono feriti.
HAND:shell+plain | wire | L'[artiglieria russa ha martellato|T] [Kherson|location] per tutta la giornata di [martedì|time], uccidendo [due|fatalities] [civili|actor2], [secondo|attr] l'[amministrazione regionale|source].
HAND:shell+plain | wire | Le [forze russe|actor1] hanno [bombardato|T] la periferia di [Orikhiv|location] con l'artiglieria pesante [nella notte|time], ha [riferito|attr] l'[amministrazione militare locale|source].
HAND:shell+plain | wire | Un [missile russo si è abbattuto su|T] un centro commerciale a [Kremenchuk|location] [lunedì pomeriggio|time], uccidendo [almeno 18|fatalities] persone, [secondo|attr] i [soccorritori|source].
HAND:shell+plain | wire | [Razzi sono caduti su|T] una via residenziale di [Kramatorsk|location] [venerdì sera|time], uccidendo [una donna|fatalities] e ferendo [altre cinque|quantity] persone, ha [detto|attr] la [polizia|source].
HAND:shell+plain | wire | Le [truppe russe|actor1] hanno [cannoneggiato|T] la città di [Kurakhove|location] [sabato|time], uccidendo [un|fatalities] uomo, ha [riferito|attr] la [polizia regionale|source].
HAND:shell+plain | wire | Le [forze ucraine|actor1] hanno [colpito|T] un deposito di munizioni russo vicino a [Tokmak|location] [nella notte|time], ha [detto|attr] lo [Stato maggiore|source].
HAND:shell+plain | wire | La [Russia|actor1] ha [colpito|T] [Kharkiv|location] con [tre|quantity] missili S-300 [prima dell'alba|time], danneggiando una scuola e decine di case, ha [detto|attr] il [sindaco Ihor Terekhov|source].
HAND:shell+plain | wire | [Munizioni a grappolo russe hanno colpito|T] una fermata dell'autobus a [Toretsk|location] [martedì|time], uccidendo [tre|fatalities] persone in attesa, [secondo|attr] la [procura|source].
HAND:shell+plain | wire | Le [forze russe|actor1] hanno [preso di mira|T] [Nikopol|location] con artiglieria e mortai pesanti [domenica|time], ferendo [un anziano|quantity], ha [scritto|attr] su Telegram il [governatore|source].
HAND:shell+plain | wire | [Missili russi hanno sventrato|T] un quartiere residenziale di [Pokrovsk|location] [mercoledì sera|time], uccidendo [cinque|fatalities] persone, ha [detto|attr] il [governatore della regione di Donetsk|source].
HAND:shell+plain | wire | L'[artiglieria ucraina ha colpito|T] il centro di [Horlivka|location] [giovedì|time], uccidendo [un|fatalities] civile, ha [detto|attr] il [sindaco insediato dai russi|source].
HAND:shell+plain | wire | La [Russia|actor1] ha [bersagliato|T] [Odessa|location] con missili [nella notte|time], danneggiando infrastrutture portuali e un magazzino di grano, ha [riferito|attr] la [marina ucraina|source].
HAND:shell+plain | wire | [Razzi russi hanno centrato|T] un asilo a [Chuhuiv|location] [venerdì|time]; all'interno non c'erano bambini, ha [detto|attr] il [governatore regionale|source].
HAND:shell+plain | headline | [Missili|T] russi su [Leopoli|location], colpita una centrale: [tre|fatalities] morti
HAND:shell+plain | headline | [Attacco missilistico|T] su un hotel di [Zaporizhzhia|location]: [due|fatalities] morti, dice il governatore
HAND:shell+plain | headline | [Kharkiv|location], [razzi|T] sulla periferia: [cinque|quantity] feriti
HAND:shell+plain | telegram | 🔴 [Nikopol|location]: il [nemico|actor1] ha [colpito|T] la città con l'artiglieria pesante. [Un|fatalities] morto e due feriti.
HAND:shell+plain | official | [Nella notte del 9 maggio|time] le [truppe russe|actor1] hanno [colpito|T] [Odessa|location] con [sei|quantity] missili Kalibr, ha [reso noto|attr] il [Comando operativo Sud|source].
HAND:shell+plain | wire | Un [missile russo ha centrato|T] un bar affollato a [Hroza|location] [giovedì|time], uccidendo [almeno 40|fatalities] persone, ha [detto|attr] il [ministro dell'Interno Ihor Klymenko|source].
HAND:shell+plain | wire | [Missili russi hanno colpito|T] [Kiev|location] [lunedì mattina|time], ha [riferito|attr] l'[amministrazione militare della città|source], e [una|fatalities] persona è rimasta uccisa.
HAND:shell+plain | wire | [Granate russe hanno colpito|T] un ospedale a [Selydove|location] [sabato|time], ferendo [sei|quantity] pazienti, ha [detto|attr] il [ministero della Salute|source].
HAND:shell+plain | mt | [Missili russi hanno colpito|T] la [Kharkiv|location] nella notte di martedì, ha informato il [capo della amministrazione militare regionale|source], [quattro|fatalities] persone sono morte.
HAND:air+plain | wire | Un [drone russo ha colpito|T] un palazzo a [Odessa|location] [nella notte|time], uccidendo [due|fatalities] persone, ha [detto|attr] il [governatore regionale|source].
HAND:air+plain | wire | [Droni ucraini hanno colpito|T] una raffineria a [Ryazan|location] [mercoledì all'alba|time], provocando un grosso incendio, ha [detto|attr] il [governatore regionale|source].
HAND:air+plain | wire | Una [bomba plana russa ha colpito|T] un edificio residenziale a [Kharkiv|location] [venerdì|time], uccidendo [tre|fatalities] persone, ha [detto|attr] il [governatore Oleh Syniehubov|source].
HAND:air+plain | wire | [Bombe plananti russe hanno martellato|T] [Kostiantynivka|location] [martedì|time], uccidendo [quattro|fatalities] persone e danneggiando un ospedale, ha [riferito|attr] il [governatore|source].
HAND:air+plain | wire | Un [drone russo si è schiantato contro|T] un grattacielo di [Kiev|location] [poco dopo la mezzanotte|time], provocando un incendio su tre piani, ha [detto|attr] il [sindaco Vitali Klitschko|source].
HAND:air+plain | wire | Un [drone ha colpito|T] un'auto di operatori umanitari vicino a [Beryslav|location] [domenica|time], uccidendone [due|fatalities], ha [detto|attr] l'[Onu|source].
HAND:air+plain | wire | [Aerei russi|actor1] hanno [bombardato|T] [Vovchansk|location] [mercoledì|time], distruggendo l'ultimo forno ancora in funzione, ha [riferito|attr] l'[amministrazione locale|source].
HAND:air+plain | wire | La [Russia|actor1] ha [attaccato|T] [Kiev|location] con [oltre 40|quantity] droni [nella notte|time], ha [detto|attr] l'[aeronautica militare|source], e i detriti sono caduti su due quartieri.
HAND:air+plain | wire | Un [drone FPV ha colpito|T] un'ambulanza a [Kherson|location] [giovedì mattina|time], ferendo [due|quantity] paramedici, ha [riferito|attr] il [dipartimento sanitario regionale|source].
HAND:air+plain | wire | [Droni ucraini hanno centrato|T] un aeroporto militare a [Engels|location] [nella notte|time], ha [detto|attr] il [governatore della regione di Saratov|source], parlando di danni lievi.
HAND:air+plain | headline | [Drone|T] russo su un autobus a [Marhanets|location]: [nove|fatalities] morti
HAND:air+plain | headline | [Bombe plananti|T] su [Zaporizhzhia|location], [un|fatalities] morto
HAND:air+plain | telegram | ❗️[Sumy|location]. Verso le 02:30 uno [Shahed ha colpito|T] un condominio. [Due|fatalities] morti, [sette|quantity] feriti. I soccorritori sono sul posto.
HAND:air+plain | official | Nell'ultima giornata l'[aviazione russa|actor1] ha [colpito|T] [Huliaipole|location] [cinque|quantity] volte con bombe aeree guidate, ha [reso noto|attr] l'[amministrazione militare regionale|source].
HAND:air+plain | wire | [Droni russi hanno distrutto|T] un magazzino di una società di spedizioni a [Kharkiv|location] [sabato|time], uccidendo [un|fatalities] dipendente, ha [detto|attr] l'[azienda|source].
HAND:disrupted+plain | wire | La [difesa aerea ucraina|actor1] ha [abbattuto|T] [32|quantity] dei 40 droni lanciati dalla Russia [nella notte|time], ha [detto|attr] l'[aeronautica militare|source].
HAND:disrupted+plain | wire | La [contraerea|actor1] ha [distrutto|T] [due|quantity] missili da crociera sopra [Kiev|location] [martedì all'alba|time], ha [riferito|attr] l'[amministrazione cittadina|source].
HAND:disrupted+plain | wire | Il [ministero della Difesa russo|source] ha [detto|attr] che la sua [difesa aerea|actor1] ha [intercettato|T] [otto|quantity] droni ucraini sulla [regione di Belgorod|location] [nella notte|time].
HAND:overtake+plain | wire | Le [forze russe|actor1] hanno [conquistato|T] il villaggio di [Pishchane|location], nel distretto di Kupiansk, ha [detto|attr] [venerdì|time] il [ministero della Difesa russo|source].
HAND:overtake+plain | wire | Le [truppe russe|actor1] hanno [preso|T] [Krasnohorivka|location] dopo mesi di combattimenti, [secondo|attr] [analisti militari ucraini|source].
HAND:regain+plain | wire | Le [forze ucraine|actor1] hanno [riconquistato|T] il villaggio di [Staromaiorske|location] nel sud, ha [detto|attr] [giovedì|time] lo [Stato maggiore|source].
HAND:regain+plain | wire | I [soldati ucraini|actor1] hanno [ripreso|T] la stazione ferroviaria di [Kupiansk|location] [domenica|time], ha [detto|attr] un [portavoce della brigata|source].
HAND:attack+plain | wire | [Soldati russi|actor1] hanno [ucciso a colpi d'arma da fuoco|T] [tre|fatalities] [civili|actor2] che cercavano di lasciare un villaggio vicino a [Vuhledar|location], ha [detto|attr] la [procura|source].
HAND:attack+plain | wire | [Truppe russe|actor1] hanno [giustiziato|T] [due|fatalities] [prigionieri di guerra ucraini|actor2] vicino a [Robotyne|location], ha [reso noto|attr] la [Procura generale|source].
HAND:clash+plain | wire | [Domenica|time] sono proseguiti [combattimenti|T] intensi intorno a [Chasiv Yar|location], dove le [forze russe|actor1] hanno attaccato le [posizioni ucraine|actor2] [14|quantity] volte, ha [detto|attr] lo [Stato maggiore|source].
NEG:other+plain+hand | wire | L'accordo è stato raggiunto dopo tre giorni di trattative tra la compagnia aerea e il sindacato dei piloti a Varsavia.
NEG:other+plain+hand | wire | I prezzi del grano hanno toccato un massimo storico lunedì per i timori sulle rotte nel Mar Nero.
NEG:other+plain+hand | wire | La tempesta ha colpito la costa di Odessa domenica, lasciando senza corrente 20.000 case.
NEG:other+plain+hand | wire | L'economia ucraina è stata duramente colpita dai blackout, ha detto la banca centrale nel suo rapporto trimestrale.
NEG:other+plain+hand | wire | La nazionale ucraina ha centrato la qualificazione battendo l'Islanda per 2-1 a Breslavia.
NEG:other+plain+hand | wire | Il discorso del presidente ha colpito molti deputati, che si sono alzati ad applaudire.
NEG:history+plain+hand | history | Nella primavera del 2022 missili russi colpirono la stazione di Kramatorsk mentre migliaia di persone aspettavano di partire.
NEG:history+plain+hand | wire | A un anno dai razzi che colpirono il teatro del centro, le rovine sono ancora recintate.
NEG:background_participle+plain+hand | wire | Gli operai stanno ricostruendo la scuola colpita da una bomba plana a marzo, ha detto il sindaco.
NEG:background_participle+plain+hand | wire | La centrale, colpita più volte dall'autunno, oggi funziona a un terzo della sua capacità.
NEG:prediction+plain+hand | wire | Le autorità si aspettano che i missili russi tornino a colpire la rete elettrica prima dei primi freddi.
NEG:analysis+plain+hand | analysis | Secondo gli analisti militari, le unità russe vicino al fiume non hanno le riserve per prendere la città prima dell'estate.
NEG:hypothetical+plain+hand | analysis | Se un missile colpisse la diga, l'inondazione raggiungerebbe i villaggi a 60 chilometri a valle.
NEG:question+plain+hand | wire | Che tipo di missile ha colpito il supermercato? Gli investigatori stanno ancora esaminando i frammenti.
NEG:capability+plain+hand | wire | Le nuove bombe plananti possono colpire obiettivi fino a 70 chilometri dietro la linea del fronte, ha detto un pilota ucraino.
"""
