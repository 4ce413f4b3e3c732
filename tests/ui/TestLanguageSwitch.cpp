// Switching the language in the Settings dialog while the console runs: every visible text
// follows (labels, buttons, tabs, headers, tree rows, tooltips, menus, the undo history), the
// tables fit the new texts, and switching back brings every English text back exactly.
#include "MainWindowStates.h"
#include "ShownMainWindow.h"
#include "WindowWalk.h"

#include "core/Catalog.h"
#include "core/formats/GraphJson.h"
#include "models/ShoutingTranslator.h"
#include "models/AllSettingsModel.h"
#include "models/PolicyDocument.h"
#include "models/PolicyTreeModel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/PolicyPage.h"
#include "ui/SkuTableView.h"

#include <QFile>
#include <QHeaderView>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace ra;
using namespace ra::ui;

namespace {

using StateTexts = QMap<QString, QMap<QString, QString>>; // state id → control and property → text

/// Source text → translation of translations/ra-console_<lang>.ts (the plural forms left out).
QHash<QString, QString> translations(const QString& lang)
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(RA_SOURCE_DIR "/translations/ra-console_%1.ts").arg(lang));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && !numerus)
            out.insert(source, xml.readElementText());
    }
    return out;
}

/**
 * Texts that are the same in every language, on purpose:
 * - product and brand names, and the language names in the language list (each in its own language);
 * - data the console shows as it is: registry keys and values, CSP nodes and OMA-URIs, ADMX file
 *   and Group Policy names, paths, firewall ports ("TCP 135"), and the GP English name (the Details tab shows it in English
 *   so that it can be searched for);
 * - the name the Intune profile gets when none is typed (GraphJson::defaultDisplayName, shown as
 *   the placeholder of the profile name): it is written to Intune as it is, whatever the language;
 * - texts the translators kept as they are (their translation is the source text: "Firewall",
 *   "OMA-URI:", "Pro", "Business"…).
 */
