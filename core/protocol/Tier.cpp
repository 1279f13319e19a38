#include "protocol/Tier.h"

#include <QJsonArray>

namespace ttc::protocol {

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Free: return QStringLiteral("free");
    case Tier::Pro: return QStringLiteral("pro");
    case Tier::Enterprise: return QStringLiteral("enterprise");
    }
    return QStringLiteral("free");
}

std::optional<Tier> tierFromName(const QString &name)
{
    if (name == u"free")
        return Tier::Free;
    if (name == u"pro")
        return Tier::Pro;
    if (name == u"enterprise")
        return Tier::Enterprise;
    return std::nullopt;
}

QJsonObject Limits::toJson() const
{
    return {
        {QStringLiteral("daily_requests"), dailyRequests ? QJsonValue(*dailyRequests) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("providers"), QJsonArray::fromStringList(providers)},
        {QStringLiteral("cloud_voice"), cloudVoice},
        {QStringLiteral("ai_summaries"), aiSummaries},
    };
}

Limits Limits::fromJson(const QJsonObject &object)
{
    Limits limits;
    const QJsonValue daily = object.value(QStringLiteral("daily_requests"));
    if (daily.isDouble())
        limits.dailyRequests = daily.toInt();
    for (const QJsonValue &p : object.value(QStringLiteral("providers")).toArray())
        limits.providers.append(p.toString());
    limits.cloudVoice = object.value(QStringLiteral("cloud_voice")).toBool();
    limits.aiSummaries = object.value(QStringLiteral("ai_summaries")).toBool();
    return limits;
}

Limits limitsFor(Tier tier)
{
    switch (tier) {
    case Tier::Free: return {50, {QStringLiteral("openai"), QStringLiteral("local")}, false, false};
    case Tier::Pro:
        return {1000,
                {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"), QStringLiteral("local")},
                true, true};
    case Tier::Enterprise:
        return {std::nullopt,
                {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"), QStringLiteral("local")},
                true, true};
    }
    return {};
}

int monthlyPriceCents(Tier tier)
{
    switch (tier) {
    case Tier::Free: return 0;
    case Tier::Pro: return 300;
    case Tier::Enterprise: return 1500;
    }
    return 0;
}

} // namespace ttc::protocol
