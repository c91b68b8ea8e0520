"""Exports of a plan for other systems: FHIR R4 JSON (`fhir`) and an iCalendar file (`ics`).

Each export is a pure function of the `Plan`: it prints the plan's own numbers and
dates and never recomputes a dose. A blocked or refused plan is not exported
(`core.plan_state.PlanNotExportable`, the handout's refusal too). Neither export
carries patient identifiers.

The submodules are imported on demand (`baclofen_desk.interop.fhir`,
`baclofen_desk.interop.ics`) so that one export does not load the other's library.
"""

from __future__ import annotations
