#!/usr/bin/env python3
"""Fails when a folder of ZhizaoKit uses one it must not (docs/ARCHITECTURE.md, "Layers").

A folder *uses* another when one of its files names a type, protocol, top-level function or
constant declared at the top level of a file in that other folder. Comments and string
literals are skipped; a name the using folder itself declares (at any depth, e.g. a nested
`Row`) shadows a top-level name of the same spelling elsewhere. What this cannot see: a member
added by an extension in one folder to a type of another (`extension Rubric { func x() }`),
called as `rubric.x()`. Keep such extensions in the folder of the type, or in a folder allowed
to use both.

Usage: scripts/check-architecture.py [--graph]   (--graph prints every folder's uses)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIT = os.path.join(ROOT, "Sources", "ZhizaoKit")

# Each folder, lowest first, with the folders it may use besides itself. Files directly in
# Sources/ZhizaoKit (the version, the re-export) are "(root)", usable by all.
ENGINE = ["Input", "Diagnostics", "Rubric", "Loading", "Assessment", "Expressions", "Scoring",
          "Sheets", "Ranking", "Diff", "Questionnaire"]
BASE = ["(root)", "Words", "Support"]
ALLOWED = {
    "(root)": [],
    "Words": ["(root)"],
    "Support": ["(root)", "Words"],
}
for index, folder in enumerate(ENGINE):
    ALLOWED[folder] = BASE + ENGINE[:index]
ALLOWED["Presentation"] = BASE + ENGINE
ALLOWED["SelfCheck"] = BASE + ENGINE + ["Presentation"]

DECLARATION = re.compile(
    r"^(\s*)(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|open|final|indirect|static|nonisolated)\s+)*"
    r"(struct|enum|class|protocol|typealias|actor|func|let|var)\s+([A-Za-z_][A-Za-z0-9_]*)")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def strip(text):
    """The text with comments and string literals blanked (lines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j
        elif text[i] == '"':
            j = i + 1
            depth = 0
            while j < n and text[j] != "\n":
                if text[j] == "\\" and j + 1 < n and text[j + 1] == "(":
                    # Interpolation: keep the code inside \( … ).
                    k, depth = j + 2, 1
                    while k < n and depth:
                        depth += {"(": 1, ")": -1}.get(text[k], 0)
                        k += 1
                    out.append(" " + text[j + 2:k - 1] + " ")
                    j = k
                    continue
                if text[j] == "\\":
                    j += 2
                    continue
                if text[j] == '"':
                    break
                j += 1
            out.append('""')
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def folder_of(path):
    relative = os.path.relpath(path, KIT).split(os.sep)
    return "(root)" if len(relative) == 1 else relative[0]


def main():
    files = []
    for base, _, names in os.walk(KIT):
        files += [os.path.join(base, name) for name in names if name.endswith(".swift")]
    files.sort()
    top_level = {}        # name -> set of folders declaring it at the top level
    declared = {}         # folder -> every name declared in it, at any depth
    code = {}
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = strip(handle.read())
        code[path] = text
        folder = folder_of(path)
        for line in text.split("\n"):
            match = DECLARATION.match(line)
            if not match:
                continue
            indent, kind, name = match.groups()
            declared.setdefault(folder, set()).add(name)
            if indent == "" and not (kind in ("func", "let", "var") and name[0].islower() and False):
                top_level.setdefault(name, set()).add(folder)
    violations = []
    uses = {}
    for path in files:
        folder = folder_of(path)
        own = declared.get(folder, set())
        for number, line in enumerate(code[path].split("\n"), start=1):
            for name in set(IDENTIFIER.findall(line)):
                owners = top_level.get(name)
                if not owners or folder in owners or name in own:
                    continue
                for owner in sorted(owners):
                    uses.setdefault(folder, {}).setdefault(owner, set()).add(name)
                    if owner not in ALLOWED.get(folder, []):
                        violations.append(f"{os.path.relpath(path, ROOT)}:{number}: {folder}/ uses {name} from {owner}/")
    if "--graph" in sys.argv:
        for folder in sorted(uses):
            print(folder + ":")
            for owner in sorted(uses[folder]):
                print(f"  {owner}: {', '.join(sorted(uses[folder][owner])[:8])}")
    unknown = sorted(set(declared) - set(ALLOWED))
    for folder in unknown:
        violations.append(f"Sources/ZhizaoKit/{folder}/: a folder docs/ARCHITECTURE.md does not place (add it to the layers)")
    if violations:
        print("\n".join(violations))
        print(f"check-architecture: {len(violations)} forbidden use(s); see docs/ARCHITECTURE.md", file=sys.stderr)
        return 1
    print(f"check-architecture: {len(files)} files in {len(declared)} folders follow the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
