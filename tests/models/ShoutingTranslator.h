#pragma once
// A translator for the model tests: every text of one tr() context in upper case ("%1" stays),
// so that a test sees which texts a model made again after the language changed.
#include <QCoreApplication>
#include <QTranslator>

class ShoutingTranslator : public QTranslator
{
public:
    explicit ShoutingTranslator(const char* context)
        : m_context(context)
    {
        QCoreApplication::installTranslator(this);
    }
    ~ShoutingTranslator() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char* context, const char* sourceText, const char* = nullptr, int = -1) const override
    {
        if (m_context != context)
            return {};
        return QString::fromUtf8(sourceText).toUpper();
    }
    bool isEmpty() const override { return false; }

private:
    QByteArray m_context;
};
