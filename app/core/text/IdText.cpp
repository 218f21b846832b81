#include "IdText.h"

namespace fw {

bool isPlausibleId(QStringView text)
{
    // "." and ".." (and any id starting with a dot) could walk a path: never an id.
    if (text.isEmpty() || text.size() > 128 || text.front() == u'.')
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-' || u == u'.' || u == u':';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace fw
