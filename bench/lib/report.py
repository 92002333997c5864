"""Turns the raw results of bench/run (one directory) into the Markdown report, printed on stdout.

Every latency and throughput figure is the median over the measured runs; the spread (min-max of p95) is shown
beside it. Verdicts compare the 100,000-case figures with shared/PERFORMANCE.md.
"""
import glob
import json
import os
import re
import statistics
import sys

WORK = sys.argv[1]
SIZES = []
for _size in ("small", "large"):
    _path = os.path.join(WORK, _size, "data.txt")
    SIZES.append((_size, f"{int(open(_path).read().split()[0]):,} cases" if os.path.exists(_path) else _size))
LABELS = {
    "login": "login page (Faces, anonymous session) - baseline",
    "health": "/health/live (servlet + DB ping)",
    "api-me": "API /api/me (Basic auth alone)",
    "api-worklist": "API worklist (READY_FOR_REVIEW, 25 rows)",
    "api-case": "API case (random id)",
    "page-worklist": "worklist page (filter, sort)",
    "page-case": "case page (random id)",
    "page-search": "search page (random term, all kinds)",
}


def read_env(path):
    values = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                values[key] = value
    return values


META = read_env(os.path.join(WORK, "meta.env"))
KINDS = [k.split("|")[0] for k in META.get("kinds", "").split(";") if k]
PATHS = dict(k.split("|", 1) for k in META.get("kinds", "").split(";") if k)


def runs(size, kind):
    result = []
    for name in sorted(glob.glob(os.path.join(WORK, size, kind + ".run*.json"))):
        r = json.load(open(name))
        r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
        r["cpu_ms"] = cpu_ms(name, r["requests"])
        r["io_share"] = io_share(name)
        result.append(r)
    return result


# Two-sided 95 % quantiles of Student's t by degrees of freedom (runs - 1).
T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228}


def range95(values):
    """The 95 % confidence range of the mean of repeated measurements (Student's t), or None for one value."""
    values = [v for v in values if v is not None]
    if len(values) < 2:
        return None
    mean = statistics.mean(values)
    half = T95.get(len(values) - 1, 1.96) * statistics.stdev(values) / len(values) ** 0.5
    return max(mean - half, 0.0), mean + half


def fmt_range(r, digits=1):
    return f"{fmt(r[0], digits)}-{fmt(r[1], digits)}" if r else "one run"


def cpu_ms(name, requests):
    """Server CPU milliseconds per request of one run (user + system time of the WildFly process), or None."""
    path = name + ".cpu"
    if not os.path.exists(path) or not requests:
        return None
    ticks, per_second = (int(x) for x in open(path).read().split())
    return ticks * 1000 / per_second / requests


def io_share(name):
    """The share of the server's CPU in a run that Undertow's IO threads used (bench/run's io_ticks), or None."""
    path, cpu = name + ".iocpu", name + ".cpu"
    if not os.path.exists(path) or not os.path.exists(cpu):
        return None
    ticks = int(open(cpu).read().split()[0])
    return int(open(path).read().strip() or 0) / ticks if ticks else None


def summary(size, kind):
    rs = [r for r in runs(size, kind) if r["requests"] > 0]
    if not rs:
        return None
    cpus = [r["cpu_ms"] for r in rs if r["cpu_ms"] is not None]
    ios = [r["io_share"] for r in rs if r["io_share"] is not None]
    return {
        "p50": statistics.median(r["p50_us"] for r in rs) / 1000,
        "p95": statistics.median(r["p95_us"] for r in rs) / 1000,
        "p95range": range95([r["p95_us"] / 1000 for r in rs]),
        "rps": statistics.median(r["rps"] for r in rs),
        "rpsrange": range95([r["rps"] for r in rs]),
        "cpu": statistics.median(cpus) if cpus else None,
        "cpurange": range95(cpus),
        "io": statistics.median(ios) if ios else None,
        "requests": sum(r["requests"] for r in rs),
        "bad": sum(r["non200"] + r["errors"] for r in rs),
        "runs": len(rs),
    }


