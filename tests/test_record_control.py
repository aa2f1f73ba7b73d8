"""Who holds a place, day by day: the derivation's principles, each on claims or sentences of
our own (invented villages, so no rule can lean on a real town's history)."""

from __future__ import annotations

from datetime import date

import pytest
from record_helpers import event

from frontwatch.document import Document, Place, Sentence, Toponym
from frontwatch.record import control
from frontwatch.record.knowledge import prewar_holder
from frontwatch.record.reports import control_place_rows, report_rows

# invented villages in Kharkiv Oblast, far from the pre-war line of contact
HOME = Place("Testove", 49.61, 36.91, "UA", "Kharkiv Oblast", None, "city")
NEXT = Place("Zorianivka", 49.64, 36.95, "UA", "Kharkiv Oblast", None, "city")
OTHER = Place("Kalynove Pole", 49.66, 36.99, "UA", "Kharkiv Oblast", None, "city")
CAPTURE = "Non-state actor overtakes territory"
REGAIN = "Government regains territory"


def _claim(day: int, holder: str, claimant_side: str | None, kind: str = "capture", modality: str = "reported",
           extent: str = "full") -> control.Claim:
    report = {"article_id": f"a{day}{holder}{kind}", "event_index": 0}
    weight = control.FIGHTING_WEIGHT if kind == "fighting" else control.claim_weight(holder, claimant_side, modality)
    return control.Claim(date(2022, 5, day), holder, extent, weight, f"claimant of {claimant_side}", claimant_side,
                         kind, report)


def _start(holder: str = "Ukraine") -> dict:
    return {"from": "2022-02-23", "holder": holder, "extent": "full", "basis": control.BASELINE, "claimants": "",
            "reports": 0, "across_line": False}


def _statuses(rows: list[dict]) -> list[tuple[str, str, str]]:
    return [(r["from"][5:], r["holder"], r["basis"]) for r in rows]


# --- weighing the claimants ------------------------------------------------------------------
def test_a_concession_weighs_more_than_a_sides_own_claim():
    assert control.claim_weight("RU", "UA", "reported") > control.claim_weight("RU", "RU", "reported")
    own = control.derive([_claim(3, "RU", "RU")], _start())
    conceded = control.derive([_claim(3, "RU", "UA")], _start())
    assert _statuses(own)[-1] == ("05-03", "Russia", "claimed")
    assert _statuses(conceded)[-1] == ("05-03", "Russia", "confirmed")


def test_an_independent_assessment_confirms_and_a_hedged_own_claim_moves_nothing():
    assert _statuses(control.derive([_claim(3, "RU", "independent")], _start()))[-1][2] == "confirmed"
    assert _statuses(control.derive([_claim(3, "RU", "RU", modality="alleged")], _start())) == [
        ("02-23", "Ukraine", "baseline")]


def test_sides_that_disagree_within_days_make_the_place_contested():
    rows = control.derive([_claim(3, "RU", "RU"), _claim(4, "UA", "UA", kind="holding")], _start())
    assert _statuses(rows)[-1] == ("05-04", "contested", "contested")


def test_a_status_holds_until_a_later_claim_changes_it():
    rows = control.derive([_claim(3, "RU", "independent"), _claim(20, "RU", "RU"), _claim(28, "UA", "independent")],
                          _start())
    assert _statuses(rows) == [("02-23", "Ukraine", "baseline"), ("05-03", "Russia", "confirmed"),
                               ("05-28", "Ukraine", "confirmed")]


def test_that_the_defender_still_holds_a_contested_place_does_not_end_the_fight():
    fight = [_claim(3, control.CONTESTED, "UA", kind="fighting"), _claim(4, control.CONTESTED, "independent",
                                                                         kind="fighting")]
    held = _claim(5, "UA", "independent", kind="holding")
    regained = _claim(12, "UA", "independent")
    rows = control.derive([*fight, held, regained], _start())
    assert _statuses(rows) == [("02-23", "Ukraine", "baseline"), ("05-04", "contested", "contested"),
                               ("05-12", "Ukraine", "confirmed")]


