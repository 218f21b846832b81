#pragma once

namespace fw {

/// How a CsvWriter frames its output.
struct CsvWriterOptions
{
    /// Write a UTF-8 byte order mark (EF BB BF) once, before the first record, so that
    /// spreadsheet programs detect the encoding instead of guessing a legacy code page.
    bool byteOrderMark = true;
};

} // namespace fw
