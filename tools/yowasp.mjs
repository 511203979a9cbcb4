// Runs a YoWASP tool (yosys or nextpnr-ice40, built for WebAssembly and installed from npm by
// `make synth TOOLCHAIN=yowasp`) like a command: the tool sees one directory's files as its working
// directory, and the files it writes or changes there are written back.
//
// usage: node tools/yowasp.mjs <yosys|nextpnr-ice40> <dir> [tool arguments...]
// The packages are looked for in $YOWASP_MODULES (a node_modules directory).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [tool, dir, ...args] = process.argv.slice(2);
const entry = { 'yosys': ['@yowasp/yosys', 'runYosys'], 'nextpnr-ice40': ['@yowasp/nextpnr-ice40', 'runNextpnrIce40'] }[tool];
if (!entry || !dir) {
  console.error('usage: node tools/yowasp.mjs <yosys|nextpnr-ice40> <dir> [arguments...]');
  process.exit(2);
}
const modules = process.env.YOWASP_MODULES;
if (!modules) {
  console.error('yowasp: set YOWASP_MODULES to the node_modules directory the YoWASP packages are in');
  process.exit(2);
}
const packageDir = path.join(modules, entry[0]);
const main = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).exports.default;
const run = (await import(pathToFileURL(path.join(packageDir, main)).href))[entry[1]];

const files = {};
for (const name of fs.readdirSync(dir)) {
  const file = path.join(dir, name);
  if (fs.statSync(file).isFile()) files[name] = fs.readFileSync(file);
}
const write = (bytes) => { if (bytes) process.stdout.write(bytes); };
let result;
try {
  // decodeASCII off: netlists and placements (megabytes) come back as bytes, written as they are.
  result = await run(args, files, { stdout: write, stderr: write, decodeASCII: false });
} catch (error) {
  if (error.files === undefined) throw error;
  result = error.files; // the tool exited non-zero: keep what it wrote, and say so
  process.exitCode = error.code || 1;
}
for (const [name, data] of Object.entries(result ?? {})) {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) continue; // a directory the tool made
  const file = path.join(dir, name);
  const bytes = Buffer.from(data);
  if (!fs.existsSync(file) || !fs.readFileSync(file).equals(bytes)) fs.writeFileSync(file, bytes);
}
