// Readings review 36 found broken: a reported state dropped even when it is the only status ("the problem was
// resolved"), a time after "for" read as goods ("Order sushi for 7 pm pickup"), and relayed messages keeping channel
// words ("Let Ana know by email that …").
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };

t.test('a reported state is the status when nothing else names one', async (t) => {
  const ticket = object({ ticket_id: str, status: { type: 'string', enum: ['open', 'pending', 'solved'] } });
  for (const seed of [1, 5, 7]) {
    for (const prompt of ['Update ticket 5530: the problem was resolved', 'Ticket 5530 has been resolved, update it', 'Update ticket 5530, the customer says it got fixed', 'Mark ticket 5530, it was fixed', 'Ticket 5530 was resolved']) {
      t.equal(read(ticket, prompt, { seed }).status, 'solved', `${prompt} (seed ${seed})`);
    }
    // A state asked for still comes before one reported.
    t.equal(read(ticket, 'Ticket 5530 was closed by mistake, reopen it', { seed }).status, 'open', `seed ${seed}`);
    t.equal(read(ticket, 'Ticket 5530 was reopened by mistake, close it', { seed }).status, 'solved', `seed ${seed}`);
  }
});

t.test('a figure after "for" before am/pm is an hour, the product is named before it', async (t) => {
  const goods = object({ product: { type: 'string', description: 'Product name' }, quantity: { type: 'integer' } });
  const orders: ReadonlyArray<[string, string]> = [['Order sushi for 7 pm pickup', 'sushi'], ['Order flowers for 6 pm delivery', 'flowers'], ['Order a cake for 5 pm collection', 'cake'], ['Order pizza for 8 pm dinner', 'pizza'], ['Order a cake for 9 am breakfast', 'cake'], ['Order coffee for 8 am meeting', 'coffee']];
  for (const [prompt, product] of orders) {
    t.equal(read(goods, prompt).product, product, prompt);
  }
  // A figure opening the order is still a count of goods named after am/pm.
  t.same(read(goods, 'Order 12 am radios'), { product: 'am radios', quantity: 12 });
  t.same(read(goods, 'Order 5 PM kits for the project'), { product: 'PM kits', quantity: 5 });
  t.same(read(goods, 'two dozen roses at 8 pm'), { product: 'roses', quantity: 24 });
});

t.test('a relayed message starts after the channel words (review 36 F5)', async (t) => {
  const chat = object({ recipient: str, message: str });
  t.equal(read(chat, 'Let Maria know by text that I am late').message, 'I am late');
  t.equal(read(chat, 'Tell Ana at ana@example.com the report is ready').message, 'The report is ready');
  t.equal(read(chat, 'Tell Bob via Slack that the build is green').message, 'The build is green');
  t.equal(read(chat, 'Tell Maria at +14155550100: running late').message, 'Running late');
  const mail = object({ to: str, subject: str, body: str });
  t.equal(read(mail, 'Let Ana know by email that the report is ready').body, 'The report is ready');
  // "at" before an hour is part of the message.
  t.equal(read(chat, 'Tell Maria at 5 pm we meet').message, 'At 5 pm we meet');
});

t.test('a phone number right after the messaging verb is whom a bare `to` goes to (review 36 F4)', async (t) => {
  const msg = object({ to: str, message: str });
  t.same(read(msg, 'Text 555-0100 that I arrived in Oslo'), { to: '555-0100', message: 'I arrived in Oslo' });
  t.equal(read(msg, 'Text 555-0100 that the meeting in Berlin moved').to, '555-0100');
  t.equal(read(msg, 'Please text +14155550100: landed in Paris').to, '+14155550100');
  // A trip's `to` still takes the place it goes to.
  t.equal(read(object({ from: str, to: str }), 'Book a flight from Boston to Denver, call 555-0100 if delayed').to, 'Denver');
  t.equal(read(msg, 'Text Maria at 555-0100 that I am in Oslo').to, 'Maria');
});

t.test('a label that is also a verb stays a label before "to issue N" (review 36 F8)', async (t) => {
  const labels = object({ issue_number: { type: 'integer' }, labels: { type: 'array', items: str } });
  for (const [prompt, wanted] of [['Add the labels docs and update to issue 42', ['docs', 'update']], ['Add the labels release and log to issue 42', ['release', 'log']], ['Add the labels ui and link to issue 42', ['ui', 'link']], ['Add the labels bug and report to #42', ['bug', 'report']]] as const) {
    t.same(read(labels, prompt), { issue_number: 42, labels: wanted }, prompt);
  }
  // A verb whose closer leads elsewhere still opens a clause of its own.
  t.same(read(object({ title: str, labels: { type: 'array', items: str }, assignee: str }), 'Create an issue "Crash" with labels bug and assign to maria').labels, ['bug']);
  t.same(read(labels, 'Label it bug and notify by email').labels, ['bug']);
});

t.test('names at the edges of a relay (review 36 F6)', async (t) => {
  const chat = object({ recipient: str, message: str });
  t.equal(read(chat, 'Tell Maria Lopez Garcia I am late').message, 'I am late', 'a third capitalised word is the name\'s');
  t.equal(read(chat, 'Tell Bob to call me back').message, 'Call me back');
  t.equal(read(chat, 'Tell Siri to set a timer').message, 'Set a timer');
  t.equal(read(chat, 'Tell Maria that I am late').message, 'I am late');
});

t.test('two capitalised words before a lower-case word of their phrase are a title, no person (review 36 F7)', async (t) => {
  const event = object({ title: str, start: { type: 'string', format: 'date-time' } });
  t.equal(read(event, 'Email Team Sync invite for Monday 10am').title, 'Team Sync invite');
  const email = object({ to: str, subject: str, body: str });
  t.equal(read(email, 'Email Bob the Q3 report').subject, 'Q3 report');
  t.equal(read(email, 'Email Ana Lopez the Q3 report').subject, 'Q3 report');
});

t.test('two capitalised words before a condition, a time or a way are a person, no title (review 38 F1)', async (t) => {
  const email = object({ to: str, subject: str, body: str });
  t.equal(read(email, 'Email Ana Lopez if the build fails').subject, 'If the build fails');
  for (const prompt of ['Email Ana Lopez with the Q3 numbers', 'Email Ana Lopez on Monday about the launch', 'Email Ana Lopez tomorrow about the launch']) {
    t.notMatch(String(read(email, prompt).subject), /^Ana Lopez/, prompt);
  }
  const event = object({ title: str, start: { type: 'string', format: 'date-time' } });
  t.notMatch(String(read(event, 'Ping Ana Lopez when the meeting starts Monday 10am').title), /^Ana Lopez/);
});

t.test('a verb after "and" stays a clause before a time, a count or a pronoun (review 38 F2)', async (t) => {
  const labels = object({ labels: { type: 'array', items: str } });
  for (const prompt of ['Label it bug and schedule for 3 pm', 'Add labels bug and assign to 2 engineers', 'Label it bug and close in 1 hour', 'Label it bug and push to 2.0', 'Label it bug and assign to them', 'Label it bug and assign to both']) {
    t.same(read(labels, prompt).labels, ['bug'], prompt);
  }
  t.same(read(labels, 'Add the labels bug and report to 42').labels, ['bug', 'report'], 'a bare number ending the clause names the issue');
});
