#!/usr/bin/env python3
"""Writes ha/run's report (Markdown) from its raw results: requests.jsonl (ha/driver.py), events.jsonl, db.env,
db-comments.txt, db-summaries.txt, search.txt, meta.env. The last line is
    ha: failed=F lost=L failover_max_ms=M inflight_writes=W
"""
import json
import os
import statistics
import sys

work = sys.argv[1]


def read_env(name):
    values = {}
    path = os.path.join(work, name)
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                values[k] = v
    return values


requests = [json.loads(l) for l in open(os.path.join(work, "requests.jsonl")) if l.strip()]
events = [json.loads(l) for l in open(os.path.join(work, "events.jsonl")) if l.strip()]
meta, db = read_env("meta.env"), read_env("db.env")
search = open(os.path.join(work, "search.txt")).read().strip() if os.path.exists(os.path.join(work, "search.txt")) else "?"
comments = open(os.path.join(work, "db-comments.txt")).read()
summaries = open(os.path.join(work, "db-summaries.txt")).read()

t0 = min([e["at"] for e in events] + [r["start"] for r in requests])


def at(kind, node=None):
    for e in events:
        if e["event"] == kind and (node is None or e["node"] == node):
            return e["at"]
    return None


def rel(ms):
    return "-" if ms is None else f"{(ms - t0) / 1000:.1f} s"


# Faults: a kill -9 and a freeze; each lasts, for haproxy, until it took the node out.
faults = []
for kind, node in (("kill", "node1"), ("freeze", "node2")):
    start = at(kind, node)
    if start is not None:
        down = at("down", node)
        down = down if down is not None and down >= start else start + 5000
        faults.append({"kind": kind, "node": node, "at": start, "down": down})


def in_flight(r):
    """A write that was running when its node died or froze, or was sent to that node before haproxy took it out."""
    for f in faults:
        if r["start"] <= f["at"] <= r["end"]:
            return f
        if r.get("target") == f["node"] and f["at"] <= r["start"] <= f["down"]:
            return f
    return None


inflight, failed, conflicts = [], [], []
for r in requests:
    if r["ok"]:
        continue
    if "saved a change to this case" in r.get("error", ""):
        conflicts.append(r)   # the portal's answer to a concurrent edit, on one node as on two
        continue
    f = in_flight(r) if r["write"] else None
    (inflight if f else failed).append((r, f))

acked = [r for r in requests if r["ok"] and r["write"] and r.get("token")]
lost = [r for r in acked if r["token"] not in (comments if r["what"] == "comment" else summaries)]
inflight_ids = {id(r) for r, _ in inflight}
wait_max = max((r["end"] - r["start"] for r in requests if id(r) not in inflight_ids), default=0)
slowest = sorted(requests, key=lambda r: r["start"] - r["end"])[:8]

# phases of the run
marks = [("users working, both nodes", t0), ("after kill -9 of node1", at("kill", "node1")),
         ("node1 back", at("ready", "node1") if at("kill", "node1") is None else
          next((e["at"] for e in events if e["event"] == "ready" and e["node"] == "node1" and e["at"] > at("kill", "node1")), None)),
         ("node2 frozen (SIGSTOP)", at("freeze", "node2")), ("node2 thawed", at("thaw", "node2")),
         ("end", at("end"))]
marks = [(n, t) for n, t in marks if t is not None]


def phase_of(r):
    name = marks[0][0]
    for n, t in marks:
        if r["start"] >= t:
            name = n
    return name


# sessions that moved: the first request of a user on another node than the one before
moves, moved_ok, crossed_saves = 0, 0, []
last = {}
opened_on = {}
for r in sorted(requests, key=lambda r: r["start"]):
    node = r.get("node")
    if r["what"] == "case-edit-open" and r["ok"]:
        opened_on[r["user"]] = node
    if r["what"] == "case-edit-save":
        o = opened_on.pop(r["user"], None)
        if o and node and o != node:
            crossed_saves.append((r, o))
        elif o and not r["ok"] and r.get("target") != o:
            crossed_saves.append((r, o))
    if node and r["user"] in last and last[r["user"]] != node:
        moves += 1
        moved_ok += 1 if r["ok"] else 0
    if node:
        last[r["user"]] = node

out = []
p = out.append
p(f"# Refract on two nodes: fault run of {meta.get('date', '?')}")
p("")
p(f"Commit `{meta.get('commit', '?')}`, {meta.get('nproc', '?')} cores; load average at start "
  f"{meta.get('loadavg_start', '?')}, at the end {meta.get('loadavg_end', '?')}; java processes on the machine at start "
  f"(other people's builds and servers included): {meta.get('other_java', '?')}. Cluster failure detection: "
  f"`{meta.get('cluster_timing', '?')}`. Search: {meta.get('search', '?')}.")
p("")
p("## Timeline")
p("")
p("| at | event | node |")
p("|---|---|---|")
for e in events:
    p(f"| {rel(e['at'])} | {e['event']} | {e['node']} |")
