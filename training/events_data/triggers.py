# ruff: noqa: E501
"""Pools of trigger phrases per sub-type and grammatical shape, written for this project.

Templates draw a trigger from a pool (``[{TV_SHELL}|T]``), so one frame shows the model many
ways of saying the same thing: verbs, verb+object periphrases and nouns. An entry with a
``[..|@]`` core annotates only that core ("a [phone call|@] with": the trigger is "phone call").

Shapes (English):  TV_* past verb phrase before its object (a place, a person, a thing);
                   TN_* noun phrase with its own determiner, usable after a preposition.
Shapes (Italian):  TV_* participle after «ha/hanno» (auxiliary avere, so it never agrees);
                   TN_* noun phrase with its article, after «dopo», «durante», «con»;
                   TB_* bare noun for headlines and telegram posts.
"""

from __future__ import annotations


def _p(text: str) -> list[str]:
    return [e.strip() for e in text.split(";") if e.strip()]


EN = {
    # Shelling/artillery/missile attack
    "TV_SHELL": _p("shelled; pounded; bombarded; struck; hit; fired on; opened fire on; launched a missile strike on; "
                   "carried out an artillery strike on; rained rockets on; targeted; fired artillery at; lobbed mortar rounds at; "
                   "launched ballistic missiles at; fired rockets at; unleashed an artillery barrage on; mortared; hammered; "
                   "launched a missile attack on; carried out a rocket attack on; fired multiple rocket launchers at; "
                   "fired cruise missiles at"),
    "TN_SHELL": _p("[shelling|@]; [artillery fire|@]; a [missile strike|@]; an [artillery barrage|@]; a [rocket attack|@]; "
                   "[mortar fire|@]; a [barrage of rockets|@]; a [ballistic missile strike|@]; heavy [shelling|@]; "
                   "a [missile attack|@]; [rocket fire|@]; a [bombardment|@]; [MLRS fire|@]; a [cluster munition strike|@]; "
                   "a [combined missile strike|@]; [artillery strikes|@]; [shellfire|@]; a [Grad salvo|@]; an [Iskander strike|@]"),
    # Air/drone strike
    "TV_AIR": _p("launched a drone attack on; carried out an airstrike on; dropped glide bombs on; bombed; launched Shahed drones at; "
                 "sent waves of drones against; launched a barrage of drones against; carried out drone strikes on; "
                 "dropped guided aerial bombs on; launched kamikaze drones at; unleashed a swarm of drones on; conducted an air raid on; "
                 "dropped KAB bombs on; staged a drone raid on; launched a massive drone attack on; sent attack drones towards; "
                 "launched drones at; carried out a glide-bomb strike on; dropped aerial bombs on; launched attack drones against; "
                 "used FPV drones to hit; sent Geran drones against; launched drones and missiles at"),
    "TN_AIR": _p("a [drone strike|@]; an [airstrike|@]; a [drone attack|@]; a [glide bomb attack|@]; an [air raid|@]; "
                 "a [Shahed attack|@]; a [barrage of drones|@]; a [swarm of drones|@]; a [kamikaze drone strike|@]; "
                 "an [aerial bombardment|@]; a [guided bomb strike|@]; [drone strikes|@]; a [massive drone attack|@]; "
                 "an [FPV drone strike|@]; a [wave of Shahed drones|@]; a [drone raid|@]; an [air strike|@]; a [bombing raid|@]; "
                 "a [raid|@] by attack drones; a [combined drone and missile attack|@]"),
    # Armed clash
    "TV_CLASH": _p("clashed; fought; traded fire; exchanged fire; engaged in close combat; fought street battles; fought fierce battles; "
                   "were locked in heavy fighting; battled; skirmished; engaged in firefights; fought pitched battles; "
                   "exchanged heavy fire; fought hand-to-hand; engaged in positional battles; fought house to house"),
    "TVO_CLASH": _p("repelled; repulsed; beat back; fended off; pushed back; thwarted; stopped; held off; broke up"),
    "TN_CLASH": _p("[fighting|@]; heavy [fighting|@]; [clashes|@]; fierce [battles|@]; [street fighting|@]; [combat|@]; "
                   "[firefights|@]; [skirmishes|@]; an [offensive|@]; [ground assaults|@]; [combat engagements|@]; "
                   "[hostilities|@]; a [counterattack|@]; a [counteroffensive|@]; [close-quarters combat|@]; [battles|@]; "
                   "an [assault|@]; [positional fighting|@]; [infantry assaults|@]"),
    # Government regains territory (Ukraine in Ukraine, Russia in its own regions)
    "TV_REGAIN": _p("recaptured; retook; liberated; took back; regained control of; won back; reclaimed; pushed the enemy out of; "
                    "drove the invaders out of; cleared; recovered; restored control over; freed; expelled enemy troops from; "
                    "regained; seized back; retook control of; wrested back; recaptured the centre of; pushed Russian troops back from; liberated the remaining part of; cleared the enemy from; retook most of; reoccupied; regained a foothold in; raised the Ukrainian flag again over; restored Ukrainian control over"),
    "TN_REGAIN": _p("the [recapture|@] of; the [liberation|@] of; the [retaking|@] of; the [reconquest|@] of; "
                    "the [return|@] to national control of; the [recovery|@] of"),
    # Non-state actor overtakes territory (a foreign force takes ground)
    "TV_OVERTAKE": _p("captured; seized; took; took control of; occupied; overran; took over; gained control of; entered; stormed; "
                      "established control over; conquered; pushed into; broke into; raised their flag over; completed the capture of; "
                      "fully occupied; secured; moved into; marched into; planted the flag in; seized control of; captured the centre of; took full control of; overwhelmed the defenders of"),
    "TN_OVERTAKE": _p("the [capture|@] of; the [fall|@] of; the [seizure|@] of; the [occupation|@] of; the [takeover|@] of; "
                      "the [storming|@] of; the [loss|@] of"),
    # Change to group/activity (withdrawals, redeployments)
    "TV_CHANGE": _p("withdrew from; pulled out of; retreated from; pulled back from; fell back from; redeployed away from; "
                    "evacuated its garrison from; completed its withdrawal from; rotated out of; abandoned; left; "
                    "moved its units out of; abandoned its positions in; began withdrawing from; quit; pulled its troops out of; gave up its positions in; moved back from; relocated its units from; left its positions near"),
    "TN_CHANGE": _p("the [withdrawal|@] from; a [retreat|@] from; the [pullout|@] from; a [redeployment|@] away from; "
                    "an orderly [withdrawal|@] from; the [retreat|@] from; the [evacuation|@] of troops from"),
    # Diplomatic contact
    "TV_DIPLO": _p("met; held talks with; spoke with; spoke by phone with; had a phone call with; hosted; received; welcomed; "
                   "sat down with; conferred with; had a meeting with; discussed the war with; held a video call with; met with; "
                   "exchanged views with; called; phoned; spoke to; held a bilateral meeting with; had a long conversation with; "
                   "spoke on the phone with; had a working lunch with; held consultations with; paid a visit to; travelled to meet; had a phone conversation with; greeted; hosted talks with"),
    "TN_DIPLO": _p("[talks|@]; a [phone call|@]; a [meeting|@]; a [summit|@]; a [visit|@]; a [video call|@]; "
                   "a [phone conversation|@]; a [bilateral meeting|@]; [consultations|@]; a [working lunch|@]; [negotiations|@]; "
                   "a [trip|@]; a [conversation|@]; an [official visit|@]"),
    # Agreement
    "TV_AGREE": _p("signed; concluded; agreed on; reached; sealed; struck; finalised; ratified; carried out; completed; agreed; brokered; inked; hammered out; clinched; settled on; initialled; worked out; renewed; extended; implemented; conducted"),
    "TN_AGREE": _p("a [deal|@]; an [agreement|@]; a [prisoner exchange|@]; a [prisoner swap|@]; a [memorandum|@]; an [accord|@]; "
                   "a [security pact|@]; an [exchange of bodies|@]; a [POW swap|@]; a [grain deal|@]; an [exchange of prisoners|@]; a [body repatriation|@]; a [deal on civilians|@]; a [humanitarian corridor deal|@]; a [swap|@]"),
    # Ceasefire or peace proposal (the trigger gets a future cue in the templates)
    "TV_CEASE": _p("proposed; put forward; called for; offered; floated; suggested; tabled; pushed for; unveiled; presented; "
                   "urged; pressed for; laid out; submitted; floated the idea of; championed; advocated; drafted; circulated; called once again for; renewed calls for"),
    "TVA_CEASE": _p("agreed to; accepted; backed; endorsed; signed up to; said yes to; supported; welcomed; agreed in principle to; gave its backing to; signed on to; consented to; voiced support for"),
    "TN_CEASE": _p("a [ceasefire|@]; a [truce|@]; a [30-day ceasefire|@]; a [peace plan|@]; a [cessation of hostilities|@]; "
                   "an [energy truce|@]; a [halt to strikes|@]; a [peace proposal|@]; an [Easter truce|@]; a [moratorium on strikes|@]; "
                   "a [freeze of the front line|@]; a [humanitarian pause|@]"),
    # Military aid
    "TV_AID": _p("delivered; sent; supplied; handed over; transferred; shipped; provided; donated; gave; dispatched; "
                 "pledged and delivered; flew in; rushed"),
    "TVP_AID": _p("resumed military aid to; announced a new military aid package for; unveiled a weapons package for; "
                  "approved a fresh arms package for; restarted weapons deliveries to; launched an aid package for; "
                  "stepped up arms supplies to; signed off on military assistance to; released frozen military aid to; "
                  "resumed intelligence sharing with; approved a loan for weapons to; unblocked arms deliveries to"),
    "TN_AID": _p("a [military aid package|@]; a [weapons package|@]; the [delivery|@] of weapons; [arms shipments|@]; "
                 "a new [tranche of military aid|@]; a [consignment|@] of shells; the [transfer|@] of air defence systems; "
                 "[military assistance|@]; an [aid package|@]; [arms deliveries|@]"),
    # Loss report
    "TV_LOSS": _p("lost; had lost; suffered the loss of; saw the loss of; lost up to; lost more than; counted the loss of; lost as many as; saw the deaths of; lost almost; had lost about; recorded the loss of; lost in combat; lost in a single day; left dead on the field"),
    "TVC_LOSS": _p("captured; took prisoner; took captive; rounded up; took into captivity; captured alive; forced the surrender of; took as prisoners of war; seized as prisoners; detained on the battlefield"),
    "TN_LOSS": _p("[losses|@]; [casualties|@]; combat [losses|@]; [personnel losses|@]; [irrecoverable losses|@]; [daily losses|@]; [death toll|@]; [killed and wounded|@]; [equipment losses|@]; [losses in manpower|@]; [dead|@]; [toll|@]"),
    # Disrupted weapons use
    "TV_DISRUPT": _p("shot down; intercepted; downed; destroyed; neutralised; jammed; brought down; knocked out; "
                     "destroyed in the air; suppressed; took out; eliminated; disabled; diverted with electronic warfare; shot out of the sky; defeated with electronic warfare; intercepted and destroyed; neutralized; hit in the air; spoofed; knocked down; destroyed mid-air; downed over the sea; brought down with small arms fire; jammed and downed"),
    "TN_DISRUPT": _p("the [interception|@] of; the [downing|@] of; the [destruction|@] of; the [shootdown|@] of"),
    # Threat or accusation
    "TV_THREAT": _p("accused; threatened; warned; blamed; vowed to punish; lashed out at; denounced; charged; "
                    "issued an ultimatum to; threatened to strike; castigated; condemned; issued a warning to; rebuked; threatened retaliation against; singled out; hit out at; pointed the finger at; warned of retaliation against; slammed; menaced; threatened to hit; warned of a response against; accused and threatened; put on notice"),
    "TN_THREAT": _p("[accusations|@] against; a [warning|@] to; [threats|@] against; an [ultimatum|@] to; a [veiled threat|@] to"),
    # Sanctions
    "TV_SANCT": _p("imposed sanctions on; sanctioned; blacklisted; froze the assets of; slapped sanctions on; "
                   "adopted a new sanctions package against; extended sanctions on; banned imports from; imposed an embargo on; "
                   "announced new restrictions on; imposed travel bans on; introduced export controls on; tightened sanctions on; "
                   "expanded sanctions against; put on its sanctions list; cut off from SWIFT; seized the assets of; banned exports to; restricted trade with; blocked the assets of; added to its blacklist"),
    "TN_SANCT": _p("[sanctions|@] on; a [sanctions package|@] against; an [embargo|@] on; an [asset freeze|@] on; "
                   "[restrictive measures|@] against; a [travel ban|@] on; [penalties|@] on"),
    # Arrests
    "TV_ARREST": _p("arrested; detained; took into custody; apprehended; rounded up; jailed; picked up; placed under arrest; "
                    "handcuffed; remanded in custody; caught; detained and charged; locked up; placed in pre-trial detention; put behind bars; took into detention; hauled in; seized and detained; arrested and charged; took away; conducted arrests of; nabbed; detained for questioning; made arrests among; swept up"),
    "TN_ARREST": _p("the [arrest|@] of; the [detention|@] of; [arrests|@] of; a wave of [detentions|@] of"),
    # Attack (violence against civilians)
    "TV_ATTACK": _p("killed; executed; shot dead; murdered; gunned down; beat to death; summarily executed; shot and killed; killed unarmed; stabbed to death; strangled; killed at a checkpoint; shot in the back; executed at close range; burned alive; tortured to death; shot and buried"),
    "TVN_ATTACK": _p("shot; beat; tortured; opened fire on; ran over; attacked; assaulted; fired on; abused; shot at; pistol-whipped; dragged out and beat; threatened at gunpoint"),
    "TN_ATTACK": _p("the [killing|@] of; the [execution|@] of; the [murder|@] of; the [shooting|@] of"),
}

