// How a prompt is worded: a request for a task, a question after the user's own thing, or a question asking for an
// explanation or an opinion, whose tool words are only its topic.
import t from 'tap';
import { explanationAsked, laterRequest, requestVerb } from '../../../../src/domain/engine/matching/request.js';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const fn = (name: string, description: string, properties: string[]): FunctionTool =>
  ({ name, description, parameters: { type: 'object', properties: Object.fromEntries(properties.map((key) => [key, {}])) }, strict: undefined });

t.test('a question asking for an explanation or an opinion', async (t) => {
  const rows: Array<[string, string | undefined]> = [
    ['Why are hotels so expensive in Paris?', 'why'],
    ['Can you explain recursion?', 'explain'],
    ['What is a terminal in computing?', 'what is a'],
    ['Is it weird to eat alone at a restaurant?', 'is it weird'],
    ['How do airlines set prices?', 'how do'],
    ['What does "out of order" mean?', 'what … mean'],
    ['Do you like rainy days?', 'do you like'],
    ['How do I get from Union Station to Millennium Park by transit?', undefined],
    ['Why is my order late?', undefined],
    ['Is it sunny in Madrid right now?', undefined],
    ['What is the weather in Paris?', undefined],
    ['What is a good hotel in Rome?', undefined],
    ['Do you think it will rain in Oslo tomorrow?', undefined],
    ['Are you able to book a table?', undefined],
    // Whether a task can be done, with a request verb after: a request for it; else a question.
    ['Is it possible to order 2 pizzas?', undefined],
    ['Is it possible to create an event on Friday?', undefined],
    ['Is it possible to travel faster than light?', 'is it possible'],
    // A why-question about the user's own thing, or a thing named by its identifier, asks for its state.
    ["Why hasn't order 12345 shipped?", undefined],
    ['Why is order #4417 late?', undefined],
    ["Why didn't my package arrive?", undefined],
    ['Why did the 1969 moon landing matter?', 'why'],
    ['Why was the year 1066 important?', 'why'],
    ['Why did WW2 start?', 'why'],
    // "list" after an explanation lists things only with files, folders or commands after it.
    ['Explain recursion, and list examples', 'explain'],
    ['Explain the build, then list the files in src', undefined],
    ['Are you a bot?', 'are you a'],
    ['My email inbox is a mess, any tips to stay organized?', 'tips'],
    ['What is the difference between weather and climate?', 'what is the difference'],
  ];
  for (const [prompt, opening] of rows) t.equal(explanationAsked(prompt), opening, prompt);
});

t.test('in such a question a tool word is a topic; a value the tool takes still asks for it', async (t) => {
  const hotel = fn('reserve_hotel', 'Reserve a hotel.', ['city', 'nights']);
  t.same(matchTools('Why are hotels so expensive in Paris?', [hotel]), []);
  t.equal(matchTools('Reserve a hotel in Paris', [hotel])[0]?.tool.name, 'reserve_hotel');
  const read = fn('read_file', 'Read a file.', ['path']);
  t.equal(matchTools('Explain what src/index.ts does', [read])[0]?.tool.name, 'read_file');
  t.equal(matchTools('Explain how to use read_file', [read])[0]?.tool.name, 'read_file', 'a tool named verbatim is still called');
});

/** Everyday tools, as in the chat-vs-agent probe. */
const everyday = [
  fn('get_weather', 'Get the current weather for a location.', ['location', 'unit']),
  fn('web_search', 'Search the web for information.', ['query']),
  fn('create_event', "Create an event on the user's calendar.", ['title', 'date', 'time', 'attendees']),
  fn('run_command', 'Run a shell command.', ['command']),
  fn('search_flights', 'Search flights between two airports.', ['origin', 'destination', 'date']),
  fn('book_hotel', 'Book a hotel room.', ['city', 'check_in', 'check_out', 'guests']),
  fn('book_ride', 'Book a taxi ride.', ['pickup', 'dropoff', 'pickup_time']),
  fn('book_table', 'Reserve a restaurant table.', ['restaurant', 'party_size', 'date', 'time']),
  fn('set_alarm', 'Set an alarm.', ['time', 'label', 'repeat_days']),
];

