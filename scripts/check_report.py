#!/usr/bin/env python3
"""Checks for scripts/browser-test.sh: compares zhizao's rendered reports with its
JSON result.

Usage:
  check_report.py summary  RESULT.json            print "tier T, total N"
  check_report.py dom      RESULT.json DOM.html   check the DOM Chromium dumped
  check_report.py text     RESULT.json TEXT.txt   the enterprise name is in the text
  check_report.py png      IMAGE.png              a real, non-empty PNG
  check_report.py markdown RESULT.json REPORT.md  tables intact, name present
  check_report.py pages    DOM.html TEXT.txt      the summary fills page 1 alone, the main
                                                  part is at most 4 A4 pages (TEXT is
                                                  pdftotext's output, pages split by \f)

RESULT.json is the output of `zhizao score --format json --no-plan FILE`: one JSON
line (the last line that starts with "{" is used). A check that fails prints what
failed on stderr and exits 1; a check that passes exits 0 and may print warnings.
"""

import json
import re
import struct
import sys
from decimal import ROUND_HALF_EVEN, Decimal
from html.parser import HTMLParser

DOMAINS = ["rd", "production", "om", "supply", "service"]

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr",
}


class CheckFailed(Exception):
    pass


# --------------------------------------------------------------------------
# The JSON result
# --------------------------------------------------------------------------

def load_result(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip().startswith("{")]
    if not lines:
        raise CheckFailed(f"no JSON line in {path}")
    try:
        # Decimal keeps the total exactly as printed (77.1, not 77.09999...).
        return json.loads(lines[-1], parse_float=Decimal)
    except json.JSONDecodeError as e:
        raise CheckFailed(f"bad JSON in {path}: {e}")


def expected(result):
    if "tier" not in result or "total" not in result:
        raise CheckFailed("JSON result has no 'tier' or 'total'")
    tier = result["tier"]
    if tier is not None and not isinstance(tier, str):
        raise CheckFailed(f"JSON 'tier' is neither a string nor null: {tier!r}")
    total = result["total"]
    if isinstance(total, bool) or not isinstance(total, (int, Decimal)):
        raise CheckFailed(f"JSON 'total' is not a number: {total!r}")
    total_text = str(Decimal(total).quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN))
    try:
        name = result["assessment"]["enterprise"]["name"]
    except (KeyError, TypeError):
        raise CheckFailed("JSON result has no assessment.enterprise.name")
    if not isinstance(name, str) or not name.strip():
        raise CheckFailed(f"assessment.enterprise.name is empty: {name!r}")
    return (tier if tier is not None else "none"), total_text, name


def squash(text):
    """Text with all whitespace removed: PDF text extraction and HTML layout may
    break or space a (CJK) name anywhere."""
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------
# A small DOM built with html.parser
# --------------------------------------------------------------------------

class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self.parent = parent

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def text(self):
        parts = []
        for c in self.children:
            parts.append(c if isinstance(c, str) else c.text())
        return "".join(parts)

    def describe(self):
        attrs = " ".join(f'{k}="{v}"' for k, v in self.attrs.items())
        return f"<{self.tag}{' ' + attrs if attrs else ''}>"


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)

    def handle_endtag(self, tag):
        # Chromium's serializer closes every non-void element, but tolerate a
        # stray end tag: close up to the nearest open element of that name.
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(text):
    b = TreeBuilder()
    b.feed(text)
    b.close()
    return b.root


def by_id(root, ident):
    return [n for n in root.iter() if n.attrs.get("id") == ident]


def one_by_id(root, ident):
    found = by_id(root, ident)
    if not found:
        raise CheckFailed(f'no element with id="{ident}"')
    if len(found) > 1:
        raise CheckFailed(f'{len(found)} elements with id="{ident}"')
    return found[0]


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

def cmd_summary(result_path):
    tier, total, _ = expected(load_result(result_path))
    print(f"tier {tier}, total {total}")


