// asn-kinerja CLI tests: real files, real process exit codes and outputs. Run against the native
// binary and, in the web build, against the same CLI compiled to WebAssembly under Node.
//   node tests/cli/cli_tests.mjs --cli PATH [--runner "node --no-experimental-fetch"] --data DIR --work DIR
import { spawnSync } from 'node:child_process';
import { seal } from '../e2e/seal.mjs';
import { addSignatureTests } from './signature_cases.mjs';
import fs from 'node:fs';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const runner = (args.runner || '').split(';').join(' ').split(' ').filter(Boolean);
const data = path.resolve(args.data);
const work = path.resolve(args.work);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });

function cli(...cliArgs) { return run('utf8', cliArgs); }
// Output as raw bytes (Buffer), to check that it is valid UTF-8.
function cliBytes(...cliArgs) { return run('buffer', cliArgs); }

function run(encoding, cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  const r = spawnSync(command, full, { encoding, maxBuffer: 64 * 1024 * 1024 });
  // Under ASan/UBSan (preset "asan") a report must fail the test whatever the exit status was.
  const stderr = String(r.stderr || '');
  if (/ERROR: (Address|Leak)Sanitizer|runtime error: /.test(stderr)) {
    throw new Error(`sanitizer report for ${cliArgs.join(' ')}:\n${stderr.slice(0, 4000)}`);
  }
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
function assert(cond, msg) { if (!cond) throw new Error(msg); }
// Malformed files of versi 1 (malformed/) and versi 2 (versi2/malformed/), each with its expected problem.
const malformed = {};
for (const dir of ['malformed', path.join('versi2', 'malformed')]) {
  const expected = JSON.parse(fs.readFileSync(path.join(data, dir, 'expected.json'), 'utf8'));
  for (const [file, want] of Object.entries(expected)) malformed[path.join(dir, file)] = want;
}
// Valid files with golden scores: versi 0 and 1 (valid/) and versi 2 (versi2/valid/).
const valid = [];
for (const dir of ['valid', path.join('versi2', 'valid')]) {
  for (const f of fs.readdirSync(path.join(data, dir)).filter((n) => n.endsWith('.json'))) valid.push(path.join(dir, f));
}
const goldenOf = (f) => path.join(data, 'golden', `${f.replace(/\.json$/, '').replace(/^valid[\\/]/, '')}.score.json`);

test('sample writes a valid submission that validates and scores', () => {
  const r = cli('sample');
  assert(r.code === 0, `exit ${r.code}: ${r.err}`);
  const doc = JSON.parse(r.out);
  assert(doc.format === 'asn-kinerja' && doc.versi === 2 && doc.contoh === true, 'not a sample submission');
  assert(/^[0-9a-f]{64}$/.test(doc.integritas.nilai), 'no integrity digest');
  const file = path.join(work, 'sample.json');
  fs.writeFileSync(file, r.out);
  const v = cli('validate', file);
  assert(v.code === 0 && v.out.trim() === `${file}: OK`, `validate: ${v.code} ${v.out} ${v.err}`);
  const s = cli('score', file);
  assert(s.code === 0, `score exit ${s.code}`);
  assert(JSON.parse(s.out).predikat === 'Baik', `predikat ${s.out}`);
});

test('sample --persona: known name works, unknown is a usage error', () => {
  assert(cli('sample', '--persona', 'analis').code === 0, 'analis persona failed');
  const r = cli('sample', '--persona', 'tidak-ada');
  assert(r.code === 2 && r.out === '' && r.err.includes('tidak-ada'), `exit ${r.code}: ${r.err}`);
});

test('score output is byte-identical to the golden files', () => {
  for (const f of valid) {
    const r = cli('score', path.join(data, f));
    assert(r.code === 0, `${f}: exit ${r.code} ${r.err}`);
    const golden = fs.readFileSync(goldenOf(f), 'utf8');
    assert(r.out === golden, `${f}: output differs from golden\n${r.out}`);
  }
});

test('validate: every malformed file is rejected with its problem, exit 1, no crash', () => {
  // Natively one run per file (its own exit status); the WebAssembly CLI (a Node start-up per run)
  // validates them all in one run, each file with its own line.
  const files = Object.keys(malformed);
  for (const batch of runner.length ? [files] : files.map((f) => [f])) {
    const r = cli('validate', ...batch.map((f) => path.join(data, f)));
    assert(r.code === 1 && r.signal === null, `${batch.join(', ')}: exit ${r.code} (signal ${r.signal}) ${r.err}`);
    assert(!r.err.includes('kesalahan internal'), `${batch.join(', ')}: internal error ${r.err}`);
    const lines = r.out.split('\n');
    for (const file of batch) {
      const full = path.join(data, file);
      assert(lines.some((line) => line.startsWith(`${full}: ${malformed[file].path}`)), `${file}: no line for ${malformed[file].path}:\n${r.out}`);
    }
  }
});

test('validate several files: one line per file, exit 0 only if all are valid', () => {
  const good = valid.map((f) => path.join(data, f));
  const all = cli('validate', ...good);
  assert(all.code === 0, `exit ${all.code}: ${all.out}`);
  assert(all.out.trim().split('\n').length === good.length, `expected ${good.length} lines:\n${all.out}`);
  const mixed = cli('validate', good[0], path.join(data, 'malformed', 'terpotong.json'));
  assert(mixed.code === 1, `mixed exit ${mixed.code}`);
  assert(mixed.out.includes(`${good[0]}: OK`), 'valid file not reported OK in a mixed run');
});

test('score of an invalid file: exit 1, problems on stderr, nothing on stdout', () => {
  const r = cli('score', path.join(data, 'malformed', 'level_di_luar_rentang.json'));
  assert(r.code === 1 && r.out === '', `exit ${r.code} out ${r.out}`);
  assert(r.err.includes('$.kompetensi[2].level_mandiri'), `stderr: ${r.err}`);
});

test('a 50 MB file is refused without being read; a missing file is reported', () => {
  const big = path.join(work, 'besar.json');
  const fd = fs.openSync(big, 'w');
  fs.ftruncateSync(fd, 50 * 1024 * 1024);
  fs.closeSync(fd);
  const r = cli('validate', big);
  assert(r.code === 1 && r.out.includes('terlalu besar'), `exit ${r.code}: ${r.out}`);
  const missing = cli('validate', path.join(work, 'tidak-ada.json'));
  assert(missing.code === 1 && missing.out.includes('tidak ditemukan'), `missing: ${missing.out}`);
});

test('report writes a self-contained HTML page; an invalid file gives exit 1 and no page', () => {
  const r = cli('report', path.join(data, 'valid', 'triwulan_unicode.json'));
  assert(r.code === 0, `exit ${r.code}: ${r.err}`);
  assert(r.out.startsWith('<!doctype html>') && r.out.includes('Kurang/Misconduct'), 'not the report');
  assert(!r.out.includes('<script') && r.out.includes('&lt;script&gt;'), 'user markup was not escaped');
  const bad = cli('report', path.join(data, 'malformed', 'terpotong.json'));
  assert(bad.code === 1 && bad.out === '', `invalid file: exit ${bad.code}`);
});

test('report --dokumen: each official document; an unknown or missing kind is a usage error', () => {
  const titles = { skp: 'Sasaran Kinerja Pegawai', evaluasi: 'Evaluasi Kinerja Periodik',
    'dokumen-evaluasi': 'Dokumen Evaluasi Kinerja Pegawai', kompetensi: 'Evaluasi Kompetensi' };
  // Values of each file that every document prints, and values of the given document.
  const files = {
    'kadis_jpt.json': { all: ['Rudi Hartono (CONTOH)', '197102252000041004', '1 Januari 2025 s.d. 31 Desember 2025'],
      skp: ['<th>Perspektif</th>', 'Penerima Layanan', 'Anggaran kegiatan pada DPA unit kerja'],
      evaluasi: ['Realisasi belanja modal semester I baru 18 %; percepat pengadaan.', '61 persen'],
      'dokumen-evaluasi': ['Gubernur (CONTOH)', 'Kurang'], kompetensi: ['Pengelolaan Ruang Terbuka Hijau'] },
    'analis_umpan_balik.json': { all: ['Rina Oktaviani (CONTOH)', 'Hendra Wijaya (CONTOH)', 'Jakarta, 15 Desember 2025'],
      skp: ['<th>Aspek</th>', 'Meningkatnya kualitas perencanaan pembangunan sosial budaya'],
      evaluasi: ['14 Februari 2025: Kerangka kajian pertama', 'Data pembanding dari tiga provinsi sudah ditambahkan.'],
      'dokumen-evaluasi': ['Ir. Lukman Hakim (CONTOH)', 'Diusulkan mengikuti pelatihan kepemimpinan'],
      kompetensi: ['Menolak gratifikasi dari pihak ketiga'] },
  };
  for (const [name, want] of Object.entries(files)) {
    const file = path.join(data, 'versi2', 'valid', name);
    for (const [kind, title] of Object.entries(titles)) {
      const r = cli('report', file, '--dokumen', kind);
      assert(r.code === 0, `${name} ${kind}: exit ${r.code} ${r.err}`);
      assert(r.out.startsWith('<!doctype html>') && r.out.includes(`<h1 class="doc">${title}</h1>`), `${name} ${kind}: not the document`);
      assert(!r.out.includes('<script'), `${name} ${kind}: a script`);
      for (const value of [...want.all, ...want[kind]]) assert(r.out.includes(value), `${name} ${kind}: "${value}" missing`);
      for (const other of Object.keys(titles).filter((k) => k !== kind)) {
        assert(!r.out.includes(`<h1 class="doc">${titles[other]}</h1>`), `${name} ${kind}: also ${other}`);
      }
    }
    // The option may come first; without it, the report as before.
    const first = cli('report', '--dokumen', 'skp', file);
    assert(first.code === 0 && first.out.includes('Sasaran Kinerja Pegawai'), `--dokumen first: exit ${first.code}`);
    const report = cli('report', file);
    assert(report.code === 0 && report.out.includes('<h1>Laporan Penilaian Kinerja dan Kompetensi ASN</h1>') &&
      !report.out.includes('class="doc"'), `${name}: the default report changed`);
  }
  const file = path.join(data, 'versi2', 'valid', 'kadis_jpt.json');
  for (const argv of [['report', file, '--dokumen', 'laporan'], ['report', file, '--dokumen'], ['report', file, '--format', 'skp'],
    ['report', '--dokumen', 'skp'], ['report', file, file, '--dokumen', 'skp']]) {
    const r = cli(...argv);
    assert(r.code === 2 && r.out === '', `${JSON.stringify(argv)}: exit ${r.code}`);
    assert(r.err.includes('Pemakaian') && r.err.includes('--dokumen'), `${JSON.stringify(argv)}: no usage text`);
  }
  const unknown = cli('report', file, '--dokumen', 'laporan');
  assert(/laporan/.test(unknown.err) && /skp, evaluasi, dokumen-evaluasi atau kompetensi/.test(unknown.err),
    `unknown kind: ${unknown.err}`);
  const bad = cli('report', path.join(data, 'malformed', 'terpotong.json'), '--dokumen', 'skp');
  assert(bad.code === 1 && bad.out === '', `invalid file: exit ${bad.code}`);
});

test('usage errors exit 2', () => {
  for (const argv of [[], ['frobnicate'], ['validate'], ['score'], ['score', 'a', 'b'], ['report'], ['sample', '--nope']]) {
    const r = cli(...argv);
    assert(r.code === 2, `${JSON.stringify(argv)}: exit ${r.code}`);
    assert(r.err.includes('Pemakaian'), `${JSON.stringify(argv)}: no usage text`);
  }
  assert(cli('help').code === 0, 'help should succeed');
});

test('random bytes never crash the tool', () => {
  let seed = 12345;
  const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
  const files = [];
  for (let i = 0; i < 20; i += 1) {
    const bytes = Buffer.alloc(1 + (rand() % 4000));
    for (let k = 0; k < bytes.length; k += 1) bytes[k] = rand() & 0xff;
    if (i % 2 === 0) bytes[0] = 0x7b;  // '{'
    const f = path.join(work, `acak${i}.json`);
    fs.writeFileSync(f, bytes);
    files.push(f);
  }
  const r = cli('validate', ...files);
  assert(r.code === 1 && r.signal === null, `exit ${r.code} signal ${r.signal}`);
  assert(!r.err.includes('kesalahan internal'), r.err);
});

test('sample --persona: every workshop persona scores to its designed predikat', () => {
  const designed = { analis: 'Baik', guru: 'Sangat Baik', perawat: 'Butuh Perbaikan', pelayanan: 'Kurang/Misconduct',
    kadis: 'Sangat Kurang' };
  for (const [persona, predikat] of Object.entries(designed)) {
    const r = cli('sample', '--persona', persona);
    assert(r.code === 0, `${persona}: exit ${r.code}`);
    const file = path.join(work, `persona-${persona}.json`);
    fs.writeFileSync(file, r.out);
    const s = cli('score', file);
    assert(s.code === 0 && JSON.parse(s.out).predikat === predikat, `${persona}: ${s.out} ${s.err}`);
  }
});

test('versi 1 files (as the previous release exported the personas) validate and score as before', () => {
  const designed = { analis: 'Baik', guru: 'Sangat Baik', perawat: 'Butuh Perbaikan', pelayanan: 'Kurang/Misconduct',
    kasi: 'Sangat Kurang' };
  for (const [persona, predikat] of Object.entries(designed)) {
    const file = path.join(data, 'versi1', `persona_${persona}.json`);
    assert(JSON.parse(fs.readFileSync(file, 'utf8')).versi === 1, `${persona}: not a versi-1 file`);
    const v = cli('validate', file);
    assert(v.code === 0 && v.out.trim() === `${file}: OK`, `${persona}: validate ${v.code} ${v.out}`);
    const s = cli('score', file);
    assert(s.code === 0 && JSON.parse(s.out).predikat === predikat, `${persona}: ${s.out} ${s.err}`);
  }
});

test('recap: a generated unit plus broken files → summary, CSV, exit 1; same CSV for the same set', () => {
  const dir = path.join(work, 'unit');
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  const g = cli('sample', '--unit', '25', '--seed', '3', '--out', dir);
  assert(g.code === 0 && fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length === 25, `generate: ${g.code} ${g.err}`);
  fs.writeFileSync(path.join(dir, 'sub', 'terpotong.json'), fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.json')))).subarray(0, 500));
  fs.writeFileSync(path.join(dir, 'catatan.txt'), 'bukan berkas penilaian');
  const csv = path.join(work, 'rekap.csv');
  const r = cli('recap', dir, '--csv', csv);
  assert(r.code === 1, `exit ${r.code}: ${r.err}`);
  assert(r.out.includes('26 berkas, 25 sah, 1 tidak sah'), r.out);
  assert(/terpotong\.json: \$ \(baris \d+\)/.test(r.out) || r.out.includes('terpotong.json: '), r.out);
  assert(r.out.includes('Kurva distribusi predikat') && r.out.includes('Kategori JPM indikatif') && r.out.includes('Integritas'), r.out);
  const text = fs.readFileSync(csv, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  assert(lines.length === 26 && lines[0].startsWith('berkas,nama,nip,'), `CSV lines ${lines.length}`);
  assert(lines.slice(1).every((l) => l.includes('CONTOH')), 'CSV rows must carry CONTOH');
  // The same files named one by one give the same CSV.
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).reverse().map((f) => path.join(dir, f));
  const csv2 = path.join(work, 'rekap2.csv');
  const r2 = cli('recap', ...files, '--csv', csv2);
  assert(r2.code === 0, `exit ${r2.code}: ${r2.err}`);
  assert(fs.readFileSync(csv2, 'utf8') === text, 'CSV differs for the same files in another order');
});

// A unit of ten made from one persona: `predikat` lists the ratings pair of each person.
function unitOf(name, pairs, capaian = null) {
  const dir = path.join(work, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const base = JSON.parse(cli('sample', '--persona', 'analis').out);
  pairs.forEach(([hasil, perilaku], i) => {
    const doc = structuredClone(base);
    delete doc.tanda_tangan;  // edited below: the CONTOH signature would no longer match
    doc.pegawai.nip = `${doc.pegawai.nip.slice(0, 15)}${String(i + 1).padStart(3, '0')}`;
    doc.pegawai.nama = `Pegawai ${i + 1}`;
    Object.assign(doc.evaluasi, { rating_hasil_kerja: hasil, rating_perilaku: perilaku, capaian_kinerja_organisasi: capaian });
    fs.writeFileSync(path.join(dir, `p${i + 1}.json`), JSON.stringify(seal(doc), null, 2));
  });
  return dir;
}

test('recap --capaian: only broken bounds are flagged, with the numbers; the CSV carries capaian and verdicts', () => {
  const baik = ['sesuai', 'sesuai'];
  const bp = ['di_bawah', 'sesuai'];
  const sb = ['di_atas', 'di_atas'];
  // 7 Baik of 10 (at most 70 %) and one Butuh Perbaikan: every bound of the Baik curve holds.
  const fine = unitOf('unit-baik-sesuai', [baik, baik, baik, baik, baik, baik, baik, bp, sb, sb]);
  const r = cli('recap', fine, '--capaian', 'baik', '--csv', path.join(work, 'sesuai.csv'));
  assert(r.code === 0, `exit ${r.code}: ${r.err}`);
  assert(r.out.includes('Capaian kinerja organisasi: Baik — 10 berkas (10 memakai capaian unit)'), r.out);
  assert(r.out.includes('sesuai     Baik 70 % dari 10 pegawai (7 orang); batas paling banyak 70 % (7): sesuai'), r.out);
  assert(!r.out.includes('DILANGGAR'), r.out);
  const rows = fs.readFileSync(path.join(work, 'sesuai.csv'), 'utf8').split('\r\n').filter(Boolean);
  assert(rows[0].endsWith(',capaian_kinerja_organisasi,kurva_distribusi'), rows[0]);
  assert(rows.slice(1).every((l) => l.includes(',Baik,Baik paling banyak 70 %: sesuai; ')), rows[1]);
  // 8 Baik of 10: one bound broken, by one person; the other still holds.
  const over = unitOf('unit-baik-lebih', [baik, baik, baik, baik, baik, baik, baik, baik, bp, sb]);
  const o = cli('recap', over, '--capaian', 'baik', '--csv', path.join(work, 'lebih.csv'));
  assert(o.code === 0, `exit ${o.code}`);
  assert(o.out.includes('DILANGGAR  Baik 80 % dari 10 pegawai (8 orang); batas paling banyak 70 % (7): lebih 1 orang'), o.out);
  assert((o.out.match(/DILANGGAR/g) || []).length === 1, o.out);
  assert(fs.readFileSync(path.join(work, 'lebih.csv'), 'utf8').includes('Baik paling banyak 70 %: lebih 1 orang'), 'CSV verdict');
  // Without a capaian nothing is checked, and the summary says how to choose one.
  const none = cli('recap', over);
  assert(none.out.includes('Batas tidak diperiksa: pilih capaian kinerja organisasi unit (--capaian)'), none.out);
  // Files stating their own capaian are checked against it, whatever the unit's.
  const own = unitOf('unit-kurang', [bp, bp, bp, bp, bp, bp, bp, bp, bp, bp], 'kurang');
  const k = cli('recap', own, '--capaian', 'istimewa');
  assert(k.out.includes('Capaian kinerja organisasi: Kurang — 10 berkas'), k.out);
  assert(k.out.includes('DILANGGAR  Kurang/Misconduct 0 % dari 10 pegawai (0 orang); batas paling sedikit 60 % (6): kurang 6 orang'), k.out);
  // An instansi's own bounds (75 % for Baik) from a file.
  const bounds = JSON.parse(fs.readFileSync(path.join(data, '..', '..', 'assets', 'kurva_distribusi.json'), 'utf8'));
  bounds.kurva.find((c) => c.capaian === 'baik').batas[0].paling_banyak_persen = 80;
  fs.writeFileSync(path.join(work, 'kurva.json'), JSON.stringify(bounds));
  const mine = cli('recap', over, '--capaian', 'baik', '--kurva', path.join(work, 'kurva.json'));
  assert(!mine.out.includes('DILANGGAR') && mine.out.includes('batas paling banyak 80 % (8): sesuai'), mine.out);
  bounds.kurva[0].batas[0].paling_banyak_persen = 170;
  fs.writeFileSync(path.join(work, 'kurva-rusak.json'), JSON.stringify(bounds));
  const bad = cli('recap', over, '--kurva', path.join(work, 'kurva-rusak.json'));
  assert(bad.code === 1 && bad.err.includes('$.kurva[0].batas[0].paling_banyak_persen'), `${bad.code} ${bad.err}`);
});

test('JPM indikatif methods: score and recap take --jpm-metode; the file keeps its own', () => {
  const file = path.join(work, 'persona-analis-jpm.json');
  fs.writeFileSync(file, cli('sample', '--persona', 'analis').out);
  const own = JSON.parse(cli('score', file).out);
  assert(own.metode_jpm.batas === 'per_kompetensi' && own.metode_jpm.kategori_optimal === 90, JSON.stringify(own.metode_jpm));
  const other = JSON.parse(cli('score', file, '--jpm-metode', 'batas=tanpa-batas,kategori=80/68,teknis=dikecualikan').out);
  assert(other.metode_jpm.batas === 'tanpa_batas' && other.metode_jpm.kategori_cukup_optimal === 68, JSON.stringify(other.metode_jpm));
  assert(other.jpm_atasan >= own.jpm_atasan, `${other.jpm_atasan} < ${own.jpm_atasan}`);
  for (const spec of ['batas=rata', 'kategori=78/90', 'teknis=berbobot:0', 'warna=biru', '']) {
    const r = cli('score', file, '--jpm-metode', spec);
    assert(r.code === 2 && r.err.includes('--jpm-metode'), `${spec}: exit ${r.code} ${r.err}`);
  }
  const unit = path.join(work, 'unit');
  const r = cli('recap', unit, '--jpm-metode', 'kategori=80/68');
  assert(r.out.includes('Kategori JPM indikatif (metode: batas per kompetensi · kategori 80/68 · teknis disertakan)'), r.out);
});

test('recap usage errors: no input, unknown capaian, bad JPM method, unknown option', () => {
  for (const argv of [['recap'], ['recap', work, '--capaian', 'luar-biasa'], ['recap', work, '--jpm-metode', 'batas=x'],
    ['recap', work, '--kuota', '2,3,10,70,15'], ['recap', '--x']]) {
    const r = cli(...argv);
    assert(r.code === 2 && r.err.length > 0, `${JSON.stringify(argv)}: exit ${r.code}`);
  }
  assert(cli('sample', '--unit', '5').code === 2, 'sample --unit without --out must be a usage error');
  assert(cli('sample', '--unit', '0', '--out', work).code === 2, '--unit 0 must be a usage error');
});

// JSONTestSuite (MIT), used in place: no file of it is an asn-kinerja submission, so every one must be
// refused with exit 1 and a message that is valid UTF-8, Indonesian, with a JSON path and a line.
test('JSONTestSuite parsing corpus: validate and score refuse every file with a clear message', () => {
  assert(args['json-suite'], '--json-suite DIR is required');
  const dir = path.resolve(args['json-suite']);
  assert(fs.existsSync(dir), `JSONTestSuite tidak ditemukan di ${dir}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  assert(files.length === 318, `${files.length} files in ${dir}, expected 318`);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const english = /expected|syntax error|unexpected|invalid|literal|while parsing|parse error/i;
  const checkLines = (text, file) => {
    const lines = text.split('\n').filter((l) => l.startsWith(`${file}: `));
    assert(lines.length > 0, `${path.basename(file)}: no message`);
    for (const line of lines) {
      assert(/: \$\S* \(baris \d+\): \S/.test(line), `${path.basename(file)}: no path and line in "${line}"`);
      assert(!english.test(line.slice(file.length)), `${path.basename(file)}: not Indonesian: "${line}"`);
    }
  };
  const v = cliBytes('validate', ...files);
  assert(v.code === 1 && !v.signal, `validate exit ${v.code} ${v.signal}`);
  const out = utf8.decode(v.out);  // throws on invalid UTF-8
  for (const file of files) {
    assert(!out.includes(`${file}: OK`), `${path.basename(file)} validated`);
    checkLines(out, file);
  }
  // 'score' takes one file. Natively each file is scored; the WebAssembly CLI (the same core, but a
  // Node start-up of a quarter second per file) scores every eighth, all kinds among them.
  const scored = runner.length ? files.filter((_, i) => i % 8 === 0) : files;
  for (const kind of ['i_', 'n_', 'y_']) {
    assert(scored.some((f) => path.basename(f).startsWith(kind)), `no ${kind} file among those scored`);
  }
  for (const file of scored) {
    const s = cliBytes('score', file);
    assert(s.code === 1 && !s.signal && s.out.length === 0, `score ${path.basename(file)}: exit ${s.code} ${s.signal}`);
    checkLines(utf8.decode(s.err), file);
  }
});

addSignatureTests({ test, cli, assert, work, data });

let passed = 0;
let failed = 0;
for (const [name, fn] of tests) {
  const started = Date.now();
  try { fn(); passed += 1; console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`); } catch (e) { failed += 1; console.log(`FAIL ${name}\n     ${e.message}`); }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
