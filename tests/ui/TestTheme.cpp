// Tests of the light and dark palettes: check box indicators (a QCheckBox on a window, the check
// boxes of item views such as the firewall view and the export dialog's list) must stand out from
// what they are drawn on. WCAG 2.1 success criterion 1.4.11 asks for a contrast of at least 3:1
// between a user-interface component's boundary and the adjacent colours; the test renders the
// real style's indicators with the applied palette and measures that contrast.
#include "models/ExplainTextProvider.h"
#include "models/PolicyDocument.h"
#include "models/PolicyTreeModel.h"
#include "ui/ConsoleStyle.h"
#include "ui/ExportDialog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QListView>
#include <QPushButton>
#include <QPainter>
#include <QPalette>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOption>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace ra::ui;

namespace {
/// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const QColor& c)
{
    auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

/// WCAG 2.1 contrast ratio (1…21).
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/**
 * The boundary of an unticked indicator drawn by the application style on @p background: the
 * pixel on the middle row, scanning in from the left edge, that differs most from the background
 * before reaching the middle of the box — the outline a user sees. Returns its contrast ratio.
 */
double indicatorBoundaryContrast(QStyle::PrimitiveElement element, const QColor& background, QColor* boundary)
{
    QStyle* style = QApplication::style();
    const int w = style->pixelMetric(QStyle::PM_IndicatorWidth);
    const int h = style->pixelMetric(QStyle::PM_IndicatorHeight);
    QImage image(w + 8, h + 8, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        if (element == QStyle::PE_IndicatorItemViewItemCheck) {
            QStyleOptionViewItem option;
            option.palette = QApplication::palette();
            option.rect = QRect(4, 4, w, h);
            option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Off;
            style->drawPrimitive(element, &option, &painter, nullptr);
        } else {
            QStyleOptionButton option;
            option.palette = QApplication::palette();
            option.rect = QRect(4, 4, w, h);
            option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Off;
            style->drawPrimitive(element, &option, &painter, nullptr);
        }
    }
    const int y = 4 + h / 2;
    double best = 1.0;
    for (int x = 0; x < 4 + w / 2; ++x) {
        const QColor c = image.pixelColor(x, y);
        const double r = contrast(c, background);
        if (r > best) {
            best = r;
            *boundary = c;
        }
    }
    return best;
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula()
    {
        // Reference values of the WCAG definition.
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(std::abs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void uncheckedIndicatorsStandOut_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("element");
        QTest::addColumn<int>("backgroundRole");
        const auto add = [](const char* name, bool dark, QStyle::PrimitiveElement e, QPalette::ColorRole bg) {
            QTest::newRow(name) << dark << int(e) << int(bg);
        };
        add("dark check box on window", true, QStyle::PE_IndicatorCheckBox, QPalette::Window);
        add("dark item view check on base", true, QStyle::PE_IndicatorItemViewItemCheck, QPalette::Base);
        add("dark item view check on alternate base", true, QStyle::PE_IndicatorItemViewItemCheck,
            QPalette::AlternateBase);
        add("dark radio button on window", true, QStyle::PE_IndicatorRadioButton, QPalette::Window);
        add("light check box on window", false, QStyle::PE_IndicatorCheckBox, QPalette::Window);
        add("light item view check on base", false, QStyle::PE_IndicatorItemViewItemCheck, QPalette::Base);
        add("light radio button on window", false, QStyle::PE_IndicatorRadioButton, QPalette::Window);
    }

    void uncheckedIndicatorsStandOut()
    {
        QFETCH(bool, dark);
        QFETCH(int, element);
        QFETCH(int, backgroundRole);
        Theme::apply(dark);
        QCOMPARE(Theme::isDark(), dark);
        const QColor background = QApplication::palette().color(QPalette::ColorRole(backgroundRole));
        QColor boundary;
        const double ratio = indicatorBoundaryContrast(QStyle::PrimitiveElement(element), background, &boundary);
        QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("boundary %1 on %2: contrast %3:1, WCAG asks for 3:1")
                                              .arg(boundary.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)));
    }

    void disabledIndicatorsAreDimmer()
    {
        // A disabled check box keeps an outline, in the dimmed text colour, weaker than an enabled one.
        Theme::apply(true);
        const QPalette palette = QApplication::palette();
        const QColor window = palette.color(QPalette::Active, QPalette::Window);
        const QColor enabled = ConsoleStyle::indicatorOutline(palette);
        const QColor disabled = ConsoleStyle::indicatorOutline(palette, QPalette::Disabled);
        QVERIFY(contrast(enabled, window) >= 3.2);
        QVERIFY(contrast(disabled, window) < contrast(enabled, window));
        QVERIFY(contrast(disabled, window) > 1.5);
    }

    void errorTextIsReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << true;
        QTest::newRow("light") << false;
    }

    void errorTextIsReadable()
    {
        // WCAG 2.1 1.4.3: text at least 4.5:1 against what it is drawn on.
        QFETCH(bool, dark);
        Theme::apply(dark);
        const QPalette palette = QApplication::palette();
        const QColor error = Theme::errorText(palette);
        QCOMPARE(error, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
            const double ratio = contrast(error, palette.color(role));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                  .arg(error.name(), palette.color(role).name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
    }

    void exportDialogUntickedPoliciesStandOut_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << true;
        QTest::newRow("light") << false;
    }

    void exportDialogUntickedPoliciesStandOut()
    {
        // The real dialog with every policy unticked: left of each row's text is its check box;
        // what is drawn there must stand out from the list's background by 3:1.
        QFETCH(bool, dark);
        Theme::apply(dark);
        ra::PolicyDocument doc;
        ra::ExplainTextProvider texts;
        ra::PolicyTreeModel tree(&doc, &texts);
        ExportDialog dialog(&tree);
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Tick &none"))
                b->click();
        QVERIFY(dialog.includedPolicies().empty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListView* view = dialog.view();
        QCOMPARE(view->model()->rowCount(), 4);
        const QImage image = view->viewport()->grab().toImage();
        const QColor background = view->palette().color(QPalette::Base);
        const int indicator = QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth);
        const qreal dpr = image.devicePixelRatio();
        for (int row = 0; row < 4; ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
            const QRect r = view->visualRect(index);
            // the row's left part, before its icon
            double best = 1.0;
            for (int x = r.left(); x < r.left() + indicator + 8; ++x)
                best = std::max(best, contrast(image.pixelColor(int(x * dpr), int(r.center().y() * dpr)), background));
            QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("row %1: contrast %2:1").arg(row).arg(best, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
