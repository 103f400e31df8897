// CLI tests of the digital signature: `verify`, `recap --kunci`, the CONTOH key of `sample`, and
// malformed "tanda_tangan" members. A review is signed here with Node's crypto (an RFC 8032 test
// key standing in for a supervisor's browser key) over the canonical document, as the app signs it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonical, seal } from '../e2e/seal.mjs';

const EXAMPLE_FINGERPRINT = 'KO57-UVSM-PKSH-33H3-6GGS-FSTW-NU';
// RFC 8032 TEST 2's private key (seed).
const SEED = Buffer.from('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', 'hex');

function fingerprintOf(rawKey) {
  const bytes = crypto.createHash('sha256').update(rawKey).digest().subarray(0, 16);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0; let value = 0; let out = '';
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff; bits += 8;
    while (bits >= 5) { out += alphabet[(value >> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g).join('-');
}

// Signs `doc` (a parsed file) in place with SEED, as the app's sign-off does, and reseals it.
export function signAsSupervisor(doc) {
  delete doc.tanda_tangan;
  delete doc.integritas;
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), SEED]), format: 'der', type: 'pkcs8' });
  const rawKey = crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(12);
  doc.tanda_tangan = {
    algoritma: 'ed25519',
    kunci_publik: rawKey.toString('base64'),
    nilai: crypto.sign(null, Buffer.from(canonical(doc), 'utf8'), privateKey).toString('base64'),
    fingerprint: fingerprintOf(rawKey),
    waktu: '2025-12-16T05:00:00Z',
  };
  return seal(doc);
}

