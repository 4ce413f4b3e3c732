// Tests of the console's icons: an icon of the desktop's icon theme where the theme has it, the
// style's standard icon where it has not (ThemedIcon), and the dock title bar icons ConsoleStyle
// makes once instead of on every layout of a title bar.
#include "ui/ConsoleStyle.h"
#include "ui/ThemedIcon.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ra::ui;

namespace {
QImage imageOf(const QIcon& icon, int size)
{
    return icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}
} // namespace

class TestThemedIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void themeIconWhereTheThemeHasIt();
    void styleIconWhereTheThemeHasNone();
    void dockTitleBarIconsAreMadeOnce();
    void dockTitleBarIconsAreFusions();
    void otherIconsComeFromFusion();
    void dockWidgetButtonsUseTheCachedIcons();

private:
    QTemporaryDir m_themes;
    QImage m_actionPng;
};

void TestThemedIcon::initTestCase()
{
    QVERIFY(m_themes.isValid());
    // A real icon theme on disk: index.theme and one 16×16 PNG, a red square.
    const QString theme = m_themes.filePath(QStringLiteral("ra-test"));
    QVERIFY(QDir().mkpath(theme + QStringLiteral("/16x16/actions")));
    QFile index(theme + QStringLiteral("/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=ra-test\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
    index.close();
    m_actionPng = QImage(16, 16, QImage::Format_ARGB32);
    m_actionPng.fill(QColor(200, 10, 20));
    QVERIFY(m_actionPng.save(theme + QStringLiteral("/16x16/actions/ra-test-action.png"), "PNG"));
    QIcon::setThemeSearchPaths({m_themes.path()});
    QIcon::setThemeName(QStringLiteral("ra-test"));
    QIcon::setFallbackThemeName(QStringLiteral("ra-test"));
    QApplication::setStyle(new ConsoleStyle);
}

void TestThemedIcon::themeIconWhereTheThemeHasIt()
{
    const QIcon icon = themedIcon("ra-test-action", QStyle::SP_FileIcon);
    QCOMPARE(icon.name(), QStringLiteral("ra-test-action"));
    QCOMPARE(imageOf(icon, 16), m_actionPng);
}

void TestThemedIcon::styleIconWhereTheThemeHasNone()
{
    QWidget widget;
    const QIcon icon = themedIcon("ra-test-no-such-icon", QStyle::SP_MessageBoxWarning, &widget);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.name(), QString()); // not a theme icon
    const QIcon expected = widget.style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, &widget);
    QCOMPARE(imageOf(icon, 32), imageOf(expected, 32));
    QVERIFY(imageOf(icon, 32) != imageOf(themedIcon("ra-test-action", QStyle::SP_MessageBoxWarning), 32));
}

void TestThemedIcon::dockTitleBarIconsAreMadeOnce()
{
    QStyle* style = QApplication::style();
    const QIcon close1 = style->standardIcon(QStyle::SP_TitleBarCloseButton);
    const QIcon close2 = style->standardIcon(QStyle::SP_TitleBarCloseButton);
    const QIcon float1 = style->standardIcon(QStyle::SP_TitleBarNormalButton);
    const QIcon float2 = style->standardIcon(QStyle::SP_TitleBarNormalButton);
    QVERIFY(!close1.isNull());
    QVERIFY(!float1.isNull());
    QCOMPARE(close2.cacheKey(), close1.cacheKey());
    QCOMPARE(float2.cacheKey(), float1.cacheKey());
    QVERIFY(close1.cacheKey() != float1.cacheKey());
}

void TestThemedIcon::dockTitleBarIconsAreFusions()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyle* style = QApplication::style();
    for (const QStyle::StandardPixmap sp : {QStyle::SP_TitleBarCloseButton, QStyle::SP_TitleBarNormalButton}) {
        const QIcon ours = style->standardIcon(sp);
        const QIcon theirs = fusion->standardIcon(sp);
        QCOMPARE(ours.availableSizes(), theirs.availableSizes());
        for (int size : {10, 16, 32})
            QCOMPARE(imageOf(ours, size), imageOf(theirs, size));
    }
}

void TestThemedIcon::otherIconsComeFromFusion()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyle* style = QApplication::style();
    const QIcon a = style->standardIcon(QStyle::SP_ArrowBack);
    const QIcon b = style->standardIcon(QStyle::SP_ArrowBack);
    QVERIFY(a.cacheKey() != b.cacheKey()); // not kept: they may follow the layout direction
    QCOMPARE(imageOf(a, 16), imageOf(fusion->standardIcon(QStyle::SP_ArrowBack), 16));
}

void TestThemedIcon::dockWidgetButtonsUseTheCachedIcons()
{
    QMainWindow window;
    auto* dock = new QDockWidget(QStringLiteral("Findings"), &window);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* close = dock->findChild<QAbstractButton*>(QStringLiteral("qt_dockwidget_closebutton"));
    auto* floating = dock->findChild<QAbstractButton*>(QStringLiteral("qt_dockwidget_floatbutton"));
    QVERIFY(close);
    QVERIFY(floating);
    QCOMPARE(close->icon().cacheKey(), QApplication::style()->standardIcon(QStyle::SP_TitleBarCloseButton).cacheKey());
    QCOMPARE(floating->icon().cacheKey(),
             QApplication::style()->standardIcon(QStyle::SP_TitleBarNormalButton).cacheKey());
}

QTEST_MAIN(TestThemedIcon)
#include "TestThemedIcon.moc"
