/**
 * The shape of a dictionary, taken from the English one: a Russian dictionary missing a key, or
 * with a function of another signature, fails the type check (`npm run check:types`).
 */
import type { en } from './en/index.ts';

/** Literal string types widened to string, so another language can fill them. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;
