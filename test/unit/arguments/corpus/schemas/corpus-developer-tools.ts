// Corpus schemas in the style of developer and agent tools: SQL, files, shell, browser, GitHub, JSON Patch,
// HTTP, Kubernetes, ping (the shapes MCP servers and frameworks send are in corpus-schema-shapes.ts).
import type { CorpusEntry } from './schema-corpus.js';

export const developerTools: readonly CorpusEntry[] = [
  {
    name: 'run_sql_query',
    schema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'A read-only SQL SELECT statement', pattern: '^\\s*(SELECT|select|WITH|with)\\b' },
        database: { type: 'string', enum: ['analytics', 'billing', 'users'] },
        timeout_ms: { type: 'integer', minimum: 100, maximum: 60000, multipleOf: 100 },
      },
      required: ['query', 'database'],
    },
    prompts: ['Run `SELECT count(*) FROM users` on billing with timeout_ms 2000'],
  },
  {
    name: 'read_file',
    schema: {
      type: 'object',
      properties: {
        path: { type: 'string', minLength: 1 },
        encoding: { type: 'string', enum: ['utf-8', 'base64'], default: 'utf-8' },
        offset: { type: 'integer', minimum: 0 },
        limit: { type: 'integer', minimum: 1 },
      },
      required: ['path'],
    },
    prompts: ['Read src/app.ts, first 40 lines'],
  },
  {
    name: 'write_file',
    schema: {
      type: 'object',
      properties: {
        file_path: { type: 'string' },
        content: { type: 'string' },
        create_dirs: { type: 'boolean' },
      },
      required: ['file_path', 'content'],
      additionalProperties: false,
    },
    prompts: ['Write "hello" to notes/todo.md with create_dirs true'],
  },
  {
    name: 'github_create_issue',
    schema: {
      type: 'object',
      properties: {
        owner: { type: 'string', pattern: '^[A-Za-z0-9-]{1,39}$' },
        repo: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
        title: { type: 'string', minLength: 1, maxLength: 256 },
        body: { type: 'string' },
        labels: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        assignees: { type: 'array', items: { type: 'string' }, maxItems: 10 },
        milestone: { type: ['integer', 'null'] },
      },
      required: ['owner', 'repo', 'title'],
    },
    prompts: ["Open an issue in octocat/hello-world titled 'Crash on start' with labels bug"],
  },
  {
    name: 'shell_command',
    schema: {
      type: 'object',
      properties: {
        command: { type: 'array', items: { type: 'string' }, minItems: 1 },
        workdir: { type: 'string' },
        timeout: { type: 'number', exclusiveMinimum: 0, maximum: 600 },
        env: { type: 'object', additionalProperties: { type: 'string' } },
      },
      required: ['command'],
    },
    prompts: ['Run `ls -la` in /tmp with a timeout of 30 seconds'],
  },
  {
    name: 'browser_navigate',
    schema: {
      type: 'object',
      properties: { url: { type: 'string', format: 'uri' }, wait_until: { enum: ['load', 'domcontentloaded', 'networkidle'] } },
      required: ['url'],
      additionalProperties: false,
    },
    prompts: ['Open https://example.org/docs?page=2. Wait until networkidle'],
  },
  {
    name: 'browser_click',
    schema: {
      type: 'object',
      properties: {
        selector: { type: 'string', minLength: 1 },
        button: { type: 'string', enum: ['left', 'right', 'middle'], default: 'left' },
        click_count: { type: 'integer', minimum: 1, maximum: 3 },
        modifiers: { type: 'array', items: { enum: ['Alt', 'Control', 'Meta', 'Shift'] }, uniqueItems: true },
      },
      required: ['selector'],
    },
    prompts: ["Right click on '#submit' twice"],
  },
  {
    name: 'json_patch',
    schema: {
      type: 'object',
      properties: {
        document_id: { type: 'string', format: 'uuid' },
        operations: {
          type: 'array',
          minItems: 1,
          maxItems: 5,
          items: {
            oneOf: [
              { type: 'object', properties: { op: { const: 'add' }, path: { type: 'string', pattern: '^/' }, value: {} }, required: ['op', 'path', 'value'], additionalProperties: false },
              { type: 'object', properties: { op: { const: 'remove' }, path: { type: 'string', pattern: '^/' } }, required: ['op', 'path'], additionalProperties: false },
              { type: 'object', properties: { op: { const: 'move' }, from: { type: 'string', pattern: '^/' }, path: { type: 'string', pattern: '^/' } }, required: ['op', 'from', 'path'], additionalProperties: false },
            ],
          },
        },
      },
      required: ['document_id', 'operations'],
    },
    prompts: ['Patch document 3f2504e0-4f89-11d3-9a0c-0305e82c3301, remove /tags'],
  },
  {
    name: 'http_request',
    schema: {
      type: 'object',
      properties: {
        method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
        url: { type: 'string', format: 'uri', pattern: '^https?://' },
        headers: { type: 'object', additionalProperties: { type: 'string' } },
        body: { type: ['string', 'object', 'null'] },
        timeout_seconds: { type: 'number', minimum: 0.1, maximum: 120 },
      },
      required: ['method', 'url'],
    },
    prompts: ['POST to https://api.example.com/v1/items with a timeout of 10 seconds'],
  },
  {
    name: 'kubernetes_scale',
    schema: {
      type: 'object',
      properties: {
        namespace: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
        deployment: { type: 'string', minLength: 1 },
        replicas: { type: 'integer', minimum: 0, maximum: 100 },
      },
      required: ['namespace', 'deployment', 'replicas'],
    },
    prompts: ['Scale deployment web in namespace prod to 4 replicas'],
  },
  {
    name: 'ping_host',
    schema: {
      type: 'object',
      properties: { host: { type: 'string', anyOf: [{ format: 'ipv4' }, { format: 'hostname' }] }, count: { type: 'integer', minimum: 1, maximum: 10 } },
      required: ['host'],
    },
    prompts: ['Ping 192.168.1.10 five times', 'ping example.com'],
  },
];
