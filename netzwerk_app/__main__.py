import multiprocessing
import sys

# In the frozen app the QR decoder's child process starts this executable again;
# freeze_support() runs the child's work and exits before the CLI parses argv.
multiprocessing.freeze_support()

from netzwerk_app.cli import main  # noqa: E402

sys.exit(main())
