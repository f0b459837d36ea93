"""Case material stays in the Disputes area (DISP-12): exports and histories leave it out."""

from __future__ import annotations

import datetime as dt

from parishdesk.services import letters, member_io, members

TODAY = dt.date(2026, 11, 23)


def test_member_exports_histories_and_the_letters_register_hold_no_case_material(demo, tmp_path):
    # The demo holds five cases with letters: one about Cllr Whitlock's remarks.
    words = ("shambles", "DC/2026", "social media", "Confidential case letter")
    out = tmp_path / "register.csv"
    member_io.write_csv(out, TODAY)
    exported = out.read_text(encoding="utf-8-sig")
    for word in words:
        assert word not in exported
    whitlock = demo.councillors["Whitlock"].id
    history = " ".join(str(line) for line in members.person_history(whitlock))
    for word in words:
        assert word not in history
    register = letters.search_letters("")
    assert register and not any(x.letter_type.startswith("case_") for x in register)
