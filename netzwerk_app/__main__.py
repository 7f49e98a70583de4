import sys

from netzwerk_app.cli import main

sys.exit(main())
