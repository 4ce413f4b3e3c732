#pragma once
/**
 * @file Linter.h
 * Checks across policies and against the deployment target: the mistakes admins make that no
 * single value shows.
 */
#include "Configuration.h"
#include "Finding.h"

#include <cstdint>
#include <vector>

namespace ra {

class Linter
{
public:
    /// What the configuration is meant for; empty fields mean "not said".
    struct Target
    {
        std::vector<Edition> editions;   ///< editions the configuration will reach
        bool mdm = false;                ///< delivered through MDM (Policy CSP)
        std::uint32_t minimumBuild = 0;  ///< oldest Windows 10/11 build among the targets
    };

    /// Every lint finding, each with severity and a fix hint.
    static std::vector<Finding> lint(const Configuration& config, const Target& target = {});
};

} // namespace ra
