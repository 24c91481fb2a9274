/**
 * Chromium, the built harness and its server for one test file: started in its beforeAll (the
 * browser first, so a missing chromium fails at once, before a long build), closed in its afterAll.
 */
import type { Browser } from "playwright-core";
import { buildHarness } from "./buildHarness";
import { launchChromium } from "./launchChromium";
import { serveDirectory, type StaticServer } from "./serveDirectory";

export interface RunningHarness {
  readonly browser: Browser;
  /** "http://127.0.0.1:<port>/" */
  readonly url: string;
}

export interface HarnessHandle {
  /** The running harness; throws when beforeAll could not start it. */
  running(): RunningHarness;
  /** How long the harness build took (0 until built). */
  readonly buildMs: number;
}

export function startHarness(): HarnessHandle {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let buildMs = 0;
  beforeAll(async () => {
    browser = await launchChromium();
    const build = await buildHarness();
    server = await serveDirectory(build.dir);
    buildMs = build.milliseconds;
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    running() {
      if (!browser || !server) throw new Error("The harness did not start (see beforeAll's error)");
      return { browser, url: server.url };
    },
    get buildMs() {
      return buildMs;
    },
  };
}
