#include "OfferCommand.h"

#include "core/Error.h"
#include "core/IpAddress.h"

#include <QProcess>

#include <algorithm>

namespace ra::ui {

namespace {

constexpr int kNetbiosMaxLength = 15;
constexpr int kLabelMaxLength = 63;
constexpr int kDnsMaxLength = 253;

bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isNameCharacter(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

/// Four decimal numbers 0–255 separated by dots, no leading zeros ("010" is octal to some parsers).
bool isIpv4(const QString& s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& p : parts) {
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p.front() == QLatin1Char('0')))
            return false;
        if (!std::all_of(p.begin(), p.end(), isAsciiDigit) || p.toInt() > 255)
            return false;
    }
    return true;
}

} // namespace

QString OfferCommand::problem(const QString& input)
{
    const QString computer = input.trimmed();
    if (computer.isEmpty())
        return tr("Enter the name or IP address of the computer to help.");
    // What could turn the argument into something else comes first, with its own reason.
    if (computer.front() == QLatin1Char('-') || computer.front() == QLatin1Char('/'))
        return tr("\"%1\" starts with \"%2\"; a computer name or IP address never does.")
            .arg(computer, computer.front());
    for (QChar c : computer) {
        if (c.isSpace())
            return tr("\"%1\" contains a space; computer names and IP addresses have none.").arg(computer);
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return tr("\"%1\" contains a quotation mark; computer names and IP addresses have none.").arg(computer);
    }

    if (computer.contains(QLatin1Char(':'))) {
        // IPv6: only the plain address (no zone "%eth0", no brackets, no port)
        const std::optional<IpAddress> address = IpAddress::parse(computer.toStdString());
        if (!address || address->family != IpAddress::Family::V6)
            return tr("\"%1\" is not a valid IPv6 address.").arg(computer);
        return {};
    }
    if (isIpv4(computer))
        return {};

    for (QChar c : computer)
        if (!isNameCharacter(c) && c != QLatin1Char('.'))
            return tr("\"%1\" contains \"%2\"; computer names have only letters, digits, hyphens and "
                      "underscores, with dots between the parts of a DNS name.")
                .arg(computer, c);
    const QStringList labels = computer.split(QLatin1Char('.'));
    if (std::all_of(labels.begin(), labels.end(), [](const QString& l) {
            return !l.isEmpty() && std::all_of(l.begin(), l.end(), isAsciiDigit);
        }))
        return tr("\"%1\" is neither a valid IPv4 address nor a computer name.").arg(computer);
    if (labels.size() == 1 && computer.size() > kNetbiosMaxLength)
        return tr("\"%1\" has %2 characters; a computer name without a domain has at most %3.")
            .arg(computer)
            .arg(computer.size())
            .arg(kNetbiosMaxLength);
    if (computer.size() > kDnsMaxLength)
        return tr("\"%1\" has %2 characters; a DNS name has at most %3.")
            .arg(computer)
            .arg(computer.size())
            .arg(kDnsMaxLength);
    for (const QString& label : labels) {
        if (label.isEmpty())
            return tr("\"%1\" has an empty part between dots.").arg(computer);
        if (label.size() > kLabelMaxLength)
            return tr("\"%1\" has a part longer than %2 characters.").arg(computer).arg(kLabelMaxLength);
        if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return tr("\"%1\" has a part that starts or ends with a hyphen.").arg(computer);
    }
    return {};
}

QString OfferCommand::program(const QString& windowsFolder)
{
    QString folder = windowsFolder.isEmpty() ? qEnvironmentVariable("WINDIR", QStringLiteral("C:\\Windows"))
                                             : windowsFolder;
    folder.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (folder.endsWith(QLatin1Char('\\')))
        folder.chop(1);
    return folder + QStringLiteral("\\System32\\msra.exe");
}

QStringList OfferCommand::arguments(const QString& computer)
{
    const QString why = problem(computer);
    if (!why.isEmpty())
        throw ra::Error(why.toStdString());
    return {QStringLiteral("/offerRA"), computer.trimmed()};
}

bool OfferCommand::isSupportedPlatform()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

bool OfferCommand::startDetached(const QString& computer, const QString& program, QString* error)
{
    const QString why = problem(computer);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments(computer));
    if (process.startDetached())
        return true;
    if (error)
        *error = process.errorString();
    return false;
}

} // namespace ra::ui
