"""The plan as JSON: the stable contract of the command line (design.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan


def plan_to_dict(plan: Plan, program_version: str) -> dict[str, Any]:
    """Every field of the plan, `class` spelled as in the contract, plus the versions."""
    data = plan.model_dump(mode="json", by_alias=True)
    data["program_version"] = program_version
    return data
