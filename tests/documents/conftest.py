"""Fixtures for the document tests: the recorded demo meeting."""

from tests.fixtures.meetings import recorded  # noqa: F401 - a fixture