IT = {
    "TV_SHELL": _p("bombardato; colpito; preso di mira; martellato; aperto il fuoco su; lanciato un attacco missilistico su; "
                   "condotto un attacco di artiglieria contro; sparato razzi contro; bersagliato; tirato colpi di mortaio su; "
                   "lanciato missili balistici contro; scatenato un fuoco d'artiglieria su; cannoneggiato; lanciato missili su; "
                   "effettuato un raid missilistico su; fatto piovere razzi su; colpito con l'artiglieria; sparato missili da crociera contro; "
                   "attaccato con lanciarazzi multipli"),
    "TN_SHELL": _p("il [bombardamento|@]; i [bombardamenti|@]; un [attacco missilistico|@]; il [fuoco d'artiglieria|@]; "
                   "un [lancio di razzi|@]; i [colpi di mortaio|@]; una [pioggia di razzi|@]; un [raid missilistico|@]; "
                   "un [attacco con missili balistici|@]; i [cannoneggiamenti|@]; un [attacco di artiglieria|@]; "
                   "una [salva di Grad|@]; un [attacco con missili Iskander|@]; un [attacco combinato con missili|@]"),
    "TB_SHELL": _p("[bombardamento|@]; [bombardamenti|@]; [attacco missilistico|@]; [pioggia di razzi|@]; [raid missilistico|@]; "
                   "[colpi d'artiglieria|@]; [missili|@]; [razzi|@]"),
    "TV_AIR": _p("lanciato droni contro; attaccato con droni; sganciato bombe plananti su; lanciato un attacco con droni su; "
                 "colpito con droni; condotto un raid aereo su; bombardato dall'aria; lanciato droni Shahed contro; "
                 "lanciato un attacco massiccio di droni contro; sganciato bombe guidate su; inviato sciami di droni su; "
                 "colpito con un drone FPV; lanciato droni kamikaze su; condotto attacchi aerei contro; sganciato bombe aeree su; "
                 "lanciato droni e missili contro; colpito con bombe KAB; attaccato dal cielo"),
    "TN_AIR": _p("un [attacco con droni|@]; un [raid aereo|@]; un [attacco di droni|@]; un [bombardamento aereo|@]; "
                 "uno [sciame di droni|@]; un [attacco con bombe plananti|@]; un [raid|@] di droni; un [attacco di droni kamikaze|@]; "
                 "un [attacco massiccio di droni|@]; una [raffica di droni e missili|@]; un [attacco di Shahed|@]; "
                 "un [colpo di drone FPV|@]; un [raid notturno|@] con droni"),
    "TB_AIR": _p("[raid|@]; [droni|@]; [attacco di droni|@]; [raid aereo|@]; [droni kamikaze|@]; [bombe plananti|@]; [Shahed|@]"),
    "TV_CLASH": _p("combattuto; ingaggiato scontri; scambiato colpi; condotto combattimenti; dato battaglia; combattuto strada per strada; "
                   "sostenuto duri combattimenti; ingaggiato scontri a fuoco; combattuto corpo a corpo; condotto assalti"),
    "TVO_CLASH": _p("respinto; fermato; contenuto; bloccato; ricacciato indietro; sventato; rintuzzato"),
    "TN_CLASH": _p("i [combattimenti|@]; gli [scontri|@]; la [battaglia|@]; gli [scontri a fuoco|@]; i [combattimenti casa per casa|@]; "
                   "l'[offensiva|@]; gli [assalti|@]; la [controffensiva|@]; gli [scontri armati|@]; i [duri combattimenti|@]; "
                   "le [ostilità|@]; il [contrattacco|@]; gli [attacchi di fanteria|@]; la [guerriglia urbana|@]"),
    "TB_CLASH": _p("[scontri|@]; [combattimenti|@]; [battaglia|@]; [assalti|@]; [scontri a fuoco|@]; [offensiva|@]"),
    "TV_REGAIN": _p("riconquistato; liberato; ripreso; ripreso il controllo di; strappato al nemico; riportato sotto controllo; "
                    "ricacciato il nemico da; cacciato gli occupanti da; recuperato; ristabilito il controllo su; riguadagnato; "
                    "ripulito; restituito all'Ucraina; riconquistato il centro di; respinto i russi fuori da; liberato la parte restante di; ripulito dal nemico; ripreso gran parte di; rioccupato; ripreso possesso di; riportato la bandiera ucraina a; rimesso piede a; liberato dall'occupazione"),
    "TN_REGAIN": _p("la [riconquista|@] di; la [liberazione|@] di; la [ripresa|@] di"),
    "TV_OVERTAKE": _p("conquistato; preso; occupato; preso il controllo di; catturato; espugnato; invaso; assunto il controllo di; "
                      "stabilito il controllo su; completato la conquista di; issato la bandiera su; travolto; messo le mani su; piantato la bandiera a; preso d'assalto; conquistato il centro di; preso il pieno controllo di; sopraffatto i difensori di"),
    "TN_OVERTAKE": _p("la [conquista|@] di; la [caduta|@] di; la [presa|@] di; l'[occupazione|@] di; la [perdita|@] di"),
    "TV_CHANGE": _p("ritirato le truppe da; lasciato; abbandonato; ritirato i reparti da; arretrato da; ripiegato da; "
                    "evacuato la guarnigione da; completato il ritiro da; spostato le unità fuori da; abbandonato le posizioni a; "
                    "avviato il ritiro da; riposizionato le forze lontano da; ritirato i soldati da; ceduto le posizioni a; arretrato le linee da; trasferito le unità da; spostato le truppe da"),
    "TN_CHANGE": _p("il [ritiro|@] da; la [ritirata|@] da; il [ripiegamento|@] da; l'[evacuazione|@] delle truppe da; "
                    "il [ridispiegamento|@] lontano da"),
    "TV_DIPLO": _p("incontrato; parlato al telefono con; avuto un colloquio con; avuto una telefonata con; ricevuto; accolto; "
                   "sentito al telefono; discusso della guerra con; tenuto colloqui con; avuto un incontro con; "
                   "parlato con; avuto una videochiamata con; avuto un lungo colloquio telefonico con; visto; "
                   "avuto un confronto con; pranzato con; avuto un bilaterale con; fatto visita a; telefonato a; parlato a lungo con; salutato; ospitato"),
    "TN_DIPLO": _p("i [colloqui|@]; una [telefonata|@]; un [incontro|@]; un [vertice|@]; una [visita|@]; una [videochiamata|@]; "
                   "un [colloquio telefonico|@]; un [bilaterale|@]; le [consultazioni|@]; i [negoziati|@]; un [faccia a faccia|@]; "
                   "un [colloquio|@]; una [missione diplomatica|@]; un [pranzo di lavoro|@]"),
    "TB_DIPLO": _p("[colloqui|@]; [telefonata|@]; [vertice|@]; [incontro|@]; [visita|@]; [faccia a faccia|@]; [bilaterale|@]"),
    "TV_AGREE": _p("firmato; concluso; concordato; raggiunto; siglato; sottoscritto; finalizzato; ratificato; effettuato; portato a termine; chiuso; messo a punto; rinnovato; prorogato; attuato; stretto; definito; suggellato; condotto; negoziato con successo"),
    "TN_AGREE": _p("un [accordo|@]; un [accordo quadro|@]; uno [scambio di prigionieri|@]; un [memorandum|@]; un [patto di sicurezza|@]; "
                   "uno [scambio di corpi|@]; un [accordo sul grano|@]; un [patto|@]; lo [scambio|@]; un [rimpatrio di salme|@]; un [corridoio umanitario concordato|@]; un [accordo umanitario|@]"),
    "TV_CEASE": _p("proposto; avanzato; chiesto; offerto; suggerito; lanciato l'idea di; presentato; sollecitato; caldeggiato; "
                   "messo sul tavolo; rilanciato; illustrato; promosso; ventilato; rilanciato la proposta di; chiesto a gran voce; preparato; fatto circolare; rinnovato l'appello per"),
    "TVA_CEASE": _p("accettato; sostenuto; appoggiato; approvato; concordato; sottoscritto; aderito a; detto sì a; accolto; dato il via libera a; acconsentito a; dato il suo appoggio a; aderito in linea di principio a; condiviso"),
    "TN_CEASE": _p("un [cessate il fuoco|@]; una [tregua|@]; un [cessate il fuoco di 30 giorni|@]; un [piano di pace|@]; "
                   "una [cessazione delle ostilità|@]; una [tregua energetica|@]; uno [stop agli attacchi|@]; una [proposta di pace|@]; "
                   "una [tregua pasquale|@]; una [moratoria sugli attacchi|@]; un [congelamento del fronte|@]; una [pausa umanitaria|@]"),
    "TV_AID": _p("consegnato; inviato; fornito; trasferito; spedito; donato; messo a disposizione; ceduto; fatto arrivare; "
                 "recapitato; stanziato"),
    "TVP_AID": _p("ripreso gli aiuti militari a; annunciato un nuovo pacchetto di aiuti militari per; varato un pacchetto di armi per; "
                  "approvato un nuovo pacchetto di aiuti per; ripreso le forniture di armi a; lanciato un pacchetto di aiuti per; "
                  "aumentato le forniture di armi a; sbloccato gli aiuti militari a; ripreso la condivisione di intelligence con; "
                  "approvato un prestito per armi a"),
    "TN_AID": _p("un [pacchetto di aiuti militari|@]; un [pacchetto di armi|@]; la [consegna|@] di armi; le [forniture di armi|@]; "
                 "una nuova [tranche di aiuti militari|@]; un [carico|@] di proiettili; il [trasferimento|@] di sistemi di difesa aerea; "
                 "l'[assistenza militare|@]; un [pacchetto di aiuti|@]"),
    "TB_AID": _p("[aiuti militari|@]; [pacchetto di aiuti|@]; [armi|@]; [forniture militari|@]; [nuovi aiuti|@]"),
    "TV_LOSS": _p("perso; subito la perdita di; visto cadere; perso fino a; perso oltre; registrato la perdita di; perso quasi; perso circa; contato la morte di; lasciato sul campo; lasciato sul terreno; visto morire; perso in combattimento; perso in un solo giorno"),
    "TVC_LOSS": _p("catturato; fatto prigionieri; preso prigionieri; catturato in combattimento; fatto prigionieri in battaglia; catturato vivi; costretto alla resa; fatto prigionieri di guerra; preso in consegna; catturato sul campo di battaglia"),
    "TN_LOSS": _p("le [perdite|@]; le [perdite in combattimento|@]; le [perdite di personale|@]; le [perdite irrecuperabili|@]; "
                  "le [perdite giornaliere|@]; le [vittime|@]; le [perdite di uomini|@]; le [perdite di mezzi|@]; il [bilancio dei caduti|@]; i [morti|@]; i [caduti|@]"),
    "TV_DISRUPT": _p("abbattuto; intercettato; distrutto; neutralizzato; disturbato; messo fuori uso; eliminato; neutralizzato in volo; "
                     "deviato con la guerra elettronica; distrutto in aria; colpito in volo; abbattuto in volo; fatto precipitare; reso inoffensivi; intercettato e distrutto; disattivato; accecato con la guerra elettronica; annientato; abbattuto sul mare; abbattuto con armi leggere; fatto cadere; disturbato e abbattuto"),
    "TN_DISRUPT": _p("l'[abbattimento|@] di; l'[intercettazione|@] di; la [distruzione|@] di; la [neutralizzazione|@] di"),
    "TV_THREAT": _p("accusato; minacciato; avvertito; incolpato; attaccato verbalmente; denunciato; lanciato un ultimatum a; "
                    "condannato; puntato il dito contro; ammonito; minacciato ritorsioni contro; attaccato duramente; messo in guardia; lanciato un avvertimento a; tuonato contro; additato; ammonito duramente; criticato aspramente; minacciato di colpire; promesso una risposta contro; messo sotto accusa; incolpato apertamente"),
    "TN_THREAT": _p("le [accuse|@] contro; un [avvertimento|@] a; le [minacce|@] contro; un [ultimatum|@] a; una [velata minaccia|@] a"),
    "TV_SANCT": _p("imposto sanzioni a; sanzionato; inserito nella lista nera; congelato i beni di; varato un nuovo pacchetto di sanzioni contro; "
                   "prorogato le sanzioni contro; vietato le importazioni da; imposto un embargo a; introdotto nuove restrizioni contro; "
                   "imposto il divieto di viaggio a; inasprito le sanzioni contro; esteso le sanzioni a; colpito con sanzioni; messo nella lista delle sanzioni; escluso dallo SWIFT; sequestrato i beni di; vietato le esportazioni verso; bloccato i beni di; limitato il commercio con; aggiunto alla lista nera"),
    "TN_SANCT": _p("le [sanzioni|@] contro; un [pacchetto di sanzioni|@] contro; un [embargo|@] su; il [congelamento dei beni|@] di; "
                   "le [misure restrittive|@] contro; il [divieto di ingresso|@] per"),
    "TV_ARREST": _p("arrestato; fermato; preso in custodia; catturato; rastrellato; incarcerato; messo in manette; posto in stato di fermo; "
                    "tratto in arresto; ammanettato; fermato e interrogato; arrestato e accusato; condotto in carcere; portato via; messo agli arresti; sottoposto a fermo; trattenuto; bloccato e arrestato; rinchiuso; messo dietro le sbarre; prelevato; effettuato arresti tra; sottoposto a custodia cautelare; arrestato in flagranza"),
    "TN_ARREST": _p("l'[arresto|@] di; il [fermo|@] di; gli [arresti|@] di; un'ondata di [fermi|@] di"),
    "TV_ATTACK": _p("ucciso; fucilato; giustiziato; ucciso a colpi d'arma da fuoco; assassinato; freddato; ucciso a bastonate; giustiziato sommariamente; accoltellato a morte; strangolato; ucciso a un posto di blocco; sparato alla schiena; giustiziato a bruciapelo; torturato a morte; ucciso e sepolto"),
    "TVN_ATTACK": _p("picchiato; torturato; aperto il fuoco contro; investito; malmenato; aggredito; sparato contro; seviziato; ferito"),
    "TN_ATTACK": _p("l'[uccisione|@] di; l'[esecuzione|@] di; l'[omicidio|@] di; la [fucilazione|@] di"),
}

