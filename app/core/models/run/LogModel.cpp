#include "LogModel.h"

#include "core/text/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fw {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::timeText(const LogEntry &entry) const
{
    if (!entry.timestamp.isValid())
        return entry.timestampText.isEmpty() ? u"—"_s : visibleText(entry.timestampText, 40);
    // The user's short date and time formats, with seconds (a log needs them).
    const QLocale locale;
    QString clock = locale.timeFormat(QLocale::ShortFormat);
    if (!clock.contains(u"ss"_s))
        clock.replace(u"mm"_s, u"mm:ss"_s);
    const QString format = locale.dateFormat(QLocale::ShortFormat) + u' ' + clock;
    return locale.toString(entry.timestamp.toTimeZone(m_zone), format);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return timeText(e);
        case Stage:
            return visibleText(e.stage, 40);
        case Message:
            return visibleText(e.message, kDisplayLength);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time && e.timestamp.isValid())
            return QLocale().toString(e.timestamp.toTimeZone(m_zone), QLocale::LongFormat);
        return plainToolTip(visibleText(e.message, 4000));
    case TimestampRole:
        return e.timestamp;
    case StageRole:
        return e.stage;
    case MessageRole:
        return e.message;
    case SequenceRole:
        return sequenceAt(index.row());
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Stage:
        return tr("Stage");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

qsizetype LogModel::update(const QList<LogEntry> &serverLog)
{
    qsizetype from = 0;
    if (m_serverConsumed > 0) {
        // Usual case: the server's log grew at the end and still has our last entry in place.
        if (serverLog.size() >= m_serverConsumed
            && serverLog.at(m_serverConsumed - 1) == m_lastConsumed) {
            from = m_serverConsumed;
        } else {
            // The server trimmed the front: find the last entry we took, by content.
            from = -1;
            for (qsizetype i = serverLog.size() - 1; i >= 0; --i) {
                if (serverLog.at(i) == m_lastConsumed) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                // Not there at all: keep only entries newer than the last one we have.
                from = serverLog.size();
                for (qsizetype i = 0; i < serverLog.size(); ++i) {
                    if (serverLog.at(i).timestamp > m_lastConsumed.timestamp) {
                        from = i;
                        break;
                    }
                }
            }
        }
    }
    if (from >= serverLog.size()) {
        if (!serverLog.isEmpty() && m_serverConsumed == 0)
            m_lastConsumed = serverLog.last();
        m_serverConsumed = std::max(m_serverConsumed, serverLog.size());
        return 0;
    }
    const QList<LogEntry> fresh = serverLog.mid(from);
    m_serverConsumed = serverLog.size();
    m_lastConsumed = serverLog.last();
    append(fresh);
    return fresh.size();
}

void LogModel::append(const QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    QList<LogEntry> batch = entries;
    if (batch.size() > m_cap) {
        m_firstSequence += batch.size() - m_cap;
        batch = batch.mid(batch.size() - m_cap);
    }
    const qsizetype overflow = m_entries.size() + batch.size() - m_cap;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.remove(0, overflow);
        m_firstSequence += overflow;
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_entries.append(batch);
    endInsertRows();
    for (const LogEntry &e : std::as_const(batch)) {
        if (!m_stages.contains(e.stage)) {
            m_stages.append(e.stage);
            Q_EMIT stageAdded(e.stage);
        }
    }
}

void LogModel::resetTo(const QList<LogEntry> &serverLog)
{
    beginResetModel();
    m_entries = serverLog.size() > m_cap ? serverLog.mid(serverLog.size() - m_cap) : serverLog;
    m_firstSequence = serverLog.size() - m_entries.size();
    m_serverConsumed = serverLog.size();
    m_lastConsumed = serverLog.isEmpty() ? LogEntry() : serverLog.last();
    endResetModel();
}

void LogModel::setCap(qsizetype cap)
{
    m_cap = std::max<qsizetype>(1, cap);
    const qsizetype overflow = m_entries.size() - m_cap;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.remove(0, overflow);
        m_firstSequence += overflow;
        endRemoveRows();
    }
}

void LogModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Time), index(int(m_entries.size()) - 1, Time),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QString LogModel::toText(const LogEntry &entry, const QTimeZone &zone)
{
    const QString time = entry.timestamp.isValid()
        ? entry.timestamp.toTimeZone(zone).toString(Qt::ISODateWithMs)
        : entry.timestampText;
    QString message = entry.message;
    message.replace(u'\\', u"\\\\"_s).replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s);
    return time + u'\t' + entry.stage + u'\t' + message;
}

} // namespace fw
