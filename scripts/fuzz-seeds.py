#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (docs/ARCHITECTURE.md, "Fuzzing").

    python3 scripts/fuzz-seeds.py OUT

OUT/yaml, OUT/csv, OUT/xlsx and OUT/cel receive the seeds; OUT/yaml.dict and OUT/cel.dict are
libFuzzer dictionaries (words worth inserting). Seeds come from the project itself:
- yaml: every example assessment, each also as JSON, plus Fuzz/seeds/yaml (small hostile
  cases: tags, aliases, nesting, encodings);
- csv: the sheet fixtures, each example as a one-row sheet (ids, or titles as the header),
  with ',', ';' and tab, LF and CRLF, plus Fuzz/seeds/csv;
- xlsx: the workbook fixtures and each example as a one-row workbook (inline strings and
  shared strings, stored and deflated);
- cel: every expression of the shipped rubrics and of the CEL conformance cases (the shared
  folder beside the repository, or CEL_CONFORMANCE_DIR), plus Fuzz/seeds/cel.
Nothing here is committed but the small hand-written seeds; OUT is rebuilt on every run.
"""
import csv
import glob
import hashlib
import io
import json
import os
import sys
import zipfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class CoreLoader(yaml.SafeLoader):
    """YAML with dates kept as text, as zhizao reads them (SPEC §2)."""


CoreLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=CoreLoader)


def write(folder, data, suffix=""):
    """One seed, named by its hash (identical seeds collapse)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16] + suffix
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def copy_committed(kind, out):
    for path in sorted(glob.glob(os.path.join(ROOT, "Fuzz", "seeds", kind, "*"))):
        with open(path, "rb") as f:
            write(out, f.read())


def examples():
    return sorted(glob.glob(os.path.join(ROOT, "Examples", "**", "*.yaml"), recursive=True))


def seeds_yaml(out):
    for path in examples():
        with open(path, "rb") as f:
            write(out, f.read())
        write(out, json.dumps(load(path), ensure_ascii=False, indent=1))
    copy_committed("yaml", out)


def sheet_row(document):
    """An assessment as the cells of one sheet row: ids → text."""
    cells = {}
    for key in ("rubric", "applying_for", "submitted"):
        if key in document:
            cells[key] = str(document[key])
    for group in ("enterprise", "profile"):
        for key, value in (document.get(group) or {}).items():
            cells[f"{group}.{key}"] = cell_text(value)
    for key, answer in (document.get("answers") or {}).items():
        if isinstance(answer, dict) and "na" in answer:
            cells[f"{key}.na"] = str(answer["na"])
            continue
        if isinstance(answer, dict):
            answer = answer.get("value")
        cells[key] = cell_text(answer)
    return cells


def cell_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else str(value)


def csv_text(header, rows, delimiter=",", newline="\n"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def seeds_csv(out):
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "sheets", "*.csv"))):
        with open(path, "rb") as f:
            write(out, f.read())
    variants = [(",", "\n"), (";", "\r\n"), ("\t", "\n")]
    for index, path in enumerate(examples()):
        cells = sheet_row(load(path))
        header = list(cells)
        delimiter, newline = variants[index % len(variants)]
        write(out, csv_text(header, [[cells[h] for h in header]], delimiter, newline))
    copy_committed("csv", out)


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def workbook(rows, shared, compression):
    """A minimal XLSX: one sheet, text as shared or inline strings, numbers as numbers."""
    strings = []
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value == "":
                continue
            try:
                float(value)
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                continue
            except ValueError:
                pass
            if shared:
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
        '<sheets><sheet name="申报" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>' if shared else "")
        + "</Relationships>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>'
        + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    if shared:
        parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="{len(strings)}">'
                                         + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            archive.writestr(info, text.encode("utf-8"), compress_type=compression)
    return buffer.getvalue()


