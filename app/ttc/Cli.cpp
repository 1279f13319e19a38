#include "Cli.h"

#include "store/Database.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ttc::cli {

Context::Context(Profile profile, const Clock &clock)
    : m_profile(std::move(profile)), m_clock(clock), m_ids(std::make_unique<UuidV7Generator>(clock)), m_out(stdout),
      m_err(stderr)
{
}

Context::~Context()
{
    m_out.flush();
    m_err.flush();
    if (m_connection)
        store::closeConnection(*m_connection);
}

bool Context::stdoutIsTerminal() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(fileno(stdout)) != 0;
#endif
}

bool Context::databaseExists() const
{
    return QFile::exists(m_profile.databasePath());
}

Result<QSqlDatabase> Context::database()
{
    if (m_connection)
        return QSqlDatabase::database(*m_connection, false);
    QString error;
    if (!m_profile.ensureExists(&error))
        return Error{QStringLiteral("profile"), error};
    const QString name = QStringLiteral("ttc-cli");
    // A short-lived command gets the quick check; the app runs the full one.
    Result<store::OpenInfo> opened = store::openConnection(m_profile.databasePath(), name,
                                                           store::OpenOptions{store::IntegrityCheck::Quick, false});
    if (!opened)
        return opened.error();
    if (!opened->preservedCopy.isEmpty())
        m_err << QCoreApplication::translate(
                     "ttc::cli", "ttc: the history database was damaged; it was kept as %1 and a new one was created\n")
                     .arg(opened->preservedCopy);
    m_connection = name;
    return QSqlDatabase::database(name, false);
}

int Context::fail(int code, const QString &message)
{
    m_out.flush();
    m_err << QStringLiteral("ttc: ") << message << '\n';
    m_err.flush();
    return code;
}

QList<Command> commands()
{
    return {historyCommand(), chatCommand(), keysCommand(), usageCommand(), transcribeCommand(), speakCommand(),
            accountCommand(), syncCommand(), previewCommand()};
}

} // namespace ttc::cli
