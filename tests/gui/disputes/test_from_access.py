"""An information request opens a dispute concern with the request linked, the way an
enquiry's protocol warning does."""

from __future__ import annotations

from parishdesk.services.disputes import cases


def test_an_information_request_opens_a_linked_concern(qtbot, main_window, monkeypatch):
    from parishdesk.gui.disputes.wizard import NewConcernWizard
    from parishdesk.services.disputes.cases import NewCase

    seen = {}

    def fake_ask(ctx, link):  # type: ignore[no-untyped-def]
        seen["link"] = link
        case = cases.open_case(NewCase(
            raised_by="councillor", about="officer", nature="behaviour",
            complainant_name="Cllr Owen Pritchard", subject_name="Liam Hartley",
            account="The papers I asked for were refused rudely.", events_on=ctx.today(),
            link_kind=link[0], link_id=link[1], link_label=link[2]), ctx.actor, ctx.today())
        return case.id

    monkeypatch.setattr(NewConcernWizard, "ask", classmethod(
        lambda cls, ctx, parent=None, link=None: fake_ask(ctx, link)))
    access_page = main_window.show_area("access")
    button = access_page.concern_button
    assert button.text() == "Open a concern from this\u2026"
    access_page.ui.table.clearSelection()
    assert not button.isEnabled()
    access_page.ui.table.selectRow(0)
    record = access_page.selected()
    assert record is not None and button.isEnabled()
    qtbot.wait(30)
    access_page.grab().save("/tmp/area-gaps-access-concern.png")
    button.click()
    assert seen["link"] == ("access", record.id, f"Information request {record.reference}")
    assert main_window.current_area() == "disputes"
    disputes = main_window.pages["disputes"]
    assert disputes.case_file.cf is not None
    assert disputes.case_file.cf.links[0].record_id == record.id
    assert f"Arose from: Information request {record.reference}" \
        in disputes.case_file.header.text()
