"""What frontwatch writes must not trust what it read (issue 12, items 5, 6, 7 and 10): the terminal
view, the ACLED CSV and the files that `export -o` writes."""

from __future__ import annotations

import csv
import io
import os
import threading
from pathlib import Path

import pytest
from rich.console import Console

from frontwatch.cli import main
from frontwatch.document import Document, Entity, Event, Place, Span
from frontwatch.export import acled_csv
from frontwatch.show import article_text, render, safe
from frontwatch.store import open_store


def _rendered(doc: Document) -> str:
    out = io.StringIO()
    render(doc, Console(file=out, force_terminal=True, color_system="truecolor", width=100, legacy_windows=False))
    return out.getvalue()


# --- show (item 5) ------------------------------------------------------------------------------

HOSTILE = ("Kyiv said\x1b]0;pwned window title\x07 the talks\x1b[2J\x1b[H ended."
           " \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ here \x9b31m and \u202eevil.")


def test_show_prints_no_escape_sequence_from_the_article():
    doc = Document(id="hostile", text=HOSTILE, title="Title\x1b]0;x\x07")
    doc.events = [Event("Battles", "Armed clash", Span(0, 9), actor1="\x1b[31mRed\x1b[0m", claimed_by="x\x07")]
    out = _rendered(doc)
    for bad in ("\x1b]0;", "\x1b[2J", "\x1b[H", "\x1b]8;", "\x07", "\x9b", "\u202e"):
        assert bad not in out, repr(bad)
    assert "␛]0;pwned window title␇" in out  # shown, harmlessly


@pytest.mark.parametrize("field", ["id", "title", "claimed_by", "actor1", "location"])
@pytest.mark.parametrize("markup", ["[link=https://evil.example/]click[/link]", "[/bold]", "[bold red]x"])
def test_show_prints_rich_markup_from_the_article_as_text(field, markup):
    doc = Document(id="a", text="Russian forces shelled the town on Monday.", title="A title")
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", Span(0, 22),
               location=Place("Town", 49.7, 37.6, "UA", "Kharkiv Oblast"))
    doc.events = [ev]
    if field in ("id", "title"):
        setattr(doc, field, markup)
    elif field == "location":
        ev.location.name = markup
    else:
        setattr(ev, field, markup)
    out = _rendered(doc)  # no MarkupError
    assert "\x1b]8;" not in out  # no hyperlink planted
    plain = io.StringIO()
    render(doc, Console(file=plain, width=200, color_system=None))
    assert markup in plain.getvalue()


def test_highlights_stay_on_their_words_in_crlf_text():
    text = "First line.\r\nSecond line.\r\nShelling hit Kupiansk.\r\n"
    start = text.index("Kupiansk")
    doc = Document(id="crlf", text=text)
    doc.entities = [Entity(start, start + len("Kupiansk"), "Kupiansk", "LOC")]
    body = article_text(doc)
    assert len(body.plain) == len(text)
    (span,) = body.spans
    assert body.plain[span.start:span.end] == "Kupiansk"


def test_safe_is_one_character_for_one():
    for text in (HOSTILE, "a\rb\r\nc", "\x00\x7f\x85", "plain"):
        assert len(safe(text)) == len(text)


# --- ACLED CSV (items 6 and 10) -----------------------------------------------------------------


def _csv_rows(docs: list[Document]) -> list[dict[str, str]]:
    out = io.StringIO()
    acled_csv.write(docs, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_no_cell_can_run_as_a_formula():
    text = "=HYPERLINK(\"http://evil.example\",\"x\") said forces shelled the town."
    doc = Document(id="-1", text=text, outlet="@evil+outlet")
    doc.events = [Event("Explosions/Remote violence", "Shelling/artillery/missile attack", Span(0, len(text)),
                        actor1="=cmd|' /C calc'!A0", actor2="+1", claimed_by="-2",
                        location=Place("@Town", 49.7, -37.6, "UA", "=Oblast"))]
    (row,) = _csv_rows([doc])
    for column, cell in row.items():
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), (column, cell)
        if column not in ("longitude", "latitude"):
            assert not cell.startswith("-"), (column, cell)
    assert row["actor1"] == "'=cmd|' /C calc'!A0" and row["source"] == "'@evil+outlet"
    assert row["longitude"] == "-37.6"  # a number stays a number


def _event(**kw) -> Event:
    base = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                evidence=Span(0, 20), date="2024-05-06", date_precision="day")
    return Event(**{**base, **kw})


KUPIANSK = Place("Kupiansk", 49.71, 37.61, "UA", "Kharkiv Oblast", 704147, "city", admin2="Kupiansk Raion")
BELGOROD = Place("Belgorod", 50.6, 36.6, "RU", "Belgorod Oblast", 578072, "city")


