# ruff: noqa: E501
"""Plain short sentences and the passive voice ("Kherson was shelled by Russian forces"):
the commonest way news tells a strike, a capture or an interception, written for this project."""

# keys "<sub-type>+voice" have their own numbers of examples (they add to the data, not share it)
TARGETS = {"shell+voice": 180, "air+voice": 90, "regain+voice": 60, "overtake+voice": 60, "disrupted+voice": 50,
           "attack+voice": 30, "arrests+voice": 30, "NEG:background_participle+voice": 40}

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
"""
