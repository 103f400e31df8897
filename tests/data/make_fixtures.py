#!/usr/bin/env python3
"""Regenerated the versi-1 test fixtures in tests/data/{valid,malformed} from the CLI's sample
submission when the format was versi 1 (a versi-1 sample, as release 1 wrote it):

    build/native/src/asn-kinerja sample > /tmp/sample.json     # a versi-1 build
    python3 tests/data/make_fixtures.py /tmp/sample.json

They are frozen now: they are what versi-1 files look like, and every one must keep importing
(migrated to versi 2) with problems reported at its own versi-1 paths. make_versi2_fixtures.py
writes the versi-2 ones and reuses seal() and write() from here.

Each malformed file breaks exactly one rule, and is re-sealed (valid integrity digest) unless the
digest is what it breaks, so the test can insist on that file's specific problem. expected.json
lists, per file, the problem code and JSON path the importer must report.
The digest is computed like the app: SHA-256 over the document without "integritas", keys
sorted, no whitespace, UTF-8 (json.dumps below produces the same bytes as nlohmann's dump()).
"""
import copy
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def canonical(doc):
    body = {k: v for k, v in doc.items() if k != "integritas"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def seal(doc):
    doc = copy.deepcopy(doc)
    doc.pop("integritas", None)
    doc["integritas"] = {"algoritma": "sha256", "nilai": hashlib.sha256(canonical(doc)).hexdigest()}
    return doc


def write(folder, name, doc=None, raw=None):
    path = os.path.join(HERE, folder, name)
    with open(path, "wb") as f:
        if raw is not None:
            f.write(raw)
        else:
            f.write((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def main():
    sample = json.load(open(sys.argv[1], encoding="utf-8"))
    expected = {}

    def bad(name, doc, code, path, reseal=True):
        write("malformed", name, seal(doc) if reseal else doc)
        expected[name] = {"code": code, "path": path}

    def bad_raw(name, raw, code, path, line=None):
        write("malformed", name, raw=raw)
        expected[name] = {"code": code, "path": path}
        if line is not None:
            expected[name]["line"] = line

    # ---- valid files (also golden inputs) ----
    write("valid", "analis_dinilai.json", seal(sample))
    draft = copy.deepcopy(sample)
    draft["hasil_kerja"]["rating"] = None
    draft["perilaku"]["rating"] = None
    draft["status"].update({"tahap": "draf", "diajukan": None, "dinilai": None})
    for c in draft["kompetensi"]:
        c["level_atasan"] = 0
        c["umpan_balik"] = ""
    draft["kompetensi"][3]["level_mandiri"] = 0  # self-assessment not finished: JPM absent
    write("valid", "draf_belum_lengkap.json", seal(draft))
    boundary = copy.deepcopy(sample)
    # 10 competencies; make Σ required = 50 and Σ capped self = 45 → exactly 90 % (Optimal)
    levels = [(5, 5), (5, 5), (5, 5), (5, 5), (5, 5), (5, 5), (5, 5), (5, 5), (5, 3), (5, 2)]
    for c, (std, self_level) in zip(boundary["kompetensi"], levels):
        c["level_standar"], c["level_mandiri"] = std, self_level
    # supervisor: 39 of 50 → exactly 78 % (Cukup Optimal)
    atasan = [5, 5, 5, 5, 5, 5, 5, 2, 1, 1]
    for c, lv in zip(boundary["kompetensi"], atasan):
        c["level_atasan"] = lv
    boundary["hasil_kerja"]["rating"] = "di_bawah"
    boundary["perilaku"]["rating"] = "di_bawah"
    write("valid", "batas_jpm.json", seal(boundary))
    triwulan = copy.deepcopy(sample)
    triwulan["periode"] = {"tahun": 2026, "jenis": "triwulan", "triwulan": 2}
    triwulan["hasil_kerja"]["rating"] = "di_atas"
    triwulan["perilaku"]["rating"] = "di_bawah"
    triwulan["pegawai"]["nama"] = "Rina <script>alert('x')</script> & \"Oktaviani\" — ÄÖ 日本"
    write("valid", "triwulan_unicode.json", seal(triwulan))
    # submitted by the employee, not yet reviewed: the supervisor's input file
    submitted = copy.deepcopy(sample)
    submitted["hasil_kerja"]["rating"] = None
    submitted["perilaku"]["rating"] = None
    submitted["umpan_balik"] = ""
    submitted["rencana_pengembangan"] = []
    submitted["status"].update({"tahap": "diajukan", "dinilai": None})
    for c in submitted["kompetensi"]:
        c["level_atasan"] = 0
        c["umpan_balik"] = ""
    for r in submitted["hasil_kerja"]["rhk"]:
        r["umpan_balik"] = ""
    for n in submitted["perilaku"]["nilai"]:
        n["catatan_atasan"] = ""
    write("valid", "diajukan_belum_dinilai.json", seal(submitted))
    # versi 0 (pre-release layout): migrated on import
    v0 = copy.deepcopy(sample)
    v0["versi"] = 0
    v0.pop("integritas", None)
    v0["periode"] = "2025-TW3"
    v0["hasil_kerja"]["rating"] = "Di Atas Ekspektasi"
    v0["perilaku"]["rating"] = "Sesuai Ekspektasi"
    write("valid", "versi0_lama.json", v0)

    # ---- malformed files: one problem each ----
    text = (json.dumps(seal(sample), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    bad_raw("terpotong.json", text[: len(text) // 2], "invalid_json", "$.kompetensi[9].deskripsi_level[2]")
    bad_raw("bukan_json.json", b"ini bukan JSON\n", "invalid_json", "$", line=1)
    bad_raw("utf8_rusak.json", text.replace("Rina".encode(), b"R\xffna", 1), "invalid_json", "$.pegawai.nama")
    bad_raw("terlalu_dalam.json", b"{\"format\": \"asn-kinerja\", \"x\": " + b"[" * 100 + b"]" * 100 + b"}", "too_deep",
            "$.x" + "[0]" * 31, line=1)
    # A member written twice (the reader sees one value, the score would use the other), content after
    # the document, UTF-16 text and a number no double holds: refused by the parser.
    bad_raw("anggota_ganda.json", text.replace(b'"level_atasan": 3,', b'"level_atasan": 3,\n      "level_atasan": 1,', 1),
            "duplicate_member", "$.kompetensi[0].level_atasan")
    bad_raw("isi_setelah_json.json", text + b"\x00" + text, "trailing_content", "$")
    bad_raw("utf16.json", b"\xff\xfe" + text.decode("utf-8").encode("utf-16-le"), "wrong_encoding", "$", line=1)
    bad_raw("bilangan_raksasa.json", text.replace(b'"level_standar": 3', b'"level_standar": 1e400', 1),
            "number_out_of_range", "$.kompetensi[0].level_standar")
    bad_raw("kosong.json", b"", "empty_file", "$")
    bad_raw("larik_akar.json", b"[1, 2, 3]\n", "wrong_type", "$", line=1)

    d = copy.deepcopy(sample); d["kompetensi"][2]["level_mandiri"] = 7
    bad("level_di_luar_rentang.json", d, "out_of_range", "$.kompetensi[2].level_mandiri")
    d = copy.deepcopy(sample); d["kompetensi"][0]["level_standar"] = "3"
    bad("tipe_salah.json", d, "wrong_type", "$.kompetensi[0].level_standar")
    d = copy.deepcopy(sample); d["kompetensi"][4]["kode"] = "M.1"; d["kompetensi"][4]["jenis"] = "manajerial"
    bad("kode_ganda.json", d, "duplicate_code", "$.kompetensi[4].kode")
    d = copy.deepcopy(sample); d["umpan_balik"] = "x" * 10001
    bad("teks_terlalu_panjang.json", d, "text_too_long", "$.umpan_balik")
    d = copy.deepcopy(sample); d["pegawai"]["nip"] = "199013142015032007"
    bad("nip_tanggal_salah.json", d, "bad_nip", "$.pegawai.nip")
    d = copy.deepcopy(sample); d["pegawai"]["nip"] = "199005142015033007"
    bad("nip_jenis_kelamin.json", d, "bad_nip", "$.pegawai.nip")
    d = copy.deepcopy(sample); d["versi"] = 3  # newer than any release reads
    bad("versi_lebih_baru.json", d, "newer_version", "$.versi")
    d = copy.deepcopy(sample); d["format"] = "lain"
    bad("bukan_asn_kinerja.json", d, "not_asn_kinerja", "$.format")
    d = copy.deepcopy(sample); d["pegawai"]["namaa"] = d["pegawai"].pop("nama")
    bad("anggota_tak_dikenal.json", d, "unknown_member", "$.pegawai.namaa")
    d = copy.deepcopy(sample); del d["penilai"]["jabatan"]
    bad("anggota_hilang.json", d, "missing_member", "$.penilai.jabatan")
    d = seal(sample); d["kompetensi"][0]["level_mandiri"] = 1
    bad("integritas_tidak_cocok.json", d, "integrity_mismatch", "$.integritas.nilai", reseal=False)
    d = copy.deepcopy(sample); d.pop("integritas", None)
    bad("tanpa_integritas.json", d, "missing_integrity", "$.integritas", reseal=False)
    d = copy.deepcopy(sample); d["periode"]["triwulan"] = 2
    bad("triwulan_tidak_konsisten.json", d, "inconsistent", "$.periode.triwulan")
    d = copy.deepcopy(sample); d["hasil_kerja"]["rating"] = None
    bad("dinilai_tanpa_rating.json", d, "missing_rating", "$.hasil_kerja.rating")
    d = copy.deepcopy(sample); d["kompetensi"][0]["jenis"] = "teknis"
    bad("jenis_tidak_cocok.json", d, "kind_mismatch", "$.kompetensi[0].jenis")
    d = copy.deepcopy(sample); d["perilaku"]["nilai"] = d["perilaku"]["nilai"][:6]
    bad("perilaku_kurang.json", d, "wrong_count", "$.perilaku.nilai")
    d = copy.deepcopy(sample); d["hasil_kerja"]["rating"] = "bagus"
    bad("rating_tak_dikenal.json", d, "unknown_value", "$.hasil_kerja.rating")
    d = copy.deepcopy(sample); d["status"]["dibuat"] = "kemarin"
    bad("waktu_salah.json", d, "bad_timestamp", "$.status.dibuat")
    d = copy.deepcopy(sample); d["kompetensi"][1]["level_atasan"] = 2.5
    bad("bilangan_pecahan.json", d, "wrong_type", "$.kompetensi[1].level_atasan")

    with open(os.path.join(HERE, "malformed", "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
