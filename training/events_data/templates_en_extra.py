# ruff: noqa: E501
"""English war-news forms that come often: deadly headlines with a source suffix, occupied-Donbas reports, briefs."""

TEMPLATES = r"""
shell | headline | {fatalities:NUM} killed, {quantity:NUM} injured in Russian [shelling|T] of {location:NAME}
shell | headline | [Shelling|T] of {location:DONBAS} by the [APU|actor1]: {fatalities:NUM} civilians dead - [DPR|source]
shell | headline | Woman killed as [shells hit|T] {location:NAME} - [regional governor|source]
shell | wire | {fatalities:NUM} people died after the [VSU|actor1] [fired|T] on the {DISTRICT} district of {location:DONBAS}, the city's [Russian-installed mayor|source] [said|attr].
shell | wire | A civilian was killed when Ukrainian [artillery struck|T] {location:DONBAS}, {ATTR_RU}.
shell | telegram | ⚡️{location:NAME}: the [enemy|actor1] [shelled|T] the city {quantity:NUM_BIG} times over the past day. {fatalities:NUM} dead, {quantity:NUM} wounded.
shell | telegram | Over the past day the [enemy|actor1] [{TV_SHELL}|T] {location+:VNAME}. No casualties.
shell | headline | {location:NAME} [under fire|T]: {quantity:NUM} wounded, no dead - [mayor|source]
shell | wire | A [Russian missile|T] [reportedly|hedge] hit a hotel in the center of {location:CITY} late on Saturday, {ATTR}.
air | headline | [Drone|T] kills {fatalities:NUM} in {location:RUNAME} region - [governor|source]
air | wire | A man died after a Ukrainian [drone dropped explosives|T] on his car in {location:RUNAME}, {ATTR_RU}.
air | headline | Russian [drone attack|T] on {location:NAME} kills {fatalities:NUM}, injures {quantity:NUM} - [police|source]
air | wire | Ukrainian [drones attacked|T] {location+:RUNAME} overnight, {ATTR_RU}.
air | telegram | 🛩 {location:NAME}: the [occupiers|actor1] [dropped|T] {quantity:NUM} KABs on the outskirts. Information on casualties is being clarified.
clash | wire | {fatalities:NUM} Ukrainian soldiers were killed in [fighting|T] near {location:VNAME}, {ATTR_RU}.
clash | headline | [Fighting|T] near {location:VNAME} leaves {fatalities:NUM} soldiers dead - [Ukrainian military|source]
clash | isw | {actor1:RU_IRREG} [conducted assaults|T] near {location:VNAME} and in {location:NAME} on {time:TIME}.
attack | headline | Russian soldiers [kill|T] {fatalities:NUM} civilians in {location:VNAME} - [prosecutors|source]
attack | wire | The bodies of {fatalities:NUM} civilians with gunshot wounds were found in {location:VNAME} after Russian troops [shot|T] them, {ATTR_UA}.
ied | headline | {fatalities:NUM} killed as car [hits mine|T] near {location:VNAME} - [police|source]
ied | wire | A [booby trap|T] left by retreating Russian forces killed {fatalities:NUM} in {location:VILLAGE}, {ATTR}.
overtake | headline | [Russia|source] [says|attr] its forces [captured|T] {location:VNAME} in {REGION_BARE} region
overtake | wire | [Russian troops|actor1] have [seized|T] {location:VNAME}, a village {NUM} kilometres from {NAME}, {ATTR_RU}.
regain | headline | [Ukraine|source] [says|attr] it [retook|T] {location:VNAME} near {NAME}
regain | wire | {actor1:UA} [{TV_REGAIN}|T] {location:VNAME} after weeks of fighting, {ATTR_UA}.
disrupted | headline | [Russia|source] [says|attr] it [downed|T] {quantity:NUM_BIG} Ukrainian drones overnight
disrupted | wire | {actor1:UA} [shot down|T] {quantity:NUM_BIG} drones and all the missiles launched overnight, {ATTR_UA}.
losses | telegram | 🇺🇦 The [General Staff|source] [reports|attr]: enemy [losses|T] over the past day - {quantity:NUM_BIG} personnel.
threat | headline | [Kremlin|actor1] [warns|T] of response after strike on {location:RUNAME}
diplo | headline | {actor1:LEADERS} [meets|T] {actor2:LEADERS} in {location:ABROAD} - [media|source]
aid | headline | {actor1:STATES} [[pledges|future]|T] more air defence for Ukraine after strike on {NAME}
change | wire | {actor1:UA} [{TV_CHANGE}|T] {location:NAME} to avoid encirclement, {ATTR_UA}.
change | headline | Ukrainian troops [pull out of|T] {location:VNAME}
"""
