// The run page's two charts: server text in them is shown as text (never as markup that would
// read local files), and each frees everything it made.
#include "core/models/run/LogModel.h"
#include "core/models/run/StageTimeline.h"
#include "core/models/run/ThroughputSeries.h"
#include "ui/run/StageTimelineChart.h"
#include "ui/run/ThroughputChart.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <atomic>
#include <memory>
#include <sys/stat.h>
#include <sys/time.h>

using namespace Qt::StringLiterals;
using namespace fw;

// QtCore's hook table (qhooks_p.h): called for every QObject made and destroyed.
extern Q_DECL_IMPORT quintptr qtHookData[];

namespace {
constexpr int kAddQObject = 3;
constexpr int kRemoveQObject = 4;
std::atomic<qint64> liveObjects {0};

void objectAdded(QObject *)
{
    ++liveObjects;
}

void objectRemoved(QObject *)
{
    --liveObjects;
}

// Counts the QObjects alive while it exists.
class ObjectCounter final
{
public:
    ObjectCounter()
    {
        m_add = qtHookData[kAddQObject];
        m_remove = qtHookData[kRemoveQObject];
        qtHookData[kAddQObject] = reinterpret_cast<quintptr>(&objectAdded);
        qtHookData[kRemoveQObject] = reinterpret_cast<quintptr>(&objectRemoved);
    }
    ~ObjectCounter()
    {
        qtHookData[kAddQObject] = m_add;
        qtHookData[kRemoveQObject] = m_remove;
    }
    Q_DISABLE_COPY_MOVE(ObjectCounter)

private:
    quintptr m_add = 0;
    quintptr m_remove = 0;
};

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// The access time of `path`, in seconds (relatime updates it on a read when it is older than the
// modification time, as set up below).
qint64 accessTime(const QString &path)
{
    struct stat st = {};
    return stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_atime) : -1;
}
} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void serverTextInTheTimelineIsPlainText()
    {
        // An image in the current folder: a short relative src fits in a lane's 16 characters.
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
        const QString image = dir.filePath(u"i.png"_s);
        QImage pixel(4, 4, QImage::Format_RGB32);
        pixel.fill(Qt::red);
        QVERIFY(pixel.save(image));
        // atime far older than mtime: any read of the file moves it.
        const struct timeval times[2] = {{946684800, 0}, {QDateTime::currentSecsSinceEpoch(), 0}};
        QCOMPARE(utimes(QFile::encodeName(image).constData(), times), 0);
        QCOMPARE(accessTime(image), 946684800);

        const QString stage = u"<img src=i.png>"_s;
        const QString message = u"<b>bold</b> <img src=\"%1\"> done"_s.arg(image);
        LogModel model;
        StageTimeline timeline;
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-30);
        const QList<LogEntry> entries {{stage, message, at, {}},
                                       {stage, u"<b>x</b>"_s, at.addSecs(5), {}},
                                       {u"load"_s, u"<b>y</b>"_s, at.addSecs(10), {}}};
        model.update(entries);
        timeline.addLog(entries, model.sequenceAt(0));
        ui::StageTimelineChart chart(&timeline, &model);
        chart.resize(640, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        (void)chart.grab(); // lay out and paint every label

        // The lane's label is the stage as sent, drawn as text.
        QVERIFY2(chart.laneLabels().contains(stage), qPrintable(chart.laneLabels().join(u", "_s)));

        // Hovering the stage's bar names the stage as it was sent.
        const QRect bar = chart.stageBarRect(0);
        QVERIFY(!bar.isEmpty());
        const QPoint inside = bar.center();
        QHelpEvent help(QEvent::ToolTip, inside, chart.mapToGlobal(inside));
        QApplication::sendEvent(&chart, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));
        const QString shown = QTextDocumentFragment::fromHtml(tip).toPlainText();
        QVERIFY2(shown.startsWith(stage + u": "_s), qPrintable(shown));
        QToolTip::hideText();
        QTest::qWait(50);

        // Nothing was read from the disk.
        QCOMPARE(accessTime(image), 946684800);
    }

    void modelToolTipsShowServerTextLiterally()
    {
        LogModel model;
        model.update({{u"load"_s,
                       u"<img src=\"/dev/zero\"> & <b>b</b>"_s,
                       QDateTime::currentDateTimeUtc(),
                       {}},
                      {u"load"_s, u"plain message"_s, QDateTime::currentDateTimeUtc(), {}}});
        const QString tip = model.index(0, LogModel::Message).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));
        QCOMPARE(QTextDocumentFragment::fromHtml(tip).toPlainText(),
                 u"<img src=\"/dev/zero\"> & <b>b</b>"_s);
        // Text Qt shows as plain text stays as it is.
        QCOMPARE(model.index(1, LogModel::Message).data(Qt::ToolTipRole).toString(),
                 u"plain message"_s);
    }

    void chartsFreeWhatTheyMake()
    {
        // One of each first: Qt makes some objects once per process (style, fonts, caches).
        const auto makeBoth = [] {
            LogModel model;
            StageTimeline timeline;
            ThroughputSeries series;
            auto log = std::make_unique<ui::StageTimelineChart>(&timeline, &model);
            auto rate = std::make_unique<ui::ThroughputChart>(&series);
            log->resize(400, 200);
            rate->resize(400, 200);
            (void)log->grab();
            (void)rate->grab();
        };
        makeBoth();
        settle();
        const ObjectCounter counter;
        const qint64 before = liveObjects;
        makeBoth();
        settle();
        QCOMPARE(liveObjects.load(), before);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
