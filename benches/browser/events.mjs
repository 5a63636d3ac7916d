// The synthetic events every library is fed: written once per size by the Rust generator
// (`examples/synthetic_json.rs`, seed 42, the same events as the app's `?synthetic=N`) and
// cached under target/bench-events/, so repeated runs skip the compile and the generation.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const EVENTS_DIR = 'target/bench-events';

export function eventsPath(root, count) {
  return join(root, EVENTS_DIR, `events-${count}.json`);
}

async function exists(path) {
  try {
    return (await stat(path)).size > 0;
  } catch {
    return false;
  }
}

/** Runs the generator into a temporary file, renamed only on success (no half-written cache). */
function generate(root, count, target) {
  const partial = `${target}.partial`;
  return new Promise((resolve, reject) => {
    const out = createWriteStream(partial);
    const child = spawn(
      'cargo',
      ['run', '--quiet', '--release', '--example', 'synthetic_json', '--features', 'synthetic', '--', String(count)],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.pipe(out);
    child.on('error', reject);
    child.on('close', (code) => {
      out.close(async () => {
        if (code !== 0) {
          await rm(partial, { force: true });
          return reject(new Error(`synthetic_json ${count} exited with ${code} (does the crate build?)`));
        }
        await rename(partial, target);
        resolve();
      });
    });
  });
}

/**
 * Makes sure the events file for each size exists. Sequential on purpose: the first cargo run
 * compiles, the others reuse it, and two at once would only fight over the build lock.
 */
export async function ensureEvents(root, counts, log = console.error) {
  await mkdir(join(root, EVENTS_DIR), { recursive: true });
  for (const count of counts) {
    const path = eventsPath(root, count);
    if (await exists(path)) continue;
    log(`generating ${count} synthetic events (cargo, compiles once)…`);
    await generate(root, count, path);
  }
}

export async function loadEvents(root, count) {
  return JSON.parse(await readFile(eventsPath(root, count), 'utf8'));
}
