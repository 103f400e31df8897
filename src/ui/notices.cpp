#include "ui/notices.hpp"

#include "ui/access_capture.hpp"
#include "ui/item_registry.hpp"
#include "ui/strings.hpp"
#include "ui/text.hpp"

#include <imgui.h>

namespace asn::ui {

std::string NoticeText(const Notice& notice) {
  const std::string& d = notice.detail;
  switch (notice.kind) {
    case NoticeKind::None: return "";
    case NoticeKind::Exported: return std::string(T("Berkas diekspor")) + ": " + d;
    case NoticeKind::DownloadRefused: return std::string(T("Peramban menolak mengunduh berkas")) + " " + d;
    case NoticeKind::Imported:
      return std::string(T("Berkas diimpor sebagai draf baru")) + ": " + (d.empty() ? T("teks tempel") : d.c_str());
    case NoticeKind::ReportRefused:
      return T("Peramban menolak membuka tab baru untuk laporan (izinkan pop-up untuk halaman ini).");
    case NoticeKind::UnsavedChanges:
      return T("Perubahan pada draf yang terbuka belum tersimpan. Ekspor berkasnya atau simpan sebagai draf baru lebih dulu.");
    case NoticeKind::LoadFailed: return std::string(T("Draf tidak dapat dibuka")) + ": " + d;
    case NoticeKind::PersonaLoaded: return std::string(T("Contoh dimuat sebagai draf baru")) + ": " + d;
    case NoticeKind::DemoReset: return std::string(T("Demo diatur ulang; draf contoh dihapus")) + ": " + d;
    case NoticeKind::RecapStopped: return T("Pemuatan rekap dihentikan; berkas yang sudah dibaca tetap dihitung.");
    case NoticeKind::CsvDownloaded: return std::string(T("CSV rekap diunduh")) + ": " + d;
    case NoticeKind::FeedbackAdded: return std::string(T("Umpan balik dicatat")) + ": " + d;
    case NoticeKind::SignedDigitally:
      return std::string(T("Tanda tangan digital dibuat dengan kunci di peramban ini — sidik kunci")) + " " + d;
    case NoticeKind::NewSigningKey: {
      const std::size_t bar = d.find('|');
      return std::string(T("Kunci tanda tangan baru dibuat untuk NIP ini (sidik kunci")) + " " + d.substr(0, bar) + "). " +
             T("Kunci sebelumnya tidak ada lagi di peramban ini (data situs dihapus atau perangkat lain); serahkan sidik kunci baru ke BKD. Sidik kunci lama:") +
             " " + (bar == std::string::npos ? std::string() : d.substr(bar + 1));
    }
    case NoticeKind::SigningFailed:
      return std::string(T("Tanda tangan digital tidak dapat dibuat")) + ": " + d + ". " +
             T("Penilaian tetap ditandatangani; coba lagi dengan Tanda tangani secara digital.");
    case NoticeKind::SignatureInvalid:
      return T("Peringatan: tanda tangan digital TIDAK SAH — isi berkas berubah setelah ditandatangani.");
    case NoticeKind::PublicKeyExported: return std::string(T("Kunci publik diekspor untuk BKD")) + ": " + d;
  }
  return "";
}

bool IsArrivalNotice(const Notice& notice) {
  switch (notice.kind) {
    case NoticeKind::Imported:
    case NoticeKind::LoadFailed:
    case NoticeKind::PersonaLoaded:
    case NoticeKind::DemoReset:
    case NoticeKind::SignatureInvalid: return true;
    default: return false;
  }
}

void DrawNotice(const Notice& notice, const char* id) {
  if (notice.empty()) return;
  const std::string text = NoticeText(notice);
  TextWrapped("%s", text.c_str());
  access::Announce(true);  // an import's or export's result, said to screen-reader users when it appears
  TrackItem(id);
}

}  // namespace asn::ui
