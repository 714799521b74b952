// Settings from flags and the environment: which name wins, sizes with units, and what --help shows.
import t from 'tap';
import { parseConfig } from '../../../src/config/config.js';
import { usage } from '../../../src/config/help.js';

t.test('RESPONSES_MOCK_PORT and RESPONSES_MOCK_HOST win over PORT and HOST; a flag wins over both', async (t) => {
  const both = { PORT: '3000', HOST: '0.0.0.0', RESPONSES_MOCK_PORT: '9000', RESPONSES_MOCK_HOST: '127.0.0.2' };
  t.match(parseConfig([], both), { ok: true, config: { port: 9000, host: '127.0.0.2' } });
  t.match(parseConfig([], { PORT: '3000', HOST: '0.0.0.0' }), { ok: true, config: { port: 3000, host: '0.0.0.0' } }, 'the generic names alone still apply');
  t.match(parseConfig(['--port', '7000'], both), { ok: true, config: { port: 7000 } });
  t.match(parseConfig([], { PORT: '3000', RESPONSES_MOCK_PORT: 'x' }), { ok: false, problems: [/^RESPONSES_MOCK_PORT: expected an integer/] }, 'the problem names the variable read');
});

t.test('--body-limit takes a size with a unit, as the other sizes do', async (t) => {
  t.match(parseConfig(['--body-limit', '64m'], {}), { ok: true, config: { bodyLimit: 64 * 1024 * 1024 } });
  t.match(parseConfig(['--body-limit', '100'], {}), { ok: false, problems: ["--body-limit: expected a size from 1024 bytes to 1 GiB (e.g. 1048576, 512k, 64m, 1g), got '100'"] });
  t.match(parseConfig(['--state-memory', '1k'], {}), { ok: false, problems: [/from 1 MiB to 64 GiB/] });
});

t.test('--help shows defaults, value syntax, the order of the variables and the commands', async (t) => {
  const help = usage();
  t.match(help, /--port <n> +port to listen on \(0 = any free port\) \(default 8080; an integer from 0 to 65535\) \[RESPONSES_MOCK_PORT, PORT\]/);
  t.match(help, /--body-limit <size> +largest request body \(default 32 MiB; bytes, or with k, m or g \(1048576, 512k, 64m, 1g\), from 1024 bytes to 1 GiB\)/);
  t.match(help, /--journal-body-limit <size> .*\(default 1 MiB; bytes, or with k, m or g .*from 1024 bytes to 1 GiB\)/);
  t.match(help, /--state-memory <size> .*\(default a quarter of the heap limit; .*from 1 MiB to 64 GiB\)/);
  t.match(help, /--strictness <value> .*\(default strict\)/);
  t.notMatch(help, /--watch .*default/, 'a switch shows no default');
  t.match(help, /RESPONSES_MOCK_PORT and\nRESPONSES_MOCK_HOST over PORT and HOST/);
  t.match(help, /validate-fixtures <dir\.\.\.> +check fixture files as start-up does/);
});

t.test('an unknown flag near a known one names it; one near none is refused as before', async (t) => {
  t.same(parseConfig(['--stict-scenarios'], {}), { ok: false, problems: ["Unknown option '--stict-scenarios' (did you mean '--strict-scenarios'?)"] });
  t.same(parseConfig(['--prot=9000'], {}), { ok: false, problems: ["Unknown option '--prot' (did you mean '--port'?)"] });
  t.same(parseConfig(['--frobnicate'], {}), { ok: false, problems: ["Unknown option '--frobnicate'"] });
});

