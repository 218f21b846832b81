#include "PartitionModel.h"

#include "RunFormat.h"
#include "core/api/RunStatusText.h"
#include "core/text/DisplayText.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
const QList<int> kChangedRoles = {Qt::DisplayRole,
                                  Qt::ToolTipRole,
                                  PartitionModel::IndexRole,
                                  PartitionModel::StatusRole,
                                  PartitionModel::StatusTextRole,
                                  PartitionModel::RowsRole,
                                  PartitionModel::ProgressRole,
                                  PartitionModel::RawProgressRole,
                                  PartitionModel::OutOfRangeRole,
                                  PartitionModel::OutOfRangeReasonRole,
                                  PartitionModel::SortRole};

QString statusWord(const PartitionDetail &p)
{
    return RunStatusText::word(p.status, p.statusText);
}
} // namespace

PartitionModel::PartitionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int PartitionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartitionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double PartitionModel::drawnProgress(const PartitionDetail &p, bool *outOfRange, QString *reason)
{
    RunFormat::Fraction f;
    if (p.progress)
        f = RunFormat::percent(*p.progress);
    else if (p.status == PartitionStatus::Completed)
        f.value = 1.0;
    if (p.rows < 0) {
        f.outOfRange = true;
        f.reason = tr("negative row count reported");
    }
    if (outOfRange)
        *outOfRange = f.outOfRange;
    if (reason)
        *reason = f.reason;
    return f.value;
}

QString PartitionModel::tooltip(const PartitionDetail &p)
{
    const QLocale locale;
    bool odd = false;
    QString reason;
    const double drawn = drawnProgress(p, &odd, &reason);
    QString text = tr("Partition %1 — %2\nRows: %3")
                       .arg(locale.toString(p.index), statusWord(p), locale.toString(p.rows));
    if (p.progress)
        text += u'\n' + tr("Progress: %1 %").arg(locale.toString(*p.progress, 'g', 6));
    else if (p.status == PartitionStatus::Running)
        text += u'\n' + tr("Progress: not reported");
    if (odd)
        text += u'\n'
            + tr("⚠ Out of range: %1 (drawn as %2 %)")
                  .arg(reason, percentText(drawn, locale).chopped(2));
    return text;
}

QVariant PartitionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartitionDetail &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case Index:
            return locale.toString(p.index);
        case Status:
            return statusWord(p);
        case Rows:
            return locale.toString(p.rows);
        case Progress: {
            bool odd = false;
            const double v = drawnProgress(p, &odd);
            if (!p.progress && p.status != PartitionStatus::Completed
                && p.status != PartitionStatus::Running)
                return odd ? u"⚠"_s : QString();
            return QString(percentText(v, locale) + (odd ? u" ⚠"_s : QString()));
        }
        default:
            return {};
        }
    }
    case Qt::ToolTipRole:
        return plainToolTip(tooltip(p));
    case Qt::TextAlignmentRole:
        return index.column() == Status ? QVariant()
                                        : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case IndexRole:
        return p.index;
    case StatusRole:
        return int(p.status);
    case StatusTextRole:
        return p.statusText;
    case RowsRole:
        return p.rows;
    case ProgressRole:
        return drawnProgress(p);
    case RawProgressRole:
        return p.progress ? QVariant(*p.progress) : QVariant();
    case OutOfRangeRole: {
        bool odd = false;
        drawnProgress(p, &odd);
        return odd;
    }
    case OutOfRangeReasonRole: {
        QString reason;
        drawnProgress(p, nullptr, &reason);
        return reason;
    }
    case SortRole:
        switch (index.column()) {
        case Index:
            return p.index;
        case Status:
            return statusWord(p);
        case Rows:
            return p.rows;
        case Progress:
            return drawnProgress(p);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PartitionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Index:
        return tr("Partition");
    case Status:
        return tr("Status");
    case Rows:
        return tr("Rows");
    case Progress:
        return tr("Progress");
    default:
        return {};
    }
}

QHash<int, QByteArray> PartitionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IndexRole, "partitionIndex");
    names.insert(StatusRole, "status");
    names.insert(RowsRole, "rows");
    names.insert(ProgressRole, "progress");
    names.insert(OutOfRangeRole, "outOfRange");
    return names;
}

void PartitionModel::update(const QList<PartitionDetail> &partitions)
{
    const int oldCount = int(m_rows.size());
    const int newCount = int(partitions.size());
    if (oldCount == newCount && m_rows.constData() == partitions.constData())
        return; // the very list of the last update: nothing to compare
    const int common = std::min(oldCount, newCount);

    // Changed rows, as contiguous ranges.
    QList<std::pair<int, int>> changed;
    int rangeStart = -1;
    for (int row = 0; row <= common; ++row) {
        if (row < common && !(m_rows.at(row) == partitions.at(row))) {
            if (rangeStart < 0)
                rangeStart = row;
        } else if (rangeStart >= 0) {
            changed.append({rangeStart, row - 1});
            rangeStart = -1;
        }
    }

    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }
    // The rows share the data of `partitions`, so that an unchanged next poll, whose list shares
    // it too, is recognised at once.
    m_rows = newCount > oldCount ? partitions.first(oldCount) : partitions;
    for (const auto &[first, last] : changed)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), kChangedRoles);
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows = partitions;
        endInsertRows();
    }
}

void PartitionModel::resetTo(const QList<PartitionDetail> &partitions)
{
    beginResetModel();
    m_rows = partitions;
    endResetModel();
}

QString PartitionModel::percentText(double fraction, const QLocale &locale)
{
    // Floored with a little slack for binary fractions (0.29 * 100 is 28.999…).
    const double percent = std::floor(fraction * 100.0 + 1e-9);
    return locale.toString(std::isfinite(percent) ? percent : 0.0, 'f', 0) + u" %"_s;
}

QList<PartitionModel::Category> PartitionModel::categories() const
{
    QList<Category> known = {{PartitionStatus::Running, {}, 0},
                             {PartitionStatus::Completed, {}, 0},
                             {PartitionStatus::Failed, {}, 0},
                             {PartitionStatus::Pending, {}, 0}};
    QList<Category> other;
    for (const PartitionDetail &p : m_rows) {
        if (p.status != PartitionStatus::Unknown) {
            for (Category &c : known) {
                if (c.status == p.status)
                    ++c.count;
            }
            continue;
        }
        const QString raw = p.statusText.trimmed().toLower();
        auto it = std::find_if(other.begin(), other.end(),
                               [&raw](const Category &c) { return c.rawText == raw; });
        if (it == other.end())
            other.append({PartitionStatus::Unknown, raw, 1});
        else
            ++it->count;
    }
    std::stable_sort(other.begin(), other.end(),
                     [](const Category &a, const Category &b) { return a.count > b.count; });
    return known + other;
}

QList<int> PartitionModel::statusCounts() const
{
    QList<int> counts(5, 0);
    for (const PartitionDetail &p : m_rows)
        ++counts[int(p.status)];
    return counts;
}

} // namespace fw
