# ruff: noqa: E501
"""English passages written one by one for this project, the way war news really comes: wire copy
with the attribution after the clause, ISW-style analysis, Telegram briefs, verbless and Title Case
headlines with the source after a dash, official statements, live-blog items, and the English of
translated feeds ("the APU", "occupiers", odd word order).

Each `HAND:<key>` line is one example, rendered as written (no noise, no dateline). Hard negatives
are `NEG:<kind>+hand` lines: they look like events (trigger words, places, numbers) but report none,
or only the one they mark (`[..|T=<key>]`). Nothing here was copied or paraphrased from any text in
../shared.
"""

EN = r"""
# ================================================================ shelling / artillery / missiles
HAND:shell | wire | The [shelling|T] of the Kyivskyi district of [Donetsk|location] [on Saturday morning|time] killed [one|fatalities] person and damaged a trolleybus depot, the city's [mayor|source] [said|attr] on Telegram.
HAND:shell | headline | [Three|fatalities] people died when the [APU|actor1] [struck|T] a bus station in [Horlivka|location] - [DPR headquarters|source]
HAND:shell | wire | An 81-year-old woman died as a result of [shelling|T] in [Bilozerka|location], Kherson region, [on Tuesday|time], [Oleksandr Prokudin|source] [reported|attr], adding that the [Russians|actor1] had fired at the village from the left bank.
HAND:shell | official | On the [night of 9 May|time], the [occupiers|actor1] [opened fire|T] on [Nikopol|location+] and [Marhanets|location+] with heavy artillery. A 46-year-old man was wounded, power lines and a gas pipeline were damaged, [Serhii Lysak|source] [reported|attr].
HAND:shell | telegram | ‼️ [Kherson|location]. Korabelnyi district under enemy [fire|T] again — [russian artillery|actor1] hit a private house around 07:40. [1|fatalities] dead, [2|quantity] wounded.
HAND:shell | isw | [Russian forces|actor1] continued routine [artillery strikes|T] against [Vovchansk|location+], [Kupiansk|location+], and [Velykyi Burluk|location+] on [March 14|time], [according to|attr] the [Ukrainian General Staff|source].
HAND:shell | headline | [Russians|actor1] [shell|T] [Beryslav|location] again: [one|fatalities] dead, [three|quantity] injured
HAND:shell | wire | [Russian troops|actor1] [fired|T] [more than 40|quantity] shells at [Chasiv Yar|location] [overnight|time] – [says|attr] regional head [Vadym Filashkin|source] – and [at least two|fatalities] [civilians|actor2] were killed.
HAND:shell | mt | As result of [shelling|T] from side of the [Ukrainian armed formations|actor1] in [Yasynuvata|location] was killed [one|fatalities] [civilian|actor2], [two|quantity] more received wounds, [reports|attr] the [JCCC representation of DPR|source].
HAND:shell | wire | [Vadym Lyakh|source], head of the [Sloviansk|location] community, [wrote|attr] on Facebook: "The [Russians|actor1] [struck|T] the city centre with cluster munitions. [Two|fatalities] people are dead, the market is on fire."
HAND:shell | official | On the [night of 17 June|time], [Russian troops|actor1] [struck|T] [Odesa|location] with [four|quantity] Kalibr cruise missiles launched from the Black Sea, [Operational Command South|source] [said|attr].
HAND:shell | headline | [Russian Artillery|actor1] [Pounds|T] [Kupiansk|location], [Three|fatalities] Killed – [Governor|source]
HAND:shell | wire | [Ukrainian forces|actor1] [fired|T] US-supplied HIMARS rockets at [Nova Kakhovka|location] on [Tuesday night|time], killing [seven|fatalities] people, [Russian-installed officials|source] [said|attr]; Kyiv said the target was an ammunition depot.
HAND:shell | wire | [At least nine|fatalities] people were killed when a Russian [missile|T] slammed into a furniture store in [Pavlohrad|location] during opening hours, [officials|source] [said|attr], and [22|quantity] more were taken to hospital.
HAND:shell | telegram | [Marhanets|location+] and [Myrove|location+] community: the [enemy|actor1] [hit|T] with heavy artillery and Grads through the evening. People are alive. A farm building burned down. [Lysak|source]
HAND:shell | wire | [Russia|actor1] [pummelled|T] [Kharkiv|location] with S-300 missiles in the early hours of [Thursday|time], blowing out windows across the Saltivskyi district; no one was killed, [Ihor Terekhov|source] [said|attr].
HAND:shell | mt | In [Horlivka|location] from the side of [UAF|actor1] was [fired|T] [28|quantity] shells of 155 mm calibre, [informs|attr] the [mission of DPR in JCCC|source]. Damaged 4 houses and school No. 50.
HAND:shell | headline | [Enemy|actor1] [Fire|T] On [Kivsharivka|location], Kupiansk District: Man Killed
HAND:shell | wire | Two people were wounded when [mortar fire|T] hit the centre of [Huliaipole|location] [on Wednesday|time], [local officials|source] [said|attr].
HAND:shell | isw | [Ukrainian forces|actor1] [struck|T] a Russian command post in occupied [Skadovsk|location] with Storm Shadow missiles on [August 2|time], [according to|attr] [Russian milbloggers|source] who complained about poor air defence.
# ================================================================ air / drone strikes
HAND:air | headline | [Drone strike|T] on apartment block in [Kryvyi Rih|location]: [two|fatalities] dead, [five|quantity] hurt – [Vilkul|source]
HAND:air | wire | [Russia|actor1] [launched|T] [87|quantity] Shahed-type drones at Ukraine on the [night of 3 April|time], hitting energy facilities in [Kharkiv|location+] and [Poltava|location+], the [Ukrainian Air Force|source] [said|attr].
HAND:air | isw | [Russian forces|actor1] [conducted glide bomb strikes|T] against [Kostiantynivka|location+] and [Druzhkivka|location+] on [May 2|time], continuing a campaign that has emptied both towns.
HAND:air | telegram | 💥 [Kharkiv|location]: the [enemy|actor1] [dropped|T] [two|quantity] KABs on the Kholodnohirskyi district. Information about victims is being clarified. — [Syniehubov|source]
HAND:air | wire | [Ukrainian air defences|actor1#2] [shot down|T#2=disrupted] [35|quantity#2] of the [47|quantity] drones [Russia|actor1] [launched|T] [overnight|time#*], but debris and two direct hits damaged homes in [Chernihiv|location], [officials|source] [said|attr].
HAND:air | mt | The [APU|actor1] [attacked|T] with drone a civilian car on the road near [Shebekino|location], driver got wounds of medium gravity, [informs|attr] governor [Gladkov|source].
HAND:air | official | The [Russian Aerospace Forces|actor1] [delivered a group strike|T] with high-precision weapons on temporary deployment points of [AFU|actor2] units near [Zaporizhzhia|location], the [Russian Defence Ministry|source] [said|attr].
HAND:air | wire | [Four|fatalities] people, among them a 12-year-old girl, were killed in [Odesa|location] [on Friday|time] when a Russian [drone|T] slammed into a nine-storey building, [Oleh Kiper|source] [said|attr].
HAND:air | headline | [Ukrainian drones|actor1] [attack|T] oil depot in [Bryansk region|location] - [governor|source]
HAND:air | wire | [Russian forces|actor1] [attacked|T] [Zaporizhzhia|location] with guided aerial bombs on the [night of 28 October|time], wounding [at least 11|quantity] people, [Ivan Fedorov|source] [said|attr].
HAND:air | headline | [Air Strike|T] on [Kramatorsk|location]: [3|fatalities] Dead, [14|quantity] Wounded
HAND:air | wire | [Ukraine|actor1] [hit|T] the [Saky|location] air base in Crimea with long-range drones before dawn, destroying two aircraft, a [source in Ukraine's military intelligence|source] [told|attr] Reuters.
HAND:air | telegram | 🔴 [Sumy|location]. [13:05|time] — [strike|T] by an enemy UAV on the territory of an enterprise. Preliminarily no casualties. Details later.
HAND:air | wire | A Russian [FPV drone|T] hit a minibus carrying workers near [Bilozerka|location] [on Monday|time], killing the driver and wounding [four|quantity] passengers, the [regional prosecutor's office|source] [said|attr].
HAND:air | wire | 10:42 — [Russia|actor1] [struck|T] [Dnipro|location] with a drone attack [overnight|time], the [regional governor|source] [says|attr]. One person is in hospital.
# ================================================================ armed clashes
HAND:clash | isw | [Russian forces|actor1] [conducted ground attacks|T] near [Bilohorivka|location+] and [Spirne|location+] on [June 2|time] but did not advance.
HAND:clash | official | The [Defence Forces|actor1] [repelled|T] [11|quantity] enemy attacks in the areas of [Novomykhailivka|location+], [Pobieda|location+] and [Vodiane|location+], the [General Staff|source] [reported|attr] in its evening summary.
HAND:clash | wire | [Ukrainian troops|actor1] [counter-attacked|T] south of [Bakhmut|location] [on Wednesday|time], pushing [Wagner fighters|actor2] back from a section of the canal, a [military spokesman|source] [said|attr].
HAND:clash | telegram | ⚔️ [Vovchansk|location]: street [fighting|T] continues near the aggregate plant. Our guys are holding. [Khortytsia|source]
HAND:clash | headline | Heavy [fighting|T] for [Avdiivka|location] as [Russians|actor1] throw in fresh reserves
HAND:clash | wire | [According to|attr] the [Ukrainian General Staff|source], [Russian forces|actor1] [attempted to storm|T] Ukrainian positions near [Robotyne|location] [14|quantity] times over the past 24 hours.
HAND:clash | mt | In the Krasny Liman direction units of the [Center group of forces|actor1] [repelled|T] [three|quantity] attacks of [assault groups of the 63rd mechanized brigade of APU|actor2] near the settlement [Torskoe|location], [reports|attr] the [Ministry of Defense of Russia|source].
HAND:clash | wire | [Two|fatalities] [Ukrainian border guards|actor1] were killed in a [firefight|T] with [Russian saboteurs|actor2] near [Seredyna-Buda|location] in Sumy region, the [State Border Guard Service|source] [said|attr].
HAND:clash | wire | The [fighting|T] in [Toretsk|location] – a brigade [spokesman|source] [says|attr] – has moved to the western neighbourhoods, where [Russian assault groups|actor1] try to infiltrate in twos and threes.
HAND:clash | wire | [Ukrainian units|actor1] [attacked|T] Russian positions near [Tetkino|location] in the Kursk region [on Monday|time], [Russia's Defence Ministry|source] [said|attr], adding that the attack had been repelled.
HAND:clash | headline | [Clashes|T] near [Pokrovsk|location] intensify, [Ukrainian army|source] [says|attr]
HAND:clash | isw | [Ukrainian forces|actor1] [counterattacked|T] northwest of [Horlivka|location] on [July 19|time], and [Russian sources|source] [claimed|attr] that Russian troops repelled the attack.
HAND:clash | official | Over the past day there were [138|quantity] [combat engagements|T]. The enemy was most active in the [Pokrovsk|location#2] direction, where our [defenders|actor1#2] [stopped|T#2] [42|quantity#2] assaults.
HAND:clash | wire | "They come in waves, ten or fifteen men at a time," said a drone operator known as Bison, as [fighting|T] raged around [Chasiv Yar|location] for a fourth week.
HAND:clash | telegram | 🔥 [Krynky|location]. [Marines|actor1] [repelled|T] another enemy assault on the bridgehead at dawn. The [occupiers|actor2] lost two boats and an armoured vehicle.
# ================================================================ Ukraine (or Russia in Kursk) retakes its own ground
HAND:regain | wire | [Ukrainian soldiers|actor1] [entered|T] [Vysokopillia|location] [on Sunday|time] and raised the blue-and-yellow flag over the village council, [video|source] posted by a Ukrainian brigade [showed|attr].
HAND:regain | headline | [Ukrainian Forces|actor1] [Enter|T] [Lyman|location] As Russian Garrison Flees
HAND:regain | mt | The [Armed Forces of Ukraine|actor1] [liberated|T] [Andriivka|location] in Donetsk region, [informs|attr] the [General Staff|source].
HAND:regain | isw | [Geolocated footage|source] published on [September 10|time] [indicates|attr] that [Ukrainian forces|actor1] [regained positions|T] in [Synkivka|location], northeast of Kupiansk.
HAND:regain | official | Units of the [North group of forces|actor1] [liberated|T] the settlement of [Plekhovo|location] in the Kursk region, the [Ministry of Defence of the Russian Federation|source] [reported|attr].
HAND:regain | wire | [Zelensky|source] [said|attr] on [Thursday|time] that [Ukrainian troops|actor1] had [recaptured|T] [Klishchiivka|location], a village on the heights south of Bakhmut.
HAND:regain | telegram | 🇺🇦 [Staromaiorske|location] is ours again! The [35th marine brigade|actor1] [cleared|T] the last houses this morning. Glory to Ukraine!
HAND:regain | wire | [Ukrainian forces|actor1] have [reportedly|hedge] [retaken|T] [Pishchane|location] near Kupiansk, but the claim could not be independently verified.
HAND:regain | headline | [[Ukraine|actor1]|source] [says|attr] it has [retaken|T] village near [Bakhmut|location]
HAND:regain | wire | [Russian troops|actor1] have [pushed Ukrainian units out of|T] [Malaya Loknya|location] in the Kursk region, the [Kremlin|source] [said|attr], calling it a turning point in the border fighting.
HAND:regain | wire | [Ukrainian troops|actor1] [entered|T] the centre of [Kupiansk|location] [on Tuesday|time] – the regional [governor|source] [said|attr] – after a rapid advance that caught the Russian garrison off guard.
HAND:regain | wire | Residents of [Blahodatne|location] hugged soldiers in the street after the [Ukrainian army|actor1] [returned to|T] the village, which had been under occupation for eight months, [according to|attr] [local officials|source].
HAND:regain | official | Units of the [Defence Forces|actor1] [have cleared|T] [Urozhaine|location] of occupiers and are entrenching on its southern outskirts, [said|attr] the spokesman of the Tavria group, [Valerii Shershen|source].
# ================================================================ Russia (or Ukraine in Kursk) takes ground
HAND:overtake | wire | [Russian forces|actor1] [entered|T] [Vuhledar|location#*] [on Tuesday|time], [pro-Russian military bloggers|source] [said|attr], after [Ukrainian troops|actor1#2] were [ordered to leave|T#2=change] the ruined mining town.
HAND:overtake | headline | [Russian Defence Ministry|source] [claims|attr] [capture|T] of [Novohrodivka|location]
HAND:overtake | mt | [Units of the Russian army|actor1] [took under control|T] the settlement [Krasnohorivka|location] of the Donetsk People's Republic, [reports|attr] the [Defense Ministry|source].
HAND:overtake | isw | [Russian forces|actor1] [seized|T] [Pervomaiske|location], southwest of Avdiivka, [according to|attr] [geolocated footage|source] published on [June 30|time].
HAND:overtake | wire | [Ukrainian troops|actor1] have [taken control of|T] [Sudzha|location] in Russia's Kursk region, [Oleksandr Syrskyi|source] [reported|attr] on [Thursday|time].
HAND:overtake | telegram | ⚡️ Our fighters [liberated|T] [Ocheretyne|location]! The Russian flag is flying over the village. [TASS|source]
HAND:overtake | isw | [Russian forces|actor1] [likely|hedge] [captured|T] [Umanske|location] in the past week, though ISW has not yet observed visual confirmation.
HAND:overtake | headline | [Russians|actor1] [Take|T] [Selydove|location#*], [Ukraine|source] [Confirms|attr] [Withdrawal|T#2=change]
HAND:overtake | official | As a result of active offensive actions, units of the [Vostok group of forces|actor1] [liberated|T] the settlement of [Makarivka|location], the [Russian Defence Ministry|source] [said|attr].
HAND:overtake | wire | [Russian forces|actor1] have [captured|T] the village of [Ivanivske|location] – [according to|attr] the [Russian Defence Ministry|source] – a claim Ukraine's military has not confirmed.
HAND:overtake | wire | [Russian troops|actor1] [entered|T] the outskirts of [Kurakhove|location] [on Friday|time], the [head of the city military administration|source] [said|attr], urging the last residents to leave.
HAND:overtake | headline | [Russian Troops|actor1] [Raise Flag|T] Over [Chasiv Yar|location] Refractory Plant, [Kyiv|source] [Denies|denial] Capture
HAND:overtake | wire | [Ukrainian units|actor1] [pushed into|T] the village of [Tetkino|location] across the border in the Kursk region, a [Ukrainian commander|source] [told|attr] AFP.
# ================================================================ pulling back, relocating, deploying
HAND:change | wire | [Moscow|actor1] is [reportedly|hedge] [pulling back|T] from the west bank of the Dnipro near [Kherson|location], two [Ukrainian officials|source] [told|attr] Reuters, though Kyiv warned it could be a trap.
HAND:change | headline | [Ukraine|actor1] [Pulls Troops Out Of|T] [Avdiivka|location] To Avoid Encirclement
HAND:change | wire | The [Ukrainian army|actor1] has [withdrawn|T] from [Berdychi|location] and two neighbouring villages "to save the lives of personnel", the brigade [commander|source] [said|attr] on Sunday.
HAND:change | mt | The [occupiers|actor1] [are relocating|T] part of their units from the left bank of the [Kherson region|location] to the Zaporizhzhia direction, [reports|attr] the [National Resistance Center|source].
HAND:change | official | [Russian units|actor1] [have left|T] their positions near [Tokmak|location] and moved deeper into the occupied territory, [said|attr] the [Tavria group spokesman|source].
HAND:change | telegram | ⚡️ [Wagner|actor1] [is leaving|T] [Bakhmut|location]: [Prigozhin|source] [announced|attr] that his fighters will hand over their positions to the army by the first of June.
HAND:change | wire | [Russian troops|actor1] [appear to have|hedge] [abandoned|T] their trenches around [Kreminna|location], [according to|attr] [satellite images|source] reviewed by AP, but the town itself is still held.
HAND:change | wire | [Ukrainian units|actor1] [moved back|T] to "more favourable positions" west of [Pokrovske|location] [overnight|time], the [military|source] [said|attr] in a terse statement.
HAND:change | wire | [Belarus|actor1] [began moving|T] troops and armour towards its border with Ukraine near [Mozyr|location], [Ukraine's border service|source] [said|attr], describing the move as a show of force.
HAND:change | isw | [Russian forces|actor1] have [likely|hedge] [redeployed|T] elements of the 76th Airborne Division from the [Zaporizhzhia|location] direction to Kursk Oblast.
HAND:change | headline | [Russia|actor1] [Reportedly|hedge] [Withdrawing|T] Ships From [Novorossiysk|location] After Drone Attacks
# ================================================================ handovers without a fight
HAND:transfer | wire | There was no fight for [Stanislav|location]: the [Russian garrison|actor1] [slipped out|T] during the night and [Ukrainian scouts|actor2] walked into the empty village at dawn, [residents|source] [said|attr].
HAND:transfer | wire | [Wagner|actor1] [handed over|T] its positions in [Bakhmut|location] to [regular Russian units|actor2], [Yevgeny Prigozhin|source] [said|attr] in a video filmed among the ruins.
HAND:transfer | headline | [Russians|actor1] [Abandon|T] [Kozacha Lopan|location], [Ukrainian Troops|actor2] Walk In Unopposed
HAND:transfer | mt | [Formations of the APU|actor1] [abandoned without fight|T] the settlement [Kamenka|location], [units of the Russian army|actor2] entered it, [writes|attr] [RIA Novosti|source].
HAND:transfer | telegram | 📍 [Hola Prystan|location]: the occupation administration fled in the night, and by noon [local volunteers|actor1] had [taken over|T] the town hall and hung the Ukrainian flag.
HAND:transfer | wire | The Russian military [handed control of|T] [Enerhodar|location] to the [Moscow-installed civilian administration|actor2], the [plant's Russian management|source] [said|attr].
HAND:transfer | isw | [Russian forces|actor1] [occupied|T] [Novoivanivka|location] without a fight after Ukrainian units withdrew on [October 4|time], [according to|attr] [Ukrainian officials|source].
HAND:transfer | wire | The village of [Sosnivka|location] changed hands without a shot: Ukrainian troops pulled out on Friday and [Russian units|actor1] [moved in|T] the next morning, a [local official|source] [said|attr].
# ================================================================ diplomatic contact: meetings, calls, visits; arriving in a capital
HAND:diplo | wire | [Olaf Scholz|actor1] [arrived in|T] [Kyiv|location] by overnight train [on Monday|time] for talks with [Volodymyr Zelensky|actor2], his [office|source] [said|attr].
HAND:diplo | wire | [Andrii Sybiha|actor1] [will|future] [travel|T] to [Beijing|location] next week for talks with [Wang Yi|actor2], the [foreign ministry|source] [said|attr].
HAND:diplo | headline | [Erdogan|actor1] [Arrives In|T] [Lviv|location] For Talks With [Zelensky|actor2], [Guterres|actor2]
HAND:diplo | telegram | 🇺🇦🇫🇷 [Had a phone conversation|T] with [Emmanuel Macron|actor2]. We discussed air defence and the next steps of the coalition. Grateful for the support!
HAND:diplo | official | [Sergei Lavrov|actor1] [held talks|T] in [Moscow|location] with [Qatar's foreign minister|actor2] on humanitarian issues, including the return of children, the [Russian Foreign Ministry|source] [said|attr].
HAND:diplo | wire | [Viktor Orban|actor1] [is expected to|future] [arrive in|T] [Moscow|location] [on Friday|time] for talks with [Vladimir Putin|actor2], [Hungarian media|source] [reported|attr].
HAND:diplo | mt | [Volodymyr Zelensky|actor1] in [Kyiv|location] [met|T] with the [Minister of Foreign Affairs of Italy Antonio Tajani|actor2], [informs|attr] the [Office of President|source].
HAND:diplo | wire | [Ukraine's foreign ministry|source] [said|attr] [Dmytro Kuleba|actor1] had [spoken by phone|T] with [Antony Blinken|actor2] about the grain corridor and air defence.
HAND:diplo | headline | [Macron|actor1], [Zelensky|actor2] [Meet|T] In [Paris|location] Ahead Of Summit
HAND:diplo | wire | [Zelensky|actor1] [travelled to|T] [Ankara|location] [on Thursday|time] to meet [Recep Tayyip Erdogan|actor2], hoping to revive the talks on a Black Sea deal.
HAND:diplo | isw | [Putin|actor1] [met|T] with [Lukashenko|actor2] in [St. Petersburg|location] on [July 23|time], where the two discussed the deployment of tactical nuclear weapons to Belarus.
HAND:diplo | wire | The Kremlin confirmed the contact: "[Putin|actor1] and [Trump|actor2] [spoke by phone|T] for about an hour and a half," [Dmitry Peskov|source] [told|attr] reporters.
HAND:diplo | wire | [Keir Starmer|actor1] [will|future] [host|T] [Volodymyr Zelensky|actor2] in [London|location] [on Saturday|time], [Downing Street|source] [said|attr], a day after the summit in Brussels.
HAND:diplo | headline | [Finnish President|actor1] [On Surprise Visit|T] To [Kyiv|location]
# ================================================================ military aid
HAND:aid | wire | [Germany|actor1] [[will|future] deliver|T] [four|quantity] more IRIS-T systems to Ukraine this year, [Boris Pistorius|source] [said|attr].
HAND:aid | headline | [US|actor1] announces $425 million [military aid package|T] for Ukraine
HAND:aid | official | The [Netherlands|actor1] [has delivered|T] the first [six|quantity] F-16 fighter jets to Ukraine, the [Dutch defence ministry|source] [confirmed|attr].
HAND:aid | mt | [Italy|actor1] [approved|T] the ninth package of military aid to Ukraine, content of which is secret, [writes|attr] [Corriere della Sera|source].
HAND:aid | telegram | 🇺🇦🇨🇦 [Canada|actor1] [handed over|T] [50|quantity] armoured vehicles to Ukraine. Thank you, friends! [Umerov|source]
HAND:aid | wire | [Washington|actor1] [resumed|T] intelligence sharing with Kyiv [on Tuesday|time] after a week-long pause, [US officials|source] [said|attr].
HAND:aid | wire | [Norway|actor1] [[will|future] pay for|T] the production of long-range drones in Ukraine under a new agreement, the [Norwegian government|source] [said|attr].
HAND:aid | wire | The first Abrams tanks [arrived|T] in Ukraine, [Zelensky|source] [said|attr], months after [Washington|actor1] promised [31|quantity] of them.
HAND:aid | headline | [Sweden|actor1] [[To|future] Send|T] CV90 Fighting Vehicles To Ukraine – [Defence Minister|source]
# ================================================================ ceasefire or peace proposals (not in force)
HAND:ceasefire | wire | [Putin|actor1] [[offered|future]|T] a 72-hour truce over the Victory Day holidays, the [Kremlin|source] [said|attr], an offer Kyiv dismissed as theatre.
HAND:ceasefire | headline | [Zelensky|actor1] [[proposes|future]|T] ceasefire in the sky and at sea
HAND:ceasefire | wire | [Ukraine|actor1] [said it was ready to accept|T] a 30-day ceasefire after [talks|T#2=diplo] with [US officials|actor2#2] in [Jeddah|location#2], and the truce [would take effect|future#1] once Moscow agreed.
HAND:ceasefire | mt | [Turkey|actor1] [[calls on|future]|T] Russia and Ukraine to declare a truce for the time of negotiations on the grain corridor, [informs|attr] [Anadolu|source].
HAND:ceasefire | official | [Brazil and China|actor1] [[presented|future]|T] a joint six-point plan for peace talks, the [Chinese foreign ministry|source] [said|attr].
HAND:ceasefire | wire | [Kyiv|actor1] [[offered|future]|T] Moscow a mutual halt to strikes on energy facilities, but the Kremlin brushed the idea aside, [Ukrainian officials|source] [said|attr].
HAND:ceasefire | telegram | ❗️ [Trump|actor1] [[wants|future]|T] a full ceasefire within two weeks, then negotiations. Moscow has not answered yet.
# ================================================================ agreements in force, exchanges, deals
HAND:agreement | wire | [Russia and Ukraine|actor1] [swapped|T] [95|quantity] prisoners each [on Saturday|time] in an exchange brokered by the United Arab Emirates, [both sides|source] [said|attr].
HAND:agreement | headline | [Prisoner exchange|T]: [150|quantity] Ukrainian defenders return home – [Coordination Headquarters|source]
HAND:agreement | official | The bodies of [757|quantity] fallen servicemen were [returned|T] to Ukraine today as part of repatriation measures, [reports|attr] the [Coordination Headquarters for the Treatment of Prisoners of War|source].
HAND:agreement | wire | A local truce [came into force|T] around the [Zaporizhzhia nuclear plant|location] at midnight to let IAEA inspectors rotate, [officials|source] [said|attr].
HAND:agreement | mt | [Russia and Ukraine|actor1] [signed|T] in [Istanbul|location] the document on export of grain through the Black Sea, [reports|attr] [TASS|source].
HAND:agreement | telegram | 🇺🇦 Another [exchange|T]! [84|quantity] of our people are home: soldiers, border guards, two civilians. [Zelensky|source]
HAND:agreement | wire | [Kyiv and Moscow|actor1] [agreed|T] to a two-hour pause in fighting near [Huliaipole|location] so that the bodies of the dead could be collected, a [Red Cross official|source] [said|attr].
# ================================================================ sanctions
HAND:sanctions | wire | The [European Union|actor1] [approved|T] its 16th package of sanctions against Russia [on Monday|time], targeting dozens of shadow-fleet tankers, [diplomats|source] [said|attr].
HAND:sanctions | headline | [UK|actor1] [Sanctions|T] [14|quantity] Russian Generals Over Strikes On Power Grid
HAND:sanctions | official | The [US Treasury|actor1] [designated|T] [more than 300|quantity] individuals and entities in Russia, China and Turkey that help Moscow evade export controls.
HAND:sanctions | mt | [Japan|actor1] [introduced|T] new restrictions against the Russian Federation, including ban on export of construction machinery, [informs|attr] [NHK|source].
HAND:sanctions | telegram | 🇺🇦 [Signed|T] the decree on sanctions against [56|quantity] companies that supply components for Russian missiles. [Zelensky|source]
HAND:sanctions | wire | [Washington|actor1] [blacklisted|T] two of Russia's largest oil producers [on Wednesday|time], a move that sent oil prices up by five percent.
HAND:sanctions | wire | [Moscow|actor1] [banned entry to|T] [500|quantity] Americans in response to US sanctions, the [Russian foreign ministry|source] [said|attr].
# ================================================================ threats and accusations
HAND:threat | wire | [Russia's foreign ministry|actor1] [accused|T] [Kyiv|actor2] of preparing a "provocation" with a radioactive device, offering no evidence for the claim.
HAND:threat | headline | [Kremlin|actor1] [Threatens|T] "Retaliation" If Taurus Missiles Are Sent To Ukraine
HAND:threat | telegram | [Kadyrov|actor1] [threatened|T] to "go all the way to Kyiv" if the strikes on Grozny continue. Nobody took it seriously.
HAND:threat | official | [Dmitry Peskov|actor1] [warned|T] that any seizure of frozen Russian assets would be treated as theft and "answered accordingly".
HAND:threat | wire | [Lukashenko|actor1] [warned|T] [Poland|actor2] that Belarus would respond to any provocation on the border, [Belta|source] [reported|attr].
HAND:threat | mt | [Zakharova|actor1] [accused|T] [Kiev regime|actor2] of using civilians as a human shield in [Kupyansk|location], [transmits|attr] [RIA Novosti|source].
HAND:threat | wire | [Zelensky|actor1] [accused|T] [Moscow|actor2] of deliberately dragging out the talks, saying Russia "only understands pressure".
# ================================================================ loss reports
HAND:losses | wire | [Russia|actor1] [lost|T] [more than 1,200|quantity] soldiers killed and wounded in the past 24 hours, [Ukraine's General Staff|source] [claimed|attr].
HAND:losses | mt | [Losses|T] of the [APU|actor1] in the Kupiansk direction amounted to up to [140|quantity] servicemen, two tanks and four field artillery guns, [reports|attr] the [Ministry of Defence|source].
HAND:losses | headline | [Ukraine|source] [Says|attr] [Russia|actor1] [Lost|T] [400|quantity] Tanks Near [Avdiivka|location]
HAND:losses | wire | [Ukrainian forces|actor1] [captured|T] [27|quantity] Russian soldiers in a single day near [Sudzha|location], a [military spokesman|source] [said|attr].
HAND:losses | telegram | For the day the [enemy|actor1] [lost|T] [1,030|quantity] occupiers, [8|quantity] tanks and [22|quantity] artillery systems. [General Staff|source]
HAND:losses | isw | [Russian milbloggers|source] [claimed|attr] that [Ukrainian forces|actor1] [suffered heavy losses|T] near [Kamianske|location] during failed assaults on [May 14|time].
HAND:losses | wire | [Zelensky|source] [said|attr] [31,000|fatalities] Ukrainian soldiers had been [killed|T] since the start of the full-scale invasion, the first such figure in a year.
# ================================================================ interceptions, jamming, downed aircraft
HAND:disrupted | official | Over the [Kyiv region|location], [air defence|actor1] [destroyed|T] all [seven|quantity] cruise missiles launched from Tu-95 bombers, the [Kyiv City Military Administration|source] [said|attr].
HAND:disrupted | headline | [Air Defence|actor1] [Downs|T] [25|quantity] Of 29 Drones Over [Odesa Region|location] – [Air Force|source]
HAND:disrupted | mt | [Air defence means|actor1] [shot down|T] [six|quantity] HIMARS shells and [two|quantity] HARM missiles, [informs|attr] the [Ministry of Defence of Russia|source].
HAND:disrupted | telegram | 🛡️ [Minus|T] [11|quantity] Shaheds over [Mykolaiv region|location] tonight. Good work, [air defence|actor1]! [Vitalii Kim|source]
HAND:disrupted | wire | [Electronic warfare|actor1] [diverted|T] [about 20|quantity] of the drones, which fell in fields in the [Chernihiv region|location] without exploding, the [air force|source] [said|attr].
HAND:disrupted | wire | [Russian air defences|actor1] [intercepted|T] [three|quantity] Ukrainian drones over [Moscow|location] early on [Sunday|time], Mayor [Sergei Sobyanin|source] [said|attr].
HAND:disrupted | isw | [Ukrainian forces|actor1] [shot down|T] a Russian Su-34 over [Avdiivka|location] on [February 17|time], [according to|attr] the [Ukrainian Air Force|source].
"""
