#!/usr/bin/env bash
# Penilaian Kinerja ASN — the one entry point for setting up, building, testing and serving.
#
#   ./emsdk-setup.sh serve   install what is missing, build the web app, serve dist/ on 127.0.0.1:${PORT:-8080}
#   ./emsdk-setup.sh test    install what is missing, build native + web + sanitizer (with fuzz target) builds, run every
#                            test suite through ctest (including ASan/UBSan tests and a short fuzz run)
#   ./emsdk-setup.sh fuzz [SECONDS]   build the libFuzzer target and fuzz the importer (default 600 s)
#   ./emsdk-setup.sh build   install what is missing, build only (site in dist/, CLI in build/native/)
#   ./emsdk-setup.sh bench [--quick]   build, then run the benchmark against its baseline (bench/run.mjs)
#   ./emsdk-setup.sh setup   install what is missing, nothing else
#
# Idempotent: a second run with everything present only re-runs the (incremental) build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPS="$ROOT/deps"                 # git-ignored: third-party sources fetched here
IMGUI_PIN="1.92.2b"               # Dear ImGui version the UI is written against
EMSCRIPTEN_PIN="3.1.6"            # Emscripten the build is tested with (Debian 12's package); the code
                                  # works around this version's specifics (e.g. its GLFW, cmake/Emscripten.cmake)
IMGUI_DIR="$DEPS/imgui"
MBEDTLS_PIN="3.6"                 # Mbed TLS series whose AES-GCM (and, natively, PBKDF2) the draft lock uses
MBEDTLS_DIR="$DEPS/mbedtls"
PORT="${PORT:-8080}"

# Each step says how long the run has taken so far (SECONDS: bash's clock since the script started).
log()  { printf '\033[1;34m==>\033[0m [%d s] %s\n' "$SECONDS" "$*"; }
warn() { printf '\033[1;33mPERINGATAN:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31mGAGAL:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "perlu hak root atau sudo untuk memasang paket: $*"; fi
}

is_debian_like() { command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; }

deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# ---------------------------------------------------------------------------
# System packages (Debian/Ubuntu). Only what is missing is installed.
# ---------------------------------------------------------------------------
APT_UPDATED=0
apt_install_missing() {
  local missing=() pkg
  for pkg in "$@"; do deb_installed "$pkg" || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Memasang paket sistem: ${missing[*]}"
  if [ "$APT_UPDATED" -eq 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_system_packages() {
  if ! is_debian_like; then
    for tool in cmake c++ python3 node npm git; do
      command -v "$tool" >/dev/null 2>&1 || die "'$tool' tidak ditemukan. Di luar Debian/Ubuntu, pasang sendiri: cmake, compiler C++17, python3 + fonttools, Node.js ≥ 18, git, Chromium."
    done
    return 0
  fi
  # clang (clang-14 on Debian 12) + libclang-rt-14-dev (its ASan/UBSan/libFuzzer runtimes): the
  # sanitizer and fuzzing builds.
  # Browsers for the end-to-end tests: Chromium (headless), Firefox ESR and WebKitGTK's MiniBrowser
  # with its WebDriver (Safari's engine), the last two on an Xvfb display. poppler-utils: the printed
  # documents' PDFs rendered to PNG (pdftoppm) for the test artifacts. libsodium-dev: Ed25519
  # signatures in the native CLI and tests (crypto_sign_verify_detached; never our own curve code).
  # libmimalloc-dev: the native CLI's memory allocator (a recap builds and frees a JSON tree per file).
  # node-terser: the site's scripts are minified for the download (tools/minify-scripts.mjs).
  local pkgs=(cmake make g++ git ca-certificates xz-utils python3 fonttools fonts-noto-core fonts-dejavu-core node-terser
              nlohmann-json3-dev doctest-dev chromium firefox-esr libwebkit2gtk-4.1-0 webkit2gtk-driver xvfb
              poppler-utils clang libclang-rt-14-dev libsodium-dev libmimalloc-dev)
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
  command -v npm  >/dev/null 2>&1 || pkgs+=(npm)
  # An emsdk user already has em++ on PATH; otherwise take the distribution's Emscripten.
  command -v em++ >/dev/null 2>&1 || pkgs+=(emscripten)
  apt_install_missing "${pkgs[@]}"
}

# ---------------------------------------------------------------------------
# Emscripten: em++ on PATH, else Debian's package (above), else emsdk in deps/.
# ---------------------------------------------------------------------------
ensure_emscripten() {
  if ! command -v em++ >/dev/null 2>&1; then
    if [ -f "$DEPS/emsdk/emsdk_env.sh" ]; then
      # shellcheck disable=SC1091
      source "$DEPS/emsdk/emsdk_env.sh" >/dev/null 2>&1
    else
      log "Memasang emsdk $EMSCRIPTEN_PIN ke deps/emsdk (bukan Debian/Ubuntu)"
      git clone --depth 1 https://github.com/emscripten-core/emsdk.git "$DEPS/emsdk"
      "$DEPS/emsdk/emsdk" install "$EMSCRIPTEN_PIN"
      "$DEPS/emsdk/emsdk" activate "$EMSCRIPTEN_PIN"
      # shellcheck disable=SC1091
      source "$DEPS/emsdk/emsdk_env.sh" >/dev/null 2>&1
    fi
  fi
  command -v em++ >/dev/null 2>&1 || die "em++ tidak tersedia setelah pemasangan Emscripten."
  local version
  version=$(em++ --version 2>/dev/null | sed -n 's/.*emcc[^0-9]*\([0-9][0-9.]*\).*/\1/p' | head -n1)
  [ "$version" = "$EMSCRIPTEN_PIN" ] || \
    warn "Emscripten $version, bukan versi yang diuji ($EMSCRIPTEN_PIN): bangunan mungkin berbeda."
  # Debian's Emscripten runs its JS optimizer with the machine's Node.js, which may not be
  # Debian's: point it at Debian's JS modules (acorn) when they are there.
  if [ -d /usr/share/nodejs/acorn ]; then export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"; fi
}

# ---------------------------------------------------------------------------
# Dear ImGui sources, pinned. Debian source package first, upstream tag second.
# ---------------------------------------------------------------------------
imgui_version_of() { sed -n 's/^#define IMGUI_VERSION[[:space:]]*"\([^"]*\)".*/\1/p' "$1/imgui.h" 2>/dev/null; }

# The mirror URI already configured for Debian on this machine (one-line or deb822 sources).
debian_mirror_uri() {
  local f uri
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    uri=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^(https?|file):/) { print $i; exit } }' "$f")
    [ -n "$uri" ] && { echo "$uri"; return 0; }
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri=$(awk 'tolower($1)=="uris:" && $2 !~ /security/ { print $2; exit }' "$f")
    [ -n "$uri" ] && { echo "$uri"; return 0; }
  done
  return 1
}

