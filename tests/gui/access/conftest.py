"""The Information requests windows are tried on the demo council."""

import pytest


@pytest.fixture
def ctx(demo_ctx):
    return demo_ctx
