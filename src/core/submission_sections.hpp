#pragma once
// Reading each section of a versi-2 document into the Assessment, with every rule of the format
// (types, ranges, references between members, the SKP layouts). Used by submission_reader.cpp.
#include "core/json_reader.hpp"
#include "core/model.hpp"
#include "core/submission_format.hpp"

#include <nlohmann/json.hpp>

namespace asn::core {

void ReadPeople(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadPeriod(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadCompetencies(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadSkp(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadBehaviour(JsonReader& r, const nlohmann::json& doc, Assessment& a);
// After ReadSkp and ReadBehaviour: entries refer to RHK ids and value codes.
void ReadFeedback(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadEvaluation(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadDevelopmentPlan(JsonReader& r, const nlohmann::json& doc, Assessment& a);
// The method of the indicative Job Person Match.
void ReadJpmMethod(JsonReader& r, const nlohmann::json& doc, Assessment& a);
void ReadStatus(JsonReader& r, const nlohmann::json& doc, Assessment& a);
// After ReadStatus: "tanda_tangan" (submission_signature.cpp), only on a signed-off review.
void ReadSignature(JsonReader& r, const nlohmann::json& doc, Assessment& a);
// Rules across sections that depend on the stage (Submission mode only).
void CheckConsistency(JsonReader& r, const nlohmann::json& doc, const Assessment& a);

}  // namespace asn::core