def test_the_claims_under_a_status_are_listed_with_it():
    rows = control.derive([_claim(3, "RU", "RU"), _claim(4, "RU", "UA")], _start())
    assert rows[-1]["claimants"] == "claimant of RU;claimant of UA" and rows[-1]["reports"] == 2


# --- the pre-war baseline ------------------------------------------------------------------------
@pytest.mark.parametrize(("admin1", "lat", "lon", "holder"), [
    ("Kharkiv Oblast", 49.61, 36.91, "UA"),  # far from the line
    ("Donetsk Oblast", 48.02, 37.95, "RU"),  # behind the 2015-2022 line of contact
    ("Luhansk Oblast", 48.45, 39.60, "RU"),
    ("Luhansk Oblast", 49.20, 38.90, "UA"),  # north of the Siverskyi Donets: held by Ukraine
    ("Donetsk Oblast", 48.60, 37.55, "UA"),  # west of the line
    ("Avtonomna Respublika Krym", 45.00, 34.00, "RU"),
])
def test_the_pre_war_holder_comes_from_the_line_of_contact_and_crimea(admin1, lat, lon, holder):
    assert prewar_holder("UA", admin1, lat, lon) == holder


def test_a_place_outside_the_countries_the_baseline_covers_has_none():
    assert prewar_holder("PL", "Lublin Voivodeship", 51.2, 22.6) is None
    assert control.baseline({"country_code": "PL", "admin1": "x", "lat": 51.2, "lon": 22.6}) is None
    assert control.baseline({"country_code": "UA", "admin1": "Kharkiv Oblast", "lat": 49.6, "lon": 36.9}) == _start()


def test_only_a_settlement_with_its_own_point_has_a_day_by_day_holder():
    assert control.holds_status({"precision": "city", "lat": 49.6})
    assert not control.holds_status({"precision": "admin1", "lat": 49.5})  # an oblast, or a name put at its centre
    assert not control.holds_status({"precision": "feature", "lat": 46.8})  # a river, a region


# --- what a sentence says: verb, subject, destination ---------------------------------------------
def _doc(text: str, holder: str, sub: str, places: tuple[Place, ...] = (HOME,), modality: str = "reported") -> Document:
    """One control event at HOME told by ``text``; every place of ``places`` is named in it."""
    toponyms = [Toponym(text.index(p.name), text.index(p.name) + len(p.name), p.name, p) for p in places]
    ev = event(text, text, sub, etype="Battles", place=HOME, date="2022-05-03", claimed_by="General Staff of Ukraine",
               modality=modality, control={"holder": holder, "extent": "full"})
    return Document(id="d", text=text, published="2022-05-04", outlet="Wire", language="en", events=[ev],
                    toponyms=sorted(toponyms, key=lambda t: t.start))


def _report(text: str, holder: str = "Russia", sub: str = CAPTURE, places: tuple[Place, ...] = (HOME,),
            modality: str = "reported") -> dict:
    (row,) = report_rows(_doc(text, holder, sub, places, modality))
    return row


def test_the_holder_is_the_side_the_verb_gives_the_place_to_not_the_readers_guess():
    row = _report("Ukrainian forces recaptured Testove on May 3.", holder="Russia")
    assert (row["control_use"], row["control_holder"], row["control_prior"]) == ("control", "Ukraine", "Russia")


def test_a_withdrawal_gives_the_place_to_the_other_side():
    row = _report("Russian forces withdrew from Testove on May 3.", holder="Russia", sub=REGAIN)
    assert (row["control_use"], row["control_holder"], row["control_prior"]) == ("control", "Ukraine", "Russia")


def test_a_told_capture_by_the_other_side_is_the_tellers_concession():
    row = _report("The General Staff said that Russian forces captured Testove on May 3.")
    assert (row["control_use"], row["control_holder"], row["claimant_side"]) == ("control", "Russia", "UA")


