#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace ttc {

// Runs fn(result) on context's thread once future has a result; nothing when the future is cancelled or context is
// gone first. Use it instead of QFuture::then(context, fn): in Qt 6.4 a future that finishes on another thread
// while the continuation is being attached can run that continuation twice (the second time on a moved-from
// promise: a crash). QFutureWatcher hands the finish over through events and has no such window.
//
//     m_db.run([](QSqlDatabase &db) { return load(db); }) | ttc::then(this, [this](Result<X> r) { ... });
// onCanceled, when given, runs instead when the future ends cancelled (e.g. the database was closed).
template<typename T, typename F, typename C = void (*)()>
void onReady(const QFuture<T> &future, QObject *context, F &&fn, C onCanceled = nullptr)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::forward<F>(fn), onCanceled = std::move(onCanceled)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> f = watcher->future();
                         if (f.isCanceled()) {
                             if constexpr (!std::is_pointer_v<C>)
                                 onCanceled();
                             else if (onCanceled)
                                 onCanceled();
                             return;
                         }
                         if constexpr (std::is_void_v<T>) {
                             fn();
                         } else {
                             if (f.resultCount() == 0)
                                 return;
                             fn(f.result());
                         }
                     });
    watcher->setFuture(future);
}

template<typename F>
struct ThenOn
{
    QObject *context;
    F fn;
};

template<typename F>
ThenOn<std::decay_t<F>> then(QObject *context, F &&fn)
{
    return {context, std::forward<F>(fn)};
}

template<typename T, typename F>
void operator|(const QFuture<T> &future, ThenOn<F> &&on)
{
    onReady(future, on.context, std::move(on.fn));
}

} // namespace ttc