def sql(size, kind):
    path = os.path.join(WORK, size, kind + ".sql.json")
    return json.load(open(path)) if os.path.exists(path) else None


def fmt(value, digits=1):
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def verdict(ok):
    return "**met**" if ok else "**not met**"


def warmup_rounds(size_dir):
    """The warm-up rounds bench/run recorded for a size: (round, compilers' CPU ms, round's ms) each."""
    path = os.path.join(size_dir, "warmup.jit")
    if not os.path.exists(path):
        return []
    return [tuple(int(x) for x in line.split()) for line in open(path) if line.strip()]


def jit_not_settled(size_dir):
    """How the warm-up ended, when its last round still had the compilers above the settled share; else None."""
    rounds = warmup_rounds(size_dir)
    if not rounds:
        return None
    settled = float(META.get("jit_settled", 5))
    _, jit, elapsed = rounds[-1]
    share = 100 * jit / elapsed if elapsed else 0
    if share < settled:
        return None
    return (f"its last round of {len(rounds)}: the compilers {jit / 1000:.1f} s of CPU in {elapsed / 1000:.0f} s, "
            f"{share:.0f} % against the {settled:g} % that counts as settled")


out = []
p = out.append
p(f"# Refract benchmark - {META.get('date', '?')}")
p("")
p(f"Commit `{META.get('commit')}`, produced by `bench/run` (raw results: `{os.path.relpath(WORK)}`).")
p("")
p("## Machine and conditions")
p("")
p(f"- {META.get('nproc')} CPU cores ({META.get('cpu')}), {int(META.get('memory_mb', 0)) / 1024:.1f} GiB memory, "
  f"shared with other work: load average (1/5/15 min) {META.get('loadavg_start')} at the start, "
  f"{META.get('loadavg_end')} at the end")
p(f"- {META.get('java')}; PostgreSQL {META.get('postgres')} on loopback; WildFly heap `{META.get('heap_opts')}`"
  + (f", JVM options `{META.get('jvm_xx').strip()}`" if META.get("jvm_xx", "").strip() else ""))
p(f"- {META.get('wrk')}, {META.get('connections')} connections (one thread each), closed loop; "
  f"warm-up rounds of {META.get('warmup')} s per request kind until the JIT compilers worked less than "
  f"{META.get('jit_settled', '?')} % of a round (at most {META.get('warmup_rounds', '?')} rounds), then "
  f"{META.get('runs')} runs x {META.get('duration')} s per kind, round robin; figures are medians over the runs")
accounts = META.get("accounts", "").split()
conns = int(META.get("connections", 16))
p(f"- {conns} users logged in through the login form, spread over the {len(accounts)} demo accounts of the "
  f"respiratory team ({', '.join(accounts)}), so {conns // max(len(accounts), 1)} sessions share each account; "
  "the API requests use HTTP Basic with the same accounts; case ids are drawn at random from the respiratory "
  "team's cases")
p("")
p("## Data")
p("")
p("| | cases | patients | observations | treatment lines | findings | rows | respiratory cases "
  "| of which READY_FOR_REVIEW | database size |")
p("|---|---|---|---|---|---|---|---|---|---|")
for size, label in SIZES:
    path = os.path.join(WORK, size, "data.txt")
    if os.path.exists(path):
        c, pat, obs, tl, f, resp, ready, dbsize = (int(x) for x in open(path).read().split())
        p(f"| {label} | {c:,} | {pat:,} | {obs:,} | {tl:,} | {f:,} | {c + pat + obs + tl + f:,} | {resp:,} "
          f"| {ready:,} | {dbsize / 2**20:,.0f} MiB |")
p("")
for key, label in (("small", "first load"), ("large", "second load")):
    if META.get(f"generate_{key}_summary"):
        p(f"- Generator, {label}: {META[f'generate_{key}_summary']}")
