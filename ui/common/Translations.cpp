#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

// The translators install() created are the application's children with this name.
constexpr auto InstalledName = "flowwatch-translator";

bool installFrom(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, folder))
        return false;
    translator->setObjectName(QLatin1StringView(InstalledName));
    QCoreApplication::installTranslator(translator.release());
    return true;
}

// As gettext decides: LC_ALL=C (as in scripts and the tests) means untranslated messages, even
// with LANGUAGE set; Qt would still offer LANGUAGE's languages.
bool messagesInCLocale()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return false;
}

} // namespace

QString Translations::settingsKey()
{
    return u"ui/language"_s;
}

QStringList Translations::choices()
{
    return {QString(), u"en"_s, u"de"_s};
}

QString Translations::choiceName(const QString &choice)
{
    if (choice == u"en"_s)
        return u"English"_s;
    if (choice == u"de"_s)
        return u"Deutsch"_s;
    return tr("System");
}

QString Translations::storedChoice(const QSettings &settings)
{
    const QString choice = settings.value(settingsKey()).toString();
    return choices().contains(choice) ? choice : QString();
}

QString Translations::storedChoice()
{
    // The subcommands run before the application has its names: name the settings here.
    return storedChoice(QSettings(u"Flowwatch"_s, QStringLiteral(FLOWWATCH_APP_ID)));
}

QString Translations::install(const QString &choice)
{
    uninstall();
    if (choice.isEmpty() && messagesInCLocale())
        return u"en"_s;
    const QStringList wanted
        = choice.isEmpty() ? QLocale::system().uiLanguages() : QStringList {choice};
    for (const QString &language : wanted) {
        const QLocale locale(language);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return u"en"_s;
        if (installFrom(locale, u"flowwatch"_s, u":/i18n"_s)) {
            installFrom(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            return QLocale::languageToCode(locale.language());
        }
    }
    return u"en"_s;
}

void Translations::uninstall()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const auto installed = app->findChildren<QTranslator *>(QLatin1StringView(InstalledName),
                                                            Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace fw::ui
