"""The window: forms that edit a `PlanRequest`, and views of the `Plan` the core makes from it.

Widgets hold no clinical logic: every limit, unit and label comes from the
domain models or the knowledge base, and every number shown comes from the plan.
"""
