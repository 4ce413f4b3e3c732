#pragma once
// Walks the widget tree of a window for the keyboard and language tests: every state of its
// tab widgets, the Alt+letter mnemonics of what is visible at the same time, and every visible
// text. Generic on purpose: controls added later are checked without changing the tests.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

#include <functional>

namespace walk {

/// Shown now, in @p window itself (not in a popup or another window).
inline bool shown(const QWidget* w, const QWidget* window)
{
    return w->isVisible() && w->window() == window;
}

/// "QPushButton “&Add”": how a control is named in a failure message.
inline QString describe(const QObject* o, const QString& text = QString())
{
    if (!o)
        return QStringLiteral("nothing");
    QString d = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
        d += QLatin1Char('#') + o->objectName();
    if (!text.isEmpty())
        d += QStringLiteral(" “%1”").arg(text);
    return d;
}

/// Qt's parts of a composite control (a combo box's or spin box's line edit, a tab bar's scroll
/// buttons, a scroll area's bars) and Qt's own helpers.
inline bool internal(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p)
            || qobject_cast<const QTabBar*>(p))
            return true;
    return w->objectName().startsWith(QLatin1String("qt_"));
}

/**
 * Calls @p visit once for every combination of the tabs of the tab widgets that become visible
 * (nested ones too), with a name such as "Policies/Tree/Details" and an id that does not depend
 * on the language ("0/2"). Tab widgets in @p fixed keep their tab. The tabs are restored afterwards.
 */
inline void forEachTabState(QWidget* window, QSet<QTabWidget*> fixed, const QString& name, const QString& id,
                            const std::function<void(const QString& name, const QString& id)>& visit)
{
    QApplication::processEvents();
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (fixed.contains(tabs) || !shown(tabs, window))
            continue;
        fixed.insert(tabs);
        const int current = tabs->currentIndex();
        bool visited = false;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                continue;
            visited = true;
            tabs->setCurrentIndex(i);
            QString tab = tabs->tabText(i);
            tab.remove(QLatin1Char('&'));
            forEachTabState(window, fixed, name + QLatin1Char('/') + tab, id + QLatin1Char('/') + QString::number(i),
                            visit);
        }
        if (!visited) { // no tabs (yet): the rest of the window as it is
            forEachTabState(window, fixed, name, id, visit);
            return;
        }
        tabs->setCurrentIndex(current);
        QApplication::processEvents();
        return;
    }
    visit(name, id);
}

/// A control one types into or picks from: what a label is for.
inline bool isInput(const QWidget* w)
{
    if (const auto* e = qobject_cast<const QLineEdit*>(w))
        return !e->isReadOnly();
    if (qobject_cast<const QComboBox*>(w))
        return true;
    if (const auto* s = qobject_cast<const QAbstractSpinBox*>(w))
        return !s->isReadOnly();
    if (const auto* p = qobject_cast<const QPlainTextEdit*>(w))
        return !p->isReadOnly();
    if (const auto* t = qobject_cast<const QTextEdit*>(w))
        return !t->isReadOnly();
    if (const auto* v = qobject_cast<const QAbstractItemView*>(w)) {
        // a list one ticks or edits (helpers, Windows versions, policies to export)
        const QAbstractItemModel* m = v->model();
        if (!m)
            return false;
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c) {
                const QModelIndex i = m->index(r, c);
                const Qt::ItemFlags f = m->flags(i);
                if ((f.testFlag(Qt::ItemIsUserCheckable) && i.data(Qt::CheckStateRole).isValid())
                    || (f.testFlag(Qt::ItemIsEditable) && v->editTriggers() != QAbstractItemView::NoEditTriggers))
                    return true;
            }
    }
    return false;
}

/// The first input in a form row's field (the widget, its children, or a layout's widgets).
inline QWidget* inputIn(QLayoutItem* field)
{
    if (!field)
        return nullptr;
    if (QWidget* w = field->widget()) {
        if (isInput(w))
            return w;
        for (QWidget* c : w->findChildren<QWidget*>())
            if (isInput(c) && !internal(c))
                return c;
        return nullptr;
    }
    if (QLayout* l = field->layout())
        for (int i = 0; i < l->count(); ++i)
            if (QWidget* w = inputIn(l->itemAt(i)))
                return w;
    return nullptr;
}

struct Mnemonic
{
    QKeySequence key;
    QString what;
};