def seeds_xlsx(out):
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "sheets", "*.xlsx"))):
        with open(path, "rb") as f:
            write(out, f.read())
    kinds = [(False, zipfile.ZIP_STORED), (True, zipfile.ZIP_STORED), (True, zipfile.ZIP_DEFLATED)]
    for index, path in enumerate(examples()):
        cells = sheet_row(load(path))
        header = list(cells)
        shared, compression = kinds[index % len(kinds)]
        write(out, workbook([header, [cells[h] for h in header]], shared, compression))


def expressions(node):
    """Every `expr:` text and every tier rule in a YAML tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("expr", "tiebreak") and isinstance(value, str):
                yield value
            elif key == "rules" and isinstance(value, list):
                yield from (rule for rule in value if isinstance(rule, str))
                yield from expressions(value)
            else:
                yield from expressions(value)
    elif isinstance(node, list):
        for item in node:
            yield from expressions(item)


def rubrics():
    """The shipped rubrics and their parts, as trees; a file PyYAML (YAML 1.1) cannot read
    gives its one-line `expr:` values only."""
    for path in sorted(glob.glob(os.path.join(ROOT, "Rubrics", "**", "*.yaml"), recursive=True)):
        try:
            yield load(path)
        except yaml.YAMLError:
            with open(path, encoding="utf-8") as f:
                lines = [line.strip() for line in f]
            yield [{"expr": line[len("expr:"):].strip().strip("'\"")} for line in lines if line.startswith("expr:")]


def seeds_cel(out):
    for tree in rubrics():
        for text in expressions(tree):
            write(out, text)
    folder = os.environ.get("CEL_CONFORMANCE_DIR") or os.path.join(ROOT, "..", "shared", "cel-conformance")
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            for test in json.load(f).get("tests", []):
                if isinstance(test.get("expr"), str):
                    write(out, test["expr"])
    copy_committed("cel", out)


def dictionary(path, words):
    with open(path, "w", encoding="utf-8") as f:
        for word in sorted(set(words)):
            f.write('"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}"
                                  for b in word.encode("utf-8")) + '"\n')


def rubric_ids():
    ids = []
    for tree in rubrics():
        def walk(node):
            if isinstance(node, dict):
                if isinstance(node.get("id"), str):
                    ids.append(node["id"])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)
        walk(tree)
    return ids


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    for kind, make in (("yaml", seeds_yaml), ("csv", seeds_csv), ("xlsx", seeds_xlsx), ("cel", seeds_cel)):
        folder = os.path.join(out, kind)
        os.makedirs(folder, exist_ok=True)
        make(folder)
    ids = rubric_ids()
    dictionary(os.path.join(out, "yaml.dict"), ids + [
        "format:", "zhizao.assessment/1", "rubric:", "enterprise:", "profile:", "answers:", "applying_for:",
        "submitted:", "na:", "value:", "evidence:", "note:", "x-", "credit_code:", "!!str ", "!!int ", "!!float ",
        "!!bool ", "!!null ", "!!map ", "!!seq ", "!!binary ", "!custom ", "&a ", "*a", "<<: ", "---", "...",
        "%YAML 1.2", "%TAG ", "? ", "|-", ">+", ".nan", ".inf", "0x", "0o", "1e3", "null", "true", "\\u001b",
        "\\e", "\ufeff", "\x1b"])
    dictionary(os.path.join(out, "cel.dict"), ids + [
        "total", "domain", "score", "answer", "indicators", "profile", "enterprise", "metric", "tier",
        "has(", "all(", "exists(", "exists_one(", "filter(", "map(", "size(", "contains(", "startsWith(",
        "endsWith(", "matches(", "int(", "uint(", "double(", "string(", "bool(", "dyn(", "type(", " in ",
        "&&", "||", "==", "!=", "<=", ">=", "? ", " : ", "null", "true", "false", "9223372036854775807",
        "-9223372036854775808", "18446744073709551615u", "1e308", "r'", "'''", '"""', "\\u", "\\x", "[^", "(?i)",
        "{2,}", ".*"])


if __name__ == "__main__":
    main()
