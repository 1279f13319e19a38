#pragma once

#include "Result.h"
#include "util/Profile.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace ttc {
class Clock;
namespace voice {
class EngineRegistry;
}
class UuidV7Generator;
}

namespace ttc::cli {

// Exit codes of DESIGN §2.
enum Exit : int {
    Ok = 0,
    Failure = 1,        // a local problem: not found, database, file
    Usage = 2,
    KeyError = 3,
    TierOrQuota = 4,
    RateLimited = 5,
    Network = 6,
    ProviderError = 7,
    ServerError = 8,
};

// What every command gets: the profile, output streams and a lazily opened store.
class Context
{
public:
    Context(Profile profile, const Clock &clock);
    ~Context();

    const Profile &profile() const { return m_profile; }
    const Clock &clock() const { return m_clock; }
    UuidV7Generator &ids() { return *m_ids; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool stdoutIsTerminal() const;

    bool databaseExists() const;
    // Opens (creating and migrating as needed) the profile's database on this thread.
    Result<QSqlDatabase> database();

    // Prints "ttc: message" to stderr and returns code.
    int fail(int code, const QString &message);
    int fail(int code, const Error &error) { return fail(code, error.message); }

private:
    Profile m_profile;
    const Clock &m_clock;
    std::unique_ptr<UuidV7Generator> m_ids;
    QTextStream m_out;
    QTextStream m_err;
    std::optional<QString> m_connection;
};

struct Command
{
    QString name;
    QString summary;                       // one line for `ttc --help`
    std::function<int(Context &, const QStringList &arguments)> run;  // arguments after the command name
};

// The commands this build offers, in help order.
QList<Command> commands();

// Individual command groups (one file each).
Command historyCommand();
Command chatCommand();
Command keysCommand();
Command usageCommand();
Command transcribeCommand();
Command speakCommand();
Command accountCommand();
Command syncCommand();
Command previewCommand();

// Adds the cloud speech engines this build offers (keys, tier and usage come from the context).
void registerCloudVoiceEngines(Context &ctx, voice::EngineRegistry &registry);

} // namespace ttc::cli
