#!/usr/bin/env python3
"""Writes every workbook of the lists corpus with openpyxl, next to this file (see README.md)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lists_headers_units  # noqa: E402
import lists_sections_formulas  # noqa: E402
import lists_exports  # noqa: E402
import lists_forvaltningar  # noqa: E402
import lists_heldout  # noqa: E402

if __name__ == "__main__":
    lists_headers_units.build(HERE)
    lists_sections_formulas.build(HERE)
    lists_exports.build(HERE)
    lists_forvaltningar.build(HERE)
    lists_heldout.build(HERE)
