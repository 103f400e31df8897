#pragma once
// The printable assessment report: a self-contained HTML page generated from the core (not a
// picture of the canvas), for printing or saving as PDF. Every user-supplied text is escaped and
// the page loads nothing: no scripts, no external styles, fonts or images.
#include "core/model.hpp"

#include <string>
#include <string_view>

namespace asn::core {

// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

std::string RenderReportHtml(const Assessment& assessment);

}  // namespace asn::core