# Downloads source package $1 from Debian unstable, the newest version matching the pattern $2
# (grep -E), and unpacks its upstream tarball into $3, using a private apt configuration (the
# system's apt sources and lists are left untouched).
fetch_debian_source() {
  local package="$1" pattern="$2" out="$3" uri work
  is_debian_like || return 1
  uri=$(debian_mirror_uri) || return 1
  [ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || return 1
  work="$DEPS/.apt-src"
  rm -rf "$work"; mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/parts" "$work/dl"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri unstable main" > "$work/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=$work/parts"
              -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "APT::Sandbox::User=root")
  apt-get "${opts[@]}" update -qq >/dev/null 2>&1 || return 1
  local pick
  pick=$(apt-cache "${opts[@]}" showsrc "$package" 2>/dev/null | sed -n 's/^Version: //p' | grep -E -m1 "$pattern" || true)
  [ -n "$pick" ] || return 1
  (cd "$work/dl" && apt-get "${opts[@]}" source --download-only -qq "$package=$pick" >/dev/null 2>&1) || return 1
  local tarball
  tarball=$(ls "$work"/dl/"${package}"_*.orig.tar.* 2>/dev/null | head -n1)
  [ -n "$tarball" ] || return 1
  mkdir -p "$out" && tar -xf "$tarball" -C "$out" --strip-components=1
}

# Dear ImGui: the pinned version, else a newer 1.92.x (said so).
fetch_imgui_debian() {
  fetch_debian_source imgui "^${IMGUI_PIN//./\\.}\\+" "$1" && return 0
  rm -rf "$1"
  fetch_debian_source imgui '^1\.92\.' "$1" || return 1
  warn "Dear ImGui $IMGUI_PIN tidak lagi ada di arsip Debian; memakai versi 1.92.x yang lebih baru."
}

fetch_imgui_upstream() {
  git clone --quiet --depth 1 --branch "v$IMGUI_PIN" https://github.com/ocornut/imgui.git "$1" 2>/dev/null
}

