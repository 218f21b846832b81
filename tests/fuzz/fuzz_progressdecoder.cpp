// The progress decoder: the input is a sequence of poll bodies separated by a 0xFF byte (which
// valid JSON never holds). Each is decoded by one ProgressDecoder, as the polls of one run are,
// and each result, error text included, must be what the whole parse makes of that body.
#include "FuzzCheck.h"
#include "core/api/ParseProgress.h"
#include "core/api/ProgressDecoder.h"
#include "core/api/ProgressRequest.h"

#include <QNetworkReply> // ApiRequest.h holds a QPointer<QNetworkReply>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using fw::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    fw::ProgressDecoder decoder;
    const QList<QByteArray> bodies = input.split('\xff');
    for (const QByteArray &raw : bodies) {
        const QByteArray body(raw.constData(), raw.size()); // a copy: the decoder keeps it
        fw::RunProgress whole;
        const fw::ApiError wholeError = fw::parseProgress(body, &whole);
        fw::RunProgress polled;
        const fw::ApiError error = decoder.decode(body, &polled);
        check(error.isError() == wholeError.isError(), "decode() and parse() disagree on error",
              error.detail + u" | "_s + wholeError.detail);
        if (error.isError()) {
            check(error.kind == wholeError.kind, "error kinds differ");
            check(error.detail == wholeError.detail, "error details differ",
                  error.detail + u" | "_s + wholeError.detail);
            check(error.field == wholeError.field, "error fields differ",
                  error.field + u" | "_s + wholeError.field);
            check(error.userMessage() == wholeError.userMessage(), "error messages differ");
        } else {
            check(polled == whole, "decode() and parse() give different progress");
        }
    }
    return 0;
}
