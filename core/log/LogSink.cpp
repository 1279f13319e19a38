#include "log/LogSink.h"

#include "log/Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#define ttc_isatty _isatty
#define ttc_fileno _fileno
#else
#include <unistd.h>
#define ttc_isatty isatty
#define ttc_fileno fileno
#endif

namespace ttc::log {

namespace {

std::shared_ptr<spdlog::logger> g_logger;

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (g_logger) {
        const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
        const QByteArray text = clean.toUtf8();
        g_logger->log(levelOf(type), "[{}] {}", std::string_view(category.constData(), size_t(category.size())),
                      std::string_view(text.constData(), size_t(text.size())));
        if (type == QtFatalMsg || type == QtCriticalMsg)
            g_logger->flush();
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool stderrIsTerminal()
{
    return ttc_isatty(ttc_fileno(stderr)) != 0;
}

void install(const SinkOptions &options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.filePath.isEmpty()) {
        QDir().mkpath(QFileInfo(options.filePath).absolutePath());
        if (!QFile::exists(options.filePath)) {
            QFile f(options.filePath);
            if (f.open(QIODevice::WriteOnly))
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.filePath.toStdString(), size_t(options.maxFileBytes), size_t(options.maxFiles)));
        } catch (const spdlog::spdlog_ex &e) {
            fprintf(stderr, "cannot open the log file: %s\n", e.what());
        }
    }
    if (options.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    g_logger = std::make_shared<spdlog::logger>("ttc", sinks.begin(), sinks.end());
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%-5l%$ %v");
    g_logger->set_level(spdlog::level::trace);  // Qt's logging rules decide what reaches the handler
    g_logger->flush_on(spdlog::level::info);  // debug chatter is buffered, everything else is on disk at once
    qInstallMessageHandler(handler);
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    if (g_logger) {
        g_logger->flush();
        g_logger.reset();
    }
}

} // namespace ttc::log
