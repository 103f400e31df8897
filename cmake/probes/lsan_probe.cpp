// Configure-time probe (cmake/SanitizerEnv.cmake): leaks 64 bytes on purpose. Where LeakSanitizer
// works, running this reports "detected memory leaks"; where it cannot run (e.g. ptrace denied in a
// container) it reports a fatal LeakSanitizer error instead.
#include <cstdlib>
#include <cstring>

void* volatile g_sink = nullptr;

int main() {
  g_sink = std::malloc(64);
  std::memset(g_sink, 1, 64);
  g_sink = nullptr;
  return 0;
}
