#pragma once
/**
 * @file OfferCommand.h
 * The command line of "Offer Remote Assistance to…": `msra.exe /offerRA <computer>`. The computer
 * is checked before anything starts — a NetBIOS name, a DNS name or an IPv4/IPv6 address — so
 * that what the admin typed can only ever become that one argument (no spaces, quotes, or a
 * leading '-' or '/' that msra.exe would read as another switch). The program is started without
 * a shell, with the argument list as it is.
 */
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ra::ui {

class OfferCommand
{
    Q_DECLARE_TR_FUNCTIONS(ra::ui::OfferCommand)
public:
    /**
     * Why @p computer cannot be offered help to (translated, one sentence), or an empty string
     * when it is a valid NetBIOS name (at most 15 characters), DNS name (labels of letters,
     * digits, '-' and '_', at most 63 characters each, not starting or ending with '-'; at most
     * 253 in all), IPv4 address (four decimal numbers 0–255) or IPv6 address. Surrounding white
     * space is ignored.
     */
    static QString problem(const QString& computer);
    static bool isValid(const QString& computer) { return problem(computer).isEmpty(); }

    /// msra.exe in System32 of @p windowsFolder (empty: %WINDIR%, else C:\Windows), with backslashes.
    static QString program(const QString& windowsFolder = QString());
    /// The arguments: "/offerRA" and the computer (trimmed). Throws ra::Error with problem() when
    /// the computer is not valid.
    static QStringList arguments(const QString& computer);

    /// True where msra.exe can be started (Windows).
    static bool isSupportedPlatform();
    /**
     * Starts @p program with arguments(@p computer), detached and without a shell. Returns false
     * with the reason in @p error when the computer is not valid or the program cannot be started.
     */
    static bool startDetached(const QString& computer, const QString& program, QString* error = nullptr);
};

} // namespace ra::ui
