#pragma once
/**
 * @file ModelIcons.h
 * The icons the models hand out (Qt::DecorationRole): the desktop theme's icon when it has one,
 * else the one bundled in ra_models (":/models/icons/…").
 */
#include "core/Configuration.h"
#include "core/Finding.h"

#include <QIcon>

namespace ra {

class ModelIcons
{
public:
    /// A folder (category nodes of the policy tree).
    static QIcon folder();
    /// A policy in @p state.
    static QIcon policyState(PolicyState state);
    /// A finding's severity.
    static QIcon severity(Severity severity);
    /// The SKU table's check mark (":/icons/checkmark.svg").
    static QIcon checkmark();
};

} // namespace ra
