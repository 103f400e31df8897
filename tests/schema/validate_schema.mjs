// JSON Schema checks with ajv (draft 2020-12, strict): the shipped schema compiles; every valid
// fixture and every file the CLI exports validates; and the schema rejects the malformed fixtures
// it is able to judge (the app's importer is the stricter of the two: NIP dates, digests, …).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const data = path.resolve(args.data);
const work = path.resolve(args.work);
fs.mkdirSync(work, { recursive: true });

const schema = JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v1.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; console.log(`ok   ${name}`); } else { failed += 1; console.log(`FAIL ${name}\n     ${detail}`); }
}
const errorsOf = () => JSON.stringify(validate.errors, null, 1).slice(0, 2000);

// Current-version fixtures (the versi 0 file is the importer's migration input, not versi 1).
for (const f of fs.readdirSync(path.join(data, 'valid')).filter((n) => n.endsWith('.json') && !n.startsWith('versi0'))) {
  const doc = JSON.parse(fs.readFileSync(path.join(data, 'valid', f), 'utf8'));
  check(`valid fixture ${f} matches the schema`, validate(doc), errorsOf());
}
check('schema example matches the schema',
  validate(JSON.parse(fs.readFileSync(path.join(data, 'schema_example_valid.json'), 'utf8'))), errorsOf());

// Files exported by the CLI: every workshop persona, and a generated example unit.
for (const persona of ['analis', 'guru', 'perawat', 'pelayanan', 'kasi']) {
  const cliOut = spawnSync(args.cli, ['sample', '--persona', persona], { encoding: 'utf8' });
  check(`CLI sample --persona ${persona} runs`, cliOut.status === 0, cliOut.stderr);
  fs.writeFileSync(path.join(work, `persona-${persona}.json`), cliOut.stdout);
  const doc = cliOut.status === 0 ? JSON.parse(cliOut.stdout) : {};
  check(`persona ${persona} matches the schema and is marked contoh`, validate(doc) && doc.contoh === true, errorsOf());
}
const unitDir = path.join(work, 'unit');
fs.rmSync(unitDir, { recursive: true, force: true });
fs.mkdirSync(unitDir, { recursive: true });
const unitOut = spawnSync(args.cli, ['sample', '--unit', '60', '--seed', '7', '--out', unitDir], { encoding: 'utf8' });
check('CLI sample --unit runs', unitOut.status === 0, unitOut.stderr);
const unitFiles = fs.readdirSync(unitDir);
check('CLI sample --unit wrote 60 files', unitFiles.length === 60, String(unitFiles.length));
for (const f of unitFiles) {
  const doc = JSON.parse(fs.readFileSync(path.join(unitDir, f), 'utf8'));
  if (!validate(doc) || doc.contoh !== true || !f.includes('CONTOH_')) {
    check(`unit file ${f} matches the schema and is marked contoh`, false, errorsOf());
  }
}
check('every unit file matches the schema and is marked contoh', true);

// Malformed fixtures the schema can judge must fail it too.
const schemaDetectable = ['level_di_luar_rentang.json', 'tipe_salah.json', 'versi_lebih_baru.json',
  'bukan_asn_kinerja.json', 'anggota_tak_dikenal.json', 'anggota_hilang.json', 'tanpa_integritas.json',
  'triwulan_tidak_konsisten.json', 'dinilai_tanpa_rating.json', 'jenis_tidak_cocok.json', 'perilaku_kurang.json',
  'rating_tak_dikenal.json', 'waktu_salah.json', 'bilangan_pecahan.json', 'teks_terlalu_panjang.json'];
for (const f of schemaDetectable) {
  const doc = JSON.parse(fs.readFileSync(path.join(data, 'malformed', f), 'utf8'));
  check(`schema rejects ${f}`, !validate(doc), 'the schema accepted it');
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
