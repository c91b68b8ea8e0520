"""The dosing and interaction core: pure Python and pydantic, no Qt, no ReportLab."""
