"""`baclofen-desk plan`: the planner without a window (scripts, integration, tests).

Exit status: 0 plan made; 2 invalid input (one line on standard error naming the
option; nothing written); 3 plan refused or blocked by a critical alert that was
not overridden (the JSON is still written when asked; the PDF and exports are not).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from pydantic import ValidationError

from baclofen_desk import __version__, cli_shaping
from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.models import (
    CONDITIONS,
    INDICATIONS,
    MODEL_ERROR_FIELDS,
    PRODUCT_IDS,
    Override,
    Patient,
    PlanRequest,
)
from baclofen_desk.core.planner import build_plan
from baclofen_desk.core.serialize import plan_to_json
from baclofen_desk.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.core.models import Plan

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


class InvalidInput(Exception):
    """Bad input: the message is one line that names the option."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise InvalidInput(message)


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _override(text: str) -> Override:
    code, sep, reason = text.partition("=")
    if not sep or not code.strip() or not reason.strip():
        raise argparse.ArgumentTypeError(f"expected CODE=REASON, got {text!r}")
    return Override(code=code.strip(), reason=reason.strip())


def build_parser() -> argparse.ArgumentParser:
    """The `plan` subcommand's options (design.md)."""
    parser = _Parser(prog=PROG, description="Plan an oral baclofen titration or taper.")
    add = parser.add_argument
    add("--age", type=_number, metavar="YEARS", help="age in years (required without --plan-file)")
    add("--weight", type=_number, metavar="KG")
    add("--height", type=_number, metavar="CM")
    add("--sex", choices=("female", "male"))
    add("--scr", type=_number, metavar="VALUE", help="serum creatinine")
    add("--scr-unit", choices=("mg/dL", "umol/L"), default="mg/dL")
    add("--crcl", type=_number, metavar="ML_MIN", help="measured creatinine clearance")
    add("--egfr", type=_number, metavar="VALUE", help="known eGFR")
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
    add("--mode", choices=("titrate", "reduce", "taper"), default="titrate")
    add("--current-mg", type=_number, metavar="MG_PER_DAY")
    add("--target-mg", type=_number, metavar="MG_PER_DAY")
    add("--doses-per-day", type=int, metavar="N", help="1 to 4 (default from the rules)")
    add("--dose-time", action="append", metavar="HH:MM", help="repeatable: clock time of a dose")
    add("--product", choices=PRODUCT_IDS, metavar="ID", help=", ".join(PRODUCT_IDS))
    add("--allow-halves", action="store_true", help="allow halves of unscored tablets")
    add("--start", type=_date, metavar="YYYY-MM-DD", help="first day (default today)")
    add("--med", action="append", default=[], metavar="TEXT", help="repeatable, as typed")
    add("--override", action="append", type=_override, default=[], metavar="CODE=REASON")
    add("--lang", choices=("en", "es"), default="en", help="handout language")
    add("--large-print", action="store_true")
    add("--json", metavar="PATH", help="write the plan as JSON ('-' for standard output)")
    add("--pdf", metavar="PATH", help="write the handout and clinician summary")
    add("--fhir", metavar="PATH", help="write a FHIR R4 MedicationRequest (JSON)")
    add("--ics", metavar="PATH", help="write the dose calendar (iCalendar)")
    cli_shaping.add_options(parser, _number, _date)
    return parser


def _validation_message(exc: ValidationError) -> str:
    error = exc.errors()[0]
    loc = [part for part in error["loc"] if isinstance(part, str) and part != "patient"]
    field = loc[-1] if loc else MODEL_ERROR_FIELDS.get(error["type"], "")
    option = OPTION_OF_FIELD.get(field, field or "input")
    message = error["msg"].removeprefix("Value error, ")
    shown = error.get("input")
    if field and isinstance(shown, int | float | str) and not isinstance(shown, bool):
        message = f"{message} (got {shown})"
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