t.test('a later clause asking for a task asks for its tool after a question opening the prompt', async (t) => {
  const rows: Array<[string, string]> = [
    ['Why is the build failing? Run npm test', 'run_command'],
    ['Explain the error, then run the tests again', 'run_command'],
    ['Who is free on Friday? Create an event called Sync', 'create_event'],
    ['Why do I keep forgetting? Set an alarm for 7am', 'set_alarm'],
    ['Who is flying to Paris? Search flights from London to Paris tomorrow', 'search_flights'],
    ['Tell me about the history of Paris and book a hotel there', 'book_hotel'],
    ['Any tips for Rome? Also book a hotel there for 3 nights', 'book_hotel'],
    // A "how" question after a thing's state on a day, or how it looks, asks for its data.
    ['How does the weather look in Berlin tomorrow?', 'get_weather'],
    ['How do flights from London to NYC look on Friday?', 'search_flights'],
    ['Explain the build, then list the files in the src directory', 'run_command'],
    ['Explain recursion, and list examples, then run npm test', 'run_command'],
  ];
  for (const [prompt, name] of rows) t.equal(matchTools(prompt, everyday)[0]?.tool.name, name, prompt);
  t.equal(explanationAsked('Why is the build failing? Run npm test'), undefined);
  // A question alone, or followed by more questions, still asks for no tool.
  for (const prompt of ['Why is the build failing?', 'Why are hotels so expensive? And why is Paris so busy?', 'How does a rainbow form?', 'How are you today?', 'Explain recursion, and list examples', 'Why do stacks overflow? List a few causes']) {
    t.same(matchTools(prompt, everyday), [], prompt);
  }
});

t.test('a request holding an advice word asks for its tool: the word is its topic', async (t) => {
  for (const prompt of ['Search the web for tips on sleep', 'Search for advice on job interviews', 'Book a hotel in Rome, any tips?']) {
    t.equal(explanationAsked(prompt), undefined, prompt);
  }
  t.equal(matchTools('Search the web for tips on sleep', everyday)[0]?.tool.name, 'web_search');
  const [best] = matchTools('Search for advice on job interviews', everyday);
  t.equal(best?.tool.name, 'web_search');
  t.equal(matchTools('Book a hotel in Rome, any tips?', everyday)[0]?.tool.name, 'book_hotel');
  // Advice asked in a question or a statement still asks for none.
  for (const prompt of ['What are some tips for better sleep?', 'Any advice for running my first marathon?', 'My flight is tomorrow, any tips?']) {
    t.same(matchTools(prompt, everyday), [], prompt);
  }
});

t.test('a question after the user\'s own thing is a request', async (t) => {
  t.equal(requestVerb('Where is my parcel?'), 'where is my');
  t.equal(requestVerb('Has my order shipped yet?'), 'has my');
  t.equal(requestVerb('Where is the nearest post office?'), undefined);
  t.equal(requestVerb('What day is it?'), 'what day');
  t.equal(requestVerb('Is it possible to order 2 pizzas?'), 'order', 'whether a task can be done asks for it');
  t.equal(requestVerb('Is there any way to book a table for 2 tonight?'), 'book');
  t.equal(requestVerb('Would it be possible to send my report to Ana?'), 'send');
  t.equal(requestVerb('Is it possible to travel faster than light?'), undefined);
  // A request verb alone is no task: the words after it must name the user's own thing, a number, a day or a time.
  for (const chat of ['Is it possible to run a marathon without training?', 'Is it possible to send a letter without a stamp?', 'Is it possible to search for life on Mars?', 'Is it possible to create life in a lab?']) {
    t.equal(requestVerb(chat), undefined, chat);
  }
});

t.test('"I think", "I guess", "I believe" give an opinion, unless a suggestion asking a task follows', async (t) => {
  const hotel = [fn('book_hotel', 'Book a hotel room', ['city', 'nights'])];
  for (const prompt of ['I think we should book a hotel in Rome for 3 nights', 'I guess we need to book a hotel in Rome', 'I believe you should book a hotel in Rome', 'I think that we should book a hotel in Rome']) {
    t.equal(explanationAsked(prompt), undefined, prompt);
    t.equal(matchTools(prompt, hotel)[0]?.tool.name, 'book_hotel', prompt);
  }
  // An opinion, or a suggestion of no task, stays chat.
  for (const prompt of ['I think the hotel was nice', 'I guess the hotel was nice', 'I believe the hotel was nice', 'I think we should talk about hotels']) {
    t.same(matchTools(prompt, hotel), [], prompt);
  }
});

