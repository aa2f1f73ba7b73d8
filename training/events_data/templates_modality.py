# ruff: noqa: E501
"""Denials, hedges and plans in both languages: the claims a reader must not take at face value."""

EN = r"""
shell | wire | {source:SRC_RU} [denied|denial] that {actor1:RU} had [shelled|T] {location:CITY}, calling the reports a provocation.
shell | wire | {source:SRC_UA} [rejected|denial] Russian claims that {actor1:UA} had [fired|T] on {location:DONBAS}.
shell | headline | [Moscow|source] [denies|denial] [striking|T] {location:NAME} hospital
shell | wire | {actor1:RU} [allegedly|hedge] [fired|T] cluster munitions at {location:VILLAGE} {time:TIME}, {ATTR}.
shell | wire | A Russian [missile|T] [may have|hedge] hit the dam near {location:NAME}, {ATTR}.
air | wire | {source:SRC_RU} [dismissed as fake|denial] reports that its [drones struck|T] a maternity ward in {location:NAME}.
air | wire | A Ukrainian [drone|T] [is believed to have|hedge] hit an oil depot in {location:RUNAME} {time:TIME}.
air | headline | [Kyiv|source] [denies|denial] [drone attack|T] on {location:RUNAME}
clash | wire | {source:SRC_UA} [denied|denial] that any [fighting|T] had taken place in {location:VNAME}, saying the village remained calm.
clash | isw | {actor1:RU} [reportedly|hedge] [attacked|T] near {location:VNAME}, but ISW has not observed confirmation of the claim.
overtake | wire | {source:SRC_UA} [refuted|denial] Moscow's claim that {actor1:RU} had [captured|T] {location:VNAME}, saying fighting continues.
overtake | headline | [Ukraine|source] [denies|denial] [loss|T] of {location:VNAME}
overtake | wire | {actor1:RU} [may have|hedge] [seized|T] {location:VNAME}, {ATTR}.
regain | wire | {source:SRC_RU} [denied|denial] that {actor1:UA} had [liberated|T] {location:VNAME}, saying Russian units still hold it.
regain | wire | {actor1:UA} have [apparently|hedge] [recaptured|T] {location:VNAME}, {ATTR}.
attack | wire | {source:SRC_RU} [rejected|denial] accusations that its soldiers had [killed|T] civilians in {location:VNAME}.
attack | wire | Russian troops [allegedly|hedge] [executed|T] {fatalities:NUM} civilians in {location:VNAME}, {ATTR_UA}.
abduct | wire | Occupation officials [denied|denial] [detaining|T] the mayor of {location:NAME}.
aid | wire | {actor1:RU_ALLIES} [denied|denial] [supplying|T] weapons to Russia for use in Ukraine.
aid | wire | {actor1:STATES} [[is expected to approve|future]|T] a new aid package for Ukraine [next month|future].
aid | wire | {actor1:STATES} [[plans to send|future]|T] {quantity:NUM_BIG} more tanks to Ukraine, {ATTR}.
losses | wire | {source:SRC_RU} [denied|denial] Ukrainian claims that Russia had [lost|T] {quantity:NUM_BIG} soldiers near {location:NAME}.
disrupted | wire | {source:SRC_UA} [denied|denial] Russian claims that its [air defence had shot down|T] {quantity:NUM_BIG} ATACMS missiles.
diplo | wire | {actor1:LEADERS} [[is due to meet|future]|T] {actor2:LEADERS} in {location:ABROAD} {time:TIME}, {ATTR}.
diplo | wire | The [Kremlin|source] [denied|denial] that {actor1:LEADERS} had [held talks|T] with {actor2:LEADERS}.
sanctions | wire | {actor1:STATES} [[will impose|future]|T] new sanctions on Russian banks [from next week|future], {ATTR}.
ceasefire | wire | {actor1:STATES} [[is expected to propose|future]|T] a ceasefire at the summit in {location:ABROAD}.
agreement | wire | The [Kremlin|source] [denied|denial] that a [prisoner exchange|T] had been agreed with Kyiv.
threat | wire | {actor1:THREATENERS} [[will|future] accuse|T] Kyiv of the strike at the UN Security Council, {ATTR}.
hq | wire | {actor1:RU} have [reportedly|hedge] [set up|T] a command post in the school of {location:VILLAGE}.
looting | wire | {source:SRC_RU} [denied|denial] that its troops had [looted|T] homes in {location:VILLAGE}.
"""

