#pragma once
// Display names of the SKP's choices (aspek, perspektif), shared by the SKP, feedback and review
// screens (the capaian organisasi's: core::OrganisationRatingName, the official terms).
#include "core/model.hpp"

#include <string>

namespace asn::ui {

const char* AspectName(core::RhkAspect aspect);
const char* PerspectiveName(core::RhkPerspective perspective);
// "BerAKHLAK" value name for its code ("Akuntabel"); the code itself when unknown.
std::string ValueName(const std::string& kode);
// "RHK 2" for an RHK id of the open SKP (its position), or the id when it is not there.
std::string RhkLabel(const core::Skp& skp, const std::string& id);

}  // namespace asn::ui
