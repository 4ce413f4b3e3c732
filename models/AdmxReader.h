#pragma once
/**
 * @file AdmxReader.h
 * Reads Group Policy administrative templates: .admx policy definitions and their .adml
 * language resources (QXmlStreamReader), and finds the .adml of a language with the fallback
 * the Group Policy editor users expect.
 */
#include "models/AdmxDefinitions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ra::admx {

/**
 * Reader of .admx/.adml files. All functions throw ra::Error on failure: the file path, the
 * location "line L, column C" and what was wrong (malformed XML, wrong root element, a
 * policy without name, an unreadable file).
 */
class AdmxReader
{
public:
    /// Reads an .admx file.
    static AdmxFile readAdmx(const QString& path);
    /// Parses .admx content; @p fileName is used in errors and stored as AdmxFile::path.
    static AdmxFile parseAdmx(const QByteArray& content, const QString& fileName);

    /// Reads an .adml file; AdmlFile::language is the name of the folder that holds it.
    static AdmlFile readAdml(const QString& path);
    /// Parses .adml content; @p fileName is used in errors and stored as AdmlFile::path.
    static AdmlFile parseAdml(const QByteArray& content, const QString& fileName);

    /**
     * The language folders tried for @p locale, in order: `<lang>-<REGION>`, `<lang>`, then
     * en-US (each once). "de_AT" and "de-AT" are both accepted.
     * Examples: "de-AT" → {"de-AT", "de", "en-US"}; "fr" → {"fr", "en-US"};
     * "en-US" → {"en-US", "en"}; "" or "C" → {"en-US"}.
     */
    static QStringList languageCandidates(const QString& locale);

    /**
     * The .adml belonging to @p admxPath for @p locale: `<admx folder>/<language>/<base>.adml`
     * for the first language of languageCandidates() that has one — except that before the
     * final en-US, any other region of the same language is tried (`<lang>-<LANG>` first, then
     * the others in name order), so that "de" or "de_CH" still find Windows' de-DE folder.
     * Folder and file names are matched case-insensitively, as Windows does. Empty when none
     * exists.
     */
    static QString findAdml(const QString& admxPath, const QString& locale);

    /// An .admx in @p folder by file name, matched case-insensitively; empty when missing.
    static QString findAdmx(const QString& folder, const QString& fileName);
};

} // namespace ra::admx
