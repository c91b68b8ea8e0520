"""Baclofen Desk: offline planning of oral baclofen titration and tapers."""
