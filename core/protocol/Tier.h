#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ttc::protocol {

enum class Tier { Free, Pro, Enterprise };

QString tierName(Tier tier);
std::optional<Tier> tierFromName(const QString &name);

// What a tier allows (DESIGN.md "Tiers"). dailyRequests is empty for unlimited.
struct Limits
{
    std::optional<int> dailyRequests;
    QStringList providers;
    bool cloudVoice = false;
    bool aiSummaries = false;

    QJsonObject toJson() const;
    static Limits fromJson(const QJsonObject &object);
    bool operator==(const Limits &) const = default;
};

Limits limitsFor(Tier tier);

// Monthly price in cents per seat, for MRR figures.
int monthlyPriceCents(Tier tier);

} // namespace ttc::protocol