# Prose scaffolding: clauses around the event that carry no event of their own.
EN.update({
    "OPEN": _p("Hours after air raid sirens had sounded across the east,; Just before dawn,; In the early hours, while most residents were asleep,; "
               "Despite repeated calls for restraint from Western capitals,; Only a day after the city had reopened its schools,; "
               "As temperatures dropped below freezing,; Shortly after midnight local time,; While negotiators in Geneva were still arguing over the agenda,; "
               "Late in the evening, as power returned to several districts,; On the eve of a donors' conference in Berlin,; "
               "In a development that surprised many observers,; For the third time this month,; Less than a week after the new commander took over,"),
    "BG": _p("a town that had about 40,000 residents before the war; which lies some 30 kilometres from the front line; "
             "a railway hub on the road to the regional capital; where most shops have been closed since the spring; "
             "an industrial city on the banks of the river; whose bridge is the last crossing still open; "
             "a farming village surrounded by sunflower fields; where the water supply has been cut for weeks"),
    "SRC_AP": _p("the head of the regional military administration, [Oleksandr Hordiienko|@],; the governor of the region, [Petro Lysenko|@],; "
                 "the city's mayor, [Ihor Savchuk|@],; the spokesman for the Khortytsia group, [Viktor Tregubenko|@],; "
                 "a senior Ukrainian commander, [Colonel Andrii Marchenko|@],; Russia's defence ministry spokesman, [Igor Konashenkov|@],; "
                 "the Russian-installed official, [Vladimir Saldov|@],; the head of the district administration, [Mykola Prykhodko|@],"),
    "AID_ITEM": _p("howitzers; air defence missiles; armoured vehicles; artillery shells; Patriot interceptors; long-range missiles; "
                   "anti-tank weapons; F-16 jets; mine-clearing vehicles; counter-battery radars"),
    "SANCT_TGT": _p("dozens of Russian banks; Russia's shadow fleet of tankers; Iranian drone makers; Belarusian officials; "
                    "Russian arms suppliers; companies helping Moscow evade export controls; Russian liquefied gas exports; "
                    "North Korean officials involved in arms transfers"),
    "AGREE_OBJ": _p("on the return of children taken to Russia; covering the safety of the nuclear plant; on Black Sea shipping; "
                    "after weeks of mediation by Turkey; brokered by the United Arab Emirates; mediated by Qatar; "
                    "in talks hosted by Saudi Arabia"),
    "BARRAGE": _p("launched a barrage of; fired a barrage of; sent a wave of; unleashed; launched a combined attack with; launched; "
                  "hurled; attacked with"),
    "RU_MISSILE": _p("Iskander-M; Kinzhal; Kh-101; Kalibr; Kh-59; Oniks; Kh-22; Zircon"),
    "AD_WEAPON": _p("Patriot; IRIS-T; NASAMS; Gepard; SAMP/T; Hawk; Crotale; Skynex"),
    "NUMQ": _p("[15|@]; [24|@]; [31|@]; [40|@]; [more than 50|@]; [12|@]; [nine|@]; [about 30|@]; [28|@]; [18|@]; [seven|@]; [most|@]"),
    "THREAT_RU": _p("[Dmitry Medvedev|@]; [Vladimir Putin|@]; [Sergei Lavrov|@]; [Maria Zakharova|@]; [Ramzan Kadyrov|@]; "
                    "[Sergei Shoigu|@]; the [Kremlin|@]; [Moscow|@]; [Dmitry Peskov|@]; [Alexander Lukashenko|@]"),
    "ADV_MID": _p("even; indeed; actually; also; once again; in fact; even so"),
    "CONN": _p("Indeed,; In fact,; Meanwhile,; Even so,; Moreover,; At the same time,; Actually,; However,"),
    "WEAPON": _p("Patriot; IRIS-T; NASAMS; Iskander-M; Kinzhal; HIMARS; Storm Shadow; Shahed-136; Gepard; ATACMS"),
})

