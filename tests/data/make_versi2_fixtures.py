#!/usr/bin/env python3
"""Regenerates the versi-2 fixtures in tests/data/versi2/ from the CLI's sample personas.

    for p in analis guru kadis; do build/native/src/asn-kinerja sample --persona $p > /tmp/$p.json; done
    python3 tests/data/make_versi2_fixtures.py /tmp/analis.json /tmp/guru.json /tmp/kadis.json

The versi-1 fixtures (tests/data/valid, malformed, versi1) stay as the previous release wrote them:
they are what old files look like. Here each malformed file breaks exactly one rule of versi 2 and
is re-sealed, so the test can insist on that file's problem (code and JSON path, in expected.json).
"""
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixtures import seal, write  # noqa: E402


def main():
    analis, guru, kadis = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:4])
    # The fixtures are edited below: a persona's CONTOH signature would no longer match
    # (tests/data/make_signed_fixture.mjs writes the signed one).
    for doc in (analis, guru, kadis):
        doc.pop("tanda_tangan", None)
    assert analis["versi"] == 2 and kadis["pegawai"]["jenis_jabatan"].startswith("jpt_")
    assert guru["skp"]["pendekatan"] == "kualitatif"
    os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "versi2", "malformed"), exist_ok=True)
    os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "versi2", "valid"), exist_ok=True)
    expected = {}

    write("versi2/valid", "analis_umpan_balik.json", seal(analis))
    write("versi2/valid", "guru_semester_kualitatif.json", seal(guru))
    write("versi2/valid", "kadis_jpt.json", seal(kadis))

    def bad(name, base, change, code, path):
        doc = copy.deepcopy(base)
        change(doc)
        write("versi2/malformed", name, seal(doc))
        expected[name] = {"code": code, "path": path}

    def setter(*keys_and_value):
        *keys, value = keys_and_value

        def change(doc):
            target = doc
            for k in keys[:-1]:
                target = target[k]
            target[keys[-1]] = value
        return change

    bad("periode_terbalik.json", analis, setter("periode", "selesai", "2024-12-31"), "bad_range", "$.periode.selesai")
    bad("periode_tanggal_salah.json", analis, setter("periode", "mulai", "2025-02-30"), "bad_date", "$.periode.mulai")
    bad("semester_ketiga.json", guru, setter("periode", "ke", 3), "out_of_range", "$.periode.ke")
    bad("jenis_periode_tahunan.json", analis, setter("periode", "jenis", "tahunan"), "unknown_value", "$.periode.jenis")
    bad("target_kualitatif_angka.json", guru, setter("skp", "rhk", 0, "target", "12"), "qualitative_target",
        "$.skp.rhk[0].target")
    bad("jpt_dengan_aspek.json", kadis, setter("skp", "rhk", 0, "aspek", "kuantitas"), "layout_mismatch",
        "$.skp.rhk[0].aspek")
    bad("ja_dengan_perspektif.json", analis, setter("skp", "rhk", 1, "perspektif", "proses_bisnis"), "layout_mismatch",
        "$.skp.rhk[1].perspektif")
    bad("jpt_tanpa_perspektif.json", kadis, setter("skp", "rhk", 0, "perspektif", None), "missing_value",
        "$.skp.rhk[0].perspektif")
    bad("aspek_kosong_kuantitatif.json", analis, setter("skp", "rhk", 0, "aspek", None), "missing_value",
        "$.skp.rhk[0].aspek")
    bad("perspektif_tak_dikenal.json", kadis, setter("skp", "rhk", 0, "perspektif", "keuangan"), "unknown_value",
        "$.skp.rhk[0].perspektif")
    bad("pendekatan_tak_dikenal.json", analis, setter("skp", "pendekatan", "campuran"), "unknown_value",
        "$.skp.pendekatan")
    bad("rhk_id_ganda.json", analis, setter("skp", "rhk", 1, "id", analis["skp"]["rhk"][0]["id"]), "duplicate_code",
        "$.skp.rhk[1].id")
    bad("lampiran_bukan_daftar.json", analis, setter("skp", "lampiran", "konsekuensi", "teguran"), "wrong_type",
        "$.skp.lampiran.konsekuensi")
    bad("umpan_balik_rhk_tak_dikenal.json", analis, setter("umpan_balik_berkelanjutan", 0, "rhk_id", "rhk-99"),
        "unknown_reference", "$.umpan_balik_berkelanjutan[0].rhk_id")

    def two_subjects(doc):
        doc["umpan_balik_berkelanjutan"][0]["rhk_id"] = doc["skp"]["rhk"][0]["id"]
        doc["umpan_balik_berkelanjutan"][0]["perilaku"] = "akuntabel"
    bad("umpan_balik_dua_hal.json", analis, two_subjects, "feedback_subject", "$.umpan_balik_berkelanjutan[0]")
    bad("umpan_balik_tanpa_tanggal.json", analis, setter("umpan_balik_berkelanjutan", 2, "tanggal", ""),
        "missing_value", "$.umpan_balik_berkelanjutan[2].tanggal")
    bad("umpan_balik_nilai_tak_dikenal.json", analis,
        setter("umpan_balik_berkelanjutan", 1, "perilaku", "disiplin"), "unknown_value",
        "$.umpan_balik_berkelanjutan[1].perilaku")
    bad("capaian_tak_dikenal.json", kadis, setter("evaluasi", "capaian_kinerja_organisasi", "luar_biasa"),
        "unknown_value", "$.evaluasi.capaian_kinerja_organisasi")
    bad("tanggal_evaluasi_salah.json", analis, setter("evaluasi", "tanggal", "31-12-2025"), "bad_date",
        "$.evaluasi.tanggal")
    bad("pangkat_bukan_teks.json", analis, setter("pegawai", "pangkat_golongan", 3), "wrong_type",
        "$.pegawai.pangkat_golongan")
    bad("atasan_penilai_hilang.json", analis, lambda d: d.pop("atasan_penilai"), "missing_member", "$.atasan_penilai")

    def old_layout(doc):
        doc["hasil_kerja"] = doc.pop("skp")
    bad("tata_letak_versi1.json", analis, old_layout, "unknown_member", "$.hasil_kerja")

    bad("metode_jpm_kategori_terbalik.json", analis, setter("metode_jpm", "kategori_cukup_optimal", 90), "bad_range",
        "$.metode_jpm.kategori_cukup_optimal")
    bad("metode_jpm_batas_tak_dikenal.json", analis, setter("metode_jpm", "batas", "rata_rata"), "unknown_value",
        "$.metode_jpm.batas")
    bad("metode_jpm_bobot_penuh.json", analis, setter("metode_jpm", "bobot_teknis", 100), "out_of_range",
        "$.metode_jpm.bobot_teknis")

    def undated_submission(doc):
        doc["periode"]["mulai"] = ""
    bad("diajukan_tanpa_periode.json", analis, undated_submission, "missing_period_range", "$.periode")

    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "versi2", "malformed", "expected.json"), "w",
              encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
