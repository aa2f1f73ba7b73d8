"""Turn rendered segments into one example of the events contract (spans, events, cues, modality)."""

from __future__ import annotations

import re

from .engine import Label, Seg, join

SUBTYPES = {
    "clash": ("Battles", "Armed clash"),
    "regain": ("Battles", "Government regains territory"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
    "chem": ("Explosions/Remote violence", "Chemical weapon"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "attack": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "protest": ("Protests", "Peaceful protest"),
    "protest_int": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "violent_demo": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "agreement": ("Strategic developments", "Agreement"),
    "arrests": ("Strategic developments", "Arrests"),
    "change": ("Strategic developments", "Change to group/activity"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "hq": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
    "diplo": ("Political developments", "Diplomatic contact"),
    "aid": ("Political developments", "Military aid"),
    "ceasefire": ("Political developments", "Ceasefire or peace proposal"),
    "sanctions": ("Political developments", "Sanctions"),
    "threat": ("Political developments", "Threat or accusation"),
    "losses": ("Political developments", "Loss report"),
}
ROLES = ("actor1", "actor2", "location", "time", "quantity", "fatalities")
CUE_KINDS = {"source": "source", "attr": "attribution", "hedge": "hedge", "denial": "denial", "future": "future"}
MODALITY_ORDER = (("denial", "denied"), ("future", "planned"), ("hedge", "alleged"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _applies(label: Label, index: str, default_all: bool) -> bool:
    if label.event is None:
        return default_all or index == "1"
    return label.event in ("*", index)


def capitalise(text: str) -> str:
    """Upper-case the first letter of each sentence (length-preserving)."""
    chars = list(text)
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]
    for i in starts:
        if i < len(chars) and chars[i].islower() and len(chars[i].upper()) == 1:
            chars[i] = chars[i].upper()
    return "".join(chars)


def build(segs: list[Seg], key: str, casing=None) -> dict:
    text, raw = join(segs)
    if casing:
        cased = casing(text)
        text = cased if len(cased) == len(text) else text
    text = capitalise(text)
    spans = []
    for label, start, end in raw.values():
        start, end = _trim(text, start, end)
        if end > start and label.event != "0":  # "#0" marks words that belong to no event
            spans.append((label, start, end))
    spans.sort(key=lambda x: (x[1], x[2]))
    cues = [{"kind": CUE_KINDS[lb.kind], "span": [s, e]} for lb, s, e in spans if lb.kind in CUE_KINDS]
    events = []
    indices = sorted({lb.event or "1" for lb, _, _ in spans if lb.kind == "T"})
    for index in indices:
        events.extend(_events(index, spans, key))
    events.sort(key=lambda ev: (ev["trigger"], [a["span"] for a in ev["args"] if a["role"] == "location"]))
    return {"text": text, "events": events, "cues": cues}


def _events(index: str, spans: list, key: str) -> list[dict]:
    trig = next((lb, s, e) for lb, s, e in spans if lb.kind == "T" and (lb.event or "1") == index)
    sub_key = trig[0].subtype or key
    event_type, sub_type = SUBTYPES[sub_key]
    mine = [(lb, s, e) for lb, s, e in spans if lb.kind in ROLES and _applies(lb, index, False)]
    cues = [(lb, s, e) for lb, s, e in spans if lb.kind in CUE_KINDS and _applies(lb, index, True)]
    source = next(([s, e] for lb, s, e in cues if lb.kind == "source"), None)
    cue = next(([s, e] for lb, s, e in cues if lb.kind == "attr"), None)
    kinds = {lb.kind for lb, _, _ in cues}
    if cue is None and "denial" in kinds and source is not None:
        cue = next([s, e] for lb, s, e in cues if lb.kind == "denial")
    modality = next((m for k, m in MODALITY_ORDER if k in kinds), None)
    if modality is None:
        modality = "reported" if (source or cue) else "asserted"
    base = {"trigger": [trig[1], trig[2]], "event_type": event_type, "sub_event_type": sub_type,
            "modality": modality, "source": source, "cue": cue}
    splits = sorted({lb.split for lb, _, _ in mine if lb.split is not None})
    if not splits:
        return [dict(base, args=_args(mine))]
    out = []
    split = splits[0]
    for item in [x for x in mine if x[0].split == split]:
        rest = [x for x in mine if x[0].split != split or x is item]
        out.append(dict(base, args=_args(rest)))
    return out


def _args(items: list) -> list[dict]:
    return [{"role": lb.kind, "span": [s, e]} for lb, s, e in sorted(items, key=lambda x: (x[1], x[2]))]
