#include "ErrorExportDialog.h"

#include "core/export/ErrorExporter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

ErrorExportDialog::ErrorExportDialog(const QString &suggestedPath, qint64 allRows, qint64 viewRows,
                                     bool stillLoading, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_all(new QRadioButton(this))
    , m_view(new QRadioButton(this))
    , m_bom(new QCheckBox(tr("Start with a UTF-8 byte order mark (lets Excel detect the "
                             "encoding)"),
                          this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export errors"));
    const QLocale locale;
    m_all->setText(stillLoading ? tr("&All %1 errors loaded so far (loading is not finished)")
                                      .arg(locale.toString(allRows))
                                : tr("&All %1 errors").arg(locale.toString(allRows)));
    m_view->setText(
        tr("Only the %1 errors &shown, in their current order").arg(locale.toString(viewRows)));
    m_all->setChecked(true);
    m_view->setEnabled(viewRows != allRows);
    m_bom->setChecked(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ErrorExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *rows = new QVBoxLayout;
    rows->addWidget(m_all);
    rows->addWidget(m_view);
    form->addRow(tr("Rows:"), rows);
    form->addRow(QString(), m_bom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_problem->hide();
    });
    m_problem->setTextFormat(Qt::PlainText); // the path may hold anything
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"exportProblem"_s);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Cells that a spreadsheet would run as a formula (starting with "
                               "= + - @) are written with a leading apostrophe."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void ErrorExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export errors"), m_path->text(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ErrorExportDialog::fileName() const
{
    return m_path->text().trimmed();
}

bool ErrorExportDialog::allRows() const
{
    return m_all->isChecked();
}

QString ErrorExportDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ErrorExportDialog::accept()
{
    const QString refused = ErrorExporter::refusedTargetMessage(fileName());
    if (!refused.isEmpty()) {
        m_problem->setText(u"\u26a0 "_s + refused);
        m_problem->show();
        m_path->setFocus();
        m_path->selectAll();
        return;
    }
    QDialog::accept();
}

bool ErrorExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

} // namespace fw::ui
