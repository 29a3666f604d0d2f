/** File-tree helpers for the bindings scripts and their drift tests. */
import * as fs from "node:fs";
import * as path from "node:path";

/** Relative paths of all files under `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  if (fs.existsSync(dir)) walk("");
  return out.sort();
}

/** Files that differ between two folders (missing on either side or different content). */
export function diffDirs(expectedDir: string, actualDir: string): string[] {
  const a = listFiles(expectedDir);
  const b = listFiles(actualDir);
  const diff: string[] = [];
  for (const f of new Set([...a, ...b])) {
    if (!a.includes(f)) diff.push(`${f} (only in ${actualDir})`);
    else if (!b.includes(f)) diff.push(`${f} (only in ${expectedDir})`);
    else if (!fs.readFileSync(path.join(expectedDir, f)).equals(fs.readFileSync(path.join(actualDir, f)))) diff.push(`${f} (content differs)`);
  }
  return diff.sort();
}
