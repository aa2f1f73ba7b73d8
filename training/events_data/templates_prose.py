# ruff: noqa: E501
"""Prose-like frames, written for this project: long sentences with leading clauses, background
clauses, appositions, attributions after or inside the clause, two events of different
sub-types, nominal triggers, and confusable pairs («parlato con il suo omologo» is a
diplomatic contact, «i manifestanti hanno parlato» a protest). Triggers come from the pools
in triggers.py, so each frame shows many ways of saying one thing."""

EN = r"""
# ---------------------------------------------------------------- shelling
shell | wire | {OPEN} {actor1:RU} [{TV_SHELL}|T] {location:PLACE}, {BG}, {time:TIME}, killing {fatalities:NUM} {actor2:CIVILIANS} and damaging a hospital, {source:SRC_AP} [said|attr].
shell | wire | {fatalities:NUM} people were killed and {quantity:NUM} were wounded in [{TN_SHELL}|T] on {location:NAME} {time:TIME}, {source:SRC} {SAID}, adding that rescue crews were still searching the rubble.
shell | wire | The regional capital, which has been without heating for days, came under [{TN_SHELL}|T] again {time:TIME}: {fatalities:NUM} residents of {location:NAME} died, {ATTR}.
shell | isw | {actor1:RU} [{TV_SHELL}|T] {location+:VNAME} {time:TIME} as they tried to fix Ukrainian units in place ahead of a new assault, [according to|attr] the [Ukrainian General Staff|source]'s morning report.
shell | official | {time:TIME}, {actor1:RU} [{TV_SHELL}|T] the territory of the community of {location:VNAME} {NUM} times; a private house and a power line were damaged, no casualties were reported.
shell | wire | {OPEN} {actor1:UA} [{TV_SHELL}|T] {location:DONBAS} {time:TIME}, wounding {quantity:NUM} {actor2:CIVILIANS}, the [head of the city|source], installed by Moscow, [said|attr].
# ---------------------------------------------------------------- air / drone
air | wire | {OPEN} {actor1:RU} [{TV_AIR}|T] {location:PLACE} {time:TIME}, killing {fatalities:NUM} {actor2:CIVILIANS} in a residential area, {source:SRC_AP} [said|attr], while air defences tried to intercept the rest.
air | wire | In [{TN_AIR}|T] on {location:CITY} {time:TIME}, {fatalities:NUM} people were killed and {quantity:NUM} injured, {ATTR}, the worst toll in weeks for the city, {BG}.
air | wire | [Russia|actor1] [{BARRAGE}|T] {quantity:NUM_BIG} drones and {NUM} missiles against several regions {time#*:TIME}; in {location#2:NAME}, {BG}, [{TN_AIR}|T#2] set fire to a warehouse, {source#*:SRC_UA} [said|attr#*].
air | wire | {actor1:UA} [{TV_AIR}|T] {location:RUREGION} {time:TIME}, setting an oil refinery ablaze, {source:SRC_RU} {SAID}, adding that debris had damaged several houses.
air | isw | {actor1:RU} [{TV_AIR}|T] {location+:VNAME} {time:TIME}, while ground forces continued to press in the direction of {NAME}.
# ---------------------------------------------------------------- two events in one sentence
air | wire | {actor1:RU} [{TV_AIR}|T] {location:NAME} {time#*:TIME}, and Ukraine's air force said [air defence|actor1#2] [{TV_DISRUPT}|T#2=disrupted] {quantity#2:NUM_BIG} of them over the south.
shell | wire | {OPEN} {actor1:RU} [{TV_SHELL}|T] {location:NAME}, while [{TN_CLASH}|T#2=clash] continued around {location#2:VNAME}, {source#*:SRC_UA} [said|attr#*].
clash | wire | [{TN_CLASH}|T] went on for a third day around {location:VNAME}, and {actor1#2:RU} [{TV_AIR}|T#2=air] the nearby town of {location#2:NAME} {time#2:TIME}, {ATTR}.
regain | wire | {actor1:UA} [{TV_REGAIN}|T] {location:VNAME} after a week of fighting, but {actor1#2:RU} [{TV_OVERTAKE}|T#2=overtake] {location#2:VNAME} further south, {source#*:SRC_UA} [said|attr#*] in its evening update.
overtake | wire | {actor1:UA} [{TV_CHANGE}|T=change] {location#*:VNAME}, {BG}, and {actor1#2:RU} [{TV_OVERTAKE}|T#2] the village shortly afterwards, {source#*:SRC} [said|attr#*].
# ---------------------------------------------------------------- armed clash
clash | wire | [{TN_CLASH}|T] continued around {location:NAME}, where {actor1:UA} have been holding out for weeks, {source:SRC_AP} [said|attr].
clash | wire | {OPEN} {actor1:UA} [{TV_CLASH}|T] with {actor2:RU} on the outskirts of {location:NAME} {time:TIME}, {ATTR}.
clash | official | {time:TIME}, {actor1:UA} [{TVO_CLASH}|T] {quantity:NUM_BIG} Russian assaults near {location:VNAME} and {VNAME}, {ATTR_UA}; the situation remains difficult.
clash | wire | Heavy losses on both sides were reported after [{TN_CLASH}|T] near {location:VNAME} {time:TIME}, a [Ukrainian officer|source] [told|attr] reporters, asking not to be named.
clash | isw | {actor1:RU} [{TV_CLASH}|T] with {actor2:UA} near {location+:VNAME} {time:TIME}, but neither side made confirmed gains.
# ---------------------------------------------------------------- territory
regain | wire | {OPEN} {actor1:UA} [{TV_REGAIN}|T] {location:VNAME} and {VNAME}, {BG}, {source:SRC_AP} [said|attr], adding that deminers had already entered the area.
regain | wire | [{TN_REGAIN}|T] {location:VNAME}, [announced|attr] {time:TIME} by {source:SRC_UA}, gives {actor1:UA} control of the road to {NAME}.
regain | wire | {actor1:UA} [{TV_REGAIN}|T] the towns of {location:NAME} and {location:NAME} in a week-long push, {ATTR_UA}.
regain | official | {actor1:RU} [{TV_REGAIN}|T] {location:RUVNAME} in the Kursk region after the Ukrainian units had been pushed back, {ATTR_RU}.
overtake | wire | {OPEN} {actor1:RU} [{TV_OVERTAKE}|T] {location:VNAME}, {BG}, {ATTR}, though Ukrainian officials insisted fighting was still under way.
overtake | wire | [{TN_OVERTAKE}|T] {location:NAME}, which {actor1:RU} had been trying to take since the spring, was [confirmed|attr] {time:TIME} by {source:SRC}.
overtake | wire | [Russian troops|actor1] [entered|T] the town of {location:NAME} {time:TIME}, {source:SRC_AP} [said|attr], urging the remaining residents to leave.
overtake | official | {actor1:RU} [{TV_OVERTAKE}|T] the settlements of {location:VNAME} and {location:VNAME}, {ATTR_RU}, calling it a result of "active offensive actions".
change | wire | {OPEN} {actor1:UA} [{TV_CHANGE}|T] {location:VNAME} to avoid being encircled, {source:SRC_AP} [said|attr], adding that the troops had taken up new positions.
change | wire | [{TN_CHANGE}|T] {location:NAME}, [confirmed|attr] {time:TIME} by {source:SRC}, came after weeks of pressure on the supply road.
change | isw | {actor1:RU} have [{TV_CHANGE}|T] {location:VNAME}, {BG}, likely to reinforce the {NAME} direction, {ATTR}.
transfer | wire | {actor1:RU} [{TV_CHANGE}|T] {location:VNAME} without a fight, and {actor2:UA} moved in the next morning, {ATTR}.
# ---------------------------------------------------------------- diplomacy
diplo | wire | {OPEN} {actor1:LEADERS} [{TV_DIPLO}|T] his counterpart {actor2:LEADERS} {time:TIME}, discussing air defence and the reconstruction of the energy grid, {ATTR}.
diplo | wire | {actor1:LEADERS} arrived in {location:CAPITAL} {time:TIME} for [{TN_DIPLO}|T] with {actor2:LEADERS}, his first trip there since the summer.
diplo | wire | After [{TN_DIPLO}|T] with {actor2:LEADERS} {time:TIME}, {actor1:LEADERS} told reporters that "a just peace" remained the goal.
diplo | wire | {actor1:LEADERS} [{TV_DIPLO}|T] {actor2:LEADERS} on the sidelines of the summit in {location:ABROAD}, {ATTR}, the first such contact in months.
diplo | official | The President [{TV_DIPLO}|T] Prime Minister {actor2:LEADERS}; the leaders discussed further defence cooperation, the [presidential office|source] [said|attr].
protest | wire | In {location:NAME}, [hundreds of protesters|actor1] [spoke out|T] against the mobilisation law {time:TIME}, gathering peacefully outside the city council.
# ---------------------------------------------------------------- agreement / ceasefire
agreement | wire | {OPEN} [Russia and Ukraine|actor1] [{TV_AGREE}|T] [{TN_AGREE}|#0] {AGREE_OBJ}, {ATTR}, the first such step in months.
agreement | wire | Under [{TN_AGREE}|T] {AGREE_OBJ}, {quantity:NUM_BIG} prisoners from each side returned home {time:TIME}, {ATTR}.
ceasefire | wire | {actor1:STATES} [[{TV_CEASE}|future]|T] [{TN_CEASE}|#0] along the current front line, {ATTR}, and Kyiv said it would study the text.
ceasefire | wire | {OPEN} [Ukraine|actor1] [{TVA_CEASE}|T] the [US|#0] proposal for [{TN_CEASE}|#0], {source:SRC_AP} [said|attr], while Moscow [was expected|future] to respond within days.
ceasefire | wire | {actor1:LEADERS} [{TVA_CEASE}|T] a proposal for a 30-day halt to strikes on energy sites after [a long phone call|#0] with {LEADERS}, {ATTR}, though the truce [is not yet in force|future].
# ---------------------------------------------------------------- military aid, with its confusable
aid | wire | {OPEN} {actor1:STATES} [{TVP_AID}|T] Ukraine, {source:SRC} {SAID}, after a pause of several weeks that had worried commanders at the front.
aid | wire | {actor1:STATES} [{TV_AID}|T] {quantity:NUM_BIG} {AID_ITEM} to Ukraine {time:TIME}, part of a package worth 400 million euros, {ATTR}.
aid | wire | {actor1:STATES} announced [{TN_AID}|T] for Ukraine {time:TIME} that includes {AID_ITEM} and {AID_ITEM}, {ATTR}.
sanctions | wire | {OPEN} {actor1:STATES} [{TV_SANCT}|T] {SANCT_TGT}, {ATTR}, the latest step in a campaign to cut Moscow's war revenue.
sanctions | wire | {actor1:STATES} adopted [{TN_SANCT}|T] {SANCT_TGT} {time:TIME}, and the measures will also target firms in third countries, {ATTR}.
# ---------------------------------------------------------------- losses, disruption, with their confusables
losses | wire | {OPEN} {actor1:UA} [{TVC_LOSS}|T] {quantity:NUM_BIG} Russian soldiers near {location:NAME}, {source:SRC_UA} {SAID}, in one of the largest surrenders of the war.
losses | official | {actor1:RU} [{TV_LOSS}|T] {quantity:NUM_BIG} soldiers over the past day, most of them in the {location:NAME} direction, {ATTR_UA}.
losses | wire | Russian [{TN_LOSS}|T] in the battle for {location:NAME}, {BG}, have reached {quantity:NUM_BIG} killed and wounded, {ATTR_UA}.
disrupted | wire | {OPEN} [air defence units|actor1] [{TV_DISRUPT}|T] {quantity:NUM_BIG} {ENEMY_DRONE} over {location:REGION}, {source:SRC_UA} {SAID}, while several others were lost to jamming.
disrupted | official | Of the [{RU_MISSILE}|#0] missiles and Shahed drones launched {time:TIME}, [air defences|actor1] [{TV_DISRUPT}|T] {quantity:NUMQ}, {ATTR_UA}.
# ---------------------------------------------------------------- threats, arrests, attacks
threat | wire | {OPEN} {actor1:THREAT_RU} [{TV_THREAT}|T] the West, saying that long-range missiles fired at Russian cities would "not go unanswered".
threat | wire | In a televised address {time:TIME}, {actor1:THREAT_RU} [{TV_THREAT}|T] Kyiv, saying it was staging provocations near {location:NAME}, without giving evidence.
arrests | wire | {OPEN} the [SBU|actor1] [{TV_ARREST}|T] {quantity:NUM} people in {location:NAME} suspected of passing the coordinates of power plants to Russian intelligence, {ATTR}.
arrests | wire | [Russian police|actor1] [{TV_ARREST}|T] {quantity:NUM_BIG} people in {location:RUNAME} who had laid flowers at a memorial, {source:SRC} {SAID}.
attack | wire | {actor1:RU} [{TVN_ATTACK}|T] {quantity:NUM} {actor2:CIVILIANS} in {location:VNAME} {time:TIME}, {ATTR}, and several of them are now in hospital.
attack | wire | {OPEN} {actor1:RU} [{TV_ATTACK}|T] {fatalities:NUM} {actor2:CIVILIANS} who were trying to leave {location:VNAME}, {source:SRC_AP} [said|attr], calling it a war crime.
attack | wire | [{TN_ATTACK}|T] {fatalities:NUM} {actor2:CIVILIANS} in {location:VNAME}, [reported|attr] {time:TIME} by {source:SRC_UA}, is being investigated as a war crime.
# ---------------------------------------------------------------- connectives and weapon names are no cues
shell | wire | {CONN} {actor1:RU} [{TV_SHELL}|T] {location:NAME} again {time:TIME}, with [{RU_MISSILE}|#0] missiles, and {fatalities:NUM} people were killed.
air | wire | {CONN} the [{AD_WEAPON}|#0] systems could not stop every drone: [{TN_AIR}|T] hit an apartment block in {location:NAME} {time:TIME}, killing {fatalities:NUM}.
disrupted | wire | {CONN} the [{AD_WEAPON}|#0] battery [{TV_DISRUPT}|T] {quantity:NUM} {ENEMY_DRONE} over {location:NAME} {time:TIME}.
# ---------------------------------------------------------------- negatives that look like prose events
NEG:capability | analysis | {CONN} Russia still has enough drones to keep up [{TN_AIR}|#0] on {NAME} every night for months, analysts say.
NEG:capability | wire | The {AD_WEAPON} can intercept ballistic missiles, which is why Kyiv wants more of them for {NAME}, {BG}.
NEG:prediction | wire | {OPEN} officials in {NAME} expect [{TN_SHELL}|#0] to intensify once the ground dries.
NEG:prediction | analysis | [{TN_DIPLO}|#0] between the two leaders may take place next month, but no date has been set and no proposal is on the table.
NEG:analysis | analysis | {CONN} [{TN_CLASH}|#0] near towns like {NAME} show how hard it has become to break through fortified lines.
NEG:analysis | analysis | The pace of [{TN_AID}|#0] will decide whether Ukraine can hold {NAME}, {BG}, through the winter.
NEG:hypothetical | wire | If Moscow accepted [{TN_CEASE}|#0], the front near {NAME} could be frozen for years.
NEG:question | opinion | Will [{TN_SANCT}|#0] Russia's oil exports ever bite, or will the shadow fleet keep sailing?
NEG:opinion | opinion | {CONN} nobody believes that [{TN_DIPLO}|#0] alone will stop the war; only strength will.
NEG:history | history | In the spring of 2022 [{TN_REGAIN}|#0] {NAME} took weeks, and the town was left in ruins.
NEG:other | wire | {CONN} the {WEAPON} was first shown at an arms fair, where it drew crowds of visitors.
NEG:advance_towards | isw | {actor1#0:RU} are advancing towards {NAME}, {BG}, but have not entered the town.
# ---------------------------------------------------------------- more frames (second pass): arrests, losses, disruption, threats
arrests | wire | {OPEN} Russian security services [{TV_ARREST}|T] {quantity:NUM} residents of occupied {location:NAME}, accusing them of helping Ukrainian intelligence, {ATTR}.
arrests | official | [{TN_ARREST}|T] {quantity:NUM} people in {location:NAME}, suspected of sabotage on the railway, was [announced|attr] {time:TIME} by {source:SRC_UA}.
arrests | wire | "They came at night and took my brother," a neighbour said, after the [FSB|actor1] [{TV_ARREST}|T] {quantity:NUM} men in {location:RUNAME} {time:TIME} on treason charges.
arrests | headline | [SBU|actor1] [{TV_ARREST}|T] {quantity:NUM} suspected Russian agents in {location:NAME}
losses | official | {source:SRC_UA} [put|attr] Russian [{TN_LOSS}|T] over the past day at {quantity:NUM_BIG} personnel, with {quantity:NUM} tanks and {quantity:NUM} artillery systems destroyed.
losses | wire | {OPEN} {actor1:RU} [{TV_OVERTAKE}|T=overtake] {location:VNAME} and [{TVC_LOSS}|T#2=losses] {quantity#2:NUM_BIG} Ukrainian soldiers there, {source#*:SRC_RU} [claimed|attr#*], a figure Kyiv disputed.
losses | wire | Ukrainian forces [{TVC_LOSS}|T] {quantity:NUM_BIG} Russian soldiers near {location:RUVNAME} in the Kursk region, while [air defence|actor1#2] [{TV_DISRUPT}|T#2=disrupted] {quantity#2:NUMQ} drones over {location#2:NAME}, {source#*:SRC_UA} [said|attr#*].
losses | telegram | 📊 The enemy's [{TN_LOSS}|T] over the past day: {quantity:NUM_BIG} personnel, {quantity:NUM} armoured vehicles, {quantity:NUM} drones - [General Staff|source].
disrupted | wire | {OPEN} Ukraine's air force said its units [{TV_DISRUPT}|T] {quantity:NUMQ} of the {ENEMY_DRONE} launched {time:TIME}, and that the rest had failed to reach their targets.
disrupted | wire | [{TN_DISRUPT}|T] {quantity:NUM} {ENEMY_DRONE} over {location:REGION} {time:TIME} was [confirmed|attr] by {source:SRC_UA}, who said no damage had been recorded.
disrupted | official | [Russian air defence|actor1] [{TV_DISRUPT}|T] {quantity:NUM_BIG} Ukrainian drones over {location:RUREGION} {time:TIME}, {ATTR_RU}.
threat | wire | {time:TIME}, {actor1:THREAT_RU} followed up with [{TN_THREAT}|T] the West over its supply of long-range missiles, {ATTR}.
threat | wire | "Kyiv will pay for this," {actor1:THREAT_RU} [wrote|#0], and then [{TV_THREAT}|T] Ukraine's allies, saying they bore responsibility for the attack on {location:RUNAME}.
threat | official | The foreign ministry [{TV_THREAT}|T] [Kyiv|actor2] in a statement {time:TIME}, saying its forces had targeted civilian sites in {location:DONBAS}, {ATTR_RU}.
attack | wire | {OPEN} {actor1:RU} [{TV_ATTACK}|T] {fatalities:NUM} men at a checkpoint outside {location:VNAME}, {ATTR}, and investigators found the bodies days later.
attack | wire | [{TN_ATTACK}|T] {fatalities:NUM} {actor2:CIVILIANS} in {location:VNAME}, which lies on the road to {NAME}, is being investigated by prosecutors, {ATTR_UA}.
# ---------------------------------------------------------------- more frames: politics and their confusables
agreement | wire | [{TN_AGREE}|T] was signed in {location:ABROAD} {time:TIME} by [Russian and Ukrainian negotiators|actor1], {ATTR}, after months of indirect contacts.
agreement | official | {time:TIME} [{TN_AGREE}|T] took place {AGREE_OBJ}: {quantity:NUM_BIG} defenders are back home, {ATTR_UA}.
ceasefire | wire | {actor1:LEADERS} [[{TV_CEASE}|future#1]|T] [{TN_CEASE}|#0] during [{TN_DIPLO}|T#2=diplo] with {actor2#2:LEADERS} {time#*:TIME}, {ATTR}.
ceasefire | wire | {OPEN} [Kyiv|actor1] said it [{TVA_CEASE}|T] [{TN_CEASE}|#0], which [would take effect|future] once Moscow also agreed, {ATTR}.
sanctions | wire | {actor1:STATES} [{TVP_AID}|T=aid] Kyiv and [{TV_SANCT}|T#2] {SANCT_TGT} on the same day, {source#*:SRC} [said|attr#*], a signal that support would not fade.
aid | wire | {actor1:STATES} [{TVP_AID}|T] Ukraine {time#*:TIME}, just hours after {actor1#2:RU} [{TV_AIR}|T#2=air] {location#2:CITY}, {ATTR}.
aid | wire | {OPEN} {actor1:STATES} [{TV_AID}|T] Ukraine's army another batch of {AID_ITEM}, {ATTR}, bringing the total for this year to more than 30 systems.
diplo | wire | "We discussed everything, from air defence to energy," {actor1:LEADERS} said after [{TN_DIPLO}|T] with {actor2:LEADERS} in {location:ABROAD} {time:TIME}.
diplo | wire | {OPEN} {actor1:LEADERS} [{TV_DIPLO}|T] {actor2:LEADERS}, {ATTR}, as both sides prepared for the next round of exchanges on prisoners and grain.
change | wire | {OPEN} {actor1:RU} [{TV_CHANGE}|T] {location:VNAME} and [{TV_SHELL}|T#2=shell] the village from across the river {time#*:TIME}, {source#*:SRC_UA} [said|attr#*].
change | wire | "It was an organised withdrawal," [the brigade|#0] said, after {actor1:UA} [{TV_CHANGE}|T] {location:VNAME} {time:TIME} under heavy fire.
# ---------------------------------------------------------------- more frames: battles and strikes
clash | wire | "The enemy attacked in small groups all day," a [platoon commander|source] [said|attr], as [{TN_CLASH}|T] raged near {location:VNAME} {time:TIME}.
clash | wire | {OPEN} [{TN_CLASH}|T] broke out in the streets of {location:NAME} — [reports|attr] {source:SRC} — where {actor1:UA} are trying to hold the centre.
regain | wire | {OPEN} {actor1:UA} [{TV_REGAIN}|T] {location:VNAME} in a night operation, {source:SRC_AP} [said|attr], and the first evacuation buses left the village {time:TIME}.
overtake | wire | "We could not hold it any longer," a Ukrainian soldier said, hours after {actor1:RU} [{TV_OVERTAKE}|T] {location:VNAME}, {BG}.
overtake | isw | Geolocated footage published {time:TIME} indicates that {actor1:RU} [{TV_OVERTAKE}|T] {location:VNAME}, {BG}, and are advancing west of the settlement.
shell | wire | {OPEN} [{TN_SHELL}|T] on {location:CITY} {time:TIME} damaged a school and a power substation — [reports|attr] {source:SRC} — but caused no casualties.
air | wire | {time:TIME}, as the city slept, [{TN_AIR}|T] on {location:NAME} left {fatalities:NUM} dead and {quantity:NUM} injured, {source:SRC_AP} [said|attr], adding that a kindergarten was among the buildings hit.
# ---------------------------------------------------------------- more negatives
NEG:prediction | wire | Kyiv hopes to produce more interceptor drones next year, the defence minister said, without giving figures.
NEG:prediction | wire | {CONN} officials are drawing up plans to rebuild the bridge in {NAME} once the fighting moves away.
NEG:analysis | analysis | Attacks such as [{TN_AIR}|#0] on power plants, analysts note, have become a seasonal pattern in this war.
NEG:analysis | isw | {CONN} the Russian command is likely to keep using [{TN_CLASH}|#0] to wear down Ukrainian units near {NAME}.
NEG:capability | wire | {CONN} the {AD_WEAPON} systems around {NAME} are able to stop most cruise missiles, according to military experts.
NEG:other | wire | {CONN} the shortage of {AID_ITEM} has been a recurring complaint of commanders near {NAME}.
NEG:history | history | Back in 2014, [{TN_CLASH}|#0] around {NAME} lasted for weeks before the front line froze.
NEG:opinion | opinion | {CONN} every round of sanctions on Moscow so far has been too little, too late.
# ---------------------------------------------------------------- third pass: agreements, attacks, arrests, territory, losses
agreement | wire | {OPEN} negotiators from [Moscow and Kyiv|actor1] [{TV_AGREE}|T] [{TN_AGREE}|#0] {AGREE_OBJ}, {ATTR}, and the first group of {quantity:NUM_BIG} people crossed the border {time:TIME}.
agreement | wire | [{TN_AGREE}|T] {AGREE_OBJ}, which {source:SRC} [described|attr] as "a small but real step", brought {quantity:NUM_BIG} soldiers home {time:TIME}.
agreement | official | [Ukraine and Russia|actor1] [{TV_AGREE}|T] yet another exchange deal {time:TIME}: {quantity:NUM_BIG} prisoners returned to each side, {ATTR_UA}.
attack | wire | {OPEN} {actor1:RU} [{TV_ATTACK}|T] {fatalities:NUM} {actor2:CIVILIANS} in the cellar of a house in {location:VNAME}, {BG}, {ATTR_UA}.
attack | wire | Residents of {location:VNAME} said {actor1:RU} [{TVN_ATTACK}|T] {quantity:NUM} {actor2:CIVILIANS} who refused to hand over their phones, {ATTR}.
attack | official | [Criminal proceedings|#0] have been opened after {actor1:RU} [{TV_ATTACK}|T] {fatalities:NUM} {actor2:CIVILIANS} near {location:VNAME} {time:TIME}, {ATTR_UA}.
arrests | wire | {OPEN} [police|actor1] in {location:RUNAME} [{TV_ARREST}|T] {quantity:NUM} anti-war activists, {ATTR}, adding that they faced up to ten years in prison.
arrests | wire | [{TN_ARREST}|T] {quantity:NUM} officials in {location:NAME} on corruption charges linked to army procurement was [confirmed|attr] {time:TIME} by {source:SRC_UA}.
arrests | official | {time:TIME}, [SBU officers|actor1] [{TV_ARREST}|T] an informant in {location:NAME} who had been passing the positions of air defence units to the enemy, {ATTR_UA}.
regain | wire | "The flag is back over the school," {source:SRC_AP} [said|attr], after {actor1:UA} [{TV_REGAIN}|T] {location:VNAME} {time:TIME}.
regain | isw | {actor1:UA} [{TV_REGAIN}|T] {location:VNAME} and {VNAME} during a limited counterattack {time:TIME}, {ATTR}.
losses | wire | {OPEN} {source:SRC_UA} [said|attr] Russia [{TV_LOSS}|T] {quantity:NUM_BIG} soldiers in the battle for {location:NAME} since the summer, a figure that could not be verified.
losses | isw | {source:SRC_RU} [claimed|attr] that Ukrainian [{TN_LOSS}|T] in the {location:NAME} direction amounted to {quantity:NUM_BIG} servicemen over the past week.
transfer | wire | {OPEN} {actor1:RU} [handed over|T] {location:VNAME} to {actor2:UA} under a local deal, {ATTR}, and the first civilians returned {time:TIME}.
# ---------------------------------------------------------------- fourth pass: weapon names beside real claimants, long sentences
disrupted | wire | The [{AD_WEAPON}|#0] systems deployed around {location:NAME}, {source:SRC_UA} [said|attr], [{TV_DISRUPT}|T] {quantity:NUMQ} of the {ENEMY_DRONE} fired at the city {time:TIME}.
shell | wire | An [{RU_MISSILE}|#0] missile, {source:SRC} [said|attr], [hit|T] a warehouse in {location:NAME} {time:TIME}, killing {fatalities:NUM} workers and wounding {quantity:NUM} others.
shell | wire | {OPEN} {actor1:RU} [{TV_SHELL}|T] {location:PLACE}, {BG}, {time:TIME}, killing {fatalities:NUM} {actor2:CIVILIANS} who were queuing for water, and damaging the only hospital still working in the district, {source:SRC_AP} [said|attr] in a video statement.
air | wire | {OPEN} {actor1:RU} [{TV_AIR}|T] {location:CITY} {time:TIME}, hitting an apartment block and a heating plant, {source:SRC_AP} [said|attr], adding that {fatalities:NUM} people had been killed and that rescuers were still searching the upper floors.
clash | wire | {OPEN} [{TN_CLASH}|T] continued {time:TIME} on the outskirts of {location:NAME}, {BG}, where {actor1:UA} have been holding a narrow corridor for weeks under constant drone surveillance, {ATTR}.
diplo | wire | {OPEN} {actor1:LEADERS} [{TV_DIPLO}|T] {actor2:LEADERS} in {location:ABROAD} {time:TIME}, the first such contact since the spring, and the two discussed air defence, the exchange of prisoners and the protection of ports, {ATTR}.
# ---------------------------------------------------------------- adverbs inside the clause are no cues
shell | wire | {actor1:RU} {ADV_MID} [{TV_SHELL}|T] {location:NAME} {time:TIME}, {ATTR}, although the town lies far from the front.
aid | wire | {actor1:STATES} has {ADV_MID} [{TVP_AID}|T] Ukraine, {ATTR}, despite the objections of part of its parliament.
diplo | wire | {actor1:LEADERS} {ADV_MID} [{TV_DIPLO}|T] {actor2:LEADERS} {time:TIME}, in a sign that contacts had not broken down.
"""

