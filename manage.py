#!/usr/bin/env python
"""Django's command-line utility for Conseil commun.

The project package is ``site/conseil_site``: a package cannot be called ``site``
(the interpreter imports the standard-library ``site`` module at start-up), so the
``site/`` folder is put on the import path instead.
"""

import os
import sys
from pathlib import Path


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conseil_site.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
