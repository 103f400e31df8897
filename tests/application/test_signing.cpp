// Digital signatures in the application layer (application_signing.cpp), on the fake platform's
// real Ed25519: made after the sign-off, checked when a signed draft is opened or imported, a new
// key explained, the public key exported for the office, answers about another draft ignored.
#include "application/application.hpp"
#include "core/integrity.hpp"
#include "core/signature.hpp"
#include "core/submission_format.hpp"
#include "app_steps.hpp"
#include "fake_platform.hpp"
#include "persona.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <functional>

using namespace asn;
using application::Application;
using application::Intents;
using application::NoticeKind;
using application::SignatureStatus;
using test::Act;
using test::FakePlatform;
using test::Frame;

namespace {

// A submitted self-assessment (the guru persona, not yet reviewed) as the supervisor receives it.
std::string Submitted(const std::string& penilai_nip = "") {
  core::Assessment a = test::Persona("guru");
  a.status.tahap = core::Stage::Diajukan;
  a.status.dinilai.reset();
  a.tanda_tangan.reset();
  if (!penilai_nip.empty()) a.penilai.nip = penilai_nip;
  return core::ExportSubmission(a);
}

struct Supervisor {
  FakePlatform platform;
  Application app{platform};
  Supervisor() { app.Start(); }
  // Imports `file` and signs it off (confirmed); the answer of the host is not yet taken.
  void ImportAndSignOff(const std::string& file) {
    platform.Deliver({"diajukan.json", file, "", false});
    Frame(app);
    REQUIRE(app.State().draft);
    Act(app, [](Intents& i) { i.review.ask_sign_off = true; });
    Act(app, [](Intents& i) { i.review.sign_off = true; });
    REQUIRE(app.State().draft->assessment.status.tahap == core::Stage::Dinilai);
  }
  const core::Assessment& Open() const { return app.State().draft->assessment; }
};

}  // namespace

TEST_CASE("sign-off signs the review with the supervisor's key; the exported file verifies") {
  Supervisor s;
  s.ImportAndSignOff(Submitted());
  CHECK(s.app.State().signature.status == SignatureStatus::Signing);
  CHECK_FALSE(s.Open().tanda_tangan);
  Frame(s.app);  // the host's answer arrives
  REQUIRE(s.Open().tanda_tangan);
  const core::SupervisorSignature sig = *s.Open().tanda_tangan;
  CHECK(s.app.State().signature.status == SignatureStatus::Valid);
  CHECK(s.app.State().notice.kind == NoticeKind::SignedDigitally);
  CHECK(s.app.State().notice.detail == sig.fingerprint);
  CHECK(sig.fingerprint == core::KeyFingerprint(*core::Base64Decode(sig.kunci_publik)));
  CHECK(s.Open().status.diperbarui == *s.Open().status.dinilai);  // frozen at the sign-off
  CHECK(s.platform.store.Get(std::string(platform::kDraftPrefix) + s.app.State().draft->id).value_or("").find(sig.nilai) !=
        std::string::npos);

  Act(s.app, [](Intents& i) { i.file.export_draft = true; });
  REQUIRE(s.platform.downloads.size() == 1);
  const core::ImportResult exported = core::ImportSubmission(s.platform.downloads[0].second);
  REQUIRE(exported.ok());
  CHECK(platform::VerifyImportedSignature(exported));

  // The fingerprint is remembered for the NIP, with the settings.
  CHECK(s.app.State().signing_keys.at(s.Open().penilai.nip) == std::vector<std::string>{sig.fingerprint});
  CHECK(platform::LoadPreferences(s.platform.store).signing_keys.at(s.Open().penilai.nip).front() == sig.fingerprint);
}

TEST_CASE("signed files are checked on import: a changed one is flagged, with a notice") {
  Supervisor s;
  s.ImportAndSignOff(Submitted());
  Frame(s.app);
  Act(s.app, [](Intents& i) { i.file.export_draft = true; });
  const std::string file = s.platform.downloads.at(0).second;

  Supervisor office;  // a fresh browser
  office.platform.hold_crypto = true;
  office.platform.Deliver({"ditandatangani.json", file, "", false});
  Frame(office.app);
  CHECK(office.app.State().signature.status == SignatureStatus::Checking);
  CHECK(office.platform.verification_requests == 1);
  office.platform.hold_crypto = false;
  Frame(office.app);
  CHECK(office.app.State().signature.status == SignatureStatus::Valid);
  CHECK(office.app.State().notice.kind == NoticeKind::Imported);

  nlohmann::json doc = nlohmann::json::parse(file);
  doc["evaluasi"]["umpan_balik"] = doc["evaluasi"]["umpan_balik"].get<std::string>() + "!";
  core::SealDocument(doc);  // the digest redone: only the signature can tell
  office.platform.Deliver({"diubah.json", doc.dump(2), "", false});
  Frame(office.app);
  Frame(office.app);
  CHECK(office.app.State().signature.status == SignatureStatus::Invalid);
  CHECK(office.app.State().notice.kind == NoticeKind::SignatureInvalid);
}

