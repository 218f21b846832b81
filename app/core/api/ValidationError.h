#pragma once

#include <QString>

namespace fw {

/// One row that failed validation. `value` is the user's own data: anything can be in it.
struct ValidationError
{
    qint64 row = 0;
    QString column;
    QString value;
    QString error;

    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

} // namespace fw
