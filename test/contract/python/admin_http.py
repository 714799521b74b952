"""A pytest-style user of a mock running in its own process: only HTTP, no Node. It loads a fixture file
(POST /__mock/scenarios), gives two workers running side by side each its own scenario under one name (PUT
/__mock/sessions/<id>/scenario), runs the tool loop with the SDK retrying a 429, reads what it sent back from the
journal, and resets its session."""
import json
import threading
import urllib.error
import urllib.request

from common import MOCK_URL, WEATHER, client

FIXTURE_FILE = """scenarios:
  python-rate-limited:
    rules:
      - respond: { error: { status: 429, headers: { retry-after-ms: '5' } } }
      - respond: { text: after the retry }
"""


def admin(method, path, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, str) else json.dumps(body)).encode()
    headers = {} if data is None else {"content-type": content_type}
    request = urllib.request.Request(MOCK_URL + "/__mock" + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def worker(city, out):
    session = "python-worker-" + city
    rules = [
        {"match": {"afterToolOutput": False}, "respond": {"calls": [{"name": "get_weather", "arguments": {"city": city}}]}},
        {"match": {"afterToolOutput": "get_weather"}, "respond": {"text": "Bring a coat in " + city + "."}},
    ]
    chosen = admin("PUT", "/sessions/" + session + "/scenario", {"scenario": {"rules": rules}, "name": "weather-loop"})
    c = client("openai", session)
    first = c.responses.create(model="gpt-4o-mini", instructions="Be brief.", input="Do I need a coat?", tools=[WEATHER])
    call = first.output[0]
    output = {"type": "function_call_output", "call_id": call.call_id, "output": "-3 C"}
    final = c.responses.create(model="gpt-4o-mini", instructions="Be brief.", previous_response_id=first.id, input=[output], tools=[WEATHER])
    journal = admin("GET", "/requests?session=" + session)[1]["requests"]
    out[city] = {
        "chosen": chosen,
        "answer": final.output_text,
        "rules": [entry["rule"]["index"] for entry in journal],
        "last_sent": json.loads(journal[1]["body"]),
        "first_id": first.id,
        "call_id": call.call_id,
    }


def run():
    out = {"loaded": admin("POST", "/scenarios", FIXTURE_FILE, "application/yaml")}
    workers = {}
    threads = [threading.Thread(target=worker, args=(city, workers)) for city in ("Oslo", "Lima")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out["workers"] = workers

    c = client("openai", "python-retry")
    c = c.with_options(max_retries=1, default_headers={"x-mock-session": "python-retry", "x-mock-scenario": "python-rate-limited"})
    out["retried"] = c.responses.create(model="gpt-4o-mini", input="hi").output_text
    journal = admin("GET", "/requests?session=python-retry")[1]
    out["retry_journal"] = [[entry["status"], entry["headers"].get("x-stainless-retry-count")] for entry in journal["requests"]]
    out["reset"] = admin("POST", "/reset?session=python-retry")
    out["after_reset"] = admin("GET", "/requests?session=python-retry")[1]["total"]
    out["bad_file"] = admin("POST", "/scenarios", "rules:\n  - respond: { text: x }\n", "application/yaml")
    return out
