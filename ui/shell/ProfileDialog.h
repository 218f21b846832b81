#pragma once

#include "core/profiles/ConnectionProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fw {
class ApiClient;
class ConnectionRegistry;
class PipelinesRequest;
} // namespace fw

namespace fw::ui {

/// File → Connections…: add, edit, remove and test connection profiles. The API key goes to the
/// OS keychain; without one the dialog says "No secure storage found" and offers to keep the key
/// for this session only. Non-modal work: testing never blocks the window.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(ConnectionRegistry *registry, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// Selects `name`, or starts a new profile prefilled with `draft` when it is not saved.
    void select(const QString &name);
    void editDraft(const ConnectionProfile &draft);
    QString statusText() const;

Q_SIGNALS:
    /// A profile was saved (and its key stored): the window may switch to it.
    void profileSaved(const QString &name);

private:
    void reloadList(const QString &select);
    void showProfile(const ConnectionProfile &profile);
    ConnectionProfile formProfile() const;
    void newProfile();
    void save();
    void removeCurrent();
    void testConnection();
    void runTest(const ConnectionProfile &profile, const QString &key);
    void setStatus(const QString &text, bool problem = false);

    ConnectionRegistry *m_registry = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_auth = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_production = nullptr;
    QComboBox *m_color = nullptr;
    QComboBox *m_notify = nullptr;
    QSpinBox *m_stall = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QString m_editing; ///< the saved name being edited; empty for a new profile
    QPointer<ApiClient> m_testClient;
    QPointer<PipelinesRequest> m_testRequest;
};

} // namespace fw::ui
