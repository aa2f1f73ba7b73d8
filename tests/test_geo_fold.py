from frontwatch.geo.fold import plain_key, translit_key


def test_plain_key_folds_case_accents_apostrophes_and_hyphens():
    assert plain_key("Kup'yans'k") == plain_key("Kupyansk")
    assert plain_key("Île-de-France") == "ile de france"
    assert plain_key("St. Petersburg") == plain_key("Saint Petersburg")


def test_plain_key_keeps_different_names_apart():
    assert plain_key("Gulyaipole") != plain_key("Huliaipole")
    assert plain_key("Kursk") != plain_key("Kurski")


def test_translit_key_merges_romanisations_of_cyrillic_names():
    assert translit_key("Gulyaipole") == translit_key("Huliaipole")
    assert translit_key("Chuguyiv") == translit_key("Chuhuiv")
    assert translit_key("Izyum") == translit_key("Izium")
    assert translit_key("Ogirtseve") == translit_key("Ohirtseve")
    assert translit_key("Lugansk") == translit_key("Luhansk")


def test_translit_key_is_not_a_wildcard():
    assert translit_key("Kharkiv") != translit_key("Kherson")
    assert translit_key("Lviv") != translit_key("Kyiv")


def test_translit_key_merges_russian_and_ukrainian_endings():
    # the closed-syllable o/e of Russian that Ukrainian writes i, and the Russian neuter -oe
    assert translit_key("Novoselovka") == translit_key("Novoselivka")
    assert translit_key("Andreevka") == translit_key("Andriivka")
    assert translit_key("Stepnoye") == translit_key("Stepne")
    assert translit_key("Stepnoe") == translit_key("Stepne")