# The stamp records the pin the sources were fetched for: changing IMGUI_PIN fetches again.
ensure_imgui() {
  if [ -f "$IMGUI_DIR/.asn-ok" ] && [ "$(sed -n 's/^pin=//p' "$IMGUI_DIR/.asn-ok")" = "$IMGUI_PIN" ]; then return 0; fi
  mkdir -p "$DEPS"
  local tmp="$DEPS/imgui.tmp"
  rm -rf "$tmp"
  log "Mengambil sumber Dear ImGui $IMGUI_PIN"
  if ! fetch_imgui_debian "$tmp"; then
    rm -rf "$tmp"
    log "Paket sumber Debian tidak tersedia; mencoba tag upstream v$IMGUI_PIN"
    fetch_imgui_upstream "$tmp" || die "Dear ImGui $IMGUI_PIN tidak dapat diambil (paket sumber Debian 'imgui' maupun tag upstream v$IMGUI_PIN)."
  fi
  local got
  got=$(imgui_version_of "$tmp")
  case "$got" in
    "$IMGUI_PIN") ;;
    1.92.*) warn "Dear ImGui yang didapat adalah $got, bukan versi patokan $IMGUI_PIN." ;;
    *) rm -rf "$tmp"; die "Dear ImGui versi '$got' tidak cocok dengan versi patokan $IMGUI_PIN." ;;
  esac
  for f in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imstb_truetype.h \
           backends/imgui_impl_glfw.cpp backends/imgui_impl_opengl3.cpp; do
    [ -f "$tmp/$f" ] || die "Sumber Dear ImGui tidak lengkap: $f tidak ada."
  done
  rm -rf "$IMGUI_DIR" && mv "$tmp" "$IMGUI_DIR"
  printf 'pin=%s\nversion=%s\n' "$IMGUI_PIN" "$got" > "$IMGUI_DIR/.asn-ok"
}

# ---------------------------------------------------------------------------
# Mbed TLS sources (a handful of its C files are compiled into the app: AES-256-GCM for the draft
# lock, PBKDF2 for the native tests). Debian source package first, upstream tag second.
# ---------------------------------------------------------------------------
mbedtls_version_of() { sed -n 's/^#define MBEDTLS_VERSION_STRING[[:space:]]*"\([^"]*\)".*/\1/p' "$1/include/mbedtls/build_info.h" 2>/dev/null; }

ensure_mbedtls() {
  if [ -f "$MBEDTLS_DIR/.asn-ok" ] && [ "$(sed -n 's/^pin=//p' "$MBEDTLS_DIR/.asn-ok")" = "$MBEDTLS_PIN" ]; then return 0; fi
  mkdir -p "$DEPS"
  local tmp="$DEPS/mbedtls.tmp"
  rm -rf "$tmp"
  log "Mengambil sumber Mbed TLS $MBEDTLS_PIN.x"
  if ! fetch_debian_source mbedtls "^${MBEDTLS_PIN//./\\.}\\." "$tmp"; then
    rm -rf "$tmp"
    log "Paket sumber Debian tidak tersedia; mencoba tag upstream v$MBEDTLS_PIN.7"
    git clone --quiet --depth 1 --branch "v$MBEDTLS_PIN.7" https://github.com/Mbed-TLS/mbedtls.git "$tmp" 2>/dev/null ||
      die "Mbed TLS $MBEDTLS_PIN.x tidak dapat diambil (paket sumber Debian 'mbedtls' maupun tag upstream)."
  fi
  local got f
  got=$(mbedtls_version_of "$tmp")
  case "$got" in
    "$MBEDTLS_PIN".*) ;;
    *) rm -rf "$tmp"; die "Mbed TLS versi '$got' tidak cocok dengan seri patokan $MBEDTLS_PIN." ;;
  esac
  for f in aes gcm block_cipher platform_util constant_time sha256 md pkcs5; do
    [ -f "$tmp/library/$f.c" ] || die "Sumber Mbed TLS tidak lengkap: library/$f.c tidak ada."
  done
  rm -rf "$MBEDTLS_DIR" && mv "$tmp" "$MBEDTLS_DIR"
  printf 'pin=%s\nversion=%s\n' "$MBEDTLS_PIN" "$got" > "$MBEDTLS_DIR/.asn-ok"
}

# ---------------------------------------------------------------------------
# npm test packages, pinned by package-lock.json.
# ---------------------------------------------------------------------------
ensure_npm_packages() {
  local stamp="$ROOT/node_modules/.asn-lock-sha"
  local want
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "Memasang paket npm untuk pengujian (package-lock.json)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
}

