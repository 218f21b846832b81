// The errors endpoint: JSON and CSV for run_101, awkward values that must survive both formats.
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::test::HttpResult;
using fw::test::SimFixture;

namespace {

// A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *crlfOnly)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *crlfOnly = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            if (c == u'\n' || c == u'\r')
                *crlfOnly = false;
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
        *crlfOnly = false;
    }
    return records;
}

QByteArray csvAccept(SimFixture &f, const QByteArray &path, HttpResult *result)
{
    QNetworkRequest request = f.request(path);
    request.setRawHeader("Accept", "text/csv");
    *result = SimFixture::send(f.network(), request, "GET");
    return result->body;
}

} // namespace

class TestSimErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShape()
    {
        SimFixture f;
        const HttpResult r = f.get("/api/v1/pipelines/pipe_001/runs/run_001/errors");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"runId"_s).toString(), u"run_001"_s);
        QCOMPARE(o.value(u"total"_s).toInt(), 12);
        const QJsonArray errors = o.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 12);
        QCOMPARE(errors.at(1).toObject(),
                 (QJsonObject {{u"row"_s, 305},
                               {u"column"_s, u"age"_s},
                               {u"value"_s, u"abc"_s},
                               {u"error"_s, u"Expected integer"_s}}));
        QCOMPARE(f.get("/api/v1/pipelines/pipe_001/runs/run_002/errors")
                     .json()
                     .object()
                     .value(u"total"_s)
                     .toInt(-1),
                 0);
    }

    void csvRoundTripsAwkwardValuesAgainstJson()
    {
        SimFixture f;
        const HttpResult json = f.get("/api/v1/pipelines/pipe_002/runs/run_101/errors");
        const QJsonArray errors = json.json().object().value(u"errors"_s).toArray();
        QCOMPARE(json.json().object().value(u"total"_s).toInt(), 2500);
        QCOMPARE(errors.size(), 2500);

        HttpResult csv;
        csvAccept(f, "/api/v1/pipelines/pipe_002/runs/run_101/errors", &csv);
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.header("content-type"), "text/csv; charset=utf-8"_ba);
        QCOMPARE(csv.header("content-disposition"),
                 "attachment; filename=\"pipeline-run-run_101-errors.csv\""_ba);
        QVERIFY(csv.body.startsWith("Row,Column,Value,Error\r\n"));
        QVERIFY(csv.body.endsWith("\r\n"));
        bool crlfOnly = false;
        const QList<QStringList> records = parseCsv(csv.body, &crlfOnly);
        QVERIFY(crlfOnly);
        QCOMPARE(records.size(), 2501);
        qint64 previousRow = 0;
        QSet<QString> kinds;
        for (qsizetype i = 0; i < errors.size(); ++i) {
            const QJsonObject e = errors.at(i).toObject();
            const QStringList rec = records.at(i + 1);
            QCOMPARE(rec.size(), 4);
            QCOMPARE(rec.at(0).toLongLong(), e.value(u"row"_s).toInteger());
            QCOMPARE(rec.at(1), e.value(u"column"_s).toString());
            QCOMPARE(rec.at(2), e.value(u"value"_s).toString());
            QCOMPARE(rec.at(3), e.value(u"error"_s).toString());
            const qint64 row = e.value(u"row"_s).toInteger();
            QVERIFY(row > previousRow);
            previousRow = row;
            const QString v = rec.at(2);
            const auto mark = [&](bool hit, const QString &kind) {
                if (hit)
                    kinds.insert(kind);
            };
            mark(v.contains(u','), u"comma"_s);
            mark(v.contains(u'"'), u"quote"_s);
            mark(v.contains(u"\r\n"_s), u"crlf"_s);
            mark(v.contains(u'\n') && !v.contains(u'\r'), u"lf"_s);
            mark(v.contains(u'\r') && !v.contains(u'\n'), u"cr"_s);
            mark(v.contains(QChar(0x07)), u"bell"_s);
            mark(v.contains(QChar(0x202E)), u"rlo"_s);
            mark(v.contains(QChar(0x05E9)), u"hebrew"_s);
            mark(v.contains(QChar(0x5C71)), u"cjk"_s);
            mark(v.contains(u"📦"_s), u"emoji"_s);
            mark(v.contains(u"é"_s) || v.contains(u"ö"_s), u"accents"_s);
            mark(v.isEmpty(), u"empty"_s);
            mark(v.size() >= 10 * 1024, u"long"_s);
            for (const QChar c : {u'=', u'+', u'-', u'@', u'\t'})
                mark(v.startsWith(c), u"starts "_s + c);
        }
        const QStringList expected {
            u"comma"_s, u"quote"_s,    u"crlf"_s,     u"lf"_s,       u"cr"_s,       u"bell"_s,
            u"rlo"_s,   u"hebrew"_s,   u"cjk"_s,      u"emoji"_s,    u"accents"_s,  u"empty"_s,
            u"long"_s,  u"starts ="_s, u"starts +"_s, u"starts -"_s, u"starts @"_s, u"starts \t"_s};
        for (const QString &kind : expected)
            QVERIFY2(kinds.contains(kind), qPrintable(kind));

        // The progress endpoint's validationErrors are the same first 20.
        const QJsonArray first20 = f.get("/api/v1/pipelines/pipe_002/runs/run_101/progress")
                                       .json()
                                       .object()
                                       .value(u"validationErrors"_s)
                                       .toArray();
        QCOMPARE(first20.size(), 20);
        for (qsizetype i = 0; i < 20; ++i)
            QCOMPARE(first20.at(i), errors.at(i));
    }

    void csvCanBeSwitchedOff()
    {
        fw::sim::SimulatorOptions options;
        options.csvErrors = false;
        SimFixture f(options);
        HttpResult r;
        csvAccept(f, "/api/v1/pipelines/pipe_001/runs/run_001/errors", &r);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.json().object().value(u"total"_s).toInt(), 12);
        f.sim().setCsvErrors(true);
        csvAccept(f, "/api/v1/pipelines/pipe_001/runs/run_001/errors", &r);
        QVERIFY(r.header("content-type").startsWith("text/csv"));
    }

    void errorsGrowWhileRunning()
    {
        SimFixture f;
        f.advance(120'000);
        const auto total = [&] {
            return f.get("/api/v1/pipelines/pipe_003/runs/run_201/errors")
                .json()
                .object()
                .value(u"total"_s)
                .toInt(-1);
        };
        const int early = total();
        f.advance(200'000);
        const int later = total();
        QVERIFY(early >= 0 && later > early);
        f.advance(400'000);
        QCOMPARE(total(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestSimErrors)
#include "tst_sim_errors.moc"
