// The package as a user gets it: `npm pack` of the built tree, installed into
// a fresh folder outside the repository with its real dependencies. One
// install per test process; callers run commands inside `dir`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');
let installed;

/** @returns {{ dir: string, run: (file: string, code: string) => string }} */
export function packedPackage() {
  if (installed) return installed;
  const dir = mkdtempSync(join(tmpdir(), 'ontrack-packed-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'packed-check', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, filename)], { cwd: dir, stdio: 'pipe' });
  const run = (file, code) => {
    writeFileSync(join(dir, file), code);
    return execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: 'utf8' });
  };
  installed = { dir, run };
  return installed;
}
