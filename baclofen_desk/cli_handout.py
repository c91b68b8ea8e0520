"""The command line's handout and prescription options: paper, emergency number, clinic,
names, refills and calendar reminders (the prescription text is a row of `exports.EXPORTS`).

An option given wins for the run; then the site configuration (`site_config`);
then the computer's country (`LC_ALL`, `LC_PAPER`, `LANG`): Letter in the US and
Canada, A4 elsewhere, and the country's emergency number where the knowledge
base knows it. Without a number, or without a clinic phone, the PDF is still
written and one warning line says what the handout will lack.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING

from pydantic import ValidationError

from baclofen_desk import __version__
from baclofen_desk.cli_values import integer, text
from baclofen_desk.core.handout_countries import country_of_locale
from baclofen_desk.core.input_errors import first_problem
from baclofen_desk.core.serialize import plan_to_dict
from baclofen_desk.exports import ExportChoices, export_named
from baclofen_desk.report.settings import PAPERS, HandoutSettings
from baclofen_desk.site_config import SiteConfig

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan

#: Locale variables that name the computer's country, most specific first.
LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")
#: HandoutSettings field -> the option that sets it (for one-line errors).
OPTION_OF_SETTING = {
    "clinic_name": "--clinic-name",
    "clinic_phone": "--clinic-phone",
    "patient_name": "--patient-name",
    "prescriber": "--prescriber",
    "emergency_number": "--emergency-number",
    "paper": "--paper",
    "refills": "--refills",
}
NO_NUMBER = (
    "warning: no --emergency-number and no known emergency number for this computer's "
    "country: the handout says 'call your local emergency number'"
)
NO_PHONE = "warning: no --clinic-phone: the handout will not say whom to call"


#: Longest time before a dose a calendar reminder may ring (one day).
MAX_ALARM_MINUTES = 24 * 60


class SettingError(ValueError):
    """A handout option is not valid (the message names the option)."""


def _minutes(typed: str) -> int:
    value = integer(typed)
    if not 0 <= value <= MAX_ALARM_MINUTES:
        raise argparse.ArgumentTypeError(f"must be 0 to {MAX_ALARM_MINUTES} minutes (got {value})")
    return value


def add_handout_options(add: Callable[..., object]) -> None:
    """Add the options to the `plan` parser (`add` is its `add_argument`)."""
    add("--paper", choices=PAPERS, help="handout paper (default from the computer's country)")
    add("--emergency-number", type=text, metavar="TEXT", help="default from the country")
    add("--clinic-name", type=text, metavar="TEXT", help="printed on the handout")
    add("--clinic-phone", type=text, metavar="TEXT", help="printed in every 'call' section")
    add("--prescriber", type=text, metavar="TEXT", help="printed on the handout and summary")
    add("--patient-name", type=text, metavar="TEXT", help="printed only (never in metadata)")
    add("--refills", type=integer, metavar="N", help="refills on the prescription (default 0)")
    add("--ics-alarm", type=_minutes, metavar="MINUTES", help="calendar reminder before each dose")


def system_country(environ: Mapping[str, str] | None = None) -> str | None:
    """The country of the first locale variable that names one, or None."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        country = country_of_locale(env.get(name))
        if country:
            return country
    return None


def with_site_defaults(args: argparse.Namespace, site: SiteConfig) -> argparse.Namespace:
    """`args` with the options not given taken from the site configuration."""
    values = vars(args).copy()
    defaults = {
        "lang": site.handout_language or "en",
        "product": site.default_product,
        # The site's clock times only when the run does not choose its own number of doses.
        "dose_time": list(site.dose_times)
        if site.dose_times and values.get("doses_per_day") is None
        else None,
        "refills": site.refills or 0,
        "paper": site.paper,
        "emergency_number": site.emergency_number,
        "clinic_name": site.clinic_name,
        "clinic_phone": site.clinic_phone,
    }
    for name, default in defaults.items():
        if values.get(name) is None:
            values[name] = default
    values["large_print"] = values.get("large_print") or bool(site.large_print)
    return argparse.Namespace(**values)


def handout_settings(
    args: argparse.Namespace,
    knowledge: Knowledge,
    country: str | None,
    site: SiteConfig | None = None,
) -> HandoutSettings:
    """The handout's settings from the options and the site, the country filling the gaps."""
    site = site or SiteConfig()
    try:
        return HandoutSettings.for_country(
            knowledge.handout.countries,
            country,
            emergency_number=args.emergency_number,
            paper=args.paper,
            clinic_name=args.clinic_name,
            clinic_phone=args.clinic_phone,
            after_hours_phone=site.after_hours_phone,
            clinic_address=site.clinic_address,
            patient_name=args.patient_name,
            prescriber=args.prescriber,
            refills=args.refills,
        )
    except ValidationError as exc:
        problem = first_problem(exc)
        option = OPTION_OF_SETTING.get(problem.field) or problem.label
        raise SettingError(f"{option}: {problem.message}") from None


def handout_warnings(settings: HandoutSettings) -> list[str]:
    """What a handout made with `settings` will lack (one line each)."""
    warnings = [] if settings.emergency_number else [NO_NUMBER]
    return warnings + ([] if settings.clinic_phone else [NO_PHONE])


def plan_json(plan: Plan, choices: ExportChoices) -> str:
    """The plan JSON with its prescription text (`sig`; null for a plan that may not leave)."""
    data = plan_to_dict(plan, __version__)
    sig = export_named("sig").render(plan, choices).decode("utf-8") if plan.exportable else None
    data["sig"] = None if sig is None else sig.rstrip("\n")
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
