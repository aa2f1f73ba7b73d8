"""GeoNames dump import, on a hand-written fixture in GeoNames' file layout."""

import sqlite3
from pathlib import Path

import pytest

from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.geonames import import_into, precision_of

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


@pytest.fixture()
def index_path(tmp_path):
    path = tmp_path / "gaz.sqlite"
    import_into(path, FIXTURE)
    return path


def test_import_makes_villages_resolvable(index_path):
    gaz = Gazetteer(index_path)
    [village] = [c for c in gaz.candidates("Ohirtseve") if c.cc == "UA"]
    assert village.precision == "city"
    assert abs(village.lat - 50.33) < 0.01
    assert village.admin2 == "UA.07.6312"
    assert gaz.admin1_name(village.admin1) == "Kharkiv Oblast"


def test_alternate_names_file_is_read_with_languages(index_path):
    gaz = Gazetteer(index_path)
    assert any(c.geonameid == 9990001 for c in gaz.candidates("Огірцеве"))
    assert any(c.geonameid == 706483 for c in gaz.candidates("Харьков"))
    # a link is not a name
    assert not gaz.candidates("https://en.wikipedia.org/wiki/Kharkiv")


def test_loose_transliteration_finds_the_village(index_path):
    gaz = Gazetteer(index_path)
    [c] = gaz.candidates("Ogirtseve")
    assert c.geonameid == 9990001 and c.match == "translit"


def test_admin_codes_give_english_names_and_precisions(index_path):
    gaz = Gazetteer(index_path)
    oblast = [c for c in gaz.candidates("Kharkiv Oblast") if c.precision == "admin1"]
    assert oblast and oblast[0].geonameid == 706482
    assert gaz.to_place(oblast[0]).admin1 == "Kharkiv Oblast"
    raion = [c for c in gaz.candidates("Kupiansk Raion") if c.precision == "admin2"]
    assert raion and raion[0].geonameid == 9194084
    river = [c for c in gaz.candidates("Oskil") if c.precision == "feature"]
    assert river


def test_importing_twice_updates_instead_of_duplicating(index_path):
    count = sqlite3.connect(index_path).execute("SELECT COUNT(*) FROM places").fetchone()[0]
    stats = import_into(index_path, FIXTURE)
    assert stats["places_added"] == 0 and stats["places_updated"] > 0
    assert sqlite3.connect(index_path).execute("SELECT COUNT(*) FROM places").fetchone()[0] == count


def test_precision_from_feature_codes():
    assert precision_of("A", "PCLI") == "country"
    assert precision_of("A", "ADM1") == "admin1"
    assert precision_of("A", "ADM2") == "admin2"
    assert precision_of("P", "PPLX") == "city"
    assert precision_of("H", "STM") == "feature"


def test_public_import_api_into_a_given_index(tmp_path):
    from frontwatch.geo import import_geonames
    from frontwatch.geo.index import SCHEMA

    path = tmp_path / "given.sqlite"
    sqlite3.connect(path).executescript(SCHEMA)  # an existing (empty) index: no embedded build
    stats = import_geonames(FIXTURE, path=path)
    assert stats["places_added"] >= 20 and stats["admin_codes"] == 7
    assert Gazetteer(path).candidates("Ohirtseve")


def test_an_airport_code_among_the_alternate_names_names_no_town(index_path):
    """GeoNames lists a town's airport code with its names ("HRK" for Kharkiv): an acronym
    in the text is an organisation or a code, never the town whose airport it happens to be."""
    gaz = Gazetteer(index_path)
    assert not gaz.candidates("HRK") and not gaz.candidates("Hrk")
    assert any(c.geonameid == 706483 for c in gaz.candidates("Charkiw"))


def test_three_capitals_in_an_untagged_list_of_alternate_names_are_an_airport_code():
    from frontwatch.geo.index import alternate_names

    assert alternate_names(["Taif", "TIF", "Ta'if", "OETF", "Tif"], "Ta’if") == ["Taif", "Ta'if", "OETF", "Tif"]
    assert alternate_names(["Ufa", "UFA", "Oufa"], "Ufa City") == ["Ufa", "Oufa"]  # a short name stays a name
