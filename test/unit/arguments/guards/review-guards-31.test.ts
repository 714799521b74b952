// Values review 31 found wrong (F7): an initial in an artist's name, "the latest version of <service>", a status
// changed "from X to Y", and "one and a half hours".
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };

t.test('an initial keeps its full stop in an author\'s name; "By" inside a title stays the title\'s', async (t) => {
  t.same(read(object({ track: str, artist: str }), 'Put on Stand By Me by Ben E. King'), { track: 'Stand By Me', artist: 'Ben E. King' });
  t.same(read(object({ track: str, artist: str }), 'Play Hey Jude by The Beatles.'), { track: 'Hey Jude', artist: 'The Beatles' });
  // A search for songs takes the work and its author whole, "By" in the title kept.
  const search = object({ query: { type: 'string', description: 'Song, album, artist, genre or playlist' } });
  t.equal(read(search, 'Put on Stand By Me by Ben E. King').query, 'Stand By Me by Ben E. King');
  t.equal(read(search, 'Play Thriller by Michael Jackson in the kitchen').query, 'Thriller by Michael Jackson');
});

t.test('"the latest version of billing" deploys billing', async (t) => {
  const deploy = object({ service: { type: 'string', description: 'Service name' }, environment: { type: 'string', enum: ['staging', 'production'] } });
  t.equal(read(deploy, 'Deploy the latest version of billing to production').service, 'billing');
  t.equal(read(deploy, 'Deploy the newest build of search to staging').service, 'search');
  t.equal(read(deploy, 'Deploy the latest notifications build to staging').service, 'notifications');
});

t.test('a key changed "from X to Y" takes Y', async (t) => {
  t.equal(read(object({ ticket_id: str, status: str }), 'Change the ticket status from open to pending').status, 'pending');
  t.equal(read(object({ speed: str }), 'Change the fan speed from low to high').speed, 'high');
  t.equal(read(object({ ticket_id: str, status: str }), 'Set the ticket status to pending').status, 'pending');
});

t.test('"N and a half <units>" is N.5 of them', async (t) => {
  const timer = object({ duration_seconds: { type: 'integer' } });
  t.equal(read(timer, 'Set a timer for one and a half hours').duration_seconds, 5400);
  t.equal(read(timer, 'Set a timer for 2 and a half hours').duration_seconds, 9000);
  t.equal(read(timer, 'Set a timer for an hour and a half').duration_seconds, 5400);
  t.equal(read(object({ text: str, delay_minutes: { type: 'integer' } }), 'Remind me in 2 and a half hours').delay_minutes, 150);
});
