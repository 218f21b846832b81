#include "RunLocator.h"

#include "core/text/IdText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

RunLocator fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

bool isPipelineWord(const QString &segment)
{
    const QString s = segment.toLower();
    return s == u"pipelines"_s || s == u"pipeline"_s || s == u"flows"_s || s == u"flow"_s;
}

} // namespace

RunLocator RunLocator::parse(const QString &text, QString *error)
{
    const QString input = text.trimmed();
    const QString help = tr("Enter a run id such as run_001, or paste the run's address from the "
                            "KaireonAI web app.");
    if (input.isEmpty())
        return fail(error, help);
    if (input.size() > 2048)
        return fail(error, tr("That text is too long to be a run address. ") + help);

    RunLocator locator;
    QStringList segments;
    if (input.contains(u"://"_s)) {
        const QUrl url(input, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
            return fail(error, tr("That address is not a valid web address. ") + help);
        locator.server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                      | QUrl::RemoveUserInfo);
        segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    } else {
        segments = input.split(u'/', Qt::SkipEmptyParts);
        if (segments.size() == 1) {
            if (!isPlausibleId(segments.front()))
                return fail(error, tr("“%1” is not a run id. ").arg(input.left(60)) + help);
            locator.runId = segments.front();
            return locator;
        }
        if (segments.size() == 2 && !isPipelineWord(segments.front())
            && segments.front().toLower() != u"runs"_s) {
            if (!isPlausibleId(segments.at(0)) || !isPlausibleId(segments.at(1)))
                return fail(error, help);
            locator.pipelineId = segments.at(0);
            locator.runId = segments.at(1);
            return locator;
        }
    }

    // The last "runs" segment followed by an id; the pipeline is the id after a pipelines/flows
    // segment before it.
    qsizetype runsAt = -1;
    for (qsizetype i = segments.size() - 2; i >= 0; --i) {
        if (segments.at(i).compare(u"runs"_s, Qt::CaseInsensitive) == 0) {
            runsAt = i;
            break;
        }
    }
    if (runsAt < 0)
        return fail(error,
                    tr("That address does not point at a run (it has no …/runs/<id>). ") + help);
    locator.runId = segments.at(runsAt + 1);
    if (!isPlausibleId(locator.runId))
        return fail(error, tr("The run id in that address is not valid. ") + help);
    if (runsAt >= 2 && isPipelineWord(segments.at(runsAt - 2))) {
        locator.pipelineId = segments.at(runsAt - 1);
        if (!isPlausibleId(locator.pipelineId))
            return fail(error, tr("The pipeline id in that address is not valid. ") + help);
    }
    if (error)
        error->clear();
    return locator;
}

} // namespace fw
