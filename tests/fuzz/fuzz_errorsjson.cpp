// The errors JSON reader (the non-streaming answer of GET …/errors) and the sanitising of a
// server-suggested file name. Neither may crash, and what they accept must be sane.
#include "FuzzCheck.h"
#include "core/api/ErrorsRequest.h"

#include <QNetworkReply> // ApiRequest.h holds a QPointer<QNetworkReply>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using fw::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<fw::ValidationError> errors;
    std::optional<qint64> total;
    const fw::ApiError error = fw::ErrorsRequest::parseJson(body, &errors, &total);
    if (error.isError())
        check(!error.userMessage().isEmpty(), "an error without a message");

    const QString name = fw::ErrorsRequest::safeFileName(QString::fromUtf8(body));
    if (!name.isEmpty()) {
        check(name.endsWith(u".csv"_s, Qt::CaseInsensitive), "a name not ending in .csv", name);
        check(name.size() <= 124, "a suggested name too long", name);
        check(!name.contains(u'/') && !name.contains(u'\\'), "a suggested name with a path", name);
        check(!name.startsWith(u'.'), "a hidden suggested name", name);
    }
    return 0;
}
