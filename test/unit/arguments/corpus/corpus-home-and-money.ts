// A probe table of everyday assistant requests in the domains the other tables cover least — smart home, money,
// travel, reminders and calendar, shopping: ten tools offered together, and per prompt the tool a user means and
// the argument values they would expect (relative dates counted from HOME_AND_MONEY_NOW, a Wednesday).
import type { FunctionTool } from '../../../../src/domain/types.js';
import type { ProbeCase } from './score-table.js';

/** 2026-09-30T16:00:00Z, a Wednesday: "tomorrow" is 2026-10-01, "Friday" 2026-10-02, "Monday" 2026-10-05. */
export const HOME_AND_MONEY_NOW = (): number => Date.UTC(2026, 8, 30, 16) / 1000;

const tool = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name,
  description,
  parameters: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
  strict: undefined,
});

const text = (description: string): Record<string, unknown> => ({ type: 'string', description });
const date = (description: string): Record<string, unknown> => ({ type: 'string', format: 'date', description });
const dateTime = (description: string): Record<string, unknown> => ({ type: 'string', format: 'date-time', description });
const count = (description: string): Record<string, unknown> => ({ type: 'integer', minimum: 1, description });

export const homeAndMoneyTools: FunctionTool[] = [
  tool('set_brightness', 'Set the brightness of the lights in a room.', {
    room: text('The room whose lights to change'),
    level: { type: 'integer', minimum: 0, maximum: 100, description: 'Brightness level, 0-100' },
  }),
  tool('set_thermostat', 'Set the target temperature of the thermostat.', {
    temperature: { type: 'number', description: 'Target temperature' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
  }),
  tool('lock_door', 'Lock a door of the house.', { door: text('Which door to lock, e.g. front, back, garage') }),
  tool('transfer_funds', 'Transfer money between two of the user\'s bank accounts.', {
    from_account: text('Account to take the money from'),
    to_account: text('Account to put the money in'),
    amount: { type: 'number', exclusiveMinimum: 0, description: 'Amount to transfer' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' },
  }),
  tool('get_balance', 'Get the current balance of one of the user\'s bank accounts.', { account: text('Account name, e.g. checking, savings') }),
  tool('search_flights', 'Search for flights between two airports on a date.', {
    origin: text('Departure airport or city'),
    destination: text('Arrival airport or city'),
    date: date('Departure date'),
    passengers: count('Number of passengers'),
  }),
  tool('book_hotel', 'Book a hotel room in a city.', {
    city: text('City of the hotel'),
    check_in: date('Check-in date'),
    check_out: date('Check-out date'),
    guests: count('Number of guests'),
  }),
  tool('create_reminder', 'Create a reminder that notifies the user at a given time.', {
    text: text('What to remind the user of'),
    due: dateTime('When to remind'),
  }),
  tool('create_event', 'Create an event on the user\'s calendar.', {
    title: text('Event title'),
    start: dateTime('Start of the event'),
    duration_minutes: count('Length of the event in minutes'),
  }),
  tool('add_to_cart', 'Add a product to the shopping cart.', { product: text('Product name'), quantity: count('How many to add') }),
];


export const homeAndMoneyCases: readonly ProbeCase[] = [
  { prompt: 'Dim the living room lights to 30%', tool: 'set_brightness', values: { room: 'living room', level: 30 } },
  { prompt: 'Turn the kitchen lights up to full brightness', tool: 'set_brightness', values: { room: 'kitchen', level: 100 } },
  { prompt: 'Set bedroom brightness to 50 percent', tool: 'set_brightness', values: { room: 'bedroom', level: 50 } },
  { prompt: 'Can you make the office lights 75%?', tool: 'set_brightness', values: { room: 'office', level: 75 } },

  { prompt: 'Set the thermostat to 72 degrees fahrenheit', tool: 'set_thermostat', values: { temperature: 72, unit: 'fahrenheit' } },
  { prompt: 'Make it 21°C in here', tool: 'set_thermostat', values: { temperature: 21, unit: 'celsius' } },
  { prompt: 'Turn the heat up to 68F', tool: 'set_thermostat', values: { temperature: 68, unit: 'fahrenheit' } },
  { prompt: "I'm cold, set the temperature to 23 celsius", tool: 'set_thermostat', values: { temperature: 23, unit: 'celsius' } },

  { prompt: 'Lock the front door', tool: 'lock_door', values: { door: ['front', 'front door'] } },
  { prompt: 'Please lock the back door', tool: 'lock_door', values: { door: ['back', 'back door'] } },
  { prompt: 'Lock the garage door for me', tool: 'lock_door', values: { door: ['garage', 'garage door'] } },
  { prompt: 'Make sure the side door is locked', tool: 'lock_door', values: { door: ['side', 'side door'] } },

  {
    prompt: 'Move $250 from checking to savings', tool: 'transfer_funds',
    values: { from_account: 'checking', to_account: 'savings', amount: 250, currency: 'USD' },
  },
  {
    prompt: 'Transfer 1,200 euros from my savings account to checking', tool: 'transfer_funds',
    values: { from_account: ['savings', 'savings account'], to_account: 'checking', amount: 1200, currency: 'EUR' },
  },
  {
    prompt: 'Send £40 from joint to my personal account', tool: 'transfer_funds',
    values: { from_account: 'joint', to_account: ['personal', 'personal account'], amount: 40, currency: 'GBP' },
  },
  {
    prompt: 'Please transfer 75.50 USD from checking to brokerage', tool: 'transfer_funds',
    values: { from_account: 'checking', to_account: 'brokerage', amount: 75.5, currency: 'USD' },
  },

  { prompt: "What's my checking balance?", tool: 'get_balance', values: { account: 'checking' } },
  { prompt: 'How much money is in my savings account?', tool: 'get_balance', values: { account: ['savings', 'savings account'] } },
  { prompt: 'Check the balance on my credit card', tool: 'get_balance', values: { account: 'credit card' } },
  { prompt: 'Show me the balance of my brokerage account', tool: 'get_balance', values: { account: ['brokerage', 'brokerage account'] } },

  {
    prompt: 'Flights from SFO to JFK next Friday for 2', tool: 'search_flights',
    values: { origin: 'SFO', destination: 'JFK', date: '2026-10-02', passengers: 2 },
  },
  {
    prompt: 'Find me a flight from Boston to Chicago on October 12', tool: 'search_flights',
    values: { origin: ['Boston', 'BOS'], destination: ['Chicago', 'ORD', 'CHI'], date: '2026-10-12' },
  },
  {
    prompt: 'Any cheap flights LAX to SEA tomorrow? Just me', tool: 'search_flights',
    values: { origin: 'LAX', destination: 'SEA', date: '2026-10-01', passengers: 1 },
  },
  {
    prompt: 'Search flights London to Paris on 2026-11-03 for 3 passengers', tool: 'search_flights',
    values: { origin: ['London', 'LHR', 'LON'], destination: ['Paris', 'CDG', 'PAR'], date: '2026-11-03', passengers: 3 },
  },

  {
    prompt: 'Book a hotel in Lisbon from October 10 to October 14 for 2 guests', tool: 'book_hotel',
    values: { city: 'Lisbon', check_in: '2026-10-10', check_out: '2026-10-14', guests: 2 },
  },
  {
    prompt: 'I need a hotel room in Tokyo, checking in tomorrow and out on Sunday, just one person', tool: 'book_hotel',
    values: { city: 'Tokyo', check_in: '2026-10-01', check_out: '2026-10-04', guests: 1 },
  },
  {
    prompt: 'Reserve a hotel in Chicago for 3 people, Nov 5 to Nov 8', tool: 'book_hotel',
    values: { city: 'Chicago', check_in: '2026-11-05', check_out: '2026-11-08', guests: 3 },
  },
  {
    prompt: 'Book me a room in Austin next Friday through Sunday', tool: 'book_hotel',
    values: { city: 'Austin', check_in: '2026-10-02', check_out: '2026-10-04' },
  },

  { prompt: 'Remind me to stretch in an hour', tool: 'create_reminder', values: { text: 'stretch', due: '2026-09-30T17:00:00Z' } },
  { prompt: 'Remind me to call mom tomorrow at 6pm', tool: 'create_reminder', values: { text: 'call mom', due: '2026-10-01T18:00:00Z' } },
  { prompt: 'Set a reminder to pay rent on Friday at 9am', tool: 'create_reminder', values: { text: 'pay rent', due: '2026-10-02T09:00:00Z' } },
  {
    prompt: 'Remind me to take out the trash tonight at 8', tool: 'create_reminder',
    values: { text: 'take out the trash', due: '2026-09-30T20:00:00Z' },
  },
  {
    prompt: "Don't let me forget to water the plants on Saturday at 10am", tool: 'create_reminder',
    values: { text: 'water the plants', due: '2026-10-03T10:00:00Z' },
  },

  {
    prompt: 'Schedule a meeting with Sam tomorrow at 3pm for 30 minutes', tool: 'create_event',
    values: { title: ['meeting with Sam', 'Sam'], start: '2026-10-01T15:00:00Z', duration_minutes: 30 },
  },
  {
    prompt: 'Add dentist appointment to my calendar on October 8 at 2pm, one hour', tool: 'create_event',
    values: { title: ['dentist appointment', 'dentist'], start: '2026-10-08T14:00:00Z', duration_minutes: 60 },
  },
  {
    prompt: 'Put a 45 minute team standup on my calendar Monday at 9:30am', tool: 'create_event',
    values: { title: ['team standup', 'standup'], start: '2026-10-05T09:30:00Z', duration_minutes: 45 },
  },
  {
    prompt: 'Create an event called Book Club on Thursday at 7pm for 2 hours', tool: 'create_event',
    values: { title: 'Book Club', start: '2026-10-01T19:00:00Z', duration_minutes: 120 },
  },

  { prompt: 'Add two dozen roses to my cart', tool: 'add_to_cart', values: { product: 'roses', quantity: 24 } },
  { prompt: 'Add three bananas to my cart', tool: 'add_to_cart', values: { product: ['bananas', 'banana'], quantity: 3 } },
  {
    prompt: 'Put 2 packs of AA batteries in my cart', tool: 'add_to_cart',
    values: { product: ['AA batteries', 'packs of AA batteries'], quantity: 2 },
  },
  {
    prompt: 'Add a pair of running shoes to the cart', tool: 'add_to_cart',
    values: { product: 'running shoes', quantity: 1 },
  },
  {
    prompt: "I'd like 6 cans of sparkling water added to my cart", tool: 'add_to_cart',
    values: { product: ['sparkling water', 'cans of sparkling water'], quantity: 6 },
  },
];
