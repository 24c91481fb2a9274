/**
 * Debian's chromium through playwright-core (TOOLCHAIN.md): no browser download, no network.
 * A missing chromium is an error, never a skip: CI installs it (scripts/install-system-deps.sh).
 */
import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: the browser tests need Debian's chromium. ` +
        "Install it with `bash scripts/install-system-deps.sh` as root (CI does), or point " +
        "CHROMIUM_PATH at another chromium. Do not run `npx playwright install` (no internet)."
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}
