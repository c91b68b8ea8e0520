"""Reading and validating knowledge files, with errors that name the file and the entry."""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

M = TypeVar("M", bound=BaseModel)


class KnowledgeError(Exception):
    """A knowledge file is missing, unreadable or invalid."""


class Entry(BaseModel):
    """Base of every knowledge model: immutable and strict about unknown keys."""

    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid", allow_inf_nan=False)


def read_toml(directory: Traversable, name: str) -> dict[str, Any]:
    path = directory / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{name}: knowledge file is missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{name}: cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{name}: not valid TOML ({exc})") from exc


def describe_location(data: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a validation location into 'profiles[2] (id=adult).max_daily_mg'."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and item < len(node):
                node = node[item]
                if isinstance(node, dict) and "id" in node:
                    label += f" (id={node['id']})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + item)
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"


def validate_file(model: type[M], data: dict[str, Any], name: str) -> M:
    """Validate one file's data, re-raising errors that name the file and entry."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = describe_location(data, tuple(first["loc"]))
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise KnowledgeError(f"{name}: {where}: {first['msg']}{more}") from exc
