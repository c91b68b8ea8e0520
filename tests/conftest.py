"""Suite-wide set-up: headless Qt before any QApplication exists, shared fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

import pytest

from baclofen_desk.resources import default_knowledge

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The bundled knowledge base (validated once)."""
    return default_knowledge()


@pytest.fixture(scope="session")
def compiled_catalogues() -> None:
    """The window's .qm translations, built from the .ts sources when missing or older."""
    from baclofen_desk.ui import translation_catalogues as catalogues

    for language in catalogues.LANGUAGES:
        ts = catalogues.ts_file(language)
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            catalogues.build()


@pytest.fixture(autouse=True)
def no_site_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test reads the machine's own site configuration (tests that need one write it)."""
    missing = tmp_path_factory.getbasetemp() / "no-site-config" / "site.toml"
    monkeypatch.setenv("BACLOFEN_DESK_SITE_CONFIG", str(missing))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests under tests/ui drive real widgets: mark them `gui` so `-m "not gui"` skips them."""
    for item in items:
        if f"{os.sep}ui{os.sep}" in str(item.path):
            item.add_marker(pytest.mark.gui)
