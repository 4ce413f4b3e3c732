// IpAddress: which texts are IPv4/IPv6 addresses (the platform's parser), their bytes, loopback.
#include "core/IpAddress.h"

#include <QTest>

using namespace ra;

Q_DECLARE_METATYPE(ra::IpAddress::Family)

class TestIpAddress : public QObject
{
    Q_OBJECT
private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ra::IpAddress::Family>("family");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("loopback");
        const auto v4 = IpAddress::Family::V4;
        const auto v6 = IpAddress::Family::V6;
        QTest::newRow("IPv4") << "192.0.2.10" << v4 << QByteArray::fromHex("c000020a") << false;
        QTest::newRow("IPv4 loopback") << "127.0.0.1" << v4 << QByteArray::fromHex("7f000001") << true;
        QTest::newRow("IPv4 127/8") << "127.200.1.2" << v4 << QByteArray::fromHex("7fc80102") << true;
        QTest::newRow("IPv6") << "2001:db8::1" << v6 << QByteArray::fromHex("20010db8000000000000000000000001")
                              << false;
        QTest::newRow("IPv6 loopback") << "::1" << v6 << QByteArray::fromHex("00000000000000000000000000000001")
                                       << true;
        QTest::newRow("IPv6 unspecified") << "::" << v6 << QByteArray(16, '\0') << false;
        QTest::newRow("IPv6 upper case") << "FE80::ABCD" << v6
                                         << QByteArray::fromHex("fe80000000000000000000000000abcd") << false;
        QTest::newRow("IPv4-mapped loopback") << "::ffff:127.0.0.1" << v6
                                              << QByteArray::fromHex("00000000000000000000ffff7f000001") << true;
        QTest::newRow("IPv4-mapped") << "::ffff:192.0.2.10" << v6
                                     << QByteArray::fromHex("00000000000000000000ffffc000020a") << false;
    }

    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(ra::IpAddress::Family, family);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, loopback);
        const std::optional<IpAddress> a = IpAddress::parse(text.toStdString());
        QVERIFY(a);
        QCOMPARE(a->family, family);
        const int n = family == IpAddress::Family::V4 ? 4 : 16;
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(a->bytes.data()), n), bytes);
        QCOMPARE(a->isLoopback(), loopback);
    }

    void notAddresses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("name") << QByteArray("localhost");
        QTest::newRow("three parts") << QByteArray("192.0.2");
        QTest::newRow("octet too big") << QByteArray("192.0.2.256");
        QTest::newRow("hex IPv4") << QByteArray("0xc0.0.2.1");
        QTest::newRow("two double colons") << QByteArray("2001::db8::1");
        QTest::newRow("group too long") << QByteArray("2001:db8:12345::1");
        QTest::newRow("zone") << QByteArray("fe80::1%eth0");
        QTest::newRow("brackets") << QByteArray("[::1]");
        QTest::newRow("prefix length") << QByteArray("2001:db8::/32");
        QTest::newRow("port") << QByteArray("192.0.2.1:80");
        QTest::newRow("space") << QByteArray(" 192.0.2.1");
        QTest::newRow("NUL inside") << QByteArray("::1\0garbage", 11);
    }

    void notAddresses()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!IpAddress::parse(std::string_view(text.constData(), std::size_t(text.size()))));
    }
};

QTEST_APPLESS_MAIN(TestIpAddress)
#include "TestIpAddress.moc"
