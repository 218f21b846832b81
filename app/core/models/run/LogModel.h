#pragma once

#include "core/api/LogEntry.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace fw {

/// A run's execution log: append-only and bounded (oldest removed first), fed with the server's
/// whole log on every poll. The server's log only grows, so entries already seen are recognised
/// by position and content and never added twice; new ones arrive as one batched rowsInserted.
/// If the server drops old entries from its answer, the last seen entry is looked up by content
/// and only what follows it is added.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { Time, Stage, Message, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TimestampRole = Qt::UserRole, ///< QDateTime (UTC; invalid when the server sent none)
        StageRole, ///< QString stage as sent
        MessageRole, ///< QString the whole message as sent (for copy and save)
        SequenceRole, ///< qint64 position in the run's log since watching began
    };
    Q_ENUM(Role)

    static constexpr qsizetype kDefaultCap = 20'000;
    /// Longest message shown in a cell; the tooltip, copy and save use the whole text.
    static constexpr qsizetype kDisplayLength = 400;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Applies one poll's log; returns how many entries were new.
    qsizetype update(const QList<LogEntry> &serverLog);
    /// Appends entries as they are (one batch).
    void append(const QList<LogEntry> &entries);
    /// The naive alternative (reset and refill), kept for the benchmark's comparison only.
    void resetTo(const QList<LogEntry> &serverLog);

    void setCap(qsizetype cap);
    qsizetype cap() const { return m_cap; }
    /// How many entries fell off the front because of the cap.
    qint64 droppedCount() const { return m_firstSequence; }
    /// For the Time column; the default is the system's local time.
    void setTimeZone(const QTimeZone &zone);

    const LogEntry &entryAt(int row) const { return m_entries.at(row); }
    qint64 sequenceAt(int row) const { return m_firstSequence + row; }
    /// Distinct stages in order of first appearance.
    const QStringList &stages() const { return m_stages; }
    /// One line per entry: "2026-03-30T10:00:05.250+00:00\textract\tmessage" (time in ISO 8601
    /// with milliseconds and its offset, message in full with newlines kept escaped as "\n").
    static QString toText(const LogEntry &entry, const QTimeZone &zone);

Q_SIGNALS:
    void stageAdded(const QString &stage);

private:
    QString timeText(const LogEntry &entry) const;

    QList<LogEntry> m_entries;
    qint64 m_firstSequence = 0; ///< sequence number of m_entries[0]
    qsizetype m_serverConsumed = 0; ///< entries of the server's log consumed so far
    LogEntry m_lastConsumed;
    qsizetype m_cap = kDefaultCap;
    QStringList m_stages;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace fw
