#pragma once

#include "Db.h"

namespace ttc::server {

// Append-only schema steps, one SQL text per dialect. Never edit a released step: add the next one.
int latestSchemaVersion();
Result<int> currentSchemaVersion(Sql &sql);
Result<int> migrate(DbPool &pool); // returns the version reached

} // namespace ttc::server
