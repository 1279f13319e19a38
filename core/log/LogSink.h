#pragma once

#include <QString>
#include <QtGlobal>

namespace ttc::log {

struct SinkOptions
{
    QString filePath;                  // rotating log file; empty = no file
    bool console = false;              // also write to stderr
    qsizetype maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 3;
};

// Installs the process's Qt message handler: every message is redacted, then written through spdlog to a
// rotating file (mode 0600) and optionally to the console. Call once from a composition root.
void install(const SinkOptions &options);

// Flushes and removes the handler (tests, orderly shutdown).
void shutdown();

// True when stderr is an interactive terminal.
bool stderrIsTerminal();

} // namespace ttc::log
