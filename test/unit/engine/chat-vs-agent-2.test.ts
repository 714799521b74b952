// The chat-against-requests probe again, with the same jobs under other tool names and descriptions and another
// batch of chat (written before the engine's changes it measures): chat calls none of the tools, a request
// reaches its own. The false-call bound is the figure reached, so more fail.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';

const fn = (name: string, description: string, properties: string[]): FunctionTool =>
  ({ name, description, parameters: { type: 'object', properties: Object.fromEntries(properties.map((key) => [key, {}])) }, strict: undefined });

const sets: Record<string, FunctionTool[]> = {
  clock: [fn('get_current_time', 'Returns the current date and time for a timezone.', ['timezone']), fn('get_forecast', 'Weather forecast for a city.', ['city', 'days'])],
  mail: [fn('search_web', 'Search the internet.', ['q']), fn('send_message', 'Send a message to a contact.', ['recipient', 'text']), fn('add_calendar_event', 'Add an event to the calendar.', ['title', 'start', 'end'])],
  store: [fn('find_products', 'Find products in the store.', ['keywords']), fn('place_order', 'Place an order for a product.', ['product_id', 'quantity']), fn('track_shipment', 'Track a shipment by id.', ['shipment_id']), fn('view_cart', 'Show the cart.', [])],
  dev: [fn('list_directory', 'List a directory.', ['path']), fn('edit_file', 'Edit a file by replacing text.', ['path', 'old', 'new']), fn('exec', 'Execute a shell command.', ['cmd']), fn('grep', 'Search files for a pattern.', ['pattern'])],
  trip: [fn('find_flights', 'Find flights.', ['from', 'to', 'date']), fn('reserve_hotel', 'Reserve a hotel.', ['city', 'nights']), fn('request_ride', 'Request a ride.', ['pickup', 'dropoff']), fn('make_reservation', 'Make a restaurant reservation.', ['restaurant', 'time', 'people'])],
};
type SetName = keyof typeof sets;

const chat = [
  'Hi there, nice to meet you!', 'What is your favorite color?', 'Can you help me understand photosynthesis?', 'How does a rainbow form?',
  'What is the meaning of life?', 'I am so tired of winter.', 'Tell me something interesting.', 'What are the rules of chess?',
  'Why do cats purr?', 'Give me a fun fact about octopuses.', 'I lost track of time reading yesterday.', 'Every time I cook pasta it sticks.',
  'This is the first time I have tried sushi.', 'Is now a good time to learn piano?', 'Please put these words in alphabetical order: pear, apple.',
  'Put these events in chronological order for me.', 'My order of priorities is family first.', 'Who is the author of that book?',
  'I am reading a book on stoicism.', 'Any good books about history?', 'Explain what a shell script is.', 'What is a terminal in computing?',
  'How do I find a good therapist?', 'How can I message my landlord without sounding rude?', 'What should I write in a birthday card?',
  'Write me a poem about the sea.', 'Write a short story about a dragon.', 'Can you write an essay on climate change?', 'What is the file format of a PDF?',
  'What does the cart before the horse mean?', 'What is the shipping industry worth?', 'How do airlines set prices?', 'Why are hotels so expensive in Paris?',
  'Is it weird to eat alone at a restaurant?', 'What is the weather like in a desert usually?', 'Do you like rainy days?', 'How long is a flight to the moon?',
  'Summarize our conversation so far.', 'What did I just ask you?', 'Are you able to feel emotions?', 'What is your name?', 'Search me, I have no idea.',
  'I ordered pizza last night and it was cold.', 'The package of cookies was empty.', 'We took a cab home after the party.', 'Whats up?',
  'Thank you so much!', 'That makes sense, thanks.', 'Can you tell me about the history of calendars?', 'What is a good time management technique?',
];
const agent: Array<[string, SetName, string]> = [
  ['What time is it in Sydney?', 'clock', 'get_current_time'], ['Forecast for Rome for the next 3 days', 'clock', 'get_forecast'], ['Will it snow in Denver tomorrow?', 'clock', 'get_forecast'],
  ["What's today's date?", 'clock', 'get_current_time'], ['Search the internet for cheap laptops reviews', 'mail', 'search_web'], ['Message Tom that I am running late', 'mail', 'send_message'],
  ['Send a message to Anna: dinner at 8?', 'mail', 'send_message'], ['Add a calendar event for the dentist on Monday at 9', 'mail', 'add_calendar_event'],
  ['Find me a yoga mat under 30 dollars', 'store', 'find_products'], ['Order two packs of AA batteries', 'store', 'place_order'], ['Where is my shipment?', 'store', 'track_shipment'],
  ['Track shipment 88123', 'store', 'track_shipment'], ["What's in my cart?", 'store', 'view_cart'], ['Where is my parcel?', 'store', 'track_shipment'],
  ['List the directory src/', 'dev', 'list_directory'], ['Replace foo with bar in main.py', 'dev', 'edit_file'], ['Execute ls -la', 'dev', 'exec'], ['Run the build', 'dev', 'exec'],
  ['Grep for TODO in the repo', 'dev', 'grep'], ['Find flights from Paris to Berlin on May 2', 'trip', 'find_flights'], ['Reserve a hotel in Vienna for 3 nights', 'trip', 'reserve_hotel'],
  ['I need a ride to the station', 'trip', 'request_ride'], ['Make a reservation at Noma for 4 people at 7pm', 'trip', 'make_reservation'], ['Book a table for two tonight', 'trip', 'make_reservation'],
];
/** False calls the engine still makes on the chat prompts: the figure reached, which only a regression exceeds. */
const FALSE_CALLS_AT_MOST = 5;

t.test('ordinary chat, offered everyday tools under other names, calls none of them', async (t) => {
  const calls: string[] = [];
  for (const prompt of chat) {
    for (const tools of Object.values(sets)) {
      const found = matchTools(prompt, tools);
      if (found.length > 0) calls.push(`${prompt} → ${found[0]!.tool.name} (${found[0]!.why.join('; ')})`);
    }
  }
  t.comment(`false calls: ${calls.length} of ${chat.length * Object.keys(sets).length}\n${calls.join('\n')}`);
  t.ok(calls.length <= FALSE_CALLS_AT_MOST, `${calls.length} false calls, at most ${FALSE_CALLS_AT_MOST}`);
});

t.test('a request reaches the tool that does it under another name', async (t) => {
  const misses: string[] = [];
  for (const [prompt, set, name] of agent) {
    const found = matchTools(prompt, sets[set]!);
    if (found[0]?.tool.name !== name) misses.push(`${prompt} → ${found[0]?.tool.name ?? 'none'}, not ${name} (${found[0]?.why.join('; ') ?? ''})`);
  }
  t.comment(`misses: ${misses.length} of ${agent.length}\n${misses.join('\n')}`);
  t.same(misses, []);
});
