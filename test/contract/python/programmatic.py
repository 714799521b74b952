"""Programmatic tool calling and a moderated completion from the sync client: a program's calls answered one
turn at a time by previous_response_id until it returns, each response re-validated against the SDK's Response
type (program, program_output, a call's caller, the moderation results)."""
from openai.types.responses import Response

from common import client, names, problems

SKU = {"type": "object", "properties": {"sku": {"type": "string"}}, "required": ["sku"], "additionalProperties": False}
TOOLS = [
    {"type": "programmatic_tool_calling"},
    {"type": "function", "name": "getInventory", "description": "Get available inventory for a SKU.", "parameters": SKU, "strict": True, "allowed_callers": ["programmatic"]},
    {"type": "function", "name": "getDemand", "description": "Get requested units for a SKU.", "parameters": SKU, "strict": True, "allowed_callers": ["programmatic"]},
]
ANSWERS = {"getInventory": '{"availableUnits": 12}', "getDemand": '{"requestedUnits": 5}'}


def run():
    c = client("openai", "python-programmatic")
    first = c.responses.create(model="gpt-5.6-sol", input="Check the inventory and the demand for sku_123", tools=TOOLS,
                               moderation={"model": "omni-moderation-latest"})
    program = next(item for item in first.output if item.type == "program")
    call = next(item for item in first.output if item.type == "function_call")
    response, turns = first, []
    for _ in range(4):
        turns.append({"items": names(response.output), "problems": problems(response, Response)})
        calls = [item for item in response.output if item.type == "function_call"]
        if not calls:
            break
        response = c.responses.create(model="gpt-5.6-sol", previous_response_id=response.id, tools=TOOLS,
                                      input=[{"type": "function_call_output", "call_id": calls[0].call_id, "output": ANSWERS[calls[0].name]}])
    return {
        "turns": turns,
        "caller": {"type": call.caller.type, "is_program": call.caller.caller_id == program.call_id},
        "moderation": {"flagged": [first.moderation.input.flagged, first.moderation.output.flagged], "class": type(first.moderation).__name__},
        "result": next((item.result for item in response.output if item.type == "program_output"), None),
        "output_text": response.output_text,
    }
