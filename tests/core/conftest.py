"""Fixtures for the knowledge-loading tests: a private copy of the knowledge base to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from baclofen_desk.resources import resource


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A copy of resources/knowledge that a test may edit."""
    target = tmp_path / "knowledge"
    shutil.copytree(Path(str(resource("knowledge"))), target)
    return target
