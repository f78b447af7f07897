#!/usr/bin/env python3
"""Hostile input files for zhizao, built on demand (nothing large is committed).

    make_fixtures.py OUT_DIR NAME[=SIZE] ...

Each NAME writes OUT_DIR/NAME.<ext>; SIZE (where a fixture takes one) is in MB. Used by
Benchmarks/Hostile/run.sh (full sizes) and by the tests (small sizes, same shapes).

  zip-bomb[=MB]        .xlsx  a sheet part of MB (default 1100) of blanks inside <sheetData>,
                              deflated to about a thousandth of it
  lying-bomb[=MB]      .xlsx  zip-bomb whose sheet part declares 1,000 bytes in the archive's
                              directories (MB at most 4095, default 1100), so only the
                              inflated stream itself can stop it
  stalled-deflate      .xlsx  a small workbook whose deflated sheet part begins with an
                              unfinished stored block (65,535 bytes announced, a few
                              present): the deflate stream never ends
  strings-bomb[=MB]    .xlsx  a shared-strings part of MB (default 400) of 4 KB strings
  strings-count[=N]    .xlsx  N (default 1,500,000) empty shared strings
  strings-reuse[=MB]   .xlsx  one 1 MB shared string used by MB cells (default 400)
  cells-bomb[=ROWS]    .xlsx  ROWS (default 2,000) rows, each with one cell in column XFD
  deep-yaml            .yaml  10,000 nested flow sequences
  deep-json            .json  100,000 nested arrays
  alias-bomb           .yaml  the "billion laughs" alias bomb (about 300 bytes)
  big-yaml[=MB]        .yaml  a valid-looking assessment padded to MB (default 10) with an
                              x- extension holding many keys
  wide-csv[=MB]        .csv   a header and one line of MB (default 10) of commas
  escape-name          .yaml  the sample assessment with an escape sequence in its name
"""
import os
import sys
import zipfile

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '</Relationships>')
SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = '</sheetData></worksheet>'
STRINGS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
STRINGS_TAIL = '</sst>'
MB = 1024 * 1024


def workbook(path, sheet_chunks, string_chunks):
    """An XLSX whose sheet and shared-strings parts are written from iterables of text."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, chunks in (("xl/sharedStrings.xml", string_chunks), ("xl/worksheets/sheet1.xml", sheet_chunks)):
            with z.open(name, "w", force_zip64=True) as part:
                for chunk in chunks:
                    part.write(chunk.encode("utf-8"))


def header_row():
    return '<row r="1"><c r="A1" t="inlineStr"><is><t>enterprise.name</t></is></c></row>'


def zip_bomb(path, mb):
    block = " " * MB

    def sheet():
        yield SHEET_HEAD + header_row()
        for _ in range(mb):
            yield block
        yield SHEET_TAIL
    workbook(path, sheet(), [STRINGS_HEAD, STRINGS_TAIL])


def lying_bomb(path, mb):
    """zip-bomb without ZIP64, then the sheet's uncompressed size patched to 1,000 in its
    local header (offset 22) and its central-directory entry (offset 24)."""
    block = " " * MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9, allowZip64=False) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/sharedStrings.xml", STRINGS_HEAD + STRINGS_TAIL)
        with z.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write((SHEET_HEAD + header_row()).encode())
            for _ in range(mb):
                part.write(block.encode())
            part.write(SHEET_TAIL.encode())
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while True:
            at = data.find(signature, at)
            if at < 0:
                break
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + offset:at + offset + 4] = (1000).to_bytes(4, "little")
            at += 4
    open(path, "wb").write(bytes(data))


def stalled_deflate(path):
    """A one-row workbook, then the sheet part's deflated data replaced from its start by a
    non-final stored block that announces 65,535 bytes: inflate copies the rest of the file
    and asks for more. ZIPFoundation's reader looped at the end of the file forever."""
    workbook(path, [SHEET_HEAD, header_row(), SHEET_TAIL], [STRINGS_HEAD, STRINGS_TAIL])
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(b"PK\x03\x04" + b"\x2d\x00")  # a ZIP64 local header (version 4.5)
    while at >= 0:
        name_length = int.from_bytes(data[at + 26:at + 28], "little")
        extra_length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 30:at + 30 + name_length] == name:
            start = at + 30 + name_length + extra_length
            data[start:start + 5] = b"\x00\xff\xff\x00\x00"
            break
        at = data.find(b"PK\x03\x04", at + 4)
    else:
        raise SystemExit("stalled-deflate: no sheet part found")
    open(path, "wb").write(bytes(data))


