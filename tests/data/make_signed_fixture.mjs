// Regenerates tests/data/versi2/valid/analis_bertanda_tangan.json: the analis persona signed by a
// supervisor key (RFC 8032 TEST 2's, standing in for a browser key) — a seed for the fuzzer and a
// signed file for the schema and golden tests.
//   node tests/data/make_signed_fixture.mjs build/native/src/asn-kinerja
//   build/native/src/asn-kinerja score tests/data/versi2/valid/analis_bertanda_tangan.json \
//     > tests/data/golden/versi2/valid/analis_bertanda_tangan.score.json
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signAsSupervisor } from '../cli/signature_cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const doc = JSON.parse(execFileSync(process.argv[2], ['sample', '--persona', 'analis'], { encoding: 'utf8' }));
doc.contoh = false;
for (const who of ['pegawai', 'penilai', 'atasan_penilai']) doc[who].nama = doc[who].nama.replace(' (CONTOH)', '');
fs.writeFileSync(path.join(here, 'versi2', 'valid', 'analis_bertanda_tangan.json'),
  `${JSON.stringify(signAsSupervisor(doc), null, 2)}\n`);
