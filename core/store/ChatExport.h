#pragma once

#include "store/ChatTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ttc::store {

// A session as a Markdown document people can read and share; message text is written as it was.
QString exportMarkdown(const Session &session, const QList<Message> &messages);

// A session as JSON for tools and backups: {format, version, session:{…}, messages:[…]}.
QByteArray exportJson(const Session &session, const QList<Message> &messages);

// A title to show for a session: its own, else the start of its first message (given, or as the session query
// found it), else "New chat".
QString displayTitle(const Session &session, const QString &firstMessage = {});

} // namespace ttc::store
