# ruff: noqa: E501
"""Forme italiane frequenti: titoli con vittime e fonte in coda, Donbass occupato, brevi da Telegram."""

TEMPLATES = r"""
shell | headline | {location:NAME}, [bombardamenti|T] russi: {fatalities:NUM} morti e {quantity:NUM} feriti
shell | headline | {location:DONBAS}, [colpi|T] delle [Apu|actor1] sul quartiere {DISTRICT}: {fatalities:NUM} morti - [Dpr|source]
shell | wire | {fatalities:NUM} persone sono morte dopo che le [Vsu|actor1] hanno [aperto il fuoco|T] sul distretto {DISTRICT} di {location:DONBAS}, ha detto il [sindaco filorusso|source].
shell | wire | Un civile è morto quando l'[artiglieria|T] ucraina ha colpito {location:DONBAS}, {ATTR_RU}.
shell | telegram | ⚡️ {location:NAME}: il [nemico|actor1] ha [bombardato|T] la città {quantity:NUM_BIG} volte nell'ultima giornata. {fatalities:NUM} morti, {quantity:NUM} feriti.
shell | telegram | Nell'ultima giornata il [nemico|actor1] ha [{TV_SHELL}|T] {location+:VNAME}. Nessuna vittima.
shell | headline | {location:NAME} [sotto il fuoco|T]: {quantity:NUM} feriti, nessun morto - [sindaco|source]
shell | wire | Un [missile russo|T] [avrebbe|hedge] colpito un albergo nel centro {location:CITY_DI} sabato sera, {ATTR}.
air | headline | Regione di {location:RUNAME}, [drone|T] uccide {fatalities:NUM} persone - [governatore|source]
air | wire | Un uomo è morto dopo che un [drone|T] ucraino ha sganciato esplosivo sulla sua auto a {location:RUNAME}, {ATTR_RU}.
air | wire | [Droni ucraini hanno attaccato|T] {location+:RUNAME} nella notte, {ATTR_RU}.
air | telegram | 🛩 {location:NAME}: gli [occupanti|actor1] hanno [sganciato|T] {quantity:NUM} KAB sulla periferia. Informazioni sulle vittime in aggiornamento.
clash | wire | {fatalities:NUM} soldati ucraini sono stati uccisi negli [scontri|T] vicino a {location:VNAME}, {ATTR_RU}.
clash | headline | {location:VNAME}, {fatalities:NUM} soldati morti nei [combattimenti|T] - [esercito ucraino|source]
attack | headline | {location:VNAME}, soldati russi [uccidono|T] {fatalities:NUM} civili - [procura|source]
attack | wire | I corpi di {fatalities:NUM} civili con ferite d'arma da fuoco sono stati trovati a {location:VNAME}: i [soldati russi|actor1] li avevano [uccisi|T], {ATTR_UA}.
ied | headline | {location:VNAME}, auto [su una mina|T]: {fatalities:NUM} morti - [polizia|source]
ied | wire | Una [trappola esplosiva|T] lasciata dalle forze russe in ritirata ha ucciso {fatalities:NUM} persone {location:VILLAGE_A}, {ATTR}.
overtake | headline | [Mosca|source]: le nostre forze hanno [conquistato|T] {location:VNAME}
overtake | wire | Le [truppe russe|actor1] hanno [{TV_OVERTAKE}|T] {location:VNAME}, a {NUM} chilometri da {NAME}, {ATTR_RU}.
regain | headline | [Kiev|source]: [riconquistato|T] il villaggio di {location:VNAME}
regain | wire | {actor1:UA_PL} hanno [{TV_REGAIN}|T] {location:VNAME} dopo settimane di combattimenti, {ATTR_UA}.
disrupted | headline | [Mosca|source]: [abbattuti|T] {quantity:NUM_BIG} droni ucraini nella notte
losses | telegram | 🇺🇦 Lo [Stato maggiore|source] [comunica|attr]: [perdite|T] nemiche nell'ultima giornata - {quantity:NUM_BIG} uomini.
threat | headline | Il [Cremlino|actor1] [minaccia|T] una risposta dopo l'attacco a {location:RUNAME}
diplo | headline | {actor1:LEADERS} [incontra|T] {actor2:LEADERS} a {location:ABROAD}
aid | headline | {actor1:STATES} [[promette|future]|T] nuova difesa aerea a Kiev dopo l'attacco su {NAME}
change | wire | {actor1:UA_M} si sono [ritirati|T] da {location:NAME} per evitare l'accerchiamento, {ATTR_UA}.
change | headline | {location:VNAME}, le truppe ucraine si [ritirano|T]
"""
