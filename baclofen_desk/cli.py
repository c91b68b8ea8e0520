"""`baclofen-desk plan`: the planner without a window (scripts, integration, tests).

Exit status: 0 plan made; 2 invalid input (one line on standard error naming the
option; nothing written); 3 plan refused or blocked by a critical alert that was
not overridden (the JSON is still written when asked; the PDF and exports are not).

Adding to it is local: a group of options is one function in `OPTION_GROUPS` (read
typed values with `cli_values`), an export is one row of `exports.EXPORTS`, and
paths are checked and written all or nothing by `cli_outputs`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, get_args

from pydantic import ValidationError

from baclofen_desk import cli_shaping
from baclofen_desk.cli_handout import (
    SettingError,
    add_handout_options,
    handout_settings,
    handout_warnings,
    plan_json,
    system_country,
    with_site_defaults,
)
from baclofen_desk.cli_outputs import Output, OutputPath, check_output_paths, write_outputs
from baclofen_desk.cli_values import (
    InvalidInput,
    StrictParser,
    choices_of,
    date,
    integer,
    number,
    override,
    shown,
    text,
)
from baclofen_desk.core.handout_catalogue import LANGUAGES
from baclofen_desk.core.input_errors import first_problem
from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.models import (
    CONDITIONS,
    INDICATIONS,
    PRODUCT_IDS,
    Mode,
    Patient,
    PlanRequest,
    ScrUnit,
    Sex,
)
from baclofen_desk.core.planner import build_plan
from baclofen_desk.exports import EXPORTS, ExportChoices, export_named

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.report.settings import HandoutSettings

__all__ = ["EXIT_BLOCKED", "EXIT_INVALID", "EXIT_OK", "InvalidInput", "build_parser", "run"]

EXIT_OK, EXIT_INVALID, EXIT_BLOCKED = 0, 2, 3
PROG = "baclofen-desk plan"

#: Model field -> the option that sets it, so errors name what the user typed.
OPTION_OF_FIELD = {
    "age_years": "--age",
    "weight_kg": "--weight",
    "height_cm": "--height",
    "sex": "--sex",
    "scr": "--scr",
    "scr_unit": "--scr-unit",
    "crcl_ml_min": "--crcl",
    "egfr": "--egfr",
    "dialysis": "--dialysis",
    "crcl_measured": "--crcl-measured",
    "kidney_unstable": "--unstable-kidney",
    "conditions": "--condition",
    "indication": "--indication",
    "mode": "--mode",
    "product": "--product",
    "allow_half_tablets": "--allow-halves",
    "doses_per_day": "--doses-per-day",
    "dose_times": "--dose-time",
    "start": "--start",
    "current_daily_mg": "--current-mg",
    "target_daily_mg": "--target-mg",
    "medications": "--med",
    "overrides": "--override",
    **cli_shaping.OPTION_OF_FIELD,
}


#: A function that adds one group of options to the parser.
OptionGroup = Callable[[argparse.ArgumentParser], None]


def add_patient_options(parser: argparse.ArgumentParser) -> None:
    """Patient factors and kidney function (design.md)."""
    add = parser.add_argument
    add("--age", type=number, metavar="YEARS", help="age in years (required without --plan-file)")
    add("--weight", type=number, metavar="KG")
    add("--height", type=number, metavar="CM")
    add("--sex", **choices_of(get_args(Sex)))
    add("--scr", type=number, metavar="VALUE", help="serum creatinine")
    add("--scr-unit", default="mg/dL", **choices_of(get_args(ScrUnit)))
    add("--crcl", type=number, metavar="ML_MIN", help="measured creatinine clearance")
    add("--egfr", type=number, metavar="VALUE", help="known eGFR")
    add("--dialysis", action="store_true", help="on dialysis or end-stage kidney disease")
    add(
        "--crcl-measured",
        action="store_true",
        help="the --crcl value is measured and reliable (24-hour urine); it decides the band",
    )
    add(
        "--unstable-kidney",
        action="store_true",
        help="creatinine not stable or acute kidney injury (estimates not valid)",
    )
    add(
        "--condition",
        action="append",
        choices=CONDITIONS,
        default=[],
        metavar="NAME",
        help=f"repeatable: {', '.join(CONDITIONS)}",
    )
    add("--indication", choices=INDICATIONS, metavar="NAME", help=", ".join(INDICATIONS))


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    """The plan's mode, doses, product, start, medications and overrides."""
    add = parser.add_argument
    add("--mode", default="titrate", **choices_of(get_args(Mode)))
    add("--current-mg", type=number, metavar="MG_PER_DAY")
    add("--target-mg", type=number, metavar="MG_PER_DAY")
    add("--doses-per-day", type=integer, metavar="N", help="1 to 4 (default from the rules)")
    add("--dose-time", action="append", type=text, metavar="HH:MM", help="repeatable")
    add("--product", choices=PRODUCT_IDS, metavar="ID", help=", ".join(PRODUCT_IDS))
    add("--allow-halves", action="store_true", help="allow halves of unscored tablets")
    add("--start", type=date, metavar="YYYY-MM-DD", help="first day (default today)")
    add("--med", action="append", type=text, default=[], metavar="TEXT", help="repeatable")
    add(
        "--override",
        action="append",
        type=override,
        default=[],
        metavar="CODE=REASON",
        help=(
            "repeatable; overrides a critical alert, or acknowledges a warning or a major "
            "interaction (code interaction.CLASS.DRUG, as in the JSON)"
        ),
    )


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """The handout's choices, the JSON, and one option per row of the export table."""
    add = parser.add_argument
    add("--lang", help="handout language (default from the site, else en)", **choices_of(LANGUAGES))
    add("--large-print", action="store_true")
    add_handout_options(add)
    add("--json", metavar="PATH", help="write the plan as JSON ('-' for standard output)")
    for export in EXPORTS:
        add(export.option, metavar="PATH", help=export.description)


