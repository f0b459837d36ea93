"""The Meetings area: agendas, the meeting typed live, minutes, decisions and attendance."""

from parishdesk.gui.meetings.page import MeetingsPage, create

__all__ = ["MeetingsPage", "create"]
