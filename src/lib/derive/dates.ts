/**
 * Date helpers for the derivations: the partial-date module re-exported under its old address,
 * so there is one notion of a partial date (see src/lib/partial-date.ts).
 */
export * from '../partial-date.ts';
