"""The site configuration: where it is, what it may set, and a broken file never stops us."""

from __future__ import annotations

from pathlib import Path

import pytest

from baclofen_desk.site_config import (
    ENVIRONMENT_VARIABLE,
    SITE_KEYS,
    SiteConfig,
    load_site_config,
    site_config,
    site_config_path,
)

EXAMPLE = """
clinic_name = "Riverside Spasticity Clinic"
clinic_phone = "555-0100"
after_hours_phone = "555-0199"
clinic_address = "1 River Road, Springfield"
emergency_number = "911"
paper = "a4"
handout_language = "es"
default_product = "tablet-20"
dose_times = ["07:00", "13:00", "19:00"]
refills = 2
large_print = true
locked = ["clinic_name", "clinic_phone", "emergency_number"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, Path("/etc/baclofen-desk/site.toml")),
        ("darwin", {}, Path("/Library/Application Support/Baclofen Desk/site.toml")),
        ("win32", {"ProgramData": r"D:\PD"}, Path(r"D:\PD") / "Baclofen Desk" / "site.toml"),
        ("linux", {ENVIRONMENT_VARIABLE: "/srv/clinic.toml"}, Path("/srv/clinic.toml")),
        ("win32", {ENVIRONMENT_VARIABLE: "/srv/clinic.toml"}, Path("/srv/clinic.toml")),
    ],
)
def test_where_the_file_is(platform, environ, expected):
    assert site_config_path(environ, platform) == expected


def test_every_key_is_read(tmp_path):
    load = load_site_config(write(tmp_path, EXAMPLE))
    assert load.problem is None
    config = load.config
    assert config.set_values() == {
        "clinic_name": "Riverside Spasticity Clinic",
        "clinic_phone": "555-0100",
        "after_hours_phone": "555-0199",
        "clinic_address": "1 River Road, Springfield",
        "emergency_number": "911",
        "paper": "a4",
        "handout_language": "es",
        "default_product": "tablet-20",
        "dose_times": ("07:00", "13:00", "19:00"),
        "refills": 2,
        "large_print": True,
    }
    assert config.is_locked("clinic_phone") and not config.is_locked("paper")


def test_no_file_is_no_configuration(tmp_path):
    load = load_site_config(tmp_path / "absent.toml")
    assert (load.config, load.problem) == (SiteConfig(), None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('paper = "legal"', "paper: Input should be 'letter' or 'a4'"),
        ("refills = 40", "refills: Input should be less than or equal to 11"),
        ('emergency_number = "call us"', "emergency_number: an emergency number has digits"),
        ('colour = "red"', "colour: Extra inputs are not permitted"),
        ('locked = ["prescriber"]', "locked[0]: Input should be 'clinic_name'"),
        ('dose_times = ["20:00", "08:00"]', "dose_times: dose times must differ and be in order"),
        ("paper = ", "cannot be read (Invalid value"),
    ],
)
def test_a_broken_file_names_file_and_entry_and_uses_the_defaults(tmp_path, text, problem):
    path = write(tmp_path, text)
    load = load_site_config(path)
    assert load.config == SiteConfig()
    assert load.problem is not None
    assert load.problem.startswith(f"Site configuration {path}: {problem}")
    assert load.problem.endswith("The built-in defaults are used.")


def test_the_environment_variable_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(write(tmp_path, 'clinic_name = "Elsewhere"')))
    assert site_config().config.clinic_name == "Elsewhere"


def test_the_documented_example_is_valid():
    example = Path(__file__).resolve().parents[1] / "packaging" / "site.example.toml"
    load = load_site_config(example)
    assert load.problem is None
    assert set(load.config.set_values()) == set(SITE_KEYS)
