// Addresses review 31 found read in part (F5): written street first after "is", "Where is" or "Find", the whole
// address is the value; beside city and postal code properties it is its street; a recipient takes no address.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const address = object({ address: { type: 'string' } });

t.test('a street-first address after a verb or "is" is read whole', async (t) => {
  t.equal(read(address, 'Where is Hauptstrasse 4, 1010 Wien?').address, 'Hauptstrasse 4, 1010 Wien');
  t.equal(read(address, 'My new address is Hauptstrasse 4, 1010 Wien').address, 'Hauptstrasse 4, 1010 Wien');
  t.equal(read(address, 'Find Calle Mayor 5, Madrid').address, 'Calle Mayor 5, Madrid');
  t.equal(read(address, 'Where is 4 Hauptstrasse, Wien 1010?').address, '4 Hauptstrasse, Wien 1010');
});

t.test('beside its city and postal code properties, an address takes its street; a recipient never takes an address', async (t) => {
  const parts = object({ address: { type: 'string' }, city: { type: 'string' }, postal_code: { type: 'string' } });
  t.same(read(parts, 'Ship it to Rue de Rivoli 10, 75001 Paris'), { address: 'Rue de Rivoli 10', city: 'Paris', postal_code: '75001' });
  t.same(read(parts, 'Ship it to 4 Hauptstrasse, Wien 1010'), { address: '4 Hauptstrasse', city: 'Wien', postal_code: '1010' });
  t.same(read(parts, 'Ship it to 12 George St, Sydney, 2000'), { address: '12 George St', city: 'Sydney', postal_code: '2000' });
  const ship = object({ recipient: { type: 'string' }, address: { type: 'string' }, num_packages: { type: 'integer', minimum: 1 } }, ['address', 'num_packages']);
  for (const prompt of ['Ship it to Rue de Rivoli 10, 75001 Paris', 'Ship to 10 Downing Street, London SW1A 2AA']) {
    const read1 = read(ship, prompt);
    t.equal(read1.address, prompt.slice(prompt.indexOf(' to ') + 4), prompt);
    t.not(read1.recipient, read1.address, prompt);
  }
  t.same(read(ship, 'Ship 2 boxes to Ana at 4 Hauptstrasse, Wien 1010'), { recipient: 'Ana', address: '4 Hauptstrasse, Wien 1010', num_packages: 2 });
});
