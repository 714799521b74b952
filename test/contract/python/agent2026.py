"""What agents send in late 2026, from the sync client, each response, item and event re-validated against the
SDK's own types: the shell tool streamed and answered, a configuration update and its listed item, prompt cache
diagnostics, and a steer over responses.connect() with its accepted event and the successor."""
from openai.types.responses import Response, ResponseItem, ResponsesServerEvent, ResponseStreamEvent

from common import client, names, problems

SHELL = {"type": "shell", "environment": {"type": "local"}}
ENDINGS = ("response.completed", "response.failed", "response.incomplete", "error")


def event_problems(events, annotation):
    return [p for p in (problems(event, annotation) for event in events) if p]


def until_done(connection, seen):
    for event in connection:
        seen.append(event)
        if event.type in ENDINGS:
            return event


def run():
    c = client("openai", "python-agent2026")
    events = list(c.responses.create(model="gpt-5.1", input="Run `ls -la`", tools=[SHELL], stream=True))
    call = events[-1].response.output[0]
    answered = c.responses.create(model="gpt-5.1", previous_response_id=events[-1].response.id, tools=[SHELL], input=[
        {"type": "shell_call_output", "call_id": call.call_id, "output": [{"stdout": "total 0\n", "stderr": "", "outcome": {"type": "exit", "exit_code": 0}}]}])
    updated = c.responses.create(model="gpt-5.6", input=[{"type": "configuration_update", "reasoning": {"effort": "none"}}, {"role": "user", "content": "Hello"}])
    listed = c.responses.input_items.list(updated.id, order="asc")
    first = c.responses.create(model="gpt-5.6", input="Hello there", prompt_cache_key="k")
    compared = c.responses.create(model="gpt-5.6", input="And again", previous_response_id=first.id, prompt_cache_key="k",
                                  prompt_cache_options={"comparison_response_id": first.id})
    seen = []
    with c.responses.connect(extra_headers={"x-mock-stream": "chunk=4; delay=25"}) as connection:
        connection.send({"type": "response.create", "model": "gpt-4o-mini", "input": "Reply exactly with: a first answer that streams for a while."})
        steered = next(iter(connection))
        seen.append(steered)
        connection.send({"type": "response.steer", "previous_response_id": steered.response.id, "input": "Reply exactly with: Steered"})
        until_done(connection, seen)
        successor = until_done(connection, seen)
    return {
        "shell": {"items": names(events[-1].response.output), "commands": call.action.commands, "event_classes": sorted({type(e).__name__ for e in events if "Shell" in type(e).__name__}),
                  "event_problems": event_problems(events, ResponseStreamEvent), "then": answered.output_text, "then_problems": problems(answered, Response)},
        "update": {"items": names(updated.output), "problems": problems(updated, Response), "listed": names(listed.data),
                   "listed_problems": [p for p in (problems(item, ResponseItem) for item in listed.data) if p]},
        "cache": {"diagnostics": compared.prompt_cache_diagnostics.model_dump(mode="json"), "options": compared.prompt_cache_options.model_dump(mode="json"),
                  "problems": problems(compared, Response)},
        "steer": {"classes": [name for name in names(seen) if "Steer" in name], "successor_previous": successor.response.previous_response_id,
                  "steered": steered.response.id, "text": successor.response.output_text, "event_problems": event_problems(seen, ResponsesServerEvent)},
    }
