// ProgressBarPainter: the one mini progress bar of the item views (partitions, watched runs).
#include "ui/common/ProgressBarPainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using fw::ui::ProgressBarPainter;

namespace {
QStyleOptionViewItem cell()
{
    QStyleOptionViewItem item;
    item.rect = QRect(10, 20, 200, 24);
    item.state = QStyle::State_Enabled;
    item.palette.setColor(QPalette::Highlight, QColor(0x11, 0x22, 0x33));
    return item;
}
} // namespace

class TestProgressBarPainter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progress_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("progress");
        QTest::newRow("empty") << 0.0 << 0;
        QTest::newRow("half") << 0.5 << 500;
        QTest::newRow("rounded") << 0.1234 << 123;
        QTest::newRow("rounded up") << 0.1235 << 124;
        QTest::newRow("full") << 1.0 << 1000;
        QTest::newRow("more than full") << 1.7 << 1000;
        QTest::newRow("unknown") << -1.0 << 0;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << 0;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 0;
    }

    void progress()
    {
        QFETCH(double, fraction);
        QFETCH(int, progress);
        const QStyleOptionProgressBar bar
            = ProgressBarPainter::barOption(cell(), fraction, u"▶ 50 %"_s);
        QCOMPARE(bar.minimum, 0);
        QCOMPARE(bar.maximum, 1000);
        QCOMPARE(bar.progress, progress);
        QCOMPARE(bar.text, u"▶ 50 %"_s);
        QVERIFY(bar.textVisible);
        QCOMPARE(bar.textAlignment, Qt::Alignment(Qt::AlignCenter));
        QVERIFY(bar.state & QStyle::State_Horizontal);
        QCOMPARE(bar.rect, QRect(12, 22, 196, 20)); // a 2 px margin inside the cell
    }

    void chunkColour()
    {
        QCOMPARE(ProgressBarPainter::barOption(cell(), 0.5, QString())
                     .palette.color(QPalette::Highlight),
                 QColor(0x11, 0x22, 0x33)); // the palette's, unless told otherwise
        QCOMPARE(ProgressBarPainter::barOption(cell(), 0.5, QString(), Qt::red)
                     .palette.color(QPalette::Highlight),
                 QColor(Qt::red));
    }

    void paintsWithoutAWidget()
    {
        // Delegates may paint for a view that gives no widget (e.g. a proxy rendering).
        QImage image(240, 60, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ProgressBarPainter::paint(&painter, cell(), 1.0, u"✓ Completed"_s, Qt::red);
        painter.end();
        bool changed = false;
        for (int x = 12; x < 208 && !changed; ++x)
            changed = image.pixelColor(x, 32) != QColor(Qt::white);
        QVERIFY(changed);
    }

    void sizeHint()
    {
        QStyleOptionViewItem item = cell();
        const int textHeight = item.fontMetrics.height();
        QCOMPARE(ProgressBarPainter::sizeHint(QSize(100, 4), item, 160),
                 QSize(160, textHeight + 8));
        QCOMPARE(ProgressBarPainter::sizeHint(QSize(300, 400), item, 160), QSize(300, 400));
    }
};

QTEST_MAIN(TestProgressBarPainter)
#include "tst_progressbarpainter.moc"
