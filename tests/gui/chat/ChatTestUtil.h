#pragma once

// Shared set-up of the chat tests and benchmarks: an opened database in a temporary profile, and bulk history.
#include "ChatStore.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

namespace ttc::test {

template<typename T>
T waitFor(QFuture<T> future, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    Q_ASSERT(future.isFinished());
    return future.result();
}

// Inserts a session with `count` messages (alternating user/assistant, 1 s apart) in one transaction.
inline QString makeLongSession(store::Database &db, int count, const QString &title = QStringLiteral("Long chat"))
{
    return waitFor(db.run([count, title](QSqlDatabase &sql) -> QString {
        UuidV7Generator ids(SystemClock::instance());
        const qint64 start = SystemClock::instance().nowMs() - qint64(count) * 1000;
        const QString sessionId = ids.next();
        store::Transaction tx(sql);
        tx.begin();
        QSqlQuery s(sql);
        s.prepare(QStringLiteral("INSERT INTO sessions(id, title, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        s.addBindValue(sessionId);
        s.addBindValue(title);
        s.addBindValue(start);
        s.addBindValue(start + qint64(count) * 1000);
        s.exec();
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("INSERT INTO messages(id, session_id, role, content, status, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, 'complete', ?, ?)"));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(ids.next());
            q.addBindValue(sessionId);
            q.addBindValue(i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
            q.addBindValue(i % 2 ? QStringLiteral("Answer number %1 with **bold** text and `code`.\n\n- item one\n- item two").arg(i)
                                 : QStringLiteral("Question number %1?").arg(i));
            q.addBindValue(start + qint64(i) * 1000);
            q.addBindValue(start + qint64(i) * 1000);
            q.exec();
        }
        tx.commit();
        return sessionId;
    }));
}

} // namespace ttc::test
