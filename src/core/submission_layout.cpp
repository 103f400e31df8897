#include "core/submission_layout.hpp"

#include "core/json_text.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace asn::core {
namespace {

// Each kind of object in a file, by its path ("[]": any item of an array), with its members in the
// order the file writes them.
struct Layout {
  std::string_view path;
  std::vector<std::string_view> members;
};

const std::vector<Layout>& Layouts() {
  static const std::vector<std::string_view> kPerson = {"nama", "nip", "pangkat_golongan", "jabatan",
                                                        "jenis_jabatan", "unit_kerja"};
  static const std::vector<Layout> kLayouts = {
      {"$", {"format", "versi", "contoh", "instansi", "pegawai", "penilai", "atasan_penilai", "periode", "kompetensi",
             "skp", "perilaku", "umpan_balik_berkelanjutan", "evaluasi", "rencana_pengembangan", "metode_jpm", "status",
             "tanda_tangan", "integritas"}},
      {"$.pegawai", kPerson},
      {"$.penilai", kPerson},
      {"$.atasan_penilai", kPerson},
      {"$.periode", {"tahun", "jenis", "ke", "mulai", "selesai"}},
      {"$.kompetensi[]", {"kode", "nama", "jenis", "level_standar", "level_mandiri", "level_atasan", "bukti",
                          "umpan_balik", "definisi", "deskripsi_level"}},
      {"$.skp", {"pendekatan", "rhk", "lampiran"}},
      {"$.skp.rhk[]", {"id", "jenis", "rhk_pimpinan", "rhk", "aspek", "perspektif", "iki", "target", "satuan",
                       "realisasi", "bukti_dukung", "umpan_balik"}},
      {"$.skp.lampiran", {"dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi"}},
      {"$.perilaku", {"nilai"}},
      {"$.perilaku.nilai[]", {"kode", "refleksi_mandiri", "catatan_atasan", "ekspektasi_pimpinan"}},
      {"$.umpan_balik_berkelanjutan[]", {"tanggal", "rhk_id", "perilaku", "umpan_balik", "tanggapan_pegawai"}},
      {"$.evaluasi", {"rating_hasil_kerja", "rating_perilaku", "capaian_kinerja_organisasi", "umpan_balik",
                      "catatan_rekomendasi", "tempat", "tanggal"}},
      {"$.rencana_pengembangan[]", {"kode_kompetensi", "kegiatan", "jenis", "target_tanggal", "keterangan"}},
      {"$.metode_jpm", {"batas", "kategori_optimal", "kategori_cukup_optimal", "teknis", "bobot_teknis"}},
      {"$.status", {"tahap", "dibuat", "diperbarui", "diajukan", "dinilai"}},
      {"$.tanda_tangan", {"algoritma", "kunci_publik", "nilai", "fingerprint", "waktu"}},
      {"$.integritas", {"algoritma", "nilai"}},
  };
  return kLayouts;
}

const std::vector<std::string_view>* MembersOf(const std::string& path) {
  for (const Layout& layout : Layouts()) {
    if (layout.path == path) return &layout.members;
  }
  return nullptr;
}

class FileOrderWriter {
 public:
  FileOrderWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

  void Value(const nlohmann::json& value, const std::string& path, int depth) {
    switch (value.type()) {
      case nlohmann::json::value_t::object: return Object(value, path, depth);
      case nlohmann::json::value_t::array: return Array(value, path, depth);
      case nlohmann::json::value_t::string:
        return WriteJsonString(value.get_ref<const std::string&>(),
                               [this](const char* bytes, std::size_t size) { out_.append(bytes, size); });
      case nlohmann::json::value_t::boolean: out_ += value.get<bool>() ? "true" : "false"; return;
      case nlohmann::json::value_t::number_integer: out_ += std::to_string(value.get<std::int64_t>()); return;
      case nlohmann::json::value_t::number_unsigned: out_ += std::to_string(value.get<std::uint64_t>()); return;
      case nlohmann::json::value_t::number_float: out_ += value.dump(); return;  // not in an assessment
      default: out_ += "null";
    }
  }

 private:
  void Object(const nlohmann::json& value, const std::string& path, int depth) {
    if (value.empty()) {
      out_ += "{}";
      return;
    }
    std::vector<nlohmann::json::const_iterator> members;
    members.reserve(value.size());
    if (const std::vector<std::string_view>* order = MembersOf(path)) {
      for (std::string_view key : *order) {
        const auto it = value.find(key);
        if (it != value.end()) members.push_back(it);
      }
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (std::find(order->begin(), order->end(), it.key()) == order->end()) members.push_back(it);
      }
    } else {
      for (auto it = value.begin(); it != value.end(); ++it) members.push_back(it);
    }
    out_ += '{';
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (i > 0) out_ += ',';
      NewLine(depth + 1);
      WriteJsonString(members[i].key(), [this](const char* bytes, std::size_t size) { out_.append(bytes, size); });
      out_ += indent_ >= 0 ? ": " : ":";
      Value(members[i].value(), path + "." + members[i].key(), depth + 1);
    }
    NewLine(depth);
    out_ += '}';
  }

  void Array(const nlohmann::json& value, const std::string& path, int depth) {
    if (value.empty()) {
      out_ += "[]";
      return;
    }
    const std::string item_path = path + "[]";
    out_ += '[';
    bool first = true;
    for (const nlohmann::json& item : value) {
      if (!first) out_ += ',';
      first = false;
      NewLine(depth + 1);
      Value(item, item_path, depth + 1);
    }
    NewLine(depth);
    out_ += ']';
  }

  void NewLine(int depth) {
    if (indent_ < 0) return;
    out_ += '\n';
    out_.append(static_cast<std::size_t>(depth * indent_), ' ');
  }

  std::string& out_;
  int indent_;
};

}  // namespace

std::string WriteInFileOrder(const nlohmann::json& document, int indent) {
  std::string out;
  FileOrderWriter(out, indent).Value(document, "$", 0);
  return out;
}

}  // namespace asn::core
