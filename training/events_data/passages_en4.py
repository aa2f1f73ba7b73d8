# ruff: noqa: E501
"""English passages written one by one for this project (fourth set): the plain wire sentence.

The heads trained on the third set read no trigger in the plainest strike report there is (a weapon
as the subject of "struck"/"hit" followed by the toll and the source). The data taught that
construction two ways: templates marked the weapon and the verb together ("missiles struck"),
hand passages marked the weapon alone and left the verb outside. These passages follow one
convention: a weapon that is the subject of the strike verb is marked with the verb
("[missiles struck|T]"); an actor that is the subject leaves the verb alone ("[struck|T]").
They vary the verb (struck, hit, pounded, slammed into, smashed into, tore through, rained down
on, hammered, battered, blasted, targeted), the weapon (missiles, rockets, glide bombs, drones,
artillery, cluster munitions), the order of toll and source, and add the other plain wire reports
(shoot-downs, captures, civilians killed). Hard negatives use the same verbs in their ordinary
figurative senses, in history and background, and in forecasts. Keys carry `+plain` so they form
their own groups and leave the earlier passages' test split as it was.
"""

EN = """
HAND:shell+plain | wire | [Russian|actor1] [missiles struck|T] a power substation in [Kryvyi Rih|location] [on Thursday|time], killing [three|fatalities] people, the [mayor|source] [said|attr].
HAND:shell+plain | wire | [Russian|actor1] [missiles struck|T] a grain terminal in [Izmail|location] overnight, the [regional governor|source] [said|attr].
HAND:shell+plain | wire | [Russian|actor1] [rockets struck|T] a market in [Kostiantynivka|location] [on Wednesday|time], killing [at least 12|fatalities] people.
HAND:shell+plain | wire | [Two|fatalities] people were killed when [Russian|actor1] [missiles struck|T] an apartment block in [Dnipro|location] [early on Saturday|time], [officials|source] [said|attr].
HAND:shell+plain | wire | A [Russian|actor1] [missile struck|T] a hospital in [Zaporizhzhia|location] [on Monday|time], wounding [nine|quantity] people, [Governor Ivan Fedorov|source] [said|attr].
HAND:shell+plain | wire | A [ballistic missile hit|T] the centre of [Sumy|location] [on Sunday morning|time], killing [four|fatalities] people and wounding [31|quantity], the [city council|source] [said|attr].
HAND:shell+plain | wire | [Missiles hit|T] a railway depot in [Kovel|location] overnight, [Ukrainian Railways|source] [said|attr], adding that no one was hurt.
HAND:shell+plain | wire | [Russian|actor1] [artillery pounded|T] [Kherson|location] [throughout Tuesday|time], killing [two|fatalities] [civilians|actor2], the [regional administration|source] [said|attr].
HAND:shell+plain | wire | [Russian forces|actor1] [pounded|T] the outskirts of [Orikhiv|location] with heavy artillery [overnight|time], the [local military administration|source] [said|attr].
HAND:shell+plain | wire | A [Russian|actor1] [missile slammed into|T] a shopping centre in [Kremenchuk|location] [on Monday afternoon|time], killing [at least 18|fatalities] people, [rescuers|source] [said|attr].
HAND:shell+plain | wire | [Rockets slammed into|T] a residential street in [Kramatorsk|location] [on Friday evening|time], killing [a woman|fatalities] and wounding [five|quantity] other people, [police|source] [said|attr].
HAND:shell+plain | wire | [Russian troops|actor1] [shelled|T] the town of [Kurakhove|location] [on Saturday|time], killing [one|fatalities] man, the [regional police|source] [said|attr].
HAND:shell+plain | wire | [Ukrainian forces|actor1] [struck|T] a Russian ammunition depot near [Tokmak|location] [overnight|time], the [General Staff|source] [said|attr].
HAND:shell+plain | wire | [Russia|actor1] [struck|T] [Kharkiv|location] with [three|quantity] S-300 missiles [before dawn|time], damaging a school and dozens of homes, [Mayor Ihor Terekhov|source] [said|attr].
HAND:shell+plain | wire | [Russian|actor1] [cluster munitions hit|T] a bus stop in [Toretsk|location] [on Tuesday|time], killing [three|fatalities] people waiting for a bus, [prosecutors|source] [said|attr].
HAND:shell+plain | wire | [Russian forces|actor1] [hammered|T] [Nikopol|location] with artillery and heavy mortars [on Sunday|time], wounding [an elderly man|quantity], the [governor|source] [wrote|attr] on Telegram.
HAND:shell+plain | wire | [Shells rained down on|T] the centre of [Vuhledar|location] [all night|time], the [local administration|source] [said|attr], and [two|fatalities] people were found dead in the morning.
HAND:shell+plain | wire | [Russian|actor1] [missiles tore through|T] a residential quarter of [Pokrovsk|location] [on Wednesday evening|time], killing [five|fatalities] people, the [Donetsk regional governor|source] [said|attr].
HAND:shell+plain | wire | [Ukrainian|actor1] [artillery struck|T] the centre of [Horlivka|location] [on Thursday|time], killing [one|fatalities] civilian, the city's [Russian-installed mayor|source] [said|attr].
HAND:shell+plain | wire | [Russia|actor1] [battered|T] [Odesa|location] with missiles [overnight|time], damaging port infrastructure and a grain warehouse, the [Ukrainian navy|source] [said|attr].
HAND:shell+plain | wire | [Russian|actor1] [rockets hit|T] a kindergarten in [Chuhuiv|location] [on Friday|time]; no children were inside, the [regional governor|source] [said|attr].
HAND:shell+plain | headline | [Russian|actor1] [missiles hit|T] [Lviv|location] power plant, [three|fatalities] dead
HAND:shell+plain | headline | [Missile strike|T] on [Zaporizhzhia|location] hotel kills [two|fatalities], governor says
HAND:shell+plain | headline | [Rockets slam into|T] [Kharkiv|location] suburb, [five|quantity] wounded
HAND:shell+plain | telegram | 🔴 [Nikopol|location]: the [enemy|actor1] [hit|T] the city with heavy artillery. [One|fatalities] person killed, two wounded.
HAND:shell+plain | official | [On the night of 9 May|time], [Russian troops|actor1] [struck|T] [Odesa|location] with [six|quantity] Kalibr missiles, [Operational Command South|source] [reported|attr].
HAND:shell+plain | wire | A [Russian|actor1] [missile hit|T] a crowded café in [Hroza|location] [on Thursday|time], killing [at least 40|fatalities] people, [Interior Minister Ihor Klymenko|source] [said|attr].
HAND:shell+plain | wire | [Russian|actor1] [missiles struck|T] [Kyiv|location] [on Monday morning|time], the [city's military administration|source] [said|attr], and [one|fatalities] person was killed.
HAND:shell+plain | wire | [Missiles struck|T] [Kyiv|location] [on Monday morning|time], the [mayor|source] [said|attr].
HAND:shell+plain | wire | [Russian|actor1] [shells hit|T] a hospital in [Selydove|location] [on Saturday|time], wounding [six|quantity] patients, the [health ministry|source] [said|attr].
HAND:air+plain | wire | A [Russian|actor1] [drone struck|T] an apartment building in [Odesa|location] [overnight|time], killing [two|fatalities] people, the [regional governor|source] [said|attr].
HAND:air+plain | wire | [Ukrainian|actor1] [drones struck|T] an oil refinery in [Ryazan|location] [early on Wednesday|time], starting a large fire, the [regional governor|source] [said|attr].
HAND:air+plain | wire | A [Russian|actor1] [glide bomb hit|T] a residential building in [Kharkiv|location] [on Friday|time], killing [three|fatalities] people, [Governor Oleh Syniehubov|source] [said|attr].
HAND:air+plain | wire | [Russian|actor1] [glide bombs pounded|T] [Kostiantynivka|location] [on Tuesday|time], killing [four|fatalities] people and damaging a hospital, the [regional governor|source] [said|attr].
HAND:air+plain | wire | A [Russian|actor1] [drone slammed into|T] a high-rise in [Kyiv|location] [shortly after midnight|time], starting a fire on three floors, [Mayor Vitali Klitschko|source] [said|attr].
HAND:air+plain | wire | A [drone hit|T] a car carrying aid workers near [Beryslav|location] [on Sunday|time], killing [two|fatalities] of them, the [UN|source] [said|attr].
HAND:air+plain | wire | [Russian warplanes|actor1] [bombed|T] [Vovchansk|location] [on Wednesday|time], destroying the last working bakery, the [local administration|source] [said|attr].
HAND:air+plain | wire | [Russia|actor1] [attacked|T] [Kyiv|location] with [more than 40|quantity] drones [overnight|time], the [air force|source] [said|attr], and debris fell on two districts.
HAND:air+plain | wire | An [FPV drone struck|T] an ambulance in [Kherson|location] [on Thursday morning|time], wounding [two|quantity] paramedics, the [regional health department|source] [said|attr].
HAND:air+plain | wire | [Ukrainian|actor1] [drones hit|T] an airfield in [Engels|location] [overnight|time], the [Saratov regional governor|source] [said|attr], describing the damage as minor.
HAND:air+plain | headline | [Russian|actor1] [drone hits|T] bus in [Marhanets|location], [nine|fatalities] killed
HAND:air+plain | headline | [Guided bombs pound|T] [Zaporizhzhia|location] suburb, [one|fatalities] dead
HAND:air+plain | telegram | ❗️[Sumy|location]. A [Shahed hit|T] an apartment block around 02:30. [Two|fatalities] dead, [seven|quantity] wounded. Rescuers are at the scene.
HAND:air+plain | official | [Russian aviation|actor1] [struck|T] [Huliaipole|location] [five|quantity] times with guided aerial bombs over the past day, the [regional military administration|source] [reported|attr].
HAND:air+plain | wire | [Russian|actor1] [drones smashed into|T] a warehouse of a postal company in [Kharkiv|location] [on Saturday|time], killing [one|fatalities] worker, the [company|source] [said|attr].
HAND:disrupted+plain | wire | [Ukrainian air defences|actor1] [shot down|T] [32|quantity] of 40 drones launched by Russia [overnight|time], the [air force|source] [said|attr].
HAND:disrupted+plain | wire | [Air defence|actor1] [destroyed|T] [two|quantity] cruise missiles over [Kyiv|location] [early on Tuesday|time], the [city administration|source] [said|attr].
HAND:disrupted+plain | wire | [Russia's Defence Ministry|source] [said|attr] its [air defences|actor1] [intercepted|T] [eight|quantity] Ukrainian drones over the [Belgorod region|location] [overnight|time].
HAND:overtake+plain | wire | [Russian forces|actor1] [captured|T] the village of [Pishchane|location] in the Kupiansk district, the [Russian Defence Ministry|source] [said|attr] [on Friday|time].
HAND:overtake+plain | wire | [Russian troops|actor1] [took|T] [Krasnohorivka|location] after months of fighting, [Ukrainian military analysts|source] [said|attr].
HAND:regain+plain | wire | [Ukrainian forces|actor1] [recaptured|T] the village of [Staromaiorske|location] in the south, the [General Staff|source] [said|attr] [on Thursday|time].
HAND:regain+plain | wire | [Ukrainian troops|actor1] [retook|T] [Kupiansk|location] railway station [on Sunday|time], a [brigade spokesman|source] [said|attr].
HAND:attack+plain | wire | [Russian soldiers|actor1] [shot dead|T] [three|fatalities] [civilians|actor2] trying to leave a village near [Vuhledar|location], [prosecutors|source] [said|attr].
HAND:attack+plain | wire | [Russian troops|actor1] [executed|T] [two|fatalities] [Ukrainian prisoners of war|actor2] near [Robotyne|location], the [Prosecutor General's Office|source] [said|attr].
HAND:clash+plain | wire | [Heavy fighting|T] continued [on Sunday|time] around [Chasiv Yar|location], where [Russian forces|actor1] attacked [Ukrainian positions|actor2] [14|quantity] times, the [General Staff|source] [said|attr].
NEG:other+plain+hand | wire | The deal was struck after three days of talks between the airline and the pilots' union in Warsaw.
NEG:other+plain+hand | wire | Grain prices hit a record high on Monday as traders worried about shipping in the Black Sea.
NEG:other+plain+hand | wire | The storm hit the Odesa coast on Sunday, cutting power to 20,000 homes.
NEG:other+plain+hand | wire | Ukraine's economy was hit hard by the blackouts, the central bank said in its quarterly report.
NEG:other+plain+hand | wire | The foreign minister hit out at critics of the aid package during a press conference in Berlin.
NEG:other+plain+hand | wire | The speech struck a defiant tone, and the crowd in the square applauded for several minutes.
NEG:history+plain+hand | history | In the spring of 2022 Russian missiles struck the railway station in Kramatorsk while thousands waited to leave.
NEG:history+plain+hand | wire | A year after Russian rockets hit the theatre in the city centre, the ruins are still fenced off.
NEG:background_participle+plain+hand | wire | Workers are rebuilding the school struck by a glide bomb in March, the mayor said.
NEG:background_participle+plain+hand | wire | The power plant, hit several times since the autumn, now runs at a third of its capacity.
NEG:prediction+plain+hand | wire | Officials expect Russian missiles to strike the power grid again before the first frost.
NEG:analysis+plain+hand | analysis | Military analysts judge that the Russian units near the river lack the reserves to take the town before summer.
NEG:hypothetical+plain+hand | analysis | If a missile hit the dam, the flooding would reach villages 60 kilometres downstream.
NEG:question+plain+hand | wire | What kind of missile hit the supermarket? Investigators are still examining the fragments.
NEG:capability+plain+hand | wire | The new glide bombs can hit targets up to 70 kilometres behind the front line, a Ukrainian pilot said.
"""
