// Build script: writes one wrapper per component listed in the manifest.
import fs from 'node:fs/promises';

const manifest = JSON.parse(await fs.readFile('dist/manifest.json', 'utf8'));
const written = [];

async function* components(list) {
  for (const entry of list) yield entry;
}

for await (const component of components(manifest.components)) {
  const file = `dist/wrappers/${component.tag}.js`;
  await fs.writeFile(file, `export { default } from '../${component.path}';\n`);
  written.push(file);
}

console.log(`wrote ${written.length} wrappers`);
