#!/usr/bin/env python3
"""Writes the spreadsheet fixtures of the rank tests (run once; the outputs are committed).

    pip install openpyxl pyyaml && python3 Tests/Fixtures/sheets/make_fixtures.py

applicants.xlsx is written by openpyxl (another program than zhizao, as a consultant's
would be): sheet 申报 holds a row of ids, a row of Chinese titles, then Weifang and Linyi
from Examples/shandong with choices as Chinese labels, booleans as 是/否, the networked
share as a 92% cell (stored 0.92), `submitted` as a real date cell; then a row whose
automation rate is a formula openpyxl stores without a value, and one with #DIV/0!.
A second sheet 说明 lists the questions (not applicants). openpyxl writes its text as
inline strings, with no shared-strings part; shared-strings.xlsx is the same workbook with
the text moved into a shared-strings part, as Excel writes it; missing-strings.xlsx keeps
those references but has no part (a damaged file).
The CSV fixtures hold the same two enterprises: UTF-8 with a BOM, and GB18030.
"""
import csv
import datetime
import io
import os
import re
import zipfile

import openpyxl
import yaml

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..", "..")
rubric_parts = os.path.join(root, "Rubrics", "parts")


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


indicators = load(os.path.join(rubric_parts, "indicators.yaml"))
profile_part = load(os.path.join(rubric_parts, "profile.yaml"))
scales = indicators.get("scales", {})
ind = {i["id"]: i for i in indicators["indicators"]}
facts = {p["id"]: p for p in profile_part["profile"]}


def label(choices, cid):
    for c in choices:
        if isinstance(c, dict) and c.get("id") == cid:
            lab = c.get("label")
            return lab.get("zh") if isinstance(lab, dict) else (lab or cid)
    return cid


def title(obj):
    t = obj.get("title")
    return t.get("zh") if isinstance(t, dict) else t


def enterprise(name):
    return load(os.path.join(root, "Examples", "shandong", name))


docs = [enterprise("weifang-diesel-engine.yaml"), enterprise("linyi-fasteners.yaml")]
ent = ["name", "credit_code", "city", "industry"]
fact_ids = list(facts)
ind_ids = [i for i in ind if any(i in d["answers"] for d in docs)]
# An answer column per indicator, then its .na / .evidence / .note columns where an example uses them.
SUFFIX_TITLES = {"na": "不适用原因", "evidence": "佐证材料", "note": "备注"}
answer_cols = []
for i in ind_ids:
    answer_cols.append((i, None))
    for suffix in SUFFIX_TITLES:
        if any(isinstance(d["answers"].get(i), dict) and suffix in d["answers"][i] for d in docs):
            answer_cols.append((i, suffix))
header = (["enterprise." + e for e in ent] + ["applying_for", "submitted"] + ["profile." + f for f in fact_ids]
          + [i + ("." + x if x else "") for i, x in answer_cols])
titles = (["企业名称", "统一社会信用代码", "城市", "行业", "申报等级", "提交日期"] + [title(facts[f]) for f in fact_ids]
          + [title(ind[i]) + (SUFFIX_TITLES[x] if x else "") for i, x in answer_cols])


def choices_of(i):
    if ind[i].get("scale"):
        return scales[ind[i]["scale"]]
    return ind[i].get("choices") or []


def row_of(doc, labels=True):
    row = []
    for e in ent:
        row.append(doc["enterprise"].get(e))
    row.append(doc.get("applying_for"))
    row.append(datetime.date.fromisoformat(str(doc["submitted"])))
    for f in fact_ids:
        v = doc["profile"].get(f)
        if isinstance(v, bool):
            v = "是" if v else "否"
        elif facts[f].get("type") == "choice" and labels:
            v = label(facts[f]["choices"], v)
        row.append(v)
    for i, suffix in answer_cols:
        a = doc["answers"].get(i)
        if suffix:
            extra = a.get(suffix) if isinstance(a, dict) else None
            row.append(";".join(extra) if isinstance(extra, list) else extra)
            continue
        if isinstance(a, dict):
            a = a.get("value")
        if isinstance(a, bool):
            a = "是" if a else "否"
        elif isinstance(a, list):
            a = ";".join(label(choices_of(i), x) for x in a)
        elif isinstance(a, str) and labels:
            a = label(choices_of(i), a)
        row.append(a)
    return row


def workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报"
    ws.append(header)
    ws.append(titles)
    for doc in docs:
        ws.append(row_of(doc))
    net = header.index("prod_equipment_networked") + 1
    sub = header.index("submitted") + 1
    for r in (3, 4):
        c = ws.cell(row=r, column=net)
        c.value = c.value / 100
        c.number_format = "0%"
        ws.cell(row=r, column=sub).number_format = "yyyy\"年\"m\"月\"d\"日\""
    # A formula with no cached value (openpyxl never computes one), and an error value.
    formula = row_of(docs[0])
    formula[1] = "91370700MA3C8K2L8D"
    formula[header.index("prod_key_process_automation")] = "=80+5"
    ws.append(formula)
    error = row_of(docs[0])
    error[header.index("prod_key_process_automation")] = "#DIV/0!"
    ws.append(error)
    notes = wb.create_sheet("说明")
    notes.append(["id", "问题"])
    for i in ind_ids:
        notes.append([i, title(ind[i])])
    wb.save(path)


def shared(src, dst, with_part):
    """The workbook with its inline strings moved into a shared-strings part, as Excel
    writes them; without the part when with_part is false (a damaged file)."""
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    strings = []
    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        def repl(m):
            strings.append(m.group(3))
            return b'<c r="' + m.group(1) + b'"' + m.group(2) + b' t="s"><v>' + str(len(strings) - 1).encode() + b"</v></c>"
        parts[name] = re.sub(rb'<c r="([A-Z]+[0-9]+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>', repl, parts[name])
    if with_part:
        parts["xl/sharedStrings.xml"] = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
                                         + b"".join(b"<si>" + t + b"</si>" for t in strings) + b"</sst>")
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def csv_text(rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else (v.isoformat() if isinstance(v, datetime.date) else v) for v in r])
    return out.getvalue()


xlsx = os.path.join(here, "applicants.xlsx")
workbook(xlsx)
shared(xlsx, os.path.join(here, "shared-strings.xlsx"), with_part=True)
shared(xlsx, os.path.join(here, "missing-strings.xlsx"), with_part=False)
rows = [header, titles] + [row_of(d) for d in docs]
with open(os.path.join(here, "applicants-utf8-bom.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(csv_text(rows))
with open(os.path.join(here, "applicants-gb18030.csv"), "w", encoding="gb18030", newline="") as f:
    f.write(csv_text(rows))
print("wrote", xlsx)
