import { remember } from "../../src/domain/remember";

describe("remember", () => {
  it("works a key out once, and starts over when the cache is full", () => {
    const cache = new Map<string, number>();
    let calls = 0;
    const get = (key: string) => remember(cache, key, 2, () => (calls++, key.length));
    expect([get("a"), get("bb"), get("a")]).toEqual([1, 2, 1]);
    expect(calls).toBe(2);
    expect(get("ccc")).toBe(3); // full: emptied, then "ccc" kept
    expect([...cache.keys()]).toEqual(["ccc"]);
    expect(get("a")).toBe(1);
    expect(calls).toBe(4);
  });
});
