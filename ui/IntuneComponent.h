#pragma once
/**
 * @file IntuneComponent.h
 * Finds and loads the Intune plugin (ra-console-intune) the first time the console needs it.
 */
#include "backends/intune/IntuneService.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ra::ui {

class IntuneComponent
{
    Q_DECLARE_TR_FUNCTIONS(IntuneComponent)

public:
    /**
     * The Intune component, loaded on the first call (from any thread; later calls return the
     * same one), or nullptr when it cannot be loaded — unavailableReason() then says why.
     */
    static const intune::IntuneService* service();
    /**
     * Empty when the component is there as far as is known without loading it (a plugin file
     * was found, or it is loaded); otherwise which folders were looked in or what went wrong
     * when loading it. Does not load the component: start-up asks this.
     */
    static QString unavailableReason();
    /// Whether the component has been loaded (start-up must not load it).
    static bool isLoaded();
    /// The file the component was loaded from; empty before service() found it.
    static QString loadedFile();
    /**
     * Where the plugin is looked for, in order: $RA_CONSOLE_PLUGIN_DIR, the folder of the
     * executable, and the installed plugin folder relative to it.
     */
    static QStringList searchFolders();

    /// What loading from some folders gave: the component, or why there is none.
    struct LoadResult
    {
        const intune::IntuneService* service = nullptr;
        QString file;   ///< the plugin file service comes from
        QString reason; ///< empty when service is set
    };
    /// Loads the plugin from the first of @p folders that has it (uncached; service() uses it).
    static LoadResult loadFrom(const QStringList& folders);
};

} // namespace ra::ui
