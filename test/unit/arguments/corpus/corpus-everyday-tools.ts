// Corpus schemas in the style of everyday assistant tools: weather, search, calendar, email, payments,
// chat, maps, translation, conversion, todos, travel, images, a calculator.
import type { CorpusEntry } from './schema-corpus.js';

export const everydayTools: readonly CorpusEntry[] = [
  {
    name: 'get_weather',
    schema: {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'City and country e.g. Bogotá, Colombia' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      },
      required: ['location'],
      additionalProperties: false,
    },
    prompts: ['What is the weather in Paris and London in fahrenheit?'],
  },
  {
    name: 'weather_forecast_openai_strict',
    schema: {
      type: 'object',
      properties: {
        city: { type: 'string' },
        days: { type: ['integer', 'null'], minimum: 1, maximum: 14 },
        units: { type: ['string', 'null'], enum: ['metric', 'imperial', null] },
      },
      required: ['city', 'days', 'units'],
      additionalProperties: false,
    },
    prompts: ['Forecast for Tokyo for 5 days in metric'],
  },
  {
    name: 'web_search',
    schema: {
      type: 'object',
      properties: {
        query: { type: 'string', minLength: 1, maxLength: 200 },
        max_results: { type: 'integer', minimum: 1, maximum: 10, default: 5 },
        recency_days: { type: 'integer', minimum: 1 },
        site: { type: 'string', format: 'hostname' },
      },
      required: ['query'],
    },
    prompts: ['Search the web for rust async runtimes, top 3 results from docs.rs'],
  },
  {
    name: 'create_calendar_event',
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        title: { type: 'string', maxLength: 120 },
        start: { type: 'string', format: 'date-time' },
        end: { type: 'string', format: 'date-time' },
        attendees: { type: 'array', items: { type: 'string', format: 'email' }, uniqueItems: true, maxItems: 20 },
        location: { type: 'string' },
        reminder_minutes: { type: 'integer', enum: [0, 5, 10, 15, 30, 60] },
      },
      required: ['title', 'start', 'end'],
    },
    prompts: ["Schedule 'Design review' on 2025-06-02T14:00 with ana@example.org in Berlin"],
  },
  {
    name: 'send_email',
    schema: {
      type: 'object',
      properties: {
        to: { type: 'array', items: { type: 'string', format: 'email' }, minItems: 1 },
        cc: { type: 'array', items: { type: 'string', format: 'email' } },
        subject: { type: 'string', minLength: 1 },
        body: { type: 'string' },
        importance: { type: 'string', enum: ['low', 'normal', 'high'], default: 'normal' },
      },
      required: ['to', 'subject', 'body'],
      additionalProperties: false,
    },
    prompts: ['Email bob@example.com about the launch, high importance'],
  },
  {
    name: 'stripe_create_payment_intent',
    schema: {
      type: 'object',
      properties: {
        amount: { type: 'integer', minimum: 50, maximum: 99999999 },
        currency: { type: 'string', enum: ['usd', 'eur', 'gbp', 'jpy'] },
        customer: { type: 'string', pattern: '^cus_[A-Za-z0-9]{8,24}$' },
        description: { type: 'string', maxLength: 1000 },
        metadata: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 }, maxProperties: 50 },
        capture_method: { type: 'string', enum: ['automatic', 'manual'] },
        receipt_email: { type: 'string', format: 'email' },
      },
      required: ['amount', 'currency'],
      additionalProperties: false,
    },
    prompts: ['Charge 2500 in EUR and send the receipt to pay@shop.example'],
  },
  {
    name: 'slack_post_message',
    schema: {
      type: 'object',
      properties: {
        channel: { type: 'string', pattern: '^[#C][A-Za-z0-9_-]+$' },
        text: { type: 'string', maxLength: 4000 },
        thread_ts: { type: 'string', pattern: '^\\d+\\.\\d+$' },
        unfurl_links: { type: 'boolean' },
      },
      required: ['channel', 'text'],
    },
    prompts: ["Post 'Deploy finished' to #releases"],
  },
  {
    name: 'geocode',
    schema: {
      type: 'object',
      properties: {
        address: { type: 'string' },
        country_code: { type: 'string', pattern: '^[A-Z]{2}$' },
        bounds: {
          type: 'object',
          properties: {
            north: { type: 'number', minimum: -90, maximum: 90 },
            south: { type: 'number', minimum: -90, maximum: 90 },
            east: { type: 'number', minimum: -180, maximum: 180 },
            west: { type: 'number', minimum: -180, maximum: 180 },
          },
          required: ['north', 'south', 'east', 'west'],
        },
      },
      required: ['address'],
    },
    prompts: ['Geocode 10 Downing Street, London'],
  },
  {
    name: 'reverse_geocode',
    schema: {
      type: 'object',
      properties: { lat: { type: 'number', minimum: -90, maximum: 90 }, lng: { type: 'number', minimum: -180, maximum: 180 } },
      required: ['lat', 'lng'],
    },
    prompts: ['What is at lat 48.8584, lng 2.2945?'],
  },
  {
    name: 'translate_text',
    schema: {
      type: 'object',
      properties: {
        text: { type: 'string', minLength: 1, maxLength: 5000 },
        source_language: { type: 'string', pattern: '^[a-z]{2}(-[A-Z]{2})?$' },
        target_language: { type: 'string', enum: ['en', 'fr', 'de', 'es', 'ja', 'zh'] },
        formality: { type: 'string', enum: ['default', 'more', 'less'] },
      },
      required: ['text', 'target_language'],
    },
    prompts: ["Translate 'good morning' to ja"],
  },
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
