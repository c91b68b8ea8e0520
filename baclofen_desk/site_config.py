"""The site configuration: one TOML file in which IT sets the clinic's defaults for every
user of a machine, and may lock some of them.

Where it is: `BACLOFEN_DESK_SITE_CONFIG` names the file (and wins); otherwise
`%ProgramData%\\Baclofen Desk\\site.toml` (Windows),
`/Library/Application Support/Baclofen Desk/site.toml` (macOS) or
`/etc/baclofen-desk/site.toml` (Linux and others). No file: no site defaults.

A file that cannot be read or does not validate never stops the program: it is
reported in one sentence naming the file and the entry, and the built-in
defaults apply.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import Field, ValidationError, field_validator

from baclofen_desk.core.handout_catalogue import HandoutLanguage
from baclofen_desk.core.handout_countries import MAX_REFILLS, Paper, check_emergency_number
from baclofen_desk.core.kb_io import describe_location
from baclofen_desk.core.models import ClockTime, Frozen, ProductId

if TYPE_CHECKING:
    from collections.abc import Mapping

ENVIRONMENT_VARIABLE = "BACLOFEN_DESK_SITE_CONFIG"
#: Longest text the site file may set (the handout prints it).
MAX_SITE_TEXT = 120

SiteKey = Literal[
    "clinic_name",
    "clinic_phone",
    "after_hours_phone",
    "clinic_address",
    "emergency_number",
    "paper",
    "handout_language",
    "default_product",
    "dose_times",
    "refills",
    "large_print",
]
SITE_KEYS: tuple[SiteKey, ...] = get_args(SiteKey)


class SiteConfig(Frozen):
    """Every key optional; `locked` lists the keys users may not change."""

    clinic_name: str | None = Field(None, min_length=1, max_length=MAX_SITE_TEXT)
    clinic_phone: str | None = Field(None, min_length=1, max_length=MAX_SITE_TEXT)
    after_hours_phone: str | None = Field(None, min_length=1, max_length=MAX_SITE_TEXT)
    clinic_address: str | None = Field(None, min_length=1, max_length=MAX_SITE_TEXT)
    emergency_number: str | None = Field(None, max_length=20)
    paper: Paper | None = None
    handout_language: HandoutLanguage | None = None
    default_product: ProductId | None = None
    dose_times: tuple[ClockTime, ...] | None = Field(None, min_length=1, max_length=4)
    refills: int | None = Field(None, ge=0, le=MAX_REFILLS)
    large_print: bool | None = None
    locked: tuple[SiteKey, ...] = ()

    @field_validator("emergency_number")
    @classmethod
    def _dialable(cls, value: str | None) -> str | None:
        return check_emergency_number(value)

    @field_validator("dose_times")
    @classmethod
    def _ordered(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and list(value) != sorted(set(value)):
            raise ValueError("dose times must differ and be in order through the day")
        return value

    def set_values(self) -> dict[SiteKey, Any]:
        """The keys the file sets, with their values."""
        return {key: getattr(self, key) for key in SITE_KEYS if getattr(self, key) is not None}

    def is_locked(self, key: SiteKey) -> bool:
        return key in self.locked and getattr(self, key) is not None


@dataclass(frozen=True)
class SiteLoad:
    """What was read: the configuration (empty when none or broken) and any problem."""

    config: SiteConfig
    path: Path
    problem: str | None = None


def site_config_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """Where the site file is: the environment variable, else the place for this OS."""
    env = os.environ if environ is None else environ
    named = env.get(ENVIRONMENT_VARIABLE)
    if named:
        return Path(named)
    platform = platform or sys.platform
    if platform.startswith("win"):
        return Path(env.get("ProgramData", r"C:\ProgramData")) / "Baclofen Desk" / "site.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/Baclofen Desk/site.toml")
    return Path("/etc/baclofen-desk/site.toml")


def load_site_config(path: Path) -> SiteLoad:
    """Read and validate `path`; a missing file is no configuration, never a problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SiteLoad(SiteConfig(), path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return _broken(path, f"cannot be read ({exc})")
    try:
        return SiteLoad(SiteConfig.model_validate(data), path)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = describe_location(data, tuple(error["loc"]))
        message = str(error["msg"]).removeprefix("Value error, ")
        return _broken(path, f"{where}: {message}")


def _broken(path: Path, why: str) -> SiteLoad:
    problem = f"Site configuration {path}: {why}. The built-in defaults are used."
    return SiteLoad(SiteConfig(), path, problem)


def site_config(environ: Mapping[str, str] | None = None) -> SiteLoad:
    """The site configuration of this machine."""
    return load_site_config(site_config_path(environ))
