#pragma once

#include "core/api/ValidationError.h"

namespace fw {

class CsvWriter;

/// Writes validation errors as CSV through a CsvWriter: `Row,Column,Value,Error`.
///
/// Row is written as a plain integer (locale-independent, never neutralised: it is ours).
/// Column, Value and Error come from the user's data or the server and are always
/// neutralised, so a Value of "-5" is exported as "'-5": a spreadsheet would otherwise be free
/// to evaluate "-5+..." as a formula, and we cannot tell harmless numbers from payloads.
class ValidationErrorCsv final
{
public:
    explicit ValidationErrorCsv(CsvWriter &writer);

    void writeHeader();
    void writeError(const ValidationError &error);

private:
    CsvWriter *m_writer = nullptr;
};

} // namespace fw