p("")

p("## Latency and throughput")
p("")
results = {size: {k: summary(size, k) for k in KINDS} for size, _ in SIZES}
for size, label in SIZES:
    p(f"### {label}")
    p("")
    p("| request | path | p50 ms | p95 ms (95 % range) | requests/s (95 % range) "
      "| server CPU ms per request (95 % range) | of which IO threads | requests | non-200 or errors |")
    p("|---|---|---|---|---|---|---|---|---|")
    for kind in KINDS:
        s = results[size][kind]
        if s:
            p(f"| {LABELS.get(kind, kind)} | `{PATHS.get(kind, '')}` | {fmt(s['p50'])} | {fmt(s['p95'])} "
              f"({fmt_range(s['p95range'])}) | {fmt(s['rps'])} ({fmt_range(s['rpsrange'])}) "
              f"| {fmt(s['cpu'], 2)} ({fmt_range(s['cpurange'], 2)}) "
              f"| {'-' if s['io'] is None else fmt(100 * s['io']) + ' %'} | {s['requests']:,} | {s['bad']} |")
    p("")
    p("The 95 % ranges are those of the mean over the runs (Student's t); the CPU time per request is the server "
      "process's user + system time during a run (and its drain) divided by the requests served: the figure that "
      "the machine's other load disturbs least. Of that CPU, the share of Undertow's IO threads (median over the "
      "runs): they read the requests, and under load spin while a worker thread ends a connection's exchange.")
    rounds = warmup_rounds(os.path.join(WORK, size))
    if rounds:
        p("")
        p("Warm-up: " + "; ".join(f"round {r}: JIT compilers {j / 1000:.1f} s of CPU in {t / 1000:.0f} s"
                                    for r, j, t in rounds) + ".")
    before, after = (os.path.join(WORK, size, "jit." + x) for x in ("before", "after"))
    if os.path.exists(before) and os.path.exists(after):
        jit = int(open(after).read().strip() or 0) - int(open(before).read().strip() or 0)
        p(f"CPU time of the JIT compilers during the measured runs: {jit / 1000:.1f} s.")
    loadavg = os.path.join(WORK, size, "loadavg")
    if os.path.exists(loadavg):
        p("")
        p("Load average during this measurement: "
          + "; ".join(line.strip() for line in open(loadavg)) + ".")
    p("")

worklist = "page-worklist" if "page-worklist" in KINDS else "api-worklist"
case = "page-case" if "page-case" in KINDS else "api-case"


def get(size, kind, key):
    s = results.get(size, {}).get(kind)
    return s[key] if s else None


def ratio(a, b):
    return a / b if a is not None and b else None


p("## Ratios")
p("")
p(f"| ratio | {SIZES[0][1]} | {SIZES[1][1]} |")
p("|---|---|---|")
for kind in ("api-worklist", "page-worklist"):
    if kind in KINDS:
        p(f"| {LABELS[kind]} throughput / login page throughput | "
          f"{fmt(ratio(get('small', kind, 'rps'), get('small', 'login', 'rps')), 3)} | "
          f"{fmt(ratio(get('large', kind, 'rps'), get('large', 'login', 'rps')), 3)} |")
        p(f"| {LABELS[kind]} throughput / API `/api/me` throughput | "
          f"{fmt(ratio(get('small', kind, 'rps'), get('small', 'api-me', 'rps')), 3)} | "
          f"{fmt(ratio(get('large', kind, 'rps'), get('large', 'api-me', 'rps')), 3)} |"
          if kind.startswith("api") else
          f"| {LABELS[kind]} throughput / `/health/live` throughput | "
          f"{fmt(ratio(get('small', kind, 'rps'), get('small', 'health', 'rps')), 3)} | "
          f"{fmt(ratio(get('large', kind, 'rps'), get('large', 'health', 'rps')), 3)} |")
