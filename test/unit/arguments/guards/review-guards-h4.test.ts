// Readings the h4 brief found missed, each as a kind of phrase: a work put on or played with its author, the words
// after "tag it" / "label it" for an issue's labels, postal addresses written outside the US and the UK, a service
// named in "the latest X build", a message that ends with a question, and a title beside its attendees.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const str = { type: 'string' };
const tool = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({ name, description, parameters: object(properties), strict: false });

t.test('"put on <title> by <artist>" asks to play it; the title and the artist fill their properties', async (t) => {
  const tools = [
    tool('play_song', 'Play a song.', { track: str, artist: str }),
    tool('set_reminder', 'Set a reminder.', { text: str }),
    tool('turn_on_lights', 'Turn on the lights in a room.', { room: str }),
  ];
  for (const prompt of ['Put on Abbey Road by the Beatles', "Throw on 'Dreams' by Fleetwood Mac"]) t.equal(matchTools(prompt, tools)[0]?.tool.name, 'play_song', prompt);
  // A coat or the kettle put on is no work played.
  for (const prompt of ['Put on your coat by the door', 'Put on the kettle', 'I put on weight by eating late']) t.not(matchTools(prompt, tools)[0]?.tool.name, 'play_song', prompt);
  t.same(read(object({ track: str, artist: str }), 'Put on Abbey Road by the Beatles'), { track: 'Abbey Road', artist: 'the Beatles' });
  t.same(read(object({ album: str, artist_name: str }), 'Play Thriller by Michael Jackson on the kitchen speaker'), { album: 'Thriller', artist_name: 'Michael Jackson' });
  t.same(read(object({ song: { type: 'string', description: 'Song title' }, artist: { type: 'string', description: 'Artist name' } }), "Play 'Dreams' by Fleetwood Mac, please"), { song: 'Dreams', artist: 'Fleetwood Mac' });
  t.not(read(object({ track: str, artist: str }), 'Play with the kids by the Pool').artist, 'the Pool');
});

t.test('"tag it" / "label it" give the labels or tags the words after them', async (t) => {
  const issue = object({ title: str, labels: { type: 'array', items: str }, assignee: str });
  t.same(read(issue, 'Make an issue for updating the README, tag it docs and give it to priya').labels, ['docs']);
  t.same(read(issue, 'Open a bug for the login crash and label it bug').labels, ['bug']);
  t.same(read(issue, 'File an issue about slow builds, tag it ci and performance').labels, ['ci', 'performance']);
  t.same(read(issue, 'Open an issue for the flaky test and tag them with flaky').labels, ['flaky']);
  t.same(read(object({ title: str, tags: { type: 'array', items: str } }), 'Save this note about taxes and label it finance').tags, ['finance']);
});

t.test('postal addresses outside the US and the UK: a street by its ending, a code after a comma, the code before the city', async (t) => {
  const parts = object({ street: str, city: str, postcode: str });
  t.same(read(parts, 'Send it to 4 Hauptstrasse, Wien 1010'), { street: '4 Hauptstrasse', city: 'Wien', postcode: '1010' });
  t.same(read(parts, 'Send it to 12 George St, Sydney, 2000'), { street: '12 George St', city: 'Sydney', postcode: '2000' });
  t.same(read(parts, 'Send it to Rue de Rivoli 10, 75001 Paris'), { street: 'Rue de Rivoli 10', city: 'Paris', postcode: '75001' });
  t.same(read(parts, 'Ship to Hauptstrasse 4, 1010 Wien'), { street: 'Hauptstrasse 4', city: 'Wien', postcode: '1010' });
  t.same(read(object({ address: object({ street: str, city: str, postal_code: str, country: str }) }), 'Deliver to Via dei Coronari 7, 00186 Roma, Italy').address,
    { street: 'Via dei Coronari 7', city: 'Roma', postal_code: '00186', country: 'Italy' });
  t.equal(read(object({ address: str }), 'Send it to Rue de Rivoli 10, 75001 Paris').address, 'Rue de Rivoli 10, 75001 Paris');
  // Still a year: one running on into the sentence, or after a comma with more said after it.
  t.not(read(parts, 'Meet at 5 Elm Street, Boston, 2019 was fun').postcode, '2019');
  t.not(read(parts, 'We met at 5 Elm Street, Boston, 2019 and 2020').postcode, '2019');
  // A street named first needs its city or code: "Baker Street 2 days from now" is no address.
  t.not(read(object({ address: str }), 'Meet me at Baker Street 2 days from now').address, 'Baker Street 2');
});

t.test('a thing named in its verb\'s object leaves which copy ("latest") and what of it ("build") aside', async (t) => {
  const deploy = object({ service: { type: 'string', description: 'Service name' }, environment: { type: 'string', enum: ['staging', 'production'] }, version: str });
  t.same(read(deploy, 'Push the latest notifications build (3.12.0) to the staging environment'), { service: 'notifications', environment: 'staging', version: '3.12.0' });
  t.equal(read(deploy, 'Ship the new search release to staging').service, 'search');
  t.equal(read(deploy, 'Deploy auth-api v1.8.0 to production').service, 'auth-api');
  // A name that is only such a word stays whole.
  t.equal(read(deploy, 'Deploy the build to staging').service, 'build');
});

t.test('a message after its key keeps the question or exclamation that ends it', async (t) => {
  const email = object({ to: str, subject: str, body: str });
  t.equal(read(email, 'Email bob@x.org, subject Lunch, body Pizza at noon?').body, 'Pizza at noon?');
  t.equal(read(email, 'Email bob@x.org, subject Lunch, body: Pizza at noon! See you').body, 'Pizza at noon!');
  t.equal(read(email, 'Email bob@x.org, subject Lunch, body Pizza at noon.').body, 'Pizza at noon');
  t.equal(read(email, 'Email bob@x.org, subject Lunch?, body Pizza').subject, 'Lunch', 'a subject is no message');
});

t.test('a title leaves who the thing is with to a property that takes them, unless only the kind of event is left', async (t) => {
  const meeting = object({ title: str, attendees: { type: 'array', items: str } });
  t.same(read(meeting, 'Set up a 30 minute sync with Ana and Bob tomorrow at 10'), { title: 'Sync', attendees: ['Ana', 'Bob'] });
  t.equal(read(meeting, 'Set up a design review with Priya and Tom on Friday').title, 'Design review');
  t.equal(read(meeting, 'Schedule a meeting with Sam tomorrow at 3pm').title, 'Meeting with Sam');
  // No property takes the people: the title keeps them.
  t.equal(read(object({ title: str }), 'Set up a 30 minute sync with Ana and Bob tomorrow at 10').title, 'Sync with Ana and Bob');
});
