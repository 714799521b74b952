// Test helpers: an app built for inject (silent, seeded), and a POST helper that parses the JSON answer.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.js';

export const OPENROUTER = '/api/v1/responses';
export const OPENAI = '/v1/responses';

export function testApp(options: AppOptions = {}): FastifyInstance {
  return buildApp({ seed: 7, logLevel: 'silent', ...options });
}

export interface Posted {
  status: number;
  body: Record<string, unknown> & { error?: Record<string, unknown>; output?: Array<Record<string, unknown>> };
  headers: Record<string, unknown>;
  raw: string;
}

export async function post(app: FastifyInstance, args: { url: string; body: unknown; headers?: Record<string, string> }): Promise<Posted> {
  const response = await app.inject({
    method: 'POST',
    url: args.url,
    headers: { 'content-type': 'application/json', ...args.headers },
    payload: typeof args.body === 'string' ? args.body : JSON.stringify(args.body),
  });
  let body: Posted['body'] = {};
  try {
    body = JSON.parse(response.body) as Posted['body'];
  } catch {
    // Non-JSON (streams): callers read `raw`.
  }
  return { status: response.statusCode, body, headers: response.headers, raw: response.body };
}

export const weatherTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Get current weather for a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
};

export const timeTool = {
  type: 'function',
  name: 'get_time',
  description: 'Get the local time in a timezone or city.',
  parameters: {
    type: 'object',
    properties: { timezone: { type: 'string' } },
    required: ['timezone'],
    additionalProperties: false,
  },
};
