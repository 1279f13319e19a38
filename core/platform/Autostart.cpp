#include "platform/Autostart.h"

#include "log/Logging.h"
#include "util/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace ttc {

namespace {

// Quoting for the Exec key of a desktop entry (Desktop Entry Specification, "The Exec key").
QString desktopExecQuote(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    bool needs = arg.isEmpty();
    for (QChar c : arg)
        needs = needs || reserved.contains(c);
    QString escaped = arg;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needs)
        return escaped;
    QString out = QStringLiteral("\"");
    // The quoting rule escapes with a backslash, and the string rule then doubles every backslash.
    for (QChar c : escaped) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\\\\\");
        else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$'))
            out += QStringLiteral("\\\\") + c;
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace

Autostart::Autostart(const Profile &profile, QString program)
    : m_program(std::move(program)), m_profileRoot(profile.isExplicit() ? profile.root() : QString())
{
    m_entryName = QStringLiteral(TTC_PRODUCT_ID);
    if (!m_profileRoot.isEmpty())
        m_entryName += QLatin1Char('-') + profile.instanceKey();
}

QStringList Autostart::arguments() const
{
    QStringList args{QStringLiteral("--autostart")};
    if (!m_profileRoot.isEmpty())
        args << QStringLiteral("--profile") << m_profileRoot;
    return args;
}

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\") + m_entryName;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + QStringLiteral(TTC_APP_ID) +
           (m_profileRoot.isEmpty() ? QString() : QLatin1Char('.') + m_entryName) + QStringLiteral(".plist");
#else
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + m_entryName + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    QSettings run(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
                  QSettings::NativeFormat);
    return run.contains(m_entryName);
#else
    return QFile::exists(location());
#endif
}

Result<void> Autostart::setEnabled(bool enabled)
{
    const auto failed = [this](const QString &why) {
        return Error{QStringLiteral("autostart"),
                     QCoreApplication::translate("Autostart", "Cannot change start at login (%1): %2")
                         .arg(location(), why)};
    };
#if defined(Q_OS_WIN)
    QSettings run(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
                  QSettings::NativeFormat);
    if (enabled) {
        QStringList parts{QLatin1Char('"') + QDir::toNativeSeparators(m_program) + QLatin1Char('"')};
        for (const QString &a : arguments())
            parts << QLatin1Char('"') + a + QLatin1Char('"');
        run.setValue(m_entryName, parts.join(QLatin1Char(' ')));
    } else {
        run.remove(m_entryName);
    }
    run.sync();
    if (run.status() != QSettings::NoError)
        return failed(QStringLiteral("registry"));
    return {};
#else
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return failed(QStringLiteral("remove"));
        qCInfo(lcPlatform) << "start at login disabled";
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(QStringLiteral("mkdir"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QString text;
#if defined(Q_OS_MACOS)
    text = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\"><dict>\n"
                          "<key>Label</key><string>%1</string>\n"
                          "<key>ProgramArguments</key><array>\n")
               .arg(QStringLiteral(TTC_APP_ID));
    for (const QString &a : QStringList{m_program} + arguments())
        text += QStringLiteral("<string>%1</string>\n").arg(a.toHtmlEscaped());
    text += QStringLiteral("</array>\n<key>RunAtLoad</key><true/>\n</dict></plist>\n");
#else
    QStringList exec{desktopExecQuote(m_program)};
    for (const QString &a : arguments())
        exec << desktopExecQuote(a);
    text = QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=%1\n"
                          "Comment=%2\n"
                          "Exec=%3\n"
                          "Icon=%4\n"
                          "Terminal=false\n"
                          "Categories=Utility;\n"
                          "X-GNOME-Autostart-enabled=true\n")
               .arg(QStringLiteral(TTC_PRODUCT_NAME),
                    QCoreApplication::translate("Autostart", "Start ToolTip Companion in the system tray"),
                    exec.join(QLatin1Char(' ')), QStringLiteral(TTC_APP_ID));
#endif
    file.write(text.toUtf8());
    if (!file.commit())
        return failed(file.errorString());
    qCInfo(lcPlatform) << "start at login enabled:" << path;
    return {};
#endif
}

} // namespace ttc
