#pragma once

#include "Result.h"
#include "store/IntegrityPolicy.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace ttc {
class Clock;
}

namespace ttc::store {

struct OpenOptions
{
    IntegrityCheck check = IntegrityCheck::Full;  // the kind run when the check is worth it (see CheckReason)
    bool readOnly = false;                        // not tracked, writes nothing: always runs the check asked for
    const Clock *clock = nullptr;                 // for the age of the last full check; null: the system clock
};

struct OpenInfo
{
    int schemaVersion = 0;
    int migratedFrom = 0;          // version found on disk before migrating (0 = new database)
    QString preservedCopy;         // set when a damaged database was moved aside and a new one created
    bool integrityChecked = false; // the check ran (the kind asked for)
    CheckReason checkReason = CheckReason::NewDatabase;  // why it ran, or why it was skipped
};

// Opens a connection on the calling thread: WAL, synchronous=FULL, foreign keys, busy timeout; runs the
// integrity check when it is worth it (see CheckReason: a connection ended without closing, the file changed while
// closed, no record of a clean close, or, for the full check, the last one is 7 days old) and the migrations.
// A damaged file is moved aside (kept, with its -wal) and a new database is created; OpenInfo::preservedCopy then
// says where the old one went.
// connectionName must be unique in the process; close it with closeConnection(), which records the clean close.
Result<OpenInfo> openConnection(const QString &path, const QString &connectionName, const OpenOptions &options = {});
void closeConnection(const QString &connectionName);

// The app's database: one writer connection living on a named thread ("ttc-db"). Work is posted to that thread and
// answered with a QFuture; callers continue with QFuture::then(context, ...). Never blocks the caller.
class Database : public QObject
{
    Q_OBJECT

public:
    explicit Database(QString path, QObject *parent = nullptr);
    ~Database() override;

    QString path() const { return m_path; }

    // Opens the connection on the database thread. Work posted before the answer arrives runs after the open.
    QFuture<Result<OpenInfo>> open(const OpenOptions &options = {});

    // Runs fn(QSqlDatabase&) on the database thread and returns its result as a future.
    template<typename Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, QSqlDatabase &>>
    {
        using R = std::invoke_result_t<Fn, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<R>>();
        auto task = std::make_shared<Fn>(std::move(fn));
        QFuture<R> future = promise->future();
        promise->start();
        const bool queued = post([promise, task](QSqlDatabase &db) {
            if constexpr (std::is_void_v<R>)
                (*task)(db);
            else
                promise->addResult((*task)(db));
            promise->finish();
        });
        if (!queued) {  // closed: the work is refused, and the caller's continuation is not run
            promise->future().cancel();
            promise->finish();
        }
        return future;
    }

    // Finishes queued work, closes the connection and stops the thread. Called by the destructor.
    void close();

private:
    bool post(std::function<void(QSqlDatabase &)> job);

    QString m_path;
    QString m_connectionName;
    QThread m_thread;
    QObject *m_worker = nullptr;  // lives on m_thread
    bool m_closing = false;
};

} // namespace ttc::store
