// Shortens the names that join the release wasm to its JavaScript bindings, in both files.
//
// wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` under the module
// "./<crate>_bg.js", and some exports after whole Rust paths: 119 imports and 18 exports whose
// names took 7 KB of the wasm and as much again in the bindings, hex that gzip cannot shrink.
// Here each becomes a one- or two-letter name: 4.8 KB gzip less to download, for nothing.
// Only the import and export sections are rewritten (every other byte is copied as it is), and
// the bindings are edited where they name them: `"<module>": import0`, `name: function` and
// `wasm.name`. Run before minify.mjs; both files get their new integrity in index.html here.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const wasmName = readdirSync(dist).find((n) => n.endsWith("_bg.wasm"));
const jsName = wasmName.replace(/_bg\.wasm$/, ".js");
const wasm = readFileSync(join(dist, wasmName));
const jsBefore = readFileSync(join(dist, jsName));
let js = jsBefore.toString("utf8");

// --- the wasm binary format, as far as these two sections need it ---
function readUleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
const utf8 = (text) => Buffer.from(text, "utf8");
const nameBytes = (text) => Buffer.concat([uleb(utf8(text).length), utf8(text)]);
function readName(bytes, at) {
  const [length, start] = readUleb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}
/** Skips an import's description (function, table, memory, global or tag). */
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    let [, q] = readUleb(bytes, p);
    if (flags & 1) [, q] = readUleb(bytes, q);
    return q;
  };
  if (kind === 0) return readUleb(bytes, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  if (kind === 4) return readUleb(bytes, at + 1)[1];
  throw new Error(`unknown import kind ${kind}`);
}

// Short names: a, b, …, Z, aa, ab, … (letters only, so each is also a valid JS property name).
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(index) {
  let name = "";
  do {
    name = LETTERS[index % LETTERS.length] + name;
    index = Math.floor(index / LETTERS.length) - 1;
  } while (index >= 0);
  return name;
}

const renamed = new Map(); // old name -> new name, imports and exports alike
const importNames = new Set();
const sections = [];
let moduleName = null;
let at = 8;
sections.push(wasm.subarray(0, 8));
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyStart] = readUleb(wasm, at + 1);
  const bodyEnd = bodyStart + size;
  const body = wasm.subarray(bodyStart, bodyEnd);
  if (id === 2 || id === 7) {
    let [count, p] = readUleb(body, 0);
    const parts = [uleb(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        let module, name;
        [module, p] = readName(body, p);
        [name, p] = readName(body, p);
        if (moduleName !== null && module !== moduleName) throw new Error(`a second import module ${module}`);
        moduleName = module;
        const end = skipImportDesc(body, p);
        const short = shortName(renamed.size);
        renamed.set(name, short);
        importNames.add(name);
        parts.push(nameBytes("a"), nameBytes(short), body.subarray(p, end));
        p = end;
      } else {
        let name;
        [name, p] = readName(body, p);
        const end = readUleb(body, p + 1)[1];
        // Exports keep their names when wasm-bindgen's glue is not the only reader: "memory"
        // and "main" are short already.
        const short = name.length <= 6 ? name : shortName(renamed.size);
        if (renamed.has(name)) throw new Error(`${name} is both an import and an export`);
        if (short !== name) renamed.set(name, short);
        parts.push(nameBytes(short), body.subarray(p, end));
        p = end;
      }
    }
    if (p !== body.length) throw new Error(`section ${id}: ${body.length - p} bytes left unread`);
    const newBody = Buffer.concat(parts);
    sections.push(Buffer.from([id]), uleb(newBody.length), newBody);
  } else {
    sections.push(wasm.subarray(at, bodyEnd));
  }
  at = bodyEnd;
}
if (moduleName === null) throw new Error("the wasm imports nothing: is this wasm-bindgen's output?");

// --- the bindings: every old name must be found, or the two files would no longer match ---
const moduleKey = JSON.stringify(moduleName);
if (!js.includes(`${moduleKey}: import0`)) throw new Error(`${jsName}: no ${moduleKey}: import0`);
js = js.replace(`${moduleKey}: import0`, `a: import0`);
for (const [old, short] of renamed) {
  const pattern = new RegExp(`(?<![\\w$])${old.replace(/[$]/g, "\\$")}(?![\\w$])`, "g");
  const count = (js.match(pattern) ?? []).length;
  // Every import must be defined by the bindings; an export the bindings never call is fine
  // (the runtime's own, such as `__abort_handler`).
  if (count === 0 && importNames.has(old)) throw new Error(`${jsName}: ${old} is not defined`);
  js = js.replace(pattern, short);
}

const newWasm = Buffer.concat(sections);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const indexPath = join(dist, "index.html");
let index = readFileSync(indexPath, "utf8");
for (const [name, before, after] of [
  [wasmName, wasm, newWasm],
  [jsName, jsBefore, Buffer.from(js)],
]) {
  if (!index.includes(sri(before))) throw new Error(`index.html: no integrity for ${name}`);
  index = index.replaceAll(sri(before), sri(after));
}
writeFileSync(indexPath, index);
writeFileSync(join(dist, wasmName), newWasm);
writeFileSync(join(dist, jsName), js);
console.log(`short names: ${renamed.size} names, wasm ${wasm.length} -> ${newWasm.length} bytes`);
