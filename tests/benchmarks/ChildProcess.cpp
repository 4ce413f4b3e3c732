#include "ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace ra::bench {

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& arguments)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe: " + std::string(std::strerror(errno)));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : arguments)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    m_started = Clock::now();
    const int rc = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    m_stdout = fds[0];
    if (rc != 0) {
        close(m_stdout);
        throw std::runtime_error("cannot start " + program + ": " + std::strerror(rc));
    }
}

ChildProcess::~ChildProcess()
{
    if (!m_exited)
        terminate();
    if (m_stdout >= 0)
        close(m_stdout);
}

std::optional<ChildProcess::Clock::time_point> ChildProcess::waitForLine(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    char chunk[4096];
    while (true) {
        if (const auto nl = m_buffer.find('\n'); nl != std::string::npos) {
            m_line = m_buffer.substr(0, nl);
            return Clock::now();
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        pollfd p{m_stdout, POLLIN, 0};
        const int ready = poll(&p, 1, int(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return std::nullopt;
        const ssize_t n = read(m_stdout, chunk, sizeof chunk);
        if (n <= 0)
            return std::nullopt; // stdout closed: no line
        m_buffer.append(chunk, std::size_t(n));
    }
}

ChildProcess::Clock::time_point ChildProcess::waitForExit(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    int status = 0;
    while (true) {
        const pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid)
            break;
        if (r < 0 && errno != EINTR)
            throw std::runtime_error("waitpid: " + std::string(std::strerror(errno)));
        if (Clock::now() > deadline) {
            terminate();
            throw std::runtime_error("the program did not exit in time");
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    const auto at = Clock::now();
    m_exited = true;
    if (WIFSIGNALED(status))
        throw std::runtime_error("the program died of signal " + std::to_string(WTERMSIG(status)));
    if (WEXITSTATUS(status) != 0)
        throw std::runtime_error("the program exited with status " + std::to_string(WEXITSTATUS(status)));
    return at;
}

long ChildProcess::cpuTicks() const
{
    std::ifstream stat("/proc/" + std::to_string(m_pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // fields after the parenthesised command name: state(3) … utime(14) stime(15)
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream in(text.substr(close + 2));
    std::string field;
    long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && in >> field; ++i) {
        if (i == 14)
            utime = std::stol(field);
        if (i == 15)
            stime = std::stol(field);
    }
    return utime + stime;
}

bool ChildProcess::waitUntilIdle(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    long last = cpuTicks();
    auto quietSince = Clock::now();
    while (Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const long now = cpuTicks();
        if (now < 0)
            return false; // exited
        if (now != last) {
            last = now;
            quietSince = Clock::now();
        } else if (Clock::now() - quietSince >= quiet) {
            return true;
        }
    }
    return false;
}

std::size_t ChildProcess::residentBytes() const
{
    std::ifstream status("/proc/" + std::to_string(m_pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::size_t(std::stoull(line.substr(6))) * 1024; // "VmRSS:  12345 kB"
    throw std::runtime_error("no VmRSS for process " + std::to_string(m_pid));
}

void ChildProcess::terminate()
{
    if (m_exited || m_pid <= 0)
        return;
    kill(m_pid, SIGTERM);
    int status = 0;
    for (int i = 0; i < 500; ++i) {
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_exited = true;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(m_pid, SIGKILL);
    waitpid(m_pid, &status, 0);
    m_exited = true;
}

} // namespace ra::bench
