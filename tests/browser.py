"""What the browser tests need beyond tools/website.py: a skip that CI turns
into a failure.

Playwright drives ``/usr/bin/chromium`` (it downloads no browser here); without
it the browser tests are skipped, except in CI (``CI`` set), where they fail:
``.ci/run`` installs Chromium first. One Chromium serves every browser test of
a worker (the ``chromium`` fixture in tests/conftest.py).
"""

from __future__ import annotations

import os

import pytest


def require(condition: bool, message: str) -> None:
    """Skip when ``condition`` fails, or fail in CI, where everything must be
    there.
    """
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
