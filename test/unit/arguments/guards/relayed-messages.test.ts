// Messages relayed to someone, read for a messaging tool's arguments: the verb opening the prompt ("Message Bob
// that…", "Text Maria: …") is no key of the message, the person after it is who it goes to, and the message is
// what the cue ("that", ":") leads to, capitalised as every message read after a cue is ("Ping Bob that lunch is
// ready" → "Lunch is ready").
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';
import { generateArgumentSets } from '../../../../src/domain/arguments/index.js';

/** Every argument set made for `schema` from `prompt` (seed 7). */
function sets(schema: unknown, prompt: string): unknown[] {
  const generated = generateArgumentSets({ schema, prompt, seed: 7 });
  return generated.ok ? generated.value.map((text) => JSON.parse(text) as unknown) : [];
}

const str = { type: 'string' };
const message = object({ to: str, message: str });

t.test('a message\'s key opening the prompt bare is the verb when a cue says what is said', async (t) => {
  t.same(read(message, 'Message Bob that the meeting moved'), { to: 'Bob', message: 'The meeting moved' });
  t.same(read(object({ recipient: str, message: str }), 'Message Bob that the meeting moved'), { recipient: 'Bob', message: 'The meeting moved' });
  t.same(read(object({ to: str, text: str }), 'Text Maria that I am late'), { to: 'Maria', text: 'I am late' });
  t.same(read(object({ to: str, text: str }), 'Text Maria: running late'), { to: 'Maria', text: 'Running late' });
  // With a sign, or with no cue, the key keeps its value.
  t.equal(read(object({ message: str }), 'Message: hello world').message, 'hello world');
  t.equal(read(object({ text: str }), 'Text hello world to translate').text, 'hello world to translate');
  // As before.
  t.same(read(message, 'Text Maria that I am late'), { to: 'Maria', message: 'I am late' });
  t.same(read(message, 'Ping Bob that lunch is ready'), { to: 'Bob', message: 'Lunch is ready' });
  t.same(read(message, 'Send Maria a text saying I am late'), { to: 'Maria', message: 'I am late' });
});

t.test('"tell <someone>" and "let <someone> know" relay what follows the person', async (t) => {
  t.same(read(message, 'Tell Maria I am late'), { to: 'Maria', message: 'I am late' });
  t.same(read(message, "Let Maria know I'm running late"), { to: 'Maria', message: "I'm running late" });
  t.same(read(message, 'Please tell Maria Lopez that the meeting moved'), { to: 'Maria Lopez', message: 'The meeting moved' });
  t.same(read(message, 'Tell Maria, I am late'), { to: 'Maria', message: 'I am late' });
  t.equal(read(message, "Let Maria know that I'm outside").message, "I'm outside");
  // What is relayed is the whole of it, a "because" within it no cue of its own.
  t.equal(read(message, "Tell Maria I'm late because of traffic").message, "I'm late because of traffic");
  t.equal(read(object({ to: str, body: str }), 'Can you tell Sam the build is green').body, 'The build is green');
  // Asked of the assistant, nothing is relayed.
  t.not(read(message, 'Tell me a joke').message, 'A joke');
  t.equal(read(object({ note: str }), 'Let me know if it rains: I need to plan').note, 'I need to plan');
});

t.test('a message to a phone number goes to the number, for a bare `to` or a `recipient`', async (t) => {
  t.same(read(message, "Text 555-0100 that I'm outside"), { to: '555-0100', message: "I'm outside" });
  t.same(read(object({ recipient: str, message: str }), "Text +14155550100 that I'm late"), { recipient: '+14155550100', message: "I'm late" });
  // A person or an address named is taken first; a trip's `to` a place.
  t.equal(read(message, "Text Maria at 555-0100 that I'm late").to, 'Maria');
  t.equal(read(object({ to: str, body: str }), 'Email ana@example.com that the report is ready').to, 'ana@example.com');
  t.equal(read(object({ from: str, to: str }), 'Book a flight from Boston to Denver, call 555-0100 if delayed').to, 'Denver');
});

