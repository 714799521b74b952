// Route schemas (admin and stored-response params) are compiled on first use: they still refuse bad values
// with a 400, on the first request as on later ones. Query strings are read by hand (src/http/input/query.ts).
import t from 'tap';
import { testApp } from '../../helpers/app.js';

t.test('params and query strings are validated and coerced from the first request on', async (t) => {
  const app = testApp({ fixtures: false });
  const badName = await app.inject({ url: '/__mock/scenarios/bad%20name' });
  t.equal(badName.statusCode, 400);
  // The admin API's own error shape.
  t.match(badName.json(), { error: { code: 'admin_bad_request', message: "Invalid 'name': not a scenario name (letters, digits, _ . : -; at most 128 characters, starting with a letter or digit)." } });
  t.equal((await app.inject({ url: '/__mock/requests?limit=abc' })).statusCode, 400);
  const coerced = await app.inject({ url: '/__mock/requests?limit=2' });
  t.equal(coerced.statusCode, 200);
  const badLimit = await app.inject({ url: '/v1/responses/resp_x/input_items?limit=zz' });
  t.equal(badLimit.statusCode, 400);
  t.match(badLimit.json(), { error: { message: "Invalid type for 'limit': expected an integer in decimal digits, but got 'zz' instead.", param: 'limit' } });
  t.equal((await app.inject({ url: '/v1/responses/resp_x/input_items?limit=5' })).statusCode, 404, 'a valid limit reaches the handler');
});
