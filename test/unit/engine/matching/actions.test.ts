// The action a prompt asks for and the one a tool does: an opening verb or a question, a tool's name or description.
import t from 'tap';
import { actionFit, askedAction, toolAction } from '../../../../src/domain/engine/matching/actions.js';

t.test('a prompt asks for its opening verb, or for a reading when it asks a question', async (t) => {
  const asked = (prompt: string): string | undefined => askedAction(prompt)?.group;
  t.equal(asked('Order 2 pizzas'), 'order');
  t.equal(asked('I want to order a new phone case'), 'order', 'after the openers');
  t.equal(asked('Could you please buy more milk'), 'order');
  t.equal(asked('Order status for 5512'), 'read', 'a noun by the word after it, asking for a state');
  t.equal(asked('Status of ticket 4821'), 'read');
  t.equal(asked('Can you tell me where my order is?'), 'read');
  t.equal(asked('Tell Bob I am late'), undefined, 'a message, said otherwise');
  t.equal(asked('Where is my order?'), 'read');
  t.equal(asked('My order never arrived'), 'read', "a statement about the user's own thing");
  t.equal(asked('Schedule a call at 3pm'), 'create');
  t.equal(asked('I need to cancel the booking'), 'delete');
  t.equal(asked('Email Alice the notes'), 'send');
  t.equal(asked('Pizzas for everyone!'), undefined, 'no verb, no question');
  t.equal(asked('Change status of ticket 4821 to resolved'), 'update', 'a verb seldom a noun stays a verb before a state');
  t.equal(asked('Set status of task 12 to done'), 'create');
  t.equal(asked('Email details of the meeting to Bob'), 'send', 'a noun-verb sending "to" someone');
  t.equal(asked('Email address of Bob'), 'read');
  t.equal(asked('Order history to my email'), 'read', 'an order is sent to no one');
  t.equal(asked('Are you able to add an event?'), 'create', 'a question asking for the verb after it');
  t.equal(asked("Why don't you add lunch"), 'create');
  t.equal(asked('Would you mind adding lunch'), 'create', 'an -ing form folded');
  t.equal(asked('How about scheduling a call'), 'create');
  t.equal(asked('Do you mind putting it on my list'), 'create');
  t.equal(asked('Are you able to tell me a joke?'), 'read', 'no verb of ours after it: the question reads');
  t.equal(asked('My kids want pizza. Order 2 pizzas'), 'order', 'a statement, then an imperative');
  t.equal(asked('My order is late. Where is it?'), 'read', 'a statement, then a question');
  t.equal(asked('Is my order late? Order 2 pizzas'), 'read', 'a question stays the ask');
  t.equal(asked('Show my orders. Cancel order 5512'), 'read', 'an imperative first stays the ask');
  t.equal(asked("Don't create an event, just list my events"), 'read', 'a denied verb: the next clause asks');
  t.equal(asked('Never cancel it'), undefined, 'nothing asked after the denial');
  t.equal(asked(''), undefined);
});

t.test("a tool's action: its name's first or last verb, else its description's first", async (t) => {
  t.match(toolAction('place_order', 'Whatever.'), { kind: 'make', group: 'order', word: 'place', named: true });
  t.match(toolAction('eventsList', ''), { kind: 'read', group: 'read', word: 'list' });
  t.match(toolAction('get_user', ''), { group: 'read', named: false }, "'get' is no word a name matches by");
  t.match(toolAction('web_search', 'The web.'), { group: 'read', word: 'search' }, 'the last word of the name');
  t.match(toolAction('mailbox', 'Searches the mailbox.'), { group: 'read', word: 'search' }, 'a third person in the description');
  t.equal(toolAction('headlines', 'News from today.'), undefined, "'news' is no 'new'");
  t.equal(toolAction('calculator', 'Evaluate a math expression.'), undefined);
  t.match(toolAction('order_status', 'Whatever.'), { kind: 'read', word: 'status' }, 'a noun-verb first: a state word after it reads');
  t.match(toolAction('order_history', ''), { kind: 'read' });
  t.match(toolAction('email_search', ''), { group: 'read', word: 'search' }, 'a verb after it acts');
  t.match(toolAction('book_search', ''), { group: 'read' });
  t.match(toolAction('email_send', ''), { group: 'send', word: 'send' });
  t.match(toolAction('order_placement', 'Places a new order.'), { group: 'order', word: 'order' }, 'none after it: the noun-verb');
  t.match(toolAction('create_order_status', ''), { group: 'create' }, 'a verb first that is no noun wins');
});

t.test('the same group fits, the same kind half, a removal only a removal', async (t) => {
  const order = askedAction('Order 2 pizzas');
  t.equal(actionFit(order, toolAction('place_order', '')), 1);
  t.equal(actionFit(order, toolAction('add_to_cart', '')), 0.5);
  t.equal(actionFit(order, toolAction('get_order_status', '')), 0);
  t.equal(actionFit(askedAction('Cancel my order'), toolAction('place_order', '')), 0);
  t.equal(actionFit(askedAction('Book a table'), toolAction('book_table', '')), 0, 'the name already matched the verb');
  t.equal(actionFit(undefined, toolAction('place_order', '')), 0);
});

t.test('a prompt is read on its first words, whatever its length', async (t) => {
  const started = performance.now();
  askedAction(`please ${'order '.repeat(200000)}`);
  t.ok(performance.now() - started < 200);
});
