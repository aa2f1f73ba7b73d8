# ruff: noqa: E501
"""More English templates: variety of word order, denials, hedges, several events per sentence."""

TEMPLATES = r"""
# ---------------------------------------------------------------- Battles
clash | wire | [Fighting|T] {time:TIME} focused on {location:PLACE}, where {actor1:UA} [reportedly|hedge] held off {actor2:RU}.
clash | isw | {actor1:RU} [attacked|T] north of {location:NAME} near {location+:VNAME} on {time:TIME}, {ATTR_UA}.
clash | telegram | {location:VNAME} direction: [heavy fighting|T] all night, the enemy is throwing infantry in small groups.
clash | headline | [Battle|T] for {location:NAME} intensifies as {actor1:RU} bring in reserves
clash | official | Over the past day the defence forces [stopped|T] {quantity:NUM_BIG} enemy attacks in the {location:NAME} sector, {ATTR_UA}.
clash | wire | {actor1:RU_IRREG} and {actor2:UA} [exchanged fire|T] on the outskirts of {location:CITY} {time:TIME}, {ATTR}.
clash | wire | {actor1:UA} [ambushed|T] a Russian column near {location:VILLAGE}, destroying {quantity:NUM} armoured vehicles, {ATTR_UA}.
clash | isw | {actor1:UA} [counterattacked|T] near {location:VNAME} {time:TIME} and [allegedly|hedge] pushed Russian troops out of several positions.
clash | wire | {source:SRC_RU} [denied|denial] that {actor1:UA} had [broken through|T] Russian lines near {location:VNAME}.
clash | official | {actor1:RU} [repelled|T] {quantity:NUM} attacks by {actor2:UA} in the {location:NAME} direction, {ATTR_RU}.
clash | headline | {location:VNAME}: [firefight|T] lasts {NUM} hours, no change in positions
regain | wire | [Ukrainian officials|source] [said|attr] {actor1:UA} had [pushed Russian troops out of|T] {location:VILLAGE} {time:TIME}.
regain | headline | {location:VNAME} [liberated|T], [says|attr] [Zelensky|source]
regain | isw | Russian milbloggers claimed that {actor1:UA} [regained positions in|T] {location:VNAME}, though ISW has not observed confirmation.
regain | official | {actor1:RU} [completed the liberation of|T] {location:RUVNAME} from Ukrainian formations, {ATTR_RU}.
regain | wire | {source:SRC_RU} [denied|denial] that {actor1:UA} had [recaptured|T] {location:VNAME}.
regain | telegram | ✅ {location:VNAME} [cleared|T] of occupiers. Thanks to the 3rd brigade!
overtake | wire | {source:SRC_UA} [denied|denial] Russian claims that {actor1:RU} had [captured|T] {location:VNAME}.
overtake | isw | Geolocated footage indicates that {actor1:RU} [{TV_OVERTAKE}|T] {location:VNAME} {time:TIME}.
overtake | wire | {actor1:RU} have [reportedly|hedge] [taken|T] {location:VNAME} and {location:VNAME}, {ATTR}.
overtake | headline | [Russia|source] [says|attr] [it|actor1] [took|T] {location+:VNAME}
overtake | telegram | 🇷🇺 Our assault units [raised the flag|T] over {location:VNAME}, {ATTR_RU}.
overtake | official | Units of the Dnepr group occupied more advantageous positions and [took control of|T] {location:VNAME}, {ATTR_RU}.
# ---------------------------------------------------------------- explosions
air | wire | {actor1:RU} [struck|T] {location:CITY} with {DRONE} {time:TIME}, killing {fatalities:NUM} and wounding {quantity:NUM}, {ATTR}.
air | isw | {actor1:RU} [launched|T] {quantity:NUM_BIG} Shahed drones and {quantity:NUM} missiles at Ukraine overnight, targeting {location+:NAME}.
air | wire | A [guided bomb hit|T] a supermarket in {location:CITY}, {fatalities:NUM} people were killed and {quantity:NUM_BIG} injured, {ATTR}.
air | headline | {fatalities:NUM} killed as Russian [glide bombs hit|T] {location:NAME}
air | wire | A Russian [drone hit|T] a minibus in {location:NAME} {time:TIME}, [wounding|#0] {quantity:NUM} passengers, {ATTR}.
air | official | Ukrainian [UAVs attacked|T] an oil refinery in {location:RUNAME} {time:TIME}, {ATTR_RU}.
air | wire | {source:SRC_RU} [denied|denial] that its aircraft had [bombed|T] a market in {location:NAME}.
air | telegram | ⚠️ {location:NAME}: [drone attack|T]! A private house is on fire, {fatalities:NUM} dead.
air | wire | {actor1:RU} [allegedly|hedge] [used|T] {DRONE} against an aid convoy near {location:NAME}, {ATTR}.
shell | wire | {actor1#*:RU} [shelled|T] {location:PLACE} and [hit|T#2=air] {location#2:VILLAGE} with drones {time#*:TIME}, {ATTR}.
shell | wire | {actor1:RU} [fired|T] {MISSILE} at {location:CITY} {time:TIME}; {fatalities:NUM} people died and {quantity:NUM} were wounded, {ATTR}.
shell | wire | {source:SRC_RU} [denied|denial] [targeting|T] civilians in {location:NAME}, saying its strikes hit only military targets.
shell | telegram | 🔴 [Shelling|T] of {location:VNAME}: {quantity:NUM} wounded, including a child. No dead.
shell | isw | {actor1:RU} [struck|T] {location:CITY} with an Iskander-M ballistic missile {time:TIME}, {ATTR}.
shell | headline | {location:NAME} [missile strike|T]: death toll rises to {fatalities:NUM}
shell | official | In the past day {actor1:RU} [shelled|T] {quantity:NUM_BIG} settlements in {location:REGION}, {ATTR_UA}.
shell | wire | {source:SRC} {SAID} {actor1:RU} had [hit|T] {location+:VNAME} with {MISSILE}.
shell | wire | [Artillery fire|T] [reportedly|hedge] damaged the school in {location:VILLAGE} {time:TIME}.
shell | headline | {location:NAME} hit: [missile|T] strike on energy facility - [governor|source]
shell | wire | {actor1:UA} [{TV_SHELL}|T] {location:RUNAME} in Russia's border region {time:TIME}, injuring {quantity:NUM} people, {ATTR_RU}.
shell | telegram | {location:NAME}. [Arrival|T] in the city center. Everyone to the shelters!
ied | wire | A [landmine|T] killed {fatalities:NUM} men collecting firewood near {location:VILLAGE}, {ATTR}.
ied | isw | [Partisans|actor1] [reportedly|hedge] [detonated an IED|T] under a Russian military truck in {location:NAME}.
ied | headline | [Car bomb|T] kills occupation official in {location:NAME}
ied | official | A civilian was injured when a [mine went off|T] on a road near {location:VILLAGE} {time:TIME}, {ATTR}.
ied | wire | An [improvised explosive device|T] damaged railway tracks near {location:RUNAME}, {ATTR_RU}.
grenade | wire | A [drunk serviceman|actor1] [threw a grenade|T] at his comrades near {location:NAME}, killing {fatalities:NUM}, {ATTR}.
grenade | isw | An [unknown assailant|actor1] [lobbed a grenade|T] into the courtyard of the occupation police in {location:NAME} {time:TIME}.
grenade | wire | {quantity:NUM} people were wounded when a [grenade went off|T] at a bus stop in {location:NAME}, {ATTR}.
grenade | headline | Man [throws grenade|T] at recruitment officers in {location:NAME}
chem | wire | {source:SRC_RU} [denied|denial] that {actor1:RU} had [used chemical weapons|T] near {location:NAME}.
chem | isw | {actor1:RU} [continue to use|T] chemical munitions near {location:VNAME}, {ATTR_UA}.
chem | headline | Ukrainian soldiers hospitalised after [gas attack|T] near {location:NAME}
chem | wire | {actor1:RU} [allegedly|hedge] [dropped ammonia-filled munitions|T] near {location:VNAME} {time:TIME}, {ATTR}.
suicide | wire | {source:SRC} [denied|denial] reports that a [suicide bomber|T] had struck the garrison in {location:NAME}.
suicide | headline | [Suicide attack|T] at checkpoint near {location:NAME}, {fatalities:NUM} soldiers dead
suicide | wire | A [woman|actor1] [blew herself up|T] at the entrance of a police building in {location:RUNAME} {time:TIME}, {ATTR}.
# ---------------------------------------------------------------- civilians
sexual | wire | Prosecutors charged a [Russian soldier|actor1] who [allegedly|hedge] [raped|T] a woman in {location:VILLAGE}.
sexual | official | Investigators recorded {quantity:NUM} cases of [sexual violence|T] by {actor1:RU} in {location:REGION}, {ATTR_UA}.
sexual | headline | Survivors describe [rapes|T] by Russian troops in {location:NAME}
sexual | wire | {source:SRC_RU} [denied|denial] that its soldiers had [sexually abused|T] detainees in {location:NAME}.
attack | wire | A [Russian soldier|actor1] [shot|T] an elderly man in his garden in {location:VILLAGE}, {ATTR}.
attack | official | {actor1:RU} [killed|T] {fatalities:NUM} {actor2:CIVILIANS} in {location:NAME} {time:TIME}, {ATTR_UA}.
attack | headline | {fatalities:NUM} civilians [executed|T] in {location:VNAME}, [prosecutors|source] [say|attr]
attack | wire | {source:SRC_RU} [denied|denial] that its troops had [shot|T] surrendering soldiers near {location:VNAME}.
attack | isw | {actor1:RU_IRREG} [reportedly|hedge] [executed|T] {fatalities:NUM} Ukrainian POWs near {location:VNAME}.
abduct | wire | {source:SRC_UA} {SAID} {actor1:RU} had [detained and taken away|T] {quantity:NUM} {actor2:CIVILIANS} from {location:VILLAGE}.
abduct | isw | Russian [occupation authorities|actor1] [reportedly|hedge] [abducted|T] a local council member in {location:NAME}.
abduct | headline | Mayor of {location:NAME} [kidnapped|T] by occupiers
abduct | official | {quantity:NUM_BIG} Ukrainian children have been [illegally deported|T] from {location:REGION} to Russia, {ATTR_UA}.
abduct | wire | {source:SRC_RU} [denied|denial] [abducting|T] civilians in {location:NAME}.
# ---------------------------------------------------------------- protests, riots
protest | wire | {actor1:CIVILIANS} [held a vigil|T] in {location:ABROAD} {time:TIME} for the victims of the strike on {NAME}.
protest | official | [Activists|actor1] [picketed|T] the Russian consulate in {location:ABROAD}, {ATTR}.
protest | headline | {location:ABROAD}: [rally|T] for Ukraine draws thousands
protest | telegram | {location:NAME}: an [action|T] in support of prisoners of war is taking place on Maidan.
protest | wire | [Crimean Tatars|actor1] [staged|T] a silent protest in {location:ABROAD} against the detention of activists.
protest_int | wire | [Police|actor1] [detained|T] {quantity:NUM} people who laid flowers at a memorial in {location:ABROAD} {time:TIME}, {ATTR}.
protest_int | isw | [Russian authorities|actor1] [detained|T] wives of mobilised soldiers protesting in {location:ABROAD}.
protest_int | headline | [Police|actor1] [break up|T] anti-war protest in {location:ABROAD}, dozens held
protest_int | official | {quantity:NUM_BIG} [protesters|actor1] were [detained|T] in {location:ABROAD} {time:TIME}, {ATTR}.
excessive | wire | [Police|actor1] [fired rubber bullets|T] at protesters in {location:ABROAD}, injuring {quantity:NUM}, {ATTR}.
excessive | headline | [Riot police|actor1] [beat|T] demonstrators in {location:ABROAD}
excessive | isw | [Russian forces|actor1] [violently dispersed|T] a protest in occupied {location:NAME}, {ATTR}.
excessive | telegram | {location:ABROAD}: riot police [are beating|T] peaceful protesters right now.
violent_demo | wire | [Rioters|actor1] [attacked|T] a police station in {location:RUNAME} after the announcement of mobilisation, {ATTR}.
violent_demo | headline | {location:ABROAD}: [protesters|actor1] [throw molotovs|T] at police
violent_demo | official | {quantity:NUM} officers were injured during [riots|T] in {location:ABROAD}, {ATTR}.
violent_demo | wire | [Protesters|actor1] [burned|T] tyres and [clashed|#0] with riot police in {location:ABROAD} {time:TIME}.
mob | wire | [Villagers|actor1] [attacked|T] a car of military recruiters in {location:VILLAGE}, {ATTR}.
mob | headline | [Mob|T] sets fire to house of alleged collaborator in {location:NAME}
mob | official | A [group of residents beat|T] a man they suspected of spotting for Russian artillery in {location:NAME}, {ATTR}.
mob | isw | A [crowd attacked|T] Rosgvardia officers in {location:RUNAME} {time:TIME}.
# ---------------------------------------------------------------- strategic
agreement | wire | {source:SRC} {SAID} [Russia and Ukraine|actor1] had [swapped|T] {quantity:NUM_BIG} prisoners in a deal mediated by the UAE.
agreement | isw | [Russian and Ukrainian officials|actor1] [conducted a POW exchange|T] {time:TIME}, {ATTR}.
agreement | headline | [Kyiv and Moscow|actor1] [trade|T] {quantity:NUM_BIG} bodies of fallen soldiers
agreement | official | A [local truce|T] was agreed to evacuate civilians from {location:NAME}, {ATTR}.
arrests | wire | {source:SRC_UA} {SAID} it had [detained|T] a former official in {location:NAME} suspected of collaborating with the occupiers.
arrests | isw | [Russian authorities|actor1] [arrested|T] {quantity:NUM} people in {location:RUNAME} for allegedly planning sabotage.
arrests | headline | {location:NAME}: [two detained|T] for spotting Russian missile strikes
arrests | official | The [FSB|actor1] [detained|T] a resident of {location:RUNAME} for transferring money to the Ukrainian army, {ATTR_RU}.
change | wire | {source:SRC_RU} {SAID} {actor1:RU} had [withdrawn|T] from the west bank of the Dnipro near {location:NAME}.
change | isw | {actor1:RU} [are transferring|T] forces from {location:NAME} to the Pokrovsk direction, {ATTR}.
change | headline | [Ukraine|actor1] [lowers|T] mobilisation age to 25
change | official | A [mandatory evacuation|T] of {quantity:NUM_BIG} settlements in {location:REGION} was announced {time:TIME}, {ATTR}.
disrupted | wire | {actor1:UA} [intercepted|T] {quantity:NUM_BIG} Shahed drones launched overnight, {ATTR_UA}.
disrupted | isw | [Ukrainian air defence|actor1] [downed|T] {quantity:NUM} Kh-101 cruise missiles over {location:REGION} {time:TIME}.
disrupted | headline | Air defence [destroys|T] {quantity:NUM_BIG} drones over {location:NAME}
disrupted | telegram | 🔥 Minus {quantity:NUM} Shaheds over {location:NAME}! Air defence [did its job|T].
disrupted | official | [Electronic warfare|actor1] [suppressed|T] {quantity:NUM_BIG} enemy UAVs over {location:REGION}, {ATTR_UA}.
disrupted | wire | [Russian air defences|actor1] [shot down|T] {quantity:NUM_BIG} drones over {location:RUREGION} and Crimea {time:TIME}, {ATTR_RU}.
hq | wire | {actor1:RU} [set up|T] a field hospital and barracks in a kindergarten in {location:VILLAGE}, {ATTR}.
hq | isw | {actor1:RU} [established|T] a logistics base near {location:NAME}, [according to|attr] [satellite imagery|source].
hq | official | [Russian troops|actor1] have [stationed|T] equipment and personnel at the nuclear plant in {location:NAME}, {ATTR_UA}.
looting | wire | {source:SRC_UA} {SAID} {actor1:RU} had [burned|T] homes in {location:VILLAGE} before leaving.
looting | isw | [Russian forces|actor1] [reportedly|hedge] [looted|T] the museum collection in {location:NAME}.
looting | headline | [Retreating Russians|actor1] [mine and wreck|T] {location:VNAME}
looting | official | The [occupiers|actor1] [destroyed|T] the water pumping station in {location:NAME}, {ATTR_UA}.
transfer | wire | Under the agreement, [Russian troops|actor1] [handed|T] {location:VNAME} [over|#0] to the Ukrainian side without fighting, {ATTR}.
transfer | isw | {actor1:RU} [entered|T] {location:VNAME} unopposed after Ukrainian forces left the village.
transfer | headline | {location:NAME} [changes hands|T] without a fight
other | wire | An [explosion|T] of unknown origin damaged a power line near {location:NAME} {time:TIME}, {ATTR}.
other | isw | [Satellite imagery|#0] shows a large [fire|T] at the air base near {location:RUNAME}.
other | headline | [Air raid alerts|T] across {location:REGION}
other | telegram | {location:NAME}: [loud explosions|T]. Stay in shelters.
# ---------------------------------------------------------------- political
diplo | wire | {actor1:LEADERS} [hosted|T] {actor2:LEADERS} in {location:ABROAD} {time:TIME}, {ATTR}.
diplo | isw | {actor1:LEADERS} [met with|T] {actor2:LEADERS} on the sidelines of the summit in {location:ABROAD}.
diplo | headline | {actor1:LEADERS} and {actor2:LEADERS} [hold talks|T] in {location:ABROAD}
diplo | official | {actor1:LEADERS} [had a phone conversation|T] with {actor2:LEADERS} {time:TIME}, {ATTR}.
diplo | wire | {actor1:LEADERS} [will travel|T] to {location:ABROAD} [next week|future] to meet {actor2:LEADERS}, {ATTR}.
aid | wire | {actor1:STATES} [pledged|T] {quantity:NUM} more air defence systems for Ukraine {time:TIME}, {ATTR}.
aid | isw | {actor1:RU_ALLIES} [has reportedly|hedge] [transferred|T] artillery ammunition to Russia.
aid | headline | {actor1:STATES} [[to send|future]|T] F-16 jets to Ukraine
aid | official | {actor1:STATES} [delivered|T] {quantity:NUM_BIG} howitzers to {actor2:UA}, {ATTR}.
aid | wire | {source:SRC} [denied|denial] that {actor1:RU_ALLIES} had [supplied|T] drones to Russia.
aid | wire | {actor1:STATES} [[will provide|future]|T] Ukraine with {quantity:NUM_BIG} armoured vehicles, {ATTR}.
ceasefire | wire | {actor1:STATES} [[proposed|future]|T] a 30-day ceasefire, {ATTR}.
ceasefire | isw | The [Kremlin|actor1] [[floated|future]|T] a freeze of the front line, a proposal Kyiv rejected.
ceasefire | headline | {actor1:LEADERS} [[unveils|future]|T] peace plan for Ukraine
ceasefire | official | {actor1:LEADERS} [[called for|future]|T] an immediate ceasefire around the nuclear plant in {location:NAME}.
sanctions | wire | {actor1:STATES} [added|T] {quantity:NUM_BIG} entities to its sanctions list {time:TIME}, {ATTR}.
sanctions | isw | {actor1:STATES} [sanctioned|T] Russian military-industrial companies.
sanctions | headline | {actor1:STATES} [slaps sanctions|T] on Russian shipping firms
sanctions | official | {actor1:STATES} [extended|T] restrictions on Russian banks for six months, {ATTR}.
threat | wire | {actor1:THREATENERS} [accused|T] Ukraine of shelling {location:NAME}, {ATTR}.
threat | isw | Kremlin officials [continued to threaten|T] NATO states over long-range strikes.
threat | headline | {actor1:THREATENERS} [threatens|T] Kyiv with new strikes
threat | official | {actor1:THREATENERS} [warned|T] that attacks on {location:RUNAME} would not go unanswered.
losses | wire | [Russia|actor1] [lost|T] about {quantity:NUM_BIG} soldiers in the battle for {location:NAME}, {ATTR_UA}.
losses | isw | {source:SRC_RU} [claimed|attr] that Ukrainian [losses|T] exceeded {quantity:NUM_BIG} personnel over the past week.
losses | official | The total combat [losses|T] of the enemy from 24.02.22 to today amounted to about {quantity:NUM_BIG} personnel, {ATTR_UA}.
losses | headline | [Ukraine|actor1] [lost|T] {quantity:NUM_BIG} soldiers near {location:NAME} this week, [Moscow|source] [claims|attr]
# ---------------------------------------------------------------- negatives with slots
NEG:opinion | opinion | The shelling of {NAME} is a reminder that this war is aimed at civilians, and the world must say so.
NEG:opinion | opinion | I believe the fall of {NAME} would be a catastrophe for Europe.
NEG:opinion | opinion | {LEADERS} deserves credit for refusing to trade {NAME} for a fragile truce.
NEG:analysis | analysis | Control of {NAME} matters because it sits on the only paved road to {NAME}.
NEG:analysis | isw | ISW continues to assess that Russian forces are attempting to envelop {NAME}.
NEG:analysis | analysis | The fighting around {NAME} shows how Russia trades men for metres.
NEG:analysis | isw | Russian milbloggers' claims about {VNAME} likely aim to exaggerate Russian gains.
NEG:history | history | {NAME} was first shelled in the summer of 2014.
NEG:history | history | In 2022 Russian troops occupied {VNAME} for six weeks before withdrawing.
NEG:history | history | The battle for {NAME} in 2023 cost tens of thousands of lives.
NEG:history | history | Like many villages around {NAME}, {VNAME} was founded by Cossacks in the 18th century.
NEG:hypothetical | analysis | Should Russian forces reach {NAME}, the whole southern flank would be exposed.
NEG:hypothetical | wire | [Officials|source] [said|attr] an attack on {NAME} could come at any moment, but none has been reported.
NEG:hypothetical | opinion | If {LEADERS} met Putin, what would they even discuss?
NEG:hypothetical | wire | Any ceasefire would have to include {NAME}, {source:LEADERS} [said|attr].
NEG:question | wire | Is {NAME} the next target of the Russian offensive?
NEG:question | headline | Could {NAME} fall before the winter?
NEG:question | opinion | Why does the West still hesitate to send long-range missiles?
NEG:question | wire | Who fired the missile that hit the market? Investigators are still asking.
NEG:capability | wire | {DRONE} can fly for hours and strike targets deep in the rear.
NEG:capability | analysis | Russia can produce around 3,000 glide bomb kits a month, [analysts|source] [estimate|attr].
NEG:capability | wire | The Patriot system can shoot down ballistic missiles.
NEG:prediction | wire | Officials expect Russia to intensify attacks on {NAME} after the elections.
NEG:prediction | isw | Russian forces will likely continue offensive operations near {VNAME} in the coming days.
NEG:prediction | analysis | The next months will decide whether {NAME} can be held.
NEG:prediction | telegram | ⚠️ {NAME}: the threat of ballistic missiles is high tonight, do not ignore the alarms.
NEG:advance_towards | isw | Russian forces continued to advance towards {NAME} from the east.
NEG:advance_towards | wire | Russian troops are within five kilometres of {NAME}, [officials|source] [said|attr].
NEG:advance_towards | telegram | The enemy is trying to push to {VNAME}, the situation is difficult.
NEG:advance_towards | headline | Russian troops closing in on {NAME}
NEG:advance_towards | analysis | Ukrainian units are advancing on {NAME} but have not reached its outskirts.
NEG:occupied_background | wire | Occupied {NAME} held a sham vote under the watch of armed soldiers.
NEG:occupied_background | wire | Families fled Russian-occupied {NAME} through a checkpoint near {NAME}.
NEG:occupied_background | wire | Life in occupied {NAME} has become harder since the bridge was closed.
NEG:occupied_background | wire | {NAME}, under occupation since 2022, has lost half of its population.
NEG:background_participle | wire | The destroyed bridge near {NAME} was never rebuilt.
NEG:background_participle | wire | Children from the recently liberated town of {NAME} returned to school.
NEG:background_participle | wire | In the shelled-out centre of {NAME}, only a few shops remain open.
NEG:background_participle | wire | Rescuers searched the rubble of the bombed apartment block in {NAME} for a third day.
NEG:other | wire | Farmers near {NAME} have started the harvest despite the danger of mines.
NEG:other | wire | The [UN|source] [said|attr] more than {NUM_BIG} humanitarian convoys reached {NAME} this year.
NEG:other | wire | Train services between {NAME} and {CAPITAL} will resume next month.
# ---------------------------------------------------------------- negatives that also report a real event
NEG:background_participle | wire | The recently liberated village of {location:VNAME} [came under shelling|T=shell] again {time:TIME}, {ATTR}.
NEG:occupied_background | wire | Explosions rocked occupied {location:NAME} {time:TIME} as Ukrainian [drones struck|T=air] an ammunition depot, {ATTR}.
NEG:history | history | {location:NAME}, shelled for the first time in 2014, was [hit by missiles|T=shell] again {time:TIME}.
NEG:advance_towards | isw | Russian forces advanced towards {NAME} and [attacked|T=clash] near {location:VNAME} {time:TIME}.
NEG:analysis | analysis | The [strike|T=shell] on {location:NAME} {time:TIME} shows that Moscow is again targeting the energy grid.
NEG:prediction | wire | {actor1:RU} [shelled|T=shell] {location:NAME} {time:TIME}, and officials expect more attacks in the coming days.
# ---------------------------------------------------------------- passages written by hand
HAND:shell | wire | [Russian troops|actor1] [shelled|T] [Kupiansk|location+] and [Petropavlivka|location+] [overnight|time], the [head of the district administration|source] [said|attr]. In Petropavlivka a woman was wounded.
HAND:overtake | wire | [Russia's defence ministry|source] [said|attr] [its troops|actor1] had [liberated|T] a village near [Pokrovsk|location]. Ukraine's General Staff did not confirm the claim.
HAND:air | wire | Guided bombs hit [Kostiantynivka|location] around noon. "The enemy [dropped|T] two bombs on the city center," the [governor|source] [wrote|attr]. [Three|fatalities] people were killed, [seven|#0] injured.
HAND:disrupted | official | On the night of 12 October the enemy attacked with 40 attack UAVs. As of 9:00, [air defence|actor1] [shot down|T] [31|quantity] of them, the [Air Force|source] [reports|attr].
"""
