#pragma once

#include <QMenu>

class QActionGroup;
class QSettings;

namespace fw::ui {

/// View → Language: System, English, Deutsch. The choice is stored in the settings
/// (Translations::settingsKey()) and takes effect at the next start, which a note says.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QSettings *settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LanguageMenu)

    /// The stored choice: "" (the system's), "en" or "de".
    QString choice() const;
    /// Stores `choice` (as a click on its item does) and says when it applies.
    void choose(const QString &choice);
    /// What the last choice said, e.g. "Flowwatch speaks Deutsch from its next start."
    QString note() const { return m_note; }

Q_SIGNALS:
    void noteChanged(const QString &note);

private:
    QSettings *m_settings = nullptr;
    QActionGroup *m_group = nullptr;
    QString m_note;
};

} // namespace fw::ui
