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
bool g_dark = false;
} // namespace

QPalette Appearance::darkPalette()
{
    return DarkPalette::palette();
}

void Appearance::setDark(bool dark)
{
    if (dark == g_dark)
        return;
    if (dark) {
        g_originalStyle = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    } else {
        if (!g_originalStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(g_originalStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    g_dark = dark;
}

bool Appearance::isDark()
{
    return g_dark || StatusStyle::isDark(QApplication::palette());
}

} // namespace fw::ui
