#pragma once

#include "CsvWriterOptions.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <initializer_list>
#include <span>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace fw {

/// Writes RFC 4180 CSV as UTF-8 to a QIODevice.
///
/// - A field containing a comma, a double quote, CR or LF is quoted and its quotes doubled;
///   CR, LF and lone CRs are kept verbatim inside the quotes. Other fields (including ones with
///   leading or trailing spaces) are written as they are. A record made of one empty field is
///   written as `""` so that readers do not take it for a blank line.
/// - Records end with CRLF.
/// - Fields marked for neutralising whose first non-space character is `=` `+` `-` `@` TAB or
///   CR get a leading apostrophe, so a spreadsheet shows them as text instead of evaluating a
///   formula (CSV injection). This is deliberately blunt: "-5" becomes "'-5" too, because a
///   spreadsheet cannot tell a number from the start of a formula such as "-5+cmd|...".
///   Mark only columns holding untrusted text; write trusted numbers unmarked.
///
/// Output is collected in an internal buffer and handed to the device in large blocks: call
/// flush() (the destructor does too) before closing or committing the device, then check ok().
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, CsvWriterOptions options = {});
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Writes one record. `neutralise[i]` marks field i for formula neutralising; a shorter
    /// (or empty) span leaves the remaining fields unmarked. An empty `fields` writes an empty
    /// line. Does nothing once a write has failed.
    void writeRecord(std::span<const QStringView> fields, std::span<const bool> neutralise = {});
    void writeRecord(std::initializer_list<QStringView> fields,
                     std::initializer_list<bool> neutralise = {});

    /// Hands everything buffered to the device. Returns ok().
    bool flush();

    /// False once the device refused a write (or was not writable); sticky.
    [[nodiscard]] bool ok() const { return m_errorString.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    /// Number of records written (or buffered) so far.
    [[nodiscard]] qint64 recordCount() const { return m_recordCount; }

    /// True when the first non-space (U+0020) character of `field` is one of = + - @ TAB CR.
    [[nodiscard]] static bool needsNeutralising(QStringView field);

    /// True when `field` must be quoted: it contains a comma, a double quote, CR or LF.
    [[nodiscard]] static bool needsQuoting(QStringView field);

    /// The bytes one field is written as (without separators): neutralised if asked and
    /// needed, then quoted if needed, as UTF-8. For tests and one-off use; allocates.
    [[nodiscard]] static QByteArray encodeField(QStringView field, bool neutralise = false);

private:
    void appendField(QStringView field, bool neutralise);
    char *reserve(qsizetype bytes);
    void fail(const QString &message);

    QIODevice *m_device = nullptr;
    CsvWriterOptions m_options;
    QByteArray m_buffer; // fixed-size scratch; m_used bytes of it are pending
    qsizetype m_used = 0;
    qint64 m_recordCount = 0;
    bool m_bomWritten = false;
    QString m_errorString;
};

} // namespace fw
