"""The synchronous client's everyday calls: the tool loop on both base URLs, previous_response_id chaining,
retrieve, input_items paging, delete, a fixture scenario picked by header, 400s as BadRequestError, and the
shipped fault scenarios (429, a 500 the SDK retries, an incomplete response)."""
import json

import openai
from openai.types.responses import Response

from common import BASES, LOCATION, WEATHER, client, names, problems

def run():
    out = {}
    for path in ("openai", "openrouter"):
        c = client(path, "python-loop-" + path)
        model = BASES[path][1]
        first = c.responses.create(model=model, input="What is the weather in Paris?", tools=[WEATHER], store=False)
        call = first.output[0]
        history = [
            {"role": "user", "content": "What is the weather in Paris?"},
            {"type": "function_call", "id": call.id, "call_id": call.call_id, "name": call.name, "arguments": call.arguments},
            {"type": "function_call_output", "id": "fco_" + call.call_id, "call_id": call.call_id, "output": '{"temperature":22,"condition":"sunny"}'},
        ]
        second = c.responses.create(model=model, input=history, tools=[WEATHER], store=False)
        out[path] = {
            "history": history,
            "first": {"class": type(first).__name__, "id": first.id, "items": names(first.output), "name": call.name,
                      "arguments": json.loads(call.arguments), "call_id": call.call_id, "output_text": first.output_text,
                      "problems": problems(first, Response)},
            "second": {"status": second.status, "items": names(second.output), "output_text": second.output_text,
                       "usage": second.usage.model_dump() if second.usage else None, "problems": problems(second, Response)},
        }

    # The OpenAI path keeps responses: chain by id, read them back, page through the input, delete.
    c = client("openai", "python-stored")
    first = c.responses.create(model="gpt-4o", input="What is the weather in Paris?", tools=[WEATHER], instructions="Be brief.")
    call = first.output[0]
    second = c.responses.create(model="gpt-4o", tools=[WEATHER], previous_response_id=first.id,
                                input=[{"type": "function_call_output", "call_id": call.call_id, "output": "sunny, 22 C"}])
    retrieved = c.responses.retrieve(second.id)
    # Three input items, two to a page: the SDK follows has_more with after=<last id>.
    listed = c.responses.create(model="gpt-4o", tools=[WEATHER], input=out["openai"]["history"])
    page = c.responses.input_items.list(listed.id, limit=2)
    every = list(c.responses.input_items.list(listed.id, limit=2))
    ascending = list(c.responses.input_items.list(listed.id, limit=2, order="asc"))
    deleted = c.responses.delete(second.id)
    try:
        c.responses.retrieve(second.id)
        after_delete = None
    except openai.NotFoundError as error:
        after_delete = {"status": error.status_code, "param": error.param, "message": error.message}
    out["stored"] = {
        "first": {"id": first.id, "store": first.store, "instructions": first.instructions, "call_id": call.call_id},
        "second": {"id": second.id, "previous_response_id": second.previous_response_id, "output_text": second.output_text},
        "retrieved": {"class": type(retrieved).__name__, "id": retrieved.id, "output_text": retrieved.output_text,
                      "previous_response_id": retrieved.previous_response_id, "problems": problems(retrieved, Response)},
        "page": {"class": type(page).__name__, "items": names(page.data), "has_more": page.has_more,
                 "first_id": page.first_id, "last_id": page.last_id, "ids": [item.id for item in page.data]},
        "every": {"items": names(every), "types": [item.type for item in every], "ids": [item.id for item in every]},
        "ascending": {"types": [item.type for item in ascending], "ids": [item.id for item in ascending]},
        "deleted": repr(deleted),
        "after_delete": after_delete,
    }

    # A fixture scenario chosen per request: two parallel calls, then the scripted answer.
    c = client("openai", "python-scenario")
    scenario = {"x-mock-scenario": "parallel-calls"}
    calls = c.responses.create(model="gpt-4o", input="Weather in Paris and London?", tools=[LOCATION], store=False, extra_headers=scenario)
    outputs = [{"type": "function_call_output", "call_id": item.call_id, "output": "fine"} for item in calls.output]
    answer = c.responses.create(model="gpt-4o", tools=[LOCATION], store=False, extra_headers=scenario,
                                input=[{"role": "user", "content": "Weather in Paris and London?"},
                                       *[item.model_dump(exclude_none=True, exclude={"status"}) for item in calls.output], *outputs])
    out["scenario"] = {"calls": [{"name": item.name, "arguments": json.loads(item.arguments), "call_id": item.call_id} for item in calls.output],
                       "answer": answer.output_text}

    # Invalid requests: the SDK's BadRequestError with the provider's param and code.
    errors = {}
    openai_client = client("openai", "python-errors")
    try:
        openai_client.responses.create(model="gpt-4o", input="hi", tools=[{"type": "function", "name": "f", "strict": True,
                                       "parameters": {"type": "object", "properties": {"a": {"type": "string"}}}}])
    except openai.BadRequestError as error:
        errors["strict_schema"] = {"class": type(error).__name__, "status": error.status_code, "param": error.param, "code": error.code,
                                   "type": error.type, "message": error.message}
    openrouter_client = client("openrouter", "python-errors")
    try:
        openrouter_client.responses.create(model="openai/gpt-4o-mini", tools=[WEATHER], input=[
            {"role": "user", "content": "weather?"},
            {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather", "arguments": '{"city":"Paris"}'},
            {"type": "function_call_output", "call_id": "call_1", "output": "sunny"},
        ])
    except openai.BadRequestError as error:
        errors["missing_id"] = {"class": type(error).__name__, "status": error.status_code, "param": error.param, "code": error.code,
                                "message": error.message, "body": error.body}

    # Faults from the shipped scenarios: a 429 the caller sees when it does not retry, a 500 the SDK retries.
    try:
        client("openai", "python-429").responses.create(model="gpt-4o", input="hi", extra_headers={"x-mock-scenario": "rate-limited-then-ok"})
    except openai.RateLimitError as error:
        errors["rate_limited"] = {"class": type(error).__name__, "status": error.status_code, "code": error.code,
                                  "retry_after": error.response.headers.get("retry-after")}
    retried = openai.OpenAI(api_key="sk-test-python", base_url=BASES["openai"][0], max_retries=2, default_headers={"x-mock-session": "python-500"})
    errors["retried"] = {"output_text": retried.responses.create(model="gpt-4o", input="Reply exactly with: recovered",
                                                                 extra_headers={"x-mock-scenario": "server-error-then-ok"}).output_text}
    incomplete = client("openai", "python-incomplete").responses.create(model="gpt-4o", input="hi", extra_headers={"x-mock-scenario": "response-incomplete"})
    errors["incomplete"] = {"status": incomplete.status, "reason": incomplete.incomplete_details.reason, "output_text": incomplete.output_text}
    out["errors"] = errors
    return out
