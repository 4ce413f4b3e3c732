#pragma once
/**
 * @file StringConversion.h
 * UTF-8 std::string ⇄ QString at the boundary between the Qt-free engine and the widgets.
 */
#include <QString>

#include <string>

namespace ra::ui {

/// UTF-8 std::string → QString.
inline QString qs(const std::string& s) { return QString::fromStdString(s); }
/// QString → UTF-8 std::string.
inline std::string ss(const QString& s) { return s.toStdString(); }

} // namespace ra::ui
