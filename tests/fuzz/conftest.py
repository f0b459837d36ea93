"""The fuzz suite: every importer and form service fed damaged or odd input.

Hypothesis runs derandomised (a fixed seed, the same examples on every run) with a
bounded number of examples per test, and keeps no example database, so the suite is
reproducible and takes the same time in CI as here. ``FUZZ_EXAMPLES`` multiplies the
budget for a longer hunt by hand (``FUZZ_EXAMPLES=10 pytest tests/fuzz``).
"""

from __future__ import annotations

import collections
import os

import pytest
from hypothesis import HealthCheck, settings

#: How many examples each test gets, per kind of input (see the tests).
SCALE = float(os.environ.get("FUZZ_EXAMPLES", "1"))

settings.register_profile(
    "parishdesk-fuzz",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    # The database fixture is set up once per test and shared by its examples on purpose:
    # every example is another attempt at the same register.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
settings.load_profile("parishdesk-fuzz")


def examples(n: int) -> int:
    return max(1, int(n * SCALE))


#: Examples run per importer or form service in this session, for the closing summary.
RUNS: collections.Counter[str] = collections.Counter()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if RUNS:
        terminalreporter.write_sep("-", "fuzz examples run")
        for name, count in sorted(RUNS.items()):
            terminalreporter.write_line(f"{name}: {count}")
