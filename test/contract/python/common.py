"""What the Python openai SDK scripts share: clients for the mock named by MOCK_URL, the tools they offer,
a strict re-validation of what the SDK built, and printing the observations as one JSON line."""
import json
import os
import sys

import openai
from pydantic import TypeAdapter

MOCK_URL = os.environ["MOCK_URL"]
BASES = {"openai": (MOCK_URL + "/v1", "gpt-4o-mini"), "openrouter": (MOCK_URL + "/api/v1", "openai/gpt-4o-mini")}
WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Get current weather for a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"], "additionalProperties": False},
    "strict": True,
}
# The shipped scenarios' calls name a location.
LOCATION = {**WEATHER, "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"], "additionalProperties": False}}


def client(path, session, cls=openai.OpenAI):
    base_url, _ = BASES[path]
    return cls(api_key="sk-test-python", base_url=base_url, max_retries=0, default_headers={"x-mock-session": session})


_adapters = {}


def problems(model, annotation):
    """The SDK builds its models without validating them: validate what came over the wire against the SDK's
    own types, as pydantic would for a strict user. None when it validates, else the errors."""
    if annotation not in _adapters:  # building one costs a good part of a second for the event union
        _adapters[annotation] = TypeAdapter(annotation)
    try:
        _adapters[annotation].validate_python(model.model_dump(mode="json", exclude_unset=True, by_alias=True))
        return None
    except Exception as error:  # pydantic.ValidationError, reported as text for the test to show
        return str(error)


def names(values):
    return [type(value).__name__ for value in values]


def report(observations):
    sys.stdout.write(json.dumps(observations, default=str) + "\n")
