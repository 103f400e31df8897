#include "core/rules_distribution.hpp"

#include "core/format_keys.hpp"
#include "core/json_reader.hpp"
#include "core/submission_format.hpp"

#include <cstdio>

namespace asn::embedded {
std::string_view DistributionGuidanceJson();
}  // namespace asn::embedded

namespace asn::core {
namespace {

using json = nlohmann::json;

// 74 or 70.4: a share of staff as people read it.
std::string Percent(int count, int total) {
  char text[32];
  const double value = total > 0 ? 100.0 * count / total : 0.0;
  if (total > 0 && (100 * count) % total == 0) {
    std::snprintf(text, sizeof text, "%d", 100 * count / total);
  } else {
    std::snprintf(text, sizeof text, "%.1f", value);
  }
  return text;
}

std::string PredikatList(const DistributionBound& bound, Language language) {
  std::string out;
  for (std::size_t i = 0; i < bound.predikat.size(); ++i) {
    if (i > 0) out += language == Language::English ? " and/or " : " dan/atau ";
    out += PredikatName(bound.predikat[i]);
  }
  return out;
}

std::optional<DistributionBound> ReadBound(JsonReader& r, const json& item, const std::string& path) {
  if (!item.is_object()) {
    r.Add("wrong_type", path, std::string("harus berupa objek, bukan ") + JsonTypeName(item));
    return std::nullopt;
  }
  DistributionBound bound;
  const json* list = r.Array(item, path, "predikat", kPredikatCount);
  if (list == nullptr) return std::nullopt;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& key = (*list)[i];
    const std::optional<Predikat> p = key.is_string() ? PredikatFromKey(key.get<std::string>()) : std::nullopt;
    if (!p) {
      r.Add("unknown_value", IndexPath(MemberPath(path, "predikat"), i),
            "predikat tidak dikenal; yang diizinkan: \"sangat_kurang\", \"kurang_misconduct\", \"butuh_perbaikan\", \"baik\", \"sangat_baik\"");
      return std::nullopt;
    }
    bound.predikat.push_back(*p);
  }
  if (bound.predikat.empty()) r.Add("missing_value", MemberPath(path, "predikat"), "sebutkan paling sedikit satu predikat");
  static const std::pair<const char*, BoundKind> kKinds[] = {{"paling_banyak_persen", BoundKind::AtMostPercent},
                                                              {"paling_sedikit_persen", BoundKind::AtLeastPercent},
                                                              {"paling_sedikit_orang", BoundKind::AtLeastPeople}};
  int found = 0;
  for (const auto& [key, kind] : kKinds) {
    if (!item.contains(key)) continue;
    ++found;
    bound.kind = kind;
    bound.value = r.Integer(item, path, key, 0, kind == BoundKind::AtLeastPeople ? 100000 : 100, 0);
  }
  for (const auto& member : item.items()) {
    if (member.key() == "predikat") continue;
    bool known = false;
    for (const auto& k : kKinds) known = known || member.key() == k.first;
    if (!known) r.Add("unknown_member", path + "." + member.key(), "anggota tidak dikenal " + Quoted(member.key()));
  }
  if (found != 1) {
    r.Add("wrong_count", path, "tepat satu dari paling_banyak_persen, paling_sedikit_persen, paling_sedikit_orang");
    return std::nullopt;
  }
  return bound;
}

}  // namespace

const char* OrganisationRatingName(OrganisationRating rating) {
  switch (rating) {
    case OrganisationRating::Istimewa: return "Istimewa";
    case OrganisationRating::Baik: return "Baik";
    case OrganisationRating::ButuhPerbaikan: return "Butuh Perbaikan";
    case OrganisationRating::Kurang: return "Kurang";
    case OrganisationRating::SangatKurang: return "Sangat Kurang";
  }
  return "";
}

std::optional<DistributionGuidance> ParseDistributionGuidance(std::string_view text, Problems& problems) {
  const std::size_t before = problems.size();
  std::optional<json> doc = ParseReferenceData(text, "asn-kinerja-kurva", problems);
  if (!doc) return std::nullopt;
  JsonReader r(problems);
  r.Object(*doc, "$", {"format", "versi", "sumber", "keterangan", "kurva"});
  DistributionGuidance guidance;
  guidance.sumber = r.Text(*doc, "$", "sumber", kMaxTextChars);
  guidance.keterangan = r.Text(*doc, "$", "keterangan", kMaxTextChars);
  std::array<bool, kOrganisationRatingCount> seen{};
  if (const json* curves = r.Array(*doc, "$", "kurva", kOrganisationRatingCount)) {
    for (std::size_t i = 0; i < curves->size(); ++i) {
      const json& item = (*curves)[i];
      const std::string path = IndexPath("$.kurva", i);
      if (!r.Object(item, path, {"capaian", "batas"})) continue;
      const std::optional<OrganisationRating> capaian = r.Keyword<OrganisationRating>(
          item, path, "capaian", OrganisationRatingFromKey, "\"istimewa\", \"baik\", \"butuh_perbaikan\", \"kurang\", \"sangat_kurang\"");
      const json* bounds = r.Array(item, path, "batas", 20);
      if (!capaian || bounds == nullptr) continue;
      seen[static_cast<std::size_t>(*capaian)] = true;
      for (std::size_t b = 0; b < bounds->size(); ++b) {
        if (auto bound = ReadBound(r, (*bounds)[b], IndexPath(MemberPath(path, "batas"), b))) {
          guidance.bounds[static_cast<std::size_t>(*capaian)].push_back(std::move(*bound));
        }
      }
    }
  }
  for (std::size_t c = 0; c < seen.size(); ++c) {
    if (!seen[c]) {
      r.Add("missing_value", "$.kurva", std::string("kurva untuk capaian ") + OrganisationRatingName(static_cast<OrganisationRating>(c)) +
                                            " belum ada");
    }
  }
  if (problems.size() != before) return std::nullopt;
  return guidance;
}