def test_advancing_towards_a_place_is_not_control_of_it_even_at_the_end_of_a_list():
    row = _report("Russian forces attacked towards Zorianivka, Kalynove Pole, and Testove on May 3.",
                  places=(NEXT, OTHER, HOME))
    assert row["control_use"] == "towards"
    row = _report("Russian forces concentrated on capturing Zorianivka and Testove on May 3.", places=(NEXT, HOME))
    assert row["control_use"] == "aim"  # the aim of an assault: fought at, not held


def test_a_claim_to_have_done_it_is_not_a_destination():
    row = _report("The Russian Ministry of Defense claimed to capture Testove on May 3.")
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")


def test_an_encircled_place_is_under_siege_not_captured():
    row = _report("Russian forces encircled Zorianivka and Testove on May 3.", places=(NEXT, HOME))
    assert (row["control_use"], row["held_by"]) == ("siege", control.CONTESTED)


def test_a_place_no_verb_gives_to_a_side_is_not_a_control_claim():
    row = _report("Social media users filmed Russian armored vehicles in Testove on May 3.")
    assert row["control_use"] == "unstated"
    assert control.claims_of([row]) == []


def test_still_holding_a_place_is_a_claim_with_no_change_of_hands():
    row = _report("Ukrainian forces continue to hold Testove despite heavy shelling.", holder="Ukraine", sub=REGAIN)
    assert (row["control_use"], row["control_holder"]) == ("holding", "Ukraine")
    (claim,) = control.claims_of([row])
    assert claim.kind == "holding"


def test_a_fall_told_after_the_place_keeps_the_readers_side():
    row = _report("The General Staff admitted that Testove fell on May 3.")
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")


def test_a_repelled_assault_on_the_last_place_of_a_list_leaves_it_with_the_defender():
    row = _report("Ukrainian forces repelled several Russian assaults on Zorianivka, Kalynove Pole, and Testove.",
                  holder="Russia", sub="Armed clash", places=(NEXT, OTHER, HOME))
    assert row["held_by"] == "Ukraine"


# --- lists, subjects, verbs the reader did not tag ---------------------------------------------------
FAR = Place("Stepove Dalne", 49.70, 37.05, "UA", "Kharkiv Oblast", None, "city")


def _doc_of(text: str, control_: dict | None, sub: str = CAPTURE, places: tuple[Place, ...] = (HOME,),
            one_sentence: bool = True) -> Document:
    """_doc with the whole text as one stored sentence (the splitter may run sentences on), and a
    control object of the caller's choosing (None: the reader gave the event none)."""
    doc = _doc(text, "Russia", sub, places)
    doc.events[0].control = control_
    doc.sentences = [Sentence(0, len(text))] if one_sentence else []
    return doc


def test_a_footnote_mark_ends_a_sentence_the_splitter_ran_on():
    text = "Russian forces captured Testove on May 3.[4] Russian forces would likely attack again."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")  # not 'unreal' for the next one
    text = "Russian forces would likely capture Testove, ISW assessed.[4] Nothing else changed."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "unreal"


def test_a_capture_verb_claims_every_settlement_of_its_list():
    text = "Ukrainian forces recaptured Testove, Zorianivka, Unplaced Hamlet, and Kalynove Pole on May 3."
    doc = _doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN, places=(HOME, NEXT, OTHER))
    assert [r["place"] for r in control_place_rows(doc)] == ["Zorianivka", "Kalynove Pole"]


def test_a_place_after_the_list_as_a_reference_point_is_not_claimed():
    text = "Ukrainian forces recaptured Testove and Zorianivka, about 20 km north of Stepove Dalne, on May 3."
    doc = _doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN, places=(HOME, NEXT, FAR))
    assert [r["place"] for r in control_place_rows(doc)] == ["Zorianivka"]


def test_including_names_the_places_a_verb_governs():
    text = "Russian forces captured several villages in the area north of Stepove Dalne, including Testove."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, places=(FAR, HOME)))
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")


def test_a_change_of_hands_told_by_its_verb_is_a_claim_though_the_reader_gave_none():
    row, = report_rows(_doc_of("Russian forces withdrew from Testove on May 3.", None, "Armed clash"))
    assert (row["control_use"], row["control_holder"], row["control_prior"]) == ("control", "Ukraine", "Russia")
    # the verb's subject must be a side's forces: residents who protest in an 'occupied' town give it to no one
    row, = report_rows(_doc_of("Ukrainian residents protested in occupied Testove on May 3.", None, "Protests"))
    assert row["control_use"] is None and row["control_holder"] is None


