// The README's first command, run as a newcomer runs it: `bash scripts/serve.sh` from the
// checkout. It must build, listen on 127.0.0.1:8080, and serve the working app under the
// strict CSP, byte for byte the dist/ a host is told to deploy, with the headers of its
// _headers file. The server is stopped by its process group, and the port must be free after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { launch } from '../e2e/browser.mjs';
import { readHeadersFile } from '../../scripts/static-server.mjs';

const PORT = 8080;
const URL = `http://127.0.0.1:${PORT}/`;
// A first run on a fresh machine compiles the tools (about 10 minutes) and the app.
const START_LIMIT_MS = 30 * 60 * 1000;

const portAnswers = () =>
  new Promise((resolve) => {
    const socket = connect(PORT, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts serve.sh in its own process group; resolves once port 8080 answers. */
async function startServe() {
  assert.equal(await portAnswers(), false, `port ${PORT} is already taken: stop that server first`);
  const child = spawn('bash', ['scripts/serve.sh'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => { log += chunk; process.stdout.write(chunk); });
  child.stderr.on('data', (chunk) => { log += chunk; process.stderr.write(chunk); });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const started = Date.now();
  for (;;) {
    const ended = await Promise.race([exited, sleep(500).then(() => null)]);
    if (ended) assert.fail(`serve.sh exited (code ${ended.code}) before serving:\n${log.slice(-2000)}`);
    if (await portAnswers()) break;
    if (Date.now() - started > START_LIMIT_MS) {
      stopGroup(child);
      assert.fail(`serve.sh did not listen on ${PORT} within ${START_LIMIT_MS / 60000} minutes`);
    }
  }
  return { child, exited, log: () => log };
}

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: bash, and the node server it exec'd
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

async function filesOf(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'));
}

test('bash scripts/serve.sh serves the app at http://127.0.0.1:8080/ as the README says', { timeout: START_LIMIT_MS + 120_000 }, async (t) => {
  const serve = await startServe();
  t.after(async () => {
    stopGroup(serve.child);
    await serve.exited;
  });
  assert.match(serve.log(), /open http:\/\/127\.0\.0\.1:8080\//, 'it tells the reader which URL to open');

  // Byte for byte what dist/ holds, with the headers its _headers file asks for.
  const rules = await readHeadersFile('dist');
  const csp = rules.find((rule) => rule.pattern === '/*').headers['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  const files = await filesOf('dist');
  assert.ok(files.includes('index.html') && files.includes('sw.js') && files.includes('manifest.webmanifest'));
  assert.ok(files.some((file) => file.startsWith('icons/')), 'the icons');
  for (const file of files) {
    const response = await fetch(URL + file);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('content-security-policy'), csp, `${file} is served under the CSP`);
    const served = Buffer.from(await response.arrayBuffer());
    assert.ok(served.equals(await readFile(join('dist', file))), `${file} is served as built`);
  }
  const sw = await fetch(URL + 'sw.js');
  assert.equal(sw.headers.get('cache-control'), 'no-cache');

  // The page itself, in headless Chromium: the timeline renders, nothing is refused.
  const browser = await launch();
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`exception: ${error}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  const response = await page.goto(URL);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-security-policy'], csp);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await timeline.locator('li[data-event-id]').first().waitFor({ timeout: 30_000 });
  assert.ok((await timeline.locator('li[data-event-id]').count()) >= 10, 'the timeline shows events');
  assert.match(await page.getByRole('status').first().textContent(), /\d+ events/);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, URL, 'the service worker is installed');
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.ok(manifest.icons.length > 0, 'the manifest names its icons');
  assert.deepEqual(problems, [], 'no console error, exception or CSP violation');
  await context.close();

  // Stopped by its process group, the server lets the port go.
  stopGroup(serve.child);
  await serve.exited;
  assert.equal(await portAnswers(), false, 'nothing is left listening on 8080');
});
