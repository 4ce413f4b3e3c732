#include "core/Sha256.h"

#include <QTest>

#include <string>

using namespace ra;

/// FIPS 180-4 SHA-256 against the NIST example vectors (FIPS 180-2 appendix B / CSRC
/// "SHA256.pdf" examples) and the long-message vector of one million 'a'.
class TestSha256 : public QObject
{
    Q_OBJECT
private slots:
    void nistVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("empty") << QByteArray("")
                               << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("896 bits")
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
    }
    void nistVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(Sha256::hex(std::string_view(message.constData(), size_t(message.size())))),
                 digest);
    }

    void oneMillionA()
    {
        QCOMPARE(Sha256::hex(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void incrementalEqualsOneShot()
    {
        // one million 'a' fed in uneven pieces crosses every buffer boundary case
        Sha256 h;
        const std::string chunk(997, 'a');
        std::size_t left = 1000000;
        std::size_t piece = 1;
        while (left > 0) {
            const std::size_t n = std::min({piece, left, chunk.size()});
            h.update(chunk.data(), n);
            left -= n;
            piece = piece * 3 % 1000 + 1;
        }
        QCOMPARE(Sha256::toHex(h.finish()),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void finishStartsOver()
    {
        Sha256 h;
        h.update("garbage");
        h.finish();
        h.update("abc");
        QCOMPARE(Sha256::toHex(h.finish()),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void paddingBoundaries_data()
    {
        // lengths around the 55/56/64-byte padding boundaries; digests computed with
        // Python's hashlib.sha256(b"a" * n)
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("digest");
        QTest::newRow("55") << 55 << "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318";
        QTest::newRow("56") << 56 << "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a";
        QTest::newRow("63") << 63 << "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34";
        QTest::newRow("64") << 64 << "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb";
    }
    void paddingBoundaries()
    {
        QFETCH(int, length);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(Sha256::hex(std::string(std::size_t(length), 'a'))), digest);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