def test_a_verb_whose_object_is_something_else_in_the_place_gives_no_place():
    text = "Russian forces seized two trucks in Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "unstated"


def test_a_participle_after_a_comma_takes_the_subject_of_its_clause():
    text = "Ukrainian forces pursued retreating Russian forces on May 3, capturing Testove."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, REGAIN))
    assert (row["control_holder"], row["control_prior"]) == ("Ukraine", "Russia")


def test_a_second_verb_joined_by_and_takes_the_subject_of_its_clause():
    text = "Ukrainian forces drove Russian forces back across the river and captured Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, REGAIN))
    assert (row["control_holder"], row["control_prior"]) == ("Ukraine", "Russia")
    # a second subject of its own before the verb keeps it
    text = "Ukrainian forces shelled the bridge and Russian forces captured Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, CAPTURE))
    assert (row["control_holder"], row["control_prior"]) == ("Russia", "Ukraine")


def test_a_place_only_shelled_is_not_fought_in():
    text = "Russian forces shelled Testove and attempted a ground assault further north on May 3."
    (row,) = report_rows(_doc_of(text, None, "Armed clash"))
    assert row["held_by"] is None
    text = "Russian and Ukrainian forces fought in Testove on May 3."
    (row,) = report_rows(_doc_of(text, None, "Armed clash"))
    assert row["held_by"] == control.CONTESTED


def test_fighting_for_control_of_a_place_contests_it():
    text = "Russian forces fought for control of Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, "Armed clash"))
    assert row["control_use"] == "siege" and row["held_by"] == control.CONTESTED


# --- what a verb tells of the holder before ------------------------------------------------------------
def _told(day: int, holder: str, prior: str | None, claimant_side: str = "independent") -> control.Claim:
    c = _claim(day, holder, claimant_side)
    c.prior = prior
    return c


def test_a_recapture_tells_who_held_the_place_until_then():
    rows = control.derive([_told(10, "UA", "RU")], _start())
    assert _statuses(rows) == [("02-23", "Ukraine", "baseline"), ("05-09", "Russia", "confirmed"),
                               ("05-10", "Ukraine", "confirmed")]
    assert rows[1]["extent"] == "partial"  # it held the place; how much of it is not told
    # the same recapture told again within days is not a loss and a retake
    assert _statuses(control.derive([_told(10, "UA", "RU"), _told(12, "UA", "RU")], _start())) == _statuses(rows)


def test_a_capture_the_record_already_shows_by_the_prior_holder_adds_no_prior():
    rows = control.derive([_told(3, "RU", "UA"), _told(20, "UA", "RU")], _start())
    assert _statuses(rows) == [("02-23", "Ukraine", "baseline"), ("05-03", "Russia", "confirmed"),
                               ("05-20", "Ukraine", "confirmed")]


def test_a_capture_told_across_a_line_fixed_before_the_war_restates_the_hold():
    # the side that held the place before the war (across the line of contact) is told to capture it:
    # no day of the other side's hold is shown on the verb alone
    start = _start("Russia") | {"across_line": True}
    rows = control.derive([_told(10, "RU", "UA")], start)
    assert _statuses(rows) == [("02-23", "Russia", "baseline")]
    # a place the country's own side held before the war still shows the holder a recapture tells of
    rows = control.derive([_told(10, "UA", "RU")], _start())
    assert _statuses(rows)[1:] == [("05-09", "Russia", "confirmed"), ("05-10", "Ukraine", "confirmed")]
    kyiv = {"country_code": "UA", "admin1": "Kyiv Oblast", "lat": 50.4, "lon": 30.5}
    assert control.baseline(kyiv)["across_line"] is False