p("")
p(f"| growth p95({SIZES[1][1]}) / p95({SIZES[0][1]}) | ratio |")
p("|---|---|")
for kind in KINDS:
    p(f"| {LABELS.get(kind, kind)} | {fmt(ratio(get('large', kind, 'p95'), get('small', kind, 'p95')), 2)} |")
p("")

p("## SQL statements per request")
p("")
p("Counted over sequential requests after one unmeasured request: PostgreSQL's statement log switched on for the "
  "benchmark database only (`ALTER DATABASE ... SET log_statement = 'all'`, connection pool flushed), "
  "transaction control (BEGIN/COMMIT/SET) listed apart; beside it Hibernate's own count of prepared "
  "statements (`hibernate.generate_statistics`, read through the management API).")
p("")
p("| request | DB statements, small | DB statements, large | of which the Basic password check (app_user, "
  "user_role) | BEGIN/COMMIT small / large | Hibernate prepared small / large |")
p("|---|---|---|---|---|---|")
for kind in KINDS:
    a, b = sql("small", kind), sql("large", kind)
    if a or b:
        g = lambda d, k: d.get(k) if d else None  # noqa: E731
        p(f"| {LABELS.get(kind, kind)} | {fmt(g(a, 'db_statements'))} | {fmt(g(b, 'db_statements'))} | "
          f"{fmt(g(b, 'db_auth'))} | {fmt(g(a, 'db_tx_control'))} / {fmt(g(b, 'db_tx_control'))} | "
          f"{fmt(g(a, 'hibernate_prepared'))} / {fmt(g(b, 'hibernate_prepared'))} |")
p("")
p("<details><summary>Most frequent statements per request kind (100,000 cases)</summary>")
p("")
for kind in KINDS:
    b = sql("large", kind)
    if b and b.get("top"):
        p(f"- {kind} ({b['requests']} requests):")
        for text, count in b["top"]:
            p(f"  - {count} x `{text.replace('`', '')}`")
p("")
p("</details>")
p("")

p("## Memory")
p("")


def jstat_max(size):
    path = os.path.join(WORK, size, "jstat.txt")
    if not os.path.exists(path):
        return None
    header, best = None, 0.0
    for line in open(path):
        cols = line.split()
        if not cols:
            continue
        if cols[0] == "S0C":
            header = cols
            continue
        if header and len(cols) == len(header):
            try:
                row = dict(zip(header, map(float, cols)))
            except ValueError:
                continue
            best = max(best, row["S0U"] + row["S1U"] + row["EU"] + row["OU"])
    return best / 1024 if best else None


heap = {size: read_env(os.path.join(WORK, size, "heap.env")) for size, _ in SIZES}
p(f"| | {SIZES[0][1]} | {SIZES[1][1]} |")
p("|---|---|---|")
p(f"| highest heap in use during the load (jstat, 1 s samples) | {fmt(jstat_max('small'), 0)} MiB "
  f"| {fmt(jstat_max('large'), 0)} MiB |")
for key, label in (("heap_after_load_kb", "heap in use right after the load (`jcmd GC.heap_info`)"),
                   ("live_heap_after_load_kb", "live heap after the load (after a full GC)")):
    vals = [heap[s].get(key) for s, _ in SIZES]
    p(f"| {label} | " + " | ".join(f"{int(v) / 1024:,.0f} MiB" if v else "-" for v in vals) + " |")
