// Agent-traffic cases, productivity tools: email, chat, text messages, calendar, reminders, todos,
// contacts, notes and timers, in the shapes of the OpenAI Agents SDK, Vercel AI SDK and LangChain examples.
import { looseTool, schema, strictTool, type AgentCase } from './case.js';

const { str, int, oneOf, format, list } = schema;

const sendEmail = strictTool('send_email', 'Send an email on behalf of the user.', {
  to: str('Recipient email address'), subject: str('Subject line'), body: str('Plain-text body of the email'),
});
const sendEmailList = looseTool('send_email', 'Send an email to one or more recipients.', { properties: {
  to: list(format('email'), 'Recipients'), cc: list(format('email')), subject: str(), body: str(),
}, required: ['to', 'subject', 'body'] });
const sendEmailBare = strictTool('send_email', 'Sends an email', { to: str(), subject: str(), body: str() });
const slack = looseTool('send_slack_message', 'Post a message to a Slack channel.', { properties: {
  channel: str('Channel name, e.g. #general'), text: str('Message text'),
}, required: ['channel', 'text'] });
const sms = strictTool('send_sms', 'Send a text message to a phone number.', {
  phone_number: str('Phone number in E.164 format'), message: str(),
});
const createEvent = looseTool('create_event', 'Create a calendar event.', { properties: {
  title: str('Event title'), start: format('date-time', 'Start time (ISO 8601)'), end: format('date-time', 'End time (ISO 8601)'),
  attendees: list(format('email'), 'Attendee email addresses'), location: str(),
}, required: ['title', 'start', 'end'] });
const createEventPlain = strictTool('create_calendar_event', 'Add an event to the user\'s calendar.', {
  summary: str('Short title of the event'), date: str('Date, YYYY-MM-DD'), start_time: str('Start time, HH:MM'), duration_minutes: int(),
});
const reminder = strictTool('set_reminder', 'Set a reminder for the user.', {
  time: str('When to remind, ISO 8601 or HH:MM'), message: str('What to remind the user about'),
});
const todo = looseTool('add_todo', 'Add an item to the todo list.', { properties: {
  title: str(), due_date: format('date'), priority: oneOf(['low', 'medium', 'high']),
}, required: ['title'] });
const contact = looseTool('create_contact', 'Save a new contact.', { properties: {
  name: str('Full name'), email: format('email'), phone: str('Phone number'),
}, required: ['name'] });
const callList = strictTool('phone_call', 'Place a phone call, trying each number in turn.', { phone_numbers: list(str(), 'Numbers to try, in order') });
const person = strictTool('add_person', 'Add a person to the address book.', { name: str('Full name'), age: int(undefined, { minimum: 0 }) });
const memory = strictTool('save_memory', 'Store a fact about the user for later conversations.', { content: str('The fact to remember') });
const timer = strictTool('set_timer', 'Start a countdown timer.', { minutes: int('Duration in minutes', { minimum: 1 }), label: str() });
const timerSeconds = looseTool('start_timer', 'Start a timer.', { properties: { duration: int('Duration in seconds'), label: str('What the timer is for') }, required: ['duration'] });

export const productivityCases: AgentCase[] = [
  { tool: sendEmail, prompt: 'Email bob@example.com that the offsite in Lisbon is confirmed', expect: { to: 'bob@example.com', subject: /offsite in Lisbon/i, body: /^the offsite in Lisbon is confirmed\.?$/i } },
  { tool: sendEmail, prompt: "Send an email to priya@acme.io with the subject 'Invoice #4411' saying the payment went through", expect: { to: 'priya@acme.io', subject: 'Invoice #4411', body: /^the payment went through\.?$/i } },
  { tool: sendEmailBare, prompt: 'Send a quick email to sam@contoso.com asking if we are still on for lunch in Paris tomorrow', expect: { to: 'sam@contoso.com', body: /^(?!send\b).*still on for lunch in Paris tomorrow\??$/i } },
  { tool: sendEmailList, prompt: 'Email ana@example.org and li@example.org, cc boss@example.org: the report for Berlin is ready', expect: { to: ['ana@example.org', 'li@example.org'], cc: ['boss@example.org'], body: /^the report for Berlin is ready\.?$/i } },
  { tool: slack, prompt: "Post 'Deploy finished ✅' in #releases", expect: { channel: /^#?releases$/, text: 'Deploy finished ✅' } },
  { tool: slack, prompt: 'Tell the #oncall channel that the database migration is done', expect: { channel: /^#?oncall$/, text: /^the database migration is done\.?$/i } },
  { tool: sms, prompt: "Text +14155550100 that I'm running 10 minutes late", expect: { phone_number: '+14155550100', message: /^I'm running 10 minutes late\.?$/i } },
  {
    tool: createEvent,
    prompt: "Schedule 'Q3 planning' from 2025-07-14T10:00 to 2025-07-14T11:30 with dana@acme.com and li@acme.com in Room 4B",
    expect: { title: 'Q3 planning', start: /^2025-07-14T10:00/, end: /^2025-07-14T11:30/, attendees: ['dana@acme.com', 'li@acme.com'] },
  },
  { tool: createEventPlain, prompt: 'Add a dentist appointment on 2025-03-12 at 09:30 for 45 minutes', expect: { date: '2025-03-12', start_time: '09:30', duration_minutes: 45, summary: /^dentist appointment$/i } },
  { tool: reminder, prompt: 'Remind me to call mom at 18:30', expect: { time: '18:30', message: /^call mom\.?$/i } },
  { tool: todo, prompt: "Add 'renew passport' to my todo list, due 2025-08-01, high priority", expect: { title: 'renew passport', due_date: '2025-08-01', priority: 'high' } },
  { tool: todo, prompt: 'Add buy oat milk to my todo list', expect: { title: /^buy oat milk$/i } },
  { tool: contact, prompt: 'Save Jane Doe as a contact: jane.doe@example.com, +44 20 7946 0958', expect: { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+44 20 7946 0958' } },
  { tool: callList, prompt: 'Call +1 415 555 0100 or +44 20 7946 0958', expect: { phone_numbers: ['+1 415 555 0100', '+44 20 7946 0958'] } },
  { tool: person, prompt: 'Add this person: Alice is 30', expect: { name: 'Alice', age: 30 } },
  { tool: memory, prompt: 'Remember that my favourite colour is green', expect: { content: /^my favourite colou?r is green\.?$/i } },
  { tool: timer, prompt: 'Set a timer for 12 minutes for the pasta', expect: { minutes: 12, label: /pasta/i } },
  { tool: timer, prompt: 'Set a 10 minute timer for the pasta', expect: { minutes: 10, label: 'pasta' } },
  { tool: timerSeconds, prompt: 'Set a 10 minute timer for the pasta', expect: { duration: 600, label: 'pasta' } },
];
