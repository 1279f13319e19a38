#pragma once

#include "util/Clock.h"
#include "util/Profile.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ttc::test {

// A clock that only moves when told to.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1767225600000 /* 2026-01-01T00:00:00Z */) : m_now(startMs), m_mono(0) {}
    qint64 nowMs() const override { return m_now; }
    qint64 monotonicMs() const override { return m_mono; }
    void advance(qint64 ms) { m_now += ms; m_mono += ms; }
    void setNow(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
    qint64 m_mono;
};

// A private profile folder removed at the end of the test.
class TempProfile
{
public:
    TempProfile();
    const Profile &profile() const { return m_profile; }
    QString root() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    Profile m_profile;
};

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion with optional stdin; for command-line and child-process tests.
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 30000);

// Paths given to tests by ttc_add_test.
QString binDir();                    // where the project's programs are built
QString binary(const QString &name); // binDir()/name
QString fixturesDir();               // third-party recordings; empty when absent
QString artifactsDir();              // screenshots and reports kept after the run (created on demand)
QString sourceDir();

} // namespace ttc::test
