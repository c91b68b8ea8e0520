"""Baclofen Desk: offline planning of oral baclofen titration and tapers."""

import time

# The one place the version is written; the build reads it from here (pyproject.toml).
__version__ = "0.1.0"

#: When the program's code began to load: a source file changed later may not be the code
#: that runs (the knowledge snapshot trusts no such file).
LOADED_AT = time.time()
