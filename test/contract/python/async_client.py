"""The asynchronous client once: the tool loop on the OpenAI path and a stream through responses.stream()."""
import asyncio
import json

import openai

from common import WEATHER, client, names


async def main():
    c = client("openai", "python-async", cls=openai.AsyncOpenAI)
    first = await c.responses.create(model="gpt-4o", input="What is the weather in Paris?", tools=[WEATHER])
    call = first.output[0]
    second = await c.responses.create(model="gpt-4o", tools=[WEATHER], previous_response_id=first.id,
                                      input=[{"type": "function_call_output", "call_id": call.call_id, "output": "rainy, 12 C"}])
    async with c.responses.stream(model="gpt-4o", input="Reply exactly with: Hello, async!", store=False) as stream:
        types = [event.type async for event in stream]
        final = await stream.get_final_response()
    await c.responses.delete(second.id)
    await c.close()
    return {
        "first": {"class": type(first).__name__, "items": names(first.output), "arguments": json.loads(call.arguments)},
        "second": {"output_text": second.output_text, "previous_response_id": second.previous_response_id, "first_id": first.id},
        "stream": {"first": types[0], "last": types[-1], "output_text": final.output_text},
    }


def run():
    return asyncio.run(main())
