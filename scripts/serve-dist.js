#!/usr/bin/env node
// Serves the production build (dist/) over plain HTTP on the loopback interface only. Used by the
// browser tests (playwright.config.ts) and handy for a quick look at a build:
//
//   npm run build && node scripts/serve-dist.js --port 4317
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option("port", process.env.PORT || "4317"));
const root = path.resolve(option("dir", path.join(__dirname, "..", "dist")));

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

if (!fs.existsSync(path.join(root, "taskpane.html"))) {
  console.error(`No build found in ${root}. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url || "/", "http://localhost");
  const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
  if (!file.startsWith(root + path.sep) && file !== root) {
    response.writeHead(403).end("Forbidden");
    return;
  }
  fs.stat(file, (error, stats) => {
    if (error || !stats.isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": types[path.extname(file)] || "application/octet-stream",
      "Content-Length": stats.size,
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || "."}/ at http://127.0.0.1:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
