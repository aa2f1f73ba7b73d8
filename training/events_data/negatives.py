# ruff: noqa: E501
"""More hard negatives: sentences that look like events (trigger words, places, numbers) but report none."""

EN = r"""
NEG:capability | wire | Russian artillery positioned across the river can reach any street in {NAME}.
NEG:capability | analysis | With HIMARS, Ukrainian forces could strike depots up to 80 kilometres from {NAME}.
NEG:capability | wire | Each Shahed costs Russia an estimated $35,000, far less than the missiles used to shoot it down.
NEG:capability | official | Our air defence is capable of protecting {NAME} from cruise missiles, the [commander|source] [said|attr].
NEG:hypothetical | wire | A breakthrough near {VNAME} would allow Russian troops to shell {NAME} with tube artillery.
NEG:hypothetical | analysis | Russia could capture {NAME} within weeks if Ukrainian supply lines are cut.
NEG:hypothetical | wire | Were the dam to be blown up, {NAME} would be flooded within hours.
NEG:question | wire | Did Ukrainian forces really retake {VNAME}, or is the claim premature?
NEG:question | headline | Will {LEADERS} meet Putin before the end of the year?
NEG:question | opinion | How many more missiles must fall on {NAME} before Europe acts?
NEG:prediction | wire | Russian forces will try to encircle {NAME} from the north, a Ukrainian commander predicted.
NEG:prediction | analysis | A new wave of strikes on the energy grid is expected as temperatures drop.
NEG:prediction | isw | Russian forces may attempt to seize {VNAME} in the coming weeks.
NEG:prediction | headline | {NAME} braces for new Russian offensive
NEG:advance_towards | isw | Russian forces advanced to within three kilometres of {NAME} but did not enter the town.
NEG:advance_towards | wire | Columns of Russian armour were seen moving on {NAME} from the east.
NEG:advance_towards | telegram | The enemy is accumulating forces for a push towards {VNAME}.
NEG:advance_towards | analysis | Ukrainian units are slowly pushing south towards {NAME}.
NEG:occupied_background | wire | In Russian-occupied {NAME}, residents must now carry Russian passports to receive pensions.
NEG:occupied_background | wire | The occupied port of {NAME} is being used to ship stolen grain, investigators believe.
NEG:occupied_background | wire | A teacher from occupied {NAME} described life under curfew.
NEG:background_participle | wire | Evacuees from the repeatedly shelled town of {NAME} arrived in {NAME} by train.
NEG:background_participle | wire | The once-occupied village of {VNAME} is slowly coming back to life.
NEG:background_participle | wire | Deminers are still clearing the fields around liberated {NAME}.
NEG:history | history | In March 2022, Russian columns reached the outskirts of {NAME} before withdrawing.
NEG:history | history | {NAME} has been shelled regularly since 2022, and half of its residents have left.
NEG:history | analysis | Ever since the bridge was destroyed in 2022, {NAME} has depended on ferries.
NEG:opinion | opinion | Negotiating with Moscow now would reward aggression, and that is the real lesson of {NAME}.
NEG:opinion | opinion | The courage of the people of {NAME} puts our own hesitations to shame.
NEG:opinion | opinion | It is absurd to call the shelling of civilians in {NAME} a military operation.
NEG:analysis | analysis | Glide bombs have become Russia's most effective weapon against fortified towns like {NAME}.
NEG:analysis | isw | The Russian command likely prioritises the {NAME} direction over the {NAME} direction.
NEG:analysis | analysis | Whoever holds the heights around {VNAME} controls the road to {NAME}.
NEG:other | wire | Energy prices in Europe hit a record after the announcement.
NEG:other | wire | The football club from {NAME} attacked relentlessly and won 3-0.
NEG:other | wire | Snow and freezing temperatures are expected across {REGION} this week.
NEG:other | wire | A new bakery opened in {NAME}, run by women whose husbands are at the front.
"""

