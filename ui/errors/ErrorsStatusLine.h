#pragma once

#include "core/models/errors/ErrorLoader.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fw::ui {

/// The one line under the errors toolbar: "12,345 of 1,000,000 errors · filtered: 1,234",
/// what is going on (loading, sorting, exporting) with a progress bar, the last outcome, and a
/// warning icon beside failures so they do not rely on colour.
class ErrorsStatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorsStatusLine)

public:
    struct State
    {
        ErrorLoader::State load = ErrorLoader::State::Idle;
        qint64 loaded = 0; ///< rows in the table's store
        qint64 expected = -1; ///< while loading: the expected total, or -1
        qint64 previewTotal = -1; ///< the run's failedRows from the progress response
        bool hasPreview = false;
        bool hasSource = false;
        QString loadError; ///< the failure, for the user
        bool filtered = false;
        qint64 shown = 0;
        bool busy = false; ///< a sort or filter is being computed
        bool exporting = false;
        QString notice; ///< the last outcome (export, copy), if any
    };

    explicit ErrorsStatusLine(QWidget *parent = nullptr);

    void setState(const State &state);
    QString text() const;

    /// The text for `state`; `progress` gets -2 (no bar), -1 (busy) or per mille.
    static QString describe(const State &state, int *progress, bool *problem);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace fw::ui
