// A loan's figures: the sum with its currency for `principal`, `loan` or `deposit`, and a rate or percentage with its
// sign ("6.5%") for `annual_rate_percent` or `interest_rate`, beside a term in years.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const num = { type: 'number' };

t.test('a sum, a rate and a term', async (t) => {
  const loan = object({ principal: num, annual_rate_percent: num, years: { type: 'integer', minimum: 1, maximum: 40 } });
  t.same(read(loan, 'Monthly payment on a $350,000 mortgage at 6.5% over 30 years?'), { principal: 350000, annual_rate_percent: 6.5, years: 30 });
  t.same(read(object({ deposit: num, interest_rate: num }), 'Put €2,500 in savings at 3.1 percent'), { deposit: 2500, interest_rate: 3.1 });
  t.equal(read(object({ tip_percentage: num }), 'Add an 18% tip, we were 4 people').tip_percentage, 18);
});

t.test('a rate that is no percentage does not take one', async (t) => {
  const int = { type: 'integer', minimum: 0, maximum: 100000 };
  t.not(read(object({ sample_rate: int }), 'Resample the audio at 44100 Hz, 50% volume').sample_rate, 50);
  t.not(read(object({ heart_rate: int }), 'My heart rate was 72 bpm, up 10%').heart_rate, 10);
  t.not(read(object({ frame_rate: int }), 'Export at 30 fps with 80% quality').frame_rate, 80);
  t.not(read(object({ rate_limit: int }), 'Set rate limit to 100 requests per minute, 5% burst').rate_limit, 5);
  // Rates of interest and percentages still do.
  t.equal(read(object({ rate: num }), 'A mortgage at 6.5% over 30 years').rate, 6.5);
  t.equal(read(object({ annual_rate: num }), 'A loan at 4.2% a year').annual_rate, 4.2);
  t.equal(read(object({ apr: num }), 'A card with 19.9% APR').apr, 19.9);
  t.equal(read(object({ tax_rate: num }), 'Add 8.25% sales tax').tax_rate, 8.25);
  t.equal(read(object({ discount: { type: 'number', description: 'Discount in percent' } }), 'Give them 15% off').discount, 15);
  t.equal(read(object({ growth: { type: 'number', description: 'Expected growth, in percent' } }), 'Revenue of $2M growing 7% a year').growth, 7);
  t.equal(read(object({ sample_rate: { type: 'number', description: 'Sample rate as a percentage of the traffic' } }), 'Keep 5% of 44100 requests').sample_rate, 5);
});
