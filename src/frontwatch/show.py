"""A readable terminal view of one stored article (``frontwatch show ID``)."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from .document import Document

LABEL_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "WEAPON": "bold red",
                "MISC": "bold yellow"}


def render(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    head = (f"[b]{doc.id}[/b]  language={doc.language}  published={doc.published}"
            f" ({doc.published_source or 'unknown'})  {len(doc.entities)} entities, {len(doc.toponyms)} toponyms,"
            f" {len(doc.events)} events")
    console.print(Panel(head, title=doc.title or "article", expand=False))
    body = Text(doc.text)
    for n in doc.noise:
        body.stylize("dim strike", n.start, n.end)
    for t in doc.toponyms:
        body.stylize("underline", t.start, t.end)
    for e in doc.entities:
        body.stylize(LABEL_STYLES.get(e.label, "bold"), e.start, e.end)
    for t in doc.timexes:
        body.stylize("italic blue", t.start, t.end)
    console.print(body)
    legend = Text()
    for label, style in LABEL_STYLES.items():
        legend.append(f" {label} ", style=style)
    legend.append(" place ", style="underline")
    legend.append(" time ", style="italic blue")
    legend.append(" noise ", style="dim strike")
    console.print(legend)
    for k, ev in enumerate(doc.events, 1):
        loc = ev.location
        where = f"{loc.name} ({loc.precision}, {loc.lat:.3f}, {loc.lon:.3f})" if loc else "no location"
        lines = [
            f"[b]{ev.event_type} / {ev.sub_event_type}[/b]",
            f"when: {ev.date or '?'} ({ev.date_precision})   where: {where}",
            f"who: {ev.actor1 or '?'} → {ev.actor2 or '-'}",
            f"claimed by: {ev.claimed_by or '(the article itself)'}   modality: {ev.modality}",
        ]
        if ev.quantities:
            lines.append("quantities: " + ", ".join(f"{q.qualifier} {q.value:g} {q.unit}" for q in ev.quantities))
        if ev.fatalities is not None:
            lines.append(f"fatalities: {ev.fatalities}")
        if ev.control:
            lines.append(f"control: {ev.control.get('holder')} ({ev.control.get('extent')})")
        evidence = Text(doc.text[ev.evidence.start:ev.evidence.end], style="default")
        if ev.trigger and ev.evidence.start <= ev.trigger.start < ev.trigger.end <= ev.evidence.end:
            evidence.stylize("bold reverse", ev.trigger.start - ev.evidence.start, ev.trigger.end - ev.evidence.start)
        console.print(Panel(Text.from_markup("\n".join(lines) + "\n") + Text("evidence: ", style="dim") + evidence,
                            title=f"event {k}", expand=True))