# The three browser engines of the end-to-end tests: a missing one is a failure, never a skip.
ensure_browsers() {
  local need
  for need in /usr/bin/chromium /usr/bin/firefox-esr /usr/bin/WebKitWebDriver /usr/bin/Xvfb \
              /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser /usr/bin/pdftoppm; do
    [ -x "$need" ] || die "$need tidak ditemukan; dibutuhkan untuk uji end-to-end (paket: chromium, firefox-esr, webkit2gtk-driver, libwebkit2gtk-4.1-0, xvfb, poppler-utils)."
  done
}

setup() {
  ensure_system_packages
  ensure_emscripten
  ensure_imgui
  ensure_mbedtls
  ensure_npm_packages
}

# ---------------------------------------------------------------------------
# Builds. Warnings are errors for our own code when CI is set.
# ---------------------------------------------------------------------------
# Arguments every configure gets, as an array (a checkout path with spaces stays one argument).
cmake_common_args() {
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  CMAKE_ARGS=("-DASN_WERROR=$werror" "-DASN_IMGUI_DIR=$IMGUI_DIR" "-DASN_MBEDTLS_DIR=$MBEDTLS_DIR")
}

build_native() {
  log "Membangun versi native (pustaka inti, CLI, uji)"
  cmake_common_args
  cmake --preset native "${CMAKE_ARGS[@]}" >/dev/null
  cmake --build --preset native
}

build_web() {
  log "Membangun versi web (WebAssembly) ke dist/"
  cmake_common_args
  emcmake cmake --preset web "${CMAKE_ARGS[@]}" >/dev/null
  cmake --build --preset web
}

# The sanitizer build (clang): the native tests under ASan + UBSan, and the libFuzzer target.
build_asan() {
  log "Membangun versi native dengan AddressSanitizer + UndefinedBehaviorSanitizer dan target fuzzing (clang)"
  cmake_common_args
  cmake --preset asan "${CMAKE_ARGS[@]}" >/dev/null
  cmake --build --preset asan
  warn_if_no_lsan build/asan
}

# The build probes whether LeakSanitizer can run here (it needs ptrace, which some containers deny).
warn_if_no_lsan() {
  if grep -q '^ASN_LSAN_WORKS:INTERNAL=OFF' "$ROOT/$1/CMakeCache.txt" 2>/dev/null; then
    warn "LeakSanitizer tidak dapat berjalan di mesin ini (ptrace dibatasi?): kebocoran memori TIDAK diperiksa di $1."
  fi
}

run_tests() {
  ensure_browsers
  log "Menjalankan uji native"
  ctest --preset native
  log "Menjalankan uji native di bawah AddressSanitizer + UndefinedBehaviorSanitizer, dan fuzzing singkat (fuzz.short)"
  ctest --preset asan
  log "Menjalankan uji WebAssembly dan end-to-end"
  ctest --preset web
}

# A longer fuzzing run; the corpus it grows is kept in build/asan/fuzz-long for the next run.
run_fuzz() {
  local seconds="${1:-600}"
  case "$seconds" in ''|*[!0-9]*) die "durasi fuzzing harus berupa bilangan detik, bukan '$seconds'." ;; esac
  local leaks=1
  grep -q '^ASN_LSAN_WORKS:INTERNAL=OFF' "$ROOT/build/asan/CMakeCache.txt" 2>/dev/null && leaks=0
  ASN_LSAN="$leaks" bash "$ROOT/tests/fuzz/run_fuzz.sh" "$ROOT/build/asan/tests/fuzz/asn_fuzz_import" "$seconds" \
    "$ROOT/build/asan/fuzz-long" keep "$ROOT/tests/data/valid" "$ROOT/tests/data/malformed"
}

serve() {
  log "Situs tersedia di http://127.0.0.1:$PORT/  (Ctrl+C untuk berhenti)"
  exec node "$ROOT/tools/static-server.mjs" --root "$ROOT/dist" --port "$PORT"
}

main() {
  local cmd="${1:-}"
  cd "$ROOT"
  case "$cmd" in
    setup) setup ;;
    build) setup; build_native; build_web ;;
    test)  setup; build_native; build_asan; build_web; run_tests; log "Semua uji lulus." ;;
    fuzz)  ensure_system_packages; ensure_mbedtls; build_asan; run_fuzz "${2:-600}" || die "fuzzing menemukan masalah (lihat di atas)."; log "Fuzzing selesai tanpa crash." ;;
    serve) setup; build_web; serve ;;
    bench) setup; build_native; build_web; shift; ensure_browsers; node "$ROOT/bench/run.mjs" --no-build "$@" ;;
    *) echo "Pemakaian: $0 {serve|test|build|setup|fuzz [DETIK]|bench [--quick]}" >&2; exit 2 ;;
  esac
}

main "$@"
