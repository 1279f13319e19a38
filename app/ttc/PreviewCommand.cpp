// ttc preview URL [--json] [--screenshot FILE.png] [--no-cache] — the link preview pipeline of the browser overlay.
#include "Cli.h"

#include "preview/LinkPolicy.h"
#include "preview/PreviewCache.h"
#include "preview/PreviewJson.h"
#include "preview/PreviewService.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>

#include <cmath>
#include <optional>

namespace ttc::cli {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ttc::cli", text, disambiguation, n);
}

QString usage()
{
    return tr("Usage: ttc preview URL [--json] [--screenshot FILE.png] [--no-cache]\n"
              "Fetches an http(s) page and prints its title, site, description, reading time and an extractive\n"
              "summary (--json: url, final_url, status, title, site_name, description, byline, published, lang,\n"
              "favicon, image, reading_minutes, summary, main_text). Previews are cached for 24 hours in the profile;\n"
              "--no-cache neither reads nor writes the cache. --screenshot renders the page with ttc-render (part of\n"
              "the GUI build), installed next to ttc.\n"
              "Exit codes: 0 ok, 1 local error (no ttc-render, rendering failed), 2 usage or a link that is not\n"
              "http(s), 6 network (unreachable, timeout, redirect loop or too many redirects),\n"
              "7 the site answered with an HTTP error or something that is not a web page, image or PDF.\n");
}

// Error codes of PreviewService → exit codes of DESIGN §2.
int exitFor(const Error &e)
{
    if (e.code == QLatin1String("policy") || e.code == QLatin1String("bad_url"))
        return Usage;
    if (e.code.startsWith(QLatin1String("http_")) || e.code == QLatin1String("not_html"))
        return ProviderError;
    return Network;  // network, timeout, too_many_redirects, redirect_loop, bad_redirect
}

QString readingTime(double minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 1)
        return tr("less than a minute");
    const int m = int(std::ceil(minutes - 0.05));
    return tr("%n min read", nullptr, m);
}

QString renderer()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("ttc-render.exe");
#else
    const QString name = QStringLiteral("ttc-render");
#endif
    const QFileInfo info(QDir(QCoreApplication::applicationDirPath()).filePath(name));
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

int previewMain(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json{QStringLiteral("json"), tr("Print JSON.")};
    const QCommandLineOption screenshot{QStringLiteral("screenshot"), tr("Also save a rendering of the page."),
                                        QStringLiteral("FILE.png")};
    const QCommandLineOption noCache{QStringLiteral("no-cache"), tr("Neither read nor write the preview cache.")};
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    p.addOptions({json, screenshot, noCache, help});
    if (!p.parse(QStringList{QStringLiteral("ttc")} + args))
        return ctx.fail(Usage, p.errorText() + QLatin1Char('\n') + usage().trimmed());
    if (p.isSet(help)) {
        ctx.out() << usage();
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return ctx.fail(Usage, usage().trimmed());

    const QString arg = p.positionalArguments().first().trimmed();
    QUrl url(arg);
    if (url.scheme().isEmpty())
        url = QUrl::fromUserInput(arg);  // "example.com/page" → http://example.com/page
    const preview::LinkPolicy policy;
    if (const auto verdict = policy.check(url); verdict != preview::LinkPolicy::Verdict::Allowed)
        return ctx.fail(Usage, tr("cannot preview \"%1\": %2").arg(arg, preview::LinkPolicy::explain(verdict)));

    QString renderProgram;
    const QString screenshotFile = p.value(screenshot);
    if (p.isSet(screenshot)) {
        if (screenshotFile.isEmpty())
            return ctx.fail(Usage, tr("--screenshot needs a file name"));
        renderProgram = renderer();
        if (renderProgram.isEmpty())
            return ctx.fail(Failure, tr("--screenshot needs ttc-render (built with the GUI)"));
    }

    const bool useCache = !p.isSet(noCache);
    std::unique_ptr<store::Database> database;
    std::unique_ptr<preview::PreviewCache> cache;
    if (useCache) {
        QString error;
        if (!ctx.profile().ensureExists(&error))
            return ctx.fail(Failure, error);
        database = std::make_unique<store::Database>(ctx.profile().databasePath());
        auto opened = database->open({store::IntegrityCheck::Quick, false});
        opened.waitForFinished();
        if (opened.isCanceled() || !opened.result().ok())
            return ctx.fail(Failure, opened.isCanceled() ? tr("the database could not be opened") : opened.result().error().message);
        preview::CacheOptions options;
        const Settings settings(ctx.profile().settingsPath());
        options.maxBytes = qint64(std::max(1, settings.previewCacheMaxMB())) * 1024 * 1024;
        cache = std::make_unique<preview::PreviewCache>(*database, ctx.clock(), options);
    }

    QNetworkAccessManager nam;
    preview::PreviewService service(&nam, cache.get(), ctx.clock());
    std::optional<Result<preview::Preview>> result;
    QEventLoop loop;
    service.request(url, &loop, [&](Result<preview::Preview> r) {
        result = std::move(r);
        loop.quit();
    }, useCache ? preview::PreviewService::CacheMode::Use : preview::PreviewService::CacheMode::Bypass);
    if (!result)
        loop.exec();
    if (!result->ok())
        return ctx.fail(exitFor(result->error()), result->error());
    const preview::Preview &preview = result->value();

    if (!renderProgram.isEmpty()) {
        QProcess render;
        render.start(renderProgram, {preview.finalUrl.toString(QUrl::FullyEncoded), screenshotFile});
        if (!render.waitForFinished(60000) || render.exitStatus() != QProcess::NormalExit || render.exitCode() != 0) {
            render.kill();
            const QString why = QString::fromUtf8(render.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
            return ctx.fail(Failure, tr("ttc-render could not render the page%1").arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        }
    }

    if (p.isSet(json)) {
        ctx.out() << QJsonDocument(preview::toCliJson(preview)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out() << (preview.title.isEmpty() ? preview.finalUrl.toString() : preview.title) << '\n';
    QStringList line;
    if (!preview.siteName.isEmpty())
        line << preview.siteName;
    if (const QString time = readingTime(preview.readingMinutes); !time.isEmpty())
        line << time;
    if (!line.isEmpty())
        ctx.out() << line.join(QStringLiteral(" \u00b7 ")) << '\n';
    if (!preview.description.isEmpty())
        ctx.out() << '\n' << preview.description << '\n';
    if (!preview.summary.isEmpty() && preview.summary != preview.description)
        ctx.out() << '\n' << tr("Summary: %1").arg(preview.summary) << '\n';
    if (!screenshotFile.isEmpty())
        ctx.out() << '\n' << tr("Screenshot: %1").arg(screenshotFile) << '\n';
    return Ok;
}

} // namespace

Command previewCommand()
{
    return {QStringLiteral("preview"), QCoreApplication::translate("ttc", "preview a link: title, site, summary (--json)"),
            [](Context &ctx, const QStringList &args) { return previewMain(ctx, args); }};
}

} // namespace ttc::cli
