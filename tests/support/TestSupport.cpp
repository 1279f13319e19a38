#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace ttc::test {

TempProfile::TempProfile() : m_profile(Profile::resolve(m_dir.path()))
{
    m_profile.ensureExists();
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                         const QProcessEnvironment &environment, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString binDir()
{
    return qEnvironmentVariable("TTC_BIN_DIR");
}

QString binary(const QString &name)
{
    return binDir() + QLatin1Char('/') + name;
}

QString fixturesDir()
{
    const QString dir = qEnvironmentVariable("TTC_FIXTURES_DIR");
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QString();
}

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("TTC_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/ttc-test-artifacts");
    QDir().mkpath(dir);
    return dir;
}

QString sourceDir()
{
    return qEnvironmentVariable("TTC_SOURCE_DIR");
}

} // namespace ttc::test