def _region_report(day: int, holder: str = "Ukraine", prior: str = "Russia") -> dict:
    return {"article_id": f"r{day}", "event_index": 0, "date": f"2022-05-{day:02d}", "date_precision": "day",
            "published": f"2022-05-{day:02d}", "control_use": "control", "control_holder": holder,
            "control_prior": prior, "control_extent": "full", "control_verb": "leave", "modality": "reported",
            "claimant": "General Staff", "claimant_side": "UA", "precision": "admin1", "place": "Kharkiv Oblast",
            "admin1": "Kharkiv Oblast"}


def test_a_withdrawal_from_a_whole_region_gives_back_the_settlements_the_leaving_side_held():
    assert control.region_claim(_region_report(20))
    assert not control.region_claim(_region_report(20) | {"place": "Testove"})  # a village put at the oblast centre
    region = control.claims_of([_region_report(20)], region=True)
    held = control.derive([_claim(3, "RU", "independent"), *region], _start())
    assert _statuses(held)[-1] == ("05-20", "Ukraine", "claimed")
    # it says nothing of a settlement the record shows in the other side's hands all along
    kept = control.derive([_claim(3, "UA", "independent", kind="holding"), *region], _start())
    assert [s[1] for s in _statuses(kept)] == ["Ukraine"]


def test_a_place_name_that_begins_a_longer_name_is_not_the_place_held():
    text = "Ukrainian forces stopped an attack on the Testove Grain Terminal on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN))
    assert row["place_role"] == "reference" and row["held_by"] is None
    text = "Ukrainian forces repelled an attack on Testove City on May 3."  # the city itself
    (row,) = report_rows(_doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN))
    assert row["place_role"] == "named" and row["held_by"] == "Ukraine"


def test_a_hedge_after_the_place_does_not_make_its_capture_unreal():
    text = "Russian forces captured Testove on May 3, which would let them shell the road."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "control"
    (row,) = report_rows(_doc_of("Russian forces would likely capture Testove.", {"holder": "Russia",
                                                                                  "extent": "full"}))
    assert row["control_use"] == "unreal"


def test_a_hope_to_hold_a_place_is_not_a_hold():
    text = "The Kremlin hopes to unite its proxies and occupied Testove in one new province."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "unreal"


def test_only_a_done_withdrawal_from_a_whole_region_speaks_for_its_settlements():
    region = Place("Kharkiv Oblast", 49.5, 36.5, "UA", "Kharkiv Oblast", None, "admin1")

    def verb(text: str) -> str | None:
        doc = _doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN, places=(region,))
        doc.events[0].location = region
        (row,) = report_rows(doc)
        return row["control_verb"] if control.region_claim(row) else None

    assert verb("Russian forces completed their withdrawal from Kharkiv Oblast on May 3.") == "leave"
    assert verb("Russian forces continued their withdrawal from Kharkiv Oblast on May 3.") is None


def test_a_side_joined_to_a_participle_holds_the_place():
    (row,) = report_rows(_doc_of("Partisans blew up a depot in Russian-occupied Testove on May 3.", None, "Attack"))
    assert (row["control_use"], row["control_holder"], row["control_verb"]) == ("holding", "Russia", "holds")


def test_a_withdrawal_told_in_italian_with_the_forces_named_first():
    doc = _doc_of("Le forze russe si sono ritirate da Testove il 3 maggio.", None, "Armed clash")
    doc.language = "it"
    (row,) = report_rows(doc)
    assert (row["control_use"], row["control_holder"], row["control_prior"]) == ("control", "Ukraine", "Russia")


# --- what did not happen, what is only a heading, what is only part of a place --------------------
def test_a_heading_names_a_subject_and_tells_no_deed():
    text = ("Report of May 3\nMain effort—Testove (Russian objective: capture the region)\n"
            "Russian forces captured Zorianivka on May 3.")
    doc = _doc_of(text, None, "Armed clash", places=(HOME, NEXT))
    (row,) = report_rows(doc)
    assert row["place_role"] == "heading" and row["held_by"] is None
    # the line under the heading is its own sentence: the heading's aim does not make its capture unreal
    doc.events[0].location = NEXT
    doc.events[0].control = {"holder": "Russia", "extent": "full"}
    (row,) = report_rows(doc)
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")
    # a headline alone, or an article's title, tells the news
    (row,) = report_rows(_doc_of("Russian forces capture Testove", {"holder": "Russia", "extent": "full"}))
    assert row["place_role"] == "named"


