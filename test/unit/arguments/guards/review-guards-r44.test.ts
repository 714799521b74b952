// Readings review 44 found broken: a clause describing a thing told read as news ("a story about a dog who plays
// piano", "a joke that works"), greetings that may describe a thing told ("good night stories"), a comma or a
// colon inside what is relayed taken for another request, and a place named by its owner keeping its time.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const message = fn('send_message', 'Send a text message to someone.', { to: str, message: str });
const weather = fn('get_weather', 'Get the weather for a city.', { city: str });
const called = (prompt: string): string[] => matchTools(prompt, [message, weather]).map((match) => match.tool.name);

t.test('a thing told, described or praised, is asked of the assistant', async (t) => {
  for (const prompt of [
    'Tell my daughter a story about a dog who plays piano', 'Tell my son a story that goes on and on', 'Tell mom a joke that works',
    'Tell my son a story about how I met his mom', 'Tell my son good night stories', 'Tell my daughter love stories', 'Tell my son good jokes',
    'Tell my son a joke that you think is funny', 'Tell my daughter a story that you think she would like', 'Tell my son a story that I think he will love',
    'Tell my son the joke that you think is funny', 'Tell Bob the story that you believe is best',
  ]) t.same(called(prompt), [], prompt);
  // News about one is still relayed, also past a clause of its own.
  for (const prompt of ['Tell Bob the funny joke that you told was great', 'Tell Bob the new recipe that you sent worked', "Tell Bob Ana's song that she wrote is great", 'Tell Bob Ana’s song that she wrote is great', 'Tell Bob those jokes that you told were great', 'Tell Bob the song that you love is on the radio', 'Tell Bob the joke that you told was great', 'Tell mom the recipe that you sent worked', 'Tell Ana the song that she wrote is beautiful', 'Tell Bob the jokes were great', 'Tell dad the legend of zelda is on sale', 'Tell mom thanks for the recipe', 'Tell grandma happy birthday']) {
    t.same(called(prompt), ['send_message'], prompt);
  }
});

t.test('a comma or a colon inside what is relayed opens no other request', async (t) => {
  const sms = object({ to: str, body: str });
  t.equal(read(sms, "Tell mom I'm fine, call Dad if needed").to, 'mom');
  t.equal(read(sms, 'Tell Bob: email Ana the notes').to, 'Bob');
  // An SMS (a body without a subject) is the message relayed, whatever follows it; an email is a request of its own.
  t.equal(read(sms, 'Tell mom I got the job! Call Dad tonight').to, 'mom');
  t.equal(read(sms, 'Tell Sarah: send Mike the slides, and call Tom').to, 'Sarah');
  t.equal(read(object({ to: str, subject: str, body: str }), 'Tell my mom I love her and email Bob the report').to, 'Bob');
});

t.test("a place named by its owner keeps no time", async (t) => {
  const reminder = object({ text: str, time: { type: 'string', format: 'date-time' } });
  t.equal(read(reminder, "Remind me to drop the car at the mechanic's at 8am").text, "Drop the car at the mechanic's");
});
