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
HAND:shell | wire | In [Bilozerka|location], Kherson region, an 81-year-old woman died [on Tuesday|time] as a result of [shelling|T], [Oleksandr Prokudin|source] [reported|attr], adding that the [Russians|actor1] had fired at the village from the left bank.
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
HAND:shell | wire | [At least nine|fatalities] people were killed when a Russian [missile slammed into|T] a furniture store in [Pavlohrad|location] during opening hours, [officials|source] [said|attr], and [22|quantity] more were taken to hospital.
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
HAND:air | wire | [Four|fatalities] people, among them a 12-year-old girl, were killed in [Odesa|location] [on Friday|time] when a Russian [drone slammed into|T] a nine-storey building, [Oleh Kiper|source] [said|attr].
HAND:air | headline | [Ukrainian drones|actor1] [attack|T] oil depot in [Bryansk region|location] - [governor|source]
HAND:air | wire | [Russian forces|actor1] [attacked|T] [Zaporizhzhia|location] with guided aerial bombs on the [night of 28 October|time], wounding [at least 11|quantity] people, [Ivan Fedorov|source] [said|attr].
HAND:air | headline | [Air Strike|T] on [Kramatorsk|location]: [3|fatalities] Dead, [14|quantity] Wounded
HAND:air | wire | [Ukraine|actor1] [hit|T] the [Saky|location] air base in Crimea with long-range drones before dawn, destroying two aircraft, a [source in Ukraine's military intelligence|source] [told|attr] Reuters.
HAND:air | telegram | 🔴 [Sumy|location]. [13:05|time] — [strike|T] by an enemy UAV on the territory of an enterprise. Preliminarily no casualties. Details later.
HAND:air | wire | A Russian [FPV drone hit|T] a minibus carrying workers near [Bilozerka|location] [on Monday|time], killing the driver and wounding [four|quantity] passengers, the [regional prosecutor's office|source] [said|attr].
HAND:air | wire | 10:42 — [Russia|actor1] [struck|T] [Dnipro|location] with a drone attack [overnight|time], the [regional governor|source] [says|attr]. One person is in hospital.
# ================================================================ armed clashes
HAND:clash | isw | [Russian forces|actor1] [conducted ground attacks|T] near [Bilohorivka|location+] and [Spirne|location+] on [June 2|time] but did not advance.
HAND:clash | official | The [Defence Forces|actor1] [repelled|T] [11|quantity] enemy attacks in the areas of [Novomykhailivka|location+], [Pobieda|location+] and [Vodiane|location+], the [General Staff|source] [said|attr] in its evening summary.
HAND:clash | wire | [Ukrainian troops|actor1] [counter-attacked|T] south of [Bakhmut|location] [on Wednesday|time], pushing [Wagner fighters|actor2] back from a section of the canal, a [military spokesman|source] [said|attr].
HAND:clash | telegram | ⚔️ [Vovchansk|location]: street [fighting|T] continues near the aggregate plant. Our guys are holding. [Khortytsia|source]
HAND:clash | headline | Heavy [fighting|T] for [Avdiivka|location] as [Russians|actor1] throw in fresh reserves
HAND:clash | wire | [According to|attr] the [Ukrainian General Staff|source], [Russian forces|actor1] [attempted to storm|T] Ukrainian positions near [Robotyne|location] [14|quantity] times over the past 24 hours.
HAND:clash | mt | In the Krasny Liman direction units of the [Center group of forces|actor1] [repelled|T] [three|quantity] attacks of [assault groups of the 63rd mechanized brigade of APU|actor2] near the settlement [Torskoe|location], [reports|attr] the [Ministry of Defense of Russia|source].
HAND:clash | wire | [Two|fatalities] [Ukrainian border guards|actor1] were killed in a [firefight|T] with [Russian saboteurs|actor2] near [Seredyna-Buda|location] in Sumy region, the [State Border Guard Service|source] [said|attr].
HAND:clash | wire | The [fighting|T] in [Toretsk|location] – a brigade [spokesman|source] [says|attr] – has moved to the western neighbourhoods, where [Russian assault groups|actor1] try to infiltrate in twos and threes.
HAND:clash | wire | [Ukrainian units|actor1] [attacked|T] Russian positions near [Tetkino|location] in the Kursk region [on Monday|time], [Russia's Defence Ministry|source] [said|attr], adding that the attack had been repelled.
HAND:clash | headline | [Clashes|T] near [Pokrovsk|location] intensify, [Ukrainian army|source] [says|attr]
HAND:clash | isw | [Ukrainian forces|actor1] [counterattacked|T] northwest of [Horlivka|location] on [July 19|time], and [Russian sources|source] [said|attr] the attack had been repelled.
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
HAND:change | wire | [Moscow|actor1] is [reportedly|hedge] [pulling back|T] from the right bank of the Dnipro around [Kherson|location], two [Ukrainian officials|source] [told|attr] Reuters, though Kyiv warned it could be a trap.
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
HAND:losses | wire | [Russia|actor1] [lost|T] [more than 1,200|quantity] troops, killed and wounded, over the past 24 hours, [Ukraine's General Staff|source] [claimed|attr].
HAND:losses | mt | [Losses|T] of the [APU|actor1] in the Kupiansk direction amounted to up to [140|quantity] servicemen, two tanks and four field artillery guns, [reports|attr] the [Ministry of Defence|source].
HAND:losses | headline | [Ukraine|source] [Says|attr] [Russia|actor1] [Lost|T] [400|quantity] Tanks Near [Avdiivka|location]
HAND:losses | wire | [Ukrainian forces|actor1] [captured|T] [27|quantity] Russian soldiers in a single day near [Sudzha|location], a [military spokesman|source] [said|attr].
HAND:losses | telegram | For the day the [enemy|actor1] [lost|T] [1,030|quantity] occupiers, [8|quantity] tanks and [22|quantity] artillery systems. [General Staff|source]
HAND:losses | isw | [Ukrainian forces|actor1] [suffered heavy losses|T] near [Kamianske|location] during failed assaults on [May 14|time], [Russian milbloggers|source] [claimed|attr].
HAND:losses | wire | [Zelensky|source] [said|attr] [31,000|fatalities] Ukrainian soldiers had been [killed|T] since the start of the full-scale invasion, the first such figure in a year.
# ================================================================ interceptions, jamming, downed aircraft
HAND:disrupted | official | Over the [Kyiv region|location], [air defence|actor1] [destroyed|T] all [seven|quantity] cruise missiles launched from Tu-95 bombers, the [Kyiv City Military Administration|source] [said|attr].
HAND:disrupted | headline | [Air Defence|actor1] [Downs|T] [25|quantity] Of 29 Drones Over [Odesa Region|location] – [Air Force|source]
HAND:disrupted | mt | [Air defence means|actor1] [shot down|T] [six|quantity] HIMARS shells and [two|quantity] HARM missiles, [informs|attr] the [Ministry of Defence of Russia|source].
HAND:disrupted | telegram | 🛡️ [Minus|T] [11|quantity] Shaheds over [Mykolaiv region|location] tonight. Good work, [air defence|actor1]! [Vitalii Kim|source]
HAND:disrupted | wire | [Electronic warfare|actor1] [diverted|T] [about 20|quantity] of the drones, which fell in fields in the [Chernihiv region|location] without exploding, the [air force|source] [said|attr].
HAND:disrupted | wire | [Russian air defences|actor1] [intercepted|T] [three|quantity] Ukrainian drones over [Moscow|location] early on [Sunday|time], Mayor [Sergei Sobyanin|source] [said|attr].
HAND:disrupted | isw | [Ukrainian air defence|actor1] [downed|T] a Russian Su-34 over [Avdiivka|location] on [February 17|time], [according to|attr] the [Ukrainian Air Force|source].
# ================================================================ peaceful protests
HAND:protest | wire | [Hundreds of women|actor1] [rallied|T] in central [Kyiv|location] [on Saturday|time] demanding a fixed term of service for their mobilised husbands, holding placards that read "Bring them home".
HAND:protest | headline | [[Kherson|location] Residents|actor1] [Protest|T] Against Russian Occupation Despite Armed Patrols
HAND:protest | telegram | 📢 [Lviv|location]: [students|actor1] [held a silent march|T] through the old town demanding the return of prisoners of war.
HAND:protest | mt | In [Tbilisi|location] [several thousands people|actor1] [went out to the action|T] in support of Ukraine, [informs|attr] [Interpressnews|source].
HAND:protest | wire | [Relatives of soldiers missing in action|actor1] [picketed|T] the Defence Ministry in [Kyiv|location] for a third day [on Wednesday|time], a [Reuters witness|source] [said|attr].
HAND:protest | official | [About 2,000|quantity] people [took part in a peaceful demonstration|T] outside the Russian embassy in [Berlin|location], [police|source] [said|attr]. No incidents were reported.
HAND:protest | wire | In occupied [Melitopol|location], [residents|actor1] [came out|T] onto the main square with Ukrainian flags and chanted "Go home" at Russian soldiers, [video|source] shared by the city's exiled mayor [showed|attr].
HAND:protest | headline | Anti-War [Protest|T] In [Yerevan|location] Draws Hundreds
HAND:protest | wire | [Crimean Tatar women|actor1] [staged one-person pickets|T] in [Simferopol|location] against the detention of their husbands and sons, a [rights group|source] [said|attr].
HAND:protest | wire | [Several hundred people|actor1] [gathered|T] on the Maidan in [Kyiv|location] [on Sunday evening|time] with one demand: "Free the Azov defenders".
HAND:protest | isw | [Residents of Belgorod Oblast|actor1] [reportedly|hedge] [protested|T] in [Shebekino|location] on [June 3|time] against the lack of compensation for homes damaged by shelling.
HAND:protest | mt | Near building of city council of [Odesa|location] the [veterans|actor1] [held the picket|T], demanding the payments promised by government.
HAND:protest | telegram | 🇵🇱 [Warsaw|location]: a [rally|T] in support of Ukraine outside the Russian embassy, around [3,000|quantity] participants, everything is peaceful.
HAND:protest | wire | "We are not slaves," read one banner as [farmers|actor1] [marched|T] through [Chisinau|location] [on Thursday|time] against Moscow's ban on Moldovan fruit.
# ================================================================ protests broken up
HAND:protest_int | wire | [Police|actor1] in [Moscow|location] [detained|T] [at least 64|quantity] [people|actor2] at an anti-war picket on Pushkin Square, [OVD-Info|source] [said|attr].
HAND:protest_int | headline | [Police|actor1] [Break Up|T] Mothers' Protest Against Mobilisation In [Krasnodar|location]
HAND:protest_int | telegram | [Kherson|location]. The [occupiers|actor1] [dispersed|T] a rally on Freedom Square and detained [several|quantity] people. We know their names.
HAND:protest_int | mt | In [Makhachkala|location] [police|actor1] [detained|T] [about 100|quantity] [participants of unauthorized action against mobilization|actor2], [informs|attr] [OVD-Info|source].
HAND:protest_int | official | [Officers of the Russian Guard|actor1] [stopped|T] an unsanctioned gathering in [Yakutsk|location] and took [12|quantity] [organisers|actor2] to the police station, the [regional interior ministry|source] [said|attr].
HAND:protest_int | wire | [Belarusian police|actor1] [detained|T] [dozens|quantity] of [demonstrators|actor2] in [Minsk|location] who had come out against the stationing of Russian troops, [Viasna|source] [said|attr].
HAND:protest_int | headline | Anti-War [Activists|actor2] [Detained|T] At [St Petersburg|location] Rally – [OVD-Info|source]
HAND:protest_int | isw | [Russian authorities|actor1] [arrested|T] [women|actor2] protesting the mobilization of their husbands in [Chita|location] on [November 4|time], [according to|attr] [Russian opposition outlets|source].
HAND:protest_int | wire | [Occupation police|actor1] in [Nova Kakhovka|location] [broke up|T] a small pro-Ukrainian rally and detained [three|quantity] [teenagers|actor2], the [Ukrainian ombudsman|source] [said|attr].
HAND:protest_int | wire | When [about 40|quantity] [mothers|actor2] gathered outside the recruiting office in [Nalchik|location], [police|actor1] [pushed them back|T] and detained five of them, [local media|source] [reported|attr].
HAND:protest_int | telegram | ⚡️ [Riot police|actor1] [are detaining|T] [everyone|actor2] who came to the picket in [Yekaterinburg|location], even passers-by.
HAND:protest_int | wire | A protest by [relatives of mobilised men|actor2] outside the Kremlin [was broken up|T] within minutes [on Saturday|time], with [police|actor1] loading [15|quantity] women into vans, [witnesses|source] [said|attr].
# ================================================================ excessive force against protesters
HAND:excessive | wire | [Russian soldiers|actor1] [opened fire on|T] [protesters|actor2] in [Nova Kakhovka|location] [on Monday|time], wounding [at least five|quantity], [Ukraine's foreign ministry|source] [said|attr].
HAND:excessive | headline | [Occupiers|actor1] [Use Stun Grenades|T] Against Peaceful Rally In [Kherson|location], [Several|quantity] Injured
HAND:excessive | mt | [Policemen|actor1] [beat with batons|T] [participants of protest|actor2] in [Makhachkala|location], some of them are hospitalized, [informs|attr] [Mediazona|source].
HAND:excessive | telegram | ⚡️ [Enerhodar|location]: the [rashists|actor1] [threw flash-bang grenades|T] at [residents|actor2] who came out to the town centre with flags. [Four|quantity] people are injured.
HAND:excessive | official | [Riot police|actor1] [used tear gas|T] against [protesters|actor2] who had blocked the federal highway outside [Makhachkala|location], the [Dagestan interior ministry|source] [confirmed|attr].
HAND:excessive | wire | A [protester|actor2] died after [police|actor1] [beat|T] him at an anti-mobilisation rally in [Yakutsk|location], [human rights groups|source] [said|attr], and the authorities opened no case.
HAND:excessive | isw | [Rosgvardia personnel|actor1] [reportedly|hedge] [beat|T] [detained protesters|actor2] in [Moscow|location] on [September 21|time], [according to|attr] [OVD-Info|source].
HAND:excessive | headline | [Police|actor1] [Fire Rubber Bullets|T] At Crowd In [Nalchik|location]
HAND:excessive | wire | [Russian Guard officers|actor1] [dragged and kicked|T] [women|actor2] protesting outside the recruitment office in [Kazan|location], [footage|source] posted online [shows|attr].
HAND:excessive | wire | [According to|attr] [witnesses|source], [occupation soldiers|actor1] [fired automatic rifles|T] over the heads of [protesters|actor2] in [Skadovsk|location] before dragging two men into a car.
# ================================================================ riots
HAND:violent_demo | wire | [Demonstrators|actor1] [threw stones at|T] riot police and overturned a car outside the city hall in [Makhachkala|location] [on Sunday|time], [local media|source] [reported|attr].
HAND:violent_demo | headline | Anti-Mobilisation [Protest Turns Violent|T] In [Yakutsk|location]
HAND:violent_demo | mt | In [Chisinau|location] [participants of the pro-Russian action|actor1] [attacked the police cordon|T], [five|quantity] policemen are injured, [informs|attr] the [MVD of Moldova|source].
HAND:violent_demo | telegram | 🔥 [Protesters|actor1] [smashed|T] the windows of the military enlistment office in [Nalchik|location] and tried to storm it.
HAND:violent_demo | wire | [Farmers|actor1] [pelted|T] police with eggs and burned tyres at the border crossing near [Dorohusk|location], where Ukrainian grain trucks have been queuing for days.
HAND:violent_demo | official | [Rioters|actor1] [attacked|T] police officers and damaged [11|quantity] vehicles during an unauthorised protest in [Nalchik|location], the [regional police|source] [said|attr].
HAND:violent_demo | wire | A rally against the new draft law in [Uzhhorod|location] [ended in scuffles|T] with police, [local news sites|source] [reported|attr], and several protesters were detained.
HAND:mob | wire | A [crowd|actor1] [beat|T] a military recruitment officer in [Odesa|location] after he tried to detain a man on the street, [police|source] [said|attr].
HAND:mob | telegram | 🚨 [Kharkiv region|location]: [villagers|actor1] [attacked|T] a TCC car and freed a detained man. The police have opened a case.
HAND:mob | headline | [Mob|actor1] [Storms|T] Airport In [Makhachkala|location] Searching For Israeli Passengers
HAND:mob | mt | In [Zakarpattia region|location] [local residents|actor1] [beaten|T] employees of military commissariat, [reports|attr] the [police|source].
HAND:mob | wire | [Residents|actor1] of [Vinnytsia|location] [surrounded and beat|T] two men they accused of spotting targets for Russian strikes before police arrived, [local media|source] [reported|attr].
HAND:mob | official | A [group of about 20 people|actor1] [attacked|T] officers of the territorial recruitment centre in [Uzhhorod|location], damaging their vehicle; [three|quantity] servicemen were injured, the [National Police|source] [said|attr].
HAND:mob | headline | [Crowd|actor1] [Beats|T] Suspected Saboteur In [Kremenchuk|location]
HAND:mob | isw | [Locals|actor1] in [Belgorod|location] [reportedly|hedge] [attacked|T] a group of Russian soldiers accused of looting abandoned homes, [according to|attr] [Russian Telegram channels|source].
HAND:mob | wire | Dozens of [men|actor1] [set upon|T] a recruitment patrol in a market in [Ternopil|location] [on Tuesday|time], kicking two officers until police fired warning shots, the [regional police|source] [said|attr].
HAND:mob | telegram | ❗️[Lviv region|location]: [locals|actor1] [blocked and beat|T] a conscription team near the church, the man they wanted to take ran away.
# ================================================================ violence against civilians: attacks
HAND:attack | wire | [Russian soldiers|actor1] [shot dead|T] [two|fatalities] [men|actor2] who were cycling to a well in [Shevchenkove|location], [local prosecutors|source] [said|attr].
HAND:attack | official | [Servicemen of the Russian army|actor1] [executed|T] [three|fatalities] [Ukrainian prisoners of war|actor2] near [Robotyne|location], the [Prosecutor General's Office|source] [reported|attr].
HAND:attack | headline | [Occupiers|actor1] [Shoot At|T] [Civilians|actor2] Fleeing [Kakhovka|location]: [Two|fatalities] Dead
HAND:attack | mt | [Militaries of RF|actor1] [tortured|T] [residents|actor2] of [Kupiansk|location] in the basement of police station, [informs|attr] the [Ombudsman Lubinets|source].
HAND:attack | wire | [Two|fatalities] [volunteers|actor2] delivering food to [Chasiv Yar|location] were [shot dead|T] at a roadblock by [Russian soldiers|actor1], their [organisation|source] [said|attr].
HAND:attack | wire | [Russian troops|actor1] [allegedly|hedge] [killed|T] a family of [four|fatalities] in their home in [Lukashivka|location], and the bodies were found weeks later.
HAND:attack | isw | [Russian forces|actor1] [reportedly|hedge] [shot|T] [six|fatalities] [Ukrainian servicemen|actor2] who had surrendered near [Avdiivka|location], [according to|attr] [Ukrainian officials|source].
HAND:attack | official | On [5 April|time] in [Ivanivka|location], the [occupiers|actor1] [beat|T] a 62-year-old man for a Ukrainian flag found in his house; he died of his injuries, the [regional police|source] [said|attr].
HAND:attack | wire | [Russia's Defence Ministry|source] [denied|denial] that its soldiers had [killed|T] [civilians|actor2] in [Stepanivka|location], calling the photographs a staged provocation.
HAND:attack | headline | [Civilian|actor2] [Killed|T] By [Russian Sniper|actor1] In [Kherson|location]
HAND:attack | telegram | ❗️[Vovchansk|location]: the [occupiers|actor1] [shot|T] an elderly couple who refused to leave their house. Investigators are collecting evidence.
HAND:attack | wire | A Russian [soldier|actor1] [shot|T] a [pensioner|actor2] at point-blank range in [Novodmytrivka|location] after an argument over a bicycle, [prosecutors|source] [said|attr].
# ================================================================ abductions, forced disappearances
HAND:abduct | wire | [Russian forces|actor1] [abducted|T] the mayor of [Dniprorudne|location] [on Sunday|time], [Ukraine's foreign ministry|source] [said|attr], the second such case in a week.
HAND:abduct | telegram | 🚨 [Nova Kakhovka|location]: [FSB officers|actor1] [took away|T] [two|quantity] [teachers|actor2] from their homes at night. Their relatives do not know where they are.
HAND:abduct | official | [Russia|actor1] has [forcibly deported|T] [more than 19,000|quantity] [Ukrainian children|actor2], [according to|attr] the [Ministry of Reintegration|source].
HAND:abduct | mt | In [Melitopol|location] [occupiers|actor1] [kidnapped|T] the [head of the local council|actor2], his whereabouts are unknown, [informs|attr] [Ivan Fedorov|source].
HAND:abduct | headline | [Journalist|actor2] [Missing After Detention|T] By [Russian Troops|actor1] In [Berdiansk|location]
HAND:abduct | wire | [Masked men|actor1] [bundled|T] a [priest|actor2] into a van outside his church in [Skadovsk|location], his [parishioners|source] [said|attr], and he has not been heard from since.
HAND:abduct | isw | [Russian occupation authorities|actor1] continue to [forcibly deport|T] [residents|actor2] of [Oleshky|location] to Crimea under the guise of evacuation.
HAND:abduct | wire | [Two|quantity] [volunteers|actor2] in [Velyka Lepetykha|location] [have disappeared|T] after [Russian soldiers|actor1] took them for "questioning", [relatives|source] [told|attr] AP.
HAND:abduct | wire | [Russian soldiers|actor1] [seized|T] the [village head|actor2] of [Dudchany|location] – [says|attr] the [regional administration|source] – and have not released him.
HAND:abduct | headline | [Occupiers|actor1] [Abduct|T] [Five|quantity] Ukrainian [Activists|actor2] In [Enerhodar|location]
HAND:abduct | mt | The [occupants|actor1] [took to unknown direction|T] [11|quantity] [residents|actor2] of [Bilozerka|location] who refused to take the Russian passports, [writes|attr] [Suspilne|source].
# ================================================================ sexual violence
HAND:sexual | wire | [Two Russian soldiers|actor1] [raped|T] a woman in [Mala Komyshuvakha|location] while holding her husband at gunpoint, [investigators|source] [said|attr].
HAND:sexual | official | The [Prosecutor General's Office|source] [reported|attr] suspicion to a [Russian serviceman|actor1] who [raped|T] a 50-year-old woman in the [Kherson region|location] during the occupation.
HAND:sexual | headline | [Russian Soldiers|actor1] [Sexually Abused|T] [Detainees|actor2] In [Kherson|location] Torture Cells – [UN|source]
HAND:sexual | mt | In the occupied [Vasylivka|location] [soldier of RF|actor1] [committed the rape|T] of [minor girl|actor2], [informs|attr] the [Ombudsman|source].
HAND:sexual | isw | [Russian personnel|actor1] [reportedly|hedge] [subjected|T] [women detained at the filtration point|actor2] in [Bezimenne|location] to sexual violence.
HAND:sexual | wire | [Human Rights Watch|source] [documented|attr] [sexual violence|T] by [Russian troops|actor1] against [men|actor2] held in a former school in [Izium|location].
HAND:sexual | telegram | ❗️[Kharkiv region|location]: an [occupier|actor1] [raped|T] a 78-year-old woman in her own house. The suspect has been identified.
HAND:sexual | wire | The [Russian defence ministry|source] [denied|denial] that its troops had [sexually assaulted|T] [women|actor2] in [Berestianka|location], calling the accusations "fakes".
HAND:sexual | wire | [Former prisoners|source] [described|attr] how [guards|actor1] at the detention centre in [Olenivka|location] [subjected|T] [them|actor2] to sexual violence and electric shocks.
# ================================================================ looting, property destruction
HAND:looting | wire | [Retreating Russian soldiers|actor1] [stripped|T] the village school in [Pravdyne|location] of computers and furniture, [residents|source] [told|attr] AP.
HAND:looting | telegram | 📍[Melitopol|location]: the [occupiers|actor1] [are taking away|T] grain from the elevator by trucks to Crimea.
HAND:looting | official | [Retreating occupiers|actor1] [blew up|T] the bridge over the Inhulets in [Darivka|location], [Operational Command South|source] [said|attr].
HAND:looting | mt | [Soldiers of the APU|actor1] [plundered|T] houses of local residents in [Sudzha|location], [claims|attr] [RIA Novosti|source].
HAND:looting | headline | [Occupiers|actor1] [Loot|T] Art Museum In [Mariupol|location], Take [2,000|quantity] Items
HAND:looting | wire | [Russian soldiers|actor1] [set fire to|T] the house of a local council deputy in [Hrakove|location] before leaving the village, [neighbours|source] [said|attr].
HAND:looting | isw | [Russian occupation officials|actor1] [seized|T] [more than 100|quantity] apartments in [Mariupol|location] that they deemed "ownerless", a tactic used to reward loyalists.
HAND:looting | wire | [Unknown persons|actor1] [smashed|T] a memorial to fallen Ukrainian soldiers in [Lutsk|location] overnight, [police|source] [said|attr].
HAND:looting | telegram | 🚗 [Rubizhne|location]: [Kadyrovites|actor1] [are stealing|T] cars from the yards, loading washing machines on trucks.
HAND:looting | official | The [enemy|actor1] [destroyed|T] the grain storage in [Snihurivka|location] while retreating, [said|attr] the [Mykolaiv Regional Military Administration|source].
# ================================================================ arrests
HAND:arrests | wire | [Ukraine's security service|actor1] [arrested|T] a 47-year-old railway worker in [Zhytomyr|location] suspected of passing train schedules to Russian intelligence, the [SBU|source] [said|attr] [on Friday|time].
HAND:arrests | headline | [FSB|actor1] [Detains|T] [Three|quantity] Over Alleged Sabotage Plot In [Kursk|location]
HAND:arrests | mt | In [Bryansk|location] [FSB employees|actor1] [detained|T] local resident who was preparing terrorist act on order of Ukrainian special services, [reports|attr] [TASS|source].
HAND:arrests | telegram | 🚔 [Dnipro|location]: the [SBU|actor1] [detained|T] an agent who was adjusting missile strikes on the city. He faces life imprisonment.
HAND:arrests | official | [SBU officers|actor1] [detained|T] [two|quantity] [Russian agents|actor2] in [Kharkiv|location] who were collecting data on air defence positions, the [SBU press service|source] [reported|attr].
HAND:arrests | wire | [Russian police|actor1] [arrested|T] a journalist in [Yekaterinburg|location] on espionage charges, the [FSB|source] [said|attr], the first such arrest of a foreign reporter in years.
HAND:arrests | isw | [Russian occupation authorities|actor1] [arrested|T] [at least eight|quantity] residents of [Berdiansk|location] on [May 8|time] for alleged ties to Ukrainian partisans.
HAND:arrests | headline | [NABU|actor1] [Detains|T] Deputy Defence Minister In [Kyiv|location] Over Army Food Contracts
HAND:arrests | wire | [Prosecutors|source] [said|attr] [police|actor1] had [arrested|T] [four|quantity] men in [Uzhhorod|location] who charged up to $8,000 to smuggle draft-age men across the border.
HAND:arrests | wire | [Polish prosecutors|actor1] [arrested|T] [three|quantity] people in [Warsaw|location] suspected of planning arson attacks on behalf of Russian intelligence.
HAND:arrests | mt | The [FSB|actor1] [detained|T] in [Crimea|location] [three|quantity] supporters of Kiev regime who were spying for Ukrainian intelligence, [informs|attr] [RIA Novosti|source].
HAND:arrests | telegram | [Henichesk|location]: the [occupiers|actor1] [detained|T] a farmer because his son serves in the Armed Forces. He is held in the basement of the police station.
# ================================================================ bases and headquarters
HAND:hq | wire | [Russian troops|actor1] [have set up|T] a base in a children's summer camp near [Skadovsk|location], [residents|source] [said|attr].
HAND:hq | isw | [Russian forces|actor1] [established|T] a new headquarters for the Dnipro grouping in [Henichesk|location], [according to|attr] the [Ukrainian General Staff|source].
HAND:hq | telegram | 📍[Tokmak|location]: the [occupiers|actor1] [turned|T] the hospital into barracks, patients were sent home.
HAND:hq | official | The [enemy|actor1] [deployed|T] a command post of an airborne regiment in the school building in [Nova Kakhovka|location], [said|attr] the [Operational Command South|source].
HAND:hq | mt | [Wagner|actor1] [opened|T] its headquarters in [Luhansk|location], in the building of former bank, [writes|attr] the [Luhansk Regional Military Administration|source].
HAND:hq | headline | [Russia|actor1] [Sets Up|T] Drone Base In Occupied [Berdiansk|location] – [Partisans|source]
HAND:hq | wire | [Russian forces|actor1] [moved into|T] the air base at [Machulishchy|location] in Belarus, setting up a field camp there, [satellite images|source] [show|attr].
# ================================================================ other: unexplained blasts, fires, alerts, outages
HAND:other | wire | [Explosions|T] were heard in [Dzhankoi|location] [overnight|time], [residents|source] [wrote|attr] on social media; Russian officials gave no explanation.
HAND:other | headline | [Fire|T] Breaks Out At Oil Depot In [Novorossiysk|location], Cause Unclear
HAND:other | telegram | 🔊 [Odesa|location]: [loud explosions|T] in the city. Stay in shelters!
HAND:other | official | An [air raid alert|T] was declared across [Kyiv oblast|location] at 03:10 due to the threat of ballistic missiles, the [regional administration|source] [said|attr].
HAND:other | wire | A [blast|T] at a military unit in [Belgorod|location] caused no casualties, the [governor|source] [said|attr], adding that the cause was being investigated.
HAND:other | mt | In [Melitopol|location] the [blackout|T] happened after the explosion at substation, [informs|attr] the [mayor Fedorov|source].
HAND:other | wire | The [Zaporizhzhia nuclear plant|location] [lost|T] its last external power line for the eighth time, the [IAEA|source] [said|attr].
# ================================================================ chemical weapons
HAND:chem | wire | [Russian forces|actor1] [dropped|T] grenades filled with CS gas on Ukrainian trenches near [Kurdiumivka|location], a Ukrainian [brigade|source] [said|attr].
HAND:chem | official | Since the beginning of the month the [enemy|actor1] [used|T] munitions with hazardous chemicals [465|quantity] times, [reports|attr] the [General Staff|source].
HAND:chem | isw | [Russian forces|actor1] continue to [use riot control agents|T] in assaults near [Vovchansk|location], [according to|attr] [Ukrainian officials|source].
HAND:chem | headline | [OPCW|source] [Confirms|attr] [Use Of Tear Gas|T] Near [Ivanivka|location]
HAND:chem | mt | [APU|actor1] [applied|T] chemical substances against servicemen of RF near [Kleshcheevka|location], [states|attr] the [Russian Defence Ministry|source].
HAND:chem | telegram | ☣️ [Orikhiv|location] direction: the [enemy|actor1] again [dropped toxic gas|T] from drones on our positions. The guys were taken to hospital.
# ================================================================ suicide bombs
HAND:suicide | wire | A [suicide bomber|T] blew himself up at the entrance to a military enlistment office in [Kazan|location] [on Monday|time], wounding [three|quantity] people, [police|source] [said|attr].
HAND:suicide | official | A [man|actor1] [blew himself up|T] at a checkpoint in [Khartsyzk|location] when guards tried to search his car, the [occupation police|source] [said|attr].
HAND:suicide | headline | [Suicide Blast|T] Near [Moscow|location] Police Post Kills [Two|fatalities]
HAND:suicide | mt | Near building of the FSB in [Krasnodar|location] [terrorist-kamikaze|T] detonated the explosive device, [two|fatalities] employees died, [reports|attr] [Interfax|source].
HAND:suicide | telegram | 💥 [Melitopol|location]: a [suicide attacker|T] detonated explosives next to a car of the occupation police. [Two|fatalities] occupiers are dead.
HAND:suicide | wire | A [suicide car bomb|T] [reportedly|hedge] struck a Russian checkpoint near [Svatove|location], killing the driver and [four|fatalities] soldiers.
# ================================================================ IEDs, mines, car bombs
HAND:ied | wire | A Russian-installed official in [Berdiansk|location] was killed when an [explosive device hidden under his car|T] went off, [Ukraine's military intelligence|source] [said|attr].
HAND:ied | headline | [Landmine|T] Kills [Two|fatalities] [Farmers|actor2] Near [Izium|location]
HAND:ied | telegram | 💥 [Melitopol|location]: [partisans|actor1] [detonated an explosive device|T] under a railway bridge used by the occupiers to move equipment.
HAND:ied | official | A tractor [hit an anti-tank mine|T] in a field near [Balakliia|location]; the driver was killed, the [State Emergency Service|source] [said|attr].
HAND:ied | mt | In [Donetsk|location] was [undermined|T] the car of commander of the battalion, he died on the spot, [informs|attr] [DAN|source].
HAND:ied | wire | [Two|quantity] Russian servicemen were wounded when a [roadside bomb|T] exploded near their vehicle in [Melitopol|location], [Ukraine's military intelligence|source] [said|attr].
HAND:ied | isw | [Ukrainian partisans|actor1] [reportedly|hedge] [conducted an IED attack|T] against a Russian patrol in [Nova Kakhovka|location] on [August 9|time].
# ================================================================ grenades
HAND:grenade | wire | A [soldier|actor1] [threw a grenade|T] at his comrades during training in the [Belgorod region|location], killing [three|fatalities], the [Russian defence ministry|source] [said|attr].
HAND:grenade | telegram | [Kherson|location]: an [occupier|actor1] [threw a grenade|T] into the yard of a private house. A woman was wounded.
HAND:grenade | headline | [Grenade Blast|T] At [Kyiv|location] Recruitment Office Injures [Three|quantity]
HAND:grenade | mt | Russian [serviceman|actor1] [blew up the grenade|T] in the barracks in [Svatove|location]: [four|fatalities] dead, [seven|quantity] wounded, [reports|attr] the [General Staff of AFU|source].
HAND:grenade | official | During a session of the village council in [Sokolivka|location], a [deputy|actor1] [detonated three grenades|T], wounding [26|quantity] people, the [National Police|source] [said|attr].
HAND:grenade | wire | [Two|fatalities] people were killed when a [grenade exploded|T] inside a car at a checkpoint near [Horlivka|location], [local authorities|source] [said|attr].
# ================================================================ hard negatives: advancing towards a place, no capture
NEG:advance_towards+hand | isw | Russian forces continued to advance towards Kostiantynivka from the southeast but have not entered the city.
NEG:advance_towards+hand | wire | Russian troops are pushing towards Pokrovsk and are now about five kilometres from its outskirts, a Ukrainian [commander|source] [said|attr].
NEG:advance_towards+hand | headline | Russians edge closer to Kupiansk
NEG:advance_towards+hand | telegram | The enemy is trying to break through towards Huliaipole, the situation is tense. Evacuate while the road is open.
NEG:advance_towards+hand | mt | Russian army develops offensive in direction of Zaporizhzhia and approached to Stepnohirsk on distance of artillery shot.
NEG:advance_towards+hand | isw | Ukrainian forces advanced towards Verbove in the Zaporizhzhia direction, though ISW is unable to verify how far they got.
NEG:advance_towards+hand | wire | Ukrainian marines are moving along the left bank towards Oleshky, a military source said, without claiming any village.
NEG:advance_towards+hand | headline | Russian Forces Closing In On Chasiv Yar
NEG:advance_towards+hand | wire | The Russian offensive is now aimed at Kurakhove, and the front line runs eight kilometres east of the town.
NEG:advance_towards+hand | telegram | ⚡️ Our troops are approaching Kupiansk from the north, the liberation of the city is a matter of time!
NEG:advance_towards+hand | isw | [Russian forces|actor1] advanced towards Toretsk and [attacked|T=clash] near [Druzhba|location] on [June 12|time], but did not make confirmed gains.
NEG:advance_towards+hand | headline | [Kremlin|source] [Says|attr] Troops "Moving Forward" Towards Pokrovsk
NEG:advance_towards+hand | mt | Units of APU are moving in direction of Berdiansk, but the city is still under the control of Russian forces.
NEG:advance_towards+hand | wire | Russian assault groups have reached the approaches to Myrnohrad, where Ukrainian units are digging in, the [brigade|source] [said|attr].
# ================================================================ hard negatives: the occupied city as background
NEG:occupied_background+hand | wire | Residents of the occupied city of Enerhodar say running water comes for only two hours a day.
NEG:occupied_background+hand | wire | The occupied port of Berdiansk has become a hub for grain shipped to Turkey, [satellite images|source] [show|attr].
NEG:occupied_background+hand | headline | Life Under Occupation In Melitopol: Fear, Passports And Checkpoints
NEG:occupied_background+hand | wire | Teachers in occupied Tokmak are being pressed to teach the Russian curriculum, a former pupil told Reuters.
NEG:occupied_background+hand | analysis | Occupied Mariupol is being rebuilt as a showcase, with new blocks going up where whole streets once stood.
NEG:occupied_background+hand | telegram | Occupied Donetsk: queues for water again, the taps have been dry for three days.
NEG:occupied_background+hand | wire | Russia-held Horlivka has had no regular water supply for two years, residents say.
NEG:occupied_background+hand | wire | A bus service between Russian-controlled Luhansk and Rostov-on-Don resumed this week.
NEG:occupied_background+hand | official | Ukraine will not recognise any "elections" held in the occupied territories of the Zaporizhzhia region, the [foreign ministry|source] [said|attr].
NEG:occupied_background+hand | wire | Families from occupied Oleshky who crossed the river by boat described months of hunger and fear.
NEG:occupied_background+hand | history | Under occupation since March 2022, Skadovsk has lost about a third of its population.
NEG:occupied_background+hand | mt | In the temporarily occupied Henichesk the prices for bread increased twice, inform local residents.
# ================================================================ hard negatives: background participles
NEG:background_participle+hand | wire | The city, left in Russian hands after the June retreat, has lost its last working hospital.
NEG:background_participle+hand | wire | Volunteers delivered insulin and generators to the recently liberated village of Vyshneve.
NEG:background_participle+hand | wire | Evacuees from heavily shelled Orikhiv arrived in Zaporizhzhia on two buses on Thursday.
NEG:background_participle+hand | headline | In Recaptured Izium, Deminers Work Field By Field
NEG:background_participle+hand | wire | Children from the bombed-out town of Vovchansk have started the school year online in Kharkiv.
NEG:background_participle+hand | telegram | In de-occupied Snihurivka the water supply has been restored after eight months.
NEG:background_participle+hand | wire | A woman who survived the siege of Mariupol described how she cooked on a fire in the courtyard for two months.
NEG:background_participle+hand | wire | Rebuilding has begun in the once-occupied village of Yahidne, where residents were held in a school basement for a month.
NEG:background_participle+hand | wire | Schools reopened in Kupiansk, taken back by Ukraine in the autumn of 2022, for the first time since the invasion.
NEG:background_participle+hand | wire | The drone-damaged refinery in Ryazan has resumed processing crude, industry sources said.
NEG:background_participle+hand | mt | The destroyed by shelling bridge in Kurakhove was replaced with a pontoon crossing, informs local administration.
NEG:background_participle+hand | wire | Residents of the liberated town of Balakliia lined up for humanitarian aid on Saturday.
NEG:background_participle+hand | wire | Soldiers wounded near Bakhmut are being treated in a Lviv hospital, where doctors work in three shifts.
# ================================================================ hard negatives: history, anniversaries, commemorations
NEG:history+hand | history | In 2014, Russian-backed separatists seized government buildings in Sloviansk and held the city for three months.
NEG:history+hand | history | Ukraine recaptured Kherson in November 2022, eight months after Russian troops entered it almost without a fight.
NEG:history+hand | history | The battle for Bakhmut lasted ten months and ended in May 2023.
NEG:history+hand | wire | Two years ago today, Russian missiles hit the railway station in this town; on Sunday residents laid flowers at the memorial.
NEG:history+hand | headline | Third Anniversary Of The Liberation Of Kharkiv Region Marked In Izium
NEG:history+hand | official | On this day in 2022, Ukrainian troops liberated Kherson. Eternal glory to the heroes!
NEG:history+hand | history | Back in early 2015, the Debaltseve pocket cost Ukraine hundreds of soldiers.
NEG:history+hand | history | The border town was first occupied in February 2022 and retaken by Ukraine in September of that year.
NEG:history+hand | history | Mariupol fell in May 2022, after the last defenders left the Azovstal plant.
NEG:history+hand | history | The Crimean bridge was first damaged by a truck bomb in October 2022.
NEG:history+hand | wire | Residents still remember August 2014, when fighting near Ilovaisk trapped hundreds of Ukrainian volunteers.
NEG:history+hand | telegram | 📅 A year ago, the Russian army retreated from the right bank of the Dnipro. Never forget, never forgive.
NEG:history+hand | wire | Crowds gathered in central Kyiv to honour the defenders of Mariupol on the anniversary of the end of the siege.
# ================================================================ hard negatives: opinion
NEG:opinion+hand | opinion | The fall of Pokrovsk would open the road to the Dnipropetrovsk region, and Europe should act before it happens.
NEG:opinion+hand | opinion | Every drone that hits a Ukrainian apartment block is a reminder that appeasement does not work.
NEG:opinion+hand | opinion | Sanctions have failed to stop the Russian war machine; it is time to admit it.
NEG:opinion+hand | opinion | Calling the shelling of Kharkiv "collateral damage" insults the dead.
NEG:opinion+hand | opinion | The West's hesitation over long-range missiles has cost Ukraine dearly, in land and in lives.
NEG:opinion+hand | opinion | A ceasefire on Moscow's terms would be a capitulation dressed up as peace.
NEG:opinion+hand | opinion | If Europe wants peace, it must arm Ukraine now, not next year.
NEG:opinion+hand | wire | "This is terrorism, nothing else," the [mayor|source] [said|attr] of the attacks on his city over the past month.
NEG:opinion+hand | opinion | The counteroffensive was doomed from the start by a lack of air power, and everyone in Kyiv knew it.
NEG:opinion+hand | opinion | Prisoner exchanges are the one thing both sides still manage to do well.
# ================================================================ hard negatives: analysis
NEG:analysis+hand | analysis | Capturing Chasiv Yar would give Russian forces high ground overlooking Kostiantynivka and Kramatorsk.
NEG:analysis+hand | isw | The Russian command is likely trying to envelop Pokrovsk from the south and east.
NEG:analysis+hand | analysis | Glide bombs have changed the arithmetic of the front: cheap, accurate and launched from beyond air defence range.
NEG:analysis+hand | isw | The Russian command likely seeks to exhaust Ukrainian reserves before the spring.
NEG:analysis+hand | analysis | Ukraine's strikes on refineries have cut Russian refining capacity by about a tenth, according to industry estimates.
NEG:analysis+hand | isw | Milbloggers' claims of advances near Vovchansk are consistent with ISW's assessment that Russian units are regrouping there.
NEG:analysis+hand | analysis | Losses on this scale cannot be sustained for long, Western officials believe.
NEG:analysis+hand | analysis | The Kursk incursion forced Moscow to redeploy some units, but it did not stop the offensive in Donetsk.
NEG:analysis+hand | wire | "The Russian army's main problem is not men, it is armour," said a military analyst in Kyiv.
NEG:analysis+hand | analysis | Whoever controls the crossings on the Siverskyi Donets controls the northern flank.
NEG:analysis+hand | isw | The Kremlin continues to use nuclear rhetoric to deter Western military aid to Ukraine.
NEG:analysis+hand | analysis | The pace of Russian gains has slowed since November, data from open-source mappers show.
# ================================================================ hard negatives: capability
NEG:capability+hand | wire | Russia can strike any city in Ukraine with its Iskander missiles, a Russian general boasted on state television.
NEG:capability+hand | wire | The Patriot systems can intercept ballistic missiles such as the Kinzhal, the [Ukrainian Air Force|source] [said|attr].
NEG:capability+hand | analysis | Ukraine's long-range drones can now reach targets 1,500 kilometres inside Russia.
NEG:capability+hand | official | Our units are capable of holding the line near Pokrovsk for as long as needed, the [commander|source] [said|attr].
NEG:capability+hand | wire | The new interceptor drones cost a fraction of a Shahed and can be assembled in a garage.
NEG:capability+hand | headline | Ukraine Says Its Neptune Missile Can Now Reach Moscow
NEG:capability+hand | wire | Russia has enough artillery shells to keep firing at the current rate for at least a year, Estonian intelligence estimates.
NEG:capability+hand | mt | Russian Iskander is able to destroy any target at distance of 500 kilometres, declares the Ministry of Defence.
NEG:capability+hand | wire | Russian drones can hit anything that moves within 20 kilometres of the Dnipro, residents of Kherson say.
NEG:capability+hand | telegram | Our air defence is ready to repel any attack. Stay calm and trust the defenders.
# ================================================================ hard negatives: hypotheticals
NEG:hypothetical+hand | wire | If Russia took Pokrovsk, Ukraine's supply lines to the south of the Donetsk region would be cut.
NEG:hypothetical+hand | analysis | Should what remains of the dam collapse further, villages downstream could flood again.
NEG:hypothetical+hand | wire | Were Ukraine to receive Tomahawks, it could strike Russian airfields far behind the front line.
NEG:hypothetical+hand | opinion | Imagine the shelling of Paris or Berlin: would Europe still talk about "escalation"?
NEG:hypothetical+hand | wire | A Russian breakthrough at Kurakhove would expose Velyka Novosilka from the north.
NEG:hypothetical+hand | analysis | Without American intelligence, Ukrainian air defence would miss many incoming missiles.
NEG:hypothetical+hand | wire | Any attack on the Zaporizhzhia plant could cause a disaster far beyond Ukraine's borders, the IAEA chief warned.
NEG:hypothetical+hand | mt | In case of transfer of Taurus missiles to Kiev, Germany will become a party of the conflict, considers the expert.
NEG:hypothetical+hand | wire | Even if a truce were signed tomorrow, clearing the mines would take decades.
NEG:hypothetical+hand | wire | Had the convoy left an hour later, it would have driven straight into the ambush, a volunteer said.
# ================================================================ hard negatives: questions
NEG:question+hand | headline | Will Russia Take Pokrovsk Before Winter?
NEG:question+hand | headline | Can Ukraine Hold Kurakhove?
NEG:question+hand | opinion | Why is Europe still buying Russian gas while Russian drones fall on Odesa?
NEG:question+hand | wire | Is the Kremlin preparing a new offensive on Kharkiv? Satellite images offer some clues.
NEG:question+hand | headline | Did Ukraine Really Retake Krynky?
NEG:question+hand | telegram | Where are the promised Patriots? Kharkiv is asking.
NEG:question+hand | wire | Will Trump and Putin meet in Budapest? Nobody in Kyiv seems sure.
NEG:question+hand | mt | Whether the APU will be able to keep Chasiv Yar? Experts doubt.
NEG:question+hand | headline | Ceasefire By Easter? Diplomats Are Sceptical
NEG:question+hand | opinion | How many more prisoners must die in camps like Olenivka before the Red Cross gets access?
# ================================================================ hard negatives: predictions, plans and aims
NEG:prediction+hand | isw | Russian forces aim to encircle Kostiantynivka from the east and south.
NEG:prediction+hand | headline | Objective: Seize Huliaipole. How Russia Plans Its Spring Campaign
NEG:prediction+hand | wire | Russian forces will likely try to cross the Oskil near Kupiansk in the coming weeks, a Ukrainian [commander|source] [predicted|attr].
NEG:prediction+hand | wire | Kyiv expects Russia to launch a new wave of missile strikes on the power grid before the first frost.
NEG:prediction+hand | analysis | Moscow's goal remains the capture of the whole of the Donetsk region.
NEG:prediction+hand | telegram | The enemy is preparing an assault on Vovchansk, reinforcements are arriving. Be ready.
NEG:prediction+hand | wire | Russia intends to take Zaporizhzhia city by the end of the year, a captured officer told interrogators.
NEG:prediction+hand | official | The Defence Forces are ready to repel a possible attack from Belarus, the [State Border Guard Service|source] [said|attr].
NEG:prediction+hand | wire | Ukraine hopes to receive its first Gripen fighters next year, the defence minister said, without giving a number.
NEG:prediction+hand | isw | The Kremlin will likely continue to demand the withdrawal of Ukrainian troops from the rest of Donetsk Oblast as a precondition for talks.
NEG:prediction+hand | wire | Forecasters in the army expect fighting near Siversk to intensify once the ground freezes.
NEG:prediction+hand | headline | Moscow Eyes Sumy As Next Target, Kyiv Warns
# ================================================================ hard negatives: negated events, reactions, commemorations, other
NEG:other+hand | official | No shelling of the city was recorded overnight, the [city military administration|source] [said|attr].
NEG:other+hand | isw | No Russian ground assaults were confirmed in the Kherson direction on May 20.
NEG:other+hand | wire | The night passed quietly in Zaporizhzhia, [Ivan Fedorov|source] [wrote|attr] on Telegram.
NEG:other+hand | wire | "We watched the video three times, then went back to work," said a drone operator near Pokrovsk, asked about the news from the capital.
NEG:other+hand | wire | A soldier from a mechanised brigade said he learned about the prisoner exchange from his phone and cried.
NEG:other+hand | headline | Ukraine Marks Day Of Remembrance For Victims Of The Occupation
NEG:other+hand | wire | Russia's Defence Ministry did not comment on the reports.
NEG:other+hand | wire | Ukrenergo said no new damage to the grid had been recorded in the past day.
NEG:other+hand | wire | Ukraine's military said there had been no combat engagements near Kupiansk in the past 24 hours.
NEG:other+hand | headline | MAIN: Air Defence, Drone Production And The Grain Deal. Evening Digest
NEG:other+hand | wire | The Kremlin declined to comment on Zelensky's remarks.
NEG:other+hand | wire | Bread prices in Kherson rose by a third this year, local officials said.
NEG:other+hand | wire | A veteran who lost both legs near Bakhmut ran the Kyiv half-marathon on prostheses.
NEG:other+hand | wire | Shares in European defence companies rose after the announcement of new orders.
NEG:other+hand | official | Things in the Kharkiv region are under control, and there is no threat of an offensive from the north, [said|attr] [Oleh Syniehubov|source].
NEG:other+hand | wire | "I found out from Telegram that my town had been shelled again," said Olena, who now lives in Poland.
NEG:other+hand | wire | The football match between Shakhtar and Dynamo was played in an empty stadium because of the air raid threat.
NEG:other+hand | telegram | Today is the Day of the Armed Forces. We thank everyone who defends Ukraine!
NEG:other+hand | wire | A concert marking the anniversary of the liberation of Kherson was held in the city's drama theatre.
NEG:other+hand | wire | No one was killed or injured, and there were no hits on the city, the [governor|source] [said|attr].
NEG:other+hand | isw | In the Lyman direction Russian forces did not advance, and no fighting was reported.
NEG:other+hand | wire | Zelensky thanked the air defence units of the Kyiv region in his nightly video address.
# ================================================================ second pass: a force entering a town
HAND:regain | wire | The first [Ukrainian units|actor1] [rolled into|T] [Balakliia|location#*] [on Thursday|time] after [Russian troops|actor1#2] [abandoned|T#2=change] the town, [Hanna Maliar|source] [said|attr].
HAND:overtake | headline | [Russian Forces|actor1] [Enter|T] [Pokrovsk|location] Outskirts, [Ukrainian Military|source] [Says|attr]
HAND:overtake | mt | [Units of the Russian army|actor1] [entered|T] in [Toretsk|location] and conduct cleaning of the quarters, [reports|attr] [RIA Novosti|source].
HAND:regain | telegram | 🇺🇦 Our guys [have entered|T] [Hrakove|location]! The flag is already on the school. Photos later.
HAND:overtake | wire | [Russian troops|actor1] [entered|T] the village of [Nevske|location] – [according to|attr] [Ukrainian military bloggers|source] – a claim the General Staff has not confirmed.
HAND:regain | wire | [Russian troops|actor1] [entered|T] [Sudzha|location] [on Thursday|time#*] as [Ukrainian units|actor1#2] [pulled back|T#2=change] towards the border, the [Russian Defence Ministry|source] [said|attr].
# ================================================================ second pass: leaders arriving in or travelling to a capital
HAND:diplo | wire | [Emmanuel Macron|actor1] [arrived in|T] [Kyiv|location] early [on Saturday|time] together with the German and British leaders, ahead of talks with [Zelensky|actor2].
HAND:diplo | headline | [Zelensky|actor1] [Arrives In|T] [Washington|location] For Talks With [Trump|actor2]
HAND:diplo | mt | [Lavrov|actor1] [will|future] [arrive|T] in [Pyongyang|location] with visit on [Friday|time], [informs|attr] the [MFA of Russia|source].
HAND:diplo | wire | [Rustem Umerov|actor1] [flew to|T] [Istanbul|location] [on Sunday|time] for a new round of talks with the [Russian delegation|actor2], his [spokesman|source] [said|attr].
HAND:diplo | telegram | ✈️ [Arrived in|T] [Warsaw|location]. Meetings with [President Nawrocki|actor2] and the government are ahead. [[Zelensky|actor1]|source]
HAND:diplo | headline | [Putin|actor1] [[To|future] Visit|T] [Beijing|location] Next Month, [Kremlin|source] [Says|attr]
# ================================================================ second pass: withdrawals told as hedged claims
HAND:change | wire | [Russian troops|actor1] are [said to be|hedge] [withdrawing|T] from positions around [Dvorichna|location], [according to|attr] [Ukrainian volunteers|source] who work in the area.
HAND:change | isw | [Ukrainian forces|actor1] [may have|hedge] [withdrawn|T] from positions east of [Siversk|location], [Russian milbloggers|source] [claimed|attr].
HAND:change | headline | [Moscow|actor1] [Reportedly|hedge] [Pulling|T] Troops Back From [Kharkiv|location] Border Area
HAND:change | wire | [There are signs|hedge] that [Russia|actor1] is [thinning out|T] its forces near [Zaporizhzhia|location], a [Western official|source] [said|attr], speaking on condition of anonymity.
# ================================================================ second pass: shelling told as a noun phrase; casualty-first headlines
HAND:shell | wire | [Artillery fire|T] on the Saltivskyi district of [Kharkiv|location] [overnight|time] wounded [three|quantity] people and set a garage on fire, [Ihor Terekhov|source] [said|attr].
HAND:shell | wire | [Russia|actor1]'s [bombardment|T] of [Nikopol|location] over the weekend damaged dozens of homes and a school, the [regional governor|source] [said|attr].
HAND:shell | headline | [Shelling|T] Of [Kherson|location]'s Dniprovskyi District: [One|fatalities] Dead – [Prokudin|source]
HAND:shell | mt | The [shelling|T] of central part of [Horlivka|location] by the [Ukrainian formations|actor1] led to the death of [two|fatalities] [civilians|actor2], [informs|attr] the [head of the city|source].
HAND:shell | headline | [Five|fatalities] [Civilians|actor2] Killed As [Russian Missile|T] Hits [Dnipro|location] Apartment Block
HAND:shell | headline | Woman Killed, [Three|quantity] Injured As [Russians|actor1] [Shell|T] [Vovchansk|location] – [Syniehubov|source]
HAND:air | headline | [Drone Strike|T] By [Ukrainian Forces|actor1] On Bus In [Horlivka|location]: [Two|fatalities] Dead
HAND:air | wire | [Seven|fatalities] people died when a Russian [guided bomb hit|T] a shop in [Borova|location] [on Saturday|time], [regional officials|source] [said|attr].
HAND:shell | mt | [Three|fatalities] residents of [Donetsk|location] died as a result of [strike|T] of the [APU|actor1] on the market in Tekstilshchik district, [reports|attr] the [mayor's office|source].
# ================================================================ second pass: strikes on the night of a date
HAND:air | official | On the [night of 22 February|time], the [enemy|actor1] [attacked|T] the [Sumy region|location] with [19|quantity] Shahed attack drones, the [Air Force|source] [reports|attr].
HAND:air | wire | [Ukrainian drones|actor1] [struck|T] an oil depot in [Tikhoretsk|location] on the [night of 5 August|time], [regional authorities|source] [said|attr], and a large fire broke out.
HAND:shell | telegram | On the [night of 14.03|time] the [rashists|actor1] [shelled|T] [Kherson|location] [27|quantity] times. One person was wounded.
# ================================================================ second pass: attacks repelled in the areas of several villages; counter-attacks
HAND:clash | official | The [Defence Forces|actor1] [stopped|T] [18|quantity] assaults near [Lyman|location+], [Torske|location+] and [Zarichne|location+] [over the past day|time], [said|attr] the [General Staff|source].
HAND:clash | mt | In the Kupiansk direction the [enemy|actor1] [conducted unsuccessful offensive actions|T] in the areas of [Synkivka|location+] and [Petropavlivka|location+], [informs|attr] the [General Staff|source].
HAND:clash | official | [Russian troops|actor1] [attacked|T] [eight|quantity] times in the areas of [Novoselivka Persha|location+], [Yevhenivka|location+] and [Ocheretyne|location+], the [General Staff|source] [said|attr].
HAND:clash | isw | [Ukrainian forces|actor1] [conducted a counterattack|T] west of [Vuhledar|location] on [October 18|time] and reportedly regained some lost positions.
HAND:clash | wire | A Ukrainian [counter-attack|T] near [Kreminna|location] pushed [Russian units|actor2] back several hundred metres, [Serhiy Haidai|source] [said|attr].
HAND:clash | headline | [Russia|source] [Says|attr] It Repelled Ukrainian [Counteroffensive|T] Near [Velyka Novosilka|location]
# ================================================================ second pass: weapons supplied by a third country (no aid event at a strike)
HAND:shell | wire | [Ukraine|actor1] [fired|T] US-supplied ATACMS missiles at a Russian airfield near [Berdiansk|location] [on Tuesday|time], destroying [nine|quantity] helicopters, the [Ukrainian General Staff|source] [said|attr].
HAND:shell | wire | [Russian forces|actor1] [struck|T] [Kharkiv|location] with a North Korean-supplied ballistic missile, the [regional prosecutor|source] [said|attr], killing [two|fatalities] people.
HAND:air | official | [Ukrainian troops|actor1] [hit|T] a Russian command post in [Oleshky|location] with French-supplied Hammer guided bombs, [reported|attr] [Operational Command South|source].
HAND:air | isw | [Russian forces|actor1] [launched|T] Iranian-designed Shahed drones against [Odesa|location] on [October 2|time], damaging port infrastructure.
# ================================================================ second pass: the wounded only (a quantity, never fatalities)
HAND:shell | wire | [Four|quantity] people were injured when [Russian artillery|actor1] [hit|T] a residential street in [Kupiansk|location] [on Tuesday|time], [Oleh Syniehubov|source] [said|attr].
HAND:air | headline | [Drone Attack|T] On [Belgorod|location]: [Seven|quantity] Wounded – [Gladkov|source]
HAND:air | telegram | [Nikopol|location]. The [enemy|actor1] [attacked|T] with FPV drones. A 60-year-old man and a 58-year-old woman were wounded.
HAND:shell | mt | As result of [shelling|T] from side of [APU|actor1] in [Shebekino|location] [three|quantity] [civilians|actor2] received injuries, [informs|attr] governor [Gladkov|source].
# ================================================================ second pass: protests and their policing
HAND:protest | wire | Outside the Russian embassy in [Vilnius|location], [about 500|quantity] [members of the Ukrainian diaspora|actor1] [held a vigil|T] [on Saturday|time], calling for the release of civilian hostages.
HAND:protest | headline | [Students|actor1] [Rally|T] In [Kyiv|location] Against Cuts To Drone Funding
HAND:protest | mt | [Residents|actor1] of [Dnipro|location] [came out to the rally|T] against the law on mobilization, [writes|attr] [Strana|source].
HAND:protest | telegram | 📢 [Kherson|location]: [women|actor1] [stood|T] with posters near the regional administration: "Return the men from captivity".
HAND:protest | wire | The slogan was the same in every city: "Freedom for the defenders". In [Odesa|location], [several hundred people|actor1] [marched|T] along the seafront, [organisers|source] [said|attr].
HAND:protest_int | wire | [Police|actor1] in [Tbilisi|location] [detained|T] [nine|quantity] [protesters|actor2] who tried to block the entrance to parliament during a rally against the "foreign agents" bill.
HAND:protest_int | headline | [Belgorod|location] [Police|actor1] [Detain|T] [Mothers|actor2] Demanding Return Of Soldiers
HAND:protest_int | telegram | ❗️[Melitopol|location]: [Rosgvardia|actor1] [dispersed|T] [women|actor2] who came to the commandant's office asking about their missing husbands. [Two|quantity] were taken away.
HAND:protest_int | mt | In [Moscow|location] on the Red Square [police|actor1] [detained|T] [two|quantity] [participants of the single picket against war|actor2], [informs|attr] [OVD-Info|source].
HAND:protest_int | isw | [Russian police|actor1] [detained|T] [at least 17|quantity] [people|actor2] at an unsanctioned rally in [Novosibirsk|location] on [January 20|time], [according to|attr] [OVD-Info|source].
HAND:excessive | headline | [Russian Troops|actor1] [Fire On|T] Pro-Ukraine Rally In [Kakhovka|location], [One|fatalities] Dead
HAND:excessive | mt | The [occupiers|actor1] [applied force|T] against [participants of the peaceful action|actor2] in [Berdiansk|location], several people are beaten, [informs|attr] [Ukrinform|source].
HAND:excessive | wire | [Police|actor1] [fired tear gas and water cannon|T] at [thousands of demonstrators|actor2] in [Tbilisi|location] [on Monday night|time], [local media|source] [reported|attr].
HAND:excessive | telegram | ⚡️ [Kherson|location]: the [occupiers|actor1] [are shooting|T] at [people|actor2] on Freedom Square! There are wounded.
HAND:mob | headline | [Crowd|actor1] [Attacks|T] Recruitment Officers In [Kharkiv Region|location] Village
HAND:mob | mt | In [Kamianets-Podilskyi|location] the [crowd|actor1] [attacked|T] the car of TCC and damaged it, [informs|attr] the [regional police|source].
HAND:mob | wire | A [mob|actor1] [set upon|T] two Roma men in a village near [Uzhhorod|location], accusing them of stealing humanitarian aid, [police|source] [said|attr].
HAND:mob | isw | [Residents|actor1] of [Nalchik|location] [reportedly|hedge] [beat|T] a military commissar who arrived to hand out summonses, [according to|attr] [local Telegram channels|source].
# ================================================================ second pass: violence against civilians
HAND:attack | wire | [Russian soldiers|actor1] [shot|T] an [elderly couple|actor2] in their car as they tried to leave [Tsupivka|location], [police|source] [said|attr].
HAND:attack | headline | [Civilians|actor2] [Executed|T] In [Stepove|location], Bodies Found In Cellar – [Prosecutors|source]
HAND:attack | mt | [Servicemen of APU|actor1] [shot|T] a [civilian|actor2] who tried to leave [Russkoye Porechnoye|location] in the Kursk region, [claims|attr] [TASS|source].
HAND:attack | official | The [occupiers|actor1] [beat and tortured|T] [14|quantity] [residents|actor2] of [Oskil|location] in a makeshift prison, the [National Police|source] [said|attr].
HAND:attack | telegram | 🔴 [Prymorske|location]: the [occupiers|actor1] [shot|T] a man at the checkpoint because he had a Ukrainian song on his phone.
HAND:abduct | wire | [Russian forces|actor1] [detained and disappeared|T] [at least 12|quantity] [residents|actor2] of [Kamianka-Dniprovska|location] in March, [Human Rights Watch|source] [said|attr].
HAND:abduct | headline | [Mayor|actor2] Of [Nova Kakhovka|location] [Abducted|T] By [Russian Military|actor1] – [Ukrainian Officials|source]
HAND:abduct | telegram | 🚨 [Velykyi Burluk|location]: the [occupiers|actor1] [kidnapped|T] [three|quantity] [volunteers|actor2] who were handing out bread. Their whereabouts are unknown.
HAND:abduct | official | [Russian servicemen|actor1] [illegally took|T] [46|quantity] [children|actor2] from the children's home in [Kherson|location] to Crimea, [said|attr] the [Ombudsman|source].
HAND:sexual | headline | [UN|source] [Says|attr] [Russian Forces|actor1] [Used Sexual Violence|T] Against [Detainees|actor2] In [Mariupol|location]
HAND:sexual | mt | The [soldiers of the Russian army|actor1] [raped|T] the [woman|actor2] in the presence of her child in [Brovary district|location], [informs|attr] the [Prosecutor's Office|source].
HAND:sexual | wire | A [woman|actor2] from [Kupiansk|location] testified that [Russian soldiers|actor1] [sexually assaulted|T] her during an interrogation, the [Office of the Prosecutor General|source] [said|attr].
HAND:sexual | official | [Russian servicemen|actor1] [committed sexual violence|T] against a [16-year-old girl|actor2] in [Ivanivka|location], Kherson region, the [regional prosecutor's office|source] [said|attr].
# ================================================================ second pass: looting, arrests, handovers
HAND:looting | wire | [Russian troops|actor1] [emptied|T] the art museum in [Kherson|location] before withdrawing, taking about [10,000|quantity] works to Crimea, [museum staff|source] [said|attr].
HAND:looting | headline | [Occupiers|actor1] [Dismantle|T] Port Cranes In [Berdiansk|location] – [Partisans|source]
HAND:looting | mt | [Militaries of RF|actor1] [took out|T] [500|quantity] tons of grain from elevators of [Melitopol district|location], [informs|attr] [Ukrinform|source].
HAND:looting | telegram | [Oleshky|location]: [Kadyrovites|actor1] [broke into|T] abandoned apartments and carried out the appliances.
HAND:arrests | headline | [SBU|actor1] [Detains|T] Russian Agent Spotting Targets In [Odesa|location]
HAND:arrests | mt | [Employees of FSB|actor1] [detained|T] in [Kursk|location] the [woman|actor2] who transmitted to Ukrainian side data about movement of military echelons, [reports|attr] [RIA Novosti|source].
HAND:arrests | wire | [Czech police|actor1] [arrested|T] a man in [Prague|location] suspected of planning to set fire to buses on the orders of Russian intelligence.
HAND:arrests | isw | [Russian authorities|actor1] [detained|T] [two|quantity] [Crimean Tatar activists|actor2] in [Bakhchysarai|location] on [March 11|time] on charges of membership in a banned group.
HAND:transfer | wire | [Russian troops|actor1] [abandoned|T] [Chornobaivka|location] without a fight, and [Ukrainian forces|actor2] took over the airfield the next day, the [regional governor|source] [said|attr].
HAND:transfer | mt | [APU|actor1] [left without fight|T] [Pobeda|location], the settlement passed under control of [Russian units|actor2], [informs|attr] [RIA Novosti|source].
HAND:transfer | headline | [Wagner|actor1] [Hands Over|T] [Soledar|location] To [Regular Army|actor2] Units
HAND:transfer | isw | [Ukrainian forces|actor1] [withdrew|T] from [Krasnohorivka|location] and [Russian forces|actor2] occupied the settlement unopposed, [according to|attr] [Ukrainian military observers|source].
HAND:transfer | telegram | 📍[Bilohorivka|location]: the [enemy|actor1] [left|T] its positions at night without a battle, our [units|actor2] took them in the morning.
# ================================================================ second pass: top-ups for the rarer sub-types
HAND:chem | wire | Ukrainian soldiers near [Kupiansk|location] were hospitalised with breathing problems after [Russian drones|actor1] [dropped gas grenades|T] on their dugout, their [commander|source] [said|attr].
HAND:chem | headline | [Russia|actor1] [Used Chloropicrin|T] Near [Avdiivka|location], [Ukraine|source] [Says|attr]
HAND:suicide | wire | [Two|fatalities] police officers died when a [suicide bomber|T] detonated a device at a checkpoint in [Nazran|location], the [regional authorities|source] [said|attr].
HAND:suicide | isw | A [suicide bombing|T] targeted a recruitment centre in [Luhansk|location] on [March 2|time], [according to|attr] [Russian sources|source].
HAND:grenade | headline | [Soldier|actor1] [Throws Grenade|T] In [Zhytomyr|location] Barracks, [Two|fatalities] Dead
HAND:grenade | telegram | ⚡️[Horlivka|location]: an [unknown person|actor1] [threw a grenade|T] at the building of the occupiers' "police". No casualties.
HAND:hq | wire | [Russia|actor1] [has established|T] a permanent naval base in [Ochamchire|location], the [Abkhaz leader|source] [said|attr], moving warships out of reach of Ukrainian drones.
HAND:hq | telegram | 📍[Enerhodar|location]: the [occupiers|actor1] [set up|T] firing positions and an ammunition store in the turbine hall of the plant.
HAND:other | wire | A [series of explosions|T] rocked the airfield at [Belbek|location] early on [Wednesday|time], [residents|source] [said|attr]; Russian officials gave no explanation.
HAND:other | headline | [Power Outage|T] Hits [Odesa|location] After Substation Fire
HAND:violent_demo | wire | [Protesters|actor1] [hurled flares at|T] police outside the parliament in [Chisinau|location] [on Sunday|time], the [police|source] [said|attr], and [seven|quantity] officers were injured.
HAND:violent_demo | headline | [Rioters|actor1] [Torch|T] Police Car In [Khasavyurt|location] During Anti-Draft Protest
HAND:agreement | headline | [Russia, Ukraine|actor1] [Swap|T] [103|quantity] Prisoners Each After UAE Mediation
HAND:agreement | wire | Under a deal brokered by Turkey, [Kyiv and Moscow|actor1] [exchanged|T] the bodies of fallen soldiers [on Friday|time]: [909|quantity] came home to Ukraine, the [Coordination Headquarters|source] [said|attr].
HAND:sanctions | headline | [EU|actor1] [Blacklists|T] [27|quantity] Shadow Fleet Tankers
HAND:sanctions | mt | [Canada|actor1] [expanded|T] the sanction list against Russia by [40|quantity] individuals, [informs|attr] the [Government of Canada|source].
HAND:threat | headline | [Medvedev|actor1] [Threatens|T] [Kyiv|actor2] With "Retaliation" After Drone Attack On Moscow
HAND:threat | wire | [Ukraine's military intelligence|actor1] [accused|T] [Russia|actor2] of mining the cooling pond of the [Zaporizhzhia|location] nuclear plant, without publishing evidence.
HAND:losses | official | The [Ministry of Defence of the Russian Federation|source] [said|attr] the [APU|actor1] [lost|T] [up to 1,500|quantity] servicemen in all directions over the past day.
HAND:losses | headline | Russian [Losses|T] Pass [1,000|quantity] A Day In [Pokrovsk|location] Direction – [Syrskyi|source]
HAND:disrupted | headline | [Moscow|location] [Air Defence|actor1] [Repels|T] Drone Attack, [Sobyanin|source] [Says|attr]
HAND:disrupted | mt | Over [Belgorod region|location] the [duty air defence means|actor1] [intercepted|T] [ten|quantity] Ukrainian UAV, [informs|attr] the [Ministry of Defence|source].
HAND:ceasefire | wire | The [Vatican|actor1] [[offered|future]|T] to host peace talks between Russia and Ukraine, [Cardinal Parolin|source] [said|attr], adding that both sides had been informed.
HAND:ceasefire | headline | [Erdogan|actor1] [[Proposes|future]|T] Black Sea Truce
# ================================================================ more hard negatives
NEG:advance_towards+hand | headline | Ukrainian Troops Push Toward Tokmak, [Kyiv|source] [Says|attr]
NEG:advance_towards+hand | wire | Russian units are advancing along the railway towards Kupiansk-Vuzlovyi, [Ukrainian officials|source] [said|attr], but the town remains in Ukrainian hands.
NEG:advance_towards+hand | isw | Russian forces are attempting to push westward towards Kurakhove along the Sukhi Yaly River.
NEG:advance_towards+hand | mt | Russian troops move forward in direction of Orikhiv, the city is prepared for defence, informs the administration.
NEG:advance_towards+hand | telegram | Enemy columns are moving in the direction of Sumy. Everyone stay in shelters.
NEG:advance_towards+hand | wire | Russian forces are within artillery range of Zaporizhzhia after advancing towards Stepnohirsk, a Ukrainian [commander|source] [said|attr].
NEG:occupied_background+hand | wire | A doctor who left occupied Nova Kakhovka said hospitals there lack even bandages.
NEG:occupied_background+hand | headline | In Occupied Crimea, Drivers Queue For Petrol For Hours
NEG:occupied_background+hand | wire | Russia is issuing passports to children in the occupied parts of the Kherson region, [Ukrainian officials|source] [say|attr].
NEG:occupied_background+hand | mt | In occupied Berdiansk the occupants opened a "university", writes the mayor in exile.
NEG:occupied_background+hand | analysis | Russian-held Melitopol is the hub of Moscow's logistics in the south.
NEG:occupied_background+hand | wire | Mobile coverage has returned to parts of the occupied Svatove district, residents say.
NEG:background_participle+hand | wire | Residents of war-torn Vovchansk have been resettled in Kharkiv over the past year.
NEG:background_participle+hand | headline | Bombed Kharkiv Printing House Reopens
NEG:background_participle+hand | wire | The recently retaken village has no house left standing, a soldier said, showing photos on his phone.
NEG:background_participle+hand | wire | Displaced from shelled Kupiansk, the family now rents a room in Poltava.
NEG:background_participle+hand | wire | Deminers have cleared 3,000 hectares of farmland around liberated Izium this year.
NEG:background_participle+hand | mt | Rebuilt after the occupation, the bridge in Irpin opened for traffic.
NEG:history+hand | history | In February 2022, Russian airborne troops landed at Hostomel airport but failed to hold it.
NEG:history+hand | history | In November 2018 Russian coast guard ships fired on Ukrainian navy boats in the Kerch Strait.
NEG:history+hand | wire | Ten years ago, a Malaysian airliner was shot down over the Donetsk region, killing all 298 people on board; relatives gathered in Amsterdam on Thursday.
NEG:history+hand | history | Russia annexed Crimea in March 2014 after a referendum held under the guns of its soldiers.
NEG:history+hand | headline | Kharkiv Remembers The First Missile Strikes Of 2022
NEG:history+hand | history | During the 2022 siege, the drama theatre in Mariupol was destroyed by a Russian bomb.
NEG:history+hand | official | Two years ago the Defence Forces liberated Kupiansk. The city had been under occupation for 200 days.
NEG:opinion+hand | opinion | Shelling hospitals is not war, it is terror, and it must be named as such.
NEG:opinion+hand | opinion | Ukraine does not need another summit; it needs shells.
NEG:opinion+hand | opinion | Talks with the Kremlin should begin only after Russian troops leave Ukrainian soil.
NEG:opinion+hand | opinion | The arrest of every Kremlin critic tells us more about Putin's fear than about his strength.
NEG:opinion+hand | wire | "Russia will never win this war," the [president|source] [said|attr] to applause in parliament.
NEG:analysis+hand | isw | The Russian military command is likely trying to set conditions for an assault on Kostiantynivka.
NEG:analysis+hand | analysis | Drones now cause most battlefield casualties, according to commanders on both sides.
NEG:analysis+hand | analysis | Sanctions have pushed Russia to import machine tools through third countries.
NEG:analysis+hand | isw | Russian forces have likely not yet accumulated enough reserves for a major offensive in the north.
NEG:analysis+hand | analysis | The fall of Vuhledar exposed the southern flank of the Pokrovsk direction.
NEG:analysis+hand | analysis | Every round of prisoner exchanges depends on Turkish and Emirati mediation.
NEG:capability+hand | wire | The F-16s can carry long-range cruise missiles, but only a few pilots are ready to fly them.
NEG:capability+hand | official | Russia's strategic forces can strike any target on the planet, the [Defence Ministry|source] [said|attr].
NEG:capability+hand | analysis | A single FPV drone can destroy a tank worth millions.
NEG:capability+hand | wire | Ukraine now produces enough drones to launch hundreds every night, the minister claimed.
NEG:capability+hand | headline | Kyiv's Air Defence Able To Stop Most Missiles, Experts Say
NEG:hypothetical+hand | wire | If the front collapsed near Pokrovsk, Russian troops could reach the Dnipropetrovsk region within weeks.
NEG:hypothetical+hand | analysis | Were Moscow to mobilise again, it could add 300,000 men to the front.
NEG:hypothetical+hand | wire | A strike on the dam would flood dozens of villages, engineers warned.
NEG:hypothetical+hand | opinion | Had the West sent tanks in 2022, Kherson might have been freed months earlier.
NEG:hypothetical+hand | mt | In the event of attack on a NATO country, the Alliance will respond, reminded the Secretary General.
NEG:question+hand | headline | Is Russia Running Out Of Tanks?
NEG:question+hand | wire | Will the new sanctions stop the shadow fleet? Few traders think so.
NEG:question+hand | telegram | Who will answer for the Kakhovka dam? The question remains open.
NEG:question+hand | headline | Could Ukraine Lose Kupiansk Again?
NEG:question+hand | opinion | Why did it take Europe three years to touch Russian assets?
NEG:prediction+hand | isw | Russian forces will likely intensify glide bomb strikes on Sumy in the coming weeks.
NEG:prediction+hand | headline | Russia Plans To Take All Of Donbas By Year End, Intelligence Says
NEG:prediction+hand | wire | Ukraine aims to push Russian troops back from the Kharkiv border this summer, a [senior officer|source] [said|attr].
NEG:prediction+hand | telegram | The enemy intends to storm Huliaipole from three sides. Our forces are ready.
NEG:prediction+hand | wire | Analysts expect Russia to try to cross the Dnipro again near Kherson before winter.
NEG:prediction+hand | analysis | The next Russian push will probably come from the north, towards Sumy and Kharkiv.
NEG:other+hand | isw | ISW has not observed confirmation of Russian claims of advances near Velyka Novosilka.
NEG:other+hand | wire | The General Staff's morning report listed no changes on the front line.
NEG:other+hand | telegram | The night in Kharkiv was calm. No explosions. Good morning, everyone.
NEG:other+hand | wire | [Ukrainian officials|source] [denied|denial] reports that the army was preparing to leave Kupiansk.
NEG:other+hand | wire | Russia's central bank kept its key rate unchanged on Friday.
NEG:other+hand | headline | Zelensky Awards Medals To Defenders Of Chasiv Yar
NEG:other+hand | wire | Volunteers raised money for 50 pickup trucks for the brigades near Pokrovsk.
NEG:other+hand | wire | A memorial to the victims of the occupation was unveiled in Bucha on Sunday.
NEG:other+hand | official | The operational situation in the east remains difficult but under control, the [General Staff|source] [said|attr].
NEG:other+hand | wire | A drone operator from an assault brigade said his unit heard about the truce proposal on the news and kept working.
# ================================================================ third pass: long ISW sentences with more than one event
HAND:clash | isw | [Russian forces|actor1] [conducted offensive operations|T] northwest of Avdiivka near [Stepove|location+] and [Berdychi|location+] on [February 20|time] without confirmed gains, while [Russian milbloggers|source#2] [claimed|attr#2] that [Russian forces|actor1#2] [captured|T#2=overtake] [Sieverne|location#2].
HAND:clash | isw | [Ukrainian troops|actor1] [launched small counterattacks|T] in the [Kreminna|location] area on [May 3|time], and [geolocated footage|source#2] published the same day [indicates|attr#2] that [Russian artillery|actor1#2] [hit|T#2=shell] a Ukrainian position near [Dibrova|location#2] with thermobaric artillery.
HAND:clash | isw | [Russian troops|actor1] [made failed ground assaults|T] towards Sloviansk near [Dovhenke|location+] and [Bohorodychne|location+] on [June 9|time], [according to|attr] the [Ukrainian General Staff|source].
HAND:overtake | isw | [Russian forces|actor1] [likely|hedge] [seized|T] [Pryvillia|location#*] on [July 2|time#*] after [Ukrainian forces|actor1#2] [withdrew|T#2=change] from the settlement, although ISW has not observed visual confirmation.
HAND:attack | isw | [Ukrainian partisans|actor1] [reportedly|hedge] [shot and killed|T] an [occupation official|actor2] in [Melitopol|location] on [June 24|time].
HAND:clash | isw | [Russian sources|source] [claimed|attr] on [October 7|time] that [Ukrainian forces|actor1] [attempted to cross|T] the Dnipro River near [Nova Kakhovka|location] and that [Russian forces|actor2] repelled the attempt.
HAND:shell | isw | [Ukrainian forces|actor1] [struck|T] a Russian S-400 air defence system near [Yevpatoria|location] on [August 23|time], and [Russian sources|source#2] [claimed|attr#2] that [air defence|actor1#2] [shot down|T#2=disrupted] [four|quantity#2] ATACMS missiles over [Crimea|location#2].
HAND:air | isw | [Ukrainian forces|actor1] [conducted a drone strike|T] against the Novoshakhtinsk oil refinery in [Rostov Oblast|location] on [July 25|time], [according to|attr] [Russian sources|source].
# ================================================================ third pass: attribution before, inside and after; quotes opened after a colon; live blogs
HAND:overtake | wire | [Russian forces|actor1] have [seized|T] [Tonenke|location] – the [Russian defence ministry|source] [says|attr] – in their push west of Avdiivka.
HAND:regain | wire | 14:05 – [Ukraine|source] [says|attr] its [forces|actor1] [have recaptured|T] [Andriivka|location], south of Bakhmut.
HAND:shell | wire | The governor's message was short: "The [enemy|actor1] [hit|T] [Chuhuiv|location] with two missiles. [One|fatalities] person is dead." [Oleh Syniehubov|source] [added|attr] that a school was damaged.
HAND:regain | wire | [Zelensky|source] [said|attr] in his nightly address: "Today our [warriors|actor1] [liberated|T] [Bilohorivka|location] in the Luhansk region."
HAND:shell | headline | [Kyiv|source]: [Russia|actor1] [Fired|T] [43|quantity] Missiles At Energy Sites Overnight
HAND:air | wire | [Ukrainian officials|source] [said|attr] [Russian drones|actor1] [hit|T] a grain terminal in [Izmail|location] on the Danube [overnight|time], the third such attack this month.
HAND:air | official | [Operational Command East|source] [informs|attr]: during the day the [enemy|actor1] [carried out|T] [23|quantity] air strikes on the positions of our troops near [Vuhledar|location+] and [Prechystivka|location+].
HAND:other | telegram | 09:12 ⚡️ [Explosions|T] in [Kyiv|location#*]. [Air defence|actor1#2] [is working|T#2=disrupted] over the left bank.
HAND:shell | wire | [Russian forces|actor1] [shelled|T] [Kherson|location] [on Sunday|time#*], killing [two|fatalities] people, while [Ukrainian troops|actor1#2] [hit|T#2] an ammunition dump in [Oleshky|location#2] across the river, [officials|source] [said|attr].
# ================================================================ third pass: denied strikes and withdrawals (events with the denial)
HAND:shell | wire | The [Russian Defence Ministry|source] [denied|denial] [striking|T] a shopping centre in [Kostiantynivka|location], saying the damage was caused by a Ukrainian air defence missile.
HAND:shell | headline | [Kyiv|source] [Denies|denial] [Shelling|T] [Donetsk|location] Market
HAND:attack | wire | [Moscow|source] [rejected|denial] accusations that its troops had [executed|T] [Ukrainian prisoners|actor2] near [Krynky|location].
HAND:change | wire | [Ukraine|source] [denied|denial] that its forces had [withdrawn|T] from [Chasiv Yar|location], contradicting the Russian Defence Ministry.
# ================================================================ third pass: the weak sub-types in longer prose
HAND:protest | wire | Chanting "Free Azov", [several thousand people|actor1] [marched|T] through central [Lviv|location] [on Sunday|time] to demand the release of prisoners of war held in Russia.
HAND:protest | official | [Residents|actor1] of [Ivano-Frankivsk|location] [held a rally|T] in support of the city's territorial defence battalion, [police|source] [said|attr], adding that public order was not violated.
HAND:protest_int | wire | [Police|actor1] in [St Petersburg|location] [detained|T] [at least 20|quantity] [people|actor2] who had come to lay flowers at a monument to victims of political repression, [OVD-Info|source] [said|attr].
HAND:protest_int | mt | [Occupants|actor1] in [Kakhovka|location] [dispersed|T] the meeting of [local residents|actor2] who came out against the "referendum", [informs|attr] [Ukrinform|source].
HAND:excessive | isw | [Russian occupation forces|actor1] [reportedly|hedge] [shot at|T] [participants of a pro-Ukrainian rally|actor2] in [Kakhovka|location] on [March 21|time], injuring [at least one|quantity] person.
HAND:excessive | official | [Police|actor1] [used batons and pepper spray|T] against [several hundred protesters|actor2] in [Tbilisi|location] overnight, the [Public Defender's Office|source] [said|attr], and dozens were hospitalised.
HAND:mob | wire | A [crowd|actor1] of about 50 people [attacked|T] a minibus carrying recruitment officers in the [Odesa region|location], smashing its windows, the [regional police|source] [said|attr].
HAND:mob | telegram | [Mukachevo|location]: [local men|actor1] [surrounded|T] TCC employees and took away a detained man. Two servicemen were injured.
HAND:attack | wire | The bodies of [five|fatalities] [men|actor2] with their hands tied were found in a forest near [Lyman|location], and investigators believe [Russian soldiers|actor1] [executed|T] them in September, [regional prosecutors|source] [said|attr].
HAND:attack | headline | [Russian Soldier|actor1] [Kills|T] [Civilian|actor2] In [Kupiansk|location] Over Car Keys, [Prosecutors|source] [Say|attr]
HAND:attack | official | On [11 May|time] near [Bilozerka|location], [servicemen of the Russian Federation|actor1] [opened fire on|T] a civilian car with automatic weapons; the driver died at the scene.
HAND:abduct | wire | Relatives of a [local journalist|actor2] from [Nova Kakhovka|location] say he was [abducted|T] by [Russian troops|actor1] in March and later turned up in a Crimean prison.
HAND:abduct | isw | [Russian forces|actor1] continue to [abduct|T] [local officials|actor2] in occupied [Zaporizhzhia Oblast|location], [according to|attr] [Ukrainian officials|source].
HAND:sexual | wire | [UN investigators|source] [said|attr] [Russian soldiers|actor1] had [raped|T] [women|actor2] aged 16 to 83 in villages of the [Kherson region|location] during the occupation.
HAND:sexual | telegram | [Prosecutors|source] [identified|attr] the [occupier|actor1] who [raped|T] a woman in [Yahidne|location], Chernihiv region, in March.
HAND:looting | wire | Before [pulling out of|T#2=change] [Kherson|location#*], [Russian forces|actor1#*] [stripped|T] the regional museum, the zoo and even park benches, [officials|source] [said|attr].
HAND:looting | official | [Retreating Russian units|actor1] [mined and blew up|T] the water pumping station in [Kakhovka|location], the [regional administration|source] [said|attr].
HAND:arrests | wire | [Ukraine's security service|actor1] [detained|T] a former monk in [Kyiv|location] who, it [says|attr], had been passing the coordinates of power plants to Russia's FSB.
HAND:arrests | headline | [Russia|actor1] [Arrests|T] French Researcher In [Moscow|location] On "Foreign Agent" Charge
HAND:arrests | wire | [Border guards|actor1] [detained|T] [11|quantity] men trying to cross into Romania near [Solotvyno|location] – the [State Border Guard Service|source] [said|attr] – hidden in a lorry carrying timber.
HAND:transfer | wire | In a rare handover without fighting, [Ukrainian troops|actor1] [withdrew|T] from [Zolote|location] on orders from command and [Russian and LPR units|actor2] moved into the empty town the following day, [Serhiy Haidai|source] [said|attr].
HAND:transfer | telegram | ⚡️ [Units of the LPR People's Militia|actor1] [handed over|T] their sector near [Svatove|location] to [regular Russian army units|actor2] and left for the rear.
HAND:regain | wire | After a two-week fight for the dacha plots south of the town, [Ukrainian troops|actor1] [recaptured|T] [Synkivka|location] and pushed the Russians back to the railway, the [Khortytsia group|source] [said|attr] on [Monday|time].
HAND:overtake | wire | [Russian troops|actor1] [finally took|T] [Vuhledar|location], a hilltop mining town that Ukraine had held since 2014, [pro-Kremlin war correspondents|source] [reported|attr].
HAND:overtake | headline | [Russia|source] [Claims|attr] [Capture|T] Of Two Villages Near [Kupiansk|location]
HAND:regain | headline | [Ukrainian Army|actor1] [Retakes|T] [Vysoke|location] Near Russian Border
HAND:clash | wire | For a third night, [Ukrainian marines|actor1] [fought|T] [Russian paratroopers|actor2] for the dachas on the left bank near [Krynky|location], [according to|attr] the [Ukrainian Navy|source], which reported [14|quantity] attacks repelled.
HAND:clash | headline | [Battles|T] For [Siversk|location] Continue, Enemy Suffers Losses – [Ukrainian General Staff|source]
HAND:clash | mt | On the Pokrovsk direction our [defenders|actor1] [repulsed|T] [29|quantity] assaults of occupiers near [Myrnohrad|location+] and [Kotlyne|location+], [informs|attr] the [General Staff|source].
HAND:air | wire | A Russian [glide bomb hit|T] a residential building in central [Zaporizhzhia|location] shortly after noon [on Tuesday|time], killing [at least three|fatalities] people and injuring [17|quantity], [Ivan Fedorov|source] [said|attr].
HAND:disrupted | wire | Of the 64 drones launched overnight, [air defences|actor1] [destroyed|T] [50|quantity] and [electronic warfare|actor1#2] [suppressed|T#2] [10|quantity#2], the [Air Force|source] [said|attr].
HAND:diplo | isw | [Zelensky|actor1] [met|T] with [Saudi Crown Prince Mohammed bin Salman|actor2] in [Jeddah|location] on [March 10|time] and discussed prisoner exchanges that Riyadh has helped to broker.
HAND:diplo | wire | [Friedrich Merz|actor1] [travelled to|T] [Kyiv|location] by train [on Saturday|time] alongside the leaders of France, Britain and Poland, his first visit as chancellor.
HAND:aid | official | [Lithuania|actor1] [has sent|T] Ukraine another batch of ammunition and [two|quantity] NASAMS launchers, the [Lithuanian Ministry of Defence|source] [reported|attr].
HAND:aid | headline | [Germany|actor1] [Delivers|T] Patriot System To Ukraine – [Pistorius|source]
HAND:ceasefire | wire | [Kyiv|actor1] [[put forward|future]|T] a plan for an "all for all" exchange of prisoners and a halt to long-range strikes, [Ukrainian negotiators|source] [said|attr].
HAND:agreement | mt | [Russia and Ukraine|actor1] [conducted|T] the exchange of prisoners in the format [84|quantity] for 84, [informs|attr] the [Ministry of Defence of RF|source].
HAND:sanctions | wire | [Britain|actor1] [imposed sanctions on|T] [11|quantity] officials involved in the deportation of Ukrainian children, the [Foreign Office|source] [said|attr] [on Tuesday|time].
HAND:threat | wire | [Peskov|actor1] [warned|T] [Europe|actor2]: any use of frozen Russian assets "will not go unanswered".
HAND:losses | official | The [Russian Defence Ministry|source] [claimed|attr] that [Ukraine|actor1] [lost|T] [more than 430|quantity] servicemen in the [Kursk region|location] over the past day, along with [three|quantity] tanks.
HAND:hq | isw | [Russian forces|actor1] are [reportedly|hedge] [establishing|T] a logistics hub in [Tokmak|location], [according to|attr] [Ukrainian partisans|source].
HAND:other | wire | A [large fire|T] broke out at an army warehouse in [Kstovo|location] [overnight|time]; the cause is unknown, [local media|source] [said|attr].
HAND:chem | wire | [Ukrainian soldiers|source] [told|attr] AFP that [Russian troops|actor1] [regularly drop|T] tear-gas grenades on their trenches near [Toretsk|location].
HAND:ied | official | On the [night of 3 October|time], an [explosive device|T] went off under the car of a Russian officer in [Melitopol|location], [Ukraine's military intelligence|source] [reported|attr].
# ================================================================ third pass: hard negatives with the same words
NEG:history+hand | wire | Two years after the strike on a pizzeria in Kramatorsk, the owners have reopened it a block away.
NEG:analysis+hand | isw | ISW has long judged that a quick Russian capture of Kurakhove is unlikely.
NEG:question+hand | wire | Asked whether Ukraine would pull out of Pokrovsk, the commander said: "Not today."
NEG:prediction+hand | wire | The Kremlin said it had no plans to strike the government quarter in Kyiv, calling the reports fiction.
NEG:hypothetical+hand | headline | Explainer: What The Capture Of Toretsk Would Mean For Russia
NEG:opinion+hand | opinion | The liberation of Kherson remains the model of how Ukraine can win.
NEG:prediction+hand | wire | Residents fear that Russian troops will come back to Kupiansk.
NEG:analysis+hand | analysis | Air defence has become a race of numbers, and interceptors are running short.
NEG:other+hand | telegram | Reminder: during an air raid alert go to a shelter and do not film the work of air defence!
NEG:analysis+hand | wire | Moscow has repeatedly threatened to target Western arms shipments, but has so far not done so.
NEG:other+hand | wire | Ukraine's grain exports rose by 12 percent in October.
NEG:question+hand | opinion | Will the protests in Tbilisi change anything at all?
NEG:hypothetical+hand | analysis | If the protests spread to other cities, the government might not survive the winter.
NEG:analysis+hand | analysis | Protests against mobilisation remain rare in Russia's big cities.
NEG:history+hand | history | The Maidan protests of 2014 ended with more than a hundred people dead.
NEG:opinion+hand | opinion | Arresting grandmothers for holding blank signs shows a regime afraid of its own people.
NEG:capability+hand | analysis | Rosgvardia can deploy tens of thousands of riot police within hours.
NEG:other+hand | wire | Zelensky's approval rating fell to 52 percent, a new poll showed.
NEG:analysis+hand | analysis | Sexual violence remains heavily under-reported in the occupied territories, investigators say.
NEG:analysis+hand | analysis | Looting has become a recognisable feature of Russian retreats.
NEG:history+hand | history | In April 2022 the world learned of the killings in Bucha.
NEG:other+hand | wire | The UN has verified more than 12,000 civilian deaths since February 2022.
NEG:hypothetical+hand | wire | Any handover of the nuclear plant to Ukraine would need to be supervised by the IAEA.
NEG:opinion+hand | opinion | Prisoner exchanges should not depend on the Kremlin's mood.
NEG:other+hand | wire | Schools in Kharkiv will hold lessons underground again this year.
NEG:capability+hand | wire | A Russian battalion can lose half its men in a single assault and still be sent forward, a Ukrainian officer said.
NEG:prediction+hand | isw | Russian forces may attempt to exploit the Ukrainian withdrawal from Vuhledar in the coming days.
NEG:occupied_background+hand | wire | Women from Russian-occupied villages near Kherson described the checkpoints they crossed every week.
NEG:background_participle+hand | wire | The shelled-out school in Orikhiv now teaches children online from a basement.
NEG:advance_towards+hand | isw | Russian troops keep trying to push towards Huliaipole from its eastern side, yet have not entered the town.
# ================================================================ fourth pass: agency and Title Case headlines, casualty first
HAND:shell | headline | [Two|fatalities] Killed, [Six|quantity] Wounded In Russian [Shelling|T] Of [Orikhiv|location] – [Regional Governor|source]
HAND:shell | headline | [Civilian|actor2] Killed As [Ukrainian Forces|actor1] [Shell|T] [Horlivka|location] – [DPR Mission|source]
HAND:air | headline | [Enemy|actor1] [Drone|T] Hits Car In [Beryslav District|location], Driver Killed
HAND:shell | headline | [Kharkiv|location]: [Missile Strike|T] On Industrial Facility, [One|fatalities] Dead – [Terekhov|source]
HAND:shell | headline | [Three|fatalities] Dead After [Russian Troops|actor1] [Fire|T] Cluster Munitions At [Kostiantynivka|location]
HAND:shell | headline | [Ukrainian Army|actor1] [Shells|T] [Kadiivka|location]: [Two|fatalities] [Civilians|actor2] Dead – [LPR|source]
HAND:shell | headline | Russian [Missile|T] Hits [Odesa|location] Port: [Two|fatalities] Dead, [Eight|quantity] Injured
HAND:shell | wire | A 43-year-old man was killed and his wife wounded when [Russian forces|actor1] [shelled|T] the village of [Vilkhuvatka|location] in the Kupiansk district [on Monday|time], the [regional prosecutor's office|source] [said|attr].
HAND:ied | headline | [Car Bomb|T] Kills Russian Officer In Occupied [Melitopol|location] – [Fedorov|source]
HAND:shell | mt | The [Ukrainian military|actor1] [inflicted|T] a HIMARS strike on [Nova Kakhovka|location], [two|fatalities] [civilians|actor2] died, [informs|attr] the [head of the administration Leontyev|source].
HAND:shell | mt | The [Ukrainian side|actor1] [fired|T] at the village [Tyotkino|location] of Kursk region from mortars, [informs|attr] the governor [Starovoit|source].
HAND:shell | headline | [Shelling|T] Of [Belgorod Region|location] Village Kills [One|fatalities] – [Gladkov|source]
HAND:shell | official | Following [shelling|T] of the Kalininskyi district of [Horlivka|location] by the [Ukrainian army|actor1], [two|fatalities] [civilians|actor2] were killed, [reports|attr] the [mayor|source].
HAND:air | telegram | 🔴 [Kurakhove|location]. The [enemy|actor1] [dropped|T] an aerial bomb on a high-rise. [2|fatalities] killed, [5|quantity] injured, rescuers are working.
HAND:air | headline | [Ukraine|actor1] [Launched|T] [25|quantity] Drones At [Kursk Region|location] Overnight – [Governor|source]
HAND:clash | wire | [Ukrainian troops|actor1] [repelled|T] a Russian attempt to storm [Vovchansk|location] from the north, the [Ukrainian military|source] [said|attr], adding that [three|quantity] tanks were destroyed.
HAND:shell | wire | [Russia|actor1] [pounded|T] Ukraine's power grid [overnight|time] with [more than 100|quantity] missiles and drones, hitting substations in [Lviv|location+], [Ivano-Frankivsk|location+] and [Dnipro|location+], [Ukrenergo|source] [said|attr].
# ================================================================ fourth pass: territory, withdrawals, diplomacy and the rest
HAND:overtake | headline | [Ukraine|source] [Confirms|attr] [Loss Of|T] [Vuhledar|location]
HAND:overtake | official | The [Russian Defence Ministry|source] [announced|attr] the [liberation|T] of [Novoselivka|location] in the Kupiansk direction by units of the [Zapad group of forces|actor1].
HAND:regain | wire | The Ukrainian flag is flying again over [Vilkhuvatka|location]: [border guards|actor1] [cleared|T] the village of Russian troops [on Wednesday|time], the [State Border Guard Service|source] [said|attr].
HAND:overtake | wire | [Russia's defence ministry|source] [said|attr] [on Sunday|time] that its [forces|actor1] had [taken|T] [Pishchane|location] in the Kharkiv region.
HAND:change | wire | [Ukrainian troops|actor1] have [pulled back|T] from the centre of [Toretsk|location] to the western outskirts, a [brigade spokeswoman|source] [told|attr] Suspilne.
HAND:change | headline | [Russia|actor1] [Appears To Be|hedge] [Moving|T] Troops From [Kaliningrad|location] To The Front
HAND:diplo | wire | [Ukrainian and Russian delegations|actor1] [met|T] in [Istanbul|location] for just over an hour [on Friday|time], the [Turkish foreign ministry|source] [said|attr].
HAND:diplo | official | The [Head of State|actor1] [held a meeting|T] with [US Special Envoy Keith Kellogg|actor2] in [Kyiv|location].
HAND:diplo | wire | [Zelensky|actor1] [is due to|future] [meet|T] [NATO Secretary General Mark Rutte|actor2] in [Brussels|location] [on Thursday|time], his [office|source] [said|attr].
HAND:aid | wire | [Denmark|actor1] [[will|future] finance|T] the production of Bohdana howitzers in Ukraine for a second year, the [Danish defence ministry|source] [said|attr].
HAND:protest | headline | [Hundreds|actor1] [Rally|T] In [Kharkiv|location] Against Corruption In Army Procurement
HAND:abduct | telegram | ⚡️ [Berdiansk|location]: the [FSB|actor1] [took away|T] a [17-year-old boy|actor2] from school. His mother does not know where he is being held.
HAND:attack | wire | [Russian soldiers|actor1] [shot dead|T] [three|fatalities] [men|actor2] who were trying to cross the Dnipro by boat near [Kozatske|location], the [regional police|source] [said|attr].
HAND:arrests | official | [Counterintelligence officers of the SBU|actor1] [detained|T] in [Kropyvnytskyi|location] an FSB agent who was preparing a terrorist attack at the railway station.
HAND:looting | wire | [Russian forces|actor1] [blew up|T] a bridge over the Siverskyi Donets near [Bohorodychne|location] as they retreated, [Ukrainian officials|source] [said|attr].
# ================================================================ fourth pass: hard negatives
NEG:prediction+hand | headline | Shelling To Resume? Residents Of Nikopol Brace For Another Night
NEG:background_participle+hand | wire | The village, shelled almost daily since spring, has no residents left under 60.
NEG:prediction+hand | wire | Russia will not stop at Donbas, Zelensky warned in an interview.
NEG:analysis+hand | headline | Why Russia Keeps Striking Odesa's Ports
NEG:history+hand | history | In October 2022, Russia launched its first mass missile strike on Ukraine's energy grid.
NEG:other+hand | wire | Prosecutors have opened 140,000 war crimes cases since the start of the invasion.
NEG:other+hand | isw | Russian forces have made no significant gains near Kupiansk since early November.
NEG:occupied_background+hand | wire | The occupied town of Nova Kakhovka has had no running water since the dam was destroyed in 2023.
NEG:analysis+hand | wire | North Korean shells now make up a large share of Russia's artillery ammunition, according to Ukrainian intelligence.
NEG:question+hand | wire | Is a Russian offensive on Zaporizhzhia coming? Officials disagree.
NEG:opinion+hand | opinion | Europe must stop calling every Russian advance "limited".
NEG:hypothetical+hand | analysis | If Kupiansk fell, the whole Oskil line would be at risk.
"""