export function addSignatureTests({ test, cli, assert, work, data }) {
  const dir = path.join(work, 'tanda_tangan');
  const write = (name, doc) => {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof doc === 'string' ? doc : `${JSON.stringify(doc, null, 2)}\n`);
    return file;
  };
  const persona = (name) => {
    const r = cli('sample', '--persona', name);
    assert(r.code === 0, `sample ${name}: ${r.err}`);
    return JSON.parse(r.out);
  };
  const edits = {
    level: (d) => { const c = d.kompetensi[0]; c.level_atasan = c.level_atasan === 5 ? 4 : c.level_atasan + 1; },
    nama: (d) => { d.pegawai.nama = `${d.pegawai.nama.slice(0, -1)}${d.pegawai.nama.endsWith('a') ? 'o' : 'a'}`; },
    umpan_balik: (d) => { d.evaluasi.umpan_balik += '.'; },
  };

  test('sample signs a signed-off persona with the CONTOH key; verify names it kunci contoh (exit 1)', () => {
    const doc = persona('analis');
    assert(doc.status.tahap === 'dinilai', `analis is ${doc.status.tahap}`);
    assert(doc.tanda_tangan && doc.tanda_tangan.fingerprint === EXAMPLE_FINGERPRINT, `tanda_tangan ${JSON.stringify(doc.tanda_tangan)}`);
    const file = write('contoh.json', doc);
    const r = cli('verify', file);
    assert(r.code === 1, `exit ${r.code}: ${r.out}${r.err}`);
    assert(r.out.includes('kunci contoh') && r.out.includes(EXAMPLE_FINGERPRINT), r.out);
  });

  test('verify: a supervisor-signed file is valid; with the office list its key is registered or unknown', () => {
    const doc = signAsSupervisor(persona('analis'));
    const file = write('ditandatangani.json', doc);
    const plain = cli('verify', file);
    assert(plain.code === 0 && plain.out.includes('tanda tangan sah (kunci belum dicocokkan'), `${plain.code}: ${plain.out}${plain.err}`);
    assert(plain.out.includes(doc.penilai.nama) && plain.out.includes(doc.tanda_tangan.fingerprint), plain.out);
    const list = write('kunci.csv', `nip,sidik_kunci\n${doc.penilai.nip},${doc.tanda_tangan.fingerprint.toLowerCase()}\n`);
    const registered = cli('verify', file, '--kunci', list);
    assert(registered.code === 0 && registered.out.includes('kunci terdaftar untuk NIP penilai'), `${registered.code}: ${registered.out}`);
    const other = write('kunci_lain.csv', `nip,sidik_kunci\n199001012015031001,${doc.tanda_tangan.fingerprint}\n`);
    const unknown = cli('verify', file, '--kunci', other);
    assert(unknown.code === 1 && unknown.out.includes('kunci tidak terdaftar'), `${unknown.code}: ${unknown.out}`);
  });

  test('verify: the signed fixture (versi2/valid/analis_bertanda_tangan.json) verifies', () => {
    const file = path.join(data, 'versi2', 'valid', 'analis_bertanda_tangan.json');
    const { fingerprint } = JSON.parse(fs.readFileSync(file, 'utf8')).tanda_tangan;
    const r = cli('verify', file);
    assert(r.code === 0 && r.out.includes('tanda tangan sah') && r.out.includes(fingerprint), `${r.code}: ${r.out}`);
  });

  test('verify: one character changed anywhere (a level, a name, feedback) fails, though the digest was redone', () => {
    for (const [what, edit] of Object.entries(edits)) {
      const doc = signAsSupervisor(persona('analis'));
      edit(doc);
      seal(doc);
      const file = write(`diubah_${what}.json`, doc);
      assert(cli('validate', file).code === 0, `${what}: the changed file is not otherwise valid`);
      const r = cli('verify', file);
      assert(r.code === 1 && r.out.includes('TIDAK SAH: isi berkas berubah setelah ditandatangani'), `${what}: ${r.code} ${r.out}`);
    }
  });

  test('recap --kunci classifies a mixed set, lists what is not accepted, exits 1 for a changed file', () => {
    const set = path.join(work, 'rekap_tanda_tangan');
    fs.rmSync(set, { recursive: true, force: true });
    fs.mkdirSync(set);
    const signed = signAsSupervisor(persona('analis'));
    fs.writeFileSync(path.join(set, 'a_sah.json'), JSON.stringify(signed));
    const changed = signAsSupervisor(persona('analis'));
    edits.umpan_balik(changed);
    changed.pegawai.nip = changed.pegawai.nip.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    fs.writeFileSync(path.join(set, 'b_diubah.json'), JSON.stringify(seal(changed)));
    fs.writeFileSync(path.join(set, 'c_contoh.json'), cli('sample', '--persona', 'kadis').out);
    const unsignedDoc = persona('analis');
    delete unsignedDoc.tanda_tangan;
    unsignedDoc.pegawai.nip = unsignedDoc.pegawai.nip.replace(/.$/, (d) => String((Number(d) + 2) % 10));
    fs.writeFileSync(path.join(set, 'd_tanpa.json'), JSON.stringify(seal(unsignedDoc)));
    const list = write('kunci_rekap.csv', `nip,sidik_kunci\n${signed.penilai.nip},${signed.tanda_tangan.fingerprint}\n`);
    const r = cli('recap', set, '--kunci', list);
    assert(r.code === 1, `exit ${r.code}: ${r.out}${r.err}`);
    const section = r.out.slice(r.out.indexOf('Tanda tangan digital pejabat penilai'));
    assert(section.includes('(4 berkas sah, dicocokkan dengan daftar kunci)'), section);
    for (const line of ['1 — tanda tangan sah, kunci terdaftar', '1 — tanda tangan TIDAK SAH', '1 — bertanda tangan dengan kunci contoh',
      '1 — tidak bertanda tangan digital']) {
      assert(section.includes(line), `missing "${line}" in\n${section}`);
    }
    for (const line of ['b_diubah.json: tidak_sah', 'c_contoh.json: contoh', 'd_tanpa.json: tanpa']) {
      assert(section.includes(line), `missing "${line}" in\n${section}`);
    }
    assert(!section.includes('a_sah.json'), `an accepted file is listed:\n${section}`);
  });

  test('a malformed tanda_tangan is refused with its path; a bad key list with its line', () => {
    const cases = {
      'kunci_publik pendek': [(t) => { t.kunci_publik = Buffer.alloc(31, 1).toString('base64'); }, '$.tanda_tangan.kunci_publik'],
      'nilai panjang': [(t) => { t.nilai = Buffer.alloc(65, 1).toString('base64'); }, '$.tanda_tangan.nilai'],
      'bukan base64': [(t) => { t.nilai = '!'.repeat(88); }, '$.tanda_tangan.nilai'],
      'sidik kunci lain': [(t) => { t.fingerprint = EXAMPLE_FINGERPRINT; }, '$.tanda_tangan.fingerprint'],
      'algoritma': [(t) => { t.algoritma = 'rsa'; }, '$.tanda_tangan.algoritma'],
    };
    for (const [name, [edit, where]] of Object.entries(cases)) {
      const doc = signAsSupervisor(persona('analis'));
      edit(doc.tanda_tangan);
      const file = write(`rusak_${name.replace(/ /g, '_')}.json`, seal(doc));
      for (const command of ['validate', 'verify']) {
        const r = cli(command, file);
        assert(r.code === 1 && r.out.includes(`${file}: ${where} (baris `), `${name}, ${command}: ${r.code} ${r.out}${r.err}`);
      }
    }
    const doc = signAsSupervisor(persona('analis'));
    const file = write('untuk_daftar.json', doc);
    const list = write('daftar_rusak.csv', 'nip,sidik_kunci\n12345,ABCD\n');
    const r = cli('verify', file, '--kunci', list);
    assert(r.code === 1 && r.err.includes('daftar_rusak.csv:2: NIP harus 18 angka'), `${r.code}: ${r.err}`);
    const usage = cli('verify');
    assert(usage.code === 2, `verify without files: exit ${usage.code}`);
  });
}
