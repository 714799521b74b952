// Corpus schemas in the style of everyday assistant tools: weather, search, calendar, email, payments,
// chat, maps, translation (conversion, todos, travel and the like are in corpus-task-tools.ts).
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
];
