"""The handout or the summary alone: the same pages as in the whole PDF, numbered alike in
the footers and in the page labels a PDF viewer shows."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from baclofen_desk.report import build_pdf
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import GENERATED, page_texts

KNOWLEDGE = default_knowledge()


def pdf(plan, parts):
    return build_pdf(plan, generated_at=GENERATED, knowledge=KNOWLEDGE, parts=parts)


def page_labels(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return list(reader.page_labels)


@pytest.fixture(scope="module")
def whole(adult_plan):
    return pdf(adult_plan, ("handout", "summary"))


def test_the_handout_alone_is_the_first_pages_of_the_whole(adult_plan, whole):
    handout = page_texts(pdf(adult_plan, ("handout",)))
    assert handout == page_texts(whole)[: len(handout)]
    assert handout[-1].count(f"Page {len(handout)} of {len(handout)}") == 1
    assert not any("Clinician summary" in page for page in handout)


def test_the_summary_alone_is_the_last_pages_of_the_whole(adult_plan, whole):
    summary = page_texts(pdf(adult_plan, ("summary",)))
    assert summary == page_texts(whole)[-len(summary) :]
    assert f"Clinician summary · page 1 of {len(summary)}" in summary[0]
    metadata = PdfReader(io.BytesIO(pdf(adult_plan, ("summary",)))).metadata
    assert metadata.title == "Clinician summary: oral baclofen plan"


def test_page_labels_number_each_part_as_its_footers_do(adult_plan, whole):
    handout = len(page_texts(pdf(adult_plan, ("handout",))))
    summary = len(page_texts(whole)) - handout
    assert page_labels(whole) == [str(n) for n in range(1, handout + 1)] + [
        f"Summary {n}" for n in range(1, summary + 1)
    ]
    assert page_labels(pdf(adult_plan, ("summary",))) == [
        f"Summary {n}" for n in range(1, summary + 1)
    ]
