#pragma once
/**
 * @file ChildProcess.h
 * Starts a program for the start-up and memory benchmarks and watches it from outside:
 * when it printed its first line, when it exited, how much CPU it used and its resident set.
 * Linux only (posix_spawn, /proc).
 */
#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ra::bench {

class ChildProcess
{
public:
    using Clock = std::chrono::steady_clock;

    /// Starts @p program with @p arguments; stdout goes to a pipe read by waitForLine(),
    /// stderr to /dev/null. Throws std::runtime_error when the program cannot be started.
    ChildProcess(const std::string& program, const std::vector<std::string>& arguments);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// When the process was started.
    Clock::time_point started() const { return m_started; }
    /// Waits for the first complete line on stdout; returns when it arrived, or nullopt when
    /// stdout closed (or @p timeout passed) without one.
    std::optional<Clock::time_point> waitForLine(std::chrono::milliseconds timeout);
    /// The first line waitForLine() saw.
    const std::string& firstLine() const { return m_line; }
    /// Waits for the process to exit; returns when it did. Throws on a non-zero exit status or
    /// a signal, or when @p timeout passes (the process is then killed).
    Clock::time_point waitForExit(std::chrono::milliseconds timeout);
    /// Waits until the process has used no CPU for @p quiet (sampled every 50 ms), at most
    /// @p timeout; returns false on timeout.
    bool waitUntilIdle(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout);
    /// Resident set size in bytes (VmRSS of /proc/<pid>/status).
    std::size_t residentBytes() const;
    /// Sends SIGTERM and waits (SIGKILL after 5 s).
    void terminate();

private:
    long cpuTicks() const;
    pid_t m_pid = -1;
    int m_stdout = -1;
    bool m_exited = false;
    std::string m_buffer;
    std::string m_line;
    Clock::time_point m_started;
};

} // namespace ra::bench
