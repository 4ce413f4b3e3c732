#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ra::ui {

namespace {
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;
QString g_current = QStringLiteral("en");
bool g_qtLoaded = false;
} // namespace

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString LanguageManager::apply(const QString& requested)
{
    QString code = requested;
    if (code.isEmpty()) {
        code = QLocale::system().name().left(2);
        if (!available().contains(code))
            code = QStringLiteral("en");
    }
    if (!available().contains(code))
        code = QStringLiteral("en");

    auto* app = QCoreApplication::instance();
    if (g_app) {
        QCoreApplication::removeTranslator(g_app);
        delete g_app;
        g_app = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    g_qtLoaded = false;
    QLocale::setDefault(QLocale(code));
    if (code != QLatin1String("en")) {
        g_qt = new QTranslator(app);
        if (g_qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(g_qt);
            g_qtLoaded = true;
        } else {
            delete g_qt;
            g_qt = nullptr;
        }
        g_app = new QTranslator(app);
        if (g_app->load(QStringLiteral(":/i18n/ra-console_%1.qm").arg(code)))
            QCoreApplication::installTranslator(g_app);
        else {
            delete g_app;
            g_app = nullptr;
        }
    }
    g_current = code;
    return code;
}

QString LanguageManager::current() { return g_current; }
bool LanguageManager::qtTranslationLoaded() { return g_qtLoaded; }

} // namespace ra::ui