TEST_CASE("a failed signing is said, nothing else changes, and it can be made again") {
  Supervisor s;
  s.platform.signing_error = "peramban ini belum mendukung tanda tangan Ed25519";
  s.ImportAndSignOff(Submitted());
  Frame(s.app);
  CHECK(s.app.State().signature.status == SignatureStatus::Failed);
  CHECK(s.app.State().notice.kind == NoticeKind::SigningFailed);
  CHECK(s.app.State().notice.detail == s.platform.signing_error);
  CHECK_FALSE(s.Open().tanda_tangan);
  CHECK(s.Open().status.tahap == core::Stage::Dinilai);  // signed off, without a digital signature
  CHECK(core::CanSignDigitally(s.Open(), s.app.State().draft->origin));
  s.platform.signing_error.clear();
  Act(s.app, [](Intents& i) { i.review.sign_digitally = true; });
  Frame(s.app);
  CHECK(s.Open().tanda_tangan);
  CHECK_FALSE(core::CanSignDigitally(s.Open(), s.app.State().draft->origin));
}

TEST_CASE("an answer about a draft that is no longer open changes nothing") {
  Supervisor s;
  s.platform.hold_crypto = true;
  s.ImportAndSignOff(Submitted());
  const std::string signed_id = s.app.State().draft->id;
  Frame(s.app);  // saved
  s.platform.Deliver({"lain.json", Submitted("198001012006041001"), "", false});
  Frame(s.app);
  REQUIRE(s.app.State().draft->id != signed_id);
  const core::Assessment other = s.Open();
  s.platform.hold_crypto = false;
  Frame(s.app);
  CHECK(s.Open() == other);
  CHECK_FALSE(s.Open().tanda_tangan);
}

TEST_CASE("a new key for a NIP signed for before is explained; withdrawing removes the signature") {
  Supervisor s;
  s.ImportAndSignOff(Submitted());
  Frame(s.app);
  const std::string first = s.Open().tanda_tangan->fingerprint;
  const std::string nip = s.Open().penilai.nip;
  Act(s.app, [](Intents& i) { i.review.withdraw = true; });
  CHECK_FALSE(s.Open().tanda_tangan);
  CHECK(s.app.State().signature.status == SignatureStatus::None);

  s.platform.ForgetKeys();  // the site's data was cleared (the settings kept here stand for a backup)
  Act(s.app, [](Intents& i) { i.review.ask_sign_off = true; });
  Act(s.app, [](Intents& i) { i.review.sign_off = true; });
  Frame(s.app);
  REQUIRE(s.Open().tanda_tangan);
  const std::string second = s.Open().tanda_tangan->fingerprint;
  CHECK(second != first);
  CHECK(s.app.State().notice.kind == NoticeKind::NewSigningKey);
  CHECK(s.app.State().notice.detail == second + "|" + first);
  CHECK(s.app.State().signing_keys.at(nip) == std::vector<std::string>{first, second});
}

TEST_CASE("the public key exports as a line of the office's key list") {
  Supervisor s;
  s.ImportAndSignOff(Submitted());
  Frame(s.app);
  Act(s.app, [](Intents& i) { i.review.export_public_key = true; });
  REQUIRE(s.platform.downloads.size() == 1);
  const auto& [name, content] = s.platform.downloads[0];
  const std::string nip = s.Open().penilai.nip;
  CHECK(name == "kunci_" + nip + ".csv");
  CHECK(s.app.State().notice.kind == NoticeKind::PublicKeyExported);
  core::Problems problems;
  const std::optional<core::KeyRegistry> list = core::KeyRegistry::Parse(content, problems);
  REQUIRE(list);
  CHECK(list->Registered(nip, s.Open().tanda_tangan->fingerprint));
  CHECK(content.find(s.Open().tanda_tangan->kunci_publik) != std::string::npos);
}
