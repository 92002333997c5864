#!/usr/bin/env python3
"""The case page's bytes per tab and per-user state, before and after its tabs became pages of their own (issue 16).

usage: case_page_state.py BASE_URL SERVER_PID USERS before|after OUT.json

Against a running portal with the demo data (resp.* accounts): "before" shows a tab as the old page did (the page,
then the tab view's ajax load), "after" as a GET of ?tab=. Per-user state: USERS sessions each open six cases on
their Overview, then USERS more each look through all eight tabs of one case; the growth of the live heap (median
of three `jcmd GC.class_histogram` totals, each after a full GC) divided by USERS. Report:
bench/report-2026-12-03-case-page-tabs.md.
"""
import http.cookiejar, json, re, subprocess, sys, time, urllib.parse, urllib.request

BASE, PID, USERS, MODE, OUT = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
ACCOUNTS = ["resp.pulm", "resp.pharm", "resp.nurse", "resp.chair"]
PASSWORD = "refract-demo-2026"
TABS = ["overview", "assessment", "discussion", "measurements", "treatments", "factors", "reviews", "history"]
VS = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"')


class Session:
    def __init__(self, user):
        self.jar = http.cookiejar.CookieJar()
        self.op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.get("/portal/login.xhtml")
        vs = VS.search(page).group(1)
        self.post("/portal/login.xhtml", {"login": "login", "login:continue": "", "login:username": user,
                                          "login:password": PASSWORD, "login:submit": "", "jakarta.faces.ViewState": vs})

    def get(self, path):
        with self.op.open(BASE + path, timeout=60) as r:
            m = re.search(r"'nonce-([^']+)'", r.headers.get("Content-Security-Policy", ""))
            self.nonce = m.group(1) if m else ""
            return r.read().decode("latin-1")

    def post(self, path, fields, ajax=False):
        req = urllib.request.Request(BASE + path, urllib.parse.urlencode(fields).encode())
        if ajax:
            req.add_header("Faces-Request", "partial/ajax")
            req.add_header("X-Requested-With", "XMLHttpRequest")
        with self.op.open(req, timeout=60) as r:
            return r.read().decode("latin-1")

    def tab(self, case, tab, page=None):
        """Shows one tab of a case as a user's click does; returns the bytes the browser received. Before, a tab
        loads into the page given (by ajax), or into a freshly opened one."""
        if MODE.startswith("after"):
            return self.get(f"/portal/cases/case.xhtml?id={case}" + ("" if tab == "overview" else f"&tab={tab}"))
        if page is None:
            page = self.get(f"/portal/cases/case.xhtml?id={case}")
        if tab == "overview":
            return page
        index = TABS.index(tab)
        return page, self.post(f"/portal/cases/case.xhtml?id={case}", {
            "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "case-tabs",
            "jakarta.faces.partial.execute": "case-tabs", "jakarta.faces.partial.render": "case-tabs",
            "jakarta.faces.behavior.event": "tabChange", "jakarta.faces.partial.event": "tabChange",
            "case-tabs_contentLoad": "true", "case-tabs_currentTab": f"case-tabs:tab-{tab}",
            "case-tabs_tabindex": str(index), "case-tabs-form": "case-tabs-form",
            "jakarta.faces.ViewState": VS.search(page).group(1), "primefaces.nonce": self.nonce}, ajax=True)


def live_heap():
    vals = []
    for _ in range(3):
        out = subprocess.run(["jcmd", PID, "GC.class_histogram"], capture_output=True, text=True).stdout
        vals.append(int(out.strip().splitlines()[-1].split()[2]))
    return sorted(vals)[1]


probe = Session("resp.pulm")
cases = sorted({int(x) for x in re.findall(r'cases/case\.xhtml\?id=(\d+)', probe.get("/portal/cases/index.xhtml"))})
case = cases[0]
sizes = {}
for tab in TABS:
    got = probe.tab(case, tab)
    if isinstance(got, tuple):
        sizes[tab] = {"page": len(got[0]), "partial": len(got[1])}
    else:
        sizes[tab] = {"page": len(got)}
result = {"mode": MODE, "case": case, "cases": cases[:12], "sizes": sizes}

# per-user state: USERS sessions each open 6 case pages (overview of different cases, as bench/run's page-case),
# then USERS more each look through all 8 tabs of one case
def scenario_run(scenario, users):
    sessions = []
    for i in range(users):
        s = Session(ACCOUNTS[i % 4])
        if scenario == "six-cases":
            for c in cases[:6]:
                s.tab(c, "overview")
        else:
            opened = None
            for tab in TABS:
                got = s.tab(cases[i % len(cases)], tab, opened)
                if isinstance(got, tuple) and opened is None:
                    opened = got[0]
        sessions.append(s)
    return sessions


scenario_run("six-cases", 4)
scenario_run("eight-tabs", 4)
for scenario in ("six-cases", "eight-tabs"):
    before = live_heap()
    sessions = scenario_run(scenario, USERS)
    after = live_heap()
    result[scenario] = {"users": USERS, "heap_before": before, "heap_after": after,
                        "kb_per_user": round((after - before) / USERS / 1024, 1)}
    print(scenario, result[scenario], flush=True)
json.dump(result, open(OUT, "w"), indent=1)
print(json.dumps(sizes))
