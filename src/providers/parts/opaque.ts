// OpenAI's opaque blobs while an item streams: the `encrypted_content` of a reasoning or compaction item and a
// program's `fingerprint` are sent anew at each stage (captured): a shorter one in `output_item.added`, another in
// `.done`, a third in the finished response, so a client keeps the last it saw (the spec: take done's). The
// finished response holds the planned blob; the earlier ones derive from it (same response, same bytes), a
// reasoning one still a blob the mock accepts back.
import { resealReasoning } from '../../domain/engine/content/sealed.js';
import { derivedBlob } from '../../domain/hosted/compaction.js';
import type { ItemStage } from '../types.js';

const OPAQUE_KEYS = ['encrypted_content', 'fingerprint'];

/** `item` as rendered for `stage`, its opaque blobs those of that stage (the same object when it has none). */
export function stagedBlobs(item: Record<string, unknown>, stage: ItemStage): Record<string, unknown> {
  if (stage === 'final') return item;
  let staged = item;
  for (const key of OPAQUE_KEYS) {
    const blob = item[key];
    if (typeof blob !== 'string' || blob === '') continue;
    if (staged === item) staged = { ...item };
    staged[key] = item.type === 'reasoning'
      ? resealReasoning(blob, stage)
      : derivedBlob(blob, { tag: stage, length: stage === 'added' ? Math.ceil(blob.length / 2) : blob.length });
  }
  return staged;
}
