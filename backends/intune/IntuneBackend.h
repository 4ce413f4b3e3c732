#pragma once
/**
 * @file IntuneBackend.h
 * The Intune target as an ra::Backend: what a GUI worker (or a command) calls to push a
 * ChangeSet to the custom profile, test the connection or read the profile back.
 */
#include "IntuneSettings.h"
#include "SecretStore.h"
#include "backends/Backend.h"

namespace ra::intune {

/**
 * Reads the client secret from the keychain at the start of every operation and runs an
 * IntuneClient in the calling thread (so call it from a worker thread, not the GUI thread).
 * Progress steps and cancellation come from the ra::Progress passed to apply().
 */
class IntuneBackend : public ra::Backend
{
public:
    explicit IntuneBackend(IntuneSettings settings, SecretStore secrets = SecretStore());

    std::string name() const override { return "Intune (Microsoft Graph)"; }
    /// The profile body a POST would carry (an update merges the same settings into the profile).
    std::vector<ra::PreviewItem> preview(const ra::ChangeSet& changes) override;
    /**
     * Pushes the change set. Throws ra::Error (an IntuneError) when nothing was written; when
     * the profile was written but verification or a later step failed, returns a report with
     * ok == false saying what happened.
     */
    ra::ApplyReport apply(const ra::ChangeSet& changes, ra::Progress* progress = nullptr) override;
    /// The Remote Assistance settings of the profile in Intune; nullopt when it does not exist.
    std::optional<ra::GroupPolicyReadResult> current() override;
    /// current() with progress steps, and cancellable through @p progress (may be null).
    std::optional<ra::GroupPolicyReadResult> readProfile(ra::Progress* progress);

    /// Signs in and looks for the profile; returns a one-line summary, throws IntuneError.
    std::string testConnection(ra::Progress* progress = nullptr);

    const IntuneSettings& settings() const { return m_settings; }

private:
    QString secret() const;
    IntuneSettings m_settings;
    SecretStore m_secrets;
};

} // namespace ra::intune
