"""Key phrases drawn from register entries for the CONDUCT-1 check."""

from __future__ import annotations

from parishdesk.domain.enquiry_key_phrases import (
    key_phrases,
    matching_phrase,
    own_place_words,
    phrase_pattern,
)


def test_the_councils_own_place_name() -> None:
    assert own_place_words("Ashcombe Parish Council") == {"ashcombe"}
    assert own_place_words("Upper Wick Town Council") == {"upper", "wick"}
    assert own_place_words("") == frozenset()


def test_names_places_and_distinctive_words_are_picked_out() -> None:
    phrases = key_phrases("Owner of a holiday let at Mill Cottage, Ashcombe",
                          "Ashcombe Parish Council")
    assert phrases[0] == "Owner of a holiday let at Mill Cottage, Ashcombe"
    assert set(phrases[1:]) == {"Mill Cottage", "holiday let"}


def test_titles_company_suffixes_roles_and_street_words_are_left_out() -> None:
    assert key_phrases("Director of Patel Pharmacy Ltd, High Street")[1:] == ("Patel Pharmacy",)
    assert key_phrases("Mr Liam Hartley (the council's Assistant)", person=True)[1:] == (
        "Liam Hartley", "Mr Hartley")
    assert key_phrases("Member of the Exampleshire Ramblers committee")[1:] == (
        "Exampleshire Ramblers",)


def test_a_single_name_is_kept_when_it_is_all_there_is() -> None:
    assert key_phrases("Tesco shares")[1:] == ("Tesco",)
    assert key_phrases("   ") == ()


def test_patterns_match_whole_words_plurals_possessives_and_ampersands() -> None:
    assert phrase_pattern("holiday let").search("two holiday lets nearby")
    assert not phrase_pattern("holiday let").search("holiday letter")
    assert phrase_pattern("Fairweather & Lowe").search("ask fairweather and lowe")
    assert phrase_pattern("Liam Hartley").search("Liam Hartley\u2019s hours".replace("\u2019", "'"))


def test_matching_phrase_returns_the_phrase_found() -> None:
    assert matching_phrase("Noise at the holiday let at Mill Cottage", "Owner of a holiday let "
                           "at Mill Cottage, Ashcombe", "Ashcombe Parish Council") == "Mill Cottage"
    assert matching_phrase("Christmas lights in Ashcombe", "Mill Cottage, Ashcombe",
                           "Ashcombe Parish Council") is None
