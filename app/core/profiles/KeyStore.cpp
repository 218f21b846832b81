#include "KeyStore.h"

using namespace Qt::StringLiterals;

namespace fw {

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{ }

KeyStore::~KeyStore() = default;

QString KeyStore::noSecureStorageMessage()
{
    return tr("No secure storage found: this system has no keychain service. Use the key for this "
              "session only (it is kept in memory and asked for again next time), or install and "
              "unlock a keychain such as GNOME Keyring or KWallet.");
}

} // namespace fw