def _check_outputs(args: argparse.Namespace) -> None:
    for option in ("json", "pdf", "fhir", "ics"):
        value = getattr(args, option)
        if value is None or (option == "json" and value == "-"):
            continue
        if value == "-":
            raise InvalidInput(f"--{option}: '-' (standard output) is only for --json")
        if Path(value).is_dir():
            raise InvalidInput(f"--{option}: is a folder, not a file: {value}")
        folder = Path(value).parent
        if not folder.is_dir():
            raise InvalidInput(f"--{option}: folder does not exist: {folder}")


def _exports(plan: Plan, args: argparse.Namespace) -> list[tuple[str, bytes]]:
    """Render every requested export before anything is written: (option, content)."""
    files: list[tuple[str, bytes]] = []
    if args.pdf:
        from baclofen_desk.report import build_pdf

        files.append(("pdf", build_pdf(plan, lang=args.lang, large_print=args.large_print)))
    if args.fhir:
        from baclofen_desk.interop.fhir import plan_to_fhir_json

        files.append(("fhir", plan_to_fhir_json(plan).encode("utf-8")))
    if args.ics:
        from baclofen_desk.interop.ics import plan_to_ics

        files.append(("ics", plan_to_ics(plan)))
    return files


def _write(args: argparse.Namespace, option: str, data: bytes) -> None:
    """Write one output; a folder that refuses it is bad input naming the option."""
    path = Path(getattr(args, option))
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise InvalidInput(f"--{option}: cannot write {path}: {exc.strerror or exc}") from None


def run(argv: Sequence[str], today: dt.date | None = None) -> int:
    """Run `plan` with `argv` (options only); returns the exit status."""
    from baclofen_desk.resources import default_knowledge

    try:
        args = build_parser().parse_args(list(argv))
        request, saved = cli_shaping.resolve_request(
            args,
            argv,
            today or dt.date.today(),
            request_from_args,
            OPTION_OF_FIELD,
            default_knowledge,
        )
        _check_outputs(args)
        cli_shaping.check_save(args)
    except (InvalidInput, cli_shaping.ShapingInputError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    try:
        knowledge = default_knowledge()
    except KnowledgeError as exc:
        print(f"{PROG}: error: knowledge base: {exc}", file=sys.stderr)
        return EXIT_INVALID
    plan = build_plan(request, knowledge)
    if plan.unmatched_overrides:
        codes = ", ".join(plan.unmatched_overrides)
        print(
            f"{PROG}: error: --override: no overridable critical alert with code {codes}",
            file=sys.stderr,
        )
        return EXIT_INVALID
    refusal = cli_shaping.schedule_refusal(plan, knowledge)
    if refusal is not None:
        print(f"{PROG}: error: {refusal}", file=sys.stderr)
        return EXIT_INVALID
    exports = [] if plan.blocked else _exports(plan, args)
    try:
        if args.json == "-":
            sys.stdout.write(plan_to_json(plan, __version__))
        elif args.json:
            _write(args, "json", plan_to_json(plan, __version__).encode("utf-8"))
        for option, data in exports:
            _write(args, option, data)
        cli_shaping.save(args, plan, cli_shaping.given_options(argv), saved)
    except (InvalidInput, cli_shaping.ShapingInputError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if plan.blocked:
        _explain_block(plan, args)
        return EXIT_BLOCKED
    return EXIT_OK


def _explain_block(plan: Plan, args: argparse.Namespace) -> None:
    blocking = [a for a in plan.alerts if a.blocking]
    reason = "; ".join(f"{a.code}: {a.message}" for a in blocking) or "no plan could be made"
    print(f"{PROG}: blocked: {reason}", file=sys.stderr)
    if any(a.overridable for a in blocking):
        print(f"{PROG}: to go ahead, acknowledge with --override CODE=REASON", file=sys.stderr)
    if args.pdf or args.fhir or args.ics:
        print(f"{PROG}: no handout or export was written", file=sys.stderr)
