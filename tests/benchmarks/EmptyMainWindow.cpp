// The floor of the start-up benchmark: an empty QMainWindow of the size ra-console first opens
// with (1280×860: the backing store grows with the window, not with the program), built the way
// ra-console is (qt_add_executable, same flags, Release). With --quit-after-first-paint it prints
// "first paint after <ms> ms" on stdout once the window has painted and quits, as ra-console does.
#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* window, const QElapsedTimer& clock)
        : QObject(window)
        , m_clock(clock)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // report after the paint event has been handled and the backing store flushed
            QTimer::singleShot(0, this, [this] {
                std::printf("first paint after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty main window"));
    window.resize(1280, 860); // MainWindow::restoreState() without saved geometry
    if (app.arguments().contains(QStringLiteral("--quit-after-first-paint")))
        new FirstPaintWatcher(&window, clock);
    window.show();
    return app.exec();
}
