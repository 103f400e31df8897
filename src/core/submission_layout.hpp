#pragma once
// The member order of a submission file. The document is built as a nlohmann::json, whose keys are
// sorted (the canonical form the digest is computed over); the file people open shows "format" and
// "versi" first and each section's members in the order the README documents. One table says that
// order (submission_layout.cpp), and this writer lays the document out by it.
#include <nlohmann/json.hpp>

#include <string>

namespace asn::core {

// `document` as dump(indent) would write it, but with each object's members in the file's order
// (members the table does not name follow in sorted order). indent < 0: compact.
std::string WriteInFileOrder(const nlohmann::json& document, int indent);

}  // namespace asn::core
