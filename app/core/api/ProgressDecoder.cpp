#include "ProgressDecoder.h"

#include "JsonBody.h"
#include "JsonReader.h"
#include "JsonScanner.h"
#include "ParseProgress.h"
#include "ValueReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw {

namespace {

/// Parses `json`, an array of `expected` objects, with `read` and appends the results to `out`.
/// False on anything the whole parse would report.
template<typename T, typename Read>
bool parseObjects(const QByteArray &json, qsizetype expected, Read read, QList<T> *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    const QJsonArray array = doc.array();
    if (array.size() != expected)
        return false;
    JsonReader::Problem problem;
    out->reserve(out->size() + expected);
    for (qsizetype i = 0; i < expected; ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject())
            return false;
        JsonReader item(value.toObject(), QString(), &problem);
        out->append(read(item));
        if (!item.ok())
            return false;
    }
    return true;
}

} // namespace

ApiError ProgressDecoder::decode(const QByteArray &received, RunProgress *progress)
{
    m_stats = {};
    if (!m_body.isEmpty() && received == m_body) {
        m_stats.sameBody = true;
        *progress = m_progress;
        return {};
    }
    // Invalid UTF-8 becomes U+FFFD before anything reads it, so both paths see the same text
    // (and a body that needed it is never "the same" as the last one: decoded again each poll).
    const QByteArray body = validUtf8(received);
    RunProgress parsed;
    State next;
    if (!decodeIncrementally(body, &parsed, &next)) {
        m_stats = {};
        m_stats.wholeParse = true;
        const ApiError error = parseProgress(body, &parsed);
        if (error.isError())
            return error; // the last good body stays the reference for the next one
        next = {};
    }
    m_body = body;
    m_state = std::move(next);
    m_progress = parsed;
    *progress = std::move(parsed);
    return {};
}

