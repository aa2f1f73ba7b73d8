# ruff: noqa: E501
"""English casualty reports, agency headlines with the source after a dash or colon, battle-loss
reports, and digest or cancellation headlines that report no event.

Keys carry a ``+name`` after the sub-type key ("shell+victim"): the sub-type is the part before
the ``+``, and each such key has its own number of examples (TARGETS), so these registers add
examples instead of sharing the targets of the other templates.
"""

TARGETS = {"shell+victim": 190, "air+victim": 100, "shell+agency": 110, "air+agency": 60, "clash+agency": 70,
           "disrupted+agency": 50, "overtake+agency": 40, "regain+agency": 35, "clash+battle": 110,
           "losses+battle": 80, "change+battle": 40, "shell+mlrs": 80, "NEG:other+digest": 140,
           "NEG:other+cancel": 70}

TEMPLATES = r"""
# ------------------------------------------------ victim first, the attack noun inside a cause phrase
shell+victim | headline | {fatalities:NUM} {actor2:CAS_CIV} killed in {location:REGION} {CAS_CAUSE} [{CAS_SHELL}|T]
shell+victim | headline | {fatalities:NUM} {actor2:CAS_CIV} killed in {location:CAS_WHERE} {CAS_CAUSE} [{CAS_SHELL}|T] by {actor1:CAS_RU}{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | wire | {CAS_V1} died in {location:CAS_WHERE} {time:CAS_TDAY} as a result of an [attack|T] by {actor1:CAS_RU}, {ATTR_UA}.
shell+victim | wire | {CAS_V1} was injured by [enemy|actor1] [fire|T] in {location:CAS_WHERE} {time:CAS_TDAY}, {ATTR_UA}.
shell+victim | telegram | ❗️[Enemy|actor1] [{CAS_SHELL}|T] of {location:CAS_DIST_UA} {time:CAS_TDAY}: {fatalities:NUM} {actor2:CAS_CIV} were killed, {quantity:NUM} more were injured.
shell+victim | headline | Death toll from [{CAS_MSTRIKE}|T] on {location:NAME} rises to {fatalities:CAS_TOLL}
shell+victim | wire | The death toll in {location:CITY} from the [{CAS_MSTRIKE}|T] {time:TIME} has risen to {fatalities:CAS_TOLL}, {ATTR_UA}, adding that {quantity:NUM_BIG} people remain in hospital.
shell+victim | official | The number of victims of the [{CAS_MSTRIKE}|T] on {location:CITY} {time:TIME} has risen to {fatalities:CAS_TOLL} dead and {quantity:NUM_BIG} injured, {ATTR_UA}.
shell+victim | telegram | Update: the death toll in {location:NAME} has risen to {fatalities:CAS_TOLL}. Rescuers are still clearing the rubble after the [{CAS_MSTRIKE}|T].
shell+victim | headline | {location:DONBAS}: {fatalities:NUM} {actor2:CAS_CIV} killed in [{CAS_SHELL}|T] by {actor1:CAS_UA}{CAS_DASH}{source:CAS_SRC_DB}
shell+victim | wire | {CAS_V1} was killed in {location:CAS_DIST_DB} as a result of [{CAS_SHELL}|T] by {actor1:CAS_UA}, {ATTR_RU}.
shell+victim | official | As a result of [{CAS_SHELL}|T] by {actor1:CAS_UA}, {quantity:NUM} {actor2:CAS_CIV} were injured in {location:DONBAS} {time:CAS_TDAY}, {ATTR_RU}.
shell+victim | wire | No one was hurt when [{CAS_SHELL}|T] hit {location:CAS_WHERE} {time:CAS_TDAY}, but several houses and a power line were damaged, {ATTR_UA}.
shell+victim | headline | {location:NAME}: {quantity:NUM} {actor2:CAS_CIV} injured in [{CAS_SHELL}|T], no dead{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | wire | {quantity:NUM} {actor2:CAS_CIV}, including a child, were wounded by [{CAS_SHELL}|T] in {location:CAS_WHERE} {time:CAS_TDAY}, {ATTR}.
shell+victim | official | {time:CAS_ON}, as a result of [{CAS_SHELL}|T] of {location:VILLAGE} by {actor1:CAS_RU}, {fatalities:NUM} {actor2:CAS_CIV} died and {quantity:NUM} were injured, {ATTR_UA}.
shell+victim | headline | {CAS_V1} killed by [{CAS_SHELL}|T] in {location:CAS_WHERE}{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | wire | {fatalities:NUM} {actor2:CAS_CIV} died in {location:CAS_WHERE} {time:CAS_TDAY} after [{CAS_SHELL}|T] by {actor1:CAS_RU}, and {quantity:NUM} were wounded, {ATTR_UA}.
shell+victim | telegram | 🔴 {location:CAS_OBL}: {fatalities:NUM} people were killed and {quantity:NUM} wounded {time:CAS_TDAY} as a result of [{CAS_SHELL}|T] by {actor1:CAS_RU}.
shell+victim | headline | {CAS_V1} wounded by [enemy|actor1] [fire|T] in {location:CAS_RAION}
shell+victim | wire | {CAS_V1} was killed and {quantity:NUM} {actor2:CAS_CIV} were injured {CAS_CAUSE} an [attack|T] by {actor1:CAS_RU} on {location:CAS_DIST_UA} {time:CAS_TDAY}, {ATTR_UA}.
shell+victim | official | {time:CAS_ON}, {CAS_V1} sustained shrapnel wounds in {location:VILLAGE} {CAS_CAUSE} [{CAS_SHELL}|T] by {actor1:CAS_RU}, {ATTR_UA}.
shell+victim | telegram | {location:DONBAS}. As a result of [{CAS_SHELL}|T] by {actor1:CAS_UA} {time:CAS_TDAY}, {fatalities:NUM} {actor2:CAS_CIV} were killed{CAS_DASH}{source:CAS_SRC_DB}.
# ------------------------------------------------ the same with drones and bombs
air+victim | headline | {fatalities:NUM} {actor2:CAS_CIV} killed in {location:CAS_WHERE} in [{CAS_AIR}|T] by {actor1:CAS_RU}
air+victim | headline | {CAS_V1} killed in {location:RUREGION} after [{CAS_AIR}|T] by {actor1:CAS_UA}{CAS_DASH}{source:CAS_SRC_RUB}
air+victim | wire | {CAS_V1} died in {location:CAS_WHERE} {time:CAS_TDAY} as a result of a [{CAS_AIR}|T] by {actor1:CAS_RU}, {ATTR_UA}.
air+victim | wire | {CAS_V1} was injured in {location:RUNAME} after a Ukrainian drone [dropped an explosive device|T] on a car, {ATTR_RU}.
air+victim | official | As a result of a [{CAS_AIR}|T] by {actor1:CAS_RU} on {location:CAS_WHERE} {time:CAS_TDAY}, {quantity:NUM} {actor2:CAS_CIV} were injured, {ATTR_UA}.
air+victim | telegram | ⚠️ {location:NAME}: [{CAS_AIR}|T] on the city centre. {fatalities:NUM} dead, {quantity:NUM} injured, among them a child.
air+victim | headline | Death toll from [{CAS_AIR}|T] on {location:NAME} rises to {fatalities:CAS_TOLL}
air+victim | wire | {fatalities:NUM} {actor2:CAS_CIV} were killed when a [{CAS_AIR}|T] hit a bus stop in {location:CITY} {time:CAS_TDAY}, {ATTR}.
air+victim | headline | {location:NAME}: {quantity:NUM} injured in [{CAS_AIR}|T], no dead{CAS_DASH}{source:CAS_SRC_UA}
air+victim | wire | {CAS_V1} was wounded when the [enemy|actor1] [attacked|T] a civilian car with an FPV drone near {location:VILLAGE}, {ATTR_UA}.
air+victim | official | {time:CAS_ON}, {fatalities:NUM} {actor2:CAS_CIV} were killed in {location:DONBAS} in a [{CAS_AIR}|T] by {actor1:CAS_UA}, {ATTR_RU}.
air+victim | telegram | {location:CAS_OBL}. {CAS_V1} was injured {time:CAS_TDAY} due to a [{CAS_AIR}|T] by the [occupiers|actor1] on {location:VNAME}.
# ------------------------------------------------ agency headlines: the source after a dash or before a colon
shell+agency | headline | {actor1:CAS_UA} [shelled|T] {location:DONBAS} {quantity:NUM_BIG} times {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}
shell+agency | headline | {actor1:CAS_UA} [fired|T] {quantity:NUM_BIG} shells at {location:DONBAS} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}
shell+agency | headline | {location:CAS_DIST_DB} [shelled|T] by {actor1:CAS_UA}, {fatalities:NUM} {actor2:CAS_CIV} killed{CAS_DASH}{source:CAS_SRC_DB}
shell+agency | headline | Russian [strike|T] on {location:NAME}: {fatalities:NUM} dead, {quantity:NUM} injured{CAS_DASH}{source:CAS_SRC_UA}
shell+agency | headline | {source:CAS_SRC_UA}: {actor1:CAS_RU} [shelled|T] {location+:VNAME} {time:CAS_TDAY}
shell+agency | headline | {source:CAS_SRC_DB}: {actor1:CAS_UA} [struck|T] {location:DONBAS} with {CAS_MLRS}, {fatalities:NUM} {actor2:CAS_CIV} killed
shell+agency | telegram | ⚡️ {actor1:CAS_UA} [opened fire|T] on {location:DONBAS} from {CAS_MLRS} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}.
shell+agency | official | {time:CAS_ON}, {actor1:CAS_RU} [shelled|T] {quantity:NUM_BIG} settlements of the {location:CAS_OBL}{CAS_DASH}{source:CAS_SRC_UA}.
shell+agency | wire | {location:CITY} [came under fire|T] {time:CAS_TDAY}: {quantity:NUM} {actor2:CAS_CIV} were wounded{CAS_DASH}{source:CAS_SRC_UA}.
shell+agency | headline | {location:NAME} again [under fire|T]: {fatalities:NUM} dead{CAS_DASH}{source:CAS_SRC_UA}
shell+agency | headline | [Artillery strike|T] on {location:CAS_RUB}, no casualties{CAS_DASH}{source:CAS_SRC_RUB}
shell+agency | headline | {actor1:CAS_RU} [hit|T] {location:CAS_RAION} with artillery {quantity:NUM_BIG} times{CAS_DASH}{source:CAS_SRC_UA}
air+agency | headline | {actor1:CAS_UA} [attacked|T] {location:RUNAME} with drones {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_RUB}
air+agency | headline | [Drone attack|T] on {location:RUREGION}: {quantity:NUM} injured{CAS_DASH}{source:CAS_SRC_RUB}
air+agency | headline | {source:CAS_SRC_UA}: {actor1:CAS_RU} [dropped|T] {quantity:NUM_BIG} guided bombs on {location:CAS_WHERE} {time:CAS_TDAY}
air+agency | telegram | ⚡️ [Kamikaze drone strike|T] on {location:DONBAS}: {fatalities:NUM} dead{CAS_DASH}{source:CAS_SRC_DB}.
air+agency | headline | [Airstrike|T] on {location:NAME}: {fatalities:NUM} killed, {quantity:NUM_BIG} injured{CAS_DASH}{source:CAS_SRC_UA}
air+agency | official | {actor1:CAS_RU} [launched|T] {quantity:NUM_BIG} Shahed drones at the {location:CAS_OBL} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
clash+agency | headline | {source:CAS_SRC_UA}: {quantity:NUM_BIG} [combat clashes|T] on the front {time:CAS_TDAY}
clash+agency | headline | {actor1:CAS_RU} [attacked|T] {quantity:NUM} times in the {location:CAS_DIR} direction {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}
clash+agency | headline | {actor1:CAS_RUX} [repelled|T] an attack by {actor2:CAS_UA} near {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
clash+agency | telegram | The [Defence Forces|actor1] [repelled|T] {quantity:NUM} enemy assaults near {location:VNAME} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
clash+agency | headline | [Fighting|T] continues in {location:NAME}{CAS_DASH}{source:CAS_SRC_UA}
clash+agency | official | {actor1:CAS_RU} [stormed|T] the positions of the Defence Forces near {location:VNAME} {quantity:NUM} times {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
clash+agency | headline | {source:CAS_SRC_RU}: {actor1:CAS_RUX} [are fighting|T] in the centre of {location:NAME}
clash+agency | headline | {actor1:CAS_RUMOD} [repulsed|T] {quantity:NUM} counterattacks of {actor2:CAS_UA} in the {location:CAS_DIR} direction{CAS_DASH}{source:CAS_SRC_RU}
disrupted+agency | headline | Air defence [shot down|T] {quantity:NUM_BIG} Ukrainian drones over {location:RUREGION} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_RUB}
disrupted+agency | headline | {source:CAS_SRC_DB}: air defence systems [intercepted|T] {quantity:NUM} HIMARS rockets over {location:DONBAS}
disrupted+agency | headline | {quantity:NUM_BIG} of {NUM_BIG} Shaheds [shot down|T] {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}
disrupted+agency | telegram | ⚡️ {quantity:NUM} enemy drones [destroyed|T] over the {location:CAS_OBL} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
disrupted+agency | official | [Air defence forces|actor1] [neutralised|T] {quantity:NUM_BIG} attack drones over the {location:CAS_OBL} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_UA}.
overtake+agency | headline | {actor1:CAS_RUMOD} [liberated|T] {location:VNAME} in the DPR{CAS_DASH}{source:CAS_SRC_RU}
overtake+agency | headline | {source:CAS_SRC_RU}: {actor1:CAS_RUMOD} [took control of|T] {location:VNAME}
overtake+agency | headline | {location:VNAME} [liberated|T]{CAS_DASH}{source:CAS_SRC_RU}
overtake+agency | headline | {actor1:CAS_RUX} [raised the flag|T] over {location:VNAME}{CAS_DASH}{source:CAS_SRC_RU}
overtake+agency | wire | {actor1:CAS_RUMOD} have [captured|T] {location:VNAME} in the {CAS_DIRP} direction{CAS_DASH}{source:CAS_SRC_RU}.
regain+agency | headline | {source:CAS_SRC_UA}: {actor1:UA} [liberated|T] {location:VNAME}
regain+agency | headline | {location:VNAME} [cleared|T] of occupiers{CAS_DASH}{source:CAS_SRC_UA}
regain+agency | headline | {actor1:UA} [regained control of|T] {location:VNAME}{CAS_DASH}{source:CAS_SRC_UA}
regain+agency | telegram | 🇺🇦 {actor1:UA} [returned|T] {location:VNAME} under Ukrainian control{CAS_DASH}{source:CAS_SRC_UA}.
regain+agency | headline | {source:CAS_SRC_RUB}: {actor1:CAS_RUMOD} [drove|T] Ukrainian units out of {location:RUVNAME}
# ------------------------------------------------ battle losses, advances, landings
clash+battle | headline | {fatalities:NUM} servicemen died in [battles|T] with {actor2:CAS_UA} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_RU}
clash+battle | wire | {fatalities:NUM} servicemen of {actor1:CAS_RUX} were killed in [battles|T] with {actor2:CAS_UA} near {location:VNAME} {time:CAS_TDAY}, {ATTR_RU}.
clash+battle | headline | {fatalities:NUM} Ukrainian soldiers killed in [clashes|T] with {actor2:CAS_RU} near {location:VNAME}
clash+battle | telegram | {location:CAS_DIR} direction: {actor1:CAS_RU} [tried to break through|T] our defences {quantity:NUM} times {time:CAS_TDAY}, all attacks were repelled.
clash+battle | headline | {actor1:CAS_UA} [tried to land|T] in the area of {location:CAS_LAND}{CAS_DASH}{source:CAS_SRC_RU}
clash+battle | wire | {actor1:CAS_UA} [attempted a landing|T] near {location:CAS_LAND} {time:CAS_TDAY}, but the group was destroyed, {ATTR_RU}.
clash+battle | headline | {actor1:CAS_RU} [advanced|T] {CAS_KM} km in the {location:CAS_DIR} direction{CAS_DASH}{source:CAS_SRC_UA}
clash+battle | wire | {actor1:CAS_RUMOD} [advanced|T] up to {CAS_KM} kilometres deep into the enemy's defences in the {location:CAS_DIR} direction {time:CAS_TDAY}, {ATTR_RU}.
clash+battle | official | [Over the past day|time] {fatalities:NUM} of our servicemen were killed and {quantity:NUM} wounded in [battles|T] with {actor2:CAS_RU} in the {location:CAS_DIR} direction, {ATTR_UA}.
clash+battle | headline | {fatalities:NUM} fighters of {actor1:CAS_RUX} killed in [clash|T] with {actor2:CAS_UA} near {location:VNAME}
clash+battle | telegram | [Battles|T] for {location:VNAME} have been going on since the morning, {actor1:CAS_RU} are attacking with armour{CAS_DASH}{source:CAS_SRC_UA}.
clash+battle | wire | {actor1:UA} [repelled|T] an attempt by Russian sabotage groups to cross the border near {location:VNAME} {time:CAS_TDAY}, {ATTR_UA}.
clash+battle | headline | {actor1:CAS_UA} [advanced|T] {CAS_KM} km near {location:NAME}, no settlements taken{CAS_DASH}{source:CAS_SRC_UA}
losses+battle | headline | {actor1:CAS_UA} [lost|T] {quantity:CAS_SOLD} men per day in battles with {actor2:CAS_RUX}{CAS_DASH}{source:CAS_SRC_RU}
losses+battle | wire | {actor1:CAS_UA} [lost|T] {quantity:CAS_SOLD} servicemen in the {location:CAS_DIR} direction {time:CAS_TDAY}, {ATTR_RU}.
losses+battle | headline | {actor1:CAS_RU} [suffer heavy losses|T] near {location:NAME}{CAS_DASH}{source:CAS_SRC_UA}
losses+battle | telegram | The [losses|T] of {actor1:CAS_UA} in the {location:CAS_DIR} direction {time:CAS_TDAY} amounted to {quantity:CAS_SOLD} servicemen and {quantity:NUM} vehicles{CAS_DASH}{source:CAS_SRC_RU}.
losses+battle | official | [Over the past day|time] {actor1:CAS_RU} [lost|T] {quantity:CAS_SOLD} personnel in the {location:CAS_DIR} direction, {ATTR_UA}.
losses+battle | headline | {source:CAS_SRC_UA}: {actor1:CAS_RU} [lost|T] {quantity:CAS_SOLD} soldiers near {location:NAME} in a week
losses+battle | wire | {actor1:CAS_RUX} [suffered heavy losses|T] near {location:VNAME}, {ATTR_UA}.
change+battle | headline | Brigade of {actor1:CAS_UA} [left its positions|T] near {location:VNAME} due to losses{CAS_DASH}{source:CAS_SRC_RU}
change+battle | wire | A brigade of {actor1:CAS_UA} [abandoned its positions|T] near {location:VNAME} after suffering heavy losses, {ATTR_RU}.
change+battle | wire | {actor1:UA} [withdrew|T] from positions near {location:VNAME} to preserve the lives of personnel, {ATTR_UA}.
change+battle | telegram | Units of {actor1:CAS_UA} [are pulling out|T] of {location:NAME} because of losses{CAS_DASH}{source:CAS_SRC_RU}.
change+battle | headline | {source:CAS_SRC_RU}: battalion of {actor1:CAS_UA} [withdrawn|T] from the front near {location:VNAME} after losses
shell+mlrs | wire | {actor1:CAS_UA} [fired at|T] {location:CAS_OCC} from {CAS_MLRS} {time:CAS_TDAY}, {ATTR_RU}.
shell+mlrs | headline | {actor1:CAS_UA} [fired|T] {quantity:NUM_BIG} rockets from {CAS_MLRS} at {location:DONBAS}{CAS_DASH}{source:CAS_SRC_DB}
shell+mlrs | telegram | {location:VNAME}: the [enemy|actor1] [fired|T] at the village from {CAS_MLRS}. Several houses damaged, no casualties.
shell+mlrs | official | {actor1:CAS_RU} [struck|T] {location:CAS_WHERE} with {CAS_MLRS} {time:CAS_TDAY}; {fatalities:NUM} {actor2:CAS_CIV} were killed, {ATTR_UA}.
shell+mlrs | wire | {actor1:CAS_RUX} [shelled|T] {location:VILLAGE} with {CAS_MLRS}, wounding {quantity:NUM} {actor2:CAS_CIV}, {ATTR_UA}.
shell+mlrs | headline | {location:NAME} [hit by|T] {CAS_MLRS}: {quantity:NUM} injured
shell+mlrs | isw | {actor1:RU} [continued to strike|T] {location+:VNAME} with {CAS_MLRS} {time:TIME}.
shell+mlrs | wire | {actor1:CAS_RU} [fired|T] on the outskirts of {location:NAME} from {CAS_MLRS} {time:CAS_TDAY}, damaging a school, {ATTR_UA}.
# ------------------------------------------------ digests, live pages, cancellations: no event
NEG:other+digest | headline | MAIN: strikes on {NAME}, talks in {ABROAD} and new sanctions: events around Ukraine
NEG:other+digest | headline | Live updates: Russia's war in Ukraine, day {CAS_DAYN}
NEG:other+digest | headline | What we know about the situation in {NAME}
NEG:other+digest | headline | Data on harm to civilians in the {REGION_BARE} region as of {CAS_DATE}
NEG:other+digest | telegram | Share Tweet Share Share Email. Front line update: new pushes in the {NAME} and {NAME} sectors.
NEG:other+digest | headline | List of key events, day {CAS_DAYN}
NEG:other+digest | headline | Map of the fighting in the {REGION_BARE} region, {CAS_DATE}
NEG:other+digest | headline | Ukraine war latest: {NAME}, {NAME} and the air defence debate
NEG:other+digest | official | Summary of the situation in the {REGION_BARE} region as of 08:00 on {CAS_DATE}.
NEG:other+digest | headline | The main news about the special military operation for {CAS_DATE}
NEG:other+digest | headline | Morning briefing: the front near {NAME}, the energy grid and the grain corridor
NEG:other+digest | headline | Photos: {NAME} after {CAS_WEEK} weeks of shelling
NEG:other+digest | wire | Here is the latest on the war in Ukraine, from {NAME} to {NAME}.
NEG:other+digest | headline | Timeline: the battle for {NAME} in maps and numbers
NEG:other+digest | headline | How the war in Ukraine is unfolding: day {CAS_DAYN} at a glance
NEG:other+digest | telegram | 📌 Summary of the day: the situation on the fronts, {CAS_DATE}. Read more in our channel.
NEG:other+digest | headline | Civilian casualties in Ukraine: UN monitoring update for {CAS_MONTH}
NEG:other+digest | headline | LIVE: Explosions, air raid alerts and the situation in {NAME} – follow our coverage
NEG:other+cancel | wire | {NAME} cancelled New Year celebrations because of the attacks.
NEG:other+cancel | headline | {NAME} calls off City Day celebrations over threat of shelling
NEG:other+cancel | wire | Independence Day events in {NAME} have been cancelled for security reasons, the [mayor|source] [said|attr].
NEG:other+cancel | wire | Schools in {NAME} will keep teaching online this term because of the constant shelling, the [city council|source] [said|attr].
NEG:other+cancel | headline | Concert in {NAME} cancelled after air raid alert
NEG:other+cancel | official | An air raid alert has been declared in the {REGION_BARE} region. Everyone to the shelters.
NEG:other+cancel | wire | Mass events are banned in the {REGION_BARE} region until the end of the month because of drone attacks, the [regional administration|source] [said|attr].
NEG:other+cancel | headline | {NAME} extends curfew amid the threat of strikes
NEG:other+cancel | telegram | ❗️Due to the threat of missile strikes, the Christmas market in {NAME} will not open this year.
NEG:other+cancel | wire | Trains to {NAME} are running late because of the security situation, the railway said.
NEG:other+cancel | wire | {NAME} cancelled its celebrations after a Russian [drone strike|T=air] killed {fatalities:NUM} people there {time:TIME}.
# ------------------------------------------------ more forms of the same registers
shell+victim | headline | {location:NAME}: a house destroyed, {quantity:NUM} {actor2:CAS_CIV} injured in night [{CAS_MSTRIKE}|T]{CAS_DASH}{source:CAS_SRC_UA}
shell+victim | headline | {fatalities:NUM} dead and {quantity:NUM} wounded: the toll of the [{CAS_SHELL}|T] of {location:NAME} {time:CAS_TDAY}
shell+victim | wire | {CAS_V1} was killed in {location:CAS_RUB} as a result of [{CAS_SHELL}|T] by {actor1:CAS_UA}, {ATTR_RU}.
shell+victim | headline | {location:CAS_RUB}: {quantity:NUM} {actor2:CAS_CIV} injured in [{CAS_SHELL}|T] by {actor1:CAS_UA}{CAS_DASH}{source:CAS_SRC_RUB}
air+victim | headline | {location:RUNAME}: {CAS_V1} injured as a result of a [{CAS_AIR}|T] by {actor1:CAS_UA}{CAS_DASH}{source:CAS_SRC_RUB}
air+victim | wire | {fatalities:NUM} {actor2:CAS_CIV} were killed and {quantity:NUM} injured in {location:CITY} as a result of a [{CAS_AIR}|T] {time:CAS_TDAY}, {ATTR_UA}.
air+victim | headline | Death toll in {location:NAME} after the [{CAS_AIR}|T] {time:TIME} reaches {fatalities:CAS_TOLL}{CAS_DASH}{source:CAS_SRC_UA}
shell+agency | headline | {source:CAS_SRC_DB}: {fatalities:NUM} {actor2:CAS_CIV} killed, {quantity:NUM} injured in [{CAS_SHELL}|T] of {location:CAS_OCC} by {actor1:CAS_UA} {time:CAS_TDAY}
shell+agency | telegram | {quantity:NUM_BIG} shells [fired|T] at {location:CAS_OCC} by {actor1:CAS_UA} {time:CAS_TDAY}{CAS_DASH}{source:CAS_SRC_DB}.
clash+agency | headline | {source:CAS_SRC_RU}: {actor1:CAS_RUMOD} [repelled|T] {quantity:NUM} attacks of {actor2:CAS_UA} near {location:VNAME}
clash+agency | headline | {actor1:CAS_RUX} [are storming|T] {location:NAME}{CAS_DASH}{source:CAS_SRC_RU}
air+agency | headline | {source:CAS_SRC_RUB}: {quantity:NUM_BIG} Ukrainian [drones attacked|T] {location:RUREGION} {time:CAS_TDAY}
clash+battle | official | {time:CAS_ON}, units of {actor1:CAS_RUX} [fought|T] {actor2:CAS_UA} near {location:VNAME}; {fatalities:NUM} servicemen were killed{CAS_DASH}{source:CAS_SRC_DB}.
"""
