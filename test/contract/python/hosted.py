"""OpenAI's hosted tools from the sync client: a code interpreter run that saves a file, a file search with its
results, a web search with its sources (JSON and streamed), and the hosted apply_patch loop, each response (and
each streamed event) re-validated against the SDK's own types."""
from openai.types.responses import Response, ResponseStreamEvent

from common import client, names, problems

CODE = {"type": "code_interpreter", "container": {"type": "auto"}}
FILES = {"type": "file_search", "vector_store_ids": ["vs_handbook"]}
PATCH = {"type": "apply_patch"}


def citations(response):
    message = next(item for item in response.output if item.type == "message")
    return [type(note).__name__ for note in message.content[0].annotations]


def checked(response):
    return {"items": names(response.output), "problems": problems(response, Response), "citations": citations(response)}


def run():
    c = client("openai", "python-hosted")
    ran = c.responses.create(model="gpt-5-nano", input="Use python to compute (17 * 3 + 4) / 2 and save it",
                             tools=[CODE], include=["code_interpreter_call.outputs"])
    call = next(item for item in ran.output if item.type == "code_interpreter_call")
    found = c.responses.create(model="gpt-5-mini", input="What does the travel policy document say?", tools=[FILES],
                               include=["file_search_call.results"])
    search = next(item for item in found.output if item.type == "file_search_call")
    events = list(c.responses.create(model="gpt-4o", input="Search the web for the latest Artemis news",
                                     tools=[{"type": "web_search"}], include=["web_search_call.action.sources"], stream=True))
    completed = events[-1].response
    patched = c.responses.create(model="gpt-5.1", input="Create notes.md with milk and eggs", tools=[PATCH])
    patch = patched.output[-1]
    done = c.responses.create(model="gpt-5.1", previous_response_id=patched.id, tools=[PATCH],
                              input=[{"type": "apply_patch_call_output", "call_id": patch.call_id, "status": "completed"}])
    return {
        "code": {**checked(ran), "logs": [output.logs for output in call.outputs], "container": call.container_id},
        "files": {**checked(found), "results": [result.filename for result in search.results]},
        "web": {**checked(completed), "event_problems": [p for p in (problems(event, ResponseStreamEvent) for event in events) if p],
                "sources": len(next(item for item in completed.output if item.type == "web_search_call").action.sources)},
        "patch": {"items": names(patched.output), "problems": problems(patched, Response), "operation": patch.operation.type,
                  "path": patch.operation.path, "then": done.output_text, "then_problems": problems(done, Response)},
    }