IT = r"""
NEG:capability | wire | L'artiglieria russa schierata oltre il fiume può raggiungere qualsiasi strada di {NAME}.
NEG:capability | analysis | Con gli HIMARS le forze ucraine potrebbero colpire depositi fino a 80 chilometri da {NAME}.
NEG:capability | wire | Ogni Shahed costa alla Russia circa 35.000 dollari, molto meno dei missili usati per abbatterlo.
NEG:capability | official | La nostra difesa aerea è in grado di proteggere {NAME} dai missili da crociera, [ha detto|attr] il [comandante|source].
NEG:hypothetical | wire | Uno sfondamento vicino a {VNAME} permetterebbe ai russi di colpire {NAME} con l'artiglieria.
NEG:hypothetical | analysis | La Russia potrebbe conquistare {NAME} in poche settimane se le linee di rifornimento ucraine venissero tagliate.
NEG:hypothetical | wire | Se la diga saltasse, {NAME} sarebbe allagata in poche ore.
NEG:question | wire | Le forze ucraine hanno davvero ripreso {VNAME} o l'annuncio è prematuro?
NEG:question | headline | {LEADERS} incontrerà Putin entro la fine dell'anno?
NEG:question | opinion | Quanti altri missili devono cadere su {NAME} prima che l'Europa agisca?
NEG:prediction | wire | Le forze russe cercheranno di accerchiare {NAME} da nord, prevede un comandante ucraino.
NEG:prediction | analysis | Con il calo delle temperature si attende una nuova ondata di attacchi alla rete elettrica.
NEG:prediction | isw | Le forze russe potrebbero tentare di prendere {VNAME} nelle prossime settimane.
NEG:prediction | headline | {NAME} si prepara a una nuova offensiva russa
NEG:advance_towards | isw | Le forze russe sono arrivate a tre chilometri da {NAME} ma non sono entrate in città.
NEG:advance_towards | wire | Colonne di blindati russi sono state avvistate mentre puntavano su {NAME} da est.
NEG:advance_towards | telegram | Il nemico sta ammassando forze per spingersi in direzione di {VNAME}.
NEG:advance_towards | analysis | Le unità ucraine avanzano lentamente verso sud, in direzione di {NAME}.
NEG:occupied_background | wire | Nella {NAME} occupata dai russi i residenti devono ora avere il passaporto russo per ricevere la pensione.
NEG:occupied_background | wire | Il porto occupato di {NAME} viene usato per spedire grano rubato, ritengono gli investigatori.
NEG:occupied_background | wire | Un'insegnante della città occupata di {NAME} racconta la vita sotto coprifuoco.
NEG:background_participle | wire | Gli sfollati della città più volte bombardata di {NAME} sono arrivati in treno a {NAME}.
NEG:background_participle | wire | Il villaggio un tempo occupato di {VNAME} torna lentamente a vivere.
NEG:background_participle | wire | Gli sminatori stanno ancora bonificando i campi intorno alla {NAME} liberata.
NEG:history | history | Nel marzo 2022 le colonne russe raggiunsero la periferia di {NAME} prima di ritirarsi.
NEG:history | history | {NAME} è bombardata regolarmente dal 2022 e metà degli abitanti se n'è andata.
NEG:history | analysis | Da quando il ponte è stato distrutto nel 2022, {NAME} dipende dai traghetti.
NEG:opinion | opinion | Negoziare ora con Mosca premierebbe l'aggressione: è questa la vera lezione di {NAME}.
NEG:opinion | opinion | Il coraggio degli abitanti di {NAME} fa vergognare le nostre esitazioni.
NEG:opinion | opinion | È assurdo chiamare operazione militare il bombardamento dei civili di {NAME}.
NEG:analysis | analysis | Le bombe plananti sono diventate l'arma più efficace della Russia contro città fortificate come {NAME}.
NEG:analysis | isw | Il comando russo privilegia probabilmente la direzione di {NAME} rispetto a quella di {NAME}.
NEG:analysis | analysis | Chi tiene le alture intorno a {VNAME} controlla la strada per {NAME}.
NEG:other | wire | I prezzi dell'energia in Europa hanno toccato un record dopo l'annuncio.
NEG:other | wire | La squadra di calcio di {NAME} ha attaccato senza sosta e ha vinto 3-0.
NEG:other | wire | Neve e gelo sono attesi questa settimana in tutta la {REGION_BARE_IT}.
NEG:other | wire | A {NAME} ha aperto un nuovo forno, gestito da donne i cui mariti sono al fronte.
"""
