// The CLI entry: read the configuration, build the app, listen, and close gracefully on SIGTERM/SIGINT.
import { buildApp } from './app.js';
import { parseConfig, usage } from './config.js';
import { VERSION } from './version.js';

async function main(): Promise<void> {
  const parsed = parseConfig(process.argv.slice(2), process.env);
  if (parsed.ok === 'help') return void console.log(usage());
  if (parsed.ok === 'version') return void console.log(VERSION);
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(`responses-mock: ${problem}`);
    console.error("Run 'responses-mock --help' for the options.");
    process.exitCode = 2;
    return;
  }
  const { config } = parsed;
  const app = buildApp({ ...config, logger: config.logLevel !== 'silent' });
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(`responses-mock ${VERSION} listening on ${address} (OpenRouter: ${address}/api/v1, OpenAI: ${address}/v1)`);
  const stop = (signal: string) => {
    app.log.info(`${signal} received, closing`);
    const timer = setTimeout(() => process.exit(0), 1500);
    timer.unref();
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('responses-mock: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
