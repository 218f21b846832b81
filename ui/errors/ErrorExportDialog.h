#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace fw::ui {

/// Where and what to export: a file (suggested name in the last used folder), all loaded errors
/// or only the filtered and sorted view, and whether to write a UTF-8 byte order mark.
class ErrorExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorExportDialog)

public:
    ErrorExportDialog(const QString &suggestedPath, qint64 allRows, qint64 viewRows,
                      bool stillLoading, QWidget *parent = nullptr);

    QString fileName() const;
    bool allRows() const;
    bool byteOrderMark() const;
    /// Why the file was refused when Export was pressed (shown in the dialog), or empty.
    QString problem() const;

    /// Closes the dialog only for a file that may be written: an existing file that is not a
    /// regular one (a device, a pipe, a folder) is refused and the dialog stays open.
    void accept() override;

private:
    void browse();

    QLineEdit *m_path = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_view = nullptr;
    QCheckBox *m_bom = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace fw::ui
