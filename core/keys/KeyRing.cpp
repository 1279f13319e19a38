#include "keys/KeyRing.h"

#include "keys/SecretStore.h"
#include "net/NetLogging.h"

#include <QCoreApplication>

namespace ttc::keys {

KeyRing::KeyRing(SecretStore &store, QObject *parent) : QObject(parent), m_store(store)
{
}

QStringList KeyRing::providers()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"),
            QStringLiteral("elevenlabs"), QStringLiteral("local")};
}

QString KeyRing::displayName(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (provider == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (provider == QLatin1String("gemini"))
        return QStringLiteral("Gemini");
    if (provider == QLatin1String("elevenlabs"))
        return QStringLiteral("ElevenLabs");
    if (provider == QLatin1String("local"))
        return QCoreApplication::translate("Providers", "Local server");
    return provider;
}

QStringList KeyRing::envVars(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return {QStringLiteral("OPENAI_API_KEY")};
    if (provider == QLatin1String("anthropic"))
        return {QStringLiteral("ANTHROPIC_API_KEY")};
    if (provider == QLatin1String("gemini"))
        return {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")};
    if (provider == QLatin1String("elevenlabs"))
        return {QStringLiteral("ELEVENLABS_API_KEY")};
    if (provider == QLatin1String("local"))
        return {QStringLiteral("TTC_LOCAL_API_KEY")};
    return {};
}

QString KeyRing::mask(const QString &key)
{
    if (key.isEmpty())
        return {};
    if (key.size() < 12)
        return QStringLiteral("…") + key.right(2);
    // Keep a recognisable prefix ("sk-proj", "sk-ant", "AIza") but never more than a quarter of the key.
    const qsizetype prefix = std::min<qsizetype>(7, key.size() / 4);
    return key.left(prefix) + QStringLiteral("…") + key.right(4);
}

QString normalizeKey(const QString &pasted)
{
    QString k = pasted.trimmed();
    if (k.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        k = k.mid(7).trimmed();
    if (k.size() >= 2 && ((k.front() == QLatin1Char('"') && k.back() == QLatin1Char('"')) ||
                          (k.front() == QLatin1Char('\'') && k.back() == QLatin1Char('\''))))
        k = k.mid(1, k.size() - 2).trimmed();
    k.remove(QLatin1Char('\n'));
    k.remove(QLatin1Char('\r'));
    return k;
}

void KeyRing::load()
{
    if (m_loading)
        return;
    m_loading = true;
    qCInfo(lcKeys) << "reading API keys from the keychain";
    m_pending = int(providers().size());
    m_lastError = {};
    for (const QString &p : providers()) {
        m_store.read(account(p), this, [this, p](Result<std::optional<QString>> r) {
            if (!r) {
                m_lastError = r.error();
            } else if (r->has_value() && !(*r)->isEmpty()) {
                m_stored.insert(p, **r);
            } else {
                m_stored.remove(p);
            }
            if (--m_pending == 0) {
                m_loading = false;
                m_loaded = true;
                if (!m_lastError.code.isEmpty())
                    qCWarning(lcKeys) << "keychain unavailable:" << m_lastError.code;
                Q_EMIT loaded();
            }
        });
    }
}

void KeyRing::whenLoaded(QObject *context, std::function<void()> fn)
{
    if (m_loaded) {
        fn();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &KeyRing::loaded, context, [connection, fn] {
        QObject::disconnect(*connection);
        fn();
    });
    load();
}

QString KeyRing::key(const QString &provider) const
{
    if (const QString k = m_stored.value(provider); !k.isEmpty())
        return k;
    if (const QString k = m_session.value(provider); !k.isEmpty())
        return k;
    for (const QString &var : envVars(provider)) {
        const QString k = qEnvironmentVariable(qPrintable(var)).trimmed();
        if (!k.isEmpty())
            return k;
    }
    return {};
}

KeySource KeyRing::source(const QString &provider) const
{
    if (!m_stored.value(provider).isEmpty())
        return KeySource::Keychain;
    if (!m_session.value(provider).isEmpty())
        return KeySource::Session;
    for (const QString &var : envVars(provider)) {
        if (!qEnvironmentVariable(qPrintable(var)).trimmed().isEmpty())
            return KeySource::Environment;
    }
    return KeySource::None;
}

void KeyRing::setKey(const QString &provider, const QString &key, QObject *context,
                     std::function<void(Result<void>)> done)
{
    const QString k = normalizeKey(key);
    m_store.write(account(provider), k, context, [this, provider, k, done](Result<void> r) {
        if (r) {
            m_stored.insert(provider, k);
            m_session.remove(provider);
            qCInfo(lcKeys) << "key stored for" << provider;
            Q_EMIT changed(provider);
        }
        done(r);
    });
}

void KeyRing::setSessionKey(const QString &provider, const QString &key)
{
    m_session.insert(provider, normalizeKey(key));
    Q_EMIT changed(provider);
}

void KeyRing::removeKey(const QString &provider, QObject *context, std::function<void(Result<void>)> done)
{
    m_session.remove(provider);
    m_store.remove(account(provider), context, [this, provider, done](Result<void> r) {
        if (r) {
            m_stored.remove(provider);
            qCInfo(lcKeys) << "key removed for" << provider;
        }
        Q_EMIT changed(provider);
        done(r);
    });
}

} // namespace ttc::keys
