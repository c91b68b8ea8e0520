"""Bundle entry point: the same `main()` as the `baclofen-desk` console script."""

import sys

from baclofen_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
