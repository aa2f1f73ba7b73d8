"""A readable terminal view of one stored article (``frontwatch show ID``).

Article content is never trusted: control characters (escape sequences that set the window title,
clear the screen or plant links) are shown as visible symbols, and titles, ids, actors and claimants
are plain text, never Rich markup. Every replacement is one character for one, so the highlights
stay on the code-point offsets the record gives."""

from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from .document import Document

LABEL_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "WEAPON": "bold red",
                "MISC": "bold yellow"}
# C0 controls but tab and newline, DEL, C1 controls; bidirectional overrides that reorder what is shown
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␇ for BEL
    return "\u2421" if code == 0x7F else "\ufffd"


def safe(text: str | None) -> str:
    """``text`` fit for a terminal: a CRLF line end shows as a space before the newline, a lone CR
    as a newline, any other control character as a visible symbol; same length as ``text``."""
    if not text:
        return text or ""
    text = re.sub("\r(?=\n)", " ", text).replace("\r", "\n")
    return _UNSAFE.sub(lambda m: _visible(m.group()), text)


def plain(value: object) -> str:
    """A value from the article or its metadata, for a line that also holds our own markup."""
    return escape(safe(str(value)))


def article_text(doc: Document) -> Text:
    """The article with its findings highlighted at their offsets."""
    body = Text(safe(doc.text))
    for n in doc.noise:
        body.stylize("dim strike", n.start, n.end)
    for t in doc.toponyms:
        body.stylize("underline", t.start, t.end)
    for e in doc.entities:
        body.stylize(LABEL_STYLES.get(e.label, "bold"), e.start, e.end)
    for t in doc.timexes:
        body.stylize("italic blue", t.start, t.end)
    return body


def render(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    head = (f"[b]{plain(doc.id)}[/b]  language={plain(doc.language)}  published={plain(doc.published)}"
            f" ({doc.published_source or 'unknown'})  {len(doc.entities)} entities, {len(doc.toponyms)} toponyms,"
            f" {len(doc.events)} events")
    console.print(Panel(Text.from_markup(head), title=Text(safe(doc.title) or "article"), expand=False))
    console.print(article_text(doc))
    legend = Text()
    for label, style in LABEL_STYLES.items():
        legend.append(f" {label} ", style=style)
    legend.append(" place ", style="underline")
    legend.append(" time ", style="italic blue")
    legend.append(" noise ", style="dim strike")
    console.print(legend)
    for k, ev in enumerate(doc.events, 1):
        console.print(_event_panel(doc, k, ev))


def _event_panel(doc: Document, k: int, ev) -> Panel:
    loc = ev.location
    where = f"{plain(loc.name)} ({loc.precision}, {loc.lat:.3f}, {loc.lon:.3f})" if loc else "no location"
    lines = [
        f"[b]{plain(ev.event_type)} / {plain(ev.sub_event_type)}[/b]",
        f"when: {plain(ev.date or '?')} ({ev.date_precision})   where: {where}",
        f"who: {plain(ev.actor1 or '?')} → {plain(ev.actor2 or '-')}",
        f"claimed by: {plain(ev.claimed_by or '(the article itself)')}   modality: {plain(ev.modality)}",
    ]
    if ev.quantities:
        lines.append("quantities: " + ", ".join(f"{plain(q.qualifier)} {q.value:g} {plain(q.unit)}"
                                                for q in ev.quantities))
    if ev.fatalities is not None:
        lines.append(f"fatalities: {ev.fatalities}")
    if ev.control:
        lines.append(f"control: {plain(ev.control.get('holder'))} ({plain(ev.control.get('extent'))})")
    evidence = Text(safe(doc.text[ev.evidence.start:ev.evidence.end]), style="default")
    if ev.trigger and ev.evidence.start <= ev.trigger.start < ev.trigger.end <= ev.evidence.end:
        evidence.stylize("bold reverse", ev.trigger.start - ev.evidence.start, ev.trigger.end - ev.evidence.start)
    return Panel(Text.from_markup("\n".join(lines) + "\n") + Text("evidence: ", style="dim") + evidence,
                 title=f"event {k}", expand=True)
