#pragma once
/**
 * @file LazyPage.h
 * A page of a QTabWidget or QStackedWidget that makes its content the first time it is shown or
 * asked for: start-up builds (and lays out) only what the first paint shows.
 */
#include <QWidget>

#include <functional>

namespace ra::ui {

class LazyPage : public QWidget
{
    Q_OBJECT

public:
    /// @p make builds the content (parented to this page by the caller or not; it is added here).
    explicit LazyPage(std::function<QWidget*(QWidget* parent)> make, QWidget* parent = nullptr);

    /// The content, made now if it was not yet.
    QWidget* content();
    /// Whether content() has been made.
    bool isMade() const { return m_content != nullptr; }

Q_SIGNALS:
    /// The content was just made.
    void made(QWidget* content);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::function<QWidget*(QWidget* parent)> m_make;
    QWidget* m_content = nullptr;
};

} // namespace ra::ui
