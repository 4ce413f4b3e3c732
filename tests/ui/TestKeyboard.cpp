// Keyboard-only operation of the console: no two controls shown at the same time share an
// Alt+letter (in English, German and French, in every page, tab and dialog), every labelled
// input has one, and the keys that move between the search, the page and the findings panel
// put the focus where the user goes on typing.
#include "MainWindowStates.h"
#include "ShownMainWindow.h"
#include "WindowWalk.h"

#include "core/Configuration.h"
#include "models/AllSettingsModel.h"
#include "models/PolicyDocument.h"
#include "ui/AboutDialog.h"
#include "ui/ExportDialog.h"
#include "ui/FindingsPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Mnemonics.h"
#include "ui/OpenDiffDialog.h"
#include "ui/PolicyPage.h"
#include "ui/SettingsDialog.h"

#include <QDockWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ra;
using namespace ra::ui;

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path());
    }

    /// problem → the states it is seen in
    using Problems = QMap<QString, QStringList>;

    /// The keyboard problems of @p dialog in each state of its tabs, shown non-modally.
    static void dialogProblems(QDialog* dialog, const QString& name, Problems& out)
    {
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog)) {
            out[name + QStringLiteral(" was not shown")] << name;
            return;
        }
        walk::forEachTabState(dialog, {}, name, name, [&](const QString& state, const QString&) {
            for (const QString& p : walk::keyboardProblems(dialog))
                out[p] << state;
        });
        dialog->close();
    }

    /// Each problem once, with where it is seen; printed one per line (a QVERIFY2 message is cut).
    static int report(const Problems& problems, const QString& language)
    {
        for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
            QStringList where = it.value();
            where.removeDuplicates();
            const QString places = where.size() > 3 ? where.mid(0, 3).join(QStringLiteral("; "))
                                                          + QStringLiteral("; and %1 more").arg(where.size() - 3)
                                                    : where.join(QStringLiteral("; "));
            qWarning().noquote() << QStringLiteral("[%1] %2 (in %3)").arg(language, it.key(), places);
        }
        return int(problems.size());
    }

    QTemporaryDir m_recovery;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
    }

    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }

    void mnemonicHelper()
    {
        QCOMPARE(Mnemonics::key(QStringLiteral("S&ort")), QChar(u'O'));
        QCOMPARE(Mnemonics::key(QStringLiteral("Tom && Jerry")), QChar());
        QCOMPARE(Mnemonics::key(QStringLiteral("&épingler")), QChar(u'É'));
        QSet<QChar> used{QChar(u'M'), QChar(u'W'), QChar(u'T')};
        // word starts first (M, T taken: "of" is next), then any letter
        QCOMPARE(Mnemonics::withMnemonic(QStringLiteral("Maximum ticket time (value):"), used),
                 QStringLiteral("Maximum ticket time (&value):"));
        QVERIFY(used.contains(QChar(u'V')));
        QSet<QChar> all;
        for (char c = 'A'; c <= 'Z'; ++c)
            all.insert(QChar(QLatin1Char(c)));
        QCOMPARE(Mnemonics::withMnemonic(QStringLiteral("R&D:"), all), QStringLiteral("R&&D:"));
        QSet<QChar> few{QChar(u'R')};
        QCOMPARE(Mnemonics::withMnemonic(QStringLiteral("R&D:"), few), QStringLiteral("R&&&D:"));
    }

    void noMnemonicClashes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void noMnemonicClashes()
    {
        QFETCH(QString, language);
        QCOMPARE(LanguageManager::apply(language), language);
        auto w = makeWindow();
        QVERIFY(w);
        Problems problems;
        for (const QString& p : walk::menuProblems(w.get()))
            problems[p] << QStringLiteral("the menus");
        walk::forEachMainWindowState(w.get(), [&](const QString& state, const QString&) {
            for (const QString& p : walk::keyboardProblems(w.get()))
                problems[p] << state;
        });

        SettingsDialog settings(w.get());
        dialogProblems(&settings, QStringLiteral("Settings"), problems);
        ExportDialog exportDialog(w->treeModel(), w.get());
        dialogProblems(&exportDialog, QStringLiteral("Export for Colleagues"), problems);
        AboutDialog about(w.get());
        dialogProblems(&about, QStringLiteral("About"), problems);
        Configuration incoming;
        incoming.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        OpenDiffDialog diff(Configuration(), incoming, QStringLiteral("helpdesk.json"), w.get());
        dialogProblems(&diff, QStringLiteral("Open Over Current Work"), problems);

        QCOMPARE(report(problems, language), 0);
    }

    void optionLabelsGetFreeMnemonics()
    {
        // The option labels come from the catalog (or the ADML) without a mnemonic: the page
        // gives each one a letter nothing else on the page or in the menu bar has, so Alt+that
        // letter reaches the input.
        auto w = makeWindow();
        QVERIFY(w);
        w->selectPolicy(PolicyId::SolicitedRemoteAssistance);
        QApplication::processEvents();
        PolicyPage* page = w->policyPage();
        page->stateButton(PolicyState::Enabled)->click();
        QSpinBox* value = page->spinBox(QStringLiteral("RA_Solicit_ExpireValue_Edt"));
        QVERIFY(value);
        QLabel* label = nullptr;
        for (QLabel* l : page->findChildren<QLabel*>())
            if (l->buddy() == value)
                label = l;
        QVERIFY(label);
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        QVERIFY2(!key.isEmpty(), qPrintable(label->text()));
        QCOMPARE(label->text().remove(QLatin1Char('&')), QStringLiteral("Maximum ticket time (value):"));
        page->stateButton(PolicyState::Enabled)->setFocus();
        QTest::keyClick(w.get(), Qt::Key(key[0].key()), Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), value);
    }

    void returnInSearchFocusesThePage()
    {
        auto w = makeWindow();
        QVERIFY(w);
        w->searchEdit()->setFocus();
        QTest::keyClicks(w->searchEdit(), QStringLiteral("logging"));
        QTest::keyClick(w->searchEdit(), Qt::Key_Return);
        QCOMPARE(w->currentPolicy(), PolicyId::SessionLogging);
        // The state buttons: the checked one (the page as a whole takes no focus).
        QCOMPARE(QApplication::focusWidget(), w->policyPage()->stateButton(PolicyState::NotConfigured));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), w->policyPage()->stateButton(PolicyState::Enabled));
    }

    void findingsShortcutMovesTheFocus()
    {
        auto w = makeWindow();
        QVERIFY(w);
        auto* dock = w->findChild<QDockWidget*>(QStringLiteral("findingsDock"));
        QVERIFY(dock);
        QRadioButton* state = w->policyPage()->stateButton(PolicyState::NotConfigured);
        state->setFocus();
        QVERIFY(dock->isVisible());
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier); // hides
        QVERIFY(!dock->isVisible());
        QCOMPARE(QApplication::focusWidget(), state);
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier); // shows, and goes there
        QVERIFY(dock->isVisible());
        QCOMPARE(QApplication::focusWidget(), w->findingsPanel()->view());
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier); // hides, and goes back
        QVERIFY(!dock->isVisible());
        QCOMPARE(QApplication::focusWidget(), state);
    }

    void previousNextFollowTheVisibleOrder()
    {
        auto w = makeWindow();
        QVERIFY(w);
        // The tree: the catalog's order.
        w->selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(!w->nextAction()->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(w->currentPolicy(), PolicyId::SolicitedRemoteAssistance);

        // All settings starts unsorted, in the tree's order...
        w->navigationTabs()->setCurrentWidget(w->allSettingsView()->parentWidget());
        QHeaderView* header = w->allSettingsView()->header();
        QCOMPARE(header->sortIndicatorSection(), -1);
        const auto rowPolicy = [&](int row) {
            return w->allSettingsModel()->policyAt(w->allSettingsModel()->index(row, 0));
        };
        QCOMPARE(rowPolicy(0), std::optional(PolicyId::CustomizeWarningMessages));
        QCOMPARE(rowPolicy(3), std::optional(PolicyId::UnsolicitedRemoteAssistance));
        // ...and a click on the header sorts by name: Configure Offer…, Configure Solicited…,
        // Customize…, Turn on…
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(AllSettingsModel::SettingColumn) + 20,
                                 header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(AllSettingsModel::SettingColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(rowPolicy(0), std::optional(PolicyId::UnsolicitedRemoteAssistance));
        QCOMPARE(rowPolicy(3), std::optional(PolicyId::SessionLogging));

        QTest::keyClick(w.get(), Qt::Key_Up, Qt::AltModifier); // Solicited → Offer
        QCOMPARE(w->currentPolicy(), PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(!w->previousAction()->isEnabled());
        QVERIFY(w->nextAction()->isEnabled());
        auto buttons = w->policyPage()->findChildren<QPushButton*>();
        const auto pageButton = [&](const QString& accessibleName) -> QPushButton* {
            for (QPushButton* b : buttons)
                if (b->accessibleName() == accessibleName)
                    return b;
            return nullptr;
        };
        QVERIFY(pageButton(QStringLiteral("Previous setting")));
        QVERIFY(!pageButton(QStringLiteral("Previous setting"))->isEnabled());
        QVERIFY(pageButton(QStringLiteral("Next setting"))->isEnabled());
        for (PolicyId expected : {PolicyId::SolicitedRemoteAssistance, PolicyId::CustomizeWarningMessages,
                                  PolicyId::SessionLogging}) {
            QTest::keyClick(w.get(), Qt::Key_Down, Qt::AltModifier);
            QCOMPARE(w->currentPolicy(), expected);
            QCOMPARE(w->allSettingsModel()->policyAt(w->allSettingsView()->currentIndex()), std::optional(expected));
        }
        QVERIFY(!w->nextAction()->isEnabled());
        QVERIFY(!pageButton(QStringLiteral("Next setting"))->isEnabled());
        QTest::mouseClick(pageButton(QStringLiteral("Previous setting")), Qt::LeftButton);
        QCOMPARE(w->currentPolicy(), PolicyId::CustomizeWarningMessages);

        // Filtered: only the rows shown.
        QTest::keyClicks(w->searchEdit(), QStringLiteral("logging"));
        QTest::keyClick(w->searchEdit(), Qt::Key_Return);
        QCOMPARE(w->currentPolicy(), PolicyId::SessionLogging);
        QVERIFY(!w->previousAction()->isEnabled());
        QVERIFY(!w->nextAction()->isEnabled());

        // Back to the tree: the catalog's order again.
        w->navigationTabs()->setCurrentWidget(w->treeView());
        QVERIFY(w->previousAction()->isEnabled());
        QVERIFY(w->nextAction()->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(w->currentPolicy(), PolicyId::SolicitedRemoteAssistance);
    }
};

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
