#pragma once
// What the UI draws — the application layer's AppState — and what it hands back — Intents
// (src/application/). The screens use these names unqualified.
#include "application/app_state.hpp"
#include "application/intents.hpp"
#include "ui/strings.hpp"

namespace asn::ui {

using application::AppState;
using application::DraftIntents;
using application::ImportDialog;
using application::Intents;
using application::Language;
using application::LockIntents;
using application::LockMessage;
using application::LockView;
using application::Notice;
using application::NoticeKind;
using application::OpenDraft;
using application::RecapState;
using application::SaveState;
using application::SignatureStatus;
using application::SignatureView;
using application::Screen;
using application::Theme;

}  // namespace asn::ui
