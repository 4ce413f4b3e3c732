// ra-console: the Remote Assistance Policy Console (all of it lives in ra_ui).
#include "ui/ConsoleApplication.h"

int main(int argc, char** argv)
{
    ra::ui::ConsoleApplication::markProcessStart();
    return ra::ui::ConsoleApplication::run(argc, argv);
}
