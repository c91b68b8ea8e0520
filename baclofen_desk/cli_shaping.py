"""Command-line options for shaping a plan, plan files and visits (design.md, v2 options).

`add_options` adds them to the `plan` parser; `resolve_request` turns the
arguments into the request: a fresh one, or one read with `--plan-file` and
changed by the options given, or the new plan after a `--visit`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from baclofen_desk.cli_outputs import Output, OutputPath
from baclofen_desk.cli_values import InvalidInput, date, integer, number, text
from baclofen_desk.core.guard_rails import HARD
from baclofen_desk.core.schedule_text import ScheduleTextError, parse_schedule
from baclofen_desk.core.visit_models import OUTCOMES, ScheduleStep, Visit
from baclofen_desk.core.visits import after_visit, history_entry
from baclofen_desk.storage import (
    SUFFIX,
    HandoutChoices,
    PlanFile,
    PlanFileError,
    load_plan_file,
    migration_note,
    plan_file_content,
    plan_file_text,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan, PlanRequest

#: Request field -> the option that sets it (added to the command line's own table).
OPTION_OF_FIELD = {
    "step_days": "--step-days",
    "step_daily_mg": "--step-mg",
    "slow_taper": "--slow",
    "schedule": "--schedule",
    "review_date": "--review",
    "history": "--plan-file",
}
#: Options that choose a new plan at a visit (without them the dose taken continues).
PLAN_CHOICES = ("--mode", "--target-mg", "--schedule", "--step-days", "--step-mg", "--slow")
VISIT_DETAILS = ("--taking", "--outcome", "--visit-note", "--pain", "--spasms")
#: Choices the clinician's own schedule replaces, and the option of each.
REPLACED_BY_SCHEDULE = {
    "target_daily_mg": "--target-mg",
    "step_days": "--step-days",
    "step_daily_mg": "--step-mg",
    "slow_taper": "--slow",
}


def _whole(low: int, high: int) -> Callable[[str], int]:
    def parse(typed: str) -> int:
        value = integer(typed)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {low} to {high}, got {value}")
        return value

    return parse


def _schedule(typed: str) -> tuple[Any, ...]:
    try:
        return parse_schedule(typed)
    except ScheduleTextError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_options(parser: argparse.ArgumentParser) -> None:
    """The v2 options: step days and size, slow taper, own schedule, review, files, visits."""
    add = parser.add_argument
    add("--step-days", type=_whole(1, 365), metavar="N", help="days per step")
    add("--step-mg", type=number, metavar="MG_PER_DAY", help="change of the daily dose per step")
    add("--slow", action="store_true", help="the slow taper (at least 21 days)")
    add("--schedule", type=_schedule, metavar="SPEC", help="own steps, e.g. 15x3,30x7,45x7,60")
    add("--review", type=date, metavar="YYYY-MM-DD", help="next review date")
    add("--plan-file", type=text, metavar="PATH", help="start from a saved plan file")
    add("--save", type=text, metavar="PATH", help=f"write the plan file (*{SUFFIX})")
    add("--visit", type=date, metavar="YYYY-MM-DD", help="record a visit (with --plan-file)")
    add("--taking", type=number, metavar="MG_PER_DAY", help="daily dose taken at the visit")
    add("--outcome", choices=OUTCOMES, help=", ".join(OUTCOMES))
    add("--visit-note", type=text, metavar="TEXT", default="", help="a short note on the visit")
    add("--pain", type=_whole(0, 10), metavar="0..10")
    add("--spasms", type=_whole(0, 4), metavar="0..4")


def request_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The shaping fields of a request built from the options."""
    return {
        "step_days": args.step_days,
        "step_daily_mg": args.step_mg,
        "slow_taper": args.slow,
        "schedule": args.schedule,
        "review_date": args.review,
        "history": getattr(args, "history", ()),
    }


def given_options(argv: Sequence[str]) -> set[str]:
    """The long options typed on the command line (`--name` or `--name=value`)."""
    return {token.split("=", 1)[0] for token in argv if token.startswith("--")}


def resolve_request(
    args: argparse.Namespace,
    argv: Sequence[str],
    today: dt.date,
    fresh: Callable[[argparse.Namespace, dt.date], PlanRequest],
    option_of_field: dict[str, str],
    knowledge: Callable[[], Knowledge],
) -> tuple[PlanRequest, PlanFile | None]:
    """The request the options describe, and the plan file it started from (if any)."""
    given = given_options(argv)
    _check_visit_options(args, given)
    if args.plan_file is None:
        if args.age is None:
            raise InvalidInput("--age: required (or give --plan-file)")
        return fresh(args, today), None
    content = _load(args.plan_file, knowledge)
    base = content.request
    if args.visit is not None:
        base = _after_visit(args, content, knowledge)
        if given & set(PLAN_CHOICES):  # a new plan replaces the continuing step
            base = base.model_copy(update={"schedule": None})
    _fill_from(args, base, given, option_of_field)
    args.history = base.history
    return fresh(args, today), content


