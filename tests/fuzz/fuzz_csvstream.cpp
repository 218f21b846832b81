// The streaming CSV parser: the records, the error and the counts must not depend on where the
// stream is cut into chunks. The first input byte picks the chunk sizes; a small record cap on
// odd seeds exercises the "record too large" path.
#include "FuzzCheck.h"
#include "core/csv/CsvStreamParser.h"

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;
using fw::fuzz::check;

namespace {
struct Outcome
{
    std::vector<std::vector<QByteArray>> records;
    bool finished = false;
    QString error;
    qint64 recordCount = 0;
    qint64 bytesConsumed = 0;
};

Outcome parse(QByteArrayView input, qsizetype chunk, qsizetype cap)
{
    Outcome outcome;
    fw::CsvStreamParser parser(cap);
    const auto onRecord = [&](std::span<const QByteArrayView> fields) {
        std::vector<QByteArray> record;
        for (const QByteArrayView f : fields)
            record.emplace_back(f.data(), f.size());
        outcome.records.push_back(std::move(record));
    };
    for (qsizetype at = 0; at < input.size(); at += chunk)
        parser.feed(input.sliced(at, std::min(chunk, input.size() - at)), onRecord);
    outcome.finished = parser.finish(onRecord);
    outcome.error = parser.errorString();
    outcome.recordCount = parser.recordCount();
    outcome.bytesConsumed = parser.bytesConsumed();
    return outcome;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t seed = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype cap = seed & 1 ? 64 : fw::CsvStreamParser::DefaultMaxRecordBytes;
    const Outcome whole = parse(input, std::max<qsizetype>(1, input.size()), cap);
    const Outcome chunked = parse(input, 1 + (seed >> 1) % 7, cap);
    check(whole.records == chunked.records, "records depend on the chunks");
    check(whole.finished == chunked.finished, "finish() depends on the chunks");
    check(whole.error == chunked.error, "the error depends on the chunks",
          whole.error + u" | "_s + chunked.error);
    check(qsizetype(whole.records.size()) == whole.recordCount, "recordCount() is off");
    check(whole.recordCount == chunked.recordCount, "recordCount() depends on the chunks");
    check(whole.finished == whole.error.isEmpty(), "finish() and errorString() disagree");
    return 0;
}
