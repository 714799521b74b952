// Agent-traffic cases, travel and commerce tools: weather, time, flights, hotels, restaurants, directions,
// currency and unit conversion, stock prices, orders, refunds and parcels, as framework examples define them.
import { looseTool, schema, strictTool, type AgentCase } from './case.js';

const { str, int, num, oneOf, format } = schema;

const weather = strictTool('get_weather', 'Get current temperature for a given location.', {
  location: str('City and country e.g. Bogotá, Colombia'), units: oneOf(['celsius', 'fahrenheit']),
});
const weatherCity = looseTool('weather', 'Get the weather in a location', { properties: { city: str('The city to get the weather for') }, required: ['city'] });
const weatherUnits = looseTool('get_forecast', 'Weather forecast for a city.', { properties: {
  city: str(), days: int('Number of days', { minimum: 1, maximum: 10 }), units: oneOf(['metric', 'imperial']),
}, required: ['city'] });
const time = strictTool('get_current_time', 'Current time in a timezone.', { timezone: str('IANA timezone name') });
const flights = looseTool('search_flights', 'Search for flights.', { properties: {
  origin: str('Departure city or airport'), destination: str('Arrival city or airport'), date: format('date', 'Departure date'),
  passengers: int('Number of passengers', { minimum: 1, maximum: 9 }), cabin: oneOf(['economy', 'premium_economy', 'business', 'first']),
}, required: ['origin', 'destination', 'date'] });
const flightsIata = strictTool('find_flights', 'Find flights between two airports.', {
  from: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the departure airport' },
  to: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the arrival airport' },
  departure_date: format('date'),
});
const hotel = looseTool('book_hotel', 'Book a hotel room.', { properties: {
  city: str(), check_in: format('date'), check_out: format('date'), guests: int(undefined, { minimum: 1 }),
}, required: ['city', 'check_in', 'check_out'] });
const restaurant = looseTool('book_restaurant', 'Reserve a table.', { properties: {
  restaurant: str(), date: format('date'), time: str('HH:MM'), party_size: int(undefined, { minimum: 1 }),
}, required: ['restaurant', 'date', 'time', 'party_size'] });
const directions = looseTool('get_directions', 'Directions between two places.', { properties: {
  origin: str(), destination: str(), mode: oneOf(['driving', 'walking', 'bicycling', 'transit']),
}, required: ['origin', 'destination'] });
const currency = strictTool('convert_currency', 'Convert an amount between currencies.', {
  amount: num(), from: str('ISO 4217 code of the source currency, e.g. USD'), to: str('ISO 4217 code of the target currency'),
});
const units = looseTool('convert_units', 'Convert a value from one unit to another.', { properties: {
  value: num(), from_unit: str(), to_unit: str(),
}, required: ['value', 'from_unit', 'to_unit'] });
const stock = strictTool('get_stock_price', 'Get the latest price for a stock.', { ticker: str('Ticker symbol, e.g. AAPL') });
const order = strictTool('lookup_order', 'Look up an order by its id.', { order_id: str() });
const refund = looseTool('refund_order', 'Refund all or part of an order.', { properties: {
  order_id: str(), amount: num('Amount to refund in dollars'), reason: str(),
}, required: ['order_id', 'reason'] });
const refundWhole = strictTool('issue_refund', 'Refund an order, in whole dollars.', { order_id: str(), amount: int('Whole dollars to refund') });
const parcel = looseTool('track_package', 'Track a parcel.', { properties: {
  tracking_number: str(), carrier: oneOf(['ups', 'fedex', 'usps', 'dhl']),
}, required: ['tracking_number'] });

export const travelCommerceCases: AgentCase[] = [
  { tool: weather, prompt: "What's the weather like in Paris today? Celsius please.", expect: { location: /^Paris/, units: 'celsius' } },
  { tool: weatherCity, prompt: 'Is it going to rain in San Francisco?', expect: { city: 'San Francisco' } },
  { tool: weatherUnits, prompt: 'Give me a 5 day forecast for Chicago in imperial units', expect: { city: 'Chicago', days: 5, units: 'imperial' } },
  { tool: time, prompt: 'What time is it in Tokyo right now?', expect: { timezone: 'Asia/Tokyo' } },
  {
    tool: flights,
    prompt: 'Find flights from New York to London on 2025-09-03 for 2 passengers in business class',
    expect: { origin: 'New York', destination: 'London', date: '2025-09-03', passengers: 2, cabin: 'business' },
  },
  { tool: flights, prompt: 'Find flights from Paris to Rome next Monday', expect: { origin: 'Paris', destination: 'Rome', date: '2026-10-05' } },
  { tool: flightsIata, prompt: 'Any flights from SFO to JFK on 2025-11-20?', expect: { from: 'SFO', to: 'JFK', departure_date: '2025-11-20' } },
  { tool: hotel, prompt: 'Book a hotel in Rome from 2025-05-10 to 2025-05-14 for 2 guests', expect: { city: 'Rome', check_in: '2025-05-10', check_out: '2025-05-14', guests: 2 } },
  { tool: restaurant, prompt: 'Book a table at Nopa for 4 people on 2025-06-12 at 19:30', expect: { restaurant: 'Nopa', date: '2025-06-12', time: '19:30', party_size: 4 } },
  { tool: directions, prompt: 'How do I get from Union Station to Millennium Park by transit?', expect: { origin: 'Union Station', destination: 'Millennium Park', mode: 'transit' } },
  { tool: currency, prompt: 'Convert 250 USD to EUR', expect: { amount: 250, from: 'USD', to: 'EUR' } },
  { tool: currency, prompt: 'How much is 1,200 euros in yen?', expect: { amount: 1200 } },
  { tool: units, prompt: 'How many miles is 42 kilometers?', expect: { value: 42, from_unit: /^(kilometers|km)$/, to_unit: /^(miles|mi)$/ } },
  { tool: stock, prompt: "What's NVDA trading at?", expect: { ticker: 'NVDA' } },
  { tool: order, prompt: 'Where is my order A-10482?', expect: { order_id: 'A-10482' } },
  { tool: refund, prompt: 'Refund $25.50 on order 98765 because the item arrived damaged', expect: { order_id: '98765', amount: 25.5, reason: /item arrived damaged/ } },
  { tool: refund, prompt: 'Refund $1,200.50 on order 98765', expect: { order_id: '98765', amount: 1200.5 } },
  { tool: refundWhole, prompt: 'Refund $1,200 on order 98765', expect: { order_id: '98765', amount: 1200 } },
  { tool: parcel, prompt: 'Where is my UPS package 1Z999AA10123456784?', expect: { tracking_number: '1Z999AA10123456784', carrier: 'ups' } },
];
