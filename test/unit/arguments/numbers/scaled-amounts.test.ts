// An amount written short with its scale ("1.5k", "$3.2m", "4 million dollars") is read whole for a sum of money,
// and for a generic number when a currency says it is one; "m" and "b" alone are no scale without a currency.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const num = { type: 'number' };

t.test('a sum written with a scale is read whole', async (t) => {
  const expected: Array<[string, Record<string, unknown>, number]> = [
    ['Transfer 1.5k to savings', { amount: num }, 1500], ['Transfer 2k to savings', { amount: { type: 'integer' } }, 2000],
    ['Budget is $3.2m for the project', { amount: num }, 3200000], ['Set the price to $3.2M', { price: num }, 3200000],
    ['Raise the budget to €1.2bn', { budget: num }, 1200000000], ['Pay 4 million dollars', { payment: num }, 4000000],
    ['Her salary is 120k', { salary: num }, 120000], ['Refund 1.15k', { refund: num }, 1150],
    ['Move 2m USD to the reserve', { amount: num }, 2000000], ['Charge $2.5k', { value: num }, 2500],
  ];
  for (const [prompt, properties, value] of expected) t.equal(Object.values(read(object(properties), prompt))[0], value, prompt);
  t.equal(read(object({ amount_cents: { type: 'integer' } }), 'Charge $2.5k').amount_cents, 250000);
});

t.test('a number before m or b without a currency is no scaled sum', async (t) => {
  t.not(read(object({ amount: num }), 'Cut a 2m plank of oak').amount, 2000000);
  t.not(read(object({ amount: num }), 'Buy 3b pencils').amount, 3000000000);
  t.not(read(object({ value: num }), 'Run 5k steps in the park').value, 5000);
});

t.test('a comma before one or two digits and a scale is a decimal comma; before three it groups them', async (t) => {
  const expected: Array<[string, number]> = [['Pay 1,5k', 1500], ['Pay 1,50k', 1500], ['Pay €12,5m', 12500000], ['Pay 1,500k', 1500000], ['Pay 2,345,678k', 2345678000]];
  for (const [prompt, value] of expected) t.equal(read(object({ amount: num }), prompt).amount, value, prompt);
});
