// Prints the gzip size of the JavaScript the landing page needs before it is interactive: the
// entry chunk plus every chunk it imports statically (what the browser fetches up front). Chunks
// reached only through dynamic import() — the match view, the board, Phaser — are listed apart.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`bundle-size: no manifest at ${manifestPath}; run vite build first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const upFront = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || upFront.has(chunk.file)) return;
  upFront.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
for (const [key] of entries) visit(key);

let total = 0;
console.log('\nJavaScript loaded before the landing page is interactive (gzip):');
for (const file of upFront) {
  if (!file.endsWith('.js')) continue;
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(44)} ${kb(size)}`);
}
console.log(`  ${'TOTAL landing JavaScript'.padEnd(44)} ${kb(total)}  (budget 150 KB)`);

const later = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !upFront.has(c.file));
if (later.length) {
  console.log('Loaded later, on demand (gzip):');
  for (const chunk of later) console.log(`  ${chunk.file.padEnd(44)} ${kb(gz(chunk.file))}`);
}
console.log('');
