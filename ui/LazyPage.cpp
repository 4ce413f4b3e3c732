#include "LazyPage.h"

#include <QVBoxLayout>

namespace ra::ui {

LazyPage::LazyPage(std::function<QWidget*(QWidget* parent)> make, QWidget* parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::content()
{
    if (!m_content) {
        m_content = m_make(this);
        layout()->addWidget(m_content);
        // a child added to a shown widget is shown only later (queued) and laid out on the next
        // layout request: show it now, so that the page is complete when it becomes current
        if (isVisible()) {
            m_content->show();
            layout()->activate(); // and laid out at once, as the rest of a shown window
        }
        Q_EMIT made(m_content);
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent* event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace ra::ui
