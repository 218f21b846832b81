#include "NotificationPolicy.h"

using namespace Qt::StringLiterals;

namespace fw {

QString notificationPolicyKey(NotificationPolicy policy)
{
    switch (policy) {
    case NotificationPolicy::FailuresOnly:
        return u"failures"_s;
    case NotificationPolicy::None:
        return u"none"_s;
    case NotificationPolicy::All:
        break;
    }
    return u"all"_s;
}

NotificationPolicy notificationPolicyFromKey(QStringView key)
{
    if (key.compare(u"failures", Qt::CaseInsensitive) == 0)
        return NotificationPolicy::FailuresOnly;
    if (key.compare(u"none", Qt::CaseInsensitive) == 0)
        return NotificationPolicy::None;
    return NotificationPolicy::All;
}

} // namespace fw
