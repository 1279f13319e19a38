#include "settings/Settings.h"

#include "log/Logging.h"

#include <QFile>
#include <QHash>

namespace ttc {

namespace {

struct Definition
{
    QMetaType type;
    QVariant defaultValue;
};

const QHash<QString, Definition> &table()
{
    static const QHash<QString, Definition> t = [] {
        QHash<QString, Definition> h;
#define TTC_SETTINGS_DEFINE(Type, getter, setter, key, def) \
    h.insert(QStringLiteral(key), Definition{QMetaType::fromType<Type>(), QVariant::fromValue<Type>(def)});
        TTC_SETTINGS_TABLE(TTC_SETTINGS_DEFINE)
#undef TTC_SETTINGS_DEFINE
        return h;
    }();
    return t;
}

// QSettings writes a group named "general" as the INI section [%General] and reads that section back as "General"
// (it keeps plain [General] for keys outside any group). Stored under "general/..." a value was written but never
// found again by the next start, so those keys go to the file under the spelling QSettings reads back.
QString storageKey(const QString &key)
{
    if (key.startsWith(QLatin1String("general/")))
        return QStringLiteral("General") + key.mid(7);
    return key;
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key) const
{
    const auto it = table().constFind(key);
    if (it == table().constEnd()) {
        qCWarning(lcSettings) << "unknown setting" << key;
        return {};
    }
    QVariant v = m_settings->value(storageKey(key), it->defaultValue);
    // INI files store everything as text; give callers the declared type, or the default if it does not convert.
    if (v.metaType() != it->type && !v.convert(it->type))
        return it->defaultValue;
    return v;
}

bool Settings::setValue(const QString &key, const QVariant &value)
{
    const auto it = table().constFind(key);
    if (it == table().constEnd()) {
        qCWarning(lcSettings) << "refusing to store unknown setting" << key;
        return false;
    }
    QVariant v = value;
    if (v.metaType() != it->type && !v.convert(it->type)) {
        qCWarning(lcSettings) << "setting" << key << "expects" << it->type.name();
        return false;
    }
    if (this->value(key) == v)
        return true;
    if (v == it->defaultValue)
        m_settings->remove(storageKey(key));
    else
        m_settings->setValue(storageKey(key), v);
    m_settings->sync();
    Q_EMIT changed(key, v);
    return true;
}

void Settings::reset(const QString &key)
{
    setValue(key, defaultValue(key));
}

QVariant Settings::defaultValue(const QString &key)
{
    return table().value(key).defaultValue;
}

QStringList Settings::keys()
{
    QStringList k = table().keys();
    k.sort();
    return k;
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
    if (QFile::exists(filePath()))
        QFile::setPermissions(filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace ttc