/**
 * The Alt+letter mnemonics active at the same time in @p window: the menu bar titles and the
 * visible buttons, group boxes, tabs and labels with a buddy (disabled ones too: they become
 * enabled while the rest stays).
 */
inline QList<Mnemonic> mnemonics(QWidget* window)
{
    QList<Mnemonic> out;
    const auto add = [&out](const QString& text, const QString& what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            out.append({key, what});
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>())
        if (shown(bar, window))
            for (QAction* a : bar->actions())
                if (a->isVisible())
                    add(a->text(), QStringLiteral("menu “%1”").arg(a->text()));
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!shown(w, window))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text(), describe(b, b->text()));
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title(), describe(g, g->title()));
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    add(t->tabText(i), QStringLiteral("tab “%1”").arg(t->tabText(i)));
        } else if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->buddy())
                add(l->text(), describe(l, l->text()));
        }
    }
    return out;
}

/// Two entries of @p marks with the same key: "Alt+A: menu “&Aide”, tab “&Aide”".
inline QStringList clashes(const QList<Mnemonic>& marks)
{
    QMap<QString, QStringList> byKey;
    for (const Mnemonic& m : marks)
        byKey[m.key.toString(QKeySequence::PortableText)] << m.what;
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            out << QStringLiteral("%1 is taken %2 times: %3").arg(it.key()).arg(it.value().size())
                       .arg(it.value().join(QStringLiteral(", ")));
    return out;
}

/// What is wrong with the keyboard access of what @p window shows now (empty: nothing).
inline QStringList keyboardProblems(QWidget* window)
{
    QStringList out = clashes(mnemonics(window));
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (!shown(l, window) || l->textFormat() == Qt::RichText)
            continue;
        const bool hasMnemonic = !QKeySequence::mnemonic(l->text()).isEmpty();
        QWidget* buddy = l->buddy();
        if (hasMnemonic && !buddy)
            out << QStringLiteral("%1 has a mnemonic but no buddy (it shows a literal &)").arg(describe(l, l->text()));
        if (hasMnemonic && buddy && buddy->focusPolicy() == Qt::NoFocus)
            out << QStringLiteral("%1: its buddy %2 takes no focus, the mnemonic does nothing")
                       .arg(describe(l, l->text()), describe(buddy));
        if (!hasMnemonic && buddy && isInput(buddy))
            out << QStringLiteral("%1 labels the input %2 but has no mnemonic").arg(describe(l, l->text()),
                                                                                   describe(buddy));
    }
    for (QFormLayout* form : window->findChildren<QFormLayout*>()) {
        if (!form->parentWidget() || !shown(form->parentWidget(), window))
            continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
            QWidget* input = inputIn(form->itemAt(row, QFormLayout::FieldRole));
            if (!label || !input || !shown(label, window) || !shown(input, window))
                continue;
            if (label->buddy() != input)
                out << QStringLiteral("%1 labels the input %2, but its buddy is %3")
                           .arg(describe(label, label->text()), describe(input),
                                label->buddy() ? describe(label->buddy()) : QStringLiteral("not set"));
        }
    }
    return out;
}

/// Problems of the mnemonics inside every menu of @p window's menu bar (a menu's items are
/// active at the same time while it is open).
inline QStringList menuProblems(QWidget* window)
{
    QStringList out;
    std::function<void(QMenu*)> check = [&](QMenu* menu) {
        QList<Mnemonic> marks;
        for (QAction* a : menu->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (!key.isEmpty())
                marks.append({key, QStringLiteral("“%1”").arg(a->text())});
            if (a->menu())
                check(a->menu());
        }
        for (const QString& c : clashes(marks))
            out << QStringLiteral("menu “%1”: %2").arg(menu->title(), c);
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>())
        if (bar->window() == window)
            for (QAction* a : bar->actions())
                if (a->menu())
                    check(a->menu());
    return out;
}

/// A key for @p w that stays the same when the widgets are retranslated or rebuilt alike: the
/// class and position among its parent's children of each level.
inline QString path(const QWidget* w, const QWidget* window)
{
    QStringList parts;
    for (const QWidget* c = w; c && c != window; c = c->parentWidget()) {
        int n = 0;
        if (const QWidget* p = c->parentWidget())
            for (const QObject* sibling : p->children()) {
                if (sibling == c)
                    break;
                if (sibling->isWidgetType() && sibling->metaObject() == c->metaObject())
                    ++n;
            }
        parts.prepend(QStringLiteral("%1[%2]").arg(QString::fromLatin1(c->metaObject()->className())).arg(n));
    }
    return parts.join(QLatin1Char('/'));
}

