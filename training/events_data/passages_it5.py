# ruff: noqa: E501
"""Italian passages written one by one for this project (fifth set), like passages_en5.py: the
casualty-first report («Salgono a N i morti dopo il raid su X», «Due morti nel bombardamento di X»,
«X, due vittime dopo i bombardamenti»), the toll first and the attack as a noun, often with the
source after a dash or a colon; and a proposal next to a fact in one sentence, where the future or
proposal cue belongs to the proposal's trigger only (`#n`). Keys `+toll` and `+beside` form their
own groups.
"""

IT = """
HAND:shell+toll | headline | Salgono a [sei|fatalities] i morti dopo il [raid|T] [russo|actor1] su [Kryvyi Rih|location]
HAND:shell+toll | headline | [Due|fatalities] morti nel [bombardamento|T] di [Kherson|location]
HAND:shell+toll | headline | [Kupiansk|location], [due|fatalities] vittime dopo i [bombardamenti|T]
HAND:shell+toll | headline | Sale a [14|fatalities] il numero dei morti dell'[attacco missilistico|T] su [Dnipro|location]
HAND:shell+toll | headline | [Tre|fatalities] [civili|actor2] uccisi dai [bombardamenti|T] [russi|actor1] su [Vovchansk|location] – [governatore|source]
HAND:shell+toll | headline | [Nikopol|location], [un|fatalities] morto e [quattro|quantity] feriti nei [tiri di artiglieria|T] notturni
HAND:shell+toll | headline | [Cinque|fatalities] morti mentre [missili russi colpiscono|T] [Zaporizhzhia|location]
HAND:shell+toll | headline | [Kherson|location] sotto le bombe: [una donna|fatalities] uccisa dal [fuoco|T] dell'[artiglieria russa|actor1]
HAND:shell+toll | headline | [Bombardamento|T] su [Toretsk|location]: [quattro|fatalities] [civili|actor2] morti, [dice|attr] il [governatore|source]
HAND:shell+toll | headline | Strage al mercato di [Kostiantynivka|location]: [almeno 12|fatalities] morti nel [raid|T] [russo|actor1]
HAND:shell+toll | headline | [Horlivka|location], [tre|fatalities] [civili|actor2] uccisi dal [bombardamento|T] [ucraino|actor1] – [sindaco filorusso|source]
HAND:shell+toll | headline | Bilancio del [raid|T] su [Odesa|location] sale a [nove|fatalities] morti
HAND:shell+toll | headline | Sale a [51|fatalities] il bilancio delle vittime dell'[attacco|T] [russo|actor1] a [Poltava|location]
HAND:shell+toll | headline | [Un uomo|fatalities] ucciso e [due|quantity] feriti dai [colpi di mortaio|T] su [Vuhledar|location]
HAND:shell+toll | headline | [Kharkiv|location], salgono a [nove|fatalities] le vittime dell'[attacco con razzi|T] – [sindaco|source]
HAND:shell+toll | headline | [Mykolaiv|location], il [bombardamento|T] uccide [due|fatalities] persone e ne ferisce [sette|quantity]
HAND:shell+toll | headline | [Due|fatalities] [soccorritori|actor2] uccisi da un [secondo attacco|T] su [Kharkiv|location]
HAND:shell+toll | headline | Morti [due|fatalities] [civili|actor2] nel [cannoneggiamento|T] di [Huliaipole|location]
HAND:shell+toll | wire | È salito a [11|fatalities] il bilancio dei morti dell'[attacco missilistico|T] di [martedì|time] su una via commerciale di [Kryvyi Rih|location], [ha detto|attr] il [capo dell'amministrazione militare della città|source].
HAND:shell+toll | wire | [Due|fatalities] persone sono morte e [quattro|quantity] sono rimaste ferite quando i [proiettili hanno colpito|T] un quartiere residenziale di [Kherson|location] [domenica|time], [ha riferito|attr] l'[amministrazione regionale|source].
HAND:shell+toll | wire | [Tre|fatalities] persone sono morte dopo che l'[artiglieria russa ha colpito|T] il villaggio di [Stepnohirsk|location] [nella notte|time], [secondo|attr] le [autorità locali|source].
HAND:shell+toll | wire | Sono almeno [sette|fatalities] i morti a [Kramatorsk|location] dopo che [razzi russi si sono abbattuti|T] sul centro della città [giovedì sera|time], [ha comunicato|attr] la [polizia|source].
HAND:shell+toll | wire | [Un uomo di 62 anni|fatalities] è rimasto ucciso nel [bombardamento|T] [ucraino|actor1] del quartiere Kirovsky di [Donetsk|location] [lunedì|time], [ha fatto sapere|attr] l'[amministrazione filorussa|source] della città.
HAND:shell+toll | telegram | ⚡️ [Kherson|location]: [1|fatalities] morto e [3|quantity] feriti a causa dei [bombardamenti|T] nemici [stamattina|time]. Aggiornamenti a seguire.
HAND:shell+toll | telegram | ‼️ Salgono a [14|fatalities] i morti dell'[attacco|T] su [Sumy|location]. Continuano i soccorsi.
HAND:shell+toll | telegram | [Donetsk|location], quartiere Petrovsky: [due|fatalities] morti dopo i [bombardamenti|T] delle [Apu|actor1] [oggi|time] – [sindaco|source].
HAND:air+toll | headline | Sale a [tre|fatalities] il bilancio del [raid con droni|T] su [Odesa|location]
HAND:air+toll | headline | [Quattro|fatalities] morti mentre [droni russi colpiscono|T] un palazzo a [Sumy|location]
HAND:air+toll | headline | [Due|fatalities] morti nell'[attacco di Shahed|T] su [Kharkiv|location] – [sindaco|source]
HAND:air+toll | headline | [Zaporizhzhia|location], [un|fatalities] morto nel [raid con bombe plananti|T]
HAND:air+toll | headline | [Tre|fatalities] [civili|actor2] uccisi in un [attacco di droni|T] [ucraini|actor1] nella [regione di Belgorod|location] – [governatore|source]
HAND:air+toll | headline | [Automobilista|fatalities] ucciso da un [drone FPV|T] vicino a [Kherson|location]
HAND:air+toll | headline | [Raid aereo|T] [russo|actor1] su [Kostiantynivka|location], [cinque|fatalities] morti
HAND:air+toll | headline | [Bombe guidate|T] su [Kharkiv|location], [due|fatalities] vittime
HAND:air+toll | headline | [Dnipro|location], sale a [nove|fatalities] il bilancio dell'[attacco con droni e missili|T]
HAND:air+toll | wire | [Due|fatalities] persone sono morte quando un [drone russo ha colpito|T] un minibus vicino a [Nikopol|location] [venerdì mattina|time], [ha detto|attr] il [governatore|source].
HAND:air+toll | wire | È salito a [otto|fatalities] il bilancio dell'[attacco con droni|T] [russo|actor1] su [Odesa|location] [nella notte|time], tra cui [due|fatalities] bambini, [ha detto|attr] il [governatore regionale|source].
HAND:air+toll | wire | [Quattro|fatalities] morti e [19|quantity] feriti dopo che [bombe plananti russe hanno colpito|T] [Kharkiv|location] [sabato|time], [ha reso noto|attr] il [sindaco Ihor Terekhov|source].
HAND:air+toll | telegram | 🔴 [Sumy|location]: [attacco di drone|T] su un edificio residenziale. [2|fatalities] morti, [6|quantity] feriti – [amministrazione militare regionale|source].
HAND:air+toll | telegram | [Belgorod|location]: [una|fatalities] persona uccisa in un [attacco di drone|T] delle [Apu|actor1] contro un'auto [oggi pomeriggio|time], [riferisce|attr] il [governatore|source].
HAND:clash+toll | headline | [Tre|fatalities] soldati uccisi nei [combattimenti|T] vicino a [Chasiv Yar|location], [fa sapere|attr] la [brigata|source]
HAND:attack+toll | headline | [Due|fatalities] [civili|actor2] [uccisi a colpi d'arma da fuoco|T] da [soldati russi|actor1] in un villaggio della [regione di Kherson|location]
HAND:attack+toll | headline | [Civile|actor2] [ucciso|T] dagli [occupanti|actor1] a [Oleshky|location] – [difensore civico|source]
HAND:shell+toll | headline | [Sette|fatalities] morti mentre [missili russi martellano|T] [Kiev|location] – [autorità cittadine|source]
HAND:shell+toll | headline | [Kherson|location], [bombardamenti|T]: [due|fatalities] morti e [nove|quantity] feriti, [dice|attr] il [governatore|source]
HAND:shell+toll | headline | [Tre|fatalities] [civili|actor2] uccisi nel [bombardamento|T] di [Kherson|location], [dice|attr] il [governatore regionale|source]
HAND:shell+toll | headline | Sale a [sei|fatalities] il numero delle vittime del [missile|T] su [Kharkiv|location]
HAND:shell+toll | headline | [Nove|fatalities] morti nell'[attacco con razzi|T] su [Chasiv Yar|location], [dice|attr] la [polizia|source]
HAND:shell+toll | mt | [Tre|fatalities] civili sono stati uccisi in [Kherson|location] [bombardamento|T], il governatore regionale [ha detto|attr].
HAND:shell+toll | mt | Il bilancio dei morti da [attacco missilistico|T] su [Odesa|location] condominio sale a [almeno 12|fatalities]
HAND:air+toll | mt | [Due|fatalities] ucciso in [Sumy|location] [attacco di drone|T] – [autorità locali|source]
HAND:ceasefire+beside | wire | [Kiev|actor1] [[ha detto che sosterrà|future#1]|T] un cessate il fuoco di 30 giorni, e lo stesso giorno [Washington|actor1#2] ha [ripreso gli aiuti militari|T#2=aid] all'[Ucraina|actor2#2], [ha detto|attr] il [Dipartimento di Stato|source].
HAND:aid+beside | wire | Gli [Stati Uniti|actor1] hanno [ripreso gli aiuti militari|T] a [Kiev|actor2] [martedì|time], poche ore dopo che l'[Ucraina|actor1#2] aveva [proposto|future#2] una [tregua di 30 giorni|T#2=ceasefire], [hanno detto|attr] [funzionari americani|source].
HAND:aid+beside | wire | La [Germania|actor1] ha [consegnato|T] altri [due|quantity] sistemi IRIS-T all'Ucraina [lunedì|time], mentre [Berlino|actor1#2] [[esortava|future#2]|T#2=ceasefire] le parti ad accettare una tregua per Pasqua.
HAND:aid+beside | wire | Il [Regno Unito|actor1] ha [inviato|T] un nuovo lotto di droni all'[Ucraina|actor2] questa settimana e ha [[chiesto|future#2]|T#2=ceasefire] uno stop agli attacchi sulle infrastrutture energetiche, [ha fatto sapere|attr] [Downing Street|source].
HAND:diplo+beside | wire | [Rubio|actor1] ha [incontrato|T] [funzionari ucraini|actor2] a [Gedda|location] [martedì|time], e la parte americana ha [[proposto|future#2]|T#2=ceasefire] un cessate il fuoco immediato di 30 giorni, [ha detto|attr] il [Dipartimento di Stato|source].
HAND:shell+beside | wire | [Missili russi hanno colpito|T] [Kharkiv|location] [nella notte|time], poche ore dopo che [Mosca|actor1#2] aveva [[offerto|future#2]|T#2=ceasefire] una tregua di tre giorni, [ha detto|attr] il [sindaco|source].
HAND:aid+beside | official | Il [Canada|actor1] ha [consegnato|T] [25|quantity] blindati all'Ucraina e [[sostiene|future#2]|T#2=ceasefire] la proposta di un cessate il fuoco incondizionato, [ha comunicato|attr] il [ministero della Difesa|source].
HAND:aid+beside | wire | Mentre i [leader europei|actor1#2] [[insistevano per|future#2]|T#2=ceasefire] una tregua, la [Norvegia|actor1] ha [spedito|T] un altro carico di proiettili d'artiglieria all'[Ucraina|actor2] [giovedì|time], [ha detto|attr] il suo [ministero della Difesa|source].
HAND:agreement+beside | wire | [Russia e Ucraina|actor1] si sono [scambiate|T] [84|quantity] prigionieri ciascuna [venerdì|time], e [Ankara|actor1#2] si è [[offerta|future#2]|T#2=ceasefire] di ospitare colloqui su una tregua più ampia, [hanno riferito|attr] [entrambe le parti|source].
HAND:aid+beside | wire | Il [Pentagono|actor1] ha [ripreso le consegne di armi|T] all'[Ucraina|actor2] [mercoledì|time], un giorno dopo che [Kiev|actor1#2] aveva [[accettato|future#2]|T#2=ceasefire] la proposta americana di cessate il fuoco.
HAND:aid+beside | wire | La [ripresa degli aiuti militari|T] da parte di [Washington|actor1] è arrivata [martedì|time], lo stesso giorno in cui [Kiev|actor1#2] ha [[proposto|future#2]|T#2=ceasefire] uno stop di 30 giorni ai combattimenti, [hanno detto|attr] [funzionari americani|source].
NEG:other+toll+hand | wire | Washington potrebbe riprendere gli aiuti militari all'Ucraina solo se Kiev accetterà un cessate il fuoco, ha detto un senatore, aggiungendo che nessuna decisione è stata presa.
NEG:other+toll+hand | headline | Bilancio del bombardamento di Mariupol del 2015 ancora contestato, dicono i ricercatori
NEG:other+toll+hand | wire | Il numero dei morti nell'attacco al teatro dell'anno scorso non è mai stato stabilito con certezza, secondo un nuovo rapporto.
NEG:history+toll+hand | history | Quattro persone morirono quando i razzi colpirono lo stesso mercato nel primo inverno di guerra, ricorda una targa.
"""
