#pragma once

#include <QString>

namespace ttc::log {

// Removes secrets from text that is about to be logged: provider API keys, authentication header values,
// bearer, access and refresh tokens, JWTs, passwords, webhook secrets. Pure and thread-safe.
QString redact(const QString &text);

// The marker that replaces a secret.
inline constexpr QLatin1StringView kRedacted{"[redacted]"};

} // namespace ttc::log
