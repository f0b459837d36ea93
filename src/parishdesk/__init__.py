"""ParishDesk: the member/officer relations desk for a parish or town council clerk."""

__version__ = "0.1.0"
APP_NAME = "ParishDesk"