p("")
per_user = None
extra = int(META.get("extra_users") or 0)
if extra and META.get("live_heap_with_extra_kb"):
    live0, live1, live2 = (int(META[k]) for k in ("live_heap_before_extra_kb", "live_heap_with_extra_kb",
                                                    "live_heap_after_logout_kb"))
    by_round = [int(x) for x in META.get("state_per_user_kb_by_round", "").split()]
    freed = [int(x) for x in META.get("state_freed_per_user_kb_by_round", "").split()]
    paths = ", ".join(f"`{x}`" for x in META.get("extra_path", "").split())
    live_reading = ("the live heap is the median of three readings, each the live objects' bytes of a class "
                    "histogram, which runs a full GC first")
    if freed:
        per_user = statistics.median(freed)
        p(f"Per-user state (at the large size): {extra} more users logged in, in {len(freed)} rounds of "
          f"{extra // len(freed)}; the users of a round opened {paths} for 4 s each (so each session holds what a "
          f"working user's does), then the live heap was read, they logged out, and it was read again ({live_reading}). "
          f"What a round's logout freed, divided by its users, is one estimate: {', '.join(f'{x:,}' for x in freed)} "
          f"KB; their median is **{per_user:,.0f} KB per user** (95 % range {fmt_range(range95(freed), 0)} KB). The "
          f"growth of the live heap over each round, the earlier method: {', '.join(f'{x:,}' for x in by_round)} KB "
          f"per user (median {statistics.median(by_round):,.0f} KB). The live heap went from {live0 / 1024:,.1f} MiB "
          f"before the first round to {live2 / 1024:,.1f} MiB after the last logout.")
    else:
        per_user = statistics.median(by_round) if by_round else (live1 - live0) / extra
        how = (f"in {len(by_round)} rounds of {extra // len(by_round)} users; the growth of the live heap ({live_reading}) over a round, divided by its users, is one estimate per round: "
               f"{', '.join(f'{x:,}' for x in by_round)} KB; their median is **{per_user:,.0f} KB per user** (95 % "
               f"range {fmt_range(range95(by_round), 0)} KB)") if by_round else (
               f"the live heap after a full GC grew by **{per_user:,.0f} KB per user**")
        p(f"Per-user state (at the large size): {extra} more users logged in and opened {paths} for "
          f"10 s (so each session holds a full set of views), {how}. The live heap went from {live0 / 1024:,.1f} MiB to "
          f"{live1 / 1024:,.1f} MiB, and after they logged out it fell to {live2 / 1024:,.1f} MiB "
          f"({(live1 - live2) / extra:,.0f} KB per user).")
p("")

p("## Start and deploy")
p("")
first = META.get("start_first_ms")
restarts = [tuple(int(x) for x in pair.split("/")) for pair in META.get("start_large_ms", "").split() if pair]
p(f"From launching `standalone.sh` to `/portal/health/ready` answering 200 (WildFly's own 'started in' figure in "
  f"brackets, which includes the deployment):")
p("")
if first:
    p(f"- first start on an empty database (Flyway migrations, demo accounts and showcase cases): {int(first):,} ms "
      f"({int(META.get('start_first_wildfly_ms') or 0):,} ms)")
median_start = statistics.median(r[0] for r in restarts) if restarts else None
if restarts:
    p(f"- restarts with 100,000 cases: " + ", ".join(f"{a:,} ms ({b:,} ms)" for a, b in restarts)
      + f"; median {median_start:,.0f} ms")
p("")

p("## Verdicts (shared/PERFORMANCE.md, at 100,000 cases)")
p("")
p("| target | figure | verdict |")
p("|---|---|---|")
wl_p95 = get("large", worklist, "p95")
if wl_p95 is not None:
    p(f"| worklist p95 <= 100 ms ({LABELS[worklist]}) | {fmt(wl_p95)} ms | {verdict(wl_p95 <= 100)} |")
wl_ratio = ratio(get("large", worklist, "rps"), get("large", "login", "rps"))
if wl_ratio is not None:
    p(f"| worklist throughput >= 50 % of the login page | {wl_ratio * 100:.1f} % "
      f"({fmt(get('large', worklist, 'rps'))} vs {fmt(get('large', 'login', 'rps'))} requests/s) "
      f"| {verdict(wl_ratio >= 0.5)} |")
