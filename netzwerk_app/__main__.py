import sys

# In the frozen app the QR decoder's child process starts this executable again;
# freeze_support() runs the child's work and exits before the CLI parses argv.
# Only the frozen app needs it (and multiprocessing costs every other start ~7 ms).
if getattr(sys, "frozen", False):
    import multiprocessing

    multiprocessing.freeze_support()

from netzwerk_app.cli import main

sys.exit(main())
