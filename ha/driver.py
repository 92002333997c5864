#!/usr/bin/env python3
"""The users of ha/run: logged-in people who work through the portal's real pages behind haproxy.

Each user logs in through the login form (as bench/run's login does: GET for the view state, POST of the form, 302),
then loops: the worklist, their case's page, an edit of the case's summary (the summary form's own page, a GET,
then Save: a Faces ajax post on that view, with think time between them, so a node can die while the form is half
typed; a save answers with a redirect back to the Overview), the
Discussion tab and a comment, and a search. Every post carries the page's view state and PrimeFaces' CSP nonce as
the browser's script does (the view state is the portal's protection against cross-site posts).

One JSON line per request goes to --out: user, what, whether it wrote, start and end (ms since the epoch), HTTP
status, the node that answered (haproxy's X-Refract-Node), whether it succeeded and why not, and for a write that
was acknowledged the token it wrote, which ha/run looks for in the database afterwards. The driver runs until the
file --stop exists.
"""
import argparse
import html
import http.client
import json
import random
import re
import sys
import threading
import time
import urllib.parse
from html.parser import HTMLParser

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"')
PARTIAL_VIEW_STATE = re.compile(r'<update id="[^"]*jakarta\.faces\.ViewState[^"]*"><!\[CDATA\[([^\]]*)\]\]>')
NONCE = re.compile(r"'nonce-([^']+)'")
CASE_LINK = re.compile(r'cases/case\.xhtml\?id=(\d+)')
SEARCH_WORDS = ["asthma", "eosinophils", "inhibitor", "rituximab", "seizures", "exacerbations", "biologic"]


def now_ms():
    return int(time.time() * 1000)


