/**
 * T with every optional field required to be named (its value may be undefined): for objects
 * built field by field instead of copied with a spread, so that adding a field to T is a
 * compile error where the copy is made rather than a field silently dropped.
 *
 * Why not a spread: an object that a big fleet makes once per device from a spread (`{ ...a, b }`)
 * gets a hidden class of its own once V8's clone goes the slow way (after about ten devices):
 * 10,000 devices held 60,000 such classes (15 MB of descriptors), and every read of those objects
 * missed V8's property caches.
 */
// Mapped over Extract<keyof T, string>, not keyof T: the optional marks are not copied (every
// field must be named) while an optional field's type keeps its undefined.
export type AllFields<T> = { [K in Extract<keyof T, string>]: T[K] };