case_p95 = get("large", case, "p95")
if case_p95 is not None:
    p(f"| case page p95 <= 100 ms ({LABELS[case]}) | {fmt(case_p95)} ms | {verdict(case_p95 <= 100)} |")
search_p95 = get("large", "page-search", "p95")
if search_p95 is not None:
    p(f"| full-text search p95 <= 50 ms ({LABELS['page-search']}) | {fmt(search_p95)} ms "
      f"| {verdict(search_p95 <= 50)} |")
growth = ratio(wl_p95, get("small", worklist, "p95"))
if growth is not None:
    p(f"| worklist p95(100k) <= 1.2 x p95(1k) | {growth:.2f} x ({fmt(get('small', worklist, 'p95'))} -> "
      f"{fmt(wl_p95)} ms) | {verdict(growth <= 1.2)} |")
search_growth = ratio(search_p95, get("small", "page-search", "p95"))
if search_growth is not None:
    p(f"| full-text search p95(100k) <= 1.2 x p95(1k) | {search_growth:.2f} x "
      f"({fmt(get('small', 'page-search', 'p95'))} -> {fmt(search_p95)} ms) | {verdict(search_growth <= 1.2)} |")
for kind in (worklist, case):
    a, b = sql("small", kind), sql("large", kind)
    if a and b and a.get("db_statements") is not None:
        x, y = a["db_statements"], b["db_statements"]
        ax, ay = a.get("db_auth") or 0, b.get("db_auth") or 0
        note = (f"; without the {fmt(ay)} statements of the Basic password check: {fmt(x - ax)} and {fmt(y - ay)}"
                if ay else "")
        p(f"| SQL per request <= 5 and constant ({LABELS[kind]}) | {fmt(x)} small, {fmt(y)} large "
          f"(+ {fmt(b['db_tx_control'])} BEGIN/COMMIT){note} | {verdict(y <= 5 and abs(x - y) < 0.5)}"
          + (f" ({verdict(y - ay <= 5 and abs((x - ax) - (y - ay)) < 0.5)} without the password check)" if ay else "")
          + " |")
    elif a and b:
        x, y = a["hibernate_prepared"], b["hibernate_prepared"]
        p(f"| SQL per request <= 5 and constant ({LABELS[kind]}, Hibernate count) | {fmt(x)} at 1k, {fmt(y)} "
          f"at 100k | {verdict(y <= 5 and abs(x - y) < 0.5)} |")
if search_p95 is None:
    p("| full-text search p95 <= 50 ms | not measured (page-search left out by BENCH_KINDS) | - |")
if median_start is not None:
    p(f"| start + deploy <= 10 s | median {median_start / 1000:.1f} s over {len(restarts)} restarts with 100,000 "
      f"cases (first start on an empty database {int(first) / 1000:.1f} s) | {verdict(median_start <= 10000)} |")
if per_user is not None:
    p(f"| per-user state <= 50 KB | {per_user:,.0f} KB | "
      + (verdict(per_user <= 50) if per_user > 0 else "inconclusive (below the noise of the live heap)") + " |")
peak = jstat_max("large")
if peak is not None:
    p(f"| heap under the 16-user load <= 1 GB | at most {peak:,.0f} MiB in use (max heap `{META.get('heap_opts')}`) "
      f"| {verdict(peak <= 1024)} |")
p("")
unsettled = jit_not_settled(os.path.join(WORK, "large"))
if unsettled:
    p(f"**Warning:** the JIT had not settled after the warm-up ({unsettled}): the compilers were still compiling the "
      "pages' code, and the page figures include that work and code not yet compiled, so they are not a verdict on "
      "the compiled server. Run again with more `--warmup-rounds`.")
    p("")
bad = sum((results[s][k] or {}).get("bad", 0) for s, _ in SIZES for k in KINDS)
if bad:
    p(f"**Warning:** {bad} responses were not 200 or failed; their figures do not describe the page.")
    p("")
print("\n".join(out))
