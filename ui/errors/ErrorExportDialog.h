#pragma once

#include <QDialog>

class QCheckBox;
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

private:
    void browse();

    QLineEdit *m_path = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_view = nullptr;
    QCheckBox *m_bom = nullptr;
};

} // namespace fw::ui