t.test('an opinion opener covers its own sentence: a later sentence that asks, or an intent of a task, still asks', async (t) => {
  const weather = [fn('get_weather', 'Get the current weather for a city.', ['city'])];
  const order = [fn('get_order_status', 'Get the status of an order.', ['order_id'])];
  const rows: Array<[string, FunctionTool[]]> = [
    ["I guess it's raining in London. What's the weather in London?", weather],
    ["I think it's raining in London. What's the weather in London?", weather],
    ['I guess order 5512 is late. Check it', order],
    ['I believe order 5512 is late. Can you check it?', order],
    ["I guess I'll check the weather in London", weather],
    ['I think so. We should check the weather in London', weather],
  ];
  for (const [prompt, tools] of rows) {
    t.equal(explanationAsked(prompt), undefined, prompt);
    t.equal(matchTools(prompt, tools)[0]?.tool.name, tools[0]!.name, prompt);
  }
  // Later sentences that state, explain or only ask back keep the opinion.
  for (const prompt of ['I think the weather was nice. It was sunny.', "I guess the weather was nice. Don't you agree?", 'I believe the weather was odd. Why was it so warm?', "I guess I'll never understand the weather"]) {
    t.not(explanationAsked(prompt), undefined, prompt);
    t.same(matchTools(prompt, weather), [], prompt);
  }
});

t.test("after an opinion, a later sentence asking for talk, or the user's own plan, keeps the opinion (review 22)", async (t) => {
  const weather = [fn('get_weather', 'Get the current weather for a city.', ['city'])];
  const hotel = [fn('book_hotel', 'Book a hotel room', ['city'])];
  const reminder = [fn('set_reminder', 'Set a reminder.', ['text', 'time'])];
  const search = [fn('search_web', 'Search the web.', ['query'])];
  const rows: Array<[string, FunctionTool[]]> = [
    ['I think the weather in Paris is nice. Tell me why.', weather],
    ['I think the weather in Paris is lovely. Tell me what you think.', weather],
    ['I think the weather in Paris is nice. Give me your opinion.', weather],
    ['I think the weather in Paris is nice. Give me your thoughts.', weather],
    ['I think the hotel in Rome was great. Tell me more about Rome.', hotel],
    ['I think the hotel in Rome was great. Explain why people love it.', hotel],
    ["I think I'll remind him myself tomorrow", reminder],
    ["I think I'll look into learning Rust this year", search],
    ["I guess I'll tell her myself", reminder],
  ];
  for (const [prompt, tools] of rows) t.same(matchTools(prompt, tools), [], prompt);
  // A later sentence asking for a task, or an intent the assistant is asked for, still calls.
  const asking: Array<[string, FunctionTool[]]> = [
    ['I think the weather in Paris is nice. Tell me the weather in Paris tomorrow.', weather],
    ["I think I'll remind you to call mom at 5pm", reminder],
    ['I think the weather in Paris is odd. Check it and tell me why', weather],
  ];
  for (const [prompt, tools] of asking) t.equal(matchTools(prompt, tools)[0]?.tool.name, tools[0]!.name, prompt);
});

t.test('after an opinion, "tell me" or "give me" naming a thing a tool gives asks for it; only why, more, your opinion is talk (review 23)', async (t) => {
  const weather = [fn('get_weather', 'Get the current weather for a city.', ['city'])];
  const forecast = [fn('get_forecast', 'Get the weather forecast for a city.', ['city'])];
  const order = [fn('get_order_status', 'Get the status of an order.', ['order_id'])];
  const hotels = [fn('search_hotels', 'Search hotels in a city.', ['city'])];
  const asking: Array<[string, FunctionTool[]]> = [
    ['I think it will rain. Tell me what the weather in London is tomorrow.', weather],
    ['I think it might rain. Tell me how the weather looks in London.', weather],
    ['I think it might rain. Give me a forecast for London.', forecast],
    ['I think order 5512 is late. Tell me what its status is.', order],
    ['I think Rome is lovely. Give me a few hotels in Rome.', hotels],
    ['I guess Rome is lovely. Give me some hotels in Rome.', hotels],
  ];
  for (const [prompt, tools] of asking) t.equal(matchTools(prompt, tools)[0]?.tool.name, tools[0]!.name, prompt);
  const talk = ['I think Rome is lovely. Tell me why.', 'I think Rome is lovely. Tell me more about Rome.', 'I think Rome is lovely. Give me your opinion.',
    'I think Rome is lovely. Give me your thoughts.', 'I guess Rome is lovely. Tell me what you think.', 'I think Rome is lovely. Give me a reason.'];
  for (const prompt of talk) t.same(matchTools(prompt, hotels), [], prompt);
});

t.test('reading the wording is linear in the prompt', async (t) => {
  for (const prompt of ['why '.repeat(30000), 'why, and '.repeat(20000), 'is it '.repeat(20000), 'what '.repeat(20000) + 'mean']) {
    const started = performance.now();
    explanationAsked(prompt);
    requestVerb(prompt);
    laterRequest(prompt);
    const elapsed = performance.now() - started;
    t.ok(elapsed < 1000, `${JSON.stringify(prompt.slice(0, 8))}… took ${elapsed.toFixed(1)} ms`);
  }
});