def test_acled_columns_follow_the_codebook():
    doc = Document(id="x", text="Russian forces shelled Kupiansk, the governor said.", outlet="Ukrainska Pravda")
    doc.events = [
        _event(actor1="Military Forces of Russia", actor2="Civilians (Ukraine)", location=KUPIANSK,
               claimed_by="Governor of Kharkiv"),
        _event(actor1="Military Forces of Ukraine", location=BELGOROD),
        _event(actor1="Military Forces of Ukraine", actor2="Military Forces of Russia", location=KUPIANSK,
               event_type="Battles", sub_event_type="Armed clash"),
        _event(actor2="Civilians (Ukraine)", location=KUPIANSK),
        _event(event_type="Protests", sub_event_type="Peaceful protest", location=KUPIANSK),
    ]
    shelled, strike, clash, unnamed, protest = _csv_rows([doc])
    # foreign state forces are External/Other forces; the interaction lists the lower code first
    assert (shelled["inter1"], shelled["inter2"]) == ("External/Other forces", "Civilians")
    assert shelled["interaction"] == "Civilians-External/Other forces"
    assert shelled["civilian_targeting"] == "Civilian targeting"
    assert strike["inter1"] == "External/Other forces" and strike["interaction"] == "External/Other forces only"
    assert strike["country"] == "Russia" and strike["iso"] == "643"  # not "Russian Federation"
    assert clash["interaction"] == "State forces-External/Other forces"
    # the outlet is the source; the speaker is in the notes
    assert shelled["source"] == "Ukrainska Pravda" and "Governor of Kharkiv" in shelled["notes"]
    assert (shelled["admin1"], shelled["admin2"]) == ("Kharkiv Oblast", "Kupiansk Raion")
    # ACLED requires actor1
    assert unnamed["actor1"] == "Unidentified Armed Group (Ukraine)" and unnamed["inter1"] == "Political militia"
    assert protest["actor1"] == "Protesters (Ukraine)" and protest["interaction"] == "Protesters only"
    assert all(r["actor1"] for r in (shelled, strike, clash, unnamed, protest))


@pytest.mark.parametrize("code,name", [("RU", "Russia"), ("US", "United States"), ("IR", "Iran"), ("SY", "Syria"),
                                       ("MD", "Moldova"), ("KR", "South Korea"), ("CZ", "Czech Republic"),
                                       ("TR", "Turkey"), ("BA", "Bosnia and Herzegovina"),
                                       ("CD", "Democratic Republic of Congo"), ("GB", "United Kingdom")])
def test_country_names_as_acled_writes_them(code, name):
    assert acled_csv.country_name(code) == name


def test_the_source_is_the_outlet_or_its_site():
    doc = Document(id="x", text="t", url="https://www.kyivindependent.com/a/b")
    assert acled_csv.source(doc) == "kyivindependent.com"


def test_places_carry_their_district():
    from frontwatch.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    place = gaz.to_place(gaz.candidates("Kharkiv")[0])
    assert place.admin1 == "Kharkiv Oblast" and place.admin2 and "Raion" in place.admin2


# --- export -o (item 7) -------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.db")
    store = open_store(path)
    store.save(Document(id="a", text="Officials in Kyiv said the talks ended."), "p")
    store.close()
    return path


def test_export_replaces_a_regular_file_whole_and_leaves_nothing_beside_it(tmp_path: Path, db: str):
    out = tmp_path / "out" / "x.jsonl"
    out.parent.mkdir()
    out.write_text("old\n")
    out.chmod(0o640)
    assert main(["--db", db, "export", "-o", str(out)]) == 0
    assert out.read_text().startswith('{"id": "a"')
    assert out.stat().st_mode & 0o777 == 0o640  # its permissions kept
    assert [p.name for p in out.parent.iterdir()] == ["x.jsonl"]


def test_export_does_not_follow_a_link_planted_beside_the_target(tmp_path: Path, db: str):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "x.jsonl"
    (tmp_path / "x.jsonl.partial").symlink_to(victim)
    assert main(["--db", db, "export", "-o", str(out)]) == 0
    assert victim.read_text() == "precious\n"
    assert out.read_text().startswith('{"id": "a"')


def test_export_into_a_folder_is_a_usage_error_and_leaves_nothing(tmp_path: Path, db: str, capsys):
    folder = tmp_path / "somedir"
    folder.mkdir()
    assert main(["--db", db, "export", "-o", str(folder)]) == 2
    assert f"{folder}: is a folder" in capsys.readouterr().err
    assert list(folder.iterdir()) == [] and not (tmp_path / "somedir.partial").exists()


def test_export_into_a_missing_folder_names_it(tmp_path: Path, db: str, capsys):
    assert main(["--db", db, "export", "-o", str(tmp_path / "nowhere" / "x.csv")]) == 2
    assert "nowhere does not exist" in capsys.readouterr().err


def test_export_writes_into_a_pipe_and_never_replaces_it(tmp_path: Path, db: str):
    """Like -o /dev/stdout: something that is not a regular file is written into, never replaced."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert main(["--db", db, "export", "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert got and got[0].startswith(b'{"id": "a"')
    import stat

    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_export_follows_a_link_given_as_the_target_to_its_file(tmp_path: Path, db: str):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert main(["--db", db, "export", "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_text().startswith('{"id": "a"')
