#include "ProfileDialog.h"

#include "core/api/ApiClient.h"
#include "core/api/PipelinesRequest.h"
#include "core/profiles/ConnectionRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    if (!color.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(color));
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    }
    return QIcon(pixmap);
}

} // namespace

ProfileDialog::ProfileDialog(ConnectionRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_production(new QCheckBox(tr("&Production — mark its window title and tabs"), this))
    , m_color(new QComboBox(this))
    , m_notify(new QComboBox(this))
    , m_stall(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
{
    setWindowTitle(tr("Connections"));
    setObjectName(u"profileDialog"_s);
    m_list->setObjectName(u"profileList"_s);
    m_list->setMinimumWidth(200);
    m_server->setPlaceholderText(u"https://kaireon.example.com"_s);
    m_tenant->setPlaceholderText(tr("Tenant id (X-Tenant-Id)"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setObjectName(u"keyEdit"_s);
    m_tenant->setObjectName(u"tenantEdit"_s);
    m_auth->setObjectName(u"keyHeaderCombo"_s);
    m_production->setObjectName(u"productionCheck"_s);
    m_color->setObjectName(u"colourCombo"_s);
    m_key->setPlaceholderText(tr("krn_… (kept in the system keychain)"));
    m_auth->addItem(tr("X-API-Key header (recommended)"), int(AuthStyle::ApiKeyHeader));
    m_auth->addItem(tr("Authorization: Bearer"), int(AuthStyle::Bearer));
    m_role->addItem(tr("Not known — the server decides"), int(Role::Unknown));
    m_role->addItem(tr("Admin"), int(Role::Admin));
    m_role->addItem(tr("Editor"), int(Role::Editor));
    m_role->addItem(tr("Viewer (cannot retry)"), int(Role::Viewer));
    const QList<std::pair<QString, QString>> colors {
        {tr("No colour"), QString()}, {tr("Red"), u"#c62828"_s},  {tr("Orange"), u"#ef6c00"_s},
        {tr("Green"), u"#2e7d32"_s},  {tr("Blue"), u"#1565c0"_s}, {tr("Purple"), u"#6a1b9a"_s},
        {tr("Grey"), u"#546e7a"_s}};
    for (const auto &[label, value] : colors)
        m_color->addItem(swatch(value), label, value);
    m_notify->addItem(tr("Every finished run"), int(NotificationPolicy::All));
    m_notify->addItem(tr("Failures only"), int(NotificationPolicy::FailuresOnly));
    m_notify->addItem(tr("None"), int(NotificationPolicy::None));
    m_stall->setRange(1, 1440);
    m_stall->setSuffix(tr(" min"));
    m_stall->setObjectName(u"stallMinutes"_s);
    m_stall->setToolTip(tr("A running run whose processed rows have not moved for this long is "
                           "shown as stalled, and notified once."));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"profileStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("T&enant:"), m_tenant);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Key &header:"), m_auth);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_production);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("N&otify:"), m_notify);
    form->addRow(tr("S&talled after:"), m_stall);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    saveButton->setDefault(true);
    saveButton->setObjectName(u"saveButton"_s);
    removeButton->setObjectName(u"removeButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(saveButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_status);
    right->addStretch(1);
    right->addLayout(buttons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &ProfileDialog::save);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this,
            &ProfileDialog::newProfile);
    connect(new QShortcut(QKeySequence(u"Ctrl+T"_s), this), &QShortcut::activated, this,
            &ProfileDialog::testConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (const auto p = m_registry->profile(m_list->item(row)->data(Qt::UserRole).toString()))
            showProfile(*p);
    });
    reloadList({});
    if (m_list->count() == 0)
        newProfile();
    resize(760, 460);
}

ProfileDialog::~ProfileDialog()
{
    if (m_testRequest)
        m_testRequest->cancel();
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::reloadList(const QString &select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<ConnectionProfile> profiles = m_registry->profiles();
    for (const ConnectionProfile &p : profiles) {
        QString label = p.name;
        if (p.production)
            label += tr("  [PRODUCTION]");
        if (p.sessionOnly)
            label += tr("  (this session)");
        auto *item = new QListWidgetItem(swatch(p.effectiveColor()), label, m_list);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(p.server.toString());
    }
    blocker.unblock();
    if (!select.isEmpty())
        this->select(select);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ProfileDialog::select(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            if (const auto p = m_registry->profile(name))
                showProfile(*p);
            return;
        }
    }
}

void ProfileDialog::editDraft(const ConnectionProfile &draft)
{
    m_list->clearSelection();
    showProfile(draft);
    m_editing.clear();
    setStatus(tr("Check this new connection, enter its API key and save it."));
}

void ProfileDialog::showProfile(const ConnectionProfile &p)
{
    m_editing = p.sessionOnly ? QString() : p.name;
    m_name->setText(p.name);
    m_server->setText(p.server.toString());
    m_tenant->setText(p.tenant);
    m_key->clear();
    // Say where the key is: a key held in memory is gone after a restart, unlike a stored one.
    if (p.name.isEmpty())
        m_key->setPlaceholderText(tr("krn_… (kept in the system keychain)"));
    else if (p.sessionOnly || m_registry->keys().hasSessionKey(p.name))
        m_key->setPlaceholderText(tr("Held for this session only — type a key to store it"));
    else
        m_key->setPlaceholderText(tr("Stored — type a new key to replace it"));
    m_auth->setCurrentIndex(m_auth->findData(int(p.authStyle)));
    m_role->setCurrentIndex(m_role->findData(int(p.role)));
    m_production->setChecked(p.production);
    const int color = m_color->findData(p.color);
    m_color->setCurrentIndex(color < 0 ? 0 : color);
    m_notify->setCurrentIndex(m_notify->findData(int(p.notifications)));
    m_stall->setValue(p.stallMinutes);
    setStatus(p.sessionOnly ? tr("This connection exists for this session only. Save it to keep "
                                 "it (its key goes to the keychain).")
                            : QString());
}

