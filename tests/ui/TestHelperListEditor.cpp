// GUI tests of the helper-list editor of "Configure Offer Remote Assistance": they open the real
// delegate editor with the keyboard (F2 or typing), type with QTest, press Return or Escape and
// check the document's configuration, its undo history and the inline marker of invalid rows.
#include "models/HelperListModel.h"
#include "models/PolicyDocument.h"
#include "ui/HelperListEditor.h"
#include "ui/HelperRowDelegate.h"
#include "ui/LanguageManager.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ra;
using namespace ra::ui;

namespace {
const std::string kElement = "RA_Unsolicit_DACL_Edit";
using List = std::vector<std::string>;
} // namespace

class TestHelperListEditor : public QObject
{
    Q_OBJECT

private:
    /// A document whose helper list is @p helpers (not modified, empty undo history) and an editor
    /// on it, shown and active.
    struct Fixture
    {
        PolicyDocument doc;
        HelperListModel model{&doc};
        HelperListEditor editor;
    };
    std::unique_ptr<Fixture> makeEditor(const List& helpers)
    {
        auto f = std::make_unique<Fixture>();
        Configuration config;
        config.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        config.setOption(PolicyId::UnsolicitedRemoteAssistance, kElement, helpers);
        f->doc.load(config, QString());
        f->editor.setModel(&f->model);
        f->editor.setLabel(QStringLiteral("Helpers:"));
        f->editor.resize(520, 320);
        f->editor.show();
        if (!QTest::qWaitForWindowExposed(&f->editor))
            return nullptr;
        f->editor.activateWindow();
        if (!QTest::qWaitForWindowActive(&f->editor))
            return nullptr;
        return f;
    }
    static List helpers(const PolicyDocument& doc)
    {
        return doc.configuration().list(PolicyId::UnsolicitedRemoteAssistance, kElement);
    }
    /// The delegate's line edit open on the view, or null.
    static QLineEdit* openEditor(QListView* view)
    {
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        return editor && editor->parentWidget() == view->viewport() ? editor : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::apply(QStringLiteral("en"));
    }