def test_a_denied_or_forestalled_deed_holds_no_place():
    (row,) = report_rows(_doc_of("Russian forces have not captured Testove.", {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "unstated"
    text = "Ukrainian forces prevented Russian troops from encircling Testove."
    (row,) = report_rows(_doc_of(text, None, "Armed clash"))
    assert row["place_role"] != "siege"
    # two denials undo each other: the siege goes on
    text = "Russian forces have not abandoned efforts to surround Testove."
    (row,) = report_rows(_doc_of(text, None, "Armed clash"))
    assert (row["place_role"], row["held_by"]) == ("siege", control.CONTESTED)
    doc = _doc_of("Le forze russe non hanno conquistato Testove.", {"holder": "Russia", "extent": "full"})
    doc.language = "it"
    (row,) = report_rows(doc)
    assert row["control_use"] == "unstated"


def test_a_verb_joined_to_an_aim_shares_it():
    text = "Russian forces abandoned operations to encircle and capture Testove."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "aim"


def test_a_participle_after_a_quantifier_is_an_adjective():
    text = "Russian forces detained activists in several occupied towns, including Testove and Zorianivka."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, places=(HOME, NEXT)))
    assert row["control_use"] == "unstated"


def test_a_capture_of_part_of_a_place_is_partial():
    text = "Russian forces captured the entire left bank of Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert (row["control_use"], row["control_extent"]) == ("control", "partial")


def test_a_conditional_hedge_makes_a_capture_unreal():
    text = "If confirmed, these reports indicate that Russian forces captured Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "unreal"


# --- a namesake its own sentence puts elsewhere ------------------------------------------------
SOUTH = Place("Zaporizhzhia Oblast", 47.5, 35.5, "UA", "Zaporizhzhia Oblast", None, "admin1")
DISTANT = Place("Dalekivka", 47.6, 35.6, "UA", "Zaporizhzhia Oblast", None, "city")  # ~270 km from HOME


def test_a_list_placed_in_another_region_is_not_the_gazetteers_namesake():
    text = "Ukrainian forces recaptured Zorianivka and Testove in Zaporizhzhia Oblast on May 3."
    doc = _doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN, places=(NEXT, HOME, SOUTH))
    (row,) = report_rows(doc)
    assert row["place_role"] == "astray" and row["control_use"] == "astray"
    assert control_place_rows(doc) == []
    text = "Ukrainian forces recaptured Zorianivka and Testove in Kharkiv Oblast on May 3."  # its own region
    region = Place("Kharkiv Oblast", 49.5, 36.5, "UA", "Kharkiv Oblast", None, "admin1")
    (row,) = report_rows(_doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN, places=(NEXT, HOME, region)))
    assert row["control_use"] == "control"


def test_a_list_told_by_its_bearing_from_a_far_place_is_not_the_gazetteers_namesake():
    text = "Russian forces took control of Zorianivka and Testove, about 10 km west of Dalekivka, on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, places=(NEXT, HOME, DISTANT)))
    assert row["control_use"] == "astray"
    text = "Russian forces took control of Zorianivka and Testove, about 10 km west of Kalynove Pole, on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, places=(NEXT, HOME, OTHER)))
    assert row["control_use"] == "control"


def test_an_adverb_between_the_forces_and_their_verb_keeps_it_a_deed():
    (row,) = report_rows(_doc_of("Russian forces previously secured Testove.", {"holder": "Russia", "extent": "full"}))
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")
    text = "Partisans attacked a depot in previously occupied Testove."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}, "Attack"))
    assert row["control_use"] == "unstated"


def test_a_claim_its_own_sentence_doubts_counts_as_hedged():
    text = "Moscow's defence officials say their troops took Testove on Monday, a report we cannot confirm."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert (row["control_use"], row["control_holder"]) == ("doubted", "Russia")
    (claim,) = control.claims_of([row | {"date": "2022-05-03", "date_precision": "day", "claimant_side": "RU"}])
    assert claim.weight == control.claim_weight("RU", "RU", "alleged")  # a hedged own claim: it moves nothing


