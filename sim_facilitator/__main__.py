from sim_facilitator.cli import main

raise SystemExit(main())