IT = r"""
shell | wire | {source:SRC_RU} ha [negato|denial] che {actor1:RU_PL} abbiano [bombardato|T] {location:CITY}, definendo le notizie una provocazione.
shell | wire | {source:SRC_UA} ha [respinto|denial] le accuse russe secondo cui {actor1:UA_PL} avrebbero [aperto il fuoco|T] su {location:DONBAS}.
shell | headline | [Mosca|source] [smentisce|denial]: nessun [attacco|T] all'ospedale di {location:NAME}
shell | wire | {actor1:RU_PL} [avrebbero|hedge] [lanciato|T] munizioni a grappolo {location:VILLAGE_SU} {time:TIME}, {ATTR}.
shell | wire | Un [missile|T] russo [potrebbe aver|hedge] colpito la diga vicino a {location:NAME}, {ATTR}.
air | wire | {source:SRC_RU} ha [bollato come falsa|denial] la notizia secondo cui i suoi [droni avrebbero colpito|T] un reparto maternità a {location:NAME}.
air | wire | Un [drone|T] ucraino [avrebbe|hedge] colpito un deposito di carburante a {location:RUNAME} {time:TIME}.
air | headline | [Kiev|source] [smentisce|denial] l'[attacco con droni|T] su {location:RUNAME}
clash | wire | {source:SRC_UA} ha [negato|denial] che ci siano stati [combattimenti|T] a {location:VNAME}, dove la situazione resta calma.
clash | isw | {actor1:RU_PL} [avrebbero|hedge] [attaccato|T] vicino a {location:VNAME}, ma l'Isw non ha trovato conferme.
overtake | wire | {source:SRC_UA} ha [smentito|denial] la [conquista|T] di {location:VNAME} annunciata da Mosca: i combattimenti continuano.
overtake | headline | [Kiev|source] [smentisce|denial] la [caduta|T] di {location:VNAME}
overtake | wire | {actor1:RU_PL} [potrebbero aver|hedge] [preso|T] {location:VNAME}, {ATTR}.
regain | wire | {source:SRC_RU} ha [negato|denial] che {actor1:UA_PL} abbiano [liberato|T] {location:VNAME}: il villaggio resterebbe sotto controllo russo.
regain | wire | {actor1:UA_PL} [sembrano aver|hedge] [riconquistato|T] {location:VNAME}, {ATTR}.
attack | wire | {source:SRC_RU} ha [respinto le accuse|denial] secondo cui i suoi soldati avrebbero [ucciso|T] civili a {location:VNAME}.
attack | wire | Le truppe russe [avrebbero|hedge] [giustiziato|T] {fatalities:NUM} civili a {location:VNAME}, {ATTR_UA}.
abduct | wire | I funzionari dell'occupazione hanno [negato|denial] di aver [arrestato|T] il sindaco {location:CITY_DI}.
aid | wire | {actor1:RU_ALLIES} ha [negato|denial] di aver [fornito|T] armi alla Russia da usare in Ucraina.
aid | wire | {actor1:STATES} [[dovrebbe approvare|future]|T] un nuovo pacchetto di aiuti per l'Ucraina [il mese prossimo|future].
aid | wire | {actor1:STATES} [[intende inviare|future]|T] altri {quantity:NUM_BIG} carri armati all'Ucraina, {ATTR}.
losses | wire | {source:SRC_RU} ha [smentito|denial] le cifre ucraine secondo cui la Russia avrebbe [perso|T] {quantity:NUM_BIG} soldati vicino a {location:NAME}.
disrupted | wire | {source:SRC_UA} ha [negato|denial] che la difesa aerea russa abbia [abbattuto|T] {quantity:NUM_BIG} missili ATACMS.
diplo | wire | {actor1:LEADERS} [[dovrebbe incontrare|future]|T] {actor2:LEADERS} a {location:ABROAD} {time:TIME}, {ATTR}.
diplo | wire | Il [Cremlino|source] ha [smentito|denial] che {actor1:LEADERS} abbia [avuto colloqui|T] con {actor2:LEADERS}.
sanctions | wire | {actor1:STATES} [[imporrà|future]|T] nuove sanzioni alle banche russe [dalla prossima settimana|future], {ATTR}.
ceasefire | wire | {actor1:STATES} [[dovrebbe proporre|future]|T] un cessate il fuoco al vertice di {location:ABROAD}.
agreement | wire | Il [Cremlino|source] ha [smentito|denial] che sia stato concordato uno [scambio di prigionieri|T] con Kiev.
threat | wire | {actor1:THREATENERS} [[accuserà|future]|T] Kiev dell'attacco al Consiglio di sicurezza dell'Onu, {ATTR}.
hq | wire | {actor1:RU_PL} [avrebbero|hedge] [allestito|T] un posto di comando nella scuola {location:VILLAGE_DI}.
looting | wire | {source:SRC_RU} ha [negato|denial] che le sue truppe abbiano [saccheggiato|T] le case {location:VILLAGE_DI}.
"""