#: The parser's groups, in the order `--help` lists them; a new group is one entry here.
OPTION_GROUPS: list[OptionGroup] = [
    add_patient_options,
    add_plan_options,
    cli_shaping.add_options,
    add_output_options,
]


def build_parser() -> argparse.ArgumentParser:
    """The `plan` subcommand's options (design.md)."""
    parser = StrictParser(prog=PROG, description="Plan an oral baclofen titration or taper.")
    for add_group in OPTION_GROUPS:
        add_group(parser)
    return parser


def _validation_message(exc: ValidationError) -> str:
    problem = first_problem(exc)
    option = OPTION_OF_FIELD.get(problem.field) or problem.label or "input"
    message, given = problem.message, problem.given
    shown_types = int | float | str | dt.date
    quoted = isinstance(given, str) and repr(given) in message
    plain = isinstance(given, shown_types) and not isinstance(given, bool)
    if problem.field and plain and not quoted:
        message = f"{message} (got {shown(str(given))})"
    return f"{option}: {message}"


def request_from_args(args: argparse.Namespace, today: dt.date) -> PlanRequest:
    """Build the validated request; raises InvalidInput naming the option."""
    try:
        patient = Patient(
            age_years=args.age,
            weight_kg=args.weight,
            height_cm=args.height,
            sex=args.sex,
            scr=args.scr,
            scr_unit=args.scr_unit,
            crcl_ml_min=args.crcl,
            egfr=args.egfr,
            dialysis=args.dialysis,
            crcl_measured=args.crcl_measured,
            kidney_unstable=args.unstable_kidney,
            conditions=tuple(args.condition),
            indication=args.indication,
        )
        return PlanRequest(
            patient=patient,
            mode=args.mode,
            product=args.product,
            allow_half_tablets=args.allow_halves,
            doses_per_day=args.doses_per_day,
            dose_times=tuple(args.dose_time) if args.dose_time else None,
            start=args.start or today,
            current_daily_mg=args.current_mg,
            target_daily_mg=args.target_mg,
            medications=tuple(args.med),
            overrides=tuple(args.override),
            **cli_shaping.request_fields(args),
        )
    except ValidationError as exc:
        raise InvalidInput(_validation_message(exc)) from None


def output_paths(args: argparse.Namespace) -> list[OutputPath]:
    """Every output asked for: the JSON, the exports in the table's order, the plan file."""
    asked = [OutputPath("--json", args.json, standard_output=True)] if args.json else []
    for export in EXPORTS:
        path = getattr(args, export.name)
        if path is not None:
            asked.append(OutputPath(export.option, path, export.standard_output))
    if args.save is not None:
        asked.append(OutputPath("--save", args.save))
    return asked