bool ProgressDecoder::decodeIncrementally(const QByteArray &body, RunProgress *out, State *next)
{
    // What the last body holds can be reused only while it matches the last result.
    const bool partitionsKnown
        = qsizetype(m_state.partitions.size()) == m_progress.partitionDetails.size();
    const bool logKnown = m_state.logCount > 0 && m_state.logCount == m_progress.log.size();

    JsonScanner s(body);
    std::optional<QList<PartitionDetail>> partitions;
    std::optional<QList<LogEntry>> log;

    // Reads "partitionDetails": a partition whose bytes are those of the same partition in the
    // last body is reused; the others are parsed together.
    auto readPartitions = [&]() -> bool {
        s.take('[');
        std::vector<std::pair<qsizetype, Span>> changed;
        next->partitions.reserve(m_state.partitions.size());
        s.skipSpace();
        if (!s.take(']')) {
            for (qsizetype i = 0;; ++i) {
                s.skipSpace();
                const qsizetype start = s.offset();
                const bool same = partitionsKnown && size_t(i) < m_state.partitions.size()
                    && s.takeBytes(m_body.constData() + m_state.partitions[size_t(i)].offset,
                                   m_state.partitions[size_t(i)].length);
                if (!same) {
                    if (!s.skipObject())
                        return false;
                    changed.push_back({i, Span {start, s.offset() - start}});
                }
                next->partitions.push_back(Span {start, s.offset() - start});
                const JsonScanner::After after = s.takeSeparator(']');
                if (after == JsonScanner::After::Broken)
                    return false;
                if (after == JsonScanner::After::Closed)
                    break;
            }
        }
        QList<PartitionDetail> result
            = partitionsKnown ? m_progress.partitionDetails : QList<PartitionDetail>();
        const qsizetype count = qsizetype(next->partitions.size());
        if (result.size() != count)
            result.resize(count);
        if (!changed.empty()) {
            QByteArray batch;
            batch.reserve(qsizetype(changed.size()) * 80 + 2);
            batch.append('[');
            for (const auto &[index, span] : changed) {
                if (batch.size() > 1)
                    batch.append(',');
                batch.append(body.constData() + span.offset, span.length);
            }
            batch.append(']');
            QList<PartitionDetail> parsed;
            if (!parseObjects(batch, qsizetype(changed.size()), readPartition, &parsed))
                return false;
            for (size_t k = 0; k < changed.size(); ++k)
                result[changed[k].first] = parsed.at(qsizetype(k));
        }
        m_stats.partitionsParsed = qsizetype(changed.size());
        partitions = std::move(result);
        return true;
    };

    // Reads "log": when the last body's entries start it unchanged, only the entries after
    // them are parsed.
    auto readLog = [&]() -> bool {
        s.take('[');
        s.skipSpace();
        const qsizetype first = s.offset();
        qsizetype reused = 0;
        qsizetype end = first;
        bool more = false; // an entry must follow
        if (logKnown
            && s.takeBytes(m_body.constData() + m_state.logEntries.offset,
                           m_state.logEntries.length)) {
            reused = m_state.logCount;
            end = s.offset();
            const JsonScanner::After after = s.takeSeparator(']');
            if (after == JsonScanner::After::Broken)
                return false;
            more = after == JsonScanner::After::More;
        } else {
            more = !s.take(']');
        }
        qsizetype count = reused;
        qsizetype tailStart = -1;
        while (more) {
            s.skipSpace();
            const qsizetype start = s.offset();
            if (!s.skipObject())
                return false;
            if (tailStart < 0)
                tailStart = start;
            end = s.offset();
            ++count;
            const JsonScanner::After after = s.takeSeparator(']');
            if (after == JsonScanner::After::Broken)
                return false;
            more = after == JsonScanner::After::More;
        }
        QList<LogEntry> result = reused > 0 ? m_progress.log : QList<LogEntry>();
        if (tailStart >= 0) {
            QByteArray batch;
            batch.reserve(end - tailStart + 2);
            batch.append('[');
            batch.append(body.constData() + tailStart, end - tailStart);
            batch.append(']');
            if (!parseObjects(batch, count - reused, readLogEntry, &result))
                return false;
        }
        next->logEntries = Span {first, end - first};
        next->logCount = count;
        m_stats.logEntriesParsed = count - reused;
        log = std::move(result);
        return true;
    };

    // The top-level object: the two long arrays are read above; every other member is copied
    // as it is into a small object that the whole parse reads.
    s.skipSpace();
    if (!s.take('{'))
        return false;
    QByteArray rest;
    rest.reserve(2048);
    rest.append('{');
    QList<QByteArrayView> keys;
    s.skipSpace();
    if (!s.take('}')) {
        while (true) {
            s.skipSpace();
            const qsizetype keyStart = s.offset();
            bool escaped = false;
            if (!s.skipString(&escaped) || escaped)
                return false; // an escaped key might spell a known one: the whole parse decides
            const QByteArrayView key(body.constData() + keyStart + 1, s.offset() - keyStart - 2);
            if (keys.contains(key))
                return false; // which of two equal keys counts is the whole parse's business
            keys.append(key);
            s.skipSpace();
            if (!s.take(':'))
                return false;
            s.skipSpace();
            if (key == QByteArrayView("partitionDetails") && s.peek('[')) {
                if (!readPartitions())
                    return false;
            } else if (key == QByteArrayView("log") && s.peek('[')) {
                if (!readLog())
                    return false;
            } else {
                if (!s.skipValue())
                    return false;
                if (rest.size() > 1)
                    rest.append(',');
                rest.append(body.constData() + keyStart, s.offset() - keyStart);
            }
            const JsonScanner::After after = s.takeSeparator('}');
            if (after == JsonScanner::After::Broken)
                return false;
            if (after == JsonScanner::After::Closed)
                break;
        }
    }
    s.skipSpace();
    if (!s.atEnd())
        return false;
    rest.append('}');

    RunProgress progress;
    if (parseProgress(rest, &progress).isError())
        return false;
    if (partitions)
        progress.partitionDetails = std::move(*partitions);
    if (log)
        progress.log = std::move(*log);
    *out = std::move(progress);
    return true;
}

} // namespace fw
