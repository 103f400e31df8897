#pragma once
// The Indonesian → English tables behind T() (strings.cpp), split by area to keep files readable.
#include <string_view>
#include <unordered_map>

namespace asn::ui {

const std::unordered_map<std::string_view, const char*>& WorkshopEnglishTable();
const std::unordered_map<std::string_view, const char*>& OfficialEnglishTable();
const std::unordered_map<std::string_view, const char*>& HelpEnglishTable();
const std::unordered_map<std::string_view, const char*>& SignatureEnglishTable();
const std::unordered_map<std::string_view, const char*>& LockEnglishTable();
const std::unordered_map<std::string_view, const char*>& AccessEnglishTable();

}  // namespace asn::ui
