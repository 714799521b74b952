// Readings review 24 found taken wrongly: a scale's end ("max", "full", "mute") over a written number or in another
// sense, negated or other-sense enum synonyms, "a day" that is a frequency or an offset, IP addresses and dotted dates
// as versions, and a determiner or a courtesy word as an assignee or a reason.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const volume = object({ level: { type: 'integer', minimum: 0, maximum: 100, description: 'Volume, 0-100' } });
const brightness = object({ room: { type: 'string', description: 'The room whose lights to change' }, level: { type: 'integer', minimum: 0, maximum: 100, description: 'Brightness level, 0-100' } });

t.test("a scale's end in words gives way to a written number and to other senses of the word", async (t) => {
  t.equal(read(volume, 'Turn the volume down to 20, max is too loud').level, 20);
  t.equal(read(volume, 'Lower the volume from max to 30').level, 30);
  t.equal(read(volume, 'It was at max, set volume to 20').level, 20);
  t.equal(read(volume, 'Set the volume to 35, the TV is on mute').level, 35);
  t.not(read(volume, 'Set the volume so that it is not at max').level, 100);
  t.equal(read(brightness, 'Dim the kitchen lights from full to 40').level, 40);
  t.equal(read(brightness, 'Set the kitchen lights to 40 percent, not full').level, 40);
  const days = object({ city: str, days: { type: ['integer', 'null'], minimum: 1, maximum: 14 } });
  t.not(read(days, 'What will the max temperature be in Paris tomorrow?').days, 14);
  t.not(read(days, 'Will there be a full moon in Denver this week?').days, 14);
  t.not(read(days, 'In Paris tomorrow I want the minimum temperature').days, 1);
  const search = object({ query: str, max_results: { type: 'integer', minimum: 1, maximum: 10 } }, ['query']);
  t.equal(read(search, 'Search for Mad Max reviews').max_results, undefined);
  t.equal(read(search, 'Search the full text of the Magna Carta').max_results, undefined);
  t.equal(read(search, 'Search the minimum wage in Texas').max_results, undefined);
  const image = object({ prompt: str, n: { type: 'integer', minimum: 1, maximum: 4 } }, ['prompt']);
  t.equal(read(image, 'Draw a full moon over the sea').n, undefined);
  const http = object({ url: str, timeout_seconds: { type: 'number', minimum: 0.1, maximum: 120 } }, ['url']);
  t.equal(read(http, 'Send a silent GET to https://x.org/a').timeout_seconds, undefined);
  // Still read beside the property's own words, or as a setting phrase.
  t.equal(read(volume, 'Mute the speaker').level, 0);
  t.equal(read(volume, 'Crank the volume all the way up').level, 100);
  t.equal(read(volume, 'Set the volume to max').level, 100);
  t.equal(read(brightness, 'Turn the kitchen lights up to full brightness').level, 100);
});

t.test('an enum synonym that is negated or part of a noun phrase names no member', async (t) => {
  const ticket = object({ ticket_id: str, status: { type: 'string', enum: ['open', 'pending', 'solved'] } });
  t.equal(read(ticket, 'Ticket 77 is not resolved, reopen it').status, 'open');
  t.not(read(ticket, "Update ticket 310: customer says it's not fixed yet").status, 'solved');
  t.not(read(ticket, 'Update ticket 310: it is never fixed').status, 'solved');
  const task = object({ task_id: str, status: { type: 'string', enum: ['todo', 'in_progress', 'done'] } });
  t.not(read(task, "Update task 9, it's not finished").status, 'done');
  const create = object({ subject: str, priority: { type: 'string', enum: ['low', 'medium', 'high', 'urgent'] } });
  t.not(read(create, 'Open a ticket: the emergency exit sign is broken').priority, 'urgent');
  // Still read when meant.
  t.equal(read(ticket, 'Ticket 7710 is resolved').status, 'solved');
  t.equal(read(ticket, 'Ticket 7710 is fixed now').status, 'solved');
  t.equal(read(task, 'Task 9 is finished').status, 'done');
  t.equal(read(create, 'Open a ticket: the site is down, this is an emergency').priority, 'urgent');
  t.equal(read(create, 'Open a ticket: the site is down, emergency!').priority, 'urgent');
});

