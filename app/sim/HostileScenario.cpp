#include "HostileScenario.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

struct Entry
{
    const char *name;
    const char *description;
};

constexpr std::array kEntries {
    Entry {"huge-body", "200 with a 100 MB body and no Content-Length"},
    Entry {"huge-length", "200 declaring a Content-Length of 10^10, then closing"},
    Entry {"invalid-utf8", "200 whose strings hold invalid UTF-8"},
    Entry {"deep-nesting", "200 with a field nested 200,000 arrays deep"},
    Entry {"nan-counters", "200 with NaN as a counter (not JSON)"},
    Entry {"overflow-counters", "200 with 1e400 as a counter"},
    Entry {"negative-counters", "200 with negative row and partition counters"},
    Entry {"wrong-types", "200 with \"processedRows\": \"500\" and an object for the log"},
    Entry {"duplicate-keys", "200 with status and processedRows given twice"},
    Entry {"html-200", "an HTML page with status 200"},
    Entry {"html-502", "an HTML page with status 502"},
    Entry {"markup-and-bidi", "HTML, links and bidi controls in every string field"},
    Entry {"redirect-other-host", "302 to the same path on another host"},
    Entry {"redirect-loop", "302 to itself, forever"},
    Entry {"redirect-file", "302 to file:///etc/passwd"},
    Entry {"slow-drip", "one byte every five seconds"},
    Entry {"retry-after-zero", "503 with Retry-After: 0"},
    Entry {"retry-after-negative", "503 with Retry-After: -30"},
    Entry {"retry-after-huge", "503 with Retry-After: 99999999999999999999"},
    Entry {"retry-after-past", "503 with Retry-After: a date in 1970"},
    Entry {"retry-after-garbage", "503 with Retry-After: soon, maybe"},
    Entry {"million-partitions", "200 with 1,000,000 partitions (about 60 MB, honest length)"},
    Entry {"unauthorized", "401: the key was revoked in the middle of the session"},
};

Fault status(const HostileScenario::Target &target, int code, const QByteArray &body,
             const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    return Fault::withStatus(target.method, target.pathRegex, code, body, headers, target.times);
}

Fault retryAfter(const HostileScenario::Target &target, const QByteArray &value)
{
    return status(target, 503, R"({"error":{"code":"UNAVAILABLE","message":"Try again later"}})"_ba,
                  {{"Retry-After"_ba, value}});
}

const QByteArray kGood = R"({"status":"running","totalRows":50000,"processedRows":1000,)"
                         R"("rowsIn":1000,"rowsOut":990,"failedRows":10,"skippedRows":0,)"
                         R"("partitions":2,"completedPartitions":0,"durationMs":60000,)"
                         R"("loadStrategy":"upsert","partitionDetails":[)"
                         R"({"index":0,"status":"running","rows":500,"progress":50}],"log":[]})"_ba;

} // namespace

QStringList HostileScenario::names()
{
    QStringList list;
    for (const Entry &e : kEntries)
        list << QString::fromLatin1(e.name);
    return list;
}

QString HostileScenario::description(const QString &name)
{
    for (const Entry &e : kEntries)
        if (name == QLatin1StringView(e.name))
            return QString::fromLatin1(e.description);
    return {};
}

QByteArray HostileScenario::markupAndBidiText()
{
    // <b>, an image from the disk and a link; RLO ... PDF, an isolate, RLM, a NUL and a BEL.
    return R"(<b>bold</b><img src='file:///etc/passwd'><a href='http://evil.example/'>x</a>)"_ba
        + "\u202Etxt.exe\u202C\u2066iso\u2069\u200F\\u0000\\u0007"_ba;
}

QByteArray HostileScenario::progressBodyWithStrings(const QByteArray &text)
{
    const QByteArray s = '"' + text + '"';
    return R"({"status":)"_ba + s
        + R"(,"totalRows":50000,"processedRows":1000,"rowsIn":1000,"rowsOut":990,)"
          R"("failedRows":1,"skippedRows":0,"partitions":1,"completedPartitions":0,)"
          R"("durationMs":60000,"eta":)"_ba
        + s + R"(,"loadStrategy":)"_ba + s + R"(,"partitionDetails":[{"index":0,"status":)"_ba + s
        + R"(,"rows":500,"progress":50}],"validationErrors":[{"row":7,"column":)"_ba + s
        + R"(,"value":)"_ba + s + R"(,"error":)"_ba + s
        + R"(}],"log":[{"timestamp":"2026-03-30T10:00:00Z","stage":)"_ba + s + R"(,"message":)"_ba
        + s + "}]}"_ba;
}

QList<Fault> HostileScenario::faults(const QString &name)
{
    return faults(name, Target());
}

