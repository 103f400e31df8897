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

// The page frame the report and the official documents (documents_html.hpp) share: the doctype,
// lang="id", the Content-Security-Policy that loads nothing, the title (already escaped), the one
// style element (screen and A4 print), and the opening body tag; HtmlPageEnd closes the page.
std::string HtmlPageStart(std::string_view title_escaped);
const char* HtmlPageEnd();

}  // namespace asn::core
