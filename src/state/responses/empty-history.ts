// What a stateless provider sees as history: nothing is ever stored.
import type { HistorySource } from '../../domain/validation/prepare.js';

export const EMPTY_HISTORY: HistorySource = {
  conversation: () => undefined,
  item: () => undefined,
};
