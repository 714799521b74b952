// The readable log format for a terminal: pino-pretty, loaded only when it is used (it costs start-up time),
// set up so that a request reads as one line: time, level, method, path, status, duration, session, answer.
import type { PrettyOptions } from 'pino-pretty';
import { loadPinoPretty } from '../../lazy-modules.js';

const OPTIONS: PrettyOptions = {
  translateTime: 'SYS:HH:MM:ss.l',
  singleLine: true,
  ignore: 'pid,hostname,reqId,method,path,status,ms,session,answered',
  messageFormat: '{msg}{if session} · session {session}{end}{if answered} · {answered}{end}',
  // Written as they come, so that a line shows before the process waits for the next request.
  sync: true,
};

export function prettyStream(): { write(line: string): void } {
  return loadPinoPretty()(OPTIONS);
}