bool sameInEveryLanguage(const QString& text, const QHash<QString, QString>& translated)
{
    static const QSet<QString> names{
        QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français"),
        QStringLiteral("Microsoft Intune"), QStringLiteral("Intune"), QStringLiteral("LGPO.exe"),
        QString::fromLatin1(GraphJson::defaultDisplayName),
    };
    if (names.contains(text) || translated.value(text) == text)
        return true;
    bool letters = false;
    for (QChar c : text)
        letters = letters || c.isLetter();
    if (!letters)
        return true;
    for (const Policy& p : Catalog::instance().policies())
        if (text == QString::fromStdString(p.gpEnglishName) || text == QString::fromStdString(p.gpName)
            || text == QString::fromStdString(p.cspNode) || text == QString::fromStdString(p.omaUri)
            || text == QString::fromStdString(p.admxFile))
            return true;
    if (text.startsWith(QLatin1String("HKLM\\")) || text.startsWith(QLatin1String("./")))
        return true;
    static const QRegularExpression port(QStringLiteral(R"(^(TCP|UDP) \d+$)")); // a firewall port
    if (port.match(text).hasMatch())
        return true;
    // one word with a path or file name separator: data
    static const QRegularExpression dataWord(QStringLiteral(R"(^\S*[\\/._]\S*$)"));
    return dataWord.match(text).hasMatch();
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path());
    }

    static StateTexts textsOfEveryState(MainWindow* w)
    {
        StateTexts out;
        walk::forEachMainWindowState(w, [&](const QString& name, const QString& id) {
            QMap<QString, QString> texts = walk::visibleTexts(w);
            texts.insert(QStringLiteral("state name"), name);
            out.insert(id, texts);
        });
        return out;
    }

    QTemporaryDir m_recovery;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
        LanguageManager::apply(QStringLiteral("en"));
    }

    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }

    void everyVisibleTextFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyVisibleTextFollowsTheLanguage()
    {
        QFETCH(QString, language);
        const QHash<QString, QString> translated = translations(language);
        QVERIFY(translated.size() > 300);
        auto w = makeWindow();
        QVERIFY(w);
        // some history, so that the undo texts are there too
        w->selectPolicy(PolicyId::SessionLogging);
        w->policyPage()->stateButton(PolicyState::Enabled)->click();
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        w->policyPage()->stateButton(PolicyState::Enabled)->click();
        w->undoAction()->trigger();

        const StateTexts english = textsOfEveryState(w.get());
        QVERIFY(english.size() > 20);
        QCOMPARE(walk::chooseLanguageInSettings(w.get(), language), QString());
        QCOMPARE(LanguageManager::current(), language);
        const StateTexts other = textsOfEveryState(w.get());
        QCOMPARE(other.keys(), english.keys());

        QStringList stale;
        for (auto state = english.cbegin(); state != english.cend(); ++state) {
            const QMap<QString, QString>& now = other[state.key()];
            for (auto text = state.value().cbegin(); text != state.value().cend(); ++text) {
                if (text.key() == QLatin1String("state name"))
                    continue;
                if (now.value(text.key()) == text.value() && !sameInEveryLanguage(text.value(), translated))
                    stale << QStringLiteral("%1: %2: “%3”").arg(state.value()[QStringLiteral("state name")],
                                                                text.key(), text.value());
            }
        }
        stale.removeDuplicates();
        for (const QString& line : std::as_const(stale)) // one per line: a QVERIFY2 message is cut
            qWarning().noquote() << QStringLiteral("still in English after switching to %1: %2").arg(language, line);
        QCOMPARE(stale.size(), 0);

        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("en")), QString());
        QCOMPARE(LanguageManager::current(), QStringLiteral("en"));
        const StateTexts back = textsOfEveryState(w.get());
        QStringList different;
        for (auto state = english.cbegin(); state != english.cend(); ++state) {
            const QMap<QString, QString>& now = back[state.key()];
            for (auto text = state.value().cbegin(); text != state.value().cend(); ++text)
                if (now.value(text.key()) != text.value())
                    different << QStringLiteral("%1: %2: “%3” became “%4”")
                                     .arg(state.value()[QStringLiteral("state name")], text.key(), text.value(),
                                          now.value(text.key()));
            for (auto text = now.cbegin(); text != now.cend(); ++text)
                if (!state.value().contains(text.key()))
                    different << QStringLiteral("%1: %2: “%3” is new").arg(state.value()[QStringLiteral("state name")],
                                                                           text.key(), text.value());
        }
        different.removeDuplicates();
        for (const QString& line : std::as_const(different))
            qWarning().noquote() << QStringLiteral("not as before after switching back to English: %1").arg(line);
        QCOMPARE(different.size(), 0);
    }

    void allSettingsAndTreeFollowTheLanguage()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QTreeView* all = w->allSettingsView();
        QCOMPARE(all->model()->headerData(AllSettingsModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("State"));
        QSignalSpy rows(w->treeModel(), &QAbstractItemModel::dataChanged);
        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("fr")), QString());
        QCOMPARE(all->model()->headerData(AllSettingsModel::SettingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Paramètre"));
        QCOMPARE(all->model()->headerData(AllSettingsModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("État"));
        QCOMPARE(all->model()->headerData(AllSettingsModel::CommentColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Commentaire"));
        // Every row of the tree was told: the three category rows above Remote Assistance too.
        QSet<QModelIndex> told;
        for (const QList<QVariant>& signal : std::as_const(rows)) {
            const auto first = signal.at(0).value<QModelIndex>();
            const auto last = signal.at(1).value<QModelIndex>();
            for (int r = first.row(); r <= last.row(); ++r)
                told.insert(first.sibling(r, 0));
        }
        for (auto node : {PolicyTreeModel::CategoryNode::ComputerConfiguration,
                          PolicyTreeModel::CategoryNode::AdministrativeTemplates, PolicyTreeModel::CategoryNode::System,
                          PolicyTreeModel::CategoryNode::RemoteAssistance})
            QVERIFY2(told.contains(w->treeModel()->indexOf(node)),
                     qPrintable(w->treeModel()->indexOf(node).data().toString()));
        for (PolicyId id : kAllPolicies)
            QVERIFY(told.contains(w->treeModel()->indexOf(id)));
        QCOMPARE(w->treeModel()->index(0, 0).data().toString(), QStringLiteral("Configuration de l'ordinateur"));
    }

    void undoHistoryFollowsTheLanguage()
    {
        auto w = makeWindow();
        QVERIFY(w);
        QCOMPARE(w->undoAction()->text(), QStringLiteral("&Undo"));
        w->selectPolicy(PolicyId::SessionLogging);
        w->policyPage()->stateButton(PolicyState::Enabled)->click();
        QCOMPARE(w->undoAction()->text(), QStringLiteral("&Undo Set “Turn on session logging” to Enabled"));
        QVERIFY(w->undoAction()->isEnabled());
        QVERIFY(!w->redoAction()->isEnabled());

        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("de")), QString());
        QUndoStack* stack = w->document()->undoStack();
        QCOMPARE(stack->undoText(), QStringLiteral("„Sitzungsprotokollierung aktivieren“ auf Aktiviert setzen"));
        QCOMPARE(w->undoAction()->text(),
                 QStringLiteral("&Rückgängig: „Sitzungsprotokollierung aktivieren“ auf Aktiviert setzen"));
        // The next edit keeps the German prefix (QUndoStack's own action would put its own back).
        w->policyPage()->commentEdit()->setFocus();
        QTest::keyClicks(w->policyPage()->commentEdit(), QStringLiteral("Ticket 42"));
        QCOMPARE(w->undoAction()->text(),
                 QStringLiteral("&Rückgängig: Kommentar von „Sitzungsprotokollierung aktivieren“ bearbeiten"));
        w->undoAction()->trigger();
        QCOMPARE(w->redoAction()->text(),
                 QStringLiteral("&Wiederholen: Kommentar von „Sitzungsprotokollierung aktivieren“ bearbeiten"));
        QVERIFY(w->redoAction()->isEnabled());

        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("en")), QString());
        QCOMPARE(w->undoAction()->text(), QStringLiteral("&Undo Set “Turn on session logging” to Enabled"));
        QCOMPARE(w->redoAction()->text(), QStringLiteral("&Redo Edit the comment of “Turn on session logging”"));
        w->undoAction()->trigger();
        QCOMPARE(w->undoAction()->text(), QStringLiteral("&Undo"));
        QVERIFY(!w->undoAction()->isEnabled());
    }

    void tablesFitTheLanguage()
    {
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        w->policyPage()->showInfoTab(PolicyPage::InfoTab::Availability);
        QApplication::processEvents();
        QCOMPARE(walk::chooseLanguageInSettings(w.get(), QStringLiteral("fr")), QString());
        QApplication::processEvents();
        QTableView* switched = w->policyPage()->skuView()->table();
        // The same table made in French.
        MainWindow fresh(m_recovery.path() + QStringLiteral("/fresh"));
        fresh.resize(w->size());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        fresh.selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        fresh.policyPage()->showInfoTab(PolicyPage::InfoTab::Availability);
        QApplication::processEvents();
        QTableView* made = fresh.policyPage()->skuView()->table();
        // the tree's column fits the French names, as in a window opened in French
        QCOMPARE(w->treeView()->header()->sectionSize(0), fresh.treeView()->header()->sectionSize(0));
        QCOMPARE(switched->model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("Professionnel"));
        QCOMPARE(switched->verticalHeader()->width(), made->verticalHeader()->width());
        for (int row = 0; row < made->model()->rowCount(); ++row)
            QCOMPARE(switched->rowHeight(row), made->rowHeight(row));
        for (int column = 0; column < made->model()->columnCount(); ++column)
            QCOMPARE(switched->columnWidth(column), made->columnWidth(column));
        QCOMPARE(switched->model()->index(1, 0).data(Qt::ToolTipRole).toString(),
                 made->model()->index(1, 0).data(Qt::ToolTipRole).toString());
        fresh.close();

        // The French edition names are about as wide as the English ones; names that are much
        // wider (a translator that writes the catalog's texts in capitals) show that the table and
        // the tree make room for them.
        const int englishWidth = switched->verticalHeader()->width();
        ShoutingTranslator shouting("ra::CatalogText");
        QApplication::processEvents();
        QCOMPARE(switched->model()->headerData(6, Qt::Vertical).toString(), QStringLiteral("MOBILE ENTERPRISE"));
        MainWindow wide(m_recovery.path() + QStringLiteral("/wide"));
        wide.resize(w->size());
        wide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wide));
        wide.selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        wide.policyPage()->showInfoTab(PolicyPage::InfoTab::Availability);
        QApplication::processEvents();
        QTableView* wideTable = wide.policyPage()->skuView()->table();
        QVERIFY(wideTable->verticalHeader()->width() > englishWidth);
        QCOMPARE(switched->verticalHeader()->width(), wideTable->verticalHeader()->width());
        QCOMPARE(w->treeView()->header()->sectionSize(0), wide.treeView()->header()->sectionSize(0));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