def cmd_dom(result_path, dom_path):
    tier, total, name = expected(load_result(result_path))
    with open(dom_path, encoding="utf-8") as f:
        dom = f.read()
    root = parse_html(dom)
    problems = []

    def check(fn):
        try:
            fn()
        except CheckFailed as e:
            problems.append(str(e))

    def verdict():
        v = one_by_id(root, "verdict")
        if "data-tier" not in v.attrs:
            raise CheckFailed(f'{v.describe()} has no data-tier attribute')
        if v.attrs["data-tier"] != tier:
            raise CheckFailed(f'#verdict data-tier="{v.attrs["data-tier"]}", expected "{tier}"')

    def total_text():
        t = one_by_id(root, "total")
        shown = " ".join(t.text().split())
        if shown != total:
            raise CheckFailed(f'#total text is "{shown}", expected "{total}"')

    def domains():
        t = one_by_id(root, "domains")
        if t.tag != "table":
            raise CheckFailed(f'id="domains" is a <{t.tag}>, not a <table>')
        rows = [n for n in t.iter() if n.tag == "tr" and "data-domain" in n.attrs]
        ids = [r.attrs["data-domain"] for r in rows]
        if ids != DOMAINS:
            raise CheckFailed(
                f'table#domains rows with data-domain are {ids}, expected {DOMAINS}')

    def name_shown():
        body = next((n for n in root.iter() if n.tag == "body"), root)
        if squash(name) not in squash(body.text()):
            raise CheckFailed(f"enterprise name {name!r} not in the page text")

    def plain_words():
        # SPEC §5: outside the appendix, no expression, no id, no fingerprint.
        body = next((n for n in root.iter() if n.tag == "body"), root)
        found = []
        for text in visible_outside_appendix(body):
            for pattern in INTERNALS:
                m = pattern.search(text)
                if m:
                    found.append(m.group(0))
        if found:
            raise CheckFailed("internals outside #appendix: " + ", ".join(sorted(set(found))[:8]))

    def appendix():
        a = one_by_id(root, "appendix")
        if "sha256:" not in a.text():
            raise CheckFailed("#appendix has no fingerprint")

    for fn in (verdict, total_text, domains, name_shown, plain_words, appendix):
        check(fn)
    if problems:
        raise CheckFailed("; ".join(problems))

    # Offline means self-contained: report (but do not fail on) remote resources.
    remote = []
    for n in root.iter():
        for attr in ("src", "href"):
            v = n.attrs.get(attr, "")
            if n.tag in ("script", "link", "img", "iframe", "source") and re.match(r"(?i)(https?:)?//", v):
                remote.append(f"{n.tag} {attr}={v}")
    if remote:
        print("warning: remote resources (not loaded offline): " + ", ".join(remote[:5]))


# What a manager must never read (SPEC §5): CEL operators and calls, references to the
# rule language's variables, snake_case ids, fingerprints.
INTERNALS = [
    re.compile(r"&&|\|\||==|!=|\bhas\("),
    re.compile(r"\b(profile|metric|answer|domain|score|tier|enterprise|indicators)\.[a-z_]+"),
    re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"),
    re.compile(r"sha256:"),
]


def visible_outside_appendix(node):
    """The text a reader sees, element by element, leaving out #appendix and what a
    browser does not show (style, script, head)."""
    if node.attrs.get("id") == "appendix" or node.tag in ("style", "script", "head"):
        return
    for c in node.children:
        if isinstance(c, str):
            if c.strip():
                yield c
        else:
            yield from visible_outside_appendix(c)


def cmd_pages(dom_path, text_path):
    with open(dom_path, encoding="utf-8") as f:
        root = parse_html(f.read())
    with open(text_path, encoding="utf-8", errors="replace") as f:
        pages = [squash(p) for p in f.read().split("\f")]
    summary = one_by_id(root, "summary")
    notice = next((n for n in summary.iter() if "notice" in n.attrs.get("class", "").split()), None)
    if notice is None:
        raise CheckFailed("the summary has no notice")
    if squash(notice.text()) not in pages[0]:
        raise CheckFailed("the summary does not fit the first page (its closing notice is not on page 1)")
    scores = squash(one_by_id(root, "scores-heading").text())
    if scores in pages[0]:
        raise CheckFailed("the scores begin on the summary's page")
    heading = squash(one_by_id(root, "appendix-heading").text())
    where = next((i for i, p in enumerate(pages) if heading in p), None)
    if where is None:
        raise CheckFailed("the appendix heading is not in the PDF")
    if where > 4:
        raise CheckFailed(f"the main part takes {where} pages; at most 4")
    print(f"main part {where} pages, {len([p for p in pages if p])} in all")


