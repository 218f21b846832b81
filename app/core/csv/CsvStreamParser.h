#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <span>
#include <vector>

namespace fw {

/// An incremental RFC 4180 parser, fed bytes as they arrive (e.g. from a QNetworkReply).
///
/// - Fields are handed out as UTF-8 byte views with quoting undone; the views are valid only
///   during the callback. The parser never converts to QString: that is up to the caller.
/// - Quoted fields may hold commas, doubled quotes, CR, LF and CRLF.
/// - Records end with CRLF, LF or a lone CR outside quotes. Blank lines are skipped (they are
///   not records), so a record made of one empty field must be written as `""`.
/// - A UTF-8 byte order mark at the very start of the stream is skipped.
/// - Chunks may be split anywhere: inside quotes, between the two quotes of a doubled quote,
///   between CR and LF, inside a BOM or a multi-byte UTF-8 sequence.
///
/// Malformed input is handled leniently, like Python's csv module and most spreadsheets, and
/// never stops the parse: a quote inside an unquoted field is kept as a literal character
/// (`ab"c` → `ab"c`), and characters after a closing quote are appended to the field
/// (`"ab"cd` → `abcd`). Only two things are errors: input ending inside a quoted field
/// (reported by finish()) and a record larger than the configured cap, which keeps memory
/// bounded when a stray quote would otherwise swallow the rest of the stream. After an error
/// further input is ignored until reset().
class CsvStreamParser final
{
    Q_DECLARE_TR_FUNCTIONS(fw::CsvStreamParser)

public:
    using RecordHandler = std::function<void(std::span<const QByteArrayView> fields)>;

    static constexpr qsizetype DefaultMaxRecordBytes = qsizetype {64} * 1024 * 1024;

    /// `maxRecordBytes` caps the unquoted size of one record (plus one byte per field).
    explicit CsvStreamParser(qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    /// Parses `chunk`, calling `onRecord` for every record completed by it. A partial record at
    /// the end is kept until the next feed() or finish(). `onRecord` must not call back into
    /// this parser.
    void feed(QByteArrayView chunk, const RecordHandler &onRecord);

    /// Ends the stream: delivers a last record that has no line ending. Returns false (and sets
    /// the error) when the input ended inside a quoted field or an error happened before.
    bool finish(const RecordHandler &onRecord);

    [[nodiscard]] bool hasError() const { return !m_errorString.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    /// Records delivered so far.
    [[nodiscard]] qint64 recordCount() const { return m_recordCount; }
    /// Bytes accepted so far (including a BOM and a partial record held for the next chunk).
    [[nodiscard]] qint64 bytesConsumed() const { return m_bytesConsumed; }

    /// Forgets all state, ready for a new stream.
    void reset();

private:
    enum class State : quint8 { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void parse(const char *p, const char *end, const RecordHandler &onRecord);
    bool append(const char *data, qsizetype size);
    bool endField();
    void endRecord(const RecordHandler &onRecord);
    bool recordTooLarge();
    void fail(const QString &message);

    std::vector<char> m_record; // unquoted bytes of the partial record; m_recordSize are used
    qsizetype m_recordSize = 0;
    std::vector<qsizetype> m_fieldEnds; // end offset in m_record of each finished field
    std::vector<QByteArrayView> m_views; // reused for the callback
    QByteArray m_bomProbe; // leading bytes that may still turn out to be a BOM
    bool m_atStreamStart = true;
    State m_state = State::RecordStart;
    qsizetype m_maxRecordBytes = DefaultMaxRecordBytes;
    qint64 m_recordCount = 0;
    qint64 m_bytesConsumed = 0;
    QString m_errorString;
};

} // namespace fw
