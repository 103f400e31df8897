#pragma once
// One function per screen or dialog (each in its own file). They draw AppState and fill Intents;
// screens that edit the open draft change its working copy and set intents.draft.edited.
#include "ui/view_model.hpp"

#include <string>

namespace asn::ui {

void DrawHomeScreen(const AppState& state, Intents& intents);
void DrawProfileScreen(AppState& state, Intents& intents);
void DrawCompetencyScreen(AppState& state, Intents& intents);
void DrawResultsScreen(AppState& state, Intents& intents);
void DrawBehaviourScreen(AppState& state, Intents& intents);
void DrawFeedbackScreen(AppState& state, Intents& intents);
void DrawSummaryScreen(const AppState& state, Intents& intents);
void DrawReviewScreen(AppState& state, Intents& intents);
void DrawRecapScreen(AppState& state, Intents& intents);

// Parts of a screen kept in a file of their own.
void DrawSkpAttachment(core::Skp& skp, Intents& intents);             // SKP screen: Lampiran SKP
void DrawEvaluationCard(AppState& state, Intents& intents, bool editable);  // review screen: the evaluation
void DrawDocumentsCard(const AppState& state, Intents& intents);     // summary and review: the documents
void DrawSignatureCard(const AppState& state, Intents& intents);     // review screen: the digital signature
// The signature card's status line (also read by the test API: what the card shows).
std::string SignatureStatusText(const AppState& state);

// The draft lock: the passphrase screen (instead of everything else while it is shown) and
// Beranda's card.
bool LockScreenShown(const AppState& state);
void DrawLockScreen(const AppState& state, Intents& intents);
void DrawLockCard(const AppState& state, Intents& intents, float width);

void DrawImportDialog(AppState& state, Intents& intents);
void DrawDeleteDialog(const AppState& state, Intents& intents);
void DrawResetWorkshopDialog(const AppState& state, Intents& intents);
void DrawShortcutsDialog(const AppState& state, Intents& intents);
void DrawWalkthrough(const AppState& state, Intents& intents);

// Display names, and the screen's key in test ids ("nav.<key>") and the test API.
const char* StageName(core::Stage stage);
const char* ScreenName(Screen screen);
const char* ScreenKey(Screen screen);

}  // namespace asn::ui
