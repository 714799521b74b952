// Money moved: "Send $50 to Bob" sends money, not a message; an account the money goes to or comes from fills the
// property pointing that way ("to savings" for `to`, `destination`, `recipient`, `to_account`), never the other; a
// tool sending money is a transfer's tool, and paying someone an amount moves money.
import t from 'tap';
import { decidedCalls, strictTool } from '../../helpers/decided-calls.js';

const str = { type: 'string' };
const num = { type: 'number' };
const transferMoney = strictTool('transfer_money', 'Transfer money to someone.', { to: str, amount: num });
const messaging = [strictTool('send_email', 'Send an email.', { to: str, subject: str, body: str }), strictTool('send_message', 'Send a text message to someone.', { to: str, message: str })];

t.test('an amount sent is money, not a message', async (t) => {
  const tools = [...messaging, transferMoney];
  t.same(decidedCalls(tools, 'Send $50 to Bob'), [['transfer_money', { to: 'Bob', amount: 50 }]]);
  t.same(decidedCalls(tools, 'Send 50 dollars to Bob'), [['transfer_money', { to: 'Bob', amount: 50 }]]);
  t.same(decidedCalls(tools, 'Send $50 to checking'), [['transfer_money', { to: 'checking', amount: 50 }]]);
  t.same(decidedCalls(tools, 'Send a message to Bob saying I paid $50'), [['send_message', { to: 'Bob', message: 'I paid $50' }]]);
});

t.test('the account money goes to fills the property pointing there', async (t) => {
  t.same(decidedCalls([transferMoney], 'Transfer $20 to savings'), [['transfer_money', { to: 'savings', amount: 20 }]]);
  t.same(decidedCalls([transferMoney], 'Transfer $20 to my savings account'), [['transfer_money', { to: 'savings account', amount: 20 }]]);
  const destination = strictTool('transfer', 'Transfer money.', { destination: str, amount: num });
  t.same(decidedCalls([destination], 'Move $250 from checking to savings'), [['transfer', { destination: 'savings', amount: 250 }]]);
  const accounts = strictTool('transfer_funds', 'Move money between accounts.', { from_account: str, to_account: str, amount: num });
  const [[, args] = ['', {}]] = decidedCalls([accounts], 'Transfer $20 to my savings account');
  t.equal(args.to_account, 'savings account');
  t.not(args.from_account, 'savings account', 'the account money goes to is not the one it comes from');
  t.same(decidedCalls([accounts], 'Move $250 from checking to savings'), [['transfer_funds', { from_account: 'checking', to_account: 'savings', amount: 250 }]]);
});

t.test('a tool sending money is a transfer\'s, and paying someone an amount is one', async (t) => {
  const sendMoney = strictTool('send_money', 'Send money to a contact or account.', { recipient: str, amount: num });
  t.same(decidedCalls([sendMoney], 'Transfer $20 to Bob'), [['send_money', { recipient: 'Bob', amount: 20 }]]);
  t.same(decidedCalls([sendMoney], 'Transfer $20 to savings'), [['send_money', { recipient: 'savings', amount: 20 }]]);
  t.same(decidedCalls([transferMoney], 'Pay Bob $20'), [['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(decidedCalls([transferMoney], 'Pay $40 to Ana'), [['transfer_money', { to: 'Ana', amount: 40 }]]);
  t.same(decidedCalls([transferMoney, strictTool('pay_bill', 'Pay a bill.', { biller: str })], 'Pay the electric bill').map(([name]) => name), ['pay_bill']);
});
