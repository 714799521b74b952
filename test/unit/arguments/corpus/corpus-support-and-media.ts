// A probe table of everyday agent requests in domains the other tables leave out — customer support, team and
// deploy work, email and meetings, translation, music and volume: ten tools offered together, and per prompt the
// tool a user means and the argument values they would expect (relative dates counted from HOME_AND_MONEY_NOW).
import type { FunctionTool } from '../../../../src/domain/types.js';
import type { ProbeCase } from './score-table.js';

/** A tool whose properties are all required but those named `optional`. */
const tool = (name: string, description: string, shape: { properties: Record<string, unknown>; optional?: string[] }): FunctionTool => ({
  name,
  description,
  parameters: {
    type: 'object',
    properties: shape.properties,
    required: Object.keys(shape.properties).filter((key) => shape.optional?.includes(key) !== true),
    additionalProperties: false,
  },
  strict: undefined,
});

const text = (description: string): Record<string, unknown> => ({ type: 'string', description });
const list = (description: string, items: Record<string, unknown> = { type: 'string' }): Record<string, unknown> => ({ type: 'array', items, description });
const emails = (description: string): Record<string, unknown> => list(description, { type: 'string', format: 'email' });

export const supportAndMediaTools: FunctionTool[] = [
  tool('create_ticket', 'Open a customer support ticket.', { properties: {
    subject: text('Short summary of the problem'),
    priority: { type: 'string', enum: ['low', 'medium', 'high', 'urgent'] },
    description: text('Details of the problem'),
  } }),
  tool('update_ticket', 'Change the status of an existing support ticket.', { properties: {
    ticket_id: text('Ticket id'),
    status: { type: 'string', enum: ['open', 'pending', 'solved'] },
  } }),
  tool('refund_order', 'Refund a customer order, fully or in part.', { properties: {
    order_id: text('Order id'),
    amount: { type: 'number', exclusiveMinimum: 0, description: 'Amount to refund' },
    reason: text('Why the order is refunded'),
  } }),
  tool('create_issue', 'Create an issue in the team\'s issue tracker.', { properties: {
    title: text('Issue title'),
    labels: list('Labels to put on the issue'),
    assignee: text('Username of the person to assign'),
  }, optional: ['assignee'] }),
  tool('deploy_service', 'Deploy a version of a service to an environment.', { properties: {
    service: text('Service name'),
    environment: { type: 'string', enum: ['staging', 'production'] },
    version: text('Version to deploy, e.g. 1.4.2'),
  } }),
  tool('send_email', 'Send an email.', { properties: {
    to: emails('Recipients'),
    cc: emails('Carbon-copy recipients'),
    subject: text('Subject line'),
    body: text('Body of the email'),
  }, optional: ['cc'] }),
  tool('schedule_meeting', 'Schedule a meeting with other people.', { properties: {
    title: text('Meeting title'),
    attendees: list('Names or emails of the people invited'),
    start: { type: 'string', format: 'date-time', description: 'Start of the meeting' },
    duration_minutes: { type: 'integer', minimum: 5, description: 'Length in minutes' },
  } }),
  tool('translate', 'Translate text into another language.', { properties: {
    text: text('Text to translate'),
    target_language: { type: 'string', enum: ['en', 'es', 'fr', 'de', 'it', 'pt', 'ja', 'zh'], description: 'ISO 639-1 code' },
  } }),
  tool('play_music', 'Play music on the user\'s speaker.', { properties: {
    query: text('Song, album, artist, genre or playlist'),
    shuffle: { type: 'boolean', description: 'Play in random order' },
  } }),
  tool('set_volume', 'Set the speaker volume.', { properties: { level: { type: 'integer', minimum: 0, maximum: 100, description: 'Volume, 0-100' } } }),
];


const items = (...values: string[]): { items: string[] } => ({ items: values });

