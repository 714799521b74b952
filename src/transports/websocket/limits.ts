// The bounds of one Responses socket: the real service's lanes and responses in flight, what its creates may
// hold, what a peer may leave unread, the bytes of history kept, and the ends after which a response can be
// continued.

/** The real service's bounds: lanes per socket, responses in flight at once. */
export const MAX_LANES = 32;
export const MAX_IN_FLIGHT = 16;
/** Creates waiting or running on one socket; past it a create is refused (response_already_in_flight). */
export const MAX_QUEUED = 64;
/**
 * Characters of message text the creates waiting or running on one socket may hold together; a create past
 * it is refused (response_already_in_flight), unless it would be the only one. Each holds about three times its
 * text (the text, the body parsed, the body without the envelope), so 64 creates of 32 MiB would exhaust the heap.
 */
export const MAX_QUEUED_CHARS = 64 * 1024 * 1024;
/** Bytes a peer may leave unread before a message it sends drops it. */
export const MAX_UNREAD = 4 * 1024 * 1024;
/** Bytes of conversation the socket's history keeps. */
export const HISTORY_BYTES = 32 * 1024 * 1024;
/** Bytes of conversation the histories of all sockets keep together. */
export const ALL_HISTORY_BYTES = 128 * 1024 * 1024;
/** The events that end a response that can be continued. */
export const CONTINUABLE = new Set(['response.completed', 'response.incomplete']);