def check_plan(plan: Plan, args: argparse.Namespace, knowledge: Knowledge) -> None:
    """Refuse what the plan shows was asked in vain or cannot be (an override of nothing,
    halves of a liquid, a typed step beyond a hard limit)."""
    if plan.unmatched_overrides:
        codes = ", ".join(plan.unmatched_overrides)
        raise InvalidInput(
            f"--override: no overridable critical alert, warning or major interaction "
            f"with code {codes}"
        )
    product = knowledge.products[plan.product]
    if args.allow_halves and product.form != "tablet":
        raise InvalidInput(
            f"--allow-halves: only tablets can be halved; {product.name} is not a tablet"
        )
    refusal = cli_shaping.schedule_refusal(plan, knowledge, args.taking)
    if refusal is not None:
        raise InvalidInput(refusal)


def render_outputs(plan: Plan, choices: ExportChoices, asked: list[OutputPath]) -> list[Output]:
    """Everything to write, rendered before anything is written (exports only if allowed)."""
    rendered = []
    for where in asked:
        if where.option == "--json":
            rendered.append(Output(where, plan_json(plan, choices).encode("utf-8")))
        elif plan.exportable and where.option != "--save":
            export = export_named(where.option.removeprefix("--"))
            rendered.append(Output(where, export.render(plan, choices)))
    return rendered


def run(argv: Sequence[str], today: dt.date | None = None) -> int:
    """Run `plan` with `argv` (options only); returns the exit status."""
    from baclofen_desk.resources import default_knowledge
    from baclofen_desk.site_config import site_config

    site = site_config()
    try:
        args = with_site_defaults(build_parser().parse_args(list(argv)), site.config)
        request, saved = cli_shaping.resolve_request(
            args,
            argv,
            today or dt.date.today(),
            request_from_args,
            OPTION_OF_FIELD,
            default_knowledge,
        )
        cli_shaping.check_save(args)
        asked = output_paths(args)
        check_output_paths(asked)
    except InvalidInput as exc:
        return _invalid(exc)
    if site.problem:
        print(f"{PROG}: warning: {site.problem}", file=sys.stderr)
    try:
        knowledge = default_knowledge()
        settings = handout_settings(args, knowledge, system_country(), site.config)
    except KnowledgeError as exc:
        print(f"{PROG}: error: knowledge base: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except SettingError as exc:
        return _invalid(exc)
    plan = build_plan(request, knowledge)
    try:
        check_plan(plan, args, knowledge)
        outputs = render_outputs(plan, _choices(args, knowledge, settings), asked)
        write_outputs([*outputs, *cli_shaping.plan_file_output(args, argv, plan, saved)])
    except InvalidInput as exc:
        return _invalid(exc)
    if plan.blocked:
        _explain_block(plan, asked)
        return EXIT_BLOCKED
    if args.pdf:
        for warning in handout_warnings(settings):
            print(f"{PROG}: {warning}", file=sys.stderr)
    return EXIT_OK


def _choices(
    args: argparse.Namespace, knowledge: Knowledge, settings: HandoutSettings
) -> ExportChoices:
    return ExportChoices(
        knowledge=knowledge,
        lang=args.lang,
        large_print=args.large_print,
        settings=settings,
        alarm_minutes=args.ics_alarm,
    )


def _invalid(exc: InvalidInput | SettingError) -> int:
    print(f"{PROG}: error: {exc}", file=sys.stderr)
    return EXIT_INVALID


def _explain_block(plan: Plan, asked: list[OutputPath]) -> None:
    blocking = [a for a in plan.alerts if a.blocking]
    reason = "; ".join(f"{a.code}: {a.message}" for a in blocking) or "no plan could be made"
    print(f"{PROG}: blocked: {reason}", file=sys.stderr)
    if any(a.overridable for a in blocking):
        print(f"{PROG}: to go ahead, acknowledge with --override CODE=REASON", file=sys.stderr)
    if any(where.option != "--json" for where in asked):
        print(f"{PROG}: no handout or export was written", file=sys.stderr)
