#include "ErrorDetailPane.h"

#include "core/text/DisplayText.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

ErrorDetailPane::ErrorDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_value(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline->setTextFormat(Qt::PlainText); // the server's text is never rendered as markup
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setWordWrap(true);
    m_value->setReadOnly(true);
    m_value->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_value->setPlaceholderText(tr("Select an error to see its whole value."));
    m_value->setAccessibleName(tr("Value"));
    layout->addWidget(m_headline);
    layout->addWidget(m_value, 1);
    clear();
}

void ErrorDetailPane::showError(const ValidationError &error)
{
    //: Detail headline: row number, column name, error message
    m_headline->setText(
        tr("Row %1 · %2 · %3 · %4 characters")
            .arg(QLocale().toString(error.row),
                 error.column.isEmpty() ? tr("(no column)") : visibleText(error.column, 200),
                 visibleText(error.error, 500), QLocale().toString(error.value.size())));
    // Visible control pictures, and real line breaks after the line-break pictures.
    QString shown = visibleText(error.value);
    shown.replace(u"␍␊"_s, u"␍␊\n"_s);
    shown.replace(QRegularExpression(u"␊(?!\n)"_s), u"␊\n"_s);
    shown.replace(QRegularExpression(u"␍(?![␊\n])"_s), u"␍\n"_s);
    m_value->setPlainText(error.value.isEmpty() ? tr("(empty value)") : shown);
}

void ErrorDetailPane::clear()
{
    m_headline->setText(tr("No error selected"));
    m_value->clear();
}

QString ErrorDetailPane::valueText() const
{
    return m_value->toPlainText();
}

QString ErrorDetailPane::headline() const
{
    return m_headline->text();
}

} // namespace fw::ui
