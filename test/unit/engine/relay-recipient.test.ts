// Whom a message goes to when what it says names someone else: "Email Bob that I sent $50 to Ana" goes to Bob, "Text
// Maria to send $40 to Bob" to Maria (saying "Send $40 to Bob"); and money sent straight to someone ("Send Bob $50")
// is money, not a message.
import t from 'tap';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';

const str = { type: 'string' };
const email = strictTool('send_email', 'Send an email.', { to: str, subject: str, body: str });
const message = strictTool('send_message', 'Send a text message to someone.', { to: str, message: str });
const transfer = strictTool('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } });

t.test('the person after the verb, not a place in what is said', async (t) => {
  const [[name, args] = ['', {}]] = decidedCalls([email], 'Email Bob that I sent $50 to Ana');
  t.equal(name, 'send_email');
  t.equal(args.to, 'Bob');
  t.equal(args.body, 'I sent $50 to Ana');
  t.same(decidedCalls([message], 'Text Maria to send $40 to Bob'), [['send_message', { to: 'Maria', message: 'Send $40 to Bob' }]]);
  t.same(decidedCalls([message], 'Text Maria to call me'), [['send_message', { to: 'Maria', message: 'Call me' }]]);
  t.same(decidedCalls([message], "Text Bob that I'm going to Paris"), [['send_message', { to: 'Bob', message: "I'm going to Paris" }]]);
});

t.test('"Email Bob the report" sends a thing: no relay', async (t) => {
  const [[, args] = ['', {}]] = decidedCalls([email], 'Email Bob the report');
  t.equal(args.to, 'Bob');
  t.equal(args.body, 'Email Bob the report');
});

t.test('an amount sent straight to someone is money', async (t) => {
  t.same(decidedCalls([email, message, transfer], 'Send Bob $50'), [['transfer_money', { to: 'Bob', amount: 50 }]]);
  t.same(decidedCalls([email, message, transfer], 'Send Bob 3 photos').map(([name]) => name).includes('transfer_money'), false);
});