t.test('an integer setting takes plain decimal digits only, as the x-mock-seed header does', async (t) => {
  for (const raw of ['0x1f', '1e3', '-0', '1.0', '+7', '0b1', '', '7 7']) {
    t.same(parseConfig([`--seed=${raw}`], {}), { ok: false, problems: [`--seed: expected an integer from 0 to 4294967295 in decimal digits, got '${raw}'`] }, `--seed=${raw}`);
  }
  t.same(parseConfig(['--port', '0x50'], {}), { ok: false, problems: ["--port: expected an integer from 0 to 65535 in decimal digits, got '0x50'"] }, 'not port 80');
  for (const raw of ['8080\n', ' 8080', '8080 ', '\t8080\r\n']) {
    t.match(parseConfig([], { PORT: raw }), { ok: true, config: { port: 8080 } }, `space around the digits is dropped: ${JSON.stringify(raw)} (a value read from a file)`);
  }
  t.same(parseConfig([], { PORT: '80\n80' }), { ok: false, problems: ["PORT: expected an integer from 0 to 65535 in decimal digits, got '80\\n80'"] }, 'a line break is shown escaped');
  t.match(parseConfig([], { RESPONSES_MOCK_SEED: '1e3' }), { ok: false, problems: [/^RESPONSES_MOCK_SEED: expected an integer from 0 to 4294967295 in decimal digits, got '1e3'$/] });
  t.match(parseConfig([], { RESPONSES_MOCK_STREAM_DELAY_MS: '1.0' }), { ok: false, problems: [/^RESPONSES_MOCK_STREAM_DELAY_MS: /] });
  t.match(parseConfig(['--seed', '007', '--port', '0', '--journal-limit', '12'], {}), { ok: true, config: { seed: 7, port: 0, journalLimit: 12 } });
});

t.test('a recording flag without --record or --record-missing is refused, naming it; a recording variable is noted', async (t) => {
  t.same(parseConfig(['--record-name', 'x', '--record-timing', '--upstream-openai', 'http://127.0.0.1:1/v1', '--upstream-openrouter', 'http://127.0.0.1:1/api/v1'], {}), {
    ok: false,
    problems: [
      '--record-name: takes effect only with --record or --record-missing, and neither is given',
      '--record-timing: takes effect only with --record or --record-missing, and neither is given',
      '--upstream-openrouter: takes effect only with --record or --record-missing, and neither is given',
      '--upstream-openai: takes effect only with --record or --record-missing, and neither is given',
    ],
  });
  t.match(parseConfig([], { RESPONSES_MOCK_RECORD_NAME: 'x', RESPONSES_MOCK_RECORD_TIMING: 'true', RESPONSES_MOCK_RECORD: '' }), {
    ok: true,
    config: { recordName: undefined, recordTiming: false },
    notes: [
      'RESPONSES_MOCK_RECORD_NAME is set but nothing is recorded: it takes effect only with --record or --record-missing',
      'RESPONSES_MOCK_RECORD_TIMING is set but nothing is recorded: it takes effect only with --record or --record-missing',
    ],
  }, 'as variables they are noted and not used: one environment may serve a recording run and a replay run');
  t.match(parseConfig([], { RESPONSES_MOCK_RECORD_TIMING: 'false' }), { ok: true, notes: [] }, 'a switch set off does nothing either way');
  t.match(parseConfig([], { RESPONSES_MOCK_UPSTREAM_OPENAI: 'http://127.0.0.1:1/v1' }), {
    ok: true,
    notes: ['RESPONSES_MOCK_UPSTREAM_OPENAI is set but nothing is recorded: it takes effect only with --record or --record-missing (and in verify-recordings)'],
  }, 'verify-recordings reads the upstream variables too: one environment may serve both');
  for (const record of [['--record', 'rec'], ['--record-missing', 'rec']]) {
    t.match(parseConfig([...record, '--record-name', 'x', '--record-timing', '--upstream-openai', 'http://127.0.0.1:1/v1'], {}), { ok: true, notes: [], config: { recordName: 'x', recordTiming: true } }, record.join(' '));
  }
  t.same(parseConfig(['--record-name', 'bad name'], {}), { ok: false, problems: ["--record-name: expected a scenario name (letters, digits, _ . : -; at most 128 characters), got 'bad name'"] }, 'a value refused is one problem');
});
