#include "ui/app_shell.hpp"

#include "ui/home_screen.hpp"
#include "ui/item_registry.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace asn::ui {
namespace {

void DrawMenuBar(const AppState& state, Intents& intents) {
  if (!ImGui::BeginMenuBar()) return;
  Heading(Tr(Text::AppTitle));
  TrackItem("menu.title");
  ImGui::Spacing();

  const bool view_open = ImGui::BeginMenu(Tr(Text::MenuView));
  TrackItem("menu.view");
  if (view_open) {
    if (ImGui::MenuItem(Tr(Text::ItemLightTheme), nullptr, state.theme == Theme::Light)) intents.set_theme = Theme::Light;
    TrackItem("menu.view.light");
    if (ImGui::MenuItem(Tr(Text::ItemDarkTheme), nullptr, state.theme == Theme::Dark)) intents.set_theme = Theme::Dark;
    TrackItem("menu.view.dark");
    ImGui::EndMenu();
  }

  const bool language_open = ImGui::BeginMenu(Tr(Text::MenuLanguage));
  TrackItem("menu.language");
  if (language_open) {
    if (ImGui::MenuItem("Bahasa Indonesia", nullptr, state.language == Language::Indonesian)) {
      intents.set_language = Language::Indonesian;
    }
    TrackItem("menu.language.id");
    if (ImGui::MenuItem("English", nullptr, state.language == Language::English)) intents.set_language = Language::English;
    TrackItem("menu.language.en");
    ImGui::EndMenu();
  }

  const bool help_open = ImGui::BeginMenu(Tr(Text::MenuHelp));
  TrackItem("menu.help");
  if (help_open) {
    if (ImGui::MenuItem(Tr(Text::ItemAbout))) intents.open_about = true;
    TrackItem("menu.help.about");
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

void DrawAboutDialog(const AppState& state, Intents& intents) {
  const char* popup_id = "about_dialog";
  if (state.about_open && !ImGui::IsPopupOpen(popup_id)) ImGui::OpenPopup(popup_id);
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 18, 0), ImVec2(ImGui::GetFontSize() * 34, FLT_MAX));
  if (ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    Heading(Tr(Text::AboutTitle));
    ImGui::Separator();
    ImGui::TextWrapped("%s", Tr(Text::AboutBody));
    ImGui::Spacing();
    if (ImGui::Button(Tr(Text::Close)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      intents.close_about = true;
      ImGui::CloseCurrentPopup();
    }
    TrackItem("about.close");
    ImGui::EndPopup();
  }
}

}  // namespace

Intents DrawAppShell(const AppState& state) {
  Intents intents;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoSavedSettings;
  ImGui::Begin("##app", nullptr, flags);
  DrawMenuBar(state, intents);
  switch (state.screen) {
    case Screen::Home:
      DrawHomeScreen(state, intents);
      break;
  }
  DrawAboutDialog(state, intents);
  ImGui::End();
  return intents;
}

}  // namespace asn::ui
