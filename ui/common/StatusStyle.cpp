#include "StatusStyle.h"

#include "core/api/RunStatusText.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
struct Tones
{
    QColor light;
    QColor dark;
};

Tones tones(RunStatus status)
{
    switch (status) {
    case RunStatus::Pending:
        return {QColor(0x6b, 0x72, 0x80), QColor(0xa0, 0xa8, 0xb8)};
    case RunStatus::Running:
        return {QColor(0x1d, 0x5f, 0xd1), QColor(0x6c, 0xa8, 0xff)};
    case RunStatus::Completed:
        return {QColor(0x1a, 0x7f, 0x37), QColor(0x4a, 0xc2, 0x6b)};
    case RunStatus::Failed:
        return {QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x6b, 0x6b)};
    case RunStatus::CompletedWithErrors:
        return {QColor(0xb2, 0x5e, 0x00), QColor(0xff, 0xb3, 0x47)};
    case RunStatus::Unknown:
        break;
    }
    return {QColor(0x7b, 0x4f, 0x9d), QColor(0xc3, 0x9b, 0xe6)};
}
} // namespace

bool StatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString StatusStyle::text(RunStatus status, const QString &rawText)
{
    return RunStatusText::word(status, rawText);
}

QString StatusStyle::text(PartitionStatus status, const QString &rawText)
{
    return RunStatusText::word(status, rawText);
}

QColor StatusStyle::color(RunStatus status, bool darkPalette)
{
    const Tones t = tones(status);
    return darkPalette ? t.dark : t.light;
}

QColor StatusStyle::color(PartitionStatus status, bool darkPalette)
{
    return color(RunStatusText::asRun(status), darkPalette);
}

QString StatusStyle::symbol(RunStatus status)
{
    return RunStatusText::symbol(status);
}

QString StatusStyle::symbol(PartitionStatus status)
{
    return RunStatusText::symbol(status);
}

QIcon StatusStyle::makeIcon(const QString &glyph, const QColor &color)
{
    // A filled disc with a white glyph: the shape of the glyph tells statuses apart without
    // colour. Drawn at several sizes so it stays crisp in lists and headers.
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(8, int(size * 0.62)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon StatusStyle::icon(RunStatus status)
{
    static QHash<int, QIcon> cache;
    const int key = int(status);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const Tones t = tones(status);
        it = cache.insert(key, makeIcon(symbol(status), t.light));
    }
    return *it;
}

QIcon StatusStyle::icon(PartitionStatus status)
{
    return icon(RunStatusText::asRun(status));
}

} // namespace fw::ui
