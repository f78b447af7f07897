#!/usr/bin/env python3
"""Prints a workbook as another program reads it (openpyxl), as JSON, for the tests of
`ranking.xlsx`: per sheet its name, frozen pane, autofilter range, column widths, and every
cell as [type, value, number format], type "s" for text, "n" for a number, null for empty.

Usage: read_xlsx.py WORKBOOK.xlsx
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def cell(c):
    if c.value is None:
        return [None, None, c.number_format]
    if isinstance(c.value, str):
        return ["s", c.value, c.number_format]
    if isinstance(c.value, bool):
        return ["b", c.value, c.number_format]
    if isinstance(c.value, (int, float)):
        return ["n", c.value, c.number_format]
    return [type(c.value).__name__, str(c.value), c.number_format]


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for sheet in book.worksheets:
        widths = []
        for index in range(1, sheet.max_column + 1):
            dimension = sheet.column_dimensions.get(get_column_letter(index))
            widths.append(dimension.width if dimension is not None and dimension.customWidth else None)
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "widths": widths,
            "rows": [[cell(c) for c in row] for row in sheet.iter_rows()],
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
