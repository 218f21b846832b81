#include "ErrorsPreview.h"

#include "core/text/DisplayText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fw::ui {

ErrorsPreview::ErrorsPreview(QWidget *parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Error")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("First validation errors"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    setErrors({}, 0);
}

void ErrorsPreview::setErrors(const QList<ValidationError> &errors, qint64 failedRows)
{
    const QLocale locale;
    const qint64 total = std::max<qint64>(failedRows, errors.size());
    m_caption->setText(errors.isEmpty()
                           ? tr("No validation errors reported.")
                           : tr("The first %1 of %2 validation errors.")
                                 .arg(locale.toString(errors.size()), locale.toString(total)));
    if (errors == m_errors)
        return; // unchanged: keep selection and scroll
    m_errors = errors;
    m_table->setRowCount(int(errors.size()));
    for (int row = 0; row < errors.size(); ++row) {
        const ValidationError &e = errors.at(row);
        auto *number = new QTableWidgetItem(locale.toString(e.row));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, new QTableWidgetItem(visibleText(e.column, 60)));
        auto *value = new QTableWidgetItem(visibleText(e.value, 120));
        value->setToolTip(plainToolTip(visibleText(e.value, 2000)));
        m_table->setItem(row, 2, value);
        auto *message = new QTableWidgetItem(visibleText(e.error, 200));
        message->setToolTip(plainToolTip(visibleText(e.error, 2000)));
        m_table->setItem(row, 3, message);
    }
}

int ErrorsPreview::rowCount() const
{
    return m_table->rowCount();
}

} // namespace fw::ui
