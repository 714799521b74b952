// Review 24's chat that called a support-and-media tool (M1–M3): language names, "louder"/"quieter" and a status
// said in passing call none, while the requests worded for them still reach their tool.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { supportAndMediaTools } from '../../arguments/corpus/corpus-support-and-media.js';

const called = (prompts: string[]): string[] => prompts.flatMap((prompt) => {
  const [found] = matchTools(prompt, supportAndMediaTools);
  return found === undefined ? [] : [`${prompt} → ${found.tool.name}`];
});
const reached = (pairs: Array<[string, string]>): string[] => pairs.flatMap(([prompt, name]) => {
  const [found] = matchTools(prompt, supportAndMediaTools);
  return found?.tool.name === name ? [] : [`${prompt} → ${found?.tool.name ?? 'none'}, not ${name}`];
});

t.test('language names, with or without a quote, and the noun alone are no translation (M1)', async (t) => {
  t.same(called([
    'I speak English and Spanish', "My wife is German and I'm Dutch", 'Should I learn French or Italian first?',
    'The restaurant had Japanese and Korean dishes', 'Is Portuguese closer to Spanish or Italian?',
    "I watched 'Amélie', a French movie, last night", "I loved 'Parasite', the Korean film", "He said 'ciao' to me, is he Italian?",
    "My favourite book is 'Il Nome della Rosa', it's Italian", "Tell me what 'hygge' means, it's Danish", 'Translation is an art',
  ]), []);
  t.same(reached([
    ["Translate 'good morning' into Spanish", 'translate'], ['How do you say "where is the train station" in German?', 'translate'],
    ["What's 'thank you very much' in Japanese?", 'translate'], ["'Good night' in Italian please", 'translate'],
    ['How would you say thank you in Korean?', 'translate'], ["Put 'see you soon' into Portuguese", 'translate'],
    ["I need a translation of 'good morning' into German", 'translate'], ['Translated into Spanish: good night', 'translate'],
  ]), []);
});

t.test('"louder"/"quieter" count once, and ask only beside a device, a sound or a figure (M2)', async (t) => {
  t.same(called([
    'Can you speak louder?', 'My neighbours are louder than ever', 'How loud is a jet engine? Louder than a concert?',
    'Can you talk quieter?', 'Kids, be quieter please',
  ]), []);
  t.same(reached([
    ['Mute the speaker', 'set_volume'], ['Make the speaker louder', 'set_volume'], ['Make the TV quieter', 'set_volume'],
    ['Set the volume to 65%', 'set_volume'],
  ]), []);
});

t.test('"louder"/"quieter" beside the music, alone or after "turn it up" still set the volume (review 25, M4)', async (t) => {
  const calls = (prompt: string): string[] => matchTools(prompt, supportAndMediaTools).map((found) => found.tool.name);
  for (const prompt of ['Turn the music louder', 'Make the music quieter', 'The music is too loud, make it quieter', 'Music louder please']) {
    t.ok(calls(prompt).includes('set_volume'), prompt);
  }
  t.same(reached([
    ['Louder!', 'set_volume'], ['Quieter, please', 'set_volume'], ['Can you turn it up a bit louder?', 'set_volume'],
    ['Turn it down, quieter', 'set_volume'],
  ]), []);
  t.same(called(['Louder than ever', 'He turned up louder than the band', 'Can you sing louder?']), []);
});

t.test('a status said in passing sets none; a request or an id does (M3)', async (t) => {
  t.same(called(['The issue is resolved, thanks!', 'Great, my problem is solved', 'The problem was solved by my colleague', 'The meeting is done']), []);
  t.same(reached([
    ['Mark ticket 4821 as solved', 'update_ticket'], ['Ticket 7710 is resolved, please close it', 'update_ticket'],
    ['Reopen ticket T-2291', 'update_ticket'], ['Close ticket 123', 'update_ticket'], ['Mark 4821 as resolved', 'update_ticket'],
  ]), []);
});
