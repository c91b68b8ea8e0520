"""Command-line tests run as on a computer in the United States unless they say otherwise."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def us_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The computer's country decides paper and emergency number: keep it fixed."""
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
