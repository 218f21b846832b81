// flowwatch:// deep links and pasted run URLs or ids: any text is parsed without crashing; a
// parse either succeeds without an error or fails with one; a valid link survives a round trip
// through toUrl(), and never carries a key.
#include "FuzzCheck.h"
#include "core/profiles/DeepLink.h"
#include "core/profiles/RunLocator.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using fw::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    const fw::DeepLink link = fw::DeepLink::parse(text, &error);
    check(link.isValid() == error.isEmpty(), "DeepLink: valid and error disagree", error);
    (void)fw::DeepLink::looksLikeDeepLink(text);
    const QString canonical = link.toUrl().toString(QUrl::FullyEncoded);
    if (link.isValid() && canonical.size() <= 4096) { // longer links are refused as not genuine
        QString again;
        const fw::DeepLink reparsed = fw::DeepLink::parse(canonical, &again);
        check(reparsed.isValid(), "DeepLink: toUrl() does not parse", canonical + u" "_s + again);
        check(reparsed.server == link.server && reparsed.tenant == link.tenant
                  && reparsed.pipelineId == link.pipelineId && reparsed.runId == link.runId,
              "DeepLink: round trip changes the link", canonical);
        check(link.server.userInfo().isEmpty(), "DeepLink: a server with user info", canonical);
    }

    QString locatorError;
    const fw::RunLocator locator = fw::RunLocator::parse(text, &locatorError);
    check(locator.isValid() == locatorError.isEmpty(), "RunLocator: valid and error disagree",
          locatorError);
    if (locator.isValid())
        check(!locator.runId.contains(u'/'), "RunLocator: a run id with a slash", locator.runId);
    return 0;
}
