/** Types for scripts/releaseManifest.js (CommonJS, required by webpack.config.js). */
export declare const DEV_URL: string;
export declare class ReleaseManifestError extends Error {}
export interface ReleaseOptions {
  /** The https address dist/ is published under, ending with "/". */
  url: string;
  /** The manifest's four-part Version. */
  version: string;
}
export declare function parseReleaseUrl(value: unknown): string;
export declare function manifestVersion(packageVersion: string, revision: unknown): string;
export declare function releaseOptions(
  env: Record<string, unknown>,
  packageVersion: string
): ReleaseOptions | undefined;
export declare function releaseManifest(devXml: string, options: ReleaseOptions): string;
