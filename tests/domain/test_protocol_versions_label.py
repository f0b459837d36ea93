"""The next version label when a new edition of the protocol is started."""

from parishdesk.domain.protocol.versions import next_version_label


def test_next_version_label_follows_the_highest_number():
    assert next_version_label([]) == "1.0"
    assert next_version_label(["1.0"]) == "2.0"
    assert next_version_label(["1.0", "2.1", "1.5"]) == "3.0"
    assert next_version_label(["Version 3", "v4"]) == "5.0"
    assert next_version_label(["", "draft"]) == "2.0"  # one unnumbered version kept
