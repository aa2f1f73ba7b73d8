"""Choosing between namesakes, on a small index imported from the GeoNames fixture."""

from pathlib import Path

import pytest

from frontwatch.geo.gazetteer import Candidate
from frontwatch.geo.resolver import Mention, Resolver, _own_name_first, haversine_km

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


@pytest.fixture(scope="module")
def resolver(gazetteer):
    return Resolver(gazetteer)


def test_main_name_beats_a_bigger_place_whose_old_name_it_was(resolver):
    [c] = resolver.resolve([Mention("Pokrovsk")])
    assert c.cc == "UA" and c.name == "Pokrovsk"  # not Engels (RU), once called Pokrovsk


def test_a_country_name_is_the_country_not_a_village(resolver):
    [c] = resolver.resolve([Mention("Francia")])
    assert c.precision == "country" and c.cc == "FR"


def test_the_articles_other_places_choose_between_namesakes(resolver):
    lyman_ua, _ = resolver.resolve([Mention("Lyman"), Mention("Bakhmut")])
    assert lyman_ua.cc == "UA"
    [lyman_us] = resolver.resolve([Mention("Lyman")], context_countries={"US": 5.0})
    assert lyman_us.cc == "US"


def test_region_cue_asks_for_the_oblast_and_district_cue_for_the_raion(resolver):
    city, oblast = resolver.resolve([Mention("Kharkiv"), Mention("Kharkiv", cue="admin1")])
    assert city.precision == "city" and oblast.precision == "admin1"
    [raion] = resolver.resolve([Mention("Kupyan", cue="admin2")])  # shortened raion name
    assert raion.precision == "admin2" and raion.geonameid == 9194084


def test_unknown_names_stay_unresolved(resolver):
    assert resolver.resolve([Mention("Qwertyville")]) == [None]


def test_haversine_distance():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(50.45, 30.52, 55.75, 37.62) == pytest.approx(756, abs=10)  # Kyiv–Moscow


@pytest.mark.parametrize(("said", "town"), [("Pokrovske", "Pokrovsk"), ("Bakhmute", "Bakhmut"),
                                            ("Pokrovskom", "Pokrovsk"), ("Izyuma", "Izyum")])
def test_a_russian_case_of_a_romanised_town_is_the_town(resolver, said, town):
    [c] = resolver.resolve([Mention(said)])
    assert c is not None and (c.name, c.cc) == (town, "UA")


def test_case_endings_are_tried_only_for_a_name_the_gazetteer_lacks(resolver):
    [c] = resolver.resolve([Mention("Francia")])
    assert c.precision == "country" and c.cc == "FR"  # not cut to a town "Franci"
    # a case ending is Russian: only a town of a romanised country, whatever the article's countries
    [c] = resolver.resolve([Mention("Lymane")], context_countries={"US": 5.0})
    assert (c.name, c.cc) == ("Lyman", "UA")


def _town(pid: int, name: str, match: str, population: int, cc: str = "UA") -> Candidate:
    return Candidate(pid=pid, geonameid=pid, name=name, lat=48.0 + pid / 100, lon=37.0, cc=cc, admin1=f"{cc}.05",
                     admin2=None, precision="city", fcode="PPL", population=population, source="geonames",
                     finder=True, match=match)


def test_a_name_villages_bear_today_is_one_of_them_not_the_city_once_called_so():
    # a big city that once bore the name keeps it only as an alternate: three villages called so
    # today outvote its population
    city = _town(1, "Bigtown", "alt", 900_000)
    villages = [_town(k, "Oldname", "main", 800) for k in (2, 3, 4)]
    assert city not in _own_name_first([city, *villages])
    # one or two villages of that name abroad do not: the alternate name stays a candidate
    assert city in _own_name_first([city, _town(5, "Oldname", "main", 800, cc="RU")])
    assert city in _own_name_first([city, *villages[:2]])
