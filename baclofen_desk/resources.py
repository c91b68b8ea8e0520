"""Where the bundled resources (knowledge base, fonts, translations, icons) are.

In a wheel or a bundle they sit inside the package (`baclofen_desk/resources`);
in a source checkout or an editable install they are the top-level `resources/`
folder next to the package.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from baclofen_desk.core.knowledge import Knowledge, load_knowledge

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def resource_root() -> Traversable:
    """The resources folder, packaged or in the source tree."""
    packaged = files("baclofen_desk") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """A file or folder below the resources folder."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


@cache
def default_knowledge() -> Knowledge:
    """The bundled knowledge base, loaded and validated once per process."""
    return load_knowledge(resource("knowledge"))
