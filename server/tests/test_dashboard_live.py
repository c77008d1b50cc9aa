"""The dashboard (supvisors.dashboard) on a live 3-node cluster (127.0.0.151-153): the page and its
endpoints over HTTP, then a real browser (Debian's chromium + chromium-driver through Selenium): the page
loads with credentials, shows the nodes, a click on Stop shows STOPPED within 1 s without a reload, and a
stop from supervisorctl on another node shows up live too. Screenshots go to test-output/dashboard/."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from harness.live import make_cluster
from harness.supervisord import wait_until

H = ["127.0.0.151", "127.0.0.152", "127.0.0.153"]
OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "dashboard"
CONFIG = 0


@pytest.fixture(scope="module")
def cluster(xprocess, tmp_path_factory):
    h = make_cluster(xprocess, tmp_path_factory, H)
    for node in h.cluster.nodes.values():  # supervisorctl, for the stop "from another node"
        node.extra_sections += (f"\n[supervisorctl]\nserverurl = {node.url}\nusername = {node.username}\n"
                                f"password = {node.password}\n")
    with h.running(timeout=30):
        yield h


def _node(cluster, host=H[0]):
    return cluster.cluster.nodes[host]


def _get(cluster, path: str, host=H[0], auth=True, **kw) -> requests.Response:
    node = _node(cluster, host)
    return requests.get(f"{node.url}{path}", auth=(node.username, node.password) if auth else None, timeout=5, **kw)


def _token(page: str) -> str:
    return page.split('name="token" value="')[1].split('"')[0]


def _post(cluster, fields: dict, json_reply=True, host=H[0]) -> requests.Response:
    node = _node(cluster, host)
    headers = {"Accept": "application/json"} if json_reply else {}
    return requests.post(f"{node.url}/supvisors/action", data=fields, auth=(node.username, node.password),
                         headers=headers, allow_redirects=False, timeout=5)


def _rpc_state(cluster, namespec: str, host=H[0]) -> str:
    with cluster.client(host) as c:
        return c.supvisors.get_process_info(namespec)[0].statename


# ---------------------------------------------------------------- HTTP
def test_the_same_authentication_as_supervisors_page(cluster):
    assert _get(cluster, "/supvisors/", auth=False).status_code == 401
    assert _get(cluster, "/supvisors/events", auth=False).status_code == 401
    assert _get(cluster, "/supvisors/state.json", auth=False).status_code == 401
    node = _node(cluster)
    assert requests.get(f"{node.url}/supvisors/", auth=(node.username, "wrong"), timeout=5).status_code == 401
    assert _get(cluster, "/").status_code == 200 and "Supervisor" in _get(cluster, "/").text  # supervisor's page


def test_the_page_is_rendered_on_the_server(cluster):
    page = _get(cluster, "/supvisors/")
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    text = page.text
    for host in H:
        assert f'id="node-{host}" data-state="RUNNING"' in text
    assert 'id="app-demo"' in text and 'id="proc-demo:ticker"' in text and 'id="proc-echo_args:echo_args"' in text
    assert '<form method="post" action="/supvisors/action"' in text  # actions work without JavaScript
    assert "http://" not in text.split("<footer>")[0].replace(_node(cluster).url, "")  # nothing from outside
    for asset, kind in (("dashboard.css", "text/css"), ("dashboard.js", "application/javascript")):
        reply = _get(cluster, f"/supvisors/static/{asset}")
        assert reply.status_code == 200 and reply.headers["Content-Type"].startswith(kind)
    assert _get(cluster, "/supvisors/static/../plugin.py").status_code == 404
    assert _get(cluster, "/supvisors/nothing").status_code == 404


def test_state_json_is_what_the_rpc_says(cluster):
    state = _get(cluster, "/supvisors/state.json").json()
    with cluster.client(H[1]) as c:
        rpc = {f"{p.application_name}:{p.process_name}": p.statename for p in c.supvisors.get_all_process_info()}
    assert {f'{p["application_name"]}:{p["process_name"]}': p["statename"] for p in state["processes"]} == rpc
    assert [n["address_name"] for n in state["nodes"]] == H and state["state"]["statename"] == "OPERATION"


def test_actions_go_through_the_rpc_checks(cluster):
    token = _token(_get(cluster, "/supvisors/").text)
    reply = _post(cluster, {"token": token, "action": "start_process", "strategy": "CONFIG", "namespec": "demo:nope",
                            "extra_args": ""})
    assert reply.status_code == 400 and reply.json() == {"ok": False, "message": reply.json()["message"]}
    assert reply.json()["message"].startswith("start_process: BAD_NAME: ")
    reply = _post(cluster, {"token": token, "action": "start_process", "strategy": "NICE", "namespec": "demo:ticker",
                            "extra_args": ""})
    assert reply.status_code == 400 and "'NICE' is not one of CONFIG" in reply.json()["message"]
    reply = _post(cluster, {"token": "forged", "action": "stop_process", "namespec": "demo:ticker"})
    assert reply.status_code == 400 and "out of date" in reply.json()["message"]
    reply = _post(cluster, {"token": token, "action": "shutdown"})
    assert reply.status_code == 400 and "unknown action" in reply.json()["message"]
    # without JavaScript: a 303 back to the page, which shows the message
    reply = _post(cluster, {"token": token, "action": "stop_process", "namespec": "demo:nope"}, json_reply=False)
    assert reply.status_code == 303 and reply.headers["Location"].startswith("/supvisors/?")
    page = _get(cluster, reply.headers["Location"]).text
    assert 'class="message failed"' in page and "stop_process: BAD_NAME: " in page and "Traceback" not in page


def _events(cluster, host=H[0]):
    """The SSE stream: yields the decoded `state` events."""
    response = _get(cluster, "/supvisors/events", host=host, stream=True)
    assert response.headers["Content-Type"] == "text/event-stream"
    data = []
    for line in response.iter_lines(decode_unicode=True):
        if line.startswith("data: "):
            data.append(line[6:])
        elif not line and data:
            yield json.loads("".join(data))
            data = []


def test_the_live_stream_follows_the_cluster(cluster):
    stream = _events(cluster, host=H[0])
    first = next(stream)
    assert set(first["parts"]) == {"summary", "nodes", "applications", "conflicts", "processes"}
    assert 'id="proc-echo_args:echo_args"' in first["parts"]["processes"]
    with cluster.client(H[2]) as c:  # a change made through another node
        c.supvisors.start_process(CONFIG, "echo_args:echo_args", "", False)
        began = time.monotonic()
        for event in stream:
            if 'id="proc-echo_args:echo_args" class="proc" data-state="RUNNING"' in event["parts"].get("processes", ""):
                break
            assert time.monotonic() - began < 5, "no live update"
        delay = time.monotonic() - began
    with cluster.client(H[0]) as c:  # the node whose page showed it (the others learn it within ms)
        c.supvisors.stop_process("echo_args:echo_args", True)
    assert delay < 2.0, delay


# ---------------------------------------------------------------- browser
@pytest.fixture(scope="module")
def browser(cluster):
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver_path, "chromium and chromium-driver are needed (scripts/install-deps.sh installs them)"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    node = _node(cluster)
    credentials = base64.b64encode(f"{node.username}:{node.password}".encode()).decode()
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Authorization": f"Basic {credentials}"}})
    try:
        yield driver
    finally:
        driver.quit()


def _screenshot(driver, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    driver.save_screenshot(str(path))
    print(f"screenshot: {path}")
    return path


def _row_state(driver, namespec: str) -> str:
    return driver.execute_script("const r = document.getElementById(arguments[0]); return r ? r.dataset.state : '';",
                                 f"proc-{namespec}")


def test_in_a_browser(cluster, browser):
    from selenium.webdriver.common.by import By

    node = _node(cluster)
    with cluster.client(H[0]) as c:
        c.supvisors.start_process(CONFIG, "demo:ticker", "", True)
        c.supvisors.start_process(CONFIG, "echo_args:echo_args", "", True)
    browser.get(f"{node.url}/supvisors/")
    wait_until(lambda: browser.find_element(By.ID, "live").text == "live", 10, what="the live stream connected")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#nodes .node")) == 3
    assert all(browser.find_element(By.ID, f"node-{h}").get_attribute("data-state") == "RUNNING" for h in H)
    wait_until(lambda: _row_state(browser, "demo:ticker") == "RUNNING", 5, what="ticker RUNNING on the page")
    _screenshot(browser, "1-loaded")
    browser.execute_script("window.notReloaded = true;")
    # a click on Stop: the row shows STOPPED within 1 s, without a reload
    row = browser.find_element(By.ID, "proc-demo:ticker")
    row.find_element(By.CSS_SELECTOR, 'button[value="stop_process"]').click()
    clicked = time.monotonic()
    wait_until(lambda: _row_state(browser, "demo:ticker") == "STOPPED", 1.0, interval=0.02,
               what="the row STOPPED within 1 s of the click")
    print(f"click -> STOPPED on the page: {time.monotonic() - clicked:.3f} s")
    assert browser.execute_script("return window.notReloaded === true;")
    assert "stop process demo:ticker: requested" in browser.find_element(By.ID, "message").text
    _screenshot(browser, "2-stopped-by-click")
    # a stop from supervisorctl on the node where the process runs: live too
    with cluster.client(H[0]) as c:
        where = c.supvisors.get_process_info("echo_args:echo_args")[0].addresses[0]
    subprocess.run([sys.executable, "-m", "supervisor.supervisorctl", "-c", str(_node(cluster, where).config_path),
                    "stop", "echo_args:echo_args"], check=True, capture_output=True, timeout=30)
    stopped = time.monotonic()
    wait_until(lambda: _row_state(browser, "echo_args:echo_args") == "STOPPED", 1.0, interval=0.02,
               what="the supervisorctl stop on another node shown within 1 s")
    print(f"supervisorctl stop on {where} -> STOPPED on the page: {time.monotonic() - stopped:.3f} s")
    assert browser.execute_script("return window.notReloaded === true;")
    # the filter box
    browser.find_element(By.ID, "filter").send_keys("echo_args")
    visible = [r.get_attribute("id") for r in browser.find_elements(By.CSS_SELECTOR, "#processes tr.proc")
               if r.is_displayed()]
    assert visible == ["proc-echo_args:echo_args"]
    browser.execute_script("const f = document.getElementById('filter'); f.value = '';"
                           "f.dispatchEvent(new Event('input'));")
    # a bad action shows the fault, not a traceback
    row = browser.find_element(By.ID, "proc-demo:ticker")
    row.find_element(By.CSS_SELECTOR, 'button[value="stop_process"]').click()
    wait_until(lambda: "NOT_RUNNING" in browser.find_element(By.ID, "message").text, 5, what="the fault shown")
    assert "failed" in browser.find_element(By.ID, "message").get_attribute("class")
    _screenshot(browser, "3-fault")
