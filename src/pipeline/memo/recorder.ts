// Renders a response with sentinels instead of ids, timestamps and padding, and remembers the order of
// those draws, so that the same draws can be replayed for real on every later identical request.
import type { ServerIdKind } from '../../domain/hosted/types.js';
import type { Variables } from '../variables.js';

/** One draw of a variable, in the order the renderer made it. */
export type Draw =
  | { kind: 'now' }
  | { kind: 'responseId'; createdAt: number }
  | { kind: 'message' }
  | { kind: 'functionCall' }
  | { kind: 'customToolCall' }
  | { kind: 'reasoning' }
  | { kind: 'encryptedContent' }
  | { kind: 'callId'; index: number }
  /** `of`: the draw (by index) or the literal id of the item it belongs to, when one was named. */
  | { kind: 'serverItem'; idKind: ServerIdKind; of?: number | string }
  | { kind: 'padding'; length: number };

/** Sentinels: private-use characters around a draw index for strings; a reserved negative for numbers. */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';
const NUMBER_BASE = 9_000_000_000_000_000;
export const MAX_DRAWS = 999_999;

export const stringSentinel = (index: number): string => `${OPEN}${index}${CLOSE}`;
export const numberSentinel = (index: number): number => -(NUMBER_BASE + index);
/** The sentinels as JSON.stringify writes them: `\uE000` is not escaped; numbers print as -9000000000xxxxxx. */
export const SENTINEL_PATTERN = /\uE000(\d+)\uE001|-9000000000(\d{6})(?!\d)/g;

export class Recorder {
  constructor(readonly draws: Draw[] = []) {}

  variables(): Variables {
    const draw = (entry: Draw): number => {
      if (this.draws.length >= MAX_DRAWS) throw new TooManyDraws();
      return this.draws.push(entry) - 1;
    };
    return {
      now: () => numberSentinel(draw({ kind: 'now' })),
      // A date counted from the clock is written into the answer's text: no sentinel can stand for it.
      datesFrom: () => { throw new ReadsClock(); },
      responseId: (createdAt) => stringSentinel(draw({ kind: 'responseId', createdAt: -createdAt - NUMBER_BASE })),
      message: () => stringSentinel(draw({ kind: 'message' })),
      functionCall: () => stringSentinel(draw({ kind: 'functionCall' })),
      customToolCall: () => stringSentinel(draw({ kind: 'customToolCall' })),
      reasoning: () => stringSentinel(draw({ kind: 'reasoning' })),
      encryptedContent: () => stringSentinel(draw({ kind: 'encryptedContent' })),
      callId: (index) => stringSentinel(draw({ kind: 'callId', index })),
      padding: (length) => stringSentinel(draw({ kind: 'padding', length })),
      serverItem: (idKind, of) => stringSentinel(draw(of === undefined ? { kind: 'serverItem', idKind } : { kind: 'serverItem', idKind, of: drawnIndex(of) ?? of })),
    };
  }
}

export class TooManyDraws extends Error {}

const WHOLE_SENTINEL = /^\uE000(\d+)\uE001$/;

/** The index of the draw a value is the sentinel of, if it is one. */
function drawnIndex(value: string): number | undefined {
  const match = WHOLE_SENTINEL.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** The answer holds dates counted from the clock ("tomorrow"): it is made afresh each time, not memoised. */
export class ReadsClock extends Error {}

/** The real values of recorded draws, drawn in the same order, as JSON text (numbers bare, strings unquoted). */
export function replay(draws: readonly Draw[], live: Variables): string[] {
  const values: string[] = new Array<string>(draws.length);
  const numbers: number[] = new Array<number>(draws.length);
  for (let index = 0; index < draws.length; index += 1) {
    const draw = draws[index]!;
    switch (draw.kind) {
      case 'now': numbers[index] = live.now(); values[index] = String(numbers[index]); break;
      case 'responseId': values[index] = live.responseId(numbers[draw.createdAt]!); break;
      case 'message': values[index] = live.message(); break;
      case 'functionCall': values[index] = live.functionCall(); break;
      case 'customToolCall': values[index] = live.customToolCall(); break;
      case 'reasoning': values[index] = live.reasoning(); break;
      case 'encryptedContent': values[index] = live.encryptedContent(); break;
      case 'serverItem': values[index] = live.serverItem(draw.idKind, typeof draw.of === 'number' ? values[draw.of] : draw.of); break;
      case 'callId': values[index] = live.callId(draw.index); break;
      case 'padding': values[index] = live.padding(draw.length); break;
    }
  }
  return values;
}
