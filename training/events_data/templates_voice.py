# ruff: noqa: E501
"""Plain short sentences and the passive voice ("Kherson was shelled by Russian forces"):
the commonest way news tells a strike, a capture or an interception, written for this project."""

# keys "<sub-type>+voice" have their own numbers of examples (they add to the data, not share it)
TARGETS = {"shell+voice": 180, "air+voice": 90, "regain+voice": 60, "overtake+voice": 60, "disrupted+voice": 50,
           "attack+voice": 30, "arrests+voice": 30, "NEG:background_participle+voice": 40,
           "shell+speech": 120, "air+speech": 80, "overtake+speech": 40, "regain+speech": 40, "clash+speech": 40,
           "diplo+plan": 80, "NEG:prediction+speech": 200}

EN = r"""
shell+voice | wire | {location:CITY} was [shelled|T] by {actor1:RU} {time:TIME}.
shell+voice | wire | {location:PLACE} was [shelled|T] {time:TIME}, {ATTR}.
shell+voice | wire | {location:VILLAGE} was [shelled|T] again {time:TIME}; {fatalities:NUM} people were killed.
shell+voice | headline | {location:NAME} [shelled|T] by {actor1:RU}
shell+voice | wire | Homes in {location:CITY} were [hit|T] by {actor1:RU} artillery {time:TIME}.
shell+voice | wire | {actor1:RU} [shelled|T] {location:CITY} {time:TIME}.
shell+voice | wire | {location:VILLAGE} came under [heavy shelling|T] {time:TIME}.
shell+voice | wire | {location:CITY} was [struck|T] by {MISSILE} {time:TIME}, {ATTR}.
shell+voice | official | {location:PLACE} was [shelled|T] {quantity:NUM} times {time:TIME}, {ATTR_UA}.
air+voice | wire | {location:CITY} was [attacked|T] by {DRONE} {time:TIME}.
air+voice | wire | {location:CITY} was [struck|T] by Russian drones {time:TIME}, {ATTR}.
air+voice | headline | {location:NAME} [hit|T] by drones overnight
air+voice | wire | An oil depot in {location:RUNAME} was [hit|T] by Ukrainian drones {time:TIME}, {ATTR_RU}.
air+voice | wire | {actor1:RU} [bombed|T] {location:CITY} {time:TIME}.
regain+voice | wire | {location:VNAME} was [liberated|T] by {actor1:UA} {time:TIME}, {ATTR_UA}.
regain+voice | wire | {location:VNAME} has been [retaken|T] by {actor1:UA}, {ATTR}.
regain+voice | headline | {location:VNAME} [retaken|T] by Ukrainian forces
overtake+voice | wire | {location:VNAME} was [captured|T] by {actor1:RU} {time:TIME}, {ATTR_RU}.
overtake+voice | headline | {location:VNAME} [falls|T] to Russian forces
overtake+voice | wire | {location:VNAME} has been [taken|T] by {actor1:RU}, {ATTR}.
disrupted+voice | wire | {quantity:NUM} Russian drones were [shot down|T] over the {location:REGION} {time:TIME}, {ATTR_UA}.
disrupted+voice | wire | {quantity:NUM} missiles were [intercepted|T] over {location:CITY} {time:TIME}.
attack+voice | wire | {fatalities:NUM} {actor2:CIVILIANS} were [shot dead|T] by {actor1:RU} in {location:VILLAGE}, {ATTR}.
arrests+voice | wire | {quantity:NUM} people were [detained|T] in {location:RUNAME} {time:TIME}, {ATTR}.
NEG:background_participle+voice | wire | The shelled town of {VNAME} has had no water for a week, residents say.
NEG:background_participle+voice | wire | Shelled repeatedly since the spring, {NAME} is now half empty.
shell+speech | wire | {source:SRC} [said|attr] that {actor1:RU} had [shelled|T] {location:CITY} {time:TIME}.
shell+speech | wire | {source:SRC} [said|attr] Russian artillery [hit|T] {location:PLACE} {time:TIME}, killing {fatalities:NUM} people.
shell+speech | wire | [Zelensky|source] [said|attr] that Russian [missiles struck|T] {location:CITY} {time:TIME}.
shell+speech | official | {source:SRC_UA} [reported|attr] that {actor1:RU} [fired|T] on {location:VILLAGE} {quantity:NUM} times {time:TIME}.
air+speech | wire | {source:SRC} [said|attr] that Russian [drones hit|T] {location:CITY} {time:TIME}.
air+speech | wire | [Zelensky|source] [said|attr] Russian [drones struck|T] energy sites in {location:CITY} {time:TIME}.
air+speech | wire | {source:SRC_RU} [said|attr] that Ukrainian [drones attacked|T] {location:RUNAME} {time:TIME}.
overtake+speech | wire | {source:SRC_RU} [said|attr] that {actor1:RU} had [captured|T] {location:VNAME}.
regain+speech | wire | {source:SRC_UA} [said|attr] that {actor1:UA} had [retaken|T] {location:VNAME} {time:TIME}.
clash+speech | wire | {source:SRC_UA} [said|attr] that {actor1:UA} [fought off|T] Russian assaults near {location:VNAME} {time:TIME}.
diplo+plan | wire | {actor1:LEADERS} [will|future] [meet|T] {actor2:LEADERS} in {location:ABROAD} next week.
diplo+plan | wire | {actor1:LEADERS} [is due to|future] [visit|T] {location:ABROAD} on Thursday for talks with its leaders.
diplo+plan | headline | {actor1:LEADERS} to [meet|T] {actor2:LEADERS} in {location:ABROAD}
NEG:prediction+speech | wire | {source:SRC} [said|attr] that Russian forces could try to shell {NAME} again in the coming days.
NEG:prediction+speech | wire | [Zelensky|source] [said|attr] Russia is preparing a new offensive and may strike {NAME} soon.
NEG:prediction+speech | wire | Analysts said the two leaders might meet in {ABROAD} later this year, though no date has been set.
NEG:prediction+speech | wire | {source:SRC_UA} [said|attr] the situation near {VNAME} remains difficult but under control.
diplo+plan | wire | {actor1:LEADERS} [will|future] [hold talks|T] with {actor2:LEADERS} in {location:ABROAD} on Monday, {ATTR}.
"""