def test_a_participle_describing_the_forces_tells_where_they_came_from():
    text = "Russian forces withdrawn from Testove will likely be redeployed to other axes."
    (row,) = report_rows(_doc_of(text, None, "Armed clash"))
    assert row["control_use"] is None and row["control_holder"] is None
    (row,) = report_rows(_doc_of("Russian forces withdrew from Testove on May 3.", None, "Armed clash"))
    assert (row["control_use"], row["control_holder"]) == ("control", "Ukraine")


def test_an_aim_reaches_its_place_through_the_words_naming_what_of_it():
    text = "Russian forces are attempting to capture the village of Testove."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert row["control_use"] == "aim" and row["control_holder"] is not None
    assert control.claims_of([row | {"date": "2022-05-03", "date_precision": "day"}]) == []
    # an aim told as achieved is the deed
    text = "A successful counterattack let Ukrainian units regain control of the town of Testove."
    (row,) = report_rows(_doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN))
    assert (row["control_use"], row["control_holder"]) == ("control", "Ukraine")


def test_a_clash_with_a_place_as_its_aim_is_fought_there_a_heading_is_not():
    (row,) = report_rows(_doc_of("Russian forces attacked in an attempt to capture Testove.", None, "Armed clash"))
    assert (row["place_role"], row["held_by"]) == ("aim", control.CONTESTED)
    (row,) = report_rows(_doc_of("Russian forces attacked towards Testove.", None, "Armed clash"))
    assert (row["place_role"], row["held_by"]) == ("towards", None)


def test_a_settlement_far_from_the_rest_of_its_list_is_a_namesake_astray_and_the_rest_are_still_claimed():
    text = "Ukrainian forces recaptured Dalekivka, Zorianivka, and Testove on May 3."
    doc = _doc_of(text, {"holder": "Ukraine", "extent": "full"}, REGAIN, places=(DISTANT, NEXT, HOME))
    doc.events[0].location = DISTANT
    (row,) = report_rows(doc)
    assert row["control_use"] == "astray"
    assert [r["place"] for r in control_place_rows(doc)] == ["Zorianivka", "Testove"]


def test_fighting_in_the_area_of_a_place_is_near_it():
    (row,) = report_rows(_doc_of("Fighting is ongoing in the area of Testove.", None, "Armed clash"))
    assert (row["place_role"], row["held_by"]) == ("reference", None)


def test_a_body_of_ukraines_own_local_government_speaks_for_ukraine():
    from frontwatch.record.knowledge import claimant_side
    assert claimant_side("Testove Regional State Administration", None) == "UA"
    assert claimant_side("Testove City Council", None) == "UA"
    assert claimant_side("Russian-installed Testove Regional Administration", None) == "RU"  # the proxies' words first


def test_a_denial_does_not_reach_past_the_clause_it_is_in():
    text = "Russian forces made no gains but captured Testove on May 3."
    (row,) = report_rows(_doc_of(text, {"holder": "Russia", "extent": "full"}))
    assert (row["control_use"], row["control_holder"]) == ("control", "Russia")


def test_the_word_that_makes_a_name_the_city_does_not_hide_the_reference_word_after_it():
    row = _report("Heavy fighting went on along the Testove City axis on May 3.", sub="Armed clash")
    assert row["place_role"] == "reference" and row["held_by"] is None


def test_a_bearing_in_the_object_of_an_aim_makes_the_place_a_reference_point():
    row = _report("Russian forces attempted to regain positions north of Testove on May 3.", sub="Armed clash")
    assert row["place_role"] == "reference" and row["held_by"] is None
    row = _report("Russian forces attempted to secure control of the town of Testove on May 3.", sub="Armed clash")
    assert row["place_role"] == "aim"


def test_a_route_via_a_place_is_no_fight_in_it():
    row = _report("Russian forces struck the evacuation road that runs west via Testove on May 3.", sub="Armed clash")
    assert row["place_role"] == "reference" and row["held_by"] is None
