// Readings review 25 found lost or taken wrongly: a scale's end beside an unrelated number, an article's unit that
// opens a clause, four-part versions taken for addresses, a postcode before an everyday word taken for a year, and
// a place's number taken for a temperature.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };

t.test('a four-part token is a version unless a network word stands near it', async (t) => {
  const deploy = object({
    service: { type: 'string', description: 'Service name' },
    environment: { type: 'string', enum: ['staging', 'production'] },
    version: { type: 'string', description: 'Version to deploy, e.g. 1.4.2' },
  });
  t.equal(read(deploy, 'Deploy billing 1.4.2.1 to staging').version, '1.4.2.1');
  t.equal(read(deploy, 'Deploy auth-api version 2.0.0.0 to production').version, '2.0.0.0');
  t.equal(read(deploy, 'Roll out payments 10.2.0.5 to production').version, '10.2.0.5');
  t.equal(read(deploy, 'Deploy to server build 1.2.0.4 of payments').version, '1.2.0.4');
  t.not(read(deploy, 'Deploy auth-api to host 10.0.0.12').version, '10.0.0.12');
  t.not(read(deploy, 'Deploy auth-api, the server ip is 10.0.0.12').version, '10.0.0.12');
});

t.test('a year-like postcode is a year only before a narrative word', async (t) => {
  const geocode = object({ address: str });
  t.equal(read(geocode, 'Where is 12 George St, Sydney 2000 located?').address, '12 George St, Sydney 2000');
  t.equal(read(geocode, 'Geocode 12 George St, Sydney 2000 is where I live').address, '12 George St, Sydney 2000');
  t.equal(read(geocode, 'Geocode 5 George St, Sydney 2000 via the main road').address, '5 George St, Sydney 2000');
  t.equal(read(geocode, 'Geocode 12 Baker Street, London 2019 was great').address, '12 Baker Street, London');
});

t.test("a place's number is a temperature only after 'no' or 'number'", async (t) => {
  const thermostat = object({ temperature: { type: 'number', description: 'Target temperature' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } });
  t.not(read(thermostat, 'Set the thermostat in room 4C').temperature, 4);
  t.not(read(thermostat, 'Set the thermostat for seat 12F').temperature, 12);
  t.equal(read(thermostat, 'Set temperature no 21C').temperature, 21);
  t.equal(read(thermostat, 'Set apartment 4C to 20C').temperature, 20);
});

t.test("an article's unit opening a clause or ending the prompt is a length; an offset or a frequency is not", async (t) => {
  const meeting = object({ title: str, start: { type: 'string', format: 'date-time' }, duration_minutes: { type: 'integer', minimum: 5 } });
  t.equal(read(meeting, 'Add a calendar event tomorrow at 3pm, an hour').duration_minutes, 60);
  t.equal(read(meeting, 'Schedule dentist tomorrow at 10am, half an hour').duration_minutes, 30);
  t.equal(read(meeting, 'Schedule a meeting with Ana tomorrow at 10am, an hour').duration_minutes, 60);
  const timer = object({ duration_seconds: { type: 'integer', minimum: 1 } });
  t.equal(read(timer, 'Set a timer: a minute').duration_seconds, 60);
  t.equal(read(timer, 'Start a timer, an hour').duration_seconds, 3600);
  t.equal(read(timer, 'Timer an hour please').duration_seconds, 3600);
  t.equal(read(timer, 'Start the timer an hour').duration_seconds, 3600);
  // Still no length.
  t.not(read(timer, 'Remind me in an hour').duration_seconds, 3600);
  t.not(read(meeting, 'Schedule a standup with the team at 9am, twice a day').duration_minutes, 1440);
  t.not(read(meeting, 'Book a meeting with Priya at 10am, a day before the launch').duration_minutes, 1440);
  t.not(read(meeting, 'Book a standup with the team at 9am in an hour').duration_minutes, 60);
});

t.test("a scale's end in words holds beside numbers that are no level, and ties to what a plain level sets", async (t) => {
  const brightness = object({ room: { type: 'string', description: 'The room whose lights to change' }, level: { type: 'integer', minimum: 0, maximum: 100, description: 'Brightness level, 0-100' } });
  t.equal(read(brightness, 'Set bedroom 2 lights to full brightness').level, 100);
  t.equal(read(brightness, 'Set the brightness to max for 2 hours').level, 100);
  t.equal(read(brightness, 'Dim the living room lights to the lowest setting').level, 0);
  const volume = object({ level: { type: 'integer', minimum: 0, maximum: 100, description: 'Volume, 0-100' } });
  t.equal(read(volume, 'Turn the volume up to max for the next 2 songs').level, 100);
  const tv = object({ level: { type: 'integer', minimum: 0, maximum: 100 }, room: str }, ['level']);
  t.equal(read(tv, 'Set the TV volume to max').level, 100);
  t.equal(read(tv, 'Mute the TV').level, 0);
  // A level written beside the words still wins.
  t.equal(read(volume, 'Turn the volume down to 20, max is too loud').level, 20);
  t.equal(read(tv, 'Set the TV volume to 30, not max').level, 30);
});

t.test('silence is the bottom of a sound or a plain level only', async (t) => {
  const brightness = object({ level: { type: 'integer', minimum: 0, maximum: 100, description: 'Brightness level, 0-100' } });
  t.not(read(brightness, 'Dim the lights a bit and mute the TV').level, 0);
  const volume = object({ level: { type: 'integer', minimum: 0, maximum: 100, description: 'Volume, 0-100' } });
  t.equal(read(volume, 'Set volume to maximum, track 3 is quiet').level, 100);
});
