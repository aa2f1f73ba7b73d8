"""The accurate reader on plain wire sentences: what any retrained heads must still read.

Heads that score higher on the test split once read no trigger in "Russian missiles struck a power
station..." (a weapon as the subject of the strike verb). These sentences, written for this test
and not in the training data, are the floor: each positive must yield a trigger of the right
family, and a forecast, an analyst's judgement, a denial or a plan must yield no event told in the
article's or a source's own voice (none, or one marked as denied, planned or alleged).
"""

from __future__ import annotations

from pathlib import Path

import pytest

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "ner" / "weights"
STRIKE = {"Shelling/artillery/missile attack", "Air/drone strike"}
TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}
SHOOT_DOWN = {"Disrupted weapons use"}
CIVILIANS_KILLED = {"Attack"}

MUST_READ = [
    ("en", "Russian missiles hit a thermal power plant in Dnipro early on Friday, killing two workers, "
           "the regional governor said.", STRIKE),
    ("en", "A Russian missile struck a school in Bilopillia on Wednesday, killing a teacher, "
           "the regional administration said.", STRIKE),
    ("en", "Russian forces shelled the centre of Nikopol overnight, wounding three people.", STRIKE),
    ("en", "A Ukrainian drone struck an oil depot in the Bryansk region on Sunday, local authorities said.", STRIKE),
    ("en", "Russian troops captured the village of Novoselivka after weeks of fighting, "
           "the defence ministry in Moscow said.", TERRITORY),
    ("en", "Ukrainian air defences shot down 14 of 20 drones launched overnight, the air force said.", SHOOT_DOWN),
    ("en", "Russian soldiers shot dead two civilians in a village near Izium, prosecutors said.", CIVILIANS_KILLED),
    ("it", "Missili russi hanno colpito un deposito di carburante a Kremenchuk nella notte, "
           "ha riferito il sindaco.", STRIKE),
    ("it", "Un missile russo ha colpito una scuola a Bilopillia mercoledì, uccidendo un'insegnante, "
           "ha detto l'amministrazione regionale.", STRIKE),
    ("it", "Le forze russe hanno bombardato il centro di Kherson, uccidendo due civili.", STRIKE),
    ("it", "Un drone ucraino ha centrato una raffineria nella regione di Rostov, secondo le autorità locali.",
     STRIKE),
    ("it", "Le truppe ucraine hanno riconquistato il villaggio di Klishchiivka, ha annunciato lo Stato maggiore.",
     TERRITORY),
    ("it", "La contraerea ucraina ha abbattuto due missili da crociera sopra Kiev nella notte.", SHOOT_DOWN),
    ("it", "Soldati russi hanno ucciso tre civili in un villaggio vicino a Kupiansk, secondo la procura.",
     CIVILIANS_KILLED),
]

# (language, sentence, the modalities a trigger may carry there: none at all when empty)
NOT_TOLD_AS_FACT = [
    ("en", "Analysts expect Russia to step up missile strikes on the power grid as winter approaches.",
     {"planned", "alleged"}),
    ("en", "The institute assesses that Russian forces are unlikely to capture the city before the spring.",
     {"planned", "alleged"}),
    ("it", "Il Cremlino ha smentito di aver colpito un ospedale a Kharkiv.", {"denied"}),
    ("en", "Kyiv plans to launch a new counteroffensive in the south next year, a presidential adviser said.",
     {"planned"}),
    ("it", "L'esercito ucraino intende lanciare una controffensiva nel sud la prossima primavera.", {"planned"}),
]

pytestmark = pytest.mark.skipif(not (WEIGHTS / "e5_ner.pt").exists(), reason="e5 NER weights not built")


@pytest.fixture(scope="module")
def readings():
    from frontwatch.reader import load_reader

    items = MUST_READ + NOT_TOLD_AS_FACT
    found = load_reader("accurate").read([text for _, text, _ in items], [lang for lang, _, _ in items])
    return {text: reading for (_, text, _), reading in zip(items, found, strict=True)}


@pytest.mark.parametrize(("lang", "text", "family"), MUST_READ, ids=[f"{x[0]}-{i}" for i, x in enumerate(MUST_READ)])
def test_plain_wire_sentence_yields_a_trigger_of_its_family(readings, lang, text, family):
    got = [(text[t.start:t.end], t.sub_event_type) for t in readings[text].triggers]
    assert any(sub in family for _, sub in got), got


@pytest.mark.parametrize(("lang", "text", "allowed"), NOT_TOLD_AS_FACT,
                         ids=[f"{x[0]}-{i}" for i, x in enumerate(NOT_TOLD_AS_FACT)])
def test_forecast_judgement_denial_and_plan_are_not_told_as_fact(readings, lang, text, allowed):
    got = [(text[t.start:t.end], t.sub_event_type, t.modality) for t in readings[text].triggers]
    assert all(modality in allowed for _, _, modality in got), got
