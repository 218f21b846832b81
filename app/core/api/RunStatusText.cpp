#include "RunStatusText.h"

#include "core/text/DisplayText.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

struct Row
{
    RunStatus status;
    QStringView key;
    const char *word; ///< source text of the translation; none for Unknown (it shows the raw text)
    QStringView symbol;
    int severity;
};

constexpr std::array<Row, 6> kRows {{
    {RunStatus::Pending, u"pending", QT_TRANSLATE_NOOP("fw::RunStatusText", "Pending"), u"…", 1},
    {RunStatus::Running, u"running", QT_TRANSLATE_NOOP("fw::RunStatusText", "Running"), u"▶", 2},
    {RunStatus::Completed, u"completed", QT_TRANSLATE_NOOP("fw::RunStatusText", "Completed"), u"✓",
     0},
    {RunStatus::Failed, u"failed", QT_TRANSLATE_NOOP("fw::RunStatusText", "Failed"), u"✗", 5},
    {RunStatus::CompletedWithErrors, u"completed_with_errors",
     QT_TRANSLATE_NOOP("fw::RunStatusText", "Completed with errors"), u"⚠", 4},
    {RunStatus::Unknown, u"unknown", nullptr, u"?", 3},
}};

const Row &row(RunStatus status)
{
    for (const Row &r : kRows) {
        if (r.status == status)
            return r;
    }
    return kRows.back();
}

} // namespace

RunStatus RunStatusText::fromKey(QStringView key)
{
    for (const Row &r : kRows) {
        if (r.status != RunStatus::Unknown && r.key == key)
            return r.status;
    }
    return RunStatus::Unknown;
}

QString RunStatusText::key(RunStatus status)
{
    return row(status).key.toString();
}

QString RunStatusText::word(RunStatus status, const QString &rawText)
{
    const Row &r = row(status);
    return r.word ? tr(r.word) : unknownStatusLabel(rawText);
}

QString RunStatusText::word(PartitionStatus status, const QString &rawText)
{
    return word(asRun(status), rawText);
}

QString RunStatusText::symbol(RunStatus status)
{
    return row(status).symbol.toString();
}

QString RunStatusText::symbol(PartitionStatus status)
{
    return symbol(asRun(status));
}

int RunStatusText::severity(RunStatus status)
{
    return row(status).severity;
}

RunStatus RunStatusText::asRun(PartitionStatus status)
{
    switch (status) {
    case PartitionStatus::Pending:
        return RunStatus::Pending;
    case PartitionStatus::Running:
        return RunStatus::Running;
    case PartitionStatus::Completed:
        return RunStatus::Completed;
    case PartitionStatus::Failed:
        return RunStatus::Failed;
    case PartitionStatus::Unknown:
        break;
    }
    return RunStatus::Unknown;
}

} // namespace fw