class FormFields(HTMLParser):
    """The fields a browser would send for one form: inputs (text, hidden, checked boxes), textareas, selects."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.depth, self.fields = form_id, 0, []
        self._textarea = None
        self._select = None
        self._select_first = None
        self._select_chosen = False
        self._option = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            if self.depth:
                self.depth += 1
            elif a.get("id") == self.form_id:
                self.depth = 1
            return
        if not self.depth:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([name, a.get("value") or ("on" if kind in ("checkbox", "radio") else "")])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
            self.fields.append(self._textarea)
        elif tag == "select" and name:
            self._select, self._select_first, self._select_chosen = name, None, False
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._select_first is None:
                self._select_first = value
            if "selected" in a:
                self.fields.append([self._select, value])
                self._select_chosen = True

    def handle_endtag(self, tag):
        if tag == "form" and self.depth:
            self.depth -= 1
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            if not self._select_chosen and self._select_first is not None:
                self.fields.append([self._select, self._select_first])
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


def form_fields(markup, form_id):
    parser = FormFields(form_id)
    parser.feed(markup)
    return parser.fields


def partial_updates(xml):
    """The markup of each <update> of a Faces partial response, by id."""
    return {m.group(1): m.group(2) for m in re.finditer(r'<update id="([^"]+)"><!\[CDATA\[(.*?)\]\]></update>', xml, re.S)}


class Failure(Exception):
    pass


class User:
    def __init__(self, base, username, password, log, think):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.root = url.hostname, url.port, url.path.rstrip("/")
        self.username, self.password, self.log, self.think = username, password, log, think
        self.cookies = {}
        self.conn = None
        self.page = ""  # markup of the current page (and the updates ajax requests made to it)
        self.page_path = ""
        self.view_state = ""
        self.nonce = ""
        self.case_id = None
        self.n = 0
        self.last_node = None
        self.lost_session = False

    # ---------- HTTP ----------
    def request(self, method, path, body=None, ajax=False):
        headers = {"Host": f"{self.host}:{self.port}", "User-Agent": "refract-ha-driver", "Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if ajax:
            headers["Faces-Request"] = "partial/ajax"
            headers["X-Requested-With"] = "XMLHttpRequest"
        for attempt in (1, 2):   # a keep-alive connection haproxy closed meanwhile is reopened once, as browsers do
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request(method, self.root + path, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                self.conn.close()
                self.conn = None
                if attempt == 2 or not isinstance(e, (http.client.RemoteDisconnected, BrokenPipeError)):
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
            self.conn = None
        return response.status, response.getheader("Location"), response.getheader("X-Refract-Node"), \
            response.getheader("Content-Security-Policy") or "", text

    def step(self, what, write, action):
        """Runs one request (action returns (status, node, detail, token)) and logs it."""
        start = now_ms()
        entry = {"user": self.username, "what": what, "write": write, "start": start,
                 "target": self.cookies.get("REFRACTNODE")}
        try:
            status, node, token = action()
            entry.update(status=status, node=node, ok=True)
            if token:
                entry["token"] = token
        except Failure as e:
            entry.update(ok=False, error=str(e)[:300])
            entry.setdefault("status", getattr(e, "status", None))
        except (OSError, http.client.HTTPException) as e:
            entry.update(ok=False, error=f"{type(e).__name__}: {e}"[:300])
            if self.conn:
                self.conn.close()
            self.conn = None
        entry["end"] = now_ms()
        self.log(entry)
        return entry["ok"]

    # ---------- pages ----------
    def get_page(self, path, expect=None, login_page=False):
        status, location, node, csp, text = self.request("GET", path)
        if status == 302 and location and "login.xhtml" in location:
            self.lost_session = True
            raise Failure(f"{status} to the login page: the session was lost")
        if status != 200:
            raise Failure(f"HTTP {status}")
        if not login_page and 'id="login"' in text and "login:username" in text:
            self.lost_session = True
            raise Failure("the login page: the session was lost")
        if expect and expect not in text:
            raise Failure(f"the page lacks {expect!r}")
        self.page, self.page_path = text, path
        m = VIEW_STATE.search(text)
        self.view_state = html.unescape(m.group(1)) if m else ""
        m = NONCE.search(csp)
        self.nonce = m.group(1) if m else ""
        return status, node

    def ajax(self, source, execute, render, form, fields, extra=None, redirect_to=None):
        body = [("jakarta.faces.partial.ajax", "true"), ("jakarta.faces.source", source),
                ("jakarta.faces.partial.execute", execute), ("jakarta.faces.partial.render", render),
                (source, source), (form, form)]
        body += [(k, v) for k, v in fields if k not in (form, "jakarta.faces.ViewState", "primefaces.nonce")]
        body += list((extra or {}).items())
        body += [("jakarta.faces.ViewState", self.view_state), ("primefaces.nonce", self.nonce)]
        status, location, node, _, text = self.request("POST", self.page_path, body, ajax=True)
        if status != 200:
            raise Failure(f"HTTP {status}")
        if "<partial-response" not in text:
            raise Failure("no partial response")
        if "<redirect" in text:
            where = re.search(r'<redirect url="([^"]*)"', text)
            url = html.unescape(where.group(1)) if where else "?"
            if redirect_to is None or redirect_to not in url:
                raise Failure(f"redirected to {url} (session or view lost)")
            return status, node, text, {}
        if "<error>" in text:
            raise Failure("error in the partial response: " + re.sub(r"\s+", " ", text)[:200])
        m = PARTIAL_VIEW_STATE.search(text)
        if m:
            self.view_state = html.unescape(m.group(1))
        updates = partial_updates(text)
        for markup in updates.values():
            self.page += markup   # later field lookups see the newest markup last
        return status, node, text, updates

    def login(self):
        def action():
            status, node = self.get_page("/login.xhtml", login_page=True)
            body = [("login", "login"), ("login:continue", ""), ("login:username", self.username),
                    ("login:password", self.password), ("login:submit", ""),
                    ("jakarta.faces.ViewState", self.view_state), ("primefaces.nonce", self.nonce)]
            status, location, node, _, _ = self.request("POST", "/login.xhtml", body)
            if status != 302 or not location or "login.xhtml" in location:
                raise Failure(f"login answered {status} {location}")
            return status, node, None
        return self.step("login", False, action)

    def worklist(self):
        def action():
            status, node = self.get_page("/cases/index.xhtml")
            ids = sorted({int(i) for i in CASE_LINK.findall(self.page)})
            if not ids:
                raise Failure("no case in the worklist")
            if self.case_id is None:
                self.case_id = ids[self.slot % len(ids)]
            return status, node, None
        return self.step("worklist", False, action)

    def case_page(self):
        return self.step("case-page", False,
                         lambda: self.get_page(f"/cases/case.xhtml?id={self.case_id}", 'id="edit-summary"') + (None,))

    def edit_summary(self):
        """Open the form, think, Save: the save is a post on the view the form's page opened, maybe on the other node by
        then; a save that was made answers with a redirect to the Overview, which then shows the token."""
        form = "case-tabs:description-form"
        overview = f"/cases/case.xhtml?id={self.case_id}"

        def open_form():
            return self.get_page(overview + "&edit=summary", form + ':save"') + (None,)

        if not self.step("case-edit-open", False, open_form):
            return
        markup = self.page
        time.sleep(self.think())
        self.n += 1
        token = f"ha-{self.username}-{self.n}-{random.randrange(1 << 30):x}"

        def save():
            fields = form_fields(markup, form)
            summary = [k for k, _ in fields if k.endswith("summary") or k.endswith("summary:input")]
            if not summary:
                raise Failure("no summary field in the edit form")
            fields = [[k, (v.split(" [ha-")[0] + f" [{token}]") if k == summary[0] else v] for k, v in fields]
            status, node, text, updates = self.ajax(form + ":save", form + ":save " + form, form, form, fields,
                                                    redirect_to=overview)
            if "<redirect" not in text:
                reason = re.sub(r"<[^>]+>", " ", updates.get(form, text))
                raise Failure("the save was refused: " + re.sub(r"\s+", " ", reason)[:200])
            self.get_page(overview, token)
            return status, node, token

        self.step("case-edit-save", True, save)

    def comment(self):
        def open_tab():
            # the Discussion tab is a page of its own (case.xhtml?id=N&tab=discussion)
            return self.get_page(f"/cases/case.xhtml?id={self.case_id}&tab=discussion",
                                 "discussion-form:discussion-post") + (None,)

        if not self.step("discussion-tab", False, open_tab):
            return
        time.sleep(self.think())
        self.n += 1
        token = f"ha-{self.username}-{self.n}-{random.randrange(1 << 30):x}"

        def post():
            text = f"Cluster check {token}: still reviewing the response."
            f = "case-tabs:discussion-form"
            status, node, reply, updates = self.ajax(
                f + ":discussion-post", f + ":discussion-post " + f + ":discussion-body",
                f + ":discussion-thread " + f + ":discussion-composer", f, [[f + ":discussion-body", text]])
            if token not in reply:
                raise Failure("the comment is not in the thread: " + re.sub(r"\s+", " ", reply)[:200])
            return status, node, token

        self.step("comment", True, post)

    def search(self):
        word = random.choice(SEARCH_WORDS)
        return self.step("search", False, lambda: self.get_page(f"/search.xhtml?q={word}", "search") + (None,))

    def run(self, stop):
        while not self.login():   # a login that failed is tried again, as a person would
            if stop():
                return
            time.sleep(3 * self.think())
        while not stop():
            for part in (self.worklist, self.case_page, self.edit_summary, self.case_page, self.comment,
                         self.search):
                if stop():
                    return
                ok = part()
                time.sleep(self.think())
                if self.lost_session:   # the page said so: log in again (and count the failure)
                    self.lost_session = False
                    self.cookies.pop("JSESSIONID", None)
                    self.login()
                    break
                if ok is False and part in (self.worklist, self.case_page):
                    break   # the next round starts at the worklist again, as a user would


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--base", required=True)
    args.add_argument("--users", required=True, help="username:slot,...")
    args.add_argument("--password", required=True)
    args.add_argument("--out", required=True)
    args.add_argument("--stop", required=True)
    args.add_argument("--think-ms", default="3000-8000")
    a = args.parse_args()
    low, high = (int(x) for x in a.think_ms.split("-"))
    lock = threading.Lock()
    out = open(a.out, "a", buffering=1)

    def log(entry):
        with lock:
            out.write(json.dumps(entry) + "\n")

    import os
    stop = lambda: os.path.exists(a.stop)
    threads = []
    for spec in a.users.split(","):
        name, slot = spec.split(":")
        user = User(a.base, name, a.password, log, lambda: random.uniform(low, high) / 1000)
        user.slot = int(slot)
        t = threading.Thread(target=user.run, args=(stop,), name=name, daemon=True)
        t.start()
        threads.append(t)
        time.sleep(1.0)   # people arrive over 16 s, not in the same instant (each login is a deliberately slow PBKDF2)
    for t in threads:
        t.join()


if __name__ == "__main__":
    sys.exit(main())
