# ruff: noqa: E501
"""Short passages written one by one by hand: irregular order, quotes, several sentences, mixed claims."""

EN = r"""
HAND:shell | wire | "It was the worst night since spring," said Ivan, a resident. [Russian forces|actor1] [pounded|T] [Nikopol|location] with artillery [overnight|time], the [regional military administration|source] [said|attr], killing [one|fatalities] man and wounding [four|#0] people.
HAND:air | telegram | ❗️[Sumy|location]. Around 14:20 the [enemy|actor1] [struck|T] the city with [two|#0] Shaheds. Preliminary: [3|fatalities] dead, 11 wounded. Rescuers are working.
HAND:overtake | isw | [Russian sources|source#2] [claimed|attr#2] on [November 3|time#2] that [Russian forces|actor1#2] [seized|T#2] [Novoselivka|location#2]. ISW has not observed visual confirmation. [Geolocated footage|source#1] published on November 4 [indicates|attr#1] that [Russian forces|actor1] [advanced into|T] central [Kurakhove|location].
HAND:clash | wire | Was the attack repelled? Not entirely. [Ukrainian troops|actor1] [fought|T] [Russian infantry|actor2] in the streets of [Toretsk|location] [on Friday|time], a [brigade spokesman|source] [told|attr] AFP, adding that some buildings changed hands twice.
HAND:attack | official | On 12 March, in the village of [Zolota Nyva|location], [servicemen of the Russian army|actor1] [shot|T] [two|fatalities] local residents who refused to hand over their car. Criminal proceedings have been opened, the [Prosecutor General's Office|source] [said|attr].
HAND:disrupted | official | Overnight the enemy launched 58 attack drones and 4 Iskander-M missiles. [Air defence|actor1] [neutralised|T] [51|quantity] drones; 7 were lost to electronic warfare. Hits recorded in [Kyiv|location#0] region.
HAND:aid | wire | [Denmark|actor1] [[will|future] transfer|T] its entire artillery stock to Ukraine, the [prime minister|source] [announced|attr] — a decision analysts described as symbolic as much as military.
HAND:losses | telegram | 📊 Combat [losses|T] of the enemy as of 14.10: personnel ~ [1,140|quantity] (+1,140 per day), tanks — [9|quantity], artillery systems — [41|quantity]. Data from the [General Staff|source].
HAND:ied | wire | The car exploded as it left the courtyard. The [bomb|T] killed a Russian-appointed deputy mayor of [Nova Kakhovka|location], [occupation officials|source] [said|attr]; Ukraine's intelligence later hinted it was behind the attack.
HAND:protest | wire | They came with photos of their sons. Some 300 [relatives of missing soldiers|actor1] [gathered|T] outside the Defence Ministry in [Kyiv|location] [on Sunday|time], demanding answers.
HAND:shell | headline | [Kherson|location]: enemy [shelling|T] of the Dniprovskyi district - a man was killed, a woman wounded - [city military administration|source]
HAND:regain | wire | After almost a year under occupation, [Kherson|location] is free. [Ukrainian forces|actor1] [entered|T] the city [on Friday|time] to cheering crowds, [Zelensky|source] [said|attr], calling it "a historic day".
HAND:threat | wire | "Any strike on Crimea will be answered," [Dmitry Medvedev|actor1] [warned|T], adding that the West was playing with fire.
HAND:transfer | wire | There was no battle for [Kozachi Laheri|location]. [Russian troops|actor1] [left|T] the village at night and [Ukrainian marines|actor2] walked in the next morning, [residents|source] [told|attr] reporters.
"""

