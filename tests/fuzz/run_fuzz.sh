#!/usr/bin/env bash
# Runs the libFuzzer target and prints its figures (executions, exec/s, corpus size, crashes).
#   run_fuzz.sh FUZZER SECONDS WORKDIR fresh|keep SEED_DIR...
# The seed files are copied into WORKDIR/corpus ("fresh": the corpus starts again from the seeds;
# "keep": what earlier runs found is kept), so the repository is never written to. Crash, leak and
# timeout inputs land in WORKDIR/artifacts. Exit status 0 only when the run ended without any.
# Environment: ASN_LSAN=0 when LeakSanitizer cannot run on this machine (the build detects it);
# the run then says so, loudly.
set -euo pipefail

[ $# -ge 5 ] || { echo "Pemakaian: $0 FUZZER DETIK DIR_KERJA fresh|keep DIR_BENIH..." >&2; exit 2; }
fuzzer="$1" seconds="$2" work="$3" mode="$4"
shift 4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$work/corpus" artifacts="$work/artifacts" log="$work/fuzz.log"

[ -x "$fuzzer" ] || { echo "GAGAL: target fuzzing $fuzzer tidak ada" >&2; exit 1; }
[ "$mode" = fresh ] && rm -rf "$corpus"
rm -rf "$artifacts"
mkdir -p "$corpus" "$artifacts"
for dir in "$@"; do
  prefix="$(basename "$(dirname "$dir")")_$(basename "$dir")"  # data_valid, versi2_valid, …
  for f in "$dir"/*; do [ -f "$f" ] && cp "$f" "$corpus/${prefix}_$(basename "$f")"; done
done
before=$(find "$corpus" -type f | wc -l)

leaks="${ASN_LSAN:-1}"
if [ "$leaks" != 1 ]; then
  echo "PERINGATAN: LeakSanitizer tidak dapat berjalan di mesin ini (ptrace dibatasi?); kebocoran memori TIDAK diperiksa dalam fuzzing ini." >&2
fi
export ASAN_OPTIONS="detect_leaks=$leaks:halt_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

echo "Fuzzing $(basename "$fuzzer") selama $seconds detik (korpus awal: $before berkas; log: $log)"
set +e
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks="$leaks" \
  -print_final_stats=1 -dict="$here/json.dict" -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
rc=$?
set -e

final_stat() { sed -n "s/^stat::$1:[[:space:]]*//p" "$log" | tail -n1; }
execs="$(final_stat number_of_executed_units)"
rate="$(final_stat average_exec_per_sec)"
peak="$(final_stat peak_rss_mb)"
after=$(find "$corpus" -type f | wc -l)
found=$(find "$artifacts" -type f ! -name 'slow-unit-*' | wc -l)

echo "Hasil fuzzing:"
echo "  durasi          : $seconds detik"
echo "  eksekusi        : ${execs:-?}"
echo "  eksekusi/detik  : ${rate:-?}"
echo "  ukuran korpus   : $after berkas ($((after - before)) baru)"
echo "  memori puncak   : ${peak:-?} MB"
if [ "$rc" -eq 0 ] && [ "$found" -eq 0 ]; then
  echo "  crash           : tidak ada"
  exit 0
fi
echo "  crash           : $found masukan bermasalah di $artifacts (kode keluar fuzzer $rc)"
find "$artifacts" -type f ! -name 'slow-unit-*' -printf '    %p\n'
echo "--- akhir log fuzzer ---"
tail -n 60 "$log"
exit 1
