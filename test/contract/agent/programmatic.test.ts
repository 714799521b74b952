// Programmatic tool calling through the openai SDK, unmodified, on a real port: a client runs a program's calls
// one at a time, answering each with previous_response_id, until the program returns and the model answers;
// the same first turn streamed through responses.stream() ends with the program and its call in the final
// response. The SDK's own types describe every item the mock sends.
import OpenAI from 'openai';
import t from 'tap';
import { listen } from '../../helpers/server.js';

const inventory = { sku: { type: 'string' } };
const tools: OpenAI.Responses.Tool[] = [
  { type: 'programmatic_tool_calling' },
  {
    type: 'function', name: 'getInventory', description: 'Get available inventory for a SKU.', strict: true, allowed_callers: ['programmatic'],
    parameters: { type: 'object', properties: inventory, required: ['sku'], additionalProperties: false },
  },
  {
    type: 'function', name: 'getDemand', description: 'Get requested units for a SKU.', strict: true, allowed_callers: ['programmatic'],
    parameters: { type: 'object', properties: inventory, required: ['sku'], additionalProperties: false },
  },
];
const PROMPT = 'Check the inventory and the demand for sku_123: is there enough stock?';
const answers: Record<string, object> = { getInventory: { sku: 'sku_123', availableUnits: 12 }, getDemand: { sku: 'sku_123', requestedUnits: 5 } };

t.test('a client runs the program call by call with previous_response_id', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  let response = await client.responses.create({ model: 'gpt-5.6-sol', input: PROMPT, tools });
  const program = response.output.find((item) => item.type === 'program');
  t.ok(program, 'a program item');
  const called: string[] = [];
  for (let turn = 0; turn < 5; turn += 1) {
    const calls = response.output.filter((item): item is OpenAI.Responses.ResponseFunctionToolCall => item.type === 'function_call');
    if (calls.length === 0) break;
    t.equal(calls.length, 1, 'one call a turn');
    const call = calls[0]!;
    t.same(call.caller, { type: 'program', caller_id: program?.type === 'program' ? program.call_id : '' }, `${call.name}: called by the program`);
    called.push(call.name);
    response = await client.responses.create({
      model: 'gpt-5.6-sol', previous_response_id: response.id, tools,
      input: [{ type: 'function_call_output', call_id: call.call_id, output: JSON.stringify(answers[call.name]) }],
    });
  }
  t.same(called, ['getInventory', 'getDemand'], 'each tool once, in the program\'s order');
  const returned = response.output.find((item) => item.type === 'program_output');
  t.match(returned, { type: 'program_output', status: 'completed', result: /"availableUnits":12.*"requestedUnits":5/ }, 'the program\'s result');
  t.match(response.output_text, /sku_123/, 'then the answer');
});

t.test('responses.stream(): the program and its first call in the final response', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const stream = client.responses.stream({ model: 'gpt-5.6-sol', input: PROMPT, tools });
  const added: string[] = [];
  stream.on('response.output_item.added', (event) => added.push(event.item.type));
  const final = await stream.finalResponse();
  t.same(added, ['reasoning', 'program', 'function_call']);
  t.same(final.output.map((item) => item.type), ['reasoning', 'program', 'function_call']);
  const call = final.output[2] as OpenAI.Responses.ResponseFunctionToolCall;
  t.same([call.status, call.name, call.arguments], ['in_progress', 'getInventory', '{"sku":"sku_123"}'], 'the call waits for its output');
});
