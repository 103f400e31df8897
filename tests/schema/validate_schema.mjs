// JSON Schema checks with ajv (draft 2020-12, strict): both shipped schemas compile; every valid
// fixture validates against the schema of its versi, and every file the CLI exports against versi
// 2's; and each schema rejects the malformed fixtures it is able to judge (the app's importer is the
// stricter: NIP dates, calendar dates, references between members, digests, …).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const data = path.resolve(args.data);
const work = path.resolve(args.work);
fs.mkdirSync(work, { recursive: true });

const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemas = {
  1: ajv.compile(JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v1.schema.json', 'utf8'))),
  2: ajv.compile(JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v2.schema.json', 'utf8'))),
};
let lastErrors = null;
// The document against the schema of the versi it says it is (versi 2 when it says none).
const validate = (doc) => {
  const v = schemas[doc && doc.versi === 1 ? 1 : 2];
  const ok = v(doc);
  lastErrors = v.errors;
  return ok;
};
const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(data, ...parts), 'utf8'));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; console.log(`ok   ${name}`); } else { failed += 1; console.log(`FAIL ${name}\n     ${detail}`); }
}
const errorsOf = () => JSON.stringify(lastErrors, null, 1).slice(0, 2000);

// Fixtures of versi 1 (valid/, versi1/: what the previous release wrote) and versi 2 (versi2/valid/).
// The versi 0 file is the importer's migration input; no schema describes it.
for (const dir of ['valid', 'versi1', path.join('versi2', 'valid')]) {
  for (const f of fs.readdirSync(path.join(data, dir)).filter((n) => n.endsWith('.json') && !n.startsWith('versi0'))) {
    const doc = readJson(dir, f);
    check(`valid fixture ${dir}/${f} (versi ${doc.versi}) matches its schema`, validate(doc), errorsOf());
  }
}
check('schema example (versi 1) matches the versi-1 schema', validate(readJson('schema_example_valid.json')), errorsOf());

// Files exported by the CLI: every workshop persona, and a generated example unit.
for (const persona of ['analis', 'guru', 'perawat', 'pelayanan', 'kadis']) {
  const cliOut = spawnSync(args.cli, ['sample', '--persona', persona], { encoding: 'utf8' });
  check(`CLI sample --persona ${persona} runs`, cliOut.status === 0, cliOut.stderr);
  fs.writeFileSync(path.join(work, `persona-${persona}.json`), cliOut.stdout);
  const doc = cliOut.status === 0 ? JSON.parse(cliOut.stdout) : {};
  check(`persona ${persona} is versi 2, matches the schema and is marked contoh`,
    doc.versi === 2 && validate(doc) && doc.contoh === true, errorsOf());
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
  if (doc.versi !== 2 || !validate(doc) || doc.contoh !== true || !f.includes('CONTOH_')) {
    check(`unit file ${f} matches the schema and is marked contoh`, false, errorsOf());
  }
}
check('every unit file matches the schema and is marked contoh', true);

// Malformed fixtures each schema can judge must fail it too.
const schemaDetectable = {
  malformed: ['level_di_luar_rentang.json', 'tipe_salah.json', 'bukan_asn_kinerja.json', 'anggota_tak_dikenal.json',
    'anggota_hilang.json', 'tanpa_integritas.json', 'triwulan_tidak_konsisten.json', 'dinilai_tanpa_rating.json',
    'jenis_tidak_cocok.json', 'perilaku_kurang.json', 'rating_tak_dikenal.json', 'waktu_salah.json',
    'bilangan_pecahan.json', 'teks_terlalu_panjang.json'],
  [path.join('versi2', 'malformed')]: ['semester_ketiga.json', 'jenis_periode_tahunan.json', 'jpt_dengan_aspek.json',
    'ja_dengan_perspektif.json', 'perspektif_tak_dikenal.json', 'pendekatan_tak_dikenal.json',
    'lampiran_bukan_daftar.json', 'umpan_balik_dua_hal.json', 'umpan_balik_tanpa_tanggal.json',
    'umpan_balik_nilai_tak_dikenal.json', 'capaian_tak_dikenal.json', 'tanggal_evaluasi_salah.json',
    'pangkat_bukan_teks.json', 'atasan_penilai_hilang.json', 'tata_letak_versi1.json', 'diajukan_tanpa_periode.json',
    'metode_jpm_batas_tak_dikenal.json', 'metode_jpm_bobot_penuh.json'],
};
for (const [dir, files] of Object.entries(schemaDetectable)) {
  for (const f of files) check(`schema rejects ${dir}/${f}`, !validate(readJson(dir, f)), 'the schema accepted it');
}
// The signature member: its shape is the schema's; only a signed-off review may carry one.
{
  const signed = readJson('versi2', 'valid', 'analis_bertanda_tangan.json');
  const variants = {
    'a key of 31 bytes': (d) => { d.tanda_tangan.kunci_publik = Buffer.alloc(31, 1).toString('base64'); },
    'a signature of 63 bytes': (d) => { d.tanda_tangan.nilai = Buffer.alloc(63, 1).toString('base64'); },
    'another algorithm': (d) => { d.tanda_tangan.algoritma = 'rsa'; },
    'a fingerprint in lower case': (d) => { d.tanda_tangan.fingerprint = d.tanda_tangan.fingerprint.toLowerCase(); },
    'a member too many': (d) => { d.tanda_tangan.catatan = ''; },
    'a signature on a file only submitted': (d) => { d.status.tahap = 'diajukan'; d.status.dinilai = null; },
  };
  for (const [what, edit] of Object.entries(variants)) {
    const doc = structuredClone(signed);
    edit(doc);
    check(`schema rejects tanda_tangan with ${what}`, !validate(doc), 'the schema accepted it');
  }
}

// A file newer than versi 2 matches neither schema.
check('schema rejects malformed/versi_lebih_baru.json (versi 3)', !validate(readJson('malformed', 'versi_lebih_baru.json')),
  'the schema accepted it');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
