# ruff: noqa: E501
"""English templates, written for this project. One line: key | register | template (syntax: engine.py)."""

TEMPLATES = r"""
# ---------------------------------------------------------------- Battles
clash | wire | Heavy [fighting|T] continues {location:PLACE} between {actor1:UA} and {actor2:RU}, {ATTR}.
clash | isw | {actor1:RU} [conducted unsuccessful ground assaults|T] near {location+:VNAME} {time:TIME}.
clash | isw | {actor1:RU} [continued offensive operations|T] near {location+:VNAME} {time:TIME}, but did not make confirmed advances.
clash | official | {actor1:UA} [repelled|T] {quantity:NUM_BIG} Russian assaults near {location:NAME} over the past day, {ATTR_UA}.
clash | telegram | ⚡️ {location:NAME} direction: the [enemy|actor1] [attacked|T] our positions near {location#0:VNAME} {NUM} times, all attacks repelled.
clash | headline | [Clashes|T] near {location:NAME} as {actor1:RU} push on
clash | wire | {actor1:UA} and {actor2:RU} [fought|T] for control of {location:VILLAGE} {time:TIME}, {ATTR}.
clash | official | {time:TIME} {quantity:NUM_BIG} [combat engagements|T] took place along the front, including near {location:NAME}, {ATTR_UA}.
# ---------------------------------------------------------------- territory
regain | wire | {actor1:UA} have [recaptured|T] {location:VILLAGE}, {ATTR_UA}.
regain | wire | {actor1:UA} [{TV_REGAIN}|T] {location:PLACE} {time:TIME} and raised the national flag over the council building.
regain | headline | {actor1:UA} [retake|T] {location:VNAME}
regain | official | {actor1:RU} have [regained control of|T] {location:RUVNAME} in the Kursk region, {ATTR_RU}.
regain | isw | Geolocated footage published {time:TIME} indicates that {actor1:UA} [recently advanced into|T] {location:VNAME} and [cleared|T#0] the settlement.
regain | telegram | 🇺🇦 {location:VNAME} is Ukrainian again! {actor1:UA} [liberated|T] the village, {ATTR_UA}.
regain | wire | {actor1:RU} [{TV_REGAIN}|T] {location+:RUVNAME} in the Kursk region, pushing Ukrainian units back across the border, {ATTR_RU}.
overtake | official | {actor1:RU} have [liberated|T] the settlement of {location:VNAME} in the Donetsk People's Republic, {ATTR_RU}.
overtake | wire | {actor1:RU} [{TV_OVERTAKE}|T] {location:VILLAGE} {time:TIME}, {ATTR}.
overtake | headline | [Russia|source] [claims|attr] [capture|T] of {location:VNAME}
overtake | isw | {actor1:RU} [{TV_OVERTAKE}|T] {location:VNAME} and are consolidating positions west of the settlement, {ATTR}.
overtake | wire | {actor1:UA} [took control of|T] {location:RUVNAME} in Russia's Kursk region {time:TIME}, {ATTR_UA}.
overtake | telegram | ❗️{actor1:RU} [entered|T] {location:VNAME}, fighting in the center of the village, {ATTR}.
overtake | official | {location:NAME} has [fallen|T]: {actor1:RU} now control the city, {ATTR}.
overtake | wire | {source:SRC_UA} {SAID} {actor1:UA} had [withdrawn from|T=change] {location#*:VNAME}, which {actor1#2:RU} then [occupied|T#2].
# ---------------------------------------------------------------- explosions / remote violence
chem | wire | {actor1:RU} [used chloropicrin|T] against Ukrainian positions near {location:NAME}, {ATTR_UA}.
chem | official | {time:TIME} {actor1:RU} [dropped K-51 tear gas grenades|T] on {actor2:UA} near {location:VNAME}, {ATTR_UA}.
chem | headline | [Ukraine|source] [accuses|attr] [Russia|actor1] of [chemical attack|T] near {location:NAME}
chem | wire | {quantity:NUM} soldiers were treated for poisoning after {actor1:RU} [fired munitions loaded with toxic substances|T] at trenches {location:VILLAGE}.
chem | isw | {actor1:RU} [reportedly|hedge] [used riot control agents|T] in combat near {location:VNAME}, a violation of the Chemical Weapons Convention.
chem | telegram | ☣️ {location:VNAME}: the [occupiers|actor1] [dropped a chemical munition|T] from a drone on our positions, {ATTR_UA}.
chem | official | {actor1:UA} [used toxic chemicals|T] against Russian servicemen near {location:NAME}, {ATTR_RU}.
air | wire | A Russian [drone strike|T] on {location:PLACE} {time:TIME} killed {fatalities:NUM} {actor2:CIVILIANS}, {ATTR}.
air | wire | {actor1:RU} [attacked|T] {location:CITY} with {DRONE} {time:TIME}, damaging homes and a school, {ATTR}.
air | official | {time:TIME} {actor1:RU} [dropped|T] {quantity:NUM_BIG} guided aerial bombs on {location:PLACE}, {ATTR_UA}.
air | headline | Russian [airstrike|T] on {location:NAME} kills {fatalities:NUM}
air | telegram | 🔴 {location:NAME}: [enemy|actor1] [FPV drone hit|T] a civilian car, {quantity:NUM} people injured.
air | wire | A Ukrainian [drone attack|T] on {location:NAME} {time:TIME} set an oil depot on fire, {ATTR_RU}.
air | isw | {actor1:RU} [conducted glide bomb strikes|T] against {location+:VNAME} {time:TIME}.
air | wire | {actor1:RU} [launched|T] {quantity:NUM_BIG} Shahed drones at {location:CITY} {time:TIME}; {source:SRC_UA} {SAID} most were shot down.
air | headline | {location:NAME} hit by [Shahed drones|T] [overnight|time] - [mayor|source]
suicide | wire | A [suicide bomber|T] blew himself up at a checkpoint in {location:NAME} {time:TIME}, killing {fatalities:NUM} people, {ATTR}.
suicide | wire | A [man|actor1] [detonated an explosive belt|T] outside a police station in {location:RUNAME}, killing himself and {fatalities:NUM} officers.
suicide | headline | [Suicide bombing|T] at {location:NAME} recruitment office leaves {fatalities:NUM} dead
suicide | official | {source:SRC} {SAID} a [suicide car bomb|T] had exploded near a military base in {location:NAME} {time:TIME}.
suicide | telegram | 💥 {location:NAME}: a [suicide attacker|T] detonated explosives near the administration building, {fatalities:NUM} killed.
suicide | wire | {time:TIME} an [attacker|actor1] [blew himself up|T] in {location:RUNAME} as police tried to detain him, {ATTR}.
suicide | isw | A [suicide bombing|T] targeted a Rosgvardia convoy near {location:NAME}, {source:SRC} {SAID}, killing {fatalities:NUM} servicemen.
shell | wire | {actor1:RU} [{TV_SHELL}|T] {location:PLACE} {time:TIME}, killing {fatalities:NUM} {actor2:CIVILIANS}, {ATTR}.
shell | wire | {actor1:RU} [{TV_SHELL}|T] {location+:VNAME} {time:TIME}, {ATTR}.
shell | headline | {location:NAME} [shelled|T] by [Russians|actor1]: {fatalities:NUM} killed
shell | headline | {fatalities:NUM} civilians killed in [shelling|T] of {location:NAME} district - [governor|source]
shell | wire | {fatalities:NUM} people were killed and {quantity:NUM} wounded when a Russian [missile hit|T] a residential building in {location:CITY} {time:TIME}, {ATTR}.
shell | official | {time:TIME} {actor1:RU} [carried out a missile strike|T] with {MISSILE} on {location:CITY}, {ATTR_UA}.
shell | telegram | ‼️ {location:NAME} under [artillery fire|T] again. {quantity:NUM} wounded, no dead so far.
shell | wire | {fatalities:NUM} residents were killed after the [APU|actor1] [struck|T] an apartment block in {location:NAME}, {ATTR_RU}.
shell | wire | {actor1:UA} [fired|T] {MISSILE} at {location:CITY}, wounding {quantity:NUM} {actor2:CIVILIANS}, {ATTR_RU}.
shell | isw | {actor1:RU} continued routine [artillery strikes|T] against {location+:VNAME} {time:TIME}.
shell | wire | {time:TIME} Russian [rockets struck|T] the center of {location:CITY}; {fatalities:NUM} civilians died and {quantity:NUM} were injured, {ATTR}.
ied | wire | A [car bomb|T] exploded in {location:NAME} {time:TIME}, killing a Russian-installed official, {ATTR}.
ied | wire | A tractor driver was killed when his vehicle [hit a landmine|T] near {location:VILLAGE}, {ATTR}.
ied | official | An [explosive device|T] detonated under the car of a collaborator in {location:NAME} {time:TIME}, {ATTR_UA}.
ied | headline | [Mine blast|T] kills {fatalities:NUM} in {location:NAME} region
ied | telegram | 💥 {location:NAME}: [IED explosion|T] near the occupiers' command post, {quantity:NUM} wounded.
ied | wire | {fatalities:NUM} deminers died when an [anti-tank mine exploded|T] in a field outside {location:VILLAGE}, {ATTR}.
ied | wire | [Partisans|actor1] [blew up|T] a railway bridge near {location:NAME}, derailing a train carrying fuel, {ATTR}.
grenade | wire | A [man|actor1] [threw a grenade|T] into a village council meeting in {location:VILLAGE}, wounding {quantity:NUM} people, {ATTR}.
grenade | wire | A [soldier|actor1] [detonated a grenade|T] in a barracks in {location:NAME} {time:TIME}, killing {fatalities:NUM} servicemen.
grenade | headline | [Grenade attack|T] on {location:NAME} police station
grenade | official | {time:TIME} an [unknown person|actor1] [threw a hand grenade|T] at a car in {location:NAME}, {ATTR}.
grenade | telegram | {location:NAME}: [grenade thrown|T] at the office of the occupation administration, {quantity:NUM} injured.
grenade | wire | A [grenade exploded|T] in a crowded market in {location:NAME}, killing {fatalities:NUM} people, {ATTR}.
# ---------------------------------------------------------------- violence against civilians
sexual | wire | [Russian soldiers|actor1] [raped|T] a woman in {location:VILLAGE} during the occupation, {ATTR}.
sexual | official | {source:SRC_UA} {SAID} it had opened a case after {actor1:RU} [sexually assaulted|T] {actor2:CIVILIANS} in {location:NAME}.
sexual | headline | Investigators document [sexual violence|T] by occupiers in {location:NAME}
sexual | wire | A [UN commission|source] [found|attr] that {actor1:RU} [committed rape|T] against detainees in {location:NAME}.
sexual | telegram | ❗️ {location:VNAME}: an occupier [raped|T] a 16-year-old girl, {ATTR_UA}.
sexual | isw | [Russian personnel|actor1] in occupied {location:NAME} [reportedly|hedge] [subjected|T] Ukrainian detainees to sexual violence.
attack | wire | {actor1:RU} [shot dead|T] {fatalities:NUM} {actor2:CIVILIANS} trying to flee {location:VILLAGE}, {ATTR}.
attack | wire | [Russian soldiers|actor1] [executed|T] {fatalities:NUM} Ukrainian prisoners of war near {location:NAME}, {ATTR_UA}.
attack | headline | [Occupiers|actor1] [shoot|T] civilian car near {location:NAME}: {fatalities:NUM} dead
attack | official | In {location:VILLAGE} {actor1:RU} [tortured|T] local residents held in a basement, {ATTR}.
attack | telegram | ⚠️ {location:NAME}: [Russian soldiers|actor1] [opened fire on|T] an evacuation bus, {quantity:NUM} wounded.
attack | wire | {actor1:RU} [beat|T] a volunteer delivering food in {location:NAME} {time:TIME}, {ATTR}.
attack | isw | [Russian forces|actor1] [reportedly|hedge] [executed|T] surrendering Ukrainian servicemen near {location:VNAME}.
abduct | wire | {actor1:RU} [abducted|T] the mayor of {location:NAME}, {ATTR}.
abduct | wire | [Russian troops|actor1] [kidnapped|T] {quantity:NUM} local residents in {location:VILLAGE}; their whereabouts remain unknown.
abduct | official | {source:SRC_UA} {SAID} {actor1:RU} had [forcibly deported|T] {quantity:NUM_BIG} children from {location:NAME}.
abduct | headline | [Occupiers|actor1] [detain and disappear|T] activist in {location:NAME}
abduct | telegram | 🚨 {location:NAME}: the [occupiers|actor1] [took away|T] a priest, nobody knows where he is.
abduct | wire | {time:TIME} [masked men|actor1] [seized|T] a journalist in {location:NAME} and drove him to an unknown location, {ATTR}.
# ---------------------------------------------------------------- protests and riots
protest | wire | Hundreds of {actor1:CIVILIANS} [rallied|T] in {location:ABROAD} {time:TIME} against the war in Ukraine.
protest | wire | [Residents|actor1] of occupied {location:NAME} [protested|T] against the Russian occupation, waving Ukrainian flags.
protest | headline | [Thousands|actor1] [march|T] in {location:ABROAD} in support of Ukraine
protest | wire | [Relatives of prisoners of war|actor1] [held a rally|T] in {location:CAPITAL} {time:TIME}, demanding an exchange.
protest | telegram | 📢 {location:NAME}: {actor1:CIVILIANS} [gathered|T] in the central square demanding the return of the defenders.
protest | official | About 200 people [demonstrated|T] peacefully outside the Russian embassy in {location:ABROAD}, {ATTR}.
protest_int | wire | [Police|actor1] [detained|T] {quantity:NUM_BIG} anti-war protesters in {location:ABROAD} {time:TIME}, {ATTR}.
protest_int | wire | [Russian police|actor1] [dispersed|T] a small rally in {location:ABROAD} and detained {quantity:NUM} people.
protest_int | headline | Anti-war [protesters detained|T] in {location:ABROAD}
protest_int | telegram | {location:NAME}: the [occupiers|actor1] [broke up|T] a pro-Ukrainian rally and detained {quantity:NUM} participants.
protest_int | official | {source:SRC} {SAID} police had [detained|T] {quantity:NUM_BIG} people at an unauthorised protest in {location:ABROAD}.
protest_int | wire | [Riot police|actor1] [arrested|T] women protesting against mobilisation in {location:ABROAD} {time:TIME}.
excessive | wire | [Russian troops|actor1] [opened fire on|T] a pro-Ukrainian rally in {location:NAME}, wounding {quantity:NUM} protesters, {ATTR}.
excessive | wire | [Police|actor1] [beat|T] protesters with batons in {location:ABROAD} {time:TIME}, {ATTR}.
excessive | headline | [Occupiers|actor1] [fire stun grenades|T] at protesters in {location:NAME}
excessive | telegram | ⚡️ {location:NAME}: soldiers [shot at|T] people at a peaceful rally, {quantity:NUM} injured.
excessive | wire | [Security forces|actor1] [used tear gas|T] against peaceful demonstrators in {location:ABROAD}, injuring {quantity:NUM_BIG}.
excessive | official | {source:SRC} {SAID} [Rosgvardia officers|actor1] had [beaten|T] detained protesters in {location:ABROAD}.
violent_demo | wire | [Protesters|actor1] [clashed with police|T] in {location:ABROAD} {time:TIME}, throwing stones and bottles.
violent_demo | wire | [Demonstrators|actor1] [set fire to|T] a military recruitment office in {location:ABROAD}, {ATTR}.
violent_demo | headline | Anti-mobilisation [riot|T] in {location:ABROAD}
violent_demo | telegram | 🔥 {location:ABROAD}: [protesters|actor1] [smashed windows|T] of the administration and fought with riot police.
violent_demo | official | {quantity:NUM} police officers were injured when [demonstrators|actor1] [attacked|T] a cordon in {location:ABROAD}, {ATTR}.
violent_demo | wire | A protest against the war [turned violent|T] in {location:ABROAD} {time:TIME} as demonstrators hurled flares at police.
mob | wire | A [mob attacked|T] recruitment officers in {location:NAME} {time:TIME}, {ATTR}.
mob | wire | A [crowd|actor1] [stormed|T] the airport in {location:ABROAD} looking for passengers arriving from Israel.
mob | headline | [Crowd beats|T] conscription officer in {location:NAME}
mob | telegram | {location:NAME}: [locals|actor1] [beat up|T] a man accused of looting, police arrived later.
mob | official | {quantity:NUM} people were hurt when a [mob attacked|T] a Roma settlement near {location:NAME}, {ATTR}.
mob | wire | [Angry residents|actor1] [lynched|T] a suspected saboteur in {location:ABROAD}, {ATTR}.
# ---------------------------------------------------------------- strategic developments
agreement | wire | [Russia and Ukraine|actor1] [exchanged|T] {quantity:NUM_BIG} prisoners of war each {time:TIME}, {ATTR}.
agreement | wire | [Moscow and Kyiv|actor1] [agreed|T] to open a humanitarian corridor from {location:NAME}, {ATTR}.
agreement | headline | [Prisoner swap|T]: {quantity:NUM_BIG} Ukrainians come home
agreement | official | {source:SRC_UA} {SAID} the bodies of {quantity:NUM_BIG} fallen defenders had been [repatriated|T] under an agreement with Russia.
agreement | wire | [Ukraine and Russia|actor1] [signed|T] a deal in {location:ABROAD} to resume grain shipments from Black Sea ports.
agreement | telegram | 🇺🇦 Another [exchange|T]! {quantity:NUM_BIG} of our defenders are home, {ATTR_UA}.
arrests | wire | The [SBU|actor1] [detained|T] a Russian agent in {location:NAME} who was spotting targets for missile strikes, {ATTR}.
arrests | wire | [Russian authorities|actor1] [arrested|T] a man in {location:ABROAD} on suspicion of sabotage on the railway.
arrests | headline | [FSB|actor1] [arrests|T] alleged Ukrainian spy in {location:NAME}
arrests | official | [Police|actor1] [detained|T] {quantity:NUM} suspects in {location:NAME} {time:TIME}, {ATTR}.
arrests | telegram | 🚔 {location:NAME}: collaborator [detained|T], he was passing coordinates to the enemy.
arrests | wire | [Occupation authorities|actor1] [arrested|T] a teacher in {location:NAME} for singing the Ukrainian anthem, {ATTR}.
change | wire | {actor1:RU} [withdrew from|T] positions on the right bank near {location:NAME}, {ATTR}.
change | official | Martial law and general mobilisation have been [extended|T] for another 90 days, {ATTR_UA}.
change | wire | [Authorities|actor1] [ordered the evacuation|T] of families with children from {location:PLACE}, {ATTR}.
change | headline | [Russia|actor1] [redeploys|T] troops from {location:NAME} to Kursk region
change | telegram | {location:NAME}: [curfew extended|T], from 22:00 to 5:00.
change | isw | {actor1:RU} have [likely|hedge] [redeployed|T] elements of the 76th Air Assault Division from {location:NAME} to the Zaporizhzhia direction.
change | wire | {actor1:UA} [pulled back|T] from {location:VNAME} to better defensive lines, {ATTR_UA}.
disrupted | wire | [Air defences|actor1] [shot down|T] {quantity:NUM_BIG} drones launched at {location:REGION} {time:TIME}, {ATTR}.
disrupted | official | {time:TIME} {actor1:UA} [destroyed|T] {quantity:NUM_BIG} {ENEMY_DRONE} over {location:REGION}, {ATTR_UA}.
disrupted | headline | {quantity:NUM_BIG} drones [downed|T] over {location:NAME} region
disrupted | official | [Russian air defence systems|actor1] [intercepted|T] {quantity:NUM_BIG} Ukrainian {ENEMY_DRONE} over {location:REGION}, {ATTR_RU}.
disrupted | telegram | ✅ {location:NAME}: [air defence|actor1] [working|T], {quantity:NUM} targets hit.
disrupted | wire | [Sappers|actor1] [defused|T] {quantity:NUM_BIG} mines and unexploded shells in {location:PLACE} {time:TIME}, {ATTR}.
disrupted | wire | {actor1:UA} [shot down|T] a Russian Su-25 attack aircraft near {location:NAME}, {ATTR_UA}.
hq | wire | {actor1:RU} have [set up a base|T] in a school in {location:VILLAGE}, {ATTR}.
hq | isw | {actor1:RU} [established a command post|T] in {location:NAME}, {ATTR}.
hq | headline | [Wagner|actor1] [sets up camp|T] in Belarus near {location:ABROAD}
hq | official | The [occupiers|actor1] [have turned|T] the hospital in {location:NAME} into a military headquarters, {ATTR_UA}.
hq | telegram | 📍{location:NAME}: the [enemy|actor1] [deployed a new HQ|T] in the former police building.
hq | wire | {actor1:RU} [moved their headquarters|T] to {location:NAME} after Ukrainian strikes on {location#0:NAME}, {ATTR}.
looting | wire | {actor1:RU} [looted|T] homes in {location:VILLAGE} before retreating, {ATTR}.
looting | wire | [Occupying forces|actor1] [stole|T] grain and agricultural machinery from farms in {location:REGION}, {ATTR}.
looting | headline | [Occupiers|actor1] [plunder|T] museum in {location:NAME}
looting | official | {actor1:RU} [blew up|T] the bridge across the river in {location:NAME} while retreating, {ATTR_UA}.
looting | telegram | {location:NAME}: the [invaders|actor1] [are dismantling|T] equipment at the plant and taking it to Crimea.
looting | wire | [Vandals|actor1] [destroyed|T] a monument to fallen soldiers in {location:NAME} {time:TIME}.
transfer | wire | {actor1:UA} [left|T] {location:NAME} without a fight, and {actor2:RU} entered the city {time:TIME}, {ATTR}.
transfer | official | Control of {location:NAME} was [handed over|T] to the Russian-installed administration, {ATTR_RU}.
transfer | headline | [Wagner|actor1] [hands over|T] {location:NAME} positions to regular Russian army
transfer | wire | [Russian troops|actor1] [took over|T] {location:NAME} without resistance after the Ukrainian garrison withdrew.
transfer | isw | {actor1:RU} [assumed control of|T] {location:VNAME} following the Ukrainian withdrawal, with no fighting reported.
transfer | telegram | {location:NAME}: the city was [handed to|T] the occupiers without a shot, {ATTR}.
other | wire | [Explosions were heard|T] in {location:CITY} {time:TIME}; the cause was not immediately clear.
other | wire | A large [fire broke out|T] at an ammunition depot near {location:NAME}, {ATTR}.
other | headline | [Blasts|T] rock {location:NAME} overnight
other | official | An [air raid alert|T] was declared in {location:REGION} {time:TIME}, {ATTR}.
other | telegram | 🔊 {location:NAME}: [series of explosions|T], details being clarified.
other | wire | A [drone crashed|T] in a field near {location:ABROAD} without causing casualties, {ATTR}.
other | wire | [Power outages|T] hit {location:PLACE} after an accident at a substation, {ATTR}.
# ---------------------------------------------------------------- political developments
diplo | wire | {actor1:LEADERS} [met|T] {actor2:LEADERS} in {location:ABROAD} {time:TIME} to discuss the war.
diplo | wire | {actor1:LEADERS} [held a phone call with|T] {actor2:LEADERS}, {ATTR}.
diplo | headline | {actor1:LEADERS} [visits|T] {location:CAPITAL}
diplo | official | {actor1:LEADERS} [received|T] {actor2:LEADERS} in {location:CAPITAL} {time:TIME}, {ATTR}.
diplo | telegram | 🤝 {actor1:LEADERS} and {actor2:LEADERS} [spoke|T] by phone about air defence.
diplo | wire | {actor1:LEADERS} [arrived|T] in {location:CAPITAL} on an unannounced visit {time:TIME}.
aid | wire | {actor1:STATES} [announced|T] a new military aid package for Ukraine worth $400 million {time:TIME}.
aid | wire | {actor1:STATES} [[will|future] deliver|T] {quantity:NUM} Patriot systems to Ukraine, {source:SRC} [said|attr].
aid | headline | {actor1:STATES} [sends|T] more air defence to Ukraine
aid | official | {actor1:STATES} [has transferred|T] {quantity:NUM_BIG} armoured vehicles to {actor2:UA}, {ATTR}.
aid | wire | {actor1:RU_ALLIES} [supplied|T] Russia with ballistic missiles and artillery shells, {ATTR}.
aid | telegram | 📦 {actor1:STATES} [handed over|T] a new batch of shells to the Ukrainian army.
aid | wire | [Russia|actor1] shelled {location:NAME} with [Iranian-supplied drones|T=air], {ATTR}.
ceasefire | wire | {actor1:LEADERS} [[proposed|future]|T] a ceasefire along the current front line, {ATTR}.
ceasefire | wire | [Russia and Ukraine|actor1] [agreed to|T] a 30-day pause in strikes on energy infrastructure, [which will take effect|future] next week.
ceasefire | headline | {actor1:LEADERS} [[calls for|future]|T] Easter truce
ceasefire | official | {actor1:STATES} [[put forward|future]|T] a peace plan with 12 points, {ATTR}.
ceasefire | telegram | ❗️ {actor1:LEADERS} [[offered|future]|T] a Christmas ceasefire, Kyiv rejected it.
ceasefire | wire | The Vatican [[is proposing|future]|T] talks between Moscow and Kyiv to end the fighting.
sanctions | wire | The [European Union|actor1] [adopted|T] its 14th package of sanctions against Russia {time:TIME}.
sanctions | wire | {actor1:STATES} [imposed sanctions on|T] {quantity:NUM_BIG} Russian companies supplying the army, {ATTR}.
sanctions | headline | {actor1:STATES} [sanctions|T] Russian oil tankers
sanctions | official | {actor1:STATES} [froze|T] the assets of three Russian banks, {ATTR}.
sanctions | telegram | 🇺🇦 {actor1:LEADERS} [signed a decree|T] imposing sanctions on 200 individuals.
sanctions | wire | {actor1:STATES} [banned|T] imports of Russian aluminium and copper {time:TIME}.
threat | wire | {actor1:THREATENERS} [threatened|T] to strike decision-making centres in {location:CAPITAL}, {ATTR}.
threat | wire | {actor1:UA} [accused|T] Russia of deliberately targeting civilians in {location:NAME}.
threat | headline | Moscow [warns|T] Berlin over Taurus missiles
threat | official | {source:SRC_RU} {SAID} it [blamed|T] Kyiv for the attack on {location:NAME}.
threat | telegram | ⚠️ {actor1:THREATENERS} [warned|T] that Russia would respond to any strike on its territory.
threat | wire | {actor1:STATES} [accused|T] Moscow of violating a nuclear treaty, {ATTR}.
losses | official | {actor1:RU} [lost|T] {quantity:NUM_BIG} soldiers and {quantity:NUM} tanks over the past day, {ATTR_UA}.
losses | official | Ukrainian [losses|T] in the Kupiansk direction amounted to {quantity:NUM_BIG} servicemen, {ATTR_RU}.
losses | headline | [Russia|actor1] [has lost|T] {quantity:NUM_BIG} tanks since February, [Kyiv|source] [says|attr]
losses | telegram | 📊 Enemy [losses|T] as of today: personnel - {quantity:NUM_BIG}, tanks - {quantity:NUM}.
losses | wire | {source:SRC_UA} {SAID} [Russia|actor1] had [lost|T] more than 500,000 troops since the start of the invasion.
losses | wire | {source:SRC_RU} {SAID} [Ukraine|actor1] [lost|T] up to {quantity:NUM_BIG} servicemen in the {location:NAME} direction {time:TIME}.
# ---------------------------------------------------------------- hard negatives
NEG:opinion | opinion | The West must stop pretending that sanctions alone will bring Russia to the table.
NEG:opinion | opinion | In my view, the shelling of {NAME} shows how little Moscow cares for the people it claims to protect.
NEG:opinion | opinion | It is time for Europe to admit that its support for Ukraine has been too slow and too cautious.
NEG:opinion | opinion | Nobody should be surprised that {NAME} has become a symbol of resistance.
NEG:analysis | analysis | Russian forces will likely try to exploit the gap near {NAME} in the coming weeks, [analysts|source] [say|attr].
NEG:analysis | isw | ISW assesses that Russian forces are unlikely to seize {NAME} in the near term.
NEG:analysis | analysis | The capture of {NAME} would give Moscow a foothold to threaten the road to {NAME}.
NEG:analysis | analysis | [Experts|source] [say|attr] drone warfare has changed how infantry moves along the whole front.
NEG:history | history | In 2014, Russian-backed separatists seized government buildings in {NAME}.
NEG:history | history | {NAME} was occupied for eight months in 2022 before Ukrainian forces liberated it.
NEG:history | history | The city has been shelled almost daily since the start of the full-scale invasion.
NEG:history | history | During the Second World War, {NAME} changed hands four times.
NEG:hypothetical | wire | If Russian forces captured {NAME}, they could cut the supply line to {NAME}.
NEG:hypothetical | wire | A strike on the dam would flood dozens of villages downstream, [officials|source] [warned|attr].
NEG:hypothetical | opinion | Had the West sent tanks earlier, {NAME} might never have fallen.
NEG:question | opinion | Can Ukraine hold {NAME} through the winter?
NEG:question | wire | Will the Kremlin order a new wave of mobilisation?
NEG:question | headline | Who really controls {VNAME}?
NEG:capability | wire | The new missiles can strike targets up to 300 kilometres behind the front line.
NEG:capability | analysis | Russia has enough glide bombs to keep hitting {NAME} for months, [according to|attr] [estimates|source].
NEG:capability | wire | The Shahed drone carries a warhead of about 50 kilograms.
NEG:prediction | wire | Russia will likely launch a new offensive towards {NAME} in the spring, [officials|source] [predict|attr].
NEG:prediction | analysis | Analysts expect heavy fighting around {NAME} to continue into the summer.
NEG:prediction | telegram | The enemy is preparing a massive missile strike, stay in shelters.
NEG:advance_towards | wire | Russian forces are advancing towards {NAME} from the south.
NEG:advance_towards | isw | Russian forces are pushing towards {VNAME} but have not entered the settlement.
NEG:advance_towards | headline | Russians inch closer to {NAME}
NEG:advance_towards | wire | Ukrainian troops moved closer to {NAME}, but the city remains under Russian control.
NEG:occupied_background | wire | [Residents of occupied {NAME}|source] [say|attr] prices have tripled since the summer.
NEG:occupied_background | wire | The occupied city of {NAME} has had no running water for weeks.
NEG:occupied_background | wire | Teachers in Russian-held {NAME} are being pressed to adopt the Russian curriculum.
NEG:background_participle | wire | Aid workers returned to the recently shelled town of {NAME} to distribute food.
NEG:background_participle | wire | The liberated villages around {NAME} still lack electricity.
NEG:background_participle | wire | Volunteers are rebuilding the bombed-out school in {VNAME}.
NEG:other | wire | Ukraine's national football team will play its home games in Poland this season.
NEG:other | wire | Millions of Ukrainians have been displaced by the war, [according to|attr] the [United Nations|source].
NEG:other | wire | The exhibition in {ABROAD} presents photographs taken by Ukrainian soldiers.
NEG:other | wire | Schools in {NAME} reopened {TIME} with classes held in underground shelters.
NEG:other | wire | A charity concert in {ABROAD} raised money for the children's hospital in {NAME}.
NEG:other | wire | Residents of {NAME} queue for water at a distribution point in the city centre.
NEG:capability | analysis | Ukrainian long-range drones can reach targets more than 1,000 kilometres from {NAME}.
NEG:capability | wire | The {MISSILE} stationed near {NAME} are able to hit any city in the region.
NEG:capability | wire | Air defence systems around {NAME} can intercept ballistic missiles, [officials|source] [said|attr].
NEG:opinion | opinion | What happened in {NAME} should shame every government that still buys Russian gas.
NEG:opinion | opinion | {LEADERS} is wrong to believe that Moscow can be trusted with a ceasefire.
"""
