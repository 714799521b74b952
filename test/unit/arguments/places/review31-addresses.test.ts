// Addresses review 31 found read in part (F5): written street first after "is", "Where is" or "Find", the whole
// address is the value.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const address = object({ address: { type: 'string' } });

t.test('a street-first address after a verb or "is" is read whole', async (t) => {
  t.equal(read(address, 'Where is Hauptstrasse 4, 1010 Wien?').address, 'Hauptstrasse 4, 1010 Wien');
  t.equal(read(address, 'My new address is Hauptstrasse 4, 1010 Wien').address, 'Hauptstrasse 4, 1010 Wien');
  t.equal(read(address, 'Find Calle Mayor 5, Madrid').address, 'Calle Mayor 5, Madrid');
  t.equal(read(address, 'Where is 4 Hauptstrasse, Wien 1010?').address, '4 Hauptstrasse, Wien 1010');
});