t.test('the person after a verb of messaging is no subject: the subject is what is said, or the object after the person', async (t) => {
  const email = object({ to: str, subject: str, body: str });
  t.same(read(email, 'Email Ana that the report is ready'), { to: 'Ana', subject: 'The report is ready', body: 'The report is ready' });
  t.equal(read(email, 'Tell Maria I am late').subject, 'I am late');
  t.equal(read(email, "Let Maria know I'm running late").subject, "I'm running late");
  t.equal(read(email, 'Email Bob the Q3 report').subject, 'Q3 report');
  t.equal(read(email, 'Email Maria Lopez the Q3 report').subject, 'Q3 report');
  // As before: an address is no object, and what is said titles it.
  t.equal(read(email, 'Email ana@example.com that the report is ready').subject, 'The report is ready');
  // An address stands for the person: what follows it is the object, or leads it (had titled it the whole prompt).
  t.equal(read(email, 'Email bob@example.com the results').subject, 'Results');
  t.equal(read(email, 'Email bob@example.com the quarterly report').subject, 'Quarterly report');
  t.same(read(email, 'Email bob@example.com about the launch'), { to: 'bob@example.com', subject: 'Launch', body: 'the launch' });
  t.equal(read(email, 'Email bob@example.com with the Q3 numbers').subject, 'Q3 numbers');
});

t.test('"with" or "about" after the person an email goes to leads its subject, short', async (t) => {
  const email = object({ to: str, subject: str, body: str });
  t.same(read(email, 'Email Ana Lopez with the Q3 numbers'), { to: 'Ana Lopez', subject: 'Q3 numbers', body: 'Email Ana Lopez with the Q3 numbers' });
  t.same(read(email, 'Email Ana about the Q3 numbers'), { to: 'Ana', subject: 'Q3 numbers', body: 'the Q3 numbers' });
  t.equal(read(email, 'Email Ana with the Q3 numbers').subject, 'Q3 numbers');
  t.equal(read(email, 'Email Ana regarding the invoice, it is overdue').subject, 'Invoice');
  // As before: a condition is no topic, and what is said titles it.
  t.equal(read(email, 'Email Ana Lopez if the build fails').subject, 'If the build fails');
  t.equal(read(email, 'Email Ana that the report is ready').subject, 'The report is ready');
});

t.test('someone close is who a message goes to, in any case, and named by one word', async (t) => {
  t.same(read(message, 'Tell Mom Happy Birthday'), { to: 'Mom', message: 'Happy Birthday' });
  t.same(read(message, "Tell mom I'm late"), { to: 'mom', message: "I'm late" });
  t.same(read(message, "Let mom know I'm late"), { to: 'mom', message: "I'm late" });
  t.same(read(message, "Tell my wife I'm late"), { to: 'wife', message: "I'm late" });
  t.same(read(message, "Let my boss know I'm sick today"), { to: 'boss', message: "I'm sick today" });
  t.same(read(message, "Let my dad know, I'm home"), { to: 'dad', message: "I'm home" });
  t.same(read(message, 'Message grandma that I arrived'), { to: 'grandma', message: 'I arrived' });
  t.same(read(object({ recipient: str, message: str }), "Text mom I'm outside"), { recipient: 'mom', message: "I'm outside" });
  // Capitalised, a grandparent may lead a name; a name of capitalised words is read whole, as before.
  t.same(read(message, 'Tell Grandma Rose happy birthday'), { to: 'Grandma Rose', message: 'Happy birthday' });
  t.same(read(message, 'Tell Dad I love him'), { to: 'Dad', message: 'I love him' });
  t.same(read(message, 'Tell Maria Lopez that the meeting moved'), { to: 'Maria Lopez', message: 'The meeting moved' });
  // "Text" and "Message" relay what follows the person as "Tell" does.
  t.same(read(message, "Text Maria I'm outside"), { to: 'Maria', message: "I'm outside" });
  t.same(read(message, 'Message John on Slack about the deploy'), { to: 'John', message: 'About the deploy' });
  // No one close: nothing relayed, the message read as before.
  t.equal(read(message, 'Tell the team that the build is green').message, 'The build is green');
  t.not(read(message, 'Tell my story').to, 'story');
});

t.test('M (review 40 F1): a second person joined by "and" after someone close is relayed to too, one set each', async (t) => {
  t.same(sets(message, 'Tell mom and dad I passed'), [{ to: 'mom', message: 'I passed' }, { to: 'dad', message: 'I passed' }]);
  t.same(sets(message, 'Tell my mom and sister I am late'), [{ to: 'mom', message: 'I am late' }, { to: 'sister', message: 'I am late' }]);
  t.same(sets(message, 'Tell mom and my sister I am late'), [{ to: 'mom', message: 'I am late' }, { to: 'sister', message: 'I am late' }]);
  t.same(sets(message, 'Text mom and dad that I landed'), [{ to: 'mom', message: 'I landed' }, { to: 'dad', message: 'I landed' }]);
  // Capitalised names were split already; what is said no longer opens with "And Bob".
  t.same(sets(message, 'Tell Ana and Bob I am late'), [{ to: 'Ana', message: 'I am late' }, { to: 'Bob', message: 'I am late' }]);
  // A comma ends the person: what follows is said.
  t.same(read(message, 'Tell mom, and dad says hi'), { to: 'mom', message: 'And dad says hi' });
});