def _check_visit_options(args: argparse.Namespace, given: set[str]) -> None:
    if args.visit is None:
        extra = sorted(given & set(VISIT_DETAILS))
        if extra:
            raise InvalidInput(f"{extra[0]}: only with --visit")
        return
    if args.plan_file is None:
        raise InvalidInput("--visit: needs --plan-file (the plan the visit follows)")
    for option, value in (("--taking", args.taking), ("--outcome", args.outcome)):
        if value is None:
            raise InvalidInput(f"--visit: needs {option}")
    for option in ("--start", "--current-mg"):
        if option in given:
            raise InvalidInput(
                f"{option}: a visit's plan starts on the visit date from the dose taken "
                "(--visit, --taking)"
            )


def _load(path: str, knowledge: Callable[[], Knowledge]) -> PlanFile:
    """The plan file, with a note when it was migrated or saved under other rules."""
    import sys

    try:
        content = load_plan_file(Path(path))
    except PlanFileError as exc:
        raise InvalidInput(f"--plan-file: {exc}") from None
    name = Path(path).name
    note = migration_note(content, name)
    if note is not None:
        print(f"baclofen-desk plan: note: {note}", file=sys.stderr)
    rules = knowledge().rules
    if content.rules_version != rules.version:
        changed = " ".join(rules.changes_since(content.rules_version))
        print(
            f"baclofen-desk plan: note: {name} was saved under rules {content.rules_version}; "
            f"the plan is recomputed with rules {rules.version}. {changed}".rstrip(),
            file=sys.stderr,
        )
    return content


def _after_visit(
    args: argparse.Namespace, content: PlanFile, knowledge: Callable[[], Knowledge]
) -> PlanRequest:
    """The new plan's request: the saved one and its steps go to the history unchanged."""
    from pydantic import ValidationError

    from baclofen_desk.core.planner import build_plan

    earlier = content.request
    steps, review = content.steps, None
    plan = build_plan(earlier, knowledge())
    if not steps:  # a file saved without its steps (format 1): the steps as planned now
        steps = plan.steps
    review = plan.review_date
    try:
        visit = Visit(
            date=args.visit,
            taking_mg=args.taking,
            outcome=args.outcome,
            note=args.visit_note,
            pain=args.pain,
            spasms=args.spasms,
        )
        entry = history_entry(
            earlier, steps, visit, review_date=review, rules_version=content.rules_version
        )
        return after_visit(earlier, entry)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][-1]) if error["loc"] else "visit"
        option = {"taking_mg": "--taking", "note": "--visit-note"}.get(field, f"--{field}")
        if error["type"] == "history_invalid" or field in ("date", "visit_date"):
            option = "--visit"
        message = error["msg"].removeprefix("Value error, ")
        raise InvalidInput(f"{option}: {message}") from None


def _attribute(option: str) -> str:
    return option.removeprefix("--").replace("-", "_")


def _fill_from(
    args: argparse.Namespace,
    base: PlanRequest,
    given: set[str],
    option_of_field: dict[str, str],
) -> None:
    """Every option not given takes its value from `base` (the plan file's request)."""
    values = {**dict(base.patient), **dict(base)}
    if "--schedule" in given:  # the clinician's schedule replaces these choices
        values.update(dict.fromkeys(("target_daily_mg", "step_days", "step_daily_mg"), None))
        values["slow_taper"] = False
    elif given & set(REPLACED_BY_SCHEDULE.values()):
        values["schedule"] = None
    for field, option in option_of_field.items():
        if option in given or field not in values or field == "history":
            continue
        value = values[field]
        if isinstance(value, tuple) and field != "schedule":
            value = list(value)
        setattr(args, _attribute(option), value)


def check_save(args: argparse.Namespace) -> None:
    """The plan file name and folder, before anything is written."""
    if args.save is None:
        return
    path = Path(args.save)
    if not path.name.endswith(SUFFIX):
        raise InvalidInput(f"--save: a plan file name ends in {SUFFIX}, got {path.name}")
    if path.is_dir() or not path.parent.is_dir():
        raise InvalidInput(f"--save: no such folder, or a folder: {path}")


def schedule_refusal(plan: Plan, knowledge: Knowledge, taking: float | None = None) -> str | None:
    """Why the clinician's schedule is refused at its option (a hard limit), or None;
    `taking`: the dose taken at a `--visit`, whose continuing step no option typed."""
    if plan.request.schedule is None or not plan.refused:
        return None
    rules = knowledge.rules.guard_rails
    hard = {getattr(rules, kind).code for kind in HARD}
    message = next((a.message for a in plan.alerts if a.code in hard), None)
    if message is None:
        return None
    if taking is not None and plan.request.schedule == (ScheduleStep(daily_mg=taking),):
        return f"--taking: {message} A plan may lower it: give --mode reduce or --mode taper."
    return f"--schedule: {message}"


def plan_file_output(
    args: argparse.Namespace, argv: Sequence[str], plan: Plan, saved: PlanFile | None
) -> list[Output]:
    """The plan file to write with the other outputs (`--save`): the request, the handout
    choices and the steps as a record; written even when the plan is blocked."""
    if args.save is None:
        return []
    given = given_options(argv)
    earlier = saved.handout if saved is not None else HandoutChoices()
    handout = HandoutChoices(
        lang=args.lang if "--lang" in given else earlier.lang,
        large_print=args.large_print or earlier.large_print,
        patient_name=earlier.patient_name,
    )
    content = plan_file_content(
        plan.request, handout, rules_version=plan.rules_version, steps=plan.steps
    )
    return [Output(OutputPath("--save", args.save), plan_file_text(content).encode("utf-8"))]
