// The draft lock: the screen that asks for the passphrase (while locked, and at the one-file
// edition's first start), and Beranda's card that turns the lock on and off. Passphrases live in
// these fields only until they are handed over (then the fields are wiped).
#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/screens.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/text.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace asn::ui {
namespace {

// The fields' contents (one lock form is shown at a time).
struct Typed {
  std::string passphrase;
  std::string repeated;
};
Typed& Fields() {
  static Typed typed;
  return typed;
}
void Wipe(std::string& text) {
  std::fill(text.begin(), text.end(), '\0');
  text.clear();
}

// A masked field with its label above; true when Enter was pressed in it.
bool PassphraseField(const char* id, const char* label, std::string* value, float width) {
  TextUnformatted(label);
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(width);
  const bool entered = ImGui::InputText("##field", value, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  access::Describe(access::Role::TextField, label, {}, access::kProtected);  // never its content
  ImGui::PopID();
  TrackItem(id);
  return entered;
}

const char* MessageText(const LockView& lock) {
  switch (lock.message) {
    case LockMessage::None: return nullptr;
    case LockMessage::WrongPassphrase: return T("Kata sandi salah. Tidak ada yang berubah; coba lagi.");
    case LockMessage::TooShort: return T("Kata sandi minimal 8 karakter.");
    case LockMessage::Mismatch: return T("Kedua isian kata sandi tidak sama.");
    case LockMessage::TurnedOn: return T("Kunci aktif: setiap draf di peramban ini kini tersimpan terenkripsi.");
    case LockMessage::PartlySealed:
      return T("Kunci aktif, tetapi penyimpanan penuh: sebagian draf belum terenkripsi dan akan dienkripsi saat kunci dibuka berikutnya.");
    case LockMessage::TurnedOff: return T("Kunci dimatikan: draf kembali tersimpan tanpa enkripsi.");
    case LockMessage::Failed: return T("Kunci tidak dapat dipakai");
    case LockMessage::IdleLocked: return T("Aplikasi terkunci karena lama tidak dipakai.");
  }
  return nullptr;
}

void DrawMessage(const LockView& lock) {
  const char* text = MessageText(lock);
  if (text == nullptr) return;
  const bool good = lock.message == LockMessage::TurnedOn || lock.message == LockMessage::TurnedOff ||
                    lock.message == LockMessage::IdleLocked;
  std::string line = text;
  if (lock.message == LockMessage::Failed && !lock.detail.empty()) line += ": " + lock.detail + ".";
  if (good) {
    TextWrapped("%s", line.c_str());
  } else {
    ErrorText(line);
  }
  TrackItem("lock.message");
}

void DrawLimits() {
  Hint(T("Kata sandi yang terlupa tidak dapat dipulihkan oleh siapa pun: ekspor berkas JSON secara berkala sebagai cadangan."));
  Hint(T("Kunci melindungi draf yang tersimpan dari halaman lain di peramban ini, bukan dari orang yang memakai aplikasi saat kunci terbuka."));
}

// The two fields and the button that turn the lock on.
void DrawNewPassphraseForm(const LockView& lock, Intents& intents, float width) {
  Typed& typed = Fields();
  const float field = std::min(width, ImGui::GetFontSize() * 20.0f);
  // Enter in the first field goes on to the second (Dear ImGui's Tab order); Enter in the second submits.
  if (PassphraseField("lock.new", T("Kata sandi baru (minimal 8 karakter)"), &typed.passphrase, field)) {
    ImGui::SetKeyboardFocusHere();
  }
  const bool submit = PassphraseField("lock.repeat", T("Ulangi kata sandi"), &typed.repeated, field);
  ImGui::Spacing();
  if (lock.deriving) {
    TextUnformatted(T("Membuat kunci dari kata sandi…"));
    TrackItem("lock.working");
  } else if (Button("lock.turn_on", T("Kunci draf dengan kata sandi"), true) || submit) {
    intents.lock.turn_on = LockIntents::NewPassphrase{typed.passphrase, typed.repeated};
    Wipe(typed.passphrase);
    Wipe(typed.repeated);
  }
}

}  // namespace

bool LockScreenShown(const AppState& state) {
  return state.lock.state == platform::LockState::Locked || state.lock.setup_offered;
}

void DrawLockScreen(const AppState& state, Intents& intents) {
  const LockView& lock = state.lock;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, ImGui::GetFontSize() * 32.0f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
  // The language can be chosen before anything else.
  if (Button("lock.language.id", "Bahasa Indonesia", state.language == Language::Indonesian)) {
    intents.settings.language = Language::Indonesian;
  }
  SameLineOrWrap(ButtonWidth("English"));
  if (Button("lock.language.en", "English", state.language == Language::English)) intents.settings.language = Language::English;
  ImGui::Spacing();

  if (lock.state == platform::LockState::Locked) {
    Heading(T("Draf terkunci"), 1.6f);
    TrackItem("lock.title");
    TextWrapped("%s", T("Draf penilaian di peramban ini tersimpan terenkripsi. Masukkan kata sandi untuk membukanya."));
    ImGui::Spacing();
    Typed& typed = Fields();
    const bool entered = PassphraseField("lock.passphrase", T("Kata sandi"), &typed.passphrase,
                                         std::min(width, ImGui::GetFontSize() * 20.0f));
    // The field takes the keyboard when the lock screen appears.
    static int shown_frame = -10;
    if (shown_frame < ImGui::GetFrameCount() - 1) ImGui::SetKeyboardFocusHere(-1);
    shown_frame = ImGui::GetFrameCount();
    ImGui::Spacing();
    if (lock.deriving) {
      TextUnformatted(T("Membuka kunci…"));
      TrackItem("lock.working");
    } else if (Button("lock.unlock", T("Buka kunci"), true) || entered) {
      intents.lock.unlock = typed.passphrase;
      Wipe(typed.passphrase);
    }
    ImGui::Spacing();
    DrawMessage(lock);
    ImGui::Spacing();
    DrawLimits();
  } else {
    Heading(T("Lindungi draf dengan kata sandi"), 1.6f);
    TrackItem("lock.title");
    TextWrapped("%s", T("Aplikasi ini dibuka dari berkas di perangkat. Di peramban, setiap berkas HTML lain yang dibuka dari perangkat dapat membaca penyimpanan yang sama — termasuk nama, NIP dan penilaian di draf Anda. Dengan kata sandi, draf tersimpan terenkripsi (AES-256-GCM) dan hanya terbuka dengan kata sandi itu."));
    ImGui::Spacing();
    DrawNewPassphraseForm(lock, intents, width);
    ImGui::Spacing();
    DrawMessage(lock);
    ImGui::Spacing();
    DrawLimits();
    ImGui::Spacing();
    if (!lock.deriving && Button("lock.decline", T("Lanjut tanpa kunci"))) intents.lock.decline = true;
    Hint(T("Tanpa kunci, draf tersimpan tanpa enkripsi. Kunci dapat diaktifkan kapan saja dari Beranda."));
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

void DrawLockCard(const AppState& state, Intents& intents, float width) {
  const LockView& lock = state.lock;
  if (BeginCard("home.lock", width)) {
    Heading(T("Kunci draf dengan kata sandi"), 1.15f);
    if (lock.state == platform::LockState::Unlocked) {
      TextWrapped("%s", T("Draf di peramban ini tersimpan terenkripsi (AES-256-GCM) dan hanya terbuka dengan kata sandi."));
      TrackItem("lock.status");
      static const int kMinutes[] = {5, 15, 30, 60};
      TextUnformatted(T("Kunci lagi setelah tidak dipakai selama"));
      const std::string current = std::to_string(lock.idle_minutes) + " " + T("menit");
      ImGui::SetNextItemWidth(std::min(width, ImGui::GetFontSize() * 10.0f));
      if (BeginCombo("##lock.idle", current.c_str())) {
        for (int minutes : kMinutes) {
          const std::string label = std::to_string(minutes) + " " + T("menit");
          if (ChoiceItem(label.c_str(), minutes == lock.idle_minutes)) intents.lock.idle_minutes = minutes;
          TrackItem(("lock.idle." + std::to_string(minutes)).c_str());
        }
        ImGui::EndCombo();
      }
      TrackItem("lock.idle");
      ImGui::Spacing();
      if (Button("lock.lock_now", T("Kunci sekarang"), true)) intents.lock.lock_now = true;
      SameLineOrWrap(ButtonWidth(T("Matikan kunci…")));
      if (!lock.confirm_off && Button("lock.turn_off", T("Matikan kunci…"))) intents.lock.ask_turn_off = true;
      if (lock.confirm_off) {
        ImGui::Spacing();
        ErrorText(T("Tanpa kunci, setiap draf ditulis ulang tanpa enkripsi dan dapat dibaca halaman lain di peramban ini."));
        if (Button("lock.confirm_off", T("Ya, matikan kunci"), true)) intents.lock.confirm_turn_off = true;
        SameLineOrWrap(ButtonWidth(T("Batal")));
        if (Button("lock.cancel_off", T("Batal"))) intents.lock.cancel_turn_off = true;
      }
    } else {
      TextWrapped("%s", T("Dengan kata sandi, draf tersimpan terenkripsi: halaman lain di peramban ini tidak dapat membaca nama, NIP atau penilaian di dalamnya."));
      TrackItem("lock.status");
      if (lock.local_file) {
        ErrorText(T("Disarankan: aplikasi dibuka dari berkas di perangkat, dan setiap berkas HTML lain yang dibuka dari perangkat dapat membaca penyimpanan yang sama."));
      }
      ImGui::Spacing();
      if (!lock.form_open) {
        if (Button("lock.open_form", T("Aktifkan kunci…"))) intents.lock.open_form = true;
      } else {
        DrawNewPassphraseForm(lock, intents, width);
        if (!lock.deriving) {
          SameLineOrWrap(ButtonWidth(T("Batal")));
          if (Button("lock.close_form", T("Batal"))) intents.lock.close_form = true;
        }
      }
    }
    ImGui::Spacing();
    DrawMessage(lock);
    if (lock.state != platform::LockState::Off || lock.form_open) DrawLimits();
  }
  EndCard();
  TrackItem("home.lock");
}

}  // namespace asn::ui