def strings_bomb(path, mb):
    item = "<si><t>" + "字" * 1365 + "</t></si>"  # about 4 KB

    def strings():
        yield STRINGS_HEAD
        for _ in range(mb * MB // len(item.encode())):
            yield item
        yield STRINGS_TAIL
    workbook(path, [SHEET_HEAD, header_row(), SHEET_TAIL], strings())


def strings_count(path, count):
    def strings():
        yield STRINGS_HEAD
        for _ in range(count // 1000):
            yield "<si><t></t></si>" * 1000
        yield STRINGS_TAIL
    workbook(path, [SHEET_HEAD, header_row(), SHEET_TAIL], strings())


def strings_reuse(path, cells):
    def sheet():
        yield SHEET_HEAD + header_row()
        for row in range(2, cells + 2):
            yield '<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (row, row)
        yield SHEET_TAIL
    workbook(path, sheet(), [STRINGS_HEAD, "<si><t>" + "x" * MB + "</t></si>", STRINGS_TAIL])


def cells_bomb(path, rows):
    def sheet():
        yield SHEET_HEAD + header_row()
        for row in range(2, rows + 2):
            yield '<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (row, row)
        yield SHEET_TAIL
    workbook(path, sheet(), [STRINGS_HEAD, STRINGS_TAIL])


def deep_yaml(path):
    with open(path, "w") as f:
        f.write("a: " + "[" * 10000 + "]" * 10000 + "\n")


def deep_json(path):
    with open(path, "w") as f:
        f.write('{"a": ' + "[" * 100000 + "]" * 100000 + "}\n")


def alias_bomb(path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append("%s: &%s [%s]" % (name, name, ",".join(["*" + prev] * 9)))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def big_yaml(path, mb):
    sample = open(os.path.join(os.path.dirname(__file__), "..", "..", "Examples", "sample", "weifang-engine.yaml")).read()
    with open(path, "w") as f:
        f.write(sample)
        f.write("x-padding:\n")
        size = len(sample.encode())
        i = 0
        while size < mb * MB - 64:
            line = "  k%07d: %s\n" % (i, "填" * 30)
            f.write(line)
            size += len(line.encode())
            i += 1


def wide_csv(path, mb):
    with open(path, "w") as f:
        f.write("enterprise.name,enterprise.credit_code\n")
        f.write("," * (mb * MB) + "\n")


def escape_name(path):
    sample = open(os.path.join(os.path.dirname(__file__), "..", "..", "Examples", "sample", "weifang-engine.yaml")).read()
    with open(path, "w") as f:
        f.write(sample.replace("name: 潍坊示例动力机械有限公司", 'name: "\\e[2J\\e[H潍坊\\e]0;owned\\a"'))


FIXTURES = {
    "zip-bomb": (".xlsx", zip_bomb, 1100),
    "lying-bomb": (".xlsx", lying_bomb, 1100),
    "stalled-deflate": (".xlsx", stalled_deflate, None),
    "strings-bomb": (".xlsx", strings_bomb, 400),
    "strings-count": (".xlsx", strings_count, 1_500_000),
    "strings-reuse": (".xlsx", strings_reuse, 400),
    "cells-bomb": (".xlsx", cells_bomb, 2000),
    "deep-yaml": (".yaml", deep_yaml, None),
    "deep-json": (".json", deep_json, None),
    "alias-bomb": (".yaml", alias_bomb, None),
    "big-yaml": (".yaml", big_yaml, 10),
    "wide-csv": (".csv", wide_csv, 10),
    "escape-name": (".yaml", escape_name, None),
}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[0]
    os.makedirs(out, exist_ok=True)
    for spec in argv[1:]:
        name, _, size = spec.partition("=")
        ext, make, default = FIXTURES[name]
        path = os.path.join(out, name + ext)
        if default is None:
            make(path)
        else:
            make(path, int(size) if size else default)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
