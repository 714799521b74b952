"""The Responses WebSocket through the synchronous client's responses.connect(): the shipped basic-tool-call
scenario (chosen by a handshake header) on one connection with store off, continued by previous_response_id
from the connection's own copy; then an error event, after which the socket stays usable."""
from openai.types.responses import ResponseFunctionToolCall

from common import LOCATION, client, names

ENDINGS = ("response.completed", "response.failed", "response.incomplete", "error")


def until_done(connection):
    events = []
    for event in connection:
        events.append(event)
        if event.type in ENDINGS:
            break
    return events


def run():
    c = client("openai", "python-socket")
    with c.responses.connect(extra_headers={"x-mock-scenario": "basic-tool-call"}) as connection:
        connection.send({"type": "response.create", "model": "gpt-4o", "store": False, "tools": [LOCATION], "input": "What is the weather in San Francisco?"})
        first = until_done(connection)
        response = first[-1].response
        call = next(item for item in response.output if isinstance(item, ResponseFunctionToolCall))
        connection.send({"type": "response.create", "model": "gpt-4o", "store": False, "tools": [LOCATION], "previous_response_id": response.id,
                         "input": [{"type": "function_call_output", "call_id": call.call_id, "output": "72F, sunny"}]})
        second = until_done(connection)
        connection.send({"type": "response.create", "model": "gpt-4o", "input": "hi", "tools": [LOCATION], "tool_choice": {"type": "function", "name": "nope"}})
        failed = until_done(connection)
        connection.send({"type": "response.create", "model": "gpt-4o", "store": False, "input": "Reply exactly with: still open"})
        after = until_done(connection)
    return {
        "first": {"types": [event.type for event in first], "classes": names(first), "sequence": [event.sequence_number for event in first],
                  "call": {"name": call.name, "arguments": call.arguments},
                  "response": {"class": type(response).__name__, "id": response.id, "status": response.status, "store": response.store}},
        "second": {"last": second[-1].type, "output_text": second[-1].response.output_text, "previous_response_id": second[-1].response.previous_response_id},
        "error": {"classes": names(failed), "event": failed[-1].model_dump(mode="json")},
        "after": {"last": after[-1].type, "output_text": after[-1].response.output_text},
    }
