#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace fw {

/// The one name of a run: the connection (profile) it is watched through, its pipeline and its
/// id. Used wherever a run is named: signals, hashes, settings, links. Its text form,
/// "<connection>/<pipeline>/<run>" with each part percent-encoded (so "/" and "%" inside a part
/// never split it), is stable: it is written to settings and read back by fromText().
struct RunRef
{
    QString connection;
    QString pipelineId;
    QString runId;

    /// All three parts are given.
    bool isValid() const
    {
        return !connection.isEmpty() && !pipelineId.isEmpty() && !runId.isEmpty();
    }

    /// The same run on another connection (after a rename).
    RunRef onConnection(const QString &name) const { return {name, pipelineId, runId}; }

    /// "Demo/pipe_001/run_001"; "My%20staging/pipe%2F1/run_001".
    QString toText() const;
    /// Parses toText()'s form; an invalid RunRef when `text` is not one.
    static RunRef fromText(QStringView text);
    /// Reads the "<connection>\n<pipeline>\n<run>" keys that earlier versions saved as open tabs.
    static RunRef fromLegacyKey(QStringView text);
    /// fromText(), else fromLegacyKey(): for settings that either version may have written.
    static RunRef fromSettings(QStringView text);

    friend bool operator==(const RunRef &, const RunRef &) = default;
};

inline size_t qHash(const RunRef &run, size_t seed = 0) noexcept
{
    return qHashMulti(seed, run.connection, run.pipelineId, run.runId);
}

} // namespace fw

Q_DECLARE_METATYPE(fw::RunRef)
