"""The window: forms that edit a `PlanRequest`, and views of the `Plan` the core makes from it.

Widgets hold no clinical logic: every limit, unit and label comes from the
domain models or the knowledge base, and every number shown comes from the plan.

Importing this package first guards against a reference leak of PySide6 6.12.0
on Python 3.10/3.11 that would otherwise abort the program (see `none_refcount`).
"""

from baclofen_desk.ui.none_refcount import protect_none

protect_none()