ConnectionProfile ProfileDialog::formProfile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    QString server = m_server->text().trimmed();
    if (!server.isEmpty() && !server.contains(u"://"_s))
        server.prepend(u"https://"_s);
    p.server = QUrl(server, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
    p.tenant = m_tenant->text().trimmed();
    p.authStyle = AuthStyle(m_auth->currentData().toInt());
    p.role = Role(m_role->currentData().toInt());
    p.production = m_production->isChecked();
    p.color = m_color->currentData().toString();
    p.notifications = NotificationPolicy(m_notify->currentData().toInt());
    p.stallMinutes = m_stall->value();
    return p;
}

void ProfileDialog::newProfile()
{
    m_list->clearSelection();
    showProfile({});
    m_name->setFocus();
    setStatus(tr("Enter the server, tenant and API key of the new connection."));
}

void ProfileDialog::save()
{
    const ConnectionProfile profile = formProfile();
    const QString key = m_key->text();
    if (m_editing.isEmpty() && key.isEmpty() && !m_registry->keys().hasSessionKey(profile.name)) {
        setStatus(tr("Enter the API key of this connection (it starts with krn_)."), true);
        return;
    }
    // The key goes into the open connection at once; the keychain gets it below.
    const QString problem = m_registry->saveProfile(profile, m_editing, key);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    const QString name = profile.name;
    reloadList(name);
    if (key.isEmpty()) {
        setStatus(tr("Saved “%1”.").arg(name));
        Q_EMIT profileSaved(name);
        return;
    }
    m_key->clear();
    setStatus(tr("Saving the key in the system keychain…"));
    m_registry->keys().storeKey(name, key, this, [this, name, key](const KeyResult &result) {
        if (result.ok()) {
            setStatus(tr("Saved “%1”; its key is in the system keychain.").arg(name));
            Q_EMIT profileSaved(name);
            return;
        }
        if (result.status != KeyResult::Status::Unavailable) {
            setStatus(result.message, true);
            return;
        }
        const auto answer
            = QMessageBox::question(this, tr("No secure storage found"),
                                    result.message + tr("\n\nKeep the key for this session only?"),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            setStatus(tr("Saved “%1” without a key: enter it again to connect.").arg(name), true);
            return;
        }
        m_registry->keys().storeSessionKey(name, key);
        setStatus(tr("Saved “%1”. No secure storage found: its key is kept for this "
                     "session only and will be asked for next time.")
                      .arg(name));
        Q_EMIT profileSaved(name);
    });
}

void ProfileDialog::removeCurrent()
{
    const QString name = m_editing.isEmpty() ? m_name->text().trimmed() : m_editing;
    if (name.isEmpty() || !m_registry->profile(name))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove connection"),
        tr("Remove “%1” and delete its API key from the keychain?").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    m_registry->removeProfile(name);
    reloadList({});
    setStatus(tr("Removed “%1”.").arg(name));
}

void ProfileDialog::testConnection()
{
    const ConnectionProfile profile = formProfile();
    ConnectionProfile check = profile;
    if (check.name.isEmpty())
        check.name = u"test"_s;
    if (const QString problem = check.validationProblem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    if (!m_key->text().isEmpty()) {
        runTest(check, m_key->text());
        return;
    }
    setStatus(tr("Reading the stored key…"));
    m_registry->keys().readKey(profile.name, this, [this, check](const KeyResult &result) {
        if (!result.ok()) {
            setStatus(tr("Enter the API key to test this connection."), true);
            return;
        }
        runTest(check, result.key);
    });
}

void ProfileDialog::runTest(const ConnectionProfile &profile, const QString &key)
{
    if (m_testRequest)
        m_testRequest->cancel();
    delete m_testClient;
    m_testClient = new ApiClient(profile.connection(key), this);
    m_testRequest = m_testClient->listPipelines({}, 1);
    m_test->setEnabled(false);
    setStatus(tr("Connecting to %1…").arg(profile.server.host()));
    connect(m_testRequest, &PipelinesRequest::finished, this, [this, request = m_testRequest] {
        m_test->setEnabled(true);
        if (!request)
            return;
        if (request->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!request->succeeded()) {
            setStatus(request->error().userMessage(), true);
            return;
        }
        const auto total = request->page().total;
        // The English text keeps its plural for one pipeline too; translations have both forms.
        setStatus(total ? tr("Connected. The key works and sees %Ln pipelines.", nullptr,
                             static_cast<int>(*total))
                        : tr("Connected. The key works."));
    });
    m_testRequest->start();
}

void ProfileDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(u"#c62828"_s));
    m_status->setPalette(palette);
    if (problem && !text.isEmpty())
        m_status->setText(u"\u26a0 "_s + text);
}

} // namespace fw::ui
