"""Reading a baclofen line: the daily dose it gives, and whether it is an intrathecal pump."""

from __future__ import annotations

import pytest

from baclofen_desk.resources import default_knowledge

LINES = default_knowledge().drugs.baclofen_lines()


@pytest.mark.parametrize(
    ("line", "mg"),
    [
        ("baclofen 20 mg TID", 60.0),
        ("Baclofen 20mg PO QID", 80.0),
        ("baclofen 10 mg twice daily", 20.0),
        ("baclofen 5 mg three times a day", 15.0),
        ("baclofen 10 mg 3 times a day", 30.0),
        ("baclofen 10 mg q8h", 30.0),
        ("baclofen 2,5 mg tid", 7.5),
        ("baclofen 25 mg qhs", 25.0),
        ("baclofen 60 mg/day", 60.0),
        ("baclofen 10 mg tab PO bid", 20.0),
    ],
)
def test_a_plain_strength_and_frequency_give_the_daily_dose(line, mg):
    assert LINES.daily_mg(line) == mg


@pytest.mark.parametrize(
    "line",
    [
        "baclofen",
        "baclofen 10 mg",
        "baclofen tid",
        "baclofen 10 mg tid prn",
        "baclofen 10 mg as needed tid",
        "baclofen 10 mg 2 tabs tid",
        "baclofen 10 mg 1/2 tab tid",
        "baclofen 10 mg am 20 mg pm",
        "baclofen 10 mg tid daily",
        "baclofen 5 mL tid",
    ],
)
def test_anything_less_plain_gives_no_dose(line):
    assert LINES.daily_mg(line) is None


@pytest.mark.parametrize(
    ("line", "names_baclofen", "names_other", "pump"),
    [
        ("Gablofen", True, False, True),
        ("ITB", True, False, True),
        ("Lioresal Intrathecal 500 mcg/mL", True, False, True),
        ("baclofen pump", True, False, True),
        ("baclofen IT", True, False, True),
        ("intrathecal pump", False, False, True),
        ("baclofen 10 mg tid", True, False, False),
        ("omeprazole (proton pump inhibitor)", False, True, False),
        ("insulin pump", False, True, False),
        ("PCA pump", False, False, False),
        ("morphine intrathecal", False, True, False),
    ],
)
def test_which_lines_are_pumps(line, names_baclofen, names_other, pump):
    assert LINES.is_pump(line, names_baclofen, names_other) is pump