export const supportAndMediaCases: readonly ProbeCase[] = [
  { prompt: 'Open an urgent ticket: checkout page is down', tool: 'create_ticket', values: { priority: 'urgent', subject: ['checkout page is down', 'checkout page down'] } },
  {
    prompt: 'Create a low priority ticket about the typo on the pricing page', tool: 'create_ticket',
    values: { priority: 'low', subject: ['typo on the pricing page', 'the typo on the pricing page', 'typo on pricing page'] },
  },
  {
    prompt: "File a support ticket, high priority: customers can't reset their passwords", tool: 'create_ticket',
    values: { priority: 'high', subject: ["customers can't reset their passwords"] },
  },
  {
    prompt: 'New ticket for a customer who was charged twice, medium priority', tool: 'create_ticket',
    values: { priority: 'medium', subject: ['customer who was charged twice', 'a customer who was charged twice', 'customer charged twice', 'charged twice'] },
  },

  { prompt: 'Mark ticket 4821 as solved', tool: 'update_ticket', values: { ticket_id: '4821', status: 'solved' } },
  { prompt: "Set #5530 to pending, we're waiting on the customer", tool: 'update_ticket', values: { ticket_id: ['5530', '#5530'], status: 'pending' } },
  { prompt: 'Reopen ticket T-2291', tool: 'update_ticket', values: { ticket_id: 'T-2291', status: 'open' } },
  { prompt: 'Ticket 7710 is resolved, please close it', tool: 'update_ticket', values: { ticket_id: '7710', status: 'solved' } },

  {
    prompt: 'Refund $35 on order A-1009, item arrived broken', tool: 'refund_order',
    values: { order_id: 'A-1009', amount: 35, reason: ['item arrived broken', 'arrived broken'] },
  },
  {
    prompt: 'Issue a full refund of 129.99 for order 55812 because it never arrived', tool: 'refund_order',
    values: { order_id: '55812', amount: 129.99, reason: ['it never arrived', 'never arrived'] },
  },
  {
    prompt: 'Please refund order #ORD-7731, $12.50, wrong size', tool: 'refund_order',
    values: { order_id: ['ORD-7731', '#ORD-7731'], amount: 12.5, reason: 'wrong size' },
  },
  {
    prompt: 'The customer on order 90412 wants their 60 dollars back, they changed their mind', tool: 'refund_order',
    values: { order_id: '90412', amount: 60, reason: ['they changed their mind', 'changed their mind', 'changed mind'] },
  },

  {
    prompt: "File a bug 'Login fails on Safari' with labels bug and frontend, assign to maria", tool: 'create_issue',
    values: { title: 'Login fails on Safari', labels: items('bug', 'frontend'), assignee: 'maria' },
  },
  {
    prompt: 'Open an issue titled "Add dark mode" labeled enhancement, assign it to @dev-kim', tool: 'create_issue',
    values: { title: 'Add dark mode', labels: items('enhancement'), assignee: ['dev-kim', '@dev-kim'] },
  },
  {
    prompt: 'Create a GitHub issue: memory leak in the worker pool. Labels: bug, performance. Assignee: tom', tool: 'create_issue',
    values: { title: 'memory leak in the worker pool', labels: items('bug', 'performance'), assignee: 'tom' },
  },
  {
    prompt: 'Make an issue for updating the README, tag it docs and give it to priya', tool: 'create_issue',
    values: { title: ['updating the README', 'update the README'], labels: items('docs'), assignee: 'priya' },
  },

  {
    prompt: 'Ship version 2.3.1 of the billing service to prod', tool: 'deploy_service',
    values: { service: ['billing', 'billing service', 'billing-service'], environment: 'production', version: ['2.3.1', 'v2.3.1'] },
  },
  { prompt: 'Deploy auth-api v1.8.0 to staging', tool: 'deploy_service', values: { service: 'auth-api', environment: 'staging', version: ['v1.8.0', '1.8.0'] } },
  { prompt: 'Roll out search 4.0.2 on production', tool: 'deploy_service', values: { service: 'search', environment: 'production', version: ['4.0.2', 'v4.0.2'] } },
  {
    prompt: 'Push the latest notifications build (3.12.0) to the staging environment', tool: 'deploy_service',
    values: { service: ['notifications', 'notifications service'], environment: 'staging', version: ['3.12.0', 'v3.12.0'] },
  },

  {
    prompt: 'Email ana@example.com and cc bob@example.com that the report is ready', tool: 'send_email',
    values: { to: items('ana@example.com'), cc: items('bob@example.com'), body: ['the report is ready', 'The report is ready.'] },
  },
  {
    prompt: "Send an email to lee@corp.io with subject 'Q3 numbers' saying the spreadsheet is attached", tool: 'send_email',
    values: { to: items('lee@corp.io'), subject: 'Q3 numbers', body: ['the spreadsheet is attached', 'The spreadsheet is attached.'] },
  },
  {
    prompt: 'Write to sales@acme.com and support@acme.com: our invoice 2231 is overdue', tool: 'send_email',
    values: { to: items('sales@acme.com', 'support@acme.com'), body: ['our invoice 2231 is overdue', 'Our invoice 2231 is overdue.'] },
  },
  {
    prompt: 'Shoot a quick note to jo@example.org, cc kim@example.org and raj@example.org, subject Lunch, body Pizza at noon?', tool: 'send_email',
    values: { to: items('jo@example.org'), cc: items('kim@example.org', 'raj@example.org'), subject: 'Lunch', body: 'Pizza at noon?' },
  },

  {
    prompt: 'Set up a 30 minute sync with Ana and Bob tomorrow at 10', tool: 'schedule_meeting',
    values: { title: ['sync', '30 minute sync'], attendees: items('Ana', 'Bob'), start: '2026-10-01T10:00:00Z', duration_minutes: 30 },
  },
  {
    prompt: 'Schedule a meeting called Roadmap Review with Priya, Tom and Lee on Friday at 2pm for an hour', tool: 'schedule_meeting',
    values: { title: 'Roadmap Review', attendees: items('Priya', 'Tom', 'Lee'), start: '2026-10-02T14:00:00Z', duration_minutes: 60 },
  },
  {
    prompt: 'Book a 45-minute call with jordan@example.com on October 7 at 9:30am', tool: 'schedule_meeting',
    values: { attendees: items('jordan@example.com'), start: '2026-10-07T09:30:00Z', duration_minutes: 45 },
  },
  {
    prompt: 'Can you get a design review on the calendar with Sam for Monday at 11, two hours?', tool: 'schedule_meeting',
    values: { title: ['design review', 'Design Review'], attendees: items('Sam'), start: '2026-10-05T11:00:00Z', duration_minutes: 120 },
  },

  { prompt: "Translate 'good morning' into Spanish", tool: 'translate', values: { text: 'good morning', target_language: 'es' } },
  { prompt: 'How do you say "where is the train station" in German?', tool: 'translate', values: { text: 'where is the train station', target_language: 'de' } },
  {
    prompt: 'Translate this to French: The meeting has been moved to Thursday.', tool: 'translate',
    values: { text: ['The meeting has been moved to Thursday.', 'The meeting has been moved to Thursday'], target_language: 'fr' },
  },
  { prompt: "What's 'thank you very much' in Japanese?", tool: 'translate', values: { text: 'thank you very much', target_language: 'ja' } },

  { prompt: 'Play some jazz on shuffle', tool: 'play_music', values: { query: 'jazz', shuffle: true } },
  { prompt: 'Put on Abbey Road by the Beatles', tool: 'play_music', values: { query: ['Abbey Road by the Beatles', 'Abbey Road', 'Abbey Road the Beatles'] } },
  { prompt: 'Shuffle my workout playlist', tool: 'play_music', values: { query: ['workout playlist', 'my workout playlist', 'workout'], shuffle: true } },
  { prompt: 'Play Bohemian Rhapsody, no shuffle', tool: 'play_music', values: { query: 'Bohemian Rhapsody', shuffle: false } },

  { prompt: 'Turn it down to 20', tool: 'set_volume', values: { level: 20 } },
  { prompt: 'Set the volume to 65%', tool: 'set_volume', values: { level: 65 } },
  { prompt: 'Mute the speaker', tool: 'set_volume', values: { level: 0 } },
  { prompt: 'Crank the volume all the way up', tool: 'set_volume', values: { level: 100 } },
  { prompt: 'Volume 40 please', tool: 'set_volume', values: { level: 40 } },
];
