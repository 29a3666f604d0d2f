/** Test helper: a hand-written stack folder (`stacks/<name>/cdk.tf.json`) as deploy/ reads one from a program. */
import * as fs from "node:fs";
import * as path from "node:path";

/** Writes a stack folder with `tf` as its configuration; returns the stack as a program lists it. */
export function stackFolder(root: string, name: string, tf: object, dependencies: string[] = []) {
  const dir = path.join(root, "stacks", name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(tf, null, 2));
  return { name, constructPath: name, dir, file: path.join(dir, "cdk.tf.json"), dependencies };
}
