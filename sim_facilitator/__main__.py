from sim_facilitator.cli import main

if __name__ == "__main__":  # not when a spawned child process (the room) imports it
    raise SystemExit(main())
