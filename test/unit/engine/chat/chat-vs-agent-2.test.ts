// The chat-against-requests probe again, with the same jobs under other tool names and descriptions and another
// batch of chat (written before the engine's changes it measures): chat calls none of the tools, a request
// reaches its own. The false-call bound is the figure reached, so more fail.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { falseCalls, HOUSEHOLD_TOOLS, missedRequest } from '../../../helpers/tool-probes.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

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
  const calls = falseCalls(chat, [...Object.values(sets), HOUSEHOLD_TOOLS]);
  t.comment(`false calls: ${calls.length} of ${chat.length * (Object.keys(sets).length + 1)}\n${calls.join('\n')}`);
  t.ok(calls.length <= FALSE_CALLS_AT_MOST, `${calls.length} false calls, at most ${FALSE_CALLS_AT_MOST}`);
});

t.test('a request reaches the tool that does it under another name', async (t) => {
  const misses = agent.flatMap(([prompt, set, name]) => missedRequest({ prompt, tools: sets[set]!, name }) ?? []);
  t.comment(`misses: ${misses.length} of ${agent.length}\n${misses.join('\n')}`);
  t.same(misses, []);
});

// Nineteen everyday tools at once, among them tools whose words other prompts use in other senses (search_books).
const everyday = [
  fn('get_weather', 'Get the current weather for a location.', ['location', 'unit']),
  fn('get_time', 'Get the current time in a timezone.', ['timezone']),
  fn('web_search', 'Search the web for information.', ['query']),
  fn('send_email', 'Send an email to a recipient.', ['to', 'subject', 'body']),
  fn('create_event', "Create an event on the user's calendar.", ['title', 'date', 'time', 'attendees']),
  fn('list_events', "List events on the user's calendar.", ['date']),
  fn('search_products', 'Search the product catalog.', ['query', 'max_price']),
  fn('add_to_cart', 'Add a product to the shopping cart.', ['product_id', 'quantity']),
  fn('get_order_status', 'Look up the status of an order.', ['order_id']),
  fn('place_order', 'Place an order.', ['items']),
  fn('track_package', 'Track a package shipment.', ['tracking_number']),
  fn('read_file', 'Read a file from the workspace.', ['path']),
  fn('write_file', 'Write content to a file.', ['path', 'content']),
  fn('run_command', 'Run a shell command.', ['command']),
  fn('search_flights', 'Search flights between two airports.', ['origin', 'destination', 'date']),
  fn('book_hotel', 'Book a hotel room.', ['city', 'check_in', 'check_out']),
  fn('book_table', 'Reserve a restaurant table.', ['restaurant', 'party_size', 'date', 'time']),
  fn('search_books', 'Search the library catalog for books.', ['title', 'author']),
  fn('convert_currency', 'Convert money between currencies.', ['amount', 'from', 'to']),
];
const requests: Array<[string, string]> = [
  ['Is it going to rain in Paris tomorrow?', 'get_weather'], ['Do you think it will rain in Oslo tomorrow?', 'get_weather'],
  ['What time is it in London right now?', 'get_time'], ['Tell me the time in Sydney', 'get_time'], ['What is the local time in Lima?', 'get_time'],
  ['Search for the best time to visit Japan', 'web_search'], ['Look up the history of the Roman empire', 'web_search'],
  ['Email my boss that I am sick today', 'send_email'], ['Write an email to Ana about the trip and send it', 'send_email'],
  ['What is on my calendar tomorrow?', 'list_events'], ['Add a meeting with Tom at 3pm to my calendar', 'create_event'],
  ['Order 2 pizzas', 'place_order'], ['I want to order a new phone case', 'place_order'], ['What is the status of my order?', 'get_order_status'],
  ['Why is my order late?', 'get_order_status'], ['Why is order 5512 late?', 'get_order_status'], ["Why didn't my package arrive?", 'track_package'],
  ['Is it possible to order 2 pizzas?', 'place_order'], ['Is it possible to create an event on Friday?', 'create_event'], ['What time is it? I have no time', 'get_time'], ['Where is my package?', 'track_package'], ['Track my parcel 1Z999', 'track_package'],
  ['Read the file notes.txt', 'read_file'], ['Show me config.yaml', 'read_file'], ['Write the summary to out.md', 'write_file'],
  ['Run the test suite', 'run_command'], ['Run npm test and tell me what fails', 'run_command'],
  ['Find a flight to Rome next Friday', 'search_flights'], ['Book a flight from NYC to LA on May 1', 'search_flights'],
  ['Book a hotel in Rome for 2 nights', 'book_hotel'], ['Book me a room in Paris from June 1 to June 3', 'book_hotel'],
  ['Book a table for 4 at 8pm tonight at Luigi', 'book_table'], ['Reserve a table at Nobu on Friday', 'book_table'],
  ['Find books by Ursula Le Guin', 'search_books'], ['Search the library for a book about whales', 'search_books'],
  ['Convert 100 USD to EUR', 'convert_currency'], ['How much is 50 pounds in dollars?', 'convert_currency'],
  ['Find me a good book about whales in the catalog', 'search_books'], ['Set up a meeting with Ana next Tuesday at 10', 'create_event'],
  ['How do I get the weather for Paris? Just check it for me', 'get_weather'], ['Check the order status for order 5512', 'get_order_status'],
];
// Three of these were missed until the prompt's action ordered tools of one topic (actions.ts): 'Order 2 pizzas' and
// 'I want to order a new phone case' tied the two order tools, 'What is on my calendar tomorrow?' the calendar's.
t.test('among nineteen tools at once, a request reaches its own', async (t) => {
  for (const [prompt, name] of requests) {
    const found = matchTools(prompt, everyday);
    t.equal(found[0]?.tool.name, name, `${prompt}: ${found[0]?.why.join('; ') ?? 'none'}`);
  }
});