IT.update({
    "OPEN": _p("Poche ore dopo che le sirene avevano suonato in tutto l'est,; Poco prima dell'alba,; Nelle prime ore del mattino, mentre gran parte degli abitanti dormiva,; "
               "Nonostante i ripetuti appelli alla moderazione delle capitali occidentali,; A un solo giorno dalla riapertura delle scuole,; "
               "Mentre le temperature scendevano sotto lo zero,; Poco dopo la mezzanotte ora locale,; Mentre a Ginevra i negoziatori discutevano ancora dell'agenda,; "
               "In tarda serata, mentre la corrente tornava in diversi quartieri,; Alla vigilia della conferenza dei donatori di Berlino,; "
               "Per la terza volta questo mese,; A meno di una settimana dall'insediamento del nuovo comandante,; Come era già accaduto in primavera,"),
    "BG": _p("una cittadina che prima della guerra contava circa 40.000 abitanti; che si trova a una trentina di chilometri dalla linea del fronte; "
             "snodo ferroviario sulla strada per il capoluogo; dove quasi tutti i negozi sono chiusi dalla primavera; "
             "città industriale sulle rive del fiume; il cui ponte è l'ultimo attraversamento ancora aperto; "
             "villaggio agricolo circondato da campi di girasoli; dove l'acqua corrente manca da settimane"),
    "SRC_AP": _p("il capo dell'amministrazione militare regionale, [Oleksandr Hordiienko|@],; il governatore della regione, [Petro Lysenko|@],; "
                 "il sindaco della città, [Ihor Savchuk|@],; il portavoce del gruppo Khortytsia, [Viktor Tregubenko|@],; "
                 "un alto comandante ucraino, il [colonnello Andrii Marchenko|@],; il portavoce della Difesa russa, [Igor Konashenkov|@],; "
                 "il funzionario insediato da Mosca, [Vladimir Saldov|@],; il capo dell'amministrazione distrettuale, [Mykola Prykhodko|@],"),
    "AID_ITEM": _p("obici; missili per la difesa aerea; veicoli blindati; proiettili d'artiglieria; intercettori Patriot; missili a lungo raggio; "
                   "armi anticarro; caccia F-16; mezzi sminatori; radar di controbatteria"),
    "SANCT_TGT": _p("decine di banche russe; petroliere della flotta ombra russa; produttori iraniani di droni; funzionari bielorussi; "
                    "fornitori di armi della Russia; aziende che aiutano Mosca ad aggirare i controlli sulle esportazioni; "
                    "esportatori russi di gas liquefatto; funzionari nordcoreani coinvolti nel trasferimento di armi"),
    "AGREE_OBJ": _p("sul ritorno dei bambini portati in Russia; sulla sicurezza della centrale nucleare; sulla navigazione nel Mar Nero; "
                    "dopo settimane di mediazione turca; con la mediazione degli Emirati Arabi Uniti; con la mediazione del Qatar; "
                    "nei colloqui ospitati dall'Arabia Saudita"),
    "BARRAGE": _p("lanciato una raffica di; lanciato un'ondata di; scatenato un attacco con; lanciato; scagliato; attaccato con; "
                  "lanciato un attacco combinato con"),
    "RU_MISSILE": _p("Iskander-M; Kinzhal; Kh-101; Kalibr; Kh-59; Oniks; Kh-22; Zircon"),
    "AD_WEAPON": _p("Patriot; IRIS-T; NASAMS; Gepard; SAMP/T; Hawk; Crotale; Skynex"),
    "TVPASS_SHELL": _p("bombardata; colpita; presa di mira; martellata; bersagliata; cannoneggiata; colpita dall'artiglieria; "
                       "colpita da missili; raggiunta da razzi"),
    "TNP_CLASH": _p("i [combattimenti|@]; gli [scontri|@]; gli [scontri a fuoco|@]; i [combattimenti casa per casa|@]; gli [assalti|@]; "
                    "gli [scontri armati|@]; i [duri combattimenti|@]; gli [attacchi di fanteria|@]; i [combattimenti|@] di posizione"),
    "NUMQ": _p("[15|@]; [24|@]; [31|@]; [40|@]; [più di 50|@]; [12|@]; [nove|@]; [circa 30|@]; [28|@]; [18|@]; [sette|@]; [la maggior parte|@]"),
    "THREAT_RU": _p("[Dmitry Medvedev|@]; [Vladimir Putin|@]; [Sergei Lavrov|@]; [Maria Zakharova|@]; [Ramzan Kadyrov|@]; "
                    "[Sergei Shoigu|@]; il [Cremlino|@]; [Mosca|@]; [Dmitry Peskov|@]; [Aleksandr Lukashenko|@]"),
    "ADV_MID": _p("addirittura; infatti; peraltro; anche; di nuovo; persino; inoltre; in effetti"),
    "CONN": _p("Infatti,; Addirittura,; Peraltro,; Tuttavia,; Intanto,; In effetti,; Del resto,; Nel frattempo,"),
    "WEAPON": _p("Patriot; IRIS-T; NASAMS; Iskander-M; Kinzhal; HIMARS; Storm Shadow; Shahed-136; Gepard; ATACMS"),
})
