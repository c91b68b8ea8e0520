"""Baclofen Desk: offline planning of oral baclofen titration and tapers."""

# The one place the version is written; the build reads it from here (pyproject.toml).
__version__ = "0.1.0"