std::string WriteDistributionGuidance(const DistributionGuidance& guidance) {
  static const char* const kKindKeys[] = {"paling_banyak_persen", "paling_sedikit_persen", "paling_sedikit_orang"};
  json curves = json::array();
  for (std::size_t c = 0; c < guidance.bounds.size(); ++c) {
    json bounds = json::array();
    for (const DistributionBound& b : guidance.bounds[c]) {
      json& bound = bounds.emplace_back(json::object());
      json& predikat = bound["predikat"] = json::array();
      for (Predikat p : b.predikat) predikat.push_back(PredikatKey(p));
      bound[kKindKeys[static_cast<int>(b.kind)]] = b.value;
    }
    json& curve = curves.emplace_back(json::object());
    curve["capaian"] = OrganisationRatingKey(static_cast<OrganisationRating>(c));
    curve["batas"] = std::move(bounds);
  }
  json doc = json::object();  // member by member: smaller code than nested initializer lists
  doc["format"] = "asn-kinerja-kurva";
  doc["versi"] = 1;
  doc["sumber"] = guidance.sumber;
  doc["keterangan"] = guidance.keterangan;
  doc["kurva"] = std::move(curves);
  return doc.dump();
}

const DistributionGuidance& DefaultDistributionGuidance() {
  // Embedded and covered by the tests: a failure is a programming error, not a user's.
  static const DistributionGuidance guidance = [] {
    Problems problems;
    return ParseDistributionGuidance(embedded::DistributionGuidanceJson(), problems).value_or(DistributionGuidance{});
  }();
  return guidance;
}

std::vector<BoundCheck> CheckDistribution(const std::array<int, kPredikatCount>& counts,
                                          const std::vector<DistributionBound>& bounds) {
  int total = 0;
  for (int c : counts) total += c;
  std::vector<BoundCheck> out;
  if (total == 0) return out;
  for (const DistributionBound& bound : bounds) {
    BoundCheck check;
    check.bound = bound;
    check.total = total;
    for (Predikat p : bound.predikat) check.count += counts[static_cast<std::size_t>(p)];
    switch (bound.kind) {
      case BoundKind::AtMostPercent:
        check.limit = bound.value * total / 100;  // ⌊p·N/100⌋: the most people within p %
        check.broken = check.count > check.limit;
        check.by = check.count - check.limit;
        break;
      case BoundKind::AtLeastPercent:
        check.limit = (bound.value * total + 99) / 100;  // ⌈p·N/100⌉: the fewest people reaching p %
        check.broken = check.count < check.limit;
        check.by = check.limit - check.count;
        break;
      case BoundKind::AtLeastPeople:
        check.limit = bound.value;
        check.broken = check.count < check.limit;
        check.by = check.limit - check.count;
        break;
    }
    if (!check.broken) check.by = 0;
    out.push_back(check);
  }
  return out;
}

std::string BoundText(const DistributionBound& bound, Language language) {
  const bool en = language == Language::English;
  const std::string who = PredikatList(bound, language);
  switch (bound.kind) {
    case BoundKind::AtMostPercent:
      if (bound.value == 0) return who + (en ? ": none" : " tidak ada");
      return who + (en ? " at most " : " paling banyak ") + std::to_string(bound.value) + " %";
    case BoundKind::AtLeastPercent: return who + (en ? " at least " : " paling sedikit ") + std::to_string(bound.value) + " %";
    case BoundKind::AtLeastPeople:
      return who + (en ? " at least " : " paling sedikit ") + std::to_string(bound.value) +
             (en ? (bound.value == 1 ? " person" : " people") : " orang");
  }
  return who;
}

std::string BoundVerdict(const BoundCheck& check, Language language) {
  const bool en = language == Language::English;
  const DistributionBound& b = check.bound;
  std::string limit;
  switch (b.kind) {
    case BoundKind::AtMostPercent:
      limit = (b.value == 0 ? std::string(en ? "none" : "tidak ada")
                            : (en ? "at most " : "paling banyak ") + std::to_string(b.value) + " % (" + std::to_string(check.limit) + ")");
      break;
    case BoundKind::AtLeastPercent:
      limit = (en ? "at least " : "paling sedikit ") + std::to_string(b.value) + " % (" + std::to_string(check.limit) + ")";
      break;
    case BoundKind::AtLeastPeople:
      limit = (en ? "at least " : "paling sedikit ") + std::to_string(b.value) + (en ? " people" : " orang");
      break;
  }
  std::string out = PredikatList(b, language) + " " + Percent(check.count, check.total) + " %" +
                    (en ? " of " : " dari ") + std::to_string(check.total) + (en ? " staff (" : " pegawai (") +
                    std::to_string(check.count) + (en ? "); bound " : " orang); batas ") + limit + ": ";
  if (!check.broken) return out + (en ? "within the bound" : "sesuai");
  const bool over = b.kind == BoundKind::AtMostPercent;
  return out + (over ? (en ? "over by " : "lebih ") : (en ? "short by " : "kurang ")) + std::to_string(check.by) +
         (en ? (check.by == 1 ? " person" : " people") : " orang");
}

}  // namespace asn::core
