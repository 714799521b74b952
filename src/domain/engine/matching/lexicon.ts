// Everyday words a prompt uses for a kind of tool the tool itself names differently: "list the files" asks for
// something that runs commands (exec, shell, cmd). Small on purpose: each concept pairs prompt words with the
// words such tools carry in their name, parameter names or short description. Folded like all matched words.
import { CURRENCY_WORDS } from '../../arguments/prompt/phrases/extract-terms.js';
import { AMOUNT, TEMPERATURE, type Shape } from './shapes.js';
import { keywords } from '../words.js';
import { HOUSEHOLD_CONCEPTS } from './lexicon/lexicon-household.js';
import { AN_ID, AN_ID_SET_PENDING, WORK_CONCEPTS } from './lexicon/lexicon-work.js';
import { FILE_CONCEPTS } from './lexicon/files.js';
import { ERRAND_CONCEPTS } from './lexicon/lexicon-errands.js';

export interface Concept {
  /** Shown in the engine's explanation. */
  label: string;
  prompt: Set<string>;
  tool: Set<string>;
  /** Only the tool's name carries its side (a weather tool's `units` parameter is no unit converter). */
  nameOnly?: boolean;
  /** Its parameter names do not carry its side (a tool taking a `date` is no clock); name and description do. */
  notParameters?: boolean;
  /**
   * Its words count as words shared with the tool, a sign only with another: a word the tool shares, a second
   * word of the group, a value ("review" next Tuesday, "40 francs") or a request ("Put it in my basket").
   */
  weak?: boolean;
  /** A value that backs its words ("1.5k CHF" for a currency code). */
  backedBy?: Shape;
  /** Its words ask only beside that value ("Move $250 to savings", not "Move 2 chairs to the kitchen"). */
  onlyBacked?: boolean;
  /**
   * Backed, its words are no sign for a tool whose name names none of its tool words: they are used in its sense
   * ("Send $50 to Bob" is no `send_message`).
   */
  demotes?: boolean;
  /** Its words ask only beside one of these ("Reserve lunch at Nopa", not "a reminder for lunch time"). */
  needs?: Set<string>;
  /** Or a phrase of the lower-cased prompt standing for one of them ("how much money do I have" for an account). */
  needsPhrase?: RegExp;
  /** And, besides those, this phrase of the lower-cased prompt ("It is cold in here, turn it up" for the heat). */
  alsoPhrase?: RegExp;
  /** Its words ask only when the prompt holds none of these ("Turn it down to 18 degrees" turns the heat, not the sound). */
  unless?: ReadonlySet<string>;
  /** Words that keep it beside one of `unless` ("The music is too loud and the room is too hot, turn it down"). */
  keptBy?: ReadonlySet<string>;
}

const fold = (words: string): Set<string> => keywords(words);

/** The currency words and codes the argument reader knows ("chf", "rupees"), less those that are also verbs. */
function currencyWords(): string {
  return [...CURRENCY_WORDS].filter((word) => word !== 'try').join(' ');
}

export const LEXICON: readonly Concept[] = [
  ...FILE_CONCEPTS,
  {
    label: 'search',
    prompt: fold('search find look lookup google web internet online news latest'),
    tool: fold('search web browse query lookup find'),
  },
  {
    label: 'date and time',
    prompt: fold('time date clock'),
    tool: fold('time date clock datetime'),
    notParameters: true,
  },
  {
    // Said in passing by much chat ("I feel tired today", "How was your day?"): a sign only with another.
    label: 'a day',
    prompt: fold('today day'),
    tool: fold('time date clock datetime'),
    notParameters: true,
    weak: true,
  },
  {
    label: 'weather',
    prompt: fold('rain raining sunny snow snowing forecast temperature umbrella windy humid humidity storm'),
    tool: fold('weather forecast temperature'),
  },
  {
    label: 'send a message',
    prompt: fold('post ping notify dm sms announce'),
    tool: fold('message slack sms chat notify post'),
  },
  {
    label: 'calendar',
    prompt: fold('schedule meeting meetings appointment appointments calendar invite'),
    tool: fold('event calendar meeting schedule appointment'),
  },
  {
    label: 'an event',
    prompt: fold('review sync standup huddle kickoff retro retrospective interview demo session catchup'),
    tool: fold('meeting event calendar appointment'),
    weak: true,
  },
  {
    label: 'remind or remember',
    prompt: fold('remind remember memorize forget'),
    tool: fold('reminder remind memory remember alarm'),
  },
  {
    label: 'directions',
    prompt: fold('directions route drive driving walk walking transit commute navigate'),
    tool: fold('directions route navigate navigation'),
  },
  {
    label: 'money',
    prompt: fold(`currency currencies exchange ${currencyWords()}`),
    tool: fold('currency exchange forex fx'),
    weak: true,
    backedBy: AMOUNT,
  },
  {
    label: 'units',
    prompt: fold('miles kilometers km feet meters inches kilograms kg pounds lbs ounces liters gallons'),
    tool: fold('unit units measure measurement'),
    nameOnly: true,
  },
  {
    label: 'units of temperature',
    prompt: fold('celsius fahrenheit kelvin degree degrees'),
    tool: fold('unit units measure measurement'),
    nameOnly: true,
    weak: true,
    backedBy: TEMPERATURE,
  },
  {
    label: 'stocks',
    prompt: fold('stock stocks shares trading ticker nasdaq nyse'),
    tool: fold('stock ticker quote market finance'),
  },
  {
    label: 'arithmetic',
    prompt: fold('calculate compute plus minus times multiply divide divided percent sqrt sum'),
    tool: fold('calculator calculate math expression evaluate compute arithmetic'),
  },
  {
    label: 'a database',
    prompt: fold('sql select database db table tables rows'),
    tool: fold('sql database db'),
  },
  {
    label: 'a web page',
    prompt: fold('summarize summarise page website url link article'),
    tool: fold('fetch url browse scrape webpage'),
  },
  {
    label: 'a recurrence',
    prompt: fold('daily nightly weekly monthly hourly yearly recurring recurrence repeating cron'),
    tool: fold('recurring recurrence cron job'),
    weak: true,
  },
  {
    label: 'a temperature',
    prompt: fold('celsius fahrenheit kelvin degree degrees thermostat heating warmer cooler colder'),
    tool: fold('temperature thermostat'),
    weak: true,
    backedBy: TEMPERATURE,
  },
  {
    label: 'news',
    prompt: fold('headlines headline news breaking'),
    tool: fold('news headlines'),
  },
  {
    label: 'a status',
    prompt: fold('status'),
    tool: fold('status ticket'),
  },
  {
    // "Mark 7710 as resolved", "Set #5530 to pending": a new status asks for a tool that sets one, not any tool of the ticket. Said of
    // any problem ("My problem is solved"): a sign only beside a word the tool shares, an id or a request.
    label: 'a change of status',
    prompt: fold('mark done close resolve resolved solved reopen escalate escalated'),
    tool: fold('status'),
    weak: true,
    backedBy: AN_ID,
  },
  {
    // "Set #5530 to pending" sets a status; "Payment 3321 is pending" only says one.
    label: 'a pending status',
    prompt: fold('pending'),
    tool: fold('status'),
    weak: true,
    backedBy: AN_ID_SET_PENDING,
    onlyBacked: true,
  },
  ...ERRAND_CONCEPTS,
  {
    label: 'a pull request',
    prompt: fold('pr prs pull merge'),
    tool: fold('pull pr merge'),
  },
  ...HOUSEHOLD_CONCEPTS,
  ...WORK_CONCEPTS,
];
