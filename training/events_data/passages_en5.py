# ruff: noqa: E501
"""English passages written one by one for this project (fifth set): the casualty-first report, and a
plan next to a fact.

1. Casualty-first headlines and briefs: the toll comes first and the attack follows as a noun or a
   clause ("Death toll from strike on X rises to N", "N killed as missiles hit X", "X: two dead after
   shelling"), often with the source after a dash. The heads trained on the fourth set read fewer of
   them than the earlier heads. The attack word is the trigger (a weapon that is the subject of the
   strike verb is marked with the verb, README "Annotation conventions"); the toll is `fatalities`,
   the wounded `quantity`; a source after a dash or colon is `source` with no cue.
2. A proposal and a fact in one sentence: a future or proposal cue belongs to the proposal's trigger
   only (`#1`); the aid resumed, the talks held or the strike carried out in the same sentence keep the
   modality of their own words (`asserted`, or `reported` through the sentence's source).
Keys carry `+toll` and `+beside` so they form their own groups and leave the earlier passages' split.
"""

EN = """
HAND:shell+toll | headline | Death toll from [shelling|T] of [Kurakhove|location] rises to [four|fatalities] – [regional governor|source]
HAND:shell+toll | headline | Death toll from [Russian|actor1] [strike|T] on [Chernihiv|location] climbs to [17|fatalities]
HAND:shell+toll | headline | Toll from [missile strike|T] on [Odesa|location] apartment block rises to [at least 12|fatalities]
HAND:shell+toll | headline | [Five|fatalities] killed as [Russian|actor1] [missiles hit|T] [Zaporizhzhia|location]
HAND:shell+toll | headline | [Three|fatalities] killed as [rockets hit|T] central [Kramatorsk|location] – [police|source]
HAND:shell+toll | headline | [Two|fatalities] dead as [shells hit|T] market in [Kostiantynivka|location]
HAND:shell+toll | headline | [Kupiansk|location]: [two|fatalities] dead after [shelling|T]
HAND:shell+toll | headline | [Nikopol|location]: [one|fatalities] dead, [four|quantity] wounded in overnight [artillery fire|T]
HAND:shell+toll | headline | [Bilozerka|location]: [elderly woman|fatalities] killed by [Russian|actor1] [shelling|T] – [regional administration|source]
HAND:shell+toll | headline | [Four|fatalities] [civilians|actor2] killed in [shelling|T] of [Toretsk|location], [governor|source] [says|attr]
HAND:shell+toll | headline | [Six|fatalities] [civilians|actor2] killed in [Russian|actor1] [shelling|T] of [Vovchansk|location]
HAND:shell+toll | headline | [Three|fatalities] [civilians|actor2] killed in [Ukrainian|actor1] [shelling|T] of [Horlivka|location] – [Russian-installed mayor|source]
HAND:shell+toll | headline | [At least eight|fatalities] dead after [missile strike|T] on [Dnipro|location] high-rise
HAND:shell+toll | headline | [Man|fatalities] killed, [two|quantity] hurt as [artillery shells hit|T] [Beryslav|location]
HAND:shell+toll | headline | Number of dead after [rocket attack|T] on [Kharkiv|location] rises to [nine|fatalities] – [mayor|source]
HAND:shell+toll | headline | [Kherson|location] death toll rises to [three|fatalities] after [Russian|actor1] [shelling|T] of city centre
HAND:shell+toll | headline | [Mykolaiv|location] [shelling|T] kills [two|fatalities], wounds [seven|quantity]
HAND:shell+toll | headline | [One|fatalities] dead, [five|quantity] injured in [mortar attack|T] on [Vuhledar|location]
HAND:shell+toll | headline | [Civilian|actor2] killed in [Russian|actor1] [artillery strike|T] on [Orikhiv|location]
HAND:shell+toll | headline | [Two|fatalities] [rescuers|actor2] killed in [double-tap strike|T] on [Kharkiv|location]
HAND:shell+toll | wire | The death toll from [Tuesday|time]'s [missile strike|T] on a shopping street in [Kryvyi Rih|location] has risen to [11|fatalities], the [head of the city's military administration|source] [said|attr].
HAND:shell+toll | wire | [Two|fatalities] people were killed and [four|quantity] wounded when [shells hit|T] a residential district of [Kherson|location] [on Sunday|time], the [regional administration|source] [said|attr].
HAND:shell+toll | wire | [Three|fatalities] people died after [Russian|actor1] [artillery struck|T] the village of [Stepnohirsk|location] [overnight|time], [officials|source] [said|attr].
HAND:shell+toll | wire | The number of people killed in the [Russian|actor1] [missile attack|T] on [Poltava|location] [on Wednesday|time] rose to [51|fatalities], the [regional governor|source] [said|attr].
HAND:shell+toll | wire | [At least seven|fatalities] people were killed as [Russian|actor1] [rockets slammed into|T] the centre of [Kramatorsk|location] [on Thursday evening|time], [police|source] [said|attr].
HAND:shell+toll | wire | [A 62-year-old man|fatalities] was killed in [Ukrainian|actor1] [shelling|T] of the Kirovskyi district of [Donetsk|location] [on Monday|time], the city's [Russian-installed administration|source] [said|attr].
HAND:shell+toll | telegram | ⚡️ [Kherson|location]: [1|fatalities] killed, [3|quantity] injured as a result of enemy [shelling|T] [this morning|time]. Details to follow.
HAND:shell+toll | telegram | [Donetsk|location], Petrovskyi district: [two|fatalities] dead after [shelling|T] by the [UAF|actor1] [today|time] – [city mayor|source].
HAND:shell+toll | telegram | ‼️ Toll from the [strike|T] on [Sumy|location] is now [14|fatalities] dead. Rescue work continues.
HAND:air+toll | headline | Death toll from [drone strike|T] on [Odesa|location] rises to [three|fatalities]
HAND:air+toll | headline | [Four|fatalities] killed as [Russian|actor1] [drones hit|T] apartment building in [Sumy|location]
HAND:air+toll | headline | [Two|fatalities] dead after [Shahed attack|T] on [Kharkiv|location] – [mayor|source]
HAND:air+toll | headline | [Zaporizhzhia|location]: [one|fatalities] dead in [glide bomb strike|T]
HAND:air+toll | headline | [Three|fatalities] [civilians|actor2] killed in [Ukrainian|actor1] [drone attack|T] on [Belgorod region|location] – [governor|source]
HAND:air+toll | headline | [Driver|fatalities] killed as [FPV drone hits|T] car near [Kherson|location]
HAND:air+toll | headline | [Russian|actor1] [air strike|T] on [Kostiantynivka|location] kills [five|fatalities]
HAND:air+toll | headline | [Guided bombs kill|T] [two|fatalities] in [Kharkiv|location], [official|source] [says|attr]
HAND:air+toll | headline | Toll in [Dnipro|location] after [drone and missile attack|T] reaches [nine|fatalities]
HAND:air+toll | wire | [Two|fatalities] people were killed when a [Russian|actor1] [drone hit|T] a minibus near [Nikopol|location] [on Friday morning|time], the [governor|source] [said|attr].
HAND:air+toll | wire | The death toll from the [Russian|actor1] [drone attack|T] on [Odesa|location] [overnight|time] has climbed to [eight|fatalities], including [two|fatalities] children, the [regional governor|source] [said|attr].
HAND:air+toll | wire | [Four|fatalities] people died and [19|quantity] were injured after [Russian|actor1] [glide bombs struck|T] [Kharkiv|location] [on Saturday|time], [Mayor Ihor Terekhov|source] [said|attr].
HAND:air+toll | telegram | 🔴 [Sumy|location]: [drone strike|T] on a residential building. [2|fatalities] dead, [6|quantity] wounded – [regional military administration|source].
HAND:air+toll | telegram | [Belgorod|location]: [one|fatalities] person killed after a [UAF|actor1] [drone attack|T] on a car [this afternoon|time], [governor|source] [reports|attr].
HAND:clash+toll | headline | [Three|fatalities] soldiers killed in [fighting|T] near [Chasiv Yar|location], [brigade|source] [says|attr]
HAND:attack+toll | headline | [Two|fatalities] [civilians|actor2] [shot dead|T] by [Russian soldiers|actor1] in [Kherson region|location] village
HAND:attack+toll | headline | [Civilian|actor2] [killed|T] by [occupiers|actor1] in [Oleshky|location] – [ombudsman|source]
HAND:shell+toll | headline | [Seven|fatalities] dead as [Russian|actor1] [missiles pound|T] [Kyiv|location] – [city authorities|source]
HAND:shell+toll | headline | [Woman|fatalities] killed, [child|quantity] injured in [shelling|T] of [Huliaipole|location]
HAND:shell+toll | headline | [Kherson|location] [shelling|T]: [two|fatalities] dead, [nine|quantity] wounded, [governor|source] [says|attr]
HAND:shell+toll | wire | [Russian|actor1] [shelling|T] killed [three|fatalities] people in [Selydove|location] [yesterday|time], the [Donetsk regional governor|source] [said|attr] [on Friday|time].
HAND:shell+toll | headline | [Three|fatalities] [civilians|actor2] killed in [Kherson|location] [shelling|T], [regional governor|source] [says|attr]
HAND:air+toll | headline | [Two|fatalities] killed in [Sumy|location] [drone strike|T] – [local authorities|source]
HAND:shell+toll | headline | [Nine|fatalities] killed in [Chasiv Yar|location] [rocket attack|T], [police|source] [say|attr]
HAND:shell+toll | headline | Death Toll In [Kharkiv|location] [Missile Strike|T] Rises To [Six|fatalities]
HAND:ceasefire+beside | wire | [Kyiv|actor1] [[said it would back|future#1]|T] a 30-day ceasefire, and [Washington|actor1#2] [resumed military aid|T#2=aid] to [Ukraine|actor2#2] the same day, the [State Department|source] [said|attr].
HAND:aid+beside | wire | The [United States|actor1] [resumed military aid|T] to [Kyiv|actor2] [on Tuesday|time], hours after [Ukraine|actor1#2] [proposed|future#2] a [30-day truce|T#2=ceasefire], [officials|source] [said|attr].
HAND:aid+beside | wire | [Germany|actor1] [delivered|T] [two|quantity] more IRIS-T systems to Ukraine [on Monday|time], while [Berlin|actor1#2] [[urged|future#2]|T#2=ceasefire] both sides to accept a truce over Easter.
HAND:aid+beside | wire | [Britain|actor1] [sent|T] a new batch of drones to [Ukraine|actor2] this week and [[called for|future#2]|T#2=ceasefire] a halt to strikes on energy sites, [Downing Street|source] [said|attr].
HAND:diplo+beside | wire | [Rubio|actor1] [met|T] [Ukrainian officials|actor2] in [Jeddah|location] [on Tuesday|time], and the US side [[proposed|future#2]|T#2=ceasefire] an immediate 30-day ceasefire, the [State Department|source] [said|attr].
HAND:shell+beside | wire | [Russian|actor1] [missiles struck|T] [Kharkiv|location] [overnight|time], hours after [Moscow|actor1#2] [[offered|future#2]|T#2=ceasefire] a three-day truce, the [mayor|source] [said|attr].
HAND:aid+beside | official | [Canada|actor1] has [handed over|T] [25|quantity] armoured vehicles to Ukraine and [[supports|future#2]|T#2=ceasefire] the proposal for an unconditional ceasefire, the [Ministry of National Defence|source] [said|attr].
HAND:aid+beside | wire | Even as [European leaders|actor1#2] [[pushed for|future#2]|T#2=ceasefire] a truce, [Norway|actor1] [shipped|T] another consignment of artillery shells to [Ukraine|actor2] [on Thursday|time], its [defence ministry|source] [said|attr].
HAND:agreement+beside | wire | [Russia and Ukraine|actor1] [swapped|T] [84|quantity] prisoners each [on Friday|time], and [Ankara|actor1#2] [[offered|future#2]|T#2=ceasefire] to host talks on a broader truce, [both sides|source] [said|attr].
HAND:aid+beside | wire | The [Pentagon|actor1] [restarted weapons deliveries|T] to [Ukraine|actor2] [on Wednesday|time], a day after [Kyiv|actor1#2] [[agreed to|future#2]|T#2=ceasefire] the US proposal for a ceasefire.
HAND:aid+beside | wire | The [resumption of military aid|T] by [Washington|actor1] came [on Tuesday|time], the same day [Kyiv|actor1#2] [[proposed|future#2]|T#2=ceasefire] a 30-day halt to the fighting, [US officials|source] [said|attr].
NEG:other+toll+hand | wire | Washington could resume military aid to Ukraine only if Kyiv accepts a ceasefire, a senator said, adding that no decision had been taken.
NEG:other+toll+hand | headline | Death toll from 2015 shelling of Mariupol still disputed, researchers say
NEG:other+toll+hand | wire | The death toll in last year's strike on the theatre has never been fully established, according to a new report.
NEG:history+toll+hand | history | Four people were killed when rockets hit the same market in the first winter of the war, a memorial plaque recalls.
"""
