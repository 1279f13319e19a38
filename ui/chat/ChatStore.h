#pragma once

#include "store/ChatRepository.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <memory>
#include <utility>

namespace ttc::chat {

// The chat window's way into the history: runs fn(ChatRepository&) on the database thread and answers with a future,
// so the GUI thread never waits on SQL. One id generator, only ever touched on that thread.
class ChatStore
{
public:
    ChatStore(store::Database &database, const Clock &clock)
        : m_database(database), m_context(std::make_shared<Context>(clock))
    {
    }

    template<typename Fn>
    auto run(Fn fn)
    {
        return m_database.run([context = m_context, fn = std::move(fn)](QSqlDatabase &db) mutable {
            store::ChatRepository repo(db, context->clock, context->ids);
            return fn(repo);
        });
    }

    const Clock &clock() const { return m_context->clock; }

private:
    struct Context
    {
        explicit Context(const Clock &c) : clock(c), ids(c) {}
        const Clock &clock;
        UuidV7Generator ids;
    };

    store::Database &m_database;
    std::shared_ptr<Context> m_context;
};

} // namespace ttc::chat