QList<Fault> HostileScenario::faults(const QString &name, const Target &target)
{
    if (name == u"huge-body") {
        Fault f = Fault::of(Fault::Kind::Flood, target.method, target.pathRegex, target.times);
        f.body = R"({"status":"running","totalRows":1,"processedRows":1,"log":[)"_ba;
        f.fill = R"({"stage":"load","message":")"_ba + QByteArray(80, 'x') + R"("},)"_ba;
        f.floodBytes = kHugeBodyBytes;
        return {f};
    }
    if (name == u"huge-length") {
        Fault f
            = Fault::of(Fault::Kind::TruncatedBody, target.method, target.pathRegex, target.times);
        f.body = kGood;
        f.declaredLength = kHugeDeclaredLength;
        return {f};
    }
    if (name == u"invalid-utf8")
        return {status(target, 200,
                       progressBodyWithStrings("caf\xc3(\xff\xfe\xc0\xaf\xed\xa0\x80 end"_ba))};
    if (name == u"deep-nesting") {
        const QByteArray body = R"({"status":"running","totalRows":1,"processedRows":1,"extra":)"_ba
            + QByteArray(kDeepNesting, '[') + QByteArray(kDeepNesting, ']') + '}';
        return {status(target, 200, body)};
    }
    if (name == u"nan-counters") {
        QByteArray body = kGood;
        body.replace(R"("processedRows":1000)"_ba, R"("processedRows":NaN)"_ba);
        return {status(target, 200, body)};
    }
    if (name == u"overflow-counters") {
        QByteArray body = kGood;
        body.replace(R"("totalRows":50000)"_ba, R"("totalRows":1e400)"_ba);
        return {status(target, 200, body)};
    }
    if (name == u"negative-counters") {
        return {status(target, 200,
                       R"({"status":"running","totalRows":-5,"processedRows":-10,)"
                       R"("failedRows":-1,"partitions":-3,"completedPartitions":-1,"log":[]})"_ba)};
    }
    if (name == u"wrong-types") {
        QByteArray body = kGood;
        body.replace(R"("processedRows":1000)"_ba, R"("processedRows":"500")"_ba);
        return {status(target, 200, body)};
    }
    if (name == u"duplicate-keys") {
        QByteArray body = kGood;
        body.replace(R"("status":"running",)"_ba,
                     R"("status":"running","processedRows":7,"status":"failed",)"_ba);
        return {status(target, 200, body)};
    }
    if (name == u"html-200" || name == u"html-502") {
        return {status(target, name == u"html-200" ? 200 : 502,
                       "<!DOCTYPE html><html><head><title>Gateway</title></head><body><h1>"
                       "Welcome</h1><img src=\"http://evil.example/x.png\"></body></html>"_ba,
                       {{"Content-Type"_ba, "text/html; charset=utf-8"_ba}})};
    }
    if (name == u"markup-and-bidi")
        return {status(target, 200, progressBodyWithStrings(markupAndBidiText()))};
    if (name == u"redirect-other-host" || name == u"redirect-loop" || name == u"redirect-file") {
        // Location keeps the request's path for another host; a loop points at itself.
        const QByteArray location = name == u"redirect-other-host"
            ? target.otherOrigin + "/api/v1/redirected"_ba
            : name == u"redirect-loop" ? "?again"_ba
                                       : "file:///etc/passwd"_ba;
        return {Fault::redirect(target.method, target.pathRegex, location, 302, target.times)};
    }
    if (name == u"slow-drip") {
        Fault f = Fault::of(Fault::Kind::SlowDrip, target.method, target.pathRegex, target.times);
        f.body = kGood;
        f.dripIntervalMs = 5000;
        return {f};
    }
    if (name == u"retry-after-zero")
        return {retryAfter(target, "0"_ba)};
    if (name == u"retry-after-negative")
        return {retryAfter(target, "-30"_ba)};
    if (name == u"retry-after-huge")
        return {retryAfter(target, "99999999999999999999"_ba)};
    if (name == u"retry-after-past")
        return {retryAfter(target, "Thu, 01 Jan 1970 00:00:00 GMT"_ba)};
    if (name == u"retry-after-garbage")
        return {retryAfter(target, "soon, maybe"_ba)};
    if (name == u"million-partitions") {
        Fault f = Fault::of(Fault::Kind::Flood, target.method, target.pathRegex, target.times);
        f.body = R"({"status":"running","totalRows":1000000,"processedRows":1,)"
                 R"("partitions":1000000,"completedPartitions":0,"partitionDetails":[)"_ba;
        f.fill = R"({"index":1,"status":"running","rows":1,"progress":0},)"_ba;
        f.floodBytes = f.body.size() + qint64(f.fill.size()) * kMillionPartitions;
        f.declaredLength = f.floodBytes;
        return {f};
    }
    if (name == u"unauthorized") {
        return {status(
            target, 401,
            R"({"error":{"code":"UNAUTHORIZED","message":"Invalid or revoked API key"}})"_ba)};
    }
    return {};
}

} // namespace fw::sim
