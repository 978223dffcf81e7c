"""The bundle's entry point: the same `kunnskapsapp` command a pip install gets."""

import sys

from kunnskapsapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
