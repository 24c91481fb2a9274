/**
 * Appends `items` to `to`, one by one: `to.push(...items)` passes every item as an argument, and
 * a list of 100,000 rows can exceed the call stack that way.
 */
export function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}