def cmd_text(result_path, text_path):
    _, _, name = expected(load_result(result_path))
    with open(text_path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if not squash(text):
        raise CheckFailed("the PDF has no extractable text")
    if squash(name) not in squash(text):
        sample = " ".join(text.split())[:200]
        raise CheckFailed(f"enterprise name {name!r} not in the PDF text (it starts: {sample!r})")


def cmd_png(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise CheckFailed(f"{path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    if width == 0 or height == 0:
        raise CheckFailed(f"{path} is {width}x{height}")


# Markdown ------------------------------------------------------------------

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
TABLE_LINE = re.compile(r"^ {0,3}\|")


def split_row(line):
    """Cells of a GFM table row: split on '|' not escaped by a backslash, without
    the optional leading and trailing pipe. (Like GFM and markdown-it >= 13, a
    pipe inside a code span still splits unless it is escaped.)"""
    s = line.strip()
    cells, cur, i = [], [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            cur.append(s[i:i + 2])
            i += 2
            continue
        if c == "|":
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    cells.append("".join(cur))
    if s.startswith("|"):
        cells = cells[1:]
    if len(s) > 1 and s.endswith("|") and not s.endswith("\\|"):
        cells = cells[:-1]
    return cells


def table_blocks(lines):
    """(first line index, lines) of each run of lines starting with '|', outside
    fenced code blocks."""
    blocks, fence, start = [], None, None
    for i, line in enumerate(lines + [""]):
        m = FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m and start is None:
            fence = m.group(1)
            continue
        if TABLE_LINE.match(line):
            if start is None:
                start = i
        elif start is not None:
            blocks.append((start, lines[start:i]))
            start = None
    return blocks


DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")


def cmd_markdown(result_path, md_path):
    from markdown_it import MarkdownIt

    _, _, name = expected(load_result(result_path))
    with open(md_path, encoding="utf-8") as f:
        source = f.read()
    lines = source.splitlines()
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(source)
    html = md.renderer.render(tokens, md.options, {})
    problems = []

    tables = [t for t in tokens if t.type == "table_open"]
    blocks = table_blocks(lines)
    if not blocks:
        problems.append("no Markdown tables in the report")
    for start, block in blocks:
        where = f"line {start + 1}"
        header = split_row(block[0])
        if len(block) < 2:
            problems.append(f"{where}: a table of one line")
            continue
        delim = split_row(block[1])
        if not all(DELIMITER_CELL.match(c) for c in delim):
            problems.append(f"{where}: second line is not a delimiter row: {block[1]!r}")
            continue
        if len(delim) != len(header):
            problems.append(
                f"{where}: header has {len(header)} cells, delimiter row {len(delim)}")
        for k, row in enumerate(block[2:], start=start + 3):
            cells = split_row(row)
            if len(cells) != len(header):
                problems.append(
                    f"line {k}: {len(cells)} cells, header has {len(header)}: {row.strip()[:120]!r}")
        # markdown-it must see one table spanning the whole block.
        tok = next((t for t in tables if t.map and t.map[0] == start), None)
        if tok is None:
            problems.append(f"{where}: markdown-it renders no table here")
        elif tok.map[1] != start + len(block):
            problems.append(
                f"{where}: markdown-it's table ends at line {tok.map[1]}, "
                f"the '|' lines at line {start + len(block)}")
    if len(tables) != len(blocks):
        problems.append(f"{len(blocks)} tables in the source, {len(tables)} in markdown-it's HTML")

    # Rows in the HTML: one <tr> per source line but the delimiter row.
    root = parse_html(html)
    html_tables = [n for n in root.iter() if n.tag == "table"]
    for (start, block), t in zip(blocks, html_tables):
        rows = [n for n in t.iter() if n.tag == "tr"]
        if len(rows) != len(block) - 1:
            problems.append(
                f"line {start + 1}: {len(block) - 1} rows in the source, {len(rows)} in the HTML")

    if squash(name) not in squash(root.text()):
        problems.append(f"enterprise name {name!r} not in the rendered Markdown")
    if problems:
        raise CheckFailed("; ".join(problems[:8]) + (f" (and {len(problems) - 8} more)" if len(problems) > 8 else ""))


COMMANDS = {
    "summary": (cmd_summary, 1),
    "dom": (cmd_dom, 2),
    "text": (cmd_text, 2),
    "png": (cmd_png, 1),
    "markdown": (cmd_markdown, 2),
    "pages": (cmd_pages, 2),
}


def main(argv):
    if len(argv) < 2 or argv[1] not in COMMANDS or len(argv) - 2 != COMMANDS[argv[1]][1]:
        sys.stderr.write(__doc__)
        return 2
    fn, _ = COMMANDS[argv[1]]
    try:
        fn(*argv[2:])
    except CheckFailed as e:
        print(str(e), file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{e.filename}: {e.strerror}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
