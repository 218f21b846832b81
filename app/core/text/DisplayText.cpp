#include "DisplayText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
QString bidiMarker(char16_t ch)
{
    switch (ch) {
    case 0x202A:
        return u"⟦LRE⟧"_s;
    case 0x202B:
        return u"⟦RLE⟧"_s;
    case 0x202C:
        return u"⟦PDF⟧"_s;
    case 0x202D:
        return u"⟦LRO⟧"_s;
    case 0x202E:
        return u"⟦RLO⟧"_s;
    case 0x2066:
        return u"⟦LRI⟧"_s;
    case 0x2067:
        return u"⟦RLI⟧"_s;
    case 0x2068:
        return u"⟦FSI⟧"_s;
    case 0x2069:
        return u"⟦PDI⟧"_s;
    default:
        return {};
    }
}
} // namespace

QString visibleText(QStringView text, qsizetype maxLength)
{
    const bool elide = maxLength > 0 && text.size() > maxLength;
    const QStringView source = elide ? text.left(maxLength) : text;
    QString out;
    out.reserve(source.size() + (elide ? 1 : 0));
    for (const QChar ch : source) {
        const char16_t u = ch.unicode();
        if (u < 0x20)
            out += QChar(char16_t(0x2400 + u)); // ␀ .. ␟
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421)); // ␡
        else if (const QString marker = bidiMarker(u); !marker.isEmpty())
            out += marker;
        else
            out += ch;
    }
    if (elide)
        out += u'…';
    return out;
}

QString plainToolTip(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString unknownStatusLabel(QStringView raw)
{
    const QString shown
        = raw.isEmpty() ? QCoreApplication::translate("fw", "empty") : visibleText(raw, 40);
    return QCoreApplication::translate("fw", "Unknown (%1)").arg(shown);
}

} // namespace fw
