"""The frozen app's entry point: the same ``main`` as ``sim-facilitator`` and ``python -m``."""

from sim_facilitator.cli import main

raise SystemExit(main())
