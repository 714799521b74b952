"""Streams through the synchronous client: stream=True on both base URLs, the responses.stream() helper
(text, tool call arguments), structured output with responses.parse(text_format=...) and its streamed form,
streams that fail or are cut, and a stored response's events replayed by id."""
import json

import openai
from openai.types.responses import Response, ResponseStreamEvent
from pydantic import BaseModel

from common import BASES, WEATHER, client, names, problems


class Weather(BaseModel):
    city: str
    temperature: int
    conditions: str



def without_billing(response: dict) -> dict:
    return {key: value for key, value in response.items() if key != "billing"}

def run():
    out = {}
    for path in ("openai", "openrouter"):
        c = client(path, "python-stream-" + path)
        model = BASES[path][1]
        events = list(c.responses.create(model=model, input="What is the weather in Paris?", tools=[WEATHER], stream=True, store=False))
        completed = events[-1].response
        out[path + "_raw"] = {
            "types": [event.type for event in events],
            "classes": names(events),
            "sequence": [event.sequence_number for event in events],
            "deltas": "".join(event.delta for event in events if event.type == "response.function_call_arguments.delta"),
            "done_arguments": next(event.arguments for event in events if event.type == "response.function_call_arguments.done"),
            "completed": {"class": type(completed).__name__, "status": completed.status, "items": names(completed.output),
                          "arguments": completed.output[0].arguments, "problems": problems(completed, Response) if path == "openai" else None},
            "event_problems": [p for p in (problems(event, ResponseStreamEvent) for event in events) if p] if path == "openai" else None,
        }

        with c.responses.stream(model=model, input="Reply exactly with: Hello from Python!", store=False) as stream:
            helper_events = list(stream)
            final = stream.get_final_response()
        out[path + "_text"] = {
            "types": [event.type for event in helper_events],
            "deltas": "".join(event.delta for event in helper_events if event.type == "response.output_text.delta"),
            "snapshot": next(event.snapshot for event in reversed(helper_events) if event.type == "response.output_text.delta"),
            "final": {"class": type(final).__name__, "id": final.id, "output_text": final.output_text, "status": final.status},
        }

        with c.responses.stream(model=model, input="What is the weather in Paris?", tools=[WEATHER], store=False) as stream:
            for event in stream:
                pass
            final = stream.get_final_response()
        out[path + "_tool"] = {"items": names(final.output), "name": final.output[0].name, "parsed_arguments": final.output[0].parsed_arguments}

    # Structured output, OpenAI path: the shipped structured-output-loop scenario (a call, then a JSON answer),
    # through responses.parse with a pydantic model; then the rule-based engine's document, streamed.
    c = client("openai", "python-parse")
    scenario = {"x-mock-scenario": "structured-output-loop"}
    first = c.responses.parse(model="gpt-4o", input="What is the weather in Paris?", tools=[WEATHER], text_format=Weather, extra_headers=scenario)
    call = first.output[0]
    second = c.responses.parse(model="gpt-4o", tools=[WEATHER], text_format=Weather, extra_headers=scenario, previous_response_id=first.id,
                               input=[{"type": "function_call_output", "call_id": call.call_id, "output": '{"temperature":21}'}])
    message = second.output[0]
    out["parse"] = {
        "first": {"class": type(first).__name__, "items": names(first.output), "parsed_arguments": call.parsed_arguments,
                  "output_parsed": first.output_parsed},
        "second": {"class": type(second).__name__, "items": names(second.output), "parts": names(message.content),
                   "output_parsed": {"class": type(second.output_parsed).__name__, "value": second.output_parsed.model_dump()},
                   "text": json.loads(second.output_text), "format": second.text.format.model_dump(mode="json", by_alias=True)},
    }
    with c.responses.stream(model="gpt-4o", input="The weather in Oslo, please.", text_format=Weather) as stream:
        for event in stream:
            pass
        final = stream.get_final_response()
    out["parse_stream"] = {"class": type(final.output_parsed).__name__, "value": final.output_parsed.model_dump(), "text": json.loads(final.output_text)}

    # Streams that fail: the error event before response.failed makes the SDK raise APIError; a cut connection
    # is an APIConnectionError.
    c = client("openai", "python-stream-faults")
    seen = []
    try:
        for event in c.responses.create(model="gpt-4o", input="hi", stream=True, extra_headers={"x-mock-scenario": "response-failed"}):
            seen.append(event.type)
    except openai.APIError as error:
        out["failed"] = {"class": type(error).__name__, "message": error.message, "body": error.body, "last_seen": seen[-1]}
    try:
        with c.responses.stream(model="gpt-4o", input="hi", extra_headers={"x-mock-scenario": "stream-cut"}) as stream:
            for event in stream:
                seen.append(event.type)
    except openai.APIConnectionError as error:
        out["cut"] = {"class": type(error).__name__}

    # A stored response's events replayed: retrieve(stream=True), with starting_after sent to the server, and
    # the responses.stream(response_id=...) helper, which filters the whole replay itself.
    c = client("openai", "python-replay")
    stored = c.responses.create(model="gpt-4o", input="What is the weather in Paris?", tools=[WEATHER])
    events = list(c.responses.retrieve(stored.id, stream=True))
    resumed = list(c.responses.retrieve(stored.id, stream=True, starting_after=2))
    with c.responses.stream(response_id=stored.id, starting_after=3) as stream:
        helper = [event.sequence_number for event in stream]
        final = stream.get_final_response()
    out["replay"] = {
        "types": [event.type for event in events],
        "classes": names(events[:2]),
        "sequence": [event.sequence_number for event in events],
        # All but billing, which JSON answers carry and the response objects of a stream do not.
        "completed_is_stored": events[-1].response.model_dump(mode="json") == without_billing(stored.model_dump(mode="json")),
        "event_problems": [p for p in (problems(event, ResponseStreamEvent) for event in events) if p],
        "resumed": [event.sequence_number for event in resumed],
        "helper": helper,
        "final": {"id": final.id, "status": final.status, "arguments": final.output[0].arguments, "same_id": final.id == stored.id},
    }
    return out
