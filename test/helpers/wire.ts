// JSON read back from the wire in tests that walk deep into events and items: indexed freely, because the
// assertions themselves are what checks the shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = Record<string, any>;
