#include "FontConfigWarmUp.h"

#ifdef RA_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace ra::ui {

FontConfigWarmUp::FontConfigWarmUp()
{
#ifdef RA_HAVE_FONTCONFIG
    // FcInit() is what QFontconfigDatabase calls first; the configuration it loads becomes
    // fontconfig's current one, which Qt then uses.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmUp::~FontConfigWarmUp() { wait(); }

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace ra::ui
