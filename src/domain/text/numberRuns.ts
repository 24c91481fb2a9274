/**
 * Long lists of row numbers in one message: "5, 9–12, 20" from 5, 9, 10, 11, 12, 20. A list of
 * 100,000 consecutive rows stays one short phrase; two neighbours stay "2, 3".
 */
export function describeRuns(
  numbers: readonly number[],
  label: (n: number) => string = String
): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) runs.push(`${label(sorted[i]!)}–${label(sorted[j]!)}`);
    else for (let k = i; k <= j; k++) runs.push(label(sorted[k]!));
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * The first `max` items and how many more there are of `total`: a message never grows with the
 * size of a list.
 */
export function listSome(items: readonly string[], max = 10, total = items.length): string {
  if (total <= max) return items.slice(0, max).join(", ");
  return `${items.slice(0, max).join(", ")} … (+${total - max})`;
}
