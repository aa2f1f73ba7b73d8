"""The alias scan yields what the joined alternation yields, match for match."""

import re

from frontwatch.stages.entities._aliasscan import AliasScan, name_pattern

NAMES = ["Kyiv", "Kyiv Oblast", "Kherson", "Ka-52", "Azov", "Azov Sea", "Wagner Group", "Wagner", "US",
         "Élysée", "S-300", "Kharkiv"]
BEFORE, AFTER = r"(?<![\w-])", r"(?![\w]|-\w)"
TEXT = ("Wagner  Group fighters left KYIV OBLAST; a Ka-52 over the Azov Sea, the azov seaside, "
        "pre-Kherson, Kherson-based units, Kharkiv-2 and the S-300s. The us and the US. élysée Élysée.")


def _joined(names: list[str]) -> re.Pattern[str]:
    return re.compile(BEFORE + "(?:" + "|".join(map(name_pattern, names)) + ")" + AFTER, re.IGNORECASE)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_same_matches_as_the_joined_alternation() -> None:
    names = sorted(NAMES, key=len, reverse=True)
    scan = AliasScan(names, BEFORE, AFTER, re.IGNORECASE)
    for s, e in [(0, len(TEXT)), (5, 60), (28, 40), (1, len(TEXT) - 3)]:
        assert _spans(scan.finditer(TEXT, s, e)) == _spans(_joined(names).finditer(TEXT, s, e))
    found = [g for _, _, g in _spans(scan.finditer(TEXT, 0, len(TEXT)))]
    assert "Wagner  Group" in found and "KYIV OBLAST" in found and "Azov Sea" in found
    # "pre-Kherson", "Kherson-based", "Kharkiv-2": a name inside a hyphenated word is none
    assert not {"Kherson", "Kharkiv"} & set(found)


def test_the_order_of_the_names_decides_as_in_the_alternation() -> None:
    shortest_first = sorted(NAMES, key=len)  # "Azov" before "Azov Sea": the alternation takes "Azov"
    scan = AliasScan(shortest_first, BEFORE, AFTER, re.IGNORECASE)
    got = _spans(scan.finditer(TEXT, 0, len(TEXT)))
    assert got == _spans(_joined(shortest_first).finditer(TEXT, 0, len(TEXT)))
    assert any(g == "Azov" for _, _, g in got) and not any(g == "Azov Sea" for _, _, g in got)
