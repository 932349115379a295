"""``python -m fieldreport.cli``: the same as ``fieldreport-cli``."""

import sys

from fieldreport.cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
