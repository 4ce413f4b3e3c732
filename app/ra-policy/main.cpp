// Placeholder until the ra-policy issue lands its command-line tool.
#include <cstdio>
int main()
{
    std::puts("ra-policy " RA_VERSION);
    return 0;
}
