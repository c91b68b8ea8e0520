"""Every clinical number in the knowledge models has bounds a typo cannot pass; one test per bound.

The bounds are read from the models themselves, so a number added without bounds
fails the first test, and each bound is proven by a value just outside it.
"""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any

import pytest
from annotated_types import Ge, Gt, Le, Lt
from pydantic import BaseModel, ValidationError

from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.knowledge import Knowledge, Product, Profile, TaperRule, load_knowledge
from baclofen_desk.resources import default_knowledge
from tests.helpers import edit_file

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

KNOWLEDGE = default_knowledge()


def _types(annotation: Any) -> Iterator[Any]:
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _types(arg)


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    pending = [root]
    while pending:
        model = pending.pop()
        if model in found:
            continue
        found.append(model)
        for field in model.model_fields.values():
            pending += [t for t in _types(field.annotation) if _is_model(t)]
    return found


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


def _bounds(model: type[BaseModel], name: str) -> list[Any]:
    field = model.model_fields[name]
    inner = [m for t in _types(field.annotation) for m in getattr(t, "__metadata__", ())]
    return [b for b in (*field.metadata, *inner) if isinstance(b, Ge | Gt | Le | Lt)]


def _numeric_fields() -> list[tuple[type[BaseModel], str]]:
    fields = []
    for model in _models(Knowledge):
        for name, field in model.model_fields.items():
            kinds = set(_types(field.annotation))
            if kinds & {int, float} and bool not in kinds:
                fields.append((model, name))
    return fields


NUMERIC = _numeric_fields()


def _outside(bound: Any) -> float:
    """A value just beyond `bound` (a typo's size is irrelevant: just past it is refused)."""
    if isinstance(bound, Ge):
        return float(bound.ge) - 0.5  # type: ignore[arg-type]
    if isinstance(bound, Gt):
        return float(bound.gt)  # type: ignore[arg-type]
    if isinstance(bound, Le):
        return float(bound.le) + 0.5  # type: ignore[arg-type]
    return float(bound.lt)  # type: ignore[arg-type]


def _instances(model: type[BaseModel]) -> list[BaseModel]:
    """Every instance of `model` in the shipped knowledge base."""
    found: list[BaseModel] = []

    def visit(node: Any) -> None:
        if isinstance(node, model):
            found.append(node)
        if isinstance(node, BaseModel):
            for name in type(node).model_fields:
                visit(getattr(node, name))
        elif isinstance(node, tuple | list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            for item in node.values():
                visit(item)

    visit(KNOWLEDGE)
    return found


def test_every_clinical_number_has_a_lower_and_an_upper_bound() -> None:
    assert len(NUMERIC) > 60
    unbounded = []
    for model, name in NUMERIC:
        kinds = {type(b) for b in _bounds(model, name)}
        if not kinds & {Ge, Gt} or not kinds & {Le, Lt}:
            unbounded.append(f"{model.__name__}.{name}")
    assert unbounded == []


BOUNDS = [
    pytest.param(model, name, bound, id=f"{model.__name__}.{name}-{type(bound).__name__}")
    for model, name in NUMERIC
    for bound in _bounds(model, name)
]


@pytest.mark.parametrize(("model", "name", "bound"), BOUNDS)
def test_a_value_just_outside_each_bound_is_refused(
    model: type[BaseModel], name: str, bound: Any
) -> None:
    shipped = _instances(model)
    assert shipped, f"no {model.__name__} in the knowledge base"
    data = shipped[0].model_dump(by_alias=True)
    value = _outside(bound)
    field = model.model_fields[name]
    if int in set(_types(field.annotation)) and float not in set(_types(field.annotation)):
        value = int(value - 0.5) if isinstance(bound, Ge | Gt) else int(value + 0.5)
    is_list = any(typing.get_origin(t) is tuple for t in _types(field.annotation))
    data[name] = (value,) if is_list else value
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    assert any(name in error["loc"] for error in caught.value.errors())


@pytest.mark.parametrize(
    ("model", "field", "typo"),
    [
        (Profile, "max_daily_mg", 8000),
        (Profile, "start_daily_mg", 150),
        (TaperRule, "max_decrease_daily_mg", 1000),
        (TaperRule, "min_total_days", 1),
        (Product, "strength_mg", 100),
    ],
)
def test_the_typos_found_in_review_are_refused(model: Any, field: str, typo: float) -> None:
    data = _instances(model)[0].model_dump(by_alias=True)
    with pytest.raises(ValidationError):
        model.model_validate({**data, field: typo})


def test_a_typo_in_the_file_stops_loading_naming_file_and_entry(knowledge_copy: Path) -> None:
    edit_file(knowledge_copy / "rules.toml", "max_daily_mg = 80", "max_daily_mg = 8000")
    with pytest.raises(KnowledgeError, match=r"rules\.toml.*max_daily_mg") as caught:
        load_knowledge(knowledge_copy)
    assert "less than or equal to 120" in str(caught.value)
