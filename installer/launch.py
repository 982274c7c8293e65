"""Frozen entry point: the same ``main`` as the ``rehabdesk`` console script."""

import sys

from rehabdesk.__main__ import main

sys.exit(main())