    void f2TypeReturnCommitsOneUndoableEdit()
    {
        auto f = makeEditor({"CORP\\Helpdesk", "CORP\\Tier2"});
        QVERIFY(f);
        QListView* view = f->editor.view();
        QUndoStack* undo = f->doc.undoStack();
        QCOMPARE(undo->count(), 0);

        view->setFocus();
        view->setCurrentIndex(f->model.index(1));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* line = openEditor(view);
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("CORP\\Tier2"));
        QCOMPARE(line->selectedText(), QStringLiteral("CORP\\Tier2")); // typing replaces the entry
        QTest::keyClicks(line, QStringLiteral("CORP\\Tier3"));
        QCOMPARE(line->text(), QStringLiteral("CORP\\Tier3"));
        // Nothing is written before the edit is committed.
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));
        QCOMPARE(undo->count(), 0);

        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!openEditor(view));
        QVERIFY(!view->indexWidget(f->model.index(1))); // the editor is closed
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier3"}));
        QCOMPARE(f->model.helpers(), (QStringList{QStringLiteral("CORP\\Helpdesk"), QStringLiteral("CORP\\Tier3")}));
        QCOMPARE(f->model.index(1).data().toString(), QStringLiteral("CORP\\Tier3"));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Change “Helpers” of “Configure Offer Remote Assistance”"));
        QVERIFY(f->doc.isModified());
        QCOMPARE(f->editor.statusLabel()->text(), QStringLiteral("2 helper(s), all valid."));
        // The list keeps the focus, on the edited row, for the next key.
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 1);

        undo->undo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));
        QCOMPARE(f->model.index(1).data().toString(), QStringLiteral("CORP\\Tier2"));
        QVERIFY(!f->doc.isModified());
        undo->redo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier3"}));
    }

    void typingOpensTheEditorAndReturnCommits()
    {
        auto f = makeEditor({"CORP\\Helpdesk", "CORP\\Tier2"});
        QVERIFY(f);
        QListView* view = f->editor.view();
        QUndoStack* undo = f->doc.undoStack();
        view->setFocus();
        view->setCurrentIndex(f->model.index(0));
        // The first key typed on a row opens its editor and replaces the entry.
        QTest::keyClick(view, 'O');
        QLineEdit* line = openEditor(view);
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("O"));
        QTest::keyClicks(line, QStringLiteral("PS\\Desk"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!openEditor(view));
        QCOMPARE(helpers(f->doc), (List{"OPS\\Desk", "CORP\\Tier2"}));
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->index(), 0);
    }

    void escapeCancelsTheEdit()
    {
        auto f = makeEditor({"CORP\\Helpdesk", "CORP\\Tier2"});
        QVERIFY(f);
        QListView* view = f->editor.view();
        QUndoStack* undo = f->doc.undoStack();
        view->setFocus();
        view->setCurrentIndex(f->model.index(0));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* line = openEditor(view);
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("CORP\\Nobody"));
        QCOMPARE(line->text(), QStringLiteral("CORP\\Nobody"));
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(!openEditor(view));
        QVERIFY(!view->indexWidget(f->model.index(0)));
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));
        QCOMPARE(f->model.index(0).data().toString(), QStringLiteral("CORP\\Helpdesk"));
        QCOMPARE(undo->count(), 0);
        QVERIFY(!f->doc.isModified());
        QVERIFY(view->hasFocus());
    }

    void committedInvalidEntryIsMarkedInline()
    {
        auto f = makeEditor({"CORP\\Helpdesk", "CORP\\Tier2"});
        QVERIFY(f);
        QListView* view = f->editor.view();
        QUndoStack* undo = f->doc.undoStack();
        const int validHeight = view->visualRect(f->model.index(1)).height();
        QVERIFY(!f->model.index(1).data(Qt::DecorationRole).isValid());
        QVERIFY(!f->model.index(1).data(Qt::ToolTipRole).isValid());

        view->setFocus();
        view->setCurrentIndex(f->model.index(1));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* line = openEditor(view);
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("tier2@corp.example.com"));
        QTest::keyClick(line, Qt::Key_Enter); // the keypad's Enter commits as well
        QTRY_VERIFY(!openEditor(view));
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "tier2@corp.example.com"}));
        QCOMPARE(undo->count(), 1);

        const QModelIndex row = f->model.index(1);
        const QString reason = QStringLiteral(
            "Helper entry 2 (\"tier2@corp.example.com\") is a user principal name (user@domain); write it as "
            "DOMAIN\\Name, for example CORP\\tier2.");
        QCOMPARE(row.data(HelperListModel::InvalidRole).toBool(), true);
        QCOMPARE(row.data(HelperListModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(row.data(HelperListModel::CodesRole).toStringList(), QStringList{QStringLiteral("helper.upn")});
        QCOMPARE(row.data(Qt::ToolTipRole).toString(), reason);
        QCOMPARE(row.data(Qt::AccessibleDescriptionRole).toString(), reason);
        QVERIFY(row.data(Qt::DecorationRole).canConvert<QIcon>());
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(HelperRowDelegate::problem(row), reason);
        // The other row stays valid; the row's reason is drawn under it, so it grows.
        QCOMPARE(f->model.index(0).data(HelperListModel::InvalidRole).toBool(), false);
        QTRY_VERIFY(view->visualRect(row).height() > validHeight);
        QCOMPARE(f->editor.statusLabel()->text(), QStringLiteral("2 helper(s) — 1 invalid: see the marked rows."));

        // Undo takes the marker away with the entry.
        undo->undo();
        QCOMPARE(f->model.index(1).data(HelperListModel::InvalidRole).toBool(), false);
        QVERIFY(!f->model.index(1).data(Qt::DecorationRole).isValid());
        QTRY_COMPARE(view->visualRect(f->model.index(1)).height(), validHeight);
        QCOMPARE(f->editor.statusLabel()->text(), QStringLiteral("2 helper(s), all valid."));
    }

    void insertTypeReturnAddsAnEntry()
    {
        auto f = makeEditor({"CORP\\Helpdesk"});
        QVERIFY(f);
        QListView* view = f->editor.view();
        QUndoStack* undo = f->doc.undoStack();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Insert);
        QLineEdit* line = openEditor(view);
        QVERIFY(line);
        QCOMPARE(line->text(), QString());
        QTest::keyClicks(line, QStringLiteral("CORP\\Tier2"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!openEditor(view));
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));
        // Adding the row and typing its entry: one step; undo takes the whole new helper away.
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk"}));
        QVERIFY(!f->doc.isModified());
        undo->redo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));

        // The next new row is a step of its own.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Insert);
        line = openEditor(view);
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("CORP\\Tier3"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!openEditor(view));
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2", "CORP\\Tier3"}));
        QCOMPARE(undo->count(), 2);
        // Editing that row again afterwards is another step.
        view->setCurrentIndex(f->model.index(2));
        QTest::keyClick(view, Qt::Key_F2);
        line = openEditor(view);
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("CORP\\Tier4"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!openEditor(view));
        QCOMPARE(undo->count(), 3);
        undo->undo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2", "CORP\\Tier3"}));
    }

    void newRowCancelledLeavesNothing()
    {
        auto f = makeEditor({"CORP\\Helpdesk"});
        QVERIFY(f);
        QListView* view = f->editor.view();
        QUndoStack* undo = f->doc.undoStack();
        view->setFocus();

        // Insert, then Escape: no row, no undo or redo step, not modified.
        QTest::keyClick(view, Qt::Key_Insert);
        QLineEdit* line = openEditor(view);
        QVERIFY(line);
        QCOMPARE(f->model.rowCount(), 2);
        QTest::keyClicks(line, QStringLiteral("CORP\\Half"));
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_COMPARE(f->model.rowCount(), 1);
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk"}));
        QCOMPARE(undo->count(), 0);
        QVERIFY(!undo->canRedo());
        QVERIFY(!f->doc.isModified());
        QCOMPARE(f->editor.statusLabel()->text(), QStringLiteral("1 helper(s), all valid."));
        QCOMPARE(view->currentIndex().row(), 0);

        // The Add button, then Return on the empty line: the same.
        QPushButton* add = nullptr;
        for (QPushButton* b : f->editor.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Add"))
                add = b;
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        line = openEditor(view);
        QVERIFY(line);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(f->model.rowCount(), 1);
        QCOMPARE(undo->count(), 0);
        QVERIFY(!f->doc.isModified());

        // After earlier edits only the cancelled row goes; the earlier step stays undoable.
        f->model.addHelper(QStringLiteral("CORP\\Tier2"));
        QCOMPARE(undo->count(), 1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Insert);
        line = openEditor(view);
        QVERIFY(line);
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_COMPARE(f->model.rowCount(), 2);
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk", "CORP\\Tier2"}));
        QCOMPARE(undo->count(), 1);
        QVERIFY(!undo->canRedo());
        QVERIFY(f->doc.isModified());
        undo->undo();
        QCOMPARE(helpers(f->doc), (List{"CORP\\Helpdesk"}));
        QVERIFY(!f->doc.isModified());
    }
};

QTEST_MAIN(TestHelperListEditor)
#include "TestHelperListEditor.moc"
