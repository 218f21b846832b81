#pragma once

#include "core/api/ValidationError.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fw::ui {

/// The first validation errors as the progress response carries them (at most 20), shown at once
/// in a plain table until the full error table replaces this preview.
class ErrorsPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorsPreview)

public:
    explicit ErrorsPreview(QWidget *parent = nullptr);

    /// `failedRows` is the run's total, to say how many more there are.
    void setErrors(const QList<ValidationError> &errors, qint64 failedRows);
    int rowCount() const;

private:
    QList<ValidationError> m_errors;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace fw::ui
