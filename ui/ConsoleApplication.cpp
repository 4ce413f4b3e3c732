#include "ConsoleApplication.h"

#include "AppSettings.h"
#include "FontConfigWarmUp.h"
#include "IntuneComponent.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

#ifndef RA_VERSION
#define RA_VERSION "0.0.0"
#endif

namespace ra::ui {

namespace {
std::chrono::steady_clock::time_point g_start = std::chrono::steady_clock::now();

/// Watches the main window's first paint.
class FirstPaintFilter : public QObject
{
public:
    explicit FirstPaintFilter(std::function<void()> onPainted, QObject* parent)
        : QObject(parent)
        , m_onPainted(std::move(onPainted))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            // After this paint event has been handled and flushed.
            QTimer::singleShot(0, this, [this] { m_onPainted(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onPainted;
    bool m_done = false;
};
} // namespace

void ConsoleApplication::markProcessStart() { g_start = std::chrono::steady_clock::now(); }

double ConsoleApplication::millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat: the start time in clock ticks after boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        // fields[0] is field 3 (state); the start time is field 22 → index 19
        if (fields.size() > 19) {
            const double ticks = fields[19].toDouble();
            const double hz = double(sysconf(_SC_CLK_TCK));
            timespec ts{};
            clock_gettime(CLOCK_BOOTTIME, &ts);
            const double now = double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
            const double started = ticks * 1000.0 / hz;
            if (now >= started)
                return now - started;
        }
    }
#endif
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_start).count();
}

int ConsoleApplication::checkComponents()
{
#ifdef RA_HAVE_INTUNE
    if (IntuneComponent::service()) {
        std::printf("Intune: %s\n", qPrintable(QDir::toNativeSeparators(IntuneComponent::loadedFile())));
        return 0;
    }
    std::fprintf(stderr, "Intune: %s\n", qPrintable(IntuneComponent::unavailableReason()));
    return 1;
#else
    std::printf("Intune: not part of this build\n");
    return 0;
#endif
}

int ConsoleApplication::run(int argc, char** argv)
{
    QApplication::setApplicationName(QStringLiteral("ra-console"));
    QApplication::setOrganizationName(QStringLiteral("ra-console"));
    QApplication::setOrganizationDomain(QStringLiteral("ra-console.github.io"));
    QApplication::setApplicationDisplayName(QStringLiteral("Remote Assistance Policy Console"));
    QApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ra_console.RaConsole"));
    // fontconfig loads on a second CPU while the display connection, settings and style are set up
    FontConfigWarmUp fonts;
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remote Assistance Policy Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the console (en, de, fr)."),
                                        QStringLiteral("code"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use the dark palette."));
    const QCommandLineOption lightOption(QStringLiteral("light"), QStringLiteral("Use the light palette."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QStringLiteral("Show a page first: a policy's CSP name, sku, details, firewall, readiness or preview."),
        QStringLiteral("page"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the window to a PNG after it is shown, then exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Print the milliseconds from process start to the first painted main window, then exit."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x860."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption noRecoveryOption(QStringLiteral("no-recovery"),
                                              QStringLiteral("Do not offer the recovery of unsaved work."));
    const QCommandLineOption componentsOption(
        QStringLiteral("check-components"),
        QStringLiteral("Load the components the console loads when they are used (Intune), say where from, then exit."));
    parser.addOptions({langOption, darkOption, lightOption, pageOption, screenshotOption, firstPaintOption, sizeOption,
                       noRecoveryOption, componentsOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A profile, registry.pol, GPO backup folder or .reg file to open."));
    parser.process(app);
    if (parser.isSet(componentsOption))
        return checkComponents();

    const bool batch = parser.isSet(screenshotOption) || parser.isSet(firstPaintOption);
    const QString lang = parser.isSet(langOption) ? parser.value(langOption) : AppSettings::language();
    LanguageManager::apply(lang);
    const bool dark = parser.isSet(darkOption) || (!parser.isSet(lightOption) && AppSettings::darkTheme());
    Theme::apply(dark);

    fonts.wait(); // the window asks for fonts from here on
    MainWindow window;
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    const QStringList files = parser.positionalArguments();
    const bool recover = !batch && !parser.isSet(noRecoveryOption);
    if (!recover && !files.isEmpty())
        window.openFile(files.first()); // before the first paint (screenshots, timing)
    if (parser.isSet(pageOption) && !window.showPageByName(parser.value(pageOption))) {
        std::fprintf(stderr, "ra-console: unknown page \"%s\"\n", qPrintable(parser.value(pageOption)));
        return 2;
    }

    QPointer<MainWindow> win(&window);
    if (parser.isSet(firstPaintOption)) {
        window.installEventFilter(new FirstPaintFilter(
            [] {
                std::printf("%.1f\n", millisecondsSinceProcessStart());
                std::fflush(stdout);
                QApplication::exit(0);
            },
            &window));
    } else if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.installEventFilter(new FirstPaintFilter(
            [win, file] {
                // Let layouts and the delayed item layouts settle, then render.
                QTimer::singleShot(300, win, [win, file] {
                    const QPixmap shot = win->grab();
                    QDir().mkpath(QFileInfo(file).absolutePath());
                    const bool ok = shot.save(file, "PNG");
                    if (!ok)
                        std::fprintf(stderr, "ra-console: cannot write %s\n", qPrintable(file));
                    QApplication::exit(ok ? 0 : 1);
                });
            },
            &window));
    }
    window.show();
    if (recover)
        QTimer::singleShot(0, &window, [win, files] {
            if (win)
                startUp(*win, files, true);
        });
    return app.exec();
}

void ConsoleApplication::startUp(MainWindow& window, const QStringList& files, bool offerRecovery)
{
    // Recovery first: opening a file discards nothing of a crashed session, but the admin decides
    // about its work before anything else is shown.
    if (offerRecovery)
        window.offerRecovery();
    if (!files.isEmpty())
        window.openFile(files.first());
}

} // namespace ra::ui
