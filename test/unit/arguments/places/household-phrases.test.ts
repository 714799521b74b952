// The readings the home-and-money table asked for, one by one with what they must leave alone: a plain noun's
// phrase ("the living room lights" → living room), a direction's ("from checking to savings"), what is counted for
// goods, an example a description gives, a temperature's scale glued on ("68F"), and a reminder's text without its day.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer' };

t.test('a plain noun takes the phrase it heads; a key ending a noun phrase takes no bare value', async (t) => {
  t.equal(read(object({ room: str }), 'Dim the living room lights to 30%').room, 'living room');
  t.equal(read(object({ room: str }), 'Set the bathroom light to 40').room, 'bathroom');
  t.equal(read(object({ door: str }), 'Is the back door locked?').door, 'back door');
  t.equal(read(object({ room: { type: 'string', description: 'The room whose lights to change' } }), 'Turn the kitchen lights up').room, 'kitchen');
  // Not a phrase: a key with a connector keeps its value.
  t.equal(read(object({ status: str }), 'Set the new status to done').status, 'done');
});

t.test('a property pointing from or to takes the phrase after its direction', async (t) => {
  const schema = object({ from_account: str, to_account: str, amount: { type: 'number' } });
  t.same(read(schema, 'I want to move 50 dollars from checking to savings'), { from_account: 'checking', to_account: 'savings', amount: 50 });
  t.same(read(schema, 'Transfer 1,200 euros from my savings account to checking'), { from_account: 'savings account', to_account: 'checking', amount: 1200 });
});

t.test('goods take what is counted; an example the description gives is read where written', async (t) => {
  t.same(read(object({ product: str, quantity: int }), 'Put 2 packs of AA batteries in my cart'), { product: 'AA batteries', quantity: 2 });
  t.equal(read(object({ item: str }), 'Add a pair of running shoes to the cart').item, 'running shoes');
  t.equal(read(object({ account: { type: 'string', description: 'Account name, e.g. checking, savings' } }), "What's my checking balance?").account, 'checking');
});

t.test('a temperature takes a reading with its scale glued on; a count does not', async (t) => {
  const schema = object({ temperature: { type: 'number' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } });
  t.same(read(schema, 'Turn the heat up to 68F'), { temperature: 68, unit: 'fahrenheit' });
  t.same(read(schema, 'Set it to 68°F'), { temperature: 68, unit: 'fahrenheit' });
  t.same(read(schema, 'Set it to 20C'), { temperature: 20, unit: 'celsius' });
  t.equal(read(object({ apartment: str, count: int }), 'Deliver 3 boxes to apartment 4C').count, 3);
});

t.test('a count of travellers is one when the user goes alone; other counts are not', async (t) => {
  t.equal(read(object({ destination: str, passengers: int }), 'Any cheap flights to SEA tomorrow? Just me').passengers, 1);
  t.equal(read(object({ city: str, guests: int }), 'A hotel in Rome, traveling solo').guests, 1);
  t.not(read(object({ limit: { type: 'integer', minimum: 2, maximum: 50 } }), 'Just me asking: list the files').limit, 1);
});

t.test("a reminder's text loses the day of the time it gives, not a day said alone", async (t) => {
  const schema = object({ text: str, due: { type: 'string', format: 'date-time' } });
  const now = (): number => Date.UTC(2026, 8, 30, 16) / 1000;
  t.equal(read(schema, 'Remind me to call mom tomorrow at 6pm', { now }).text, 'Call mom');
  t.equal(read(schema, 'Set a reminder to pay rent on Friday at 9am', { now }).text, 'Pay rent');
  t.equal(read(object({ body: str }), 'Email sam@contoso.com saying lunch is moved to tomorrow').body, 'Lunch is moved to tomorrow');
});
