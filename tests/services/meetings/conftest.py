"""The recorded demo meeting, for the meetings service tests."""

from tests.fixtures.meetings import recorded  # noqa: F401 - a fixture