t.test('"a day", "an hour" or "a week" is a length only where it says how long', async (t) => {
  const meeting = object({ title: str, start: { type: 'string', format: 'date-time' }, duration_minutes: { type: 'integer', minimum: 5 } });
  t.equal(read(meeting, 'Schedule a meeting with Ana a day before the launch, 30 minutes, at 10am tomorrow').duration_minutes, 30);
  t.not(read(meeting, 'Schedule a standup with the team at 9am twice a day').duration_minutes, 1440);
  t.not(read(meeting, 'Book a meeting with Priya on Friday at 3pm, a week after launch').duration_minutes, 10080);
  t.not(read(meeting, 'Book a meeting with Priya at 10am, an hour before lunch').duration_minutes, 60);
  t.not(read(meeting, 'Schedule a meeting with Ana in an hour').duration_minutes, 60);
  t.not(read(meeting, 'Schedule a review with Ana 3 times a week').duration_minutes, 10080);
  // Still a length after "for", "lasting", or before "long".
  t.equal(read(meeting, 'Schedule a meeting with Ana on Friday at 2pm for an hour').duration_minutes, 60);
  t.equal(read(meeting, 'Schedule a meeting with Ana on Friday at 2pm for half an hour').duration_minutes, 30);
  t.equal(read(meeting, 'Schedule a meeting with Ana on Friday at 2pm lasting an hour').duration_minutes, 60);
  t.equal(read(meeting, 'Schedule a meeting with Ana on Friday at 2pm, an hour long').duration_minutes, 60);
  const timer = object({ duration_seconds: { type: 'integer' } });
  t.equal(read(timer, 'Set a timer for an hour').duration_seconds, 3600);
});

t.test('an IP address or a dotted date is no version, and a service named before a version leaves it to the version', async (t) => {
  const deploy = object({
    service: { type: 'string', description: 'Service name' },
    environment: { type: 'string', enum: ['staging', 'production'] },
    version: { type: 'string', description: 'Version to deploy, e.g. 1.4.2' },
  });
  t.not(read(deploy, 'Deploy auth-api to host 10.0.0.12').version, '10.0.0.12');
  t.equal(read(deploy, 'On 12.06.2025 deploy auth-api 3.1.0 to staging').version, '3.1.0');
  t.equal(read(deploy, 'On 1.6.2025 deploy auth-api 3.1.0 to staging').version, '3.1.0');
  const live = read(deploy, 'Deploy the live-chat service 2.0.1 to staging');
  t.not(live.service, '2.0.1');
  t.equal(live.version, '2.0.1');
  const payments = read(deploy, 'Please deploy to production the payments service 4.1.0');
  t.not(payments.service, '4.1.0');
  t.equal(payments.version, '4.1.0');
  // Versions still read, four parts with a v or a part past 255 among them.
  t.equal(read(deploy, 'Deploy auth-api v1.8.0.2 to staging').version, 'v1.8.0.2');
  t.equal(read(deploy, 'Deploy auth-api 2024.1.0 to staging').version, '2024.1.0');
  t.equal(read(object({ version: str }), 'Set version 3.1.0').version, '3.1.0');
});

t.test('a determiner or an indefinite pronoun is no assignee', async (t) => {
  const issue = object({ title: str, assignee: { type: 'string', description: 'Username of the person to assign' } }, ['title']);
  t.not(read(issue, 'Create an issue for the login bug and assign it to the backend team').assignee, 'the');
  t.not(read(issue, 'Create an issue: crash on save. Assign to whoever is on call').assignee, 'whoever');
  t.not(read(issue, 'Create an issue: crash on save. Assign it to someone').assignee, 'someone');
  t.equal(read(issue, 'Create an issue: crash on save and assign it to maria').assignee, 'maria');
});

t.test('a closing courtesy is no reason', async (t) => {
  const refund = object({ order_id: { type: 'string', description: 'Order id' }, reason: { type: 'string', description: 'Why the order is refunded' } });
  t.not(read(refund, 'Refund order 55812, thanks!').reason, 'thanks');
  t.not(read(refund, 'Refund order 55812 for Bob, please').reason, 'please');
  t.not(read(refund, 'Refund order 55812, thank you so much').reason, 'thank you so much');
  t.equal(read(refund, 'Refund order A-1009, item arrived broken').reason, 'item arrived broken');
});
