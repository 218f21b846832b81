#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace fw {

/// When the next poll of a run happens: the rule table behind RunWatcher, free of timers so it
/// can be tested row by row.
///  - success, something changed: the base interval (default 2 s);
///  - success, nothing changed: ×1.5 per unchanged poll in a row, up to 4× base;
///  - window hidden: at least 15 s;
///  - network, timeout, 429, 5xx: exponential backoff with full jitter,
///    delay = random(0, min(60 s, 1 s × 2^(failures-1))), never below 250 ms;
///  - Retry-After (429/503): no poll before it (capped at 15 min), but it never shortens the
///    wait: the delay is the longest of Retry-After, the backoff above and the normal interval
///    (base, or the hidden floor). `Retry-After: 0`, a date in the past or a negative value
///    therefore cannot make polls come faster: no request storm.
class PollSchedule final
{
public:
    using ms = std::chrono::milliseconds;

    static constexpr ms kMinBase {1'000};
    static constexpr ms kMaxBase {60'000};
    static constexpr ms kDefaultBase {2'000};
    static constexpr ms kHiddenFloor {15'000};
    static constexpr ms kBackoffStart {1'000};
    static constexpr ms kBackoffCap {60'000};
    static constexpr ms kBackoffFloor {250};
    static constexpr ms kRetryAfterCap {15 * 60'000};
    static constexpr double kSlowdownFactor = 1.5;
    static constexpr double kSlowdownCap = 4.0;

    /// Clamped to 1–60 s.
    void setBaseInterval(ms interval);
    ms baseInterval() const { return m_base; }
    void setVisible(bool visible) { m_visible = visible; }
    bool isVisible() const { return m_visible; }
    /// A source of uniform numbers in [0, 1) for the jitter; the default is QRandomGenerator.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    /// Records a good poll; `changed` says whether anything the user sees moved.
    void recordSuccess(bool changed);
    /// Records a failed poll that may succeed later; it always counts for the backoff.
    /// `retryAfterSeconds` from the server can lengthen the wait, never shorten it.
    void recordFailure(std::optional<long long> retryAfterSeconds);
    /// Forget slowdown and failures (after "Refresh now" or coming back online).
    void reset();

    /// The delay before the next poll, given what was recorded last.
    ms nextDelay() const;
    /// The upper bound of the current backoff window (for tests and the banner).
    ms backoffCeiling() const;
    int consecutiveFailures() const { return m_failures; }
    int unchangedPolls() const { return m_unchanged; }

private:
    /// The wait after a good poll without slowdown: the base, at least the hidden floor.
    ms normalInterval() const;

    ms m_base = kDefaultBase;
    bool m_visible = true;
    int m_unchanged = 0;
    int m_failures = 0;
    std::optional<long long> m_retryAfter;
    ms m_jittered {0};
    std::function<double()> m_random;
};

} // namespace fw
