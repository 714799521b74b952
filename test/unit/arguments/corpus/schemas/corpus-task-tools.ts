// Corpus schemas in the style of task tools: unit conversion, todos, a stock price (Anthropic style), flights,
// restaurants, images, a calculator, time zones, reminders.
import type { CorpusEntry } from './schema-corpus.js';

export const taskTools: readonly CorpusEntry[] = [
  {
    name: 'convert_units',
    schema: {
      type: 'object',
      properties: {
        value: { type: 'number' },
        from_unit: { type: 'string', enum: ['km', 'mi', 'm', 'ft', 'kg', 'lb'] },
        to_unit: { type: 'string', enum: ['km', 'mi', 'm', 'ft', 'kg', 'lb'] },
        precision: { type: 'integer', minimum: 0, maximum: 10 },
      },
      required: ['value', 'from_unit', 'to_unit'],
      additionalProperties: false,
    },
    prompts: ['Convert 42 km to mi with precision 2'],
  },
  {
    name: 'todo_crud',
    schema: {
      type: 'object',
      properties: {
        action: { type: 'string', enum: ['create', 'read', 'update', 'delete', 'list'] },
        id: { type: 'integer', minimum: 1 },
        title: { type: 'string', maxLength: 80 },
        status: { type: 'string', enum: ['todo', 'in_progress', 'done'] },
        priority: { type: 'string', enum: ['low', 'medium', 'high'] },
        due: { type: 'string', format: 'date' },
      },
      required: ['action'],
      allOf: [{ if: { properties: { action: { enum: ['update', 'delete', 'read'] } } }, then: { required: ['id'] } }],
    },
    prompts: ['Update todo id 7 to done, high priority, due 2025-01-31', "Create a todo 'Buy milk'"],
  },
  {
    name: 'anthropic_input_schema_stock_price',
    schema: {
      type: 'object',
      properties: {
        ticker: { type: 'string', description: 'The stock ticker symbol, e.g. AAPL for Apple Inc.', pattern: '^[A-Z]{1,5}$' },
        exchange: { type: 'string', enum: ['NASDAQ', 'NYSE', 'LSE'] },
      },
      required: ['ticker'],
    },
    prompts: ['What is the price of ticker MSFT on nasdaq?'],
  },
  {
    name: 'book_flight',
    schema: {
      type: 'object',
      properties: {
        origin: { type: 'string', pattern: '^[A-Z]{3}$' },
        destination: { type: 'string', pattern: '^[A-Z]{3}$' },
        departure_date: { type: 'string', format: 'date' },
        return_date: { type: 'string', format: 'date' },
        passengers: { type: 'integer', minimum: 1, maximum: 9 },
        cabin: { type: 'string', enum: ['economy', 'premium_economy', 'business', 'first'] },
      },
      required: ['origin', 'destination', 'departure_date', 'passengers'],
    },
    prompts: ['Fly from LHR to JFK on 2025-07-01 for 2 passengers in premium economy'],
  },
  {
    name: 'restaurant_search',
    schema: {
      type: 'object',
      properties: {
        cuisine: { type: 'string' },
        city: { type: 'string' },
        price_level: { type: 'integer', minimum: 1, maximum: 4 },
        open_now: { type: 'boolean' },
        radius_km: { type: 'number', minimum: 0.5, maximum: 50 },
      },
      required: ['city'],
    },
    prompts: ['Find sushi places in San Francisco within 3 km, open_now: true'],
  },
  {
    name: 'image_generation',
    schema: {
      type: 'object',
      properties: {
        prompt: { type: 'string', maxLength: 1000 },
        size: { type: 'string', enum: ['256x256', '512x512', '1024x1024'] },
        n: { type: 'integer', minimum: 1, maximum: 4 },
        style: { type: 'string', enum: ['vivid', 'natural'] },
      },
      required: ['prompt'],
    },
    prompts: ['Draw a cat astronaut, 512x512, vivid, n=2'],
  },
  {
    name: 'calculator',
    schema: {
      type: 'object',
      properties: { a: { type: 'number' }, b: { type: 'number' }, operation: { type: 'string', enum: ['add', 'subtract', 'multiply', 'divide'] } },
      required: ['a', 'b', 'operation'],
    },
    prompts: ['multiply 6 by 7'],
  },
  {
    name: 'get_time_in_timezone',
    schema: {
      type: 'object',
      properties: { timezone: { type: 'string', pattern: '^[A-Za-z]+/[A-Za-z_]+$' } },
      required: ['timezone'],
    },
    prompts: ['What time is it in Europe/Paris?'],
  },
  {
    name: 'set_reminder_time_format',
    schema: {
      type: 'object',
      properties: { at: { type: 'string', format: 'time' }, on: { type: 'string', format: 'date' }, message: { type: 'string' } },
      required: ['at', 'message'],
    },
    prompts: ['Remind me at 14:30 on 2025-02-03 to call mum'],
  },
];
