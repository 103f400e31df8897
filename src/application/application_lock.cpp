// The draft lock (issue: personal data at rest): turning it on and off, opening it with the
// passphrase, and closing it again after the idle time. The key comes from the host
// (Platform::RequestKeyDerivation, WebCrypto PBKDF2 in the browser) frames later, matched by
// request id; the store (platform::LockedStore) does the sealing. A wrong passphrase writes nothing.
#include "application/application.hpp"

#include <algorithm>
#include <cstring>

namespace asn::application {
namespace {

constexpr const char* kUnlockRequest = "kunci:buka:";
constexpr const char* kTurnOnRequest = "kunci:baru:";

bool StartsWith(const std::string& text, const char* prefix) { return text.compare(0, std::strlen(prefix), prefix) == 0; }

}  // namespace

void Application::StartLock() {
  LockView& lock = state_.lock;
  lock.local_file = platform_.RunsFromLocalFile();
  lock.state = locked_.State();
  // Where every local HTML file may read this app's storage, the lock is asked for before
  // anything is typed (the user may decline, and is not asked again).
  lock.setup_offered = lock.state == platform::LockState::Off && lock.local_file && !saved_preferences_.lock_declined;
}

bool Application::Locked() const { return state_.lock.state == platform::LockState::Locked; }

void Application::NoteActivity() { last_activity_ = platform_.NowSeconds(); }

bool Application::CheckIdleLock() {
  if (state_.lock.state != platform::LockState::Unlocked) return false;
  const double limit = idle_limit_seconds_ > 0.0 ? idle_limit_seconds_ : state_.lock.idle_minutes * 60.0;
  if (platform_.NowSeconds() - last_activity_ < limit) return false;
  CloseLock(LockMessage::IdleLocked);
  return true;
}

void Application::CloseLock(LockMessage message) {
  Flush();
  // The open draft leaves memory with the key, unless it could not be saved (nothing is lost:
  // it stays, hidden behind the lock screen, and is saved once the lock is open again).
  if (state_.draft && !state_.draft->dirty) {
    state_.draft.reset();
    state_.screen = Screen::Home;
  }
  state_.undo.reset();
  state_.drafts.clear();
  state_.set_aside.clear();
  locked_.Lock();
  state_.lock.state = locked_.State();
  state_.lock.form_open = false;
  state_.lock.confirm_off = false;
  state_.lock.message = message;
}

void Application::ApplyLock(LockIntents& intents) {
  LockView& lock = state_.lock;
  if (intents.idle_minutes) {
    lock.idle_minutes = std::clamp(*intents.idle_minutes, 1, 240);
    SavePreferencesNow();
  }
  if (intents.open_form) {
    lock.form_open = true;
    lock.message = LockMessage::None;
  }
  if (intents.close_form) lock.form_open = false;
  if (intents.decline && lock.setup_offered) {
    lock.setup_offered = false;
    lock_declined_ = true;
    SavePreferencesNow();
  }
  if (intents.ask_turn_off) lock.confirm_off = true;
  if (intents.cancel_turn_off) lock.confirm_off = false;
  if (intents.lock_now && lock.state == platform::LockState::Unlocked) CloseLock(LockMessage::None);
  if (intents.confirm_turn_off && lock.state == platform::LockState::Unlocked) {
    lock.confirm_off = false;
    Flush();
    const platform::WriteStatus status = locked_.TurnOff();
    lock.state = locked_.State();
    lock.message = status == platform::WriteStatus::Ok ? LockMessage::TurnedOff : LockMessage::Failed;
    lock.detail = status == platform::WriteStatus::Ok ? "" : "penyimpanan penuh atau tidak tersedia; kunci tetap aktif";
    lock_declined_ = true;  // turned off on purpose: not offered again at start
    SavePreferencesNow();
    RefreshDraftList();
  }
  if (lock.deriving) return;  // one derivation at a time
  if (intents.unlock && lock.state == platform::LockState::Locked) {
    const std::optional<platform::LockRecord> record = locked_.Record();
    if (!record || record->garam.empty() || record->iterasi <= 0) {
      lock.message = LockMessage::Failed;
      lock.detail = "catatan kunci di penyimpanan rusak";
    } else {
      lock.request_id = kUnlockRequest + platform_.NewId();
      lock.deriving = true;
      lock.message = LockMessage::None;
      platform_.RequestKeyDerivation(lock.request_id, *intents.unlock,
                                     std::vector<unsigned char>(record->garam.begin(), record->garam.end()),
                                     record->iterasi);
    }
  }
  if (intents.turn_on && lock.state == platform::LockState::Off) {
    const LockIntents::NewPassphrase& p = *intents.turn_on;
    if (p.passphrase.size() < kMinPassphraseLength) {
      lock.message = LockMessage::TooShort;
    } else if (p.passphrase != p.repeated) {
      lock.message = LockMessage::Mismatch;
    } else {
      new_salt_ = locked_.NewSalt();
      lock.request_id = kTurnOnRequest + platform_.NewId();
      lock.deriving = true;
      lock.message = LockMessage::None;
      platform_.RequestKeyDerivation(lock.request_id, p.passphrase,
                                     std::vector<unsigned char>(new_salt_.begin(), new_salt_.end()),
                                     platform::kLockIterations);
    }
  }
  // The passphrase is not kept anywhere past this point.
  if (intents.unlock) std::fill(intents.unlock->begin(), intents.unlock->end(), '\0');
  if (intents.turn_on) {
    std::fill(intents.turn_on->passphrase.begin(), intents.turn_on->passphrase.end(), '\0');
    std::fill(intents.turn_on->repeated.begin(), intents.turn_on->repeated.end(), '\0');
  }
}

bool Application::ReceiveLockKey(platform::CryptoResult& result) {
  if (!StartsWith(result.request_id, kUnlockRequest) && !StartsWith(result.request_id, kTurnOnRequest)) return false;
  LockView& lock = state_.lock;
  if (result.request_id != lock.request_id) return true;  // superseded
  lock.deriving = false;
  lock.request_id.clear();
  if (!result.ok || result.derived_key.size() != 32) {
    lock.message = LockMessage::Failed;
    lock.detail = result.error.empty() ? "kunci tidak dapat dibuat dari kata sandi" : result.error;
    return true;
  }
  platform::SealKey key{};
  std::copy(result.derived_key.begin(), result.derived_key.end(), key.begin());
  std::fill(result.derived_key.begin(), result.derived_key.end(), '\0');
  if (StartsWith(result.request_id, kUnlockRequest)) {
    if (!locked_.Unlock(key)) {
      lock.message = LockMessage::WrongPassphrase;
    } else {
      lock.message = LockMessage::None;
      lock.state = locked_.State();
      NoteActivity();
      AfterUnlock();
    }
  } else {
    Flush();  // the open draft's last change goes in before everything is sealed
    const platform::WriteStatus status = locked_.TurnOn(key, new_salt_, platform::kLockIterations);
    lock.state = locked_.State();
    lock.setup_offered = false;
    lock.form_open = false;
    lock.message = lock.state != platform::LockState::Unlocked ? LockMessage::Failed
                   : status == platform::WriteStatus::Ok       ? LockMessage::TurnedOn
                                                               : LockMessage::PartlySealed;
    if (lock.state != platform::LockState::Unlocked) lock.detail = "penyimpanan penuh atau tidak tersedia";
    NoteActivity();
    RefreshDraftList();
  }
  key.fill(0);
  return true;
}

void Application::AfterUnlock() {
  // Drafts left plain (an interrupted turn-on, or written by an older version) are sealed now.
  locked_.SealPlainValues();
  store_.UpgradeLegacyEntries(&state_.set_aside, platform_.NowUtc());
  RefreshDraftList();
  if (state_.draft && state_.draft->dirty) state_.draft->save_state = SaveState::Pending;
}

void Application::SetIdleLockSecondsForTest(double seconds) { idle_limit_seconds_ = seconds; }

}  // namespace asn::application
