"""Etalase: an open-data publication site generator for Indonesian public bodies (PPID)."""

__version__ = "0.1.0"

import os as _os

# openpyxl serialises XLSX with lxml when it is installed and with the standard library
# otherwise, and the bytes differ: always the standard library, so a build's downloads (and
# their SHA-256 in the manifest and catalogues) do not depend on what else is installed.
_os.environ.setdefault("OPENPYXL_LXML", "False")
