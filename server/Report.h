#pragma once

#include "Db.h"

namespace ttc::server {

// `ttc-server report [--days N]`: operator analytics computed from the database (tier changes, subscriptions and
// usage events), not from logs.
Result<QString> buildReport(DbPool &pool, int days, qint64 nowMs);

} // namespace ttc::server
