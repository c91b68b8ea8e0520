"""Plan files (`*.baclofen.json`): the clinician's request saved with a schema version.

A plan file holds what was typed (the `PlanRequest`, with the clinician's
shaping choices and the plan history) and the handout choices, never a plan to
follow: reopening re-plans with the rules in force, so a file cannot carry stale
doses. The steps computed when it was saved are kept only as the record that a
later visit moves into the history. Format 1 files (no shaping, no history) are
read and migrated; they are saved as format 2. Files are written atomically and validated on load;
a file that cannot be read or understood raises `PlanFileError` with one clear
sentence, and nothing else changes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError

from baclofen_desk import __version__
from baclofen_desk.core.handout_catalogue import HandoutLanguage
from baclofen_desk.core.input_errors import first_problem
from baclofen_desk.core.models import EARLIER_RULES, DoseStep, Frozen, PlanRequest
from baclofen_desk.core.plain_text import MAX_PRINTED_TEXT, PlainText
from baclofen_desk.fileio import (
    FileRefused,
    JsonRefused,
    atomic_write_text,
    read_regular_file,
    strict_json_loads,
)

SCHEMA_VERSION: Final = 2
#: The first rule base with the input checks of v2 (P5, P7, P9); files saved under an
#: earlier one may hold values those checks refuse.
RULES_WITH_INPUT_CHECKS: Final = "2026.12-1"
SUFFIX = ".baclofen.json"
FILE_FILTER = "Baclofen Desk plans (*.baclofen.json)"

#: Largest plan file read (bytes): a plan with every list at its limit is far smaller.
MAX_FILE_BYTES: Final = 1_000_000

FileModel = TypeVar("FileModel", bound=BaseModel)


class PlanFileError(Exception):
    """A plan file could not be read or is not a valid plan file (the message says why)."""


class HandoutChoices(Frozen):
    """How the patient's handout is printed (per patient, independent of the window language)."""

    lang: HandoutLanguage = Field("en", description="Handout language")
    large_print: bool = Field(False, description="Handout in large print")
    patient_name: PlainText = Field(
        "", max_length=MAX_PRINTED_TEXT, description="Printed on the handout"
    )


class PlanFile(Frozen):
    """The content of a plan file."""

    schema_version: Literal[2] = SCHEMA_VERSION
    app_version: str = Field(description="Program version that wrote the file")
    rules_version: str = Field(description="Rule base version in force when it was saved")
    request: PlanRequest
    handout: HandoutChoices = HandoutChoices()
    steps: tuple[DoseStep, ...] = Field(
        (), description="Computed when saved: the record a later visit keeps (never re-used)"
    )
    migrated_from: int | None = Field(
        None, exclude=True, description="The older format this file was read from, if any"
    )


def with_suffix(path: Path) -> Path:
    """`path` ending in `.baclofen.json` (added when the name has no such ending)."""
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def save_plan_file(
    path: Path,
    request: PlanRequest,
    handout: HandoutChoices,
    *,
    rules_version: str,
    steps: tuple[DoseStep, ...] = (),
) -> PlanFile:
    """Write the plan file atomically (the old file stays whole if anything fails)."""
    content = plan_file_content(request, handout, rules_version=rules_version, steps=steps)
    atomic_write_text(Path(path), plan_file_text(content))
    return content


def plan_file_content(
    request: PlanRequest,
    handout: HandoutChoices,
    *,
    rules_version: str,
    steps: tuple[DoseStep, ...] = (),
) -> PlanFile:
    """What a plan file holds for this request, stamped with the versions in force."""
    return PlanFile(
        app_version=__version__,
        rules_version=rules_version,
        request=request,
        handout=handout,
        steps=steps,
    )


def plan_file_text(content: PlanFile) -> str:
    """The file's text, for writers that render every output before writing any."""
    return json.dumps(content.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def load_plan_file(path: Path) -> PlanFile:
    """Read and validate a plan file; raises `PlanFileError` saying what is wrong."""
    name = Path(path).name
    data = _read_json(Path(path), name)
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanFileError(f"{name} is not a Baclofen Desk plan file (no schema version).")
    if version > SCHEMA_VERSION:
        raise PlanFileError(
            f"{name} was saved by a newer version of Baclofen Desk (file format {version}); "
            f"this version reads format {SCHEMA_VERSION}. Please update the program."
        )
    if version < 1:
        raise PlanFileError(f"{name} has an unknown file format ({version}).")
    migrated_from = version if version < SCHEMA_VERSION else None
    if migrated_from is not None:
        data = _migrated(data)
    # A file saved under an earlier rule base opens even where the v2 input checks refuse
    # a value (a child without weight): the form marks it at its field before any plan.
    earlier = str(data.get("rules_version", "")) < RULES_WITH_INPUT_CHECKS  # "YYYY.MM-N"
    content = validate_strictly(PlanFile, data, name, EARLIER_RULES if earlier else None)
    return content.model_copy(update={"migrated_from": migrated_from})


def validate_strictly(
    model: type[FileModel], data: dict[str, Any], name: str, context: object = None
) -> FileModel:
    """`data` as `model`, with no coercion: in a file a string is not a yes, a number no date."""
    try:
        return model.model_validate_json(json.dumps(data), strict=True, context=context)
    except ValidationError as exc:
        problem = first_problem(exc)
        raise PlanFileError(f"{name} contains invalid data: {problem.text()}.") from None


def _migrated(data: dict[str, Any]) -> dict[str, Any]:
    """A format 1 file as format 2: its request and handout are valid as they are."""
    return {**data, "schema_version": SCHEMA_VERSION}


def migration_note(content: PlanFile, name: str) -> str | None:
    """One sentence saying the file was read from an older format, or None."""
    if content.migrated_from is None:
        return None
    return (
        f"{name} was saved in file format {content.migrated_from} and was read as format "
        f"{SCHEMA_VERSION}; saving it writes format {SCHEMA_VERSION}."
    )


def _read_json(path: Path, name: str) -> dict[str, Any]:
    try:
        text = read_regular_file(path, MAX_FILE_BYTES).decode("utf-8")
    except FileNotFoundError:
        raise PlanFileError(f"{name} was not found.") from None
    except FileRefused as exc:
        raise PlanFileError(f"{exc}.") from None
    except UnicodeDecodeError:
        raise PlanFileError(f"{name} is not a text file, so it is not a plan file.") from None
    except OSError as exc:
        raise PlanFileError(f"{name} could not be read: {exc.strerror or exc}.") from None
    try:
        data = strict_json_loads(text)
    except JsonRefused as exc:
        raise PlanFileError(f"{name} is damaged or not a plan file: {exc}.") from None
    except json.JSONDecodeError as exc:
        raise PlanFileError(
            f"{name} is damaged or not a plan file (not valid JSON at line {exc.lineno})."
        ) from None
    if not isinstance(data, dict):
        raise PlanFileError(f"{name} is not a Baclofen Desk plan file.")
    return data
