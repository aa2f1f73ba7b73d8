# ruff: noqa: E501
"""English passages written one by one for this project (third set): the errors the reader still
made on real prose, each taught with positives and hard negatives that use the same words.

- Forces moved, redeployed, regrouped, rotated out to rest, reinforcements sent from one sector to
  another: `Change to group/activity` (no event when the move is only assessed or foreseen), never
  `Military aid`, which is one state or body giving weapons, money or equipment to another.
- An analyst's or institute's own work ("we assess", "this report covers", "the map shows", "ISW
  has updated its assessment") is no event: not Sanctions, not Agreement, not Diplomatic contact.
- Section headings, objective lines and bullet labels ("Main effort – ...", "objective: encircle
  ...", "Key takeaways") are no events though they hold capture verbs.
- Modality in long wire sentences: a party's claim is `reported` with its source (before, after or
  inside the clause), a hedge `alleged`, a denial `denied`, a plan, threat or proposal `planned`,
  the article's own plain statement `asserted`; several events per passage tied with `#n`.

Each `HAND:<key>` line is one example, rendered as written; hard negatives are `NEG:<kind>+hand`
lines (syntax: engine.py). Nothing here was copied or paraphrased from any text in ../shared.
"""

EN = r"""
# ================================================================ forces moved: Change to group/activity, not aid
HAND:change | isw | The [Russian command|actor1] has [transferred|T] a battalion of the 810th marine brigade from the [Kherson|location] direction to the Kursk border area, [according to|attr] a [Ukrainian military observer|source].
HAND:change | wire | [Ukraine|actor1] has [moved|T] several brigades from the south to reinforce [Pokrovsk|location], two [Ukrainian officers|source] [said|attr] on Wednesday, weakening the line along the Dnipro.
HAND:change | wire | The [42nd Motor Rifle Division|actor1] was [pulled off the line|T] near [Robotyne|location] to rest and refit after weeks of heavy losses, a [Ukrainian spokesman|source] [said|attr].
HAND:change | isw | [Russian forces|actor1] [likely|hedge] [redeployed|T] several airborne regiments from [Kherson Oblast|location] to the Kupiansk direction in late summer.
HAND:change | headline | [Russia|actor1] [Shifts|T] Reserves From [Zaporizhzhia|location] To Donetsk Front – [Kyiv|source]
HAND:change | telegram | ⚡️ The [enemy|actor1] is [regrouping|T] near [Vuhledar|location]: columns of armour are coming from Volnovakha. Our scouts see them every night.
HAND:change | official | Units of the [Dnipro group of forces|actor1] [have been rotated|T] out of the [Krynky|location] bridgehead and replaced with fresh marines, the [group's spokesman|source] [said|attr].
HAND:change | wire | [Belarus|actor1] has [sent|T] a mechanised battalion to the area of [Gomel|location], near the Ukrainian border, for what [Minsk|source] [called|attr] a snap readiness check.
HAND:change | mt | The [command of the occupiers|actor1] [transfers|T] additional assault units to the [Kurakhove|location] direction from the Vuhledar direction, [informs|attr] the [spokesman of the operational-strategic group|source].
HAND:change | wire | [Russian forces|actor1] have [reinforced|T] their grouping near [Vovchansk|location] with [two|quantity] regiments taken from reserve, the [Ukrainian General Staff|source] [said|attr], adding that attacks there had intensified.
HAND:change | isw | [Geolocated footage|source] [indicates|attr] that [Russian forces|actor1] have [moved|T] artillery and air defence systems away from the coast near [Skadovsk|location] following Ukrainian strikes.
HAND:change | headline | [Ukraine|actor1] [Withdraws|T] Brigade From [Bakhmut|location] Flank For Rest And Refit
HAND:change | wire | The [Wagner|actor1] units [left|T] their field camps near [Luhansk|location] and drove north in long columns, [residents|source] [said|attr].
HAND:change | wire | [Moscow|actor1] has [relocated|T] most of its Black Sea Fleet landing ships from [Sevastopol|location] to ports farther east, [satellite imagery|source] [shows|attr], a change the navy has not acknowledged.
HAND:change | official | In order to strengthen the defence, the [command|actor1] [has moved|T] additional units to the [Kupiansk|location] sector, [reports|attr] [Ukraine's General Staff|source].
HAND:change | isw | A [Russian milblogger|source] [claimed|attr] on [June 5|time] that the [Russian military command|actor1] [withdrew|T] a naval infantry unit from [Vuhledar|location] to restore its combat capability.
HAND:change | wire | [Kyiv|actor1] [pulled|T] its last mechanised reserves back from [Kursk region|location] this week to shore up the defence of Pokrovsk, a senior [officer|source] [told|attr] the BBC.
HAND:change | telegram | [Orikhiv|location] direction: the [occupiers|actor1] are [bringing up|T] fresh reserves and ammunition. An assault is likely in the coming days. [Voloshyn|source]
HAND:change | wire | [Russian troops|actor1] are [reportedly|hedge] [moving|T] artillery from the left bank of the Dnipro towards [Melitopol|location], [according to|attr] [local partisans|source].
HAND:change | mt | In [Belgorod region|location] [arrived|T] additional [units of Rosgvardia|actor1] for strengthening of the border, [informs|attr] the [regional administration|source].
HAND:change | headline | [Two|quantity] [Russian|actor1] Brigades [Redeployed|T] From [Kherson|location] Axis, [Ukrainian Navy|source] [Says|attr]
HAND:change | wire | The [3rd Assault Brigade|actor1] has been [transferred|T] to the [Kharkiv|location] direction, the [unit|source] [said|attr] in a statement, months after leaving Avdiivka.
HAND:change | isw | [Russian forces|actor1] [appear to have|hedge] [concentrated|T] a significant grouping near [Pokrovsk|location] by drawing units from quieter sectors of the front.
HAND:change | wire | [Ukrainian border guards|actor1] have [taken over|T] positions along the border near [Sumy|location] from an army brigade that was sent east, a [Border Guard Service spokesman|source] [said|attr].
HAND:change | official | The [Defence Ministry|actor1] has completed the [rotation|T] of the contingent in [Transnistria|location], the [ministry's press service|source] [reported|attr].
HAND:change | wire | [North Korean troops|actor1] have been [moved|T] from training grounds in the Far East to [Kursk region|location], [South Korea's spy agency|source] [said|attr].
HAND:change | telegram | 🔁 Rotation: our [brigade|actor1] [handed over|T] the positions near [Siversk|location] and is going to rest. Thank you to everyone who supported us.
HAND:change | wire | [Russia|actor1] [has begun pulling|T] aircraft from the [Belbek|location] air base in Crimea after a series of Ukrainian drone strikes, [Ukrainian military intelligence|source] [said|attr].
HAND:change | isw | [Russian sources|source] [claimed|attr] on [October 3|time] that [Ukrainian forces|actor1] had [withdrawn|T] units from [Krynky|location] to the right bank of the Dnipro.
HAND:change | headline | [Russian|actor1] Fleet [Moves|T] Submarines Out Of [Novorossiysk|location] After Drone Attacks
# ------------------------------------------------ real military aid next to moved forces
HAND:aid | wire | [Poland|actor1] has [handed over|T] its last MiG-29 jets to Ukraine, the [Polish defence ministry|source#1] [said|attr#1], while [Ukrainian units|actor1#2] were [moved|T#2=change] to the north.
HAND:aid | wire | The [European Union|actor1] [transferred|T] [1.5 billion euros|quantity] from the proceeds of frozen Russian assets to buy weapons for Ukraine, [Brussels|source] [said|attr].
HAND:aid | headline | [Finland|actor1] [Sends|T] Its 25th Defence Package To Kyiv
HAND:aid | official | [Estonia|actor1] [has delivered|T] another shipment of 155 mm artillery ammunition to Ukraine's army, the [Estonian Ministry of Defence|source] [announced|attr].
HAND:aid | wire | [Iran|actor1] has [reportedly|hedge] [supplied|T] Russia with hundreds of short-range ballistic missiles, [according to|attr] [European intelligence officials|source].
HAND:aid | mt | [Czech Republic|actor1] [transferred|T] to Ukraine the next batch of shells within the framework of ammunition initiative, [informs|attr] the [ministry of defence of Czech Republic|source].
HAND:aid | wire | [North Korea|actor1] has [shipped|T] millions of artillery shells to Russia by rail, [Seoul|source] [said|attr].
# ------------------------------------------------ hard negatives: moves only assessed, planned or foreseen; aid words without aid
NEG:prediction+hand | isw | Russian forces will likely redeploy elements of the 20th Army to the Kupiansk direction once the fighting near Lyman eases.
NEG:prediction+hand | wire | Ukraine may have to move reserves from the south to hold Pokrovsk, analysts warn.
NEG:analysis+hand | isw | ISW assesses that the Russian command cannot transfer more forces to Kursk without weakening its offensive in Donetsk Oblast.
NEG:hypothetical+hand | analysis | If Moscow pulls its airborne units back from Zaporizhzhia, the southern front could thin out dangerously.
NEG:analysis+hand | analysis | The transfer of brigades between sectors takes weeks, and the Russian command rarely commits fresh reserves piecemeal.
NEG:other+hand | wire | A convoy carrying food and medicine for front-line villages left Dnipro on Tuesday, the charity said.
NEG:capability+hand | analysis | Russia can move a division from the Far East to the Ukrainian border in about ten days by rail.
NEG:prediction+hand | wire | The brigade expects to be rotated out of Chasiv Yar before winter, one of its officers said.
NEG:analysis+hand | isw | Russian forces may be regrouping near Siversk, but ISW has not observed confirmation of this.
NEG:question+hand | wire | Where will Russia find the troops for a new offensive? Officials in Kyiv have several answers.
NEG:history+hand | history | In November 2022 Russia moved most of its units across the Dnipro in a few nights, leaving the right bank empty.
# ================================================================ the analyst's own work is no event
NEG:analysis+hand | isw | ISW has updated its Kursk Oblast assessment to reflect new reporting on Russian advances.
NEG:analysis+hand | isw | We assess that sanctions on Russian oil have not yet limited Moscow's ability to finance the war.
NEG:analysis+hand | isw | This report covers events between March 3 and March 5 and does not include claims made after 2 pm ET.
NEG:analysis+hand | isw | The accompanying map shows assessed Russian advances and claimed Ukrainian counterattacks since the start of the month.
NEG:analysis+hand | analysis | Our team has revised its earlier estimate of Russian losses around Avdiivka upwards.
NEG:analysis+hand | isw | ISW will continue to monitor reports of a possible ceasefire agreement and update this assessment accordingly.
NEG:other+hand | isw | Note: ISW does not receive classified material from any government and relies on open sources.
NEG:analysis+hand | analysis | The institute's latest assessment, published on Friday, argues that talks between Moscow and Washington are unlikely before spring.
NEG:analysis+hand | isw | We previously assessed that Russian forces would attempt to encircle Kupiansk from the north.
NEG:other+hand | isw | The map above reflects the information available as of 3 pm local time on May 14.
NEG:analysis+hand | analysis | In this briefing we look at how Western sanctions are reshaping Russia's defence industry.
NEG:analysis+hand | isw | ISW is not yet able to assess whether the agreement on the Black Sea will hold.
NEG:other+hand | wire | The Kyiv School of Economics published an updated estimate of war damage to Ukrainian infrastructure on Thursday.
NEG:analysis+hand | isw | The Critical Threats team has updated its tracking of Russian diplomatic contacts with African states.
NEG:analysis+hand | analysis | According to the institute's calculations, new sanctions packages have had diminishing effect since 2023.
NEG:other+hand | isw | Click here to read the latest campaign assessment, updated daily with interactive maps.
NEG:analysis+hand | isw | We have adjusted our assessment of the control of terrain near Toretsk after reviewing new combat footage.
NEG:analysis+hand | analysis | The analysis below tracks meetings between Russian and Chinese officials over the past year.
NEG:other+hand | wire | The Kiel Institute updated its database of pledges to Ukraine on Wednesday, counting commitments through August.
NEG:analysis+hand | isw | ISW's assessment of the Russian order of battle near Kharkiv remains unchanged.
NEG:analysis+hand | analysis | This paper examines whether a negotiated settlement is possible without security guarantees.
NEG:other+hand | isw | Authors: analysts of the Russia team. Data cut-off for this product: 11:00 am ET.
# ================================================================ headings, objective lines and bullet labels are no events
NEG:other+hand | isw | Main effort – Eastern Ukraine (objective: encircle Ukrainian troops in Donetsk Oblast and capture the entire oblast)
NEG:other+hand | isw | Supporting effort #2 – Southern axis (objective: hold the land bridge and keep Ukrainian guns away from the Azov coast)
NEG:other+hand | isw | Key takeaways
NEG:other+hand | isw | Russian objective: seize the remainder of Luhansk Oblast and advance on Sloviansk.
NEG:other+hand | isw | Ukrainian counteroffensives (Ukrainian efforts to liberate territory)
NEG:other+hand | isw | Russian subordinate main effort #1 – Kharkiv City (objective: push Ukrainian forces back from the border)
NEG:other+hand | isw | Objective: capture Pokrovsk and cut the supply road to Kostiantynivka
NEG:other+hand | isw | Occupied territories (Russian objective: tighten its grip on the seized districts)
NEG:other+hand | isw | Russian mobilisation and force generation efforts
NEG:other+hand | headline | Live: Russian Offensive Near Kupiansk, Day 14
NEG:other+hand | isw | Supporting effort – Kherson and Zaporizhia directions (Russian objective: defend against Ukrainian counterattacks)
NEG:other+hand | isw | Ukrainian defensive operations in the Kursk salient
NEG:other+hand | telegram | 📍 MAP OF THE DAY: who controls what around Chasiv Yar
NEG:other+hand | isw | Russian efforts to capture Vuhledar and the surrounding heights
NEG:other+hand | analysis | Section 3: Shelling and air strikes on energy infrastructure
NEG:other+hand | isw | Key inflections in ongoing military operations on December 2:
NEG:other+hand | headline | Timeline: The Battle For Avdiivka, From First Assault To Withdrawal
NEG:other+hand | isw | Russian goal: encircle and seize Kurakhove before winter sets in
NEG:other+hand | isw | Western military aid and Russian sanctions evasion (no significant updates)
NEG:other+hand | analysis | Chapter two: Mariupol falls, Azovstal holds out
NEG:other+hand | isw | Russian information operations and narratives
NEG:other+hand | telegram | 🗓 Summary for the week: strikes, assaults, exchanges — everything in one post
NEG:other+hand | isw | Russian main effort: attack toward Siversk and Kramatorsk from the east
NEG:other+hand | isw | Ukrainian partisan activity in occupied southern Ukraine
# ================================================================ modality in long wire sentences, several events each
HAND:overtake | wire | [Russian forces|actor1#1] have [captured|T] [Novohrodivka|location#*] in Donetsk region, the [Russian Defence Ministry|source#1] [said|attr#1] on Tuesday, a claim [Ukraine's General Staff|source#2] [disputed|attr#2], saying its [troops|actor1#2] were still [fighting|T#2=clash] on the town's eastern edge.
HAND:shell | wire | [Ukrainian artillery|actor1] [shelled|T] [Horlivka|location] overnight, [according to|attr#1] the city's [Russian-installed mayor|source#1], while in the north [Russian troops|actor1#2] [probably|hedge#2] [struck|T#2] a school in [Kupiansk|location#2] with a guided bomb.
HAND:diplo | wire | [Rustem Umerov|actor1] [met|T] [US envoys|actor2] in [Jeddah|location] [on Monday|time], his [office|source#1] [said|attr#1], and the two sides [will|future#2] [hold|T#2=diplo] a second round of talks in Riyadh next week.
HAND:air | wire | [Russia|actor1] [launched|T] [more than 60|quantity] drones at [Kyiv|location] overnight, and [a further strike|T#2] on [Bila Tserkva|location#2] [reportedly|hedge#2] damaged a power substation, [local media|source#2] [said|attr#2].
HAND:clash | wire | [Ukrainian troops|actor1] [repelled|T] [six|quantity] assaults near [Huliaipole|location] on Friday, [said|attr#1] a [spokesman for the southern command|source#*], who [dismissed reports that|denial#2] the [Russians|actor1#2] had [entered|T#2=overtake] the town's eastern districts.
HAND:ceasefire | wire | [Moscow|actor1] [[proposed|future#1]|T] a three-day truce around the nuclear plant at [Enerhodar|location], the [Kremlin|source#1] [said|attr#1], as [Russian drones|actor1#2] [attacked|T#2=air] [Nikopol|location#2] across the river.
HAND:shell | wire | [At least four|fatalities] people were killed when [missiles hit|T] a residential block in [Dnipro|location] on Thursday, and [Russia's Defence Ministry|source#2] [claimed|attr#2] its [forces|actor1#2] had [destroyed|T#2=shell] a Ukrainian ammunition depot in [Pavlohrad|location#2].
HAND:regain | wire | [Ukrainian forces|actor1] have [likely|hedge#1] [retaken|T] positions west of [Robotyne|location], [according to|attr#1] [geolocated video|source#1], but [Russian bloggers|source#2] [insisted|attr#2] their [troops|actor1#2] had [repelled|T#2=clash] the attack.
HAND:arrests | wire | The [SBU|actor1] [detained|T] [two|quantity] men in [Odesa|location] [suspected|hedge#2] of [setting fire|T#2=looting] to military vehicles on orders from Russian handlers, the [service|source#1] [said|attr#1] on Wednesday.
HAND:threat | wire | [Lukashenko|actor1] [threatened|T] to deploy more troops to the border with [Ukraine|actor2], [Belarusian state media|source] [reported|attr], while the [Ukrainian border service|source#2] [said|attr#2] it had seen no new Belarusian units near [Mozyr|#0].
HAND:overtake | wire | [Russian troops|actor1] [may have|hedge] [seized|T] the village of [Vodiane|location], [Ukrainian military bloggers|source] [said|attr], though the brigade defending it [has not confirmed|#0] the loss.
HAND:change | wire | [Ukraine's army|actor1] [withdrew|T] from [Ocheretyne|location] "to preserve personnel", a [commander|source] [said|attr] on Sunday, adding that [Russian aircraft|actor1#2] had [dropped|T#2=air] dozens of glide bombs on the village before the pullback.
HAND:shell | headline | [Ukraine|source#1] [Says|attr#1] [Russia|actor1] [Shelled|T] [Kherson|location] Hospital; [Moscow|source#2] [Denies|denial#2] [Targeting|T#2] [Civilians|actor2#2]
HAND:agreement | wire | [Russia and Ukraine|actor1] [exchanged|T] [95|quantity] prisoners each [on Friday|time], [both sides|source#1] [said|attr#1], and the [UAE|actor1#2] [[will|future#2] mediate|T#2=diplo] the next swap, an [Emirati official|source#2] [added|attr#2].
HAND:air | wire | A [Russian drone|T] [apparently|hedge#1] hit a car in [Kherson|location] on Tuesday, killing [one|fatalities] man, while in [Zaporizhzhia|location#2] a [guided bomb|T#2] damaged [three|quantity#2] apartment blocks, the [regional governor|source#2] [said|attr#2].
HAND:sanctions | wire | [Japan|actor1] [imposed|T] new sanctions on Russian banks [on Friday|time], the [government|source#1] [said|attr#1], and [Canada|actor1#2] [[is expected to|future#2] follow|T#2=sanctions] next week.
HAND:clash | isw | [Russian forces|actor1] [attacked|T] near [Terny|location] on [May 9|time], and [some Russian milbloggers|source#2] [claimed|attr#2] that [Russian forces|actor1#2] [advanced|T#2=overtake] into [Yampolivka|location#2], though ISW has [not observed|#0] confirmation.
HAND:shell | wire | [Ukraine|actor1] [fired|T] [four|quantity] ATACMS missiles at an airfield near [Luhansk|location] overnight, a [Ukrainian military source|source#1] [told|attr#1] Reuters; [[Russia|actor1#2]|source#2] [said|attr#2] it [intercepted|T#2=disrupted] all of them.
HAND:attack | wire | [Russian soldiers|actor1] [allegedly|hedge] [shot|T] [two|fatalities] [civilians|actor2] at a checkpoint near [Vovchansk|location], Ukrainian [prosecutors|source] [said|attr]; the [Kremlin|source#0] did not comment.
HAND:diplo | wire | [Recep Tayyip Erdogan|actor1#*] [spoke by phone|T] with [Vladimir Putin|actor2] [on Sunday|time], [Ankara|source] [said|attr], and [[offered|future#2]|T#2=ceasefire] again to host direct peace talks in Istanbul.
HAND:overtake | headline | [Russia|source#1] [Claims|attr#1] [Capture|T] Of [Kurakhove|location]; [Kyiv|source#2] [Says|attr#2] [Fighting|T#2=clash] Continues In Town
HAND:disrupted | wire | Air defence [shot down|T] [38|quantity] of the drones over [Kyiv region|location], the [air force|source] [said|attr], and [Russia|actor1#2] [reportedly|hedge#2] [used|T#2=air] jet-powered Shaheds in the raid on [Kyiv|location#2], a first.
HAND:looting | wire | [Russian troops|actor1] [blew up|T] a dam on the Vovcha river near [Kurakhove|location], [Ukrainian officials|source#1] [claimed|attr#1], flooding trenches downstream; [Moscow|source#2] [has denied|denial#2] [destroying|T#2] it.
HAND:threat | wire | [Medvedev|actor1] [warned|T] that Russia could strike Kyiv "with everything it has" if Ukraine attacked Crimea again, writing on Telegram.
HAND:clash | official | Over the past day [Russian troops|actor1] [attacked|T] [37|quantity] times in the [Pokrovsk|location] direction, and our units [destroyed|T#2=losses] [four|quantity#2] tanks, [reports|attr] the [General Staff|source].
HAND:abduct | wire | [Russian forces|actor1] have [reportedly|hedge] [detained|T] [three|quantity] teachers in [Melitopol|location] who refused to follow the Russian curriculum, the [exiled mayor|source] [said|attr]; [occupation officials|source#0] [denied|#0] any arrests.
HAND:overtake | wire | The [fall|T] of [Avdiivka|location] to [Russian forces|actor1] in February – [confirmed|attr#1] by [Kyiv|source#1] – opened the way west, and [Russian troops|actor1#2] are now [believed|hedge#2] to be [fighting|T#2=clash] inside [Ocheretyne|location#2].
# ================================================================ the same words, no event
NEG:other+hand | wire | Ukrainian officials dismissed reports that the army was about to abandon Huliaipole as Russian propaganda.
NEG:hypothetical+hand | wire | Should Russia capture Kurakhove, the road to Zaporizhzhia region would be open, the analyst said.
NEG:analysis+hand | isw | ISW assesses that Russian claims of capturing Novomykhailivka are likely premature.
NEG:question+hand | headline | Has Russia Really Taken Vuhledar? What We Know
NEG:prediction+hand | wire | Talks with Washington are not on the agenda for now, the Kremlin said.
NEG:opinion+hand | opinion | A ceasefire without guarantees is a pause for rearmament, not peace.
# ================================================================ second pass: reinforcements sent between sectors (change, not aid)
HAND:change | wire | [Kyiv|actor1] has [sent reinforcements|T] to [Kurakhove|location] from the Vuhledar sector, where fighting has eased, a [Ukrainian officer|source] [told|attr] AFP by phone.
HAND:change | isw | The [Russian military command|actor1] [reportedly|hedge] [sent|T] [two|quantity] motorised rifle regiments from the Zaporizhzhia front to reinforce the grouping near [Toretsk|location].
HAND:change | headline | [Ukraine|actor1] [Rushes|T] Reserves To [Sumy|location] Border As Russian Troops Mass
HAND:change | official | [Additional units|actor1] of the National Guard [have been deployed|T] to the [Chernihiv|location] direction to strengthen the border, the [Ministry of Internal Affairs|source] [said|attr].
HAND:change | wire | The [Russian army|actor1] [moved|T] a battalion of T-90 tanks by rail from Crimea to the [Pokrovsk|location] axis last week, [according to|attr] a [Ukrainian partisan group|source] that tracks trains.
HAND:change | telegram | ⚡️ [Enemy|actor1] [transferring|T] airborne units from Kherson direction to [Kursk|location]. Watch the left bank — it may be a feint. [Pletenchuk|source]
HAND:change | mt | [Russian occupation forces|actor1] [redeploy|T] the personnel of the 205th brigade from the islands of Dnipro to the area of [Oleshky|location], [informs|attr] the [spokesman of Defence forces of the South|source].
HAND:change | wire | After three months in the trenches near [Chasiv Yar|location], the [brigade|actor1] was [sent back|T] to a training area in western Ukraine for replenishment, its [commander|source] [said|attr].
HAND:change | isw | [Ukrainian forces|actor1] [likely|hedge] [withdrew|T] from their last positions in [Krynky|location] in mid-July, [based on|attr] [geolocated footage|source] and statements by Ukrainian marines.
HAND:change | wire | [Russia|actor1] [has massed|T] [about 50,000|quantity] troops near [Kursk|location] for a counteroffensive, [Zelensky|source] [said|attr] on Monday, adding that North Korean soldiers were among them.
HAND:change | headline | [Russian|actor1] Airborne Units [Pulled From|T] [Kherson|location] Front, [Ukrainian Navy|source] [Says|attr]
HAND:change | wire | The [Azov brigade|actor1] has [taken up|T] positions near [Toretsk|location] after being moved from the Kreminna forest, [local officials|source] [said|attr].
HAND:change | official | According to the decision of the command, the [brigade|actor1] [was withdrawn|T] from the [Avdiivka|location] direction to restore combat capability, [said|attr] the [press officer of the brigade|source].
HAND:change | wire | [Russian forces|actor1] are [rotating|T] units out of the [Kreminna|location] forest more often than before, [said|attr] a [Ukrainian sergeant|source] who has fought there for a year, "because they are running out of men".
HAND:change | isw | A [prominent milblogger|source] [claimed|attr] that the [Russian command|actor1] had [redeployed|T] elements of the 76th Air Assault Division from [Kursk Oblast|location] back to the Zaporizhzhia front.
# ------------------------------------------------ aid with the same verbs
HAND:aid | wire | [Germany|actor1] [sent|T] [two|quantity] more Patriot launchers to Ukraine, the [defence ministry|source] [said|attr] on Friday, days after Kyiv moved its own air defence units to protect Odesa.
HAND:aid | headline | [UK|actor1] [Transfers|T] [£2.26 Billion|quantity] Loan For Ukrainian Weapons
HAND:aid | wire | [Belarus|actor1] has [supplied|T] Russia with artillery shells from its own stocks, [according to|attr] [Ukrainian intelligence|source], but Minsk has denied sending troops.
HAND:aid | wire | The [Netherlands|actor1] will [[deliver|future]|T] the remaining F-16s to Ukraine before December, [Dutch defence minister|source] [said|attr], though the first squadron has already been deployed near the front.
HAND:aid | official | [Sweden|actor1] [allocates|T] its 18th military support package to Ukraine, including air surveillance aircraft, [informs|attr] the [Swedish government|source].
# ------------------------------------------------ negatives: redeployment words, no move reported
NEG:analysis+hand | isw | ISW cannot independently confirm reports that Russian forces redeployed units from Kherson Oblast to Kursk Oblast.
NEG:prediction+hand | wire | Russia is expected to transfer more troops to Kursk once the ground freezes, a Western official said.
NEG:capability+hand | analysis | Ukraine's railways let Kyiv shift a brigade from the south to the east faster than Russia can move its reserves.
NEG:hypothetical+hand | wire | If Russia withdraws its naval infantry from the Dnipro islands, Ukrainian boats could move more freely, the spokesman said.
NEG:opinion+hand | opinion | Moving brigades from one fire to the next is no substitute for new ones.
NEG:other+hand | wire | The defence ministry said it would not comment on troop movements for security reasons.
NEG:question+hand | headline | Why Is Russia Moving Troops Away From Zaporizhzhia?
NEG:analysis+hand | analysis | Rotations have become rarer on both sides as infantry shortages grow.
NEG:history+hand | history | In spring 2022 Russia regrouped its forces after the retreat from Kyiv and shifted its main effort to Donbas.
NEG:other+hand | wire | Soldiers due for rotation staged a small protest in Kyiv on Saturday demanding fixed terms of service.
# ================================================================ second pass: analysts' work, reports and maps (no event)
NEG:analysis+hand | isw | We assess with moderate confidence that the Kremlin is preparing the information space for a new mobilisation wave.
NEG:analysis+hand | isw | This update focuses on the Kharkiv axis; other directions will be covered in tomorrow's report.
NEG:analysis+hand | analysis | The graph below shows the number of Shahed drones launched per month since September 2022.
NEG:analysis+hand | isw | ISW previously reported on Russian efforts to recruit migrants into the armed forces.
NEG:analysis+hand | analysis | Our dataset counts 1,200 shelling incidents in Kherson region between January and June.
NEG:analysis+hand | isw | ISW has revised its map of the Kupiansk direction after new footage from the Synkivka area.
NEG:other+hand | wire | The think tank said on Tuesday that its daily assessments would now include North Korean deployments.
NEG:analysis+hand | analysis | We found no evidence in open sources that a prisoner exchange agreement had been reached.
NEG:analysis+hand | analysis | The report, which covers talks held in 2022 and 2023, concludes that both sides used negotiations to buy time.
NEG:analysis+hand | isw | ISW is not publishing a full assessment today and will resume its usual coverage on Monday.
NEG:analysis+hand | analysis | Our assessment of new sanctions on Russian shipping is set out in the annex.
NEG:analysis+hand | isw | We continue to assess that Russian forces lack the reserves to exploit their gains near Pokrovsk.
NEG:analysis+hand | analysis | The institute's researchers compiled every diplomatic visit to Moscow since 2022 into a single timeline.
NEG:other+hand | telegram | 📊 Our analytics team has prepared a new map. Red — Russian control, blue — contested areas. Subscribe!
NEG:analysis+hand | isw | ISW's current assessment is that Ukraine still holds the northern part of Chasiv Yar.
NEG:analysis+hand | analysis | The assessment published today covers Russian agreements with Iran and North Korea on drones and shells.
# ================================================================ second pass: headings, bullets and captions (no event)
NEG:other+hand | isw | Ukrainian operations in Russia (Kursk and Belgorod oblasts)
NEG:other+hand | isw | Supporting effort #3 – Zaporizhzhia front (objective: retake Robotyne and push toward Orikhiv)
NEG:other+hand | isw | Main effort – Pokrovsk direction (objective: seize Pokrovsk and Myrnohrad and advance to the Dnipropetrovsk oblast border)
NEG:other+hand | analysis | What we know so far:
NEG:other+hand | isw | Russian objective: capture Chasiv Yar and secure the heights before attacking Kostiantynivka
NEG:other+hand | headline | Russia-Ukraine War Day 812: Key Events
NEG:other+hand | telegram | ❗️ Main things at this hour:
NEG:other+hand | isw | Image caption: Satellite view of the destroyed bridge near Kurakhove, October 12.
NEG:other+hand | isw | Russian technological adaptations
NEG:other+hand | analysis | Part 2. The strikes on energy: who, where and with what
NEG:other+hand | headline | Map: Where Russian Forces Have Advanced This Week
NEG:other+hand | isw | Russian subordinate main effort #2 – Kupiansk axis (objective: push to the Oskil river and take Kupiansk)
NEG:other+hand | isw | Significant activity in Belarus (Belarusian objective: avoid direct involvement)
NEG:other+hand | analysis | Key judgements: 1) Russian forces will keep attacking near Toretsk; 2) Ukraine will hold Pokrovsk through the winter.
# ================================================================ second pass: modality, one event, the source in different places
HAND:overtake | wire | [According to|attr] the [Russian Defence Ministry|source], which gave no evidence, [its troops|actor1] have [taken control of|T] [Petropavlivka|location] near Kupiansk.
HAND:overtake | wire | [Russian forces|actor1], the [Kremlin|source] [claimed|attr] on Thursday, have [seized|T] [Krasnohorivka|location], a town west of Donetsk city.
HAND:shell | wire | [Ukraine|actor1] [likely|hedge] [struck|T] an ammunition depot in [Toropets|location] overnight, a series of large explosions caught on video suggests.
HAND:shell | wire | The [Russian Defence Ministry|source] [rejected claims that|denial] its [forces|actor1] had [fired|T] on the Zaporizhzhia nuclear plant at [Enerhodar|location], blaming Ukrainian drones instead.
HAND:air | wire | A [Ukrainian drone|T] [may have|hedge] caused the fire at the oil refinery in [Tuapse|location], [local officials|source] [said|attr], though they stopped short of blaming Kyiv.
HAND:clash | wire | [Russian troops|actor1] are [believed|hedge] to be [fighting|T] on the outskirts of [Kurakhove|location], but [Ukraine's army|source#9] [says|attr#9] the town is still under its control.
HAND:regain | wire | [Ukrainian troops|actor1] have [retaken|T] [Kamianske|location] on the Zaporizhzhia front, a [brigade spokesman|source] [said|attr] in a video address, a claim Moscow has not commented on.
HAND:diplo | wire | [Sergei Lavrov|actor1] is [set to|future] [travel|T] to [Ankara|location] next week for talks with his Turkish counterpart, [Russian state media|source] [reported|attr].
HAND:threat | wire | [Dmitry Peskov|actor1] [accused|T] [Kyiv|actor2] of preparing a "provocation" at the nuclear plant in [Enerhodar|location], without offering evidence.
HAND:ceasefire | wire | [Ukraine|actor1] [[proposed|future]|T] a halt to strikes on energy facilities during the winter, [Foreign Minister Andrii Sybiha|source] [told|attr] reporters in Brussels.
HAND:shell | wire | [Russia|source] [denied|denial] that its [forces|actor1] had [fired|T] the missile that hit a children's hospital in [Kyiv|location], saying debris from a Ukrainian interceptor was to blame.
HAND:losses | wire | [Ukraine|actor1] [lost|T] [more than 1,000|quantity] soldiers in the [Kursk region|location] over the past day, the [Russian Defence Ministry|source] [claimed|attr], a figure Kyiv called fiction.
HAND:arrests | wire | [Russian police|actor1] [probably|hedge] [detained|T] [dozens of|quantity] people at an anti-war gathering in [Yekaterinburg|location], [OVD-Info|source] [said|attr], citing lawyers.
HAND:overtake | isw | [Russian forces|actor1] [recently|#0] [seized|T] [Zhuravka|location], [according to|attr] [geolocated footage|source] published on [March 9|time].
HAND:agreement | wire | [Russia and Ukraine|actor1] have [agreed|T] to return [1,200|quantity] prisoners each, [Turkey's foreign minister|source] [said|attr], [though|#0] the date of the swap [remains unclear|#0].
HAND:abduct | wire | [Occupation authorities|actor1] in [Kakhovka|location] have [allegedly|hedge] [deported|T] [40|quantity] children to Russia, Ukraine's [ombudsman|source] [said|attr]; [Moscow|source#0] [calls|#0] it evacuation.
HAND:shell | headline | [Russia|actor1] [Hits|T] [Odesa|location] Port With Ballistic Missile, [Kyiv|source] [Says|attr]
HAND:shell | headline | [Ukraine|source] [Denies|denial] [Shelling|T] Town In [Kursk Region|location] Near Nuclear Plant
HAND:overtake | headline | [Russia|actor1] [Likely|hedge] [Took|T] [Selydove|location] Days Ago, [Analysts Say|attr]
HAND:regain | headline | [Ukrainian|actor1] Troops [Recapture|T] Two Villages Near [Kharkiv|location], [General Staff|source] [Says|attr]
HAND:diplo | headline | [Zelensky|actor1] [[To|future] Meet|T] [Trump|actor2] In [Washington|location] On Friday – [Office|source]
# ================================================================ second pass: several events, modality mixed
HAND:air | wire | [Russian drones|actor1] [hit|T] an energy facility in [Odesa|location] overnight, [said|attr#1] [Governor Oleh Kiper|source#1]; [Ukraine|actor1#2] in turn [reportedly|hedge#2] [struck|T#2] an oil depot in [Krasnodar|location#2], [local Telegram channels|source#2] [said|attr#2].
HAND:overtake | wire | [Moscow|source#1] [says|attr#1] its [troops|actor1#1] have [taken|T] [Memryk|location#1] and are [pressing on|#0] towards Novohrodivka; [Kyiv|source#2] [rejected|denial#2] the claim that the village had [fallen|T#2].
HAND:diplo | wire | [Macron|actor1] [hosted|T] [Zelensky|actor2] in [Paris|location] on Thursday, and the two leaders [[will|future#2] travel|T#2] together to [Berlin|location#2] next week, the [Elysee|source] [said|attr].
HAND:shell | wire | [Ukrainian artillery|actor1] [shelled|T] [Vasylivka|location] on Tuesday, the [occupation administration|source#1] [claimed|attr#1], and [three|quantity#2] [civilians|actor2#2] were [probably|hedge#2] [wounded|#0] when a [mine|T#2=ied] exploded near [Tokmak|location#2].
HAND:sanctions | wire | [Britain|actor1] [sanctioned|T] [six|quantity] tankers of Russia's shadow fleet on Monday, and [Brussels|actor1#2] is [preparing|future#2] a [new package|T#2=sanctions] that [EU diplomats|source#2] [said|attr#2] could be agreed by June.
HAND:change | wire | [Russian troops|actor1] [abandoned|T] positions on the [Dnipro|#0] islands near [Kherson|location] last week, [according to|attr#1] the [Ukrainian Navy|source#1], and [Ukrainian marines|actor1#2] [entered|T#2=regain] [Velykyi Potomkin|location#2] island on Monday, the [navy|source#2] [added|attr#2].
HAND:aid | wire | [Washington|actor1] [approved|T] a new [$300 million|quantity] weapons package for Ukraine, and [Moscow|actor1#2] [threatened|T#2=threat] to retaliate against any state that lets Kyiv fire long-range missiles into Russia, [state news agency TASS|source#2] [reported|attr#2].
HAND:clash | official | [Seven|quantity] [combat clashes|T] took place near [Siversk|location] over the past day, [according to|attr] the [General Staff|source]; the [enemy|actor1#2] also [launched|T#2=air] [86|quantity#2] kamikaze drones, [most of them|#0] over the [south|#0].
# ================================================================ third pass: the weakest sub-types on the test split
# ------------------------------------------------ protests: peaceful, broken up, excessive force, violent, mob
HAND:protest | wire | [Several hundred|quantity] [relatives of missing soldiers|actor1] [rallied|T] on Independence Square in [Kyiv|location] [on Sunday|time], demanding news of their sons and husbands; the gathering ended peacefully.
HAND:protest | headline | [Students|actor1] [March|T] In [Lviv|location] Against Cuts To University Deferments
HAND:protest | telegram | [Odesa|location], Deribasivska. A quiet [picket|T] by [families of prisoners of war|actor1]: posters, no speeches, police watching from a distance.
HAND:protest | mt | In [Tbilisi|location] [thousands|actor1] of citizens [came out to action|T] against the law on foreign agents, [informs|attr] [Interpressnews|source].
HAND:protest_int | wire | [Police|actor1] [dispersed|T] a small anti-war picket in [Novosibirsk|location] within minutes and took [four|quantity] [participants|actor2] to the station, [OVD-Info|source] [said|attr].
HAND:protest_int | mt | On the square in [Kazan|location] [employees of police|actor1] [detained|T] [women|actor2] who came with posters against the sending of their men to the front, [informs|attr] [SOTA|source].
HAND:protest_int | headline | [Riot Police|actor1] [Detain|T] [Dozens|quantity] At Rally In [Tbilisi|location]
HAND:excessive | wire | [Police|actor1] [fired tear gas and water cannon at|T] [protesters|actor2] outside parliament in [Tbilisi|location] [overnight|time], injuring [at least 20|quantity], the [health ministry|source] [said|attr].
HAND:excessive | telegram | 🔴 [Nova Kakhovka|location]: the [occupiers|actor1] [fired|T] at [people|actor2] who came out with Ukrainian flags. [Two|quantity] wounded, one seriously. Our people, hold on.
HAND:excessive | mt | [Riot police|actor1] [beat|T] [participants of peaceful action|actor2] with clubs on the central square of [Makhachkala|location], several people were hospitalised, [reports|attr] the [human rights center|source].
HAND:violent_demo | wire | [Protesters|actor1] [set fire to|T] a military enlistment office in [Uryupinsk|location] [overnight|time] and smashed its windows, [local police|source] [said|attr].
HAND:violent_demo | headline | [Rioters|actor1] [Clash With|T] [Police|actor2] Outside Enlistment Office In [Nalchik|location]
HAND:violent_demo | mt | In [Makhachkala|location] [crowd of protesters|actor1] [blocked the highway and threw stones|T] in police, [informs|attr] [Caucasian Knot|source].
HAND:violent_demo | isw | [Protesters|actor1] [reportedly|hedge] [attacked|T] a police car during an anti-mobilisation demonstration in [Yakutsk|location] on [September 25|time].
HAND:mob | wire | A [crowd|actor1] [beat|T] a man they accused of being a draft officer in [Odesa|location] [on Friday|time] before police arrived, a [video|source] circulating online [showed|attr].
HAND:mob | headline | [Mob|actor1] [Storms|T] Airport In [Makhachkala|location] Hunting For Passengers From Israel
HAND:mob | telegram | ⚡️ [Kharkiv|location]: a [crowd|actor1] [attacked|T] [two men|actor2] suspected of spotting for Russian artillery. Police took them away. [Two|quantity] hospitalised.
HAND:mob | mt | In [Dnipro|location] [group of locals|actor1] [beat up|T] [employees of recruitment center|actor2], who tried to detain the man on the street, [informs|attr] the [regional police|source].
NEG:analysis+hand | analysis | Protests over mobilisation flare up every autumn and die down within weeks.
NEG:history+hand | history | The 2020 protests in Minsk were met with thousands of arrests.
NEG:prediction+hand | wire | Opposition groups have called for a rally in Tbilisi on Saturday, and the interior ministry warned it would not tolerate disorder.
NEG:hypothetical+hand | opinion | If the police had fired on the crowd, the protests would have grown much larger.
NEG:other+hand | wire | A court in Moscow fined an activist 30,000 roubles for a post calling for a protest.
# ------------------------------------------------ agreements, and agreement words with no agreement
HAND:agreement | wire | [Ukraine and the United States|actor1] [signed|T] an agreement on joint development of mineral resources in [Washington|location] [on Wednesday|time], [both governments|source] [said|attr].
HAND:agreement | headline | [Russia, Ukraine|actor1] [Swap|T] Bodies Of Fallen Soldiers – [Coordination HQ|source]
HAND:agreement | official | [Ukraine and Denmark|actor1] [concluded|T] a ten-year security agreement in [Kyiv|location], the [Office of the President|source] [reported|attr].
HAND:agreement | wire | [Moscow and Kyiv|actor1] [handed over|T] [246|quantity] prisoners of war each in an exchange mediated by the UAE, the [Russian Defence Ministry|source] [said|attr] on Saturday.
HAND:agreement | mt | [Ukraine and Poland|actor1] [agreed|T] about the joint exhumation of victims of Volyn tragedy, [informs|attr] the [MFA of Poland|source].
HAND:agreement | wire | [Kyiv and Moscow|actor1] [have agreed|T] to return a group of children taken to Russia, [Qatar|source], which brokered the deal, [said|attr].
HAND:agreement | telegram | 🇺🇦 Another [exchange|T]! [115|quantity] defenders are home. Thank you to everyone who helped. [Coordination Headquarters|source]
NEG:prediction+hand | wire | Officials said a prisoner exchange could happen before the holidays if Moscow agrees to the lists.
NEG:analysis+hand | analysis | Every agreement signed since 2022 has left the question of occupied territory open.
NEG:question+hand | headline | Will The Minerals Deal Survive The Next Election?
NEG:other+hand | wire | The talks ended without an agreement, and no date was set for a new round.
# ------------------------------------------------ diplomatic contact, and the many things that are not one
HAND:diplo | wire | [Andrii Yermak|actor1] [held talks|T] with [Chinese envoy Li Hui|actor2] in [Kyiv|location] on Tuesday about food security and prisoner returns, his [office|source] [said|attr].
HAND:diplo | headline | [Sybiha|actor1] [Meets|T] [Fidan|actor2] In [Antalya|location] On Sidelines Of Forum
HAND:diplo | mt | [Minister of foreign affairs of Hungary|actor1] [had telephone conversation|T] with [Lavrov|actor2], during which discussed energy supplies, [informs|attr] the [MFA of Hungary|source].
HAND:diplo | official | The [President|actor1] [received|T] the credentials of [eight|quantity] new ambassadors in [Kyiv|location], the [Office of the President|source] [said|attr].
NEG:other+hand | wire | The Kremlin said Putin had no plans to speak with Zelensky and saw no reason for a meeting.
NEG:analysis+hand | analysis | Meetings between Ukrainian and Chinese officials remain rare and mostly symbolic.
NEG:other+hand | wire | Ukraine's foreign minister said in an interview that he was open to talks with anyone who respects Ukraine's borders.
NEG:history+hand | history | The last time Putin and Zelensky met face to face was in Paris in December 2019.
NEG:question+hand | wire | Reporters asked the spokesman whether Lavrov would meet the US Secretary of State in Riyadh; he declined to answer.
NEG:other+hand | wire | The ambassador gave an interview to a local newspaper about the state of relations between the two countries.
NEG:opinion+hand | opinion | Endless phone calls with the Kremlin have achieved nothing but photo opportunities.
NEG:other+hand | wire | The summit in Brussels was postponed for security reasons, officials said, without giving a new date.
# ------------------------------------------------ headquarters and bases
HAND:hq | wire | [Russian forces|actor1] have [set up|T] a command post in the basement of a school in occupied [Vasylivka|location], [according to|attr] [local residents|source] who fled last month.
HAND:hq | isw | [Russian forces|actor1] [reportedly|hedge] [established|T] a drone operators' base in a former agricultural college near [Oleshky|location].
HAND:hq | headline | [Russia|actor1] [Opens|T] Naval Base In [Ochamchire|location], Abkhazia
HAND:hq | mt | [Occupiers|actor1] [placed|T] headquarters in the building of the village council in [Kamianka-Dniprovska|location], [informs|attr] the [National Resistance Center|source].
# ------------------------------------------------ sexual violence, attacks on civilians
HAND:sexual | wire | A [Russian soldier|actor1] has been charged in absentia with [raping|T] a [woman|actor2] in a village near [Izium|location] during the occupation, the [Prosecutor General's Office|source] [said|attr].
HAND:sexual | official | [Investigators|source] have [documented|attr] [13|quantity] cases of [sexual violence|T] by [Russian servicemen|actor1] against [civilians|actor2] in the [Kherson region|location] during the occupation.
HAND:attack | wire | [Russian soldiers|actor1] [executed|T] [two|fatalities] unarmed [Ukrainian prisoners|actor2] near [Pokrovsk|location], Ukraine's [human rights ombudsman|source] [said|attr], citing drone footage.
HAND:attack | headline | [Occupiers|actor1] [Shoot|T] [Civilian|actor2] At Checkpoint Near [Melitopol|location] – [Fedorov|source]
HAND:attack | telegram | 🔴 [Kherson district|location]: a [Russian drone operator|actor1] [chased and killed|T] a [man on a bicycle|actor2]. [Prokudin|source]
NEG:other+hand | wire | Prosecutors opened a case after the body of a man was found in a forest near Bucha; the cause of death is being established.
NEG:analysis+hand | analysis | Attacks on civilians by drone operators have become a daily pattern along the Dnipro.
# ------------------------------------------------ territory and clashes, told in the analysts' way
HAND:overtake | isw | [Russian forces|actor1] [captured|T] [Solodke|location] in western Donetsk Oblast, [according to|attr] [geolocated footage|source] published on [December 2|time].
HAND:overtake | headline | [Ukraine|source] [Admits|attr] [Russians|actor1] Have [Taken|T] [Kurakhove|location] Power Plant
HAND:clash | isw | [Russian forces|actor1] [continued offensive operations|T] near [Toretsk|location] on [December 1|time] but did not advance.
HAND:clash | wire | [Fierce battles|T] are under way for every house in [Vovchansk|location], the [commander of a Ukrainian battalion|source] [told|attr] a local TV channel.
NEG:analysis+hand | isw | Russian forces will likely keep attacking near Toretsk in the coming weeks, but ISW has seen no sign of a breakthrough.
NEG:other+hand | isw | There were no confirmed changes to the front line today.
NEG:other+hand | wire | Ukraine's General Staff publishes a list of Russian losses every morning; today's figures were not yet available.
# ================================================================ fourth pass: more of the weakest (protests, sexual violence, air strikes)
HAND:protest_int | wire | [Occupation police|actor1] [broke up|T] a gathering of [pensioners|actor2] demanding their Ukrainian pensions in [Skadovsk|location] and detained [two|quantity] organisers, [Ukrainian officials|source] [said|attr].
HAND:protest_int | official | [Police officers|actor1] [stopped|T] an unauthorised rally near the regional administration in [Belgorod|location] and drew up reports on [11|quantity] [participants|actor2], the [regional police|source] [said|attr].
HAND:protest_int | telegram | ⚡️ [Yerevan|location]: [police|actor1] are [detaining|T] [protesters|actor2] blocking the avenue in front of the government building. Dozens taken away already.
HAND:excessive | wire | [Security forces|actor1] [beat|T] [protesters|actor2] with truncheons and fired rubber bullets in central [Tbilisi|location] [on Saturday night|time], [Georgia's ombudsman|source] [said|attr], calling it disproportionate.
HAND:excessive | headline | [Police|actor1] [Pepper-Spray|T] [Soldiers' Wives|actor2] At [Moscow|location] Protest
HAND:violent_demo | wire | [Hundreds of|quantity] [protesters|actor1] [stormed|T] the local administration building in [Nalchik|location] and fought with police, [Caucasian Knot|source] [reported|attr].
HAND:violent_demo | telegram | ❗️ [Makhachkala|location]: [protesters|actor1] [overturned|T] a police car and threw bottles at the riot police. The crowd is still on the square.
HAND:mob | wire | [Villagers|actor1] [attacked|T] a [group of mobilisation officers|actor2] in [Zakarpattia region|location] and freed a man they had detained, [local police|source] [said|attr].
HAND:mob | official | In [Chernivtsi|location], a [group of citizens|actor1] [assaulted|T] [servicemen of the recruitment centre|actor2] during a document check; [two|quantity] servicemen were injured, the [regional police|source] [reported|attr].
NEG:other+hand | wire | A peaceful rally in support of prisoners of war is planned for Sunday in Kyiv, its organisers said.
NEG:opinion+hand | opinion | Police violence against protesters in Tbilisi has only strengthened the movement.
NEG:analysis+hand | analysis | Recruitment officers in western Ukraine increasingly face hostility from local residents.
HAND:sexual | wire | [Two|quantity] [women|actor2] from [Kupiansk district|location] told investigators that [Russian soldiers|actor1] had [raped|T] them during the occupation, the [regional prosecutor's office|source] [said|attr].
HAND:sexual | headline | [Russian Servicemen|actor1] [Sexually Abused|T] [Ukrainian POWs|actor2], [UN Report|source] [Says|attr]
NEG:analysis+hand | analysis | Survivors of sexual violence often wait years before speaking to investigators.
NEG:other+hand | wire | A hotline for survivors of sexual violence in the liberated areas has received more than 300 calls since it opened.
HAND:air | isw | [Russian forces|actor1] conducted a [combined missile and drone strike|T] against [Lviv|location+] and [Ternopil|location+] overnight, targeting energy infrastructure, the [Ukrainian Air Force|source] [reported|attr].
HAND:air | wire | A Russian [glide bomb struck|T] a residential area in [Kharkiv|location] [on Sunday afternoon|time], wounding [at least 25|quantity] people, [Governor Syniehubov|source] [said|attr].
HAND:air | headline | [Ukrainian Drones|actor1] [Hit|T] Refinery In [Saratov|location]; [Fire|#0] Reported
HAND:air | mt | [Enemy|actor1] [attacked|T] with UAVs the critical infrastructure of [Sumy region|location], there is damage, without victims, [informs|attr] the [regional military administration|source].
NEG:capability+hand | analysis | Russia can now produce more than 2,500 Shahed-type drones a month, Ukrainian intelligence estimates.
NEG:prediction+hand | wire | Officials warned residents to expect another massive drone attack on Kyiv before the weekend.
NEG:background_participle+hand | wire | Repairs began on Monday at the Kharkiv printing house hit by a missile last spring.
NEG:other+hand | telegram | ⚠️ Air raid alert in Kyiv and the region. Shaheds are moving from the south. Stay in shelters!
"""
