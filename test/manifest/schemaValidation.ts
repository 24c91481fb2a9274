/**
 * Validates a manifest against Microsoft's XML schemas for add-in manifests (OfficeApp 1.1 with
 * the VersionOverrides and basic-types schemas it imports), kept in the workspace at
 * ../shared/schemas/office-addin-manifest/ (see its README), with libxml2's xmllint (Debian's
 * libxml2-utils, installed by scripts/install-system-deps.sh). `--nonet`: the schemas' imports are
 * local files, and nothing is fetched.
 *
 * A missing xmllint or schema folder is an error, not a skip: a validation that quietly does not
 * run proves nothing.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";

export const SCHEMA_DIR = path.resolve(__dirname, "../../../shared/schemas/office-addin-manifest");
export const MANIFEST_SCHEMA = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");

export interface SchemaResult {
  valid: boolean;
  /** xmllint's exit status: 0 valid, 1 not well-formed, 3 invalid, 4/5 schema unusable. */
  status: number | null;
  /** xmllint's messages, one per line, "-" standing for the manifest. */
  errors: string[];
}

export function validateAgainstSchema(xml: string): SchemaResult {
  if (!existsSync(MANIFEST_SCHEMA)) {
    throw new Error(`Microsoft's manifest schemas are missing: ${MANIFEST_SCHEMA} not found`);
  }
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", MANIFEST_SCHEMA, "-"], {
    input: xml,
    encoding: "utf8",
    timeout: 30_000,
  });
  if (run.error) {
    const reason =
      (run.error as NodeJS.ErrnoException).code === "ENOENT" ? "not installed" : run.error.message;
    throw new Error(
      `xmllint ${reason}: install Debian's libxml2-utils (bash scripts/install-system-deps.sh, as root)`
    );
  }
  if (run.status === 4 || run.status === 5) {
    throw new Error(`xmllint could not use the schema ${MANIFEST_SCHEMA}:\n${run.stderr}`);
  }
  const errors = run.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && line !== "- validates" && line !== "- fails to validate");
  return { valid: run.status === 0, status: run.status, errors };
}