t.test('M (review 40 F2): after "tell", the person must be told something; what the assistant is asked for is no relay', async (t) => {
  for (const prompt of ['Tell my son a bedtime story', 'Tell mom a joke', 'Tell my wife a poem', 'Tell my boss off', 'Tell papa roach lyrics', 'Tell my mom about the latest iPhone', 'Tell Maria a joke', 'Tell my mom something nice']) {
    const read = sets(message, prompt)[0] as Record<string, unknown>;
    t.notMatch(String(read.message), /^(?:A bedtime story|A joke|A poem|Off|Roach lyrics|About the latest iPhone|Something nice)$/u, prompt);
  }
  // A clause, a greeting, "that" or "to" is told.
  t.same(read(message, 'Tell mom dinner is ready'), { to: 'mom', message: 'Dinner is ready' });
  t.same(read(message, 'Tell mom good night'), { to: 'mom', message: 'Good night' });
  t.same(read(message, 'Tell dad congrats'), { to: 'dad', message: 'Congrats' });
  t.same(read(message, 'Tell Bob the box arrived'), { to: 'Bob', message: 'The box arrived' });
  t.same(read(message, 'Tell mom to pick up milk'), { to: 'mom', message: 'Pick up milk' });
  t.equal(read(message, 'Tell Maria "see you at 8"').to, 'Maria');
});

t.test('M (review 40 F3): whoever a message is relayed to fills a `to` or `recipient` whatever its description', async (t) => {
  for (const description of ['Recipient', 'Recipient name', 'Who gets it']) {
    const described = object({ to: { type: 'string', description }, message: str });
    t.same(read(described, "Tell mom I'm late"), { to: 'mom', message: "I'm late" }, description);
    t.same(read(described, "Let my boss know I'm sick"), { to: 'boss', message: "I'm sick" }, description);
    t.same(read(described, 'Tell Mom Happy Birthday'), { to: 'Mom', message: 'Happy Birthday' }, description);
    t.same(read(described, 'Tell Maria I am late'), { to: 'Maria', message: 'I am late' }, description);
    t.equal(read(described, 'Tell ana@example.com that the report is ready').to, 'ana@example.com', description);
  }
  t.same(read(object({ recipient: { type: 'string', description: 'Who gets it' }, message: str }), 'Tell my wife I love her'), { recipient: 'wife', message: 'I love her' });
  // The stop after the person is no part of them.
  t.equal(read(object({ to: { type: 'string', description: 'Recipient' }, message: str }), 'Tell Mom.').to, 'Mom');
});

t.test('M (review 40 F8): a lower-case name after a grandparent word is theirs when what follows it is said', async (t) => {
  t.same(read(message, 'Tell grandpa joe happy birthday'), { to: 'grandpa joe', message: 'Happy birthday' });
  t.same(read(message, 'Tell grandma rose happy birthday'), { to: 'grandma rose', message: 'Happy birthday' });
  // What is said right after the grandparent word is no name.
  t.same(read(message, 'Tell grandma dinner is ready'), { to: 'grandma', message: 'Dinner is ready' });
  t.same(read(message, 'Tell nana good night'), { to: 'nana', message: 'Good night' });
  t.same(read(message, 'Tell grandpa, joe says hi'), { to: 'grandpa', message: 'Joe says hi' });
});

t.test('a greeting capitalised after a name ends the name: it is what is said', async (t) => {
  t.same(read(message, 'Tell Maria Happy Birthday'), { to: 'Maria', message: 'Happy Birthday' });
  t.same(read(message, 'Tell Maria Lopez Happy Birthday'), { to: 'Maria Lopez', message: 'Happy Birthday' });
  t.same(read(message, 'Text Maria Merry Christmas'), { to: 'Maria', message: 'Merry Christmas' });
  t.equal(read(message, 'Tell Ana Congrats on the new job').to, 'Ana');
  t.equal(read(message, 'Tell Bob Good Luck tomorrow').to, 'Bob');
  // A name that opens with such a word is still a name, and a place's "Good" after a particle is the place's.
  t.equal(read(message, 'Tell Happy Gilmore hi').to, 'Happy Gilmore');
  t.equal(read(object({ city: str }), 'What is the weather in Happy Valley?').city, 'Happy Valley');
});
