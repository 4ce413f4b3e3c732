#include "IntuneBackend.h"

#include "IntuneClient.h"
#include "core/formats/GraphJson.h"

namespace ra::intune {

namespace {

/// Forwards the client's signals to an ra::Progress and lets it cancel the client.
void connectProgress(IntuneClient& client, ra::Progress* progress, int total)
{
    if (!progress)
        return;
    client.setCancelCheck([progress] { return progress->cancelled(); });
    auto done = std::make_shared<int>(0);
    QObject::connect(&client, &IntuneClient::progress, &client, [progress, done, total](const QString& message) {
        progress->step(message.toStdString(), std::min(*done, total), total);
        ++*done;
    });
    QObject::connect(&client, &IntuneClient::retrying, &client,
                     [progress, done, total](int attempt, int maxAttempts, int waitMs, const QString& reason) {
                         progress->step(IntuneClient::tr("%1; waiting %2 ms before try %3 of %4")
                                            .arg(reason, QString::number(waitMs), QString::number(attempt + 1),
                                                 QString::number(maxAttempts))
                                            .toStdString(),
                                        std::min(*done, total), total);
                     });
}

} // namespace

IntuneBackend::IntuneBackend(IntuneSettings settings, SecretStore secrets)
    : m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
{
}

QString IntuneBackend::secret() const
{
    if (const QStringList problems = m_settings.problems(); !problems.isEmpty())
        throw IntuneError(IntuneError::Kind::Settings, problems.join(QLatin1Char(' ')).toStdString(), "Intune settings", "");
    const std::optional<QString> s = m_secrets.read(m_settings.secretKey());
    if (!s || s->isEmpty())
        throw IntuneError(IntuneError::Kind::Settings,
                          QStringLiteral("no client secret is stored in the %1 for application %2 of tenant %3; "
                                         "enter it in the Intune settings")
                              .arg(SecretStore::keychainName(), m_settings.clientId, m_settings.tenantId)
                              .toStdString(),
                          "Intune settings", "");
    return *s;
}

std::vector<ra::PreviewItem> IntuneBackend::preview(const ra::ChangeSet& changes)
{
    ra::PreviewItem item;
    item.kind = ra::PreviewItem::Kind::File;
    const std::string url = m_settings.deviceConfigurationsUrl().toString().toStdString();
    item.title = "Microsoft Graph request body (" + url + ")";
    item.label = ra::Note("graph-request", {url}, item.title);
    item.content = ra::GraphJson::render(changes, m_settings.profileDisplayName.toStdString(),
                                         m_settings.profileDescription.toStdString());
    return {item};
}

ra::ApplyReport IntuneBackend::apply(const ra::ChangeSet& changes, ra::Progress* progress)
{
    IntuneClient client(m_settings, secret());
    connectProgress(client, progress, 5);
    ra::ApplyReport report;
    try {
        const PushResult result = client.push(changes.configuration());
        for (const QString& line : result.log)
            report.log.push_back(line.toStdString());
        if (progress)
            progress->step("Done", 5, 5);
    } catch (const IntuneError& e) {
        if (!client.wroteSomething())
            throw;
        report.ok = false;
        report.error = e.what();
        report.log.push_back(std::string("failed after writing: ") + e.what());
    }
    return report;
}

std::optional<ra::GroupPolicyReadResult> IntuneBackend::current()
{
    return readProfile(nullptr);
}

std::optional<ra::GroupPolicyReadResult> IntuneBackend::readProfile(ra::Progress* progress)
{
    IntuneClient client(m_settings, secret());
    connectProgress(client, progress, 3);
    const std::optional<QString> id = client.findProfileId();
    if (!id)
        return std::nullopt;
    const nlohmann::json profile = client.getProfile(*id);
    ra::GraphReadResult read = ra::GraphJson::read(profile, "Intune profile " + id->toStdString());
    ra::GroupPolicyReadResult result;
    result.configuration = std::move(read.configuration);
    for (const auto& s : read.foreignSettings)
        result.notes.push_back("the profile also has a setting that is not a Remote Assistance policy: "
                               + s.value("omaUri", std::string("(no omaUri)")));
    return result;
}

std::string IntuneBackend::testConnection(ra::Progress* progress)
{
    IntuneClient client(m_settings, secret());
    connectProgress(client, progress, 3);
    return client.testConnection().toStdString();
}

} // namespace ra::intune
