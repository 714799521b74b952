// Corpus schemas of the shapes agent frameworks and MCP servers send: $defs/$ref, recursion, discriminated and
// root unions, OpenAI strict mode with nullable everything, OpenRouter foreign keys, OpenAPI nullable.
import type { CorpusEntry } from './schema-corpus.js';

export const schemaShapes: readonly CorpusEntry[] = [
  {
    name: 'mcp_filesystem_edit',
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        path: { type: 'string' },
        edits: { type: 'array', items: { $ref: '#/definitions/EditOperation' } },
        dryRun: { type: 'boolean', default: false, description: 'Preview changes using git-style diff format' },
      },
      required: ['path', 'edits'],
      additionalProperties: false,
      definitions: {
        EditOperation: {
          type: 'object',
          properties: { oldText: { type: 'string' }, newText: { type: 'string' } },
          required: ['oldText', 'newText'],
          additionalProperties: false,
        },
      },
    },
    prompts: ['In README.md replace "foo" with "bar", dryRun true'],
  },
  {
    name: 'mcp_defs_memory_create_entities',
    schema: {
      type: 'object',
      $defs: {
        Entity: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            entityType: { type: 'string' },
            observations: { type: 'array', items: { type: 'string' } },
          },
          required: ['name', 'entityType', 'observations'],
        },
      },
      properties: { entities: { type: 'array', items: { $ref: '#/$defs/Entity' }, minItems: 1 } },
      required: ['entities'],
    },
  },
  {
    name: 'recursive_tree',
    schema: {
      $defs: {
        node: {
          type: 'object',
          properties: {
            label: { type: 'string', maxLength: 20 },
            children: { type: 'array', items: { $ref: '#/$defs/node' }, maxItems: 3 },
          },
          required: ['label'],
        },
      },
      type: 'object',
      properties: { root: { $ref: '#/$defs/node' } },
      required: ['root'],
    },
  },
  {
    name: 'recursive_required_children',
    schema: {
      type: 'object',
      properties: { tree: { $ref: '#/definitions/folder' } },
      required: ['tree'],
      definitions: {
        folder: {
          type: 'object',
          properties: { name: { type: 'string' }, subfolders: { type: 'array', items: { $ref: '#/definitions/folder' } } },
          required: ['name', 'subfolders'],
        },
      },
    },
  },
  {
    name: 'oneOf_discriminated_shape',
    schema: {
      type: 'object',
      properties: {
        shape: {
          oneOf: [
            { type: 'object', properties: { kind: { const: 'circle' }, radius: { type: 'number', exclusiveMinimum: 0 } }, required: ['kind', 'radius'], additionalProperties: false },
            { type: 'object', properties: { kind: { const: 'rect' }, width: { type: 'number', minimum: 1 }, height: { type: 'number', minimum: 1 } }, required: ['kind', 'width', 'height'], additionalProperties: false },
          ],
        },
      },
      required: ['shape'],
    },
  },
  {
    name: 'oneOf_root_union',
    schema: {
      oneOf: [
        { type: 'object', properties: { type: { const: 'by_id' }, id: { type: 'string', format: 'uuid' } }, required: ['type', 'id'], additionalProperties: false },
        { type: 'object', properties: { type: { const: 'by_email' }, email: { type: 'string', format: 'email' } }, required: ['type', 'email'], additionalProperties: false },
      ],
    },
  },
  {
    name: 'openai_strict_nullable_everything',
    schema: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        nickname: { type: ['string', 'null'] },
        age: { type: ['integer', 'null'], minimum: 0, maximum: 150 },
        address: {
          type: ['object', 'null'],
          properties: { street: { type: 'string' }, city: { type: 'string' }, zip: { type: ['string', 'null'], pattern: '^\\d{5}$' } },
          required: ['street', 'city', 'zip'],
          additionalProperties: false,
        },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['name', 'nickname', 'age', 'address', 'tags'],
      additionalProperties: false,
      strict: true,
    },
    prompts: ['Save contact name Ada, age 36, living in Berlin'],
  },
  {
    name: 'openrouter_function_with_foreign_keys',
    schema: {
      type: 'object',
      title: 'LookupOrder',
      description: 'Look up an order',
      'x-display-name': 'Lookup order',
      'x-internal': true,
      properties: {
        order_id: { type: 'string', pattern: '^ORD-\\d{6}$', examples: ['ORD-123456'], 'x-faker': 'ignored' },
        include_items: { type: 'boolean', title: 'Include items' },
      },
      required: ['order_id'],
    },
    prompts: ['Look up order ORD-987654 with include_items yes'],
  },
  {
    name: 'openapi_nullable',
    schema: {
      type: 'object',
      properties: {
        note: { type: 'string', nullable: true, maxLength: 50 },
        count: { type: 'integer', nullable: true, minimum: 0 },
      },
      required: ['note', 'count'],
    },
  },
];