// A third batch of chat against the first probe's tool sets (its tools as the second file names them here).
const moreChat = [
  'Good evening, how was your day?', 'I can never find the time to exercise.', 'What a waste of time that meeting was.', 'Once upon a time there was a fox.',
  'Tell me a story about a brave knight.', 'I ordered the wrong size again, typical me.', 'My sister loves to read mystery novels.', 'Can you help me with my homework on fractions?',
  'Do you dream?', 'What is love?', 'I think the weather has been strange this year.', 'The search for extraterrestrial life fascinates me.',
  'What is the difference between weather and climate?', 'My email inbox is a mess, any tips to stay organized?', 'I booked a trip to Greece last year and loved it.',
  'The hotel we stayed at had a great pool.', 'How does a search engine rank pages?', 'What are the benefits of reading every day?', 'Please proofread this: Their going to the park.',
  'Give me a list of fun party games.', 'List three fruits that are red.', 'Run me through the basics of investing.', 'I keep a journal every night.',
  'What is the file size limit for Gmail attachments?', 'Should I learn Python or JavaScript first?', 'What would you do with a million dollars?',
  'Make it shorter.', 'Make this sound more formal: see you tomorrow.', 'Rewrite that in a friendlier tone.', 'Shorten the previous answer.',
  'It is time for bed.', 'Can you play a word game with me?', 'My flight attendant friend has crazy stories.', 'I need some advice on cooking rice.',
  'Order matters in this recipe, right?', 'Track and field was my favorite sport in school.', 'The table is made of oak.', 'What happened in 1969?',
  'Who painted the Mona Lisa?', 'Compose a limerick about a cat named Bob.',
];
/** False calls on the third batch: 34 of 200 before the changes, the figure reached now. */
const MORE_FALSE_CALLS_AT_MOST = 9;

t.test('a third batch of chat calls none of the everyday tools', async (t) => {
  const sets = [['get_weather', 'get_time'], ['web_search', 'send_email', 'create_event'], ['search_products', 'add_to_cart', 'get_order_status', 'track_package'], ['read_file', 'write_file', 'run_command'], ['search_flights', 'book_hotel', 'book_table']];
  const named = new Map(everyday.map((tool) => [tool.name, tool]));
  const calls = falseCalls(moreChat, [...sets.map((names) => names.map((name) => named.get(name)!)), HOUSEHOLD_TOOLS]);
  t.comment(`false calls: ${calls.length} of ${moreChat.length * (sets.length + 1)}\n${calls.join('\n')}`);
  t.ok(calls.length <= MORE_FALSE_CALLS_AT_MOST, `${calls.length} false calls, at most ${MORE_FALSE_CALLS_AT_MOST}`);
});