# several events in one sentence: one per place, or two kinds of attack
MULTI_EN = r"""
shell | wire | {actor1:RU} [shelled|T] {location+:NAME} {time:TIME}, {ATTR}.
shell | telegram | Today the [enemy|actor1] [fired|T] on {location+:VNAME}: {quantity:NUM} wounded in total.
air | wire | {actor1:RU} [launched drone attacks|T] on {location+:CITY} {time:TIME}, damaging energy facilities, {ATTR}.
air | wire | {actor1#*:RU} [hit|T] {location:NAME} with guided bombs and [shelled|T#2=shell] {location#2:VILLAGE} with artillery, {ATTR}.
clash | isw | {actor1#*:UA} [repelled|T] Russian attacks near {location+:VNAME} and [recaptured|T#2=regain] {location#2:VNAME}, {ATTR_UA}.
overtake | official | {actor1:RU} have [liberated|T] {location+:VNAME} over the past week, {ATTR_RU}.
disrupted | official | [Air defence|actor1#*] [shot down|T] drones over {location+:REGION} {time:TIME}, {ATTR}.
attack | wire | {actor1#*:RU} [shelled|T=shell] {location:NAME} and [shot|T] a civilian in {location#2:VNAME}, {ATTR}.
"""

MULTI_IT = r"""
shell | wire | {actor1:RU_PL} hanno [bombardato|T] {location+:NAME} {time:TIME}, {ATTR}.
shell | telegram | Oggi il [nemico|actor1] ha [sparato|T] su {location+:VNAME}: {quantity:NUM} feriti in totale.
air | wire | {actor1:RU_PL} hanno [attaccato con droni|T] {location+:CITY} {time:TIME}, danneggiando impianti energetici, {ATTR}.
air | wire | {actor1#*:RU_PL} hanno [colpito|T] {location:NAME} con bombe guidate e [bombardato|T#2=shell] {location#2:VILLAGE} con l'artiglieria, {ATTR}.
clash | isw | {actor1#*:UA_PL} hanno [respinto|T] attacchi russi vicino a {location+:VNAME} e hanno [riconquistato|T#2=regain] {location#2:VNAME}, {ATTR_UA}.
overtake | official | {actor1:RU_PL} hanno [liberato|T] {location+:VNAME} nell'ultima settimana, {ATTR_RU}.
disrupted | official | La [contraerea|actor1] ha [abbattuto|T] droni {location+:REGION_SU} {time:TIME}, {ATTR}.
attack | wire | {actor1#*:RU_PL} hanno [bombardato|T=shell] {location:NAME} e [ucciso|T] un civile a {location#2:VNAME}, {ATTR}.
"""

# hard cases named in issue 14: the claimant's capital is not the place; a supplier is not an aid event
CASES_EN = r"""
shell | wire | [Moscow|source] [accused|attr] [Kyiv|actor1] of [shelling|T] {location:RUNAME} {time:TIME}, killing {fatalities:NUM} people.
shell | wire | [Kyiv|source] [said|attr] {actor1:RU} had [struck|T] {location:CITY} with {MISSILE} {time:TIME}.
shell | wire | {actor1:UA} [fired|T] US-made HIMARS rockets at {location:DONBAS}, {ATTR_RU}.
shell | wire | {actor1:RU} [shelled|T] {location:VILLAGE} with North Korean artillery shells, {ATTR_UA}.
air | wire | {actor1:RU} [attacked|T] {location:CITY} with Iranian-designed Shahed drones {time:TIME}, {ATTR}.
clash | wire | {actor1:UA} using German-supplied Leopard tanks [attacked|T] Russian positions near {location:VNAME}, {ATTR_RU}.
air | wire | [Washington|source] [said|attr] [Russia|actor1] had [used|T] Iranian drones against {location:CITY}, killing {fatalities:NUM} civilians.
threat | wire | [Moscow|actor1] [accused|T] [Kyiv|actor2] of staging the attack on {location:NAME}, {ATTR}.
"""

CASES_IT = r"""
shell | wire | [Mosca|source] ha [accusato|attr] [Kiev|actor1] di aver [bombardato|T] {location:RUNAME} {time:TIME}, uccidendo {fatalities:NUM} persone.
shell | wire | [Kiev|source] [ha detto|attr] che {actor1:RU_PL} hanno [colpito|T] {location:CITY} con {MISSILE} {time:TIME}.
shell | wire | {actor1:UA_PL} hanno [lanciato|T] razzi HIMARS di fabbricazione americana su {location:DONBAS}, {ATTR_RU}.
shell | wire | {actor1:RU_PL} hanno [bombardato|T] {location:VILLAGE} con proiettili d'artiglieria nordcoreani, {ATTR_UA}.
air | wire | {actor1:RU_PL} hanno [attaccato|T] {location:CITY} con droni Shahed di progettazione iraniana {time:TIME}, {ATTR}.
clash | wire | {actor1:UA_PL} hanno [attaccato|T] con carri Leopard forniti dalla Germania le posizioni russe vicino a {location:VNAME}, {ATTR_RU}.
air | wire | [Washington|source] [ha detto|attr] che la [Russia|actor1] ha [usato|T] droni iraniani contro {location:CITY}, uccidendo {fatalities:NUM} civili.
threat | wire | [Mosca|actor1] ha [accusato|T] [Kiev|actor2] di aver inscenato l'attacco a {location:NAME}, {ATTR}.
"""
