"""Baclofen Desk: offline planning of oral baclofen titration and tapers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("baclofen-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
