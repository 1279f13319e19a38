#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace ttc::store {

// Versioned schema migrations. Version N is reached by applying steps 1..N in order, each in its own transaction.
namespace migrations {

int latestVersion();
int currentVersion(QSqlDatabase &db);

// Migrates to `target` (default: latest). A database newer than this program is refused, untouched.
Result<int> migrate(QSqlDatabase &db, int target = -1);

} // namespace migrations

} // namespace ttc::store
