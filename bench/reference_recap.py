#!/usr/bin/env python3
"""The benchmark's reference for the recap (bench/run.mjs): what a short script does with the same
folder of submissions — read each file, check its SHA-256 over the canonical form (the document
without "integritas", keys sorted, no whitespace, UTF-8), and count the predikat from the two ratings
(PermenPANRB 6/2022's matrix). No validation beyond that: the C++ recap does much more per file, and
is compared with this as the floor a compiled tool should beat.

    python3 bench/reference_recap.py FOLDER   prints: files, digest ok, predikat counts (JSON)
"""
import hashlib
import json
import os
import sys

MATRIX = {  # (hasil kerja, perilaku) -> predikat
    ("di_bawah", "di_bawah"): "Sangat Kurang", ("di_bawah", "sesuai"): "Butuh Perbaikan",
    ("di_bawah", "di_atas"): "Butuh Perbaikan", ("sesuai", "di_bawah"): "Kurang/Misconduct",
    ("sesuai", "sesuai"): "Baik", ("sesuai", "di_atas"): "Baik", ("di_atas", "di_bawah"): "Kurang/Misconduct",
    ("di_atas", "sesuai"): "Baik", ("di_atas", "di_atas"): "Sangat Baik",
}


def main(folder):
    files = digest_ok = 0
    counts = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        files += 1
        with open(os.path.join(folder, name), "rb") as f:
            doc = json.loads(f.read().decode("utf-8"))
        stated = (doc.pop("integritas", None) or {}).get("nilai")
        canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        if hashlib.sha256(canonical).hexdigest() != stated:
            continue
        digest_ok += 1
        evaluation = doc.get("evaluasi") or {}
        predikat = MATRIX.get((evaluation.get("rating_hasil_kerja"), evaluation.get("rating_perilaku")))
        if predikat:
            counts[predikat] = counts.get(predikat, 0) + 1
    print(json.dumps({"files": files, "digest_ok": digest_ok, "predikat": counts}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