IT = r"""
shell+voice | wire | {location:CITY} è stata [bombardata|T] {actor1:RU_PL_DA} {time:TIME}.
shell+voice | wire | {location:VILLAGE} è stato [bombardato|T] {time:TIME}, {ATTR}.
shell+voice | wire | {location:VILLAGE} è stato di nuovo [bombardato|T] {time:TIME}: {fatalities:NUM} i morti.
shell+voice | headline | {location:NAME} [bombardata|T] {actor1:RU_PL_DA}
shell+voice | wire | Alcune case {location:CITY_A} sono state [colpite|T] dall'artiglieria {actor1:RU_PL_DI} {time:TIME}.
shell+voice | wire | {actor1:RU_PL} hanno [bombardato|T] {location:CITY} {time:TIME}.
shell+voice | wire | {location:CITY} è stata [colpita|T] da {MISSILE} {time:TIME}, {ATTR}.
shell+voice | mt | {location:CITY} è stata [sgranata|T] {actor1:RU_PL_DA} {time:TIME}.
air+voice | wire | {location:CITY} è stata [attaccata|T] da {DRONE} {time:TIME}.
air+voice | headline | {location:NAME} [colpita|T] da droni nella notte
air+voice | wire | Un deposito di carburante {location:RUREGION_A} è stato [colpito|T] da droni ucraini {time:TIME}, {ATTR_RU}.
regain+voice | wire | {location:VNAME} è stato [liberato|T] {actor1:UA_PL_DA} {time:TIME}, {ATTR_UA}.
regain+voice | headline | {location:VNAME} [riconquistato|T] {actor1:UA_PL_DA}
overtake+voice | wire | {location:VNAME} è stato [conquistato|T] {actor1:RU_PL_DA} {time:TIME}, {ATTR_RU}.
overtake+voice | headline | {location:VNAME} [cade|T] in mano russa
disrupted+voice | wire | {quantity:NUM} droni russi sono stati [abbattuti|T] {location:REGION_A} {time:TIME}, {ATTR_UA}.
disrupted+voice | wire | {quantity:NUM} missili sono stati [intercettati|T] sopra {location:CITY} {time:TIME}.
attack+voice | wire | {fatalities:NUM} {actor2:CIVILIANS} sono stati [uccisi a colpi d'arma da fuoco|T] {actor1:RU_PL_DA} {location:VILLAGE_A}, {ATTR}.
arrests+voice | wire | {quantity:NUM} persone sono state [fermate|T] {location:RUREGION_A} {time:TIME}, {ATTR}.
NEG:background_participle+voice | wire | La città bombardata di {VNAME} è senz'acqua da una settimana, dicono i residenti.
NEG:background_participle+voice | wire | Bombardata più volte dalla primavera, {NAME} è ormai mezza vuota.
shell+speech | wire | [Zelensky|source] [ha detto|attr] che {actor1:RU_PL} hanno [bombardato|T] {location:CITY} {time:TIME}.
shell+speech | wire | Il [sindaco|source] [ha riferito|attr] che l'artiglieria russa ha [colpito|T] {location:PLACE} {time:TIME}, uccidendo {fatalities:NUM} persone.
shell+speech | official | {source:SRC_UA} [ha riferito|attr] che {actor1:RU_PL} hanno [aperto il fuoco|T] su {location:VILLAGE} {quantity:NUM} volte {time:TIME}.
air+speech | wire | [Zelensky|source] [ha detto|attr] che droni russi hanno [colpito|T] {location:CITY} {time:TIME}.
air+speech | wire | Il [governatore|source] [ha detto|attr] che [droni russi hanno colpito|T] impianti energetici {location:CITY_A} {time:TIME}.
air+speech | wire | {source:SRC_RU} [ha affermato|attr] che droni ucraini hanno [attaccato|T] {location:RUNAME} {time:TIME}.
overtake+speech | wire | {source:SRC_RU} [ha dichiarato|attr] che {actor1:RU_PL} hanno [conquistato|T] {location:VNAME}.
regain+speech | wire | {source:SRC_UA} [ha detto|attr] che {actor1:UA_PL} hanno [liberato|T] {location:VNAME} {time:TIME}.
clash+speech | wire | {source:SRC_UA} [ha detto|attr] che {actor1:UA_PL} hanno [respinto|T] gli assalti russi vicino a {location:VNAME} {time:TIME}.
diplo+plan | wire | {actor1:LEADERS} [[incontrerà|future]|T] {actor2:LEADERS} a {location:ABROAD} la prossima settimana.
diplo+plan | wire | {actor1:LEADERS} [[si recherà|future]|T] a {location:ABROAD} giovedì per colloqui con i suoi leader.
diplo+plan | headline | {actor1:LEADERS} [[vedrà|future]|T] {actor2:LEADERS} a {location:ABROAD}
NEG:prediction+speech | wire | Il [governatore|source] [ha detto|attr] che le forze russe potrebbero tornare a bombardare {NAME} nei prossimi giorni.
NEG:prediction+speech | wire | [Zelensky|source] [ha detto|attr] che la Russia prepara una nuova offensiva e potrebbe colpire {NAME} presto.
NEG:prediction+speech | wire | Secondo gli analisti i due leader potrebbero incontrarsi a {ABROAD} entro l'anno, ma non c'è ancora una data.
NEG:prediction+speech | wire | {source:SRC_UA} [ha detto|attr] che la situazione vicino a {VNAME} resta difficile ma sotto controllo.
diplo+plan | wire | {actor1:LEADERS} [[avrà|future] colloqui|T] con {actor2:LEADERS} a {location:ABROAD} lunedì, {ATTR}.
"""
