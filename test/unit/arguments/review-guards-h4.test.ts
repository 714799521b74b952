// Readings the h4 brief found missed, each as a kind of phrase: a work put on or played with its author, the words
// after "tag it" / "label it" for an issue's labels, and postal addresses written outside the US and the UK.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';

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