IT = r"""
HAND:shell | wire | «È stata la notte peggiore dall'estate», racconta Ivan, un residente. Le [forze russe|actor1] hanno [martellato|T] [Nikopol|location] con l'artiglieria [nella notte|time], [ha riferito|attr] l'[amministrazione militare regionale|source]: [un|fatalities] uomo è morto, quattro persone sono rimaste ferite.
HAND:air | telegram | ❗️[Sumy|location]. Verso le 14:20 il [nemico|actor1] ha [colpito|T] la città con due Shahed. Dati preliminari: [3|fatalities] morti, 11 feriti. I soccorritori sono al lavoro.
HAND:overtake | isw | [Fonti russe|source#2] [hanno sostenuto|attr#2] il [3 novembre|time#2] che le [forze russe|actor1#2] avevano [preso|T#2] [Novoselivka|location#2]. L'Isw non ha visto conferme. [Filmati geolocalizzati|source#1] pubblicati il 4 novembre [indicano|attr#1] che le [forze russe|actor1] sono [avanzate|T] nel centro di [Kurakhove|location].
HAND:clash | wire | L'attacco è stato respinto? Non del tutto. Le [truppe ucraine|actor1] hanno [combattuto|T] contro la [fanteria russa|actor2] nelle strade di [Toretsk|location] [venerdì|time], [ha detto|attr] all'Afp un [portavoce della brigata|source], aggiungendo che alcuni edifici sono passati di mano due volte.
HAND:attack | official | Il 12 marzo, nel villaggio di [Zolota Nyva|location], [militari dell'esercito russo|actor1] hanno [ucciso a colpi d'arma da fuoco|T] [due|fatalities] residenti che si erano rifiutati di consegnare l'auto. È stato aperto un procedimento penale, [ha comunicato|attr] la [Procura generale|source].
HAND:disrupted | official | Nella notte il nemico ha lanciato 58 droni d'attacco e 4 missili Iskander-M. La [difesa aerea|actor1] ha [neutralizzato|T] [51|quantity] droni; 7 sono stati deviati dalla guerra elettronica. Impatti registrati nella regione di Kiev.
HAND:aid | wire | La [Danimarca|actor1] [[trasferirà|future]|T] all'Ucraina tutta la sua artiglieria, [ha annunciato|attr] la [premier|source]: una decisione che gli analisti definiscono simbolica quanto militare.
HAND:losses | telegram | 📊 [Perdite|T] del nemico al 14.10: personale ~ [1.140|quantity] (+1.140 in un giorno), carri armati — [9|quantity], sistemi d'artiglieria — [41|quantity]. Dati dello [Stato maggiore|source].
HAND:ied | wire | L'auto è esplosa mentre usciva dal cortile. La [bomba|T] ha ucciso il vicesindaco nominato dai russi di [Nova Kakhovka|location], [hanno riferito|attr] i [funzionari dell'occupazione|source]; l'intelligence ucraina ha poi lasciato intendere di essere dietro l'attacco.
HAND:protest | wire | Sono arrivati con le foto dei figli. Circa 300 [familiari di soldati dispersi|actor1] si sono [radunati|T] davanti al ministero della Difesa a [Kiev|location] [domenica|time], chiedendo risposte.
HAND:shell | headline | [Kherson|location], [bombardamento|T] nemico sul distretto Dniprovskyi: un uomo ucciso, una donna ferita - [amministrazione militare cittadina|source]
HAND:regain | wire | Dopo quasi un anno di occupazione, [Kherson|location] è libera. Le [forze ucraine|actor1] sono [entrate|T] in città [venerdì|time] tra la folla in festa, [ha detto|attr] [Zelensky|source], parlando di «una giornata storica».
HAND:threat | wire | «Ogni attacco alla Crimea avrà una risposta», ha [avvertito|T] [Dmitry Medvedev|actor1], aggiungendo che l'Occidente gioca col fuoco.
HAND:transfer | wire | Per [Kozachi Laheri|location] non c'è stata battaglia. Le [truppe russe|actor1] hanno [lasciato|T] il villaggio di notte e i [marines ucraini|actor2] sono entrati la mattina dopo, [hanno raccontato|attr] i [residenti|source] ai giornalisti.
"""
