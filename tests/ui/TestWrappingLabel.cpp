// Tests of WrappingLabel: the heights it gives are QLabel's own, each width is laid out once, and
// every change the height depends on is seen.
#include "ui/WrappingLabel.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace ra::ui;

namespace {
const QString kText = QStringLiteral(
    "Remote Assistance sessions are logged in the Windows event log and in session logs of the "
    "helper and of the person being helped: the log keeps who connected, when, and for how long.");
const QString kRich = QStringLiteral("<b>Offer Remote Assistance</b> lets the helpers listed here connect "
                                     "<i>without</i> an invitation.");

/// The height a plain QLabel with the same settings gives for @p width.
int plainHeight(const WrappingLabel& label, int width)
{
    QLabel plain;
    plain.setWordWrap(true);
    plain.setTextFormat(label.textFormat());
    plain.setText(label.text());
    plain.setFont(label.font());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setContentsMargins(label.contentsMargins());
    plain.setTextInteractionFlags(label.textInteractionFlags());
    plain.setAlignment(label.alignment());
    return plain.heightForWidth(width);
}
} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void wrapsFromTheStart();
    void heightsAreQLabels_data();
    void heightsAreQLabels();
    void eachWidthIsLaidOutOnce();
    void fourWidthsAreKept();
    void changesAreSeen_data();
    void changesAreSeen();
    void styleChangeIsSeen();
    void layoutAsksOncePerWidth();
};

void TestWrappingLabel::wrapsFromTheStart()
{
    WrappingLabel a;
    WrappingLabel b(kText);
    QVERIFY(a.wordWrap());
    QVERIFY(b.wordWrap());
    QCOMPARE(b.text(), kText);
    QVERIFY(b.hasHeightForWidth());
}

void TestWrappingLabel::heightsAreQLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("selectable");
    QTest::newRow("plain") << kText << false;
    QTest::newRow("plain, selectable") << kText << true;
    QTest::newRow("rich") << kRich << false;
    QTest::newRow("rich, selectable") << kRich << true;
}

void TestWrappingLabel::heightsAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(bool, selectable);
    WrappingLabel label(text);
    if (selectable)
        label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    int previous = 0;
    for (int width : {900, 400, 200, 120, 60}) {
        const int h = label.heightForWidth(width);
        QCOMPARE(h, plainHeight(label, width));
        QVERIFY2(h >= previous, qPrintable(QStringLiteral("narrower is not lower: %1 at %2").arg(h).arg(width)));
        previous = h;
    }
    QVERIFY(label.heightForWidth(60) > label.heightForWidth(900)); // it does wrap
}

void TestWrappingLabel::eachWidthIsLaidOutOnce()
{
    WrappingLabel label(kText);
    QCOMPARE(label.layoutCount(), 0);
    const int h300 = label.heightForWidth(300);
    QCOMPARE(label.layoutCount(), 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(label.heightForWidth(300), h300);
    QCOMPARE(label.layoutCount(), 1);
    const int h150 = label.heightForWidth(150);
    QCOMPARE(label.layoutCount(), 2);
    QCOMPARE(label.heightForWidth(300), h300);
    QCOMPARE(label.heightForWidth(150), h150);
    QCOMPARE(label.layoutCount(), 2);
}

void TestWrappingLabel::fourWidthsAreKept()
{
    WrappingLabel label(kText);
    for (int width : {100, 200, 300, 400})
        label.heightForWidth(width);
    QCOMPARE(label.layoutCount(), 4);
    for (int width : {400, 300, 200, 100})
        QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
    QCOMPARE(label.layoutCount(), 4);
    QCOMPARE(label.heightForWidth(500), plainHeight(label, 500)); // a fifth replaces the oldest (100)
    QCOMPARE(label.layoutCount(), 5);
    QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
    QCOMPARE(label.layoutCount(), 5);
    QCOMPARE(label.heightForWidth(100), plainHeight(label, 100));
    QCOMPARE(label.layoutCount(), 6);
}

void TestWrappingLabel::changesAreSeen_data()
{
    QTest::addColumn<std::function<void(WrappingLabel&)>>("change");
    QTest::addColumn<bool>("higher"); // the change makes the text need more height at 240 px
    QTest::newRow("text") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) { l.setText(kText + kText); }) << true;
    QTest::newRow("font") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) {
        QFont f = l.font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        l.setFont(f);
    }) << true;
    QTest::newRow("bold") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) {
        QFont f = l.font();
        f.setBold(true);
        l.setFont(f);
    }) << false;
    QTest::newRow("format") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) {
        l.setTextFormat(Qt::RichText);
        l.setText(QStringLiteral("<h1>") + kText + QStringLiteral("</h1>"));
    }) << true;
    QTest::newRow("margin") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) { l.setMargin(20); }) << true;
    QTest::newRow("indent") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) { l.setIndent(80); }) << true;
    QTest::newRow("contents margins")
        << std::function<void(WrappingLabel&)>([](WrappingLabel& l) { l.setContentsMargins(40, 30, 40, 30); }) << true;
    QTest::newRow("no wrap") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) { l.setWordWrap(false); }) << false;
    QTest::newRow("parent font") << std::function<void(WrappingLabel&)>([](WrappingLabel& l) {
        QFont f = l.parentWidget()->font();
        f.setPointSizeF(f.pointSizeF() * 2);
        l.parentWidget()->setFont(f); // the label inherits it
    }) << true;
}

void TestWrappingLabel::changesAreSeen()
{
    QFETCH(std::function<void(WrappingLabel&)>, change);
    QFETCH(bool, higher);
    QWidget parent;
    auto* label = new WrappingLabel(kText, &parent);
    const int before = label->heightForWidth(240);
    QCOMPARE(label->heightForWidth(240), before);
    const int layouts = label->layoutCount();
    change(*label);
    const int after = label->heightForWidth(240);
    QCOMPARE(label->layoutCount(), layouts + 1);
    if (label->wordWrap()) {
        QCOMPARE(after, plainHeight(*label, 240));
        if (higher)
            QVERIFY2(after > before, qPrintable(QStringLiteral("height %1, before %2").arg(after).arg(before)));
    } else {
        QLabel plain(label->text());
        plain.setFont(label->font());
        QCOMPARE(after, plain.heightForWidth(240));
    }
}

void TestWrappingLabel::styleChangeIsSeen()
{
    WrappingLabel label(kText);
    label.heightForWidth(240);
    const int layouts = label.layoutCount();
    const std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
    QVERIFY(windows);
    label.setStyle(windows.get());
    label.heightForWidth(240);
    QCOMPARE(label.layoutCount(), layouts + 1);
    label.setStyle(nullptr);
}

void TestWrappingLabel::layoutAsksOncePerWidth()
{
    // A label in nested box layouts, as on the policy page: laying the window out asks it for a
    // few widths, each laid out once; the label ends up as high as its text needs at its width.
    QWidget window;
    auto* outer = new QVBoxLayout(&window);
    auto* inner = new QVBoxLayout;
    auto* label = new WrappingLabel(kText, &window);
    inner->addWidget(label);
    inner->addStretch(1);
    outer->addLayout(inner);
    window.resize(260, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label->height(), plainHeight(*label, label->width()));
    const int layouts = label->layoutCount();
    QVERIFY(layouts >= 1);
    // laying out again at the same size asks nothing new
    window.layout()->invalidate();
    window.layout()->activate();
    QCOMPARE(label->layoutCount(), layouts);
    QCOMPARE(label->height(), plainHeight(*label, label->width()));
}

QTEST_MAIN(TestWrappingLabel)
#include "TestWrappingLabel.moc"
