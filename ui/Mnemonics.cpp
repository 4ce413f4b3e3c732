#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace ra::ui {

namespace {
/// Set on a label whose mnemonic this class chose: its text without the mnemonic, and with it.
constexpr const char* kPlainText = "ra_mnemonicPlainText";
constexpr const char* kChosenText = "ra_mnemonicChosenText";

bool isUnder(const QWidget* w, const QWidget* ancestor)
{
    return ancestor && (w == ancestor || ancestor->isAncestorOf(w));
}

void add(QSet<QChar>& keys, const QString& text)
{
    const QChar k = Mnemonics::key(text);
    if (!k.isNull())
        keys.insert(k);
}
} // namespace

QChar Mnemonics::key(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&')) {
            ++i; // a literal ampersand
            continue;
        }
        return next.toUpper();
    }
    return {};
}

QSet<QChar> Mnemonics::used(const QWidget* scope, const QWidget* except)
{
    QSet<QChar> keys;
    if (!scope)
        return keys;
    if (const QWidget* window = scope->window())
        for (const QMenuBar* bar : window->findChildren<QMenuBar*>())
            if (bar->window() == window)
                for (const QAction* a : bar->actions())
                    if (a->isVisible())
                        add(keys, a->text());
    QList<const QWidget*> widgets{scope};
    for (const QWidget* w : scope->findChildren<QWidget*>())
        widgets << w;
    for (const QWidget* w : widgets) {
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            add(keys, b->text());
        else if (const auto* g = qobject_cast<const QGroupBox*>(w))
            add(keys, g->title());
        else if (const auto* t = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(keys, t->tabText(i));
        } else if (const auto* l = qobject_cast<const QLabel*>(w)) {
            if (l->buddy() && !isUnder(l, except))
                add(keys, l->text());
        }
    }
    return keys;
}

QString Mnemonics::withMnemonic(const QString& text, QSet<QChar>& used)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    // A to Z first (every keyboard has them), the first letter of a word before the others;
    // then other letters (é, ü…), then digits.
    const auto ascii = [](QChar c) { return c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('Z'); };
    const auto wordStart = [&escaped](qsizetype i) { return i == 0 || !escaped.at(i - 1).isLetterOrNumber(); };
    const std::function<bool(qsizetype)> passes[] = {
        [&](qsizetype i) { return ascii(escaped.at(i)) && wordStart(i); },
        [&](qsizetype i) { return ascii(escaped.at(i)); },
        [&](qsizetype i) { return escaped.at(i).isLetter() && wordStart(i); },
        [&](qsizetype i) { return escaped.at(i).isLetter(); },
        [&](qsizetype i) { return escaped.at(i).isDigit(); },
    };
    for (const auto& fits : passes)
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar c = escaped.at(i);
            if (!fits(i) || used.contains(c.toUpper()))
                continue;
            used.insert(c.toUpper());
            escaped.insert(i, QLatin1Char('&'));
            return escaped;
        }
    return escaped;
}

void Mnemonics::assignMissing(QWidget* root, const QWidget* scope)
{
    if (!root)
        return;
    QList<QLabel*> labels;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->buddy())
            continue;
        const QVariant plain = l->property(kPlainText);
        if (plain.isValid() && l->text() == l->property(kChosenText).toString())
            l->setText(plain.toString()); // chosen here before: choose again
        l->setProperty(kPlainText, QVariant());
        l->setProperty(kChosenText, QVariant());
        if (key(l->text()).isNull())
            labels << l;
    }
    QSet<QChar> taken = used(scope);
    // The label with the fewest free letters first ("Helpers:" before a long sentence).
    const auto freeLetters = [&taken](const QLabel* l) {
        QSet<QChar> letters;
        for (QChar c : l->text())
            if (c.isLetterOrNumber() && !taken.contains(c.toUpper()))
                letters.insert(c.toUpper());
        return letters.size();
    };
    std::stable_sort(labels.begin(), labels.end(),
                     [&](const QLabel* a, const QLabel* b) { return freeLetters(a) < freeLetters(b); });
    for (QLabel* l : std::as_const(labels)) {
        const QString plain = l->text();
        const QString chosen = withMnemonic(plain, taken);
        l->setText(chosen);
        l->setProperty(kPlainText, plain);
        l->setProperty(kChosenText, chosen);
    }
}

} // namespace ra::ui