/// Every text of the items of @p model under @p parent (display texts, in every column).
inline void modelTexts(const QAbstractItemModel* model, const QModelIndex& parent, const QString& key,
                       QMap<QString, QString>& out, int depth = 0)
{
    if (depth > 6)
        return;
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            const QString k = QStringLiteral("%1/item %2,%3").arg(key).arg(r).arg(c);
            const QString text = i.data(Qt::DisplayRole).toString();
            if (!text.isEmpty())
                out.insert(k, text);
            const QString tip = i.data(Qt::ToolTipRole).toString();
            if (!tip.isEmpty())
                out.insert(k + QStringLiteral(" tooltip"), tip);
            if (c == 0)
                modelTexts(model, i, k, out, depth + 1);
        }
}

/**
 * Every text @p window shows now, by a key that names the control and the property: labels,
 * buttons, tabs, group boxes, placeholders, combo box items, item view headers and items,
 * tooltips, accessible names, the menus with their items, the toolbars' actions and the window
 * title. Not what the user typed or opened (line edit and plain text contents).
 */
inline QMap<QString, QString> visibleTexts(QWidget* window)
{
    QMap<QString, QString> out;
    const auto put = [&out](const QString& key, const QString& text) {
        if (!text.trimmed().isEmpty())
            out.insert(key, text);
    };
    put(QStringLiteral("window title"), window->windowTitle());
    std::function<void(QMenu*, const QString&)> menuTexts = [&](QMenu* menu, const QString& key) {
        put(key, menu->title());
        int n = 0;
        for (QAction* a : menu->actions()) {
            const QString k = QStringLiteral("%1/action %2").arg(key).arg(n++);
            if (a->menu())
                menuTexts(a->menu(), k);
            else if (!a->isSeparator())
                put(k, a->text());
        }
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        if (bar->window() != window)
            continue;
        int n = 0;
        for (QAction* a : bar->actions())
            if (a->menu())
                menuTexts(a->menu(), QStringLiteral("menu %1").arg(n++));
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!shown(w, window))
            continue;
        const QString key = path(w, window);
        put(key + QStringLiteral(" tooltip"), w->toolTip());
        put(key + QStringLiteral(" accessible name"), w->accessibleName());
        if (auto* l = qobject_cast<QLabel*>(w))
            put(key, l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            put(key, b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            put(key, g->title());
        else if (auto* d = qobject_cast<QDockWidget*>(w))
            put(key, d->windowTitle());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            put(key + QStringLiteral(" placeholder"), e->placeholderText());
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            put(key + QStringLiteral(" placeholder"), p->placeholderText());
        else if (auto* t = qobject_cast<QTextEdit*>(w)) {
            if (t->isReadOnly()) // the help text
                put(key, t->toPlainText());
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                put(QStringLiteral("%1 item %2").arg(key).arg(i), c->itemText(i));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                put(QStringLiteral("%1 tab %2").arg(key).arg(i), tabs->tabText(i));
                put(QStringLiteral("%1 tab %2 tooltip").arg(key).arg(i), tabs->tabToolTip(i));
            }
        } else if (auto* bar = qobject_cast<QToolBar*>(w)) {
            put(key, bar->windowTitle());
            int n = 0;
            for (QAction* a : bar->actions()) {
                put(QStringLiteral("%1 action %2").arg(key).arg(n), a->text());
                put(QStringLiteral("%1 action %2 tooltip").arg(key).arg(n), a->toolTip());
                ++n;
            }
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w)) {
            const QAbstractItemModel* m = v->model();
            if (!m || qobject_cast<QHeaderView*>(v)) // a header: its view's model is read below
                continue;
            for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
                const int n = o == Qt::Horizontal ? m->columnCount() : m->rowCount();
                for (int s = 0; s < n; ++s)
                    put(QStringLiteral("%1 header %2 %3").arg(key).arg(int(o)).arg(s),
                        m->headerData(s, o, Qt::DisplayRole).toString());
            }
            modelTexts(m, v->rootIndex(), key, out);
        }
    }
    return out;
}

} // namespace walk
