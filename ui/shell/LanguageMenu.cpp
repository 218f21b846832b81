#include "LanguageMenu.h"

#include "ui/common/Translations.h"

#include <QActionGroup>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fw::ui {

LanguageMenu::LanguageMenu(QSettings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    const QString current = choice();
    const QStringList choices = Translations::choices();
    for (const QString &code : choices) {
        QAction *action = addAction(Translations::choiceName(code));
        action->setObjectName(u"actionLanguage_"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

QString LanguageMenu::choice() const
{
    return Translations::storedChoice(*m_settings);
}

void LanguageMenu::choose(const QString &choice)
{
    if (choice.isEmpty())
        m_settings->remove(Translations::settingsKey());
    else
        m_settings->setValue(Translations::settingsKey(), choice);
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == choice);
    m_note = choice.isEmpty()
        ? tr("Flowwatch follows the system's language from its next start.")
        : tr("Flowwatch speaks %1 from its next start.").arg(Translations::choiceName(choice));
    Q_EMIT noteChanged(m_note);
}

} // namespace fw::ui
