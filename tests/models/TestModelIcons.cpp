#include "models/ModelIcons.h"

#include <QIcon>
#include <QImage>
#include <QTest>

using namespace ra;

namespace {
QImage image(const QIcon& icon)
{
    return icon.pixmap(16, 16).toImage();
}
} // namespace

class TestModelIcons : public QObject
{
    Q_OBJECT
private slots:
    void everyIconRenders()
    {
        const QList<QIcon> icons = {ModelIcons::folder(),
                                    ModelIcons::policyState(PolicyState::NotConfigured),
                                    ModelIcons::policyState(PolicyState::Enabled),
                                    ModelIcons::policyState(PolicyState::Disabled),
                                    ModelIcons::severity(Severity::Info),
                                    ModelIcons::severity(Severity::Warning),
                                    ModelIcons::severity(Severity::Error),
                                    ModelIcons::checkmark()};
        QList<QImage> images;
        for (const QIcon& icon : icons) {
            const QImage img = image(icon);
            QVERIFY(!img.isNull());
            QCOMPARE(img.size(), QSize(16, 16));
            QVERIFY(!images.contains(img)); // all different
            images << img;
        }
        // the same at 200 % (high DPI): SVG, not a scaled bitmap
        QCOMPARE(ModelIcons::checkmark().pixmap(QSize(16, 16), 2.0).toImage().size(), QSize(32, 32));
    }

    void iconsAreSharedNotReloaded()
    {
        QCOMPARE(ModelIcons::severity(Severity::Error).cacheKey(), ModelIcons::severity(Severity::Error).cacheKey());
        QCOMPARE(ModelIcons::policyState(PolicyState::Enabled).cacheKey(),
                 ModelIcons::policyState(PolicyState::Enabled).cacheKey());
        QVERIFY(ModelIcons::severity(Severity::Error).cacheKey() != ModelIcons::severity(Severity::Warning).cacheKey());
    }
};

QTEST_MAIN(TestModelIcons)
#include "TestModelIcons.moc"
