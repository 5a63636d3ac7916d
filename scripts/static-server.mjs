// A minimal static server for a build, on loopback only, sending the response headers that
// the build's own _headers file recommends (so every journey runs under the strict CSP).
// Any path without a file serves index.html, as a static host with an SPA fallback would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Reads a Netlify-style _headers file: a path pattern, then indented `Name: value` lines. */
export async function readHeadersFile(root) {
  const rules = [];
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return rules;
  }
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, path) {
  const headers = {};
  for (const { pattern, headers: h } of rules) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (matches) Object.assign(headers, h);
  }
  return headers;
}

/**
 * Serves `root` (which can be swapped later with `site.setRoot`, to deploy a new build).
 * `extraHeaders` are added to every response.
 */
export async function serve(root, { port = 0, extraHeaders = {} } = {}) {
  let current = { root, rules: await readHeadersFile(root) };
  const server = createServer(async (req, res) => {
    const { root: base, rules } = current;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(normalize(base))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(base, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headersFor(rules, path),
        ...extraHeaders,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    server,
    url: `http://127.0.0.1:${actual}/`,
    origin: `http://127.0.0.1:${actual}`,
    async setRoot(next) {
      current = { root: next, rules: await readHeadersFile(next) };
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// `node scripts/static-server.mjs [dir] [port]` serves a build by hand; scripts/serve.sh runs
// it on dist/. It serves the files byte for byte as they are on disk, with the headers of the
// build's own _headers file: what a host is told to deploy.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`static-server: ${root}/index.html does not exist; build the app first (bash scripts/serve.sh)`);
    process.exit(1);
  }
  let site;
  try {
    site = await serve(root, { port });
  } catch (error) {
    const why = error.code === 'EADDRINUSE' ? `port ${port} is already in use (another server?)` : error.message;
    console.error(`static-server: cannot listen on 127.0.0.1:${port}: ${why}`);
    process.exit(1);
  }
  console.log(`\nOttawa Explorer is ready: open ${site.url}\n(serving ${root}/ with its _headers; Ctrl-C stops the server)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => site.close().then(() => process.exit(0)));
  }
}
