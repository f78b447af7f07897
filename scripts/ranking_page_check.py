#!/usr/bin/env python3
"""Drives headless Chromium over the DevTools protocol (a pipe, no network, no websocket
library) through a `ranking.html` written by `zhizao rank`, and checks its script against
the `ranking.csv` written beside it:

- the page loads offline; its load time is reported;
- each list shows its first 500 rows, and its button shows 500 more;
- typing part of a name (and a credit code typed with full-width digits) into the search
  box leaves exactly the rows whose name or credit code contains it, in every list;
- "shortlist only" leaves exactly the selected rows;
- the group and status filters leave exactly the rows of that group and status;
- clicking the total's heading sorts a list by total, highest first, then lowest first.

Usage: ranking_page_check.py CHROMIUM OUT_DIR [SCREENSHOT.png]
Prints one line per check; exits 1 on the first failure, naming it.
"""
import base64
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata


class Browser:
    """Chromium with --remote-debugging-pipe: commands on fd 3, replies and events on fd 4,
    each a JSON message ended by a NUL byte."""

    def __init__(self, chrome, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire():
            # Move the ends out of the way first: a pipe may already sit on fd 3 or 4.
            read, write = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-sync",
             "--disable-component-update", "--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(os.path.join(profile, "chromium.log"), "wb"),
            preexec_fn=wire, pass_fds=(3, 4))
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.receive(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise RuntimeError(f"{method}: no reply in {timeout} s")

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise RuntimeError("Chromium stopped answering")
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed its pipe (see chromium.log in the profile)")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, session, timeout=60):
        deadline = time.time() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self.events.pop(index)
            self.events.append(self.receive(deadline))

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# How many matching rows a list shows before its "show more" button (the page's PAGE).
PAGE = 500


def norm(text):
    """What the page's search does to a text: NFKC, then lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def main():
    chrome, out = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[3] if len(sys.argv) > 3 else None
    page_url = "file://" + os.path.abspath(os.path.join(out, "ranking.html"))
    with open(os.path.join(out, "ranking.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    failures = []

    def check(name, ok, detail=""):
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + (detail if len(detail) < 300 else detail[:300] + "…")))
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(chrome, profile)
        try:
            target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            browser.send("Page.enable", session=session)
            browser.send("Runtime.enable", session=session)
            started = time.time()
            browser.send("Page.navigate", {"url": page_url}, session=session)
            browser.wait_for("Page.loadEventFired", session, timeout=120)
            wall = time.time() - started

            def js(expression):
                result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                                      session=session)
                if "exceptionDetails" in result:
                    raise RuntimeError(f"{expression[:80]}…: {result['exceptionDetails']}")
                return result["result"].get("value")

            frame = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
            timing = js(f"(async () => {{ await {frame}; const n = performance.getEntriesByType('navigation')[0];"
                        " return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd, painted: performance.now()}; })()")
            print(f"page: {len(rows)} rows, {os.path.getsize(os.path.join(out, 'ranking.html')) / 1e6:.1f} MB; "
                  f"DOM ready {timing['dom'] / 1000:.2f} s, loaded {timing['load'] / 1000:.2f} s, "
                  f"first frame after load {timing['painted'] / 1000:.2f} s (wall {wall:.2f} s)")

            # The visible rows, as (list heading number, credit code, status, group), read from the DOM.
            visible = """(() => Array.from(document.querySelectorAll('table.ranking')).flatMap((table, list) =>
                Array.from(table.tBodies[0].rows).filter(tr => !tr.hidden).map(tr =>
                  [list, tr.querySelector('code').textContent, tr.dataset.status, tr.dataset.group])))()"""
            shown = "document.getElementById('shown').textContent"
            settle = "new Promise(done => setTimeout(done, 400))"
            targets = []
            for row in rows:
                if row["target"] not in targets:
                    targets.append(row["target"])

            def expected(keep):
                """The rows the page should show: in each list, the first PAGE rows that match."""
                taken = {}
                shown_rows = []
                for row in rows:
                    index = targets.index(row["target"])
                    if keep(row) and taken.get(index, 0) < PAGE:
                        taken[index] = taken.get(index, 0) + 1
                        shown_rows.append([index, row["credit_code"]])
                return sorted(shown_rows)

            def codes(found):
                return sorted([list_index, code] for list_index, code, _, _ in found)

            check("the controls are shown by the script", js("!document.getElementById('controls').hidden") is True)
            longest = max(range(len(targets)), key=lambda i: sum(1 for row in rows if row["target"] == targets[i]))
            size = sum(1 for row in rows if row["target"] == targets[longest])
            # What a reader waits for when the longest list comes into view (it is laid out then).
            took = js(f"(async () => {{ const t0 = performance.now(); document.querySelectorAll('table.ranking')[{longest}].scrollIntoView();"
                      f" await {frame}; return performance.now() - t0; }})()")
            print(f"page: the longest list ({size} rows) laid out in {took / 1000:.2f} s once scrolled to")
            on_page = js("document.querySelectorAll('table.ranking tbody tr').length")
            check("every row of ranking.csv is on the page", on_page == len(rows), f"{on_page} rows on the page, {len(rows)} in ranking.csv")
            check(f"each list shows its first {PAGE} rows", codes(js(visible)) == expected(lambda row: True))
            if size > PAGE:
                took = js(f"(async () => {{ const t0 = performance.now();"
                          f" document.querySelectorAll('p.more')[{longest}].querySelector('button').click(); await {frame};"
                          " return performance.now() - t0; })()")
                count = sum(1 for list_index, *_ in js(visible) if list_index == longest)
                check(f"the button under a list of {size} shows {PAGE} more ({took:.0f} ms to the next frame)",
                      count == min(size, 2 * PAGE), f"{count} shown")

            # Type part of a name, as a person would (an input event per insertion).
            names = sorted({row["name"] for row in rows if row["name"]})
            word = names[len(names) // 2]
            query = word[2:6] if len(word) >= 6 else word
            js("(() => { const box = document.getElementById('find'); box.focus(); box.select(); })()")
            browser.send("Input.insertText", {"text": query}, session=session)
            js(settle)
            found = js(visible)
            want = expected(lambda row: norm(query) in norm(row["name"]) or norm(query) in norm(row["credit_code"]))
            check(f"typing {query!r} leaves exactly the {len(want)} matching rows", codes(found) == want,
                  f"{len(found)} shown, {len(want)} expected")
            says = js("document.getElementById('shown').dataset.template").replace("{shown}", str(len(want))).replace("{total}", str(len(rows)))
            check(f"the count says {says!r}", js(shown) == says, js(shown))

            # A credit code typed with a Chinese input method: full-width digits and letters.
            code = rows[len(rows) // 3]["credit_code"]
            wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in code[-8:].lower())
            js("(() => { const box = document.getElementById('find'); box.focus(); box.select(); })()")
            browser.send("Input.insertText", {"text": wide}, session=session)
            js(settle)
            want = expected(lambda row: code[-8:] in row["credit_code"] or norm(wide) in norm(row["name"]))
            found = js(visible)
            check(f"a full-width credit code {wide!r} finds its row", codes(found) == want, f"{len(found)} shown: {found} vs {want}")

            if screenshot:
                # What a reader sees: the controls and the top of the first list, after a search.
                browser.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                             session=session)
                js(f"(async () => {{ document.getElementById('lists').scrollIntoView(); await {frame}; }})()")
                shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
                with open(screenshot, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
                print(f"page: screenshot {screenshot}")

            # Clear the search; then the shortlist alone.
            js("(() => { const box = document.getElementById('find'); box.value = '';"
               " box.dispatchEvent(new Event('input')); })()")
            js(settle)
            check("clearing the search shows the first rows of every list again", codes(js(visible)) == expected(lambda row: True))
            took = js(f"(async () => {{ const t0 = performance.now(); document.getElementById('shortlist').click(); await {frame};"
                      " return performance.now() - t0; })()")
            found = js(visible)
            want = expected(lambda row: row["status"] == "selected")
            check(f"shortlist only leaves exactly the {len(want)} selected rows ({took:.0f} ms to the next frame)",
                  codes(found) == want and all(status == "selected" for _, _, status, _ in found), f"{len(found)} shown")
            js("document.getElementById('shortlist').click()")

            # Filter by group and by status.
            group = js("document.getElementById('group').options[2].value")
            js(f"(() => {{ const s = document.getElementById('group'); s.value = {json.dumps(group)};"
               " s.dispatchEvent(new Event('change')); })()")
            found = js(visible)
            check(f"the group filter {group!r} leaves only its rows", len(found) > 0 and all(g == group for _, _, _, g in found)
                  and codes(found) == expected(lambda row: row["city"] == group), f"{len(found)} shown")
            js("(() => { const s = document.getElementById('group'); s.value = ''; s.dispatchEvent(new Event('change'));"
               " const t = document.getElementById('status'); t.value = 'quota_full'; t.dispatchEvent(new Event('change')); })()")
            found = js(visible)
            want = expected(lambda row: row["status"] == "quota_full")
            check(f"the status filter 'quota_full' leaves exactly its {len(want)} rows", codes(found) == want, f"{len(found)} shown")
            js("(() => { const t = document.getElementById('status'); t.value = ''; t.dispatchEvent(new Event('change')); })()")

            # Sort the longest list by total: highest first, then lowest first (every row is
            # moved; the first page of them is shown).
            totals = f"""(() => {{ const table = document.querySelectorAll('table.ranking')[{longest}];
                const at = Array.from(table.tHead.rows[0].cells).findIndex(th => th.dataset.key === 'total');
                return Array.from(table.tBodies[0].rows).map(tr => [parseFloat(tr.cells[at].textContent), tr.hidden]); }})()"""
            click_total = f"""(async () => {{ const th = document.querySelectorAll('table.ranking')[{longest}].querySelector('th[data-key=total]');
                const t0 = performance.now(); th.click(); await {frame}; return [th.textContent.trim(), performance.now() - t0]; }})()"""
            def sorted_by_total(reverse):
                cells = js(totals)
                values = [value for value, _ in cells]
                showing = [hidden for _, hidden in cells]
                return (values == sorted(values, reverse=reverse) and len(values) > 1
                        and showing == [index >= PAGE for index in range(len(cells))])
            heading, took = js(click_total)
            check(f"clicking {heading!r} sorts its list highest first and shows the top {PAGE} ({took:.0f} ms to the next frame)",
                  sorted_by_total(True))
            heading, took = js(click_total)
            check(f"clicking it again sorts lowest first ({took:.0f} ms to the next frame)", sorted_by_total(False))
        finally:
            browser.close()

    if failures:
        print(f"{len(failures)} check(s) failed: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
