#include "chat/ModelTable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ttc::chat {

QString ModelTable::defaultsJson()
{
    // List prices in USD per million tokens as published by each provider; users can correct them in prices.json.
    return QStringLiteral(R"({"models":{
 "gpt-4o-mini":{"input":0.15,"output":0.60,"context":128000},
 "gpt-4o":{"input":2.50,"output":10.00,"context":128000},
 "gpt-4.1":{"input":2.00,"output":8.00,"context":1047576},
 "gpt-4.1-mini":{"input":0.40,"output":1.60,"context":1047576},
 "gpt-4.1-nano":{"input":0.10,"output":0.40,"context":1047576},
 "o4-mini":{"input":1.10,"output":4.40,"context":200000},
 "o3":{"input":2.00,"output":8.00,"context":200000},
 "gpt-5":{"input":1.25,"output":10.00,"context":400000},
 "gpt-5-mini":{"input":0.25,"output":2.00,"context":400000},
 "claude-3-5-haiku":{"input":0.80,"output":4.00,"context":200000},
 "claude-haiku-4-5":{"input":1.00,"output":5.00,"context":200000},
 "claude-3-7-sonnet":{"input":3.00,"output":15.00,"context":200000},
 "claude-sonnet-4":{"input":3.00,"output":15.00,"context":200000},
 "claude-opus-4":{"input":15.00,"output":75.00,"context":200000},
 "gemini-2.5-flash-lite":{"input":0.10,"output":0.40,"context":1048576},
 "gemini-2.5-flash":{"input":0.30,"output":2.50,"context":1048576},
 "gemini-2.5-pro":{"input":1.25,"output":10.00,"context":1048576},
 "gemini-2.0-flash":{"input":0.10,"output":0.40,"context":1048576}
}})");
}

ModelTable::ModelTable()
{
    merge(defaultsJson().toUtf8());
}

void ModelTable::merge(const QByteArray &json)
{
    const QJsonObject models = QJsonDocument::fromJson(json).object().value(QLatin1String("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ModelInfo info = m_models.value(it.key());
        if (o.contains(QLatin1String("input")))
            info.inputPerMillion = o.value(QLatin1String("input")).toDouble(-1);
        if (o.contains(QLatin1String("output")))
            info.outputPerMillion = o.value(QLatin1String("output")).toDouble(-1);
        if (o.contains(QLatin1String("context")))
            info.contextTokens = o.value(QLatin1String("context")).toInt(8192);
        m_models.insert(it.key(), info);
    }
}

bool ModelTable::loadOverrides(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QByteArray data = f.readAll();
    if (QJsonDocument::fromJson(data, &pe).isNull()) {
        if (error)
            *error = pe.errorString();
        return false;
    }
    merge(data);
    return true;
}

ModelInfo ModelTable::info(const QString &provider, const QString &model) const
{
    if (provider == QLatin1String("local")) {
        ModelInfo local;
        local.inputPerMillion = local.outputPerMillion = 0;
        local.contextTokens = m_models.value(model, ModelInfo{}).contextTokens;
        return local;
    }
    if (m_models.contains(model))
        return m_models.value(model);
    QString best;
    for (auto it = m_models.begin(); it != m_models.end(); ++it) {
        if (model.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    }
    return best.isEmpty() ? ModelInfo{} : m_models.value(best);
}

double ModelTable::cost(const QString &provider, const QString &model, qint64 tokensIn, qint64 tokensOut) const
{
    const ModelInfo i = info(provider, model);
    if (i.inputPerMillion < 0 || i.outputPerMillion < 0)
        return -1;
    return (double(std::max<qint64>(0, tokensIn)) * i.inputPerMillion +
            double(std::max<qint64>(0, tokensOut)) * i.outputPerMillion) /
           1e6;
}

int tokenEstimate(const QString &text)
{
    qint64 ascii = 0, other = 0;
    for (const QChar c : text) {
        if (c.unicode() < 128)
            ++ascii;
        else if (!c.isLowSurrogate())
            ++other;
    }
    return int((ascii + 3) / 4 + other + 4);
}

QList<providers::ChatMessage> trimHistory(const QList<providers::ChatMessage> &history, const QString &system,
                                          int contextTokens, int reserveForAnswer)
{
    int budget = contextTokens - reserveForAnswer - (system.isEmpty() ? 0 : tokenEstimate(system));
    QList<providers::ChatMessage> kept;
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const int cost = tokenEstimate(history.at(i).content);
        if (!kept.isEmpty() && cost > budget)
            break;
        budget -= cost;
        kept.prepend(history.at(i));
    }
    // A conversation must not start with the assistant for some providers (Anthropic, Gemini).
    while (kept.size() > 1 && kept.first().role == providers::ChatMessage::Role::Assistant)
        kept.removeFirst();
    return kept;
}

} // namespace ttc::chat