p("")
p("## Requests by phase")
p("")
p("| phase | requests | writes | failed | in flight at a fault | median ms | 95 % ms | max ms |")
p("|---|---|---|---|---|---|---|---|")
for name, _ in marks[:-1]:
    rs = [r for r in requests if phase_of(r) == name]
    if not rs:
        continue
    d = sorted(r["end"] - r["start"] for r in rs)
    p(f"| {name} | {len(rs)} | {sum(1 for r in rs if r['write'])} | "
      f"{sum(1 for r, _ in failed if phase_of(r) == name)} | {sum(1 for r, _ in inflight if phase_of(r) == name)} | "
      f"{statistics.median(d):.0f} | {d[int(len(d) * 0.95) - 1 if len(d) > 1 else 0]:.0f} | {d[-1]:.0f} |")
p("")
p(f"Requests: {len(requests)} by {len({r['user'] for r in requests})} users; acknowledged writes: {len(acked)} "
  f"({sum(1 for r in acked if r['what'] == 'comment')} comments, {sum(1 for r in acked if r['what'] != 'comment')} "
  f"case edits). A user's next request on another node than the one before (their session moved): {moves}, "
  f"of which {moved_ok} succeeded without a new login.")
p(f"Case edits opened on one node and saved on the other (the half-typed form, its view and its view-scoped bean "
  f"came from the session's copy): {sum(1 for r, _ in crossed_saves if r['ok'])} saved, "
  f"{sum(1 for r, _ in crossed_saves if not r['ok'])} failed.")
p("")
p("## Failed requests (not writes in flight at a fault)")
p("")
if failed:
    p("| at | user | what | sent to | answered by | ms | why |")
    p("|---|---|---|---|---|---|---|")
    for r, _ in failed[:60]:
        p(f"| {rel(r['start'])} | {r['user']} | {r['what']} | {r.get('target') or '-'} | {r.get('node') or '-'} | "
          f"{r['end'] - r['start']} | {r.get('error', '')} |")
else:
    p("None.")
p("")
p("## Saves refused as concurrent edits (not failures)")
p("")
p(f"{len(conflicts)} saves were refused because someone else (or the review job) had saved the case after the user "
  f"opened the form: the portal's designed answer, naming who saved first and keeping what was typed"
  + (": " + "; ".join(f"{r['user']} at {rel(r['start'])}" for r in conflicts[:20]) if conflicts else "") + ".")
p("")
p("## Writes in flight at a fault (they must fail visibly)")
p("")
if inflight:
    p("| at | user | what | fault | ms | what the user saw |")
    p("|---|---|---|---|---|---|")
    for r, f in inflight:
        p(f"| {rel(r['start'])} | {r['user']} | {r['what']} | {f['kind']} {f['node']} | {r['end'] - r['start']} | "
          f"{r.get('error', '')} |")
else:
    p("None.")
p("")
p("## Acknowledged writes in the database")
p("")
p(f"{len(acked) - len(lost)} of {len(acked)} found (comments in `case_comment`, summaries in the case's audit "
  f"history `clinical_case_aud`).")
for r in lost:
    p(f"- missing: {r['what']} {r['token']} by {r['user']} at {rel(r['start'])} on {r.get('node')}")
p("")
p("## Once per cluster")
p("")
p(f"- Migration and demo data, both nodes started at the same moment on an empty database: "
  f"{db.get('migrations', '?')} migrations applied ({db.get('failed_migrations', '?')} failed); demo seeding claimed "
  f"by `{db.get('demo_claims', '?')}`; {db.get('teams', '?')} teams, {db.get('users', '?')} accounts, "
  f"{db.get('cases', '?')} cases (the demo has 6 teams and 21 accounts).")
p(f"- Review loop, its timer fired on both nodes at the same moment (management `trigger`): claims before "
  f"{db.get('loop_claims_before', '?')}, after {db.get('loop_claims', '?')} ({db.get('loop_claims_by_node', '?')}; "
  f"days claimed twice: {db.get('loop_duplicate_claims', '?')}).")
p(f"  Reviews raised: {db.get('review_calls_raised_by_trigger') or 'none'}.")
p(f"  On the next agenda: {db.get('agenda_items_of_raised') or 'none'}. \"Review due\" notifications: "
  f"{db.get('review_due_notifications') or 'none'} (the clinician and the chair: 2 a case).")
p("")
p("## Search across nodes")
p("")
p(search)
p("")
p("## Slowest requests")
p("")
p("| at | user | what | sent to | answered by | ms | ok |")
p("|---|---|---|---|---|---|---|")
for r in slowest:
    p(f"| {rel(r['start'])} | {r['user']} | {r['what']} | {r.get('target') or '-'} | {r.get('node') or '-'} | "
      f"{r['end'] - r['start']} | {'yes' if r['ok'] else r.get('error', 'no')} |")
p("")
p(f"ha: failed={len(failed)} lost={len(lost)} failover_max_ms={wait_max} inflight_writes={len(inflight)}")
print("\n".join(out))