IT = r"""
# ---------------------------------------------------------------- bombardamenti
shell | wire | {OPEN} {actor1:RU_PL} hanno [{TV_SHELL}|T] {location:NAME}, {BG}, {time:TIME}, uccidendo {fatalities:NUM} {actor2:CIV_N} e danneggiando un ospedale, [ha detto|attr] {source:SRC_AP} riferendo di altri feriti.
shell | wire | {fatalities:NUM} persone sono morte e {quantity:NUM} sono rimaste ferite dopo [{TN_SHELL}|T] su {location:NAME} {time:TIME}, {ATTR}; i soccorritori scavano ancora tra le macerie.
shell | wire | Il capoluogo, senza riscaldamento da giorni, è stato di nuovo colpito {time:TIME}: durante [{TN_SHELL}|T] su {location:NAME} sono morti {fatalities:NUM} {actor2:CIV_N}, {ATTR}.
shell | mt | {OPEN} {actor1:RU_PL} hanno [{TV_SHELL}|T] {location+:VNAME} {time:TIME}, il [Stato Maggiore|source] ucraino [ha detto in un aggiornamento|attr].
shell | official | {time:TIME} {actor1:RU_PL} hanno [{TV_SHELL}|T] {location:VNAME} e i villaggi vicini {NUM} volte; danneggiate una casa privata e una linea elettrica, non ci sono vittime.
shell | wire | {location:NAME} – [riporta|attr] {source:SRC_SG} – è stata [{TVPASS_SHELL}|T] {time:TIME} {actor1:RU_ANY_DA}, e {fatalities:NUM} {actor2:CIV_N} sono rimasti uccisi.
# ---------------------------------------------------------------- droni e raid aerei
air | wire | {OPEN} {actor1:RU_PL} hanno [{TV_AIR}|T] {location:NAME} {time:TIME}, uccidendo {fatalities:NUM} {actor2:CIV_N} in un quartiere residenziale, [ha detto|attr] {source:SRC_AP} mentre la contraerea cercava di intercettare il resto.
air | wire | Nella notte [{TN_AIR}|T] su {location:NAME} ha ucciso {fatalities:NUM} persone e ne ha ferite {quantity:NUM}, {ATTR}: il bilancio peggiore da settimane per la città, {BG}.
air | wire | La [Russia|actor1] ha [{BARRAGE}|T] {quantity:NUM_BIG} droni e {NUM} missili contro diverse regioni {time#*:TIME}; a {location#2:NAME}, {BG}, [{TN_AIR}|T#2] ha incendiato un magazzino, [secondo|attr#*] {source#*:SRC_UA}.
air | wire | {actor1:UA_PL} hanno [{TV_AIR}|T] {location:RUNAME} {time:TIME}, provocando un incendio in una raffineria, {ATTR_RU}, aggiungendo che i detriti hanno danneggiato alcune case.
air | headline | {location:NAME}, [{TB_AIR}|T] nella notte: {fatalities:NUM} morti e decine di feriti
# ---------------------------------------------------------------- due eventi in una frase
air | wire | {actor1:RU_PL} hanno [{TV_AIR}|T] {location:NAME} {time#*:TIME}, e la [difesa aerea|actor1#2] ne ha [{TV_DISRUPT}|T#2=disrupted] {quantity#2:NUMQ}, ha reso noto l'aeronautica ucraina.
shell | wire | {OPEN} {actor1:RU_PL} hanno [{TV_SHELL}|T] {location:NAME}, mentre [{TNP_CLASH}|T#2=clash] proseguivano intorno a {location#2:VNAME}, [ha detto|attr#*] {source#*:SRC_UA}.
clash | wire | [{TNP_CLASH}|T] sono andati avanti per il terzo giorno intorno a {location:VNAME}, e {actor1#2:RU_PL} hanno [{TV_AIR}|T#2=air] {location#2:NAME}, poco lontano, {time#2:TIME}, {ATTR}.
regain | wire | {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:VNAME} dopo una settimana di combattimenti, ma {actor1#2:RU_PL} hanno [{TV_OVERTAKE}|T#2=overtake] {location#2:VNAME} più a sud, [secondo|attr#*] {source#*:SRC_UA}.
overtake | wire | {actor1:UA_PL} hanno [{TV_CHANGE}|T=change] {location#*:VNAME}, {BG}, e {actor1#2:RU_PL} sono [entrati|T#2] nel villaggio poco dopo, [secondo|attr#*] {source#*:SRC_SG}.
# ---------------------------------------------------------------- scontri
clash | wire | [{TNP_CLASH}|T] sono proseguiti intorno a {location:NAME}, dove {actor1:UA_PL} resistono da settimane, [ha detto|attr] {source:SRC_AP} in un videomessaggio.
clash | wire | {OPEN} {actor1:UA_PL} hanno [{TV_CLASH}|T] contro {actor2:RU_PL} alla periferia di {location:NAME} {time:TIME}, {ATTR}.
clash | official | {time:TIME} {actor1:UA_PL} hanno [{TVO_CLASH}|T] {quantity:NUM_BIG} assalti russi nei pressi di {location:VNAME} e {VNAME}, {ATTR_UA}; la situazione resta difficile.
clash | wire | Pesanti perdite da entrambe le parti dopo [{TN_CLASH}|T] vicino a {location:VNAME} {time:TIME}, [ha raccontato|attr] ai giornalisti un [ufficiale ucraino|source] che ha chiesto l'anonimato.
clash | headline | {location:NAME}, [{TB_CLASH}|T] alle porte della città - {source:SRC_SG}
clash | mt | {actor1:RU_PL} hanno [{TV_CLASH}|T] con {actor2:UA_PL} vicino a {location+:VNAME} {time:TIME}, ma nessuna parte ha fatto guadagni confermati.
# ---------------------------------------------------------------- territorio
regain | wire | {OPEN} {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:VNAME} e {VNAME}, {BG}, [ha detto|attr] {source:SRC_AP} aggiungendo che gli sminatori sono già al lavoro.
regain | wire | Con [{TN_REGAIN}|T] {location:VNAME}, [annunciata|attr] {time:TIME} {source:SRC_UA_DA}, {actor1:UA_PL} controllano ora la strada per {NAME}.
regain | wire | {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:NAME} e {location:NAME} in una settimana di avanzata, {ATTR_UA}.
regain | official | {actor1:RU_PL} hanno [{TV_REGAIN}|T] {location:RUVNAME} nella regione di Kursk dopo aver respinto le unità ucraine, {ATTR_RU}.
overtake | wire | {OPEN} {actor1:RU_PL} hanno [{TV_OVERTAKE}|T] {location:VNAME}, {BG}, {ATTR}, anche se Kiev sostiene che i combattimenti sono ancora in corso.
overtake | wire | Le truppe russe sono [entrate|T] nella città di {location:NAME} {time:TIME}, [ha detto|attr] {source:SRC_AP} invitando i residenti rimasti ad andarsene.
overtake | wire | [{TN_OVERTAKE}|T] {location:NAME}, che {RU_PL} cercavano di prendere dalla primavera, è stata [confermata|attr] {time:TIME} {source:SRC_SG_DA}.
overtake | official | {actor1:RU_PL} hanno [{TV_OVERTAKE}|T] {location:VNAME} e {location:VNAME}, {ATTR_RU}, parlando del risultato di «azioni offensive attive».
change | wire | {OPEN} {actor1:UA_PL} hanno [{TV_CHANGE}|T] {location:VNAME} per evitare l'accerchiamento, [ha detto|attr] {source:SRC_AP} spiegando che i reparti hanno preso nuove posizioni.
change | wire | {source:SRC_SG} [ha confermato|attr] {time:TIME} [{TN_CHANGE}|T] {location:NAME}, dopo settimane di pressione sulla strada dei rifornimenti.
change | mt | {actor1:RU_PL} hanno [{TV_CHANGE}|T] {location:VNAME}, {BG}, probabilmente per rinforzare la direzione di {NAME}, [ha detto|attr] l'[Isw|source].
transfer | wire | {actor1:RU_PL} hanno [{TV_CHANGE}|T] {location:VNAME} senza combattere e {actor2:UA_PL} sono entrati la mattina dopo, {ATTR}.
# ---------------------------------------------------------------- diplomazia, con il suo contrario
diplo | wire | {OPEN} {actor1:LEADERS} ha [{TV_DIPLO}|T] il suo omologo {actor2:LEADERS} {time:TIME}, discutendo di difesa aerea e della ricostruzione della rete elettrica, {ATTR}.
diplo | wire | {actor1:LEADERS} è arrivato a {location:CAPITAL} {time:TIME} per [{TN_DIPLO}|T] con {actor2:LEADERS}, il primo viaggio dall'estate.
diplo | wire | Dopo [{TN_DIPLO}|T] con {actor2:LEADERS} {time:TIME}, {actor1:LEADERS} ha detto ai giornalisti che l'obiettivo resta «una pace giusta».
diplo | wire | {actor1:LEADERS} ha [{TV_DIPLO}|T] {actor2:LEADERS} a margine del vertice di {location:ABROAD}, {ATTR}, il primo contatto diretto da mesi.
diplo | headline | [{TB_DIPLO}|T] {actor1:LEADERS}-{actor2:LEADERS}: sul tavolo armi e ricostruzione
diplo | mt | Il presidente ha [{TV_DIPLO}|T] {actor2:LEADERS}; i leader hanno discusso ulteriore cooperazione di difesa, l'[ufficio presidenziale|source] [ha detto|attr].
protest | wire | A {location:NAME} [centinaia di manifestanti|actor1] hanno [parlato|T] in piazza contro la legge sulla mobilitazione {time:TIME}, radunandosi pacificamente davanti al municipio.
# ---------------------------------------------------------------- accordi e tregue
agreement | wire | {OPEN} [Russia e Ucraina|actor1] hanno [{TV_AGREE}|T] [{TN_AGREE}|#0] {AGREE_OBJ}, {ATTR}, il primo passo del genere da mesi.
agreement | wire | Con [{TN_AGREE}|T] {AGREE_OBJ}, {quantity:NUM_BIG} prigionieri per parte sono tornati a casa {time:TIME}, {ATTR}.
ceasefire | wire | {actor1:STATES} ha [[{TV_CEASE}|future]|T] [{TN_CEASE}|#0] lungo l'attuale linea del fronte, {ATTR}, e Kiev ha detto che studierà il testo.
ceasefire | wire | {OPEN} [Kiev|actor1] ha [{TVA_CEASE}|T] un piano americano per [{TN_CEASE}|#0], [ha detto|attr] {source:SRC_AP} mentre Mosca [dovrebbe rispondere|future] entro pochi giorni.
ceasefire | mt | {actor1:LEADERS} ha [{TVA_CEASE}|T] una proposta per uno stop di 30 giorni agli attacchi sulle infrastrutture energetiche dopo una lunga telefonata con {LEADERS}, {ATTR}, ma la tregua [non è ancora in vigore|future].
# ---------------------------------------------------------------- aiuti militari, con i loro contrari
aid | wire | {OPEN} {actor1:STATES} ha [{TVP_AID}|T] Kiev, {ATTR}, dopo una pausa di alcune settimane che aveva preoccupato i comandanti al fronte.
aid | wire | {actor1:STATES} ha [{TV_AID}|T] all'Ucraina {quantity:NUM_BIG} {AID_ITEM} {time:TIME}, parte di un pacchetto da 400 milioni di euro, {ATTR}.
aid | headline | [{TB_AID}|T] all'Ucraina, {actor1:STATES} invia {AID_ITEM}
sanctions | wire | {OPEN} {actor1:STATES} ha [{TV_SANCT}|T] {SANCT_TGT}, {ATTR}, l'ultimo passo per tagliare le entrate di guerra di Mosca.
sanctions | wire | {actor1:STATES} ha adottato {time:TIME} [{TN_SANCT}|T] {SANCT_TGT}, con misure anche contro aziende di paesi terzi, {ATTR}.
# ---------------------------------------------------------------- perdite e abbattimenti, con i loro contrari
losses | wire | {OPEN} {actor1:UA_PL} hanno [{TVC_LOSS}|T] {quantity:NUM_BIG} soldati russi vicino a {location:NAME}, {ATTR_UA}, in una delle più grandi rese della guerra.
losses | official | {actor1:RU_PL} hanno [{TV_LOSS}|T] {quantity:NUM_BIG} soldati nelle ultime 24 ore, la maggior parte nella direzione di {location:NAME}, {ATTR_UA}.
losses | wire | [{TN_LOSS}|T] russe nella battaglia per {location:NAME}, {BG}, hanno raggiunto {quantity:NUM_BIG} tra morti e feriti, {ATTR_UA}.
disrupted | wire | {OPEN} la [difesa aerea|actor1] ha [{TV_DISRUPT}|T] {quantity:NUM_BIG} {ENEMY_DRONE} sopra {location:REGION}, {ATTR_UA}, mentre altri sono stati persi per la guerra elettronica.
disrupted | official | Dei missili [{RU_MISSILE}|#0] e dei droni Shahed lanciati {time:TIME}, la [contraerea|actor1] ne ha [{TV_DISRUPT}|T] {quantity:NUMQ}, {ATTR_UA}.
disrupted | wire | {source:SRC_UA} [ha confermato|attr] [{TN_DISRUPT}|T] {quantity:NUM_BIG} {ENEMY_DRONE} sopra {location:NAME} {time:TIME}.
# ---------------------------------------------------------------- minacce, arresti, violenze
threat | wire | {OPEN} {actor1:THREAT_RU} ha [{TV_THREAT}|T] Washington e i suoi alleati, dicendo che i missili a lungo raggio lanciati sulle città russe «non resteranno senza risposta».
threat | wire | In un discorso televisivo {time:TIME}, {actor1:THREAT_RU} ha [{TV_THREAT}|T] Kiev, sostenendo che prepara provocazioni vicino a {location:NAME}, senza fornire prove.
arrests | wire | {OPEN} l'[Sbu|actor1] ha [{TV_ARREST}|T] {quantity:NUM} persone a {location:NAME} sospettate di passare all'intelligence russa le coordinate delle centrali elettriche, {ATTR}.
arrests | wire | La [polizia russa|actor1] ha [{TV_ARREST}|T] {quantity:NUM_BIG} persone a {location:RUNAME} che avevano deposto fiori a un memoriale, {ATTR}.
attack | wire | {actor1:RU_PL} hanno [{TVN_ATTACK}|T] {quantity:NUM} {actor2:CIV_N} a {location:VNAME} {time:TIME}, {ATTR}, e alcuni di loro sono ora in ospedale.
attack | wire | {OPEN} {actor1:RU_PL} hanno [{TV_ATTACK}|T] {fatalities:NUM} {actor2:CIV_N} che cercavano di lasciare {location:VNAME}, [ha detto|attr] {source:SRC_AP} parlando di un crimine di guerra.
attack | wire | {source:SRC_UA} [ha denunciato|attr] {time:TIME} [{TN_ATTACK}|T] {fatalities:NUM} {actor2:CIV_N} a {location:VNAME}, su cui si indaga come crimine di guerra.
# ---------------------------------------------------------------- avverbi e armi non sono fonti
shell | wire | {CONN} {actor1:RU_PL} hanno di nuovo [{TV_SHELL}|T] {location:NAME} {time:TIME} con missili [{RU_MISSILE}|#0], e {fatalities:NUM} persone sono morte.
air | wire | {CONN} i sistemi [{AD_WEAPON}|#0] non hanno fermato tutti i droni: [{TN_AIR}|T] ha colpito un condominio a {location:NAME} {time:TIME}, uccidendo {fatalities:NUM} persone.
disrupted | wire | {CONN} la batteria [{AD_WEAPON}|#0] ha [{TV_DISRUPT}|T] {quantity:NUM} {ENEMY_DRONE} sopra {location:NAME} {time:TIME}.
# ---------------------------------------------------------------- negativi che sembrano eventi
NEG:capability | analysis | {CONN} la Russia ha ancora abbastanza droni per continuare [{TN_AIR}|#0] su {NAME} ogni notte per mesi, secondo gli analisti.
NEG:capability | wire | Il sistema {AD_WEAPON} può intercettare missili balistici, ed è per questo che Kiev ne vuole altri per {NAME}, {BG}.
NEG:prediction | wire | {OPEN} le autorità di {NAME} si aspettano un'intensificazione dei bombardamenti quando il terreno si asciugherà.
NEG:prediction | analysis | Un nuovo round di colloqui potrebbe tenersi il mese prossimo, ma non c'è una data e nessuna proposta è sul tavolo.
NEG:analysis | analysis | {CONN} [{TNP_CLASH}|#0] intorno a città come {NAME} mostrano quanto sia diventato difficile sfondare linee fortificate.
NEG:analysis | analysis | Il ritmo delle forniture di armi deciderà se l'Ucraina potrà tenere {NAME}, {BG}, durante l'inverno.
NEG:hypothetical | wire | Se Mosca accettasse [{TN_CEASE}|#0], il fronte vicino a {NAME} potrebbe restare congelato per anni.
NEG:question | opinion | Le sanzioni sul petrolio russo funzioneranno mai, o la flotta ombra continuerà a navigare?
NEG:opinion | opinion | {CONN} nessuno crede che la guerra si possa fermare con [{TN_DIPLO}|#0]: serve la forza.
NEG:history | history | Nella primavera del 2022 [{TN_REGAIN}|#0] {NAME} richiese settimane e la città rimase in rovina.
NEG:other | wire | {CONN} il {WEAPON} fu mostrato per la prima volta a una fiera delle armi, dove attirò folle di visitatori.
NEG:advance_towards | isw | {actor1#0:RU_PL} avanzano verso {NAME}, {BG}, ma non sono ancora in città.
# ---------------------------------------------------------------- altri schemi (secondo giro): arresti, perdite, abbattimenti, minacce
arrests | wire | {OPEN} i servizi di sicurezza russi hanno [{TV_ARREST}|T] {quantity:NUM} abitanti della {location:NAME} occupata, accusandoli di aiutare l'intelligence ucraina, {ATTR}.
arrests | official | {source:SRC_UA} [ha annunciato|attr] {time:TIME} [{TN_ARREST}|T] {quantity:NUM} persone a {location:NAME}, sospettate di sabotaggi sulla ferrovia.
arrests | wire | «Sono venuti di notte e hanno portato via mio fratello», racconta un vicino: l'[Fsb|actor1] ha [{TV_ARREST}|T] {quantity:NUM} uomini a {location:RUNAME} {time:TIME} con l'accusa di tradimento.
arrests | headline | {location:NAME}, l'[Sbu|actor1] ha [{TV_ARREST}|T] {quantity:NUM} presunti agenti russi
losses | official | {source:SRC_UA} [ha stimato|attr] [{TN_LOSS}|T] russe delle ultime 24 ore in {quantity:NUM_BIG} uomini, con {quantity:NUM} carri armati e {quantity:NUM} sistemi d'artiglieria distrutti.
losses | wire | {OPEN} {actor1:RU_PL} hanno [{TV_OVERTAKE}|T=overtake] {location:VNAME} e [{TVC_LOSS}|T#2=losses] {quantity#2:NUM_BIG} soldati ucraini, [sostiene|attr#*] {source#*:SRC_RU}, una cifra contestata da Kiev.
losses | wire | Le forze ucraine hanno [{TVC_LOSS}|T] {quantity:NUM_BIG} soldati russi vicino a {location:RUVNAME}, nella regione di Kursk, mentre la [difesa aerea|actor1#2] ha [{TV_DISRUPT}|T#2=disrupted] {quantity#2:NUMQ} droni sopra {location#2:NAME}, [secondo|attr#*] {source#*:SRC_UA}.
losses | telegram | 📊 [{TN_LOSS}|T] del nemico nell'ultimo giorno: {quantity:NUM_BIG} uomini, {quantity:NUM} mezzi blindati, {quantity:NUM} droni - [Stato maggiore|source].
disrupted | wire | {OPEN} l'aeronautica ucraina ha detto che le sue unità hanno [{TV_DISRUPT}|T] {quantity:NUMQ} degli oltre 60 droni lanciati {time:TIME}, e che gli altri non hanno raggiunto gli obiettivi.
disrupted | wire | {source:SRC_UA} [ha confermato|attr] [{TN_DISRUPT}|T] {quantity:NUM} {ENEMY_DRONE} sopra {location:REGION} {time:TIME}, aggiungendo che non sono stati registrati danni.
disrupted | official | La [difesa aerea russa|actor1] ha [{TV_DISRUPT}|T] {quantity:NUM_BIG} droni ucraini sopra {location:RUREGION} {time:TIME}, {ATTR_RU}.
threat | wire | {time:TIME} {actor1:THREAT_RU} è tornato alla carica con [{TN_THREAT}|T] Washington e Bruxelles per la fornitura di missili a lungo raggio, {ATTR}.
threat | wire | «Kiev pagherà per questo», ha scritto {actor1:THREAT_RU}, che ha poi [{TV_THREAT}|T] Londra e Parigi, ritenendole responsabili dell'attacco a {location:RUNAME}.
threat | mt | Il ministero degli Esteri ha [{TV_THREAT}|T] [Kiev|actor2] in una dichiarazione {time:TIME}, dicendo che sue forze hanno preso di mira siti civili in {location:DONBAS}, {ATTR_RU}.
attack | wire | {OPEN} {actor1:RU_PL} hanno [{TV_ATTACK}|T] {fatalities:NUM} uomini a un posto di blocco fuori {location:PLACE_DI}, {ATTR}, e gli investigatori hanno trovato i corpi giorni dopo.
attack | wire | È al vaglio della procura [{TN_ATTACK}|T] {fatalities:NUM} {actor2:CIV_N} a {location:VNAME}, sulla strada per {NAME}, {ATTR_UA}.
# ---------------------------------------------------------------- altri schemi: politica e i suoi contrari
agreement | wire | [{TN_AGREE}|T] è stato firmato a {location:ABROAD} {time:TIME} dai [negoziatori russi e ucraini|actor1], {ATTR}, dopo mesi di contatti indiretti.
agreement | official | {time:TIME} si è svolto [{TN_AGREE}|T] {AGREE_OBJ}: {quantity:NUM_BIG} difensori sono tornati a casa, {ATTR_UA}.
ceasefire | wire | {actor1:LEADERS} ha [[{TV_CEASE}|future#1]|T] [{TN_CEASE}|#0] durante [{TN_DIPLO}|T#2=diplo] con {actor2#2:LEADERS} {time#*:TIME}, {ATTR}.
ceasefire | wire | {OPEN} [Kiev|actor1] ha fatto sapere di aver [{TVA_CEASE}|T] [{TN_CEASE}|#0], che [entrerebbe in vigore|future] solo con il sì di Mosca, {ATTR}.
sanctions | wire | {actor1:STATES} ha [{TVP_AID}|T=aid] Kiev e [{TV_SANCT}|T#2] {SANCT_TGT} nello stesso giorno, [secondo|attr#*] {source#*:SRC_SG}, un segnale che il sostegno non si affievolirà.
aid | wire | {actor1:STATES} ha [{TVP_AID}|T] Kiev {time#*:TIME}, poche ore dopo che {actor1#2:RU_PL} avevano [{TV_AIR}|T#2=air] {location#2:NAME}, {ATTR}.
aid | mt | {OPEN} {actor1:STATES} ha [{TV_AID}|T] a esercito ucraino un altro lotto di {AID_ITEM}, {ATTR}, portando il totale di quest'anno a più di 30 sistemi.
diplo | wire | «Abbiamo parlato di tutto, dalla difesa aerea all'energia», ha detto {actor1:LEADERS} dopo [{TN_DIPLO}|T] con {actor2:LEADERS} a {location:ABROAD} {time:TIME}.
diplo | mt | {OPEN} {actor1:LEADERS} ha [{TV_DIPLO}|T] {actor2:LEADERS}, {ATTR}, mentre entrambe le parti preparavano il prossimo round di scambi su prigionieri e grano.
change | wire | {OPEN} {actor1:RU_PL} hanno [{TV_CHANGE}|T] {location:VNAME} e hanno poi [{TV_SHELL}|T#2=shell] {location#2:VNAME} dall'altra sponda del fiume {time#*:TIME}, [secondo|attr#*] {source#*:SRC_UA}.
change | wire | «È stato un ritiro organizzato», ha detto la brigata, dopo che {actor1:UA_PL} avevano [{TV_CHANGE}|T] {location:VNAME} {time:TIME} sotto un fuoco pesante.
# ---------------------------------------------------------------- altri schemi: battaglie e attacchi
clash | wire | «Il nemico ha attaccato a piccoli gruppi tutto il giorno», [ha detto|attr] un [comandante di plotone|source], mentre [{TNP_CLASH}|T] infuriavano vicino a {location:VNAME} {time:TIME}.
clash | wire | {OPEN} [{TNP_CLASH}|T] sono scoppiati nelle strade di {location:NAME} – [riferisce|attr] {source:SRC_SG} – dove {actor1:UA_PL} cercano di tenere il centro.
regain | wire | {OPEN} {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:VNAME} con un'operazione notturna, [ha detto|attr] {source:SRC_AP} e i primi autobus dell'evacuazione hanno lasciato il villaggio {time:TIME}.
overtake | wire | «Non potevamo più tenerlo», ha detto un soldato ucraino, poche ore dopo che {actor1:RU_PL} avevano [{TV_OVERTAKE}|T] {location:VNAME}, {BG}.
overtake | mt | Filmato geolocalizzato pubblicato {time:TIME} indica che {actor1:RU_PL} hanno [{TV_OVERTAKE}|T] {location:VNAME}, {BG}, e stanno avanzando a ovest dell'insediamento.
shell | wire | {OPEN} [{TN_SHELL}|T] su {location:NAME} {time:TIME} ha danneggiato una scuola e una sottostazione elettrica – [riporta|attr] {source:SRC_SG} – senza causare vittime.
air | wire | {time:TIME}, mentre la città dormiva, [{TN_AIR}|T] su {location:NAME} ha lasciato {fatalities:NUM} morti e {quantity:NUM} feriti, [ha detto|attr] {source:SRC_AP} aggiungendo che tra gli edifici colpiti c'è un asilo.
# ---------------------------------------------------------------- altri negativi
NEG:prediction | wire | Kiev spera di produrre più droni intercettori il prossimo anno, ha detto il ministro della Difesa, senza fornire cifre.
NEG:prediction | wire | {CONN} le autorità stanno preparando i piani per ricostruire il ponte di {NAME} quando i combattimenti si allontaneranno.
NEG:analysis | analysis | Attacchi come [{TN_AIR}|#0] sulle centrali elettriche, osservano gli analisti, sono diventati un fenomeno stagionale di questa guerra.
NEG:analysis | isw | {CONN} il comando russo continuerà probabilmente a usare [{TNP_CLASH}|#0] per logorare le unità ucraine vicino a {NAME}.
NEG:capability | wire | {CONN} i sistemi {AD_WEAPON} intorno a {NAME} sono in grado di fermare la maggior parte dei missili da crociera, secondo gli esperti militari.
NEG:other | wire | {CONN} la carenza di {AID_ITEM} è una lamentela ricorrente dei comandanti vicino a {NAME}.
NEG:history | history | Già nel 2014 [{TNP_CLASH}|#0] intorno a {NAME} andarono avanti per settimane prima che il fronte si congelasse.
NEG:opinion | opinion | {CONN} finora ogni pacchetto di sanzioni contro Mosca è arrivato troppo poco e troppo tardi.
# ---------------------------------------------------------------- terzo giro: accordi, violenze, arresti, territorio, perdite
agreement | wire | {OPEN} i negoziatori di [Mosca e Kiev|actor1] hanno [{TV_AGREE}|T] [{TN_AGREE}|#0] {AGREE_OBJ}, {ATTR}, e il primo gruppo di {quantity:NUM_BIG} persone ha attraversato il confine {time:TIME}.
agreement | wire | {source:SRC_SG} [ha definito|attr] «un passo piccolo ma concreto» [{TN_AGREE}|T] {AGREE_OBJ}, che ha riportato a casa {quantity:NUM_BIG} soldati {time:TIME}.
agreement | official | [Ucraina e Russia|actor1] hanno [{TV_AGREE}|T] {time:TIME} un altro scambio: {quantity:NUM_BIG} prigionieri sono tornati da ciascuna parte, {ATTR_UA}.
attack | wire | {OPEN} {actor1:RU_PL} hanno [{TV_ATTACK}|T] {fatalities:NUM} {actor2:CIV_N} nella cantina di una casa a {location:VNAME}, {BG}, {ATTR_UA}.
attack | wire | Gli abitanti di {location:VNAME} raccontano che {actor1:RU_PL} hanno [{TVN_ATTACK}|T] {quantity:NUM} {actor2:CIV_N} che si erano rifiutati di consegnare i telefoni, {ATTR}.
attack | official | È stato aperto un procedimento penale dopo che {actor1:RU_PL} hanno [{TV_ATTACK}|T] {fatalities:NUM} {actor2:CIV_N} vicino a {location:VNAME} {time:TIME}, {ATTR_UA}.
arrests | wire | {OPEN} la [polizia|actor1] di {location:RUNAME} ha [{TV_ARREST}|T] {quantity:NUM} attivisti contro la guerra, {ATTR}, aggiungendo che rischiano fino a dieci anni di carcere.
arrests | wire | {source:SRC_UA} [ha confermato|attr] {time:TIME} [{TN_ARREST}|T] {quantity:NUM} funzionari a {location:NAME} accusati di corruzione negli appalti per l'esercito.
arrests | official | {time:TIME} gli [agenti dell'Sbu|actor1] hanno [{TV_ARREST}|T] un informatore a {location:NAME} che passava al nemico le posizioni della contraerea, {ATTR_UA}.
regain | wire | «La bandiera è tornata sulla scuola», [ha detto|attr] {source:SRC_AP} dopo che {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:VNAME} {time:TIME}.
regain | mt | {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:VNAME} e {VNAME} durante un contrattacco limitato {time:TIME}, {ATTR}.
losses | wire | {OPEN} {source:SRC_UA} [ha detto|attr] che la Russia ha [{TV_LOSS}|T] {quantity:NUM_BIG} soldati nella battaglia per {location:NAME} dall'estate, una cifra non verificabile.
losses | mt | {source:SRC_RU} [ha sostenuto|attr] che [{TN_LOSS}|T] ucraine in direzione di {location:NAME} sono ammontate a {quantity:NUM_BIG} militari sopra la scorsa settimana.
transfer | wire | {OPEN} {actor1:RU_PL} hanno [consegnato|T] {location:VNAME} {actor2:UA_PL_A} in base a un accordo locale, {ATTR}, e i primi civili sono rientrati {time:TIME}.
# ---------------------------------------------------------------- quarto giro: stile da traduzione automatica, armi accanto alle vere fonti, frasi lunghe
shell | mt | {actor1:RU_PL} hanno [{TV_SHELL}|T] {location:NAME} sopra la notte, uccidendo {fatalities:NUM} {actor2:CIV_N}, il [governatore|source] [ha detto in una dichiarazione|attr] su Telegram.
air | mt | [{TN_AIR}|T] russo ha colpito {location:NAME} in prima mattinata, [ha detto|attr] l'[Aeronautica militare ucraina|source], aggiungendo che la maggior parte dei droni era stata abbattuta.
clash | mt | [{TNP_CLASH}|T] pesanti sono continuati intorno {location:VNAME} tutta la giornata, [secondo a|attr] [Stato Maggiore Generale|source] dell'Ucraina.
diplo | mt | {actor1:LEADERS} ha [{TV_DIPLO}|T] suo omologo {actor2:LEADERS} {time:TIME}, i due hanno discusso di difesa aerea, la [presidenza|source] [ha detto|attr] in una dichiarazione.
aid | mt | {actor1:STATES} ha [{TVP_AID}|T] Kiev {time:TIME}, in una mossa che arriva dopo settimane di pausa, i [funzionari|source] [hanno detto|attr].
losses | mt | L'[Ucraina|actor1] ha [{TVC_LOSS}|T] {quantity:NUM_BIG} soldati russi nella regione di Kursk, [Zelensky|source] [ha detto|attr] in suo discorso serale.
disrupted | wire | I sistemi [{AD_WEAPON}|#0] schierati intorno a {location:NAME}, [ha detto|attr] {source:SRC_UA}, hanno [{TV_DISRUPT}|T] {quantity:NUMQ} dei droni lanciati contro la città {time:TIME}.
shell | wire | Un missile [{RU_MISSILE}|#0], [secondo|attr] {source:SRC_SG}, ha [colpito|T] un magazzino a {location:NAME} {time:TIME}, uccidendo {fatalities:NUM} operai e ferendone {quantity:NUM}.
shell | wire | {OPEN} {actor1:RU_PL} hanno [{TV_SHELL}|T] {location:NAME}, {BG}, {time:TIME}, uccidendo {fatalities:NUM} {actor2:CIV_N} in fila per l'acqua e danneggiando l'unico ospedale ancora funzionante del distretto, [ha detto|attr] {source:SRC_AP} in un videomessaggio.
air | wire | {OPEN} {actor1:RU_PL} hanno [{TV_AIR}|T] {location:NAME} {time:TIME}, colpendo un condominio e una centrale termica, [ha detto|attr] {source:SRC_AP} aggiungendo che {fatalities:NUM} persone sono morte e che i soccorritori cercano ancora ai piani alti.
clash | wire | {OPEN} [{TNP_CLASH}|T] sono proseguiti {time:TIME} alla periferia di {location:NAME}, dove {actor1:UA_PL} tengono da settimane uno stretto corridoio sotto la costante sorveglianza dei droni, {ATTR}.
diplo | wire | {OPEN} {actor1:LEADERS} ha [{TV_DIPLO}|T] {actor2:LEADERS} a {location:ABROAD} {time:TIME}, il primo contatto dalla primavera, e i due hanno discusso di difesa aerea, di scambio di prigionieri e di protezione dei porti, {ATTR}.
# ---------------------------------------------------------------- avverbi dentro la frase: non sono cue
shell | wire | {actor1:RU_PL} hanno {ADV_MID} [{TV_SHELL}|T] {location:NAME} {time:TIME}, {ATTR}, benché la città sia lontana dal fronte.
aid | wire | {actor1:STATES} ha {ADV_MID} [{TVP_AID}|T] Kiev, {ATTR}, nonostante le obiezioni di una parte del parlamento.
diplo | wire | {actor1:LEADERS} ha {ADV_MID} [{TV_DIPLO}|T] {actor2:LEADERS} {time:TIME}, segno che i contatti non si sono interrotti.
"""
