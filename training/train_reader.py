"""Train the accurate reader's event heads on the frozen e5 NER encoder.

Rebuilds src/frontwatch/reader/weights/e5_heads.pt. Command (repo root, 2 CPU cores):

    nohup nice -n 5 .venv/bin/python training/train_reader.py --minutes 12 > /tmp/train_reader.log 2>&1 &

1. Word vectors: one pass of the committed KIND-fine-tuned e5 encoder (frozen; entity tags
   unchanged) over every training text, the hidden states after layer MID_LAYER and after
   the last layer at each word's first sub-token, exactly as at run time (fp32).
   Cached in --cache, keyed by the data's hash, so re-running the heads is minutes.
2. Heads (reader/heads.py): BiLSTM + trigger/cue taggers + per-trigger argument tagger and
   modality classifier, trained with AdamW on the sum of their cross-entropies.
3. Model selection on a dev split carved from train.jsonl by `group` (--dev-fraction of the
   groups); test.jsonl is never read. The decoder's trigger O-bias is tuned on dev too.
   With --final the best epoch count is then re-run on all of train.jsonl (dev included).

How the committed weights were built (2026-12-01, 2 cores, fp32 features):

    .venv/bin/python training/train_reader.py --extract-only          # 19,472 train examples, ~25 min quiet
    .venv/bin/python training/train_reader.py --cached-only --epochs 9 --lr 6e-3

17,350 training + 2,122 dev examples (dev split by group); the weights are the best dev
epoch's (8; dev macro F1 0.75, trigger O-bias 0.0, no --final retraining). test.jsonl was
never read in training.

Session 5 (2026-12-01): 21,422 train examples (templates_gaps.py added), features cached, then

    .venv/bin/python training/train_reader.py --cached-only --epochs 9 --lr 6e-3 --threads 2 \
        --trigger-o-bias -1.0                                          # 19 min on a quiet machine

best epoch 9 (template dev macro F1 0.66 over 18,795 + 2,627). The template dev split picks
O-bias 0.0, but template sentences are cleaner than news: on the dev corpus -1.0 read more
(event_f1 0.627 -> 0.632, attr_modality 0.692 -> 0.700) and it is the committed setting.

Session 8 (2026-12-02): 27,494 examples (hand-written passages passages_en2/it2/en3/it3 added,
2,028 in all), features cached (--extract-only computes only the new texts), then

    .venv/bin/python training/train_reader.py --cached-only --epochs 9 --lr 6e-3 --threads 1 \
        --trigger-o-bias -1.0 --hand-weight 2                          # 42 min on crowded cores

best epoch 9 (template dev macro F1 0.73 over 20,466 + dev split; hand-passage dev 0.71). On
the test split (never read in training) macro F1 en 0.7685 -> 0.772, it 0.7552 -> 0.797, hand
passages 0.61 -> 0.71; UCDP headlines any_event 0.870 -> 0.895, claimed 0.749 -> 0.770; dev corpus
event_f1 0.646 -> 0.698 but attr_modality 0.871 -> 0.784. NOT committed: these heads read no
trigger in "Russian missiles struck a power station in Kharkiv on Tuesday, killing four people"
nor in its Italian twin (tests/test_record_cli.py failed), which the session-5 heads read; the
plain wire sentence must be checked before heads are committed. Use --threads 1 when the cores
are shared: two threads that wait on each other under load made one epoch take 25 minutes.

Session 9 (2026-12-02): why the session-8 heads lost the plain wire sentence. The data taught a
weapon that is the subject of the strike verb two ways: the templates marked weapon and verb
together ("missiles struck", «droni russi hanno colpito»), nine hand passages and one template
marked the weapon alone and left the verb outside ("[missiles|T] hit"); with the hand passages
counted twice the heads grew unsure of both words (B on "missiles" -2.4, "struck" O at -0.16; the
decode O-bias -1.0 did not flip it: the trigger scores were far below O, not near it). Fixed at
the data: one convention (weapon and verb marked together; README "Annotation conventions"), and
139 fresh passages (passages_en4/it4: plain strike reports with varied verbs and weapons, plain
shoot-downs, captures, civilians killed; hard negatives with the same verbs in ordinary senses).
27,633 examples; features of the 124 new training texts computed, then

    nohup nice -n 5 .venv/bin/python training/train_reader.py --epochs 9 --lr 6e-3 --threads 1 \
        --trigger-o-bias -1.0 --hand-weight 2 > /tmp/reader9_train.log 2>&1 &   # 60 min on crowded cores

best epoch 9 (template dev macro F1 0.76 over 20,422 + 2,848; hand-passage dev 0.65). NOT committed
(kept in commit f52bfde, reverted): dev attr_date fell 0.968 -> 0.875 (tests/test_dev_end_to_end.py
floor 0.90): their time arguments picked month-only phrases, dating three matched events to the
first of a month (2022-06-01, 2025-02-01), and an Italian list of shelled villages went to the
wrong day; the time role must be checked with the dev scorer before heads are committed. They read every
sentence of tests/test_reader_must_read.py and
tests/test_record_cli.py (the session-8 heads miss «Missili russi hanno colpito un deposito...»).
Test split (never read in training; the 4,348 examples of the session-8 split, unchanged but for
one trigger span widened): macro F1 en 0.7685 -> 0.784, it 0.7552 -> 0.777, modality 0.953/0.972 ->
0.954/0.969; hand passages 0.61 -> 0.69. Dev corpus: event_f1 0.646 -> 0.667, event_full_f1
0.479 -> 0.458, attr_claimed_by 0.774 -> 0.719, attr_modality 0.871 -> 0.844. The modality misses
(5 of 32 matched events, `dev_errors.py`): an Italian list of shelled villages read as Grenade
with its source in another sentence, "fighting continued..., Syrsky added" with the source after
the clause, a press secretary's statement read as Sanctions, and a resumption of military aid
inside a sentence about a ceasefire proposal read as planned (the training convention gives a
proposal's trigger a future cue; the aid in the same sentence borrowed it).
UCDP headlines (ucdp.sh): any_event 0.870 -> 0.849, loc161 0.752 -> 0.719, claimed 0.749 -> 0.717,
clusters together 0.550 -> 0.485, apart 0.945 -> 0.947: they read fewer casualty-first headlines
("Death toll in X rises to N - source": 18 headlines lost, 8 gained); the next data to write.

Session 10 (2026-12-02): the three losses of the session-9 heads, fixed where they arise, then retrained.
(a) Dates: the events stage now takes an event's day only from a phrase that names a day; a time argument
coarser than a day ("in June", «a febbraio», "this week") still marks long-past news as history but sets
no day (the event takes a day-level phrase next to the trigger, else the publication day); five
month-only spans in passages_it2.py are no longer labelled `time`. With the session-9 heads this alone
lifts dev attr_date 0.875 -> 0.938 (committed heads unchanged: 0.968). (b) passages_en5/it5 (135 fresh
passages): casualty-first headlines and briefs, and (c) a proposal next to a fact in one sentence, the
future cue tied to the proposal's trigger only. 27,768 examples (test split: the 4,363 old examples
unchanged plus 16 new). Then

    nohup nice -n 5 .venv/bin/python training/train_reader.py --epochs 9 --lr 6e-3 --threads 1 \
        --trigger-o-bias -1.0 --hand-weight 2 --out /tmp/r10/heads.pt > /tmp/reader10_train.log 2>&1 &  # 57 min

best epoch 8 (template dev macro F1 0.75 over 20,441 + 2,948). NOT committed (rebuilt by the command above;
a copy stays outside the repository, it is never loaded): test split macro F1 en 0.7679 -> 0.7521 (below the committed
heads), it 0.7537 -> 0.8082, hand passages 0.60 -> 0.68; dev corpus event_f1 0.646 -> 0.693 but
event_full_f1 0.479 -> 0.396 (tests/test_dev_end_to_end.py fails its floor), attr_date 0.968 -> 0.943,
attr_modality 0.871 -> 0.771, attr_claimed_by 0.774 -> 0.686. The aid resumed in the Italian ceasefire
sentence is still read as planned, and the Italian list of shelled villages is read as Grenade and
Suicide bomb: the 24 "+beside" passages did not move those. UCDP headlines (ucdp.sh): any_event 0.870 -> 0.855
(session 9: 0.849), loc161 0.752 -> 0.736 (0.719), claimed 0.749 -> 0.733 (0.717), date 0.503 -> 0.489:
the casualty-first passages won back part of what the session-9 heads lost, not all. Figures on the same split for the
committed heads (4,379 examples): en 0.7679, it 0.7537.

`--init HEADS` starts from trained heads (fine-tuning on new examples plus a replay sample of the
old ones, e.g. a --train file of the new groups and 6,500 old examples). Tried 2026-12-01 on the
gap examples of templates_gaps.py from the committed heads, one epoch at --lr 2e-3 (35 min on the
crowded cores): dev corpus event_f1 fell from 0.667 to 0.571 and attr_modality from 0.767 to
0.571, so those heads were not committed; a full run (--cached-only --epochs 9 --lr 6e-3 on all
of train.jsonl) on a quiet machine is the next step.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from frontwatch.eval.events import score  # noqa: E402
from frontwatch.reader.data import Example, bio_tags, load_examples  # noqa: E402
from frontwatch.reader.e5_reader import HEADS_FILE, MID_LAYER, HeadsDecoder, load_heads, save_heads  # noqa: E402
from frontwatch.reader.heads import EventHeads  # noqa: E402
from frontwatch.reader.labels import ARG_TAGS, CUE_TAGS, MODALITY_LABELS, TRIGGER_TAGS  # noqa: E402

DATA = ROOT / "training" / "data" / "events"
O_WEIGHT = 0.3


def _text_key(text: str) -> str:
    return hashlib.sha256(f"{text}|{MID_LAYER}|fp32".encode()).hexdigest()[:20]


def _load_cache(cache: Path) -> dict[str, np.ndarray]:
    """Every cached word-vector array by text key. Shards are dicts (text key -> fp16
    tensor), so adding examples to the data computes only the new texts."""
    out: dict[str, np.ndarray] = {}
    for path in sorted(cache.glob("e5_shard_*.pt")):
        out.update({k: t.float().numpy() for k, t in torch.load(path, weights_only=True).items()})
    return out


def features(exs: list[Example], cache: Path, compute: bool = True, chunk: int = 128) -> dict[str, np.ndarray]:
    """Encoder word vectors by example id. Texts already in the cache are read from it;
    the others are computed chunk by chunk, each chunk saved as a shard at once (an
    interrupted run keeps its work). `compute=False` returns only what is cached."""
    cache.mkdir(parents=True, exist_ok=True)
    known = _load_cache(cache)
    out = {e.id: known[_text_key(e.text)] for e in exs if _text_key(e.text) in known}
    todo = list({_text_key(e.text): e for e in exs if e.id not in out}.values())
    if not compute or not todo:
        return out
    from frontwatch.reader.e5_reader import EncoderPass

    enc = EncoderPass()
    t0 = time.time()
    for k in range(0, len(todo), chunk):
        part = todo[k : k + chunk]
        feats = [f for f, _ in enc([e.words for e in part])]
        shard = {_text_key(e.text): torch.from_numpy(f).half() for e, f in zip(part, feats, strict=True)}
        name = hashlib.sha256("".join(sorted(shard)).encode()).hexdigest()[:16]
        torch.save(shard, cache / f"e5_shard_{name}.pt")
        known.update({key: t.float().numpy() for key, t in shard.items()})
        print(f"  features {k + len(part)}/{len(todo)} new texts ({time.time() - t0:.0f}s)", flush=True)
    return {e.id: known[_text_key(e.text)] for e in exs if _text_key(e.text) in known}


def targets(ex: Example) -> dict:
    n = len(ex.offsets)
    tid = {t: i for i, t in enumerate(TRIGGER_TAGS)}
    cid = {t: i for i, t in enumerate(CUE_TAGS)}
    aid = {t: i for i, t in enumerate(ARG_TAGS)}
    trig = bio_tags(n, [(e.sub_event_type, *e.trigger) for e in ex.events])
    cue = bio_tags(n, ex.cues)
    events = [(e.trigger[0], e.trigger[1], [aid[t] for t in bio_tags(n, e.args)],
               MODALITY_LABELS.index(e.modality) if e.modality in MODALITY_LABELS else 0) for e in ex.events]
    return {"trig": [tid[t] for t in trig], "cue": [cid[t] for t in cue], "events": events}


def batch_loss(heads: EventHeads, feats: list[np.ndarray], tg: list[dict]) -> torch.Tensor:
    lengths = torch.tensor([len(f) for f in feats])
    t = int(lengths.max())
    x = torch.zeros(len(feats), t, feats[0].shape[1])
    yt = torch.full((len(feats), t), -100, dtype=torch.long)
    yc = torch.full((len(feats), t), -100, dtype=torch.long)
    ev_b, ev_s, ev_e, ya, ym = [], [], [], [], []
    for r, (f, g) in enumerate(zip(feats, tg, strict=True)):
        x[r, : len(f)] = torch.from_numpy(f)
        yt[r, : len(f)] = torch.tensor(g["trig"])
        yc[r, : len(f)] = torch.tensor(g["cue"])
        for s, e, args, mod in g["events"]:
            ev_b.append(r)
            ev_s.append(s)
            ev_e.append(e)
            ya.append(args + [-100] * (t - len(args)))
            ym.append(mod)
    h = heads.encode(x, lengths)
    lt, lc = heads.tag_logits(h)
    # the O tag is most words: down-weighted so the rare tags are learnt within a few epochs
    wt, wc = torch.ones(lt.shape[-1]), torch.ones(lc.shape[-1])
    wt[0] = wc[0] = O_WEIGHT
    loss = F.cross_entropy(lt.reshape(-1, lt.shape[-1]), yt.reshape(-1), weight=wt, ignore_index=-100)
    loss = loss + F.cross_entropy(lc.reshape(-1, lc.shape[-1]), yc.reshape(-1), weight=wc, ignore_index=-100)
    if ev_b:
        la, lm = heads.event_logits(h, lengths, torch.tensor(ev_b), torch.tensor(ev_s), torch.tensor(ev_e))
        loss = loss + F.cross_entropy(la.reshape(-1, la.shape[-1]), torch.tensor(ya).reshape(-1), ignore_index=-100)
        loss = loss + F.cross_entropy(lm, torch.tensor(ym))
    return loss


def dev_score(heads: EventHeads, exs: list[Example], feats: list[np.ndarray], o_bias: float = 0.0) -> dict:
    dec = HeadsDecoder(heads, {"trigger_o_bias": o_bias})
    res = score(exs, dec.read_words(feats, [e.offsets for e in exs]))
    heads.train()
    return res["languages"]


def objective(langs: dict) -> float:
    per = [v for k, v in langs.items() if k != "all"]
    both = langs.get("all", {"modality_accuracy": 0.0, "argument_micro_f1": 0.0})
    return min((v["macro_f1"] for v in per), default=0.0) + 0.5 * both["modality_accuracy"] + \
        0.25 * both["argument_micro_f1"]


def split_dev(exs: list[Example], fraction: float, seed: int) -> tuple[list[Example], list[Example]]:
    groups = sorted({e.raw.get("group") or e.id for e in exs})
    random.Random(seed).shuffle(groups)
    dev_groups = set(groups[: int(len(groups) * fraction)])
    return ([e for e in exs if (e.raw.get("group") or e.id) not in dev_groups],
            [e for e in exs if (e.raw.get("group") or e.id) in dev_groups])


def is_hand(ex: Example) -> bool:
    """A hand-written passage: group 'en-hand-shell-t03', or 'it-neg-opinion+hand-t01' for a negative."""
    group = ex.raw.get("group") or ""
    return "-hand-" in group or "+hand-" in group


def weighted(exs: list[Example], by_id: dict, hand_weight: int) -> list[tuple[np.ndarray, dict]]:
    """The training items, each hand-written passage repeated hand_weight times."""
    return [by_id[e.id] for e in exs for _ in range(hand_weight if is_hand(e) else 1)]


def train(heads: EventHeads, data: list[tuple[np.ndarray, dict]], epochs: int, lr: float, batch: int,
          seed: int, on_epoch=None) -> None:
    opt = torch.optim.AdamW(heads.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(data) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=max(steps, 1), pct_start=0.1)
    rng = random.Random(seed)
    heads.train()
    for ep in range(1, epochs + 1):
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + rng.random() * 6)
        chunks = [order[k : k + batch] for k in range(0, len(order), batch)]
        rng.shuffle(chunks)
        total = 0.0
        for ch in chunks:
            loss = batch_loss(heads, [data[i][0] for i in ch], [data[i][1] for i in ch])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(heads.parameters(), 5.0)
            opt.step()
            sched.step()
            total += loss.item()
        print(f"epoch {ep} loss {total / len(chunks):.4f}", flush=True)
        if on_epoch:
            on_epoch(ep)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=DATA / "train.jsonl")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/frontwatch_reader"))
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--dev-fraction", type=float, default=0.12)
    ap.add_argument("--final", action="store_true", help="after selection, retrain on all of --train")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-examples", type=int, default=0, help="a random sample of train (0 = all)")
    ap.add_argument("--extract-only", action="store_true", help="only compute the feature cache")
    ap.add_argument("--cached-only", action="store_true", help="train on the examples already cached")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dropout", type=float, default=0.25, help="on the word vectors and between heads")
    ap.add_argument("--out", type=Path, default=HEADS_FILE)
    ap.add_argument("--trigger-o-bias", type=float, default=None,
                    help="fix the trigger O-bias instead of choosing it on the template dev split "
                         "(negative = more triggers; template sentences are cleaner than news)")
    ap.add_argument("--hand-weight", type=int, default=1,
                    help="each hand-written passage (group '*-hand-*' or '*+hand-*') counts this many times per epoch: "
                         "they are few against the rendered templates, and the closest to real news")
    ap.add_argument("--init", type=Path, default=None,
                    help="start from these heads (fine-tuning on new data plus a replay sample of the old)")
    args = ap.parse_args()
    assert "test" not in args.train.name, "never train on the test split"
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    t0 = time.time()
    exs = [e for e in load_examples(args.train) if e.offsets]
    random.Random(args.seed).shuffle(exs)  # any prefix of the feature chunks is a random sample
    exs = exs[: args.max_examples or None]
    feats = features(exs, args.cache, compute=not args.cached_only)
    if args.extract_only:
        return
    exs = [e for e in exs if e.id in feats]
    by_id = {e.id: (feats[e.id], targets(e)) for e in exs}
    tr, dev = split_dev(exs, args.dev_fraction, args.seed)
    print(f"train {len(tr)} dev {len(dev)} examples; features {time.time() - t0:.0f}s", flush=True)
    dev_feats = [by_id[e.id][0] for e in dev]
    d_in = next(iter(feats.values())).shape[1]
    heads = EventHeads(d_in, dropout=args.dropout)
    if args.init:
        heads.load_state_dict(load_heads(args.init)[0].state_dict())
    best = {"objective": -1.0}
    hand_dev = [e for e in dev if is_hand(e)]

    def on_epoch(ep: int) -> None:
        langs = dev_score(heads, dev, dev_feats)
        obj = objective(langs)
        print("  dev", json.dumps({k: (v["macro_f1"], v["modality_accuracy"], v["argument_micro_f1"],
                                       v["claimant"]["f1"]) for k, v in langs.items()}), f"obj {obj:.4f}", flush=True)
        if hand_dev:  # the hand-written passages alone: the dev examples nearest to real news
            hand = dev_score(heads, hand_dev, [by_id[e.id][0] for e in hand_dev])
            print("  hand dev", json.dumps({k: (v["macro_f1"], v["modality_accuracy"]) for k, v in hand.items()}),
                  flush=True)
        if obj > best["objective"]:
            best.update(objective=obj, epoch=ep, state={k: v.clone() for k, v in heads.state_dict().items()})
            save_heads(heads, args.out, {"epochs": ep, "trigger_o_bias": 0.0, "mid_layer": MID_LAYER,
                                         "n_train": len(tr), "partial": True})  # an interrupted run keeps it
            heads.train()

    train(heads, weighted(tr, by_id, args.hand_weight), args.epochs, args.lr, args.batch, args.seed, on_epoch)
    heads.load_state_dict(best["state"])
    o_bias = args.trigger_o_bias if args.trigger_o_bias is not None else max(
        (0.0, 0.5, 1.0, 1.5, 2.0, 3.0), key=lambda b: objective(dev_score(heads, dev, dev_feats, b)))
    final = dev_score(heads, dev, dev_feats, o_bias)
    print(f"best epoch {best['epoch']} trigger_o_bias {o_bias}", flush=True)
    if args.final:
        torch.manual_seed(args.seed)
        heads = EventHeads(d_in, dropout=args.dropout)
        train(heads, weighted(exs, by_id, args.hand_weight), best["epoch"], args.lr, args.batch, args.seed)
    meta = {"epochs": best["epoch"], "trigger_o_bias": o_bias, "mid_layer": MID_LAYER, "final": args.final,
            "n_train": len(exs) if args.final else len(tr), "dev": {k: v["macro_f1"] for k, v in final.items()},
            "minutes": round((time.time() - t0) / 60, 1)}
    save_heads(heads.eval(), args.out, meta)
    print(json.dumps({"done": True, **meta}), flush=True)


if __name__ == "__main__":
    main()
