#include "ValidationErrorCsv.h"

#include "core/csv/CsvWriter.h"

#include <array>

namespace fw {

ValidationErrorCsv::ValidationErrorCsv(CsvWriter &writer)
    : m_writer(&writer)
{ }

void ValidationErrorCsv::writeHeader()
{
    m_writer->writeRecord({u"Row", u"Column", u"Value", u"Error"});
}

void ValidationErrorCsv::writeError(const ValidationError &error)
{
    // The row number, formatted without the locale and without allocating.
    std::array<char16_t, 24> digits {};
    char16_t *const end = digits.data() + digits.size();
    char16_t *begin = end;
    const bool negative = error.row < 0;
    quint64 magnitude
        = negative ? 0 - static_cast<quint64>(error.row) : static_cast<quint64>(error.row);
    do {
        *--begin = static_cast<char16_t>(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--begin = u'-';

    const std::array<QStringView, 4> fields {QStringView(begin, end), error.column, error.value,
                                             error.error};
    static constexpr std::array<bool, 4> Neutralise {false, true, true, true};
    m_writer->writeRecord(fields, Neutralise);
}

} // namespace fw
