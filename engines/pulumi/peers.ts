/**
 * The Pulumi SDKs are optional peer dependencies of Stackwerk (the Terraform engine never needs them):
 * `stackwerk/pulumi` checks for them first, so a missing one is an error that names every
 * missing package and the command that installs them, not a bare "Cannot find module".
 */
/** The optional peers `stackwerk/pulumi` loads, with the ranges of package.json's peerDependencies (a test keeps them equal). */
export const PULUMI_PEERS: Readonly<Record<string, string>> = {
  "@pulumi/kubernetes": "^4.34.2",
  "@pulumi/pulumi": "^3.270.0",
};

/** Throws one error naming every Pulumi SDK that `resolve` cannot find, and the command that installs them. */
export function requirePulumiPeers(resolve: (id: string) => string = require.resolve): void {
  const missing = Object.keys(PULUMI_PEERS).filter((name) => {
    try {
      resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  throw new Error(
    `stackwerk/pulumi needs the Pulumi SDKs, which are optional peer dependencies of stackwerk; missing: ${missing.join(", ")}.\n` +
      `  Install them: npm install ${Object.entries(PULUMI_PEERS)
        .map(([name, range]) => `${name}@${range}`)
        .join(" ")}`,
  );
}

requirePulumiPeers();
