// Placeholder main; the console issue replaces it.
#include <QApplication>
#include <QMainWindow>
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow w;
    w.setWindowTitle(QStringLiteral("Remote Assistance Policy Console"));
    w.show();
    return app.exec();
}
