#include "Appearance.h"

#include "ui/common/DarkPalette.h"
#include "ui/common/StatusStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
QString g_originalStyle;
Appearance::Theme g_theme = Appearance::Theme::System;
} // namespace

QPalette Appearance::darkPalette()
{
    return DarkPalette::palette();
}

void Appearance::setTheme(Theme theme)
{
    if (theme == g_theme)
        return;
    if (g_theme == Theme::System)
        g_originalStyle = QApplication::style()->name();
    switch (theme) {
    case Theme::System:
        if (!g_originalStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(g_originalStyle));
        // A palette that sets no role resolves to the platform theme's palette.
        QApplication::setPalette(QPalette());
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
    g_theme = theme;
}

Appearance::Theme Appearance::theme()
{
    return g_theme;
}

QString Appearance::key(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Appearance::Theme Appearance::themeForKey(const QString &key)
{
    if (key == u"light"_s)
        return Theme::Light;
    if (key == u"dark"_s)
        return Theme::Dark;
    return Theme::System;
}

void Appearance::setDark(bool dark)
{
    setTheme(dark ? Theme::Dark : Theme::System);
}

bool Appearance::isDark()
{
    return g_theme == Theme::Dark
        || (g_theme == Theme::System && StatusStyle::isDark(QApplication::palette()));
}

} // namespace fw::ui
