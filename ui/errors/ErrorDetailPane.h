#pragma once

#include "core/api/ValidationError.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace fw::ui {

/// The whole of one error: row, column and message, and the value in full with control
/// characters and bidirectional overrides made visible (line breaks also break the line).
class ErrorDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorDetailPane)

public:
    explicit ErrorDetailPane(QWidget *parent = nullptr);

    void showError(const ValidationError &error);
    void clear();
    QString valueText() const;
    QString headline() const;

private:
    QLabel *m_headline = nullptr;
    QPlainTextEdit *m_value = nullptr;
};

} // namespace fw::ui
